//! Metadata of a parsed page: title, author, publication date, canonical
//! URL, site name, language. Each field tries its sources in a fixed order,
//! most explicit first; see each function.

use crate::text::{small_text, squash};
use chrono::NaiveDate;
use dom_query::Document;
use regex::Regex;
use serde_json::Value;
use std::sync::LazyLock;

#[derive(Debug, Default)]
pub(crate) struct Meta {
    pub title: Option<String>,
    pub author: Option<String>,
    pub published: Option<NaiveDate>,
    pub canonical_url: Option<String>,
    pub site_name: Option<String>,
    pub language: Option<String>,
    /// Every title-like string on the page (for removing the title from the text).
    pub title_variants: Vec<String>,
}

/// The fields of the JSON-LD objects of a page, article objects first.
#[derive(Debug, Default)]
struct JsonLd {
    headline: Option<String>,
    date_published: Option<String>,
    author: Option<String>,
    publisher: Option<String>,
    website: Option<String>,
    language: Option<String>,
    url: Option<String>,
    /// Not JSON-LD, but read once beside it: the page's `<meta>` tags with
    /// content, as (`property`, `name`, `itemprop`, `http-equiv`) values
    /// and the squashed content, in page order.
    metas: Vec<([Option<String>; 4], String)>,
}

pub(crate) fn extract(doc: &Document, url: Option<&str>) -> Meta {
    let mut ld = json_ld(doc);
    ld.metas = meta_tags(doc);
    let site_name = first_meta(
        &ld,
        &["og:site_name", "application-name", "twitter:site:name"],
    )
    .or_else(|| ld.publisher.clone())
    .or_else(|| ld.website.clone());
    let (title, title_variants) = title(doc, &ld, site_name.as_deref());
    Meta {
        title,
        author: author(doc, &ld),
        published: published(doc, &ld, url),
        canonical_url: canonical(doc, &ld, url),
        site_name,
        language: language(doc, &ld),
        title_variants,
    }
}

/// The page's `<meta>` tags with content (one selection per page, not one
/// per field).
fn meta_tags(doc: &Document) -> Vec<([Option<String>; 4], String)> {
    doc.select("meta[content]")
        .nodes()
        .iter()
        .filter_map(|node| {
            let content = squash(&node.attr("content").unwrap_or_default());
            (!content.is_empty()).then(|| {
                let names = ["property", "name", "itemprop", "http-equiv"]
                    .map(|a| node.attr(a).map(|v| v.trim().to_string()));
                (names, content)
            })
        })
        .collect()
}

/// `content` of the first `<meta>` whose `property`, `name` or `itemprop`
/// is one of `keys` (case-insensitive), in the order of `keys`.
fn first_meta(ld: &JsonLd, keys: &[&str]) -> Option<String> {
    keys.iter().find_map(|key| {
        ld.metas
            .iter()
            .find(|(names, _)| names.iter().flatten().any(|v| v.eq_ignore_ascii_case(key)))
            .map(|(_, content)| content.clone())
    })
}

fn first_text(doc: &Document, selector: &str) -> Option<String> {
    doc.select(selector)
        .nodes()
        .iter()
        .map(|n| squash(&n.text()))
        .find(|t| !t.is_empty())
}

// ---- JSON-LD ----

