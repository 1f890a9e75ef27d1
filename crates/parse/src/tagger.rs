//! Greedy left-to-right tagger: one averaged perceptron over fine tags (the
//! treebank's UPOS and XPOS together), features from the word, its affixes
//! and shape, its neighbours and the two tags before it.

use crate::perceptron::{hash_str, key, Trainer, Weights};

/// What the tagger and parser read of a word, hashed once per sentence.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct WordKeys {
    pub lower: u64,
    pub exact: u64,
    pub suf: [u64; 4],
    pub pre1: u64,
    /// First two and three letters.
    pub pre2: u64,
    pub pre3: u64,
    pub shape: u64,
    /// The set of tags the word had in training (its ambiguity class), or
    /// `UNSEEN`; filled by [`set_ambiguity`].
    pub amb: u64,
}

pub const UNSEEN: u64 = 0x554e_5345_454e;

/// Occurrences a word needs in training to keep its ambiguity class.
const MIN_AMBIGUITY_COUNT: usize = 8;

/// Word (lower-case hash) → hash of the set of tags it had in training.
pub type Ambiguity = std::collections::HashMap<u64, u64, crate::lemma::IdHash>;

/// Ambiguity classes of the words of tagged sentences.
pub fn ambiguity_classes<'a>(
    sents: impl Iterator<Item = &'a (Vec<WordKeys>, Vec<u16>)>,
) -> Ambiguity {
    let mut sets: std::collections::HashMap<u64, (usize, Vec<u16>)> =
        std::collections::HashMap::new();
    for (keys, tags) in sents {
        for (k, &t) in keys.iter().zip(tags) {
            let (n, v) = sets.entry(k.lower).or_default();
            *n += 1;
            if !v.contains(&t) {
                v.push(t);
            }
        }
    }
    // A word seen a few times only would teach the tagger to trust a class
    // that is mostly chance: those stay unseen.
    sets.into_iter()
        .filter(|(_, (n, _))| *n >= MIN_AMBIGUITY_COUNT)
        .map(|(w, (_, v))| (w, v))
        .map(|(w, mut v)| {
            v.sort_unstable();
            (
                w,
                v.iter()
                    .fold(0x0041_4d42_u64, |h, &t| crate::perceptron::mix(h, t as u64)),
            )
        })
        .collect()
}

pub fn set_ambiguity(keys: &mut [WordKeys], amb: &Ambiguity) {
    for k in keys {
        k.amb = amb.get(&k.lower).copied().unwrap_or(UNSEEN);
    }
}

const NONE: u64 = 0x5354_4152_54ff;

/// FNV-1a of a string, continued over more bytes (see [`hash_str`]).
#[inline]
fn fnv(mut h: u64, bytes: &[u8]) -> u64 {
    for &b in bytes {
        h = (h ^ b as u64).wrapping_mul(0x0100_0000_01b3);
    }
    h
}

const FNV_START: u64 = 0xcbf2_9ce4_8422_2325;

impl WordKeys {
    /// The keys of a word, computed without allocating for ASCII words.
    pub fn new(form: &str) -> WordKeys {
        if form.is_ascii() && form.len() <= 64 {
            return Self::new_ascii(form.as_bytes());
        }
        Self::general(form)
    }

