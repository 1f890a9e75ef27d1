//! Properties of the pipeline over any text (proptest): it never panics,
//! every span of the document lies inside its text on character
//! boundaries, every offset of the record is a character offset inside
//! `document.text` whose slice is the text the record quotes, and the same
//! input gives the same record.

use detente_extract::{analyse, extract, DocMeta, Options, Record};
use proptest::prelude::*;

/// Pieces of news copy and of trouble: names, verbs, dates, every kind of
/// quote mark and dash, abbreviations, Cyrillic, emoji, line breaks.
const PIECES: &[&str] = &[
    "Lavrov",
    "Rubio",
    "Sergei Lavrov",
    "met",
    "said",
    "told",
    "Russia",
    "Ukraine",
    "Turkey's",
    "Geneva",
    "talks",
    "agreed",
    "will meet",
    "on Monday",
    "yesterday",
    "March 18, 2025",
    "2025-03-18",
    "from 2 to 4 April",
    "next week",
    "\"",
    "\u{201c}",
    "\u{201d}",
    "\u{ab}",
    "\u{bb}",
    "\u{2014}",
    "\u{2013}",
    "-",
    ".",
    ",",
    ":",
    ";",
    "?",
    "!",
    "\u{2026}",
    "(",
    ")",
    "\n",
    "\n\n",
    "U.S.",
    "Mr.",
    "Dr.",
    "J.",
    "'s",
    "O'Brien",
    "\u{417}\u{435}\u{43b}\u{435}\u{43d}\u{441}\u{43a}\u{438}\u{439}",
    "\u{43f}\u{435}\u{440}\u{435}\u{433}\u{43e}\u{432}\u{43e}\u{440}\u{44b}",
    "\u{e9}",
    "\u{1f642}",
    "\u{301}",
    "\u{200b}",
    "\t",
    "  ",
    "1,000",
    "2.5",
    "No. 5",
    "Photo: AFP",
    "Home | World | Europe",
];

fn newsy() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        4 => prop::sample::select(PIECES).prop_map(str::to_string),
        1 => "\\PC{0,6}",
    ];
    prop::collection::vec((piece, prop::bool::weighted(0.8)), 0..160).prop_map(|v| {
        let mut s = String::new();
        for (p, space) in v {
            s.push_str(&p);
            if space {
                s.push(' ');
            }
        }
        s
    })
}

fn meta() -> DocMeta {
    DocMeta {
        published: chrono::NaiveDate::from_ymd_opt(2025, 3, 1),
        ..DocMeta::default()
    }
}

fn on_boundaries(text: &str, start: usize, end: usize) -> bool {
    start <= end && end <= text.len() && text.is_char_boundary(start) && text.is_char_boundary(end)
}

fn check(text: &str) -> Record {
    let doc = analyse(text, &meta(), detente_kb::builtin(), &Options::default());
    let t = &doc.text;
    let spans = doc
        .blocks
        .iter()
        .map(|b| b.span)
        .chain(doc.sentences.iter().map(|s| s.span))
        .chain(doc.tokens.iter().map(|k| k.span))
        .chain(doc.mentions.iter().map(|m| m.span))
        .chain(doc.dates.iter().map(|d| d.span))
        .chain(doc.quotes.iter().map(|q| q.span))
        .chain(doc.quotes.iter().filter_map(|q| q.speaker_span))
        .chain(doc.events.iter().map(|e| e.trigger))
        .chain(
            doc.events
                .iter()
                .flat_map(|e| e.mentions.iter().map(|m| m.span)),
        );
    for s in spans {
        assert!(on_boundaries(t, s.start, s.end), "span {s:?} in {t:?}");
    }
    // Quotes are in text order and do not overlap (`Doc::in_quote`).
    for w in doc.quotes.windows(2) {
        assert!(
            w[0].span.end <= w[1].span.start,
            "{:?} in {t:?}",
            doc.quotes
        );
    }
    let record = Record::from_doc(&doc, &meta());
    let chars: Vec<char> = record.document.text.chars().collect();
    let slice = |a: usize, b: usize| -> String {
        assert!(a <= b && b <= chars.len(), "{a}..{b} of {}", chars.len());
        chars[a..b].iter().collect()
    };
    for q in &record.quotes {
        assert_eq!(slice(q.start, q.end), q.text);
    }
    for d in &record.dates {
        assert_eq!(slice(d.start, d.end), d.text);
    }
    for e in &record.events {
        for m in &e.mentions {
            slice(m.start, m.end);
        }
    }
    for e in &record.entities {
        for s in &e.spans {
            slice(s.start, s.end);
        }
    }
    record
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn newsy_text_gives_a_sound_record_and_the_same_one_twice(text in newsy()) {
        let record = check(&text);
        let again = extract(&text, &meta(), detente_kb::builtin(), &Options::default());
        prop_assert_eq!(record, again);
    }

    #[test]
    fn any_text_gives_a_sound_record(text in "\\PC{0,400}|(?s).{0,400}") {
        check(&text);
    }
}
