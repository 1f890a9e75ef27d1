//! An article's text with what was found in it highlighted: event
//! mentions, quotes, and mentions of people, states, bodies and places.
//!
//! Spans may overlap in any way (a quote inside an event's sentence, a
//! name inside a quote), so the text is cut at every span boundary and
//! each piece is wrapped, innermost last, in the annotations that cover it:
//! the HTML is always well nested.

use detente_store::DocumentView;
use maud::{html, Markup};

/// How an article is shown.
#[derive(Clone, Debug, Default)]
pub struct ArticleView {
    /// Only the sentences that carry events.
    pub only_events: bool,
    /// An event whose mentions are marked more strongly.
    pub focus_event: Option<i64>,
}

#[derive(Clone, Debug)]
enum Layer {
    Event {
        id: i64,
        label: String,
    },
    Quote {
        speaker: Option<String>,
    },
    Entity {
        kind: String,
        name: String,
        code: Option<String>,
    },
}

#[derive(Clone, Debug)]
struct Ann {
    start: usize,
    end: usize,
    layer: Layer,
}

/// A path segment with everything but letters, digits and `-_~`
/// percent-encoded (a name `..` must not climb the path).
pub fn path_segment(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'~') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// Where an entity's page is, if it has one.
pub fn entity_href(kind: &str, name: &str, code: Option<&str>) -> Option<String> {
    match (kind, code) {
        ("person", _) => Some(format!("/people/{}", path_segment(name))),
        (_, Some(c)) => Some(format!("/states/{}", path_segment(c))),
        _ => None,
    }
}

fn annotations(doc: &DocumentView, n_chars: usize) -> Vec<Ann> {
    let mut out = Vec::new();
    let ok = |s: i64, e: i64| s >= 0 && s < e && (e as usize) <= n_chars;
    for e in &doc.events {
        let label = format!(
            "{} ({}{})",
            e.event,
            if e.negated { "not " } else { "" },
            e.status
        );
        for m in &e.mentions {
            if ok(m[0], m[1]) {
                out.push(Ann {
                    start: m[0] as usize,
                    end: m[1] as usize,
                    layer: Layer::Event {
                        id: e.event_id,
                        label: label.clone(),
                    },
                });
            }
        }
    }
    for q in &doc.quotes {
        if ok(q.start, q.end) {
            out.push(Ann {
                start: q.start as usize,
                end: q.end as usize,
                layer: Layer::Quote {
                    speaker: q.speaker.clone(),
                },
            });
        }
    }
    for en in &doc.entities {
        for s in &en.spans {
            if ok(s[0], s[1]) {
                out.push(Ann {
                    start: s[0] as usize,
                    end: s[1] as usize,
                    layer: Layer::Entity {
                        kind: en.kind.clone(),
                        name: en.name.clone(),
                        code: en.code.clone(),
                    },
                });
            }
        }
    }
    out
}

/// The article as HTML paragraphs of sentences (`<span id="s-N">`), with
/// `<mark class="ev">` for event mentions, `<span class="quote">` for
/// quotes and links for entities.
pub fn render_article(doc: &DocumentView, view: &ArticleView) -> Markup {
    let chars: Vec<char> = doc.text.chars().collect();
    let n = chars.len();
    let anns = annotations(doc, n);
    let text = |a: usize, b: usize| -> String { chars[a.min(n)..b.min(n)].iter().collect() };
    // Sentences, or the blocks of the text when none were stored.
    let mut sentences: Vec<(i64, usize, usize)> = doc
        .sentences
        .iter()
        .filter(|s| s.start >= 0 && s.start <= s.end && (s.end as usize) <= n)
        .map(|s| (s.idx, s.start as usize, s.end as usize))
        .collect();
    if sentences.is_empty() && n > 0 {
        sentences.push((0, 0, n));
    }
    let carries_event = |a: usize, b: usize| {
        anns.iter()
            .any(|x| matches!(x.layer, Layer::Event { .. }) && x.start < b && x.end > a)
    };
    // Paragraphs: a blank line between two sentences starts a new one.
    let mut paragraphs: Vec<Vec<(i64, usize, usize)>> = Vec::new();
    let mut prev_end = 0usize;
    for &(idx, a, b) in &sentences {
        let gap = text(prev_end, a);
        if paragraphs.is_empty() || gap.contains("\n\n") {
            paragraphs.push(Vec::new());
        }
        paragraphs.last_mut().expect("pushed").push((idx, a, b));
        prev_end = b;
    }
    let sentence = |idx: i64, a: usize, b: usize| -> Markup {
        let has = carries_event(a, b);
        let pieces = pieces(&anns, a, b);
        html! {
            span class=(if has { "s has-ev" } else { "s" }) id=(format!("s-{idx}")) {
                @for (p, q, layers) in &pieces {
                    (wrap(&text(*p, *q), layers, view.focus_event))
                }
            }
            " "
        }
    };
    html! {
        div class=(if view.only_events { "article only-events" } else { "article" }) {
            @if view.only_events {
                @for &(idx, a, b) in &sentences {
                    @if carries_event(a, b) {
                        p class="event-sentence" {
                            a class="sn" href=(format!("#s-{idx}")) { (idx + 1) }
                            " " (sentence(idx, a, b))
                        }
                    }
                }
            } @else {
                @for para in &paragraphs {
                    p { @for &(idx, a, b) in para { (sentence(idx, a, b)) } }
                }
            }
        }
    }
}

