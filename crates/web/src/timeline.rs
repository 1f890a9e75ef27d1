//! A track as an SVG timeline: contacts, outcomes, commitment windows as
//! bars with their claimed violations, planned contacts ahead of today.

use chrono::{Datelike, NaiveDate};
use detente_tracks::{CommitmentStatus, Confirmation, ContactKind, Track};
use maud::{html, Markup};

/// Size of the drawing (the SVG scales to its container).
#[derive(Clone, Copy, Debug)]
pub struct TimelineOptions {
    pub width: f64,
}

impl Default for TimelineOptions {
    fn default() -> Self {
        TimelineOptions { width: 960.0 }
    }
}

const LEFT: f64 = 120.0;
const RIGHT: f64 = 24.0;
const LANE: f64 = 34.0;
const BAR: f64 = 14.0;

/// First day of `YYYY-MM-DD`, `YYYY-MM` or `YYYY`.
fn day(s: Option<&str>) -> Option<NaiveDate> {
    let s = s?;
    let mut it = s.split('-').map(|p| p.parse::<i32>().ok());
    let y = it.next()??;
    let m = it.next().flatten().unwrap_or(1);
    let d = it.next().flatten().unwrap_or(1);
    NaiveDate::from_ymd_opt(y, m as u32, d as u32)
}

struct Scale {
    start: NaiveDate,
    days: f64,
    width: f64,
}

impl Scale {
    fn x(&self, d: NaiveDate) -> f64 {
        let f = (d - self.start).num_days() as f64 / self.days;
        LEFT + f.clamp(0.0, 1.0) * (self.width - LEFT - RIGHT)
    }
}

fn kind_label(k: ContactKind) -> &'static str {
    k.label()
}

/// Days beyond the track's last date within which today is drawn (and the
/// axis stretched to it): a track that ended long ago keeps its own scale.
const TODAY_NEAR_DAYS: i64 = 90;

/// The days the axis covers: the track's own dates (with a margin), and
/// today only when it is near; whether today is drawn.
fn axis_range(dates: &[NaiveDate], today: NaiveDate) -> (NaiveDate, NaiveDate, bool) {
    let (lo, hi) = match (dates.iter().min(), dates.iter().max()) {
        (Some(lo), Some(hi)) => (*lo, *hi),
        _ => (today, today),
    };
    let near =
        today >= lo && today <= hi + chrono::Duration::days(TODAY_NEAR_DAYS) || dates.is_empty();
    let (lo, hi) = if near {
        (lo.min(today), hi.max(today))
    } else {
        (lo, hi)
    };
    // A margin of a tenth on each side, at least a week.
    let pad = ((hi - lo).num_days() / 10).max(7);
    (
        lo - chrono::Duration::days(pad),
        hi + chrono::Duration::days(pad),
        near,
    )
}

/// Rows for labels along one line: each label goes to the first row where
/// it does not touch the one before it (at most `rows` rows; then the row
/// with most room). Answers the row of each x, in the order given.
fn label_rows(xs: &[(f64, f64)], rows: usize) -> Vec<usize> {
    let mut last: Vec<f64> = vec![f64::NEG_INFINITY; rows.max(1)];
    xs.iter()
        .map(|&(x, w)| {
            let left = x - w / 2.0;
            let row = last
                .iter()
                .position(|&end| left >= end + 4.0)
                .unwrap_or_else(|| {
                    last.iter()
                        .enumerate()
                        .min_by(|a, b| a.1.total_cmp(b.1))
                        .map_or(0, |(i, _)| i)
                });
            last[row] = x + w / 2.0;
            row
        })
        .collect()
}

/// Roughly how wide a label of `n` characters is at the labels' size.
fn text_width(s: &str) -> f64 {
    s.chars().count() as f64 * 6.2
}

/// `s` cut to at most `n` characters, with an ellipsis.
fn cut(s: &str, n: usize) -> String {
    if s.chars().count() <= n {
        s.to_string()
    } else {
        s.chars().take(n.saturating_sub(1)).chain(['…']).collect()
    }
}

