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
/// Fine tags that end a subject.
const SUBJECT_END: &[&str] = &["NN", "NNS", "NNP", "NNPS", "PRP"];
/// `w` in lower case, borrowed when it is so already (most words: the
/// repairs ask this of every word of every sentence, and a new string each
/// time was a twelfth of the whole pipeline's instructions).
fn lower(w: &str) -> std::borrow::Cow<'_, str> {
    if w.bytes().all(|b| b.is_ascii() && !b.is_ascii_uppercase()) {
        std::borrow::Cow::Borrowed(w)
    } else {
        std::borrow::Cow::Owned(w.to_lowercase())
    }
}
/// The dependents of word `h` (counting from 1) in `heads`, in order.
fn kids(heads: &[usize], h: usize) -> impl Iterator<Item = usize> + '_ {
    (1..heads.len()).filter(move |&k| heads[k] == h)
}
/// Words that make a following participle part of a verb group or a phrase.
const AUXILIARY: &[&str] = &[
    "be", "is", "are", "was", "were", "been", "being", "have", "has", "had", "having", "get", "got",
];

/// The word to read as a finite verb in a statement that has none: the first
/// bare past participle right after a noun, a pronoun or a number, or
/// after the second of two commas with the start of a noun phrase after it.
pub fn missing_finite_verb(forms: &[&str], xpos: &[&str]) -> Option<usize> {
    let last = forms
        .iter()
        .rposition(|f| !matches!(*f, "\"" | "'" | "”" | "’" | ")"))?;
    if forms.len() < 5 || !matches!(forms[last], "." | "!") {
        return None;
    }
    // "Protesters marched through Santiago on Thursday, police said": a
    // statement closed by who says it, with no finite verb before that, is
    // one too.
    let end = match closing_saying(forms, xpos) {
        Some(c) if !xpos[..c].iter().any(|x| FINITE.contains(x)) => c,
        _ if xpos.iter().any(|x| FINITE.contains(x)) => return None,
        _ => forms.len(),
    };
    (1..end).find(|&i| {
        // "The minister, speaking in Ankara, accused Sweden of …": after
        // the comma that closes a phrase set off after the subject, a
        // participle with an object is the predicate too.
        let after_comma = || {
            forms[i - 1] == ","
                && xpos.get(i + 1).is_some_and(|x| OBJECT_START.contains(x))
                && forms[..i - 1].contains(&",")
        };
        // "Turkey shot down a Russian warplane": an irregular past that is
        // also a noun, read as one, is the verb all the same.
        let past_read_as_noun = matches!(xpos[i], "NN" | "NNP" | "JJ")
            && PAST_ALSO_NOUN.contains(&&*lower(forms[i]))
            && xpos
                .get(i + 1)
                .is_some_and(|x| OBJECT_START.contains(x) || *x == "RP");
        // "The African Union, the continental body, suspended Niger …":
        // an adjective in -ed after the comma that closes the phrase.
        let past_read_as_adjective =
            xpos[i] == "JJ" && lower(forms[i]).ends_with("ed") && after_comma();
        let start = joined_prefix_start(forms, xpos, i);
        (xpos[i] == "VBN" || past_read_as_noun || past_read_as_adjective)
            && (start > 0 && NOUN_PHRASE_END.contains(&xpos[start - 1]) || after_comma())
            && !forms[..i].iter().any(|f| AUXILIARY.contains(&&*lower(f)))
    })
}

/// The comma that opens a short closing attribution ("…, police said.",
/// "…, the ministry said in a statement."), if the sentence has one.
fn closing_saying(forms: &[&str], xpos: &[&str]) -> Option<usize> {
    let c = forms.iter().rposition(|&f| f == ",")?;
    let tail = &forms[c + 1..];
    (c >= 4
        && tail.len() <= 9
        && tail.iter().zip(&xpos[c + 1..]).any(|(f, x)| {
            matches!(*x, "VBD" | "VBZ")
                && matches!(
                    lower(f).as_ref(),
                    "said" | "says" | "reported" | "told" | "added"
                )
        }))
    .then_some(c)
}

/// Irregular past tenses that are also nouns (or adjectives), which the
/// tagger reads as such after a name in a sentence with no verb.
const PAST_ALSO_NOUN: &[&str] = &[
    "shot", "hit", "struck", "cut", "set", "beat", "fought", "held", "led", "met", "sent",
    "seized", "put", "left", "lost", "won", "bid",
];

/// "Talks between Armenia and Azerbaijan resumed …", "Clashes in the
/// north killed …": the treebank's web text opens sentences with verbs
/// ("Sounds good", "Looks like …"), so the tagger reads a capitalised
/// plural at the start of a statement as a verb. A statement whose first
/// word ends in -s, is not an auxiliary, is followed by a phrase rather than
/// a clause ("as if", "like", "that", "to") and has a finite verb after
/// it, opens with a plural noun. Returns that word (0).
pub fn sentence_initial_plural(forms: &[&str], xpos: &[&str]) -> Option<usize> {
    let (first, next) = (forms.first()?, forms.get(1)?);
    let statement = matches!(forms.last(), Some(&".") | Some(&"!"));
    let verb_like = xpos[0] == "VBZ"
        && first.ends_with('s')
        && first.chars().next().is_some_and(char::is_uppercase)
        && !AUXILIARY.contains(&&*lower(first))
        && !matches!(&*lower(first), "does" | "says");
    let phrase_follows = matches!(
        xpos[1],
        "IN" | "DT" | "JJ" | "JJR" | "CD" | "NN" | "NNS" | "NNP" | "NNPS" | "CC" | ","
    ) && !matches!(
        &*lower(next),
        "as" | "like" | "that" | "if" | "though" | "so" | "to"
    );
    let finite_after = xpos[2..].iter().any(|x| FINITE.contains(x));
    (statement && verb_like && phrase_follows && finite_after).then_some(0)
}

/// "Shelling wounded four civilians", "Fighting broke out …": a statement
/// that opens with a capitalised word in -ing read as a gerund, right
/// before a finite verb, opens with that act's noun, the verb's subject.
/// Returns the word.
pub fn sentence_initial_act_noun(forms: &[&str], xpos: &[&str]) -> Option<usize> {
    let first = forms.first()?;
    (xpos.len() > 2
        && xpos[0] == "VBG"
        && first.ends_with("ing")
        && first.chars().next().is_some_and(char::is_uppercase)
        && matches!(xpos[1], "VBD" | "VBZ" | "VBP")
        && !AUXILIARY.contains(&&*lower(forms[1]))
        && matches!(forms.last(), Some(&".") | Some(&"!")))
    .then_some(0)
}

/// "donated and delivered", "met and agreed": a bare participle right after
/// its subject, joined to a past tense (or to a word that can only be one:
/// "rammed and sank"), is one too; an adverb may stand before the second
/// ("donated and personally delivered"). Returns the participle.
pub fn participle_joined_to_past(forms: &[&str], xpos: &[&str]) -> Option<usize> {
    (1..forms.len().saturating_sub(2)).find(|&i| {
        let past = if xpos[i + 2] == "RB" { i + 3 } else { i + 2 };
        xpos[i] == "VBN"
            && NOUN_PHRASE_END.contains(&xpos[i - 1])
            && matches!(forms[i + 1], "and" | "or")
            && past < forms.len()
            && (xpos[past] == "VBD" || ONLY_PAST.contains(&&*lower(forms[past])))
            && !forms[..i].iter().any(|f| AUXILIARY.contains(&&*lower(f)))
    })
}

/// Noun-phrase words a subject can be made of, scanned back over to find
/// the word before it.
const NOUN_PHRASE: &[&str] = &[
    "NN", "NNS", "NNP", "NNPS", "JJ", "JJR", "JJS", "DT", "PRP$", "POS", "CD", "PRP", "HYPH",
];
/// Fine tags that can open the object of a past tense.
const OBJECT_START: &[&str] = &["DT", "PRP$", "NN", "NNS", "NNP", "NNPS", "CD", "JJ"];
/// Irregular past tenses that are also participles (the rest end in -ed).
const IRREGULAR_PAST: &[&str] = &[
    "struck", "shot", "hit", "held", "met", "fled", "fought", "caught", "brought", "built", "lost",
    "sold", "won", "spent", "sank", "stole", "took", "drove", "threw", "broke", "bought",
    "withheld", "lent", "upheld",
];
/// Participles that do take a noun phrase after them (naming, giving:
/// "a group called Hamas", "a man denied bail") or mostly make compound
/// modifiers ("Iranian backed militias", "state owned firms", "a letter
/// dated May 5").
const PARTICIPLE_WITH_NOUN: &[&str] = &[
    "called",
    "named",
    "dubbed",
    "nicknamed",
    "labelled",
    "labeled",
    "termed",
    "branded",
    "deemed",
    "considered",
    "elected",
    "appointed",
    "granted",
    "awarded",
    "offered",
    "handed",
    "promised",
    "denied",
    "titled",
    "entitled",
    "priced",
    "valued",
    "charged",
    "owed",
    "allowed",
    "asked",
    "assigned",
    "based",
    "related",
    "owned",
    "backed",
    "sponsored",
    "funded",
    "dominated",
    "controlled",
    "filled",
    "dated",
    "aged",
    "oriented",
    "focused",
    "inspired",
    "affiliated",
    "allied",
    "linked",
    "armed",
    "led",
    "headed",
    "supported",
    "financed",
    "operated",
    "trained",
    "equipped",
    "flagged",
    "registered",
];
/// Words that open a time phrase after a participle ("issued last year",
/// "held every Sunday", "signed March 3") and the nouns of "five years",
/// besides the names of months and weekdays.
const TIME_OPENER: &[&str] = &[
    "last",
    "next",
    "this",
    "every",
    "each",
    "earlier",
    "later",
    "today",
    "yesterday",
    "tonight",
];
const TIME_NOUN: &[&str] = &[
    "years", "year", "months", "month", "weeks", "week", "days", "day", "hours", "hour", "minutes",
    "decades", "times",
];

/// Whether `w` (lower case) opens a time phrase: a month, a weekday or a
/// word of [`TIME_OPENER`].
fn opens_time(w: &str) -> bool {
    TIME_OPENER.contains(&w)
        || detente_doc::date::MONTH_NAMES.contains(&w)
        || detente_doc::date::WEEKDAY_NAMES.contains(&w)
}

/// Words tagged as prepositions that open a clause ("as security forces
/// chased protesters").
const SUBORDINATOR: &[&str] = &[
    "as", "after", "before", "because", "while", "since", "although", "though", "if", "until",
    "once", "that", "whether", "unless", "whereas",
];
/// Verbs before a noun phrase that make a participle after it part of
/// their own construction ("had its ship rammed", "saw the town shelled").
const PARTICIPLE_GOVERNOR: &[&str] = &[
    "be", "is", "are", "was", "were", "been", "being", "am", "'s", "'re", "'m", "'ve", "have",
    "has", "had", "having", "get", "gets", "got", "getting", "make", "makes", "made", "see", "saw",
    "seen", "want", "wants", "wanted", "need", "needs", "needed", "keep", "keeps", "kept", "leave",
    "leaves", "left", "let", "lets", "find", "finds", "found", "watch", "watched", "hear", "heard",
    "like", "liked",
];

/// "Witnesses said security forces chased protesters …", "Chinese vessels
/// rammed its ship": the tagger often reads a past tense between a subject
/// and its object as a participle, and the parser then makes it a
/// modifier of one of the nouns. A participle without "have" or "be"
/// cannot take a direct object, so a past participle in -ed (or an
/// irregular one that is also a past tense) right after a noun or a
/// pronoun and right before the start of a noun phrase is the past tense —
/// unless it is one that does take a noun ("a group called …") or makes
/// compound modifiers ("Iranian backed militias"), the phrase after it
/// is a time ("issued last week"), or the noun phrase before it is the
/// object of a preposition or of a verb that takes a participle after its
/// object ("in a statement issued …", "had its ship rammed"). Returns the
/// words to read as past tenses, with those of [`past_tense_after_opening_subject`].
pub fn past_tense_before_object(forms: &[&str], xpos: &[&str]) -> Vec<usize> {
    let n = forms.len();
    let opening = past_tense_after_opening_subject(forms, xpos);
    let gerund = past_tense_after_gerund_subject(forms, xpos);
    let joined = past_tense_after_and(forms, xpos);
    (1..n.saturating_sub(1))
        .filter(|&i| {
            if opening == Some(i) || gerund.contains(&i) || joined.contains(&i) {
                return true;
            }
            // Most words are no participle: asked first, before any lower-casing.
            // "Guerrillas wounded two soldiers": one in -ed read as an
            // adjective ("wounded soldiers") before a number or a
            // determiner, right after a noun, is one too.
            let adjective = xpos[i] == "JJ"
                && matches!(xpos[i - 1], "NN" | "NNS" | "NNP" | "NNPS")
                && forms[i].ends_with("ed");
            if xpos[i] != "VBN" && !adjective {
                return false;
            }
            let word = lower(forms[i]);
            let before_verb = joined_prefix_start(forms, xpos, i);
            // The object's first word, after "at least", "nearly" … of a
            // number, or after the verb's particle ("ruled out any talks").
            let particle = usize::from(xpos.get(i + 1) == Some(&"RP"));
            let j = i + 1 + particle + number_opener(&forms[i + 1 + particle..]);
            if j >= n || j > i + 1 + particle && xpos[j] != "CD" {
                return false;
            }
            // ("Amnesty International urged Egyptian authorities": a
            // nationality opening the object.)
            let nationality = matches!(xpos[j], "JJ" | "NNP" | "NNPS")
                && forms[j].starts_with(|c: char| c.is_uppercase());
            if adjective && !matches!(xpos[j], "CD" | "DT" | "PRP$") && !nationality {
                return false;
            }
            let next = lower(forms[j]);
            if before_verb == 0
                || !SUBJECT_END.contains(&xpos[before_verb - 1])
                || !OBJECT_START.contains(&xpos[j])
                || !(word.ends_with("ed") || IRREGULAR_PAST.contains(&&*word))
                || PARTICIPLE_WITH_NOUN.contains(&&*word)
                || opens_time(&next)
                || xpos[j] == "CD"
                    && forms
                        .get(j + 1)
                        .is_some_and(|f| TIME_NOUN.contains(&&*lower(f)))
            {
                return false;
            }
            // The word before the noun phrase.
            let before = (0..before_verb)
                .rev()
                .find(|&j| !NOUN_PHRASE.contains(&xpos[j]));
            // "Police in the Tunisian capital fired tear gas": a phrase of
            // place after the statement's opening noun phrase, which a
            // participle cannot be the object of.
            let placed_subject = before.is_some_and(|j| {
                j > 0
                    && matches!(
                        &*lower(forms[j]),
                        "in" | "at" | "from" | "near" | "across" | "outside" | "inside"
                    )
                    && SUBJECT_END.contains(&xpos[j - 1])
                    && (0..j).all(|k| NOUN_PHRASE.contains(&xpos[k]))
            });
            placed_subject
                || !before.is_some_and(|j| {
                    let w = lower(forms[j]);
                    xpos[j] == "IN" && !SUBORDINATOR.contains(&&*w)
                        || matches!(xpos[j], "TO" | "MD")
                        || PARTICIPLE_GOVERNOR.contains(&&*w)
                })
        })
        .collect()
}

/// Where the verb at `i` starts: at its first part when a lower-case word
/// is joined to it by a hyphen ("jets dive-bombed", "police tear-gassed",
/// which the splitter cuts in three as the treebank does), else at `i`.
/// A capitalised first part makes a modifier ("Saudi-led", "Iran-backed").
fn joined_prefix_start(forms: &[&str], xpos: &[&str], i: usize) -> usize {
    let joined = i >= 2
        && xpos[i - 1] == "HYPH"
        && forms[i - 1] == "-"
        && forms[i - 2].chars().all(|c| c.is_ascii_lowercase());
    if joined {
        i - 2
    } else {
        i
    }
}

/// "Turkey said it would not allow the ships to pass and warned of …":
/// a participle in -ed after "and" is a past tense joined to the verbs
/// before it when nothing before it ("have", "be", "get" …) could govern
/// a participle, nor a modifier joined to it ("signed and sealed
/// letters"): the word before "and" is no participle or adjective, and a
/// preposition, a determiner, a pronoun, "to" or a particle follows.
/// Returns those words.
pub fn past_tense_after_and(forms: &[&str], xpos: &[&str]) -> Vec<usize> {
    let governed = |i: usize| {
        forms[..i]
            .iter()
            .any(|f| PARTICIPLE_GOVERNOR.contains(&&*lower(f)))
    };
    (2..forms.len().saturating_sub(1))
        .filter(|&i| {
            xpos[i] == "VBN"
                && forms[i].ends_with("ed")
                && matches!(forms[i - 1], "and" | "but")
                && !matches!(xpos[i - 2], "VBN" | "JJ" | "VBG" | "RB" | "," | "CC")
                && xpos[..i - 1]
                    .iter()
                    .any(|x| matches!(*x, "VBD" | "VBZ" | "VBP"))
                && matches!(xpos[i + 1], "IN" | "DT" | "PRP" | "PRP$" | "TO" | "RP")
                && !governed(i)
        })
        .collect()
}

/// Words in -ing that take a participle or an adjective after them
/// ("before becoming disabled", "after being attacked").
const LINKING_ING: &[&str] = &[
    "being",
    "having",
    "getting",
    "going",
    "becoming",
    "feeling",
    "seeming",
    "looking",
    "remaining",
    "staying",
    "growing",
    "turning",
    "keeping",
    "leaving",
];

/// "after shelling intensified near …": with the past tense after the
/// noun in -ing ([`past_tense_after_gerund_subject`]), the parser may
/// still read the noun as the clause's verb and hang the past tense on it
/// (or beside it). A word in -ing with nothing of its own but a clause
/// conjunction right before it, followed by a past tense without a
/// subject that hangs on it or on its head, is that past tense's
/// subject: the past tense takes its place and the conjunction. Returns
/// the past tense.
pub fn gerund_subject_read_as_verb(
    forms: &[&str],
    xpos: &[&str],
    heads: &mut [usize],
    rels: &mut [&str],
) -> Option<usize> {
    let n = xpos.len();
    let v = (3..=n).find(|&v| {
        let g = v - 1;
        let word = || lower(forms[g - 1]);
        let kids = || {
            (1..=n)
                .filter(|&k| heads[k] == g && k != v)
                .collect::<Vec<usize>>()
        };
        xpos[v - 1] == "VBD"
            && xpos[g - 1] == "VBG"
            && word().ends_with("ing")
            && !LINKING_ING.contains(&&*word())
            && kids() == [g - 1]
            && rels[g - 1] == "mark"
            && (heads[v] == g || heads[v] == heads[g])
            && !(1..=n).any(|k| heads[k] == v && rels[k].starts_with("nsubj"))
    })?;
    let g = v - 1;
    let mark = g - 1;
    tree_kept(heads, rels, |heads, rels| {
        heads[v] = heads[g];
        rels[v] = rels[g];
        heads[g] = v;
        rels[g] = "nsubj";
        heads[mark] = v;
    })
    .then_some(v)
}

/// "after shelling intensified near …", "since fighting erupted in …":
/// news opens a clause with a conjunction and a noun in -ing as its
/// subject, and the tagger, reading the noun as a verb, reads the past
/// tense after it as a participle. A participle in -ed right after a word
/// in -ing right after a conjunction that opens clauses, with a
/// preposition, an adverb or the end of the clause after it, is the past
/// tense. Returns those words.
pub fn past_tense_after_gerund_subject(forms: &[&str], xpos: &[&str]) -> Vec<usize> {
    (2..forms.len().saturating_sub(1))
        .filter(|&i| {
            let gerund = || lower(forms[i - 1]);
            matches!(xpos[i - 1], "VBG" | "NN")
                && matches!(
                    &*lower(forms[i - 2]),
                    "after" | "before" | "since" | "until" | "as" | "when" | "while" | "once"
                )
                && gerund().ends_with("ing")
                && !LINKING_ING.contains(&&*gerund())
                && xpos[i] == "VBN"
                && forms[i].ends_with("ed")
                && matches!(xpos[i + 1], "IN" | "RB" | "." | "," | "CC" | "TO")
        })
        .collect()
}

/// "The defence ministry denied reports that …", "The ministry repeated
/// allegations that …": a participle that can take a noun ("a man denied
/// bail"), or a word in -ed read as an adjective ("repeated attempts"),
/// after a noun phrase that opens the statement and before a plural
/// without a determiner (or, for the participle, any start of a noun
/// phrase) is the statement's past tense when no finite verb follows
/// before the next comma, preposition, "that" or wh-word ("A man denied
/// bail was freed" has its verb after) and the sentence ends as a
/// statement does. Returns that word.
pub fn past_tense_after_opening_subject(forms: &[&str], xpos: &[&str]) -> Option<usize> {
    let n = forms.len();
    // The end of the opening noun phrase, or a word in -ed inside it read
    // as an adjective after a noun.
    let run = (0..n)
        .find(|&k| !NOUN_PHRASE.contains(&xpos[k]))
        .unwrap_or(n);
    let i = (1..run)
        .find(|&k| {
            xpos[k] == "JJ" && forms[k].ends_with("ed") && SUBJECT_END.contains(&xpos[k - 1])
        })
        .unwrap_or(run);
    if i >= n {
        return None;
    }
    let word = lower(forms[i]);
    let statement = matches!(forms.last(), Some(&".") | Some(&"!"));
    if i == 0
        || i + 1 >= n
        || !statement
        || !SUBJECT_END.contains(&xpos[i - 1])
        || !word.ends_with("ed")
    {
        return None;
    }
    let participle = xpos[i] == "VBN"
        && PARTICIPLE_WITH_NOUN.contains(&&*word)
        && matches!(xpos[i + 1], "DT" | "PRP$" | "NNS" | "NN" | "NNP" | "NNPS");
    // JJ: a word in -ed the treebank tags both ways ("repeated", "renewed").
    let adjective = xpos[i] == "JJ" && xpos[i + 1] == "NNS";
    let finite_after = (i + 1..n)
        .take_while(|&k| !matches!(xpos[k], "IN" | "WDT" | "WP" | "WRB" | "," | ":" | "TO"))
        .any(|k| FINITE.contains(&xpos[k]));
    ((participle || adjective) && !finite_after && !opens_time(&lower(forms[i + 1]))).then_some(i)
}

/// How many words at the start of `words` say how large the number after
/// them is ("at least 30", "more than 200", "nearly 40"); 0 if none do.
fn number_opener(words: &[&str]) -> usize {
    let lower: Vec<std::borrow::Cow<str>> = words.iter().take(3).map(|w| lower(w)).collect();
    let at = |k: usize| lower.get(k).map_or("", |w| &**w);
    match (at(0), at(1), at(2)) {
        ("as", "many", "as") => 3,
        ("at", "least", _) | ("more" | "fewer" | "less", "than", _) | ("up", "to", _) => 2,
        (
            "nearly" | "almost" | "about" | "around" | "some" | "over" | "roughly"
            | "approximately",
            _,
            _,
        ) => 1,
        _ => 0,
    }
}

/// Irregular past tenses that are no participle, noun or adjective.
const ONLY_PAST: &[&str] = &[
    "shook",
    "took",
    "gave",
    "went",
    "came",
    "ran",
    "began",
    "drove",
    "flew",
    "threw",
    "wrote",
    "spoke",
    "chose",
    "stole",
    "sank",
    "forbade",
    "overthrew",
    "undertook",
    "withdrew",
    "overtook",
    "arose",
    "swore",
    "tore",
    "froze",
    "unfroze",
    "overrode",
    "forgave",
    "fell",
    "grew",
    "drew",
    "blew",
    "rose",
    "broke",
];

/// "a powerful explosion shook doors …": the tagger, meeting an irregular
/// past tense it has seldom seen, may read it as a noun (or a
/// participle, or a bare verb: "rammed and sank a boat"). A word that
/// can only be a past tense, right after a noun or a pronoun or joined by
/// "and" to a verb in -ed, is one; and a participle joined to it is one too
/// ([`participle_joined_to_past`]). So is "shot" right before "dead" after
/// a noun ("Kenyan police shot dead two protesters", read as a noun phrase
/// "police shot").
/// Returns the words to read as past tenses.
pub fn irregular_past_read_as_noun(forms: &[&str], xpos: &[&str]) -> Vec<usize> {
    (1..forms.len())
        .filter(|&i| {
            let joined = matches!(forms[i - 1], "and" | "or")
                && i >= 2
                && matches!(xpos[i - 2], "VBD" | "VBN");
            let shot_dead = forms
                .get(i + 1)
                .is_some_and(|f| f.eq_ignore_ascii_case("dead"))
                && forms[i].eq_ignore_ascii_case("shot");
            // ("Sweden withheld funding": a past that is also a participle,
            // after a name and before the object's first word.)
            let named_subject_object = matches!(xpos[i - 1], "NNP" | "NNPS")
                && xpos
                    .get(i + 1)
                    .is_some_and(|x| matches!(*x, "DT" | "PRP$" | "NN" | "NNS" | "JJ" | "CD"))
                && IRREGULAR_PAST.contains(&&*lower(forms[i]));
            // (An unknown past may even be read as a preposition: "froze".)
            matches!(
                xpos[i],
                "NN" | "NNS" | "JJ" | "NNP" | "VBN" | "VB" | "VBP" | "IN" | "RB"
            ) && (SUBJECT_END.contains(&xpos[i - 1]) || joined)
                && (shot_dead || named_subject_object || ONLY_PAST.contains(&&*lower(forms[i])))
        })
        .collect()
}

