//! Tokens and sentences, block by block. Sentences never cross blocks.
//!
//! A sentence is cut after [`MAX_SENTENCE_TOKENS`] tokens or
//! [`MAX_SENTENCE_BYTES`] bytes, and a word after [`MAX_TOKEN_BYTES`]
//! bytes: text without full stops (a list, a table flattened into one line,
//! a hostile page) still gives sentences of bounded size, so that every
//! later stage, which works sentence by sentence, takes time linear in the
//! document.

use detente_doc::{Doc, Sentence, Span, Token, TokenKind};

/// Words before a full stop that do not end a sentence.
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "gen", "col", "lt", "maj", "capt", "sgt", "adm", "cmdr",
    "gov", "sen", "rep", "rev", "st", "mt", "ft", "jr", "sr", "inc", "ltd", "corp", "co", "vs",
    "etc", "approx", "dept", "est", "fig", "no", "nos", "vol", "pp", "p", "ave", "blvd", "pres",
    "amb", "hon", "messrs", "sec", "univ", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec", "mon", "tue", "tues", "wed", "thu", "thurs", "fri", "sat", "sun",
    "al", "cf", "e.g", "i.e", "т", "г", "гг", "ул", "им", "тыс", "млн", "млрд",
];

/// Words that start a sentence after an initialism such as "U.S.".
const SENTENCE_STARTERS: &[&str] = &[
    "He",
    "She",
    "It",
    "They",
    "We",
    "I",
    "The",
    "This",
    "That",
    "These",
    "Those",
    "But",
    "And",
    "In",
    "On",
    "At",
    "After",
    "Before",
    "Meanwhile",
    "However",
    "A",
    "An",
    "His",
    "Her",
    "Their",
];

/// Abbreviations that end a sentence unless a number follows ("No. 5", "Feb. 12").
const BEFORE_NUMBER: &[&str] = &[
    "no", "nos", "vol", "pp", "p", "fig", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec", "art",
];

/// Longest sentence, in tokens; a longer run is cut into several sentences.
/// News sentences are rarely past 80 words; laws and communiqués reach 200.
pub const MAX_SENTENCE_TOKENS: usize = 300;
/// Longest sentence, in bytes of text (a sentence of very long words).
pub const MAX_SENTENCE_BYTES: usize = 8 * 1024;
/// Longest word, in bytes: a longer run of letters (10 MB without a space)
/// is cut into words of this size, on character boundaries.
pub const MAX_TOKEN_BYTES: usize = 256;

/// Prefixes joined to their word by a hyphen that stay one token with it
/// (English; the treebank's other hyphenated words are cut in three).
/// Prefixes that take names ("pro-Russian", "ex-President", "anti-Israel")
/// are cut, so that the name stays a token of its own.
const JOINED_PREFIXES: &[&str] = &["re", "co", "pre", "de", "e", "mis"];

