//! The public picture of a negotiation track: plain `serde::Serialize`
//! structs, built by [`crate::build_tracks`] and rendered by
//! [`crate::render_text`], [`crate::render_markdown`] and
//! [`crate::render_html`].

use serde::Serialize;

/// Where a line of the report comes from: one stored document and the
/// sentence that says it.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SourceRef {
    /// `documents.id` (sha256 of the text).
    pub doc_id: String,
    pub title: Option<String>,
    pub url: Option<String>,
    /// Site or outlet.
    pub source: Option<String>,
    /// Publication date `YYYY-MM-DD`.
    pub published: Option<String>,
    /// The sentence of that document that reports it.
    pub sentence: Option<String>,
}

/// A party of a track, a commitment or a contact: a code and its name.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PartyRef {
    /// ISO 3166-1 alpha-3, or a PLOVER body code.
    pub code: String,
    /// The stored name of the state or body with that code.
    pub name: String,
}

/// A person taking part in a contact.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Person {
    pub name: String,
    pub office: Option<String>,
    /// The state or body the person acts for.
    pub code: Option<String>,
}

/// One side's people at a contact.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Delegation {
    /// The side (a code), `None` for people of unknown affiliation.
    pub code: Option<String>,
    /// The side's name ("Russia"), or "unknown".
    pub name: String,
    pub people: Vec<Person>,
}

/// What sort of contact a CONSULT event is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum ContactKind {
    /// A telephone or video call (mode `phone`), typically between leaders.
    Call,
    /// Meetings or talks between delegations (no mode): numbered as rounds.
    Round,
    /// An envoy's or official's visit (mode `visit`).
    Visit,
    /// A meeting on the sidelines (margins) of another gathering.
    Sidelines,
}

impl ContactKind {
    pub fn label(self) -> &'static str {
        match self {
            ContactKind::Call => "leaders' call",
            ContactKind::Round => "delegation round",
            ContactKind::Visit => "visit",
            ContactKind::Sidelines => "meeting on the sidelines",
        }
    }
}

/// Where a contact took place.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Venue {
    pub name: String,
    pub country_code: Option<String>,
}

/// How an outcome was tied to its contact.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum OutcomeLink {
    /// A sentence reports both the contact and the outcome.
    SameSentence,
    /// Same parties (or a subset of them) and the same date.
    SamePartiesAndDate,
    /// The outcome's sentence calls it a result ("outcome", "result",
    /// "decision to") and follows the contact's sentence.
    StatedResult,
}

/// An AGREE, CONCEDE, REJECT or REQUEST event that came out of a contact
/// (or, in [`Track::other_outcomes`], of the track without a contact).
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Outcome {
    /// `events.event` (`Store::event(id)`).
    pub event_id: i64,
    /// PLOVER type.
    pub event: String,
    pub status: String,
    pub date: Option<String>,
    pub enddate: Option<String>,
    /// Party codes, sorted.
    pub parties: Vec<String>,
    pub topics: Vec<String>,
    /// The first report's sentence.
    pub text: String,
    pub link: Option<OutcomeLink>,
    /// Ids of the commitments this outcome became.
    pub commitments: Vec<String>,
    pub sources: Vec<SourceRef>,
}

/// A contact: one call, round, visit or sidelines meeting, possibly
/// reported by several documents and stored as several events.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Contact {
    pub kind: ContactKind,
    /// The stored CONSULT events this contact gathers (first is the main one).
    pub event_ids: Vec<i64>,
    /// `occurred` or `claimed`.
    pub status: String,
    pub date: Option<String>,
    pub enddate: Option<String>,
    pub venue: Option<Venue>,
    /// Round number within the track (delegation rounds only, by date).
    pub round: Option<u32>,
    /// What the sources call it: "second round", "first face-to-face meeting".
    pub called: Vec<String>,
    /// The ordinal the sources give (2 for "the second round").
    pub source_ordinal: Option<u32>,
    /// Codes of parties of the stored events beyond the track's own, taken
    /// to be hosts (the venue's country).
    pub hosts: Vec<String>,
    pub delegations: Vec<Delegation>,
    /// Topics: the agenda.
    pub topics: Vec<String>,
    pub outcomes: Vec<Outcome>,
    /// The main evidence sentence.
    pub text: String,
    pub sources: Vec<SourceRef>,
}