/// The SVG of a track. Every mark links to its event page and carries a
/// `<title>` (a tooltip) with its date and words; all text is escaped. The
/// axis fits the track's own dates; today is marked when it is within
/// three months of them (else the axis says how far away it is).
pub fn timeline_svg(t: &Track, today: NaiveDate, opts: TimelineOptions) -> Markup {
    let mut dates: Vec<NaiveDate> = Vec::new();
    for c in &t.contacts {
        dates.extend(day(c.date.as_deref()));
        dates.extend(day(c.enddate.as_deref()));
        for o in &c.outcomes {
            dates.extend(day(o.date.as_deref()));
        }
    }
    for o in &t.other_outcomes {
        dates.extend(day(o.date.as_deref()));
    }
    for c in &t.commitments {
        dates.extend(day(c.start.as_deref()));
        dates.extend(day(c.end.as_deref()));
        for v in &c.violations {
            dates.extend(day(v.date.as_deref()));
        }
    }
    for p in &t.planned {
        dates.extend(day(p.date.as_deref()));
        dates.extend(day(p.enddate.as_deref()));
    }
    let (start, end, today_shown) = axis_range(&dates, today);
    let scale = Scale {
        start,
        days: (end - start).num_days().max(1) as f64,
        width: opts.width,
    };
    // Round labels above the contacts, in up to three rows.
    let rounds: Vec<(f64, String)> = t
        .contacts
        .iter()
        .filter_map(|c| Some((scale.x(day(c.date.as_deref())?), format!("R{}", c.round?))))
        .collect();
    let round_rows = label_rows(
        &rounds
            .iter()
            .map(|(x, l)| (*x, text_width(l)))
            .collect::<Vec<_>>(),
        3,
    );
    let n_rows = round_rows.iter().max().map_or(0, |m| m + 1);
    let n_commit = t.commitments.len();
    let y_contacts = 40.0 + n_rows as f64 * 12.0;
    let y_outcomes = y_contacts + LANE;
    let y_commit = y_outcomes + LANE;
    let y_planned = y_commit + (n_commit.max(1) as f64) * (BAR + 10.0) + 12.0;
    let height = y_planned + LANE + 10.0;
    let axis_y = height - 18.0;
    let ticks = month_ticks(start, end);
    // At most about eight month labels, never closer than their width.
    let tick_every = (ticks.len() / 8).max(1);
    let today_x = scale.x(today);
    let plot_right = opts.width - RIGHT;
    let away = (today - end).num_days();
    html! {
        svg class="timeline" xmlns="http://www.w3.org/2000/svg"
            viewBox=(format!("0 0 {} {}", opts.width, height))
            role="img" aria-label=(format!("Timeline of the track {} from {} to {}", t.title(), start, end)) {
            // Lanes.
            @for (y, label) in [(y_contacts, "contacts"), (y_outcomes, "outcomes"),
                                (y_commit, "commitments"), (y_planned, "planned")] {
                text x="8" y=(y + 4.0) class="lane" { (label) }
                line x1=(LEFT) x2=(plot_right) y1=(y) y2=(y) class="lane-line" {}
            }
            // Axis: months.
            @for (i, m) in ticks.iter().enumerate() {
                @let x = scale.x(*m);
                line x1=(x) x2=(x) y1="20" y2=(axis_y - 10.0) class="tick" {}
                @if i % tick_every == 0 {
                    text x=(x) y=(axis_y) class="axis" text-anchor="middle" {
                        (m.format("%b %Y").to_string())
                    }
                }
            }
            // Today, when it is near; else how far away it is.
            @if today_shown {
                line x1=(today_x) x2=(today_x) y1="16" y2=(axis_y - 10.0) class="today" {}
                text x=(today_x) y="12" class="today-label" text-anchor="middle" { "today" }
            } @else if away > 0 {
                text x=(plot_right) y="12" class="today-label" text-anchor="end" {
                    "today (" (today) ") is " (away) " days later →"
                }
            }
            // Contacts and the outcomes tied to them.
            @for c in &t.contacts {
                @if let Some(d) = day(c.date.as_deref()) {
                    @let x = scale.x(d);
                    @let id = c.event_ids.first().copied().unwrap_or(0);
                    a href=(format!("/events/{id}")) class=(format!("mark contact {}", kind_class(c.kind))) {
                        title { (c.date.as_deref().unwrap_or("")) " "
                            @if let Some(n) = c.round { "round " (n) " (" (kind_label(c.kind)) ")" } @else { (kind_label(c.kind)) }
                            @if let Some(v) = &c.venue { " in " (v.name) }
                            ": " (c.text) }
                        @match c.kind {
                            ContactKind::Call => { circle cx=(x) cy=(y_contacts) r="6" {} }
                            ContactKind::Visit => {
                                polygon points=(format!("{},{} {},{} {},{}", x, y_contacts - 7.0, x - 6.0, y_contacts + 5.0, x + 6.0, y_contacts + 5.0)) {}
                            }
                            _ => { rect x=(x - 6.0) y=(y_contacts - 6.0) width="12" height="12" rx="2" {} }
                        }
                    }
                    @for o in &c.outcomes {
                        (outcome_mark(&scale, o, y_outcomes))
                    }
                }
            }
            // Round numbers, in rows so that none overlaps another.
            @for ((x, label), row) in rounds.iter().zip(&round_rows) {
                text x=(x) y=(y_contacts - 10.0 - *row as f64 * 12.0) class="round" text-anchor="middle" { (label) }
            }
            @for o in &t.other_outcomes {
                (outcome_mark(&scale, o, y_outcomes))
            }
            // Commitment windows as labelled bars, violations as marks on them.
            @for (i, c) in t.commitments.iter().enumerate() {
                @let y = y_commit - BAR / 2.0 + i as f64 * (BAR + 10.0);
                @if let Some(s) = day(c.start.as_deref()) {
                    @let x0 = scale.x(s);
                    // An open-ended commitment runs to the edge.
                    @let x1 = day(c.end.as_deref()).map_or(plot_right, |e| scale.x(e)).max(x0 + 3.0);
                    @let id = c.event_ids.first().copied().unwrap_or(0);
                    @let label = format!("{} ({})", cut(&c.terms, 48), c.status.label());
                    // The label inside a long bar, else beside it (on the side with room).
                    @let inside = x1 - x0 >= text_width(&label) + 8.0;
                    @let (lx, anchor) = if inside { (x0 + 4.0, "start") }
                        else if plot_right - x1 >= text_width(&label) + 6.0 { (x1 + 4.0, "start") }
                        else { (x0 - 4.0, "end") };
                    a href=(format!("/events/{id}")) class=(format!("bar {}", status_class(c.status))) {
                        title { (c.start.as_deref().unwrap_or("")) " – " (c.end.as_deref().unwrap_or("open-ended"))
                            " (" (c.status.label()) "): " (c.terms) }
                        rect x=(x0) y=(y) width=(x1 - x0) height=(BAR) rx="3" {}
                        text x=(lx) y=(y + BAR - 3.5) class=(if inside { "bar-label inside" } else { "bar-label" }) text-anchor=(anchor) { (label) }
                    }
                    @for v in &c.violations {
                        @if let Some(d) = day(v.date.as_deref()) {
                            @let x = scale.x(d);
                            a href=(format!("/events/{}", v.event_id)) class="mark violation" {
                                title { (v.date.as_deref().unwrap_or("")) " claimed violation"
                                    @if let Some(by) = &v.claimed_by { " (claimed by " (by) ")" }
                                    ": " (v.text) }
                                path d=(format!("M{} {} L{} {} M{} {} L{} {}", x - 5.0, y - 2.0, x + 5.0, y + BAR + 2.0, x + 5.0, y - 2.0, x - 5.0, y + BAR + 2.0)) {}
                            }
                        }
                    }
                }
            }
            // Planned contacts: their window, a hollow mark.
            @for p in &t.planned {
                @if let Some(d) = day(p.date.as_deref()) {
                    @let x0 = scale.x(d);
                    @let x1 = day(p.enddate.as_deref()).map_or(x0, |e| scale.x(e));
                    a href=(format!("/events/{}", p.event_id)) class=(format!("mark planned {}", confirmation_class(&p.confirmation))) {
                        title { (p.date.as_deref().unwrap_or(""))
                            @if let Some(e) = &p.enddate { "–" (e) }
                            " planned " (kind_label(p.kind)) " (" (confirmation_class(&p.confirmation)) "): " (p.text) }
                        @if x1 > x0 + 1.0 {
                            rect x=(x0) y=(y_planned - 4.0) width=(x1 - x0) height="8" rx="4" class="window" {}
                        }
                        circle cx=((x0 + x1) / 2.0) cy=(y_planned) r="6" {}
                    }
                }
            }
        }
    }
}