/// The pieces of `[a, b)` between annotation boundaries, each with the
/// annotations covering it (events first, then quotes, then entities).
fn pieces(anns: &[Ann], a: usize, b: usize) -> Vec<(usize, usize, Vec<&Ann>)> {
    let mut cuts: Vec<usize> = vec![a, b];
    for x in anns {
        for c in [x.start, x.end] {
            if c > a && c < b {
                cuts.push(c);
            }
        }
    }
    cuts.sort_unstable();
    cuts.dedup();
    let rank = |l: &Layer| match l {
        Layer::Event { .. } => 0,
        Layer::Quote { .. } => 1,
        Layer::Entity { .. } => 2,
    };
    cuts.windows(2)
        .map(|w| {
            let mut on: Vec<&Ann> = anns
                .iter()
                .filter(|x| x.start <= w[0] && x.end >= w[1])
                .collect();
            on.sort_by_key(|x| rank(&x.layer));
            // One quote and one entity per piece (links must not nest):
            // a person before a state, a state before a place.
            let mut quote_seen = false;
            let mut entity: Option<&Ann> = None;
            on.retain(|x| match &x.layer {
                Layer::Event { .. } => true,
                Layer::Quote { .. } => !std::mem::replace(&mut quote_seen, true),
                Layer::Entity { kind, .. } => {
                    if entity.is_none_or(|e| kind_rank(kind) < kind_rank(entity_kind(e))) {
                        entity = Some(x);
                    }
                    false
                }
            });
            on.extend(entity);
            (w[0], w[1], on)
        })
        .collect()
}

fn kind_rank(kind: &str) -> u8 {
    match kind {
        "person" => 0,
        "state" => 1,
        "body" => 2,
        "institution" => 3,
        "media" => 4,
        "place" => 5,
        _ => 6,
    }
}

fn entity_kind(a: &Ann) -> &str {
    match &a.layer {
        Layer::Entity { kind, .. } => kind,
        _ => "",
    }
}