/// "Pakistan routinely resorts to …", "The president repeatedly calls
/// for …": after an adverb in -ly that follows a noun phrase, a word in -s
/// is the verb (the tagger, reading "resorts" and "calls" as nouns more
/// often, makes the sentence a noun phrase), and so is a singular noun
/// after a plural subject and such an adverb ("The Houthis regularly
/// target ships"). Returns the words to read as present tenses, with
/// their fine tags, and those of [`present_tense_after_name`] and
/// [`headline_verb_after_plural`].
pub fn plural_after_adverb(forms: &[&str], xpos: &[&str]) -> Vec<(usize, &'static str)> {
    (2..forms.len())
        .filter_map(|i| {
            let adverb = || lower(forms[i - 1]);
            let after_adverb = xpos[i - 1] == "RB"
                && adverb().ends_with("ly")
                && !matches!(
                    &*adverb(),
                    "only" | "early" | "daily" | "weekly" | "monthly" | "yearly" | "hourly"
                );
            let subject = xpos[i - 2];
            let plural_subject = matches!(subject, "NNS" | "NNPS")
                || subject == "PRP" && matches!(&*lower(forms[i - 2]), "they" | "we");
            if !after_adverb {
                None
            } else if xpos[i] == "NNS" && forms[i].ends_with('s') && SUBJECT_END.contains(&subject)
            {
                Some((i, "VBZ"))
            } else if xpos[i] == "NN" && plural_subject && forms[i].chars().all(char::is_lowercase)
            {
                Some((i, "VBP"))
            } else {
                None
            }
        })
        .chain(present_tense_after_name(forms, xpos))
        .chain(headline_verb_after_plural(forms, xpos))
        .collect()
}

/// "Beijing considers the move a provocation", "The Kremlin wants
/// guarantees": the treebank has few statements opened by a place standing
/// for its government, and the tagger reads the lowercase word in -s after
/// such a name as a plural noun, making the statement one noun phrase. A
/// statement that opens with a name (capitalised proper nouns, after "The"
/// at most) followed by a lowercase word in -s read as a plural noun, then
/// by the start of a noun phrase, a pronoun or "to", and that has no finite
/// verb, has its verb there: a present tense. Returns that word (called
/// through [`plural_after_adverb`], the present tenses' repair).
pub fn present_tense_after_name(forms: &[&str], xpos: &[&str]) -> Option<(usize, &'static str)> {
    let start = usize::from(forms.first()?.eq_ignore_ascii_case("the"));
    let i = (start..forms.len()).find(|&k| !matches!(xpos[k], "NNP" | "NNPS"))?;
    let word = forms[i];
    let capitalised = |f: &str| f.chars().next().is_some_and(char::is_uppercase);
    (i > start
        && i + 1 < forms.len()
        && forms[start..i].iter().all(|f| capitalised(f))
        && xpos[i] == "NNS"
        && word.len() > 3
        && word.ends_with('s')
        && !word.ends_with("ss")
        && word.chars().all(|c| c.is_ascii_lowercase())
        && matches!(xpos[i + 1], "DT" | "PRP$" | "PRP" | "TO" | "CD")
        && !xpos.iter().any(|x| FINITE.contains(x)))
    .then_some((i, "VBZ"))
}

/// "Argentines break off talks with London", "Gunmen kill five guards":
/// a headline opens with a plural subject and its verb in the present,
/// which the tagger, having met the verb more often as a noun ("a break",
/// "a kill"), reads as a noun. A sentence that opens with a capitalised
/// plural in -s (or in -men, which the tagger may read as a name), then a
/// lowercase word read as a singular noun, then a
/// particle ("off", "up" …), a determiner or a number, and that has no
/// finite verb, has its verb in second place (a plural present tense).
/// A noun after the noun, or a preposition, is left alone: "Arms control
/// talks", "Sales tax in Ohio". Returns that word.
pub fn headline_verb_after_plural(forms: &[&str], xpos: &[&str]) -> Option<(usize, &'static str)> {
    if forms.len() < 4 || xpos.iter().any(|x| FINITE.contains(x)) {
        return None;
    }
    let (first, verb) = (forms[0], forms[1]);
    // A plural in -s, or in -men ("Gunmen", which the tagger may call a name).
    let plural = matches!(xpos[0], "NNS" | "NNPS") && first.ends_with('s')
        || matches!(xpos[0], "NNS" | "NNPS" | "NNP") && first.ends_with("men");
    (plural
        && first.len() > 3
        && first.chars().next().is_some_and(char::is_uppercase)
        && !matches!(&*lower(first), "thanks" | "news" | "kudos" | "props")
        && xpos[1] == "NN"
        && !verb.ends_with('s')
        && !verb.ends_with("ing")
        && verb.chars().all(|c| c.is_ascii_lowercase())
        && (matches!(xpos[2], "RP" | "DT" | "PRP$" | "CD")
            || xpos[2] == "IN"
                && matches!(forms[2], "off" | "up" | "out" | "down" | "back" | "away")))
    .then_some((1, "VBP"))
}

/// "Hungary will not accept any more refugees under …": after "more" or
/// "fewer" that follows a quantity ("any", "no", "many", "far", "two" …),
/// a word the tagger read as a present tense in -s is a plural noun.
/// Returns those words, with those of [`plural_after_past_tense`].
pub fn plural_after_more(forms: &[&str], xpos: &[&str]) -> Vec<usize> {
    let after_past = plural_after_past_tense(forms, xpos);
    (2..forms.len())
        .filter(|&i| {
            let quantity = || lower(forms[i - 2]);
            matches!(xpos[i], "VBZ" | "VBP")
                && forms[i].ends_with('s')
                && matches!(&*lower(forms[i - 1]), "more" | "fewer")
                && (matches!(
                    &*quantity(),
                    "any" | "no" | "many" | "some" | "several" | "far" | "even" | "few"
                ) || xpos[i - 2] == "CD")
        })
        .chain(after_past)
        .chain(plural_after_number(forms, xpos))
        .collect()
}

/// "added 11 U.S. firms to its list": a word in -s the tagger read as a
/// present tense right after a number, or after a number and one
/// modifier, is a plural noun (a number is no subject of a verb in -s).
fn plural_after_number(forms: &[&str], xpos: &[&str]) -> Vec<usize> {
    (1..forms.len())
        .filter(|&i| {
            xpos[i] == "VBZ"
                && forms[i].ends_with('s')
                && !matches!(&*lower(forms[i]), "is" | "has" | "does" | "was" | "says")
                && (xpos[i - 1] == "CD" && !matches!(&*lower(forms[i - 1]), "one")
                    || i >= 2 && xpos[i - 2] == "CD" && matches!(xpos[i - 1], "NNP" | "JJ" | "NN"))
        })
        .collect()
}

/// "The Pentagon confirmed reports that …", "Kyiv welcomed talks on …":
/// a finite verb does not follow a past tense, so a lowercase word in -s
/// the tagger read as a present tense right after a past tense that is not
/// an auxiliary, with a preposition, a determiner, a noun or the end of
/// the clause after it, is the past tense's plural object.
/// Returns those words, and a word in -s read as a present tense right
/// before a modal ("that talks would resume"), which is a plural noun too.
pub fn plural_after_past_tense(forms: &[&str], xpos: &[&str]) -> Vec<usize> {
    let lower = |f: &str| f.len() > 3 && f.chars().all(|c| c.is_ascii_lowercase());
    let before_modal = (1..forms.len().saturating_sub(1)).filter(move |&i| {
        matches!(xpos[i], "VBZ" | "VBP")
            && xpos[i + 1] == "MD"
            && lower(forms[i])
            && forms[i].ends_with('s')
            && !forms[i].ends_with("ss")
            && !matches!(forms[i], "does" | "says" | "goes" | "has" | "was" | "is")
    });
    (1..forms.len().saturating_sub(1))
        .filter(|&i| {
            let word = forms[i];
            let before = || self::lower(forms[i - 1]);
            xpos[i] == "VBZ"
                && xpos[i - 1] == "VBD"
                && word.len() > 3
                && word.ends_with('s')
                && !word.ends_with("ss")
                && word.chars().all(|c| c.is_ascii_lowercase())
                && !AUXILIARY.contains(&&*before())
                && !matches!(&*before(), "did" | "used" | "'d")
                && matches!(
                    xpos[i + 1],
                    "IN" | "DT" | "NN" | "NNS" | "." | "," | "CC" | "PRP$"
                )
        })
        .chain(before_modal)
        .collect()
}

/// "The agreement, signed in Doha, calls for …", "The talks, mediated by
/// Qatar, aim to …": after a subject and a participle's phrase set off by
/// commas, the tagger may read the verb as a noun (and the participle as
/// a past tense). A statement that opens with a noun phrase, then a comma
/// and a participle, and has after the next comma a word it read as a
/// noun before a preposition, "to", a determiner or an adverb, has its
/// verb there: a word in -s after a singular subject is a present tense
/// (VBZ), a bare word after a plural one a present tense (VBP), and the
/// participle is a participle. Returns the words with their fine tags.
pub fn verb_after_phrase_set_off(forms: &[&str], xpos: &[&str]) -> Vec<(usize, &'static str)> {
    let n = forms.len();
    let Some(c1) = forms.iter().position(|&f| f == ",") else {
        return Vec::new();
    };
    let opening = c1 >= 2
        && NOUN.contains(&xpos[c1 - 1])
        && xpos[..c1].iter().all(|x| {
            matches!(
                *x,
                "DT" | "JJ" | "NN" | "NNS" | "NNP" | "NNPS" | "POS" | "PRP$" | "CD"
            )
        });
    let participle = c1 + 1 < n && matches!(xpos[c1 + 1], "VBN" | "VBD");
    let Some(c2) = (c1 + 2..n).find(|&k| forms[k] == ",") else {
        return Vec::new();
    };
    let w = c2 + 1;
    if !opening
        || !participle
        || w + 1 >= n
        || !matches!(xpos[w + 1], "IN" | "TO" | "DT" | "RB" | "PRP$")
        || (c1 + 2..c2).any(|k| FINITE.contains(&xpos[k]))
        || !forms[w].chars().all(char::is_lowercase)
    {
        return Vec::new();
    }
    let plural = matches!(xpos[c1 - 1], "NNS" | "NNPS");
    let fine = match (xpos[w], plural) {
        ("NNS", false) if forms[w].ends_with('s') => "VBZ",
        ("NN", true) => "VBP",
        _ => return Vec::new(),
    };
    let mut found = vec![(w, fine)];
    if xpos[c1 + 1] == "VBD" {
        found.push((c1 + 1, "VBN"));
    }
    found
}

/// Fine tags of punctuation.
const PUNCTUATION: &[&str] = &[".", ",", ":", "``", "''", "-LRB-", "-RRB-", "HYPH", "NFP"];

/// "The ministry said the North fired artillery shells near the border.",
/// "But the chairman of the party denied the charges.": the greedy parser
/// sometimes leaves a clause waiting until the full stop and then hangs it
/// on the stop (as a clausal subject, an adverbial clause or a compound),
/// or makes the stop the root. Punctuation heads nothing: a verb with its
/// own subject hung on a punctuation mark goes to the word the mark hangs
/// on (the complement of a verb before it with no comma between, or
/// an adverbial clause when it opens with a conjunction or a wh-adverb),
/// and a stop made the root gives its place to the first verb hung on it;
/// a noun phrase hung on it right after a verb without an object is that
/// verb's object ("accused Israel of …"). Returns the words moved.
pub fn punctuation_heads_nothing(
    xpos: &[&str],
    heads: &mut [usize],
    rels: &mut [&str],
) -> Vec<usize> {
    let n = xpos.len();
    let punct = |k: usize| PUNCTUATION.contains(&xpos[k - 1]);
    let verb = |k: usize, rels: &[&str]| {
        xpos[k - 1].starts_with("VB") && !matches!(rels[k], "aux" | "aux:pass" | "cop")
    };
    let mut moved = Vec::new();
    if let Some(root) = (1..=n).find(|&k| heads[k] == 0).filter(|&r| punct(r)) {
        // The first verb on the stop, or else a noun on it with a verb
        // joined to it ("The United States and Britain imposed …", which
        // `subject_read_as_root` then takes apart).
        let on_root = |k: usize| heads[k] == root && k != root;
        let first_verb = (1..=n).find(|&k| on_root(k) && verb(k, rels));
        let noun_with_verb = || {
            (1..=n).find(|&c| {
                on_root(c)
                    && NOUN.contains(&xpos[c - 1])
                    && (1..=n).any(|v| heads[v] == c && rels[v] == "conj" && verb(v, rels))
            })
        };
        if let Some(v) = first_verb.or_else(noun_with_verb) {
            if tree_kept(heads, rels, |heads, rels| {
                for h in heads.iter_mut().skip(1) {
                    if *h == root {
                        *h = v;
                    }
                }
                heads[v] = 0;
                rels[v] = "root";
                heads[root] = v;
                rels[root] = "punct";
            }) {
                moved.push(v);
            }
        }
    }
    // "The ministry repeated allegations …" with "repeated" hung on the
    // full stop and "ministry" the root: a finite verb without a subject
    // hung on punctuation right after the noun root's phrase is the root,
    // the noun its subject.
    if let Some(root) = (1..=n).find(|&k| heads[k] == 0) {
        let v = (root + 1..=n).find(|&v| {
            heads[v] != 0
                && punct(heads[v])
                && matches!(xpos[v - 1], "VBD" | "VBZ" | "VBP")
                && !(1..=n).any(|c| heads[c] == v && rels[c].starts_with("nsubj"))
        });
        let bare_noun = NOUN.contains(&xpos[root - 1])
            && !(1..=n).any(|c| {
                heads[c] == root
                    && (matches!(rels[c], "cop" | "aux" | "aux:pass")
                        || rels[c].starts_with("nsubj"))
            });
        if let Some(v) = v.filter(|&v| bare_noun && (root + 1..v).all(|k| under(heads, k, root))) {
            if tree_kept(heads, rels, |heads, rels| {
                heads[v] = 0;
                rels[v] = "root";
                heads[root] = v;
                rels[root] = "nsubj";
                for head in heads.iter_mut().skip(v + 1) {
                    if *head == root {
                        *head = v;
                    }
                }
            }) {
                moved.push(v);
            }
        }
    }
    // "The government accused Israel of striking …" with "Israel" hung
    // on the full stop: the noun phrase right after a verb that has no
    // object is its object.
    for k in 2..=n {
        let p = heads[k];
        if p == 0 || !punct(p) || !SUBJECT_END.contains(&xpos[k - 1]) {
            continue;
        }
        let mut q = p;
        while q != 0 && punct(q) {
            q = heads[q];
        }
        if q == 0
            || q >= k
            || !xpos[q - 1].starts_with("VB")
            || (1..=n).any(|c| heads[c] == q && rels[c] == "obj")
            // (Its modifiers may have their own: "Egyptian President …")
            || !(q + 1..k).all(|j| under(heads, j, k) && !(heads[j] == k && rels[j] == "case"))
        {
            continue;
        }
        if tree_kept(heads, rels, |heads, rels| {
            heads[k] = q;
            rels[k] = "obj";
        }) {
            moved.push(k);
        }
    }
    for k in 1..=n {
        let p = heads[k];
        if p == 0 || !punct(p) || !verb(k, rels) {
            continue;
        }
        let kids: Vec<usize> = (1..=n).filter(|&c| heads[c] == k).collect();
        if !kids.iter().any(|&c| rels[c].starts_with("nsubj")) {
            continue;
        }
        let mut q = p;
        while q != 0 && punct(q) {
            q = heads[q];
        }
        if q == 0 || q == k {
            continue;
        }
        let opened = kids
            .iter()
            .any(|&c| rels[c] == "mark" || rels[c] == "advmod" && xpos[c - 1] == "WRB");
        let first = kids.iter().copied().min().unwrap_or(k).min(k);
        let comma = (q + 1..first).any(punct);
        let rel = if opened {
            "advcl"
        } else if q < k && xpos[q - 1].starts_with("VB") && !comma {
            "ccomp"
        } else if matches!(rels[k], "advcl" | "ccomp" | "parataxis" | "conj" | "xcomp") {
            rels[k]
        } else {
            "parataxis"
        };
        if tree_kept(heads, rels, |heads, rels| {
            heads[k] = q;
            rels[k] = rel;
        }) {
            moved.push(k);
        }
    }
    moved
}

/// The root of a tree when it is a noun with no copula or auxiliary, and
/// the first finite verb joined to it after it as a conjunct: the shape of
/// a statement whose verb the parser hung on a noun. Returns (noun, verb).
fn noun_root_with_joined_verb(
    xpos: &[&str],
    heads: &[usize],
    rels: &[&str],
) -> Option<(usize, usize)> {
    let n = xpos.len();
    let root = (1..=n).find(|&k| heads[k] == 0)?;
    let kids = || (1..=n).filter(move |&k| heads[k] == root);
    if !NOUN.contains(&xpos[root - 1])
        || kids().any(|k| matches!(rels[k], "cop" | "aux" | "aux:pass"))
    {
        return None;
    }
    let v = kids()
        .find(|&v| v > root && rels[v] == "conj" && matches!(xpos[v - 1], "VBD" | "VBZ" | "VBP"))?;
    Some((root, v))
}

/// "The United States and Britain imposed sanctions …": the parser
/// sometimes makes the first half of a coordinated subject the root and
/// the verb its conjunct, with the second half the verb's subject and the
/// "and" on the verb. A noun root with no copula, joined to a finite verb
/// after it that has its own subject after the noun and a conjunction
/// before that subject, is that verb's subject: the verb becomes the root
/// and takes what the noun held after it ([`coordinated_subjects`] then
/// joins the two subjects). Returns the verb.
pub fn subject_read_as_root(
    xpos: &[&str],
    heads: &mut [usize],
    rels: &mut [&str],
) -> Option<usize> {
    let (root, v) = noun_root_with_joined_verb(xpos, heads, rels)?;
    let subject = kids(heads, v).find(|&s| s > root && s < v && rels[s].starts_with("nsubj"))?;
    if !kids(heads, v).any(|c| c > root && c < subject && rels[c] == "cc") {
        return None;
    }
    tree_kept(heads, rels, |heads, rels| {
        for h in heads.iter_mut().skip(v + 1) {
            if *h == root {
                *h = v;
            }
        }
        heads[v] = 0;
        rels[v] = "root";
        heads[root] = v;
        rels[root] = "nsubj";
    })
    .then_some(v)
}

/// "The Nigerian Union of Teachers, the umbrella union for primary school
/// teachers, announced …": the parser sometimes makes the last noun of an
/// appositive the root, the name before the appositive that noun's subject
/// and the verb after the closing comma its conjunct. A noun root with no
/// copula or auxiliary, a subject before it with a comma between them, and
/// a finite verb of no subject of its own joined to it after a comma, is
/// part of the subject's appositive: the verb becomes the root with that
/// subject, the noun goes back under the last appositive before it (as its
/// prepositional phrase when it has a preposition), and what the noun held
/// after the verb goes to the verb. Returns the verb.
pub fn verb_after_appositive_read_as_conj(
    xpos: &[&str],
    heads: &mut [usize],
    rels: &mut [&str],
) -> Option<usize> {
    let n = xpos.len();
    let (root, v) = noun_root_with_joined_verb(xpos, heads, rels)?;
    let kids =
        |heads: &[usize], h: usize| (1..=n).filter(move |&k| heads[k] == h).collect::<Vec<_>>();
    let held = kids(heads, root);
    let subject = held
        .iter()
        .copied()
        .find(|&s| s < root && rels[s].starts_with("nsubj"))?;
    if !matches!(xpos[root - 1], "NN" | "NNS")
        || v < root + 2
        || xpos[v - 2] != ","
        || !(subject + 1..root).any(|k| xpos[k - 1] == ",")
        || kids(heads, v).iter().any(|&k| rels[k].starts_with("nsubj"))
    {
        return None;
    }
    let appositive = (subject + 1..root).rev().find(|&k| rels[k] == "appos");
    let phrase = held.iter().any(|&k| rels[k] == "case");
    tree_kept(heads, rels, |heads, rels| {
        for h in heads.iter_mut().skip(v - 1) {
            if *h == root {
                *h = v;
            }
        }
        heads[v] = 0;
        rels[v] = "root";
        heads[subject] = v;
        rels[subject] = "nsubj";
        match appositive {
            Some(a) => {
                heads[root] = a;
                rels[root] = if phrase { "nmod" } else { "appos" };
            }
            None => {
                heads[root] = subject;
                rels[root] = "appos";
            }
        }
    })
    .then_some(v)
}

/// "Armenian officials, who held talks in Doha on Friday, agreed to meet
/// again": the parser sometimes makes the verb of a relative clause set off
/// by commas the root, with two subjects (the noun and its "who" or
/// "which"), and the statement's own verb its conjunct. A verb with a common
/// noun subject, then a comma and a relative pronoun as a second subject, and a
/// finite verb of no subject or coordinator of its own joined to it after
/// a comma, is the noun's relative clause: the joined verb becomes the
/// head with the noun as its subject, and what the clause held after it
/// goes to it. Returns the statement's verb.
pub fn relative_clause_read_as_root(
    forms: &[&str],
    xpos: &[&str],
    heads: &mut [usize],
    rels: &mut [&str],
) -> Option<usize> {
    let n = xpos.len();
    let (v, noun, c) = (2..=n).find_map(|v| {
        if !xpos[v - 1].starts_with("VB") || rels[v].starts_with("nsubj") {
            return None;
        }
        let subjects: Vec<usize> = kids(heads, v).filter(|&k| rels[k] == "nsubj").collect();
        let [noun, pronoun] = subjects[..] else {
            return None;
        };
        let relative = pronoun == noun + 2
            && forms[noun] == ","
            && matches!(&*lower(forms[pronoun - 1]), "who" | "which")
            // (A common noun: after a name the event stage reads the
            // parser's tree as it is, the speaker's side through it.)
            && matches!(xpos[noun - 1], "NN" | "NNS")
            && pronoun < v;
        if !relative {
            return None;
        }
        let c = kids(heads, v).find(|&c| {
            c > v + 1
                && rels[c] == "conj"
                && matches!(xpos[c - 1], "VBD" | "VBZ" | "VBP")
                && xpos[c - 2] == ","
                && !kids(heads, c).any(|k| rels[k].starts_with("nsubj") || rels[k] == "cc")
        })?;
        Some((v, noun, c))
    })?;
    tree_kept(heads, rels, |heads, rels| {
        for h in heads.iter_mut().skip(c + 1) {
            if *h == v {
                *h = c;
            }
        }
        heads[c] = heads[v];
        rels[c] = rels[v];
        heads[v] = noun;
        rels[v] = "acl:relcl";
        heads[noun] = c;
        // The commas that set the clause off are its own.
        heads[noun + 1] = v;
        rels[noun + 1] = "punct";
        heads[c - 1] = v;
        rels[c - 1] = "punct";
    })
    .then_some(c)
}

/// "Croatian and Slovenian negotiators who held talks in Vienna agreed to
/// meet again": the parser sometimes makes the subject the root and the
/// statement's verb a clause of the relative clause's verb. A noun root
/// with a relative clause after it, whose verb has a finite verb after it
/// with no subject, marker or coordinator of its own, has that verb as
/// the statement's: it becomes the root with the noun as its subject, and
/// takes what the noun held after it. Returns the verb.
pub fn verb_after_relative_clause_read_as_its_own(
    xpos: &[&str],
    heads: &mut [usize],
    rels: &mut [&str],
) -> Option<usize> {
    let noun = (1..heads.len()).find(|&k| heads[k] == 0)?;
    if !matches!(xpos[noun - 1], "NN" | "NNS" | "NNP" | "NNPS") {
        return None;
    }
    let c = kids(heads, noun)
        .filter(|&v| v > noun && rels[v] == "acl:relcl")
        .find_map(|v| {
            let subject_is_relative = kids(heads, v).any(|k| {
                k < v && rels[k].starts_with("nsubj") && matches!(xpos[k - 1], "WP" | "WDT")
            });
            let c = kids(heads, v).find(|&c| {
                c > v
                    && matches!(rels[c], "advcl" | "conj" | "parataxis" | "ccomp")
                    && matches!(xpos[c - 1], "VBD" | "VBZ" | "VBP")
                    && !kids(heads, c)
                        .any(|k| rels[k].starts_with("nsubj") || matches!(rels[k], "mark" | "cc"))
            })?;
            subject_is_relative.then_some(c)
        })?;
    // The clause ends at its last comma before the verb: a phrase after it
    // ("…, on Tuesday rejected") is the verb's.
    let v = heads[c];
    let close = (v + 1..c).rev().find(|&k| xpos[k - 1] == ",");
    tree_kept(heads, rels, |heads, rels| {
        for h in heads.iter_mut().skip(c + 1) {
            if *h == noun {
                *h = c;
            }
        }
        if let Some(close) = close {
            for k in close + 1..c {
                if heads[k] == v {
                    heads[k] = c;
                    if rels[k] == "conj" {
                        rels[k] = "obl";
                    }
                }
            }
            heads[close] = v;
            rels[close] = "punct";
        }
        heads[c] = 0;
        rels[c] = "root";
        heads[noun] = c;
        rels[noun] = "nsubj";
    })
    .then_some(c)
}

