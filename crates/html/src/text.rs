//! Small string helpers shared by the metadata and the text polishing.

use dom_query::NodeRef;

/// The text of `node`'s subtree if it has at most `max` characters (and,
/// with `no_quote`, no `<blockquote>`: a quoted post is content, whatever
/// its box is called); `None` otherwise. Stops reading as soon as it knows, so asking this of
/// every element of a deeply nested page stays cheap: each call reads at
/// most about `max` characters and `4 * max` nodes.
pub(crate) fn small_text(node: &NodeRef, max: usize, no_quote: bool) -> Option<String> {
    let mut out = String::new();
    let mut chars = 0usize;
    let budget = 4 * max + 64;
    for (seen, n) in std::iter::once(*node)
        .chain(node.descendants_it())
        .enumerate()
    {
        if seen > budget {
            return None;
        }
        if n.is_text() {
            let t = n.text();
            chars += t.chars().count();
            if chars > max {
                return None;
            }
            out.push_str(&t);
        } else if no_quote && n.has_name("blockquote") {
            return None;
        }
    }
    Some(out)
}

/// Collapse runs of whitespace (and odd spaces) to one space, drop
/// zero-width and control characters, trim.
pub(crate) fn squash(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut space = false;
    for c in s.chars() {
        match c {
            '\u{200b}' | '\u{200c}' | '\u{200d}' | '\u{feff}' | '\u{ad}' => {}
            c if c.is_whitespace() => space = true,
            c if c.is_control() => {}
            c => {
                if space && !out.is_empty() {
                    out.push(' ');
                }
                space = false;
                out.push(c);
            }
        }
    }
    out
}

/// Letters and digits only, lower-cased: a key for "is this text that text"
/// that survives whitespace, punctuation and entity differences between the
/// extractor's output and the parsed page.
pub(crate) fn skeleton(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        // ASCII first: the same answer as the Unicode tables, much cheaper.
        if c.is_ascii() {
            if c.is_ascii_alphanumeric() {
                out.push(c.to_ascii_lowercase());
            }
        } else if c.is_alphanumeric() {
            out.extend(c.to_lowercase());
        }
    }
    out
}

/// Whether `s` has more than `n` words (reads no further than word n + 1).
pub(crate) fn more_words_than(s: &str, n: usize) -> bool {
    s.split_whitespace().nth(n).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn squash_spaces() {
        assert_eq!(squash("  a\u{a0}\n b\u{200b}c \t"), "a bc");
    }

    #[test]
    fn skeleton_ignores_punctuation_and_case() {
        assert_eq!(skeleton("Hello, World! 2025"), "helloworld2025");
        assert_eq!(skeleton("Лавров — «да»"), "лавровда");
        assert!(more_words_than("a b  c", 2));
        assert!(!more_words_than("a b  c ", 3));
    }
}
