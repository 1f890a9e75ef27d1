//! Repairs of news forms with an appositive after the subject ("X, the
//! body for Y, announced …"), on sentences written for these tests: each
//! fails without its rule in `src/finite.rs`.

mod common;

use common::{analyse, word};

#[test]
fn a_verb_after_an_appositive_is_the_subjects() {
    let s = "The Kenyan Union of Teachers ( KUT ) , the umbrella union for secondary school teachers , announced Friday that it has called off a strike .";
    let p = analyse(s);
    let (announced, v) = word(&p, "announced");
    assert_eq!((announced.3, announced.4), (0, "root"), "{p:?}");
    let (union, _) = word(&p, "Union");
    assert_eq!((union.3, union.4), (v, "nsubj"), "{p:?}");
    // The appositive's phrase stays in it.
    let (teachers, _) = word(&p, "teachers");
    assert_ne!(teachers.3, v, "{p:?}");
    assert_ne!(teachers.3, 0, "{p:?}");
}

#[test]
fn a_word_in_ed_after_an_appositive_is_the_verb() {
    let s =
        "The African Union , the continental body for African states , suspended Niger on Monday .";
    let p = analyse(s);
    let (w, _) = word(&p, "suspended");
    assert_eq!((w.2, w.3, w.4), ("VBD", 0, "root"), "{s}: {p:?}");
}
