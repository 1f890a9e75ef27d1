//! Prints the annotation layers of one document, for debugging rules:
//! `cargo run --example debug -- FILE YYYY-MM-DD [SENTENCE-SUBSTRING]`
//! (`DEBUG_SYNTAX=1` prints each word's tags, lemma and head too).
fn main() {
    let args: Vec<String> = std::env::args().collect();
    let raw = std::fs::read_to_string(&args[1]).expect("readable file");
    let published = args
        .get(2)
        .and_then(|d| chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d").ok());
    let filter = args.get(3).cloned().unwrap_or_default();
    let kb = detente_kb::builtin();
    let meta = detente_extract::DocMeta {
        published,
        ..Default::default()
    };
    let doc = detente_extract::analyse(&raw, &meta, kb, &Default::default());
    for (i, s) in doc.sentences.iter().enumerate() {
        let text = doc.slice(s.span);
        if !text.contains(&filter) {
            continue;
        }
        println!("[{i}] {:?} {text}", doc.blocks[s.block].kind);
        for m in doc.mentions.iter().filter(|m| s.span.contains(m.span)) {
            let e = &doc.entities[m.entity];
            println!(
                "    {:?} {:?} -> {} {:?} {:?} {:?} place={:?}",
                m.form,
                doc.slice(m.span),
                e.name,
                e.kind,
                e.code,
                e.office,
                m.place.map(|p| &doc.entities[p].name)
            );
        }
        // The words' tags, lemmas and tree (`-` for words not parsed).
        if std::env::var_os("DEBUG_SYNTAX").is_some() {
            for t in s.first_token..s.end_token {
                let x = &doc.syntax[t];
                println!(
                    "      {t} {} {} {} {} {:?} {}",
                    doc.token_text(t),
                    x.lemma,
                    x.upos,
                    x.xpos,
                    x.head,
                    x.deprel
                );
            }
        }
        for d in doc.dates.iter().filter(|d| s.span.contains(d.span)) {
            println!(
                "    date {:?} {:?}",
                doc.slice(d.span),
                d.value.map(|v| (v.format_start(), v.format_end()))
            );
        }
    }
}
