//! The JSON API under `/api/v1`, and its OpenAPI document.

use crate::error::{ApiError, ErrorBody};
use crate::export::to_csv;
use crate::state::AppState;
use crate::MAX_BODY_BYTES;
use axum::body::Bytes;
use axum::extract::rejection::{BytesRejection, PathRejection, QueryRejection};
use axum::extract::{DefaultBodyLimit, FromRequestParts, Path, Query, State};
use axum::http::request::Parts;
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Json, Router};
use detente_store::{
    DocRow, DocumentView, EventDetail, EventFilter, EventRow, PersonRow, PersonView, QuoteRow,
    SearchFilter, SearchHit, StateView, Stats, Store, StoreError,
};
use detente_tracks::{Track, TrackSummary};
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, OpenApi, ToSchema};

/// Rows a list answers when no `limit` is given.
pub const DEFAULT_LIMIT: usize = 50;
/// Most rows one JSON page answers.
pub const MAX_LIMIT: usize = 1000;
/// Most rows one CSV export answers.
pub const MAX_CSV_LIMIT: usize = 10_000;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/health", get(health))
        .route("/stats", get(stats))
        .route("/openapi.json", get(openapi))
        .route("/documents", get(list_documents).post(ingest_document))
        .route("/documents/{id}", get(get_document))
        .route("/events", get(list_events))
        .route("/events/{id}", get(get_event))
        .route("/tracks", get(list_tracks))
        .route("/tracks/{key}", get(get_track))
        .route("/quotes", get(list_quotes))
        .route("/people", get(list_people))
        .route("/people/{name}", get(get_person))
        .route("/states/{code}", get(get_state))
        .route("/search", get(search))
        .fallback(not_found)
        .layer(DefaultBodyLimit::max(MAX_BODY_BYTES))
}

async fn not_found() -> ApiError {
    ApiError::not_found("no such API path (see /api/v1/openapi.json)")
}

/// `Query<T>` whose rejection is a JSON error.
pub(crate) struct Q<T>(pub T);

impl<T: DeserializeOwned + Send, S: Send + Sync> FromRequestParts<S> for Q<T> {
    type Rejection = ApiError;
    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, ApiError> {
        Query::<T>::from_request_parts(parts, state)
            .await
            .map(|Query(t)| Q(t))
            .map_err(|e: QueryRejection| ApiError::bad_request(e.body_text()))
    }
}

/// `Path<T>` whose rejection is a JSON error.
pub(crate) struct P<T>(pub T);

impl<T: DeserializeOwned + Send, S: Send + Sync> FromRequestParts<S> for P<T> {
    type Rejection = ApiError;
    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, ApiError> {
        Path::<T>::from_request_parts(parts, state)
            .await
            .map(|Path(t)| P(t))
            .map_err(|e: PathRejection| ApiError::bad_request(e.body_text()))
    }
}

/// How a list is answered.
#[derive(Clone, Copy, Debug, Default, Deserialize, PartialEq, Eq, ToSchema)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    /// A page: `{items, limit, offset, next_offset}`.
    #[default]
    Json,
    /// A CSV file (a download), one row per item.
    Csv,
}

/// Paging of every list: stable order, `limit` rows from `offset`.
#[derive(Clone, Debug, Default, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct PageParams {
    /// Rows to answer (default 50; at most 1,000 as JSON, 10,000 as CSV).
    #[param(minimum = 1, maximum = 10000)]
    pub limit: Option<usize>,
    /// Rows to skip.
    #[param(minimum = 0)]
    pub offset: Option<usize>,
    /// `json` (default) or `csv`.
    pub format: Option<Format>,
}

impl PageParams {
    pub(crate) fn limit(&self) -> Result<usize, ApiError> {
        let max = match self.format.unwrap_or_default() {
            Format::Json => MAX_LIMIT,
            Format::Csv => MAX_CSV_LIMIT,
        };
        match self.limit {
            Some(0) => Err(ApiError::bad_request("limit must be at least 1")),
            Some(l) if l > max => Err(ApiError::bad_request(format!(
                "limit must be at most {max} for this format"
            ))),
            Some(l) => Ok(l),
            None => Ok(DEFAULT_LIMIT),
        }
    }
}

