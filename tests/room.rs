//! The facilitator in a real room (issue 12), with the real binary in a pseudo-terminal and
//! a four-group peer-learning agenda: Vietnamese, French and Chinese names, a group named
//! "水资源 Water & Sanitation", one group with a 3-minute override, a 491-character topic.

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

// Issue 12, item 1: a paused timer in its last minute read "1 MINUTE LEFT" (and past zero
// "TIME · OVER BY"), in the same colour as a running one.
#[test]
fn a_paused_timer_says_paused_in_the_last_minute_and_past_zero() {
    for (cols, rows) in [(80, 24), (120, 40)] {
        let dir = tempfile::tempdir().unwrap();
        let live = LiveDirs::new(dir.path());
        let mut term = started(&live, cols, rows);
        term.send("]]");
        term.wait_for("GROUP 1 OF 4");
        term.send(" ");
        term.wait_for("RUNNING");
        // Take the five minutes down to under one.
        term.send(&"-".repeat(9));
        term.wait_for("1 MINUTE LEFT");
        term.send(" ");
        term.wait_for("PAUSED · 0:");
        assert!(!term.contents().contains("1 MINUTE LEFT"));
        // Running again, to zero and past it, then paused.
        term.send(" ");
        term.wait_for("1 MINUTE LEFT");
        term.send("-");
        term.wait_for("TIME · OVER BY 0:0");
        term.send(" ");
        let screen = term.wait_for("PAUSED · OVER BY 0:0");
        assert!(!screen.contains("TIME · OVER BY"), "{screen}");
        term.send("q");
        term.wait_exit();
    }
}

// Issue 12, item 2: the report-back opened on the card last looked at in the breakout.
#[test]
fn the_report_back_opens_on_the_first_group_that_has_not_presented() {
    let dir = tempfile::tempdir().unwrap();
    let live = LiveDirs::new(dir.path());
    let mut term = started(&live, 120, 40);
    term.send("]");
    term.wait_for("BREAKOUT GROUPS");
    term.send("\x1b[C\x1b[C\x1b[C");
    term.send("]");
    let screen = term.wait_for("GROUP 1 OF 4");
    assert!(screen.contains("BUDGET FOLLOW-THROUGH"), "{screen}");
    term.send("q");
    term.wait_exit();
}

// Issue 12, item 3: one `]` during a running presentation left the report-back without
// asking and stopped the presenter's clock.
#[test]
fn moving_on_while_a_presenter_speaks_asks_first() {
    let dir = tempfile::tempdir().unwrap();
    let live = LiveDirs::new(dir.path());
    let mut term = started(&live, 100, 30);
    term.send("]]");
    term.wait_for("GROUP 1 OF 4");
    term.send(" ");
    term.wait_for("RUNNING");
    term.send("]");
    term.wait_for("A timer is running. Stop it and move to “Action planning”?");
    term.send("n");
    term.wait_gone("A timer is running. Stop it");
    assert!(
        term.contents().contains("RUNNING"),
        "still running after no"
    );
    term.send("]");
    term.wait_for("A timer is running. Stop it");
    term.send("y");
    term.wait_for("ACTION PLANNING");
    term.send("q");
    term.wait_exit();
}

// Issue 12, item 5: `31/03/27` previewed as 31 March 0027 and a second Enter saved it. A
// two-digit year is this century; a deadline more than a year back is refused outright.
#[test]
fn a_two_digit_year_means_this_century_and_a_wrong_year_is_refused() {
    use chrono::Datelike;
    let next = chrono::Local::now().date_naive().year() + 1;
    let dir = tempfile::tempdir().unwrap();
    let live = LiveDirs::new(dir.path());
    let mut term = started(&live, 80, 24);
    term.send("c");
    term.wait_for("Action");
    term.send("Publier le rapport\tHélène Dubois\t");
    term.send(&format!("31/03/{:02}", next % 100));
    term.wait_for(&format!("31 March {next}"));
    // Two years back with a four-digit year: refused, with the year named, and Enter
    // again does not keep it.
    term.send(&"\x7f".repeat(2));
    term.send(&format!("{}", (next - 3) % 100));
    term.wait_for("more than a year ago");
    term.send("\r");
    term.wait_for("more than a year ago");
    term.send("\r");
    let screen = term.wait_for("more than a year ago");
    assert!(!screen.contains("C1"), "{screen}");
    term.send("\x1b");
    term.wait_for("Discard");
    term.send("y");
    term.send("q");
    term.wait_exit();
}