fn json_ld(doc: &Document) -> JsonLd {
    let mut objects = Vec::new();
    for node in doc.select("script[type]").nodes() {
        let ty = node.attr("type").unwrap_or_default().to_ascii_lowercase();
        if !ty.contains("ld+json") {
            continue;
        }
        let raw = node.text();
        match serde_json::from_str::<Value>(raw.trim()) {
            Ok(v) => flatten(&v, &mut objects, 0),
            Err(_) => {
                // Broken JSON (trailing commas, raw newlines): take the date at least.
                if let Some(c) = LD_DATE.captures(&raw) {
                    objects.push(serde_json::json!({"datePublished": c[1].to_string()}));
                }
            }
        }
    }
    let is_article = |o: &Value| {
        type_names(o).iter().any(|t| {
            t.contains("Article") || t.contains("Posting") || t.contains("Report") || t == "WebPage"
        })
    };
    // Article objects first, then the rest.
    let mut ordered: Vec<&Value> = objects.iter().filter(|o| is_article(o)).collect();
    ordered.extend(objects.iter().filter(|o| !is_article(o)));
    let mut ld = JsonLd::default();
    for o in ordered {
        let types = type_names(o);
        if ld.headline.is_none() && !types.iter().any(|t| t == "WebSite") {
            ld.headline = str_field(o, "headline");
        }
        if ld.date_published.is_none() {
            ld.date_published = str_field(o, "datePublished");
        }
        if ld.author.is_none() {
            ld.author = o.get("author").and_then(names);
        }
        if ld.publisher.is_none() {
            ld.publisher = o.get("publisher").and_then(names);
        }
        if ld.website.is_none() && types.iter().any(|t| t == "WebSite") {
            ld.website = str_field(o, "name");
        }
        if ld.language.is_none() {
            ld.language = str_field(o, "inLanguage");
        }
        if ld.url.is_none() && is_article(o) {
            ld.url = o
                .get("mainEntityOfPage")
                .and_then(|m| {
                    m.as_str()
                        .map(str::to_string)
                        .or_else(|| str_field(m, "@id"))
                })
                .or_else(|| str_field(o, "url"));
        }
    }
    ld
}

static LD_DATE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r#""datePublished"\s*:\s*"([^"]{8,40})""#).expect("valid regex"));

/// Objects of a JSON-LD value: arrays and `@graph` are opened (bounded depth).
fn flatten(v: &Value, out: &mut Vec<Value>, depth: usize) {
    if depth > 4 {
        return;
    }
    match v {
        Value::Array(items) => items.iter().for_each(|i| flatten(i, out, depth + 1)),
        Value::Object(map) => {
            if let Some(graph) = map.get("@graph") {
                flatten(graph, out, depth + 1);
            }
            out.push(v.clone());
        }
        _ => {}
    }
}

fn type_names(o: &Value) -> Vec<String> {
    match o.get("@type") {
        Some(Value::String(s)) => vec![s.clone()],
        Some(Value::Array(a)) => a
            .iter()
            .filter_map(|t| t.as_str().map(str::to_string))
            .collect(),
        _ => Vec::new(),
    }
}

fn str_field(o: &Value, key: &str) -> Option<String> {
    let s = squash(o.get(key)?.as_str()?);
    (!s.is_empty()).then_some(s)
}

/// A person or organisation: a string, `{"name": ..}`, or a list of them (joined with ", ").
fn names(v: &Value) -> Option<String> {
    let one = |v: &Value| -> Option<String> {
        let s = match v {
            Value::String(s) => squash(s),
            Value::Object(_) => str_field(v, "name")?,
            _ => return None,
        };
        (!s.is_empty() && !s.starts_with("http")).then_some(s)
    };
    match v {
        Value::Array(items) => {
            let all: Vec<String> = items.iter().filter_map(one).collect();
            (!all.is_empty()).then(|| all.join(", "))
        }
        _ => one(v),
    }
}

// ---- title ----

