//! The re-check's "NEW problems" (notes/recheck.md) in the agenda editor: its quit
//! question hides the keys behind it, Ctrl-C in a form asks and then quits, the header
//! and a form's reasons are never cut without a mark, and x is not offered with one
//! item left. At 80x24 and 60x20, on the peer-learning template's wide names.

mod support;

use plenary::editor::Ask;
use plenary::editor::forms::F;
use support::editor::{draw, editor, press, press_ctrl, text_of};

/// The screen's words in one line: what wraps over rows reads whole.
fn flat(screen: &str) -> String {
    screen
        .lines()
        .map(|l| l.trim().trim_matches('┃').trim())
        .collect::<Vec<_>>()
        .join(" ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// Recheck NEW-7: under "Are you sure?" the editor's keys (a add, x remove…) are not
/// shown; they do nothing while the question is open.
#[test]
fn recheck_new_7_the_quit_question_hides_the_editors_keys() {
    let dir = tempfile::tempdir().unwrap();
    let mut e = editor("peer-learning", dir.path());
    press(&mut e, "dX\r");
    press(&mut e, "q");
    assert_eq!(e.ask, Some(Ask::QuitUnsaved), "{:?}", e.flash);
    for (w, h) in [(80, 24), (60, 20)] {
        let screen = text_of(&draw(&e, w, h));
        assert!(screen.contains("Are you sure?"), "{w}x{h}\n{screen}");
        let last = screen.lines().last().unwrap_or_default();
        assert!(
            !last.contains("remove") && !last.contains("help"),
            "{w}x{h}: the footer is still there: {last}"
        );
    }
}

/// Recheck NEW-11: Ctrl-C in a form asks (typed text would be lost), and Ctrl-C or y then
/// quits the editor, as the help says and as run and review do; n goes back to the form
/// with the text kept.
#[test]
fn recheck_new_11_ctrl_c_in_a_form_asks_then_quits() {
    let dir = tempfile::tempdir().unwrap();
    let mut e = editor("peer-learning", dir.path());
    press(&mut e, "\rZZ");
    press_ctrl(&mut e, 'c');
    assert_eq!(e.ask, Some(Ask::QuitDiscardingForm));
    let screen = text_of(&draw(&e, 60, 20));
    assert!(
        flat(&screen).contains("Quit and throw away the open form?"),
        "{screen}"
    );
    press(&mut e, "n");
    let form = e.form.as_ref().expect("n goes back to the form");
    assert!(
        form.value(F::Title).ends_with("ZZ"),
        "the typed text is kept"
    );
    assert!(!e.finished());
    press_ctrl(&mut e, 'c');
    press_ctrl(&mut e, 'c');
    assert!(e.finished(), "Ctrl-C twice quits");
    // Asked "Discard what you typed?" (Esc), Ctrl-C asks about the form and the agenda,
    // never saved yet, at once; the form is kept until the answer (nc17 #2).
    let mut e = editor("peer-learning", dir.path());
    press(&mut e, "\rZZ⎋");
    assert!(e.form.as_ref().is_some_and(|f| f.form.discarding));
    press_ctrl(&mut e, 'c');
    assert!(e.form.is_some());
    assert_eq!(e.ask, Some(Ask::QuitDiscardingForm));
    press(&mut e, "y");
    assert!(e.finished());
    // A new item's form follows the same rule.
    let mut e = editor("peer-learning", dir.path());
    press(&mut e, "aYY");
    assert!(e.form.is_some() || e.app.form.is_some(), "a opens a form");
    press_ctrl(&mut e, 'c');
    assert_eq!(e.ask, Some(Ask::QuitDiscardingForm));
    press(&mut e, "y");
    assert!(e.finished());
}

/// Recheck NEW-17: the details line under the editor's title ends in "…" when cut, and a
/// form's reason is read to its end at 60x20.
#[test]
fn recheck_new_17_the_header_and_a_reason_are_never_cut_unmarked() {
    let dir = tempfile::tempdir().unwrap();
    let mut e = editor("peer-learning", dir.path());
    e.app.session.venue = "Trung tâm Hội nghị Quốc gia, phòng 会议室 B, Hà Nội".into();
    for (w, h) in [(80, 24), (60, 20)] {
        let screen = text_of(&draw(&e, w, h));
        let second = screen.lines().nth(1).unwrap_or_default().trim_end();
        assert!(
            second.ends_with("presenters 10 min") || second.ends_with('…'),
            "{w}x{h}: cut with no mark: {second}"
        );
    }
    press(&mut e, "\r\t\t");
    press_ctrl(&mut e, 'u');
    press(&mut e, "99999\r");
    let why = e
        .form
        .as_ref()
        .and_then(|f| f.form.error_at(F::Minutes))
        .expect("refused beside Minutes")
        .to_string();
    for (w, h) in [(80, 24), (60, 20)] {
        let screen = text_of(&draw(&e, w, h));
        assert!(flat(&screen).contains(&why), "{w}x{h}: {why}\n{screen}");
    }
}

/// Recheck NEW-20: with one agenda item left, the footer does not offer x remove (x
/// would only refuse); with two it does.
#[test]
fn recheck_new_20_x_remove_is_not_offered_for_the_last_item() {
    let dir = tempfile::tempdir().unwrap();
    let e = editor("blank", dir.path());
    assert_eq!(e.app.session.agenda.len(), 1);
    for (w, h) in [(80, 24), (60, 20)] {
        let screen = text_of(&draw(&e, w, h));
        let last = screen.lines().last().unwrap_or_default();
        assert!(!last.contains("remove"), "{w}x{h}: {last}");
        assert!(last.contains("add"), "{w}x{h}: {last}");
    }
    let mut two = editor("short-plenary", dir.path());
    assert!(two.app.session.agenda.len() > 1);
    let screen = text_of(&draw(&two, 80, 24));
    assert!(screen.lines().last().unwrap_or_default().contains("remove"));
    // Still true of the one a user left: take items out down to one.
    while two.app.session.item_order().len() > 1 {
        press(&mut two, "xy");
    }
    let screen = text_of(&draw(&two, 80, 24));
    assert!(
        !screen.lines().last().unwrap_or_default().contains("remove"),
        "{screen}"
    );
}
