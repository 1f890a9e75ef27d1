//! The averaged perceptron (training) and its frozen, compact form (inference).
//!
//! Features are 64-bit hashes; each feature owns a row of one weight per
//! class. [`Trainer`] learns with lazy averaging; [`Weights`] is the averaged
//! model in an open-addressing table, pruned and quantised to `i16`, which
//! loads with a copy and answers a lookup in one or two probes.

use std::collections::HashMap;

/// FxHash's step: folds a value into a running hash.
#[inline]
pub fn mix(h: u64, v: u64) -> u64 {
    (h.rotate_left(5) ^ v).wrapping_mul(0x517c_c1b7_2722_0a95)
}

/// FNV-1a over the bytes of a string: stable across runs and platforms.
pub fn hash_str(s: &str) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in s.bytes() {
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
    /// `prune` (rare features, which the averaging has made small).
    pub fn average(&self, prune: f32) -> Weights {
        let t = self.time.max(1) as f64;
        let avg: Vec<f32> = (0..self.w.len())
            .map(|i| {
                ((self.total[i] + (self.time - self.stamp[i]) as f64 * self.w[i] as f64) / t) as f32
            })
            .collect();
        let max = avg.iter().fold(0f32, |m, w| m.max(w.abs())).max(1e-9);
        let mut rows: Vec<(u64, &[f32])> = Vec::new();
        for (&k, &row) in &self.index {
            let r = &avg[row as usize * self.classes..][..self.classes];
            if r.iter().any(|w| w.abs() >= prune) {
                rows.push((k, r));
            }
        }
        rows.sort_by_key(|r| r.0);
        Weights::build(self.classes, max / 32767.0, &rows)
    }
}

/// Averaged, pruned and quantised weights.
#[derive(Clone, Debug, PartialEq)]
pub struct Weights {
    classes: usize,
    scale: f32,
    shift: u32,
    /// Open addressing by `slot(key)`, linear probing; 0 marks an empty slot.
    keys: Vec<u64>,
    /// Row of each slot's weights in `w`.
    rows: Vec<u32>,
    w: Vec<i16>,
}

#[inline]
fn nonzero(k: u64) -> u64 {
    if k == 0 {
        1
    } else {
        k
    }
}

impl Weights {
    /// An empty table for `n` rows.
    fn with_rows(classes: usize, scale: f32, n: usize) -> Weights {
        let size = (n * 2).next_power_of_two().max(16);
        Weights {
            classes,
            scale,
            shift: 64 - size.trailing_zeros(),
            keys: vec![0; size],
            rows: vec![0; size],
            w: Vec::with_capacity(n * classes),
        }
    }

    /// Adds the next row under key `k`.
    fn push(&mut self, k: u64, row: impl Iterator<Item = i16>) {
        let k = nonzero(k);
        let mask = self.keys.len() - 1;
        let mut s = self.slot(k);
        while self.keys[s] != 0 {
            s = (s + 1) & mask;
        }
        self.keys[s] = k;
        self.rows[s] = (self.w.len() / self.classes) as u32;
        self.w.extend(row);
    }

    fn build(classes: usize, scale: f32, rows: &[(u64, &[f32])]) -> Weights {
        let mut wt = Weights::with_rows(classes, scale, rows.len());
        for (k, r) in rows {
            wt.push(
                *k,
                r.iter()
                    .map(|w| (w / scale).round().clamp(-32767.0, 32767.0) as i16),
            );
        }
        wt
    }

    #[inline]
    fn slot(&self, k: u64) -> usize {
        (k.wrapping_mul(0x9e37_79b9_7f4a_7c15) >> self.shift) as usize
    }

    pub fn classes(&self) -> usize {
        self.classes
    }

    pub fn len(&self) -> usize {
        self.w.len() / self.classes.max(1)
    }

    pub fn is_empty(&self) -> bool {
        self.w.is_empty()
    }

    #[inline]
    fn row(&self, k: u64) -> Option<&[i16]> {
        let k = nonzero(k);
        let mask = self.keys.len() - 1;
        let mut s = self.slot(k);
        loop {
            let at = self.keys[s];
            if at == k {
                let r = self.rows[s] as usize * self.classes;
                return Some(&self.w[r..r + self.classes]);
            }
            if at == 0 {
                return None;
            }
            s = (s + 1) & mask;
        }
    }

    /// Scores in integer units (times `scale`); only their order matters.
    pub fn score(&self, feats: &[u64], scores: &mut [i32]) {
        scores.fill(0);
        for &f in feats {
            if let Some(row) = self.row(f) {
                for (s, &w) in scores.iter_mut().zip(row) {
                    *s += w as i32;
                }
            }
        }
    }

    pub fn write(&self, out: &mut Vec<u8>) {
        put_u32(out, self.classes as u32);
        out.extend_from_slice(&self.scale.to_le_bytes());
        put_u32(out, self.len() as u32);
        // Only the filled slots are written, in table order, so loading is a re-insert.
        for (s, &k) in self.keys.iter().enumerate() {
            if k != 0 {
                out.extend_from_slice(&k.to_le_bytes());
                let r = self.rows[s] as usize * self.classes;
                for w in &self.w[r..r + self.classes] {
                    out.extend_from_slice(&w.to_le_bytes());
                }
            }
        }
    }

    pub fn read(r: &mut Reader<'_>) -> Result<Weights, String> {
        let classes = r.u32()? as usize;
        let scale = f32::from_le_bytes(r.bytes(4)?.try_into().unwrap());
        let n = r.u32()? as usize;
        if classes == 0 || classes > 4096 {
            return Err(format!("weights with {classes} classes"));
        }
        if n.saturating_mul(8 + 2 * classes) > r.remaining() {
            return Err("model file is truncated".into());
        }
        let mut wt = Weights::with_rows(classes, scale, n);
        for _ in 0..n {
            let k = u64::from_le_bytes(r.bytes(8)?.try_into().unwrap());
            let raw = r.bytes(2 * classes)?;
            wt.push(
                k,
                raw.chunks_exact(2)
                    .map(|c| i16::from_le_bytes([c[0], c[1]])),
            );
        }
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