fn outcome_mark(scale: &Scale, o: &detente_tracks::Outcome, y: f64) -> Markup {
    let Some(d) = day(o.date.as_deref()) else {
        return html! {};
    };
    let x = scale.x(d);
    html! {
        a href=(format!("/events/{}", o.event_id)) class=(format!("mark outcome {}", o.event.to_lowercase())) {
            title { (o.date.as_deref().unwrap_or("")) " " (o.event) ": " (o.text) }
            polygon points=(format!("{},{} {},{} {},{} {},{}", x, y - 7.0, x + 7.0, y, x, y + 7.0, x - 7.0, y)) {}
        }
    }
}

fn kind_class(k: ContactKind) -> &'static str {
    match k {
        ContactKind::Call => "call",
        ContactKind::Round => "round",
        ContactKind::Visit => "visit",
        ContactKind::Sidelines => "sidelines",
    }
}

fn status_class(s: CommitmentStatus) -> &'static str {
    match s {
        CommitmentStatus::InForce => "in-force",
        CommitmentStatus::Expired => "expired",
        CommitmentStatus::ReportedBroken => "broken",
        CommitmentStatus::Superseded => "superseded",
    }
}

fn confirmation_class(c: &Confirmation) -> &'static str {
    match c {
        Confirmation::Held { .. } => "held",
        Confirmation::Reconfirmed { .. } => "reconfirmed",
        Confirmation::Pending => "pending",
        Confirmation::Lapsed => "lapsed",
    }
}

