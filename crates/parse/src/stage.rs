//! The parse stage of the pipeline: every sentence of a [`Doc`] through the
//! [`Model`], the result kept as [`Doc::syntax`].

use detente_doc::{Doc, Syntax};

use crate::Model;

/// Sentences longer than this are parsed in pieces of this many words:
/// parsing is linear, but one runaway "sentence" should not hold one tree.
pub const MAX_PARSE_WORDS: usize = 250;

/// How a token is written for the parser: the treebank's conventions
/// (straight quotes, "do" + "n't") without changing the token count.
fn parser_form<'a>(doc: &'a Doc, t: usize, end: usize) -> std::borrow::Cow<'a, str> {
    let text = doc.token_text(t);
    // "don" + "'t" (the splitter's halves of "don't") are "do" + "n't" to the parser.
    let next_is_nt = t + 1 < end && matches!(doc.token_lower(t + 1), "'t" | "’t");
    if next_is_nt && text.len() > 1 && text.ends_with(['n', 'N']) {
        return text[..text.len() - 1].into();
    }
    match text {
        "'t" | "’t" if t > 0 && doc.token_lower(t - 1).ends_with('n') => "n't".into(),
        "’s" => "'s".into(),
        "“" | "”" | "«" | "»" | "„" => "\"".into(),
        "‘" | "’" => "'".into(),
        _ => text.into(),
    }
}

/// Fills `doc.syntax` for every token.
pub fn parse_doc(doc: &mut Doc, model: &Model) {
    let mut syntax: Vec<Syntax> = Vec::with_capacity(doc.tokens.len());
    for s in 0..doc.sentences.len() {
        let (first, end) = (doc.sentences[s].first_token, doc.sentences[s].end_token);
        // Tokens between sentences (none today) still get an entry.
        while syntax.len() < first {
            syntax.push(empty(doc, syntax.len()));
        }
        let mut start = first;
        while start < end {
            let stop = (start + MAX_PARSE_WORDS).min(end);
            let forms: Vec<std::borrow::Cow<str>> =
                (start..stop).map(|t| parser_form(doc, t, stop)).collect();
            let refs: Vec<&str> = forms.iter().map(|f| f.as_ref()).collect();
            for a in model.analyse(&refs) {
                syntax.push(Syntax {
                    upos: a.upos.as_str(),
                    xpos: a.xpos,
                    lemma: a.lemma,
                    head: (a.head > 0).then(|| start + a.head - 1),
                    deprel: a.deprel,
                });
            }
            start = stop;
        }
    }
    while syntax.len() < doc.tokens.len() {
        syntax.push(empty(doc, syntax.len()));
    }
    doc.syntax = syntax;
}

fn empty(doc: &Doc, t: usize) -> Syntax {
    Syntax {
        upos: "X",
        xpos: "_",
        lemma: doc.token_lower(t).to_string(),
        head: None,
        deprel: "dep",
    }
}
