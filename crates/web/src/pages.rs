//! The pages: rendered on the server with maud (every value escaped), one
//! stylesheet and one small script that only enhances (everything works
//! with JavaScript off).

use crate::api::{check_code, EventParams, SearchParams, P, Q};
use crate::article::{entity_href, path_segment, render_article, ArticleView};
use crate::error::ApiError;
use crate::state::AppState;
use crate::timeline::{timeline_svg, TimelineOptions};
use axum::extract::State;
use axum::http::{header, HeaderValue};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;
use detente_store::{EventRow, Party, QuoteRow};
use detente_tracks::{Confirmation, Track, TrackSummary};
use maud::{html, Markup, DOCTYPE};
use serde::Deserialize;

const CSS: &str = include_str!("../static/app.css");
const JS: &str = include_str!("../static/app.js");

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/", get(overview))
        .route("/tracks", get(tracks_page))
        .route("/tracks/{key}", get(track_page))
        .route("/events", get(events_page))
        .route("/events/{id}", get(event_page))
        .route("/documents", get(documents_page))
        .route("/documents/{id}", get(document_page))
        .route("/people", get(people_page))
        .route("/people/{name}", get(person_page))
        .route("/states/{code}", get(state_page))
        .route("/quotes", get(quotes_page))
        .route("/search", get(search_page))
        .route("/static/app.css", get(css))
        .route("/static/app.js", get(js))
        .fallback(page_not_found)
}

/// An error shown as a page (the API answers JSON instead).
pub struct PageError(ApiError);

impl From<ApiError> for PageError {
    fn from(e: ApiError) -> Self {
        PageError(e)
    }
}

impl IntoResponse for PageError {
    fn into_response(self) -> Response {
        let title = self.0.status.canonical_reason().unwrap_or("Error");
        let body = layout(
            title,
            "",
            html! {
                h1 { (self.0.status.as_u16()) " " (title) }
                p class="error" { (self.0.message) }
                p { a href="/" { "Back to the overview" } }
            },
        );
        (self.0.status, body).into_response()
    }
}

type PageResult = Result<Markup, PageError>;

async fn page_not_found() -> PageError {
    PageError(ApiError::not_found("There is no page at this address."))
}

async fn css() -> Response {
    static_file(CSS, "text/css; charset=utf-8")
}

async fn js() -> Response {
    static_file(JS, "text/javascript; charset=utf-8")
}

fn static_file(body: &'static str, ctype: &'static str) -> Response {
    let mut res = body.into_response();
    res.headers_mut()
        .insert(header::CONTENT_TYPE, HeaderValue::from_static(ctype));
    res.headers_mut().insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("public, max-age=3600"),
    );
    res
}

// ---------------------------------------------------------------- pieces

fn layout(title: &str, nav: &str, body: Markup) -> Markup {
    let item = |href: &str, key: &str, label: &str| {
        html! {
            a href=(href) class=(if key == nav { "active" } else { "" }) { (label) }
        }
    };
    html! {
        (DOCTYPE)
        html lang="en" {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                title { (title) " · detente" }
                link rel="stylesheet" href="/static/app.css";
                script src="/static/app.js" defer {}
            }
            body {
                header class="top" {
                    a class="brand" href="/" { "détente" }
                    nav {
                        (item("/", "overview", "Overview"))
                        (item("/tracks", "tracks", "Tracks"))
                        (item("/events", "events", "Events"))
                        (item("/documents", "documents", "Articles"))
                        (item("/people", "people", "People"))
                        (item("/quotes", "quotes", "Quotes"))
                    }
                    form class="search" action="/search" method="get" role="search" {
                        input type="search" name="q" placeholder="Search sentences" aria-label="Search";
                    }
                }
                main { (body) }
            }
        }
    }
}

/// An outside address, only when it is plain http(s).
fn safe_url(u: &str) -> Option<&str> {
    let u = u.trim();
    let lower = u.to_ascii_lowercase();
    ((lower.starts_with("https://") || lower.starts_with("http://"))
        && !u.contains(|c: char| c.is_whitespace() || c.is_control() || "\"'<>`".contains(c)))
    .then_some(u)
}

fn query_string(pairs: &[(&str, Option<String>)]) -> String {
    let kept: Vec<(&str, &str)> = pairs
        .iter()
        .filter_map(|(k, v)| v.as_deref().filter(|s| !s.is_empty()).map(|v| (*k, v)))
        .collect();
    serde_urlencoded::to_string(kept).unwrap_or_default()
}

