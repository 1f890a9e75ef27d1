//! The knowledge base is consistent: codes unique, every alias resolves.

use detente_kb::{builtin, Target};
use std::collections::HashSet;

#[test]
fn every_state_has_a_unique_iso3_code_and_the_un_members_are_there() {
    let kb = builtin();
    let mut seen = HashSet::new();
    for s in &kb.states {
        assert!(
            s.code.len() == 3 && s.code.bytes().all(|b| b.is_ascii_uppercase()),
            "{}",
            s.code
        );
        assert!(seen.insert(s.code.clone()), "duplicate code {}", s.code);
        assert!(!s.name.is_empty() && !s.capital.is_empty(), "{}", s.code);
    }
    assert!(kb.states.len() >= 195, "{} states", kb.states.len());
    for code in [
        "RUS", "USA", "UKR", "CHN", "SAU", "TUR", "VAT", "PSE", "SSD",
    ] {
        assert!(kb.state(code).is_some(), "{code}");
    }
}

#[test]
fn every_state_name_alias_and_adjective_resolves_to_its_state() {
    let kb = builtin();
    for (i, s) in kb.states.iter().enumerate() {
        for n in std::iter::once(&s.name)
            .chain(&s.aliases)
            .chain(std::iter::once(&s.official))
            .filter(|n| !n.is_empty())
        {
            let n = n.strip_prefix("the ").unwrap_or(n);
            assert!(
                kb.gazetteer.lookup(n).contains(&Target::State(i)),
                "{n} -> {}",
                s.code
            );
        }
        for a in &s.adjectives {
            let t = kb.gazetteer.lookup(a);
            assert!(
                t.contains(&Target::StateAdjective(i))
                    || t.iter()
                        .any(|x| matches!(x, Target::State(j) if kb.states[*j].code == s.code)),
                "{a} -> {}",
                s.code
            );
        }
    }
}

#[test]
fn every_body_of_a_kind_code_has_its_own_unique_code() {
    let kb = builtin();
    let mut seen = std::collections::HashSet::new();
    for b in &kb.bodies {
        if detente_kb::KIND_CODES.contains(&b.code.as_str()) {
            let own = b
                .own_code
                .as_deref()
                .unwrap_or_else(|| panic!("{} has no own_code", b.name));
            assert!(own.starts_with(&b.code), "{} -> {own}", b.name);
            assert!(
                own.len() <= 12
                    && own
                        .chars()
                        .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit()),
                "{own}"
            );
            assert!(seen.insert(own.to_string()), "two bodies share {own}");
        }
    }
    assert_eq!(kb.own_body_code("ECOWAS", "IGO"), Some("IGOECOWAS"));
    assert_eq!(
        kb.own_body_code("Economic Community of West African States", "IGO"),
        Some("IGOECOWAS")
    );
    assert_eq!(kb.own_body_code("asean", "IGO"), Some("IGOASEAN"));
    assert_eq!(kb.own_body_code("African Union", "IGO"), Some("IGOAU"));
    assert_eq!(
        kb.own_body_code("Organization of American States", "IGO"),
        Some("IGOOAS")
    );
    assert_eq!(kb.own_body_code("Russia", "RUS"), None);
}

#[test]
fn every_metonym_body_and_person_code_is_known() {
    let kb = builtin();
    let body_codes = ["IGO", "UNO", "EUR", "NGO", "MNC"];
    for m in &kb.metonyms {
        assert!(
            kb.state(&m.code).is_some(),
            "metonym {} -> {}",
            m.phrase,
            m.code
        );
        assert!(!kb.gazetteer.lookup(&m.phrase).is_empty(), "{}", m.phrase);
    }
    for b in &kb.bodies {
        assert!(
            kb.state(&b.code).is_some() || body_codes.contains(&b.code.as_str()),
            "body {} -> {}",
            b.name,
            b.code
        );
    }
    for p in &kb.people {
        for t in &p.terms {
            assert!(
                kb.state(&t.code).is_some() || body_codes.contains(&t.code.as_str()),
                "{} -> {}",
                p.name,
                t.code
            );
            assert!(
                kb.office_named(&t.office).is_some(),
                "{}: office {} not in offices.tsv",
                p.name,
                t.office
            );
            if let (Some(s), Some(e)) = (t.start, t.end) {
                assert!(s <= e, "{}: {} > {}", p.name, s, e);
            }
        }
    }
}

