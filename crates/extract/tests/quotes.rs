//! Quotes and their speakers on sentences written for these tests.

mod common;
use common::*;

fn quote_by(text: &str, published: &str, fragment: &str) -> Option<String> {
    let r = record(text, published);
    r.quotes
        .iter()
        .find(|q| q.text.contains(fragment))
        .map(|q| q.speaker.as_ref().map_or(String::new(), |s| s.name.clone()))
}

#[test]
fn straight_quote_with_speaker_after() {
    let t = "\"We will not accept this ultimatum,\" Hakan Fidan told reporters.";
    assert_eq!(
        quote_by(t, "2025-01-01", "ultimatum").as_deref(),
        Some("Hakan Fidan")
    );
}

#[test]
fn curly_and_guillemet_quotes() {
    let t = "Olena Kovalenko, a spokeswoman for the Ukrainian Foreign Ministry, said: \u{201c}The talks were useful.\u{201d}";
    assert_eq!(
        quote_by(t, "2025-01-01", "talks were useful").as_deref(),
        Some("Olena Kovalenko")
    );
    let t = "Dmitry Peskov called the meeting \u{ab}constructive and businesslike\u{bb}.";
    assert_eq!(
        quote_by(t, "2025-01-01", "constructive").as_deref(),
        Some("Dmitry Peskov")
    );
}

#[test]
fn dialogue_dash_quote_closed_by_speaker_clause() {
    let t = "Deputy Foreign Minister Sergei Ryabkov answered the question.\n\n\u{2014} Yes, of course. This is a priority,\" Sergei Ryabkov told reporters.";
    assert_eq!(
        quote_by(t, "2025-01-01", "This is a priority").as_deref(),
        Some("Sergei Ryabkov")
    );
    let t = "\u{2014} The outlook is gloomy and nobody expects a breakthrough soon, Kenyan analyst Amina Otieno believes.";
    assert_eq!(
        quote_by(t, "2025-01-01", "outlook is gloomy").as_deref(),
        Some("Amina Otieno")
    );
}

#[test]
fn speaker_by_title_is_the_person_named_before() {
    let t = "Turkish Foreign Minister Hakan Fidan arrived on Monday. The minister was tired.\n\n\u{2014} We will keep trying,\" the diplomat said.";
    assert_eq!(
        quote_by(t, "2025-01-01", "keep trying").as_deref(),
        Some("Hakan Fidan")
    );
}

#[test]
fn appositive_speaker_is_the_envoy_not_the_president() {
    let t = "This was confirmed by Hassan Rashad. \"Next week,\" Egyptian President Abdel Fattah al-Sisi's envoy said.";
    let who = quote_by(t, "2025-01-01", "Next week").unwrap_or_default();
    assert!(who.contains("Rashad"), "{who}");
}

#[test]
fn quote_split_around_he_said() {
    let t = "Kenyan Foreign Minister Musalia Mudavadi spoke. \"We agreed on the route,\" he said, \"and the convoy leaves on Monday.\"";
    assert_eq!(
        quote_by(t, "2025-01-01", "convoy leaves").map(|s| s.contains("Mudavadi")),
        Some(true)
    );
}

#[test]
fn speaker_before_the_quote() {
    let t = "After the vote, Linda Thomas-Greenfield stressed that Washington expected \"not words, but verifiable steps.\"";
    assert_eq!(
        quote_by(t, "2025-01-01", "verifiable steps").map(|s| s.contains("Thomas-Greenfield")),
        Some(true)
    );
}

#[test]
fn scare_quotes_are_not_quotes() {
    let r = record(
        "Work is underway to \"remove irritants\" in relations.",
        "2025-01-01",
    );
    assert!(r.quotes.is_empty(), "{:#?}", r.quotes);
}

#[test]
fn offsets_point_at_the_quote_in_the_document_text() {
    let r = record(
        "Вступление. \"We will meet in Geneva,\" Sergei Ryabkov said.",
        "2025-01-01",
    );
    let q = &r.quotes[0];
    let text: String = r
        .document
        .text
        .chars()
        .skip(q.start)
        .take(q.end - q.start)
        .collect();
    assert_eq!(text, q.text);
}

#[test]
fn a_bare_name_is_first_someone_the_text_named() {
    let t = "Qatari Prime Minister Sheikh Mohammed bin Abdulrahman Al Thani announced the deal. \"It will hold if both sides respect it,\" Sheikh Mohammed said.";
    let who = quote_by(t, "2025-01-01", "both sides respect").unwrap_or_default();
    assert!(who.contains("Thani"), "{who}");
}

#[test]
fn family_name_first_people_are_found_again() {
    let t = "China's deputy ambassador, Geng Shuang, voted against. \"Pressure alone cannot work,\" Geng said.";
    let who = quote_by(t, "2025-01-01", "Pressure alone").unwrap_or_default();
    assert_eq!(who, "Geng Shuang");
}

#[test]
fn speaker_by_a_description_split_by_a_state_word() {
    let t = "Russian Foreign Minister Sergey Lavrov arrived in Ankara.\n\n\"We will keep talking,\" the head of Russian diplomacy said.";
    assert_eq!(
        quote_by(t, "2025-01-01", "keep talking").as_deref(),
        Some("Sergey Lavrov")
    );
}