fn span_text(date: Option<&str>, end: Option<&str>) -> String {
    match (date, end) {
        (Some(d), Some(e)) if d != e => format!("{d} – {e}"),
        (Some(d), _) => d.to_string(),
        _ => "undated".to_string(),
    }
}

fn party_links(parties: &[Party]) -> Markup {
    html! {
        @for (i, p) in parties.iter().enumerate() {
            @if i > 0 { ", " }
            @match entity_href(&p.kind, &p.name, p.code.as_deref()) {
                Some(h) => a href=(h) title=(p.code.as_deref().unwrap_or("")) { (p.name) },
                None => span { (p.name) },
            }
        }
    }
}

fn status_badge(status: &str, negated: bool) -> Markup {
    html! {
        span class=(format!("badge {status}")) { @if negated { "not " } (status) }
    }
}

fn events_table(rows: &[EventRow]) -> Markup {
    if rows.is_empty() {
        return html! { p class="empty" { "No events." } };
    }
    html! {
        div class="scroll" {
            table class="events" {
                thead { tr { th { "Date" } th { "Event" } th { "Who" } th { "With / to whom" } th { "Where" } th { "Status" } th { "Reports" } } }
                tbody {
                    @for e in rows {
                        tr {
                            td class="date" { (span_text(e.date.as_deref(), e.enddate.as_deref())) }
                            td { a href=(format!("/events/{}", e.id)) { (e.event) @if let Some(m) = &e.mode { " · " (m) } } }
                            td { (party_links(&e.actors)) }
                            td { (party_links(&e.recipients)) }
                            td { @if let Some(l) = &e.location { (l.name) } }
                            td { (status_badge(&e.status, e.negated)) }
                            td class="num" { (e.n_documents) }
                        }
                    }
                }
            }
        }
    }
}

fn quotes_list(rows: &[QuoteRow], with_speaker: bool) -> Markup {
    if rows.is_empty() {
        return html! { p class="empty" { "No quotes." } };
    }
    html! {
        ul class="quotes" {
            @for q in rows {
                li {
                    blockquote { (q.text) }
                    div class="meta" {
                        @if with_speaker {
                            @match &q.speaker {
                                Some(s) => a href=(format!("/people/{}", path_segment(s))) { (s) },
                                None => span { "unattributed" },
                            }
                            " · "
                        }
                        @if let Some(p) = &q.published { (p) " · " }
                        a href=(format!("/documents/{}?at={}-{}#q-{}", q.doc_id, q.start, q.end, q.start)) {
                            (q.title.as_deref().unwrap_or("the article"))
                        }
                    }
                }
            }
        }
    }
}

/// Previous / next links and the exports of a list.
fn pager(
    path: &str,
    pairs: &[(&str, Option<String>)],
    offset: usize,
    limit: usize,
    more: bool,
    api: &str,
) -> Markup {
    let with = |extra: &[(&str, Option<String>)]| {
        let mut all: Vec<(&str, Option<String>)> = pairs.to_vec();
        all.extend_from_slice(extra);
        query_string(&all)
    };
    let prev = (offset > 0).then(|| {
        format!(
            "{path}?{}",
            with(&[("offset", Some(offset.saturating_sub(limit).to_string()))])
        )
    });
    let next = more.then(|| {
        format!(
            "{path}?{}",
            with(&[("offset", Some((offset + limit).to_string()))])
        )
    });
    let export = |f: &str| {
        format!(
            "/api/v1/{api}?{}",
            with(&[
                ("format", Some(f.to_string())),
                (
                    "limit",
                    Some(if f == "csv" { "10000" } else { "1000" }.to_string())
                ),
            ])
        )
    };
    html! {
        nav class="pager" {
            @if let Some(p) = prev { a rel="prev" href=(p) { "← Newer / previous" } }
            @if let Some(n) = next { a rel="next" href=(n) { "Next →" } }
            span class="exports" {
                "Download: "
                a href=(export("csv")) download { "CSV" }
                " · "
                a href=(export("json")) { "JSON" }
            }
        }
    }
}

// ---------------------------------------------------------------- pages

/// How long a page waits for the tracks before it shows what it has.
const TRACKS_WAIT: std::time::Duration = std::time::Duration::from_secs(3);

fn tracks_note(fresh: bool, have: bool) -> Markup {
    html! {
        @if !fresh {
            p class="note" {
                @if have { "These tracks predate the latest articles: they are being rebuilt. " }
                @else { "The tracks are being built from a large database. " }
                "Reload in a minute."
            }
        }
    }
}

