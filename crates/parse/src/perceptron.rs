//! The averaged perceptron (training) and its frozen, compact form (inference).
//!
//! Features are 64-bit hashes; each feature owns a row of one weight per
//! class. [`Trainer`] learns with lazy averaging; [`Weights`] is the averaged
//! model, pruned and quantised to 8 bits, in an open-addressing table of
//! 64-bit slots: a fingerprint of the feature and its row (the whole row for
//! the parser's four transitions; for the tagger and the labeller, whose
//! rows are mostly zeros, their nonzero (class, weight) pairs, in the slot
//! itself when there are at most two), a bucket of eight slots a cache line
//! with their fingerprints side by side (compared as one vector) before
//! their rows. A lookup reads one cache line, or two for a long row; the
//! features of one scoring are fetched together.

use std::collections::HashMap;

/// FxHash's step: folds a value into a running hash.
#[inline]
pub fn mix(h: u64, v: u64) -> u64 {
    (h.rotate_left(5) ^ v).wrapping_mul(0x517c_c1b7_2722_0a95)
}

/// FNV-1a over the bytes of a string: stable across runs and platforms.
pub fn hash_str(s: &str) -> u64 {
    hash_bytes(s.as_bytes())
}

/// FNV-1a over bytes.
pub fn hash_bytes(bytes: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in bytes {
        h = (h ^ b as u64).wrapping_mul(0x0100_0000_01b3);
    }
    h
}

/// A feature key from a template number and up to three values.
#[inline]
pub fn key(template: u64, a: u64, b: u64, c: u64) -> u64 {
    mix(mix(mix(mix(0x9e37_79b9, template), a), b), c)
}

pub struct Trainer {
    classes: usize,
    index: HashMap<u64, u32>,
    w: Vec<f32>,
    total: Vec<f64>,
    stamp: Vec<u32>,
    time: u32,
}

impl Trainer {
    pub fn new(classes: usize) -> Trainer {
        Trainer {
            classes,
            index: HashMap::new(),
            w: Vec::new(),
            total: Vec::new(),
            stamp: Vec::new(),
            time: 0,
        }
    }

    pub fn classes(&self) -> usize {
        self.classes
    }

    pub fn score(&self, feats: &[u64], scores: &mut [f32]) {
        scores.fill(0.0);
        for f in feats {
            if let Some(&row) = self.index.get(f) {
                let row = &self.w[row as usize * self.classes..][..self.classes];
                for (s, w) in scores.iter_mut().zip(row) {
                    *s += w;
                }
            }
        }
    }

    /// One training instance seen: the clock of the averaging.
    pub fn tick(&mut self) {
        self.time += 1;
    }

    pub fn update(&mut self, feats: &[u64], truth: usize, guess: usize) {
        if truth == guess {
            return;
        }
        for &f in feats {
            let n = self.index.len() as u32;
            let row = *self.index.entry(f).or_insert(n);
            if row == n {
                self.w.resize(self.w.len() + self.classes, 0.0);
                self.total.resize(self.total.len() + self.classes, 0.0);
                self.stamp.resize(self.stamp.len() + self.classes, 0);
            }
            for (class, delta) in [(truth, 1.0f32), (guess, -1.0)] {
                let i = row as usize * self.classes + class;
                self.total[i] += (self.time - self.stamp[i]) as f64 * self.w[i] as f64;
                self.stamp[i] = self.time;
                self.w[i] += delta;
            }
        }
    }

    /// The averaged weights, without rows whose largest weight is below
    /// `prune` (rare features, which the averaging has made small),
    /// quantised to 8 bits: the scale puts the `clip` quantile of the
    /// weights' magnitudes at 127, and the few larger weights are clamped.
    pub fn average(&self, prune: f32, clip: f64) -> Weights {
        let t = self.time.max(1) as f64;
        let avg: Vec<f32> = (0..self.w.len())
            .map(|i| {
                ((self.total[i] + (self.time - self.stamp[i]) as f64 * self.w[i] as f64) / t) as f32
            })
            .collect();
        let mut rows: Vec<(u64, &[f32])> = Vec::new();
        for (&k, &row) in &self.index {
            let r = &avg[row as usize * self.classes..][..self.classes];
            if r.iter().any(|w| w.abs() >= prune) {
                rows.push((k, r));
            }
        }
        rows.sort_by_key(|r| r.0);
        let mut mags: Vec<f32> = rows
            .iter()
            .flat_map(|r| r.1.iter())
            .map(|w| w.abs())
            .filter(|&w| w > 0.0)
            .collect();
        let max = if mags.is_empty() {
            1.0
        } else {
            mags.sort_by(f32::total_cmp);
            let i = ((mags.len() - 1) as f64 * clip.clamp(0.0, 1.0)).round() as usize;
            mags[i].max(1e-6)
        };
        Weights::build(self.classes, max / 127.0, &rows)
    }
}

