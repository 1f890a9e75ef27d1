//! Who is on which side of an act, on forms of real diplomatic reports the
//! extractor got wrong, each on sentences written for these tests: where
//! a title serves, descriptions of offices many people hold, family
//! names written first, coordinated nationalities, joint acts in the
//! passive, participles before their noun, and the purpose of a meeting.

mod common;

use common::{codes, events, first, parties};

#[test]
fn the_state_a_title_serves_in_is_no_side() {
    let evs = events(
        "Ghana's ambassador to Brazil met Brazilian Foreign Minister Mauro Vieira in Brasilia on Monday.",
        "2025-03-05",
    );
    assert_eq!(parties(first(&evs, "CONSULT")), ["BRA", "GHA"], "{evs:#?}");
    let evs = events(
        "The U.N. special envoy for Yemen met Omani officials in Muscat on Tuesday.",
        "2025-03-05",
    );
    assert_eq!(parties(first(&evs, "CONSULT")), ["OMN", "UNO"], "{evs:#?}");
    // Whom a negotiator speaks for is their side.
    let evs = events(
        "The chief negotiator for Ukraine met U.S. officials in Geneva on Sunday.",
        "2025-03-05",
    );
    assert_eq!(parties(first(&evs, "CONSULT")), ["UKR", "USA"], "{evs:#?}");
}

#[test]
fn a_description_of_an_office_many_hold_names_nobody() {
    // The knowledge base knows some Chinese ambassadors; "the Chinese
    // ambassador" in Tokyo is none of them in particular.
    let evs = events(
        "Japan's foreign ministry summoned the Chinese ambassador on Monday.",
        "2025-03-05",
    );
    let protest = first(&evs, "ACCUSE");
    assert_eq!(codes(&protest.actor), ["JPN"], "{protest:#?}");
    assert_eq!(codes(&protest.recipient), ["CHN"], "{protest:#?}");
    assert!(
        protest.recipient.iter().all(|p| p.office.is_none()),
        "{protest:#?}"
    );
    // A state's unnamed ambassador still acts for it.
    let evs = events(
        "The Russian ambassador met the Kenyan foreign minister in Nairobi on Monday.",
        "2025-03-05",
    );
    assert_eq!(parties(first(&evs, "CONSULT")), ["KEN", "RUS"], "{evs:#?}");
}

#[test]
fn a_summoning_ministry_is_not_the_summoned_state() {
    let evs = events(
        "The foreign ministry summoned the Iranian charge d'affaires on Monday.",
        "2025-03-05",
    );
    let protest = first(&evs, "ACCUSE");
    assert!(protest.actor.is_empty(), "{protest:#?}");
    assert_eq!(codes(&protest.recipient), ["IRN"], "{protest:#?}");
}

#[test]
fn coordinated_nationalities_share_their_noun() {
    let evs = events(
        "Sudanese and Chadian troops exchanged fire near the border on Sunday.",
        "2025-03-05",
    );
    assert_eq!(parties(first(&evs, "ASSAULT")), ["SDN", "TCD"], "{evs:#?}");
}

#[test]
fn a_joint_act_in_the_passive_names_its_sides_after_between() {
    let evs = events(
        "A ceasefire was agreed between Armenia and Azerbaijan on Friday.",
        "2025-03-05",
    );
    assert_eq!(parties(first(&evs, "AGREE")), ["ARM", "AZE"], "{evs:#?}");
}

#[test]
fn a_participle_before_its_noun_is_that_nouns_act() {
    let evs = events(
        "Visiting Kenyan President William Ruto met Chinese Premier Li Qiang in Beijing on Monday.",
        "2025-03-05",
    );
    let visit = first(&evs, "CONSULT");
    assert_eq!(codes(&visit.actor), ["KEN"], "{evs:#?}");
    assert_eq!(codes(&visit.recipient), ["CHN"], "{evs:#?}");
    let evs = events(
        "The visiting delegation from Ghana was received by President Tinubu on Monday.",
        "2025-03-05",
    );
    let visit = first(&evs, "CONSULT");
    assert_eq!(codes(&visit.actor), ["GHA"], "{evs:#?}");
    assert_eq!(codes(&visit.recipient), ["NGA"], "{evs:#?}");
    // A gerund with its object opening a sentence is no one's act.
    let evs = events(
        "Shelling Ukrainian villages has killed hundreds of civilians, Kyiv said.",
        "2025-03-05",
    );
    assert!(evs.iter().all(|e| codes(&e.actor) != ["UKR"]), "{evs:#?}");
    // People who serve no state do not act for their nationality.
    let evs = events(
        "An American professor met Iranian Foreign Minister Abbas Araghchi in Tehran on Monday.",
        "2025-03-05",
    );
    assert!(
        evs.iter().all(|e| !parties(e).contains(&"USA".to_string())),
        "{evs:#?}"
    );
}

