//! Greedy arc-eager dependency parser. One averaged perceptron chooses the
//! transition (shift, reduce, left arc, right arc) from rich features of the
//! stack, the buffer and the arcs built so far (after Zhang and Nivre 2011);
//! a second one labels each arc when it is made. Trained with a dynamic
//! oracle (Goldberg and Nivre 2012), so it learns to recover from its own
//! mistakes.

use crate::perceptron::{key, Trainer, Weights};
use crate::tagger::argmax;

const NO: usize = usize::MAX;
const SHIFT: usize = 0;
const REDUCE: usize = 1;
const LEFT: usize = 2;
const RIGHT: usize = 3;
pub const TRANSITIONS: usize = 4;

const W_ROOT: u64 = 11;
const W_NONE: u64 = 12;
const P_ROOT: u64 = 0xfff1;
const P_NONE: u64 = 0xfff2;
const L_NONE: u64 = 0xfff3;

/// The words of a sentence as the parser sees them: word hash and tag id,
/// index 0 being the root.
pub struct Input {
    pub words: Vec<u64>,
    /// Last three letters: what the parser knows of a word it never saw.
    pub sufs: Vec<u64>,
    pub tags: Vec<u64>,
    /// Ambiguity classes (the tags a word had in training): what the
    /// parser knows of a word's other readings when its tag is wrong.
    pub ambs: Vec<u64>,
}

impl Input {
    pub fn new(keys: &[crate::WordKeys], tags: &[u16]) -> Input {
        let mut w = Vec::with_capacity(keys.len() + 1);
        let mut f = Vec::with_capacity(keys.len() + 1);
        let mut t = Vec::with_capacity(keys.len() + 1);
        let mut a = Vec::with_capacity(keys.len() + 1);
        a.push(W_ROOT);
        a.extend(keys.iter().map(|k| k.amb));
        w.push(W_ROOT);
        f.push(W_ROOT);
        t.push(P_ROOT);
        w.extend(keys.iter().map(|k| k.lower));
        f.extend(keys.iter().map(|k| k.suf[2]));
        t.extend(tags.iter().map(|&t| t as u64));
        Input {
            words: w,
            sufs: f,
            tags: t,
            ambs: a,
        }
    }
    fn n(&self) -> usize {
        self.words.len() - 1
    }
}

struct State {
    n: usize,
    stack: Vec<usize>,
    b: usize,
    heads: Vec<usize>,
    labels: Vec<u16>,
    lmost: Vec<[usize; 2]>,
    rmost: Vec<[usize; 2]>,
    valency: Vec<[u8; 2]>,
    labelset: Vec<[u64; 2]>,
}

impl State {
    fn new(n: usize) -> State {
        State {
            n,
            stack: Vec::new(),
            b: 1,
            heads: vec![NO; n + 1],
            labels: vec![0; n + 1],
            lmost: vec![[NO; 2]; n + 1],
            rmost: vec![[NO; 2]; n + 1],
            valency: vec![[0; 2]; n + 1],
            labelset: vec![[0; 2]; n + 1],
        }
    }

    fn s0(&self) -> usize {
        *self.stack.last().unwrap_or(&NO)
    }

    /// The word at the front of the buffer: words 1..=n, then the root (0).
    fn b0(&self) -> usize {
        self.tok(self.b)
    }

    /// The word at buffer position `p`: the root comes after the last word.
    fn tok(&self, p: usize) -> usize {
        if p <= self.n {
            p
        } else if p == self.n + 1 {
            0
        } else {
            NO
        }
    }

    fn done(&self) -> bool {
        self.stack.is_empty() && self.b > self.n
    }

    fn valid(&self, n: usize, t: usize) -> bool {
        let s0 = self.s0();
        let word = self.b <= n;
        match t {
            SHIFT => word,
            REDUCE => s0 != NO && self.heads[s0] != NO,
            LEFT => s0 != NO && self.b <= n + 1 && self.heads[s0] == NO,
            _ => word && s0 != NO,
        }
    }

    fn arc(&mut self, h: usize, d: usize, label: u16) {
        self.heads[d] = h;
        self.labels[d] = label;
        let side = (d > h) as usize;
        self.valency[h][side] = self.valency[h][side].saturating_add(1);
        self.labelset[h][side] |= 1u64 << (label % 64);
        if d < h {
            let m = &mut self.lmost[h];
            if m[0] == NO || d < m[0] {
                m[1] = m[0];
                m[0] = d;
            } else if m[1] == NO || d < m[1] {
                m[1] = d;
            }
        } else {
            let m = &mut self.rmost[h];
            if m[0] == NO || d > m[0] {
                m[1] = m[0];
                m[0] = d;
            } else if m[1] == NO || d > m[1] {
                m[1] = d;
            }
        }
    }

    /// Applies a transition; arcs get `label`.
    fn apply(&mut self, t: usize, label: u16) {
        match t {
            SHIFT => {
                self.stack.push(self.b);
                self.b += 1;
            }
            REDUCE => {
                self.stack.pop();
            }
            LEFT => {
                let s0 = self.stack.pop().unwrap();
                self.arc(self.b0(), s0, label);
            }
            _ => {
                let s0 = self.s0();
                self.arc(s0, self.b, label);
                self.stack.push(self.b);
                self.b += 1;
            }
        }
    }

    /// The head and dependent of the arc a transition would make.
    fn arc_of(&self, t: usize) -> (usize, usize) {
        if t == LEFT {
            (self.b0(), self.s0())
        } else {
            (self.s0(), self.b)
        }
    }
}

fn dist_bucket(d: usize) -> u64 {
    match d {
        0..=4 => d as u64,
        5..=6 => 5,
        7..=10 => 6,
        _ => 7,
    }
}