    /// [`WordKeys::new`] character by character, for any word.
    fn general(form: &str) -> WordKeys {
        let lower: std::borrow::Cow<str> =
            if form.bytes().any(|b| b.is_ascii_uppercase()) || !form.is_ascii() {
                form.to_lowercase().into()
            } else {
                form.into()
            };
        let lower = lower.as_ref();
        // Byte offsets of the last four characters' starts, nearest first.
        let mut ends = [usize::MAX; 4];
        for (k, (i, _)) in lower.char_indices().rev().take(4).enumerate() {
            ends[k] = i;
        }
        let suffix = |k: usize| -> u64 {
            match ends[k - 1] {
                usize::MAX => NONE,
                i => fnv(FNV_START, &lower.as_bytes()[i..]),
            }
        };
        let mut starts = lower.char_indices().map(|(i, _)| i).skip(2);
        let prefix = |end: Option<usize>, whole: bool| -> u64 {
            match end {
                Some(e) => fnv(FNV_START, &lower.as_bytes()[..e]),
                None if whole => hash_str(lower),
                None => NONE,
            }
        };
        let n = lower.chars().count();
        let pre2 = if n < 2 {
            NONE
        } else {
            prefix(starts.next(), true)
        };
        let pre3 = if n < 3 {
            NONE
        } else {
            prefix(starts.next(), true)
        };
        let mut shape = FNV_START;
        let mut last = '\0';
        let mut run = 0;
        for c in form.chars() {
            let s = if c.is_uppercase() {
                'X'
            } else if c.is_lowercase() {
                'x'
            } else if c.is_ascii_digit() {
                'd'
            } else {
                c
            };
            run = if s == last { run + 1 } else { 0 };
            last = s;
            if run < 2 {
                shape = fnv(shape, s.encode_utf8(&mut [0; 4]).as_bytes());
            }
        }
        WordKeys {
            lower: hash_str(lower),
            exact: hash_str(form),
            suf: [suffix(1), suffix(2), suffix(3), suffix(4)],
            pre1: lower.chars().next().map_or(NONE, |c| c as u64),
            pre2,
            pre3,
            shape,
            amb: UNSEEN,
        }
    }
}

impl WordKeys {
    /// [`WordKeys::new`] of an ASCII word of at most 64 bytes, byte by
    /// byte: a character is a byte and lower-casing is ASCII's (most words
    /// of news; the general way counts and walks characters several times).
    fn new_ascii(form: &[u8]) -> WordKeys {
        let n = form.len();
        let mut buf = [0u8; 64];
        for (l, &b) in buf.iter_mut().zip(form) {
            *l = b.to_ascii_lowercase();
        }
        let lower = &buf[..n];
        let suffix = |k: usize| {
            if n < k {
                NONE
            } else {
                fnv(FNV_START, &lower[n - k..])
            }
        };
        let prefix = |k: usize| {
            if n < k {
                NONE
            } else {
                fnv(FNV_START, &lower[..k])
            }
        };
        let mut shape = FNV_START;
        let mut last = 0u8;
        let mut run = 0;
        for &c in form {
            let s = if c.is_ascii_uppercase() {
                b'X'
            } else if c.is_ascii_lowercase() {
                b'x'
            } else if c.is_ascii_digit() {
                b'd'
            } else {
                c
            };
            run = if s == last { run + 1 } else { 0 };
            last = s;
            if run < 2 {
                shape = fnv(shape, &[s]);
            }
        }
        WordKeys {
            lower: fnv(FNV_START, lower),
            exact: fnv(FNV_START, form),
            suf: [suffix(1), suffix(2), suffix(3), suffix(4)],
            pre1: lower.first().map_or(NONE, |&c| c as u64),
            pre2: prefix(2),
            pre3: prefix(3),
            shape,
            amb: UNSEEN,
        }
    }
}

/// The keys of the padding before and after a sentence: every key the same
/// reserved value, which no hashed key takes.
const fn sentinel(k: u64) -> WordKeys {
    WordKeys {
        lower: k,
        exact: k,
        suf: [k; 4],
        pre1: k,
        pre2: k,
        pre3: k,
        shape: k,
        amb: k,
    }
}
const START: WordKeys = sentinel(1);
const END: WordKeys = sentinel(2);

fn at(words: &[WordKeys], i: isize) -> &WordKeys {
    if i < 0 {
        &START
    } else if i as usize >= words.len() {
        &END
    } else {
        &words[i as usize]
    }
}

/// Features of word `i` given the two tags before it (class ids, or sentinels).
pub fn features(words: &[WordKeys], i: usize, p1: u64, p2: u64, out: &mut Vec<u64>) {
    out.clear();
    word_features(words, i, 0, out);
    tag_features(words, i, p1, p2, 0, out);
}

