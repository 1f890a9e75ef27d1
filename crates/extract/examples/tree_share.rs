//! How many sentences and words of generated news the pipeline tags and
//! parses (`detente_events::trees`): it tags those the words alone say it
//! may read, and parses those that may hold an event, and those an
//! attribution carried to such a sentence adds.
//! `cargo run --release -p detente-extract --example tree_share [DOCS]`
fn main() {
    let docs: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(400);
    let kb = detente_kb::builtin();
    let model = detente_parse::Model::english();
    let mut all = [0usize; 2];
    let mut events = [0usize; 2];
    let mut parsed = [0usize; 2];
    let mut tagged = [0usize; 2];
    for i in 0..docs {
        let text = detente_corpus::generate(42, i).text;
        let mut doc = detente_text::prepare(&text, None, kb);
        let may = detente_events::trees::may_want_sentences(&doc, kb, 0, |t| {
            detente_parse::verb_and_noun_lemmas(&doc, model, t)
        });
        let _ = detente_parse::tag_doc(&mut doc, model);
        detente_recognise::recognise(&mut doc, kb);
        let wanted = detente_events::trees::sentences_needing_trees(&doc, kb);
        for (s, sent) in doc.sentences.iter().enumerate() {
            let words = sent.end_token - sent.first_token;
            let add = |n: &mut [usize; 2]| {
                n[0] += 1;
                n[1] += words;
            };
            add(&mut all);
            if may.sentences[s] {
                add(&mut tagged);
            }
            if detente_events::trees::may_hold_event(&doc, kb, s) {
                add(&mut events);
            }
            if wanted[s] {
                add(&mut parsed);
            }
        }
    }
    let share = |n: [usize; 2]| {
        format!(
            "{} sentences ({:.1}%), {} words ({:.1}%)",
            n[0],
            100.0 * n[0] as f64 / all[0].max(1) as f64,
            n[1],
            100.0 * n[1] as f64 / all[1].max(1) as f64
        )
    };
    println!("{docs} documents: {} sentences, {} words", all[0], all[1]);
    println!("tagged: {}", share(tagged));
    println!("may hold an event: {}", share(events));
    println!("parsed: {}", share(parsed));
}
