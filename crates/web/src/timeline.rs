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

/// The SVG of a track. Every mark links to its event page and carries a
/// `<title>` (a tooltip) with its date and words; all text is escaped.
pub fn timeline_svg(t: &Track, today: NaiveDate, opts: TimelineOptions) -> Markup {
    let mut dates: Vec<NaiveDate> = vec![today];
    for c in &t.contacts {
        dates.extend(day(c.date.as_deref()));
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
    }
    for p in &t.planned {
        dates.extend(day(p.date.as_deref()));
        dates.extend(day(p.enddate.as_deref()));
    }
    let lo = *dates.iter().min().expect("today at least");
    let hi = *dates.iter().max().expect("today at least");
    // A margin of a tenth on each side, at least a week.
    let pad = ((hi - lo).num_days() / 10).max(7);
    let start = lo - chrono::Duration::days(pad);
    let end = hi + chrono::Duration::days(pad);
    let scale = Scale {
        start,
        days: (end - start).num_days().max(1) as f64,
        width: opts.width,
    };
    let n_commit = t.commitments.len();
    let y_contacts = 40.0;
    let y_outcomes = y_contacts + LANE;
    let y_commit = y_outcomes + LANE;
    let y_planned = y_commit + (n_commit.max(1) as f64) * (BAR + 8.0) + 12.0;
    let height = y_planned + LANE + 10.0;
    let axis_y = height - 18.0;
    let ticks = month_ticks(start, end);
    let tick_every = (ticks.len() / 10).max(1);
    let today_x = scale.x(today);
    html! {
        svg class="timeline" xmlns="http://www.w3.org/2000/svg"
            viewBox=(format!("0 0 {} {}", opts.width, height))
            role="img" aria-label=(format!("Timeline of the track {}", t.label())) {
            // Lanes.
            @for (y, label) in [(y_contacts, "contacts"), (y_outcomes, "outcomes"),
                                (y_commit, "commitments"), (y_planned, "planned")] {
                text x="8" y=(y + 4.0) class="lane" { (label) }
                line x1=(LEFT) x2=(opts.width - RIGHT) y1=(y) y2=(y) class="lane-line" {}
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
            // Today.
            line x1=(today_x) x2=(today_x) y1="16" y2=(axis_y - 10.0) class="today" {}
            text x=(today_x) y="12" class="today-label" text-anchor="middle" { "today" }
            // Contacts and the outcomes tied to them.
            @for c in &t.contacts {
                @if let Some(d) = day(c.date.as_deref()) {
                    @let x = scale.x(d);
                    @let id = c.event_ids.first().copied().unwrap_or(0);
                    a href=(format!("/events/{id}")) class=(format!("mark contact {}", kind_class(c.kind))) {
                        title { (c.date.as_deref().unwrap_or("")) " " (kind_label(c.kind))
                            @if let Some(v) = &c.venue { " in " (v.name) }
                            ": " (c.text) }
                        @match c.kind {
                            ContactKind::Call => { circle cx=(x) cy=(y_contacts) r="6" {} }
                            ContactKind::Visit => {
                                polygon points=(format!("{},{} {},{} {},{}", x, y_contacts - 7.0, x - 6.0, y_contacts + 5.0, x + 6.0, y_contacts + 5.0)) {}
                            }
                            _ => { rect x=(x - 6.0) y=(y_contacts - 6.0) width="12" height="12" rx="2" {} }
                        }
                        @if let Some(n) = c.round {
                            text x=(x) y=(y_contacts - 10.0) class="round" text-anchor="middle" { (n) }
                        }
                    }
                    @for o in &c.outcomes {
                        (outcome_mark(&scale, o, y_outcomes))
                    }
                }
            }
            @for o in &t.other_outcomes {
                (outcome_mark(&scale, o, y_outcomes))
            }
            // Commitment windows as bars, violations as marks on them.
            @for (i, c) in t.commitments.iter().enumerate() {
                @let y = y_commit - BAR / 2.0 + i as f64 * (BAR + 8.0);
                @if let Some(s) = day(c.start.as_deref()) {
                    @let x0 = scale.x(s);
                    // An open-ended commitment runs to the edge.
                    @let x1 = day(c.end.as_deref()).map_or(opts.width - RIGHT, |e| scale.x(e)).max(x0 + 3.0);
                    @let id = c.event_ids.first().copied().unwrap_or(0);
                    a href=(format!("/events/{id}")) class=(format!("bar {}", status_class(c.status))) {
                        title { (c.start.as_deref().unwrap_or("")) " – " (c.end.as_deref().unwrap_or("open-ended"))
                            " (" (c.status.label()) "): " (c.terms) }
                        rect x=(x0) y=(y) width=(x1 - x0) height=(BAR) rx="3" {}
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
                            " planned " (kind_label(p.kind)) ": " (p.text) }
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