/// The headline: JSON-LD `headline`, microdata `headline`, an `<h1>` that the
/// `<title>` or `og:title` agrees with, `og:title`, the `<title>` without the
/// site's name, the first `<h1>`.
fn title(doc: &Document, ld: &JsonLd, site: Option<&str>) -> (Option<String>, Vec<String>) {
    let raw_title = first_text(doc, "head title").or_else(|| first_text(doc, "title"));
    let og = first_meta(ld, &["og:title", "twitter:title"]);
    let microdata = doc
        .select("[itemprop=headline]")
        .nodes()
        .iter()
        .map(|n| squash(&n.attr("content").unwrap_or_else(|| n.text())))
        .find(|t| !t.is_empty());
    let h1s: Vec<String> = doc
        .select("h1")
        .nodes()
        .iter()
        .filter_map(|n| small_text(n, 1000, false).map(|t| squash(&t)))
        .filter(|t| !t.is_empty())
        .collect();
    let headings: Vec<String> = doc
        .select("h1, h2")
        .nodes()
        .iter()
        .filter_map(|n| small_text(n, 1000, false).map(|t| squash(&t)))
        .filter(|t| !t.is_empty())
        .collect();
    let cleaned = raw_title
        .as_deref()
        .map(|t| clean_title(t, site, &headings));

    let lower = |s: &str| s.to_lowercase();
    let agreed_h1 = h1s.iter().find(|h| {
        let h = lower(h);
        raw_title.as_deref().is_some_and(|t| lower(t).contains(&h))
            || og.as_deref().is_some_and(|o| lower(o) == h)
    });
    let chosen = ld
        .headline
        .clone()
        .or(microdata.clone())
        .or_else(|| agreed_h1.cloned())
        .or_else(|| og.clone())
        .or_else(|| cleaned.clone())
        .or_else(|| h1s.first().cloned());

    let mut variants: Vec<String> = Vec::new();
    variants.extend(ld.headline.clone());
    variants.extend(microdata);
    variants.extend(og);
    variants.extend(raw_title);
    variants.extend(cleaned);
    variants.extend(h1s);
    (chosen, variants)
}

/// "Headline | Site" → "Headline": drop parts naming the site; if parts
/// remain, take the one a heading repeats, else the longest.
fn clean_title(title: &str, site: Option<&str>, headings: &[String]) -> String {
    let parts: Vec<&str> = TITLE_SEP
        .split(title)
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect();
    if parts.len() < 2 {
        return title.to_string();
    }
    let site = site.map(|s| s.to_lowercase());
    let kept: Vec<&str> = parts
        .iter()
        .copied()
        .filter(|p| site.as_deref() != Some(p.to_lowercase().as_str()))
        .collect();
    if let Some(p) = kept
        .iter()
        .find(|p| headings.iter().any(|h| h.eq_ignore_ascii_case(p)))
    {
        return p.to_string();
    }
    match kept.len() {
        0 => title.to_string(),
        1 => kept[0].to_string(),
        _ => kept
            .iter()
            .max_by_key(|p| p.chars().count())
            .map_or_else(|| title.to_string(), |p| p.to_string()),
    }
}

static TITLE_SEP: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\s+(?:\||-|–|—|::|·|»|•)\s+").expect("valid regex"));

// ---- author ----

/// JSON-LD `author`, `<meta name=author>`, `article:author` (when not a
/// URL), `rel=author`, microdata `author`. A leading "By " is dropped.
fn author(doc: &Document, ld: &JsonLd) -> Option<String> {
    let from_meta = || {
        first_meta(
            ld,
            &[
                "author",
                "article:author",
                "byl",
                "dc.creator",
                "parsely-author",
            ],
        )
        .filter(|a| !a.starts_with("http"))
    };
    let from_rel = || first_text(doc, "a[rel=author], [rel=author]");
    let from_itemprop = || {
        doc.select("[itemprop=author]")
            .nodes()
            .iter()
            .map(|n| {
                let named = dom_query::Selection::from(*n).select("[itemprop=name]");
                let text = if named.exists() {
                    named.attr("content").unwrap_or_else(|| named.text())
                } else {
                    n.attr("content").unwrap_or_else(|| n.text())
                };
                squash(&text)
            })
            .find(|t| !t.is_empty())
    };
    let a = ld
        .author
        .clone()
        .or_else(from_meta)
        .or_else(from_rel)
        .or_else(from_itemprop)?;
    let a = BY_PREFIX.replace(&a, "").trim().to_string();
    (!a.is_empty() && a.chars().count() <= 200).then_some(a)
}

static BY_PREFIX: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)^(?:by|par|von|por|автор:?)\s+").expect("valid regex"));

// ---- date ----