/// The features of word `i` that do not depend on the tags before it: the
/// tagger fetches them a word ahead.
fn word_features(words: &[WordKeys], i: usize, stage: u8, out: &mut Vec<u64>) {
    let ii = i as isize;
    let w = at(words, ii);
    let (wm1, wm2, wp1, wp2) = (
        at(words, ii - 1),
        at(words, ii - 2),
        at(words, ii + 1),
        at(words, ii + 2),
    );
    if stage != 2 {
        // The word's own features (summed in the order they come: integer
        // sums, so the order does not change a score), then its context's.
        self_features(w, out);
        context_features(words, i, out);
    }
    if stage != 1 {
        out.extend_from_slice(&[
            key(11, wm1.lower, 0, 0),
            key(12, wm1.suf[2], 0, 0),
            key(13, wm2.lower, 0, 0),
            key(14, wp1.lower, 0, 0),
            key(15, wp1.suf[2], 0, 0),
            key(16, wp2.lower, 0, 0),
            key(17, w.exact, 0, 0),
            key(19, w.lower, wp1.lower, 0),
            key(20, wm1.lower, w.lower, 0),
            key(24, wm1.shape, w.shape, 0),
            key(25, wp1.suf[1], w.suf[1], 0),
            key(27, wp1.lower, wp2.lower, 0),
            key(28, wm1.suf[2], w.suf[2], 0),
            key(29, w.suf[1], wp1.lower, 0),
            key(31, wm1.lower, wp1.lower, 0),
            key(35, w.amb, wp1.amb, 0),
            key(37, wm1.amb, w.amb, 0),
            key(39, wp2.amb, 0, 0),
            key(41, w.pre3, 0, 0),
            key(44, wp1.amb, wp2.amb, 0),
            key(45, w.lower, wp1.amb, 0),
        ]);
    }
}

/// The first stage's features of a word that read the word alone: the
/// tagger keeps their sums for the words it meets (see [`WordCache`]).
fn self_features(w: &WordKeys, out: &mut Vec<u64>) {
    out.extend_from_slice(&[
        key(33, w.amb, 0, 0),
        key(4, w.suf[0], 0, 0),
        key(3, w.suf[1], 0, 0),
        key(0, 0, 0, 0),
        key(38, w.amb, w.suf[2], 0),
        key(2, w.suf[2], 0, 0),
        key(5, w.pre1, 0, 0),
        key(6, w.shape, 0, 0),
        key(40, w.pre2, 0, 0),
        key(1, w.lower, 0, 0),
        key(22, w.suf[3], 0, 0),
    ]);
}

/// The first stage's features of word `i` that read more than the word
/// itself (with [`self_features`], those of [`word_features`]).
fn context_features(words: &[WordKeys], i: usize, out: &mut Vec<u64>) {
    let ii = i as isize;
    let (w, wp1, wp2) = (at(words, ii), at(words, ii + 1), at(words, ii + 2));
    out.extend_from_slice(&[
        key(21, (i == 0) as u64, w.shape, 0),
        key(23, wp1.shape, 0, 0),
        key(34, wp1.amb, 0, 0),
        key(42, wp2.suf[2], 0, 0),
    ]);
}

/// Sums of the [`self_features`] of words, kept across sentences: a
/// bounded, direct-mapped table keyed by all of a word's keys, so that a
/// word met again is scored by adding one row of sums rather than by
/// eleven lookups (most of them rows of every class). The sums are of the
/// same integer weights, so the scores are exactly those of the lookups.
pub struct WordCache {
    classes: usize,
    keys: Vec<Option<WordKeys>>,
    /// `classes` sums a word: eleven weights of at most 127 fit 16 bits.
    sums: Vec<i16>,
}

impl WordCache {
    /// A cache of `2^bits` words for a tagger of `classes` tags.
    pub fn new(classes: usize, bits: u32) -> WordCache {
        WordCache {
            classes,
            keys: vec![None; 1 << bits],
            sums: vec![0; classes << bits],
        }
    }

    fn slot(&self, w: &WordKeys) -> usize {
        let h = crate::perceptron::mix(w.exact, w.amb);
        (h >> 32) as usize & (self.keys.len() - 1)
    }

    fn get(&self, w: &WordKeys) -> Option<&[i16]> {
        let s = self.slot(w);
        (self.keys[s].as_ref() == Some(w)).then(|| &self.sums[s * self.classes..][..self.classes])
    }

    fn put(&mut self, w: &WordKeys, sums: &[i32]) {
        let s = self.slot(w);
        self.keys[s] = Some(*w);
        for (c, &x) in self.sums[s * self.classes..][..self.classes]
            .iter_mut()
            .zip(sums)
        {
            *c = x as i16;
        }
    }
}