/// "Government troops backed by foreign mercenaries launched an offensive
/// …": the parser sometimes hangs the finite verb after a reduced
/// relative on the participle as its auxiliary, leaving the noun the
/// root. An auxiliary comes before its verb in a statement, and only "be",
/// "have", "do", "get" and the modals are auxiliaries: a past or present
/// tense of another verb hung as an auxiliary (or copula) on a participle
/// before it, itself a modifier of a noun, is the noun's verb. It takes
/// the noun's place, the noun becomes its subject, and what the noun held
/// after the verb goes to the verb. Returns the verb.
pub fn verb_read_as_auxiliary(
    forms: &[&str],
    xpos: &[&str],
    heads: &mut [usize],
    rels: &mut [&str],
) -> Option<usize> {
    let between = between_read_as_clauses(forms, xpos, heads, rels);
    let before = participle_after_past_read_as_verb(forms, xpos, heads, rels);
    auxiliary_before_verb(forms, xpos, heads, rels)
        .or(between)
        .or(before)
}

/// "Zambia extradited suspected militant John Smith to Britain": the
/// parser sometimes hangs a past tense that is no auxiliary on the
/// participle after it ("suspected") as the participle's auxiliary, the
/// participle taking the clause. Only "be", "have", "get" and the modals
/// are auxiliaries: such a past tense is the verb, the participle a
/// modifier of the noun it then has, that noun (named after it) its object,
/// and the participle's other words the verb's. Returns the verb.
fn participle_after_past_read_as_verb(
    forms: &[&str],
    xpos: &[&str],
    heads: &mut [usize],
    rels: &mut [&str],
) -> Option<usize> {
    let n = xpos.len();
    let v = (1..n).find(|&v| {
        let word = lower(forms[v - 1]);
        matches!(rels[v], "aux" | "aux:pass")
            && xpos[v - 1] == "VBD"
            && word.ends_with("ed")
            && !AUXILIARY.contains(&&*word)
            && heads[v] == v + 1
            && xpos[v] == "VBN"
    })?;
    let p = v + 1;
    // The participle's noun: its first noun kid after it.
    let object = (p + 1..=n)
        .find(|&k| heads[k] == p && matches!(xpos[k - 1], "NN" | "NNS" | "NNP" | "NNPS"))?;
    tree_kept(heads, rels, |heads, rels| {
        heads[v] = heads[p];
        rels[v] = rels[p];
        for k in 1..=n {
            if heads[k] != p || k == v {
                continue;
            }
            heads[k] = v;
            if rels[k] == "nsubj:pass" {
                rels[k] = "nsubj";
            }
        }
        heads[object] = v;
        rels[object] = "obj";
        heads[p] = object;
        rels[p] = "amod";
    })
    .then_some(v)
}

/// "Fighting between the army and the militia resumed …", "Talks between
/// the government and the rebels broke down …": "between" takes two, but
/// the parser may end its phrase at the first and read "and" and the
/// second as the start of a clause, the second the subject of the verb
/// that follows. A noun opened by "between" with no conjunct, followed
/// (right after its phrase) by "and" and a noun phrase that is a verb's
/// subject, has that noun as its conjunct; the verb then takes the place of
/// the word the "between" phrase modifies, when the parser hung the verb on
/// it, and that word becomes its subject (the note of what this runs
/// before: [`verb_read_as_auxiliary`]). Returns the verb.
pub fn between_read_as_clauses(
    forms: &[&str],
    xpos: &[&str],
    heads: &mut [usize],
    rels: &mut [&str],
) -> Option<usize> {
    let n = xpos.len();
    let kids = |heads: &[usize], h: usize| (1..=n).filter(|&k| heads[k] == h).collect::<Vec<_>>();
    for m in 2..n {
        let opened = || {
            kids(heads, m)
                .into_iter()
                .any(|c| c < m && rels[c] == "case" && forms[c - 1].eq_ignore_ascii_case("between"))
        };
        if !NOUN.contains(&xpos[m - 1])
            || !opened()
            || kids(heads, m).iter().any(|&c| rels[c] == "conj")
        {
            continue;
        }
        let Some(and) = (m + 1..n).find(|&k| !under(heads, k, m)) else {
            continue;
        };
        if forms[and - 1] != "and" {
            continue;
        }
        // The noun after "and": its phrase runs up to it.
        let Some(second) = (and + 1..=n).find(|&k| {
            NOUN.contains(&xpos[k - 1])
                && rels[k].starts_with("nsubj")
                && (and + 1..k).all(|j| heads[j] == k)
        }) else {
            continue;
        };
        let v = heads[second];
        let h = heads[m];
        if v <= second || !xpos[v - 1].starts_with("VB") || h == 0 || h >= m {
            continue;
        }
        let done = tree_kept(heads, rels, |heads, rels| {
            heads[second] = m;
            rels[second] = "conj";
            heads[and] = second;
            rels[and] = "cc";
            // (Not into a noun's place: "nsubj" is no verb's relation.)
            let clausal = matches!(
                rels[h],
                "root" | "ccomp" | "conj" | "advcl" | "parataxis" | "xcomp"
            );
            if heads[v] == h && clausal {
                heads[v] = heads[h];
                rels[v] = rels[h];
                heads[h] = v;
                rels[h] = "nsubj";
                for head in heads.iter_mut().skip(v + 1) {
                    if *head == h {
                        *head = v;
                    }
                }
            }
        });
        if done {
            return Some(v);
        }
    }
    None
}

/// The repair [`verb_read_as_auxiliary`] describes.
fn auxiliary_before_verb(
    forms: &[&str],
    xpos: &[&str],
    heads: &mut [usize],
    rels: &mut [&str],
) -> Option<usize> {
    let n = xpos.len();
    let v = (1..=n).find(|&v| {
        let h = heads[v];
        let word = || lower(forms[v - 1]);
        matches!(rels[v], "aux" | "aux:pass" | "cop")
            && matches!(xpos[v - 1], "VBD" | "VBZ" | "VBP")
            && !AUXILIARY.contains(&&*word())
            && !matches!(
                &*word(),
                "am" | "do" | "does" | "did" | "gets" | "'s" | "'re" | "'m" | "'ve" | "'d"
            )
            && h > 0
            && h < v
            && xpos[h - 1] == "VBN"
            && rels[h] == "acl"
            && heads[h] > 0
            && heads[h] < h
            && NOUN.contains(&xpos[heads[h] - 1])
    })?;
    let noun = heads[heads[v]];
    tree_kept(heads, rels, |heads, rels| {
        take_place(heads, rels, v, noun, "nsubj");
    })
    .then_some(v)
}

/// "The minister, speaking at a news conference, accused Sweden …": the
/// parser sometimes gives the subject to the participle set off by commas
/// after it, leaving the verb after the phrase without one. A participle
/// in -ing between commas right after its subject, hung on a finite verb
/// that has no subject, gives the subject to that verb. Returns the
/// subject moved.
pub fn subject_of_participle_phrase(
    forms: &[&str],
    xpos: &[&str],
    heads: &mut [usize],
    rels: &mut [&str],
) -> Option<usize> {
    let n = xpos.len();
    let (subject, v) = (1..=n).find_map(|v| {
        let h = heads[v];
        if xpos[v - 1] != "VBG"
            || rels[v] != "advcl"
            || h <= v
            || !FINITE.contains(&xpos[h - 1])
            || (1..=n).any(|k| heads[k] == h && (rels[k].starts_with("nsubj") || rels[k] == "expl"))
        {
            return None;
        }
        let subject = (1..v).find(|&k| heads[k] == v && rels[k] == "nsubj")?;
        // Set off by commas: one right before the participle, one before the verb.
        (v >= 2 && forms[v - 2] == "," && forms[v..h - 1].contains(&",")).then_some((subject, h))
    })?;
    tree_kept(heads, rels, |heads, _| heads[subject] = v).then_some(subject)
}

/// "Rebels based in eastern Congo attacked …": the greedy parser often
/// makes a participle after a noun the head of a clause under the verb that
/// follows (or its subject: "The accord, signed in Geneva, calls for …"),
/// with the noun as its subject. A bare past participle (no "have",
/// no "be") cannot take an active subject, so such a participle is a reduced
/// relative: it goes back under its noun (`acl`) and the noun becomes the
/// subject of the verb, when that verb has none. The verb may be a verb
/// group whose finite word is an auxiliary after the participle ("A
/// newspaper based in Beirut has violated …"), and then a past tense in
/// the participle's place is one ("a militia linked to Iran has
/// claimed …"). `heads` are 1-based with 0
/// for the root (index 0 unused), `rels` the labels of the same tokens;
/// returns the participle repaired.
pub fn reduced_relative(xpos: &[&str], heads: &mut [usize], rels: &mut [&str]) -> Option<usize> {
    reduced_relative_under_verb(xpos, heads, rels).or_else(|| {
        // "said a summit planned for June would not go ahead": the parser
        // may also hang the participle and the verb group after it side by
        // side under a verb before them. Tried on a copy, kept only when
        // the group, put in the participle's place, makes it a reduced
        // relative.
        let (mut h2, mut r2) = (heads.to_vec(), rels.to_vec());
        beside_group(xpos, &mut h2, &mut r2)?;
        let v = reduced_relative_under_verb(xpos, &mut h2, &mut r2)?;
        heads.copy_from_slice(&h2);
        rels.copy_from_slice(&r2);
        Some(v)
    })
}

/// The past tense `v` with a subject before it and a verb group after it
/// under the same head in the same relation, with no subject of its own
/// and no comma or conjunction between them: the group takes `v`'s place
/// and `v` goes under it. Returns the group's verb.
fn beside_group(xpos: &[&str], heads: &mut [usize], rels: &mut [&str]) -> Option<usize> {
    let n = xpos.len();
    let kids =
        |heads: &[usize], h: usize| (1..=n).filter(move |&k| heads[k] == h).collect::<Vec<_>>();
    let (v, w) = (1..=n).find_map(|v| {
        if xpos[v - 1] != "VBD" || heads[v] == 0 || heads[v] > v {
            return None;
        }
        let own = kids(heads, v);
        if !own.iter().any(|&k| k < v && rels[k] == "nsubj")
            || own
                .iter()
                .any(|&k| matches!(rels[k], "aux" | "aux:pass" | "cop" | "mark"))
        {
            return None;
        }
        let w = kids(heads, heads[v])
            .into_iter()
            .find(|&w| w > v && rels[w] == rels[v])?;
        let theirs = kids(heads, w);
        let modal = theirs
            .iter()
            .any(|&k| k < w && rels[k] == "aux" && xpos[k - 1] == "MD");
        let subject = theirs
            .iter()
            .any(|&k| rels[k].starts_with("nsubj") || rels[k] == "expl");
        let between = xpos[v..w - 1]
            .iter()
            .any(|t| matches!(*t, "," | "CC" | ":"));
        (modal && !subject && !between).then_some((v, w))
    })?;
    heads[w] = heads[v];
    rels[w] = rels[v];
    heads[v] = w;
    Some(w)
}

fn reduced_relative_under_verb(
    xpos: &[&str],
    heads: &mut [usize],
    rels: &mut [&str],
) -> Option<usize> {
    let n = xpos.len();
    // The first auxiliary of the verb's group, when its finite word is one.
    fn group(xpos: &[&str], heads: &[usize], rels: &[&str], v: usize, h: usize) -> Option<usize> {
        (v + 1..h).find(|&k| {
            heads[k] == h && matches!(rels[k], "aux" | "aux:pass") && FINITE.contains(&xpos[k - 1])
        })
    }
    let v = (1..=n).find(|&v| {
        let h = heads[v];
        // A past tense before such a group is a participle too ("a militia
        // linked to Iran has claimed"), with no comma between.
        let grouped = || group(xpos, heads, rels, v, h).is_some();
        h > v
            && (xpos[v - 1] == "VBN"
                || xpos[v - 1] == "VBD" && !xpos[v..h].contains(&",") && grouped())
            && matches!(rels[v], "ccomp" | "advcl" | "csubj" | "parataxis" | "nsubj")
            && (FINITE.contains(&xpos[h - 1]) || grouped())
            && kids(heads, v).any(|k| k < v && rels[k] == "nsubj")
            && !kids(heads, v).any(|k| matches!(rels[k], "aux" | "aux:pass" | "cop" | "mark"))
            && !kids(heads, h)
                .any(|k| k != v && (rels[k].starts_with("nsubj") || rels[k] == "expl"))
    })?;
    let h = heads[v];
    let subject = kids(heads, v).find(|&k| k < v && rels[k] == "nsubj")?;
    heads[subject] = h;
    heads[v] = subject;
    rels[v] = "acl";
    // What stands between the participle and the verb (its group) is the
    // participle's ("based in Nairobi accused": "in Nairobi" is where the
    // group is based).
    let end = group(xpos, heads, rels, v, h).unwrap_or(h);
    for head in &mut heads[v + 1..end] {
        if *head == h {
            *head = v;
        }
    }
    Some(v)
}

/// "Police fired tear gas at protesters": the greedy parser sometimes
/// reads a whole statement as one noun phrase, its past tense a modifier of
/// the noun after it ("fired gas" like "fired staff"). A finite verb
/// cannot modify a noun: when the root is a noun and a past or present
/// tense hangs on it as `amod` or `compound`, the verb is the root, the
/// noun its object, the noun phrase before it its subject, and the phrases
/// after the noun that a preposition opens the verb's. Returns the verb.
pub fn finite_verb_as_modifier(
    xpos: &[&str],
    heads: &mut [usize],
    rels: &mut [&str],
) -> Option<usize> {
    let joined = verb_after_and_read_as_modifier(xpos, heads, rels);
    let first = first_clause_read_as_subject(xpos, heads, rels);
    verb_as_modifier_of_root(xpos, heads, rels)
        .or(joined)
        .or(first)
}

/// "Police fired tear gas and arrested dozens …": the same reading of a
/// past tense as a modifier of the noun after it, in the first of two
/// clauses joined by "and", makes that noun a conjunct of the subject of
/// the second verb ("Police … gas and arrested"). A past tense hung as a
/// modifier on a noun that is the conjunct of the subject before it, whose
/// verb comes after the noun with an "and" between them, is the first
/// clause's verb: it takes the second verb's place, with the subject and
/// the noun (its object, the words between them its modifiers), and the
/// second verb becomes its conjunct. Returns the verb.
pub fn first_clause_read_as_subject(
    xpos: &[&str],
    heads: &mut [usize],
    rels: &mut [&str],
) -> Option<usize> {
    let n = xpos.len();
    let (v, object, subject, v2) = (2..=n).find_map(|v| {
        let object = heads[v];
        if xpos[v - 1] != "VBD"
            || !matches!(rels[v], "amod" | "compound")
            || object <= v
            || !NOUN.contains(&xpos[object - 1])
            || rels[object] != "conj"
        {
            return None;
        }
        let subject = heads[object];
        let v2 = heads[subject];
        (subject + 1 == v
            && rels[subject] == "nsubj"
            && v2 > object
            && matches!(xpos[v2 - 1], "VBD" | "VBZ" | "VBP")
            && (object + 1..v2).any(|c| heads[c] == v2 && rels[c] == "cc"))
        .then_some((v, object, subject, v2))
    })?;
    tree_kept(heads, rels, |heads, rels| {
        for k in v + 1..object {
            if heads[k] == v {
                heads[k] = object;
                rels[k] = "compound";
            }
        }
        heads[v] = heads[v2];
        rels[v] = rels[v2];
        heads[v2] = v;
        rels[v2] = "conj";
        heads[subject] = v;
        heads[object] = v;
        rels[object] = "obj";
        let last = (v2 + 1..=n).rev().find(|&k| heads[k] == v2);
        if let Some(p) = last.filter(|&p| rels[p] == "punct") {
            heads[p] = v;
        }
    })
    .then_some(v)
}

/// "The minister met his counterpart and discussed trade": the parser
/// sometimes reads the second of two verbs joined by "and" as a modifier
/// of its object ("discussed trade" like "disputed areas"), and that
/// object as the first verb's conjunct. A noun cannot be a verb's
/// conjunct: a participle or past tense in -ed right after the "and", hung
/// on such a noun as its modifier, is the verb joined to the first, the
/// noun its object. Returns the verb.
pub fn verb_after_and_read_as_modifier(
    xpos: &[&str],
    heads: &mut [usize],
    rels: &mut [&str],
) -> Option<usize> {
    let n = xpos.len();
    let (noun, v, cc) = (2..=n).find_map(|v| {
        let noun = heads[v];
        let cc = v - 1;
        let v1 = *heads.get(noun)?;
        (matches!(xpos[v - 1], "VBN" | "VBD")
            && matches!(rels[v], "amod" | "compound")
            && noun > v
            && NOUN.contains(&xpos[noun - 1])
            && rels[noun] == "conj"
            && v1 > 0
            && v1 < cc
            && matches!(xpos[v1 - 1], "VBD" | "VBZ" | "VBP")
            && xpos[cc - 1] == "CC"
            && heads[cc] == noun
            && (v + 1..noun).all(|k| heads[k] == noun))
        .then_some((noun, v, cc))
    })?;
    let v1 = heads[noun];
    tree_kept(heads, rels, |heads, rels| {
        heads[v] = v1;
        rels[v] = "conj";
        heads[noun] = v;
        rels[noun] = "obj";
        heads[cc] = v;
    })
    .then_some(v)
}

/// The repair [`finite_verb_as_modifier`] describes.
fn verb_as_modifier_of_root(
    xpos: &[&str],
    heads: &mut [usize],
    rels: &mut [&str],
) -> Option<usize> {
    let n = xpos.len();
    let root = (1..=n).find(|&k| heads[k] == 0)?;
    if !NOUN.contains(&xpos[root - 1]) {
        return None;
    }
    let modifier = |k: usize| {
        matches!(xpos[k - 1], "VBD" | "VBZ" | "VBP") && matches!(rels[k], "amod" | "compound")
    };
    let Some(v) = (1..root).find(|&k| heads[k] == root && modifier(k)) else {
        return object_with_finite_modifier(xpos, heads, rels, root);
    };
    // Its subject: the last noun before it that also hangs on the root.
    let subject = (1..v)
        .rev()
        .find(|&k| heads[k] == root && NOUN_PHRASE_END.contains(&xpos[k - 1]))?;
    tree_kept(heads, rels, |heads, rels| {
        heads[v] = 0;
        rels[v] = "root";
        heads[root] = v;
        rels[root] = "obj";
        heads[subject] = v;
        rels[subject] = "nsubj";
        for k in 1..=n {
            if heads[k] != root || k == v {
                continue;
            }
            let opened = (1..=n).any(|c| heads[c] == k && rels[c] == "case");
            if k < subject {
                heads[k] = subject; // "the", "riot" of "the riot police"
            } else if k > root && (opened || rels[k] == "punct") {
                heads[k] = v;
                if opened {
                    rels[k] = "obl";
                }
            }
        }
    })
    .then_some(v)
}

/// "Hong Kong police fired tear gas on Sunday": the same reading with the
/// verb on a noun after it that hangs on the noun root ("police" the
/// root, "gas" its modifier, "fired" the modifier of "gas"). The verb
/// becomes the root, the root noun its subject, the noun after it its
/// object, and the root's phrases after the verb that a preposition opens,
/// its clauses opened by "to" and its punctuation the verb's.
fn object_with_finite_modifier(
    xpos: &[&str],
    heads: &mut [usize],
    rels: &mut [&str],
    root: usize,
) -> Option<usize> {
    let n = xpos.len();
    let v = (root + 1..=n).find(|&k| {
        let m = heads[k];
        matches!(xpos[k - 1], "VBD" | "VBZ" | "VBP")
            && matches!(rels[k], "amod" | "compound")
            && m > k
            && heads[m] == root
            && NOUN.contains(&xpos[m - 1])
            && (root + 1..k).all(|j| heads[j] != root || j == k)
    })?;
    let object = heads[v];
    tree_kept(heads, rels, |heads, rels| {
        heads[v] = 0;
        rels[v] = "root";
        heads[root] = v;
        rels[root] = "nsubj";
        heads[object] = v;
        rels[object] = "obj";
        for k in v + 1..=n {
            if heads[k] != root {
                continue;
            }
            let kid_is = |rel: &str, form_tag: &str| {
                (1..=n).any(|c| heads[c] == k && rels[c] == rel && xpos[c - 1] == form_tag)
            };
            if kid_is("case", "IN") || kid_is("case", "TO") {
                heads[k] = v;
                rels[k] = "obl";
            } else if rels[k] == "punct" {
                heads[k] = v;
            } else if xpos[k - 1] == "VB" && kid_is("mark", "TO") {
                heads[k] = v;
                rels[k] = "advcl";
            }
        }
    })
    .then_some(v)
}

/// "Rebels kidnapped three engineers on Tuesday, police said": the parser
/// sometimes reads a past tense right after a noun as that noun's reduced
/// relative clause even where the noun is the sentence's root or a reported
/// clause — places only a clause can hold. There the verb takes the noun's
/// place, the noun becomes its subject, and what the noun held after the
/// verb (the comma before "police said") goes to the verb. The tagger may
/// have called it a participle: at the root only a participle with an
/// object or a reported clause is taken ("Rebels killed in raid" is a
/// headline's noun phrase; "A spokesman announced on Monday the talks had
/// failed" is a statement, its clause then the verb's complement).
/// Returns the verb (its tag is left as it is: tags do not depend on trees).
pub fn past_tense_read_as_relative(
    xpos: &[&str],
    heads: &mut [usize],
    rels: &mut [&str],
) -> Option<usize> {
    let n = xpos.len();
    let v = (2..=n).find(|&v| {
        let noun = v - 1;
        // (Asked last: it reads the whole sentence.)
        let with_object = || (1..=n).any(|k| heads[k] == v && rels[k] == "obj");
        rels[v] == "acl"
            && heads[v] == noun
            && NOUN.contains(&xpos[noun - 1])
            && match (xpos[v - 1], rels[noun]) {
                ("VBD", "root" | "ccomp") | ("VBN", "ccomp") => true,
                ("VBN", "root") => with_object() || reported_clause(heads, rels, v).is_some(),
                _ => false,
            }
    })?;
    let noun = v - 1;
    let clause = reported_clause(heads, rels, v);
    tree_kept(heads, rels, |heads, rels| {
        if let Some(c) = clause {
            rels[c] = "ccomp";
        }
        take_place(heads, rels, v, noun, "nsubj");
    })
    .then_some(v)
}

/// "Doctors from two aid groups donated medicines …": the same reading of
/// a past tense after the last noun of a root's modifier, the root being
/// the subject it opens with. A past tense hung as a relative on a noun
/// right before it, that noun in a chain of modifiers ("from", "of") of a
/// noun root, is the root's verb: the root becomes its subject and what
/// the root held after the verb goes to the verb. Returns the verb.
pub fn past_tense_after_subject_modifier(
    xpos: &[&str],
    heads: &mut [usize],
    rels: &mut [&str],
) -> Option<usize> {
    let n = xpos.len();
    let (v, top) = (2..=n).find_map(|v| {
        let noun = v - 1;
        if !(rels[v] == "acl"
            && xpos[v - 1] == "VBD"
            && heads[v] == noun
            && NOUN.contains(&xpos[noun - 1])
            && rels[noun] == "nmod")
        {
            return None;
        }
        let mut top = heads[noun];
        for _ in 0..3 {
            if top == 0 || rels[top] != "nmod" {
                break;
            }
            top = heads[top];
        }
        (top > 0 && heads[top] == 0 && NOUN.contains(&xpos[top - 1])).then_some((v, top))
    })?;
    tree_kept(heads, rels, |heads, rels| {
        take_place(heads, rels, v, top, "nsubj");
    })
    .then_some(v)
}

/// "Irish nationalist guerrillas wounded two soldiers, police said": the
/// parser sometimes makes a statement's first word, an adjective of its
/// subject, the head of the clause and the verb a relative clause on it.
/// An adjective cannot take a relative clause with its own subject right
/// after it: a past tense so hung, whose subject's phrase starts right
/// after the adjective, takes the adjective's place, and the adjective
/// modifies the subject. Returns the verb.
pub fn adjective_read_as_clause(
    xpos: &[&str],
    heads: &mut [usize],
    rels: &mut [&str],
) -> Option<usize> {
    let n = xpos.len();
    let (v, h, subject) = (2..=n).find_map(|v| {
        let h = heads[v];
        if !(rels[v] == "acl:relcl"
            && xpos[v - 1] == "VBD"
            && h > 0
            && h < v
            && xpos[h - 1] == "JJ"
            && matches!(rels[h], "root" | "ccomp"))
        {
            return None;
        }
        let subject = (h + 1..v).find(|&k| heads[k] == v && rels[k] == "nsubj")?;
        // Every word between the adjective and the verb is the subject's.
        (h + 1..v)
            .all(|k| k == subject || under(heads, k, subject))
            .then_some((v, h, subject))
    })?;
    tree_kept(heads, rels, |heads, rels| {
        heads[v] = heads[h];
        rels[v] = rels[h];
        heads[h] = subject;
        rels[h] = "amod";
        for h2 in heads.iter_mut().skip(v + 1) {
            if *h2 == h {
                *h2 = v;
            }
        }
    })
    .then_some(v)
}