/// A stated length of a commitment.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Duration {
    /// The words: "for 30 days", "until April 30".
    pub text: String,
    /// Length in days when given as one ("for 30 days" → 30).
    pub days: Option<i64>,
}

/// Who guarantees a commitment.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Guarantor {
    pub name: String,
    pub code: Option<String>,
    /// The sentence naming the guarantor.
    pub text: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum CommitmentStatus {
    /// Inside its window (or open-ended) and no violation claimed.
    InForce,
    /// Its end date is before `today`.
    Expired,
    /// Not expired, and a party is claimed to have violated it.
    ReportedBroken,
    /// A later commitment of the same parties on the same matter took its
    /// place (before `today`).
    Superseded,
}

impl CommitmentStatus {
    pub fn label(self) -> &'static str {
        match self {
            CommitmentStatus::InForce => "in force",
            CommitmentStatus::Expired => "expired",
            CommitmentStatus::ReportedBroken => "reported broken",
            CommitmentStatus::Superseded => "superseded",
        }
    }
}

/// The contact a commitment was reached in.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ContactRef {
    /// Key of the track holding the contact.
    pub track: String,
    pub kind: ContactKind,
    pub date: Option<String>,
    pub event_id: i64,
}

/// A claim that a party broke a commitment: an ACCUSE, or an ASSAULT or
/// COERCE by a party, on the commitment's topic, inside its window.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Violation {
    pub event_id: i64,
    pub event: String,
    pub status: String,
    pub date: Option<String>,
    pub enddate: Option<String>,
    /// Codes of the parties said to have broken it.
    pub accused: Vec<String>,
    /// Who makes the claim: `claimed_by` of a report, else the accuser.
    pub claimed_by: Option<String>,
    pub claimed_by_code: Option<String>,
    pub text: String,
    pub sources: Vec<SourceRef>,
}

/// An agreement with terms.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Commitment {
    /// Stable id: the AGREE event id, with `.N` when one event holds several.
    pub id: String,
    /// The AGREE events it is built from.
    pub event_ids: Vec<i64>,
    pub parties: Vec<PartyRef>,
    /// What is promised: the terms clause ("stop attacks on energy
    /// infrastructure for 30 days").
    pub terms: String,
    /// The whole sentence.
    pub text: String,
    pub topics: Vec<String>,
    /// First day (the agreement's date, else its first report's date).
    pub start: Option<String>,
    pub duration: Option<Duration>,
    /// Last day in force: start + days − 1, or the "until" date.
    pub end: Option<String>,
    pub guarantor: Option<Guarantor>,
    pub status: CommitmentStatus,
    pub reached_in: Option<ContactRef>,
    /// Id of the later commitment that took its place.
    pub superseded_by: Option<String>,
    /// Claimed violations inside its window (up to its end, or the day
    /// before the commitment that superseded it).
    pub violations: Vec<Violation>,
    pub sources: Vec<SourceRef>,
}

/// Whether a planned contact was confirmed.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(tag = "state", rename_all = "snake_case")]
pub enum Confirmation {
    /// A contact of the track took place inside the planned window.
    Held {
        date: Option<String>,
        kind: ContactKind,
        event_id: i64,
    },
    /// A later document reported the plan again (the window has not
    /// passed).
    Reconfirmed { source: SourceRef },
    /// Not (yet) confirmed; the window has not passed.
    Pending,
    /// The window passed (before `today`) without a report of the contact.
    Lapsed,
}

/// A planned contact: what comes next.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Planned {
    pub event_id: i64,
    pub kind: ContactKind,
    /// Expected dates.
    pub date: Option<String>,
    pub enddate: Option<String>,
    /// The words giving the date ("this week").
    pub date_text: Option<String>,
    pub venue: Option<Venue>,
    /// The number the round would get if it takes place next.
    pub round: Option<u32>,
    pub claimed_by: Option<String>,
    /// First report's publication date.
    pub announced: Option<String>,
    pub confirmation: Confirmation,
    pub text: String,
    pub sources: Vec<SourceRef>,
}