#[test]
fn capitals_stand_for_their_states() {
    let kb = builtin();
    for (capital, code) in [
        ("Moscow", "RUS"),
        ("Washington", "USA"),
        ("Kyiv", "UKR"),
        ("Kiev", "UKR"),
        ("Beijing", "CHN"),
        ("Kremlin", "RUS"),
        ("White House", "USA"),
        ("State Department", "USA"),
        ("Downing Street", "GBR"),
    ] {
        let t = kb.gazetteer.lookup(capital);
        assert!(
            t.iter()
                .any(|x| matches!(x, Target::Metonym(i) if kb.metonyms[*i].code == code)),
            "{capital}"
        );
    }
}

#[test]
fn office_holders_are_dated() {
    let kb = builtin();
    let rubio = kb
        .people
        .iter()
        .find(|p| p.name.contains("Rubio"))
        .expect("Rubio");
    let d = |s: &str| chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
    assert_eq!(
        rubio.term_at(Some(d("2025-04-07"))).unwrap().office,
        "Secretary of State"
    );
    assert_ne!(
        rubio
            .term_at(Some(d("2020-04-07")))
            .map(|t| t.office.as_str()),
        Some("Secretary of State")
    );
    for code in [
        "ARG", "AUS", "BRA", "CAN", "CHN", "FRA", "DEU", "IND", "IDN", "ITA", "JPN", "KOR", "MEX",
        "RUS", "SAU", "ZAF", "TUR", "GBR", "USA", "UKR", "UNO",
    ] {
        let holders = kb
            .people
            .iter()
            .filter(|p| p.terms.iter().any(|t| t.code == code))
            .count();
        assert!(holders >= 3, "{code}: only {holders} office holders");
    }
}

#[test]
fn event_patterns_cover_all_plover_types_and_topics_load() {
    let kb = builtin();
    let types: HashSet<&str> = kb
        .patterns
        .patterns
        .iter()
        .map(|p| p.event.as_str())
        .collect();
    for t in [
        "AGREE",
        "CONSULT",
        "SUPPORT",
        "CONCEDE",
        "COOPERATE",
        "AID",
        "RETREAT",
        "REQUEST",
        "ACCUSE",
        "REJECT",
        "THREATEN",
        "PROTEST",
        "SANCTION",
        "MOBILIZE",
        "COERCE",
        "ASSAULT",
    ] {
        assert!(types.contains(t), "{t}");
    }
    assert!(kb.topics.len() >= 10);
    assert!(kb.places.len() > 1000);
}