async fn overview(State(st): State<AppState>) -> PageResult {
    let (tracks, fresh) = st.tracks_within(TRACKS_WAIT).await?;
    let have = tracks.is_some();
    let tracks = tracks.unwrap_or_default();
    let today = st.today().format("%Y-%m-%d").to_string();
    let t = today.clone();
    let (latest, upcoming) = st
        .read(move |s| Ok((s.recent_events(&t, 15)?, s.upcoming_events(&t, 10)?)))
        .await?;
    let rows: Vec<TrackSummary> = detente_tracks::summaries(&tracks);
    let active: Vec<TrackSummary> = rows
        .iter()
        .filter(|r| r.state == "active")
        .cloned()
        .collect();
    Ok(layout(
        "Overview",
        "overview",
        html! {
            h1 { "Negotiations" }
            p class="sub" { "As of " (today) ". Every fact links to the sentence it came from." }
            h2 { "Active tracks" }
            (tracks_note(fresh, have))
            @if active.is_empty() && !rows.is_empty() {
                p class="empty" { "No track had a contact in the last " (detente_tracks::ACTIVE_DAYS) " days or has one planned." }
            } @else {
                (tracks_table(&active[..active.len().min(20)]))
            }
            p { a href="/tracks" { "All " (rows.len()) " tracks" } " (dormant ones and those without contacts too)" }
            h2 { "Coming up" }
            @if upcoming.is_empty() { p class="empty" { "No talks announced from today on." } }
            @else { (events_table(&upcoming)) }
            p { a href=(format!("/events?status=planned&since={today}")) { "Everything announced" } }
            h2 { "Latest events" }
            (events_table(&latest))
            p { a href="/events" { "All events" } }
        },
    ))
}

fn tracks_table(rows: &[TrackSummary]) -> Markup {
    if rows.is_empty() {
        return html! { p class="empty" { "No tracks yet: ingest articles that report talks." } };
    }
    html! {
        div class="scroll" {
            table class="tracks" {
                thead { tr { th { "Track" } th { "State" } th { "Contacts" } th { "Rounds" } th { "Last contact" } th { "Next" } th { "Commitments" } th { "Claimed violations" } } }
                tbody {
                    @for r in rows {
                        tr {
                            td { a href=(format!("/tracks/{}", path_segment(&r.key))) {
                                @if let Some(n) = &r.name { (n) " (" (r.title) ")" } @else { (r.title) } }
                                " " span class="code" { (r.key) } }
                            td { span class=(format!("badge {}", r.state.replace(' ', "-"))) { (r.state) } }
                            td class="num" { (r.contacts) }
                            td class="num" { (r.rounds) }
                            td class="date" { (r.last_contact.as_deref().unwrap_or("–")) }
                            td { (r.next_planned.as_deref().unwrap_or("–")) }
                            td class="num" { (r.commitments) }
                            td class="num" { (r.claimed_violations) }
                        }
                    }
                }
            }
        }
    }
}

async fn tracks_page(State(st): State<AppState>) -> PageResult {
    let (tracks, fresh) = st.tracks_within(TRACKS_WAIT).await?;
    let have = tracks.is_some();
    let rows = detente_tracks::summaries(&tracks.unwrap_or_default());
    Ok(layout(
        "Tracks",
        "tracks",
        html! {
            h1 { "Negotiation tracks" }
            (tracks_note(fresh, have))
            (tracks_table(&rows))
            nav class="pager" { span class="exports" { "Download: "
                a href="/api/v1/tracks?format=csv" download { "CSV" } " · "
                a href="/api/v1/tracks" { "JSON" } } }
        },
    ))
}

fn sources(s: &[detente_tracks::SourceRef]) -> Markup {
    html! {
        ul class="sources" {
            @for r in s {
                li {
                    a href=(format!("/documents/{}", r.doc_id)) { (r.title.as_deref().or(r.source.as_deref()).unwrap_or("article")) }
                    @if let Some(p) = &r.published { " · " (p) }
                    @if let Some(s) = &r.sentence { blockquote class="evidence" { (s) } }
                }
            }
        }
    }
}