/// One page of a list.
#[derive(Serialize, ToSchema)]
pub struct Page<T: ToSchema> {
    pub items: Vec<T>,
    pub limit: usize,
    pub offset: usize,
    /// The `offset` of the next page, when there is one.
    pub next_offset: Option<usize>,
    /// How many items match in all (events), when counted.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub total: Option<usize>,
}

/// Answer a page fetched with one row more than asked (to know whether
/// another page follows), as JSON or CSV.
fn page_response<T: Serialize + ToSchema>(
    rows: Vec<T>,
    p: &PageParams,
    limit: usize,
    name: &str,
) -> Response {
    page_response_total(rows, p, limit, name, None)
}

/// [`page_response`] with the number of matching items.
fn page_response_total<T: Serialize + ToSchema>(
    mut rows: Vec<T>,
    p: &PageParams,
    limit: usize,
    name: &str,
    total: Option<usize>,
) -> Response {
    let offset = p.offset.unwrap_or(0);
    let more = rows.len() > limit;
    rows.truncate(limit);
    match p.format.unwrap_or_default() {
        Format::Json => Json(Page {
            next_offset: more.then_some(offset + limit),
            items: rows,
            limit,
            offset,
            total,
        })
        .into_response(),
        Format::Csv => csv_response(&rows, name),
    }
}

/// A list page: `fetch(store, limit + 1, offset)` (the row beyond the
/// page tells whether another follows), answered as JSON or CSV.
async fn paged<T, F>(
    st: &AppState,
    p: &PageParams,
    name: &str,
    fetch: F,
) -> Result<Response, ApiError>
where
    T: Serialize + ToSchema + Send + 'static,
    F: FnOnce(&Store, usize, usize) -> Result<Vec<T>, StoreError> + Send + 'static,
{
    let limit = p.limit()?;
    let offset = p.offset.unwrap_or(0);
    let rows = st.read(move |s| Ok(fetch(s, limit + 1, offset)?)).await?;
    Ok(page_response(rows, p, limit, name))
}

pub(crate) fn csv_response<T: Serialize>(rows: &[T], name: &str) -> Response {
    let mut res = to_csv(rows).into_response();
    let h = res.headers_mut();
    h.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/csv; charset=utf-8"),
    );
    if let Ok(v) = HeaderValue::from_str(&format!("attachment; filename=\"detente-{name}.csv\"")) {
        h.insert(header::CONTENT_DISPOSITION, v);
    }
    res
}

/// A date filter as the store takes it: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
pub(crate) fn check_date(name: &str, v: &Option<String>) -> Result<Option<String>, ApiError> {
    let Some(s) = v.as_deref().map(str::trim).filter(|s| !s.is_empty()) else {
        return Ok(None);
    };
    let ok = detente_store::is_date_filter(s);
    if ok {
        Ok(Some(s.to_string()))
    } else {
        Err(ApiError::bad_request(format!(
            "{name}: `{s}` is not a date (YYYY, YYYY-MM or YYYY-MM-DD)"
        )))
    }
}

/// A state or body code: two to eight letters or digits, upper-cased.
pub(crate) fn check_code(name: &str, s: &str) -> Result<String, ApiError> {
    let c = s.trim().to_uppercase();
    if (2..=8).contains(&c.len()) && c.bytes().all(|b| b.is_ascii_alphanumeric()) {
        Ok(c)
    } else {
        Err(ApiError::bad_request(format!(
            "{name}: `{s}` is not a code (ISO 3166-1 alpha-3 such as RUS, or IGO, UNO, EUR, …)"
        )))
    }
}

fn nonempty(v: &Option<String>) -> Option<String> {
    v.as_deref()
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_string)
}

// ---------------------------------------------------------------- health

/// Whether the server and its database answer.
#[derive(Serialize, ToSchema)]
pub struct Health {
    /// `ok`.
    pub status: &'static str,
    pub schema_version: i64,
    /// Whether `POST /api/v1/documents` is open (with the token).
    pub ingest: bool,
    pub version: &'static str,
}

#[utoipa::path(get, path = "/api/v1/health", tag = "meta",
    responses((status = 200, body = Health, description = "the answer"), (status = 500, body = ErrorBody, description = "a server error")))]
async fn health(State(st): State<AppState>) -> Result<Json<Health>, ApiError> {
    let ingest = st.ingest_allowed();
    let schema_version = st.read(|s| Ok(s.schema_version()?)).await?;
    Ok(Json(Health {
        status: "ok",
        schema_version,
        ingest,
        version: env!("CARGO_PKG_VERSION"),
    }))
}