/// Rows of at most this many classes are kept in the slot itself.
const INLINE: usize = 4;

/// Tables of more classes keep only the nonzero weights of a row, as
/// (class, weight) pairs; their class ids must fit in a byte.
pub const MAX_CLASSES: usize = 255;

/// Slots in a bucket: one cache line.
const BUCKET: usize = 8;

/// The share of the slots a table fills: buckets overflow into the next
/// rarely, and the table stays small enough for the processor's caches.
const LOAD: f64 = 0.75;

/// A cache line of slots, kept apart: the low halves (fingerprints and
/// flags) of the eight, then their high halves (rows or where they are).
/// A lookup compares the eight fingerprints as one vector of 32-bit lanes
/// and takes the matching lane's position from its mask, where slots of
/// 64 bits side by side needed the matching slot picked out of two
/// vectors and folded together (a fifth of a lookup's instructions).
#[derive(Clone, Copy, Debug, Default, PartialEq)]
#[repr(C, align(64))]
struct Bucket {
    fp: [u32; BUCKET],
    row: [u32; BUCKET],
}

impl Bucket {
    #[inline(always)]
    fn slot(&self, i: usize) -> u64 {
        self.fp[i] as u64 | (self.row[i] as u64) << 32
    }
}

/// The slots of buckets, one after another (64 bits each: fingerprint and
/// flags low, row high).
fn flat(b: &[Bucket]) -> Vec<u64> {
    b.iter()
        .flat_map(|b| (0..BUCKET).map(move |i| b.slot(i)))
        .collect()
}

/// Buckets of slots given one after another.
fn packed(slots: &[u64]) -> Vec<Bucket> {
    slots
        .chunks_exact(BUCKET)
        .map(|c| {
            let mut b = Bucket::default();
            for (i, &s) in c.iter().enumerate() {
                b.fp[i] = s as u32;
                b.row[i] = (s >> 32) as u32;
            }
            b
        })
        .collect()
}

/// [`match_slot`] with AVX2: the eight fingerprints compared at once and
/// the matching lane read off the comparison's mask.
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2")]
#[inline]
unsafe fn match_slot_avx2(bucket: &Bucket, fp: u64) -> u64 {
    use std::arch::x86_64::*;
    const MASK: i32 = !(FLAGS | OVERFLOW) as i32;
    // SAFETY: a bucket is aligned to 64 bytes; its first 32 are the
    // fingerprints.
    let v = unsafe { _mm256_load_si256(bucket.fp.as_ptr() as *const __m256i) };
    let x = _mm256_and_si256(
        _mm256_xor_si256(v, _mm256_set1_epi32(fp as u32 as i32)),
        _mm256_set1_epi32(MASK),
    );
    let m = _mm256_movemask_ps(_mm256_castsi256_ps(_mm256_cmpeq_epi32(
        x,
        _mm256_setzero_si256(),
    ))) as u32;
    let s = bucket.slot((m.trailing_zeros() & 7) as usize);
    s & ((m != 0) as u64).wrapping_neg()
}

/// Slot `s` of the buckets, counting slots one after another.
#[inline(always)]
fn slot_at(b: &[Bucket], s: usize) -> u64 {
    b[s / BUCKET].slot(s % BUCKET)
}

/// Averaged, pruned and quantised weights: an open-addressing table of
/// buckets of eight 64-bit slots (a cache line), each slot a 32-bit
/// fingerprint of the feature (0: empty) and either the row itself (at most
/// [`INLINE`] classes, one weight a byte) or where its nonzero weights are
/// in `entries` and how many there are. A key's bucket comes from its hash;
/// a full bucket overflows into the next. A lookup reads one cache line
/// (and a long row's own).
#[derive(Clone, Debug, PartialEq)]
pub struct Weights {
    classes: usize,
    scale: f32,
    len: usize,
    buckets: Vec<Bucket>,
    /// Class in the low byte, weight (`i8`) in the high byte.
    entries: Vec<u16>,
    /// Whole rows, `classes` weights each, padded with zeros to a whole
    /// number of cache lines (`stride` weights) and aligned to one, so that
    /// a row is added in whole vectors with no remainder and fetched in as
    /// few lines as it can be.
    dense: Vec<Line>,
    stride: usize,
}