/// Tokenise `text[start..end]`, pushing tokens with absolute offsets.
fn tokenize(text: &str, start: usize, end: usize, out: &mut Vec<Token>) {
    let s = &text[start..end];
    let b = s.as_bytes();
    // `p`: where the next character starts (words are skipped whole).
    let mut p = 0;
    while p < b.len() {
        let i = p;
        let c = match b[i] {
            x if x.is_ascii() => x as char,
            _ => s[i..].chars().next().unwrap_or(' '),
        };
        p += c.len_utf8();
        if c.is_whitespace() {
            continue;
        }
        if c.is_alphanumeric() {
            let mut j = i + c.len_utf8();
            let numeric_start = c.is_ascii_digit();
            let mut all_digits = numeric_start;
            // A word: letters and digits, with inner hyphen-less joiners.
            loop {
                if j - i >= MAX_TOKEN_BYTES {
                    break;
                }
                // ASCII letters and digits, the common case, without decoding.
                if j < b.len() && b[j].is_ascii_alphanumeric() {
                    all_digits &= b[j].is_ascii_digit();
                    j += 1;
                    continue;
                }
                let rest = &s[j..];
                let Some(n) = rest.chars().next() else { break };
                if n.is_alphanumeric() {
                    all_digits &= n.is_ascii_digit();
                    j += n.len_utf8();
                    continue;
                }
                let after = rest[n.len_utf8()..].chars().next();
                // Decimals and thousands: 2.5, 1,000.
                if numeric_start
                    && all_digits
                    && (n == '.' || n == ',')
                    && after.is_some_and(|a| a.is_ascii_digit())
                {
                    j += 1;
                    continue;
                }
                // Initialisms: U.S., U.K., e.g.
                if n == '.' && j - i <= 2 && after.is_some_and(|a| a.is_alphabetic()) {
                    let next2 = rest[1..].chars().nth(1);
                    if next2 == Some('.') {
                        j += 1;
                        continue;
                    }
                }
                // A prefix the English treebank writes as part of its word
                // ("re-imposed", "co-chaired", "de-escalate"): one token, as
                // the tagger learnt it, and one lemma for the lexicon.
                if n == '-'
                    && after.is_some_and(|a| a.is_ascii_lowercase())
                    && JOINED_PREFIXES
                        .iter()
                        .any(|p| s[i..j].eq_ignore_ascii_case(p))
                {
                    j += 1;
                    continue;
                }
                // Inner apostrophe that is not a possessive: O'Brien, d'Orsay.
                if (n == '\'' || n == '’') && after.is_some_and(|a| a.is_alphabetic()) {
                    let tail: String = rest[n.len_utf8()..]
                        .chars()
                        .take_while(|c| c.is_alphabetic())
                        .take(3)
                        .collect();
                    if tail != "s"
                        && tail != "t"
                        && tail != "ll"
                        && tail != "re"
                        && tail != "ve"
                        && tail != "d"
                        && tail != "m"
                    {
                        j += n.len_utf8();
                        continue;
                    }
                }
                break;
            }
            // An initialism keeps its final full stop: "U.S."
            if j < b.len() && b[j] == b'.' && s[i..j].contains('.') {
                j += 1;
            }
            let kind = if numeric_start
                && s[i..j]
                    .chars()
                    .all(|c| c.is_ascii_digit() || c == '.' || c == ',')
            {
                TokenKind::Number
            } else {
                TokenKind::Word
            };
            out.push(Token {
                span: Span::new(start + i, start + j),
                kind,
            });
            p = j;
        } else {
            let len = c.len_utf8();
            // Possessive and contracted endings are their own tokens: "Russia" "'s".
            if (c == '\'' || c == '’') && s[i + len..].starts_with(['s', 't']) {
                let tail_len = 1 + len;
                let after = s[i + tail_len..].chars().next();
                if after.is_none_or(|a| !a.is_alphanumeric()) {
                    out.push(Token {
                        span: Span::new(start + i, start + i + tail_len),
                        kind: TokenKind::Word,
                    });
                    p = i + tail_len;
                    continue;
                }
            }
            out.push(Token {
                span: Span::new(start + i, start + i + len),
                kind: TokenKind::Punct,
            });
        }
    }
}

/// Fill `doc.tokens` and `doc.sentences` from `doc.blocks`.
pub fn split(doc: &mut Doc) {
    let mut tokens = Vec::with_capacity(doc.text.len() / 5);
    let mut sentences = Vec::new();
    for (bi, block) in doc.blocks.iter().enumerate() {
        let first = tokens.len();
        tokenize(&doc.text, block.span.start, block.span.end, &mut tokens);
        let end = tokens.len();
        let mut s0 = first;
        // "GAO, Mali, March 10 (Reuters) - …": the wire's dateline is where
        // and when the story was filed, a sentence of its own, not part of
        // the first statement (whose subject and date it is not).
        if let Some(dash) = dateline_end(&doc.text, &tokens[first..end]) {
            push_sentence(&mut sentences, &tokens, first, first + dash + 1, bi);
            s0 = first + dash + 1;
        }
        let mut k = s0;
        let mut open_quote = false;
        let mut quote_opened_at = 0usize;
        while k < end {
            let t = tokens[k];
            // Caps: a run without a sentence end is cut where it reaches them.
            if k > s0
                && (k - s0 >= MAX_SENTENCE_TOKENS
                    || t.span.end - tokens[s0].span.start > MAX_SENTENCE_BYTES)
            {
                push_sentence(&mut sentences, &tokens, s0, k, bi);
                s0 = k;
            }
            let tx = &doc.text[t.span.start..t.span.end];
            if t.kind == TokenKind::Punct {
                match tx {
                    "“" | "«" | "„" => {
                        open_quote = true;
                        quote_opened_at = k;
                    }
                    "”" | "»" => open_quote = false,
                    "\"" => {
                        open_quote = !open_quote;
                        quote_opened_at = k;
                    }
                    _ => {}
                }
            }
            // "…to the U.S. He arrived": an initialism can end a sentence too.
            let initialism_end = t.kind == TokenKind::Word
                && tx.len() > 2
                && tx.ends_with('.')
                && k + 1 < end
                && SENTENCE_STARTERS
                    .contains(&&doc.text[tokens[k + 1].span.start..tokens[k + 1].span.end]);
            let terminal =
                t.kind == TokenKind::Punct && matches!(tx, "." | "!" | "?" | "…") || initialism_end;
            if terminal
                && is_boundary(
                    &doc.text,
                    &doc.lower,
                    &tokens,
                    k,
                    end,
                    open_quote && k - quote_opened_at < 80,
                )
            {
                // Take closing quotes and brackets along.
                let mut e = k + 1;
                while e < end && e - s0 < MAX_SENTENCE_TOKENS {
                    let tx = &doc.text[tokens[e].span.start..tokens[e].span.end];
                    let closing = matches!(tx, "”" | "»" | ")" | "]" | "’")
                        || ((tx == "\"" || tx == "'") && open_quote);
                    if !closing && !(matches!(tx, "." | "!" | "?")) {
                        break;
                    }
                    if matches!(tx, "”" | "»" | "\"") {
                        open_quote = false;
                    }
                    e += 1;
                }
                push_sentence(&mut sentences, &tokens, s0, e, bi);
                s0 = e;
                k = e;
                continue;
            }
            k += 1;
        }
        if s0 < end {
            push_sentence(&mut sentences, &tokens, s0, end, bi);
        }
    }
    doc.tokens = tokens;
    doc.sentences = sentences;
}