#[test]
fn a_family_name_written_first_names_the_person_later() {
    let evs = events(
        "Chinese Foreign Minister Wang Yi met Penny Wong in Canberra on Monday. \
         On Tuesday, Wang held talks with Anthony Albanese.",
        "2025-03-05",
    );
    let talks: Vec<_> = evs.iter().filter(|e| e.event == "CONSULT").collect();
    assert_eq!(talks.len(), 2, "{evs:#?}");
    assert!(
        talks.iter().all(|e| parties(e) == ["AUS", "CHN"]),
        "{evs:#?}"
    );
    // Not a grammar word that opens a name: "To" of "To Lam".
    let rec = common::record(
        "To Lam met Anthony Albanese on Monday. To date, no agreement has been signed.",
        "2025-03-05",
    );
    let to_lam = rec
        .entities
        .iter()
        .find(|e| e.name == "To Lam")
        .expect("To Lam");
    assert_eq!(to_lam.mentions, 1, "{:#?}", rec.entities);
}

#[test]
fn a_foreign_name_is_read_as_a_name_when_dating_the_act() {
    // The tagger alone reads "Xi Jinping" as a conjunction and a verb, and
    // the date then hangs on the "verb".
    let evs = events(
        "The Brazilian president held talks with Chinese leader Xi Jinping on Monday.",
        "2025-03-05",
    );
    assert_eq!(
        first(&evs, "CONSULT").date.as_deref(),
        Some("2025-03-03"),
        "{evs:#?}"
    );
}

#[test]
fn what_a_meeting_is_held_to_discuss_is_no_side() {
    let evs = events(
        "The foreign ministers of Japan and Australia held a meeting in Tokyo on Thursday \
         to discuss regional security and Chinese investment.",
        "2025-03-05",
    );
    let meeting = first(&evs, "CONSULT");
    assert_eq!(parties(meeting), ["AUS", "JPN"], "{evs:#?}");
}

#[test]
fn a_minister_and_his_counterpart_are_both_sides() {
    let evs = events(
        "Foreign Minister Cho Tae-yul and his Japanese counterpart, Takeshi Iwaya, have held talks \
         in Lima, Seoul's foreign ministry said on Friday.",
        "2024-11-15",
    );
    assert_eq!(parties(first(&evs, "CONSULT")), ["JPN", "KOR"], "{evs:#?}");
}

#[test]
fn both_sides_are_those_of_the_last_meeting_told() {
    let evs = events(
        "Indian Foreign Minister S. Jaishankar met Chinese Foreign Minister Wang Yi in Beijing on Monday. \
         Later on Monday, Jaishankar held talks with Singapore's foreign minister Vivian Balakrishnan. \
         Both sides agreed to expand trade links.",
        "2025-03-05",
    );
    assert_eq!(parties(first(&evs, "AGREE")), ["IND", "SGP"], "{evs:#?}");
}

#[test]
fn a_visitor_joined_to_the_host_is_a_side() {
    let evs = events(
        "Pakistani Foreign Minister Ishaq Dar and visiting Turkish Foreign Minister Hakan Fidan held talks on Tuesday.",
        "2025-03-05",
    );
    let talks = evs
        .iter()
        .find(|e| e.event == "CONSULT" && e.mode.is_none())
        .expect("the talks");
    assert_eq!(parties(talks), ["PAK", "TUR"], "{evs:#?}");
    // The visit is the visitor's.
    let visit = evs
        .iter()
        .find(|e| e.mode.as_deref() == Some("visit"))
        .expect("the visit");
    assert_eq!(codes(&visit.actor), ["TUR"], "{evs:#?}");
    // A visit to a place is to its state.
    let evs = events(
        "The visiting Turkish foreign minister toured a refugee camp in Jordan on Tuesday.",
        "2025-03-05",
    );
    let visit = first(&evs, "CONSULT");
    assert_eq!(codes(&visit.recipient), ["JOR"], "{evs:#?}");
}