/// Counts of everything stored (reads whole tables: not for every request).
#[utoipa::path(get, path = "/api/v1/stats", tag = "meta",
    responses((status = 200, body = Stats, description = "the answer")))]
async fn stats(State(st): State<AppState>) -> Result<Json<Stats>, ApiError> {
    Ok(Json(st.read(|s| Ok(s.stats()?)).await?))
}

async fn openapi() -> Json<utoipa::openapi::OpenApi> {
    Json(ApiDoc::openapi())
}

// ------------------------------------------------------------- documents

#[utoipa::path(get, path = "/api/v1/documents", tag = "documents", params(PageParams),
    responses((status = 200, description = "newest first; CSV with format=csv", content((Page<DocRow> = "application/json"), (String = "text/csv"))),
              (status = 400, body = ErrorBody, description = "bad parameters")))]
async fn list_documents(
    State(st): State<AppState>,
    Q(p): Q<PageParams>,
) -> Result<Response, ApiError> {
    paged(&st, &p, "documents", |s, limit, offset| {
        s.docs_page(limit, offset)
    })
    .await
}

#[utoipa::path(get, path = "/api/v1/documents/{id}", tag = "documents",
    params(("id" = String, Path, description = "document id (sha256 of the text)")),
    responses((status = 200, body = DocumentView, description = "the answer"), (status = 404, body = ErrorBody, description = "not found")))]
async fn get_document(
    State(st): State<AppState>,
    P(id): P<String>,
) -> Result<Json<DocumentView>, ApiError> {
    let v = st.read(move |s| Ok(s.document(&id)?)).await?;
    v.map(Json)
        .ok_or_else(|| ApiError::not_found("no such document"))
}

/// A document to store. Give `text` or `html` (or send the body itself as
/// `text/plain` or `text/html`, with these fields as query parameters).
#[derive(Clone, Debug, Default, Deserialize, ToSchema, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct IngestRequest {
    /// The article text.
    #[schema(pattern = r"\S")]
    pub text: Option<String>,
    /// A whole HTML page: its main text is extracted.
    pub html: Option<String>,
    pub url: Option<String>,
    pub title: Option<String>,
    /// Publication date, `YYYY-MM-DD` (a page's own date wins).
    #[param(pattern = r"^[0-9]{4}-[0-9]{2}-[0-9]{2}")]
    #[schema(pattern = r"^[0-9]{4}-[0-9]{2}-[0-9]{2}")]
    pub published: Option<String>,
    /// Site or outlet name.
    pub source: Option<String>,
    /// The id of the document in the sender's system.
    pub id: Option<String>,
}

/// What happened to a document sent for storage.
#[derive(Serialize, ToSchema)]
pub struct IngestResponse {
    /// The document id (sha256 of the normalised text).
    pub id: String,
    /// `false` when the same text was already stored (nothing written).
    pub stored: bool,
    pub events: usize,
    pub quotes: usize,
    pub entities: usize,
}

#[utoipa::path(post, path = "/api/v1/documents", tag = "documents",
    params(IngestRequest),
    request_body(content = IngestRequest, description = "JSON; or the text (text/plain) or page (text/html) itself"),
    security(("bearer" = [])),
    responses((status = 201, body = IngestResponse, description = "stored"),
              (status = 200, body = IngestResponse, description = "already stored"),
              (status = 400, body = ErrorBody, description = "bad parameters"), (status = 401, body = ErrorBody, description = "no valid token"),
              (status = 403, body = ErrorBody, description = "the server is read-only"),
              (status = 413, body = ErrorBody, description = "the body is too large, or the document's text is over the cap on one document (1 MiB)"), (status = 415, body = ErrorBody, description = "an unsupported content type"),
              (status = 422, body = ErrorBody, description = "no article text in the body")))]