/// The index of the dash that ends a dateline opening `tokens`, if they
/// open with one: a place in capitals ("GAO", "NEW YORK"), then within a
/// few words a comma or an agency in brackets, only capitalised words,
/// numbers and punctuation, and a dash (or a colon) followed by more text.
/// A place all in capitals needs no comma ("LAGOS - Gunmen …", "TAIPEI --").
fn dateline_end(text: &str, tokens: &[Token]) -> Option<usize> {
    let word = |t: &Token| &text[t.span.start..t.span.end];
    let first = word(tokens.first()?);
    let letters = first.chars().filter(|c| c.is_alphabetic()).count();
    if letters < 2 || !first.chars().next().is_some_and(char::is_uppercase) {
        return None;
    }
    let in_capitals = !first.chars().any(char::is_lowercase);
    let dash = tokens
        .iter()
        .take(16)
        .position(|t| matches!(word(t), "-" | "–" | "—" | "--" | ":"))?;
    if dash + 1 >= tokens.len() {
        return None;
    }
    let head = &tokens[..dash];
    let separated = head.iter().any(|t| matches!(word(t), "," | "("));
    let plain = head.iter().all(|t| {
        let w = word(t);
        t.kind == TokenKind::Punct
            || w.chars()
                .next()
                .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
    });
    // "--" may come as two dashes.
    let mut last = dash;
    while last + 2 < tokens.len() && matches!(word(&tokens[last + 1]), "-" | "–" | "—") {
        last += 1;
    }
    let statement_follows = word(&tokens[last + 1])
        .chars()
        .next()
        .is_some_and(char::is_uppercase);
    let capitals = dash <= 3
        && statement_follows
        && head.iter().all(|t| {
            let w = word(t);
            w.chars().filter(|c| c.is_alphabetic()).count() >= 2
                && !w.chars().any(char::is_lowercase)
        });
    // "Dakar, Senegal: Soldiers …": a place in plain case ends with a colon.
    let colon_line = word(&tokens[dash]) == ":" && dash <= 4 && statement_follows;
    // "Washington — The administration …": one to three capitalised words
    // and a long dash (not a hyphen) before a capitalised word.
    let long_dash = matches!(word(&tokens[dash]), "—" | "–" | "--");
    let titled = dash <= 3
        && long_dash
        && statement_follows
        && head.iter().all(|t| {
            t.kind != TokenKind::Punct && word(t).chars().next().is_some_and(char::is_uppercase)
        });
    (separated && plain && (in_capitals || colon_line) || capitals || titled).then_some(last)
}

fn push_sentence(out: &mut Vec<Sentence>, tokens: &[Token], a: usize, b: usize, block: usize) {
    if a >= b {
        return;
    }
    out.push(Sentence {
        span: Span::new(tokens[a].span.start, tokens[b - 1].span.end),
        block,
        first_token: a,
        end_token: b,
    });
}

