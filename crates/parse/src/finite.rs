//! A declarative sentence has a finite verb.
//!
//! The greedy tagger reads "Israeli helicopters and tanks shelled positions
//! …" with "shelled" as a past participle (VBN) describing the nouns before
//! it: the commonest tagging error on news, and one that leaves the sentence
//! without a main verb and the parser without a clause. A sentence of some
//! length that ends like a statement and has no finite verb, but a bare
//! participle right after a noun phrase, is almost always that error: the
//! participle is read as the past tense.

/// Fine tags (XPOS) of finite verbs and modals.
const FINITE: &[&str] = &["VBD", "VBZ", "VBP", "MD"];
/// Fine tags after which a bare participle would be the predicate.
const NOUN_PHRASE_END: &[&str] = &["NN", "NNS", "NNP", "NNPS", "PRP", "CD"];
/// Words that make a following participle part of a verb group or a phrase.
const AUXILIARY: &[&str] = &[
    "be", "is", "are", "was", "were", "been", "being", "have", "has", "had", "having", "get", "got",
];

/// The word to read as a finite verb in a statement that has none: the first
/// bare past participle right after a noun, a pronoun or a number.
pub fn missing_finite_verb(forms: &[&str], xpos: &[&str]) -> Option<usize> {
    let last = forms
        .iter()
        .rposition(|f| !matches!(*f, "\"" | "'" | "”" | "’" | ")"))?;
    if forms.len() < 5 || !matches!(forms[last], "." | "!") {
        return None;
    }
    if xpos.iter().any(|x| FINITE.contains(x)) {
        return None;
    }
    (1..forms.len()).find(|&i| {
        xpos[i] == "VBN"
            && NOUN_PHRASE_END.contains(&xpos[i - 1])
            && !forms[..i]
                .iter()
                .any(|f| AUXILIARY.contains(&f.to_lowercase().as_str()))
    })
}

/// "donated and delivered", "met and agreed": a bare participle right after
/// its subject, joined to a past tense, is one too. Returns the participle.
pub fn participle_joined_to_past(forms: &[&str], xpos: &[&str]) -> Option<usize> {
    (1..forms.len().saturating_sub(2)).find(|&i| {
        xpos[i] == "VBN"
            && NOUN_PHRASE_END.contains(&xpos[i - 1])
            && matches!(forms[i + 1], "and" | "or")
            && xpos[i + 2] == "VBD"
            && !forms[..i]
                .iter()
                .any(|f| AUXILIARY.contains(&f.to_lowercase().as_str()))
    })
}

/// "Rebels based in eastern Congo attacked …": the greedy parser often
/// makes a participle after a noun the head of a clause under the verb that
/// follows, with the noun as its subject. A bare past participle (no "have",
/// no "be") cannot take an active subject, so such a participle is a reduced
/// relative: it goes back under its noun (`acl`) and the noun becomes the
/// subject of the verb, when that verb has none. `heads` are 1-based with 0
/// for the root (index 0 unused), `rels` the labels of the same tokens;
/// returns the participle repaired.
pub fn reduced_relative(xpos: &[&str], heads: &mut [usize], rels: &mut [&str]) -> Option<usize> {
    let n = xpos.len();
    fn kids(heads: &[usize], h: usize) -> impl Iterator<Item = usize> + '_ {
        (1..heads.len()).filter(move |&k| heads[k] == h)
    }
    let v = (1..=n).find(|&v| {
        let h = heads[v];
        xpos[v - 1] == "VBN"
            && matches!(rels[v], "ccomp" | "advcl" | "csubj" | "parataxis")
            && h > v
            && FINITE.contains(&xpos[h - 1])
            && kids(heads, v).any(|k| k < v && rels[k] == "nsubj")
            && !kids(heads, v).any(|k| matches!(rels[k], "aux" | "aux:pass" | "cop" | "mark"))
            && !kids(heads, h).any(|k| rels[k].starts_with("nsubj") || rels[k] == "expl")
    })?;
    let h = heads[v];
    let subject = kids(heads, v).find(|&k| k < v && rels[k] == "nsubj")?;
    heads[subject] = h;
    heads[v] = subject;
    rels[v] = "acl";
    // What stands between the participle and the verb is the participle's
    // ("based in Nairobi accused": "in Nairobi" is where the group is based).
    for head in &mut heads[v + 1..h] {
        if *head == h {
            *head = v;
        }
    }
    Some(v)
}

