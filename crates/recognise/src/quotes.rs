//! Quotations and who said them.
//!
//! Quotes are found per block, since they may span sentences: paired marks
//! (straight, curly, guillemets) and dialogue lines that open with a dash
//! and close with a quote mark, or with no mark before a closing
//! ", the expert believes." The speaker is the person named next to a
//! speech verb after the quote (", Sergei Ryabkov told Izvestia", ", the
//! diplomat said") or before it ("Lavrov stressed that …").

use detente_doc::{Doc, EntityKind, MentionForm, Quote, Span};

const SPEECH_VERBS: &[&str] = &[
    "said",
    "says",
    "say",
    "told",
    "tells",
    "added",
    "adds",
    "noted",
    "notes",
    "stressed",
    "stresses",
    "emphasized",
    "emphasised",
    "explained",
    "stated",
    "states",
    "declared",
    "commented",
    "remarked",
    "believes",
    "believe",
    "thinks",
    "think",
    "argued",
    "argues",
    "wrote",
    "writes",
    "warned",
    "warns",
    "insisted",
    "recalled",
    "continued",
    "asked",
    "replied",
    "answered",
    "concluded",
    "announced",
    "claimed",
    "claims",
    "underlined",
    "pointed",
    "assured",
    "admitted",
    "acknowledged",
    "suggested",
    "observed",
    "confirmed",
    "reiterated",
    "vowed",
    "promised",
    "complained",
    "according",
    "called",
    "calls",
    "described",
    "describes",
    "termed",
    "dubbed",
];

fn is_open(c: char) -> bool {
    matches!(c, '“' | '«' | '„')
}
fn is_close(c: char) -> bool {
    matches!(c, '”' | '»' | '“')
}
fn is_dash_start(s: &str) -> bool {
    s.starts_with('—') || s.starts_with('–') || s.starts_with("- ") || s.starts_with("-- ")
}

/// The spans of text set off as quotations by their marks (or opened by a
/// dash), before their speakers are looked for: [`recognise_quotes`] keeps
/// those with a speaker or of [`MIN_UNSPOKEN_WORDS`] words or more.
pub fn quote_candidates(doc: &Doc) -> Vec<Span> {
    let mut quotes = Vec::new();
    for b in 0..doc.blocks.len() {
        let span = doc.blocks[b].span;
        let text = &doc.text[span.start..span.end];
        let mut spans: Vec<(usize, usize)> = Vec::new(); // relative, inner text
        let mut pos = 0;
        if is_dash_start(text) {
            let start = text
                .char_indices()
                .find(|&(_, c)| !matches!(c, '—' | '–' | '-' | ' '))
                .map_or(text.len(), |x| x.0);
            // Closed by the first closing mark, or by a final ", speaker verb."
            let close = text[start..]
                .char_indices()
                .find(|&(_, c)| c == '"' || is_close(c))
                .map(|(i, c)| (start + i, c.len_utf8()));
            match close {
                Some((c, len)) => {
                    spans.push((start, c));
                    // Past the closing mark, which may be "”" (3 bytes).
                    pos = c + len;
                }
                None => {
                    if let Some(c) = trailing_attribution(text) {
                        spans.push((start, c));
                    }
                    pos = text.len();
                }
            }
        }
        // Paired marks in the rest of the block.
        let rest = &text[pos..];
        let mut open: Option<(usize, char)> = None;
        // Only a straight quote or a character of two or three bytes led by
        // 0xC2 («, ») or 0xE2 (“, ”, „) can be a mark: the rest is skipped.
        let marks = memchr::memchr3_iter(b'"', 0xC2, 0xE2, rest.as_bytes());
        for (i, c) in marks.filter_map(|i| Some((i, rest[i..].chars().next()?))) {
            let at = pos + i;
            match open {
                None if is_open(c) || c == '"' => {
                    // A straight quote right after a letter closes nothing and opens nothing.
                    open = Some((at + c.len_utf8(), c));
                }
                Some((s, o))
                    if (o == '"' && c == '"')
                        || (is_open(o) && is_close(c) && !(o == '“' && c == '“')) =>
                {
                    spans.push((s, at));
                    open = None;
                }
                Some((_, o)) if o == '«' && c == '«' => {}
                _ => {}
            }
        }
        for (s, e) in spans {
            let inner = text[s..e].trim_end_matches([',', ' ', '.']).trim_start();
            if inner.is_empty() {
                continue;
            }
            let s2 = s + text[s..e].find(inner).unwrap_or(0);
            let q = Span::new(span.start + s2, span.start + s2 + inner.len());
            quotes.push(q);
        }
    }
    quotes
}