#[test]
fn a_user_folder_extends_the_knowledge_base() {
    let dir = std::env::temp_dir().join(format!("detente-kb-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("people.tsv"), "name\taliases\tcode\toffice\tsector\tstart\tend\nZorana Petkovic\t\tSRB\tAmbassador\tGOV\t2020-01-01\t\n").unwrap();
    let kb = detente_kb::Kb::load(&dir).unwrap();
    assert!(kb.people.iter().any(|p| p.name == "Zorana Petkovic"));
    assert!(!kb.gazetteer.lookup("Zorana Petkovic").is_empty());
    std::fs::write(
        dir.join("events.toml"),
        "[[pattern]]\nevent = \"NOT_A_TYPE\"\nphrases = [\"x\"]\n",
    )
    .unwrap();
    let err = detente_kb::Kb::load(&dir)
        .err()
        .expect("bad pattern refused");
    assert!(err.to_string().contains("events.toml"), "{err}");
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn words_that_are_no_names_are_data_a_user_can_extend() {
    let kb = detente_kb::builtin();
    for w in ["Advertisement", "Yandex", "Izvestia", "Politico", "Monday"] {
        assert!(kb.not_names.contains(w), "{w}");
    }
    assert!(kb.not_person_ends.contains("Shoal"));
    assert!(kb.person_nouns.contains("counterpart"));
    let dir = std::env::temp_dir().join(format!("detente-kb-words-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(
        dir.join("name_words.tsv"),
        "# site furniture\nword\tuse\nNewsletter\tskip\nLagoon\tend\n",
    )
    .unwrap();
    let kb = detente_kb::Kb::load(&dir).unwrap();
    assert!(kb.not_names.contains("Newsletter"));
    assert!(kb.not_names.contains("Advertisement"), "built-in rows stay");
    assert!(kb.not_person_ends.contains("Lagoon"));
    std::fs::write(
        dir.join("name_words.tsv"),
        "word\tuse\nNewsletter\tsometimes\n",
    )
    .unwrap();
    let err = detente_kb::Kb::load(&dir)
        .err()
        .expect("unknown use refused");
    assert!(err.to_string().contains("name_words.tsv"), "{err}");
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn a_user_folder_extends_the_lexicon_classes() {
    let dir = std::env::temp_dir().join(format!("detente-kb-classes-{}", std::process::id()));
    std::fs::create_dir_all(dir.join("lexicon")).unwrap();
    // A user's class file adds a lemma to a built-in class and a new class;
    // a user's entry uses both.
    std::fs::write(
        dir.join("lexicon/classes.tsv"),
        "# mine\nrestriction\troadblock\nwatchword\tfoo|bar\n",
    )
    .unwrap();
    std::fs::write(
        dir.join("lexicon/verbs.tsv"),
        "# mine\nCONCEDE\t-\tdismantle @restriction on:R\tGeorgia dismantled the roadblocks on the highway.\nCONCEDE\t-\tdrop @watchword\tPeru dropped the foo.\n",
    )
    .unwrap();
    let kb = detente_kb::Kb::load(&dir).unwrap();
    let builtin = detente_kb::builtin();
    let members = &kb.lexicon.classes["restriction"];
    assert!(members.contains(&"roadblock".to_string()));
    assert_eq!(
        members.len(),
        builtin.lexicon.classes["restriction"].len() + 1
    );
    let dismantle: Vec<_> = kb
        .lexicon
        .entries_for("dismantle", false)
        .filter(|e| e.source.0.starts_with("user "))
        .collect();
    assert_eq!(dismantle.len(), members.len());
    assert!(
        dismantle
            .iter()
            .any(|e| e.words == ["roadblock"]
                && e.source == ("user lexicon/verbs.tsv".to_string(), 2))
    );
    assert_eq!(
        kb.lexicon
            .entries_for("drop", false)
            .filter(|e| e.words == ["bar"])
            .count(),
        1
    );
    // Built-in entries stay, and built-in class lines expand over the new lemma.
    let own = kb
        .lexicon
        .entries
        .iter()
        .filter(|e| !e.source.0.starts_with("user "));
    assert!(own.count() >= builtin.lexicon.entries.len());
    // An unknown class is refused with the file and line.
    std::fs::write(
        dir.join("lexicon/verbs.tsv"),
        "# mine\n\nCONCEDE\t-\tdismantle @nosuchclass\tx\n",
    )
    .unwrap();
    let err = kb_err(&dir);
    assert!(
        err.contains("user lexicon/verbs.tsv:3") && err.contains("@nosuchclass"),
        "{err}"
    );
    // So is an empty class.
    std::fs::write(dir.join("lexicon/classes.tsv"), "restriction\t|\n").unwrap();
    let err = kb_err(&dir);
    assert!(
        err.contains("user lexicon/classes.tsv:1") && err.contains("no lemmas"),
        "{err}"
    );
    std::fs::remove_dir_all(&dir).ok();
}

fn kb_err(dir: &std::path::Path) -> String {
    detente_kb::Kb::load(dir)
        .err()
        .expect("refused")
        .to_string()
}

#[test]
fn a_longer_name_in_the_wrong_case_leaves_the_shorter_one() {
    // "Russia Today" is an outlet only when written as a title; in "visited
    // Russia today" the state is still found.
    let kb = detente_kb::builtin();
    let text = "The envoy visited Russia today and Kenya on Friday.";
    let lower = text.to_ascii_lowercase();
    let hits = kb.gazetteer.find(text, &lower);
    let found: Vec<&str> = hits.iter().map(|h| &text[h.start..h.end]).collect();
    assert!(found.contains(&"Russia"), "{found:?}");
    assert!(found.contains(&"Kenya"), "{found:?}");
    assert!(!found.contains(&"Russia today"), "{found:?}");
    let titled = "The report aired on Russia Today last night.";
    let lower = titled.to_ascii_lowercase();
    let hits = kb.gazetteer.find(titled, &lower);
    assert!(
        hits.iter()
            .any(|h| &titled[h.start..h.end] == "Russia Today"),
        "the outlet written as a title is still found"
    );
}

#[test]
fn irregular_verb_forms_are_data_a_user_can_extend() {
    let builtin = detente_kb::builtin();
    assert_eq!(builtin.lexicon.verb_form_lemma("froze"), Some("freeze"));
    assert_eq!(
        builtin.lexicon.verb_form_lemma("withdrew"),
        Some("withdraw")
    );
    // A form that is another verb's too is left to the lemmatiser.
    assert_eq!(builtin.lexicon.verb_form_lemma("wound"), None);
    // Regular forms are not listed.
    assert_eq!(builtin.lexicon.verb_form_lemma("talked"), None);
    let dir = std::env::temp_dir().join(format!("detente-kb-forms-{}", std::process::id()));
    std::fs::create_dir_all(dir.join("lexicon")).unwrap();
    std::fs::write(dir.join("lexicon/forms.tsv"), "# mine\nbesought\tbeseech\n").unwrap();
    let kb = detente_kb::Kb::load(&dir).unwrap();
    assert_eq!(kb.lexicon.verb_form_lemma("besought"), Some("beseech"));
    assert_eq!(kb.lexicon.verb_form_lemma("froze"), Some("freeze"));
    // A line without its lemma is refused with the file and line.
    std::fs::write(dir.join("lexicon/forms.tsv"), "\nbesought\n").unwrap();
    let err = kb_err(&dir);
    assert!(
        err.contains("user lexicon/forms.tsv:2") && err.contains("2 tab-separated"),
        "{err}"
    );
    std::fs::write(dir.join("lexicon/forms.tsv"), "Besought\tbeseech\n").unwrap();
    assert!(kb_err(&dir).contains("lower-case"));
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn what_news_calls_a_body_is_data() {
    let kb = detente_kb::builtin();
    let eu = kb
        .bodies
        .iter()
        .find(|b| b.name == "European Union")
        .unwrap();
    assert_eq!(eu.called, ["bloc"]);
    // Words that name other things as often are no body's.
    assert!(kb
        .bodies
        .iter()
        .all(|b| !b.called.iter().any(|c| c == "union" || c == "group")));
}

#[test]
fn regions_name_their_state_and_need_no_coordinates() {
    let kb = detente_kb::builtin();
    let region = |name: &str| kb.places.iter().find(|p| p.name == name);
    for (name, code) in [("Zamfara", "NGA"), ("Sichuan", "CHN"), ("Helmand", "AFG")] {
        let r = region(name).unwrap_or_else(|| panic!("{name}"));
        assert_eq!(
            (r.country.as_str(), r.kind.as_str()),
            (code, "region"),
            "{name}"
        );
        assert!(r.lat.is_none() && r.lon.is_none(), "{name}");
    }
    // A city keeps its coordinates; a name both give stays the city's.
    assert!(region("Kano").is_some_and(|p| p.lat.is_some()));
    assert!(kb.places.iter().filter(|p| p.name == "Kano").count() == 1);
    // A user's row may leave them empty too, but not write a word there.
    let dir = std::env::temp_dir().join(format!("detente-kb-regions-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let header = "name\taliases\tcountry\tlat\tlon\tkind\tpopulation\n";
    std::fs::write(
        dir.join("regions.tsv"),
        format!("{header}Westland Fells\t\tNZL\t\t\tregion\t0\n"),
    )
    .unwrap();
    let kb = detente_kb::Kb::load(&dir).unwrap();
    assert!(kb
        .places
        .iter()
        .any(|p| p.name == "Westland Fells" && p.lat.is_none()));
    std::fs::write(
        dir.join("regions.tsv"),
        format!("{header}Westland Fells\t\tNZL\tnorth\t\tregion\t0\n"),
    )
    .unwrap();
    let err = detente_kb::Kb::load(&dir)
        .err()
        .expect("a word as a latitude refused");
    assert!(
        err.to_string().contains("regions.tsv") && err.to_string().contains("lat"),
        "{err}"
    );
    std::fs::remove_dir_all(&dir).ok();
}
