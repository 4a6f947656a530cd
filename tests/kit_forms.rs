//! One form kit and one set of keys on every screen (issue 11, findings 1, 2, 6-10, 12 of
//! findings11; issue 14 item 4), with the real binary in a pseudo-terminal on the
//! peer-learning fixture (Vietnamese, French and Chinese names).

mod support;

use support::{LiveDirs, Term};

const AGENDA: &str = "sessions/peer-learning-exchange.json";

/// The console on the fixture agenda, started, in a `cols`x`rows` terminal.
fn started(live: &LiveDirs, cols: u16, rows: u16) -> Term {
    let mut term = Term::spawn(&["run", AGENDA], &live.env(), cols, rows);
    term.wait_for("Press Enter to begin");
    term.send("\r");
    term.wait_for("WELCOME AND THE EVIDENCE");
    term
}

// Finding 12: `x` on an item that ran (or runs) refuses at once, with no question first.
#[test]
fn finding_12_x_on_an_item_that_ran_refuses_without_asking() {
    for (cols, rows) in [(80, 24), (60, 20)] {
        let dir = tempfile::tempdir().unwrap();
        let live = LiveDirs::new(dir.path());
        let mut term = started(&live, cols, rows);
        term.send("5");
        term.wait_for("THE PLAN");
        term.send("x");
        let screen = term.wait_for("already run");
        assert!(!screen.contains("Confirm"), "{screen}");
        term.send("q");
        term.wait_exit();
    }
}

// Finding 10: the Kind field takes first letters (either case, again for the next one
// with that letter), and its choices are never cut mid-word.
#[test]
fn finding_10_the_kind_field_takes_first_letters_and_is_never_cut() {
    for (cols, rows) in [(80, 24), (60, 20), (120, 40)] {
        let dir = tempfile::tempdir().unwrap();
        let live = LiveDirs::new(dir.path());
        let mut term = started(&live, cols, rows);
        term.send("5");
        term.wait_for("THE PLAN");
        term.send("\x1b[Ba");
        term.wait_for("Add an agenda item");
        term.send("\t");
        term.send("b");
        term.wait_for("[Breakout]");
        term.send("b");
        term.wait_for("[Break]");
        term.send("C");
        let screen = term.wait_for("[Closing]");
        for cut in ["Closin ", "Closi ", "Actio "] {
            assert!(!screen.contains(cut), "{cols}x{rows}: {screen}");
        }
        term.send("p");
        let screen = term.wait_for("[Plenary]");
        assert!(!screen.contains("Closin\n"), "{screen}");
        term.send("\x1b");
        term.send("y");
        term.send("q");
        term.wait_exit();
    }
}

// Finding 9: Enter on an empty commitment form marks the action, the owner and the deadline
// at once and focuses the action (top to bottom); blanks typed in the owner keep its mark.
#[test]
fn finding_9_every_wrong_field_is_marked_at_once_and_stays_until_valid() {
    for (cols, rows) in [(80, 24), (60, 20), (120, 40)] {
        let dir = tempfile::tempdir().unwrap();
        let live = LiveDirs::new(dir.path());
        let mut term = started(&live, cols, rows);
        term.send("c");
        term.wait_for("Deadline");
        term.send("\r");
        let screen = term.wait_for("the owner is empty");
        assert!(
            screen.contains("the action is empty"),
            "{cols}x{rows}: {screen}"
        );
        assert!(screen.contains("type a date"), "{cols}x{rows}: {screen}");
        assert!(screen.contains("› Action"), "{cols}x{rows}: {screen}");
        term.send("\t   ");
        term.send("\tx");
        let screen = term.wait_for("not a date I understand");
        assert!(
            screen.contains("the owner is empty"),
            "{cols}x{rows}: {screen}"
        );
        // The plan's new item: the empty title and the missing minutes, both at once.
        term.send("\x1b");
        term.wait_for("Discard");
        term.send("y5");
        term.wait_for("THE PLAN");
        term.send("\x1b[Ba");
        term.wait_for("Add an agenda item");
        term.send("\r");
        let screen = term.wait_for("how many minutes");
        assert!(screen.contains("title is empty"), "{cols}x{rows}: {screen}");
        assert!(screen.contains("› Title"), "{cols}x{rows}: {screen}");
        term.send("\x1b");
        term.send("q");
        term.wait_exit();
    }
}
