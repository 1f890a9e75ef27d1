//! Trains the tagger, lemmatiser and parser on a Universal Dependencies
//! treebank and writes the model that `detente-parse` ships:
//!
//!     cargo run --release -p detente-parse --bin detente-train-parser -- \
//!         --train en_ewt-ud-train.conllu --dev en_ewt-ud-dev.conllu \
//!         --out crates/parse/model/en_ewt.bin --prune 1.5 --tagger-prune 1
//!
//! (the shipped model is trained on train and dev together: see
//! `model/MODEL_CARD.md`).
//!
//! Deterministic: the same data and options give the same bytes.

use std::collections::HashMap;
use std::time::Instant;

use detente_parse::conllu::{self, ConlluSentence};
use detente_parse::parser::{self, Gold, Input, LabelRules, ParserTrainer};
use detente_parse::{tagger, Lemmatiser, Model, Upos, WordKeys};

struct Options {
    train: String,
    dev: String,
    out: String,
    tagger_epochs: usize,
    parser_epochs: usize,
    folds: usize,
    prune: f32,
    clip: f64,
    /// Other (prune, clip) pairs whose models are scored on the dev file
    /// and not written: to choose the size of the model.
    tries: Vec<(f32, f64, f32)>,
    /// Rows of the tagger whose largest weight is below this are dropped
    /// (by default a quarter of `prune`).
    tagger_prune: Option<f32>,
    /// Train and score the tagger alone.
    tagger_only: bool,
    name: String,
}