/// The features of word `i` that depend on the tags before it.
fn tag_features(words: &[WordKeys], i: usize, p1: u64, p2: u64, stage: u8, out: &mut Vec<u64>) {
    let ii = i as isize;
    let (w, wm1, wp1) = (at(words, ii), at(words, ii - 1), at(words, ii + 1));
    if stage != 2 {
        out.extend_from_slice(&[
            key(32, p1, w.shape, 0),
            key(7, p1, 0, 0),
            key(8, p2, 0, 0),
            key(9, p1, p2, 0),
        ]);
    }
    if stage != 1 {
        out.extend_from_slice(&[
            key(10, p1, w.lower, 0),
            key(18, p1, w.suf[2], 0),
            key(26, wm1.lower, p1, 0),
            key(30, p1, wp1.lower, 0),
            key(36, p1, w.amb, 0),
            key(43, p1, p2, w.suf[2]),
        ]);
    }
}

const P_START: u64 = 0xffff_0001;

/// Words (lower-case hash) that are given their tag without scoring.
pub type Sure = std::collections::HashMap<u64, u16, crate::lemma::IdHash>;

/// Occurrences a word needs in training to be tagged without scoring.
pub const SURE_MIN_COUNT: usize = 20;
/// The share of those occurrences its most frequent tag must have.
pub const SURE_MIN_SHARE: f64 = 0.995;

/// The words seen at least `min_count` times in tagged sentences with one
/// tag at least `min_share` of the time: that tag is theirs without scoring
/// (punctuation, determiners, most prepositions), as the tagger would have
/// chosen nearly always anyway.
pub fn sure_tags<'a>(
    sents: impl Iterator<Item = &'a (Vec<WordKeys>, Vec<u16>)>,
    min_count: usize,
    min_share: f64,
) -> Sure {
    let mut counts: std::collections::HashMap<u64, std::collections::HashMap<u16, usize>> =
        std::collections::HashMap::new();
    for (keys, tags) in sents {
        for (k, &t) in keys.iter().zip(tags) {
            *counts.entry(k.lower).or_default().entry(t).or_default() += 1;
        }
    }
    counts
        .into_iter()
        .filter_map(|(w, c)| Some((w, near_certain(&c, min_count, min_share)?)))
        .collect()
}

/// The class counted most often (the lowest id on a tie), when the counts
/// reach `min_count` and it has at least `min_share` of them: what the
/// shortcuts (sure words, label rules) give without scoring.
pub(crate) fn near_certain(
    counts: &std::collections::HashMap<u16, usize>,
    min_count: usize,
    min_share: f64,
) -> Option<u16> {
    let n: usize = counts.values().sum();
    let (&class, &top) = counts
        .iter()
        .max_by_key(|&(&c, &k)| (k, std::cmp::Reverse(c)))?;
    (n >= min_count && top as f64 >= min_share * n as f64).then_some(class)
}

/// Tags a sentence: one class id per word. Words in `sure` take their tag
/// there without being scored.
pub fn tag(weights: &Weights, words: &[WordKeys], sure: &Sure) -> Vec<u16> {
    tag_cached(
        weights,
        words,
        sure,
        &mut WordCache::new(weights.classes(), 0),
    )
}