#[cfg(test)]
mod tests {
    use super::missing_finite_verb;

    fn find(s: &str, tags: &str) -> Option<usize> {
        let forms: Vec<&str> = s.split(' ').collect();
        let xpos: Vec<&str> = tags.split(' ').collect();
        missing_finite_verb(&forms, &xpos)
    }

    #[test]
    fn a_participle_after_the_subject_is_the_predicate() {
        assert_eq!(
            find(
                "Greek warships and jets shadowed the vessel .",
                "JJ NNS CC NNS VBN DT NN ."
            ),
            Some(4)
        );
    }

    #[test]
    fn a_sentence_with_a_finite_verb_is_left_alone() {
        assert_eq!(
            find(
                "Troops seized in the raid were released .",
                "NNS VBN IN DT NN VBD VBN ."
            ),
            None
        );
    }

    #[test]
    fn headlines_and_passives_are_left_alone() {
        // No closing full stop: a headline.
        assert_eq!(
            find(
                "Two envoys killed in ambush near border",
                "CD NNS VBN IN NN IN NN"
            ),
            None
        );
        // A verb group: "been" makes the participle part of it.
        assert_eq!(
            find(
                "The talks having been postponed again .",
                "DT NNS VBG VBN VBN RB ."
            ),
            None
        );
    }

    #[test]
    fn a_participle_joined_to_a_past_tense_is_one() {
        let forms: Vec<&str> = "Dutch nurses packed and shipped the supplies ."
            .split(' ')
            .collect();
        let xpos: Vec<&str> = "JJ NNS VBN CC VBD DT NNS .".split(' ').collect();
        assert_eq!(super::participle_joined_to_past(&forms, &xpos), Some(2));
        let xpos: Vec<&str> = "JJ NNS VBD CC VBD DT NNS .".split(' ').collect();
        assert_eq!(super::participle_joined_to_past(&forms, &xpos), None);
    }

    #[test]
    fn a_participle_with_an_active_subject_is_a_reduced_relative() {
        // Rebels based in Congo attacked a post .
        let xpos = ["NNS", "VBN", "IN", "NNP", "VBD", "DT", "NN", "."];
        let mut heads = vec![0, 2, 5, 4, 2, 0, 7, 5, 5];
        let mut rels = vec![
            "", "nsubj", "ccomp", "case", "obl", "root", "det", "obj", "punct",
        ];
        assert_eq!(
            super::reduced_relative(&xpos, &mut heads, &mut rels),
            Some(2)
        );
        assert_eq!((heads[1], rels[1]), (5, "nsubj"));
        assert_eq!((heads[2], rels[2]), (1, "acl"));
        // A rights group based in Nairobi accused police .
        let xpos = ["DT", "NNS", "NN", "VBN", "IN", "NNP", "VBD", "NN", "."];
        let mut heads = vec![0, 3, 3, 4, 7, 6, 7, 0, 7, 7];
        let mut rels = vec![
            "", "det", "compound", "nsubj", "ccomp", "case", "obl", "root", "obj", "punct",
        ];
        assert_eq!(
            super::reduced_relative(&xpos, &mut heads, &mut rels),
            Some(4)
        );
        assert_eq!((heads[3], heads[4], heads[6]), (7, 3, 4));
        // With its own auxiliary the participle is a clause of its own.
        let xpos = ["NNS", "VBP", "VBN", "IN", "NNP", "VBD", "."];
        let mut heads = vec![0, 3, 3, 6, 5, 3, 0, 6];
        let mut rels = vec!["", "nsubj", "aux", "ccomp", "case", "obl", "root", "punct"];
        assert_eq!(super::reduced_relative(&xpos, &mut heads, &mut rels), None);
    }
}
