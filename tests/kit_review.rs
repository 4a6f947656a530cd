//! Issue 11 (newcomer findings 3, 5, 13, 14) and issue 14 (items 6, 7): the launcher,
//! review and the note-taker, as the real binary shows them at 80x24 and 60x20.

mod support;

use support::{LiveDirs, Term};

const SIZES: [(u16, u16); 2] = [(80, 24), (60, 20)];

/// The screen's line holding the selection mark.
fn selected_line(screen: &str) -> String {
    screen
        .lines()
        .find(|l| l.contains('›'))
        .unwrap_or_default()
        .to_string()
}

/// The screen's text as one line, so a wrapped message can be found whole.
fn joined(screen: &str) -> String {
    screen.lines().map(str::trim).collect::<Vec<_>>().join(" ")
}

// Issue 11, newcomer finding 3: a refused session keeps its row, and the refusal is whole.
#[test]
fn finding_3_the_launcher_keeps_a_refused_session_selected_and_its_reason_whole() {
    for (cols, rows) in SIZES {
        let dir = tempfile::tempdir().unwrap();
        let live = LiveDirs::within(dir.path());
        let env = live.env();
        let mut host = Term::spawn(&["run", "sessions/short-plenary.json"], &env, 100, 30);
        host.wait_for("Press Enter to begin");
        let mut term = Term::spawn(&[], &env, cols, rows);
        term.wait_for("pick an agenda");
        for _ in 0..20 {
            if selected_line(&term.contents()).contains("session") {
                break;
            }
            let seen = term.contents();
            term.send("\x1b[B");
            while term.contents() == seen {
                term.wait_for("pick an agenda");
            }
        }
        let chosen = selected_line(&term.contents());
        assert!(chosen.contains("session"), "{}", term.contents());
        // Finding 14: every session row keeps its date and state, whatever the width.
        let screen = term.contents();
        for row in screen
            .lines()
            .filter(|l| l.get(..12).is_some_and(|t| t.contains("session")))
        {
            assert!(
                ["not started", "in progress", "ended"]
                    .iter()
                    .any(|s| row.contains(s)),
                "{cols}x{rows}: `{row}`\n{screen}"
            );
        }
        term.send("\r");
        let screen = term.wait_for("(process");
        assert_eq!(selected_line(&screen), chosen, "{cols}x{rows}:\n{screen}");
        let whole = joined(&screen);
        assert!(
            whole.contains("close that one first or join it with `plenary join`"),
            "{cols}x{rows}: the refusal is cut:\n{screen}"
        );
        // Enter again is refused again: it never starts the agenda at the top.
        term.send("\r");
        term.wait_for("(process");
        assert_eq!(selected_line(&term.contents()), chosen);
        term.send("q");
        assert!(term.wait_exit());
        host.send("q");
        assert!(host.wait_exit());
    }
}

// Issue 11, newcomer findings 5c and 13: Esc never quits the launcher, and a key that does
// nothing there says which keys do.
#[test]
fn finding_5_esc_never_quits_the_launcher_and_stray_keys_say_what_works() {
    for (cols, rows) in SIZES {
        let dir = tempfile::tempdir().unwrap();
        let live = LiveDirs::within(dir.path());
        let mut term = Term::spawn(&[], &live.env(), cols, rows);
        term.wait_for("pick an agenda");
        term.send("\x1b");
        let screen = term.wait_for("nothing to go back to");
        assert!(joined(&screen).contains("q quit"), "{screen}");
        term.send("x");
        let screen = term.wait_for("x does nothing here");
        assert!(
            joined(&screen).contains("Enter start or resume · q quit"),
            "{cols}x{rows}: cut:\n{screen}"
        );
        term.send("q");
        assert!(term.wait_exit());
    }
}