/// [`tag`], with the sums of the words' own features kept in `cache`
/// (which must only ever be used with `weights`).
pub fn tag_cached(
    weights: &Weights,
    words: &[WordKeys],
    sure: &Sure,
    cache: &mut WordCache,
) -> Vec<u16> {
    let mut out = Vec::with_capacity(words.len());
    let sure: Vec<Option<u16>> = words.iter().map(|w| sure.get(&w.lower).copied()).collect();
    // The features of the next word to score that do not depend on tags
    // are fetched while this one is: of the first stage, its own (unless
    // cached) and its context's; of the second (needed for most words), all.
    let next_scored = |from: usize| (from..words.len()).find(|&j| sure[j].is_none());
    let (mut feats, mut ahead) = (Vec::with_capacity(48), Vec::with_capacity(48));
    let (mut second, mut ahead2) = (Vec::with_capacity(32), Vec::with_capacity(32));
    let fetch = |j: usize, ahead: &mut Vec<u64>, ahead2: &mut Vec<u64>, cache: &WordCache| {
        ahead.clear();
        if cache.get(&words[j]).is_none() {
            self_features(&words[j], ahead);
        }
        context_features(words, j, ahead);
        weights.prefetch(ahead);
        ahead2.clear();
        word_features(words, j, 2, ahead2);
        weights.prefetch(ahead2);
    };
    let mut next = next_scored(0);
    if let Some(j) = next {
        fetch(j, &mut ahead, &mut ahead2, cache);
    }
    let mut scores = vec![0i32; weights.classes()];
    let mut own = vec![0i32; weights.classes()];
    let (mut p1, mut p2) = (P_START, P_START);
    for (i, known) in sure.iter().enumerate() {
        let best = match *known {
            Some(t) => t as usize,
            None => {
                debug_assert_eq!(next, Some(i));
                std::mem::swap(&mut feats, &mut ahead);
                std::mem::swap(&mut second, &mut ahead2);
                next = next_scored(i + 1);
                if let Some(j) = next {
                    fetch(j, &mut ahead, &mut ahead2, cache);
                }
                let known = feats.len();
                tag_features(words, i, p1, p2, 1, &mut feats);
                weights.prefetch(&feats[known..]);
                let known2 = second.len();
                tag_features(words, i, p1, p2, 2, &mut second);
                weights.prefetch(&second[known2..]);
                // The word's own features were fetched unless it was cached
                // then: they are the first of `feats`.
                let fetched_own = known == SELF + CONTEXT;
                let rest = if fetched_own { SELF } else { 0 };
                match cache.get(&words[i]) {
                    Some(sums) => {
                        for (s, &c) in scores.iter_mut().zip(sums) {
                            *s = c as i32;
                        }
                    }
                    None => {
                        own.fill(0);
                        if fetched_own {
                            weights.add_fetched(&feats[..SELF], &mut own);
                        } else {
                            // Cached when fetched, and pushed out since.
                            let mut f = Vec::with_capacity(SELF);
                            self_features(&words[i], &mut f);
                            weights.add_scores(&f, &mut own);
                        }
                        cache.put(&words[i], &own);
                        scores.copy_from_slice(&own);
                    }
                }
                weights.add_fetched(&feats[rest..], &mut scores);
                match best_margin(&scores) {
                    (best, m) if m >= crate::parser::CASCADE[2] => best,
                    _ => {
                        weights.add_fetched(&second, &mut scores);
                        argmax_i32(&scores)
                    }
                }
            }
        };
        out.push(best as u16);
        p2 = p1;
        p1 = best as u64;
    }
    out
}

/// How many features [`self_features`] and [`context_features`] give.
const SELF: usize = 11;
const CONTEXT: usize = 4;

/// The best of the scores (the first, as [`argmax`]) and how far it is
/// ahead of the next (the best of the others: a tie is a margin of 0).
///
/// Written as maxima over the slice rather than one loop keeping the two
/// best, so that the compiler vectorises them: the tagger and the labeller
/// ask this of 108 and 50-odd scores for nearly every word and arc, and
/// the loop of comparisons was two thirds of the tagger's own time.
pub fn best_margin(scores: &[i32]) -> (usize, i32) {
    #[cfg(target_arch = "x86_64")]
    if std::arch::is_x86_feature_detected!("avx2") {
        // SAFETY: the processor has AVX2.
        return unsafe { best_margin_avx2(scores) };
    }
    best_margin_portable(scores)
}

/// [`best_margin`] compiled for AVX2 (eight scores a comparison).
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2")]
unsafe fn best_margin_avx2(scores: &[i32]) -> (usize, i32) {
    best_margin_portable(scores)
}

#[inline(always)]
fn best_margin_portable(scores: &[i32]) -> (usize, i32) {
    if scores.is_empty() {
        return (0, 0);
    }
    let a = max_i32(scores);
    let best = first_of(scores, a);
    let b = max_i32(&scores[..best]).max(max_i32(&scores[best + 1..]));
    (best, a.saturating_sub(b))
}