/// "A spokesman announced on Monday the talks had failed", "The ministry
/// confirmed on Friday that …": the clause a participle reports, which
/// only a verb can take: a complement, or an adverbial clause with its own
/// subject and no conjunction, after it (the parser's reading of the
/// reported clause when it took the verb for a relative).
fn reported_clause(heads: &[usize], rels: &[&str], v: usize) -> Option<usize> {
    let n = heads.len() - 1;
    (v + 1..=n).find(|&c| {
        heads[c] == v
            && match rels[c] {
                "ccomp" => true,
                "advcl" => {
                    (1..=n).any(|k| heads[k] == c && k < c && rels[k].starts_with("nsubj"))
                        && !(1..=n).any(|k| heads[k] == c && rels[k] == "mark")
                }
                _ => false,
            }
    })
}

/// Verbs that report a clause without a "that" ("said militants
/// attacked …", "claims troops have …").
const SAYING: &[&str] = &[
    "say",
    "says",
    "said",
    "saying",
    "claim",
    "claims",
    "claimed",
    "report",
    "reports",
    "reported",
    "allege",
    "alleges",
    "alleged",
    "announce",
    "announces",
    "announced",
    "believe",
    "believes",
    "believed",
    "think",
    "thinks",
    "thought",
    "confirm",
    "confirms",
    "confirmed",
    "insist",
    "insists",
    "insisted",
    "add",
    "adds",
    "added",
    "state",
    "states",
    "stated",
    "suggest",
    "suggests",
    "suggested",
    "fear",
    "fears",
    "feared",
    "acknowledge",
    "acknowledges",
    "acknowledged",
    "admit",
    "admits",
    "admitted",
];

/// "The military says Islamic militants attacked several posts …",
/// "Officials say attacks have risen …": after a verb of saying, the parser
/// sometimes reads the subject of the reported clause as the verb's
/// object, with the clause's verb a modifier of that noun or a complement
/// of the verb of saying without a subject. The noun is the clause's
/// subject: a past or present tense right after it that hangs on it becomes
/// the complement of the verb of saying, and a complement after it with
/// no subject of its own takes it. Returns a repaired clause's verb.
///
/// The other repairs of a clause's subject or of a reported clause run
/// here first, in this order: [`saying_read_as_adverbial`],
/// [`subject_after_saying`], [`closing_saying_read_as_clause`],
/// [`that_with_its_object_is_a_conjunction`],
/// [`gerund_subject_read_as_verb`] and [`subject_left_before_predicate`].
pub fn reported_subject_read_as_object(
    forms: &[&str],
    xpos: &[&str],
    heads: &mut [usize],
    rels: &mut [&str],
) -> Option<usize> {
    // Every repair is tried, in this order.
    let found = [
        saying_read_as_adverbial(forms, xpos, heads, rels),
        subject_after_saying(forms, xpos, heads, rels),
        day_read_as_subject_of_saying(forms, xpos, heads, rels),
        closing_saying_read_as_clause(forms, xpos, heads, rels),
        that_with_its_object_is_a_conjunction(forms, xpos, heads, rels),
        gerund_subject_read_as_verb(forms, xpos, heads, rels),
        subject_left_before_predicate(forms, xpos, heads, rels),
        reported_subject(forms, xpos, heads, rels),
        saying_read_as_modifier_of_its_subject(forms, xpos, heads, rels),
        object_read_as_second_subject_of_saying(forms, xpos, heads, rels),
    ];
    found.into_iter().flatten().last()
}

/// "A senior Hamas official accused Israel of …": after a name the tagger
/// may read "official" as an adjective and the verb after it as a
/// participle modifying what follows. "official" tagged an adjective,
/// after a name, an adjective or a determiner, right before a word in -ed
/// (or an irregular past) tagged a participle, past tense or adjective
/// that a noun phrase follows, is the noun, and that word its past tense.
/// Returns (noun, verb) pairs.
pub fn official_read_as_adjective(forms: &[&str], xpos: &[&str]) -> Vec<(usize, usize)> {
    let n = forms.len();
    (1..n.saturating_sub(2))
        .filter(|&i| {
            xpos[i] == "JJ"
                && lower(forms[i]) == "official"
                && matches!(xpos[i - 1], "NNP" | "NNPS" | "JJ" | "DT")
                && matches!(xpos[i + 1], "VBN" | "VBD" | "JJ")
                && {
                    let verb = lower(forms[i + 1]);
                    verb.ends_with("ed") || IRREGULAR_PAST.contains(&&*verb)
                }
                && matches!(xpos[i + 2], "NNP" | "NNPS" | "DT" | "PRP$" | "PRP" | "CD")
        })
        .map(|i| (i, i + 1))
        .collect()
}

/// "The unions called off a planned nationwide strike": after a verb and
/// its particle the parser may read the object, a noun with its
/// determiner, as a predicate (`xcomp`). A phrasal verb with no object
/// whose noun `xcomp` after it opens with a determiner has it as its
/// object. Returns the noun.
pub fn object_of_phrasal_verb_read_as_predicate(
    xpos: &[&str],
    heads: &mut [usize],
    rels: &mut [&str],
) -> Option<usize> {
    let n = xpos.len();
    let kid = |h: usize, f: &dyn Fn(usize) -> bool| (1..=n).any(|k| heads[k] == h && f(k));
    let o = (1..=n).find(|&o| {
        let v = heads[o];
        rels[o] == "xcomp"
            && xpos[o - 1].starts_with("NN")
            && v > 0
            && v < o
            && xpos[v - 1].starts_with("VB")
            && kid(v, &|k| rels[k] == "compound:prt" && k < o)
            && !kid(v, &|k| matches!(rels[k], "obj" | "iobj"))
            && kid(o, &|k| k < o && rels[k] == "det")
    })?;
    tree_kept(heads, rels, |_, rels| rels[o] = "obj").then_some(o)
}

/// "Tehran accused Washington of fomenting unrest, state television
/// reported": the parser may hang the reported clause's object on the
/// verb of saying as a second subject, or as the subject of the noun
/// that is the speaker. A subject right after a finite verb of the
/// reported clause (hung on the verb of saying) that has no object, put
/// on the verb of saying beside its own subject or on a noun after it,
/// is that verb's object. Returns the clause's verb.
pub fn object_read_as_second_subject_of_saying(
    forms: &[&str],
    xpos: &[&str],
    heads: &mut [usize],
    rels: &mut [&str],
) -> Option<usize> {
    let n = xpos.len();
    let (a, v) = (2..=n).find_map(|a| {
        let h = heads[a];
        let v = a - 1;
        let saying = heads[v];
        let second_subject = || {
            h == saying && (1..=n).any(|k| k > a && heads[k] == h && rels[k] == "nsubj")
                || h > a && h < saying && xpos[h - 1].starts_with("NN") && heads[h] == saying
        };
        (rels[a] == "nsubj"
            && h > a
            && saying > a
            && matches!(xpos[v - 1], "VBD" | "VBZ" | "VBP")
            && matches!(rels[v], "advcl" | "ccomp" | "parataxis")
            && SAYING.contains(&&*lower(forms[saying - 1]))
            && second_subject()
            && !(1..=n).any(|k| heads[k] == v && matches!(rels[k], "obj" | "ccomp" | "xcomp")))
        .then_some((a, v))
    })?;
    tree_kept(heads, rels, |heads, rels| {
        heads[a] = v;
        rels[a] = "obj";
        rels[v] = "ccomp";
    })
    .then_some(v)
}

/// "The Israeli military said rockets were fired from Lebanon": the parser
/// sometimes makes the reported clause the root and the verb of saying
/// before it an adverbial clause of it. A verb of saying with its own
/// subject, no marker ("as he said") and nothing but the reported
/// clause's subject between it and the clause's verb (no comma, no
/// colon, no quotation mark), hung on that verb as an adverbial clause,
/// is the head: the clause becomes its complement, and the words before
/// the verb of saying and the closing punctuation go with it.
/// Returns the verb of saying.
pub fn saying_read_as_adverbial(
    forms: &[&str],
    xpos: &[&str],
    heads: &mut [usize],
    rels: &mut [&str],
) -> Option<usize> {
    let n = xpos.len();
    let kid = |heads: &[usize], h: usize, f: &dyn Fn(usize) -> bool| {
        (1..=n).any(|k| heads[k] == h && f(k))
    };
    let s = (1..n).find(|&s| {
        let h = heads[s];
        rels[s] == "advcl"
            && matches!(xpos[s - 1], "VBD" | "VBZ" | "VBP")
            && SAYING.contains(&&*lower(forms[s - 1]))
            && h > s
            && xpos[h - 1].starts_with("VB")
            && kid(heads, s, &|k| k < s && rels[k].starts_with("nsubj"))
            && !kid(heads, s, &|k| rels[k] == "mark" || xpos[k - 1] == "WRB")
            && kid(heads, h, &|k| {
                k > s && k < h && rels[k].starts_with("nsubj")
            })
            && !forms[s..h].iter().any(|f| {
                matches!(
                    *f,
                    "," | ":" | "\"" | "“" | "”" | "'" | "‘" | "’" | "-" | "—"
                )
            })
    })?;
    let h = heads[s];
    tree_kept(heads, rels, |heads, rels| {
        heads[s] = heads[h];
        rels[s] = rels[h];
        heads[h] = s;
        rels[h] = "ccomp";
        let last = (1..=n).rev().find(|&k| heads[k] == h);
        for k in 1..=n {
            if heads[k] == h && (k < s || Some(k) == last && rels[k] == "punct") {
                heads[k] = s;
            }
        }
    })
    .then_some(s)
}

/// "Rebels attacked the post, says a local official": a verb of saying
/// after the clause it reports often comes before its subject, which the
/// parser may read as its object. A verb of saying with a complement
/// before it, no subject and an object after it has that object as its
/// subject. Returns the verb.
pub fn subject_after_saying(
    forms: &[&str],
    xpos: &[&str],
    heads: &mut [usize],
    rels: &mut [&str],
) -> Option<usize> {
    let n = xpos.len();
    let (v, o) = (2..n).find_map(|v| {
        if !matches!(xpos[v - 1], "VBD" | "VBZ" | "VBP")
            || !SAYING.contains(&&*lower(forms[v - 1]))
            || forms[v - 2] != ","
        {
            return None;
        }
        let mut kids = (1..=n).filter(|&k| heads[k] == v);
        let mut object = None;
        let mut complement = false;
        for k in kids.by_ref() {
            match rels[k] {
                r if r.starts_with("nsubj") || r == "expl" => return None,
                "ccomp" | "parataxis" if k < v => complement = true,
                "obj" if k > v => object = Some(k),
                _ => {}
            }
        }
        complement.then_some(())?;
        object.map(|o| (v, o))
    })?;
    tree_kept(heads, rels, |_, rels| rels[o] = "nsubj").then_some(v)
}

/// Whether `w` (lower case) names a day that closes a source's statement
/// ("…, court sources said Monday"): a weekday, "today", "yesterday",
/// "tonight".
fn names_a_day(w: &str) -> bool {
    detente_doc::date::WEEKDAY_NAMES.contains(&w) || matches!(w, "today" | "yesterday" | "tonight")
}

/// "spoke on Tuesday with Turkish Foreign Minister Hakan Fidan": a phrase
/// of "with", "to" or "against" right after a day that is a verb's
/// adverbial, which the parser hung on the day, is the verb's: a day has
/// no one with it. A clause of "of" there is the verb's object's
/// ("traded accusations on Monday of violating the truce"). `heads` and
/// `rels` as for [`reduced_relative`]; returns the phrases moved.
pub fn phrase_hung_on_day(
    forms: &[&str],
    xpos: &[&str],
    heads: &mut [usize],
    rels: &mut [&str],
) -> Vec<usize> {
    let n = xpos.len();
    let mut moved = Vec::new();
    for d in 1..=n {
        let v = heads[d];
        if v == 0
            || !xpos[v - 1].starts_with("VB")
            || !rels[d].starts_with("obl")
            || !names_a_day(&lower(forms[d - 1]))
        {
            continue;
        }
        for c in d + 1..=n {
            if heads[c] != d || rels[c] != "nmod" {
                continue;
            }
            let marked = (d + 1..c).any(|k| {
                heads[k] == c
                    && rels[k] == "case"
                    && matches!(&*lower(forms[k - 1]), "with" | "to" | "against")
            });
            if marked
                && tree_kept(heads, rels, |heads, rels| {
                    heads[c] = v;
                    rels[c] = "obl";
                })
            {
                moved.push(c);
            }
        }
        // "traded accusations on Monday of violating the truce": a clause
        // of "of" after the day is the verb's object's.
        let object = (1..d).rev().find(|&o| heads[o] == v && rels[o] == "obj");
        for c in d + 1..=n {
            let Some(o) = object else { break };
            if heads[c] != d || rels[c] != "acl" {
                continue;
            }
            let of = (d + 1..c)
                .any(|k| heads[k] == c && rels[k] == "mark" && lower(forms[k - 1]) == "of");
            if of
                && tree_kept(heads, rels, |heads, _| {
                    heads[c] = o;
                })
            {
                moved.push(c);
            }
        }
    }
    moved
}

/// "…, court sources said Wednesday.": the parser sometimes makes the day
/// after a verb of saying its subject, and the source's nouns before the
/// verb a compound of the day or a second subject. A day right after a
/// verb of saying, its subject, with a noun right before the verb hung on
/// the day or on the verb, is when it was said; that noun is the subject, and the day's other words before
/// the verb go with it. Returns the verb.
fn day_read_as_subject_of_saying(
    forms: &[&str],
    xpos: &[&str],
    heads: &mut [usize],
    rels: &mut [&str],
) -> Option<usize> {
    let n = xpos.len();
    let v = (2..n).find(|&v| {
        let d = v + 1;
        matches!(xpos[v - 1], "VBD" | "VBZ" | "VBP")
            && SAYING.contains(&&*lower(forms[v - 1]))
            && heads[d] == v
            && rels[d] == "nsubj"
            && names_a_day(&lower(forms[d - 1]))
            && matches!(heads[v - 1], h if h == d || h == v)
            && matches!(xpos[v - 2], "NN" | "NNS" | "NNP" | "NNPS")
    })?;
    let (d, p) = (v + 1, v - 1);
    tree_kept(heads, rels, |heads, rels| {
        for h in heads.iter_mut().take(p).skip(1) {
            if *h == d {
                *h = p;
            }
        }
        heads[p] = v;
        rels[p] = "nsubj";
        rels[d] = "obl:unmarked";
    })
    .then_some(v)
}

/// "Iran's minister is expected to visit Riyadh next week, state media
/// reported.": news closes a statement with its source, a verb of saying
/// with its subject after a comma, which the parser sometimes hangs on a
/// verb of the statement (as an adverbial or a conjunct) instead of
/// making it the root with the statement its complement. A verb of saying
/// whose subject follows a comma right before it, with no object or
/// complement of its own and only punctuation (or phrases of its own)
/// after it, hung inside the statement before the comma, becomes the root,
/// and the statement its complement ("… , the army said" as the parser
/// reads it when it gets it right). Returns the verb.
pub fn closing_saying_read_as_clause(
    forms: &[&str],
    xpos: &[&str],
    heads: &mut [usize],
    rels: &mut [&str],
) -> Option<usize> {
    let n = xpos.len();
    let root = (1..=n).find(|&k| heads[k] == 0)?;
    let s = (2..=n)
        .rev()
        .find(|&s| SAYING.contains(&&*lower(forms[s - 1])))?;
    let kids: Vec<usize> = (1..=n).filter(|&k| heads[k] == s).collect();
    let subject = kids
        .iter()
        .copied()
        .find(|&k| k < s && rels[k] == "nsubj")?;
    // The subject's phrase starts right after a comma.
    let start =
        (1..=subject).find(|&k| under(heads, k, subject) && !PUNCTUATION.contains(&xpos[k - 1]))?;
    if !matches!(xpos[s - 1], "VBD" | "VBZ" | "VBP")
        || root == s
        || root > start
        || start < 3
        || forms[start - 2] != ","
        || (start..s).any(|k| !under(heads, k, subject) && k != subject)
        || kids
            .iter()
            .any(|&k| matches!(rels[k], "obj" | "ccomp" | "xcomp" | "mark"))
        || (s + 1..=n).any(|k| !PUNCTUATION.contains(&xpos[k - 1]) && !under(heads, k, s))
        || !matches!(rels[s], "advcl" | "conj" | "parataxis")
        || !under(heads, s, root)
    {
        return None;
    }
    tree_kept(heads, rels, |heads, rels| {
        heads[s] = 0;
        rels[s] = "root";
        heads[root] = s;
        rels[root] = "ccomp";
        for head in heads.iter_mut().skip(s + 1) {
            if *head == root {
                *head = s;
            }
        }
        heads[start - 1] = s;
    })
    .then_some(s)
}

/// "allegations that Kyiv staged the attack": the parser sometimes reads
/// the "that" of a noun's content clause as a relative pronoun, the
/// object of the clause's verb. A clause with its object already has no
/// gap for a relative: a "that" hung as the object of a verb that has
/// another object after it is the clause's conjunction, and the clause a
/// noun's complement (`acl`) rather than a relative clause. (Two subjects
/// are left alone: "a risk that we had" has its gap at the object.)
/// Returns the verb.
pub fn that_with_its_object_is_a_conjunction(
    forms: &[&str],
    xpos: &[&str],
    heads: &mut [usize],
    rels: &mut [&str],
) -> Option<usize> {
    let n = xpos.len();
    let that = (1..=n).find(|&t| {
        let v = heads[t];
        forms[t - 1].eq_ignore_ascii_case("that")
            && xpos[t - 1] == "WDT"
            && v > t
            && xpos[v - 1].starts_with("VB")
            && rels[t] == "obj"
            && (t + 1..=n).any(|k| heads[k] == v && rels[k] == "obj")
    })?;
    let v = heads[that];
    tree_kept(heads, rels, |_, rels| {
        rels[that] = "mark";
        if rels[v] == "acl:relcl" {
            rels[v] = "acl";
        }
    })
    .then_some(v)
}

/// Prepositions that also open a clause ("after the talks ended").
const CLAUSE_PREPOSITION: &[&str] = &["after", "before", "since", "until", "till", "once"];

/// "Ghana recalled its envoy and talks were suspended", "Serbia withdrew
/// its troops and the crossing reopened", "… after its consulate in the
/// city was attacked": two clauses joined by "and" without a comma, or a
/// clause opened by a word that is also a preposition, whose subject the
/// parser hung on what comes before (the conjunct of the first clause's
/// object, or the object of "after"), leaving the second predicate without
/// a subject. A predicate with no subject whose first word (a finite
/// auxiliary or copula, or the finite verb itself) comes right after a
/// noun phrase hung as a conjunct with "and" in a clause before it, or
/// opened by "after", "before", "since", "until" or "once", has that noun
/// as its subject: the "and" goes to the predicate, which becomes the
/// conjunct of the first clause's verb (taking the place that verb had
/// when the parser hung the first clause under the second), or the
/// preposition becomes its marker and the predicate an adverbial clause
/// in the noun phrase's place. Returns the last predicate repaired.
pub fn subject_left_before_predicate(
    forms: &[&str],
    xpos: &[&str],
    heads: &mut [usize],
    rels: &mut [&str],
) -> Option<usize> {
    let n = xpos.len();
    let mut repaired = None;
    // Which words have a subject, and each word's first finite auxiliary or
    // copula before it: one pass over the tree (and another after each
    // repair), not a scan of the sentence for every word.
    let clause_words = |heads: &[usize], rels: &[&str]| {
        let mut subject = vec![false; n + 1];
        let mut first_aux: Vec<Option<usize>> = vec![None; n + 1];
        for k in 1..=n {
            let h = heads[k];
            if rels[k].starts_with("nsubj") || rels[k].starts_with("csubj") || rels[k] == "expl" {
                subject[h] = true;
            }
            if k < h
                && first_aux[h].is_none()
                && matches!(rels[k], "aux" | "aux:pass" | "cop")
                && matches!(xpos[k - 1], "VBD" | "VBZ" | "VBP" | "MD")
            {
                first_aux[h] = Some(k);
            }
        }
        (subject, first_aux)
    };
    let (mut has_subject, mut first_aux) = clause_words(heads, rels);
    for v in 2..=n {
        if matches!(rels[v], "aux" | "aux:pass" | "cop") || has_subject[v] {
            continue;
        }
        // The predicate's first word: its finite auxiliary or copula, or itself.
        let aux = first_aux[v];
        let first = match aux {
            Some(a)
                if (a + 1..v).all(|k| {
                    matches!(rels[k], "advmod" | "aux" | "aux:pass" | "cop") || xpos[k - 1] == "RB"
                }) =>
            {
                a
            }
            // A participle only as the relative of a noun right before
            // it, hung on a verb as its conjunct (checked below).
            None if matches!(xpos[v - 1], "VBD" | "VBZ" | "VBP")
                || xpos[v - 1] == "VBN" && rels[v] == "acl" && heads[v] + 1 == v =>
            {
                v
            }
            _ => continue,
        };
        if first < 3 {
            continue;
        }
        // The noun phrase that ends right before it: up from its last word
        // over the modifiers that follow their heads.
        let mut noun = first - 1;
        while heads[noun] < noun
            && heads[noun] > 0
            && matches!(rels[noun], "nmod" | "flat" | "compound")
        {
            noun = heads[noun];
        }
        if !(NOUN.contains(&xpos[noun - 1]) || xpos[noun - 1] == "PRP")
            || (noun + 1..first).any(|k| !under(heads, k, noun))
        {
            continue;
        }
        // "after its consulate in the city was attacked" with "in the city"
        // hung on the verb: the phrase before the one that ends there.
        let opened_by = |heads: &[usize], m: usize| {
            kids(heads, m).find(|&k| k < m && matches!(rels[k], "case" | "cc" | "mark"))
        };
        let mut inner = None;
        if let Some(c) = opened_by(heads, noun).filter(|&c| {
            rels[c] == "case" && !CLAUSE_PREPOSITION.contains(&&*lower(forms[c - 1])) && c >= 2
        }) {
            let mut m = c - 1;
            while heads[m] < m && heads[m] > 0 && matches!(rels[m], "nmod" | "flat" | "compound") {
                m = heads[m];
            }
            if NOUN.contains(&xpos[m - 1])
                && opened_by(heads, m).is_some_and(|o| {
                    rels[o] == "case" && CLAUSE_PREPOSITION.contains(&&*lower(forms[o - 1]))
                })
                && (m + 1..c).all(|k| under(heads, k, m))
            {
                inner = Some(noun);
                noun = m;
            }
        }
        let Some(opener) = opened_by(heads, noun) else {
            continue;
        };
        let word = lower(forms[opener - 1]);
        let subject = if aux.is_some_and(|a| rels[a] == "aux:pass") {
            "nsubj:pass"
        } else {
            "nsubj"
        };
        let h = heads[noun];
        if h == 0 {
            continue;
        }
        let done = if rels[noun] == "conj" && rels[opener] == "cc" && word == "and" {
            // The first clause's predicate: the conjunct's head if a verb or
            // a predicate, or the verb whose object (or adverbial) it is,
            // when that is not itself a conjunct ("A and B and C").
            let predicate = |k: usize| {
                xpos[k - 1].starts_with("VB")
                    || kids(heads, k).any(|c| rels[c] == "cop" || rels[c].starts_with("nsubj"))
            };
            let first_verb = if predicate(h) {
                Some(h)
            } else {
                Some(heads[h]).filter(|&g| {
                    g > 0
                        && g < h
                        && predicate(g)
                        && (matches!(rels[h], "obj" | "iobj") || rels[h].starts_with("obl"))
                        && !kids(heads, h).any(|c| rels[c] == "cc")
                })
            };
            let Some(v1) = first_verb.filter(|&v1| {
                v1 < noun
                    && v1 != v
                    && inner.is_none()
                    && rels[v] != "xcomp"
                    && !forms[v1..noun].contains(&",")
                    && (first != v || xpos[v - 1] != "VBN" || v1 == h)
            }) else {
                continue;
            };
            // Conjuncts hang on the first one.
            let v1 = if rels[v1] == "conj" && heads[v1] != v && heads[v1] != 0 {
                heads[v1]
            } else {
                v1
            };
            tree_kept(heads, rels, |heads, rels| {
                if heads[v1] == v {
                    // The first clause hung under the second: it takes the
                    // second's place, with what came before it and the
                    // closing punctuation.
                    heads[v1] = heads[v];
                    rels[v1] = rels[v];
                    for k in 1..=n {
                        if heads[k] == v && k != v1 && (k < v1 || k > v && rels[k] == "punct") {
                            heads[k] = v1;
                        }
                    }
                }
                heads[v] = v1;
                rels[v] = "conj";
                heads[noun] = v;
                rels[noun] = subject;
                heads[opener] = v;
            })
        } else if rels[opener] == "case"
            && CLAUSE_PREPOSITION.contains(&&*word)
            && (rels[noun].starts_with("obl") || rels[noun] == "nmod")
        {
            tree_kept(heads, rels, |heads, rels| {
                if let Some(p) = inner {
                    heads[p] = noun;
                    rels[p] = "nmod";
                }
                heads[v] = h;
                rels[v] = "advcl";
                heads[noun] = v;
                rels[noun] = subject;
                heads[opener] = v;
                rels[opener] = "mark";
            })
        } else {
            false
        };
        if done {
            repaired = Some(v);
            (has_subject, first_aux) = clause_words(heads, rels);
        }
    }
    repaired
}