/// A negotiation between the same parties.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Track {
    /// Sorted party codes joined with `-` ("RUS-USA"); for merged tracks,
    /// the key of the track merged into.
    pub key: String,
    /// The user's name for it.
    pub name: Option<String>,
    pub parties: Vec<PartyRef>,
    /// The party sets whose events the track gathers (its own key first).
    pub party_sets: Vec<String>,
    /// The date statuses are computed against.
    pub today: String,
    /// Every contact, in date order (undated last).
    pub contacts: Vec<Contact>,
    /// Commitments reached in this track or binding its parties.
    pub commitments: Vec<Commitment>,
    /// Outcomes of the track's parties not tied to a contact.
    pub other_outcomes: Vec<Outcome>,
    /// Planned contacts, by expected date.
    pub planned: Vec<Planned>,
}

/// One row of a list of tracks.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct TrackSummary {
    pub key: String,
    pub name: Option<String>,
    /// The parties' codes.
    pub parties: Vec<String>,
    /// The parties' names, as people read them: "Russia – United States".
    pub title: String,
    /// `active` (a contact in the last 180 days, or one planned),
    /// `dormant` (contacts, none recent), `no contact` (only commitments or
    /// outcomes bind the parties).
    pub state: String,
    pub contacts: usize,
    pub rounds: usize,
    pub last_contact: Option<String>,
    /// The next pending planned contact: "2025-04-07..2025-04-13 delegation round".
    pub next_planned: Option<String>,
    pub commitments: usize,
    pub claimed_violations: usize,
}

/// Days after its last contact that a track is still active.
pub const ACTIVE_DAYS: i64 = 180;

impl Track {
    /// The parties' names: "Russia – United States".
    pub fn title(&self) -> String {
        self.parties
            .iter()
            .map(|p| p.name.as_str())
            .collect::<Vec<_>>()
            .join(" – ")
    }

    /// The name if the user gave one, else the key.
    pub fn label(&self) -> &str {
        self.name.as_deref().unwrap_or(&self.key)
    }

    /// The list row of this track.
    pub fn summary(&self) -> TrackSummary {
        let last = self
            .contacts
            .iter()
            .filter(|c| c.date.is_some())
            .max_by(|a, b| a.date.cmp(&b.date));
        let next = self.planned.iter().find(|p| {
            matches!(
                p.confirmation,
                Confirmation::Pending | Confirmation::Reconfirmed { .. }
            )
        });
        let today = chrono::NaiveDate::parse_from_str(&self.today, "%Y-%m-%d").ok();
        let recent = last
            .and_then(|c| c.enddate.as_deref().or(c.date.as_deref()))
            .and_then(crate::dates::hi)
            .zip(today)
            .is_some_and(|(d, t)| (t - d).num_days() <= ACTIVE_DAYS);
        let state = if self.contacts.is_empty() && next.is_none() {
            "no contact"
        } else if recent || next.is_some() {
            "active"
        } else {
            "dormant"
        };
        TrackSummary {
            key: self.key.clone(),
            name: self.name.clone(),
            parties: self.parties.iter().map(|p| p.code.clone()).collect(),
            title: self.title(),
            state: state.to_string(),
            contacts: self.contacts.len(),
            rounds: self.contacts.iter().filter(|c| c.round.is_some()).count(),
            last_contact: last.map(|c| span_text(c.date.as_deref(), c.enddate.as_deref())),
            next_planned: next.map(|p| {
                format!(
                    "{} {}",
                    span_text(p.date.as_deref(), p.enddate.as_deref()),
                    p.kind.label()
                )
            }),
            commitments: self.commitments.len(),
            claimed_violations: self.commitments.iter().map(|c| c.violations.len()).sum(),
        }
    }
}

/// The list rows of several tracks, in the same order.
pub fn summaries(tracks: &[Track]) -> Vec<TrackSummary> {
    tracks.iter().map(Track::summary).collect()
}

/// `date..enddate`, `date`, or `undated`.
pub(crate) fn span_text(date: Option<&str>, enddate: Option<&str>) -> String {
    match (date, enddate) {
        (Some(d), Some(e)) if d != e => format!("{d}..{e}"),
        (Some(d), _) => d.to_string(),
        _ => "undated".to_string(),
    }
}