struct View<'a> {
    x: &'a Input,
    st: &'a State,
}

impl View<'_> {
    fn w(&self, i: usize) -> u64 {
        if i == NO {
            W_NONE
        } else {
            self.x.words[i]
        }
    }
    fn f(&self, i: usize) -> u64 {
        if i == NO {
            W_NONE
        } else {
            self.x.sufs[i]
        }
    }
    fn a(&self, i: usize) -> u64 {
        if i == NO {
            W_NONE
        } else {
            self.x.ambs[i]
        }
    }
    fn p(&self, i: usize) -> u64 {
        if i == NO {
            P_NONE
        } else {
            self.x.tags[i]
        }
    }
    fn l(&self, i: usize) -> u64 {
        if i == NO || self.st.heads[i] == NO {
            L_NONE
        } else {
            self.st.labels[i] as u64
        }
    }
    fn head(&self, i: usize) -> usize {
        if i == NO {
            NO
        } else {
            self.st.heads[i]
        }
    }
    fn lm(&self, i: usize, k: usize) -> usize {
        if i == NO {
            NO
        } else {
            self.st.lmost[i][k]
        }
    }
    fn rm(&self, i: usize, k: usize) -> usize {
        if i == NO {
            NO
        } else {
            self.st.rmost[i][k]
        }
    }
}

/// The words whose features do not depend on the arcs built so far beyond
/// their identity: each role's features are a function of the word alone,
/// so the parser scores them once per (role, word) and keeps the result.
const ROLES: usize = 7;

/// Groups of features that read one word alone: its roles (see [`roles`]),
/// then the buffer's first, second and third word.
const GROUPS: usize = ROLES + 3;
const G_B0: usize = ROLES;

/// What the parser reads of one word: its form (lower-cased, hashed), last
/// three letters, ambiguity class and tag. The features of a [`GROUPS`]
/// group are a function of these alone, so their sums can be kept for the
/// word across sentences.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Word {
    w: u64,
    f: u64,
    a: u64,
    p: u64,
}

/// The word of no position (an empty stack, a missing child).
const NO_WORD: Word = Word {
    w: W_NONE,
    f: W_NONE,
    a: W_NONE,
    p: P_NONE,
};

impl Input {
    fn word(&self, i: usize) -> Word {
        if i == NO {
            NO_WORD
        } else {
            Word {
                w: self.words[i],
                f: self.sufs[i],
                a: self.ambs[i],
                p: self.tags[i],
            }
        }
    }
}

/// The words in the roles of [`role_features`]: s0, its head, leftmost and
/// rightmost children, b0's leftmost child, s0's grandparent, s1.
fn roles(st: &State) -> [usize; ROLES] {
    let s0 = st.s0();
    let v = |i: usize, f: &dyn Fn(usize) -> usize| if i == NO { NO } else { f(i) };
    let s0h = v(s0, &|i| st.heads[i]);
    let s1 = if st.stack.len() >= 2 {
        st.stack[st.stack.len() - 2]
    } else {
        NO
    };
    [
        s0,
        s0h,
        v(s0, &|i| st.lmost[i][0]),
        v(s0, &|i| st.rmost[i][0]),
        v(st.b0(), &|i| st.lmost[i][0]),
        v(s0h, &|i| st.heads[i]),
        s1,
    ]
}

/// Features of word `x` in role `role` (see [`roles`]).
fn role_features(x: Word, role: usize, out: &mut Vec<u64>) {
    let (wi, pi) = (x.w, x.p);
    match role {
        0 => out.extend_from_slice(&[
            key(1, wi, 0, 0),
            key(2, pi, 0, 0),
            key(3, wi, pi, 0),
            key(72, x.f, pi, 0),
            key(80, x.a, pi, 0),
        ]),
        1 => out.extend_from_slice(&[key(39, wi, 0, 0), key(40, pi, 0, 0)]),
        2 => out.extend_from_slice(&[key(42, wi, 0, 0), key(43, pi, 0, 0)]),
        3 => out.extend_from_slice(&[key(45, wi, 0, 0), key(46, pi, 0, 0)]),
        4 => out.extend_from_slice(&[key(48, wi, 0, 0), key(49, pi, 0, 0)]),
        5 => out.extend_from_slice(&[key(51, wi, 0, 0), key(52, pi, 0, 0)]),
        _ => out.push(key(66, wi, 0, 0)),
    }
}

/// Features of word `x` in group `g`: a role, or a place at the buffer's
/// front (the features of [`buffer_features`] that read one word).
fn group_features(x: Word, g: usize, out: &mut Vec<u64>) {
    if g < ROLES {
        return role_features(x, g, out);
    }
    match g - ROLES {
        0 => out.extend_from_slice(&[
            key(4, x.w, 0, 0),
            key(5, x.p, 0, 0),
            key(6, x.w, x.p, 0),
            key(71, x.f, x.p, 0),
            key(81, x.a, x.p, 0),
        ]),
        1 => out.extend_from_slice(&[
            key(7, x.w, 0, 0),
            key(8, x.p, 0, 0),
            key(9, x.w, x.p, 0),
            key(82, x.a, x.p, 0),
        ]),
        _ => out.extend_from_slice(&[key(10, x.w, 0, 0), key(11, x.p, 0, 0), key(12, x.w, x.p, 0)]),
    }
}

/// The features of [`buffer_features`] that read more than one word.
fn buffer_pair_features(x: &Input, st: &State, out: &mut Vec<u64>) {
    let v = View { x, st };
    let (b0, b1, b2) = (st.tok(st.b), st.tok(st.b + 1), st.tok(st.b + 2));
    let (b0w, b0p, b1w, b1p) = (v.w(b0), v.p(b0), v.w(b1), v.p(b1));
    out.extend_from_slice(&[
        key(20, b0p, b1p, 0),
        key(21, b0p, b1p, v.p(b2)),
        key(73, v.p(st.tok(st.b + 3)), b0p, b1p),
        key(75, b0w, b1w, 0),
        key(76, b0w, b1p, 0),
        key(77, b0p, b1w, 0),
    ]);
}

