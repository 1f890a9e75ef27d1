//! What the news-repair tests read of a parse: each word's form, UPOS, fine
//! tag, head and relation, for sentences given as space-separated tokens.

use detente_parse::Model;

pub type Word = (String, &'static str, &'static str, usize, &'static str);

pub fn analyse(s: &str) -> Vec<Word> {
    let forms: Vec<&str> = s.split_whitespace().collect();
    Model::english()
        .analyse(&forms)
        .into_iter()
        .zip(&forms)
        .map(|(a, f)| (f.to_string(), a.upos.as_str(), a.xpos, a.head, a.deprel))
        .collect()
}

/// The word `w` (its first occurrence) and its 1-based position.
pub fn word<'a>(p: &'a [Word], w: &str) -> (&'a Word, usize) {
    let i = p
        .iter()
        .position(|x| x.0 == w)
        .unwrap_or_else(|| panic!("no word {w} in {p:?}"));
    (&p[i], i + 1)
}