/// A cache line of weights of whole rows.
#[derive(Clone, Copy, Debug, PartialEq)]
#[repr(C, align(64))]
struct Line([i8; 64]);

/// The weights of lines, one after another.
fn line_weights(l: &[Line]) -> &[i8] {
    // SAFETY: a Line is exactly 64 i8s (repr(C), no padding).
    unsafe { std::slice::from_raw_parts(l.as_ptr() as *const i8, l.len() * 64) }
}

fn line_weights_mut(l: &mut [Line]) -> &mut [i8] {
    // SAFETY: as in `line_weights`; the borrow is unique.
    unsafe { std::slice::from_raw_parts_mut(l.as_mut_ptr() as *mut i8, l.len() * 64) }
}

/// The weights a whole row takes in `dense`: `classes` rounded up to a
/// cache line.
fn stride_of(classes: usize) -> usize {
    classes.div_ceil(64) * 64
}

/// The scores a sparse table's rows are summed in: 16 bits a class, as
/// many as a row's stride can reach (so that a class byte indexes it
/// without a bounds check, and a whole row is added with no remainder).
type Acc = [i16; 256];

/// The slot a key starts probing at takes the high bits of its hash; the
/// fingerprint, from the key's other half, tells it from the keys that
/// share its probe run (a false match needs both to agree: about 2^-31).
#[inline]
fn fingerprint(k: u64) -> u64 {
    (((k as u32) | 1) & !(FLAGS | OVERFLOW) as u32) as u64
}

/// The slot of a bucket whose fingerprint is `fp`, or 0, without branching
/// (an empty slot never matches: fingerprints are odd). A bucket holds a
/// fingerprint at most once (see [`Weights::free_slot`]), so the first
/// match is the only one.
#[inline(always)]
fn match_slot(bucket: &Bucket, fp: u64) -> u64 {
    const MASK: u32 = !(FLAGS | OVERFLOW) as u32;
    let fp = fp as u32;
    // One comparison of eight lanes and their mask (vectorised).
    let mut m = 0u32;
    for (i, &x) in bucket.fp.iter().enumerate() {
        m |= (((x ^ fp) & MASK == 0) as u32) << i;
    }
    let s = bucket.slot((m.trailing_zeros() & 7) as usize);
    s & ((m != 0) as u64).wrapping_neg()
}

/// The flag, in a bucket's first slot, of a bucket some of whose keys are
/// in the buckets after it (it was full when they came).
const OVERFLOW: u64 = 8;

/// The flag of a slot that holds a sparse row of at most two weights itself.
const SHORT: u64 = 2;
/// The flag of a slot whose row has so many weights that it is kept whole
/// (in `dense`, where adding it is a vector operation).
const DENSE: u64 = 4;
const FLAGS: u64 = SHORT | DENSE;

/// Rows with more nonzero weights than this are kept whole.
const DENSE_MIN: usize = 12;

/// The (class, weight) pairs of a short row.
#[inline]
fn short_entries(slot: u64) -> [u16; 2] {
    [(slot >> 32) as u16, (slot >> 48) as u16]
}

/// Features scored in one call are looked up in batches of this many, their
/// slots fetched together rather than one miss after another.
const BATCH: usize = 64;

#[inline]
fn prefetch<T>(p: *const T) {
    #[cfg(target_arch = "x86_64")]
    // SAFETY: a prefetch is a hint; it never faults, whatever the address.
    unsafe {
        std::arch::x86_64::_mm_prefetch(p as *const i8, std::arch::x86_64::_MM_HINT_T0);
    }
    #[cfg(not(target_arch = "x86_64"))]
    let _ = p;
}

/// Adds a (class, weight) pair to the scores.
#[inline(always)]
fn add(scores: &mut Acc, e: u16) {
    scores[(e & 0xff) as usize] += (e >> 8) as u8 as i8 as i16;
}

/// Largest offset into `entries` a slot can hold (24 bits).
const MAX_ENTRIES: usize = 1 << 24;