/// Meta `article:published_time` and its variants, microdata
/// `datePublished`, JSON-LD `datePublished`, a `<time datetime>`, a date in
/// the URL path. The date is the one written (local to the publisher).
fn published(doc: &Document, ld: &JsonLd, url: Option<&str>) -> Option<NaiveDate> {
    let meta_keys = [
        "article:published_time",
        "og:article:published_time",
        "og:published_time",
        "published_time",
        "datePublished",
        "pubdate",
        "publishdate",
        "publish-date",
        "dc.date.issued",
        "dcterms.date",
        "dc.date",
        "date",
        "sailthru.date",
    ];
    if let Some(d) = first_meta(ld, &meta_keys).and_then(|v| parse_date(&v)) {
        return Some(d);
    }
    for node in doc.select("[itemprop=datePublished]").nodes() {
        let v = node
            .attr("content")
            .or_else(|| node.attr("datetime"))
            .unwrap_or_else(|| node.text());
        if let Some(d) = parse_date(&v) {
            return Some(d);
        }
    }
    if let Some(d) = ld.date_published.as_deref().and_then(parse_date) {
        return Some(d);
    }
    let times = doc.select("time[datetime]");
    let preferred = times
        .nodes()
        .iter()
        .filter(|n| n.has_attr("pubdate"))
        .chain(times.nodes().iter());
    for node in preferred {
        if let Some(d) = node.attr("datetime").and_then(|v| parse_date(&v)) {
            return Some(d);
        }
    }
    url.and_then(date_in_url)
}

static ISO_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:^|[^0-9])((?:19|20)[0-9]{2})[-/.]?([01][0-9])[-/.]?([0-3][0-9])(?:$|[^0-9])")
        .expect("valid regex")
});

/// A date from an ISO 8601 / RFC 3339 / RFC 2822 value (the date part as written).
pub(crate) fn parse_date(v: &str) -> Option<NaiveDate> {
    let v = v.trim();
    if let Some(c) = ISO_DATE.captures(v) {
        let y = c[1].parse().ok()?;
        let m = c[2].parse().ok()?;
        let d = c[3].parse().ok()?;
        return NaiveDate::from_ymd_opt(y, m, d);
    }
    chrono::DateTime::parse_from_rfc2822(v)
        .ok()
        .map(|dt| dt.date_naive())
}

static URL_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"/((?:19|20)[0-9]{2})[/-]([01]?[0-9])[/-]([0-3]?[0-9])(?:/|-|_|\.|$)|/((?:19|20)[0-9]{2})([01][0-9])([0-3][0-9])(?:/|-|_|\.|$)")
        .expect("valid regex")
});

/// `/2025/04/07/`, `/2025-04-07-`, `/20250407/` in the path of a URL.
pub(crate) fn date_in_url(url: &str) -> Option<NaiveDate> {
    let path = match url::Url::parse(url) {
        Ok(u) => u.path().to_string(),
        Err(_) => url.to_string(),
    };
    let c = URL_DATE.captures(&path)?;
    let (y, m, d) = if c.get(1).is_some() {
        (&c[1], &c[2], &c[3])
    } else {
        (&c[4], &c[5], &c[6])
    };
    NaiveDate::from_ymd_opt(y.parse().ok()?, m.parse().ok()?, d.parse().ok()?)
}

// ---- canonical URL ----

/// `<link rel=canonical>`, `og:url`, JSON-LD `mainEntityOfPage`/`url`;
/// relative links are resolved against `url`.
fn canonical(doc: &Document, ld: &JsonLd, url: Option<&str>) -> Option<String> {
    let link = doc
        .select("link[rel][href]")
        .nodes()
        .iter()
        .find(|n| {
            n.attr("rel").is_some_and(|r| {
                r.split_whitespace()
                    .any(|t| t.eq_ignore_ascii_case("canonical"))
            })
        })
        .and_then(|n| n.attr("href"))
        .map(|h| h.trim().to_string())
        .filter(|h| !h.is_empty());
    let raw = link
        .or_else(|| first_meta(ld, &["og:url"]))
        .or_else(|| ld.url.clone())?;
    match url::Url::parse(&raw) {
        Ok(u) if matches!(u.scheme(), "http" | "https") => Some(u.to_string()),
        Ok(_) => None,
        Err(_) => {
            let base = url::Url::parse(url?).ok()?;
            base.join(&raw).ok().map(|u| u.to_string())
        }
    }
}

