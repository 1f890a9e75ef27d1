//! The parse stage of the pipeline: every sentence of a [`Doc`] through the
//! [`Model`], the result kept as [`Doc::syntax`].

use std::borrow::Cow;

use detente_doc::{Doc, Syntax, TokenKind};

use crate::{Model, Tagged};

/// Sentences longer than this are parsed in pieces of this many words:
/// parsing is linear, but one runaway "sentence" should not hold one tree.
pub const MAX_PARSE_WORDS: usize = 250;

/// How a token is written for the parser: the treebank's conventions
/// (straight quotes, "do" + "n't", the dollar sign for any currency's)
/// without changing the token count.
fn parser_form<'a>(doc: &'a Doc, t: usize, end: usize) -> Cow<'a, str> {
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
        // The treebank's money is in dollars. (The knowledge base's
        // `CURRENCY_SIGNS`; the parse stage does not read the knowledge base.)
        "€" | "£" | "¥" | "₹" | "₽" => "$".into(),
        _ => text.into(),
    }
}

/// Fills `doc.syntax` for every token: tags, lemmas and the trees of all
/// sentences.
pub fn parse_doc(doc: &mut Doc, model: &Model) {
    tag_doc(doc, model).parse_trees(doc, model, |_| true);
}

/// The tagging half of the parse stage: fills `doc.syntax` with every
/// token's tags and lemma, and leaves every sentence without a tree (each
/// token its own root, relation "dep"), until [`TaggedDoc::parse_trees`]
/// gives the sentences that need one theirs. Tags and lemmas are the same
/// as [`parse_doc`]'s: they do not depend on the tree.
pub fn tag_doc(doc: &mut Doc, model: &Model) -> TaggedDoc {
    tag_doc_where(doc, model, |_| true)
}

/// [`tag_doc`] for the sentences `s` for which `wanted(s)` holds; the
/// tokens of the others get no tags (`X`) and their lower-case form as
/// lemma, and those sentences can get no tree.
pub fn tag_doc_where(doc: &mut Doc, model: &Model, wanted: impl Fn(usize) -> bool) -> TaggedDoc {
    let mut syntax: Vec<Syntax> = Vec::with_capacity(doc.tokens.len());
    let mut pieces = Vec::new();
    for s in 0..doc.sentences.len() {
        let (first, end) = (doc.sentences[s].first_token, doc.sentences[s].end_token);
        // Tokens between sentences (none today) and those of the sentences
        // left untagged still get an entry.
        while syntax.len() < first {
            syntax.push(empty(doc, syntax.len()));
        }
        if !wanted(s) {
            continue;
        }
        for (start, stop) in pieces_of(first, end) {
            let words = parser_words(doc, start, stop);
            let forms = parser_forms(doc, &words, stop);
            let refs: Vec<&str> = forms.iter().map(|f| f.as_ref()).collect();
            let tagged = model.tag_sentence(&refs);
            for (i, form) in refs.iter().enumerate() {
                // A full stop the word before took is punctuation of its own.
                while syntax.len() < words[i] {
                    syntax.push(full_stop(doc, syntax.len()));
                }
                let (upos, xpos, lemma) = model.tagged_word(form, &tagged, i);
                syntax.push(Syntax {
                    upos: upos.as_str(),
                    xpos,
                    lemma,
                    head: None,
                    deprel: NO_TREE,
                });
            }
            while syntax.len() < stop {
                syntax.push(full_stop(doc, syntax.len()));
            }
            pieces.push(Piece {
                sentence: s,
                stop,
                words,
                tagged,
            });
        }
    }
    while syntax.len() < doc.tokens.len() {
        syntax.push(empty(doc, syntax.len()));
    }
    doc.syntax = syntax;
    TaggedDoc { pieces }
}

/// The lemmas token `t` would have as a verb and as a noun, whatever the
/// tagger makes of it (the lemmatiser reads the form and the tag alone):
/// what the event stage asks of a sentence before deciding to tag it.
pub fn verb_and_noun_lemmas(doc: &Doc, model: &Model, t: usize) -> [String; 2] {
    let form = parser_form(doc, t, doc.tokens.len());
    [
        model.lemmatiser.lemma(&form, crate::Upos::VERB.0),
        model.lemmatiser.lemma(&form, crate::Upos::NOUN.0),
    ]
}

/// The relation of a token of a sentence without a tree (and of a token
/// outside every sentence): none in particular.
pub const NO_TREE: &str = "dep";

/// A document's sentences tagged by [`tag_doc`], kept to be parsed.
pub struct TaggedDoc {
    pieces: Vec<Piece>,
}

/// A sentence, or a piece of a long one, as it was tagged.
struct Piece {
    sentence: usize,
    /// The end of its tokens.
    stop: usize,
    /// The token of each word the parser read (see [`parser_words`]).
    words: Vec<usize>,
    tagged: Tagged,
}

