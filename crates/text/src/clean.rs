//! Page furniture out, article in. Works line by line on scraped text: each
//! line is furniture, a credit, a line in another script (a caption's twin,
//! a notice), or article text; article lines become blocks.

use detente_doc::{Block, BlockKind, Span};
use detente_kb::CleaningRules;

/// The article text and its blocks; `text` is what all offsets point into.
#[derive(Debug, Default)]
pub struct Cleaned {
    pub text: String,
    pub blocks: Vec<Block>,
    pub title: Option<String>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Line {
    Blank,
    Furniture,
    Credit,
    OtherScript,
    Text,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Script {
    Latin,
    Cyrillic,
    None,
}

/// Latin and Cyrillic letters of `s`.
fn letters(s: &str) -> (usize, usize) {
    // Most lines are ASCII: their letters are all Latin.
    if s.is_ascii() {
        return (s.bytes().filter(u8::is_ascii_alphabetic).count(), 0);
    }
    let (mut latin, mut cyr) = (0usize, 0usize);
    for c in s.chars() {
        if c.is_ascii_alphabetic() || ('\u{c0}'..='\u{24f}').contains(&c) {
            latin += 1;
        } else if ('\u{400}'..='\u{52f}').contains(&c) {
            cyr += 1;
        }
    }
    (latin, cyr)
}

/// Whether a line is written in the other script: its letters of the main
/// script are at most a fifth of the other's (a line mixing both, as a
/// Russian sentence quoting a command, is the text's own).
fn in_other_script(s: &str, main: Script) -> bool {
    let (latin, cyr) = letters(s);
    match main {
        Script::Cyrillic => latin > 0 && cyr * 5 <= latin,
        Script::Latin => cyr > 0 && latin * 5 <= cyr,
        Script::None => false,
    }
}

fn script_of(s: &str) -> Script {
    let (latin, cyr) = letters(s);
    if latin == 0 && cyr == 0 {
        Script::None
    } else if cyr > latin {
        Script::Cyrillic
    } else {
        Script::Latin
    }
}

fn ends_sentence(s: &str) -> bool {
    s.trim_end().chars().next_back().is_some_and(|c| {
        matches!(
            c,
            '.' | '!'
                | '?'
                | '…'
                | '"'
                | '”'
                | '»'
                | '\''
                | '’'
                | ':'
                | ';'
                | '。'
                | '！'
                | '？'
                | '」'
                | '』'
        )
    })
}

/// Chinese and Japanese script (Han, kana): written without spaces.
fn is_cjk(c: char) -> bool {
    matches!(c, '\u{3040}'..='\u{30ff}' | '\u{3400}'..='\u{4dbf}' | '\u{4e00}'..='\u{9fff}' | '\u{f900}'..='\u{faff}')
}

/// Words of a line; in Chinese and Japanese, which put no spaces between
/// words, every two characters count as one.
fn words(s: &str) -> usize {
    // No CJK in ASCII: every word counts one.
    if s.is_ascii() {
        // Word starts: a non-space after a space or at the start (the
        // ASCII characters `char::is_whitespace` takes as space).
        let space = |b: u8| matches!(b, b' ' | b'\t' | b'\n' | 0x0b | 0x0c | b'\r');
        let mut prev_space = true;
        let mut n = 0;
        for b in s.bytes() {
            let sp = space(b);
            n += (prev_space && !sp) as usize;
            prev_space = sp;
        }
        return n;
    }
    s.split_whitespace()
        .map(|w| {
            let cjk = w.chars().filter(|&c| is_cjk(c)).count();
            if cjk == 0 {
                1
            } else {
                (cjk / 2).max(1)
            }
        })
        .sum()
}

/// Whether `s` has more than `n` words (as [`words`] counts them); a line
/// with other characters than ASCII is not counted past `n`.
fn more_words_than(s: &str, n: usize) -> bool {
    // An ASCII line's words are counted byte by byte, as `words` does:
    // every line is asked this, and most are ASCII prose.
    if s.is_ascii() {
        return words(s) > n;
    }
    let mut count = 0;
    for w in s.split_whitespace() {
        count += if w.is_ascii() {
            1
        } else {
            match w.chars().filter(|&c| is_cjk(c)).count() {
                0 => 1,
                cjk => (cjk / 2).max(1),
            }
        };
        if count > n {
            return true;
        }
    }
    false
}

/// How many menu separators (" | ", " > ", " / ", " › ") a normalised line holds.
fn separators(n: &str) -> usize {
    // One pass for the four (each counted without overlaps, as
    // `str::matches` does); all start with a space.
    const SEPS: [&[u8]; 4] = [b" | ", b" > ", b" / ", " › ".as_bytes()];
    let b = n.as_bytes();
    let mut next = [0usize; 4];
    let mut count = 0;
    for i in 0..b.len() {
        if b[i] != b' ' {
            continue;
        }
        for (k, sep) in SEPS.iter().enumerate() {
            if i >= next[k] && b[i..].starts_with(sep) {
                count += 1;
                next[k] = i + sep.len();
            }
        }
    }
    count
}

fn normalised(s: &str) -> String {
    trimmed(s).to_lowercase()
}

/// [`normalised`] before lower-casing, which adds or removes no separator.
fn trimmed(s: &str) -> &str {
    s.trim()
        .trim_end_matches(['.', ':', '!', '|', '>', '»', '›', '→'])
        .trim()
}

/// `table_row`: the line has as many separators as a neighbouring line (a
/// table's rows, not a breadcrumb or a menu). `separators`: the line's
/// menu separators (as [`separators`] counts them in the normalised line,
/// which lower-casing leaves as they were).
fn is_furniture(line: &str, rules: &CleaningRules, table_row: bool, separators: usize) -> bool {
    if more_words_than(line, 40) {
        let lower = line.to_lowercase();
        return contains_all_of_a_group(&lower, &rules.drop_when_all);
    }
    let n = normalised(line);
    let n_words = words(&n);
    // Breadcrumbs and menus: "Home | World | Europe", "Home > Africa > Sahel".
    if !table_row && separators >= 2 && n_words <= 4 * (separators + 1) {
        return true;
    }
    if n.is_empty() || rules.drop_lines.contains(&n) {
        return true;
    }
    // A lead-in ("Posted on", "Copyright") opens a short line; a long
    // sentence that happens to start so ("Posted on social media by the
    // analysts at …, the port is …") is prose.
    if n_words <= 20
        && rules
            .drop_prefixes
            .iter()
            .any(|p| n.starts_with(p.as_str()))
    {
        return true;
    }
    contains_all_of_a_group(&n, &rules.drop_when_all)
}

/// Whether `text` contains every word of one of `groups` (non-empty).
/// Each word is looked for once ("cookie" heads several groups), and not
/// at all when a shorter word inside it ("cookie" in "cookies") is absent.
fn contains_all_of_a_group<'g>(text: &str, groups: &'g [Vec<String>]) -> bool {
    let mut known: Vec<(&'g str, bool)> = Vec::new();
    for group in groups.iter().filter(|g| !g.is_empty()) {
        let mut all = true;
        for w in group.iter().map(String::as_str) {
            let found = match known.iter().find(|(k, _)| *k == w) {
                Some(&(_, found)) => found,
                None => {
                    let found = !known.iter().any(|&(k, found)| !found && w.contains(k))
                        && text.contains(w);
                    known.push((w, found));
                    found
                }
            };
            if !found {
                all = false;
                break;
            }
        }
        if all {
            return true;
        }
    }
    false
}

/// Byte offset of a photo credit that follows a sentence on the same line.
fn credit_inside(line: &str, rules: &CleaningRules) -> Option<usize> {
    // Captions are short; a credit follows a full stop.
    if line.len() > 400 || !line.contains(". ") {
        return None;
    }
    line.match_indices(". ")
        .map(|(i, _)| i + 1)
        .filter(|&at| at > 10)
        .find(|&at| {
            let rest = line[at..].trim_start();
            rules
                .credit_prefixes
                .iter()
                .filter(|p| p.len() >= 5)
                .any(|p| {
                    rest.len() >= p.len()
                        && rest.is_char_boundary(p.len())
                        && rest[..p.len()].eq_ignore_ascii_case(p)
                })
        })
}

fn is_credit(line: &str, rules: &CleaningRules) -> bool {
    let t = line.trim();
    // ASCII lower-cases byte for byte: compare without making the copy.
    if t.is_ascii() {
        return rules.credit_prefixes.iter().any(|p| {
            t.len() >= p.len()
                && t.bytes()
                    .zip(p.bytes())
                    .all(|(a, b)| a.to_ascii_lowercase() == b)
        });
    }
    let n = t.to_lowercase();
    rules
        .credit_prefixes
        .iter()
        .any(|p| n.starts_with(p.as_str()))
}

/// Ends with a year or a full date: "…, February 18, 2025", "18 февраля 2025 года".
fn ends_with_date(s: &str) -> bool {
    let t = s
        .trim_end()
        .trim_end_matches(['.', ')'])
        .trim_end_matches(" года")
        .trim_end_matches(" г");
    let digits = t.chars().rev().take_while(char::is_ascii_digit).count();
    digits == 4
}

/// Remove furniture from scraped text and return the article as blocks.
pub fn clean(raw: &str, rules: &CleaningRules) -> Cleaned {
    // "Aid trucks at the border. Photo: AFP/Jane Doe": a caption with its
    // credit on one line; the credit goes, the caption is remembered.
    let mut credited = std::collections::HashSet::new();
    let lines: Vec<&str> = raw
        .lines()
        .map(str::trim)
        .enumerate()
        .map(|(i, l)| match credit_inside(l, rules) {
            Some(cut) => {
                credited.insert(i);
                l[..cut].trim_end()
            }
            None => l,
        })
        .collect();
    let main_script = {
        let (mut latin, mut cyr) = (0usize, 0usize);
        for l in &lines {
            let n = l.chars().count();
            match script_of(l) {
                Script::Latin => latin += n,
                Script::Cyrillic => cyr += n,
                Script::None => {}
            }
        }
        if cyr > latin {
            Script::Cyrillic
        } else {
            Script::Latin
        }
    };
    // Rows of a table: a line with as many separators as the nearest
    // non-blank line before or after it.
    let seps: Vec<usize> = lines.iter().map(|l| separators(trimmed(l))).collect();
    let table_row = |i: usize| -> bool {
        if seps[i] < 2 {
            return false;
        }
        let before = (0..i).rev().find(|&j| !lines[j].is_empty());
        let after = (i + 1..lines.len()).find(|&j| !lines[j].is_empty());
        [before, after]
            .iter()
            .flatten()
            .any(|&j| seps[j] == seps[i])
    };
    let mut kinds: Vec<Line> = lines
        .iter()
        .enumerate()
        .map(|(i, l)| {
            if l.is_empty() {
                return Line::Blank;
            }
            // Furniture and credits are short; long lines only risk a consent notice.
            let head: &str = match l.char_indices().nth(200) {
                Some((i, _)) => &l[..i],
                None => l,
            };
            if is_credit(head, rules) {
                Line::Credit
            } else if is_furniture(l, rules, table_row(i), seps[i]) {
                Line::Furniture
            } else if in_other_script(head, main_script) && words(l) >= 5 {
                // A caption's twin or a notice in another language; a
                // few words (a command, a name) are part of the text.
                Line::OtherScript
            } else {
                Line::Text
            }
        })
        .collect();

    // "Read more:" and the headlines of other stories listed under it, up
    // to the next sentence of prose.
    let mut in_link_list = false;
    for (i, l) in lines.iter().enumerate() {
        if l.is_empty() {
            continue;
        }
        if !rules.link_list_headings.is_empty()
            && words(l) <= 6
            && rules.link_list_headings.contains(&normalised(l))
        {
            in_link_list = true;
            kinds[i] = Line::Furniture;
        } else if in_link_list && kinds[i] == Line::Text {
            if ends_sentence(l) || words(l) > 25 {
                in_link_list = false;
            } else {
                kinds[i] = Line::Furniture;
            }
        }
    }

    // Join hard-wrapped lines back into paragraphs.
    let mut units: Vec<(String, usize, usize)> = Vec::new(); // text, first line, last line
    let mut i = 0;
    while i < lines.len() {
        if kinds[i] != Line::Text {
            i += 1;
            continue;
        }
        let mut text = lines[i].to_string();
        let first = i;
        while i + 1 < lines.len() && kinds[i + 1] == Line::Text && continues(&text, lines[i + 1]) {
            i += 1;
            text.push(' ');
            text.push_str(lines[i]);
        }
        units.push((text, first, i));
        i += 1;
    }

    // A neighbouring non-blank line, skipping blanks, up to two away.
    let neighbour_kind = |line: usize, forward: bool| -> Vec<Line> {
        let mut out = Vec::new();
        let mut j = line as isize;
        while out.len() < 2 {
            j += if forward { 1 } else { -1 };
            if j < 0 || j as usize >= lines.len() {
                break;
            }
            match kinds[j as usize] {
                Line::Blank => continue,
                k => out.push(k),
            }
        }
        out
    };

    let mut out = Cleaned::default();
    let mut last_key: Option<String> = None;
    let mut title_key: Option<String> = None;
    let mut prose_seen = false;
    // A one- or two-word line is navigation when it stands among other
    // short lines or furniture, or at an end of the text; between prose it
    // is a heading ("Bugs fixed", "Meal 2").
    let short = |j: usize| words(lines[j]) <= 2 && !ends_sentence(lines[j]);
    let among_navigation = |first: usize, last: usize| -> bool {
        let before = (0..first).rev().find(|&j| kinds[j] != Line::Blank);
        let after = (last + 1..lines.len()).find(|&j| kinds[j] != Line::Blank);
        [before, after]
            .iter()
            .any(|j| j.is_none_or(|j| kinds[j] != Line::Text || short(j)))
    };
    for (text, first, last) in units {
        let n = words(&text);
        // The headline again, or a line twice in a row; other repeats
        // stay (sections, steps or rows of the same text).
        let key = normalised(&text);
        if last_key.as_ref() == Some(&key) || title_key.as_ref() == Some(&key) {
            continue;
        }
        last_key = Some(key);
        let sentence_end = ends_sentence(&text);
        let near: Vec<Line> = neighbour_kind(first, false)
            .into_iter()
            .chain(neighbour_kind(last, true))
            .collect();
        let captionish = near.contains(&Line::Credit) || near.first() == Some(&Line::OtherScript);
        let credited_here = (first..=last).any(|l| credited.contains(&l));
        let kind = if n >= 3
            && (credited_here || !sentence_end && (captionish || ends_with_date(&text)))
        {
            BlockKind::Caption
        } else if n <= 2 && !sentence_end && !text.ends_with('?') && among_navigation(first, last) {
            continue; // navigation
        } else if out.title.is_none() && !prose_seen && n <= 20 {
            out.title = Some(text.clone());
            title_key = last_key.clone();
            BlockKind::Title
        } else if (!sentence_end || text.ends_with('?')) && n <= 15 {
            BlockKind::Heading
        } else {
            prose_seen = true;
            BlockKind::Paragraph
        };
        if !out.text.is_empty() {
            out.text.push_str("\n\n");
        }
        let start = out.text.len();
        out.text.push_str(&text);
        out.blocks.push(Block {
            kind,
            span: Span::new(start, out.text.len()),
        });
    }
    out
}

/// Whether `next` continues the paragraph of `prev` (hard-wrapped text).
fn continues(prev: &str, next: &str) -> bool {
    if ends_sentence(prev) && !prev.ends_with(':') {
        return next.chars().next().is_some_and(char::is_lowercase);
    }
    let starts_lower = next.chars().next().is_some_and(|c| c.is_lowercase());
    // (`nth`, not `count`: `prev` is the paragraph joined so far, and a
    // hard-wrapped page of a million lines would be counted once per line.)
    starts_lower
        || (prev.chars().nth(44).is_some()
            && !ends_sentence(prev)
            && next.chars().nth(39).is_some())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rules() -> CleaningRules {
        detente_kb::builtin().cleaning.clone()
    }

    fn kinds(c: &Cleaned) -> Vec<(BlockKind, &str)> {
        c.blocks
            .iter()
            .map(|b| (b.kind, &c.text[b.span.start..b.span.end]))
            .collect()
    }

    #[test]
    fn headlines_listed_under_read_more_are_other_stories() {
        let raw = "Envoys agree to meet again\n\n\
            The envoys of Chile and Peru met in Lima on Monday. They agreed to meet again.\n\n\
            Read more:\n\
            - Peru accuses Chile of spying on its navy\n\
            - Bolivia recalls its ambassador from Lima\n\n\
            Related\n\n\
            Chile expels two Peruvian diplomats\n\n\
            The talks will resume in Santiago next month, officials said.\n";
        let c = clean(raw, &rules());
        assert_eq!(
            kinds(&c),
            vec![
                (BlockKind::Title, "Envoys agree to meet again"),
                (
                    BlockKind::Paragraph,
                    "The envoys of Chile and Peru met in Lima on Monday. They agreed to meet again."
                ),
                (
                    BlockKind::Paragraph,
                    "The talks will resume in Santiago next month, officials said."
                ),
            ]
        );
    }

    #[test]
    fn navigation_cookie_notice_and_credits_are_removed() {
        let raw = "Skip to main content\nAdvertisement\nLive broadcast\nWorld\n\
            Ministers meet in Vienna to revive the grain corridor.\n\n\
            The foreign ministers of Turkey and Egypt met in Vienna on Monday. They discussed shipping.\n\n\
            Photo: AFP/Jane Doe\n\n\
            We use cookies on this site. By continuing to browse you accept our cookie policy.\n\
            Next article\n";
        let c = clean(raw, &rules());
        assert_eq!(
            kinds(&c),
            vec![
                (BlockKind::Title, "Ministers meet in Vienna to revive the grain corridor."),
                (
                    BlockKind::Paragraph,
                    "The foreign ministers of Turkey and Egypt met in Vienna on Monday. They discussed shipping."
                ),
            ]
        );
        assert_eq!(
            c.title.as_deref(),
            Some("Ministers meet in Vienna to revive the grain corridor.")
        );
    }

    #[test]
    fn captions_are_kept_and_their_translations_dropped() {
        let raw = "Envoys meet again\n\n\
            The envoys of Serbia and Kosovo met in Brussels on Tuesday to discuss licence plates.\n\n\
            Встреча посланников в Брюсселе, 4 марта 2025 года\n\n\
            The envoys of Serbia and Kosovo in Brussels, March 4, 2025\n\n\
            Photo: EPA/John Roe\n\n\
            The talks lasted four hours, officials said.\n";
        let c = clean(raw, &rules());
        let k = kinds(&c);
        assert!(
            k.contains(&(
                BlockKind::Caption,
                "The envoys of Serbia and Kosovo in Brussels, March 4, 2025"
            )),
            "{k:?}"
        );
        assert!(!c.text.contains("Встреча"));
        assert!(!c.text.contains("Photo:"));
        assert_eq!(
            k.last().unwrap(),
            &(
                BlockKind::Paragraph,
                "The talks lasted four hours, officials said."
            )
        );
    }

    #[test]
    fn a_caption_with_its_credit_on_one_line_keeps_the_caption() {
        let raw = "Border talks resume in Geneva\n\nAid trucks wait at a border crossing. Photo: Xinhua/Hamza Ahmadzai\n\nThe talks resumed on Monday in Geneva, officials said.\n";
        let c = clean(raw, &rules());
        assert_eq!(
            kinds(&c)[1],
            (BlockKind::Caption, "Aid trucks wait at a border crossing.")
        );
        assert!(!c.text.contains("Xinhua"));
    }

    #[test]
    fn repeated_headline_and_translation_credit_are_dropped() {
        let raw = "Leaders to talk next week.\n\nLeaders to talk next week.\n\n\
            The presidents of Kenya and Ethiopia will talk by phone next week, aides said.\n\n\
            Переведено сервисом «Яндекс Переводчик»\n";
        let c = clean(raw, &rules());
        assert_eq!(c.blocks.len(), 2);
        assert!(!c.text.contains("Переведено"));
    }

    #[test]
    fn hard_wrapped_paragraphs_are_joined() {
        let raw = "Border talks resume\n\nThe defence ministers of India and China held talks in\nMoscow on Friday, the first such meeting since the clashes\nin the Galwan valley.\n\nA second paragraph follows here, short.\n";
        let c = clean(raw, &rules());
        assert_eq!(c.blocks.len(), 3);
        assert!(c.text.contains("held talks in Moscow on Friday, the first such meeting since the clashes in the Galwan valley."));
    }

    #[test]
    fn questions_and_short_lines_become_headings() {
        let raw = "Title of the story here\n\nFirst paragraph is long enough to be prose, it says.\n\nWhat happens next?\n\nSecond paragraph is also prose, the report says.\n";
        let c = clean(raw, &rules());
        assert_eq!(c.blocks[2].kind, BlockKind::Heading);
    }

    #[test]
    fn table_rows_are_kept_and_a_breadcrumb_is_not() {
        let raw = "Home | World | Europe\n\nThe standings after the last round were published on Sunday by the league.\n\n\
            Pos. | Team | Points\n\n1 | Red Star | 40\n\n2 | Partizan | 38\n";
        let c = clean(raw, &rules());
        assert!(!c.text.contains("Home | World"), "{}", c.text);
        for row in [
            "Pos. | Team | Points",
            "1 | Red Star | 40",
            "2 | Partizan | 38",
        ] {
            assert!(c.text.contains(row), "{row}: {}", c.text);
        }
    }

    #[test]
    fn a_short_heading_between_paragraphs_is_kept_even_when_repeated() {
        let raw = "Share\n\nTweet\n\nThe plan has two parts, the ministry said on Monday in a statement.\n\n\
            First phase\n\nTroops leave the border towns within a month, the statement says.\n\n\
            Second phase\n\nMonitors arrive, and the parties meet again in Geneva in June.\n\n\
            First phase\n\nThe same steps apply to the northern sector, the ministry added.\n";
        let c = clean(raw, &rules());
        assert!(!c.text.contains("Tweet"), "{}", c.text);
        assert_eq!(c.text.matches("First phase").count(), 2, "{}", c.text);
        assert!(c.text.contains("Second phase"));
    }

    #[test]
    fn japanese_sentences_are_not_taken_for_navigation() {
        let raw = "特に困ったのが、起動ショートカットキーに関する設定。\n\nこれが非常に困ったもの。\n\n以下、その手順。\n";
        let c = clean(raw, &rules());
        assert!(c.text.contains("これが非常に困ったもの。"), "{}", c.text);
        assert!(c.text.contains("以下、その手順。"), "{}", c.text);
    }

    #[test]
    fn a_line_mixing_scripts_is_the_texts_own() {
        let raw = "Чтобы изменить скорость персонажа, откройте консоль и введите команду.\n\n\
            стандартная скорость player.setav speedmult 100\n\n\
            Затем закройте консоль и продолжайте игру, как обычно.\n";
        let c = clean(raw, &rules());
        assert!(c.text.contains("player.setav speedmult"), "{}", c.text);
    }
}