async fn ingest_document(
    State(st): State<AppState>,
    headers: HeaderMap,
    Q(params): Q<IngestRequest>,
    body: Result<Bytes, BytesRejection>,
) -> Result<Response, ApiError> {
    if !st.ingest_allowed() {
        return Err(ApiError::forbidden(
            "this server is read-only: start it with --allow-ingest and DETENTE_TOKEN",
        ));
    }
    let token = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
        .map(str::trim);
    if !token.is_some_and(|t| st.token_matches(t)) {
        let mut res =
            ApiError::unauthorized("a valid token is needed: Authorization: Bearer <token>")
                .into_response();
        res.headers_mut()
            .insert(header::WWW_AUTHENTICATE, HeaderValue::from_static("Bearer"));
        return Ok(res);
    }
    let body = body.map_err(|e| ApiError::new(e.status(), e.body_text()))?;
    let ctype = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .to_ascii_lowercase();
    let kb = st.kb();
    let (record, source) =
        tokio::task::spawn_blocking(move || crate::ingest::record_of(&body, &ctype, params, kb))
            .await
            .map_err(|e| ApiError::internal(format!("extraction failed: {e}")))??;
    let counts = (
        record.events.len(),
        record.quotes.len(),
        record.entities.len(),
    );
    let id = record.document.id.clone();
    let outcome = st
        .write(move |s| Ok(s.insert_record(&record, source.as_deref())?))
        .await?;
    let stored = outcome.is_inserted();
    let body = IngestResponse {
        id,
        stored,
        events: counts.0,
        quotes: counts.1,
        entities: counts.2,
    };
    let status = if stored {
        StatusCode::CREATED
    } else {
        StatusCode::OK
    };
    Ok((status, Json(body)).into_response())
}

// ---------------------------------------------------------------- events

/// Filters of the event list (the same as `detente events`).
#[derive(Clone, Debug, Default, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct EventParams {
    /// A party's code, in either role (`RUS`).
    pub actor: Option<String>,
    /// Two party codes, either order: `RUS-USA`.
    #[param(pattern = r"^[A-Za-z0-9]{2,8}[-, ]+[A-Za-z0-9]{2,8}$")]
    pub dyad: Option<String>,
    /// PLOVER type (`CONSULT`, `AGREE`, `ACCUSE`, …).
    #[serde(rename = "type")]
    #[param(rename = "type")]
    pub event_type: Option<String>,
    /// `occurred`, `planned` or `claimed`.
    pub status: Option<String>,
    /// Only negated (`true`) or only affirmed (`false`) events.
    pub negated: Option<bool>,
    pub topic: Option<String>,
    /// Start date on or after (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`).
    #[param(pattern = r"^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$")]
    pub since: Option<String>,
    /// Start date on or before.
    #[param(pattern = r"^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$")]
    pub until: Option<String>,
    /// Words in a sentence that mentions the event.
    pub text: Option<String>,
    #[param(minimum = 1, maximum = 10000)]
    pub limit: Option<usize>,
    #[param(minimum = 0)]
    pub offset: Option<usize>,
    pub format: Option<Format>,
}

impl EventParams {
    pub(crate) fn page(&self) -> PageParams {
        PageParams {
            limit: self.limit,
            offset: self.offset,
            format: self.format,
        }
    }

    /// The store's filter, or why the parameters are wrong.
    pub(crate) fn filter(&self) -> Result<EventFilter, ApiError> {
        let dyad = match nonempty(&self.dyad) {
            Some(d) => {
                let codes: Vec<&str> = d
                    .split(|c: char| c == '-' || c == ',' || c.is_whitespace())
                    .filter(|s| !s.is_empty())
                    .collect();
                match codes.as_slice() {
                    [a, b] => Some((check_code("dyad", a)?, check_code("dyad", b)?)),
                    _ => {
                        return Err(ApiError::bad_request(format!(
                            "dyad: `{d}` is not two codes such as RUS-USA"
                        )))
                    }
                }
            }
            None => None,
        };
        let event_type = match nonempty(&self.event_type) {
            Some(t) => {
                let t = t.to_uppercase();
                if !detente_kb::PLOVER_TYPES.contains(&t.as_str()) {
                    return Err(ApiError::bad_request(format!(
                        "type: `{t}` is not a PLOVER event type ({})",
                        detente_kb::PLOVER_TYPES.join(", ")
                    )));
                }
                Some(t)
            }
            None => None,
        };
        let status = match nonempty(&self.status) {
            Some(s) if ["occurred", "planned", "claimed"].contains(&s.as_str()) => Some(s),
            Some(s) => {
                return Err(ApiError::bad_request(format!(
                    "status: `{s}` is not occurred, planned or claimed"
                )))
            }
            None => None,
        };
        let page = self.page();
        Ok(EventFilter {
            actor: nonempty(&self.actor)
                .map(|a| check_code("actor", &a))
                .transpose()?,
            dyad,
            event_type,
            status,
            negated: self.negated,
            topic: nonempty(&self.topic),
            since: check_date("since", &self.since)?,
            until: check_date("until", &self.until)?,
            text: nonempty(&self.text),
            // One more than asked: is there a next page?
            limit: Some(page.limit()? + 1),
            offset: self.offset.unwrap_or(0),
        })
    }
}

