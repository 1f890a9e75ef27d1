//! A document sent over HTTP, made into a record: the same steps as
//! `detente ingest` for one text or page.

use crate::api::IngestRequest;
use crate::error::ApiError;
use axum::http::StatusCode;
use detente_extract::{extract, DocMeta, Options, Record};
use detente_kb::Kb;

/// Why a text could not become a document, as an API error naming `what`:
/// a text over the cap on one document (the cap `detente ingest` applies,
/// [`detente_text::MAX_TEXT_BYTES`]) is 413, an empty or binary one 422.
fn read_error(what: &str, e: detente_text::ReadError) -> ApiError {
    let status = match e {
        detente_text::ReadError::TooLarge { .. } => StatusCode::PAYLOAD_TOO_LARGE,
        _ => StatusCode::UNPROCESSABLE_ENTITY,
    };
    ApiError::new(status, format!("{what}: {e}"))
}

/// The record of a request body and its source name. `ctype` is the
/// lower-cased Content-Type; `params` are the query parameters (a JSON
/// body's fields win over them). The document's text, whether sent as
/// `text` or read from a page, is refused past
/// [`detente_text::MAX_TEXT_BYTES`], as `detente ingest` refuses it.
pub fn record_of(
    body: &[u8],
    ctype: &str,
    params: IngestRequest,
    kb: &Kb,
) -> Result<(Record, Option<String>), ApiError> {
    let req = if ctype.starts_with("application/json") {
        let j: IngestRequest = serde_json::from_slice(body)
            .map_err(|e| ApiError::bad_request(format!("body: not the JSON expected: {e}")))?;
        IngestRequest {
            text: j.text,
            html: j.html,
            url: j.url.or(params.url),
            title: j.title.or(params.title),
            published: j.published.or(params.published),
            source: j.source.or(params.source),
            id: j.id.or(params.id),
        }
    } else if ctype.starts_with("text/html") || ctype.starts_with("application/xhtml") {
        IngestRequest {
            html: Some(String::new()),
            ..params
        }
    } else if ctype.starts_with("text/plain") {
        IngestRequest {
            text: Some(String::new()),
            ..params
        }
    } else {
        return Err(ApiError::new(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "send application/json, text/plain or text/html",
        ));
    };
    let published = match req.published.as_deref().map(str::trim) {
        Some(p) if !p.is_empty() => Some(
            chrono::NaiveDate::parse_from_str(p.get(..10).unwrap_or(p), "%Y-%m-%d").map_err(
                |_| ApiError::bad_request(format!("published: `{p}` is not a date YYYY-MM-DD")),
            )?,
        ),
        _ => None,
    };
    let raw_body = !ctype.starts_with("application/json");
    let (text, meta) = match (req.text, req.html) {
        (Some(t), _) => {
            let text = if raw_body {
                detente_text::decode(body)
                    .map_err(|e| read_error("body", e))?
                    .text
            } else {
                detente_text::check_size(&t).map_err(|e| read_error("text", e))?;
                t
            };
            let meta = DocMeta {
                external_id: req.id,
                url: req.url,
                title: req.title,
                published,
            };
            (text, meta)
        }
        (None, Some(h)) => {
            let bytes = if raw_body { body } else { h.as_bytes() };
            let ct = raw_body.then_some(ctype);
            let a = detente_html::html_to_article(bytes, req.url.as_deref(), ct).map_err(|e| {
                ApiError::new(StatusCode::UNPROCESSABLE_ENTITY, format!("html: {e}"))
            })?;
            // The page may be within the body cap and its article text
            // still over the cap on one document.
            let field = if raw_body { "body" } else { "html" };
            detente_text::check_size(&a.text)
                .map_err(|e| read_error(&format!("{field}: the page's article text"), e))?;
            let meta = DocMeta {
                external_id: req.id,
                url: a.canonical_url.or(req.url),
                title: a.title.or(req.title),
                published: a.published.or(published),
            };
            (a.text, meta)
        }
        (None, None) => return Err(ApiError::bad_request("give `text` or `html`")),
    };
    if text.trim().is_empty() {
        return Err(ApiError::new(
            StatusCode::UNPROCESSABLE_ENTITY,
            "the document has no text",
        ));
    }
    let record = extract(&text, &meta, kb, &Options::default());
    let source = req.source.filter(|s| !s.trim().is_empty());
    Ok((record, source))
}
