//! The tab-separated tables of the knowledge base. Each file has a header
//! line naming its columns; `#` starts a comment line; `|` separates the
//! items of a list column.

use crate::KbError;
use crate::{FastMap, FastSet};
use chrono::NaiveDate;

#[derive(Clone, Debug)]
pub struct State {
    pub code: String,
    pub name: String,
    pub official: String,
    pub aliases: Vec<String>,
    pub adjectives: Vec<String>,
    pub capital: String,
    pub lat: f64,
    pub lon: f64,
    /// What news calls it once named: "kingdom", "island" (lower case).
    pub called: Vec<String>,
}

/// A place or institution that stands for a state ("the Kremlin").
#[derive(Clone, Debug)]
pub struct Metonym {
    pub phrase: String,
    pub code: String,
    pub sector: String,
}

#[derive(Clone, Debug)]
pub struct Body {
    pub name: String,
    pub aliases: Vec<String>,
    /// A state code, or the kind of body (`IGO`, `UNO`, `EUR`, `NGO`, `MNC`).
    pub code: String,
    pub sector: String,
    /// The body's own code where `code` is only its kind: `IGOECOWAS`.
    pub own_code: Option<String>,
    /// What news calls it once named: "bloc", "alliance" (lower case).
    pub called: Vec<String>,
}

/// Codes that only say what kind of body it is; such a body has an
/// `own_code`.
pub const KIND_CODES: [&str; 3] = ["IGO", "NGO", "MNC"];

#[derive(Clone, Debug)]
pub struct Outlet {
    pub name: String,
    pub aliases: Vec<String>,
    pub code: String,
}

#[derive(Clone, Debug)]
pub struct Place {
    pub name: String,
    pub aliases: Vec<String>,
    pub country: String,
    /// None where the table gives no coordinates (the regions: a pin at a
    /// guessed centre would mislead a map).
    pub lat: Option<f64>,
    pub lon: Option<f64>,
    pub kind: String,
    pub population: u64,
}

#[derive(Clone, Debug)]
pub struct Office {
    pub office: String,
    pub patterns: Vec<String>,
    pub sector: String,
    pub roles: Vec<String>,
    /// Many people hold it at once (ambassadors, deputies, generals): a
    /// description ("the Chinese ambassador") names none of them in particular.
    pub many_holders: bool,
}

/// A person the knowledge base knows, with every office they held.
#[derive(Clone, Debug)]
pub struct Person {
    pub name: String,
    pub aliases: Vec<String>,
    pub terms: Vec<Term>,
}

#[derive(Clone, Debug)]
pub struct Term {
    pub code: String,
    pub office: String,
    pub sector: String,
    pub start: Option<NaiveDate>,
    pub end: Option<NaiveDate>,
}

impl Person {
    /// The term in force on `date`, else the latest one; without a date, the latest.
    pub fn term_at(&self, date: Option<NaiveDate>) -> Option<&Term> {
        let latest = self.terms.iter().max_by_key(|t| t.start);
        let Some(d) = date else { return latest };
        let in_force = self
            .terms
            .iter()
            .filter(|t| t.start.is_none_or(|s| s <= d) && t.end.is_none_or(|e| d <= e))
            // Of several offices at once, the one taken last is the one news use.
            .max_by_key(|t| t.start);
        in_force.or_else(|| {
            // Out of office on that date: the nearest term still tells the country.
            self.terms
                .iter()
                .filter(|t| t.start.is_none_or(|s| s <= d))
                .max_by_key(|t| t.start)
                .or(latest)
        })
    }

    /// Whether the person held any office on `date`.
    pub fn in_office(&self, date: NaiveDate) -> bool {
        self.terms
            .iter()
            .any(|t| t.start.is_none_or(|s| s <= date) && t.end.is_none_or(|e| date <= e))
    }
}

struct Table<'a> {
    file: &'a str,
    header: Vec<&'a str>,
    rows: Vec<(usize, Vec<&'a str>)>,
}