#[utoipa::path(get, path = "/api/v1/events", tag = "events", params(EventParams),
    responses((status = 200, description = "by start date (undated last), then id, each with the evidence of its first report (sentence, document, URL, source, title) and its number of reports; `total` counts every match; CSV with format=csv", content((Page<EventRow> = "application/json"), (String = "text/csv"))),
              (status = 400, body = ErrorBody, description = "bad parameters")))]
async fn list_events(
    State(st): State<AppState>,
    Q(p): Q<EventParams>,
) -> Result<Response, ApiError> {
    // The filter already asks for the row beyond the page.
    let f = p.filter()?;
    let page = p.page();
    let limit = page.limit()?;
    let csv = page.format.unwrap_or_default() == Format::Csv;
    let (rows, total) = st
        .read(move |s| {
            let rows = s.events(&f)?;
            // Every event of the filter, without its paging.
            let total = if csv { None } else { Some(s.count_events(&f)?) };
            Ok((rows, total))
        })
        .await?;
    Ok(page_response_total(rows, &page, limit, "events", total))
}

#[utoipa::path(get, path = "/api/v1/events/{id}", tag = "events",
    params(("id" = i64, Path, description = "event id")),
    responses((status = 200, body = EventDetail, description = "the event and every report of it"),
              (status = 400, body = ErrorBody, description = "not an event id"),
              (status = 404, body = ErrorBody, description = "not found")))]
async fn get_event(
    State(st): State<AppState>,
    P(id): P<i64>,
) -> Result<Json<EventDetail>, ApiError> {
    st.read(move |s| Ok(s.event(id)?))
        .await?
        .map(Json)
        .ok_or_else(|| ApiError::not_found(format!("no event {id}")))
}

// ---------------------------------------------------------------- tracks

#[utoipa::path(get, path = "/api/v1/tracks", tag = "tracks", params(PageParams),
    responses((status = 200, description = "most recently active first; CSV with format=csv", content((Vec<TrackSummary> = "application/json"), (String = "text/csv"))),
              (status = 400, body = ErrorBody, description = "bad parameters")))]
async fn list_tracks(
    State(st): State<AppState>,
    Q(p): Q<PageParams>,
) -> Result<Response, ApiError> {
    let tracks = st.tracks().await?;
    let rows = detente_tracks::summaries(&tracks);
    Ok(match p.format.unwrap_or_default() {
        Format::Json => Json(rows).into_response(),
        Format::Csv => csv_response(&rows, "tracks"),
    })
}

#[utoipa::path(get, path = "/api/v1/tracks/{key}", tag = "tracks",
    params(("key" = String, Path, description = "party codes (RUS-USA) or the track's name")),
    responses((status = 200, body = Track, description = "the answer"), (status = 404, body = ErrorBody, description = "not found")))]
async fn get_track(State(st): State<AppState>, P(key): P<String>) -> Result<Json<Track>, ApiError> {
    let tracks = st.tracks().await?;
    detente_tracks::find_track(&tracks, &key)
        .cloned()
        .map(Json)
        .ok_or_else(|| ApiError::not_found(format!("no track {key:?}")))
}

// ------------------------------------------------- quotes, people, states

#[derive(Clone, Debug, Default, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct QuoteParams {
    /// Part of the speaker's name (case-insensitive); all quotes when absent.
    pub speaker: Option<String>,
    #[param(minimum = 1, maximum = 10000)]
    pub limit: Option<usize>,
    #[param(minimum = 0)]
    pub offset: Option<usize>,
    pub format: Option<Format>,
}

#[utoipa::path(get, path = "/api/v1/quotes", tag = "people", params(QuoteParams),
    responses((status = 200, description = "oldest first; CSV with format=csv", content((Page<QuoteRow> = "application/json"), (String = "text/csv"))),
              (status = 400, body = ErrorBody, description = "bad parameters")))]
