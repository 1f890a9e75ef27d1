//! Reports of a track as plain text, Markdown and one self-contained HTML
//! page. The three share one outline (sections of items, each item with
//! lines, quotes and sources) so that they say the same thing. Article text
//! is untrusted: Markdown and HTML escape every piece of it, and only
//! `http(s)` addresses become links.

use crate::model::*;

/// One line under an item.
enum Line {
    /// "label: text".
    Field(&'static str, String),
    /// An evidence sentence.
    Quote(String),
    /// Where it comes from.
    Source(SourceRef),
}

struct Item {
    title: String,
    badge: Option<String>,
    lines: Vec<Line>,
    children: Vec<Item>,
}

struct Section {
    title: &'static str,
    empty: &'static str,
    items: Vec<Item>,
}

struct Outline {
    title: String,
    summary: Vec<String>,
    sections: Vec<Section>,
}

fn span(date: Option<&str>, enddate: Option<&str>) -> String {
    span_text(date, enddate)
}

fn people_line(d: &Delegation) -> String {
    d.people
        .iter()
        .map(|p| match &p.office {
            Some(o) => format!("{} ({o})", p.name),
            None => p.name.clone(),
        })
        .collect::<Vec<_>>()
        .join(", ")
}

fn sources(lines: &mut Vec<Line>, sources: &[SourceRef], quote_first: bool) {
    for (i, s) in sources.iter().enumerate() {
        if quote_first || i > 0 {
            if let Some(q) = &s.sentence {
                lines.push(Line::Quote(q.clone()));
            }
        }
        lines.push(Line::Source(s.clone()));
    }
}

/// Names of the codes a track's report mentions: its parties, the parties
/// of its commitments, its delegations.
type Names = std::collections::HashMap<String, String>;

fn names_of(t: &Track) -> Names {
    let mut n = Names::new();
    for p in t
        .parties
        .iter()
        .chain(t.commitments.iter().flat_map(|k| &k.parties))
    {
        n.entry(p.code.clone()).or_insert_with(|| p.name.clone());
    }
    for d in t.contacts.iter().flat_map(|c| &c.delegations) {
        if let Some(c) = &d.code {
            n.entry(c.clone()).or_insert_with(|| d.name.clone());
        }
    }
    n
}

/// "Russia, Ukraine" for `["RUS", "UKR"]` (a code without a known name stays).
fn named(codes: &[String], names: &Names) -> String {
    codes
        .iter()
        .map(|c| names.get(c).cloned().unwrap_or_else(|| c.clone()))
        .collect::<Vec<_>>()
        .join(", ")
}

fn outcome_item(o: &Outcome, names: &Names) -> Item {
    let mut lines = Vec::new();
    if let Some(link) = o.link {
        let how = match link {
            OutcomeLink::SameSentence => "reported in the same sentence as the contact",
            OutcomeLink::SamePartiesAndDate => "same parties and date",
            OutcomeLink::StatedResult => "stated as its result",
        };
        lines.push(Line::Field("tied", how.to_string()));
    }
    if !o.commitments.is_empty() {
        lines.push(Line::Field(
            "commitment",
            o.commitments
                .iter()
                .map(|c| format!("#{c}"))
                .collect::<Vec<_>>()
                .join(", "),
        ));
    }
    sources(&mut lines, &o.sources, true);
    Item {
        title: format!(
            "{} {} ({})",
            o.event,
            span(o.date.as_deref(), o.enddate.as_deref()),
            named(&o.parties, names)
        ),
        badge: (o.status != "occurred").then(|| o.status.clone()),
        lines,
        children: Vec::new(),
    }
}

fn contact_title(c: &Contact) -> String {
    let mut t = format!("{}  ", span(c.date.as_deref(), c.enddate.as_deref()));
    match c.round {
        Some(n) => t.push_str(&format!("delegation round {n}")),
        None => t.push_str(c.kind.label()),
    }
    if let Some(v) = &c.venue {
        t.push_str(" — ");
        t.push_str(&v.name);
        if let Some(cc) = &v.country_code {
            t.push_str(&format!(" ({cc})"));
        }
    }
    t
}

fn violation_item(v: &Violation, names: &Names) -> Item {
    let mut lines = Vec::new();
    lines.push(Line::Field(
        "claimed by",
        match (&v.claimed_by, &v.claimed_by_code) {
            (Some(n), Some(c)) => format!("{n} ({c})"),
            (Some(n), None) => n.clone(),
            (None, _) => "the report (no claimant named)".to_string(),
        },
    ));
    sources(&mut lines, &v.sources, true);
    Item {
        title: format!(
            "{}  {} by {}",
            span(v.date.as_deref(), v.enddate.as_deref()),
            v.event,
            named(&v.accused, names)
        ),
        badge: (v.status != "occurred").then(|| v.status.clone()),
        lines,
        children: Vec::new(),
    }
}

fn commitment_item(k: &Commitment, t: &Track, names: &Names) -> Item {
    let mut lines = Vec::new();
    let mut window = format!("from {}", k.start.as_deref().unwrap_or("?"));
    if let Some(d) = &k.duration {
        window.push_str(&format!(" ({})", d.text));
    }
    match &k.end {
        Some(e) => window.push_str(&format!(" to {e}")),
        None => window.push_str(", no end stated"),
    }
    lines.push(Line::Field("window", window));
    if let Some(r) = &k.reached_in {
        lines.push(Line::Field(
            "reached in",
            format!(
                "{} {} (track {})",
                r.kind.label(),
                r.date.as_deref().unwrap_or("undated"),
                r.track
            ),
        ));
    }
    if let Some(by) = &k.superseded_by {
        // The commitment that supersedes it is listed on the same page.
        let what = t
            .commitments
            .iter()
            .find(|x| &x.id == by)
            .map_or(String::new(), |x| {
                format!(
                    " ({}, from {})",
                    x.terms,
                    x.start.as_deref().unwrap_or("an unknown day")
                )
            });
        lines.push(Line::Field("superseded by", format!("#{by}{what}")));
    }
    if let Some(g) = &k.guarantor {
        lines.push(Line::Field(
            "guarantor",
            match &g.code {
                Some(c) => format!("{} ({c})", g.name),
                None => g.name.clone(),
            },
        ));
        lines.push(Line::Quote(g.text.clone()));
    }
    if !k.topics.is_empty() {
        lines.push(Line::Field("topics", k.topics.join(", ")));
    }
    sources(&mut lines, &k.sources, true);
    let children = k
        .violations
        .iter()
        .map(|v| violation_item(v, names))
        .collect();
    Item {
        title: format!(
            "#{} {}: {}",
            k.id,
            k.parties
                .iter()
                .map(|p| p.name.as_str())
                .collect::<Vec<_>>()
                .join(", "),
            k.terms
        ),
        badge: Some(k.status.label().to_string()),
        lines,
        children,
    }
}

fn planned_item(p: &Planned) -> Item {
    let mut lines = Vec::new();
    if let Some(dt) = &p.date_text {
        lines.push(Line::Field("expected", dt.clone()));
    }
    if let Some(c) = &p.claimed_by {
        lines.push(Line::Field("according to", c.clone()));
    }
    if let Some(a) = &p.announced {
        lines.push(Line::Field("announced", a.clone()));
    }
    let state = match &p.confirmation {
        Confirmation::Held { date, kind, .. } => format!(
            "held: {} {}",
            kind.label(),
            date.as_deref().unwrap_or("undated")
        ),
        Confirmation::Reconfirmed { source } => format!(
            "reported again {}",
            source.published.as_deref().unwrap_or("later")
        ),
        Confirmation::Pending => "not yet confirmed".to_string(),
        Confirmation::Lapsed => "window passed without a report of it".to_string(),
    };
    lines.push(Line::Field("confirmation", state));
    if let Confirmation::Reconfirmed { source } = &p.confirmation {
        lines.push(Line::Source(source.clone()));
    }
    sources(&mut lines, &p.sources, true);
    let mut title = format!("{}  ", span(p.date.as_deref(), p.enddate.as_deref()));
    match p.round {
        Some(n) => title.push_str(&format!("delegation round {n}")),
        None => title.push_str(p.kind.label()),
    }
    if let Some(v) = &p.venue {
        title.push_str(&format!(" — {}", v.name));
    }
    let badge = match &p.confirmation {
        Confirmation::Held { .. } => "held",
        Confirmation::Reconfirmed { .. } => "reconfirmed",
        Confirmation::Pending => "planned",
        Confirmation::Lapsed => "lapsed",
    };
    Item {
        title,
        badge: Some(badge.to_string()),
        lines,
        children: Vec::new(),
    }
}

/// "1 commitment", "2 commitments", "no commitments".
pub(crate) fn count(n: usize, one: &str, many: &str) -> String {
    match n {
        0 => format!("no {many}"),
        1 => format!("1 {one}"),
        n => format!("{n} {many}"),
    }
}

fn outline(t: &Track) -> Outline {
    let code_names = names_of(t);
    let names = t
        .parties
        .iter()
        .map(|p| p.name.as_str())
        .collect::<Vec<_>>()
        .join(" – ");
    let title = match &t.name {
        Some(n) => format!("{n} ({}: {names})", t.key),
        None => format!("{}: {names}", t.key),
    };
    let s = t.summary();
    let mut summary = vec![format!(
        "Parties: {}.",
        t.parties
            .iter()
            .map(|p| format!("{} ({})", p.name, p.code))
            .collect::<Vec<_>>()
            .join(", ")
    )];
    if t.party_sets.len() > 1 {
        summary.push(format!(
            "Gathers the party sets {}.",
            t.party_sets.join(", ")
        ));
    }
    summary.push(format!(
        "As of {}: {} ({}), last {}; next: {}; {}, {}.",
        t.today,
        count(s.contacts, "contact", "contacts"),
        count(s.rounds, "delegation round", "delegation rounds"),
        s.last_contact.as_deref().unwrap_or("none"),
        s.next_planned.as_deref().unwrap_or("nothing planned"),
        count(s.commitments, "commitment", "commitments"),
        count(
            s.claimed_violations,
            "claimed violation",
            "claimed violations"
        ),
    ));

    let contacts = t
        .contacts
        .iter()
        .map(|c| {
            let mut lines = Vec::new();
            if !c.called.is_empty() {
                lines.push(Line::Field(
                    "sources call it",
                    c.called
                        .iter()
                        .map(|x| format!("\"{x}\""))
                        .collect::<Vec<_>>()
                        .join(", "),
                ));
            }
            for d in &c.delegations {
                let who = match &d.code {
                    Some(code) => format!("{} ({code}): {}", d.name, people_line(d)),
                    None => format!("{}: {}", d.name, people_line(d)),
                };
                lines.push(Line::Field("delegation", who));
            }
            if !c.hosts.is_empty() {
                lines.push(Line::Field("host", c.hosts.join(", ")));
            }
            if !c.topics.is_empty() {
                lines.push(Line::Field("agenda", c.topics.join(", ")));
            }
            sources(&mut lines, &c.sources, true);
            Item {
                title: contact_title(c),
                badge: (c.status != "occurred").then(|| c.status.clone()),
                lines,
                children: c
                    .outcomes
                    .iter()
                    .map(|o| outcome_item(o, &code_names))
                    .collect(),
            }
        })
        .collect();
    Outline {
        title,
        summary,
        sections: vec![
            Section {
                title: "Contacts and rounds",
                empty: "No contact reported.",
                items: contacts,
            },
            Section {
                title: "Commitments",
                empty: "No commitment reported.",
                items: t
                    .commitments
                    .iter()
                    .map(|k| commitment_item(k, t, &code_names))
                    .collect(),
            },
            Section {
                title: "Other outcomes",
                empty: "None.",
                items: t
                    .other_outcomes
                    .iter()
                    .map(|o| outcome_item(o, &code_names))
                    .collect(),
            },
            Section {
                title: "What comes next",
                empty: "Nothing planned is reported.",
                items: t.planned.iter().map(planned_item).collect(),
            },
        ],
    }
}

fn source_plain(s: &SourceRef) -> String {
    let mut parts = Vec::new();
    parts.push(
        s.title
            .clone()
            .or_else(|| s.source.clone())
            .unwrap_or_else(|| format!("document {}", &s.doc_id[..s.doc_id.len().min(12)])),
    );
    if let Some(p) = &s.published {
        parts.push(p.clone());
    }
    if let Some(u) = &s.url {
        parts.push(u.clone());
    }
    parts.join(" — ")
}

/// One line of untrusted text: control characters (newlines, escapes)
/// become spaces.
fn flat(s: &str) -> String {
    s.chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect()
}

/// A readable plain-text report.
pub fn render_text(t: &Track) -> String {
    let o = outline(t);
    let mut out = String::new();
    out.push_str(&format!("TRACK {}\n", flat(&o.title)));
    for s in &o.summary {
        out.push_str(&format!("{}\n", flat(s)));
    }
    fn item(out: &mut String, it: &Item, depth: usize) {
        let pad = "  ".repeat(depth);
        let badge = it
            .badge
            .as_ref()
            .map_or(String::new(), |b| format!(" [{}]", flat(b)));
        let bullet = if depth == 0 { "*" } else { "→" };
        out.push_str(&format!("{pad}{bullet} {}{badge}\n", flat(&it.title)));
        for l in &it.lines {
            match l {
                Line::Field(k, v) => out.push_str(&format!("{pad}    {k}: {}\n", flat(v))),
                Line::Quote(q) => out.push_str(&format!("{pad}    \"{}\"\n", flat(q))),
                Line::Source(s) => {
                    out.push_str(&format!("{pad}    source: {}\n", flat(&source_plain(s))))
                }
            }
        }
        for c in &it.children {
            item(out, c, depth + 2);
        }
    }
    for sec in &o.sections {
        out.push_str(&format!("\n{}\n", sec.title.to_uppercase()));
        if sec.items.is_empty() {
            out.push_str(&format!("  {}\n", sec.empty));
        }
        for it in &sec.items {
            item(&mut out, it, 0);
        }
    }
    out
}

/// Untrusted text for Markdown, escaped only where Markdown would read
/// it: emphasis, code, links and images (`\\ ` * _ [ ] ~`; `!` before `[`),
/// `<`, `>` and `&` as HTML entities (Markdown passes raw HTML through), and
/// at the start a character that would open a heading, list, quote or
/// numbered item. "RUS-USA" and "(30 days)." stay as they are.
fn md(s: &str) -> String {
    let flat = flat(s);
    let mut out = String::with_capacity(flat.len());
    let chars: Vec<char> = flat.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '\\' | '`' | '*' | '_' | '[' | ']' | '~' => {
                out.push('\\');
                out.push(c);
            }
            '!' if chars.get(i + 1) == Some(&'[') => out.push_str("\\!"),
            '#' | '+' | '-' | '=' | '|' if i == 0 => {
                out.push('\\');
                out.push(c);
            }
            '.' | ')' if i > 0 && chars[..i].iter().all(char::is_ascii_digit) => {
                out.push('\\');
                out.push(c);
            }
            _ => out.push(c),
        }
    }
    out
}