fn wrap(text: &str, layers: &[&Ann], focus: Option<i64>) -> Markup {
    let Some((first, rest)) = layers.split_first() else {
        return html! { (text) };
    };
    // Several events over one piece: one mark naming them all.
    if let Layer::Event { .. } = first.layer {
        let events: Vec<(i64, &str)> = layers
            .iter()
            .filter_map(|x| match &x.layer {
                Layer::Event { id, label } => Some((*id, label.as_str())),
                _ => None,
            })
            .collect();
        let others: Vec<&Ann> = rest
            .iter()
            .copied()
            .filter(|x| !matches!(x.layer, Layer::Event { .. }))
            .collect();
        let focused = focus.is_some_and(|f| events.iter().any(|(id, _)| *id == f));
        let title = events
            .iter()
            .map(|(id, l)| format!("event {id}: {l}"))
            .collect::<Vec<_>>()
            .join("; ");
        let ids = events
            .iter()
            .map(|(id, _)| id.to_string())
            .collect::<Vec<_>>()
            .join(" ");
        return html! {
            mark class=(if focused { "ev focus" } else { "ev" }) title=(title) data-events=(ids) {
                (wrap(text, &others, focus))
            }
        };
    }
    match &first.layer {
        Layer::Quote { speaker } => html! {
            span class="quote" title=(speaker.as_deref().map_or("quote".to_string(), |s| format!("quote: {s}"))) {
                (wrap(text, rest, focus))
            }
        },
        Layer::Entity { kind, name, code } => {
            let title = match code {
                Some(c) => format!("{kind}: {name} ({c})"),
                None => format!("{kind}: {name}"),
            };
            let class = format!("ent {kind}");
            match entity_href(kind, name, code.as_deref()) {
                Some(href) => html! {
                    a class=(class) href=(href) title=(title) { (wrap(text, rest, focus)) }
                },
                None => html! {
                    span class=(class) title=(title) { (wrap(text, rest, focus)) }
                },
            }
        }
        Layer::Event { .. } => unreachable!("handled above"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use detente_store::{DocEntity, DocEvent, DocQuote, DocumentView, SentenceSpan};

    fn view(text: &str) -> DocumentView {
        DocumentView {
            doc: detente_store::DocRow {
                id: "d1".into(),
                external_id: None,
                url: None,
                source: None,
                title: None,
                published: None,
                language: "en".into(),
                ingested_at: "2025-01-01T00:00:00Z".into(),
                story_id: "d1".into(),
                n_events: 1,
                n_quotes: 1,
            },
            text: text.into(),
            sentences: vec![],
            events: vec![],
            quotes: vec![],
            entities: vec![],
        }
    }

    #[test]
    fn overlapping_spans_nest_and_text_is_escaped() {
        //          0         1         2         3         4
        //          0123456789012345678901234567890123456789012345
        let text = "Ana Ruiz met <b>Kim</b>. She said: \"Fine & good\".\n\nNext <script>.";
        let mut v = view(text);
        v.sentences = vec![
            SentenceSpan {
                idx: 0,
                start: 0,
                end: 24,
            },
            SentenceSpan {
                idx: 1,
                start: 25,
                end: 49,
            },
            SentenceSpan {
                idx: 2,
                start: 51,
                end: 65,
            },
        ];
        v.events = vec![DocEvent {
            event_id: 9,
            event: "CONSULT".into(),
            status: "occurred".into(),
            negated: false,
            date: None,
            event_text: "met".into(),
            mentions: vec![[0, 24]],
        }];
        v.quotes = vec![DocQuote {
            speaker: Some("Ana Ruiz".into()),
            speaker_code: None,
            text: "Fine & good".into(),
            start: 36,
            end: 47,
        }];
        v.entities = vec![DocEntity {
            name: "Ana Ruiz".into(),
            kind: "person".into(),
            code: Some("VEN".into()),
            office: None,
            mentions: 1,
            spans: vec![[0, 8], [40, 44]],
        }];
        v.entities.push(DocEntity {
            name: "Kim".into(),
            kind: "place".into(),
            code: Some("PRK".into()),
            office: None,
            mentions: 1,
            spans: vec![[16, 19]],
        });
        v.entities.push(DocEntity {
            name: "Kim".into(),
            kind: "person".into(),
            code: None,
            office: None,
            mentions: 1,
            spans: vec![[16, 19]],
        });
        let html = render_article(
            &v,
            &ArticleView {
                only_events: false,
                focus_event: Some(9),
            },
        )
        .into_string();
        // Two entities on one span: one link, the person's.
        assert!(
            html.contains(
                r#"<a class="ent person" href="/people/Kim" title="person: Kim">Kim</a>"#
            ),
            "{html}"
        );
        assert!(!html.contains("/states/PRK"), "{html}");
        assert!(html.contains("&lt;script&gt;"), "{html}");
        assert!(!html.contains("<script") && !html.contains("<b>"), "{html}");
        assert!(html.contains(r#"<mark class="ev focus""#), "{html}");
        assert!(
            html.contains(r#"<a class="ent person" href="/people/Ana%20Ruiz""#),
            "{html}"
        );
        // The name inside the quote is cut into the quote's span.
        assert!(
            html.contains(r#"<span class="quote" title="quote: Ana Ruiz"><a class="ent person""#),
            "{html}"
        );
        assert!(html.contains("&amp;"), "{html}");
        // Two paragraphs: the blank line is kept.
        assert_eq!(html.matches("<p>").count(), 2, "{html}");
        assert!(
            html.contains(r#"<span class="s has-ev" id="s-0">"#),
            "{html}"
        );
        assert!(html.contains(r#"<span class="s" id="s-1">"#), "{html}");

        let only = render_article(
            &v,
            &ArticleView {
                only_events: true,
                focus_event: None,
            },
        )
        .into_string();
        assert!(
            only.contains(r#"id="s-0""#) && !only.contains(r#"id="s-1""#),
            "{only}"
        );
        assert!(!only.contains("focus"), "{only}");
    }

    #[test]
    fn spans_outside_the_text_are_ignored() {
        let mut v = view("Short text.");
        v.entities = vec![DocEntity {
            name: "X".into(),
            kind: "state".into(),
            code: Some("XXX".into()),
            office: None,
            mentions: 1,
            spans: vec![[5, 500], [-1, 2], [3, 3]],
        }];
        let html = render_article(&v, &ArticleView::default()).into_string();
        assert!(html.contains("Short text."), "{html}");
        assert!(!html.contains("ent"), "{html}");
    }

    #[test]
    fn path_segments_are_percent_encoded() {
        assert_eq!(path_segment("Sergei Lavrov"), "Sergei%20Lavrov");
        assert_eq!(path_segment("a/../b?c#d"), "a%2F%2E%2E%2Fb%3Fc%23d");
        assert_eq!(
            path_segment("Лавров"),
            "%D0%9B%D0%B0%D0%B2%D1%80%D0%BE%D0%B2"
        );
    }
}