async fn list_quotes(
    State(st): State<AppState>,
    Q(p): Q<QuoteParams>,
) -> Result<Response, ApiError> {
    let page = PageParams {
        limit: p.limit,
        offset: p.offset,
        format: p.format,
    };
    let speaker = p.speaker.clone().unwrap_or_default();
    paged(&st, &page, "quotes", move |s, limit, offset| {
        s.quotes_page(&speaker, limit, offset)
    })
    .await
}

#[utoipa::path(get, path = "/api/v1/people", tag = "people", params(PageParams),
    responses((status = 200, description = "most mentioned first; CSV with format=csv", content((Page<PersonRow> = "application/json"), (String = "text/csv"))),
              (status = 400, body = ErrorBody, description = "bad parameters")))]
async fn list_people(
    State(st): State<AppState>,
    Q(p): Q<PageParams>,
) -> Result<Response, ApiError> {
    paged(&st, &p, "people", |s, limit, offset| {
        s.people_page(limit, offset)
    })
    .await
}

#[utoipa::path(get, path = "/api/v1/people/{name}", tag = "people",
    params(("name" = String, Path, description = "the person's stored name (case-insensitive)")),
    responses((status = 200, body = PersonView, description = "the answer"), (status = 404, body = ErrorBody, description = "not found")))]
async fn get_person(
    State(st): State<AppState>,
    P(name): P<String>,
) -> Result<Json<PersonView>, ApiError> {
    let n = name.clone();
    st.read(move |s| Ok(s.person(&n)?))
        .await?
        .map(Json)
        .ok_or_else(|| ApiError::not_found(format!("no person {name:?}")))
}

#[utoipa::path(get, path = "/api/v1/states/{code}", tag = "people",
    params(("code" = String, Path, description = "ISO 3166-1 alpha-3 or PLOVER body code",
            pattern = r"^[A-Za-z0-9]{2,8}$")),
    responses((status = 200, body = StateView, description = "the answer"), (status = 400, body = ErrorBody, description = "bad parameters"),
              (status = 404, body = ErrorBody, description = "not found")))]
async fn get_state(
    State(st): State<AppState>,
    P(code): P<String>,
) -> Result<Json<StateView>, ApiError> {
    let code = check_code("code", &code)?;
    let c = code.clone();
    st.read(move |s| Ok(s.state(&c, 100)?))
        .await?
        .map(Json)
        .ok_or_else(|| ApiError::not_found(format!("nothing stored for {code}")))
}

// ---------------------------------------------------------------- search

#[derive(Clone, Debug, Default, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct SearchParams {
    /// Words that must all occur in a sentence (`word*` for a prefix).
    #[param(required = true, pattern = r"\S")]
    pub q: Option<String>,
    /// Published on or after (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`).
    #[param(pattern = r"^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$")]
    pub since: Option<String>,
    /// Published on or before.
    #[param(pattern = r"^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$")]
    pub until: Option<String>,
    /// Only this source (site or outlet).
    pub source: Option<String>,
    #[param(minimum = 1, maximum = 10000)]
    pub limit: Option<usize>,
    #[param(minimum = 0)]
    pub offset: Option<usize>,
    pub format: Option<Format>,
}

impl SearchParams {
    pub(crate) fn page(&self) -> PageParams {
        PageParams {
            limit: self.limit,
            offset: self.offset,
            format: self.format,
        }
    }
    pub(crate) fn filter(&self) -> Result<SearchFilter, ApiError> {
        Ok(SearchFilter {
            since: check_date("since", &self.since)?,
            until: check_date("until", &self.until)?,
            source: nonempty(&self.source),
        })
    }
}

#[utoipa::path(get, path = "/api/v1/search", tag = "search", params(SearchParams),
    responses((status = 200, description = "best first; matches in **…**; CSV with format=csv", content((Page<SearchHit> = "application/json"), (String = "text/csv"))),
              (status = 400, body = ErrorBody, description = "bad parameters")))]
async fn search(State(st): State<AppState>, Q(p): Q<SearchParams>) -> Result<Response, ApiError> {
    let Some(q) = nonempty(&p.q) else {
        return Err(ApiError::bad_request("q: give the words to search for"));
    };
    let f = p.filter()?;
    paged(&st, &p.page(), "search", move |s, limit, offset| {
        s.search_with(&q, &f, limit, offset)
    })
    .await
}

