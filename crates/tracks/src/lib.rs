//! Negotiation tracks: the picture analysts follow, built from the events
//! stored by `detente-store`.
//!
//! # Principal types
//!
//! * [`Track`]: an ongoing negotiation between the same parties (a party
//!   set such as `RUS-USA`, or several after a user's merge), with its
//!   [`Contact`]s in date order (leaders' calls, numbered delegation rounds,
//!   visits, sidelines meetings — each with venue, [`Delegation`]s, agenda
//!   topics and [`Outcome`]s), its [`Commitment`]s (terms, window,
//!   guarantor, [`CommitmentStatus`], claimed [`Violation`]s) and what comes
//!   next ([`Planned`], with its [`Confirmation`]). Every item carries its
//!   [`SourceRef`]s: document title, address, date and sentence.
//! * [`TrackSummary`]: one row of a list of tracks.
//! * [`TrackEdit`]: a user's manual edit (name, merge, split), kept in the
//!   `track_edits` table of the same database.
//!
//! # How data flows
//!
//! ```text
//! Store ──events(CONSULT | AGREE CONCEDE REJECT REQUEST | ACCUSE ASSAULT COERCE)
//!       ──event(id): every report, its parties, mentions and sentences
//!       ──sentences, document_entity (people and names per document)
//!       ──track_edits (names, merges, splits)
//!   ▼ build_tracks_at(store, today)              (a pure function of these)
//! group CONSULT events by party set (host folded out, edits applied)
//!   → contacts (one per real-world contact, however many reports)
//!   → rounds numbered; delegations from parties and sentences
//!   → outcomes tied to contacts → commitments from AGREEs with terms
//!   → claimed violations in each commitment's window
//!   → planned contacts, confirmed or not
//!   ▼
//! Vec<Track> ──render_text / render_markdown / render_html, summaries
//! ```
//!
//! Nothing is written by a build: tracks are recomputed whenever asked
//! for, so they follow every newly ingested document; only
//! [`name_track`], [`merge_tracks`] and [`split_track`] write (to
//! `track_edits`, which [`remove_edit`] undoes one row at a time).
//!
//! # Rules in brief
//!
//! * A party set is the sorted codes of a CONSULT event's parties; in a set
//!   of three or more, the venue's country is a host and is folded out when
//!   the remaining set has contacts of its own (Russia–Ukraine talks hosted
//!   by Turkey join `RUS-UKR`).
//! * One contact per real-world contact: same kind, overlapping dates,
//!   compatible venue and people; talks reported during a visit or call by
//!   the same document are that visit or call. Rounds are numbered by date.
//! * Delegations: persons among the parties, persons named in the mention
//!   sentences (not as speakers, possessors or principals: "X said",
//!   "Trump's envoy", "on behalf of the president"), and persons named in
//!   up to two following sentences that speak of delegations ("Moscow was
//!   represented by …").
//! * A commitment's end is start + N days for "for N days" (an agreement of
//!   March 18 "for 30 days" runs through April 17), start + N months for
//!   months, the date itself for "until April 30". Statuses, against
//!   `today`: expired, superseded (a later commitment of the same parties
//!   on the same matter), reported broken (a claimed violation), in force.
//!
//! # Cost
//!
//! A build reads every stored CONSULT, AGREE, CONCEDE, REJECT, REQUEST,
//! ACCUSE, ASSAULT and COERCE event with its reports, and the sentences and
//! entities of the documents reporting them: about 0.7 s per 10,000 such
//! events on one core (half of it reading).

mod build;
mod dates;
mod edits;
mod load;
mod model;
mod render;
mod text;

pub use edits::{
    list_edits, merge_tracks, name_track, normalize_key, remove_edit, split_track, TrackEdit,
    EDITS_TABLE_SQL,
};
pub use model::{
    summaries, Commitment, CommitmentStatus, Confirmation, Contact, ContactKind, ContactRef,
    Delegation, Duration, Guarantor, Outcome, OutcomeLink, PartyRef, Person, Planned, SourceRef,
    Track, TrackSummary, Venue, Violation, ACTIVE_DAYS,
};
pub use render::{escape_html, render_html, render_markdown, render_summaries, render_text};

use chrono::NaiveDate;
use detente_store::{Store, StoreError};

/// Why a track operation failed.
#[derive(Debug, thiserror::Error)]
pub enum TrackError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("database: {0}")]
    Sqlite(#[from] rusqlite::Error),
    #[error("no track {0:?} (give its parties, e.g. RUS-USA, or its name)")]
    NoSuchTrack(String),
    #[error("the name {name:?} is already given to track {track}")]
    NameTaken { name: String, track: String },
    #[error("{0} and itself cannot be merged")]
    SameTrack(String),
    #[error("track {track} holds no party set {party_set}")]
    NotInTrack { track: String, party_set: String },
    #[error("track {0} holds a single party set: nothing to split")]
    NothingToSplit(String),
}

pub type Result<T, E = TrackError> = std::result::Result<T, E>;

/// Every track, as of today (UTC): statuses of commitments and plans are
/// computed against the system date. See [`build_tracks_at`].
pub fn build_tracks(store: &Store) -> Result<Vec<Track>> {
    build_tracks_at(store, dates::today_utc())
}

/// Every track, with statuses computed against `today` (deterministic).
/// Most recently active first.
pub fn build_tracks_at(store: &Store, today: NaiveDate) -> Result<Vec<Track>> {
    let corpus = load::Corpus::load(store)?;
    Ok(build::Builder::new(&corpus, today).build())
}

/// The track a user means: its key with the codes in any order and with
/// any separator (`"RUS-USA"`, `"usa rus"`), a party set merged into it, or
/// its name (case-insensitive).
pub fn find_track<'a>(tracks: &'a [Track], wanted: &str) -> Option<&'a Track> {
    let w = wanted.trim();
    if let Some(t) = tracks
        .iter()
        .find(|t| t.name.as_deref().is_some_and(|n| n.eq_ignore_ascii_case(w)))
    {
        return Some(t);
    }
    let key = normalize_key(w)?;
    tracks
        .iter()
        .find(|t| t.key == key)
        .or_else(|| tracks.iter().find(|t| t.party_sets.contains(&key)))
}
