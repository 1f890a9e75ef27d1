//! Trains the tagger, lemmatiser and parser on a Universal Dependencies
//! treebank and writes the model that `detente-parse` ships:
//!
//!     cargo run --release -p detente-parse --bin detente-train-parser -- \
//!         --train en_ewt-ud-train.conllu --dev en_ewt-ud-dev.conllu \
//!         --out crates/parse/model/en_ewt.bin
//!
//! Deterministic: the same data and options give the same bytes.

use std::collections::HashMap;
use std::time::Instant;

use detente_parse::conllu::{self, ConlluSentence};
use detente_parse::parser::{Gold, Input, ParserTrainer};
use detente_parse::{tagger, Lemmatiser, Model, Upos, WordKeys};

struct Options {
    train: String,
    dev: String,
    out: String,
    tagger_epochs: usize,
    parser_epochs: usize,
    folds: usize,
    prune: f32,
    name: String,
}

fn args() -> Result<Options, String> {
    let mut o = Options {
        train: String::new(),
        dev: String::new(),
        out: String::new(),
        tagger_epochs: 10,
        parser_epochs: 20,
        folds: 5,
        prune: 1.0,
        name: "UD English EWT".into(),
    };
    let mut it = std::env::args().skip(1);
    while let Some(a) = it.next() {
        let mut val = || it.next().ok_or(format!("{a} needs a value"));
        match a.as_str() {
            "--train" => o.train = val()?,
            "--dev" => o.dev = val()?,
            "--out" => o.out = val()?,
            "--name" => o.name = val()?,
            "--tagger-epochs" => o.tagger_epochs = val()?.parse().map_err(|e| format!("{e}"))?,
            "--parser-epochs" => o.parser_epochs = val()?.parse().map_err(|e| format!("{e}"))?,
            "--folds" => o.folds = val()?.parse().map_err(|e| format!("{e}"))?,
            "--prune" => o.prune = val()?.parse().map_err(|e| format!("{e}"))?,
            _ => return Err(format!("unknown argument {a}")),
        }
    }
    if o.train.is_empty() || o.dev.is_empty() || o.out.is_empty() {
        return Err("usage: detente-train-parser --train FILE --dev FILE --out FILE".into());
    }
    Ok(o)
}

fn read(path: &str) -> Result<Vec<ConlluSentence>, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{path}: {e}"))?;
    conllu::read(&text).map_err(|e| format!("{path}: {e}"))
}

fn main() {
    if let Err(e) = run() {
        eprintln!("detente-train-parser: {e}");
        std::process::exit(2);
    }
}