async fn track_page(State(st): State<AppState>, P(key): P<String>) -> PageResult {
    let tracks = st.tracks().await?;
    let Some(t) = detente_tracks::find_track(&tracks, &key).cloned() else {
        return Err(ApiError::not_found(format!("No track {key:?}.")).into());
    };
    let today = st.today();
    let svg = timeline_svg(&t, today, TimelineOptions::default());
    // The parties' names (or the name given to the track), the key aside.
    let title = format!("Track {}", t.name.clone().unwrap_or_else(|| t.title()));
    let dyad =
        (t.parties.len() == 2).then(|| format!("{}-{}", t.parties[0].code, t.parties[1].code));
    Ok(layout(
        &title,
        "tracks",
        html! {
            h1 { (title) " " span class="code" { (t.key) } }
            p class="sub" {
                @for (i, p) in t.parties.iter().enumerate() {
                    @if i > 0 { " – " }
                    a href=(format!("/states/{}", path_segment(&p.code))) { (p.name) }
                }
                " · statuses as of " (t.today)
            }
            figure class="timeline" {
                (svg)
                figcaption class="legend" {
                    span class="k call" { "● call" } span class="k round" { "■ round" }
                    span class="k visit" { "▲ visit" } span class="k outcome" { "◆ outcome" }
                    span class="k bar" { "▬ commitment" } span class="k violation" { "✕ claimed violation" }
                    span class="k planned" { "○ planned" }
                }
            }
            (track_sections(&t))
            nav class="pager" { span class="exports" { "Download: "
                a href=(format!("/api/v1/tracks/{}", path_segment(&t.key))) { "JSON" }
                @if let Some(d) = &dyad {
                    " · " a href=(format!("/api/v1/events?dyad={d}&format=csv&limit=10000")) download { "events CSV" }
                }
            } }
        },
    ))
}

fn track_sections(t: &Track) -> Markup {
    html! {
        h2 { "Rounds and contacts" }
        @if t.contacts.is_empty() { p class="empty" { "No contacts reported." } }
        ol class="contacts" {
            @for c in &t.contacts {
                li id=(format!("contact-{}", c.event_ids.first().copied().unwrap_or(0))) {
                    div class="head" {
                        span class="date" { (span_text(c.date.as_deref(), c.enddate.as_deref())) }
                        " "
                        a href=(format!("/events/{}", c.event_ids.first().copied().unwrap_or(0))) {
                            @if let Some(n) = c.round { "Round " (n) } @else { (c.kind.label()) }
                        }
                        @if let Some(v) = &c.venue { " · " (v.name) }
                        @if c.status != "occurred" { " " (status_badge(&c.status, false)) }
                    }
                    @if !c.called.is_empty() { div class="field" { "called: " (c.called.join("; ")) } }
                    @for d in &c.delegations {
                        div class="field" { span class="k" { (d.name) ": " }
                            @for (i, p) in d.people.iter().enumerate() {
                                @if i > 0 { ", " }
                                a href=(format!("/people/{}", path_segment(&p.name))) { (p.name) }
                                @if let Some(o) = &p.office { " (" (o) ")" }
                            }
                        }
                    }
                    @if !c.topics.is_empty() { div class="field" { span class="k" { "agenda: " } (c.topics.join(", ")) } }
                    @for o in &c.outcomes {
                        div class="field outcome" { span class="k" { "outcome: " }
                            a href=(format!("/events/{}", o.event_id)) { (o.event) } " — " (o.text) }
                    }
                    (sources(&c.sources))
                }
            }
        }
        h2 { "Outcomes" }
        @let outcomes: Vec<&detente_tracks::Outcome> = t.contacts.iter().flat_map(|c| &c.outcomes).chain(&t.other_outcomes).collect();
        @if outcomes.is_empty() { p class="empty" { "No outcomes reported." } }
        ul class="items" {
            @for o in &outcomes {
                li { span class="date" { (span_text(o.date.as_deref(), o.enddate.as_deref())) } " "
                    a href=(format!("/events/{}", o.event_id)) { (o.event) } " " (status_badge(&o.status, false))
                    blockquote class="evidence" { (o.text) } }
            }
        }
        h2 { "Commitments" }
        @if t.commitments.is_empty() { p class="empty" { "No commitments with terms." } }
        ul class="items" {
            @for c in &t.commitments {
                li {
                    a href=(format!("/events/{}", c.event_ids.first().copied().unwrap_or(0))) { (c.terms) }
                    " " span class=(format!("badge {}", c.status.label().replace(' ', "-"))) { (c.status.label()) }
                    div class="field" { span class="k" { "window: " } (c.start.as_deref().unwrap_or("?")) " – " (c.end.as_deref().unwrap_or("open-ended"))
                        @if let Some(d) = &c.duration { " (" (d.text) ")" } }
                    @if let Some(g) = &c.guarantor { div class="field" { span class="k" { "guarantor: " } (g.name) } }
                    @for v in &c.violations {
                        div class="field violation" { span class="k" { "claimed violation " (v.date.as_deref().unwrap_or("")) ": " }
                            a href=(format!("/events/{}", v.event_id)) { (v.text) }
                            @if let Some(by) = &v.claimed_by { " — claimed by " (by) } }
                    }
                    (sources(&c.sources))
                }
            }
        }
        h2 { "What comes next" }
        @if t.planned.is_empty() { p class="empty" { "Nothing announced." } }
        ul class="items" {
            @for p in &t.planned {
                li {
                    span class="date" { (span_text(p.date.as_deref(), p.enddate.as_deref())) } " "
                    a href=(format!("/events/{}", p.event_id)) { "planned " (p.kind.label()) @if let Some(n) = p.round { " (round " (n) ")" } }
                    @if let Some(v) = &p.venue { " · " (v.name) }
                    " " span class="badge" { (match &p.confirmation {
                        Confirmation::Held { .. } => "held",
                        Confirmation::Reconfirmed { .. } => "reconfirmed",
                        Confirmation::Pending => "pending",
                        Confirmation::Lapsed => "lapsed",
                    }) }
                    blockquote class="evidence" { (p.text) }
                }
            }
        }
    }
}

