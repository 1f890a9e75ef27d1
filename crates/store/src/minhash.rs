//! Near-duplicate detection: MinHash over word 5-gram shingles, with
//! locality-sensitive hashing (bands) to find candidates in the database.
//!
//! A signature is [`PERMS`] 32-bit minima; [`BANDS`] bands of [`ROWS`] rows
//! each give a bucket key. Two texts with Jaccard similarity 0.8 share a
//! bucket with probability 1 − (1 − 0.8⁴)¹⁶ ≈ 0.9998; at 0.3, ≈ 0.12. A
//! candidate is a near-duplicate when its estimated similarity (equal
//! minima / [`PERMS`]) is at least [`NEAR_DUPLICATE`].

pub(crate) const PERMS: usize = 64;
pub(crate) const BANDS: usize = 16;
pub(crate) const ROWS: usize = PERMS / BANDS;
const SHINGLE: usize = 5;
/// Estimated Jaccard similarity from which two documents are one story.
pub(crate) const NEAR_DUPLICATE: f64 = 0.8;

fn fnv1a(bytes: &[u8], mut h: u64) -> u64 {
    for &b in bytes {
        h ^= b as u64;
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    h
}

const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;

fn mix(mut z: u64) -> u64 {
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

/// Hashes of the word 5-grams of `text` (lowercased alphanumeric words);
/// a text of fewer than five words is one shingle.
pub(crate) fn shingles(text: &str) -> Vec<u64> {
    // All words lowercased into one buffer (no allocation per word).
    let mut lower = String::with_capacity(text.len());
    let mut words: Vec<(usize, usize)> = Vec::new();
    for w in text.split(|c: char| !c.is_alphanumeric()) {
        if w.is_empty() {
            continue;
        }
        let start = lower.len();
        if w.is_ascii() {
            lower.extend(w.bytes().map(|b| b.to_ascii_lowercase() as char));
        } else {
            // The full rules (a final sigma, for one).
            lower.push_str(&w.to_lowercase());
        }
        words.push((start, lower.len()));
    }
    if words.is_empty() {
        return Vec::new();
    }
    let hash = |ws: &[(usize, usize)]| {
        ws.iter().fold(FNV_OFFSET, |h, &(a, b)| {
            fnv1a(&[0x1f], fnv1a(&lower.as_bytes()[a..b], h))
        })
    };
    if words.len() < SHINGLE {
        return vec![hash(&words)];
    }
    let mut out: Vec<u64> = words.windows(SHINGLE).map(hash).collect();
    out.sort_unstable();
    out.dedup();
    out
}

/// The MinHash signature of `text`, or `None` for a text without words.
pub(crate) fn signature(text: &str) -> Option<Vec<u32>> {
    let sh = shingles(text);
    if sh.is_empty() {
        return None;
    }
    let mut sig = vec![u32::MAX; PERMS];
    for h in sh {
        for (i, m) in sig.iter_mut().enumerate() {
            let v = (mix(h ^ (i as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15)) >> 32) as u32;
            if v < *m {
                *m = v;
            }
        }
    }
    Some(sig)
}

/// The LSH bucket keys of a signature, one per band.
pub(crate) fn buckets(sig: &[u32]) -> Vec<i64> {
    sig.chunks(ROWS)
        .enumerate()
        .map(|(b, rows)| {
            let mut h = fnv1a(&(b as u64).to_le_bytes(), FNV_OFFSET);
            for r in rows {
                h = fnv1a(&r.to_le_bytes(), h);
            }
            mix(h) as i64
        })
        .collect()
}

/// Estimated Jaccard similarity of two signatures.
pub(crate) fn similarity(a: &[u32], b: &[u32]) -> f64 {
    if a.len() != b.len() || a.is_empty() {
        return 0.0;
    }
    a.iter().zip(b).filter(|(x, y)| x == y).count() as f64 / a.len() as f64
}

pub(crate) fn to_blob(sig: &[u32]) -> Vec<u8> {
    sig.iter().flat_map(|v| v.to_le_bytes()).collect()
}

pub(crate) fn from_blob(b: &[u8]) -> Vec<u32> {
    b.chunks_exact(4)
        .map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]]))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    const A: &str = "The foreign ministers of Turkey and Egypt met in Vienna on Monday to \
        discuss the grain corridor. They agreed to meet again next month in Cairo, \
        officials said, and to ask the United Nations to help with inspections.";

    #[test]
    fn near_duplicates_are_similar() {
        let b = format!("{A} Reuters contributed.");
        let sa = signature(A).unwrap();
        let sb = signature(&b).unwrap();
        assert!(
            similarity(&sa, &sb) >= NEAR_DUPLICATE,
            "{}",
            similarity(&sa, &sb)
        );
        let c = "Talks between India and China on the border resumed in Moscow after \
            a pause of two years, with both sides promising restraint.";
        let sc = signature(c).unwrap();
        assert!(similarity(&sa, &sc) < 0.2);
        assert_eq!(from_blob(&to_blob(&sa)), sa);
        assert_eq!(buckets(&sa).len(), BANDS);
        assert!(signature(" ,. ").is_none());
        // Case and punctuation do not matter.
        let d = A.to_uppercase().replace(',', " ");
        assert_eq!(signature(&d).unwrap(), sa);
    }

    /// The first implementation (a String per word): stored signatures
    /// were made with it, so the shingles must not change.
    fn shingles_reference(text: &str) -> Vec<u64> {
        let words: Vec<String> = text
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(|w| w.to_lowercase())
            .collect();
        if words.is_empty() {
            return Vec::new();
        }
        let hash = |ws: &[String]| {
            ws.iter()
                .fold(FNV_OFFSET, |h, w| fnv1a(&[0x1f], fnv1a(w.as_bytes(), h)))
        };
        if words.len() < SHINGLE {
            return vec![hash(&words)];
        }
        let mut out: Vec<u64> = words.windows(SHINGLE).map(hash).collect();
        out.sort_unstable();
        out.dedup();
        out
    }

    #[test]
    fn shingles_are_those_of_the_first_implementation() {
        for t in [
            A,
            "Short text.",
            "",
            "Лавров и Рубио ОБСУДИЛИ в Эр-Рияде ПЕРСПЕКТИВЫ урегулирования, — сообщил МИД.",
            "ΟΔΥΣΣΕΥΣ met Σ-officials; İstanbul talks (ÉTÉ) resumed in Zürich on 12 May 2025.",
            "Mixed ascii and Ünïcödé words, twice: Mixed ascii and Ünïcödé words.",
        ] {
            assert_eq!(shingles(t), shingles_reference(t), "{t}");
        }
    }
}