/// The largest of the scores (`i32::MIN` for none), vectorised.
#[inline(always)]
fn max_i32(scores: &[i32]) -> i32 {
    scores.iter().fold(i32::MIN, |m, &s| m.max(s))
}

/// The first position of `v` in `scores` (0 if it is not there): the
/// block of sixteen that holds it found by vector comparisons, then the
/// place in the block.
#[inline(always)]
fn first_of(scores: &[i32], v: i32) -> usize {
    let mut at = 0;
    for block in scores.chunks(16) {
        if block.iter().fold(false, |any, &s| any | (s == v)) {
            return at + block.iter().position(|&s| s == v).unwrap_or(0);
        }
        at += block.len();
    }
    0
}

/// The first of the best scores: [`argmax`] for integer scores, vectorised.
pub fn argmax_i32(scores: &[i32]) -> usize {
    #[cfg(target_arch = "x86_64")]
    if std::arch::is_x86_feature_detected!("avx2") {
        // SAFETY: the processor has AVX2.
        return unsafe { argmax_i32_avx2(scores) };
    }
    first_of(scores, max_i32(scores))
}

/// [`argmax_i32`] compiled for AVX2.
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2")]
unsafe fn argmax_i32_avx2(scores: &[i32]) -> usize {
    first_of(scores, max_i32(scores))
}

pub fn argmax<T: PartialOrd + Copy>(scores: &[T]) -> usize {
    let mut best = 0;
    for (i, &s) in scores.iter().enumerate() {
        if s > scores[best] {
            best = i;
        }
    }
    best
}