fn args() -> Result<Options, String> {
    let mut o = Options {
        train: String::new(),
        dev: String::new(),
        out: String::new(),
        tagger_epochs: 15,
        parser_epochs: 30,
        folds: 5,
        prune: 1.0,
        clip: 1.0,
        tries: Vec::new(),
        tagger_prune: None,
        tagger_only: false,
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
            "--tagger-prune" => o.tagger_prune = Some(val()?.parse().map_err(|e| format!("{e}"))?),
            "--clip" => o.clip = val()?.parse().map_err(|e| format!("{e}"))?,
            "--tagger-only" => o.tagger_only = true,
            "--try" => {
                for pair in val()?.split(',') {
                    let v: Vec<f64> = pair
                        .split(':')
                        .map(|x| x.parse::<f64>().map_err(|e| format!("{e}")))
                        .collect::<Result<_, _>>()?;
                    if v.len() != 3 {
                        return Err("--try takes PRUNE:CLIP:TAGGER_PRUNE,...".into());
                    }
                    o.tries.push((v[0] as f32, v[1], v[2] as f32));
                }
            }
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

    if o.tagger_only {
        // Exploration: the tagger alone, trained on --train and scored on --dev.
        let amb = tagger::ambiguity_classes(tagged.iter());
        let mut rest = tagged.clone();
        for (k, _) in rest.iter_mut() {
            tagger::set_ambiguity(k, &amb);
        }
        let t = tagger::train(&rest, tags.len(), o.tagger_epochs, 7)
            .average(o.tagger_prune.unwrap_or(o.prune / 4.0), o.clip);
        let (mut n, mut fine, mut upos) = (0, 0, 0);
        for s in &dev {
            let mut k: Vec<WordKeys> = s.words.iter().map(|w| WordKeys::new(&w.form)).collect();
            tagger::set_ambiguity(&mut k, &amb);
            for (w, g) in s.words.iter().zip(tagger::tag(&t, &k, &Default::default())) {
                n += 1;
                let (u, x) = &tags[g as usize];
                upos += (*u == w.upos) as usize;
                fine += (*u == w.upos && *x == w.xpos) as usize;
            }
        }
        eprintln!(
            "tagger: dev UPOS {:.2}, fine tags {:.2}; {} features",
            100.0 * upos as f64 / n as f64,
            100.0 * fine as f64 / n as f64,
            t.len()
        );
        return Ok(());
    }
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
        let t =
            tagger::train(&rest, tags.len(), o.tagger_epochs, 17 + fold as u64).average(0.0, 1.0);
        for (i, (k, _)) in tagged
            .iter()
            .enumerate()
            .filter(|(i, _)| i % o.folds == fold)
        {
            let mut k = k.clone();
            tagger::set_ambiguity(&mut k, &amb);
            predicted[i] = tagger::tag(&t, &k, &Default::default());
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
    let tagger_t = tagger::train(&tagged, tags.len(), o.tagger_epochs, 7);
    eprintln!("tagger trained ({:.0?})", started.elapsed());

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
            let mut words: Vec<WordKeys> = s.words.iter().map(|w| WordKeys::new(&w.form)).collect();
            tagger::set_ambiguity(&mut words, &ambiguity);
            let mut heads = vec![0];
            let mut ls = vec![0];
            heads.extend(s.words.iter().map(|w| w.head));
            ls.extend(s.words.iter().map(|w| label_ids[&w.deprel]));
            (Input::new(&words, p), Gold { heads, labels: ls })
        })
        .collect();
    let sure = tagger::sure_tags(
        tagged.iter(),
        tagger::SURE_MIN_COUNT,
        tagger::SURE_MIN_SHARE,
    );
    let gold_tags: Vec<Vec<u16>> = tagged
        .iter()
        .map(|(_, t)| std::iter::once(0).chain(t.iter().copied()).collect())
        .collect();
    let rules = LabelRules::learn(
        gold_tags
            .iter()
            .zip(&inputs)
            .map(|(t, (_, g))| (t.as_slice(), g)),
        tags.len(),
        parser::RULE_MIN_COUNT,
        parser::RULE_MIN_SHARE,
    );
    eprintln!("{} sure words, {} label rules", sure.len(), rules.len());
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
    let first = (o.prune, o.clip, o.tagger_prune.unwrap_or(o.prune / 4.0));
    let card = format!(
        "{}: trained on {} ({} sentences) by detente-train-parser; tagger {} epochs ({} folds for the parser's tags), parser {} epochs, prune {}, tagger prune {}, clip {}",
        o.name,
        o.train.rsplit('/').next().unwrap_or(&o.train),
        train.len(),
        o.tagger_epochs,
        o.folds,
        o.parser_epochs,
        o.prune,
        first.2,
        o.clip
    );
    let _ = upos_of;
    let mut out = Vec::new();
    for (i, &(prune, clip, tagger_prune)) in std::iter::once(&first).chain(&o.tries).enumerate() {
        let tagger_w = tagger_t.average(tagger_prune, clip);
        let trans = pt.trans.average(prune, clip);
        let labeller = pt.labeller.average(prune, clip);
        let bytes = Model::to_bytes(
            &card,
            &tags,
            &tagger_w,
            &ambiguity,
            &lemmatiser,
            &labels,
            &trans,
            &labeller,
            &sure,
            &rules,
        );
        let model = Model::from_bytes(&bytes).map_err(|e| e.to_string())?;
        eprintln!(
            "prune {prune} clip {clip} tagger prune {tagger_prune}: {} tagger, {} transition and {} label features; {}",
            tagger_w.len(),
            trans.len(),
            labeller.len(),
            evaluate(&model, &dev, &tag_ids)
        );
        eprintln!("model {} bytes; {:.0?}", bytes.len(), started.elapsed());
        if i == 0 {
            out = bytes;
        }
    }
    std::fs::write(&o.out, &out).map_err(|e| format!("{}: {e}", o.out))?;
    Ok(())
}

/// Scores of a model on a treebank (gold tokens), as one line.
fn evaluate(
    model: &Model,
    dev: &[ConlluSentence],
    tag_ids: &HashMap<(String, String), u16>,
) -> String {
    let mut score = detente_parse::conllu::Agreement::default();
    let mut gold_uas = 0usize;
    for s in dev {
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
        score.add(&s.words, &parse);
    }
    format!(
        "dev ({} words): UPOS {:.2}, lemma {:.2}, UAS {:.2}, LAS {:.2} (UAS with gold tags {:.2})",
        score.words,
        score.pct(score.upos),
        score.pct(score.lemma),
        score.pct(score.uas),
        score.pct(score.las),
        score.pct(gold_uas),
    )
}