/// Sums of the [`GROUPS`] of words, kept across sentences: a bounded,
/// direct-mapped table keyed by the whole [`Word`], so that a word met
/// again (most of news is a few thousand words) is scored by a copy rather
/// than by some 28 lookups in the 6 MB table. The sums are of the same
/// integer weights, so the scores are exactly those of the lookups.
pub struct WordCache {
    entries: Vec<CacheEntry>,
}

#[derive(Clone, Copy)]
struct CacheEntry {
    word: Word,
    /// At most five weights of at most 127 a group: 16 bits are plenty.
    sums: [[i16; TRANSITIONS]; GROUPS],
}

/// A word no sentence has: tags are small numbers or the sentinels.
const EMPTY: CacheEntry = CacheEntry {
    word: Word {
        w: 0,
        f: 0,
        a: 0,
        p: u64::MAX,
    },
    sums: [[0; TRANSITIONS]; GROUPS],
};

impl WordCache {
    /// A cache of `2^bits` words (112 bytes each).
    pub fn new(bits: u32) -> WordCache {
        WordCache {
            entries: vec![EMPTY; 1 << bits],
        }
    }

    fn slot(&self, x: &Word) -> usize {
        let h = crate::perceptron::mix(crate::perceptron::mix(x.w, x.p), x.a);
        (h >> 32) as usize & (self.entries.len() - 1)
    }

    fn get(&self, x: &Word) -> Option<&[[i16; TRANSITIONS]; GROUPS]> {
        let e = &self.entries[self.slot(x)];
        (e.word == *x).then_some(&e.sums)
    }

    fn put(&mut self, x: Word, sums: &[[i32; TRANSITIONS]; GROUPS]) {
        let s = self.slot(&x);
        let e = &mut self.entries[s];
        e.word = x;
        for (c, s) in e.sums.iter_mut().zip(sums) {
            for (c, &s) in c.iter_mut().zip(s) {
                *c = s as i16;
            }
        }
    }
}

/// The sums of the groups of every word of the sentence, then of no word
/// (at `n + 1`): from the cache, or looked up (and cached).
fn word_sums(
    trans: &Weights,
    x: &Input,
    cache: &mut WordCache,
    feats: &mut Vec<u64>,
) -> Vec<[[i32; TRANSITIONS]; GROUPS]> {
    let n = x.n();
    let mut sums = vec![[[0i32; TRANSITIONS]; GROUPS]; n + 2];
    let word = |i: usize| x.word(if i > n { NO } else { i });
    let mut missing = Vec::new();
    for (i, s) in sums.iter_mut().enumerate() {
        match cache.get(&word(i)) {
            Some(c) => {
                for (s, c) in s.iter_mut().zip(c) {
                    for (s, &c) in s.iter_mut().zip(c) {
                        *s = c as i32;
                    }
                }
            }
            None => missing.push(i),
        }
    }
    // The features of the next missing word are fetched while those of
    // this one are added up.
    let mut ends = [0usize; GROUPS];
    let fill = |i: usize, feats: &mut Vec<u64>, ends: &mut [usize; GROUPS]| {
        feats.clear();
        for (g, e) in ends.iter_mut().enumerate() {
            group_features(word(i), g, feats);
            *e = feats.len();
        }
        trans.prefetch(feats);
    };
    let mut next = Vec::with_capacity(GROUPS * 5);
    let mut next_ends = [0usize; GROUPS];
    if let Some(&i) = missing.first() {
        fill(i, feats, &mut ends);
    }
    for (k, &i) in missing.iter().enumerate() {
        if let Some(&j) = missing.get(k + 1) {
            fill(j, &mut next, &mut next_ends);
        }
        let mut start = 0;
        for (g, &end) in ends.iter().enumerate() {
            trans.add_fetched(&feats[start..end], &mut sums[i][g]);
            start = end;
        }
        cache.put(word(i), &sums[i]);
        std::mem::swap(feats, &mut next);
        std::mem::swap(&mut ends, &mut next_ends);
    }
    sums
}

/// Features of the front of the buffer alone: they change only when it moves.
fn buffer_features(x: &Input, st: &State, out: &mut Vec<u64>) {
    let v = View { x, st };
    let (b0, b1, b2) = (st.tok(st.b), st.tok(st.b + 1), st.tok(st.b + 2));
    let (b0w, b0p) = (v.w(b0), v.p(b0));
    let (b1w, b1p, b2w, b2p) = (v.w(b1), v.p(b1), v.w(b2), v.p(b2));
    out.extend_from_slice(&[
        key(4, b0w, 0, 0),
        key(5, b0p, 0, 0),
        key(6, b0w, b0p, 0),
        key(7, b1w, 0, 0),
        key(8, b1p, 0, 0),
        key(9, b1w, b1p, 0),
        key(10, b2w, 0, 0),
        key(11, b2p, 0, 0),
        key(12, b2w, b2p, 0),
        key(20, b0p, b1p, 0),
        key(21, b0p, b1p, b2p),
        key(71, v.f(b0), b0p, 0),
        key(73, v.p(st.tok(st.b + 3)), b0p, b1p),
        key(75, b0w, b1w, 0),
        key(76, b0w, b1p, 0),
        key(77, b0p, b1w, 0),
        key(81, v.a(b0), b0p, 0),
        key(82, v.a(b1), b1p, 0),
    ]);
}

