//! Lemmas from edit scripts learnt from the treebank: a word seen in training
//! with its tag takes the script it had there; an unseen word takes the most
//! frequent script of the longest suffix seen with its tag. Nothing here is
//! specific to one language.

use std::collections::HashMap;

use crate::perceptron::{put_str, put_u32, Reader};

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
        let base = if self.lower {
            form.to_lowercase()
        } else {
            form.to_string()
        };
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
    /// (lower-case form, UPOS) → script.
    known: HashMap<(String, u8), u32>,
    /// (UPOS, lower-case suffix of up to 4 characters) → script.
    by_suffix: HashMap<(u8, String), u32>,
}

const MAX_SUFFIX: usize = 4;

fn suffix(lower: &str, k: usize) -> Option<String> {
    let n = lower.chars().count();
    // The suffix must leave at least one character of stem.
    (k < n).then(|| lower.chars().skip(n - k).collect())
}

impl Lemmatiser {
    /// Learns from (form, UPOS id, lemma) triples.
    pub fn learn<'a>(words: impl Iterator<Item = (&'a str, u8, &'a str)>) -> Lemmatiser {
        let mut scripts: Vec<Script> = Vec::new();
        let mut ids: HashMap<Script, u32> = HashMap::new();
        let mut known: HashMap<(String, u8), HashMap<u32, u32>> = HashMap::new();
        let mut suff: HashMap<(u8, String), HashMap<u32, u32>> = HashMap::new();
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
                .entry((lower.clone(), upos))
                .or_default()
                .entry(id)
                .or_default() += 1;
            for k in 0..=MAX_SUFFIX {
                if let Some(sf) = suffix(&lower, k) {
                    *suff.entry((upos, sf)).or_default().entry(id).or_default() += 1;
                }
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

    pub fn lemma(&self, form: &str, upos: u8) -> String {
        let lower = form.to_lowercase();
        if let Some(&s) = self.known.get(&(lower.clone(), upos)) {
            return self.scripts[s as usize].apply(form);
        }
        for k in (0..=MAX_SUFFIX).rev() {
            if let Some(sf) = suffix(&lower, k) {
                if let Some(&s) = self.by_suffix.get(&(upos, sf)) {
                    return self.scripts[s as usize].apply(form);
                }
            }
        }
        lower
    }

    pub fn write(&self, out: &mut Vec<u8>) {
        put_u32(out, self.scripts.len() as u32);
        for s in &self.scripts {
            out.push(s.lower as u8);
            out.push(s.strip);
            put_str(out, &s.add);
        }
        for map in [&self.known] {
            let mut rows: Vec<_> = map.iter().collect();
            rows.sort();
            put_u32(out, rows.len() as u32);
            for ((f, u), s) in rows {
                put_str(out, f);
                out.push(*u);
                put_u32(out, *s);
            }
        }
        let mut rows: Vec<_> = self.by_suffix.iter().collect();
        rows.sort();
        put_u32(out, rows.len() as u32);
        for ((u, f), s) in rows {
            put_str(out, f);
            out.push(*u);
            put_u32(out, *s);
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
        let read_map = |r: &mut Reader<'_>| -> Result<Vec<(String, u8, u32)>, String> {
            let n = r.u32()? as usize;
            let mut v = Vec::with_capacity(n.min(1 << 20));
            for _ in 0..n {
                let f = r.string()?;
                let u = r.bytes(1)?[0];
                let s = r.u32()?;
                if s as usize >= scripts.len() {
                    return Err("lemma script out of range".into());
                }
                v.push((f, u, s));
            }
            Ok(v)
        };
        let known = read_map(r)?
            .into_iter()
            .map(|(f, u, s)| ((f, u), s))
            .collect();
        let by_suffix = read_map(r)?
            .into_iter()
            .map(|(f, u, s)| ((u, f), s))
            .collect();
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