/// Whether `k` is `top` or hangs (through any number of heads) under it.
fn under(heads: &[usize], mut k: usize, top: usize) -> bool {
    for _ in 0..heads.len() {
        if k == top {
            return true;
        }
        if k == 0 {
            return false;
        }
        k = heads[k];
    }
    false
}

/// "EU leaders said a summit with Russia would not go ahead": the parser
/// sometimes reads the reported clause's subject as the object of the verb
/// of saying and makes the reported verb the head, with the verb of saying
/// an adverbial clause of it or a modifier of the speakers (then its
/// subject); a participle after the object may be read as the object's
/// verb ("said a summit planned for May would …"). A tensed verb of saying
/// with an object before that verb, and no comma or marker, is the head:
/// the speakers are its subject, the verb its complement and the object
/// that verb's subject. Returns the verb of saying.
fn saying_read_as_modifier_of_its_subject(
    forms: &[&str],
    xpos: &[&str],
    heads: &mut [usize],
    rels: &mut [&str],
) -> Option<usize> {
    let n = xpos.len();
    let kids = |heads: &[usize], h: usize| (1..=n).filter(|&k| heads[k] == h).collect::<Vec<_>>();
    // The verb of saying, its speakers, the verb it was hung under, and
    // the object that verb's subject.
    let found = (2..n).find_map(|s| {
        if !matches!(xpos[s - 1], "VBD" | "VBZ" | "VBP") || !SAYING.contains(&&*lower(forms[s - 1]))
        {
            return None;
        }
        let own = kids(heads, s);
        let (speakers, verb) = match rels[s] {
            "acl" if heads[s] < s && rels[heads[s]] == "nsubj" => (heads[s], heads[heads[s]]),
            "advcl" => (
                own.iter().copied().find(|&k| k < s && rels[k] == "nsubj")?,
                heads[s],
            ),
            _ => return None,
        };
        if verb <= s
            || !xpos[verb - 1].starts_with("VB")
            || own.iter().any(|&k| rels[k] == "mark")
            || kids(heads, verb)
                .iter()
                .any(|&k| k != speakers && (rels[k].starts_with("nsubj") || rels[k] == "expl"))
            || forms[s..verb]
                .iter()
                .any(|f| matches!(*f, "," | ":" | ";" | "\""))
        {
            return None;
        }
        let object = own
            .iter()
            .copied()
            .find(|&o| o > s && o < verb && rels[o] == "obj");
        // Or a past tense with a subject after it and nothing of its own
        // that makes it a clause ("said a summit planned for May would"):
        // a participle of the object.
        let participle = || {
            own.iter().copied().find_map(|c| {
                let theirs = kids(heads, c);
                let subject = theirs
                    .iter()
                    .copied()
                    .find(|&o| o > s && rels[o] == "nsubj")?;
                (rels[c] == "ccomp"
                    && c < verb
                    && xpos[c - 1] == "VBD"
                    && !theirs
                        .iter()
                        .any(|&k| matches!(rels[k], "aux" | "aux:pass" | "mark" | "cop")))
                .then_some((subject, c))
            })
        };
        let (object, participle) = match object {
            Some(o) => (o, None),
            None => {
                let (o, c) = participle()?;
                (o, Some(c))
            }
        };
        Some((s, speakers, verb, object, participle))
    });
    let (s, speakers, verb, object, participle) = found?;
    tree_kept(heads, rels, |heads, rels| {
        heads[s] = heads[verb];
        rels[s] = rels[verb];
        heads[verb] = s;
        rels[verb] = "ccomp";
        heads[speakers] = s;
        rels[speakers] = "nsubj";
        heads[object] = verb;
        rels[object] = "nsubj";
        if let Some(c) = participle {
            heads[c] = object;
            rels[c] = "acl";
        }
        // What stood before the speakers, and the closing punctuation, are
        // the statement's.
        for k in 1..=n {
            if heads[k] == verb && (k < speakers || k == n && rels[k] == "punct") {
                heads[k] = s;
            }
        }
    })
    .then_some(s)
}

fn reported_subject(
    forms: &[&str],
    xpos: &[&str],
    heads: &mut [usize],
    rels: &mut [&str],
) -> Option<usize> {
    let n = xpos.len();
    let kids = |heads: &[usize], h: usize| (1..=n).filter(|&k| heads[k] == h).collect::<Vec<_>>();
    for o in 2..n {
        let say = heads[o];
        if rels[o] != "obj"
            || say == 0
            || say > o
            || !NOUN.contains(&xpos[o - 1])
            || !SAYING.contains(&&*lower(forms[say - 1]))
        {
            continue;
        }
        let has_subject = |heads: &[usize], rels: &[&str], v: usize| {
            kids(heads, v)
                .iter()
                .any(|&k| rels[k].starts_with("nsubj") || rels[k] == "expl")
        };
        // The verb right after the noun, hung on it.
        let v = o + 1;
        if heads[v] == o
            && matches!(rels[v], "acl" | "acl:relcl")
            && matches!(xpos[v - 1], "VBD" | "VBZ" | "VBP")
            && !has_subject(heads, rels, v)
        {
            let done = tree_kept(heads, rels, |heads, rels| {
                heads[v] = say;
                rels[v] = "ccomp";
                heads[o] = v;
                rels[o] = "nsubj";
                for h in heads.iter_mut().skip(v + 1) {
                    if *h == o {
                        *h = v;
                    }
                }
            });
            if done {
                return Some(v);
            }
            continue;
        }
        // A complement of the verb of saying after the noun, without a subject.
        let Some(v) = kids(heads, say).into_iter().find(|&v| {
            v > o
                && rels[v] == "ccomp"
                && xpos[v - 1].starts_with("VB")
                && !has_subject(heads, rels, v)
                && (o + 1..v).all(|k| (o..=v).contains(&heads[k]))
        }) else {
            continue;
        };
        if tree_kept(heads, rels, |heads, rels| {
            heads[o] = v;
            rels[o] = "nsubj";
        }) {
            return Some(v);
        }
    }
    None
}

/// "On February 13, a suicide attack in Lahore killed 14 people.": the
/// parser sometimes makes the date or phrase that opens a statement the
/// root, and the statement's verb a relative clause on it, or hangs the
/// subject after the comma on the opening phrase (as its apposition). A
/// past or present tense hung on such a root as a relative clause, with
/// no relative pronoun, after the comma that closes the opening phrase,
/// is the root, the opening phrase its adverbial; and if it has no
/// subject it takes the noun between that comma and itself that the
/// parser hung on the opening phrase without a preposition.
/// Returns the verb.
pub fn opening_phrase_read_as_root(
    forms: &[&str],
    xpos: &[&str],
    heads: &mut [usize],
    rels: &mut [&str],
) -> Option<usize> {
    let n = xpos.len();
    let comma = forms.iter().position(|&f| f == ",")? + 1;
    let mut root = (1..=n).find(|&k| heads[k] == 0)?;
    let mut moved = None;
    // A root with a copula or a subject of its own is a clause already
    // ("These are defensive exercises …, and no one has …").
    let clause = (1..=n).any(|k| {
        heads[k] == root
            && (matches!(rels[k], "cop" | "aux" | "expl") || rels[k].starts_with("nsubj"))
    });
    if root < comma && !clause && (NOUN.contains(&xpos[root - 1]) || xpos[root - 1] == "CD") {
        let v = (comma + 1..=n).find(|&v| {
            heads[v] == root
                && matches!(rels[v], "acl:relcl" | "acl")
                && matches!(xpos[v - 1], "VBD" | "VBZ" | "VBP")
        })?;
        let relative_word = (1..=n).any(|k| {
            matches!(xpos[k - 1], "WDT" | "WP" | "WP$")
                && (heads[k] == v || heads[heads[k]] == v && heads[k] != 0)
        });
        if relative_word {
            return None;
        }
        let opened = (1..root).any(|k| heads[k] == root && rels[k] == "case");
        let opening = root;
        if tree_kept(heads, rels, |heads, rels| {
            heads[v] = 0;
            rels[v] = "root";
            heads[opening] = v;
            rels[opening] = if opened { "obl" } else { "obl:unmarked" };
            for h in heads.iter_mut().skip(v + 1) {
                if *h == opening {
                    *h = v;
                }
            }
        }) {
            root = v;
            moved = Some(v);
        }
    }
    let v = root;
    let has_subject =
        (1..=n).any(|k| heads[k] == v && (rels[k].starts_with("nsubj") || rels[k] == "expl"));
    // Only for a verb just made the root: a root verb the parser made
    // itself keeps what it has ("On Thursday, the Permanent Council …
    // adopted a resolution calling on …", whose event the event stage
    // reads from "calling on" when "adopted" has no subject).
    if moved.is_none() || !matches!(xpos[v - 1], "VBD" | "VBZ" | "VBP") || has_subject {
        return moved;
    }
    let subject = (comma + 1..v).find(|&k| {
        NOUN.contains(&xpos[k - 1])
            && heads[k] > 0
            && heads[k] < comma
            && heads[heads[k]] == v
            && rels[heads[k]].starts_with("obl")
            && matches!(
                rels[k],
                "appos" | "nmod:unmarked" | "nmod:tmod" | "dep" | "conj"
            )
            && !(1..=n).any(|c| heads[c] == k && rels[c] == "case")
    });
    match subject {
        Some(k)
            if tree_kept(heads, rels, |heads, rels| {
                heads[k] = v;
                rels[k] = "nsubj";
            }) =>
        {
            Some(v)
        }
        _ => moved,
    }
}

/// "The Ethiopian government and the TPLF signed …": the parser sometimes
/// hangs both halves of a coordinated subject on the verb as two subjects,
/// with the "and" on the verb too. A verb has one subject: the later one,
/// with a conjunction on the verb between them, is the first one's
/// conjunct, and the conjunction its. Returns the subjects joined.
///
/// Two subjects side by side with nothing of the verb's between them are
/// a description and a name ("activist Ivan Petrovsky was sentenced"):
/// the first goes under the name. With an active finite verb between
/// them and no object, a later name is its object ("President Joe Biden
/// hosted Kenyan President William Ruto").
pub fn coordinated_subjects(xpos: &[&str], heads: &mut [usize], rels: &mut [&str]) -> Vec<usize> {
    let n = heads.len() - 1;
    let mut joined = Vec::new();
    // The subjects of each verb, found in one pass (by verb, relation and
    // place, the order the repairs are tried in): a repair only moves
    // words that hang on the verb being repaired, and makes none a
    // subject, so the subjects of the others stay as they were found.
    const RELS: [&str; 2] = ["nsubj", "nsubj:pass"];
    let mut found: Vec<(usize, usize, usize)> = (1..=n)
        .filter_map(|k| {
            let r = RELS.iter().position(|&r| r == rels[k])?;
            (1..=n).contains(&heads[k]).then_some((heads[k], r, k))
        })
        .collect();
    found.sort_unstable();
    let groups = found.chunk_by(|x, y| (x.0, x.1) == (y.0, y.1));
    for group in groups.filter(|g| g.len() > 1) {
        let v = group[0].0;
        let subjects: Vec<usize> = group.iter().map(|x| x.2).collect();
        {
            for pair in subjects.windows(2) {
                let (a, b) = (pair[0], pair[1]);
                let between_on_verb = (a + 1..b).filter(|&c| heads[c] == v).collect::<Vec<_>>();
                let cc = between_on_verb.iter().copied().find(|&c| rels[c] == "cc");
                let described = between_on_verb.is_empty()
                    && !(a..b).contains(&v)
                    && NOUN.contains(&xpos[a - 1])
                    && matches!(xpos[b - 1], "NNP" | "NNPS");
                // "President Joe Biden hosted Kenyan President William Ruto":
                // a noun after an active finite verb, read as a second
                // subject, is its object.
                let object_after = (a..b).contains(&v)
                    && rels[b] == "nsubj"
                    && matches!(xpos[b - 1], "NNP" | "NNPS")
                    && matches!(xpos[v - 1], "VBD" | "VBZ" | "VBP")
                    && !(1..=n).any(|k| heads[k] == v && matches!(rels[k], "obj" | "expl"));
                if let Some(c) = cc {
                    if tree_kept(heads, rels, |heads, rels| {
                        heads[b] = a;
                        rels[b] = "conj";
                        heads[c] = b;
                    }) {
                        joined.push(b);
                    }
                } else if described
                    && tree_kept(heads, rels, |heads, rels| {
                        heads[a] = b;
                        rels[a] = "compound";
                    })
                {
                    joined.push(a);
                } else if object_after && tree_kept(heads, rels, |_, rels| rels[b] = "obj") {
                    joined.push(b);
                }
            }
        }
    }
    joined
}

/// "Japanese Foreign Minister Yoko Kamikawa met …": news opens statements
/// with a title and a name, which the treebank has few of, and the parser
/// often hangs the nationality or the title on the verb and the name on
/// them. In a run of capitalised words that ends in a name of two or more
/// words (`flat`), every word before the name that the parser hung outside
/// the run goes under the name, and the name, if the parser hung it inside
/// the run, takes the place in the sentence of the first word that was
/// outside. Returns the names repaired.
pub fn titled_names(
    forms: &[&str],
    xpos: &[&str],
    heads: &mut [usize],
    rels: &mut [&str],
) -> Vec<usize> {
    let n = xpos.len();
    // Not a date or an adverbial the parser rightly hung on the verb ("On
    // Monday Japanese Foreign Minister …", "Last week Prime Minister …").
    let capitalised = |k: usize, heads: &[usize], rels: &[&str]| {
        let on_verb = heads[k] > 0 && xpos[heads[k] - 1].starts_with("VB");
        matches!(xpos[k - 1], "NNP" | "NNPS" | "JJ" | "NN")
            && forms[k - 1].chars().next().is_some_and(char::is_uppercase)
            && !(on_verb
                && (rels[k].starts_with("obl")
                    || matches!(rels[k], "nmod:tmod" | "nmod:unmarked")
                    // "Russian" is no adverb, whatever the parser hung it as.
                    || rels[k] == "advmod" && xpos[k - 1] != "JJ"))
    };
    let mut repaired = Vec::new();
    let mut a = 1;
    while a <= n {
        if !capitalised(a, heads, rels) {
            a += 1;
            continue;
        }
        let mut b = a;
        while b < n && capitalised(b + 1, heads, rels) {
            b += 1;
        }
        let run = a..=b;
        let next = b + 1;
        // The name: the start of the flat chain that ends the run.
        let mut h = b;
        while h > a && rels[h] == "flat" && heads[h] + 1 == h {
            h -= 1;
        }
        let broken = h < b
            && h > a
            && xpos[h - 1] == "NNP"
            && ((a..h).any(|k| !run.contains(&heads[k])) || run.contains(&heads[h]));
        let repair = |heads: &mut [usize], rels: &mut [&str]| {
            let outer = (a..h)
                .find(|&k| !run.contains(&heads[k]))
                .map(|k| (heads[k], rels[k]));
            if run.contains(&heads[h]) {
                if let Some((head, rel)) = outer {
                    heads[h] = head;
                    rels[h] = rel;
                }
            }
            for k in a..h {
                if !run.contains(&heads[k]) {
                    heads[k] = h;
                    rels[k] = if xpos[k - 1] == "JJ" {
                        "amod"
                    } else {
                        "compound"
                    };
                }
            }
            // What hung on the words before the name now hangs on it.
            for k in (1..=n).filter(|k| !run.contains(k)) {
                if (a..h).contains(&heads[k]) {
                    heads[k] = h;
                }
            }
        };
        if broken && tree_kept(heads, rels, repair) {
            repaired.push(h);
        }
        a = next;
    }
    repaired
}

/// "Denmark stopped arms sales to Jordan", "froze weapons transfers": a
/// plural noun right before another noun is, in the treebank, nearly
/// always that noun's modifier (a compound), but the greedy parser, having
/// attached the plural to the verb, leaves the second noun elsewhere (an
/// oblique, a `flat`, a modifier of a later word). Two plurals only: a
/// singular after a plural object is as often a predicate the tagger took
/// for a noun ("dubbed the allegations baseless"). The second noun takes
/// the plural's place and the plural hangs on it as a compound, with the
/// determiners before it and what it held after it. Not when the two are
/// a verb's two objects ("gave the soldiers weapons") or the second is a
/// time ("sessions today"), nor inside a longer run of nouns. `heads` and
/// `rels` as for [`reduced_relative`]; returns the nouns that took a
/// plural's place. A repair that would not leave a tree is not made.
pub fn plural_modifier_left_outside(
    xpos: &[&str],
    heads: &mut [usize],
    rels: &mut [&str],
) -> Vec<usize> {
    let n = xpos.len();
    let mut repaired = Vec::new();
    // 1-based: the plural x, the noun y = x + 1.
    for x in 1..n {
        let y = x + 1;
        if xpos[x - 1] != "NNS"
            || xpos[y - 1] != "NNS"
            || (y < n && NOUN.contains(&xpos[y]))
            || (x > 1 && NOUN.contains(&xpos[x - 2]))
            || heads[x] == y
            || heads[x] == 0
            || (heads[y] == x && !matches!(rels[y], "flat" | "compound" | "dep"))
            || rels[x] == "iobj"
            || (heads[y] == heads[x] && matches!(rels[y], "obj" | "iobj"))
            || rels[y].ends_with(":unmarked")
            || rels[y].ends_with(":tmod")
        {
            continue;
        }
        let kept = tree_kept(heads, rels, |heads, rels| {
            take_place(heads, rels, y, x, "compound");
            for k in 1..x {
                if heads[k] == x && matches!(rels[k], "det" | "nummod" | "nmod:poss" | "det:poss") {
                    heads[k] = y;
                }
            }
        });
        if kept {
            repaired.push(y);
        }
    }
    repaired
}

/// "Israeli and Hamas delegations": two modifiers of one noun joined by a
/// conjunction, which the parser hung side by side on the noun with the
/// conjunction beside them. The treebank joins them: the second modifier
/// is a conjunct of the first and the conjunction hangs on it, so each of
/// them reads as modifying the noun. Only the modifier right before its
/// noun is joined to the one right before the conjunction. Returns the
/// second modifiers joined.
pub fn coordinated_modifiers(xpos: &[&str], heads: &mut [usize], rels: &mut [&str]) -> Vec<usize> {
    let n = xpos.len();
    let mut joined = Vec::new();
    // 1-based: modifier x, conjunction c = x + 1, modifier y = c + 1, noun y + 1.
    for c in 2..n.saturating_sub(1) {
        let (x, y, noun) = (c - 1, c + 1, c + 2);
        let modifier = |k: usize, rels: &[&str]| {
            matches!(rels[k], "amod" | "compound")
                && matches!(xpos[k - 1], "JJ" | "NNP" | "NNPS" | "NN")
        };
        if rels[c] != "cc"
            || xpos[c - 1] != "CC"
            || heads[c] != noun
            || heads[x] != noun
            || heads[y] != noun
            || !NOUN.contains(&xpos[noun - 1])
            || !modifier(x, rels)
            || !modifier(y, rels)
        {
            continue;
        }
        if tree_kept(heads, rels, |heads, rels| {
            heads[y] = x;
            rels[y] = "conj";
            heads[c] = y;
        }) {
            joined.push(y);
        }
    }
    joined
}

/// Words of time that stand alone as a clause's adverbial ("met
/// yesterday", "struck overnight").
const TIME_NOUNS: &[&str] = &["today", "tonight", "yesterday", "tomorrow", "overnight"];

/// "pushed for an immediate ceasefire overnight": a word of time right
/// after a noun phrase, read as its head with the phrase's noun as a
/// compound. The noun takes its place, with all that hung on it, and the word
/// of time hangs on the noun's new head as its adverbial. `heads` and
/// `rels` as for [`reduced_relative`]; returns the nouns that took the
/// place. A repair that would not leave a tree is not made.
pub fn time_word_read_as_head(
    forms: &[&str],
    xpos: &[&str],
    heads: &mut [usize],
    rels: &mut [&str],
) -> Vec<usize> {
    let n = xpos.len();
    let mut repaired = Vec::new();
    // 1-based: the time word w, the noun c = w - 1 hung on it.
    for w in 2..=n {
        let c = w - 1;
        if !matches!(xpos[w - 1], "NN" | "NNP")
            || !TIME_NOUNS.contains(&&*lower(forms[w - 1]))
            || !matches!(xpos[c - 1], "NN" | "NNS" | "NNP" | "NNPS")
            || heads[c] != w
            || rels[c] != "compound"
            || heads[w] == 0
        {
            continue;
        }
        let kept = tree_kept(heads, rels, |heads, rels| {
            let (up, rel) = (heads[w], rels[w]);
            for (k, head) in heads.iter_mut().enumerate().skip(1) {
                if *head == w && k != c {
                    *head = c;
                }
            }
            heads[c] = up;
            rels[c] = rel;
            // The adverbial of the clause the phrase is in.
            let mut v = up;
            while v != 0 && !xpos[v - 1].starts_with("VB") {
                v = heads[v];
            }
            heads[w] = if v == 0 { c } else { v };
            rels[w] = if v == 0 {
                "nmod:unmarked"
            } else {
                "obl:unmarked"
            };
        });
        if kept {
            repaired.push(c);
        }
    }
    repaired
}

/// Fine tags of the second half of a hyphenated modifier: "Saudi-led",
/// "war-torn", "state-owned", "peace-keeping", "long-standing".
const HYPHEN_MODIFIER: &[&str] = &["VBN", "VBD", "VBG", "JJ"];
/// Fine tags that continue the noun phrase after it, and those that end one.
const NOMINAL: &[&str] = &["JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS"];
const NOUN: &[&str] = &["NN", "NNS", "NNP", "NNPS"];
/// Labels a noun can keep when it takes over the participle's place.
const NOMINAL_LABELS: &[&str] = &[
    "root",
    "nsubj",
    "nsubj:pass",
    "obj",
    "iobj",
    "obl",
    "nmod",
    "nmod:poss",
    "conj",
    "appos",
];

/// "Iranian-backed militias attacked …", "aid to war-torn Mozambique": the
/// treebank splits a hyphenated modifier into three words and has few of
/// them, so the greedy parser often makes its participle a verb with the
/// noun that follows as its object, or the head of the sentence. The three
/// words go under the noun phrase they modify (the second half `amod` of
/// its head, the first half under the second), and the noun takes the place
/// in the sentence that the modifier had; when the parser hung the clause
/// under the participle ("Vietnamese-led forces have retaken …"), the
/// clause takes the participle's place. `heads` and `rels` as for
/// [`reduced_relative`], `xpos` of the words; returns the noun phrases'
/// heads repaired. A repair that would not leave a tree is not made.
pub fn hyphenated_modifiers(
    forms: &[&str],
    xpos: &[&str],
    heads: &mut [usize],
    rels: &mut [&str],
) -> Vec<usize> {
    let n = xpos.len();
    let mut repaired = Vec::new();
    // 1-based: words a, a + 1 (the hyphen), b = a + 2, then the phrase.
    for a in 1..n.saturating_sub(2) {
        let b = a + 2;
        if xpos[a] != "HYPH"
            || forms[a] != "-"
            || !matches!(
                xpos[a - 1],
                "JJ" | "NN" | "NNS" | "NNP" | "NNPS" | "RB" | "CD"
            )
            || !HYPHEN_MODIFIER.contains(&xpos[b - 1])
            || b >= n
            || !NOMINAL.contains(&xpos[b])
        {
            continue;
        }
        let run_end = (b + 1..=n)
            .take_while(|&k| NOMINAL.contains(&xpos[k - 1]))
            .last()
            .unwrap_or(b);
        let Some(h) = (b + 1..=run_end)
            .rev()
            .find(|&k| NOUN.contains(&xpos[k - 1]))
        else {
            continue;
        };
        if heads[b] == h || (b + 1..h).any(|k| heads[b] == k) {
            continue; // already a modifier in its phrase
        }
        if tree_kept(heads, rels, |heads, rels| {
            apply_hyphen_repair(xpos, heads, rels, a, b, h)
        }) {
            repaired.push(h);
        }
    }
    repaired
}