/// All the features of a parser state (for training).
fn transition_features(x: &Input, st: &State, out: &mut Vec<u64>) {
    out.clear();
    state_features(x, st, 0, out);
    buffer_features(x, st, out);
    for (role, i) in roles(st).into_iter().enumerate() {
        role_features(x.word(i), role, out);
    }
}

/// The features of a state that depend on more than the buffer's front or
/// one word (see [`buffer_features`], [`role_features`]), appended: those
/// of the first stage (1: the pairs of s0 and b0 and their neighbours),
/// of the second (2: distances, valencies, labels, second children) or
/// all (0).
/// How many features each stage of [`state_features`] gives.
const STAGE_FEATURES: [usize; 3] = [16, 17, 16];

fn state_features(x: &Input, st: &State, stage: u8, out: &mut Vec<u64>) {
    let v = View { x, st };
    let s0 = st.s0();
    let s1 = if st.stack.len() >= 2 {
        st.stack[st.stack.len() - 2]
    } else {
        NO
    };
    let (b0, b1) = (st.tok(st.b), st.tok(st.b + 1));
    let (s0w, s0p, b0w, b0p) = (v.w(s0), v.p(s0), v.w(b0), v.p(b0));
    let b1p = v.p(b1);
    let s0h = v.head(s0);
    let s0h2 = v.head(s0h);
    let (s0l, s0l2, s0r, s0r2) = (v.lm(s0, 0), v.lm(s0, 1), v.rm(s0, 0), v.rm(s0, 1));
    let (b0l, b0l2) = (v.lm(b0, 0), v.lm(b0, 1));
    let d = if s0 != NO && b0 != NO {
        dist_bucket(st.b - s0)
    } else {
        0
    };
    let (vl0, vr0, vlb) = if s0 != NO {
        (
            st.valency[s0][0] as u64,
            st.valency[s0][1] as u64,
            if b0 != NO {
                st.valency[b0][0] as u64
            } else {
                0
            },
        )
    } else {
        (0, 0, 0)
    };
    let (sl, sr) = if s0 != NO {
        (st.labelset[s0][0], st.labelset[s0][1])
    } else {
        (0, 0)
    };
    let bl = if b0 != NO { st.labelset[b0][0] } else { 0 };
    let has_head = (s0 != NO && st.heads[s0] != NO) as u64;
    if stage == 0 || stage == 1 {
        out.extend_from_slice(&[
            key(54, v.w(s0l2), v.l(s0l2), 0),
            key(69, v.w(b0l2), v.l(b0l2), 0),
            key(70, has_head, v.l(s0), b0p),
            key(50, v.l(b0l), 0, 0),
            key(44, v.l(s0l), 0, 0),
            key(30, b0p, d, 0),
            key(41, v.l(s0), 0, 0),
            key(78, v.p(s1), s0p, 0),
            key(38, b0p, vlb, 0),
            key(65, v.p(s1), s0p, b0p),
            key(24, s0p, v.p(s0l), b0p),
            key(58, b0p, v.p(b0l), v.p(b0l2)),
            key(64, b0p, bl, 0),
            key(26, s0p, b0p, v.p(b0l)),
            key(28, s0p, d, 0),
            key(22, s0p, b0p, b1p),
        ]);
    }
    if stage == 0 || stage == 2 {
        out.extend_from_slice(&[
            key(32, s0p, b0p, d),
            key(36, s0p, vl0, 0),
            key(57, s0p, v.p(s0h), v.p(s0h2)),
            key(47, v.l(s0r), 0, 0),
            key(62, s0p, sl, 0),
            key(74, v.f(b0), s0p, 0),
            key(83, v.a(s0), v.a(b0), 0),
            key(19, s0p, b0p, 0),
            key(25, s0p, v.p(s0r), b0p),
            key(37, b0w, vlb, 0),
            key(53, v.l(s0h), 0, 0),
            key(55, s0p, v.p(s0l), v.p(s0l2)),
            key(27, s0w, d, 0),
            key(29, b0w, d, 0),
            key(63, b0w, bl, 0),
            key(67, has_head, s0p, b0p),
            key(68, v.w(s0r2), v.l(s0r2), 0),
        ]);
    }
    if stage == 0 || stage == 3 {
        out.extend_from_slice(&[
            key(13, s0w, s0p, key(0, b0w, b0p, 0)),
            key(14, s0w, s0p, b0w),
            key(15, s0w, b0w, b0p),
            key(16, s0w, s0p, b0p),
            key(17, s0p, b0w, b0p),
            key(18, s0w, b0w, 0),
            key(23, v.p(s0h), s0p, b0p),
            key(31, s0w, b0w, d),
            key(33, s0w, vr0, 0),
            key(34, s0p, vr0, 0),
            key(35, s0w, vl0, 0),
            key(56, s0p, v.p(s0r), v.p(s0r2)),
            key(59, s0w, sr, 0),
            key(60, s0p, sr, 0),
            key(61, s0w, sl, 0),
            key(79, v.w(s1), s0w, 0),
        ]);
    }
}

