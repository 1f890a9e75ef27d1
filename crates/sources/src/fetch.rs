//! The network seam: [`Fetcher`], with [`HttpFetcher`] (ureq) and [`NoFetch`].

use std::io::Read;

use crate::{SourceError, SourceOptions};

/// A fetched resource.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fetched {
    /// The body (after Content-Encoding is undone), at most
    /// [`SourceOptions::max_bytes`] long.
    pub bytes: Vec<u8>,
    /// The Content-Type header.
    pub content_type: Option<String>,
    /// The URL after redirects.
    pub final_url: String,
    /// The Last-Modified header, as a date.
    pub last_modified: Option<chrono::NaiveDate>,
}

/// Fetches URLs. Errors carry the URL as origin.
pub trait Fetcher {
    fn fetch(&self, url: &str, opts: &SourceOptions) -> Result<Fetched, SourceError>;
}

/// Refuses every URL (for `--no-fetch` and offline runs).
#[derive(Debug, Clone, Copy, Default)]
pub struct NoFetch;

impl Fetcher for NoFetch {
    fn fetch(&self, url: &str, _opts: &SourceOptions) -> Result<Fetched, SourceError> {
        Err(SourceError::new(url, "fetching disabled"))
    }
}

/// Fetches http and https URLs with ureq (rustls): one GET with the
/// options' User-Agent, up to 5 redirects, the options' timeout for the
/// whole exchange (connect, headers, body), and at most `max_bytes` of body
/// (a longer body is an error, not a truncated page). Non-2xx statuses are
/// errors. Proxies come from the usual environment variables
/// (`HTTPS_PROXY`, `NO_PROXY`, …) except for loopback hosts.
#[derive(Debug, Clone, Copy, Default)]
pub struct HttpFetcher;

impl Fetcher for HttpFetcher {
    fn fetch(&self, url: &str, opts: &SourceOptions) -> Result<Fetched, SourceError> {
        let err = |reason: String| SourceError::new(url, reason);
        if !is_http_url(url) {
            return Err(err(
                "unsupported URL scheme (only http and https are fetched)".into(),
            ));
        }
        let uri: ureq::http::Uri = url.parse().map_err(|e| err(format!("invalid URL: {e}")))?;
        let host = uri.host().unwrap_or("");
        let proxy = if is_loopback_host(host) {
            None
        } else {
            ureq::Proxy::try_from_env()
        };
        let config = ureq::Agent::config_builder()
            .timeout_global(Some(opts.timeout))
            .http_status_as_error(false)
            .max_redirects(5)
            .user_agent(opts.user_agent.as_str())
            .accept(ACCEPT)
            .proxy(proxy)
            .build();
        let agent = ureq::Agent::new_with_config(config);
        let mut response = agent.get(url).call().map_err(|e| err(describe(&e, opts)))?;
        let status = response.status();
        if !status.is_success() {
            return Err(err(format!(
                "HTTP {} {}",
                status.as_u16(),
                status.canonical_reason().unwrap_or("")
            )
            .trim_end()
            .to_string()));
        }
        let header = |name: &str| {
            response
                .headers()
                .get(name)
                .and_then(|v| v.to_str().ok())
                .map(|v| v.trim().to_string())
                .filter(|v| !v.is_empty())
        };
        let content_type = header("content-type");
        let last_modified = header("last-modified").and_then(|v| http_date(&v));
        let final_url = {
            use ureq::ResponseExt;
            response.get_uri().to_string()
        };
        let mut bytes = Vec::new();
        let limit = opts.max_bytes.saturating_add(1);
        response
            .body_mut()
            .as_reader()
            .take(limit)
            .read_to_end(&mut bytes)
            .map_err(|e| err(describe_io(&e, opts)))?;
        if bytes.len() as u64 > opts.max_bytes {
            return Err(err(format!(
                "response larger than {} bytes",
                opts.max_bytes
            )));
        }
        Ok(Fetched {
            bytes,
            content_type,
            final_url,
            last_modified,
        })
    }
}