async fn events_page(State(st): State<AppState>, Q(p): Q<EventParams>) -> PageResult {
    let f = p.filter()?;
    let limit = p.page().limit()?;
    let offset = p.offset.unwrap_or(0);
    let mut rows = st.read(move |s| Ok(s.events(&f)?)).await?;
    let more = rows.len() > limit;
    rows.truncate(limit);
    let pairs: Vec<(&str, Option<String>)> = vec![
        ("actor", p.actor.clone()),
        ("dyad", p.dyad.clone()),
        ("type", p.event_type.clone()),
        ("status", p.status.clone()),
        ("topic", p.topic.clone()),
        ("since", p.since.clone()),
        ("until", p.until.clone()),
        ("text", p.text.clone()),
    ];
    let v = |o: &Option<String>| o.clone().unwrap_or_default();
    Ok(layout(
        "Events",
        "events",
        html! {
            h1 { "Events" }
            form class="filters" method="get" action="/events" {
                label { "Party " input name="actor" value=(v(&p.actor)) placeholder="RUS" size="5"; }
                label { "Pair " input name="dyad" value=(v(&p.dyad)) placeholder="RUS-USA" size="8"; }
                label { "Type " select name="type" {
                    option value="" { "any" }
                    @for t in detente_kb::PLOVER_TYPES {
                        option value=(t) selected[p.event_type.as_deref().is_some_and(|x| x.eq_ignore_ascii_case(t))] { (t) }
                    }
                } }
                label { "Status " select name="status" {
                    option value="" { "any" }
                    @for s in ["occurred", "planned", "claimed"] {
                        option value=(s) selected[p.status.as_deref() == Some(s)] { (s) }
                    }
                } }
                label { "Topic " input name="topic" value=(v(&p.topic)) size="10"; }
                label { "From " input name="since" value=(v(&p.since)) placeholder="2025-03" size="10"; }
                label { "To " input name="until" value=(v(&p.until)) placeholder="2025-04-30" size="10"; }
                label { "Words " input name="text" value=(v(&p.text)) size="14"; }
                button type="submit" { "Filter" }
            }
            (events_table(&rows))
            (pager("/events", &pairs, offset, limit, more, "events"))
        },
    ))
}