/// Quotations with nobody to say them shorter than this are scare quotes
/// ("eliminate irritants").
pub const MIN_UNSPOKEN_WORDS: usize = 6;

/// Find every quote of `doc` and its speaker.
pub fn recognise_quotes(doc: &mut Doc) {
    let candidates = quote_candidates(doc);
    recognise_quotes_in(doc, candidates);
}

/// [`recognise_quotes`] given the document's [`quote_candidates`].
pub(crate) fn recognise_quotes_in(doc: &mut Doc, candidates: Vec<Span>) {
    let mut quotes: Vec<Quote> = candidates
        .into_iter()
        .map(|span| Quote {
            span,
            speaker: None,
            speaker_span: None,
        })
        .collect();
    // Speakers.
    for qi in 0..quotes.len() {
        let q = quotes[qi].span;
        let found = speaker_after(doc, q).or_else(|| speaker_before(doc, q));
        if let Some((e, sp)) = found {
            quotes[qi].speaker = Some(e);
            quotes[qi].speaker_span = Some(sp);
        } else if qi > 0 {
            // "…," he said, "…": the second half has the first half's speaker.
            let prev = quotes[qi - 1].clone();
            if q.start >= prev.span.end
                && q.start - prev.span.end < 60
                && doc
                    .sentence_at(prev.span.start)
                    .map(|s| doc.sentences[s].block)
                    == doc.sentence_at(q.start).map(|s| doc.sentences[s].block)
            {
                quotes[qi].speaker = prev.speaker;
                quotes[qi].speaker_span = prev.speaker_span;
            }
        }
    }
    // Scare quotes ("eliminate irritants") with nobody to say them are not quotes.
    quotes.retain(|q| {
        q.speaker.is_some() || doc.slice(q.span).split_whitespace().count() >= MIN_UNSPOKEN_WORDS
    });
    doc.quotes = quotes;
}

/// Offset of the comma before a final ", Name Verb." clause of a dialogue line.
fn trailing_attribution(text: &str) -> Option<usize> {
    let t = text.trim_end();
    let body = t.strip_suffix('.').unwrap_or(t);
    let comma = body.rfind(", ")?;
    let tail = &body[comma + 2..];
    let words: Vec<&str> = tail.split_whitespace().collect();
    if words.is_empty() || words.len() > 10 {
        return None;
    }
    let has_verb = words
        .iter()
        .any(|w| SPEECH_VERBS.contains(&w.to_lowercase().as_str()));
    has_verb.then_some(comma)
}

