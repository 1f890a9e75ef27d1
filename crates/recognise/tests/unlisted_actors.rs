//! Organisations the knowledge base does not list, on sentences written for
//! these tests: a capitalised name ending with a word of organisations
//! (`org` in kb/name_words.tsv) is a body, coded with the state its name
//! names or as a non-governmental body, never a person; and a titled person
//! the knowledge base does not know, placed by the one state a sentence names.

use detente_doc::{Doc, Entity, EntityKind};

fn recognised(text: &str) -> Doc {
    let kb = detente_kb::builtin();
    let date = chrono::NaiveDate::from_ymd_opt(2025, 3, 4).unwrap();
    let mut doc = detente_text::prepare(text, Some(date), kb);
    detente_recognise::recognise(&mut doc, kb);
    doc
}

fn body<'a>(doc: &'a Doc, name: &str) -> &'a Entity {
    doc.entities
        .iter()
        .find(|e| e.name == name)
        .unwrap_or_else(|| panic!("no entity {name} in {:#?}", doc.entities))
}

#[test]
fn a_commission_nobody_listed_is_a_body_not_a_person() {
    let doc = recognised("The Joint Verification Commission completed its report on Friday.");
    let e = body(&doc, "Joint Verification Commission");
    assert_eq!(e.kind, EntityKind::Body);
    assert_eq!(e.code.as_deref(), Some("NGO"));
    assert!(doc.entities.iter().all(|e| e.kind != EntityKind::Person));
}

#[test]
fn a_national_organisation_takes_the_state_its_name_names() {
    let doc = recognised("The Ghanaian Teachers Association called off its strike.");
    assert_eq!(
        body(&doc, "Ghanaian Teachers Association").code.as_deref(),
        Some("GHA")
    );
    let doc =
        recognised("Members of the Association of Kenyan Lawyers visited the prison in Mombasa.");
    assert_eq!(
        body(&doc, "Association of Kenyan Lawyers").code.as_deref(),
        Some("KEN")
    );
}

#[test]
fn an_organ_of_a_listed_body_is_that_body() {
    let doc =
        recognised("The Permanent Council of the Organization of American States met on Thursday.");
    assert!(
        doc.entities
            .iter()
            .all(|e| !e.name.starts_with("Permanent Council")),
        "{:#?}",
        doc.entities
    );
}

#[test]
fn a_titled_stranger_acts_for_the_one_state_the_sentence_names() {
    let doc = recognised(
        "President Tomas Velasquez Orrego has reneged on his promise to the Paraguayan people to hold a referendum.",
    );
    let e = doc
        .entities
        .iter()
        .find(|e| e.kind == EntityKind::Person)
        .unwrap_or_else(|| panic!("no person: {:#?}", doc.entities));
    assert_eq!(e.code.as_deref(), Some("PRY"), "{e:#?}");
    // Two states named: no guess.
    let doc = recognised(
        "President Tomas Velasquez Orrego met Bolivian envoys to discuss Paraguayan exports.",
    );
    let e = doc
        .entities
        .iter()
        .find(|e| e.kind == EntityKind::Person && e.name.contains("Orrego"))
        .unwrap_or_else(|| panic!("no person: {:#?}", doc.entities));
    assert_eq!(e.code, None, "{e:#?}");
}

#[test]
fn a_un_title_no_state_claims_is_the_uns_official() {
    for text in [
        "UN envoy Hamid Qureshi met the two delegations in Geneva on Monday.",
        "The rebels will meet U.N. mediator Hamid Qureshi in Geneva next week.",
    ] {
        let doc = recognised(text);
        let e = body(&doc, "Hamid Qureshi");
        assert_eq!(e.kind, EntityKind::Person, "{text}");
        assert_eq!(e.code.as_deref(), Some("UNO"), "{text}: {e:#?}");
    }
    // A state's envoy to the UN stays that state's.
    let doc = recognised("Pakistan's UN envoy Hamid Qureshi met the two delegations on Monday.");
    assert_eq!(body(&doc, "Hamid Qureshi").code.as_deref(), Some("PAK"));
}

#[test]
fn forces_a_state_leads_act_for_it() {
    let doc = recognised("Saudi-led forces struck rebel positions near Sanaa on Monday.");
    let m = doc
        .mentions
        .iter()
        .find(|m| doc.entities[m.entity].code.as_deref() == Some("SAU"))
        .unwrap_or_else(|| panic!("{:#?}", doc.entities));
    assert_eq!(doc.slice(m.span), "Saudi-led forces");
    // Backed is not led: "Iranian-backed militias" are not Iran.
    let doc = recognised("Iranian-backed militias struck a convoy near Basra on Monday.");
    assert!(doc
        .mentions
        .iter()
        .all(|m| doc.slice(m.span) != "Iranian-backed militias"));
}