async fn event_page(State(st): State<AppState>, P(id): P<i64>) -> PageResult {
    let Some(d) = st.read(move |s| Ok(s.event(id)?)).await? else {
        return Err(ApiError::not_found(format!("No event {id}.")).into());
    };
    let e = &d.event;
    let title = format!(
        "{} · {}",
        e.event,
        span_text(e.date.as_deref(), e.enddate.as_deref())
    );
    Ok(layout(
        &title,
        "events",
        html! {
            h1 { (e.event) @if let Some(m) = &e.mode { " · " (m) } " " (status_badge(&e.status, e.negated)) }
            dl class="facts" {
                dt { "When" } dd { (span_text(e.date.as_deref(), e.enddate.as_deref())) }
                dt { "Who" } dd { (party_links(&e.actors)) }
                @if !e.recipients.is_empty() { dt { "With / to whom" } dd { (party_links(&e.recipients)) } }
                @if let Some(l) = &e.location { dt { "Where" } dd { (l.name)
                    @if let Some(c) = &l.country_code { " (" a href=(format!("/states/{}", path_segment(c))) { (c) } ")" } } }
                @if !e.topics.is_empty() { dt { "Topics" } dd { (e.topics.join(", ")) } }
                @if !e.context.is_empty() { dt { "Context" } dd { (e.context.join(", ")) } }
                dt { "First reported" } dd { (e.first_reported.as_deref().unwrap_or("?")) }
                dt { "Reported by" } dd { (e.n_documents) " document" @if e.n_documents != 1 { "s" } ", " (e.n_sources) " source" @if e.n_sources != 1 { "s" } }
            }
            h2 { "Every report" }
            ol class="reports" {
                @for r in &d.reports {
                    li class="report" {
                        div class="head" {
                            a class="doc" href=(format!("/documents/{}?event={}", r.doc_id, e.id)) { (r.title.as_deref().unwrap_or("Untitled article")) }
                            @if let Some(s) = &r.source { " · " (s) }
                            @if let Some(p) = &r.published { " · " span class="date" { (p) } }
                            @if r.first { " " span class="badge first" { "first report" } }
                            @if let Some(u) = r.url.as_deref().and_then(safe_url) { " · " a href=(u) rel="noopener noreferrer nofollow" { "original" } }
                        }
                        div class="field" { span class="k" { "said: " } (r.status) @if r.negated { " (negated)" }
                            @if let Some(dt) = &r.date_text { " · date given as “" (dt) "”" }
                            @if let Some(c) = &r.claimed_by { " · claimed by " (c.name) } }
                        @for m in &r.mentions {
                            blockquote class="evidence" {
                                a href=(format!("/documents/{}?event={}#s-{}", r.doc_id, e.id, m.sentence)) {
                                    (m.text.as_deref().unwrap_or(&r.event_text))
                                }
                            }
                        }
                    }
                }
            }
            nav class="pager" { span class="exports" { "Download: " a href=(format!("/api/v1/events/{}", e.id)) { "JSON" } } }
        },
    ))
}

#[derive(Deserialize, Default)]
struct DocParams {
    only: Option<String>,
    event: Option<i64>,
}

async fn document_page(
    State(st): State<AppState>,
    P(id): P<String>,
    Q(p): Q<DocParams>,
) -> PageResult {
    let Some(d) = st.read(move |s| Ok(s.document(&id)?)).await? else {
        return Err(ApiError::not_found("No such article.").into());
    };
    let only = p.only.as_deref() == Some("events");
    let view = ArticleView {
        only_events: only,
        focus_event: p.event,
    };
    let focus = p.event.map(|e| format!("event={e}&"));
    let title = d
        .doc
        .title
        .clone()
        .unwrap_or_else(|| "Untitled article".to_string());
    let people: Vec<_> = d.entities.iter().filter(|e| e.kind == "person").collect();
    let states: Vec<_> = d
        .entities
        .iter()
        .filter(|e| e.kind == "state" || e.kind == "body")
        .collect();
    Ok(layout(
        &title,
        "documents",
        html! {
            h1 { (title) }
            p class="sub" {
                @if let Some(s) = &d.doc.source { (s) " · " }
                @if let Some(p) = &d.doc.published { (p) " · " }
                (d.events.len()) " events · " (d.quotes.len()) " quotes"
                @if let Some(u) = d.doc.url.as_deref().and_then(safe_url) { " · " a href=(u) rel="noopener noreferrer nofollow" { "original" } }
            }
            div class="toolbar" {
                @if only {
                    a class="toggle" id="toggle-events" href=(format!("?{}", focus.clone().unwrap_or_default().trim_end_matches('&'))) { "Show the whole article" }
                } @else {
                    a class="toggle" id="toggle-events" href=(format!("?{}only=events", focus.clone().unwrap_or_default())) { "Show only sentences with events" }
                }
                span class="legend" { mark class="ev" { "event" } " " span class="quote" { "quote" } " " span class="ent person" { "person" } " " span class="ent state" { "state" } }
            }
            div class="doc-layout" {
                article { (render_article(&d, &view)) }
                aside {
                    h2 { "Events" }
                    ul class="side" { @for e in &d.events {
                        li { a href=(format!("/events/{}", e.event_id)) { (e.event) } " " (e.status) @if let Some(dt) = &e.date { " · " (dt) } }
                    } }
                    h2 { "People" }
                    ul class="side" { @for e in &people {
                        li { a href=(format!("/people/{}", path_segment(&e.name))) { (e.name) } @if let Some(o) = &e.office { " · " (o) } }
                    } }
                    h2 { "States and bodies" }
                    ul class="side" { @for e in &states {
                        li { @match &e.code { Some(c) => a href=(format!("/states/{}", path_segment(c))) { (e.name) }, None => span { (e.name) } } }
                    } }
                    h2 { "Quotes" }
                    ul class="side" { @for q in &d.quotes {
                        li id=(format!("q-{}", q.start)) { (q.speaker.as_deref().unwrap_or("unattributed")) ": “" (q.text) "”" }
                    } }
                }
            }
        },
    ))
}