impl<'a> Table<'a> {
    fn parse(file: &'a str, text: &'a str, required: &[&str]) -> Result<Table<'a>, KbError> {
        let mut header: Option<Vec<&str>> = None;
        let mut rows = Vec::new();
        for (i, line) in text.lines().enumerate() {
            let line = line.trim_end_matches('\r');
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let cols: Vec<&str> = line.split('\t').map(str::trim).collect();
            match &header {
                None => {
                    for r in required {
                        if !cols.contains(r) {
                            return Err(KbError {
                                file: file.into(),
                                line: i + 1,
                                message: format!("header lacks column `{r}`"),
                            });
                        }
                    }
                    header = Some(cols);
                }
                Some(h) => {
                    if cols.len() > h.len() {
                        return Err(KbError {
                            file: file.into(),
                            line: i + 1,
                            message: format!("{} fields, header has {}", cols.len(), h.len()),
                        });
                    }
                    rows.push((i + 1, cols));
                }
            }
        }
        Ok(Table {
            file,
            header: header.unwrap_or_default(),
            rows,
        })
    }

    fn col(&self, name: &str) -> usize {
        self.header
            .iter()
            .position(|h| *h == name)
            .unwrap_or(usize::MAX)
    }

    fn get<'r>(&self, row: &'r [&'a str], col: usize) -> &'a str {
        row.get(col).copied().unwrap_or("")
    }

    fn err(&self, line: usize, message: String) -> KbError {
        KbError {
            file: self.file.into(),
            line,
            message,
        }
    }
}

fn list(s: &str) -> Vec<String> {
    s.split('|')
        .map(str::trim)
        .filter(|x| !x.is_empty())
        .map(String::from)
        .collect()
}

fn number(t: &Table, line: usize, s: &str, what: &str) -> Result<f64, KbError> {
    s.parse::<f64>()
        .map_err(|_| t.err(line, format!("{what} `{s}` is not a number")))
}

/// An empty cell is no number; anything else must be one.
fn optional_number(t: &Table, line: usize, s: &str, what: &str) -> Result<Option<f64>, KbError> {
    if s.is_empty() {
        Ok(None)
    } else {
        number(t, line, s, what).map(Some)
    }
}

fn nonempty<'a>(t: &Table, line: usize, s: &'a str, what: &str) -> Result<&'a str, KbError> {
    if s.is_empty() {
        Err(t.err(line, format!("empty {what}")))
    } else {
        Ok(s)
    }
}

pub(crate) fn parse_states(file: &str, text: &str, out: &mut Vec<State>) -> Result<(), KbError> {
    let t = Table::parse(file, text, &["code", "name"])?;
    let (c, n, o, a, adj, cap, lat, lon, w) = (
        t.col("code"),
        t.col("name"),
        t.col("official"),
        t.col("aliases"),
        t.col("adjectives"),
        t.col("capital"),
        t.col("lat"),
        t.col("lon"),
        t.col("called"),
    );
    for (line, row) in &t.rows {
        let code = nonempty(&t, *line, t.get(row, c), "code")?;
        if code.len() != 3 || !code.bytes().all(|b| b.is_ascii_uppercase()) {
            return Err(t.err(*line, format!("code `{code}` is not ISO 3166-1 alpha-3")));
        }
        let state = State {
            code: code.into(),
            name: nonempty(&t, *line, t.get(row, n), "name")?.into(),
            official: t.get(row, o).into(),
            aliases: list(t.get(row, a)),
            adjectives: list(t.get(row, adj)),
            capital: t.get(row, cap).into(),
            lat: number(&t, *line, t.get(row, lat), "lat").unwrap_or(0.0),
            lon: number(&t, *line, t.get(row, lon), "lon").unwrap_or(0.0),
            called: list(t.get(row, w))
                .into_iter()
                .map(|x| x.to_lowercase())
                .collect(),
        };
        match out.iter_mut().find(|s| s.code == state.code) {
            Some(old) => *old = state,
            None => out.push(state),
        }
    }
    Ok(())
}

pub(crate) fn parse_metonyms(
    file: &str,
    text: &str,
    out: &mut Vec<Metonym>,
) -> Result<(), KbError> {
    let t = Table::parse(file, text, &["phrase", "code"])?;
    let (p, c, s) = (t.col("phrase"), t.col("code"), t.col("sector"));
    for (line, row) in &t.rows {
        out.push(Metonym {
            phrase: nonempty(&t, *line, t.get(row, p), "phrase")?.into(),
            code: nonempty(&t, *line, t.get(row, c), "code")?.into(),
            sector: match t.get(row, s) {
                "" => "GOV".into(),
                s => s.into(),
            },
        });
    }
    Ok(())
}