fn apply_hyphen_repair(
    xpos: &[&str],
    heads: &mut [usize],
    rels: &mut [&str],
    a: usize,
    b: usize,
    h: usize,
) {
    let prefix = [a, a + 1, b];
    let in_span = |k: usize| (a..=h).contains(&k);
    let under_b = |heads: &[usize], mut k: usize| -> Option<usize> {
        // The child of `b` on the way up from `k`, if `b` dominates `k`.
        for _ in 0..heads.len() {
            let up = heads[k];
            if up == b {
                return Some(k);
            }
            if up == 0 {
                return None;
            }
            k = up;
        }
        None
    };
    // A clause the participle wrongly heads takes its place.
    let clause = if !in_span(heads[h]) && heads[h] != 0 {
        under_b(heads, heads[h]).filter(|&c| !in_span(c))
    } else {
        None
    };
    let outer = (a..=h)
        .filter(|&k| k != h || clause.is_none())
        .find(|&k| !in_span(heads[k]) || heads[k] == 0)
        .map(|k| (k, heads[k], rels[k]));
    if let Some(c) = clause {
        heads[c] = heads[b];
        rels[c] = rels[b];
    } else if let Some((k, head, rel)) = outer {
        if k != h {
            heads[h] = head;
            rels[h] = if k != b || NOMINAL_LABELS.contains(&rel) {
                rel
            } else if head > h {
                "nsubj"
            } else if head > 0 && xpos[head - 1].starts_with("VB") {
                "obj"
            } else {
                "nmod"
            };
        }
    }
    for (k, head) in heads.iter_mut().enumerate().skip(1) {
        if prefix.contains(head) && !prefix.contains(&k) && k != h {
            *head = match clause {
                Some(c) if k > h && k != c => c,
                _ => h,
            };
        }
    }
    heads[b] = h;
    rels[b] = "amod";
    heads[a + 1] = b;
    rels[a + 1] = "punct";
    heads[a] = b;
    rels[a] = match xpos[a - 1] {
        "JJ" => "amod",
        "RB" => "advmod",
        _ => "compound",
    };
}

/// Puts verb `v` in the place of word `old` (its head and relation), hangs
/// `old` on it as `old_rel`, and gives it what `old` held after it.
fn take_place<'a>(
    heads: &mut [usize],
    rels: &mut [&'a str],
    v: usize,
    old: usize,
    old_rel: &'a str,
) {
    heads[v] = heads[old];
    rels[v] = rels[old];
    heads[old] = v;
    rels[old] = old_rel;
    for h in heads.iter_mut().skip(v + 1) {
        if *h == old {
            *h = v;
        }
    }
}