async fn documents_page(State(st): State<AppState>, Q(p): Q<crate::api::PageParams>) -> PageResult {
    let limit = p.limit()?;
    let offset = p.offset.unwrap_or(0);
    let mut rows = st
        .read(move |s| Ok(s.docs_page(limit + 1, offset)?))
        .await?;
    let more = rows.len() > limit;
    rows.truncate(limit);
    Ok(layout(
        "Articles",
        "documents",
        html! {
            h1 { "Articles" }
            @if rows.is_empty() { p class="empty" { "No articles stored." } }
            div class="scroll" { table {
                thead { tr { th { "Published" } th { "Title" } th { "Source" } th { "Events" } th { "Quotes" } } }
                tbody { @for d in &rows {
                    tr {
                        td class="date" { (d.published.as_deref().unwrap_or("–")) }
                        td { a href=(format!("/documents/{}", d.id)) { (d.title.as_deref().unwrap_or("Untitled article")) } }
                        td { (d.source.as_deref().unwrap_or("")) }
                        td class="num" { (d.n_events) }
                        td class="num" { (d.n_quotes) }
                    }
                } }
            } }
            (pager("/documents", &[], offset, limit, more, "documents"))
        },
    ))
}

async fn people_page(State(st): State<AppState>, Q(p): Q<crate::api::PageParams>) -> PageResult {
    let limit = p.limit()?;
    let offset = p.offset.unwrap_or(0);
    let mut rows = st
        .read(move |s| Ok(s.people_page(limit + 1, offset)?))
        .await?;
    let more = rows.len() > limit;
    rows.truncate(limit);
    Ok(layout(
        "People",
        "people",
        html! {
            h1 { "People" }
            div class="scroll" { table {
                thead { tr { th { "Name" } th { "For" } th { "Office" } th { "Articles" } th { "Quotes" } } }
                tbody { @for r in &rows {
                    tr {
                        td { a href=(format!("/people/{}", path_segment(&r.name))) { (r.name) } }
                        td { @if let Some(c) = &r.code { a href=(format!("/states/{}", path_segment(c))) { (c) } } }
                        td { (r.office.as_deref().unwrap_or("")) }
                        td class="num" { (r.documents) }
                        td class="num" { (r.quotes) }
                    }
                } }
            } }
            (pager("/people", &[], offset, limit, more, "people"))
        },
    ))
}

async fn person_page(State(st): State<AppState>, P(name): P<String>) -> PageResult {
    let n = name.clone();
    let Some(v) = st.read(move |s| Ok(s.person(&n)?)).await? else {
        return Err(ApiError::not_found(format!("No person {name:?}.")).into());
    };
    Ok(layout(
        &v.name,
        "people",
        html! {
            h1 { (v.name) }
            h2 { "Offices" }
            ul class="items" { @for e in &v.entries {
                li { (e.office.as_deref().unwrap_or("office not stated"))
                    @if let Some(c) = &e.code { " · " a href=(format!("/states/{}", path_segment(c))) { (c) } }
                    @if let Some(s) = &e.sector { " · " (s) }
                    " · in " (e.documents) " article" @if e.documents != 1 { "s" } }
            } }
            h2 { "Contacts and events" }
            (events_table(&v.events))
            h2 { "Quotes over time" }
            (quotes_list(&v.quotes, false))
            nav class="pager" { span class="exports" { "Download: "
                a href=(format!("/api/v1/quotes?speaker={}&format=csv&limit=10000", path_segment(&v.name))) download { "quotes CSV" } " · "
                a href=(format!("/api/v1/people/{}", path_segment(&v.name))) { "JSON" } } }
        },
    ))
}

