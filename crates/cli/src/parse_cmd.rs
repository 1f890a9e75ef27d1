//! `detente parse`: the tagger and parser's analysis as CoNLL-U.

use anyhow::{Context, Result};
use clap::{Args, ValueEnum};
use detente_parse::{conllu, Model};
use std::io::Write;
use std::path::PathBuf;

#[derive(Args)]
pub struct ParseArgs {
    /// A text file (or - for standard input), or a CoNLL-U file with --input-format conllu.
    pub file: PathBuf,
    /// `text`: clean, split and parse the text; `conllu`: re-tag and re-parse the
    /// given tokens (their tags, lemmas and trees are replaced), for evaluation
    /// with the standard UD tools.
    #[arg(long, value_enum, default_value = "text")]
    pub input_format: ParseInput,
    /// Largest input in bytes.
    #[arg(long, default_value_t = 64 << 20)]
    pub max_bytes: u64,
    /// With text: read the names recognising finds as proper nouns before the
    /// trees are made, as `detente extract` does, to show the trees its event
    /// stage reads.
    #[arg(long)]
    pub names: bool,
}

#[derive(Clone, Copy, ValueEnum, PartialEq, Eq)]
pub enum ParseInput {
    Text,
    Conllu,
}

pub fn run(args: &ParseArgs) -> Result<bool> {
    let name = args.file.display().to_string();
    let bytes = crate::read_input(&args.file, args.max_bytes).with_context(|| name.clone())?;
    let model = Model::english();
    let mut out = String::new();
    match args.input_format {
        ParseInput::Conllu => {
            let text = std::str::from_utf8(&bytes).with_context(|| format!("{name}: not UTF-8"))?;
            let sents = conllu::read(text).with_context(|| format!("{name}: not valid CoNLL-U"))?;
            for s in &sents {
                let forms: Vec<&str> = s.words.iter().map(|w| w.form.as_str()).collect();
                let parse = model.analyse(&forms);
                conllu::write_sentence(&mut out, &s.comments, &s.ranges, &forms, &parse);
            }
        }
        ParseInput::Text => {
            let decoded = detente_text::decode(&bytes).with_context(|| name.clone())?;
            let kb = detente_kb::builtin();
            let mut doc = detente_text::prepare(&decoded.text, None, kb);
            if args.names {
                let tagged = detente_extract::tag_and_recognise(&mut doc, kb, model);
                tagged.parse_trees(&mut doc, model, |_| true);
            } else {
                detente_parse::parse_doc(&mut doc, model);
            }
            for (i, s) in doc.sentences.iter().enumerate() {
                let forms: Vec<&str> = (s.first_token..s.end_token)
                    .map(|t| doc.token_text(t))
                    .collect();
                let parse: Vec<detente_parse::Analysis> = (s.first_token..s.end_token)
                    .map(|t| {
                        let x = &doc.syntax[t];
                        detente_parse::Analysis {
                            upos: detente_parse::Upos::parse(x.upos),
                            xpos: x.xpos,
                            lemma: x.lemma.clone(),
                            head: x.head.map_or(0, |h| h + 1 - s.first_token),
                            deprel: x.deprel,
                        }
                    })
                    .collect();
                let comments = [
                    format!("# sent_id = {}", i + 1),
                    format!("# text = {}", doc.slice(s.span).replace('\n', " ")),
                ];
                conllu::write_sentence(&mut out, &comments, &[], &forms, &parse);
            }
        }
    }
    let stdout = std::io::stdout();
    let mut lock = stdout.lock();
    lock.write_all(out.as_bytes())?;
    lock.flush()?;
    Ok(true)
}