impl Weights {
    /// An empty table for `n` rows (a share [`LOAD`] of its slots filled).
    fn with_rows(classes: usize, scale: f32, n: usize) -> Weights {
        let buckets = ((n as f64 / (BUCKET as f64 * LOAD)).ceil() as usize).max(2);
        Weights {
            classes,
            scale,
            len: 0,
            buckets: vec![Bucket::default(); buckets],
            entries: Vec::new(),
            dense: Vec::new(),
            stride: stride_of(classes),
        }
    }

    fn inline(&self) -> bool {
        self.classes <= INLINE
    }

    /// The slot for key `k`, or None if its fingerprint is already in its
    /// probe run (a collision of 64-bit hashes, in effect: the key is dropped).
    fn free_slot(&self, k: u64) -> Option<usize> {
        let fp = fingerprint(k);
        let n = self.buckets.len() * BUCKET;
        let mut s = self.home(k) * BUCKET;
        while slot_at(&self.buckets, s) != 0 {
            if slot_at(&self.buckets, s) as u32 as u64 & !(FLAGS | OVERFLOW) == fp {
                return None;
            }
            s = (s + 1) % n;
        }
        Some(s)
    }

    /// Puts `slot` at `s`, flagging the home bucket of key `k` if `s` is
    /// not in it.
    fn put(&mut self, k: u64, s: usize, slot: u64) {
        let home = self.home(k);
        let b = &mut self.buckets[s / BUCKET];
        b.fp[s % BUCKET] = slot as u32;
        b.row[s % BUCKET] = (slot >> 32) as u32;
        if s / BUCKET != home {
            self.buckets[home].fp[0] |= OVERFLOW as u32;
        }
    }

    /// Adds the next row under key `k` (weights in table units).
    fn push(&mut self, k: u64, row: &[i8]) {
        let Some(s) = self.free_slot(k) else {
            return;
        };
        if self.inline() {
            let mut b = [0u8; 4];
            for (b, &w) in b.iter_mut().zip(row) {
                *b = w as u8;
            }
            self.put(k, s, fingerprint(k) | (u32::from_le_bytes(b) as u64) << 32);
        } else {
            let pairs: Vec<u16> = row
                .iter()
                .enumerate()
                .filter(|p| *p.1 != 0)
                .map(|(c, &w)| c as u16 | ((w as u8 as u16) << 8))
                .collect();
            let slot = fingerprint(k) | self.sparse(&pairs);
            self.put(k, s, slot);
        }
        self.len += 1;
    }

    /// The flag and payload of a sparse row's slot, storing the row in
    /// `entries` unless it is short.
    fn sparse(&mut self, pairs: &[u16]) -> u64 {
        if pairs.len() <= 2 {
            let e = |i: usize| pairs.get(i).copied().unwrap_or(0) as u64;
            SHORT | e(0) << 32 | e(1) << 48
        } else if pairs.len() > DENSE_MIN {
            let at = self.dense.len() * 64;
            self.dense.resize((at + self.stride) / 64, Line([0; 64]));
            let dense = line_weights_mut(&mut self.dense);
            for &e in pairs {
                dense[at + (e & 0xff) as usize] = (e >> 8) as u8 as i8;
            }
            DENSE | ((at / self.stride) as u64) << 32
        } else {
            let at = self.entries.len();
            self.entries.extend_from_slice(pairs);
            ((at as u64) << 8 | pairs.len() as u64) << 32
        }
    }

    /// The weights of a dense row's slot (`classes` of them, then zeros
    /// to the stride).
    #[inline(always)]
    fn dense_row(&self, slot: u64) -> &[i8] {
        let at = (slot >> 32) as usize * self.stride;
        &line_weights(&self.dense)[at..at + self.stride]
    }

    /// The (class, weight) pairs of a sparse row's slot, however it is kept.
    fn row_pairs(&self, s: u64) -> Vec<u16> {
        if s & SHORT != 0 {
            short_entries(s).into_iter().filter(|&e| e != 0).collect()
        } else if s & DENSE != 0 {
            self.dense_row(s)[..self.classes]
                .iter()
                .enumerate()
                .filter(|p| *p.1 != 0)
                .map(|(c, &w)| c as u16 | ((w as u8 as u16) << 8))
                .collect()
        } else {
            self.pairs(s).to_vec()
        }
    }

    /// The (class, weight) pairs of a sparse row's slot.
    fn pairs(&self, slot: u64) -> &[u16] {
        let p = (slot >> 32) as usize;
        &self.entries[p >> 8..(p >> 8) + (p & 0xff)]
    }

