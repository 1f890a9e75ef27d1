//! Lemmas from edit scripts learnt from the treebank: a word seen in training
//! with its tag takes the script it had there; an unseen word takes the most
//! frequent script of the longest suffix seen with its tag. Nothing here is
//! specific to one language.

use std::collections::HashMap;

use crate::perceptron::{hash_bytes, hash_str, mix, put_str, put_u32, Reader};

/// How to turn a form into its lemma: lower-case it or not, strip some
/// characters from the end, append a string.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Script {
    pub lower: bool,
    pub strip: u8,
    pub add: String,
}

impl Script {
    pub fn learn(form: &str, lemma: &str) -> Script {
        let lower = form.to_lowercase();
        let use_lower = lemma.chars().all(|c| !c.is_uppercase());
        let base: Vec<char> = if use_lower {
            lower.chars().collect()
        } else {
            form.chars().collect()
        };
        let lem: Vec<char> = lemma.chars().collect();
        let common = base.iter().zip(&lem).take_while(|(a, b)| a == b).count();
        Script {
            lower: use_lower,
            strip: (base.len() - common).min(255) as u8,
            add: lem[common..].iter().collect(),
        }
    }

    pub fn apply(&self, form: &str) -> String {
        // Most words are ASCII: one byte a character, lower-cased in place,
        // one allocation (the same string as the general way below).
        if form.is_ascii() {
            if self.strip as usize > form.len() {
                return self.base(form);
            }
            let keep = form.len() - self.strip as usize;
            let mut out = String::with_capacity(keep + self.add.len());
            out.push_str(&form[..keep]);
            if self.lower {
                out.make_ascii_lowercase();
            }
            out.push_str(&self.add);
            return out;
        }
        self.apply_chars(form)
    }

    fn base(&self, form: &str) -> String {
        if self.lower {
            form.to_lowercase()
        } else {
            form.to_string()
        }
    }

    /// [`Script::apply`] for any text, character by character.
    fn apply_chars(&self, form: &str) -> String {
        let base = self.base(form);
        let n = base.chars().count();
        if self.strip as usize > n {
            return base;
        }
        let mut out: String = base.chars().take(n - self.strip as usize).collect();
        out.push_str(&self.add);
        out
    }
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Lemmatiser {
    scripts: Vec<Script>,
    /// (lower-case form, UPOS) → script, by [`known_key`].
    known: HashMap<u64, u32, IdHash>,
    /// (UPOS, lower-case suffix of up to 4 characters) → script, by [`suffix_key`].
    by_suffix: HashMap<u64, u32, IdHash>,
}

/// The maps' keys are hashes already: they are used as they are.
pub type IdHash = std::hash::BuildHasherDefault<IdHasher>;

#[derive(Default)]
pub struct IdHasher(u64);

impl std::hash::Hasher for IdHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = mix(self.0, b as u64);
        }
    }
    fn write_u64(&mut self, v: u64) {
        self.0 = v.wrapping_mul(0x9e37_79b9_7f4a_7c15);
    }
}

const MAX_SUFFIX: usize = 4;
/// UPOS ids are below this (the treebank has seventeen).
const UPOS_IDS: u8 = 24;

fn known_key(lower: &str, upos: u8) -> u64 {
    known_key_hashed(hash_str(lower), upos)
}

fn known_key_hashed(lower_hash: u64, upos: u8) -> u64 {
    mix(mix(0x4c45_4d4b, upos as u64), lower_hash)
}

fn suffix_key(suffix: &[u8], upos: u8) -> u64 {
    mix(mix(0x4c45_4d53, upos as u64), hash_bytes(suffix))
}

/// Byte offsets where the suffixes of 0..=MAX_SUFFIX characters start, for
/// those that leave at least one character of stem.
fn suffixes(lower: &str) -> impl Iterator<Item = usize> + '_ {
    let n = lower.chars().count();
    std::iter::once(lower.len())
        .chain(lower.char_indices().rev().map(|(i, _)| i))
        .take(MAX_SUFFIX.min(n.saturating_sub(1)) + 1)
}