impl TaggedDoc {
    /// Tags the tokens for which `name(t)` holds as proper nouns where the
    /// tagger read them as open-class words (a foreign name the treebank
    /// never saw: "Xi Jinping" as a conjunction and a verb), in `doc` and
    /// for the trees still to be made.
    pub fn mark_names(&mut self, doc: &mut Doc, model: &Model, name: impl Fn(usize) -> bool) {
        let Some(nnp) = model.proper_noun_tag() else {
            return;
        };
        for piece in &mut self.pieces {
            let mut marked = false;
            for i in 0..piece.tagged.len() {
                let t = piece.words[i];
                let x = &doc.syntax[t];
                if !name(t) || matches!(x.upos, "PROPN" | "PUNCT") {
                    continue;
                }
                piece.tagged.set_tag(i, nnp);
                marked = true;
                let form = word_form(doc, &piece.words, i, piece.stop);
                let (upos, xpos, lemma) = model.tagged_word(&form, &piece.tagged, i);
                doc.syntax[t] = Syntax {
                    upos: upos.as_str(),
                    xpos,
                    lemma,
                    head: None,
                    deprel: NO_TREE,
                };
            }
            if !marked {
                continue;
            }
            // The tag repairs read the words around a name ("Beijing
            // expressed strong …"): they look again.
            let forms: Vec<String> = parser_forms(doc, &piece.words, piece.stop)
                .into_iter()
                .map(|f| f.into_owned())
                .collect();
            let refs: Vec<&str> = forms.iter().map(String::as_str).collect();
            for i in model.repair_tags(&refs, &mut piece.tagged) {
                let (upos, xpos, lemma) = model.tagged_word(refs[i], &piece.tagged, i);
                let x = &mut doc.syntax[piece.words[i]];
                (x.upos, x.xpos, x.lemma) = (upos.as_str(), xpos, lemma);
            }
        }
    }

    /// Gives each sentence `s` for which `wanted(s)` holds its tree; the
    /// others keep none. `doc` must be the one that was tagged.
    pub fn parse_trees(self, doc: &mut Doc, model: &Model, wanted: impl Fn(usize) -> bool) {
        for piece in self.pieces {
            if !wanted(piece.sentence) {
                continue;
            }
            let forms = parser_forms(doc, &piece.words, piece.stop);
            let refs: Vec<&str> = forms.iter().map(|f| f.as_ref()).collect();
            let tree = model.tree_of(&refs, &piece.tagged);
            for (i, (head, deprel)) in tree.into_iter().enumerate() {
                let t = piece.words[i];
                let x = &mut doc.syntax[t];
                x.head = (head > 0).then(|| piece.words[head - 1]);
                x.deprel = deprel;
                // The full stop the word took hangs on it.
                if t + 1 < piece.stop && piece.words.get(i + 1) != Some(&(t + 1)) {
                    let stop = &mut doc.syntax[t + 1];
                    stop.head = Some(t);
                    stop.deprel = "punct";
                }
            }
        }
    }
}

/// The pieces a sentence's tokens `first..end` are parsed in.
fn pieces_of(first: usize, end: usize) -> impl Iterator<Item = (usize, usize)> {
    (first..end)
        .step_by(MAX_PARSE_WORDS)
        .map(move |start| (start, (start + MAX_PARSE_WORDS).min(end)))
}

/// The tokens of `start..stop` the parser reads as words: all but a full
/// stop written onto a word inside the sentence, which the splitter found
/// ends no sentence ("Mr. Smith", "Gen. Jones", "on Jan. 5"). The word
/// takes it, as treebanks write such words ("Mr."); read apart, the stop
/// would be taken for the end of a clause.
fn parser_words(doc: &Doc, start: usize, stop: usize) -> Vec<usize> {
    (start..stop)
        .filter(|&t| !abbreviation_stop(doc, t, start, stop))
        .collect()
}

/// Whether token `t` of `start..stop` is a full stop its word takes.
fn abbreviation_stop(doc: &Doc, t: usize, start: usize, stop: usize) -> bool {
    t > start
        && t + 1 < stop
        && doc.tokens[t].kind == TokenKind::Punct
        && doc.token_text(t) == "."
        && doc.tokens[t - 1].kind == TokenKind::Word
        && doc.tokens[t - 1].span.end == doc.tokens[t].span.start
        && !doc.token_text(t - 1).ends_with('.')
        && doc.token_text(t + 1) != "."
        && doc.tokens[t].span.end < doc.tokens[t + 1].span.start
}

/// The form of the parser's word `i` of a piece whose words are `words`.
fn word_form<'a>(doc: &'a Doc, words: &[usize], i: usize, stop: usize) -> Cow<'a, str> {
    let t = words[i];
    let form = parser_form(doc, t, stop);
    if t + 1 < stop && words.get(i + 1) != Some(&(t + 1)) {
        return format!("{form}.").into();
    }
    form
}

/// The forms of the parser's words, as it reads them.
fn parser_forms<'a>(doc: &'a Doc, words: &[usize], stop: usize) -> Vec<Cow<'a, str>> {
    (0..words.len())
        .map(|i| word_form(doc, words, i, stop))
        .collect()
}

/// The entry of a full stop a word took: punctuation, on that word once the
/// sentence has its tree.
fn full_stop(doc: &Doc, t: usize) -> Syntax {
    Syntax {
        upos: "PUNCT",
        xpos: ".",
        lemma: doc.token_text(t).to_string(),
        head: None,
        deprel: NO_TREE,
    }
}

fn empty(doc: &Doc, t: usize) -> Syntax {
    Syntax {
        upos: "X",
        xpos: "_",
        lemma: doc.token_lower(t).to_string(),
        head: None,
        deprel: NO_TREE,
    }
}