fn label_features(x: &Input, st: &State, h: usize, d: usize, stage: u8, out: &mut Vec<u64>) {
    out.clear();
    let v = View { x, st };
    let n = x.n();
    let near = |i: usize, k: isize| -> usize {
        let j = i as isize + k;
        if j < 1 || j as usize > n {
            NO
        } else {
            j as usize
        }
    };
    let (hw, hp, dw, dp) = (v.w(h), v.p(h), v.w(d), v.p(d));
    let dir = (d > h) as u64;
    let dist = dist_bucket(d.abs_diff(h));
    let (dl, dr) = (v.lm(d, 0), v.rm(d, 0));
    let (hl, hl2, hr) = (v.lm(h, 0), v.lm(h, 1), v.rm(h, 0));
    if stage != 2 {
        out.extend_from_slice(&[
            key(114, dp, v.l(dl), 0),
            key(100, 0, 0, 0),
            key(112, dp, dir, 0),
            key(118, hp, v.l(hl), dir),
            key(119, hp, v.l(hr), dir),
            key(102, hp, 0, 0),
            key(111, hp, dp, dist),
            key(125, dp, v.w(dl), v.w(dr)),
            key(113, dp, v.w(dl), 0),
            key(124, hp, v.w(hl2), dir),
            key(120, hp, dp, v.p(near(d, -1))),
        ]);
    }
    if stage != 1 {
        out.extend_from_slice(&[
            key(101, hw, 0, 0),
            key(103, dw, 0, 0),
            key(104, dp, 0, 0),
            key(105, hw, hp, 0),
            key(106, dw, dp, 0),
            key(107, hp, dp, dir),
            key(108, hw, dp, dir),
            key(109, hp, dw, dir),
            key(110, hw, dw, 0),
            key(115, dp, v.w(dr), 0),
            key(116, dp, v.l(dr), 0),
            key(117, hp, v.w(hl), dir),
            key(121, hp, dp, v.p(near(d, 1))),
            key(122, dw, dir, 0),
            key(123, v.p(v.head(h)), hp, dp),
            key(126, hw, v.w(hl), dp),
            key(127, v.w(near(d, -1)), dp, dir),
            key(128, v.l(h), hp, dp),
        ]);
    }
}

/// Arcs a (head tag, dependent tag, direction) must have been seen with
/// this many times in training to be labelled by rule.
pub const RULE_MIN_COUNT: usize = 20;
/// The share of those arcs the rule's label must have.
pub const RULE_MIN_SHARE: f64 = 0.99;

/// Labels given without scoring, by the fine tags of an arc's head and
/// dependent and its direction: where the treebank nearly always uses one
/// ("DT" under "NN" on its left is "det", "," is "punct"), as the labeller
/// would choose nearly always anyway.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct LabelRules {
    tags: usize,
    /// (head tag, dependent tag, dependent after head) → label, or `NO_RULE`.
    rule: Vec<u16>,
}

const NO_RULE: u16 = u16::MAX;

impl LabelRules {
    /// Learns the rules from gold trees and gold tags (`tags` ids, index 0
    /// unused as in [`Gold`]).
    pub fn learn<'a>(
        sents: impl Iterator<Item = (&'a [u16], &'a Gold)>,
        tags: usize,
        min_count: usize,
        min_share: f64,
    ) -> LabelRules {
        let mut counts: std::collections::HashMap<usize, std::collections::HashMap<u16, usize>> =
            std::collections::HashMap::new();
        for (t, g) in sents {
            for d in 1..g.heads.len() {
                let h = g.heads[d];
                if h != 0 {
                    let at = Self::index(tags, t[h] as usize, t[d] as usize, d > h);
                    *counts
                        .entry(at)
                        .or_default()
                        .entry(g.labels[d])
                        .or_default() += 1;
                }
            }
        }
        let mut rule = vec![NO_RULE; tags * tags * 2];
        for (at, c) in counts {
            if let Some(l) = crate::tagger::near_certain(&c, min_count, min_share) {
                rule[at] = l;
            }
        }
        LabelRules { tags, rule }
    }

    fn index(tags: usize, h: usize, d: usize, right: bool) -> usize {
        (h * tags + d) * 2 + right as usize
    }

    /// The rule's label for an arc between words of tags `h` and `d`.
    #[inline]
    pub fn get(&self, h: u64, d: u64, right: bool) -> Option<u16> {
        let (h, d) = (h as usize, d as usize);
        if h >= self.tags || d >= self.tags {
            return None;
        }
        Some(self.rule[Self::index(self.tags, h, d, right)]).filter(|&l| l != NO_RULE)
    }

    pub fn len(&self) -> usize {
        self.rule.iter().filter(|&&l| l != NO_RULE).count()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Written as the count of tags, the count of rules and each rule:
    /// (head tag, dependent tag, direction, label).
    pub fn write(&self, out: &mut Vec<u8>) {
        crate::perceptron::put_u32(out, self.tags as u32);
        crate::perceptron::put_u32(out, self.len() as u32);
        for (at, &l) in self.rule.iter().enumerate() {
            if l != NO_RULE {
                crate::perceptron::put_u32(out, at as u32);
                out.extend_from_slice(&l.to_le_bytes());
            }
        }
    }

    /// Reads rules over `tags` tags and `labels` labels.
    pub fn read(
        r: &mut crate::perceptron::Reader<'_>,
        tags: usize,
        labels: usize,
    ) -> Result<LabelRules, String> {
        if r.u32()? as usize != tags {
            return Err("label rules for another tag set".into());
        }
        let n = r.u32()? as usize;
        if n > tags * tags * 2 {
            return Err("label rules out of range".into());
        }
        let mut rule = vec![NO_RULE; tags * tags * 2];
        for _ in 0..n {
            let at = r.u32()? as usize;
            let b = r.bytes(2)?;
            let l = u16::from_le_bytes([b[0], b[1]]);
            if at >= rule.len() || l as usize >= labels {
                return Err("label rule out of range".into());
            }
            rule[at] = l;
        }
        Ok(LabelRules { tags, rule })
    }
}

/// The labeller: learnt weights, the rules that spare it most arcs, and
/// the id of the label "root".
pub struct Labeller<'a> {
    pub weights: &'a Weights,
    pub rules: &'a LabelRules,
    pub root: u16,
}

/// Heads (0 = root) and label ids of words 1..=n, index 0 unused.
pub struct Tree {
    pub heads: Vec<usize>,
    pub labels: Vec<u16>,
}

