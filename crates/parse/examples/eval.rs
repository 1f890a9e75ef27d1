//! Scores a model file on a CoNLL-U file with gold tokens, as the trainer
//! and `score_conllu.py` do (UPOS, UAS, LAS over all words, relations
//! compared without their subtypes): to compare inference options on dev
//! without retraining. `cargo run --release -p detente-parse --example eval
//! -- MODEL.bin FILE.conllu`
use detente_parse::{conllu, Model};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let model = Model::from_bytes(&std::fs::read(&args[0]).expect("model file")).expect("model");
    let text = std::fs::read_to_string(&args[1]).expect("conllu file");
    let sents = conllu::read(&text).expect("conllu");
    let mut score = conllu::Agreement::default();
    let t = std::time::Instant::now();
    for s in &sents {
        let forms: Vec<&str> = s.words.iter().map(|w| w.form.as_str()).collect();
        score.add(&s.words, &model.analyse(&forms));
    }
    println!(
        "{} ({} words): UPOS {:.2}, UAS {:.2}, LAS {:.2}; {:.0} ms",
        args[1].rsplit('/').next().unwrap_or(""),
        score.words,
        score.pct(score.upos),
        score.pct(score.uas),
        score.pct(score.las),
        t.elapsed().as_secs_f64() * 1e3
    );
}