pub(crate) fn parse_bodies(file: &str, text: &str, out: &mut Vec<Body>) -> Result<(), KbError> {
    let t = Table::parse(file, text, &["name", "code"])?;
    let (n, a, c, s, o, w) = (
        t.col("name"),
        t.col("aliases"),
        t.col("code"),
        t.col("sector"),
        t.col("own_code"),
        t.col("called"),
    );
    for (line, row) in &t.rows {
        let own = t.get(row, o);
        out.push(Body {
            name: nonempty(&t, *line, t.get(row, n), "name")?.into(),
            aliases: list(t.get(row, a)),
            code: nonempty(&t, *line, t.get(row, c), "code")?.into(),
            sector: t.get(row, s).into(),
            own_code: (!own.is_empty()).then(|| own.to_string()),
            called: list(t.get(row, w))
                .into_iter()
                .map(|x| x.to_lowercase())
                .collect(),
        });
    }
    Ok(())
}

pub(crate) fn parse_outlets(file: &str, text: &str, out: &mut Vec<Outlet>) -> Result<(), KbError> {
    let t = Table::parse(file, text, &["name", "code"])?;
    let (n, a, c) = (t.col("name"), t.col("aliases"), t.col("code"));
    for (line, row) in &t.rows {
        out.push(Outlet {
            name: nonempty(&t, *line, t.get(row, n), "name")?.into(),
            aliases: list(t.get(row, a)),
            code: t.get(row, c).into(),
        });
    }
    Ok(())
}

pub(crate) fn parse_places(file: &str, text: &str, out: &mut Vec<Place>) -> Result<(), KbError> {
    let t = Table::parse(file, text, &["name", "country", "lat", "lon"])?;
    let (n, a, c, la, lo, k, p) = (
        t.col("name"),
        t.col("aliases"),
        t.col("country"),
        t.col("lat"),
        t.col("lon"),
        t.col("kind"),
        t.col("population"),
    );
    for (line, row) in &t.rows {
        out.push(Place {
            name: nonempty(&t, *line, t.get(row, n), "name")?.into(),
            aliases: list(t.get(row, a)),
            country: t.get(row, c).into(),
            lat: optional_number(&t, *line, t.get(row, la), "lat")?,
            lon: optional_number(&t, *line, t.get(row, lo), "lon")?,
            kind: t.get(row, k).into(),
            population: t.get(row, p).parse().unwrap_or(0),
        });
    }
    Ok(())
}

pub(crate) fn parse_offices(file: &str, text: &str, out: &mut Vec<Office>) -> Result<(), KbError> {
    let t = Table::parse(file, text, &["office", "patterns", "sector"])?;
    let (o, p, s, r, h) = (
        t.col("office"),
        t.col("patterns"),
        t.col("sector"),
        t.col("roles"),
        t.col("holders"),
    );
    for (line, row) in &t.rows {
        let office = Office {
            office: nonempty(&t, *line, t.get(row, o), "office")?.into(),
            patterns: list(t.get(row, p))
                .into_iter()
                .map(|x| x.to_lowercase())
                .collect(),
            sector: t.get(row, s).into(),
            roles: t
                .get(row, r)
                .split(',')
                .map(|x| x.trim().to_lowercase())
                .filter(|x| !x.is_empty())
                .collect(),
            many_holders: match t.get(row, h) {
                "" | "one" => false,
                "many" => true,
                other => {
                    return Err(t.err(*line, format!("holders `{other}` is not one or many")));
                }
            },
        };
        match out.iter_mut().find(|x| x.office == office.office) {
            Some(old) => *old = office,
            None => out.push(office),
        }
    }
    Ok(())
}

fn date(t: &Table, line: usize, s: &str) -> Result<Option<NaiveDate>, KbError> {
    if s.is_empty() {
        return Ok(None);
    }
    NaiveDate::parse_from_str(s, "%Y-%m-%d")
        .map(Some)
        .map_err(|_| t.err(line, format!("date `{s}` is not YYYY-MM-DD")))
}