/// How far the best of the `valid` scores is ahead of the next.
fn margin(scores: &[i32], valid: &[usize]) -> i32 {
    let (mut a, mut b) = (i32::MIN, i32::MIN);
    for &t in valid {
        let s = scores[t];
        if s > a {
            b = a;
            a = s;
        } else if s > b {
            b = s;
        }
    }
    a.saturating_sub(b)
}

/// Margins past which the later stages of features are not looked up:
/// the parser's after its first stage and after its second, the tagger's
/// and the labeller's after their first (in units of their tables'
/// scores). The parser's are above what EWT dev allowed (600, 200): those
/// misread news attribution ("According to the ministry, …") as a clause.
pub const CASCADE: [i32; 4] = [1500, 500, 150, 150];

/// Parses one sentence.
pub fn parse(trans: &Weights, lab: &Labeller<'_>, x: &Input) -> Tree {
    parse_cached(trans, lab, x, &mut WordCache::new(6))
}

/// Parses one sentence, with the sums of its words' groups of features
/// kept in `cache` (which must only ever be used with `trans`).
pub fn parse_cached(trans: &Weights, lab: &Labeller<'_>, x: &Input, cache: &mut WordCache) -> Tree {
    let labeller = lab.weights;
    let n = x.n();
    let mut st = State::new(n);
    let mut feats = Vec::with_capacity(80);
    let mut lscores = vec![0i32; labeller.classes()];
    let mut lfeats = (Vec::with_capacity(16), Vec::with_capacity(24));
    // The scores of each word's groups (no word's at n + 1), and of the
    // buffer's front while it holds.
    let sums = word_sums(trans, x, cache, &mut feats);
    let at = |i: usize| if i == NO { n + 1 } else { i };
    let mut front = (NO, [0i32; TRANSITIONS]);
    while !st.done() {
        let (mut valid, mut nv) = ([0usize; TRANSITIONS], 0);
        for t in 0..TRANSITIONS {
            if st.valid(n, t) {
                valid[nv] = t;
                nv += 1;
            }
        }
        let valid = &valid[..nv];
        // Where only one transition is possible (an empty stack, or words
        // left on the stack once the buffer is empty) nothing is scored.
        let best = if let [only] = *valid {
            only
        } else {
            // All the features this state may need are fetched at once:
            // the buffer's if it moved, and the state's of every stage,
            // since the later stages are needed nearly always (the second
            // for every state of the benchmark's news, the third for 88%):
            // one wait for memory rather than three.
            feats.clear();
            let moved = front.0 != st.b;
            if moved {
                buffer_pair_features(x, &st, &mut feats);
            }
            let mut ends = [0usize; 4];
            ends[0] = feats.len();
            // The three stages in one call (their words and arcs found once).
            state_features(x, &st, 0, &mut feats);
            for stage in 1..=3 {
                ends[stage] = ends[stage - 1] + STAGE_FEATURES[stage - 1];
            }
            debug_assert_eq!(ends[3], feats.len());
            trans.prefetch(&feats);
            let mut scores = [0i32; TRANSITIONS];
            for (role, i) in roles(&st).into_iter().enumerate() {
                for (s, p) in scores.iter_mut().zip(sums[at(i)][role]) {
                    *s += p;
                }
            }
            if moved {
                front = (st.b, [0; TRANSITIONS]);
                for (k, g) in (0..3).zip(G_B0..) {
                    for (s, p) in front.1.iter_mut().zip(sums[at(st.tok(st.b + k))][g]) {
                        *s += p;
                    }
                }
                trans.add_fetched(&feats[..ends[0]], &mut front.1);
            }
            for (s, p) in scores.iter_mut().zip(front.1) {
                *s += p;
            }
            trans.add_fetched(&feats[ends[0]..ends[1]], &mut scores);
            // The later stages' features count only where the earlier
            // leave the choice close.
            for k in 0..2 {
                if margin(&scores, valid) >= CASCADE[k] {
                    break;
                }
                trans.add_fetched(&feats[ends[k + 1]..ends[k + 2]], &mut scores);
            }
            let mut best = NO;
            for &t in valid {
                if best == NO || scores[t] > scores[best] {
                    best = t;
                }
            }
            best
        };
        let label = if best == LEFT || best == RIGHT {
            let (h, d) = st.arc_of(best);
            best_label(
                lab,
                x,
                &st,
                h,
                d,
                (&mut lfeats.0, &mut lfeats.1),
                &mut lscores,
            )
        } else {
            0
        };
        st.apply(best, label);
    }
    finish(lab, x, &mut st, &mut lfeats, &mut lscores);
    Tree {
        heads: st.heads,
        labels: st.labels,
    }
}

fn best_label(
    lab: &Labeller<'_>,
    x: &Input,
    st: &State,
    h: usize,
    d: usize,
    feats: (&mut Vec<u64>, &mut Vec<u64>),
    scores: &mut [i32],
) -> u16 {
    if h == 0 {
        return lab.root;
    }
    if let Some(l) = lab.rules.get(x.tags[h], x.tags[d], d > h) {
        return l;
    }
    // The second stage is needed for most arcs (80% of those of the
    // benchmark's news): its features are fetched with the first's.
    let (first, second) = feats;
    label_features(x, st, h, d, 1, first);
    label_features(x, st, h, d, 2, second);
    lab.weights.prefetch(first);
    lab.weights.prefetch(second);
    scores.fill(0);
    lab.weights.add_fetched(first, scores);
    scores[lab.root as usize] = i32::MIN;
    match crate::tagger::best_margin(scores) {
        (best, m) if m >= CASCADE[3] => best as u16,
        _ => {
            scores[lab.root as usize] = 0;
            lab.weights.add_fetched(second, scores);
            scores[lab.root as usize] = i32::MIN;
            crate::tagger::argmax_i32(scores) as u16
        }
    }
}

