//! Historical office holders of kb/people.tsv on news-style sentences written
//! for these tests: a leader named by title and surname gets the state they
//! acted for, inside their term and after it, and a surname two people of the
//! knowledge base share goes to the one in office on the publication date.
//! (Entities take the fullest name the text gives them, so a bare surname
//! after a title shows which knowledge-base person it was resolved to.)

use detente_doc::{Doc, Entity, EntityKind};

fn recognised(text: &str, published: &str) -> Doc {
    let kb = detente_kb::builtin();
    let date = chrono::NaiveDate::parse_from_str(published, "%Y-%m-%d").unwrap();
    let mut doc = detente_text::prepare(text, Some(date), kb);
    detente_recognise::recognise(&mut doc, kb);
    doc
}

fn people(doc: &Doc) -> Vec<&Entity> {
    doc.entities
        .iter()
        .filter(|e| e.kind == EntityKind::Person)
        .collect()
}

/// The person entity whose name contains `part`; fails if there is none.
fn person<'a>(doc: &'a Doc, part: &str) -> &'a Entity {
    people(doc)
        .into_iter()
        .find(|e| e.name.contains(part))
        .unwrap_or_else(|| panic!("no person {part} in {:#?}", people(doc)))
}

fn code<'a>(doc: &'a Doc, part: &str) -> Option<&'a str> {
    person(doc, part).code.as_deref()
}

#[test]
fn a_president_named_by_title_and_full_name_gets_their_state() {
    let doc = recognised(
        "President Yoweri Museveni told reporters in Kampala that the talks would resume next week.",
        "1996-05-10",
    );
    assert_eq!(code(&doc, "Museveni"), Some("UGA"));
    assert_eq!(
        person(&doc, "Museveni").office.as_deref(),
        Some("President")
    );
}

#[test]
fn title_and_surname_resolve_inside_and_after_the_term() {
    let inside = recognised(
        "Rwandan officials said President Habyarimana would return from the summit on Wednesday.",
        "1994-04-05",
    );
    assert_eq!(code(&inside, "Habyarimana"), Some("RWA"));
    // Years after his death he is still the Rwandan president of 1994.
    let after = recognised(
        "A new inquiry will look again at the attack on the plane of President Habyarimana.",
        "2008-11-12",
    );
    assert_eq!(code(&after, "Habyarimana"), Some("RWA"));
}

#[test]
fn spelling_variants_find_the_same_leader() {
    // No state word in these sentences: the code can only come from the
    // knowledge base, whichever spelling the text uses.
    for (text, form, date) in [
        (
            "On Sunday Muammar Gaddafi received the envoy in his tent.",
            "Gaddafi",
            "2004-03-14",
        ),
        (
            "Officials close to Colonel Qaddafi rejected the proposal on Monday.",
            "Qaddafi",
            "2011-03-07",
        ),
        (
            "The Arab League summit heard a long speech by Moammar Gadhafi.",
            "Gadhafi",
            "2009-03-30",
        ),
    ] {
        let doc = recognised(text, date);
        let found = people(&doc);
        assert_eq!(found.len(), 1, "{text}: {found:#?}");
        // The text's own spelling when it gives a full name, else the knowledge base's.
        assert!(
            found[0].name.contains(form) || found[0].name == "Muammar Gaddafi",
            "{text}: {found:#?}"
        );
        assert_eq!(found[0].code.as_deref(), Some("LBY"), "{text}");
    }
}

#[test]
fn heads_of_international_bodies_get_the_body_code() {
    let doc = recognised(
        "U.N. Secretary-General Kofi Annan urged both sides to respect the ceasefire.",
        "1999-08-20",
    );
    assert_eq!(code(&doc, "Annan"), Some("UNO"));
    let doc = recognised(
        "NATO Secretary-General Javier Solana said the alliance was ready to act.",
        "1998-10-08",
    );
    assert_eq!(code(&doc, "Solana"), Some("IGO"));
}

#[test]
fn a_shared_surname_goes_to_the_holder_in_office_on_the_date() {
    // Roman Herzog (German president 1994-1999) and Isaac Herzog (Israeli
    // president since 2021) are both in the knowledge base.
    let de = recognised(
        "On Monday President Herzog received the new ambassador in Bonn.",
        "1996-02-12",
    );
    assert_eq!(person(&de, "Herzog").name, "Roman Herzog");
    assert_eq!(code(&de, "Herzog"), Some("DEU"));
    let il = recognised(
        "On Monday President Herzog received the new ambassador in Jerusalem.",
        "2023-02-13",
    );
    assert_eq!(person(&il, "Herzog").name, "Isaac Herzog");
    assert_eq!(code(&il, "Herzog"), Some("ISR"));
    // Father and son: the Bush of the date.
    let gulf = recognised(
        "On Monday President Bush warned Baghdad again.",
        "1990-11-05",
    );
    assert_eq!(person(&gulf, "Bush").name, "George H. W. Bush");
    let iraq = recognised(
        "On Monday President Bush warned Baghdad again.",
        "2003-03-10",
    );
    assert_eq!(person(&iraq, "Bush").name, "George W. Bush");
    assert_eq!(code(&iraq, "Bush"), Some("USA"));
}

#[test]
fn recent_holders_keep_their_surnames() {
    // Adding earlier Blairs and Harrises must not take these surnames from
    // the people in office now.
    let doc = recognised(
        "Defence Minister Bill Blair met his counterparts in Brussels. Blair said Canada would \
         send more troops.",
        "2024-02-15",
    );
    assert_eq!(code(&doc, "Blair"), Some("CAN"));
    let doc = recognised(
        "On Tuesday Prime Minister Blair met the Irish leader in Belfast.",
        "1998-04-07",
    );
    assert_eq!(person(&doc, "Blair").name, "Tony Blair");
    assert_eq!(code(&doc, "Blair"), Some("GBR"));
    let doc = recognised(
        "On Tuesday Vice President Harris flew to Manila.",
        "2022-11-20",
    );
    assert_eq!(person(&doc, "Harris").name, "Kamala Harris");
}

#[test]
fn a_family_name_written_first_still_finds_the_person_later() {
    let doc = recognised(
        "China's ambassador, Geng Shuang, voted against the text. Geng said Beijing opposed new \
         measures.",
        "2024-05-10",
    );
    let geng: Vec<&Entity> = people(&doc)
        .into_iter()
        .filter(|e| e.name.contains("Geng"))
        .collect();
    assert_eq!(geng.len(), 1, "{geng:#?}");
    assert_eq!(geng[0].name, "Geng Shuang");
    assert_eq!(geng[0].mentions, 2, "{geng:#?}");
    assert_eq!(geng[0].code.as_deref(), Some("CHN"));
}