fn is_boundary(
    text: &str,
    lower: &str,
    tokens: &[Token],
    k: usize,
    end: usize,
    in_quote: bool,
) -> bool {
    let tx = |i: usize| &text[tokens[i].span.start..tokens[i].span.end];
    // What comes next, past closing quotes and brackets.
    let mut n = k + 1;
    // (A bounded look: a run of a million marks is not read once per mark.)
    while n < end
        && n - k <= 32
        && matches!(tx(n), "”" | "»" | "\"" | ")" | "’" | "'" | "." | "!" | "?")
    {
        n += 1;
    }
    if n >= end {
        return true;
    }
    let next = tx(n);
    let next_first = next.chars().next().unwrap_or(' ');
    let starts_new = next_first.is_uppercase()
        || next_first.is_ascii_digit()
        || matches!(next, "“" | "«" | "\"" | "—" | "–" | "-" | "(" | "„");
    if !starts_new {
        return false;
    }
    if tx(k) == "." && k > 0 {
        let prev = &tokens[k - 1];
        // No space between word and full stop means an abbreviation candidate.
        if prev.span.end == tokens[k].span.start {
            let word = &lower[prev.span.start..prev.span.end];
            let w = word.trim_end_matches('.');
            if BEFORE_NUMBER.contains(&w) {
                if next_first.is_ascii_digit() {
                    return false;
                }
            } else if ABBREVIATIONS.contains(&w) {
                return false;
            }
            // Initials: "J. Smith", but not a one-letter word at the end of a sentence.
            let orig = &text[prev.span.start..prev.span.end];
            if orig.chars().count() == 1
                && orig.chars().all(char::is_uppercase)
                && next_first.is_uppercase()
            {
                return false;
            }
        }
    }
    // Inside a quotation that opened recently, keep going, unless it just closed.
    let closes = (k + 1..n).any(|i| matches!(tx(i), "”" | "»" | "\""));
    !in_quote || closes || matches!(next, "—" | "–")
}

#[cfg(test)]
mod tests {
    use super::*;
    use detente_doc::{Block, BlockKind};

    fn doc(text: &str) -> Doc {
        let mut d = Doc::new(text.to_string(), None);
        d.blocks = vec![Block {
            kind: BlockKind::Paragraph,
            span: Span::new(0, text.len()),
        }];
        split(&mut d);
        d
    }

    fn sentences(text: &str) -> Vec<String> {
        let d = doc(text);
        d.sentences
            .iter()
            .map(|s| d.slice(s.span).to_string())
            .collect()
    }

    fn words(text: &str) -> Vec<String> {
        let d = doc(text);
        d.tokens
            .iter()
            .map(|t| d.slice(t.span).to_string())
            .collect()
    }

    #[test]
    fn a_prefix_joined_by_a_hyphen_stays_with_its_word_and_others_are_cut() {
        assert_eq!(
            words("Peru re-imposed co-payments; Re-elected"),
            ["Peru", "re-imposed", "co-payments", ";", "Re-elected"]
        );
        // Prefixes that take names, compounds, and a prefix before a name.
        assert_eq!(
            words("pro-Russian dive-bombed re-Iran"),
            ["pro", "-", "Russian", "dive", "-", "bombed", "re", "-", "Iran"]
        );
    }

    #[test]
    fn abbreviations_and_initials_do_not_end_sentences() {
        assert_eq!(
            sentences(
                "Mr. Blinken met Dr. J. R. Smith in the U.S. capital on Feb. 12. They talked."
            ),
            [
                "Mr. Blinken met Dr. J. R. Smith in the U.S. capital on Feb. 12.",
                "They talked."
            ]
        );
        assert_eq!(
            sentences("Resolution No. 2231 expired. Iran objected."),
            ["Resolution No. 2231 expired.", "Iran objected."]
        );
    }

