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

/// Bytes of the windows that [`StartIndex`] and [`WindowSet`] hash.
const K: usize = 8;

fn hash(b: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325 ^ b.len() as u64;
    for &x in b {
        h ^= u64::from(x);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

/// Byte offsets of the characters of `s`.
fn boundaries(s: &str) -> impl Iterator<Item = usize> + '_ {
    s.char_indices().map(|(i, _)| i)
}

/// Finds which of many strings start where in a text, in time linear in
/// the text (not in the number of strings): each string is keyed by its
/// first [`K`] bytes (or all of it, if shorter).
pub(crate) struct StartIndex<'a> {
    items: Vec<&'a str>,
    by_key: std::collections::HashMap<u64, Vec<u32>>,
    /// Distinct key lengths (at most K).
    lens: Vec<usize>,
}

/// Candidates looked at per key (many strings with the same start are
/// rare; the bound keeps adversarial pages linear).
const PER_KEY: usize = 32;

impl<'a> StartIndex<'a> {
    pub(crate) fn new(items: impl IntoIterator<Item = &'a str>) -> Self {
        let mut by_key: std::collections::HashMap<u64, Vec<u32>> = Default::default();
        let mut lens = Vec::new();
        let mut kept = Vec::new();
        for item in items {
            if item.is_empty() {
                continue;
            }
            let l = item.len().min(K);
            if !lens.contains(&l) {
                lens.push(l);
            }
            by_key
                .entry(hash(&item.as_bytes()[..l]))
                .or_default()
                .push(kept.len() as u32);
            kept.push(item);
        }
        StartIndex {
            items: kept,
            by_key,
            lens,
        }
    }

    /// Calls `found(position, item)` for every item that occurs in `s`
    /// starting at a character boundary.
    pub(crate) fn occurrences(&self, s: &str, mut found: impl FnMut(usize, &'a str)) {
        let b = s.as_bytes();
        for p in boundaries(s) {
            for &l in &self.lens {
                if p + l > b.len() {
                    continue;
                }
                let Some(cands) = self.by_key.get(&hash(&b[p..p + l])) else {
                    continue;
                };
                for &c in cands.iter().take(PER_KEY) {
                    let item = self.items[c as usize];
                    if item.len().min(K) == l && b[p..].starts_with(item.as_bytes()) {
                        found(p, item);
                    }
                }
            }
        }
    }
}

/// The set of [`K`]-byte windows (at character boundaries) of some
/// strings: a text all of whose windows are in the set lies inside them
/// (or is pieced together from them).
pub(crate) struct WindowSet(std::collections::HashSet<u64>);

/// Bytes of strings a [`WindowSet`] indexes at most (memory bound).
const WINDOW_BUDGET: usize = 4 << 20;

impl WindowSet {
    pub(crate) fn new<'a>(items: impl IntoIterator<Item = &'a str>) -> Self {
        let mut set = std::collections::HashSet::new();
        let mut used = 0;
        for item in items {
            used += item.len();
            if used > WINDOW_BUDGET {
                break;
            }
            let b = item.as_bytes();
            for p in boundaries(item) {
                if p + K <= b.len() {
                    set.insert(hash(&b[p..p + K]));
                }
            }
        }
        WindowSet(set)
    }

    /// Whether `s` (at least K bytes) has all its windows in the set.
    pub(crate) fn covers(&self, s: &str) -> bool {
        let b = s.as_bytes();
        b.len() >= K
            && boundaries(s)
                .filter(|&p| p + K <= b.len())
                .all(|p| self.0.contains(&hash(&b[p..p + K])))
    }
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

    #[test]
    fn start_index_and_window_set() {
        let items = ["share", "views1842", "abc"];
        let idx = StartIndex::new(items.iter().copied());
        let mut found = Vec::new();
        idx.occurrences("xxsharexxviews1842abc", |p, it| found.push((p, it)));
        assert_eq!(found, vec![(2, "share"), (9, "views1842"), (18, "abc")]);
        let set = WindowSet::new(["followusonfacebook"].iter().copied());
        assert!(set.covers("usonfacebook"));
        assert!(!set.covers("usontwitter1"));
        assert!(!set.covers("short"));
    }
}