    fn build(classes: usize, scale: f32, rows: &[(u64, &[f32])]) -> Weights {
        assert!(
            classes <= MAX_CLASSES,
            "at most {MAX_CLASSES} classes, not {classes}"
        );
        let mut q = vec![0i8; classes];
        let mut kept = Vec::with_capacity(rows.len());
        for (k, r) in rows {
            for (q, w) in q.iter_mut().zip(r.iter()) {
                *q = (w / scale).round().clamp(-127.0, 127.0) as i8;
            }
            if q.iter().any(|&w| w != 0) {
                kept.push((*k, q.clone()));
            }
        }
        let mut wt = Weights::with_rows(classes, scale, kept.len());
        for (k, q) in &kept {
            wt.push(*k, q);
        }
        assert!(wt.entries.len() < MAX_ENTRIES, "too many weights");
        wt
    }

    /// The bucket key `k` belongs in: the high half of the key (a hash,
    /// whose low half is the fingerprint), scaled to the number of buckets.
    #[inline(always)]
    fn home(&self, k: u64) -> usize {
        (((k >> 32) * self.buckets.len() as u64) >> 32) as usize
    }

    pub fn classes(&self) -> usize {
        self.classes
    }

    /// The size of one unit of the integer scores.
    pub fn scale(&self) -> f32 {
        self.scale
    }

    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// Bytes the table takes in memory (slots, pairs and whole rows).
    pub fn memory(&self) -> usize {
        self.buckets.len() * 64 + self.entries.len() * 2 + self.dense.len() * 64
    }

    /// Rows kept in the slot, as pairs, and whole.
    pub fn row_kinds(&self) -> [usize; 3] {
        let mut k = [0; 3];
        for &s in flat(&self.buckets).iter().filter(|&&s| s != 0) {
            k[if self.inline() || s & SHORT != 0 {
                0
            } else if s & DENSE != 0 {
                2
            } else {
                1
            }] += 1;
        }
        k
    }

    /// Scores in integer units (times `scale`); only their order matters.
    pub fn score(&self, feats: &[u64], scores: &mut [i32]) {
        scores.fill(0);
        self.add_scores(feats, scores);
    }

    /// Adds the weights of `feats` to `scores`.
    pub fn add_scores(&self, feats: &[u64], scores: &mut [i32]) {
        self.add_dispatch::<true>(feats, scores);
    }

    /// [`Weights::add_scores`] compiled for the best the processor has.
    #[inline(always)]
    fn add_dispatch<const FETCH: bool>(&self, feats: &[u64], scores: &mut [i32]) {
        #[cfg(target_arch = "x86_64")]
        if std::arch::is_x86_feature_detected!("avx512f")
            && std::arch::is_x86_feature_detected!("avx512bw")
        {
            // SAFETY: the processor has AVX-512 with its byte and word
            // instructions (and so AVX2).
            unsafe { self.add_scores_avx512::<FETCH>(feats, scores) };
            return;
        }
        #[cfg(target_arch = "x86_64")]
        if std::arch::is_x86_feature_detected!("avx2") {
            // SAFETY: the processor has AVX2.
            unsafe { self.add_scores_avx2::<FETCH>(feats, scores) };
            return;
        }
        self.add_scores_portable::<FETCH, false>(feats, scores);
    }

    /// Starts fetching the slots of `feats`, to be scored soon with
    /// [`Weights::add_fetched`]: several groups of features scored one
    /// after another wait for memory once rather than once each.
    #[inline]
    pub fn prefetch(&self, feats: &[u64]) {
        // (No bounds check: a key's bucket is always in the table, and a
        // prefetch never faults anyway.)
        let (base, n) = (self.buckets.as_ptr(), self.buckets.len() as u64);
        for &f in feats {
            prefetch(base.wrapping_add((((f >> 32) * n) >> 32) as usize));
        }
    }

    /// [`Weights::add_scores`] for features already prefetched.
    pub fn add_fetched(&self, feats: &[u64], scores: &mut [i32]) {
        self.add_dispatch::<false>(feats, scores);
    }

    /// [`Weights::add_scores`] compiled for AVX2, where whole rows are added
    /// sixteen weights at a time.
    #[cfg(target_arch = "x86_64")]
    #[target_feature(enable = "avx2")]
    unsafe fn add_scores_avx2<const FETCH: bool>(&self, feats: &[u64], scores: &mut [i32]) {
        self.add_scores_portable::<FETCH, true>(feats, scores);
    }

