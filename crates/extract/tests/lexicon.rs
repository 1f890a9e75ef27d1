//! The lexicon of `kb/lexicon/` end to end: each entry's own example
//! sentence, run through the whole pipeline (parse included), should give an
//! event of the entry's type. Entries that never fire are dead weight, and
//! a drop in this share means the parser or the frame reader broke.

mod common;

use std::collections::BTreeMap;

#[test]
fn lexicon_examples_give_their_event_types() {
    let kb = detente_kb::builtin();
    assert!(
        kb.lexicon.entries.len() > 3000,
        "{} entries",
        kb.lexicon.entries.len()
    );
    let mut by_type: BTreeMap<&str, (usize, usize)> = BTreeMap::new();
    let mut misses = Vec::new();
    // A `@class` line is expanded into one entry per lemma, all with the
    // line's example: count each line once.
    let mut seen = std::collections::HashMap::new();
    let mut entries_hit = 0;
    for e in &kb.lexicon.entries {
        if let Some(&ok) = seen.get(&e.source) {
            entries_hit += ok as usize;
            continue;
        }
        let evs = common::events(&e.example, "2025-03-01");
        // A future act announced by its actor is coded as the promise or threat.
        let ok = evs.iter().any(|ev| {
            ev.event == e.event
                || matches!(ev.event.as_str(), "AGREE" | "THREATEN") && e.example.contains(" will ")
        });
        seen.insert(&e.source, ok);
        entries_hit += ok as usize;
        let c = by_type.entry(e.event.as_str()).or_default();
        c.0 += 1;
        c.1 += ok as usize;
        if !ok {
            misses.push(format!(
                "{}:{} {} | {}",
                e.source.0, e.source.1, e.event, e.example
            ));
        }
    }
    let (n, hit) = by_type.values().fold((0, 0), |a, b| (a.0 + b.0, a.1 + b.1));
    let share = hit as f64 / n as f64;
    let table: Vec<String> = by_type
        .iter()
        .map(|(t, (n, h))| format!("{t} {h}/{n}"))
        .collect();
    eprintln!(
        "lexicon examples: {hit}/{n} lines = {share:.3}; by entry {entries_hit}/{} ({} from classes)\n{}",
        kb.lexicon.entries.len(),
        kb.lexicon.expanded,
        table.join(", ")
    );
    for m in misses.iter().take(25) {
        eprintln!("  miss {m}");
    }
    assert!(
        share >= FLOOR,
        "only {hit}/{n} = {share:.3} of the lexicon's examples give their type"
    );
    // No type may be left almost unreadable.
    for (t, (n, h)) in &by_type {
        assert!(*h * 4 >= *n, "{t}: only {h}/{n} examples give their type");
    }
}

/// Measured share when the floor was set; raise it as the reader improves.
const FLOOR: f64 = 0.80;
