//! The form kit's own behaviour: discard, refusals, marks.

use super::*;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum F {
    Name,
    Status,
}

const STATUS: &[&str] = &["open", "done"];

fn form() -> Form<F> {
    Form::new(vec![
        (F::Name, Entry::text("a name", false)),
        (F::Status, Entry::choice(STATUS)),
    ])
}

fn press(form: &mut Form<F>, code: KeyCode) -> FormKey {
    form.on_key(KeyEvent::from(code)).0
}

#[test]
fn esc_with_typed_text_asks_and_nothing_is_lost_until_yes() {
    let mut f = form();
    for c in "Hélène".chars() {
        press(&mut f, KeyCode::Char(c));
    }
    assert_eq!(press(&mut f, KeyCode::Esc), FormKey::Stay);
    assert!(f.discarding);
    assert_eq!(press(&mut f, KeyCode::Char('n')), FormKey::Stay);
    assert_eq!(f.value(F::Name), "Hélène");
    press(&mut f, KeyCode::Esc);
    assert_eq!(press(&mut f, KeyCode::Char('y')), FormKey::Close);
}

#[test]
fn an_untouched_form_closes_at_once_and_a_filled_original_counts_as_untouched() {
    let mut f = form();
    f.fill(&[(F::Name, "Amina")], true);
    assert!(!f.has_changes());
    assert_eq!(press(&mut f, KeyCode::Esc), FormKey::Close);
}

#[test]
fn a_refusal_moves_the_focus_and_goes_once_the_field_changes() {
    let mut f = form();
    press(&mut f, KeyCode::Tab);
    f.refuse(Some(F::Name), "empty");
    assert_eq!(f.focus, F::Name);
    press(&mut f, KeyCode::Tab);
    press(&mut f, KeyCode::Char('d'));
    assert_eq!(f.value(F::Status), "done");
    assert!(f.error().is_some(), "another field's change keeps it");
    press(&mut f, KeyCode::BackTab);
    press(&mut f, KeyCode::Char('A'));
    assert!(f.error().is_none());
}

// Issue 12, item 10: a refusal about two fields goes when either changes, and a
// choice changed with its keys withdraws one beside it.
#[test]
fn a_refusal_about_two_fields_goes_when_either_changes() {
    let mut f = form();
    f.refuse_about(Some(F::Status), &[F::Name], "both");
    press(&mut f, KeyCode::BackTab);
    press(&mut f, KeyCode::Char('A'));
    assert!(f.error().is_none());
    f.refuse(Some(F::Status), "status");
    press(&mut f, KeyCode::Right);
    assert!(f.error().is_none());
    f.refuse(None, "above the form");
    press(&mut f, KeyCode::Right);
    assert!(
        f.error().is_some(),
        "a refusal above the form is about no field"
    );
}

// Issue 11, finding 9: every wrong field is marked at once, the first in Tab order
// focused; a mark stays until its field is valid, blanks included.
#[test]
fn every_wrong_field_is_marked_and_stays_until_valid() {
    let mut f = form();
    press(&mut f, KeyCode::Tab);
    let wrong = |f: &Form<F>| {
        if f.value(F::Name).trim().is_empty() {
            vec![
                (F::Status, "not open".to_string()),
                (F::Name, "empty".into()),
            ]
        } else {
            vec![(F::Status, "not open".to_string())]
        }
    };
    assert!(f.mark(wrong(&f)));
    assert_eq!(f.focus, F::Name, "the top field first");
    assert_eq!(f.error_at(F::Name), Some("empty"));
    assert_eq!(f.error_at(F::Status), Some("not open"));
    for _ in 0..3 {
        press(&mut f, KeyCode::Char(' '));
    }
    f.recheck(&wrong(&f));
    assert_eq!(f.error_at(F::Name), Some("empty"), "blanks are not a name");
    press(&mut f, KeyCode::Char('A'));
    f.recheck(&wrong(&f));
    assert_eq!(f.error_at(F::Name), None);
    assert_eq!(f.error_at(F::Status), Some("not open"));
    assert!(!f.mark(Vec::new()));
    assert!(f.error().is_none());
}