#[test]
fn an_agreement_sought_or_discussed_is_none_made() {
    for text in [
        "Norway and Sweden pressed for a fishing deal between Iceland and Denmark on Monday.",
        "Ghana and Togo are working on an agreement on their maritime border, officials said on Monday.",
        "Negotiators from Ghana and Togo held talks toward a deal on the border on Monday.",
    ] {
        let evs = events(text, "2025-03-05");
        assert!(evs.iter().all(|e| e.event != "AGREE"), "{text}: {evs:#?}");
    }
    // One signed, entered into or settled on is.
    for text in [
        "Ghana and Togo signed a deal on their maritime border on Monday.",
        "Ghana and Togo entered into an agreement on Monday to share intelligence.",
        "Ghana and Togo finally settled on a deal over their maritime border on Monday.",
    ] {
        let evs = events(text, "2025-03-05");
        assert_eq!(
            parties(first(&evs, "AGREE")),
            ["GHA", "TGO"],
            "{text}: {evs:#?}"
        );
    }
}

#[test]
fn accusations_in_the_forms_reports_give_them() {
    // A capital opening the sentence is a name, not a verb.
    let evs = events(
        "Beijing slammed Manila's decision as a provocation.",
        "2025-03-05",
    );
    let charge = first(&evs, "ACCUSE");
    assert_eq!(codes(&charge.actor), ["CHN"], "{evs:#?}");
    assert_eq!(codes(&charge.recipient), ["PHL"], "{evs:#?}");
    // Naming an act unlawful, and saying another broke the law.
    let evs = events("Vietnam called the Chinese survey illegal.", "2025-03-05");
    assert_eq!(codes(&first(&evs, "ACCUSE").actor), ["VNM"], "{evs:#?}");
    let evs = events(
        "Vietnam said China violated international law.",
        "2025-03-05",
    );
    let charge = first(&evs, "ACCUSE");
    assert_eq!(codes(&charge.actor), ["VNM"], "{evs:#?}");
    assert_eq!(codes(&charge.recipient), ["CHN"], "{evs:#?}");
    // Not anyone who breaks the law, nor a breaking off.
    for text in [
        "Spanish police said the Moroccan suspects broke the law.",
        "The Chinese airline broke off charter flights to Japan on Monday.",
    ] {
        let evs = events(text, "2025-03-05");
        assert!(evs.iter().all(|e| e.event != "ACCUSE"), "{text}: {evs:#?}");
    }
    // An accuser's own charge is made, not claimed.
    let evs = events(
        "India alleged that Pakistan supported the militants.",
        "2025-03-05",
    );
    let charge = first(&evs, "ACCUSE");
    assert_eq!(charge.status, "occurred", "{evs:#?}");
    // Whom it charges is the subject of what it alleges.
    assert_eq!(codes(&charge.recipient), ["PAK"], "{evs:#?}");
    // Ships of a nationality act for their state.
    let evs = events(
        "The Philippine coast guard said Chinese vessels had rammed its ship on Monday.",
        "2025-03-05",
    );
    assert_eq!(codes(&first(&evs, "COERCE").actor), ["CHN"], "{evs:#?}");
}

#[test]
fn an_arrest_in_the_passive_is_the_states_where_it_happens() {
    let evs = events(
        "At least forty people were arrested in Katmandu on Saturday.",
        "2025-03-05",
    );
    let arrest = first(&evs, "COERCE");
    assert_eq!(codes(&arrest.actor), ["NPL"], "{evs:#?}");
    assert_eq!(codes(&arrest.recipient), ["NPL"], "{evs:#?}");
    // Nobody and nowhere named: nothing to code.
    assert!(events("Two men were arrested on Monday.", "2025-03-05").is_empty());
    // Hong Kong is coded on its own (CAMEO's HKG), as police act there.
    let evs = events(
        "Police arrested dozens of students in Hong Kong on Sunday.",
        "2025-03-05",
    );
    assert_eq!(codes(&first(&evs, "COERCE").actor), ["HKG"], "{evs:#?}");
}

#[test]
fn a_new_report_is_not_a_visit_of_years_ago() {
    let evs = events(
        "Ghanaian President John Mahama and Ivorian President Alassane Ouattara held talks in Accra. \
         Ouattara paid his first state visit to Ghana in 2017.",
        "2025-03-05",
    );
    let talks: Vec<_> = evs.iter().filter(|e| e.event == "CONSULT").collect();
    assert_eq!(talks.len(), 2, "{evs:#?}");
    assert!(
        talks.iter().any(|e| e.date.as_deref() == Some("2017")),
        "{evs:#?}"
    );
    assert!(
        talks.iter().any(|e| e.date.as_deref() != Some("2017")),
        "{evs:#?}"
    );
}