/// Only one word may hang from the root: the first does, and the others
/// depend on it.
fn finish(
    lab: &Labeller<'_>,
    x: &Input,
    st: &mut State,
    feats: &mut (Vec<u64>, Vec<u64>),
    scores: &mut [i32],
) {
    let n = x.n();
    let mut root = NO;
    for i in 1..=n {
        if st.heads[i] != 0 && st.heads[i] != NO {
            continue;
        }
        if root == NO {
            root = i;
            st.heads[i] = 0;
            st.labels[i] = lab.root;
        } else {
            let l = best_label(lab, x, st, root, i, (&mut feats.0, &mut feats.1), scores);
            st.heads[i] = root;
            st.labels[i] = l;
        }
    }
}

/// Gold tree of a training sentence: heads and label ids, index 0 unused.
pub struct Gold {
    pub heads: Vec<usize>,
    pub labels: Vec<u16>,
}

/// Counts the gold arcs each transition would make unreachable. Positions:
/// words at 1..=n, the root after them at n + 1.
fn costs(st: &State, g: &Gold, n: usize) -> [usize; TRANSITIONS] {
    let s0 = st.s0();
    let b = st.b;
    let gp = |d: usize| if g.heads[d] == 0 { n + 1 } else { g.heads[d] };
    let mut c = [usize::MAX; TRANSITIONS];
    let deps_in_buffer = |h: usize| (b..=n).filter(|&d| g.heads[d] == h).count();
    let headless_deps_on_stack = |h: usize| {
        st.stack
            .iter()
            .filter(|&&s| st.heads[s] == NO && g.heads[s] == h)
            .count()
    };
    if st.valid(n, SHIFT) {
        c[SHIFT] = st.stack.contains(&gp(b)) as usize + headless_deps_on_stack(b);
    }
    if st.valid(n, REDUCE) {
        c[REDUCE] = deps_in_buffer(s0);
    }
    if st.valid(n, LEFT) {
        c[LEFT] = (gp(s0) > b) as usize + deps_in_buffer(s0);
    }
    if st.valid(n, RIGHT) {
        let head = gp(b);
        c[RIGHT] = (head != s0 && (head > b || st.stack.contains(&head))) as usize
            + headless_deps_on_stack(b);
    }
    c
}

pub struct ParserTrainer {
    pub trans: Trainer,
    pub labeller: Trainer,
    rng: crate::Rng,
}

impl ParserTrainer {
    pub fn new(labels: usize, seed: u64) -> ParserTrainer {
        ParserTrainer {
            trans: Trainer::new(TRANSITIONS),
            labeller: Trainer::new(labels),
            rng: crate::Rng(seed),
        }
    }