/// An address that may be a link: `http(s)` only, no spaces or quotes.
fn safe_url(u: &str) -> Option<&str> {
    let u = u.trim();
    let lower = u.to_ascii_lowercase();
    let ok = (lower.starts_with("http://") || lower.starts_with("https://"))
        && !u
            .chars()
            .any(|c| c.is_whitespace() || c.is_control() || "\"'<>`\\".contains(c));
    ok.then_some(u)
}

fn md_url(u: &str) -> String {
    u.replace('(', "%28").replace(')', "%29")
}

fn source_md(s: &SourceRef) -> String {
    let label = s
        .title
        .clone()
        .or_else(|| s.source.clone())
        .unwrap_or_else(|| format!("document {}", &s.doc_id[..s.doc_id.len().min(12)]));
    let mut out = match s.url.as_deref().and_then(safe_url) {
        Some(u) => format!("[{}]({})", md(&label), md_url(u)),
        None => md(&label),
    };
    if let Some(p) = &s.published {
        out.push_str(&format!(", {}", md(p)));
    }
    if let (Some(u), None) = (&s.url, s.url.as_deref().and_then(safe_url)) {
        out.push_str(&format!(", {}", md(u)));
    }
    out
}

/// The report as Markdown (every piece of article text escaped).
pub fn render_markdown(t: &Track) -> String {
    let o = outline(t);
    let mut out = format!("# Track {}\n\n", md(&o.title));
    for s in &o.summary {
        out.push_str(&format!("{}\n\n", md(s)));
    }
    fn item(out: &mut String, it: &Item, depth: usize) {
        let pad = "  ".repeat(depth);
        let badge = it
            .badge
            .as_ref()
            .map_or(String::new(), |b| format!(" *{}*", md(b)));
        out.push_str(&format!("{pad}- **{}**{badge}\n", md(&it.title)));
        for l in &it.lines {
            match l {
                Line::Field(k, v) => out.push_str(&format!("{pad}  - {k}: {}\n", md(v))),
                Line::Quote(q) => out.push_str(&format!("{pad}  - “{}”\n", md(q))),
                Line::Source(s) => out.push_str(&format!("{pad}  - source: {}\n", source_md(s))),
            }
        }
        for c in &it.children {
            item(out, c, depth + 1);
        }
    }
    for sec in &o.sections {
        out.push_str(&format!("## {}\n\n", sec.title));
        if sec.items.is_empty() {
            out.push_str(&format!("{}\n", sec.empty));
        }
        for it in &sec.items {
            item(&mut out, it, 0);
        }
        out.push('\n');
    }
    out
}

