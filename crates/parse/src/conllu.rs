//! Reading and writing CoNLL-U, the format of Universal Dependencies.
//!
//! Only word lines (integer ids) take part in tagging and parsing;
//! comments and multiword-token lines are kept to be written back in place,
//! and empty nodes (ids like `8.1`) are dropped.

use crate::Analysis;

/// One sentence of a CoNLL-U file.
#[derive(Clone, Debug, Default)]
pub struct ConlluSentence {
    pub comments: Vec<String>,
    pub words: Vec<ConlluWord>,
    /// Multiword-token lines, with the index of the word they stand before.
    pub ranges: Vec<(usize, String)>,
}

#[derive(Clone, Debug, Default)]
pub struct ConlluWord {
    pub form: String,
    pub lemma: String,
    pub upos: String,
    pub xpos: String,
    pub feats: String,
    /// 0 is the root; words count from 1.
    pub head: usize,
    pub deprel: String,
    pub misc: String,
}

/// An error in a CoNLL-U text, with its 1-based line number.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConlluError {
    pub line: usize,
    pub message: String,
}

impl std::fmt::Display for ConlluError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "line {}: {}", self.line, self.message)
    }
}

impl std::error::Error for ConlluError {}

/// Agreement of an analysis with gold words, counted as `score_conllu.py`
/// counts it: UPOS, lemma, UAS and LAS over all words, relations compared
/// without their subtypes.
#[derive(Clone, Copy, Debug, Default)]
pub struct Agreement {
    pub words: usize,
    pub upos: usize,
    pub lemma: usize,
    pub uas: usize,
    pub las: usize,
}

impl Agreement {
    /// Counts one sentence's words against their analyses.
    pub fn add(&mut self, gold: &[ConlluWord], analysis: &[Analysis]) {
        for (w, a) in gold.iter().zip(analysis) {
            self.words += 1;
            self.upos += (a.upos.as_str() == w.upos) as usize;
            self.lemma += (a.lemma == w.lemma) as usize;
            if a.head == w.head {
                self.uas += 1;
                self.las += (a.deprel.split(':').next() == w.deprel.split(':').next()) as usize;
            }
        }
    }

    /// `count` as a percentage of the words.
    pub fn pct(&self, count: usize) -> f64 {
        100.0 * count as f64 / self.words.max(1) as f64
    }
}

/// Parses a CoNLL-U text. Heads are checked to point inside their sentence.
pub fn read(text: &str) -> Result<Vec<ConlluSentence>, ConlluError> {
    let mut out = Vec::new();
    let mut cur = ConlluSentence::default();
    let mut start_line = 1;
    let finish = |cur: &mut ConlluSentence, out: &mut Vec<ConlluSentence>, line: usize| {
        if cur.words.is_empty() && cur.comments.is_empty() {
            return Ok(());
        }
        let n = cur.words.len();
        if let Some(w) = cur.words.iter().find(|w| w.head > n) {
            return Err(ConlluError {
                line,
                message: format!(
                    "head {} of '{}' is outside its sentence of {n} words",
                    w.head, w.form
                ),
            });
        }
        out.push(std::mem::take(cur));
        Ok(())
    };
    for (i, raw) in text.lines().enumerate() {
        let line_no = i + 1;
        let line = raw.trim_end_matches('\r');
        if line.trim().is_empty() {
            finish(&mut cur, &mut out, start_line)?;
            start_line = line_no + 1;
            continue;
        }
        if line.starts_with('#') {
            cur.comments.push(line.to_string());
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        if cols.len() != 10 {
            return Err(ConlluError {
                line: line_no,
                message: format!("expected 10 tab-separated columns, found {}", cols.len()),
            });
        }
        let id = cols[0];
        if id.contains('-') {
            cur.ranges.push((cur.words.len(), line.to_string()));
            continue;
        }
        if id.contains('.') {
            continue;
        }
        let expected = cur.words.len() + 1;
        if id.parse::<usize>().ok() != Some(expected) {
            return Err(ConlluError {
                line: line_no,
                message: format!("word id '{id}' where {expected} was expected"),
            });
        }
        let head = match cols[6] {
            "_" => 0,
            h => h.parse::<usize>().map_err(|_| ConlluError {
                line: line_no,
                message: format!("head '{h}' is not a number"),
            })?,
        };
        cur.words.push(ConlluWord {
            form: cols[1].to_string(),
            lemma: cols[2].to_string(),
            upos: cols[3].to_string(),
            xpos: cols[4].to_string(),
            feats: cols[5].to_string(),
            head,
            deprel: cols[7].to_string(),
            misc: cols[9].to_string(),
        });
    }
    finish(&mut cur, &mut out, start_line)?;
    Ok(out)
}

/// Writes one analysed sentence as CoNLL-U: `comments` and multiword `ranges` as
/// given, then a word line per analysis.
pub fn write_sentence(
    out: &mut String,
    comments: &[String],
    ranges: &[(usize, String)],
    forms: &[&str],
    analyses: &[Analysis],
) {
    use std::fmt::Write;
    for c in comments {
        out.push_str(c);
        out.push('\n');
    }
    let mut r = 0;
    for (i, (form, a)) in forms.iter().zip(analyses).enumerate() {
        while r < ranges.len() && ranges[r].0 == i {
            out.push_str(&ranges[r].1);
            out.push('\n');
            r += 1;
        }
        let _ = writeln!(
            out,
            "{}\t{}\t{}\t{}\t{}\t_\t{}\t{}\t_\t_",
            i + 1,
            clean(form),
            clean(&a.lemma),
            a.upos.as_str(),
            a.xpos,
            a.head,
            a.deprel
        );
    }
    out.push('\n');
}

/// A CoNLL-U field holds no tab or newline, and is never empty.
fn clean(s: &str) -> String {
    let t: String = s
        .chars()
        .map(|c| {
            if c == '\t' || c == '\n' || c == '\r' {
                ' '
            } else {
                c
            }
        })
        .collect();
    if t.is_empty() {
        "_".to_string()
    } else {
        t
    }
}
