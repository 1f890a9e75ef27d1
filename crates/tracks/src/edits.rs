//! The user's manual edits of the track list — names, merges, splits —
//! kept in the `track_edits` table of the same database so that they
//! survive every rebuild. Edits name party sets (keys such as `RUS-USA`),
//! never stored event ids, so they stay valid when events are re-merged.

use crate::load::EditRow;
use crate::model::Track;
use crate::{build_tracks, find_track, TrackError};
use detente_store::Store;
use rusqlite::OptionalExtension;
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet};

/// The table of manual edits (created on first edit).
pub const EDITS_TABLE_SQL: &str = "CREATE TABLE IF NOT EXISTS track_edits (
    edit   INTEGER PRIMARY KEY,
    op     TEXT NOT NULL CHECK (op IN ('name', 'merge', 'split')),
    track  TEXT NOT NULL,
    other  TEXT,
    name   TEXT,
    at     TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
)";

/// One stored edit.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct TrackEdit {
    pub id: i64,
    /// `name`, `merge` or `split`.
    pub op: String,
    /// The track (its key at the time of the edit).
    pub track: String,
    /// `merge`: the track merged in; `split`: the party set split out.
    pub other: Option<String>,
    /// `name`: the name given (empty: the name removed).
    pub name: Option<String>,
    /// When (UTC).
    pub at: String,
}

fn table_exists(store: &Store) -> Result<bool, TrackError> {
    Ok(store
        .connection()
        .query_row(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'track_edits'",
            [],
            |_| Ok(()),
        )
        .optional()?
        .is_some())
}

pub(crate) fn load_edits(store: &Store) -> Result<Vec<EditRow>, TrackError> {
    Ok(list_edits(store)?
        .into_iter()
        .map(|e| EditRow {
            op: e.op,
            track: e.track,
            other: e.other,
            name: e.name,
        })
        .collect())
}

/// Every manual edit, oldest first.
pub fn list_edits(store: &Store) -> Result<Vec<TrackEdit>, TrackError> {
    if !table_exists(store)? {
        return Ok(Vec::new());
    }
    let mut st = store
        .connection()
        .prepare("SELECT edit, op, track, other, name, at FROM track_edits ORDER BY edit")?;
    let rows = st
        .query_map([], |r| {
            Ok(TrackEdit {
                id: r.get(0)?,
                op: r.get(1)?,
                track: r.get(2)?,
                other: r.get(3)?,
                name: r.get(4)?,
                at: r.get(5)?,
            })
        })?
        .collect::<Result<_, _>>()?;
    Ok(rows)
}

/// Undo one edit by its id; `false` when there was none with that id.
pub fn remove_edit(store: &Store, id: i64) -> Result<bool, TrackError> {
    if !table_exists(store)? {
        return Ok(false);
    }
    Ok(store
        .connection()
        .execute("DELETE FROM track_edits WHERE edit = ?1", [id])?
        > 0)
}

fn insert(
    store: &Store,
    op: &str,
    track: &str,
    other: Option<&str>,
    name: Option<&str>,
) -> Result<i64, TrackError> {
    let c = store.connection();
    c.execute(EDITS_TABLE_SQL, [])?;
    c.execute(
        "INSERT INTO track_edits (op, track, other, name) VALUES (?1, ?2, ?3, ?4)",
        (op, track, other, name),
    )?;
    Ok(c.last_insert_rowid())
}

fn resolve<'a>(tracks: &'a [Track], wanted: &str) -> Result<&'a Track, TrackError> {
    find_track(tracks, wanted).ok_or_else(|| TrackError::NoSuchTrack(wanted.to_string()))
}

