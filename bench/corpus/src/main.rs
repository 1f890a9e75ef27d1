//! detente-corpus CLI: writes a synthetic corpus to a directory tree
//! (html/, text/, truth.jsonl) or as JSON Lines to standard output.

use detente_corpus::{generate, jsonl_record, GeneratedDoc};
use std::fs;
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

const USAGE: &str = "usage: detente-corpus [--seed N] [--docs N] (--out DIR | --format jsonl)

  --seed N         corpus seed (default 42)
  --docs N         number of documents, 1..=100000 (default 1000)
  --out DIR        write DIR/html/NNNNNN.html, DIR/text/NNNNNN.txt, DIR/truth.jsonl
  --format F       dir (default, needs --out) or jsonl (one record per line on stdout:
                   {\"id\",\"text\",\"published\",\"title\",\"url\"})
  --threads N      worker threads (default: available cores)";

struct Args {
    seed: u64,
    docs: usize,
    out: Option<PathBuf>,
    jsonl: bool,
    threads: usize,
}

fn parse_args() -> Result<Args, String> {
    let mut a = Args {
        seed: 42,
        docs: 1000,
        out: None,
        jsonl: false,
        threads: std::thread::available_parallelism()
            .map(|n| n.get())
            .unwrap_or(1),
    };
    let mut it = std::env::args().skip(1);
    while let Some(flag) = it.next() {
        let (name, inline) = match flag.split_once('=') {
            Some((n, v)) if n.starts_with("--") => (n.to_string(), Some(v.to_string())),
            _ => (flag.clone(), None),
        };
        if name == "-h" || name == "--help" {
            return Err(String::new());
        }
        let mut value = || {
            inline
                .clone()
                .or_else(|| it.next())
                .ok_or(format!("{name} needs a value"))
        };
        match name.as_str() {
            "--seed" => a.seed = value()?.parse().map_err(|e| format!("--seed: {e}"))?,
            "--docs" => a.docs = value()?.parse().map_err(|e| format!("--docs: {e}"))?,
            "--out" => a.out = Some(PathBuf::from(value()?)),
            "--threads" => a.threads = value()?.parse().map_err(|e| format!("--threads: {e}"))?,
            "--format" => match value()?.as_str() {
                "jsonl" => a.jsonl = true,
                "dir" => a.jsonl = false,
                f => return Err(format!("unknown format {f:?} (dir or jsonl)")),
            },
            _ => return Err(format!("unknown argument {flag:?}")),
        }
    }
    if !(1..=100_000).contains(&a.docs) {
        return Err("--docs must be between 1 and 100000".into());
    }
    if !a.jsonl && a.out.is_none() {
        return Err("--out DIR is required unless --format jsonl".into());
    }
    a.threads = a.threads.clamp(1, 64);
    Ok(a)
}

/// Generate documents `lo..hi` on `threads` threads; `each` runs on the
/// worker for each document and returns what the caller needs in order.
fn batch<T: Send>(
    seed: u64,
    lo: usize,
    hi: usize,
    threads: usize,
    each: &(dyn Fn(&GeneratedDoc) -> io::Result<T> + Sync),
) -> io::Result<Vec<T>> {
    let n = hi - lo;
    let per = n.div_ceil(threads).max(1);
    std::thread::scope(|s| {
        let handles: Vec<_> = (lo..hi)
            .step_by(per)
            .map(|start| {
                let end = (start + per).min(hi);
                s.spawn(move || {
                    (start..end)
                        .map(|i| each(&generate(seed, i)))
                        .collect::<io::Result<Vec<T>>>()
                })
            })
            .collect();
        let mut out = Vec::with_capacity(n);
        for h in handles {
            out.extend(h.join().expect("worker panicked")?);
        }
        Ok(out)
    })
}

fn run(a: &Args) -> io::Result<(usize, usize)> {
    const BATCH: usize = 512;
    let mut text_bytes = 0usize;
    let mut html_bytes = 0usize;
    if a.jsonl {
        let stdout = io::stdout();
        let mut w = BufWriter::with_capacity(1 << 20, stdout.lock());
        for lo in (0..a.docs).step_by(BATCH) {
            let hi = (lo + BATCH).min(a.docs);
            let rows = batch(a.seed, lo, hi, a.threads, &|d| {
                Ok((jsonl_record(d), d.text.len(), d.html.len()))
            })?;
            for (line, t, h) in rows {
                w.write_all(line.as_bytes())?;
                w.write_all(b"\n")?;
                text_bytes += t;
                html_bytes += h;
            }
        }
        w.flush()?;
        return Ok((text_bytes, html_bytes));
    }
    let out = a.out.as_deref().unwrap_or(Path::new("."));
    let html_dir = out.join("html");
    let text_dir = out.join("text");
    fs::create_dir_all(&html_dir)?;
    fs::create_dir_all(&text_dir)?;
    let mut truth = BufWriter::with_capacity(1 << 20, fs::File::create(out.join("truth.jsonl"))?);
    for lo in (0..a.docs).step_by(BATCH) {
        let hi = (lo + BATCH).min(a.docs);
        let rows = batch(a.seed, lo, hi, a.threads, &|d| {
            fs::write(html_dir.join(format!("{}.html", d.id)), &d.html)?;
            fs::write(text_dir.join(format!("{}.txt", d.id)), &d.text)?;
            Ok((d.truth.to_string(), d.text.len(), d.html.len()))
        })?;
        for (line, t, h) in rows {
            truth.write_all(line.as_bytes())?;
            truth.write_all(b"\n")?;
            text_bytes += t;
            html_bytes += h;
        }
    }
    truth.flush()?;
    Ok((text_bytes, html_bytes))
}

fn main() -> ExitCode {
    let args = match parse_args() {
        Ok(a) => a,
        Err(e) => {
            if e.is_empty() {
                println!("{USAGE}");
                return ExitCode::SUCCESS;
            }
            eprintln!("detente-corpus: {e}\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    let t0 = Instant::now();
    match run(&args) {
        Ok((t, h)) => {
            let dest = if args.jsonl {
                "stdout".to_string()
            } else {
                args.out.as_ref().unwrap().display().to_string()
            };
            eprintln!(
                "detente-corpus: {} docs, {:.2} MB text, {:.2} MB HTML, seed {} -> {} in {:.2}s",
                args.docs,
                t as f64 / 1e6,
                h as f64 / 1e6,
                args.seed,
                dest,
                t0.elapsed().as_secs_f64()
            );
            ExitCode::SUCCESS
        }
        // A closed pipe (`| head`) is the reader's choice, not an error.
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("detente-corpus: {e}");
            ExitCode::FAILURE
        }
    }
}