fn run() -> Result<(), String> {
    let o = args()?;
    let started = Instant::now();
    let train = read(&o.train)?;
    let dev = read(&o.dev)?;
    // Fine tags in order of first appearance: deterministic ids.
    let mut tag_ids: HashMap<(String, String), u16> = HashMap::new();
    let mut tags: Vec<(String, String)> = Vec::new();
    let mut label_ids: HashMap<String, u16> = HashMap::new();
    let mut labels: Vec<String> = Vec::new();
    for s in &train {
        for w in &s.words {
            let k = (w.upos.clone(), w.xpos.clone());
            if !tag_ids.contains_key(&k) {
                tag_ids.insert(k.clone(), tags.len() as u16);
                tags.push(k);
            }
            if !label_ids.contains_key(&w.deprel) {
                label_ids.insert(w.deprel.clone(), labels.len() as u16);
                labels.push(w.deprel.clone());
            }
        }
    }
    let root_label = *label_ids
        .get("root")
        .ok_or("no 'root' relation in the training data")?;
    let keys = |s: &ConlluSentence| -> Vec<WordKeys> {
        s.words.iter().map(|w| WordKeys::new(&w.form)).collect()
    };
    let tagged: Vec<(Vec<WordKeys>, Vec<u16>)> = train
        .iter()
        .map(|s| {
            (
                keys(s),
                s.words
                    .iter()
                    .map(|w| tag_ids[&(w.upos.clone(), w.xpos.clone())])
                    .collect(),
            )
        })
        .collect();

    // Tags the parser trains on come from taggers that did not see the sentence.
    let mut predicted: Vec<Vec<u16>> = vec![Vec::new(); train.len()];
    for fold in 0..o.folds {
        let mut rest: Vec<_> = tagged
            .iter()
            .enumerate()
            .filter(|(i, _)| i % o.folds != fold)
            .map(|(_, t)| t.clone())
            .collect();
        let amb = tagger::ambiguity_classes(rest.iter());
        for (k, _) in rest.iter_mut() {
            tagger::set_ambiguity(k, &amb);
        }
        let t = tagger::train(&rest, tags.len(), o.tagger_epochs, 17 + fold as u64).average(0.0);
        for (i, (k, _)) in tagged
            .iter()
            .enumerate()
            .filter(|(i, _)| i % o.folds == fold)
        {
            let mut k = k.clone();
            tagger::set_ambiguity(&mut k, &amb);
            predicted[i] = tagger::tag(&t, &k);
        }
        eprintln!(
            "tagger fold {}/{} done ({:.0?})",
            fold + 1,
            o.folds,
            started.elapsed()
        );
    }
    let ambiguity = tagger::ambiguity_classes(tagged.iter());
    let mut tagged = tagged;
    for (k, _) in tagged.iter_mut() {
        tagger::set_ambiguity(k, &ambiguity);
    }
    let tagger_w = tagger::train(&tagged, tags.len(), o.tagger_epochs, 7).average(o.prune / 4.0);
    eprintln!(
        "tagger: {} features ({:.0?})",
        tagger_w.len(),
        started.elapsed()
    );

    let upos_of = |t: u16| Upos::parse(&tags[t as usize].0).0;
    let lemmatiser = Lemmatiser::learn(
        train
            .iter()
            .flat_map(|s| s.words.iter())
            .map(|w| (w.form.as_str(), Upos::parse(&w.upos).0, w.lemma.as_str())),
    );

    let inputs: Vec<(Input, Gold)> = train
        .iter()
        .zip(&predicted)
        .map(|(s, p)| {
            let words: Vec<WordKeys> = s.words.iter().map(|w| WordKeys::new(&w.form)).collect();
            let mut heads = vec![0];
            let mut ls = vec![0];
            heads.extend(s.words.iter().map(|w| w.head));
            ls.extend(s.words.iter().map(|w| label_ids[&w.deprel]));
            (Input::new(&words, p), Gold { heads, labels: ls })
        })
        .collect();
    let mut pt = ParserTrainer::new(labels.len(), 3);
    let mut order: Vec<usize> = (0..inputs.len()).collect();
    let mut rng = detente_parse::Rng(11);
    for epoch in 0..o.parser_epochs {
        rng.shuffle(&mut order);
        for &i in &order {
            pt.train_sentence(&inputs[i].0, &inputs[i].1, root_label, epoch > 0);
        }
        eprintln!(
            "parser epoch {}/{} ({:.0?})",
            epoch + 1,
            o.parser_epochs,
            started.elapsed()
        );
    }
    let trans = pt.trans.average(o.prune);
    let labeller = pt.labeller.average(o.prune);
    eprintln!(
        "parser: {} transition and {} label features",
        trans.len(),
        labeller.len()
    );

    let card = format!(
        "{}: trained on {} ({} sentences) by detente-train-parser; tagger {} epochs ({} folds for the parser's tags), parser {} epochs, prune {}",
        o.name,
        o.train.rsplit('/').next().unwrap_or(&o.train),
        train.len(),
        o.tagger_epochs,
        o.folds,
        o.parser_epochs,
        o.prune
    );
    let bytes = Model::to_bytes(
        &card,
        &tags,
        &tagger_w,
        &ambiguity,
        &lemmatiser,
        &labels,
        &trans,
        &labeller,
    );
    let model = Model::from_bytes(&bytes).map_err(|e| e.to_string())?;
    let (mut n, mut upos, mut uas, mut las, mut lemma, mut gold_uas) =
        (0usize, 0usize, 0usize, 0usize, 0usize, 0usize);
    for s in &dev {
        let forms: Vec<&str> = s.words.iter().map(|w| w.form.as_str()).collect();
        let parse = model.analyse(&forms);
        if s.words
            .iter()
            .all(|w| tag_ids.contains_key(&(w.upos.clone(), w.xpos.clone())))
        {
            let gold: Vec<u16> = s
                .words
                .iter()
                .map(|w| tag_ids[&(w.upos.clone(), w.xpos.clone())])
                .collect();
            let (heads, _) = model.parse_tagged(&forms, &gold);
            gold_uas += s
                .words
                .iter()
                .zip(&heads)
                .filter(|(w, h)| w.head == **h)
                .count();
        }
        for (w, a) in s.words.iter().zip(&parse) {
            n += 1;
            upos += (a.upos.as_str() == w.upos) as usize;
            lemma += (a.lemma == w.lemma) as usize;
            if a.head == w.head {
                uas += 1;
                las += (a.deprel.split(':').next() == w.deprel.split(':').next()) as usize;
            }
        }
    }
    let _ = upos_of;
    let pct = |k: usize| 100.0 * k as f64 / n.max(1) as f64;
    eprintln!(
        "dev ({n} words): UPOS {:.2}, lemma {:.2}, UAS {:.2}, LAS {:.2} (UAS with gold tags {:.2}); model {} bytes; {:.0?}",
        pct(upos),
        pct(lemma),
        pct(uas),
        pct(las),
        pct(gold_uas),
        bytes.len(),
        started.elapsed()
    );
    std::fs::write(&o.out, &bytes).map_err(|e| format!("{}: {e}", o.out))?;
    Ok(())
}