#[test]
fn a_second_verb_of_the_same_meeting_is_the_same_meeting() {
    let evs = events(
        "Ghanaian Foreign Minister Samuel Ablakwa held a meeting with his Togolese counterpart \
         in Lome and discussed trade, the ministry said on Friday.",
        "2025-03-07",
    );
    assert_eq!(
        evs.iter().filter(|e| e.event == "CONSULT").count(),
        1,
        "{evs:#?}"
    );
}

#[test]
fn blame_laid_in_a_statement_is_the_speakers_charge() {
    let evs = events(
        "Hanoi said Beijing was responsible for the collision near the Paracel Islands.",
        "2025-03-05",
    );
    let charge = first(&evs, "ACCUSE");
    assert_eq!(codes(&charge.actor), ["VNM"], "{evs:#?}");
    assert_eq!(codes(&charge.recipient), ["CHN"], "{evs:#?}");
    let evs = events(
        "Pakistan said India was to blame for the clashes on Sunday.",
        "2025-03-05",
    );
    assert_eq!(parties(first(&evs, "ACCUSE")), ["IND", "PAK"], "{evs:#?}");
    // Without a speaker, being responsible for something is a duty.
    let evs = events(
        "Vietnam's foreign ministry is responsible for consular affairs.",
        "2025-03-05",
    );
    assert!(evs.iter().all(|e| e.event != "ACCUSE"), "{evs:#?}");
}

#[test]
fn a_nationality_and_a_group_joined_before_their_noun_are_both_sides() {
    let evs = events(
        "Israeli and Hezbollah delegations held indirect talks in Naqoura on Tuesday.",
        "2025-03-07",
    );
    assert_eq!(parties(first(&evs, "CONSULT")), ["ISR", "LBN"], "{evs:#?}");
}

#[test]
fn talks_one_travels_or_is_expected_somewhere_for_are_the_travellers() {
    let evs = events(
        "A Kenyan delegation is expected in Addis Ababa on Thursday for talks with Ethiopian officials.",
        "2025-03-07",
    );
    let talks = first(&evs, "CONSULT");
    assert_eq!(codes(&talks.actor), ["KEN"], "{evs:#?}");
    assert_eq!(codes(&talks.recipient), ["ETH"], "{evs:#?}");
    // Planned, on the coming Thursday.
    assert_eq!(talks.date.as_deref(), Some("2025-03-13"), "{evs:#?}");
}

#[test]
fn a_states_own_people_acting_on_an_unnamed_government_act_on_their_own_state() {
    let evs = events(
        "Zambia's main teachers' union threatened to strike next month unless the government raises salaries.",
        "2025-03-07",
    );
    let e = first(&evs, "THREATEN");
    assert_eq!(codes(&e.actor), ["ZMB"], "{evs:#?}");
    assert_eq!(codes(&e.recipient), ["ZMB"], "{evs:#?}");
    // A government named with its state is that state's.
    let evs = events(
        "Zambia's opposition urged the British government to return the seized artefacts.",
        "2025-03-07",
    );
    assert_eq!(
        codes(&first(&evs, "REQUEST").recipient),
        ["GBR"],
        "{evs:#?}"
    );
}

#[test]
fn a_governments_act_and_its_oppositions_are_two_acts() {
    let evs = events(
        "The Greek Foreign Ministry summoned the Turkish ambassador on Thursday to protest. \
         Opposition politicians in Athens criticised the government's handling of the row on Thursday.",
        "2025-01-17",
    );
    let charges: Vec<_> = evs.iter().filter(|e| e.event == "ACCUSE").collect();
    assert_eq!(charges.len(), 2, "{evs:#?}");
    assert!(
        charges.iter().any(|e| codes(&e.recipient) == ["TUR"]),
        "{evs:#?}"
    );
}

#[test]
fn talks_the_subject_held_before_its_act_are_its_own() {
    let evs = events(
        "Kenyan Foreign Minister Musalia Mudavadi spoke to reporters in Nairobi on Tuesday after talks \
         with Ethiopian Foreign Minister Gedion Timothewos.",
        "2025-03-12",
    );
    let talks = first(&evs, "CONSULT");
    assert_eq!(codes(&talks.actor), ["KEN"], "{evs:#?}");
    assert_eq!(codes(&talks.recipient), ["ETH"], "{evs:#?}");
    assert_eq!(talks.status, "occurred", "{evs:#?}");
    // In a clause still to come, they are too.
    let evs = events(
        "Kenyan Foreign Minister Musalia Mudavadi will speak to reporters after talks with \
         Ethiopian Foreign Minister Gedion Timothewos.",
        "2025-03-12",
    );
    assert_eq!(first(&evs, "CONSULT").status, "planned", "{evs:#?}");
}