/// Makes a repair, and undoes it unless the words still make a tree.
fn tree_kept<'a>(
    heads: &mut [usize],
    rels: &mut [&'a str],
    repair: impl FnOnce(&mut [usize], &mut [&'a str]),
) -> bool {
    let saved = (heads.to_vec(), rels.to_vec());
    repair(heads, rels);
    if is_tree(heads) {
        return true;
    }
    heads.copy_from_slice(&saved.0);
    rels.copy_from_slice(&saved.1);
    false
}

/// Every word reaches the root, and one word hangs from it.
fn is_tree(heads: &[usize]) -> bool {
    let n = heads.len() - 1;
    if (1..=n).filter(|&k| heads[k] == 0).count() != 1 {
        return false;
    }
    (1..=n).all(|mut k| {
        for _ in 0..=n {
            if k == 0 {
                return true;
            }
            k = heads[k];
        }
        false
    })
}

/// Participles in -ing that, before a name, describe it ("neighbouring
/// Lebanon", "warring Sudan") rather than take it as an object.
const DESCRIBING_ING: &[&str] = &["neighboring", "neighbouring", "surrounding", "warring"];

/// "withdraw its troops from neighbouring Lebanon": the tagger reads such a
/// word after a preposition as a gerund taking the name as its object. One
/// of [`DESCRIBING_ING`] right before a proper noun is an adjective.
/// Returns those words.
pub fn describing_participle_before_name(forms: &[&str], xpos: &[&str]) -> Vec<usize> {
    (0..forms.len().saturating_sub(1))
        .filter(|&i| {
            xpos[i] == "VBG"
                && matches!(xpos[i + 1], "NNP" | "NNPS")
                && DESCRIBING_ING.contains(&&*lower(forms[i]))
        })
        .collect()
}

/// The tree of "from neighbouring Lebanon" when the parser read the word
/// as a clause of its own ("from" its marker, the name its object or the
/// verb's): the name is the phrase, "from" its preposition, the word its
/// modifier.
/// Returns the name.
pub fn describing_participle_read_as_clause(
    forms: &[&str],
    xpos: &[&str],
    heads: &mut [usize],
    rels: &mut [&str],
) -> Option<usize> {
    let n = xpos.len();
    let (w, name, mark) = (2..n).find_map(|w| {
        if !(DESCRIBING_ING.contains(&&*lower(forms[w - 1]))
            && matches!(rels[w], "advcl" | "acl")
            && matches!(xpos[w], "NNP" | "NNPS")
            && (heads[w + 1] == w || heads[w + 1] == heads[w])
            && matches!(xpos[w - 2], "IN" | "TO")
            && heads[w - 1] == w)
        {
            return None;
        }
        Some((w, w + 1, w - 1))
    })?;
    let head = heads[w];
    let rel = if head > 0 && xpos[head - 1].starts_with("VB") {
        "obl"
    } else {
        "nmod"
    };
    tree_kept(heads, rels, |heads, rels| {
        for h in heads.iter_mut() {
            if *h == w {
                *h = name;
            }
        }
        heads[name] = head;
        rels[name] = rel;
        heads[w] = name;
        rels[w] = "amod";
        heads[mark] = name;
        rels[mark] = "case";
    })
    .then_some(name)
}

/// "In what was described as a policy shift, the president cancelled …":
/// the parser sometimes makes the opening free relative's verb the root and
/// the statement's verb its conjunct, with the statement's subject in
/// apposition to the opening's last noun. An opening "In/By/With what …"
/// that ends at a comma is a circumstance: the verb after the comma is the
/// root, the phrase of nouns right before it its subject. Returns the verb.
pub fn opening_what_read_as_root(
    forms: &[&str],
    xpos: &[&str],
    heads: &mut [usize],
    rels: &mut [&str],
) -> Option<usize> {
    let n = xpos.len();
    if n < 6 || xpos[0] != "IN" || lower(forms[1]) != "what" {
        return None;
    }
    let comma = forms.iter().position(|&f| f == ",")? + 1;
    let root = (1..=n).find(|&k| heads[k] == 0)?;
    if root >= comma {
        return None;
    }
    let v = (comma + 1..=n).find(|&v| {
        heads[v] == root
            && matches!(rels[v], "conj" | "parataxis")
            && matches!(xpos[v - 1], "VBD" | "VBZ" | "VBP" | "VBN")
    })?;
    // The subject: the one word between the comma and the verb (its
    // auxiliaries aside) whose head lies before the comma.
    let mut outside =
        (comma + 1..v).filter(|&k| heads[k] != v && !(comma + 1..v).contains(&heads[k]));
    let subject = outside.next()?;
    if outside.next().is_some() || !NOUN.contains(&xpos[subject - 1]) {
        return None;
    }
    tree_kept(heads, rels, |heads, rels| {
        take_place(heads, rels, v, root, "advcl");
        heads[subject] = v;
        rels[subject] = "nsubj";
        if heads[comma] == root || heads[comma] == subject {
            heads[comma] = root;
        }
    })
    .then_some(v)
}

/// "extradited a suspected militant to Britain", "sent troops to the
/// border": the tagger sometimes reads "to" after a noun as the
/// infinitive's marker, and the parser then makes the noun after it a
/// clause. An infinitive's "to" comes before a verb; "to" before a proper
/// noun, a determiner or a possessive is a preposition. (Not before a
/// number: "granted asylum to five officers" then parses worse, the number
/// taking the phrase.) Returns those words.
pub fn to_before_noun_is_a_preposition(forms: &[&str], xpos: &[&str]) -> Vec<usize> {
    (0..forms.len().saturating_sub(1))
        .filter(|&i| {
            xpos[i] == "TO"
                && forms[i].eq_ignore_ascii_case("to")
                && matches!(xpos[i + 1], "NNP" | "NNPS" | "DT" | "PRP$" | "PDT")
        })
        .collect()
}

/// Fine tags of the words that modify a noun before it, down to its
/// determiner ("a key U.S.", "Russia 's closest").
const PRENOMINAL: &[&str] = &["JJ", "JJS", "NNP", "NNPS", "VBN", "CD"];
/// Fine tags that open a noun phrase.
const DETERMINER: &[&str] = &["DT", "PRP$", "POS"];

/// Whether the words before `i` are a noun phrase's opening: a
/// determiner, a possessive or a genitive, then only modifiers.
fn after_determiner(xpos: &[&str], i: usize) -> bool {
    let start = (0..i).rev().find(|&k| !PRENOMINAL.contains(&xpos[k]));
    start.is_some_and(|k| DETERMINER.contains(&xpos[k]))
}

/// Nouns in -ly, which the tagger reads as adverbs even before a verb
/// ("the national assembly voted", "its closest ally said").
const NOUN_IN_LY: &[&str] = &[
    "ally", "assembly", "rally", "family", "monopoly", "anomaly", "supply", "reply", "tally",
];
/// Adverbs in -ly that do follow a noun phrase's words ("the U.S. only").
const ADVERB_AFTER_NOUN: &[&str] = &[
    "only", "early", "likely", "daily", "weekly", "monthly", "yearly", "hourly", "nightly",
];

/// "Pakistan, a key U.S. ally in the region, …", "held a rally outside
/// the embassy": the tagger reads nouns in -ly as adverbs, and the parser
/// then loses the noun phrase (the ally's nationality becomes a conjunct of
/// the subject). A word in -ly inside a noun phrase — after its
/// determiner or possessive and only modifiers (adjectives, names,
/// numbers) — followed by punctuation, a preposition or a conjunction is
/// the phrase's noun; so is a noun in -ly the tagger knows badly before a
/// verb ([`NOUN_IN_LY`]). An adverb comes before what it modifies ("the
/// U.S. swiftly condemned", "a fully armed unit"). Returns those words.
pub fn noun_in_ly_read_as_adverb(forms: &[&str], xpos: &[&str]) -> Vec<usize> {
    let n = forms.len();
    (1..n)
        .filter(|&i| {
            if xpos[i] != "RB" || !forms[i].ends_with("ly") || forms[i].len() < 4 {
                return false;
            }
            let word = lower(forms[i]);
            let closes = i + 1 == n
                || matches!(
                    xpos[i + 1],
                    "," | "." | ":" | "IN" | "TO" | "CC" | "POS" | "-RRB-" | "''"
                ) && !forms[i + 1].eq_ignore_ascii_case("than");
            let noun = NOUN_IN_LY.contains(&&*word);
            (closes || noun)
                && !ADVERB_AFTER_NOUN.contains(&&*word)
                && (DETERMINER.contains(&xpos[i - 1]) || PRENOMINAL.contains(&xpos[i - 1]))
                && after_determiner(xpos, i)
        })
        .collect()
}

/// "detained a Chinese national in Lagos", "extradited a suspected
/// militant to Britain": the tagger reads a noun that is also an adjective
/// as one even where nothing follows it in its phrase. An adjective after
/// "a" or "an" and only modifiers, followed by punctuation or a preposition,
/// has no noun to modify: it is the noun ("a few", "a little hard to …"
/// excepted).
/// Returns those words.
pub fn adjective_read_as_noun(forms: &[&str], xpos: &[&str]) -> Vec<usize> {
    let n = forms.len();
    (1..n.saturating_sub(1))
        .filter(|&i| {
            // A comma may join two adjectives ("a good, cheap coat"), and
            // a preposition open a compound ("a secure on-line service").
            let preposition = matches!(xpos[i + 1], "IN" | "TO")
                && !forms[i + 1].eq_ignore_ascii_case("than")
                && xpos.get(i + 2) != Some(&"HYPH");
            if xpos[i] != "JJ" || !(preposition || matches!(xpos[i + 1], "." | ":")) {
                return false;
            }
            let Some(start) = (0..i).rev().find(|&k| !matches!(xpos[k], "JJ" | "VBN")) else {
                return false;
            };
            // "a little hard to read", "a few in the crowd".
            let degree = |k: usize| matches!(&*lower(forms[k]), "few" | "little" | "lot" | "bit");
            xpos[start] == "DT"
                && matches!(&*lower(forms[start]), "a" | "an")
                && !(start + 1..=i).any(degree)
        })
        .collect()
}

/// "imposed an arms embargo on …", "signed a weapons deal": a plural
/// noun right after "a" or "an" cannot be the noun the article goes with;
/// it modifies the word after it, which the tagger, seeing a plural
/// before it, read as a present tense. That word is a singular noun.
/// Returns those words.
pub fn noun_after_plural_modifier(forms: &[&str], xpos: &[&str]) -> Vec<usize> {
    (2..forms.len())
        .filter(|&i| {
            matches!(xpos[i], "VBP" | "VB")
                && xpos[i - 1] == "NNS"
                && xpos[i - 2] == "DT"
                && matches!(&*lower(forms[i - 2]), "a" | "an")
        })
        .collect()
}

/// The modal verbs: a closed class, so a word the tagger reads as one and
/// is not among them is a verb it never saw ("Australia withheld aid").
const MODALS: &[&str] = &[
    "can", "could", "may", "might", "must", "shall", "should", "will", "would", "'ll", "'d", "wo",
    "ca", "ought", "need", "dare", "cannot",
];

/// "Australia withheld aid from Jordan": a word tagged as a modal that is
/// none is a past tense, and the base form the modal made of the noun
/// after it is a noun. Returns the past tenses and the nouns.
pub fn unknown_word_read_as_modal(forms: &[&str], xpos: &[&str]) -> (Vec<usize>, Vec<usize>) {
    let mut past = Vec::new();
    let mut nouns = Vec::new();
    for i in 0..forms.len() {
        if xpos[i] != "MD" || MODALS.contains(&&*lower(forms[i])) {
            continue;
        }
        past.push(i);
        if i + 1 < forms.len() && xpos[i + 1] == "VB" {
            nouns.push(i + 1);
        }
    }
    (past, nouns)
}

/// Forms of "be", which make a participle after them passive.
const BE: &[&str] = &[
    "be", "is", "are", "was", "were", "been", "being", "'s", "'re", "am",
];

/// "Croatia is investigating abuses by its police, an official said": with
/// a statement in the progressive closed by its source, the parser
/// sometimes hangs the statement's subject and auxiliary on the verb of
/// saying (as its subject and copula) and keeps only the rest as its
/// complement. A verb of saying with a subject of its own after its
/// complement cannot have another before it: what hangs on it before the
/// complement's verb is the complement's (its subject, its auxiliary: a
/// form of "be" before a participle is the passive's). Returns the
/// complement's verb.
pub fn statement_subject_hung_on_saying(
    forms: &[&str],
    xpos: &[&str],
    heads: &mut [usize],
    rels: &mut [&str],
) -> Option<usize> {
    let n = xpos.len();
    let (s, c) = (2..=n).find_map(|s| {
        if !matches!(xpos[s - 1], "VBD" | "VBZ" | "VBP") || !SAYING.contains(&&*lower(forms[s - 1]))
        {
            return None;
        }
        let c = (1..s).find(|&c| heads[c] == s && rels[c] == "ccomp")?;
        let subject = |k: usize| heads[k] == s && rels[k].starts_with("nsubj");
        ((1..c).any(subject) && (c + 1..s).any(subject)).then_some((s, c))
    })?;
    let verb = xpos[c - 1].starts_with("VB");
    tree_kept(heads, rels, |heads, rels| {
        for k in 1..c {
            if heads[k] != s {
                continue;
            }
            heads[k] = c;
            if rels[k] == "cop" && verb {
                let passive = xpos[c - 1] == "VBN" && BE.contains(&&*lower(forms[k - 1]));
                rels[k] = if passive { "aux:pass" } else { "aux" };
            }
        }
    })
    .then_some(c)
}

/// "Hungarian Prime Minister Viktor Orban, a close ally of Trump, said he
/// would not attend": after a long subject with an appositive the parser
/// sometimes hangs the name on the verb of saying as its complement. A noun
/// or name hung as the complement of a verb of saying that stands before
/// it, the verb having no subject, is its subject. Returns the noun.
pub fn speaker_read_as_complement(
    forms: &[&str],
    xpos: &[&str],
    heads: &mut [usize],
    rels: &mut [&str],
) -> Option<usize> {
    let n = xpos.len();
    let c = (1..n).find(|&c| {
        let s = heads[c];
        s > c
            && rels[c] == "ccomp"
            && matches!(xpos[c - 1], "NN" | "NNS" | "NNP" | "NNPS")
            && matches!(xpos[s - 1], "VBD" | "VBZ" | "VBP")
            && SAYING.contains(&&*lower(forms[s - 1]))
            && !(1..=n).any(|k| heads[k] == s && rels[k].starts_with("nsubj"))
    })?;
    tree_kept(heads, rels, |_, rels| rels[c] = "nsubj").then_some(c)
}

/// "said on Tuesday that Chile would recall its envoy": after a time
/// phrase the tagger may read the conjunction "that" as a relative
/// pronoun, and the parser make it the subject of the clause it opens.
/// A "that" hung as the subject of a complement's verb that has another
/// subject after it, whose phrase starts right after the "that", is the
/// clause's conjunction (`mark`); in a relative clause ("a risk that we
/// took") it is left alone. Returns the "that".
pub fn that_read_as_subject(
    forms: &[&str],
    heads: &mut [usize],
    rels: &mut [&str],
) -> Option<usize> {
    let n = heads.len() - 1;
    let t = (1..n).find(|&t| {
        let v = heads[t];
        forms[t - 1].eq_ignore_ascii_case("that")
            && rels[t] == "nsubj"
            && v > t + 1
            && rels[v] == "ccomp"
            && (t + 1..v).any(|k| {
                heads[k] == v
                    && rels[k].starts_with("nsubj")
                    && (t + 1..=k).all(|j| under(heads, j, k))
            })
    })?;
    rels[t] = "mark";
    Some(t)
}

/// "accused Israel of launching missiles at …": the parser sometimes
/// reads a gerund after its preposition as a modifier of its object ("of
/// launching missiles" like "of flying saucers"), the gerund's phrase then
/// a noun phrase whose subject is the noun before the preposition. A
/// gerund with its own conjunction ("of", "against" …) cannot modify a
/// noun: it takes the noun's place (an adverbial clause of a verb, a
/// clause of a noun), the noun becomes its object, and what hung on the
/// noun before the preposition goes to the noun's head (a subject there is
/// the head's object: "Israel"). Returns the gerund.
pub fn gerund_read_as_modifier(
    xpos: &[&str],
    heads: &mut [usize],
    rels: &mut [&str],
) -> Option<usize> {
    let n = xpos.len();
    let (g, noun, mark) = (2..=n).find_map(|g| {
        let noun = heads[g];
        if xpos[g - 1] != "VBG"
            || !matches!(rels[g], "amod" | "compound")
            || noun <= g
            || !NOUN.contains(&xpos[noun - 1])
            || heads[noun] == 0
        {
            return None;
        }
        let mark = (1..g).find(|&k| heads[k] == g && rels[k] == "mark" && xpos[k - 1] == "IN")?;
        Some((g, noun, mark))
    })?;
    let h = heads[noun];
    let verb = xpos[h - 1].starts_with("VB");
    tree_kept(heads, rels, |heads, rels| {
        heads[g] = h;
        rels[g] = if verb { "advcl" } else { "acl" };
        heads[noun] = g;
        rels[noun] = "obj";
        for k in 1..mark {
            if heads[k] == noun {
                heads[k] = h;
                if rels[k].starts_with("nsubj") && verb {
                    rels[k] = "obj";
                }
            }
        }
    })
    .then_some(g)
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
    fn two_modifiers_joined_by_a_conjunction_are_conjuncts() {
        // "Israeli and Hamas delegations held talks": all three on the noun.
        let xpos = ["JJ", "CC", "NNP", "NNS", "VBD", "NNS"];
        let mut heads = vec![0, 4, 4, 4, 5, 0, 5];
        let mut rels = vec!["", "amod", "cc", "compound", "nsubj", "root", "obj"];
        assert_eq!(
            super::coordinated_modifiers(&xpos, &mut heads, &mut rels),
            [3]
        );
        assert_eq!((heads[3], rels[3], heads[2]), (1, "conj", 3));
        // A comma tagged as itself is no conjunction; a verb after "and" is
        // no modifier.
        let xpos = ["JJ", ",", "NNP", "NNS", "VBD"];
        let mut heads = vec![0, 4, 4, 4, 5, 0];
        let mut rels = vec!["", "amod", "cc", "compound", "nsubj", "root"];
        assert!(super::coordinated_modifiers(&xpos, &mut heads, &mut rels).is_empty());
        let xpos = ["JJ", "CC", "VBN", "NNS", "VBD"];
        let mut heads = vec![0, 4, 4, 4, 5, 0];
        let mut rels = vec!["", "amod", "cc", "amod", "nsubj", "root"];
        assert!(super::coordinated_modifiers(&xpos, &mut heads, &mut rels).is_empty());
    }

    #[test]
    fn a_participle_before_a_closing_attribution_is_the_predicate() {
        assert_eq!(
            find(
                "Protesters marched through Santiago on Thursday , police said .",
                "NNS VBN IN NNP IN NNP , NNS VBD ."
            ),
            Some(1)
        );
        // Not when the statement has its own finite verb.
        assert_eq!(
            find(
                "Protesters who marched were arrested on Thursday , police said .",
                "NNS WP VBN VBD VBN IN NNP , NNS VBD ."
            ),
            None
        );
    }

    #[test]
    fn an_irregular_past_read_as_a_noun_after_its_subject_is_the_verb() {
        let forms: Vec<&str> = "The Turkish lira fell sharply .".split(' ').collect();
        let xpos = ["DT", "JJ", "NN", "NN", "RB", "."];
        assert_eq!(super::irregular_past_read_as_noun(&forms, &xpos), [3]);
        // Not after a number ("in one fell swoop").
        let forms: Vec<&str> = "in one fell swoop".split(' ').collect();
        let xpos = ["IN", "CD", "JJ", "NN"];
        assert!(super::irregular_past_read_as_noun(&forms, &xpos).is_empty());
    }

    #[test]
    fn a_participle_joined_to_a_word_before_it_is_the_predicate() {
        // "dive-bombed", cut in three: the subject ends before "dive".
        assert_eq!(
            find(
                "Turkish jets dive - bombed rebel posts overnight .",
                "JJ NNS JJ HYPH VBN NN NNS RB ."
            ),
            Some(4)
        );
        // A capitalised first half makes a modifier ("Saudi-led").
        assert_eq!(
            find(
                "Rebels near Saudi - led troops here .",
                "NNS IN NNP HYPH VBN NNS RB ."
            ),
            None
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
        // The accord , signed in Oslo , calls for talks : the participle
        // made the verb's subject.
        let xpos = [
            "DT", "NN", ",", "VBN", "IN", "NNP", ",", "VBZ", "IN", "NNS", ".",
        ];
        let mut heads = vec![0, 2, 4, 2, 8, 6, 4, 4, 0, 10, 8, 8];
        let mut rels = vec![
            "", "det", "nsubj", "punct", "nsubj", "case", "obl", "punct", "root", "case", "obl",
            "punct",
        ];
        assert_eq!(
            super::reduced_relative(&xpos, &mut heads, &mut rels),
            Some(4)
        );
        assert_eq!((heads[2], rels[2]), (8, "nsubj"));
        assert_eq!((heads[4], rels[4]), (2, "acl"));
        // With its own auxiliary the participle is a clause of its own.
        let xpos = ["NNS", "VBP", "VBN", "IN", "NNP", "VBD", "."];
        let mut heads = vec![0, 3, 3, 6, 5, 3, 0, 6];
        let mut rels = vec!["", "nsubj", "aux", "ccomp", "case", "obl", "root", "punct"];
        assert_eq!(super::reduced_relative(&xpos, &mut heads, &mut rels), None);
    }

    #[test]
    fn a_clause_hung_under_a_hyphenated_participle_takes_its_place() {
        // Vietnamese - led forces have retaken a village .
        let forms = [
            "Vietnamese",
            "-",
            "led",
            "forces",
            "have",
            "retaken",
            "a",
            "village",
            ".",
        ];
        let xpos = ["JJ", "HYPH", "VBN", "NNS", "VBP", "VBN", "DT", "NN", "."];
        let mut heads = vec![0, 3, 1, 0, 6, 6, 3, 8, 6, 3];
        let mut rels = vec![
            "", "advmod", "punct", "root", "nsubj", "aux", "conj", "det", "obj", "punct",
        ];
        let repaired = super::hyphenated_modifiers(&forms, &xpos, &mut heads, &mut rels);
        assert_eq!(repaired, vec![4]);
        assert_eq!((heads[6], rels[6]), (0, "root"));
        assert_eq!((heads[4], rels[4]), (6, "nsubj"));
        assert_eq!((heads[3], rels[3]), (4, "amod"));
        assert_eq!((heads[1], heads[2], heads[9]), (3, 3, 6));
        // Already a modifier of its noun: left as it is.
        let before = heads.clone();
        assert!(super::hyphenated_modifiers(&forms, &xpos, &mut heads, &mut rels).is_empty());
        assert_eq!(heads, before);
    }

    #[test]
    fn a_statement_opening_with_a_plural_opens_with_a_noun() {
        let check = |s: &str, tags: &str| {
            let forms: Vec<&str> = s.split(' ').collect();
            let xpos: Vec<&str> = tags.split(' ').collect();
            super::sentence_initial_plural(&forms, &xpos)
        };
        assert_eq!(
            check(
                "Talks between the two sides resumed on Monday .",
                "VBZ IN DT CD NNS VBD IN NNP ."
            ),
            Some(0)
        );
        // A verb that opens a clause, a question, or no other verb: left alone.
        assert_eq!(
            check("Seems as if they will agree .", "VBZ IN IN PRP MD VB ."),
            None
        );
        assert_eq!(
            check("Does the plan work for you ?", "VBZ DT NN VB IN PRP ."),
            None
        );
        assert_eq!(check("Sounds good to me .", "VBZ JJ IN PRP ."), None);
    }

    #[test]
    fn a_title_and_name_take_the_subjects_place_and_leave_the_date_alone() {
        // On Monday Japanese Foreign Minister Yoko Kamikawa met Blinken .
        let forms = [
            "On", "Monday", "Japanese", "Foreign", "Minister", "Yoko", "Kamikawa", "met",
            "Blinken", ".",
        ];
        let xpos = [
            "IN", "NNP", "JJ", "NNP", "NNP", "NNP", "NNP", "VBD", "NNP", ".",
        ];
        let mut heads = vec![0, 2, 8, 8, 5, 6, 3, 6, 0, 8, 8];
        let mut rels = vec![
            "",
            "case",
            "obl",
            "nsubj",
            "amod",
            "nmod:desc",
            "obl",
            "flat",
            "root",
            "obj",
            "punct",
        ];
        assert_eq!(
            super::titled_names(&forms, &xpos, &mut heads, &mut rels),
            vec![6]
        );
        assert_eq!((heads[6], rels[6]), (8, "nsubj"));
        assert_eq!((heads[3], rels[3]), (6, "amod"));
        assert_eq!((heads[2], rels[2]), (8, "obl"));
    }

    #[test]
    fn a_past_tense_read_as_a_reported_nouns_relative_becomes_the_clause() {
        // Rebels seized two towns , officials said .
        let xpos = ["NNS", "VBN", "CD", "NNS", ",", "NNS", "VBD", "."];
        let mut heads = vec![0, 7, 1, 4, 2, 1, 7, 0, 7];
        let mut rels = vec![
            "", "ccomp", "acl", "nummod", "obj", "punct", "nsubj", "root", "punct",
        ];
        assert_eq!(
            super::past_tense_read_as_relative(&xpos, &mut heads, &mut rels),
            Some(2)
        );
        assert_eq!((heads[2], rels[2]), (7, "ccomp"));
        assert_eq!((heads[1], rels[1]), (2, "nsubj"));
        assert_eq!(heads[5], 2, "the comma goes with the clause");
        // A headline's noun phrase with a participle and no object is left alone:
        // Rebels killed in raid
        let xpos = ["NNS", "VBN", "IN", "NN"];
        let mut heads = vec![0, 0, 1, 4, 2];
        let mut rels = vec!["", "root", "acl", "case", "obl"];
        assert_eq!(
            super::past_tense_read_as_relative(&xpos, &mut heads, &mut rels),
            None
        );
        assert_eq!(heads, [0, 0, 1, 4, 2]);
    }

    #[test]
    fn two_subjects_joined_by_and_on_the_verb_are_one_coordinated_subject() {
        // The government and the TPLF signed a deal .
        let mut heads = vec![0, 2, 6, 6, 5, 6, 0, 8, 6, 6];
        let mut rels = vec![
            "", "det", "nsubj", "cc", "det", "nsubj", "root", "det", "obj", "punct",
        ];
        let xpos = ["DT", "NN", "CC", "DT", "NNP", "VBD", "DT", "NN", "."];
        assert_eq!(
            super::coordinated_subjects(&xpos, &mut heads, &mut rels),
            vec![5]
        );
        assert_eq!((heads[5], rels[5]), (2, "conj"));
        assert_eq!(heads[3], 5);
        // One subject: nothing to do.
        let mut heads = vec![0, 2, 3, 0, 3];
        let mut rels = vec!["", "det", "nsubj", "root", "obj"];
        assert!(
            super::coordinated_subjects(&["DT", "NN", "VBD", "NN"], &mut heads, &mut rels)
                .is_empty()
        );
        // activist Ivan Petrovsky was sentenced .
        let xpos = ["NN", "NNP", "NNP", "VBD", "VBN", "."];
        let mut heads = vec![0, 5, 5, 2, 5, 0, 5];
        let mut rels = vec![
            "",
            "nsubj:pass",
            "nsubj:pass",
            "flat",
            "aux:pass",
            "root",
            "punct",
        ];
        assert_eq!(
            super::coordinated_subjects(&xpos, &mut heads, &mut rels),
            vec![1]
        );
        assert_eq!((heads[1], rels[1]), (2, "compound"));
    }

    #[test]
    fn an_opening_gerund_before_a_finite_verb_is_the_acts_noun() {
        let (f, x) = split(
            "Fighting broke out between the two armies .",
            "VBG VBD RP IN DT CD NNS .",
        );
        assert_eq!(super::sentence_initial_act_noun(&f, &x), Some(0));
        // Before an auxiliary it is a clause of its own ("Walking is …"
        // aside, "Having said that" is no subject).
        let (f, x) = split("Talking was hard .", "VBG VBD JJ .");
        assert_eq!(super::sentence_initial_act_noun(&f, &x), None);
        let (f, x) = split(
            "Having signed the deal , they left .",
            "VBG VBN DT NN , PRP VBD .",
        );
        assert_eq!(super::sentence_initial_act_noun(&f, &x), None);
    }

    #[test]
    fn a_second_subject_after_an_active_verb_is_its_object() {
        // President Joe Biden hosted Kenyan President William Ruto .
        let xpos = ["NNP", "NNP", "NNP", "VBD", "NNP", "NNP", "NNP", "NNP", "."];
        let mut heads = vec![0, 2, 4, 2, 0, 6, 7, 4, 7, 4];
        let mut rels = vec![
            "",
            "nmod:desc",
            "nsubj",
            "flat",
            "root",
            "compound",
            "nmod:desc",
            "nsubj",
            "flat",
            "punct",
        ];
        assert_eq!(
            super::coordinated_subjects(&xpos, &mut heads, &mut rels),
            vec![7]
        );
        assert_eq!((heads[7], rels[7]), (4, "obj"));
        // The first subject is not made a description across the verb.
        assert_eq!((heads[2], rels[2]), (4, "nsubj"));
        // "you … there's no such Smith": an existential verb keeps its subject.
        let xpos = ["PRP", "EX", "VBZ", "DT", "NNP", "."];
        let mut heads = vec![0, 3, 3, 0, 5, 3, 3];
        let mut rels = vec!["", "nsubj", "expl", "root", "det", "nsubj", "punct"];
        assert!(super::coordinated_subjects(&xpos, &mut heads, &mut rels).is_empty());
        assert_eq!(rels[5], "nsubj");
    }

    fn split<'a>(s: &'a str, tags: &'a str) -> (Vec<&'a str>, Vec<&'a str>) {
        (s.split(' ').collect(), tags.split(' ').collect())
    }

    #[test]
    fn a_participle_between_a_subject_and_its_object_is_a_past_tense() {
        let (f, x) = split(
            "Officials said border troops chased the smugglers into the hills .",
            "NNS VBD NN NNS VBN DT NNS IN DT NNS .",
        );
        assert_eq!(super::past_tense_before_object(&f, &x), vec![4]);
        let (f, x) = split(
            "On Friday , navy ships towed its trawler to port .",
            "IN NNP , NN NNS VBN PRP$ NN IN NN .",
        );
        assert_eq!(super::past_tense_before_object(&f, &x), vec![5]);
        // A participle that takes a noun, a time after it, a noun phrase
        // after a preposition or after "have": left alone.
        for (s, t) in [
            ("a militia called the Guardians", "DT NN VBN DT NNPS"),
            ("the accord signed last year", "DT NN VBN JJ NN"),
            ("the accord signed three years ago", "DT NN VBN CD NNS RB"),
            ("in a letter sent the minister", "IN DT NN VBN DT NN"),
            (
                "in a letter delivered the day before",
                "IN DT NN VBN DT NN RB",
            ),
            (
                "they had their boat searched the next day",
                "PRP VBD PRP$ NN VBN DT JJ NN",
            ),
            ("the reports seen the most", "DT NNS VBN DT RBS"),
        ] {
            let (f, x) = split(s, t);
            assert!(super::past_tense_before_object(&f, &x).is_empty(), "{s}");
        }
    }

    #[test]
    fn a_plural_after_an_adverb_after_the_subject_is_a_verb() {
        let (f, x) = split(
            "Tehran routinely denies arming the militias .",
            "NNP RB NNS VBG DT NNS .",
        );
        assert_eq!(super::plural_after_adverb(&f, &x), vec![(2, "VBZ")]);
        let (f, x) = split(
            "The rebels regularly target convoys .",
            "DT NNS RB NN NNS .",
        );
        assert_eq!(super::plural_after_adverb(&f, &x), vec![(3, "VBP")]);
        // After a singular subject a singular noun is left alone.
        let (f, x) = split("the army recently support", "DT NN RB NN");
        assert!(super::plural_after_adverb(&f, &x).is_empty());
        // Not after a noun phrase, or after "only" / "early": left alone.
        let (f, x) = split("they voted for early elections .", "PRP VBD IN RB NNS .");
        assert!(super::plural_after_adverb(&f, &x).is_empty());
        let (f, x) = split("the army only weapons", "DT NN RB NNS");
        assert!(super::plural_after_adverb(&f, &x).is_empty());
    }

    #[test]
    fn a_clause_hung_on_the_full_stop_goes_to_the_verb_the_stop_is_on() {
        // The agency said the rebels shelled a market .
        let xpos = ["DT", "NN", "VBD", "DT", "NNS", "VBD", "DT", "NN", "."];
        let mut heads = vec![0, 2, 3, 0, 5, 6, 9, 8, 6, 3];
        let mut rels = vec![
            "", "det", "nsubj", "root", "det", "nsubj", "advcl", "det", "obj", "punct",
        ];
        assert_eq!(
            super::punctuation_heads_nothing(&xpos, &mut heads, &mut rels),
            vec![6]
        );
        assert_eq!((heads[6], rels[6]), (3, "ccomp"));
        // With "when" it is an adverbial clause: Two died when troops fired .
        let xpos = ["CD", "VBD", "WRB", "NNS", "VBD", "."];
        let mut heads = vec![0, 2, 0, 5, 5, 6, 2];
        let mut rels = vec!["", "nsubj", "root", "advmod", "nsubj", "csubj", "punct"];
        assert_eq!(
            super::punctuation_heads_nothing(&xpos, &mut heads, &mut rels),
            vec![5]
        );
        assert_eq!((heads[5], rels[5]), (2, "advcl"));
        // A stop made the root gives its place to the verb hung on it:
        // But the envoy denied it .
        let xpos = ["CC", "DT", "NN", "VBD", "PRP", "."];
        let mut heads = vec![0, 6, 3, 4, 6, 4, 0];
        let mut rels = vec!["", "cc", "det", "nsubj", "compound", "obj", "root"];
        assert_eq!(
            super::punctuation_heads_nothing(&xpos, &mut heads, &mut rels),
            vec![4]
        );
        assert_eq!((heads[4], rels[4]), (0, "root"));
        assert_eq!((heads[6], rels[6]), (4, "punct"));
        assert_eq!(heads[1], 4);
        // A phrase a preposition opens on the stop is left to the parser.
        let xpos = ["NNS", "VBD", "IN", "NN", "."];
        let mut heads = vec![0, 2, 0, 4, 5, 2];
        let mut rels = vec!["", "nsubj", "root", "case", "nmod", "punct"];
        assert!(super::punctuation_heads_nothing(&xpos, &mut heads, &mut rels).is_empty());
    }

    #[test]
    fn a_number_of_victims_after_a_participle_is_its_object() {
        let (f, x) = split(
            "Militants killed at least nine guards .",
            "NNS VBN IN JJS CD NNS .",
        );
        assert_eq!(super::past_tense_before_object(&f, &x), vec![1]);
        let (f, x) = split("Shells wounded nearly 40 people .", "NNS VBN RB CD NNS .");
        assert_eq!(super::past_tense_before_object(&f, &x), vec![1]);
        // "at least" before no number, or a number of years: left alone.
        let (f, x) = split("the talks held at least twice", "DT NNS VBN IN JJS RB");
        assert!(super::past_tense_before_object(&f, &x).is_empty());
        let (f, x) = split(
            "the deal signed nearly two years ago",
            "DT NN VBN RB CD NNS RB",
        );
        assert!(super::past_tense_before_object(&f, &x).is_empty());
    }

    #[test]
    fn a_word_in_s_after_any_more_is_a_plural_noun() {
        let (f, x) = split("will not take any more migrants", "MD RB VB DT RBR VBZ");
        assert_eq!(super::plural_after_more(&f, &x), vec![5]);
        let (f, x) = split("two more soldiers", "CD JJR VBZ");
        assert_eq!(super::plural_after_more(&f, &x), vec![2]);
        // "much more remains": a verb.
        let (f, x) = split("much more remains to be done", "RB JJR VBZ TO VB VBN");
        assert!(super::plural_after_more(&f, &x).is_empty());
    }

    #[test]
    fn a_participle_after_the_second_comma_with_an_object_is_the_predicate() {
        assert_eq!(
            find(
                "The envoy , speaking in Oslo , accused the army of abuses .",
                "DT NN , VBG IN NNP , VBN DT NN IN NNS ."
            ),
            Some(7)
        );
        // One comma only, or no object after it: left alone.
        assert_eq!(
            find(
                "Speaking in Oslo , accused the army of abuses .",
                "VBG IN NNP , VBN DT NN IN NNS ."
            ),
            None
        );
    }

    #[test]
    fn a_finite_verb_hung_as_a_participles_auxiliary_is_the_nouns_verb() {
        // Troops backed by jets launched a raid .
        let forms = [
            "Troops", "backed", "by", "jets", "launched", "a", "raid", ".",
        ];
        let xpos = ["NNS", "VBN", "IN", "NNS", "VBD", "DT", "NN", "."];
        let mut heads = vec![0, 0, 1, 4, 2, 2, 7, 5, 1];
        let mut rels = vec![
            "",
            "root",
            "acl",
            "case",
            "obl:agent",
            "aux:pass",
            "det",
            "obj",
            "punct",
        ];
        assert_eq!(
            super::verb_read_as_auxiliary(&forms, &xpos, &mut heads, &mut rels),
            Some(5)
        );
        assert_eq!((heads[5], rels[5]), (0, "root"));
        assert_eq!((heads[1], rels[1]), (5, "nsubj"));
        assert_eq!(heads[8], 5);
        // A real auxiliary before its verb is left alone: Troops were backed .
        let forms = ["Troops", "were", "backed", "."];
        let xpos = ["NNS", "VBD", "VBN", "."];
        let mut heads = vec![0, 3, 3, 0, 3];
        let mut rels = vec!["", "nsubj:pass", "aux:pass", "root", "punct"];
        assert_eq!(
            super::verb_read_as_auxiliary(&forms, &xpos, &mut heads, &mut rels),
            None
        );
    }

    #[test]
    fn the_subject_of_a_phrase_between_commas_goes_to_the_verb_after_it() {
        // The envoy , speaking in Oslo , accused Kigali .
        let forms = [
            "The", "envoy", ",", "speaking", "in", "Oslo", ",", "accused", "Kigali", ".",
        ];
        let xpos = ["DT", "NN", ",", "VBG", "IN", "NNP", ",", "VBD", "NNP", "."];
        let mut heads = vec![0, 2, 4, 4, 8, 6, 4, 8, 0, 8, 8];
        let mut rels = vec![
            "", "det", "nsubj", "punct", "advcl", "case", "obl", "punct", "root", "obj", "punct",
        ];
        assert_eq!(
            super::subject_of_participle_phrase(&forms, &xpos, &mut heads, &mut rels),
            Some(2)
        );
        assert_eq!((heads[2], rels[2]), (8, "nsubj"));
        // The verb has a subject of its own: left alone.
        assert_eq!(
            super::subject_of_participle_phrase(&forms, &xpos, &mut heads, &mut rels),
            None
        );
    }

    #[test]
    fn a_word_that_can_only_be_a_past_tense_is_one_after_its_subject() {
        let (f, x) = split("a loud blast shook windows", "DT JJ NN NN NNS");
        assert_eq!(super::irregular_past_read_as_noun(&f, &x), vec![3]);
        // Not after a noun: left alone.
        let (f, x) = split("and shook hands", "CC NN NNS");
        assert!(super::irregular_past_read_as_noun(&f, &x).is_empty());
    }

    #[test]
    fn the_subject_of_a_reported_clause_is_not_the_object_of_saying() {
        // Police say gunmen killed two guards .
        let forms = ["Police", "say", "gunmen", "killed", "two", "guards", "."];
        let xpos = ["NNS", "VBP", "NNS", "VBD", "CD", "NNS", "."];
        let mut heads = vec![0, 2, 0, 2, 3, 6, 4, 2];
        let mut rels = vec!["", "nsubj", "root", "obj", "acl", "nummod", "obj", "punct"];
        assert_eq!(
            super::reported_subject_read_as_object(&forms, &xpos, &mut heads, &mut rels),
            Some(4)
        );
        assert_eq!((heads[4], rels[4]), (2, "ccomp"));
        assert_eq!((heads[3], rels[3]), (4, "nsubj"));
        // Officials say raids have increased .
        let forms = ["Officials", "say", "raids", "have", "increased", "."];
        let xpos = ["NNS", "VBP", "NNS", "VBP", "VBN", "."];
        let mut heads = vec![0, 2, 0, 2, 5, 2, 2];
        let mut rels = vec!["", "nsubj", "root", "obj", "aux", "ccomp", "punct"];
        assert_eq!(
            super::reported_subject_read_as_object(&forms, &xpos, &mut heads, &mut rels),
            Some(5)
        );
        assert_eq!((heads[3], rels[3]), (5, "nsubj"));
        // Not a verb of saying: Police stopped gunmen who fled .
        let forms = ["Police", "stopped", "gunmen", "fled", "."];
        let xpos = ["NNS", "VBD", "NNS", "VBD", "."];
        let mut heads = vec![0, 2, 0, 2, 3, 2];
        let mut rels = vec!["", "nsubj", "root", "obj", "acl", "punct"];
        assert_eq!(
            super::reported_subject_read_as_object(&forms, &xpos, &mut heads, &mut rels),
            None
        );
    }

    #[test]
    fn a_date_that_opens_a_statement_is_not_its_root() {
        // On May 2 , a bomb killed 8 people .
        let forms = [
            "On", "May", "2", ",", "a", "bomb", "killed", "8", "people", ".",
        ];
        let xpos = ["IN", "NNP", "CD", ",", "DT", "NN", "VBD", "CD", "NNS", "."];
        let mut heads = vec![0, 3, 3, 0, 3, 6, 3, 3, 9, 7, 3];
        let mut rels = vec![
            "",
            "case",
            "nmod:unmarked",
            "root",
            "punct",
            "det",
            "appos",
            "acl",
            "nummod",
            "obj",
            "punct",
        ];
        assert_eq!(
            super::opening_phrase_read_as_root(&forms, &xpos, &mut heads, &mut rels),
            Some(7)
        );
        assert_eq!((heads[7], rels[7]), (0, "root"));
        assert_eq!((heads[3], rels[3]), (7, "obl"));
        assert_eq!((heads[6], rels[6]), (7, "nsubj"));
        assert_eq!(heads[10], 7);
        // A real relative clause on the root is left alone:
        // Talks , which officials set
        let forms = ["Talks", ",", "which", "officials", "set"];
        let xpos = ["NNS", ",", "WDT", "NNS", "VBD"];
        let mut heads = vec![0, 0, 1, 5, 5, 1];
        let mut rels = vec!["", "root", "punct", "obj", "nsubj", "acl:relcl"];
        assert_eq!(
            super::opening_phrase_read_as_root(&forms, &xpos, &mut heads, &mut rels),
            None
        );
    }

    #[test]
    fn a_copular_clause_before_a_comma_keeps_its_root() {
        // These are drills , and no one has a say .
        let forms = [
            "These", "are", "drills", ",", "and", "no", "one", "has", "a", "say", ".",
        ];
        let xpos = [
            "DT", "VBP", "NNS", ",", "CC", "DT", "NN", "VBZ", "DT", "NN", ".",
        ];
        let mut heads = vec![0, 3, 3, 0, 8, 8, 7, 8, 3, 10, 8, 3];
        let mut rels = vec![
            "",
            "nsubj",
            "cop",
            "root",
            "punct",
            "cc",
            "det",
            "nsubj",
            "acl:relcl",
            "det",
            "obj",
            "punct",
        ];
        assert_eq!(
            super::opening_phrase_read_as_root(&forms, &xpos, &mut heads, &mut rels),
            None
        );
        assert_eq!(heads[3], 0);
    }

    #[test]
    fn the_verb_after_a_participles_phrase_between_commas_is_a_verb() {
        let (f, x) = split(
            "The accord , signed in Doha , calls for a pullout .",
            "DT NN , VBD IN NNP , NNS IN DT NN .",
        );
        assert_eq!(
            super::verb_after_phrase_set_off(&f, &x),
            vec![(7, "VBZ"), (3, "VBN")]
        );
        let (f, x) = split(
            "The talks , hosted by Oman , aim to end the war .",
            "DT NNS , VBN IN NNP , NN TO VB DT NN .",
        );
        assert_eq!(super::verb_after_phrase_set_off(&f, &x), vec![(7, "VBP")]);
        // A list of nouns, or a finite verb in the phrase: left alone.
        let (f, x) = split("Oil , gas , coal prices rose .", "NN , NN , NN NNS VBD .");
        assert!(super::verb_after_phrase_set_off(&f, &x).is_empty());
        let (f, x) = split(
            "The deal , signed when talks ended , calls for peace .",
            "DT NN , VBN WRB NNS VBD , NNS IN NN .",
        );
        assert!(super::verb_after_phrase_set_off(&f, &x).is_empty());
    }

    #[test]
    fn a_noun_hung_on_the_full_stop_after_a_verb_is_its_object() {
        // Kabul accused Islamabad of raids .
        let xpos = ["NNP", "VBD", "NNP", "IN", "NNS", "."];
        let mut heads = vec![0, 2, 0, 6, 5, 2, 2];
        let mut rels = vec!["", "nsubj", "root", "nsubj", "case", "obl", "punct"];
        assert_eq!(
            super::punctuation_heads_nothing(&xpos, &mut heads, &mut rels),
            vec![3]
        );
        assert_eq!((heads[3], rels[3]), (2, "obj"));
    }

    #[test]
    fn a_participle_joined_to_a_word_that_can_only_be_past_is_past() {
        let (f, x) = split(
            "Pirate boats rammed and sank a trawler .",
            "NN NNS VBN CC VB DT NN .",
        );
        assert_eq!(super::participle_joined_to_past(&f, &x), Some(2));
        assert_eq!(super::irregular_past_read_as_noun(&f, &x), vec![4]);
        // "and" after a noun, not a verb: left to the other rules.
        let (f, x) = split("guns and ran", "NNS CC VB");
        assert!(super::irregular_past_read_as_noun(&f, &x).is_empty());
    }

    #[test]
    fn a_word_in_s_after_an_opening_name_is_its_verb() {
        let (f, x) = split(
            "Ankara considers the offer an insult .",
            "NNP NNS DT NN DT NN .",
        );
        assert_eq!(super::present_tense_after_name(&f, &x), Some((1, "VBZ")));
        assert_eq!(super::plural_after_adverb(&f, &x), vec![(1, "VBZ")]);
        let (f, x) = split("The Kremlin wants guarantees .", "DT NNP NNS NNS .");
        assert_eq!(super::present_tense_after_name(&f, &x), None);
        let (f, x) = split("The Kremlin wants a pledge .", "DT NNP NNS DT NN .");
        assert_eq!(super::present_tense_after_name(&f, &x), Some((2, "VBZ")));
        // A finite verb elsewhere, or a common noun before: left alone.
        let (f, x) = split(
            "Toyota trucks the company sold were recalled .",
            "NNP NNS DT NN VBD VBD VBN .",
        );
        assert_eq!(super::present_tense_after_name(&f, &x), None);
        let (f, x) = split("Army trucks the size of", "NN NNS DT NN IN");
        assert_eq!(super::present_tense_after_name(&f, &x), None);
    }

    #[test]
    fn a_headlines_second_word_after_a_plural_is_its_verb() {
        let (f, x) = split(
            "Chileans break off talks with Lima",
            "NNPS NN IN NNS IN NNP",
        );
        assert_eq!(super::headline_verb_after_plural(&f, &x), Some((1, "VBP")));
        assert_eq!(super::plural_after_adverb(&f, &x), vec![(1, "VBP")]);
        // "Thanks", a finite verb, or a noun after the noun: left alone.
        let (f, x) = split("Thanks heaps for the help", "NNS NN IN DT NN");
        assert_eq!(super::headline_verb_after_plural(&f, &x), None);
        let (f, x) = split(
            "Students work in the lab every day .",
            "NNS VBP IN DT NN DT NN .",
        );
        assert_eq!(super::headline_verb_after_plural(&f, &x), None);
        let (f, x) = split("Arms control talks resume", "NNS NN NNS NN");
        assert_eq!(super::headline_verb_after_plural(&f, &x), None);
        let (f, x) = split("Sales tax in Ohio", "NNS NN IN NNP");
        assert_eq!(super::headline_verb_after_plural(&f, &x), None);
        let (f, x) = split("Rebels seize the airport", "NNS NN DT NN");
        assert_eq!(super::headline_verb_after_plural(&f, &x), Some((1, "VBP")));
        let (f, x) = split("Gunmen kill five guards in raid", "NNP NN CD NNS IN NN");
        assert_eq!(super::headline_verb_after_plural(&f, &x), Some((1, "VBP")));
        // A name not in -men: left alone.
        let (f, x) = split("Kenya trade the most", "NNP NN DT RBS");
        assert_eq!(super::headline_verb_after_plural(&f, &x), None);
    }

    #[test]
    fn a_subject_read_into_the_clause_before_goes_to_its_predicate() {
        // Kenya recalled its envoy and talks were halted .
        let forms = [
            "Kenya", "recalled", "its", "envoy", "and", "talks", "were", "halted", ".",
        ];
        let xpos = ["NNP", "VBD", "PRP$", "NN", "CC", "NNS", "VBD", "VBN", "."];
        let mut heads = vec![0, 2, 8, 4, 2, 6, 4, 8, 0, 8];
        let mut rels = vec![
            "",
            "nsubj",
            "advcl",
            "nmod:poss",
            "obj",
            "cc",
            "conj",
            "aux:pass",
            "root",
            "punct",
        ];
        assert_eq!(
            super::subject_left_before_predicate(&forms, &xpos, &mut heads, &mut rels),
            Some(8)
        );
        assert_eq!((heads[2], rels[2]), (0, "root"));
        assert_eq!((heads[8], rels[8]), (2, "conj"));
        assert_eq!((heads[6], rels[6]), (8, "nsubj:pass"));
        assert_eq!((heads[5], heads[9]), (8, 2));
        // Chad closed its border and the bridge reopened later : the
        // participle read as the relative of a noun hung on the verb.
        let forms = [
            "Chad", "closed", "its", "border", "and", "the", "bridge", "reopened", "later", ".",
        ];
        let xpos = [
            "NNP", "VBD", "PRP$", "NN", "CC", "DT", "NN", "VBN", "RB", ".",
        ];
        let mut heads = vec![0, 2, 0, 4, 2, 7, 7, 2, 7, 8, 2];
        let mut rels = vec![
            "",
            "nsubj",
            "root",
            "nmod:poss",
            "obj",
            "cc",
            "det",
            "conj",
            "acl",
            "advmod",
            "punct",
        ];
        assert_eq!(
            super::subject_left_before_predicate(&forms, &xpos, &mut heads, &mut rels),
            Some(8)
        );
        assert_eq!((heads[8], rels[8]), (2, "conj"));
        assert_eq!((heads[7], rels[7]), (8, "nsubj"));
        assert_eq!(heads[5], 8);
        // Let leaders and troops know : a complement without a subject.
        let forms = ["Let", "leaders", "and", "troops", "know"];
        let xpos = ["VB", "NNS", "CC", "NNS", "VBP"];
        let mut heads = vec![0, 0, 1, 4, 2, 1];
        let mut rels = vec!["", "root", "obj", "cc", "conj", "xcomp"];
        assert_eq!(
            super::subject_left_before_predicate(&forms, &xpos, &mut heads, &mut rels),
            None
        );
        // A comma between the clause and the noun: Troops left last
        // year , Kenya and Chad have said .
        let forms = [
            "Troops", "left", "last", "year", ",", "Kenya", "and", "Chad", "have", "said", ".",
        ];
        let xpos = [
            "NNS", "VBD", "JJ", "NN", ",", "NNP", "CC", "NNP", "VBP", "VBN", ".",
        ];
        let mut heads = vec![0, 2, 0, 4, 2, 6, 2, 8, 6, 10, 2, 2];
        let mut rels = vec![
            "", "nsubj", "root", "amod", "obl:tmod", "punct", "obl", "cc", "conj", "aux", "conj",
            "punct",
        ];
        assert_eq!(
            super::subject_left_before_predicate(&forms, &xpos, &mut heads, &mut rels),
            None
        );
    }

    #[test]
    fn a_clause_opened_by_after_gets_its_subject_back() {
        // Staff left after its office in the city was attacked .
        let forms = [
            "Staff", "left", "after", "its", "office", "in", "the", "city", "was", "attacked", ".",
        ];
        let xpos = [
            "NN", "VBD", "IN", "PRP$", "NN", "IN", "DT", "NN", "VBD", "JJ", ".",
        ];
        let mut heads = vec![0, 2, 0, 5, 5, 2, 8, 8, 2, 10, 2, 2];
        let mut rels = vec![
            "",
            "nsubj",
            "root",
            "case",
            "nmod:poss",
            "obl",
            "case",
            "det",
            "obl",
            "cop",
            "conj",
            "punct",
        ];
        assert_eq!(
            super::subject_left_before_predicate(&forms, &xpos, &mut heads, &mut rels),
            Some(10)
        );
        assert_eq!((heads[10], rels[10]), (2, "advcl"));
        assert_eq!((heads[3], rels[3]), (10, "mark"));
        assert_eq!((heads[5], rels[5]), (10, "nsubj"));
        assert_eq!((heads[8], rels[8]), (5, "nmod"));
        // "in" does not open a clause: Staff left in the car was hit
        // stays as the parser made it.
        let forms = ["Staff", "left", "in", "the", "car", "was", "hit"];
        let xpos = ["NN", "VBD", "IN", "DT", "NN", "VBD", "VBN"];
        let mut heads = vec![0, 2, 0, 5, 5, 2, 7, 2];
        let mut rels = vec![
            "", "nsubj", "root", "case", "det", "obl", "aux:pass", "conj",
        ];
        assert_eq!(
            super::subject_left_before_predicate(&forms, &xpos, &mut heads, &mut rels),
            None
        );
    }

    #[test]
    fn a_verb_after_an_opening_subject_before_its_object_is_past() {
        let (f, x) = split(
            "The interior ministry denied reports that police had fired .",
            "DT NN NN VBN NNS IN NNS VBD VBN .",
        );
        assert_eq!(super::past_tense_after_opening_subject(&f, &x), Some(3));
        assert_eq!(super::past_tense_before_object(&f, &x), vec![3]);
        let (f, x) = split(
            "The ministry renewed appeals for calm .",
            "DT NN JJ NNS IN NN .",
        );
        assert_eq!(super::past_tense_after_opening_subject(&f, &x), Some(2));
        // With the statement's verb after the object: a reduced relative.
        let (f, x) = split("A man denied bail was freed .", "DT NN VBN NN VBD VBN .");
        assert_eq!(super::past_tense_after_opening_subject(&f, &x), None);
        // Not after an opening noun phrase: left alone.
        let (f, x) = split("He met a man denied bail .", "PRP VBD DT NN VBN NN .");
        assert_eq!(super::past_tense_after_opening_subject(&f, &x), None);
        // An adjective before a singular or a determiner: left alone.
        let (f, x) = split("The family owned business", "DT NN JJ NN");
        assert_eq!(super::past_tense_after_opening_subject(&f, &x), None);
    }

    #[test]
    fn a_word_in_s_right_after_a_past_tense_is_its_object() {
        let (f, x) = split(
            "Oslo confirmed reports that talks had stalled .",
            "NNP VBD VBZ IN NNS VBD VBN .",
        );
        assert_eq!(super::plural_after_past_tense(&f, &x), vec![2]);
        assert_eq!(super::plural_after_more(&f, &x), vec![2]);
        // After an auxiliary, or before a verb: left alone.
        let (f, x) = split("what he had says a lot", "WP PRP VBD VBZ DT NN");
        assert!(super::plural_after_past_tense(&f, &x).is_empty());
        let (f, x) = split("whoever won gets to choose", "WP VBD VBZ TO VB");
        assert!(super::plural_after_past_tense(&f, &x).is_empty());
    }

    #[test]
    fn a_verb_of_saying_is_not_an_adverbial_of_what_it_reports() {
        // The army said shells were fired .
        let forms = ["The", "army", "said", "shells", "were", "fired", "."];
        let xpos = ["DT", "NN", "VBD", "NNS", "VBD", "VBN", "."];
        let mut heads = vec![0, 2, 3, 6, 6, 6, 0, 6];
        let mut rels = vec![
            "",
            "det",
            "nsubj",
            "advcl",
            "nsubj:pass",
            "aux:pass",
            "root",
            "punct",
        ];
        assert_eq!(
            super::saying_read_as_adverbial(&forms, &xpos, &mut heads, &mut rels),
            Some(3)
        );
        assert_eq!((heads[3], rels[3]), (0, "root"));
        assert_eq!((heads[6], rels[6]), (3, "ccomp"));
        assert_eq!(heads[7], 3);
        // With "as" it is an adverbial: As the army said shells were fired .
        let forms = ["As", "the", "army", "said", "shells", "were", "fired", "."];
        let xpos = ["IN", "DT", "NN", "VBD", "NNS", "VBD", "VBN", "."];
        let mut heads = vec![0, 4, 3, 4, 7, 7, 7, 0, 7];
        let mut rels = vec![
            "",
            "mark",
            "det",
            "nsubj",
            "advcl",
            "nsubj:pass",
            "aux:pass",
            "root",
            "punct",
        ];
        assert_eq!(
            super::saying_read_as_adverbial(&forms, &xpos, &mut heads, &mut rels),
            None
        );
    }

    #[test]
    fn the_second_of_between_is_a_conjunct_not_a_subject() {
        // Fighting between the army and the militia resumed .
        let forms = [
            "Fighting", "between", "the", "army", "and", "the", "militia", "resumed", ".",
        ];
        let xpos = ["VBG", "IN", "DT", "NN", "CC", "DT", "NN", "VBD", "."];
        let mut heads = vec![0, 0, 4, 4, 1, 8, 7, 8, 1, 1];
        let mut rels = vec![
            "", "root", "case", "det", "obl", "cc", "det", "nsubj", "conj", "punct",
        ];
        assert_eq!(
            super::between_read_as_clauses(&forms, &xpos, &mut heads, &mut rels),
            Some(8)
        );
        assert_eq!((heads[7], rels[7]), (4, "conj"));
        assert_eq!(heads[5], 7);
        assert_eq!((heads[8], rels[8]), (0, "root"));
        assert_eq!((heads[1], rels[1]), (8, "nsubj"));
        assert_eq!(heads[9], 8);
        // "and" after a phrase not opened by "between": left alone.
        let forms = ["Talks", "with", "Kyiv", "and", "Moscow", "resumed"];
        let xpos = ["NNS", "IN", "NNP", "CC", "NNP", "VBD"];
        let mut heads = vec![0, 0, 3, 1, 6, 6, 1];
        let mut rels = vec!["", "root", "case", "nmod", "cc", "nsubj", "conj"];
        assert_eq!(
            super::between_read_as_clauses(&forms, &xpos, &mut heads, &mut rels),
            None
        );
    }

    #[test]
    fn a_participle_that_reports_a_clause_is_the_statements_verb() {
        // A spokesman announced on Monday talks had failed .
        let xpos = ["DT", "NN", "VBN", "IN", "NNP", "NNS", "VBD", "VBN", "."];
        let mut heads = vec![0, 2, 0, 2, 5, 3, 8, 8, 3, 2];
        let mut rels = vec![
            "", "det", "root", "acl", "case", "obl", "nsubj", "aux", "advcl", "punct",
        ];
        assert_eq!(
            super::past_tense_read_as_relative(&xpos, &mut heads, &mut rels),
            Some(3)
        );
        assert_eq!((heads[3], rels[3]), (0, "root"));
        assert_eq!((heads[2], rels[2]), (3, "nsubj"));
        assert_eq!((heads[8], rels[8]), (3, "ccomp"));
        assert_eq!(heads[9], 3);
        // An adverbial clause with a conjunction is no report: Troops
        // deployed when riots broke out
        let xpos = ["NNS", "VBN", "WRB", "NNS", "VBD", "RP"];
        let mut heads = vec![0, 0, 1, 5, 5, 2, 5];
        let mut rels = vec!["", "root", "acl", "mark", "nsubj", "advcl", "compound:prt"];
        assert_eq!(
            super::past_tense_read_as_relative(&xpos, &mut heads, &mut rels),
            None
        );
    }

    #[test]
    fn a_word_in_s_before_a_modal_is_a_plural() {
        let (f, x) = split(
            "Rome said Friday that talks would resume .",
            "NNP VBD NNP WDT VBZ MD VB .",
        );
        assert_eq!(super::plural_after_past_tense(&f, &x), vec![4]);
        let (f, x) = split("what it does will matter", "WP PRP VBZ MD VB");
        assert!(super::plural_after_past_tense(&f, &x).is_empty());
    }

    #[test]
    fn the_noun_after_a_verb_of_saying_after_its_clause_is_its_subject() {
        // Rebels shelled a post , says an official .
        let forms = [
            "Rebels", "shelled", "a", "post", ",", "says", "an", "official", ".",
        ];
        let xpos = ["NNS", "VBD", "DT", "NN", ",", "VBZ", "DT", "NN", "."];
        let mut heads = vec![0, 2, 6, 4, 2, 6, 0, 8, 6, 6];
        let mut rels = vec![
            "", "nsubj", "ccomp", "det", "obj", "punct", "root", "det", "obj", "punct",
        ];
        assert_eq!(
            super::subject_after_saying(&forms, &xpos, &mut heads, &mut rels),
            Some(6)
        );
        assert_eq!(rels[8], "nsubj");
        // Without the reported clause before it: "..., said nothing".
        let mut rels = vec![
            "", "nsubj", "conj", "det", "obj", "punct", "root", "det", "obj", "punct",
        ];
        assert_eq!(
            super::subject_after_saying(&forms, &xpos, &mut heads, &mut rels),
            None
        );
    }

    #[test]
    fn a_verb_hung_on_the_full_stop_after_a_noun_root_is_the_root() {
        // The ministry repeated claims .
        let xpos = ["DT", "NN", "VBD", "NNS", "."];
        let mut heads = vec![0, 2, 0, 5, 3, 2];
        let mut rels = vec!["", "det", "root", "advcl", "obj", "punct"];
        assert_eq!(
            super::punctuation_heads_nothing(&xpos, &mut heads, &mut rels),
            vec![3]
        );
        assert_eq!((heads[3], rels[3]), (0, "root"));
        assert_eq!((heads[2], rels[2]), (3, "nsubj"));
        assert_eq!(heads[5], 3);
    }

    #[test]
    fn that_before_a_clause_with_its_object_is_a_conjunction() {
        // claims that Kyiv staged the raid
        let forms = ["claims", "that", "Kyiv", "staged", "the", "raid"];
        let xpos = ["NNS", "WDT", "NNP", "VBD", "DT", "NN"];
        let mut heads = vec![0, 0, 4, 4, 1, 6, 4];
        let mut rels = vec!["", "root", "obj", "nsubj", "acl:relcl", "det", "obj"];
        assert_eq!(
            super::that_with_its_object_is_a_conjunction(&forms, &xpos, &mut heads, &mut rels),
            Some(4)
        );
        assert_eq!((rels[2], rels[4]), ("mark", "acl"));
        // the raid that Kyiv staged: a relative, left alone.
        let forms = ["raid", "that", "Kyiv", "staged"];
        let xpos = ["NN", "WDT", "NNP", "VBD"];
        let mut heads = vec![0, 0, 4, 4, 1];
        let mut rels = vec!["", "root", "obj", "nsubj", "acl:relcl"];
        assert_eq!(
            super::that_with_its_object_is_a_conjunction(&forms, &xpos, &mut heads, &mut rels),
            None
        );
    }

    #[test]
    fn a_closing_verb_of_saying_is_the_root() {
        // Talks will resume , envoys said .
        let forms = ["Talks", "will", "resume", ",", "envoys", "said", "."];
        let xpos = ["NNS", "MD", "VB", ",", "NNS", "VBD", "."];
        let mut heads = vec![0, 3, 3, 0, 6, 6, 3, 3];
        let mut rels = vec![
            "", "nsubj", "aux", "root", "punct", "nsubj", "conj", "punct",
        ];
        assert_eq!(
            super::closing_saying_read_as_clause(&forms, &xpos, &mut heads, &mut rels),
            Some(6)
        );
        assert_eq!((heads[6], rels[6]), (0, "root"));
        assert_eq!((heads[3], rels[3]), (6, "ccomp"));
        assert_eq!(heads[7], 6);
        // A verb of saying with its own complement: left alone.
        // Talks resumed , and envoys said that …
        let forms = ["Talks", "resumed", ",", "envoys", "said", "so"];
        let xpos = ["NNS", "VBD", ",", "NNS", "VBD", "RB"];
        let mut heads = vec![0, 2, 0, 5, 5, 2, 5];
        let mut rels = vec!["", "nsubj", "root", "punct", "nsubj", "conj", "obj"];
        assert_eq!(
            super::closing_saying_read_as_clause(&forms, &xpos, &mut heads, &mut rels),
            None
        );
    }

    #[test]
    fn a_verb_after_and_read_as_its_objects_modifier_is_a_verb() {
        // He met envoys and discussed trade .
        let xpos = ["PRP", "VBD", "NNS", "CC", "VBN", "NN", "."];
        let mut heads = vec![0, 2, 0, 2, 6, 6, 2, 2];
        let mut rels = vec!["", "nsubj", "root", "obj", "cc", "amod", "conj", "punct"];
        assert_eq!(
            super::finite_verb_as_modifier(&xpos, &mut heads, &mut rels),
            Some(5)
        );
        assert_eq!((heads[5], rels[5]), (2, "conj"));
        assert_eq!((heads[6], rels[6]), (5, "obj"));
        assert_eq!(heads[4], 5);
        // He bought apples and canned fish : "fish" the object's conjunct.
        let xpos = ["PRP", "VBD", "NNS", "CC", "VBN", "NN"];
        let mut heads = vec![0, 2, 0, 2, 6, 6, 3];
        let mut rels = vec!["", "nsubj", "root", "obj", "cc", "amod", "conj"];
        assert_eq!(
            super::finite_verb_as_modifier(&xpos, &mut heads, &mut rels),
            None
        );
    }

    #[test]
    fn a_noun_in_ing_after_a_conjunction_is_the_subject_of_the_past_after_it() {
        let (f, x) = split(
            "Villagers fled after shelling intensified near the town .",
            "NNS VBD IN VBG VBN IN DT NN .",
        );
        assert_eq!(super::past_tense_after_gerund_subject(&f, &x), vec![4]);
        assert_eq!(super::past_tense_before_object(&f, &x), vec![4]);
        // "before becoming disabled": a linking verb, left alone.
        let (f, x) = split("before becoming disabled ,", "IN VBG VBN ,");
        assert!(super::past_tense_after_gerund_subject(&f, &x).is_empty());
        // Villagers fled after fighting erupted .
        let forms = ["Villagers", "fled", "after", "fighting", "erupted", "."];
        let xpos = ["NNS", "VBD", "IN", "VBG", "VBD", "."];
        let mut heads = vec![0, 2, 0, 4, 2, 4, 2];
        let mut rels = vec!["", "nsubj", "root", "mark", "advcl", "xcomp", "punct"];
        assert_eq!(
            super::gerund_subject_read_as_verb(&forms, &xpos, &mut heads, &mut rels),
            Some(5)
        );
        assert_eq!((heads[5], rels[5]), (2, "advcl"));
        assert_eq!((heads[4], rels[4]), (5, "nsubj"));
        assert_eq!(heads[3], 5);
    }

    #[test]
    fn a_first_clause_read_into_the_subject_is_a_clause() {
        // Police fired tear gas and arrested ten .
        let xpos = ["NN", "VBD", "NN", "NN", "CC", "VBD", "CD", "."];
        let mut heads = vec![0, 6, 4, 2, 1, 6, 0, 6, 6];
        let mut rels = vec![
            "", "nsubj", "amod", "obj", "conj", "cc", "root", "obj", "punct",
        ];
        assert_eq!(
            super::first_clause_read_as_subject(&xpos, &mut heads, &mut rels),
            Some(2)
        );
        assert_eq!((heads[2], rels[2]), (0, "root"));
        assert_eq!((heads[6], rels[6]), (2, "conj"));
        assert_eq!((heads[1], rels[1]), (2, "nsubj"));
        assert_eq!((heads[4], rels[4]), (2, "obj"));
        assert_eq!((heads[3], rels[3]), (4, "compound"));
        assert_eq!(heads[8], 2);
        // A participle modifier in a coordinated subject is left alone:
        // Police and armed guards arrested ten .
        let xpos = ["NN", "CC", "VBN", "NNS", "VBD", "CD", "."];
        let mut heads = vec![0, 5, 4, 4, 1, 0, 5, 5];
        let mut rels = vec!["", "nsubj", "cc", "amod", "conj", "root", "obj", "punct"];
        assert_eq!(
            super::first_clause_read_as_subject(&xpos, &mut heads, &mut rels),
            None
        );
    }

    #[test]
    fn a_participle_after_and_with_nothing_to_govern_it_is_past() {
        let (f, x) = split(
            "Oslo said it would not allow the ships to dock and warned of fines .",
            "NNP VBD PRP MD RB VB DT NNS TO VB CC VBN IN NNS .",
        );
        assert_eq!(super::past_tense_after_and(&f, &x), vec![11]);
        assert_eq!(super::past_tense_before_object(&f, &x), vec![11]);
        // After "was", or joined to a participle: left alone.
        let (f, x) = split(
            "He was arrested and charged with fraud .",
            "PRP VBD VBN CC VBN IN NN .",
        );
        assert!(super::past_tense_after_and(&f, &x).is_empty());
        let (f, x) = split(
            "They sent letters signed and dated by hand .",
            "PRP VBD NNS VBN CC VBN IN NN .",
        );
        assert!(super::past_tense_after_and(&f, &x).is_empty());
    }

    #[test]
    fn the_repairs_of_this_round_never_panic_and_keep_a_tree() {
        // Random trees over words and labels these repairs look at.
        const FORMS: &[&str] = &[
            "and", "after", "between", "that", "said", "says", "the", "talks", ",", ".", "police",
            "fired", "shelling", "was", "Kyiv", "reported", "Gunmen", "kill",
        ];
        const TAGS: &[&str] = &[
            "NN", "NNS", "NNP", "VBD", "VBN", "VBZ", "VBG", "VB", "IN", "CC", "DT", "WDT", ",",
            ".", "JJ", "MD", "PRP",
        ];
        const RELS: &[&str] = &[
            "nsubj",
            "nsubj:pass",
            "obj",
            "obl",
            "nmod",
            "conj",
            "cc",
            "case",
            "mark",
            "amod",
            "acl",
            "acl:relcl",
            "advcl",
            "ccomp",
            "xcomp",
            "aux",
            "aux:pass",
            "cop",
            "punct",
            "compound",
            "det",
        ];
        let mut seed = 0x2545_f491_4f6c_dd1du64;
        let mut next = |m: usize| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            (seed % m as u64) as usize
        };
        for _ in 0..20_000 {
            let n = 1 + next(12);
            let forms: Vec<&str> = (0..n).map(|_| FORMS[next(FORMS.len())]).collect();
            let xpos: Vec<&str> = (0..n).map(|_| TAGS[next(TAGS.len())]).collect();
            // A random tree: each word after the root hangs on an earlier-placed one.
            let mut order: Vec<usize> = (1..=n).collect();
            for i in (1..order.len()).rev() {
                order.swap(i, next(i + 1));
            }
            let mut heads = vec![0; n + 1];
            let mut rels = vec![""; n + 1];
            rels[order[0]] = "root";
            for i in 1..n {
                heads[order[i]] = order[next(i)];
                rels[order[i]] = RELS[next(RELS.len())];
            }
            let _ = super::plural_after_adverb(&forms, &xpos);
            let _ = super::plural_after_more(&forms, &xpos);
            let _ = super::past_tense_before_object(&forms, &xpos);
            let _ = super::punctuation_heads_nothing(&xpos, &mut heads, &mut rels);
            let _ = super::verb_read_as_auxiliary(&forms, &xpos, &mut heads, &mut rels);
            let _ = super::reported_subject_read_as_object(&forms, &xpos, &mut heads, &mut rels);
            let _ = super::finite_verb_as_modifier(&xpos, &mut heads, &mut rels);
            let _ = super::past_tense_read_as_relative(&xpos, &mut heads, &mut rels);
            assert!(super::is_tree(&heads), "{forms:?} {xpos:?} {heads:?}");
        }
    }
}