/// Text for HTML: `& < > " '` as entities.
pub fn escape_html(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c if c.is_control() && c != '\n' && c != '\t' => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

const CSS: &str = "body{font:15px/1.45 system-ui,-apple-system,'Segoe UI',sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1d232a;background:#fff}\
h1{font-size:1.5rem;margin-bottom:.3rem}h2{font-size:1.15rem;border-bottom:1px solid #d8dee4;padding-bottom:.2rem;margin-top:2rem}\
.summary{color:#4a5560;margin:.2rem 0}ul.items{list-style:none;padding-left:0}ul.items ul.items{padding-left:1.4rem;border-left:3px solid #e6ebf0;margin-top:.4rem}\
li.item{margin:.7rem 0}.title{font-weight:600}.badge{display:inline-block;font-size:.75rem;padding:0 .45rem;margin-left:.4rem;border-radius:.6rem;background:#e8eef5;color:#234}\
.badge.reported-broken,.badge.lapsed{background:#fde2e1;color:#8a1c1c}.badge.expired{background:#eee;color:#555}.badge.in-force,.badge.held{background:#dff3e4;color:#1b5e2b}\
.field{margin:.1rem 0 .1rem 1rem}.field .k{color:#5b6670}blockquote{margin:.2rem 0 .2rem 1rem;padding-left:.6rem;border-left:2px solid #c9d3dc;color:#333;font-style:italic}\
.src{margin:.1rem 0 .1rem 1rem;font-size:.85rem;color:#5b6670}.empty{color:#777}";

fn source_html(s: &SourceRef) -> String {
    let label = s
        .title
        .clone()
        .or_else(|| s.source.clone())
        .unwrap_or_else(|| format!("document {}", &s.doc_id[..s.doc_id.len().min(12)]));
    let mut out = match s.url.as_deref().and_then(safe_url) {
        Some(u) => format!(
            "<a href=\"{}\" rel=\"noopener noreferrer nofollow\">{}</a>",
            escape_html(u),
            escape_html(&label)
        ),
        None => escape_html(&label),
    };
    if let Some(p) = &s.published {
        out.push_str(&format!(", {}", escape_html(p)));
    }
    if let (Some(u), None) = (&s.url, s.url.as_deref().and_then(safe_url)) {
        out.push_str(&format!(", {}", escape_html(u)));
    }
    out
}

/// One self-contained HTML page (inline CSS, no scripts, no external
/// resources); all text escaped.
pub fn render_html(t: &Track) -> String {
    let o = outline(t);
    let mut out = String::new();
    out.push_str("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
    out.push_str("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n");
    out.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    out.push_str(&format!("<title>Track {}</title>\n", escape_html(&o.title)));
    out.push_str(&format!("<style>{CSS}</style>\n</head>\n<body>\n"));
    out.push_str(&format!("<h1>Track {}</h1>\n", escape_html(&o.title)));
    for s in &o.summary {
        out.push_str(&format!("<p class=\"summary\">{}</p>\n", escape_html(s)));
    }
    fn item(out: &mut String, it: &Item) {
        out.push_str("<li class=\"item\"><span class=\"title\">");
        out.push_str(&escape_html(&it.title));
        out.push_str("</span>");
        if let Some(b) = &it.badge {
            let class: String = b
                .chars()
                .map(|c| {
                    if c.is_ascii_alphanumeric() {
                        c.to_ascii_lowercase()
                    } else {
                        '-'
                    }
                })
                .collect();
            out.push_str(&format!(
                "<span class=\"badge {class}\">{}</span>",
                escape_html(b)
            ));
        }
        out.push('\n');
        for l in &it.lines {
            match l {
                Line::Field(k, v) => out.push_str(&format!(
                    "<div class=\"field\"><span class=\"k\">{}:</span> {}</div>\n",
                    escape_html(k),
                    escape_html(v)
                )),
                Line::Quote(q) => {
                    out.push_str(&format!("<blockquote>{}</blockquote>\n", escape_html(q)))
                }
                Line::Source(s) => out.push_str(&format!(
                    "<div class=\"src\">source: {}</div>\n",
                    source_html(s)
                )),
            }
        }
        if !it.children.is_empty() {
            out.push_str("<ul class=\"items\">\n");
            for c in &it.children {
                item(out, c);
            }
            out.push_str("</ul>\n");
        }
        out.push_str("</li>\n");
    }
    for sec in &o.sections {
        out.push_str(&format!("<h2>{}</h2>\n", escape_html(sec.title)));
        if sec.items.is_empty() {
            out.push_str(&format!(
                "<p class=\"empty\">{}</p>\n",
                escape_html(sec.empty)
            ));
            continue;
        }
        out.push_str("<ul class=\"items\">\n");
        for it in &sec.items {
            item(&mut out, it);
        }
        out.push_str("</ul>\n");
    }
    out.push_str("</body>\n</html>\n");
    out
}

/// A list of tracks as a plain-text table: names first, codes after.
pub fn render_summaries(rows: &[TrackSummary]) -> String {
    let cells: Vec<[String; 7]> = rows
        .iter()
        .map(|r| {
            let label = match &r.name {
                Some(n) => format!("{} ({})", flat(n), flat(&r.title)),
                None => flat(&r.title),
            };
            [
                label,
                r.key.clone(),
                r.state.clone(),
                r.contacts.to_string(),
                r.rounds.to_string(),
                r.last_contact.clone().unwrap_or_else(|| "-".into()),
                r.next_planned.clone().unwrap_or_else(|| "-".into()),
            ]
        })
        .collect();
    let head = [
        "TRACK",
        "CODES",
        "STATE",
        "CONTACTS",
        "ROUNDS",
        "LAST CONTACT",
        "NEXT",
    ];
    let mut width: Vec<usize> = head.iter().map(|h| h.chars().count()).collect();
    for c in &cells {
        for (i, x) in c.iter().enumerate() {
            width[i] = width[i].max(x.chars().count());
        }
    }
    let mut out = String::new();
    let mut line = |c: &[String]| {
        for (i, x) in c.iter().enumerate() {
            if i + 1 == c.len() {
                out.push_str(x);
            } else if i == 3 || i == 4 {
                out.push_str(&format!("{:>w$}  ", x, w = width[i]));
            } else {
                out.push_str(&format!("{:<w$}  ", x, w = width[i]));
            }
        }
        out.push('\n');
    };
    line(&head.map(String::from));
    for c in &cells {
        line(c);
    }
    if rows.is_empty() {
        out.push_str("(no tracks: ingest articles that report talks)\n");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escaping() {
        assert_eq!(
            escape_html("<script>alert('x')</script> & \"q\""),
            "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;"
        );
        assert_eq!(
            md("<b>[x](javascript:1)</b>"),
            "&lt;b&gt;\\[x\\](javascript:1)&lt;/b&gt;"
        );
        // Only what Markdown reads is escaped.
        assert_eq!(md("Track RUS-USA (30 days)."), "Track RUS-USA (30 days).");
        assert_eq!(md("# not a heading"), "\\# not a heading");
        assert_eq!(md("2025. A year"), "2025\\. A year");
        assert_eq!(
            md("a *b* _c_ `d` ![e]"),
            "a \\*b\\* \\_c\\_ \\`d\\` \\!\\[e\\]"
        );
        assert_eq!(safe_url("javascript:alert(1)"), None);
        assert_eq!(safe_url("https://a.example/x\"onmouseover=1"), None);
        assert_eq!(safe_url("https://a.example/x"), Some("https://a.example/x"));
    }
}