/// A speaker named right after the quote: ", Sergei Ryabkov told Izvestia", "," said Lavrov.
fn speaker_after(doc: &Doc, q: Span) -> Option<(usize, Span)> {
    let from = q.end;
    let sent_end = doc
        .sentence_at(prev_boundary(&doc.text, from))
        .map_or(doc.text.len(), |s| doc.sentences[s].span.end);
    // Only the next 250 bytes can matter: look for the line end there, not
    // in the rest of the document (once per quote).
    let mut window = (from + 250).min(doc.text.len());
    while !doc.text.is_char_boundary(window) {
        window -= 1;
    }
    let mut limit = doc.text[from..window]
        .find(['\n'])
        .map_or(doc.text.len(), |x| from + x)
        .max(sent_end.min(from + 250));
    limit = limit.min(from + 250).min(doc.text.len());
    while !doc.text.is_char_boundary(limit) {
        limit -= 1;
    }
    let after = &doc.lower[from..limit];
    let head = after.trim_start_matches([',', '"', '”', '»', ' ', '.', '—', '-']);
    // The quote must be followed by its attribution, not by a new sentence.
    let skipped = after.len() - head.len();
    if skipped == 0 && !after.starts_with(' ') {
        return None;
    }
    let verb_at = find_speech_verb(head, 12)?;
    let verb_abs = from + skipped + verb_at;
    // A person between the quote and the verb (the last one), else right after the verb.
    let between = mentions_from(doc, from)
        .take_while(|m| m.span.start <= verb_abs)
        .filter(|m| m.span.end <= verb_abs)
        .filter(|m| doc.entities[m.entity].kind == EntityKind::Person)
        .max_by_key(|m| (m.span.start, m.form == MentionForm::Description));
    if let Some(m) = between {
        return Some((m.entity, m.span));
    }
    mentions_from(doc, verb_abs)
        .take_while(|m| m.span.start < verb_abs + 40)
        .find(|m| doc.entities[m.entity].kind == EntityKind::Person)
        .map(|m| (m.entity, m.span))
}

/// A speaker before the quote in its sentence: "Lavrov stressed that … \"…\"".
fn speaker_before(doc: &Doc, q: Span) -> Option<(usize, Span)> {
    let open_at = prev_boundary(&doc.text, q.start);
    let s = doc.sentence_at(open_at)?;
    let sent = doc.sentences[s].span;
    let before = &doc.lower[sent.start..open_at.max(sent.start)];
    let verb_at = rfind_speech_verb(before)?;
    let verb_abs = sent.start + verb_at;
    mentions_from(doc, sent.start)
        .take_while(|m| m.span.start <= verb_abs)
        .filter(|m| m.span.end <= verb_abs)
        .filter(|m| doc.entities[m.entity].kind == EntityKind::Person)
        .max_by_key(|m| m.span.start)
        .map(|m| (m.entity, m.span))
        .or_else(|| {
            // "This was stated by X: …" in the previous sentence.
            let prev = doc.sentences.get(s.checked_sub(1)?)?;
            let lower = doc.lower_slice(prev.span);
            if !(lower.contains("stated by") || lower.contains("said by") || lower.ends_with(':')) {
                return None;
            }
            let in_prev = doc
                .mentions
                .partition_point(|m| m.span.start < prev.span.start)
                ..doc
                    .mentions
                    .partition_point(|m| m.span.start < prev.span.end);
            doc.mentions[in_prev]
                .iter()
                .rfind(|m| {
                    prev.span.contains(m.span) && doc.entities[m.entity].kind == EntityKind::Person
                })
                .map(|m| (m.entity, m.span))
        })
}

/// The mentions that start at or after byte offset `pos`, in order
/// (mentions are sorted by their start: a binary search, not a scan of the
/// document's mentions for every quote).
fn mentions_from(doc: &Doc, pos: usize) -> impl Iterator<Item = &detente_doc::Mention> {
    let i = doc.mentions.partition_point(|m| m.span.start < pos);
    doc.mentions[i..].iter()
}

/// The start of the character before byte offset `pos`.
fn prev_boundary(text: &str, pos: usize) -> usize {
    text[..pos].char_indices().next_back().map_or(0, |(i, _)| i)
}

fn words_with_offsets(s: &str) -> impl Iterator<Item = (usize, &str)> {
    s.split(|c: char| !c.is_alphanumeric() && c != '\'')
        .scan(0usize, |pos, w| {
            let start = *pos;
            *pos += w.len() + 1;
            Some((start, w))
        })
        .filter(|(_, w)| !w.is_empty())
}

fn find_speech_verb(s: &str, max_words: usize) -> Option<usize> {
    words_with_offsets(s)
        .take(max_words)
        .find(|(_, w)| SPEECH_VERBS.contains(w))
        .map(|x| x.0)
}

fn rfind_speech_verb(s: &str) -> Option<usize> {
    words_with_offsets(s)
        .filter(|(_, w)| SPEECH_VERBS.contains(w))
        .last()
        .map(|x| x.0)
}
