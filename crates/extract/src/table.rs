//! A readable, aligned timeline of events for the terminal.

use crate::Record;

fn parties(p: &[crate::ActorRecord]) -> String {
    let mut v: Vec<String> = p
        .iter()
        .map(|a| a.code.clone().unwrap_or_else(|| a.name.clone()))
        .collect();
    v.dedup();
    v.join("+")
}

fn clip(s: &str, n: usize) -> String {
    let s: String = s.split_whitespace().collect::<Vec<_>>().join(" ");
    if s.chars().count() <= n {
        s
    } else {
        let mut t: String = s.chars().take(n.saturating_sub(1)).collect();
        t.push('…');
        t
    }
}

/// Render the events of `records` as a timeline sorted by date.
pub fn table(records: &[Record]) -> String {
    let mut rows: Vec<[String; 6]> = Vec::new();
    for r in records {
        let text = &r.document.text;
        for e in &r.events {
            let date = match (&e.date, &e.enddate) {
                (Some(d), Some(x)) => format!("{d}..{}", &x[x.len().saturating_sub(5)..]),
                (Some(d), None) => d.clone(),
                _ => "?".into(),
            };
            let kind = match &e.mode {
                Some(m) => format!("{}/{m}", e.event),
                None => e.event.clone(),
            };
            let who = match (e.actor.is_empty(), e.recipient.is_empty()) {
                (_, true) => parties(&e.actor),
                (true, false) => format!("? -> {}", parties(&e.recipient)),
                _ => format!("{} -> {}", parties(&e.actor), parties(&e.recipient)),
            };
            let place = e
                .location
                .as_ref()
                .map_or(String::new(), |l| l.name.clone());
            let mut status = e.status.clone();
            if e.negated {
                status.push_str(" (not)");
            }
            let evidence = e.mentions.first().map_or(String::new(), |m| {
                let s: String = text.chars().skip(m.start).take(m.end - m.start).collect();
                clip(&s, 70)
            });
            rows.push([date, kind, who, place, status, evidence]);
        }
    }
    rows.sort_by(|a, b| a[0].cmp(&b[0]));
    let head = ["DATE", "EVENT", "PARTIES", "PLACE", "STATUS", "EVIDENCE"];
    let mut width = head.map(|h| h.chars().count());
    for r in &rows {
        for (i, c) in r.iter().enumerate().take(5) {
            width[i] = width[i].max(c.chars().count());
        }
    }
    let mut out = String::new();
    let line = |cells: [&str; 6], out: &mut String| {
        for (i, c) in cells.iter().enumerate() {
            if i < 5 {
                out.push_str(c);
                out.push_str(&" ".repeat(width[i] - c.chars().count() + 2));
            } else {
                out.push_str(c);
            }
        }
        out.push('\n');
    };
    line(head, &mut out);
    for r in &rows {
        line([&r[0], &r[1], &r[2], &r[3], &r[4], &r[5]], &mut out);
    }
    if rows.is_empty() {
        out.push_str("(no events)\n");
    }
    out
}