    /// One pass over one sentence; `explore` follows the model's own
    /// (possibly wrong) choices most of the time.
    pub fn train_sentence(&mut self, x: &Input, g: &Gold, root_label: u16, explore: bool) {
        let n = x.n();
        let mut st = State::new(n);
        let mut feats = Vec::with_capacity(80);
        let mut lfeats = Vec::with_capacity(40);
        let mut scores = [0f32; TRANSITIONS];
        let mut lscores = vec![0f32; self.labeller.classes()];
        while !st.done() {
            transition_features(x, &st, &mut feats);
            self.trans.score(&feats, &mut scores);
            let cost = costs(&st, g, n);
            let mut guess = NO;
            let mut best_right = NO;
            let min_cost = *cost.iter().min().unwrap();
            for t in 0..TRANSITIONS {
                if cost[t] == usize::MAX {
                    continue;
                }
                if guess == NO || scores[t] > scores[guess] {
                    guess = t;
                }
                if cost[t] == min_cost && (best_right == NO || scores[t] > scores[best_right]) {
                    best_right = t;
                }
            }
            self.trans.tick();
            self.trans.update(&feats, best_right, guess);
            let next = if explore && cost[guess] != min_cost && self.rng.below(10) < 9 {
                guess
            } else {
                best_right
            };
            let label = if next == LEFT || next == RIGHT {
                let (h, d) = st.arc_of(next);
                if h == 0 {
                    root_label
                } else {
                    label_features(x, &st, h, d, 0, &mut lfeats);
                    self.labeller.score(&lfeats, &mut lscores);
                    lscores[root_label as usize] = f32::NEG_INFINITY;
                    let lg = argmax(&lscores);
                    self.labeller.tick();
                    if g.heads[d] == h {
                        self.labeller.update(&lfeats, g.labels[d] as usize, lg);
                        g.labels[d]
                    } else {
                        lg as u16
                    }
                }
            } else {
                0
            };
            st.apply(next, label);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::perceptron::Reader;

    #[test]
    fn label_rules_keep_only_near_certain_tag_pairs_and_survive_writing() {
        // Tags 0 (a determiner), 1 (a noun), 2 (a verb): "the envoy met
        // envoys". The determiner under the noun on its left is always
        // "det" (label 1), the noun before the verb always "nsubj" (2);
        // the noun after it is "obj" (3) or "obl" (4), half and half.
        let tags: Vec<u16> = vec![0, 0, 1, 2, 1];
        let sents: Vec<(Vec<u16>, Gold)> = (0..30)
            .map(|i| {
                let gold = Gold {
                    heads: vec![0, 2, 3, 0, 3],
                    labels: vec![0, 1, 2, 0, 3 + (i % 2) as u16],
                };
                (tags.clone(), gold)
            })
            .collect();
        let learn = |n: usize| {
            LabelRules::learn(
                sents[..n].iter().map(|(t, g)| (t.as_slice(), g)),
                3,
                RULE_MIN_COUNT,
                RULE_MIN_SHARE,
            )
        };
        let rules = learn(30);
        assert_eq!(rules.get(1, 0, false), Some(1));
        assert_eq!(rules.get(2, 1, false), Some(2));
        assert_eq!(rules.get(2, 1, true), None);
        assert_eq!(rules.get(1, 0, true), None);
        assert_eq!(rules.get(P_ROOT, 0, false), None);
        assert_eq!(rules.len(), 2);
        let mut bytes = Vec::new();
        rules.write(&mut bytes);
        let again = LabelRules::read(&mut Reader::new(&bytes), 3, 5).unwrap();
        assert_eq!(again, rules);
        // A label or a tag set the model does not have is an error, not a panic.
        assert!(LabelRules::read(&mut Reader::new(&bytes), 3, 2).is_err());
        assert!(LabelRules::read(&mut Reader::new(&bytes), 4, 5).is_err());
        // Too few arcs make no rule.
        assert!(learn(RULE_MIN_COUNT - 1).is_empty());
    }

    /// A sentence of `n` words with made-up keys and tags.
    fn input(n: usize, seed: u64) -> Input {
        let mut rng = crate::Rng(seed);
        let keys: Vec<crate::WordKeys> = (0..n)
            .map(|_| {
                let mut k = crate::WordKeys::new(
                    ["the", "envoy", "met", ",", "talks"][rng.below(5) as usize],
                );
                k.amb = rng.below(3);
                k
            })
            .collect();
        let tags: Vec<u16> = (0..n).map(|_| rng.below(6) as u16).collect();
        Input::new(&keys, &tags)
    }

    #[test]
    fn inference_scores_the_features_training_does() {
        // Every state of random walks: the state's stages, the buffer's
        // pairs and the groups of the words in roles and at the front
        // are the features of training, each once.
        for seed in 1..20 {
            let x = input(1 + seed as usize % 9, seed);
            let n = x.n();
            let mut st = State::new(n);
            let mut rng = crate::Rng(seed);
            while !st.done() {
                let mut want = Vec::new();
                transition_features(&x, &st, &mut want);
                let mut got = Vec::new();
                for stage in 1..=3 {
                    state_features(&x, &st, stage, &mut got);
                }
                buffer_pair_features(&x, &st, &mut got);
                for (role, i) in roles(&st).into_iter().enumerate() {
                    group_features(x.word(i), role, &mut got);
                }
                for k in 0..3 {
                    group_features(x.word(st.tok(st.b + k)), G_B0 + k, &mut got);
                }
                want.sort_unstable();
                got.sort_unstable();
                assert_eq!(got, want);
                let valid: Vec<usize> = (0..TRANSITIONS).filter(|&t| st.valid(n, t)).collect();
                st.apply(valid[rng.below(valid.len() as u64) as usize], 1);
            }
        }
    }

    #[test]
    fn cached_sums_parse_as_lookups_do() {
        // One cache over many sentences (of a few words, so most are met
        // again), and one so small that words keep pushing each other out.
        // Weights learnt from the parser's own features: sentences whose
        // words hang each from the word before (and one from the one after).
        let mut pt = ParserTrainer::new(3, 9);
        for seed in 1..100 {
            let x = input(1 + seed as usize % 12, seed);
            let n = x.n();
            let mut heads: Vec<usize> = (0..=n).map(|i| i.saturating_sub(1)).collect();
            if n > 2 {
                heads[1] = 2;
                heads[2] = 0;
            }
            let labels = (0..=n).map(|i| (i % 2) as u16).collect();
            let g = Gold { heads, labels };
            pt.train_sentence(&x, &g, 2, seed % 2 == 0);
        }
        let (trans, labels) = (pt.trans.average(0.0, 1.0), pt.labeller.average(0.0, 1.0));
        let rules = LabelRules::default();
        let lab = Labeller {
            weights: &labels,
            rules: &rules,
            root: 2,
        };
        let (mut big, mut small) = (WordCache::new(10), WordCache::new(1));
        for seed in 1..200 {
            let x = input(1 + seed as usize % 12, seed);
            let want = parse_cached(&trans, &lab, &x, &mut WordCache::new(0));
            for c in [&mut big, &mut small] {
                let got = parse_cached(&trans, &lab, &x, c);
                assert_eq!((&got.heads, &got.labels), (&want.heads, &want.labels));
            }
        }
    }

    #[test]
    fn margins_pick_the_first_best_as_argmax_does() {
        let mut rng = crate::Rng(9);
        let random = (0..200).map(|_| {
            let n = 1 + rng.below(120) as usize;
            (0..n)
                .map(|_| match rng.below(10) {
                    0 => i32::MIN,
                    _ => rng.below(40) as i32 - 20,
                })
                .collect::<Vec<i32>>()
        });
        let given = [
            vec![3, 9, 1, 9],
            vec![-5, -2, -7],
            vec![4],
            vec![0, 0],
            vec![i32::MIN, i32::MIN],
        ];
        for s in given.into_iter().chain(random) {
            let (best, m) = crate::tagger::best_margin(&s);
            assert_eq!(best, argmax(&s), "{s:?}");
            assert_eq!(best, crate::tagger::argmax_i32(&s), "{s:?}");
            let mut sorted = s.clone();
            sorted.sort_unstable_by(|a, b| b.cmp(a));
            let want = if s.len() > 1 {
                sorted[0].saturating_sub(sorted[1])
            } else {
                sorted[0].saturating_sub(i32::MIN)
            };
            assert_eq!(m, want, "{s:?}");
            // As the loop keeping the two best gave them.
            let (mut b0, mut a, mut b) = (0, i32::MIN, i32::MIN);
            for (i, &x) in s.iter().enumerate() {
                if x > a {
                    (b, a, b0) = (a, x, i);
                } else if x > b {
                    b = x;
                }
            }
            assert_eq!((best, m), (b0, a.saturating_sub(b)), "{s:?}");
        }
    }
}