/// Give a track a name (`""` removes it). `track` is a key in any order
/// ("USA-RUS"), a party set merged into it, or its current name. Answers
/// the edit's id.
pub fn name_track(store: &Store, track: &str, name: &str) -> Result<i64, TrackError> {
    let tracks = build_tracks(store)?;
    let t = resolve(&tracks, track)?;
    let name = name.trim();
    if !name.is_empty() {
        if let Some(other) = tracks.iter().find(|o| {
            o.key != t.key
                && (o
                    .name
                    .as_deref()
                    .is_some_and(|n| n.eq_ignore_ascii_case(name))
                    || o.key == normalize_key(name).unwrap_or_default())
        }) {
            return Err(TrackError::NameTaken {
                name: name.to_string(),
                track: other.key.clone(),
            });
        }
    }
    insert(store, "name", &t.key, None, Some(name))
}

/// Merge track `b` into track `a`: one track under `a`'s key (and name,
/// else `b`'s). Answers the edit's id.
pub fn merge_tracks(store: &Store, a: &str, b: &str) -> Result<i64, TrackError> {
    let tracks = build_tracks(store)?;
    let ta = resolve(&tracks, a)?;
    let tb = resolve(&tracks, b)?;
    if ta.key == tb.key {
        return Err(TrackError::SameTrack(ta.key.clone()));
    }
    insert(store, "merge", &ta.key, Some(&tb.key), None)
}

/// Split the party set `party_set` ("RUS-SAU-USA") out of `track` into a
/// track of its own. Answers the edit's id.
pub fn split_track(store: &Store, track: &str, party_set: &str) -> Result<i64, TrackError> {
    let tracks = build_tracks(store)?;
    let t = resolve(&tracks, track)?;
    let set = normalize_key(party_set).ok_or_else(|| TrackError::NotInTrack {
        track: t.key.clone(),
        party_set: party_set.to_string(),
    })?;
    if !t.party_sets.contains(&set) {
        return Err(TrackError::NotInTrack {
            track: t.key.clone(),
            party_set: set,
        });
    }
    if t.party_sets.len() < 2 {
        return Err(TrackError::NothingToSplit(t.key.clone()));
    }
    insert(store, "split", &t.key, Some(&set), None)
}

/// A party-set key from user text: codes split on `-`, `,`, `/`, `+`, `–`
/// or spaces, upper-cased, sorted, deduplicated, joined with `-`. `None`
/// for fewer than two codes or a word that is not a code.
pub fn normalize_key(s: &str) -> Option<String> {
    let codes: BTreeSet<String> = s
        .split(|c: char| {
            c == '-'
                || c == ','
                || c == '/'
                || c == '+'
                || c == '–'
                || c == '—'
                || c.is_whitespace()
        })
        .filter(|w| !w.is_empty())
        .map(str::to_uppercase)
        .collect();
    let ok = codes.len() >= 2
        && codes
            .iter()
            .all(|c| (2..=4).contains(&c.len()) && c.chars().all(|x| x.is_ascii_alphanumeric()));
    ok.then(|| codes.into_iter().collect::<Vec<_>>().join("-"))
}

/// Party sets grouped into tracks: the natural grouping (each set its own
/// track, a host folded out) with the user's edits applied in order.
#[derive(Debug, Default)]
pub(crate) struct Grouping {
    /// Party-set key → key of its track.
    group: BTreeMap<String, String>,
    /// Track key → name.
    names: BTreeMap<String, String>,
}