impl Lemmatiser {
    /// Learns from (form, UPOS id, lemma) triples.
    pub fn learn<'a>(words: impl Iterator<Item = (&'a str, u8, &'a str)>) -> Lemmatiser {
        let mut scripts: Vec<Script> = Vec::new();
        let mut ids: HashMap<Script, u32> = HashMap::new();
        let mut known: HashMap<u64, HashMap<u32, u32>> = HashMap::new();
        let mut suff: HashMap<u64, HashMap<u32, u32>> = HashMap::new();
        for (form, upos, lemma) in words {
            if lemma == "_" || form.is_empty() {
                continue;
            }
            let s = Script::learn(form, lemma);
            let n = scripts.len() as u32;
            let id = *ids.entry(s.clone()).or_insert(n);
            if id == n {
                scripts.push(s);
            }
            let lower = form.to_lowercase();
            *known
                .entry(known_key(&lower, upos))
                .or_default()
                .entry(id)
                .or_default() += 1;
            for at in suffixes(&lower) {
                *suff
                    .entry(suffix_key(&lower.as_bytes()[at..], upos))
                    .or_default()
                    .entry(id)
                    .or_default() += 1;
            }
        }
        let best = |m: HashMap<u32, u32>| {
            m.into_iter()
                .max_by_key(|&(id, c)| (c, std::cmp::Reverse(id)))
                .map(|p| p.0)
        };
        Lemmatiser {
            scripts,
            known: known
                .into_iter()
                .filter_map(|(k, m)| best(m).map(|b| (k, b)))
                .collect(),
            by_suffix: suff
                .into_iter()
                .filter_map(|(k, m)| best(m).map(|b| (k, b)))
                .collect(),
        }
    }

    /// [`Lemmatiser::lemma`] of a word whose lower-case form's hash
    /// ([`hash_str`], the tagger's `WordKeys::lower`) is known: a word seen
    /// in training is found without lower-casing it again.
    pub fn lemma_hashed(&self, form: &str, upos: u8, lower_hash: u64) -> String {
        match self.known.get(&known_key_hashed(lower_hash, upos)) {
            Some(&s) => self.scripts[s as usize].apply(form),
            None => self.lemma(form, upos),
        }
    }

    pub fn lemma(&self, form: &str, upos: u8) -> String {
        let lower: std::borrow::Cow<str> =
            if form.is_ascii() && !form.bytes().any(|b| b.is_ascii_uppercase()) {
                form.into()
            } else {
                form.to_lowercase().into()
            };
        if let Some(&s) = self.known.get(&known_key(&lower, upos)) {
            return self.scripts[s as usize].apply(form);
        }
        let script_of = |at: usize| {
            self.by_suffix
                .get(&suffix_key(&lower.as_bytes()[at..], upos))
                .map(|&s| self.scripts[s as usize].apply(form))
        };
        // The longest suffix first. An ASCII word's suffixes start whole
        // bytes from its end ([`suffixes`] without a list of offsets: a
        // word unseen in training, a tenth of a news text's, made one).
        if lower.is_ascii() {
            let n = lower.len();
            for k in (0..=MAX_SUFFIX.min(n.saturating_sub(1))).rev() {
                if let Some(lemma) = script_of(n - k) {
                    return self.nearest_seen(&lower, lemma);
                }
            }
        } else {
            let ats: Vec<usize> = suffixes(&lower).collect();
            for &at in ats.iter().rev() {
                if let Some(lemma) = script_of(at) {
                    return lemma;
                }
            }
        }
        lower.into_owned()
    }

    /// The suffix's script strips a word unseen in training to a stem
    /// never seen either ("traded" to "trad", as "loaded" to "load"): a
    /// stem one character longer that was seen as a word (any tag), or one
    /// shorter where the stem ends in a doubled letter, is the lemma
    /// ("trade"; "stopped" to "stop"). `lemma` is what
    /// the script made of the ASCII word whose lower case is `lower`.
    fn nearest_seen(&self, lower: &str, lemma: String) -> String {
        let seen = |w: &str| {
            let h = hash_str(w);
            (0..UPOS_IDS).any(|u| self.known.contains_key(&known_key_hashed(h, u)))
        };
        let n = lemma.len();
        // Only a pure strip of a lower-case stem, with a stem left.
        if n < 3 || n >= lower.len() || !lower.starts_with(lemma.as_str()) || seen(&lemma) {
            return lemma;
        }
        // Shorter only by a doubled last letter ("stopp").
        let b = lemma.as_bytes();
        let doubled = b[n - 1] == b[n - 2];
        let longer = (n + 1 < lower.len()).then(|| &lower[..n + 1]);
        let shorter = doubled.then(|| &lower[..n - 1]);
        longer
            .into_iter()
            .chain(shorter)
            .find(|w| seen(w))
            .map_or(lemma, str::to_string)
    }

    pub fn write(&self, out: &mut Vec<u8>) {
        put_u32(out, self.scripts.len() as u32);
        for s in &self.scripts {
            out.push(s.lower as u8);
            out.push(s.strip);
            put_str(out, &s.add);
        }
        for map in [&self.known, &self.by_suffix] {
            let mut rows: Vec<_> = map.iter().collect();
            rows.sort();
            put_u32(out, rows.len() as u32);
            for (k, s) in rows {
                out.extend_from_slice(&k.to_le_bytes());
                put_u32(out, *s);
            }
        }
    }

    pub fn read(r: &mut Reader<'_>) -> Result<Lemmatiser, String> {
        let n = r.u32()? as usize;
        let mut scripts = Vec::with_capacity(n.min(1 << 20));
        for _ in 0..n {
            let b = r.bytes(2)?;
            let (lower, strip) = (b[0] != 0, b[1]);
            scripts.push(Script {
                lower,
                strip,
                add: r.string()?,
            });
        }
        let read_map = |r: &mut Reader<'_>| -> Result<HashMap<u64, u32, IdHash>, String> {
            let n = r.u32()? as usize;
            if n.saturating_mul(12) > r.remaining() {
                return Err("model file is truncated".into());
            }
            let mut m = HashMap::with_capacity_and_hasher(n, IdHash::default());
            for _ in 0..n {
                let k = u64::from_le_bytes(r.bytes(8)?.try_into().unwrap());
                let s = r.u32()?;
                if s as usize >= scripts.len() {
                    return Err("lemma script out of range".into());
                }
                m.insert(k, s);
            }
            Ok(m)
        };
        let known = read_map(r)?;
        let by_suffix = read_map(r)?;
        Ok(Lemmatiser {
            scripts,
            known,
            by_suffix,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_ascii_way_gives_what_the_general_way_gives() {
        let scripts = [
            ("talks", "talk"),
            ("Met", "meet"),
            ("was", "be"),
            ("NATO", "NATO"),
        ]
        .map(|(f, l)| Script::learn(f, l));
        let long = Script {
            lower: true,
            strip: 9,
            add: "x".into(),
        };
        for script in scripts.iter().chain([&long]) {
            for form in ["Talks", "MET", "a", "", "Studies", "U.S.", "re-elected"] {
                assert_eq!(
                    script.apply(form),
                    script.apply_chars(form),
                    "{form} {script:?}"
                );
            }
        }
    }

    #[test]
    fn a_stem_never_seen_gives_way_to_a_word_seen_beside_it() {
        const VERB: u8 = 1;
        const NOUN: u8 = 2;
        // "-aded" past tenses strip "ed" ("loaded"), which leaves "trad" of
        // "traded"; "trade" was seen, as a noun. "-pped" strip "ed" too.
        let words = [
            ("loaded", VERB, "load"),
            ("downloaded", VERB, "download"),
            ("trade", NOUN, "trade"),
            ("stop", VERB, "stop"),
            ("camped", VERB, "camp"),
            ("ware", NOUN, "ware"),
            ("tempted", VERB, "tempt"),
            ("du", NOUN, "du"),
        ];
        let lem = Lemmatiser::learn(words.iter().copied());
        assert_eq!(lem.lemma("traded", VERB), "trade");
        assert_eq!(lem.lemma("stopped", VERB), "stop");
        // A stem seen stays; a stem never seen with no word beside it too.
        assert_eq!(lem.lemma("preloaded", VERB), "preload");
        assert_eq!(lem.lemma("exempted", VERB), "exempt");
        // Shorter only by a doubled letter: "dured" is not "du".
        assert_eq!(lem.lemma("dured", VERB), "dur");
    }

    #[test]
    fn lemmas_of_hashed_words_are_the_lemmas() {
        let data = [
            ("talks", 7, "talk"),
            ("Talks", 7, "talk"),
            ("met", 15, "meet"),
            ("Kyiv", 11, "Kyiv"),
            ("ÉTATS", 7, "état"),
        ];
        let l = Lemmatiser::learn(data.iter().map(|&(f, u, l)| (f, u as u8, l)));
        for form in [
            "talks", "Talks", "TALKS", "met", "Kyiv", "ÉTATS", "walked", "x",
        ] {
            for upos in [7u8, 11, 15] {
                let h = hash_str(&form.to_lowercase());
                assert_eq!(l.lemma_hashed(form, upos, h), l.lemma(form, upos), "{form}");
            }
        }
    }

    #[test]
    fn scripts_round_trip_regular_and_irregular_forms() {
        for (form, lemma) in [
            ("talks", "talk"),
            ("Met", "meet"),
            ("studies", "study"),
            ("Kyiv", "Kyiv"),
            ("was", "be"),
        ] {
            assert_eq!(Script::learn(form, lemma).apply(form), lemma, "{form}");
        }
    }

    #[test]
    fn unseen_words_take_the_script_of_their_suffix() {
        let l = Lemmatiser::learn(
            [
                ("visited", 1, "visit"),
                ("talked", 1, "talk"),
                ("walked", 1, "walk"),
                ("envoys", 2, "envoy"),
            ]
            .into_iter(),
        );
        assert_eq!(l.lemma("condemned", 1), "condemn");
        assert_eq!(l.lemma("Diplomats", 2), "diplomat");
        // The tag matters: the same ending under another tag is left alone.
        assert_eq!(l.lemma("red", 3), "red");
    }
}