    /// [`Weights::add_scores`] compiled for AVX-512, where whole rows are
    /// added 32 weights at a time (a bucket's fingerprints are compared as
    /// under AVX2: eight 32-bit lanes).
    #[cfg(target_arch = "x86_64")]
    #[target_feature(enable = "avx2,avx512f,avx512bw")]
    unsafe fn add_scores_avx512<const FETCH: bool>(&self, feats: &[u64], scores: &mut [i32]) {
        self.add_scores_portable::<FETCH, true>(feats, scores);
    }

    /// `WIDE`: the processor has AVX2 (the caller is compiled for it).
    #[inline(always)]
    fn add_scores_portable<const FETCH: bool, const WIDE: bool>(
        &self,
        feats: &[u64],
        scores: &mut [i32],
    ) {
        let scores = &mut scores[..self.classes];
        for chunk in feats.chunks(BATCH) {
            for &f in chunk {
                if FETCH {
                    prefetch(&self.buckets[self.home(f)]);
                }
            }
            if self.inline() {
                // A row is never all zeros, so 0 is "not there". The four
                // weights are summed in the 16-bit lanes of one integer,
                // each offset by 128 (so that it is a byte 0..=255 and a
                // lane cannot carry: at most BATCH * 255 < 2^16), the
                // offsets taken off at the end; byte 0 and 2 go to lanes 0
                // and 1, bytes 1 and 3 to lanes 2 and 3.
                let mut acc = 0u64;
                for &f in chunk {
                    let p = ((self.probe::<WIDE>(f) >> 32) as u32 ^ 0x8080_8080) as u64;
                    acc += (p & 0x00ff_00ff) | ((p & 0xff00_ff00) << 24);
                }
                let bias = 128 * chunk.len() as i32;
                for (s, lane) in scores.iter_mut().zip([0, 2, 1, 3]) {
                    *s += ((acc >> (16 * lane)) & 0xffff) as i32 - bias;
                }
            } else {
                // Sums of at most BATCH weights of at most 127 fit in 16 bits,
                // which halves the work of adding whole rows.
                let mut acc: Acc = [0; 256];
                let stride = self.stride;
                let mut found = [0u64; BATCH];
                let mut n = 0;
                for &f in chunk {
                    let p = self.probe::<WIDE>(f);
                    // A short row's two pairs are added as they are (an
                    // empty pair adds 0 to class 0); a long one waits for
                    // its entries, fetched meanwhile.
                    let short = if p & SHORT != 0 { p } else { 0 };
                    for e in short_entries(short) {
                        add(&mut acc, e);
                    }
                    let long = p != 0 && p & SHORT == 0;
                    found[n] = p;
                    n += long as usize;
                }
                for &p in &found[..n] {
                    if p & DENSE != 0 {
                        for line in self.dense_row(p).chunks_exact(64) {
                            prefetch(line.as_ptr());
                        }
                    } else {
                        prefetch(self.pairs(p).as_ptr());
                    }
                }
                for &p in &found[..n] {
                    if p & DENSE != 0 {
                        let row = self.dense_row(p);
                        for (s, w) in acc[..stride].chunks_exact_mut(64).zip(row.chunks_exact(64)) {
                            for (s, &w) in s.iter_mut().zip(w) {
                                *s += w as i16;
                            }
                        }
                    } else {
                        for &e in self.pairs(p) {
                            add(&mut acc, e);
                        }
                    }
                }
                for (s, &a) in scores.iter_mut().zip(acc.iter()) {
                    *s += a as i32;
                }
            }
        }
    }

    /// Key `k`'s slot or 0, comparing the fingerprints of its bucket
    /// without branching; only a bucket that overflowed sends the search on.
    #[inline(always)]
    fn probe<const WIDE: bool>(&self, k: u64) -> u64 {
        let home = self.home(k);
        let fp = fingerprint(k);
        debug_assert!(home < self.buckets.len());
        // SAFETY: `home` is (k >> 32) * len >> 32, below len for any key.
        let b = unsafe { self.buckets.get_unchecked(home) };
        let p = Self::match_in::<WIDE>(b, fp);
        if p == 0 && b.fp[0] as u64 & OVERFLOW != 0 {
            self.find_after::<WIDE>(home, fp)
        } else {
            p
        }
    }

