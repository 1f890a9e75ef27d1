//! Keys that make transliteration variants of one name equal:
//! Sergei/Sergey, Alexander/Aleksandr, Darchiev/Darchiyev,
//! Zelensky/Zelenskyy/Zelenskiy.

/// A lower-case ASCII key for one word of a name.
pub fn name_key(word: &str) -> String {
    // (ASCII goes through any_ascii unchanged: no copies for it.)
    let mut s: String = if word.is_ascii() {
        word.bytes()
            .filter(u8::is_ascii_alphabetic)
            .map(|b| b.to_ascii_lowercase() as char)
            .collect()
    } else {
        let ascii = any_ascii::any_ascii(word).to_ascii_lowercase();
        ascii.chars().filter(|c| c.is_ascii_alphabetic()).collect()
    };
    let mut held = letters_and_pairs(s.as_bytes());
    for (from, to) in [
        ("ya", "ia"),
        ("x", "ks"),
        ("kh", "h"),
        ("yy", "y"),
        ("iy", "y"),
        ("ij", "y"),
        ("yi", "i"),
        ("ye", "e"),
        ("ie", "e"),
        ("ey", "ei"),
        ("j", "y"),
        ("w", "v"),
        ("ph", "f"),
        ("ck", "k"),
        ("ou", "u"),
        ("oo", "u"),
        ("ee", "i"),
    ] {
        // `s` is lower-case ASCII letters and every `from` one or two of
        // them: which it holds is a look-up in its letters and pairs.
        let holds = match *from.as_bytes() {
            [a] => held.0 & bit(a) != 0,
            [a, b] => held.1[(a - b'a') as usize] & bit(b) != 0,
            _ => s.contains(from),
        };
        if holds {
            s = s.replace(from, to);
            held = letters_and_pairs(s.as_bytes());
        }
    }
    // Alexander/Aleksandr: the vowel before a final -dr is a spelling choice.
    if s.ends_with("der") {
        s.truncate(s.len() - 2);
        s.push('r');
    }
    // Endings: -ii/-iy/-yy/-y and -ei/-i are one sound in transliterations.
    while s.len() > 3 && (s.ends_with('y') || s.ends_with('i')) {
        s.pop();
    }
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        // Doubled letters are a spelling choice: Gennady/Gennadiy, Alla.
        if out.ends_with(c) {
            continue;
        }
        out.push(c);
    }
    out
}

/// The bit of lower-case letter `b`.
fn bit(b: u8) -> u32 {
    1 << (b - b'a')
}

/// The letters of `s` (lower-case ASCII letters), and for each letter the
/// letters that follow it somewhere in `s`.
fn letters_and_pairs(s: &[u8]) -> (u32, [u32; 26]) {
    let mut pairs = [0u32; 26];
    let mut letters = 0;
    for (i, &b) in s.iter().enumerate() {
        letters |= bit(b);
        if let Some(&next) = s.get(i + 1) {
            pairs[(b - b'a') as usize] |= bit(next);
        }
    }
    (letters, pairs)
}

#[cfg(test)]
mod tests {
    use super::name_key;

    #[test]
    fn transliteration_variants_share_a_key() {
        for group in [
            &["Sergei", "Sergey"][..],
            &["Alexander", "Aleksandr"],
            &["Darchiev", "Darchiyev"],
            &["Zelensky", "Zelenskyy", "Zelenskiy", "Zelenskii"],
            &["Dmitry", "Dmitri", "Dmitriy"],
            &["Yuri", "Yury", "Yuriy"],
            &["Andrei", "Andrey"],
            &["Grigory", "Grigoriy"],
            &["Kyiv", "Kyyiv"],
        ] {
            let k = name_key(group[0]);
            for w in group {
                assert_eq!(name_key(w), k, "{w} vs {}", group[0]);
            }
        }
    }

    #[test]
    fn different_names_keep_different_keys() {
        assert_ne!(name_key("Lavrov"), name_key("Lavrova"));
        assert_ne!(name_key("Putin"), name_key("Rubio"));
        assert_ne!(name_key("Sergei"), name_key("Sergo"));
    }
}