pub(crate) fn parse_people(file: &str, text: &str, out: &mut Vec<Person>) -> Result<(), KbError> {
    let t = Table::parse(file, text, &["name", "code", "office"])?;
    let (n, a, c, o, s, st, en) = (
        t.col("name"),
        t.col("aliases"),
        t.col("code"),
        t.col("office"),
        t.col("sector"),
        t.col("start"),
        t.col("end"),
    );
    for (line, row) in &t.rows {
        let name = nonempty(&t, *line, t.get(row, n), "name")?;
        let term = Term {
            code: nonempty(&t, *line, t.get(row, c), "code")?.into(),
            office: t.get(row, o).into(),
            sector: t.get(row, s).into(),
            start: date(&t, *line, t.get(row, st))?,
            end: date(&t, *line, t.get(row, en))?,
        };
        let aliases = list(t.get(row, a));
        match out.iter_mut().find(|p| p.name == name) {
            Some(p) => {
                for al in aliases {
                    if !p.aliases.contains(&al) {
                        p.aliases.push(al);
                    }
                }
                p.terms.push(term);
            }
            None => out.push(Person {
                name: name.into(),
                aliases,
                terms: vec![term],
            }),
        }
    }
    Ok(())
}

/// The sets `name_words.tsv` fills, one a use.
#[derive(Default)]
pub struct NameWords {
    pub skip: FastSet<String>,
    pub before: FastSet<String>,
    pub end: FastSet<String>,
    pub org: FastSet<String>,
    pub title: FastSet<String>,
}

/// `name_words.tsv`: a word and its use, `skip` (never a word of a person's
/// name), `before` (a noun only for people, before a name), `end` (ends
/// the name of a place or thing, not a person's), `org` (ends the name of
/// an organisation) or `title` (a title when written short with a full
/// stop, "Sen. Graham"; a name may still hold it, "Hun Sen").
pub fn parse_name_words(file: &str, text: &str, words: &mut NameWords) -> Result<(), KbError> {
    let NameWords {
        skip,
        before,
        end,
        org,
        title,
    } = words;
    let t = Table::parse(file, text, &["word", "use"])?;
    let (cw, cu) = (t.col("word"), t.col("use"));
    for (line, row) in &t.rows {
        let word = nonempty(&t, *line, t.get(row, cw), "word")?;
        match t.get(row, cu) {
            "skip" => skip.insert(word.to_string()),
            "before" => before.insert(word.to_string()),
            "end" => end.insert(word.to_string()),
            "title" => title.insert(word.to_string()),
            // Ends an organisation's name: never a person's word, and the
            // run it ends is a body.
            "org" => {
                skip.insert(word.to_string());
                end.insert(word.to_string());
                org.insert(word.to_string())
            }
            other => {
                return Err(t.err(
                    *line,
                    format!("use `{other}` is not `skip`, `before`, `end`, `org` or `title`"),
                ))
            }
        };
    }
    Ok(())
}

/// Sectors a group noun of `groups.tsv` may have.
const GROUP_SECTORS: &[&str] = &[
    "CVL", "OPP", "REB", "JUD", "LEG", "MED", "BUS", "LAB", "EDU", "REL", "HRI", "REF", "CRM",
];

/// Sectors a noun of `agents.tsv` may have.
const AGENT_SECTORS: &[&str] = &["GOV", "COP", "MIL"];

/// `groups.tsv`: lemma → sector of nouns for groups of people.
pub fn parse_groups(
    file: &str,
    text: &str,
    out: &mut FastMap<String, String>,
) -> Result<(), KbError> {
    parse_sectors(file, text, GROUP_SECTORS, out)
}

/// `agents.tsv`: lemma → sector of nouns for a state's own agents.
pub fn parse_agents(
    file: &str,
    text: &str,
    out: &mut FastMap<String, String>,
) -> Result<(), KbError> {
    parse_sectors(file, text, AGENT_SECTORS, out)
}

fn parse_sectors(
    file: &str,
    text: &str,
    sectors: &[&str],
    out: &mut FastMap<String, String>,
) -> Result<(), KbError> {
    let t = Table::parse(file, text, &["lemma", "sector"])?;
    let (cl, cs) = (t.col("lemma"), t.col("sector"));
    for (line, row) in &t.rows {
        let lemma = nonempty(&t, *line, t.get(row, cl), "lemma")?;
        if lemma.chars().any(|c| c.is_uppercase() || c.is_whitespace()) {
            return Err(t.err(*line, format!("lemma `{lemma}` is not one lower-case word")));
        }
        let sector = t.get(row, cs);
        if !sectors.contains(&sector) {
            return Err(t.err(
                *line,
                format!("sector `{sector}` is not one of {}", sectors.join(", ")),
            ));
        }
        out.insert(lemma.to_string(), sector.to_string());
    }
    Ok(())
}