    /// The slot of a bucket whose fingerprint is `fp`, or 0; `WIDE`: the
    /// caller is compiled for AVX2 (eight 32-bit lanes are one vector).
    #[inline(always)]
    fn match_in<const WIDE: bool>(b: &Bucket, fp: u64) -> u64 {
        #[cfg(target_arch = "x86_64")]
        if WIDE {
            // SAFETY: WIDE only where the processor has AVX2.
            return unsafe { match_slot_avx2(b, fp) };
        }
        match_slot(b, fp)
    }

    /// The slot of fingerprint `fp` in the buckets after `home`, which
    /// overflowed into them (0 if it is not there): compiled into the
    /// scoring loops, where a quarter of the lookups are of absent keys
    /// and a full home bucket sends them on.
    #[inline(always)]
    fn find_after<const WIDE: bool>(&self, home: usize, fp: u64) -> u64 {
        let mut b = home;
        loop {
            b = if b + 1 == self.buckets.len() {
                0
            } else {
                b + 1
            };
            let bucket = &self.buckets[b];
            let p = Self::match_in::<WIDE>(bucket, fp);
            // Buckets fill in order: one with room ends the search.
            if p != 0 || bucket.fp[BUCKET - 1] == 0 {
                return p;
            }
        }
    }

    /// Written as the table itself: its size, which slots are filled (a
    /// bitmap), their fingerprints, then their rows in slot order — the
    /// weights of an inline row, or a sparse row's count and (class, weight)
    /// pairs — so that loading is a copy.
    pub fn write(&self, out: &mut Vec<u8>) {
        put_u32(out, self.classes as u32);
        out.extend_from_slice(&self.scale.to_le_bytes());
        put_u32(out, self.buckets.len() as u32);
        put_u32(out, self.len as u32);
        let slots = flat(&self.buckets);
        for chunk in slots.chunks(8) {
            out.push(
                chunk
                    .iter()
                    .enumerate()
                    .fold(0u8, |b, (i, &s)| b | ((s != 0) as u8) << i),
            );
        }
        for &s in slots.iter().filter(|&&s| s != 0) {
            out.extend_from_slice(&(s as u32 & !(FLAGS as u32)).to_le_bytes());
        }
        for &s in slots.iter().filter(|&&s| s != 0) {
            if self.inline() {
                out.extend_from_slice(&((s >> 32) as u32).to_le_bytes()[..self.classes]);
            } else {
                let row = self.row_pairs(s);
                out.push(row.len() as u8);
                for e in row {
                    out.extend_from_slice(&e.to_le_bytes());
                }
            }
        }
    }

    pub fn read(r: &mut Reader<'_>) -> Result<Weights, String> {
        let classes = r.u32()? as usize;
        let scale = f32::from_le_bytes(r.bytes(4)?.try_into().unwrap());
        let nb = r.u32()? as usize;
        let n = r.u32()? as usize;
        if classes == 0 || classes > MAX_CLASSES {
            return Err(format!("weights with {classes} classes"));
        }
        let size = nb.saturating_mul(BUCKET);
        if nb < 2 || n >= size {
            return Err(format!("weight table of {nb} buckets for {n} rows"));
        }
        if (size / 8).saturating_add(n.saturating_mul(5)) > r.remaining() {
            return Err("model file is truncated".into());
        }
        let bitmap = r.bytes(size / 8)?;
        let fps = r.bytes(4 * n)?;
        let mut slots = vec![0u64; size];
        let mut fps = fps.chunks_exact(4);
        for (i, s) in slots.iter_mut().enumerate() {
            if bitmap[i / 8] >> (i % 8) & 1 == 1 {
                let fp = fps
                    .next()
                    .ok_or("weight table does not match its row count")?;
                *s = u32::from_le_bytes(fp.try_into().unwrap()) as u64 | 1;
            }
        }
        if fps.next().is_some() {
            return Err("weight table does not match its row count".into());
        }
        let mut wt = Weights {
            classes,
            scale,
            len: n,
            buckets: Vec::new(),
            entries: Vec::new(),
            dense: Vec::new(),
            stride: stride_of(classes),
        };
        if wt.inline() {
            let rows = r.bytes(n * classes)?;
            let mut rows = rows.chunks_exact(classes);
            for s in slots.iter_mut().filter(|s| **s != 0) {
                let mut b = [0u8; 4];
                b[..classes].copy_from_slice(rows.next().unwrap());
                *s |= (u32::from_le_bytes(b) as u64) << 32;
            }
        } else {
            wt.entries = Vec::with_capacity(r.remaining().min(1 << 26) / 2);
            let mut pairs = Vec::with_capacity(classes);
            for s in slots.iter_mut().filter(|s| **s != 0) {
                let k = r.bytes(1)?[0] as usize;
                pairs.clear();
                for e in r.bytes(2 * k)?.chunks_exact(2) {
                    let e = u16::from_le_bytes([e[0], e[1]]);
                    if (e & 0xff) as usize >= classes || e >> 8 == 0 {
                        return Err("weight of a class out of range".into());
                    }
                    pairs.push(e);
                }
                *s = *s & !FLAGS | wt.sparse(&pairs);
                if wt.entries.len() >= MAX_ENTRIES {
                    return Err("too many weights".into());
                }
            }
        }
        wt.buckets = packed(&slots);
        Ok(wt)
    }
}