/// What we can read, pages first.
const ACCEPT: &str = "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml;q=0.9,text/plain;q=0.8,*/*;q=0.5";

/// `http://` or `https://` (any case).
pub(crate) fn is_http_url(s: &str) -> bool {
    let lower = s.get(..8).unwrap_or(s).to_ascii_lowercase();
    lower.starts_with("http://") || lower.starts_with("https://")
}

/// The host of an http(s) URL, without port or credentials.
pub(crate) fn host_of(url: &str) -> Option<String> {
    let rest = url.split_once("://")?.1;
    let authority = rest.split(['/', '?', '#']).next()?;
    let authority = authority.rsplit_once('@').map_or(authority, |(_, h)| h);
    let host = if let Some(v6) = authority.strip_prefix('[') {
        v6.split(']').next()?
    } else {
        authority.split(':').next()?
    };
    (!host.is_empty()).then(|| host.to_ascii_lowercase())
}

fn is_loopback_host(host: &str) -> bool {
    let host = host.trim_start_matches('[').trim_end_matches(']');
    host.eq_ignore_ascii_case("localhost")
        || host
            .parse::<std::net::IpAddr>()
            .is_ok_and(|ip| ip.is_loopback())
}

/// An HTTP date (`Tue, 15 Nov 1994 08:12:31 GMT`) as a calendar date.
pub(crate) fn http_date(s: &str) -> Option<chrono::NaiveDate> {
    chrono::DateTime::parse_from_rfc2822(s.trim())
        .ok()
        .map(|d| d.naive_utc().date())
}

fn describe(e: &ureq::Error, opts: &SourceOptions) -> String {
    match e {
        ureq::Error::Timeout(_) => timed_out(opts),
        ureq::Error::Io(io) => describe_io(io, opts),
        other => other.to_string(),
    }
}

fn describe_io(e: &std::io::Error, opts: &SourceOptions) -> String {
    if matches!(
        e.kind(),
        std::io::ErrorKind::TimedOut | std::io::ErrorKind::WouldBlock
    ) {
        return timed_out(opts);
    }
    if let Some(inner) = e.get_ref().and_then(|i| i.downcast_ref::<ureq::Error>()) {
        return describe(inner, opts);
    }
    e.to_string()
}

fn timed_out(opts: &SourceOptions) -> String {
    format!("timed out after {:.1} s", opts.timeout.as_secs_f64())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hosts() {
        assert_eq!(
            host_of("https://www.Reuters.com/world/x?y").as_deref(),
            Some("www.reuters.com")
        );
        assert_eq!(
            host_of("http://u:p@127.0.0.1:8080/").as_deref(),
            Some("127.0.0.1")
        );
        assert_eq!(host_of("http://[::1]:80/").as_deref(), Some("::1"));
        assert!(is_loopback_host("[::1]"));
        assert!(is_loopback_host("127.0.0.2"));
        assert!(!is_loopback_host("example.org"));
    }

    #[test]
    fn http_dates() {
        assert_eq!(
            http_date("Tue, 15 Nov 1994 08:12:31 GMT"),
            chrono::NaiveDate::from_ymd_opt(1994, 11, 15)
        );
        assert_eq!(http_date("yesterday"), None);
    }

    #[test]
    fn schemes() {
        assert!(is_http_url("HTTPS://x"));
        assert!(!is_http_url("ftp://x"));
        let e = HttpFetcher
            .fetch("file:///etc/passwd", &SourceOptions::default())
            .unwrap_err();
        assert!(e.reason.contains("scheme"), "{e}");
        let e = NoFetch
            .fetch("https://example.org/", &SourceOptions::default())
            .unwrap_err();
        assert_eq!(e.to_string(), "https://example.org/: fetching disabled");
    }
}