/// Trains the tagger on sentences of (word keys, gold class ids).
pub fn train(
    sents: &[(Vec<WordKeys>, Vec<u16>)],
    classes: usize,
    epochs: usize,
    seed: u64,
) -> Trainer {
    let mut t = Trainer::new(classes);
    let mut order: Vec<usize> = (0..sents.len()).collect();
    let mut rng = crate::Rng(seed);
    let mut feats = Vec::with_capacity(32);
    let mut scores = vec![0f32; classes];
    for _ in 0..epochs {
        rng.shuffle(&mut order);
        for &s in &order {
            let (words, gold) = &sents[s];
            let (mut p1, mut p2) = (P_START, P_START);
            for (i, &truth) in gold.iter().enumerate().take(words.len()) {
                features(words, i, p1, p2, &mut feats);
                t.score(&feats, &mut scores);
                let guess = argmax(&scores);
                t.tick();
                t.update(&feats, truth as usize, guess);
                p2 = p1;
                p1 = guess as u64;
            }
        }
    }
    t
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sure_tags_are_frequent_words_with_one_tag_nearly_always() {
        let words: Vec<WordKeys> = ["the", "talks", ","]
            .iter()
            .map(|w| WordKeys::new(w))
            .collect();
        // "the" always tag 0, "," always 2; "talks" a noun (1) or a verb (3).
        let sents: Vec<(Vec<WordKeys>, Vec<u16>)> = (0..SURE_MIN_COUNT)
            .map(|i| (words.clone(), vec![0, if i % 2 == 0 { 1 } else { 3 }, 2]))
            .collect();
        let sure = sure_tags(sents.iter(), SURE_MIN_COUNT, SURE_MIN_SHARE);
        assert_eq!(sure.get(&words[0].lower), Some(&0));
        assert_eq!(sure.get(&words[2].lower), Some(&2));
        assert_eq!(sure.get(&words[1].lower), None);
        // Seen too rarely: not sure.
        let few = sure_tags(sents[1..].iter(), SURE_MIN_COUNT, SURE_MIN_SHARE);
        assert!(few.is_empty());
    }

    #[test]
    fn cached_sums_tag_as_lookups_do() {
        let vocab = [
            "the", "envoy", "met", ",", "talks", "Talks", "in", "Kampala", ".",
        ];
        let mut rng = crate::Rng(3);
        let sents: Vec<(Vec<WordKeys>, Vec<u16>)> = (0..300)
            .map(|_| {
                let n = 1 + rng.below(12) as usize;
                let idx: Vec<usize> = (0..n)
                    .map(|_| rng.below(vocab.len() as u64) as usize)
                    .collect();
                let mut keys: Vec<WordKeys> =
                    idx.iter().map(|&i| WordKeys::new(vocab[i])).collect();
                for k in &mut keys {
                    k.amb = rng.below(2);
                }
                // Tags that the context decides, so that both stages count.
                let tags = idx
                    .iter()
                    .enumerate()
                    .map(|(j, &i)| ((i + idx.get(j + 1).copied().unwrap_or(0)) % 5) as u16)
                    .collect();
                (keys, tags)
            })
            .collect();
        let weights = train(&sents, 5, 2, 1).average(0.0, 1.0);
        let sure: Sure = [(WordKeys::new("the").lower, 0)].into_iter().collect();
        // The staged scoring as written before the caches: every feature
        // looked up.
        let reference = |words: &[WordKeys]| -> Vec<u16> {
            let (mut p1, mut p2) = (P_START, P_START);
            let mut out = Vec::new();
            let mut feats = Vec::new();
            let mut scores = vec![0; weights.classes()];
            for i in 0..words.len() {
                let best = match sure.get(&words[i].lower) {
                    Some(&t) => t as usize,
                    None => {
                        feats.clear();
                        word_features(words, i, 1, &mut feats);
                        tag_features(words, i, p1, p2, 1, &mut feats);
                        weights.score(&feats, &mut scores);
                        match best_margin(&scores) {
                            (best, m) if m >= crate::parser::CASCADE[2] => best,
                            _ => {
                                feats.clear();
                                word_features(words, i, 2, &mut feats);
                                tag_features(words, i, p1, p2, 2, &mut feats);
                                weights.add_scores(&feats, &mut scores);
                                argmax(&scores)
                            }
                        }
                    }
                };
                out.push(best as u16);
                (p2, p1) = (p1, best as u64);
            }
            out
        };
        let (mut big, mut small) = (WordCache::new(5, 8), WordCache::new(5, 1));
        for (words, _) in &sents {
            let want = reference(words);
            assert_eq!(tag(&weights, words, &sure), want);
            assert_eq!(tag_cached(&weights, words, &sure, &mut big), want);
            assert_eq!(tag_cached(&weights, words, &sure, &mut small), want);
        }
    }

    #[test]
    fn ascii_words_get_the_keys_of_the_general_way() {
        let long = "x".repeat(64);
        let forms = [
            "",
            "a",
            "I",
            "to",
            "UN",
            "the",
            "Talks",
            "1990s",
            "UN-backed",
            "aaa",
            "AAAb",
            "e.g.",
            "--",
            "...",
            "'s",
            "n't",
            "Kyiv's",
            "$",
            "12,500",
            "co-operation",
            &long,
        ];
        for form in forms {
            assert_eq!(
                WordKeys::new_ascii(form.as_bytes()),
                WordKeys::general(form),
                "{form:?}"
            );
        }
    }

    #[test]
    fn word_keys_hash_the_affixes_and_shape_of_the_lower_cased_word() {
        for form in ["Talks", "Côte", "x", "UN-backed", "1990s", "ÉTATS"] {
            let k = WordKeys::new(form);
            let lower = form.to_lowercase();
            let chars: Vec<char> = lower.chars().collect();
            let part = |r: std::ops::Range<usize>| hash_str(&chars[r].iter().collect::<String>());
            assert_eq!(k.lower, hash_str(&lower), "{form}");
            assert_eq!(k.exact, hash_str(form), "{form}");
            for n in 1..=4 {
                let want = if chars.len() < n {
                    NONE
                } else {
                    part(chars.len() - n..chars.len())
                };
                assert_eq!(k.suf[n - 1], want, "{form} suffix {n}");
            }
            let pre = |n: usize| if chars.len() < n { NONE } else { part(0..n) };
            assert_eq!((k.pre2, k.pre3), (pre(2), pre(3)), "{form}");
            assert_eq!(k.pre1, chars[0] as u64, "{form}");
        }
        assert_eq!(WordKeys::new("Hello").shape, hash_str("Xxx"));
        assert_eq!(WordKeys::new("1990s").shape, hash_str("ddx"));
        assert_ne!(WordKeys::new("Hello").shape, WordKeys::new("hello").shape);
    }
}
