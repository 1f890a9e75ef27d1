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
}