impl Grouping {
    /// `natural`: (party set, key of the track it belongs to untouched).
    pub fn new(natural: &BTreeMap<String, String>, edits: &[EditRow]) -> Grouping {
        let mut g = Grouping::default();
        for (set, to) in natural {
            g.group.insert(set.clone(), to.clone());
            g.group.entry(to.clone()).or_insert_with(|| to.clone());
        }
        for e in edits {
            for k in [Some(&e.track), e.other.as_ref()].into_iter().flatten() {
                g.group.entry(k.clone()).or_insert_with(|| k.clone());
            }
        }
        for e in edits {
            match e.op.as_str() {
                "name" => {
                    let rep = g.rep(&e.track);
                    match e.name.as_deref().map(str::trim) {
                        Some(n) if !n.is_empty() => {
                            // A name belongs to one track.
                            g.names.retain(|_, v| !v.eq_ignore_ascii_case(n));
                            g.names.insert(rep, n.to_string());
                        }
                        _ => {
                            g.names.remove(&rep);
                        }
                    }
                }
                "merge" => {
                    let Some(other) = &e.other else { continue };
                    let (ra, rb) = (g.rep(&e.track), g.rep(other));
                    if ra == rb {
                        continue;
                    }
                    for v in g.group.values_mut() {
                        if *v == rb {
                            *v = ra.clone();
                        }
                    }
                    if let Some(n) = g.names.remove(&rb) {
                        g.names.entry(ra).or_insert(n);
                    }
                }
                "split" => {
                    let Some(set) = &e.other else { continue };
                    let rep = g.rep(set);
                    let rest: Vec<String> = g
                        .group
                        .iter()
                        .filter(|(k, v)| **v == rep && *k != set)
                        .map(|(k, _)| k.clone())
                        .collect();
                    if *set == rep {
                        // The track goes on under another of its sets.
                        if let Some(new_rep) = rest.first().cloned() {
                            for k in &rest {
                                g.group.insert(k.clone(), new_rep.clone());
                            }
                            if let Some(n) = g.names.remove(&rep) {
                                g.names.insert(new_rep, n);
                            }
                        }
                    }
                    g.group.insert(set.clone(), set.clone());
                }
                _ => {}
            }
        }
        g
    }

    /// The track key of a party set.
    pub fn rep(&self, set: &str) -> String {
        self.group
            .get(set)
            .cloned()
            .unwrap_or_else(|| set.to_string())
    }

    pub fn name(&self, rep: &str) -> Option<String> {
        self.names.get(rep).cloned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn edit(op: &str, track: &str, other: Option<&str>, name: Option<&str>) -> EditRow {
        EditRow {
            op: op.into(),
            track: track.into(),
            other: other.map(Into::into),
            name: name.map(Into::into),
        }
    }

    #[test]
    fn keys_are_normalised() {
        assert_eq!(normalize_key("usa-rus").as_deref(), Some("RUS-USA"));
        assert_eq!(normalize_key("USA RUS").as_deref(), Some("RUS-USA"));
        assert_eq!(
            normalize_key("RUS–UKR, TUR").as_deref(),
            Some("RUS-TUR-UKR")
        );
        assert_eq!(normalize_key("Istanbul talks"), None);
        assert_eq!(normalize_key("RUS"), None);
    }

    #[test]
    fn edits_apply_in_order() {
        let mut natural = BTreeMap::new();
        natural.insert("RUS-USA".to_string(), "RUS-USA".to_string());
        natural.insert("RUS-SAU-USA".to_string(), "RUS-USA".to_string());
        natural.insert("RUS-UKR".to_string(), "RUS-UKR".to_string());
        let edits = vec![
            edit("name", "RUS-UKR", None, Some("Istanbul")),
            edit("merge", "RUS-USA", Some("RUS-UKR"), None),
            edit("split", "RUS-USA", Some("RUS-SAU-USA"), None),
        ];
        let g = Grouping::new(&natural, &edits);
        assert_eq!(g.rep("RUS-UKR"), "RUS-USA");
        assert_eq!(g.rep("RUS-SAU-USA"), "RUS-SAU-USA");
        assert_eq!(g.name("RUS-USA").as_deref(), Some("Istanbul"));
        // Splitting a track's own set: the rest goes on, with the name.
        let edits = vec![
            edit("merge", "RUS-USA", Some("RUS-UKR"), None),
            edit("name", "RUS-USA", None, Some("Big")),
            edit("split", "RUS-USA", Some("RUS-USA"), None),
        ];
        let g = Grouping::new(&natural, &edits);
        assert_eq!(g.rep("RUS-USA"), "RUS-USA");
        assert_ne!(g.rep("RUS-UKR"), "RUS-USA");
        assert_eq!(g.name(&g.rep("RUS-UKR")).as_deref(), Some("Big"));
    }
}
