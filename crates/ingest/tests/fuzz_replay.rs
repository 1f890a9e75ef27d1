//! Replays every saved input of `fuzz/regressions/<target>/` through the
//! body of its fuzz target (`fuzz/src/targets.rs`, compiled here on stable):
//! each crash or hang the fuzzers found stays fixed. The targets check the
//! invariants themselves (spans on character boundaries, record offsets
//! inside the text, errors naming their input, same input same output).

#[path = "../../../fuzz/src/targets.rs"]
mod targets;

use std::path::Path;
use std::time::{Duration, Instant};

#[test]
fn every_saved_input_passes_its_target() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../fuzz/regressions");
    let mut replayed = 0;
    for (name, target) in targets::TARGETS {
        let dir = root.join(name);
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        let mut files: Vec<_> = entries.filter_map(Result::ok).map(|e| e.path()).collect();
        files.sort();
        for file in files {
            let data = std::fs::read(&file).unwrap();
            let t = Instant::now();
            target(&data);
            let took = t.elapsed();
            assert!(
                took < Duration::from_secs(10),
                "{}: {took:?} (a hang)",
                file.display()
            );
            replayed += 1;
        }
    }
    assert!(replayed > 0, "no saved input under {}", root.display());
}

#[test]
fn every_target_takes_empty_and_odd_inputs() {
    let inputs: [&[u8]; 6] = [
        b"",
        b"\xff\xfe",
        b"\0\0\0",
        "\u{201c}\u{201d}\u{2014}.".as_bytes(),
        b"WARC/1.0\r\nContent-Length: 99999999999\r\n\r\n",
        b"<rss><channel><item><link>file:///etc/passwd</link></item></channel></rss>",
    ];
    for (name, target) in targets::TARGETS {
        for input in inputs {
            let t = Instant::now();
            target(input);
            assert!(t.elapsed() < Duration::from_secs(10), "{name}: {input:?}");
        }
    }
}