// ---- language ----

/// `<html lang>`, `Content-Language`, `og:locale`, JSON-LD `inLanguage`;
/// the primary subtag when it is two letters, lower-cased.
fn language(doc: &Document, ld: &JsonLd) -> Option<String> {
    let html_lang = doc
        .select("html")
        .nodes()
        .first()
        .and_then(|n| n.attr("lang").or_else(|| n.attr("xml:lang")))
        .map(|s| s.to_string());
    let candidates = [
        html_lang,
        first_meta(ld, &["content-language", "language", "dc.language"]),
        first_meta(ld, &["og:locale"]),
        ld.language.clone(),
    ];
    candidates
        .into_iter()
        .flatten()
        .find_map(|v| two_letter(&v))
}

fn two_letter(v: &str) -> Option<String> {
    let primary = v
        .trim()
        .split(|c: char| c == '-' || c == '_' || c == ',' || c == ';' || c.is_whitespace())
        .next()?;
    (primary.len() == 2 && primary.chars().all(|c| c.is_ascii_alphabetic()))
        .then(|| primary.to_ascii_lowercase())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn meta_of(html: &str, url: Option<&str>) -> Meta {
        extract(&Document::from(html), url)
    }

    #[test]
    fn dates_parse_in_common_shapes() {
        let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d);
        assert_eq!(parse_date("2025-03-11T10:30:00+03:00"), d(2025, 3, 11));
        assert_eq!(parse_date("2025/03/11"), d(2025, 3, 11));
        assert_eq!(parse_date("20250311"), d(2025, 3, 11));
        assert_eq!(parse_date("Tue, 18 Feb 2025 16:42:00 GMT"), d(2025, 2, 18));
        assert_eq!(parse_date("yesterday"), None);
        assert_eq!(parse_date("2025-13-40"), None);
    }

    #[test]
    fn dates_in_url_paths() {
        let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d);
        assert_eq!(
            date_in_url("https://a.example/world/2025/04/07/talks/"),
            d(2025, 4, 7)
        );
        assert_eq!(
            date_in_url("https://a.example/politics/20250311/x.html"),
            d(2025, 3, 11)
        );
        assert_eq!(
            date_in_url("https://a.example/news/2025-04-07-talks"),
            d(2025, 4, 7)
        );
        assert_eq!(date_in_url("https://a.example/id/123456789"), None);
    }

    #[test]
    fn title_drops_site_name() {
        let m = meta_of(
            "<html><head><title>Talks end in Riyadh | Meridian</title><meta property='og:site_name' content='Meridian'></head><body></body></html>",
            None,
        );
        assert_eq!(m.title.as_deref(), Some("Talks end in Riyadh"));
        assert_eq!(m.site_name.as_deref(), Some("Meridian"));
    }

    #[test]
    fn language_and_canonical() {
        let m = meta_of(
            "<html lang='pt-BR'><head><link rel='canonical' href='/a/b'></head></html>",
            Some("https://x.example/a/b?utm=1"),
        );
        assert_eq!(m.language.as_deref(), Some("pt"));
        assert_eq!(m.canonical_url.as_deref(), Some("https://x.example/a/b"));
        let m = meta_of(
            "<html lang='und'><head><meta property='og:locale' content='ru_RU'></head></html>",
            None,
        );
        assert_eq!(m.language.as_deref(), Some("ru"));
    }

    #[test]
    fn json_ld_author_list_and_broken_json() {
        let m = meta_of(
            r#"<script type="application/ld+json">{"@type":"NewsArticle","author":[{"name":"A One"},{"name":"B Two"}],"datePublished":"2025-01-02"}</script>"#,
            None,
        );
        assert_eq!(m.author.as_deref(), Some("A One, B Two"));
        assert_eq!(m.published, NaiveDate::from_ymd_opt(2025, 1, 2));
        let m = meta_of(
            "<script type=\"application/ld+json\">{\"datePublished\": \"2024-12-31T23:00:00Z\",}</script>",
            None,
        );
        assert_eq!(m.published, NaiveDate::from_ymd_opt(2024, 12, 31));
    }
}