// --------------------------------------------------------------- openapi

struct BearerAuth;

impl utoipa::Modify for BearerAuth {
    fn modify(&self, api: &mut utoipa::openapi::OpenApi) {
        use utoipa::openapi::security::{HttpAuthScheme, HttpBuilder, SecurityScheme};
        let c = api.components.get_or_insert_with(Default::default);
        c.add_security_scheme(
            "bearer",
            SecurityScheme::Http(HttpBuilder::new().scheme(HttpAuthScheme::Bearer).build()),
        );
    }
}

/// The OpenAPI document of `/api/v1`, generated from the handlers.
#[derive(OpenApi)]
#[openapi(
    info(title = "detente", description = "Diplomatic events, quotes, people and negotiation \
        tracks extracted from news, each with the sentence it came from."),
    paths(health, stats, list_documents, get_document, ingest_document, list_events, get_event,
          list_tracks, get_track, list_quotes, list_people, get_person, get_state, search),
    components(schemas(ErrorBody, Format)),
    modifiers(&BearerAuth),
    tags((name = "events", description = "Events merged across reports, with every report"),
         (name = "tracks", description = "Negotiation tracks"),
         (name = "documents", description = "Stored articles, and ingest"),
         (name = "people", description = "People, states and what they said"),
         (name = "search", description = "Full-text search over sentences"),
         (name = "meta", description = "Health and counts"))
)]
pub struct ApiDoc;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_and_codes_are_checked() {
        assert_eq!(
            check_date("since", &Some("2025".into()))
                .unwrap()
                .as_deref(),
            Some("2025")
        );
        assert!(check_date("since", &Some("2025-02-30".into())).is_err());
        assert!(check_date("since", &Some("2025-13".into())).is_err());
        assert!(check_date("since", &Some("yesterday".into())).is_err());
        assert_eq!(check_date("since", &Some(" ".into())).unwrap(), None);
        assert_eq!(check_code("actor", "rus").unwrap(), "RUS");
        assert!(check_code("actor", "R'; DROP").is_err());
    }

    #[test]
    fn event_parameters_become_the_store_filter() {
        let p = EventParams {
            dyad: Some("usa-rus".into()),
            event_type: Some("consult".into()),
            limit: Some(10),
            ..Default::default()
        };
        let f = p.filter().unwrap();
        assert_eq!(f.dyad, Some(("USA".into(), "RUS".into())));
        assert_eq!(f.event_type.as_deref(), Some("CONSULT"));
        assert_eq!(f.limit, Some(11));
        for bad in [
            EventParams {
                dyad: Some("RUS".into()),
                ..Default::default()
            },
            EventParams {
                event_type: Some("PARTY".into()),
                ..Default::default()
            },
            EventParams {
                status: Some("maybe".into()),
                ..Default::default()
            },
            EventParams {
                limit: Some(5000),
                ..Default::default()
            },
        ] {
            let e = bad.filter().unwrap_err();
            assert_eq!(e.status, StatusCode::BAD_REQUEST, "{e}");
        }
    }

    #[test]
    fn the_openapi_document_names_every_path() {
        let doc = serde_json::to_value(ApiDoc::openapi()).unwrap();
        let paths = doc["paths"].as_object().unwrap();
        for p in [
            "/api/v1/events",
            "/api/v1/events/{id}",
            "/api/v1/tracks/{key}",
            "/api/v1/documents",
            "/api/v1/search",
            "/api/v1/health",
        ] {
            assert!(paths.contains_key(p), "{p} missing");
        }
        assert!(doc["components"]["schemas"]["EventRow"].is_object());
        let params = doc["paths"]["/api/v1/events"]["get"]["parameters"]
            .as_array()
            .unwrap();
        assert!(params.iter().any(|p| p["name"] == "dyad"));
        assert!(params.iter().any(|p| p["name"] == "type"));
        // Every response is described (OpenAPI requires it).
        for (path, ops) in paths {
            for (method, op) in ops.as_object().unwrap() {
                for (status, r) in op["responses"].as_object().unwrap() {
                    assert!(
                        r["description"].as_str().is_some_and(|d| !d.is_empty()),
                        "{method} {path} {status}"
                    );
                }
            }
        }
    }
}