/// First days of the months from `start` to `end`.
fn month_ticks(start: NaiveDate, end: NaiveDate) -> Vec<NaiveDate> {
    let mut out = Vec::new();
    let mut m = NaiveDate::from_ymd_opt(start.year(), start.month(), 1).expect("a month");
    while m <= end {
        if m >= start {
            out.push(m);
        }
        m = m
            .checked_add_months(chrono::Months::new(1))
            .expect("dates in range");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn partial_dates_start_on_their_first_day() {
        assert_eq!(
            day(Some("2025-03-18")),
            NaiveDate::from_ymd_opt(2025, 3, 18)
        );
        assert_eq!(day(Some("2025-03")), NaiveDate::from_ymd_opt(2025, 3, 1));
        assert_eq!(day(Some("2025")), NaiveDate::from_ymd_opt(2025, 1, 1));
        assert_eq!(day(Some("soon")), None);
        assert_eq!(day(None), None);
    }

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn the_axis_fits_the_track_and_today_only_when_near() {
        let dates = [d("2025-02-12"), d("2025-04-03")];
        // Today long after: the axis ends near the track's last date.
        let (lo, hi, shown) = axis_range(&dates, d("2026-12-05"));
        assert!(!shown);
        assert!(lo >= d("2025-01-01") && hi <= d("2025-05-01"), "{lo} {hi}");
        // Today a month after: drawn.
        let (_, hi, shown) = axis_range(&dates, d("2025-05-03"));
        assert!(shown && hi >= d("2025-05-03"));
    }

    #[test]
    fn labels_that_would_touch_go_to_another_row() {
        assert_eq!(
            label_rows(&[(100.0, 12.0), (105.0, 12.0), (300.0, 12.0)], 3),
            [0, 1, 0]
        );
    }

    #[test]
    fn months_between_two_days() {
        let t = month_ticks(
            NaiveDate::from_ymd_opt(2025, 1, 20).unwrap(),
            NaiveDate::from_ymd_opt(2025, 4, 1).unwrap(),
        );
        let s: Vec<String> = t.iter().map(|d| d.to_string()).collect();
        assert_eq!(s, ["2025-02-01", "2025-03-01", "2025-04-01"]);
    }

    #[test]
    fn the_scale_keeps_marks_inside_the_drawing() {
        let s = Scale {
            start: NaiveDate::from_ymd_opt(2025, 1, 1).unwrap(),
            days: 100.0,
            width: 960.0,
        };
        assert_eq!(s.x(NaiveDate::from_ymd_opt(2025, 1, 1).unwrap()), LEFT);
        assert_eq!(
            s.x(NaiveDate::from_ymd_opt(2026, 1, 1).unwrap()),
            960.0 - RIGHT
        );
        assert_eq!(s.x(NaiveDate::from_ymd_opt(2024, 1, 1).unwrap()), LEFT);
    }
}