// Issue 14, item 4: after an edit conflict, theirs is offered beside each field that
// differs; Ctrl-T takes it, again gives the person's own text back.
#[test]
fn a_merge_takes_theirs_or_mine_field_by_field() {
    let mut f = form();
    for c in "Hélène".chars() {
        press(&mut f, KeyCode::Char(c));
    }
    f.start_merge("An", &[(F::Name, "Helen"), (F::Status, "open")]);
    assert_eq!(f.other_version(F::Name), Some(("An", "Helen", false)));
    assert_eq!(f.other_version(F::Status), None, "the same on both sides");
    assert!(f.scopes().contains(&Scope::Merge));
    f.on_key(KeyEvent::new(KeyCode::Char('t'), KeyModifiers::CONTROL));
    assert_eq!(f.value(F::Name), "Helen");
    assert_eq!(f.other_version(F::Name), Some(("An", "Hélène", true)));
    f.on_key(KeyEvent::new(KeyCode::Char('t'), KeyModifiers::CONTROL));
    assert_eq!(f.value(F::Name), "Hélène");
    press(&mut f, KeyCode::Tab);
    assert!(!f.scopes().contains(&Scope::Merge), "nothing to take here");
}

// nc14 #2: a field only the other person changed takes their version; a field I changed
// keeps mine, with theirs offered beside it.
#[test]
fn nc14_2_a_merge_is_three_way() {
    let mut f = Form::new(vec![
        (F::Name, Entry::text("a name", false)),
        (F::Status, Entry::text("a deadline", false)),
    ]);
    f.fill(&[(F::Name, "Hélène"), (F::Status, "2026-12-10")], true);
    press(&mut f, KeyCode::End);
    press(&mut f, KeyCode::Char('!'));
    f.start_merge("An", &[(F::Name, "Helen"), (F::Status, "2027-01-31")]);
    assert_eq!(f.value(F::Name), "Hélène!", "mine, as typed");
    assert_eq!(
        f.value(F::Status),
        "2027-01-31",
        "theirs: I never touched it"
    );
    assert_eq!(f.other_version(F::Name), Some(("An", "Helen", false)));
    assert_eq!(f.other_version(F::Status), Some(("An", "2026-12-10", true)));
    assert!(f.took_theirs_at_once(F::Status) && !f.took_theirs_at_once(F::Name));
}

// Issue 13 (a newcomer's finding 11): Ctrl-U undid the last change ("12h" became "1212:00");
// it empties the field, as in a shell, and help lists it.
#[test]
fn ctrl_u_empties_the_field_in_focus() {
    let mut f = form();
    for c in "12h 中文".chars() {
        press(&mut f, KeyCode::Char(c));
    }
    let (_, changed) = f.on_key(KeyEvent::new(KeyCode::Char('u'), KeyModifiers::CONTROL));
    assert_eq!(f.value(F::Name), "");
    assert_eq!(changed, Some(F::Name));
    press(&mut f, KeyCode::Char('9'));
    assert_eq!(f.value(F::Name), "9");
}

// nc16 #9 (h16g item 3): "Discard what you typed?" shows and takes the language's yes key
// (o for oui, s for sí); y still works in every language.
#[test]
fn the_discard_question_takes_the_languages_yes_key_and_y() {
    use crate::i18n::{Lang, scoped};
    for (lang, yes) in [(Lang::Fr, 'o'), (Lang::Es, 's'), (Lang::En, 'y')] {
        let _lang = scoped(lang);
        for key in [yes, yes.to_ascii_uppercase(), 'y'] {
            let mut f = form();
            press(&mut f, KeyCode::Char('x'));
            press(&mut f, KeyCode::Esc);
            assert!(f.discarding);
            assert_eq!(
                press(&mut f, KeyCode::Char(key)),
                FormKey::Close,
                "{lang} {key}"
            );
        }
        let shown: Vec<String> = crate::keymap::footer_hints(&KEYMAP, &[Scope::Discard], 80)
            .iter()
            .map(|(k, _)| crate::i18n::keys::key_label(k))
            .collect();
        assert_eq!(shown[0], yes.to_string(), "{lang}");
    }
}