async fn state_page(State(st): State<AppState>, P(code): P<String>) -> PageResult {
    let code = check_code("code", &code)?;
    let c = code.clone();
    let Some(v) = st.read(move |s| Ok(s.state(&c, 50)?)).await? else {
        return Err(ApiError::not_found(format!("Nothing stored for {code}.")).into());
    };
    let name = v.names.first().cloned().unwrap_or_else(|| v.code.clone());
    Ok(layout(
        &name,
        "",
        html! {
            h1 { (name) " " span class="code" { (v.code) } }
            @if v.names.len() > 1 { p class="sub" { "Also: " (v.names[1..].join(", ")) } }
            h2 { "People" }
            @if v.people.is_empty() { p class="empty" { "No people." } }
            ul class="items cols" { @for p in &v.people {
                li { a href=(format!("/people/{}", path_segment(&p.name))) { (p.name) } @if let Some(o) = &p.office { " · " (o) } }
            } }
            h2 { "Latest events" }
            (events_table(&v.events))
            p { a href=(format!("/events?actor={}", v.code)) { "All events of " (name) } }
            h2 { "Quotes" }
            (quotes_list(&v.quotes, true))
            nav class="pager" { span class="exports" { "Download: "
                a href=(format!("/api/v1/events?actor={}&format=csv&limit=10000", v.code)) download { "events CSV" } " · "
                a href=(format!("/api/v1/states/{}", v.code)) { "JSON" } } }
        },
    ))
}

#[derive(Deserialize, Default)]
struct QuotePageParams {
    speaker: Option<String>,
    offset: Option<usize>,
}

async fn quotes_page(State(st): State<AppState>, Q(p): Q<QuotePageParams>) -> PageResult {
    let limit = crate::api::DEFAULT_LIMIT;
    let offset = p.offset.unwrap_or(0);
    let speaker = p.speaker.clone().unwrap_or_default();
    let mut rows = st
        .read(move |s| Ok(s.quotes_page(&speaker, limit + 1, offset)?))
        .await?;
    let more = rows.len() > limit;
    rows.truncate(limit);
    Ok(layout(
        "Quotes",
        "quotes",
        html! {
            h1 { "Quotes" }
            form class="filters" method="get" action="/quotes" {
                label { "Speaker " input name="speaker" value=(p.speaker.clone().unwrap_or_default()) size="20"; }
                button type="submit" { "Filter" }
            }
            (quotes_list(&rows, true))
            (pager("/quotes", &[("speaker", p.speaker.clone())], offset, limit, more, "quotes"))
        },
    ))
}

/// A search hit's sentence with the store's `**…**` marks as `<mark>`;
/// the text between them is escaped.
fn marked(s: &str) -> Markup {
    html! {
        @for (i, part) in s.split("**").enumerate() {
            @if i % 2 == 1 { mark { (part) } } @else { (part) }
        }
    }
}

async fn search_page(State(st): State<AppState>, Q(p): Q<SearchParams>) -> PageResult {
    let q = p.q.clone().unwrap_or_default();
    let f = p.filter()?;
    let limit = p.page().limit()?;
    let offset = p.offset.unwrap_or(0);
    let words = q.clone();
    let mut hits = if q.trim().is_empty() {
        Vec::new()
    } else {
        st.read(move |s| Ok(s.search_with(&words, &f, limit + 1, offset)?))
            .await?
    };
    let more = hits.len() > limit;
    hits.truncate(limit);
    let pairs: Vec<(&str, Option<String>)> = vec![
        ("q", p.q.clone()),
        ("since", p.since.clone()),
        ("until", p.until.clone()),
        ("source", p.source.clone()),
    ];
    let v = |o: &Option<String>| o.clone().unwrap_or_default();
    Ok(layout(
        if q.is_empty() { "Search" } else { &q },
        "",
        html! {
            h1 { "Search" }
            form class="filters" method="get" action="/search" {
                label { "Words " input type="search" name="q" value=(q) size="24" autofocus; }
                label { "Published from " input name="since" value=(v(&p.since)) placeholder="2025-03" size="10"; }
                label { "to " input name="until" value=(v(&p.until)) size="10"; }
                label { "Source " input name="source" value=(v(&p.source)) size="12"; }
                button type="submit" { "Search" }
            }
            @if !q.trim().is_empty() && hits.is_empty() { p class="empty" { "No sentence holds all these words." } }
            ol class="hits" start=(offset + 1) {
                @for h in &hits {
                    li class="hit" {
                        a class="sentence" href=(format!("/documents/{}#s-{}", h.doc_id, h.sentence)) { (marked(&h.highlighted)) }
                        div class="meta" {
                            (h.title.as_deref().unwrap_or("Untitled article"))
                            @if let Some(s) = &h.source { " · " (s) }
                            @if let Some(p) = &h.published { " · " (p) }
                            @for e in &h.events { " · " a href=(format!("/events/{e}")) { "event " (e) } }
                        }
                    }
                }
            }
            @if !q.trim().is_empty() { (pager("/search", &pairs, offset, limit, more, "search")) }
        },
    ))
}