    #[test]
    fn a_wire_dateline_is_a_sentence_of_its_own() {
        assert_eq!(
            sentences("KANO, Nigeria, June 4 (Wire) - Troops freed twelve hostages on Monday."),
            [
                "KANO, Nigeria, June 4 (Wire) -",
                "Troops freed twelve hostages on Monday."
            ]
        );
        assert_eq!(
            sentences("BRUSSELS (Wire) — Ministers met on Monday."),
            ["BRUSSELS (Wire) —", "Ministers met on Monday."]
        );
        // A place in capitals needs no comma; a colon ends one too.
        assert_eq!(
            sentences("LAGOS - Gunmen attacked a village on Tuesday."),
            ["LAGOS -", "Gunmen attacked a village on Tuesday."]
        );
        assert_eq!(
            sentences("NEW DELHI -- Floods cut the highway."),
            ["NEW DELHI --", "Floods cut the highway."]
        );
        assert_eq!(
            sentences("Dakar, Senegal: Soldiers seized the radio station."),
            ["Dakar, Senegal:", "Soldiers seized the radio station."]
        );
        // A place in plain case before a long dash.
        assert_eq!(
            sentences("New Delhi — The government banned the app on Monday."),
            ["New Delhi —", "The government banned the app on Monday."]
        );
        // Not before a hyphen, nor before a word in lower case.
        assert_eq!(
            sentences("Kenya - the only bidder - won the contract."),
            ["Kenya - the only bidder - won the contract."]
        );
        // Capitals that open a statement are no dateline.
        assert_eq!(
            sentences("NATO - the alliance of thirty states - met on Monday."),
            ["NATO - the alliance of thirty states - met on Monday."]
        );
        assert_eq!(
            sentences("UN officials, aid workers - and the press - waited."),
            ["UN officials, aid workers - and the press - waited."]
        );
    }

    #[test]
    fn sentence_ending_with_us_abbreviation_still_ends() {
        assert_eq!(
            sentences("The minister flew to the U.S. He arrived late."),
            ["The minister flew to the U.S.", "He arrived late."]
        );
    }

    #[test]
    fn decimals_are_one_token_and_do_not_split() {
        let d = doc("Trade grew 2.5 percent to $1,200 million. Then it fell.");
        assert_eq!(d.sentences.len(), 2);
        assert!(d.tokens.iter().any(|t| d.slice(t.span) == "2.5"));
        assert!(d.tokens.iter().any(|t| d.slice(t.span) == "1,200"));
    }

    #[test]
    fn closing_quotes_stay_with_their_sentence() {
        assert_eq!(
            sentences("He said: \u{201c}We agreed. We will meet again.\u{201d} Then he left."),
            [
                "He said: \u{201c}We agreed. We will meet again.\u{201d}",
                "Then he left."
            ]
        );
    }

    #[test]
    fn dialogue_dash_opens_a_new_sentence() {
        assert_eq!(
            sentences("He was asked about it. — Yes, absolutely. This is the issue,\" he said."),
            [
                "He was asked about it.",
                "— Yes, absolutely.",
                "This is the issue,\" he said."
            ]
        );
    }

    #[test]
    fn possessives_are_split_off_and_cyrillic_is_tokenised() {
        let d = doc("Russia's envoy met Лавров in O'Hare.");
        let toks: Vec<&str> = d.tokens.iter().map(|t| d.slice(t.span)).collect();
        assert_eq!(
            toks,
            [
                "Russia",
                "'s",
                "envoy",
                "met",
                "Лавров",
                "in",
                "O'Hare",
                "."
            ]
        );
    }

    #[test]
    fn sentences_and_words_are_capped() {
        let d = doc(&"word ".repeat(1000));
        assert_eq!(d.sentences.len(), 4);
        assert!(d
            .sentences
            .iter()
            .all(|s| s.end_token - s.first_token <= MAX_SENTENCE_TOKENS));
        // A word of 20,000 bytes of Cyrillic: cut on character boundaries.
        let d = doc(&"\u{434}".repeat(10_000));
        assert!(d.tokens.len() >= 20_000 / MAX_TOKEN_BYTES);
        assert!(d
            .tokens
            .iter()
            .all(|t| t.span.end - t.span.start <= MAX_TOKEN_BYTES + 1));
        assert!(d
            .sentences
            .iter()
            .all(|s| s.span.end - s.span.start <= MAX_SENTENCE_BYTES + MAX_TOKEN_BYTES));
        // A million marks: sentences of bounded length, quickly.
        let d = doc(&"!?".repeat(500_000));
        assert!(d
            .sentences
            .iter()
            .all(|s| s.end_token - s.first_token <= MAX_SENTENCE_TOKENS));
    }

    #[test]
    fn sentences_do_not_cross_blocks() {
        let text = "A caption, Riyadh, February 18, 2025\n\nThe talks began. They ended.";
        let mut d = Doc::new(text.into(), None);
        d.blocks = vec![
            Block {
                kind: BlockKind::Caption,
                span: Span::new(0, 36),
            },
            Block {
                kind: BlockKind::Paragraph,
                span: Span::new(38, text.len()),
            },
        ];
        split(&mut d);
        assert_eq!(d.sentences.len(), 3);
        assert_eq!(d.sentences[0].block, 0);
        assert_eq!(d.sentences[1].block, 1);
    }
}