pub fn put_u32(out: &mut Vec<u8>, v: u32) {
    out.extend_from_slice(&v.to_le_bytes());
}

pub fn put_str(out: &mut Vec<u8>, s: &str) {
    put_u32(out, s.len() as u32);
    out.extend_from_slice(s.as_bytes());
}

/// A cursor over the model's bytes that never reads past the end.
pub struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl<'a> Reader<'a> {
    pub fn new(bytes: &'a [u8]) -> Reader<'a> {
        Reader { bytes, at: 0 }
    }

    pub fn bytes(&mut self, n: usize) -> Result<&'a [u8], String> {
        let end = self
            .at
            .checked_add(n)
            .filter(|&e| e <= self.bytes.len())
            .ok_or("model file is truncated")?;
        let s = &self.bytes[self.at..end];
        self.at = end;
        Ok(s)
    }

    pub fn remaining(&self) -> usize {
        self.bytes.len() - self.at
    }

    pub fn u32(&mut self) -> Result<u32, String> {
        Ok(u32::from_le_bytes(self.bytes(4)?.try_into().unwrap()))
    }

    pub fn string(&mut self) -> Result<String, String> {
        let n = self.u32()? as usize;
        String::from_utf8(self.bytes(n)?.to_vec())
            .map_err(|_| "model string is not UTF-8".to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Scores of every feature alone, and of all together.
    fn all_scores(w: &Weights, keys: &[u64]) -> Vec<Vec<i32>> {
        let mut out: Vec<Vec<i32>> = keys
            .iter()
            .map(|&k| {
                let mut s = vec![0; w.classes()];
                w.score(&[k], &mut s);
                s
            })
            .collect();
        let mut s = vec![0; w.classes()];
        w.score(keys, &mut s);
        out.push(s);
        out
    }

    #[test]
    fn tables_score_as_trained_and_survive_writing() {
        for classes in [4, 40] {
            let mut t = Trainer::new(classes);
            let mut rng = crate::Rng(5);
            let keys: Vec<u64> = (0..3000).map(|_| rng.next_u64()).collect();
            // Rows of every kind: one or two weights (kept in the slot), a
            // few (sparse) and many (whole).
            for (i, &k) in keys.iter().enumerate() {
                for c in 0..[1, 2, 5, 30][i % 4] {
                    t.tick();
                    t.update(&[k], (c + i) % (classes - 1), classes - 1);
                }
            }
            // Long after the updates, the averages are the weights.
            for _ in 0..1_000_000 {
                t.tick();
            }
            let w = t.average(0.0, 1.0);
            assert_eq!(w.len(), keys.len());
            let mut bytes = Vec::new();
            w.write(&mut bytes);
            let again = Weights::read(&mut Reader::new(&bytes)).unwrap();
            let mut absent: Vec<u64> = (0..500).map(|_| rng.next_u64()).collect();
            absent.extend_from_slice(&keys);
            assert_eq!(all_scores(&w, &absent), all_scores(&again, &absent));
            // An unseen feature scores nothing; a seen one scores its row.
            let mut s = vec![0; classes];
            w.score(&absent[..500], &mut s);
            assert!(s.iter().all(|&x| x == 0), "{s:?}");
            w.score(&keys[..1], &mut s);
            assert!(s.iter().any(|&x| x != 0));
            bytes.truncate(bytes.len() - 3);
            assert!(Weights::read(&mut Reader::new(&bytes)).is_err());
        }
    }
}
