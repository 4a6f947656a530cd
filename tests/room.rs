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
        term.quit_console();
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
    term.quit_console();
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
    term.quit_console();
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
    term.quit_console();
    term.wait_exit();
}

// Issue 12, item 13: the plan changed live from the plan view (5): an item added, a late
// group added and moved to present first, one group absent; a note-taker sees each change
// at once and cannot make one; everything is in the saved record.
#[test]
fn the_plan_changes_live_and_a_note_taker_sees_it_at_once() {
    for (cols, rows) in [(80, 24), (120, 40)] {
        let dir = tempfile::tempdir().unwrap();
        let live = LiveDirs::new(dir.path());
        let mut host = started(&live, cols, rows);
        let mut taker = Term::spawn(&["join", "--name", "Thảo"], &live.env(), 80, 24);
        taker.wait_for("● live");
        taker.wait_for("1/5 Welcome");
        host.send("5");
        host.wait_for("THE PLAN");
        // A coffee break after the breakout.
        host.send("\x1b[Ba");
        host.wait_for("Add an agenda item at place 3");
        host.send("Pause café\t\x1b[C\x1b[C\x1b[C\x1b[C\t10\r");
        host.wait_for("Item added ✓");
        taker.wait_for("1/6 Welcome");
        // A late group, moved to present first.
        host.send("\ta");
        host.wait_for("Add a late group");
        host.send("Đoàn đến muộn\tLê Thị Thu\tArrived after the breakout\t4\r");
        host.wait_for("Group added ✓");
        host.send("<<<<");
        host.wait_for(" 1 Đoàn đến muộn");
        // The Chinese-named group did not come.
        host.send("\x1b[B\x1b[B\x1b[Bx");
        host.wait_for("marked absent");
        // A note-taker cannot change the plan.
        taker.send("5");
        taker.wait_for("facilitator");
        // The report-back opens on the late group, first in the new order.
        host.send("1]]]");
        host.wait_for("ĐOÀN ĐẾN MUỘN");
        taker.wait_for("Đoàn đến muộn");
        host.quit_console();
        host.wait_exit();
        taker.quit_console();
        taker.wait_exit();
        let saved = support::session_file(&live.sessions);
        let s: plenary::domain::Session =
            serde_json::from_str(&std::fs::read_to_string(saved).unwrap()).unwrap();
        let live_record = s.live.as_ref().unwrap();
        assert_eq!(s.groups.len(), 5);
        assert_eq!(s.group_order()[0], 4);
        assert!(s.is_absent(2));
        let changes: Vec<&str> = live_record
            .plan_changes
            .iter()
            .map(|c| c.change.as_str())
            .collect();
        // Four presses of < are one move in the record.
        assert_eq!(changes.len(), 4, "{changes:?}");
        assert_eq!(
            changes[2],
            "moved group “Đoàn đến muộn” to place 1 in the report-back"
        );
        assert!(changes[0].starts_with("added “Pause café” (Break, 10 min)"));
    }
}

// Issue 12, item 13: a commitment filed under the wrong group is moved; one made in error
// is deleted (asks, kept struck out) and restored.
#[test]
fn a_commitment_is_filed_elsewhere_deleted_and_restored() {
    let dir = tempfile::tempdir().unwrap();
    let live = LiveDirs::new(dir.path());
    let mut host = started(&live, 100, 30);
    host.send("]");
    host.wait_for("BREAKOUT GROUPS");
    host.send("c");
    host.wait_for("New commitment");
    host.send("Publier le rapport\tHélène Dubois\t+2w\r");
    host.wait_for("recorded ✓");
    host.send("2f");
    host.wait_for("File C1 under");
    // The picker opens on where C1 is filed (the breakout's first group): one down.
    host.wait_for("Budget follow-through (now)");
    host.send("\x1b[B\r");
    host.wait_for("C1 filed under Breakout groups · Suivi parlementaire ✓");
    host.send("d");
    host.wait_for("Delete C1?");
    host.send("y");
    host.wait_for("C1 deleted ✓");
    host.wait_for("0 · 1 deleted");
    host.send("d");
    host.wait_for("C1 restored ✓");
    host.quit_console();
    host.wait_exit();
    let saved = support::session_file(&live.sessions);
    let s: plenary::domain::Session =
        serde_json::from_str(&std::fs::read_to_string(saved).unwrap()).unwrap();
    let c = &s.live.as_ref().unwrap().commitments[0];
    assert_eq!(c.anchor.group, Some(1));
    assert!(!c.deleted);
    let history: Vec<&str> = c.history.iter().map(|h| h.change.as_str()).collect();
    assert_eq!(history[1..], ["deleted", "restored"], "{history:?}");
}

/// The saved session of a test's sessions directory.
fn saved(live: &LiveDirs) -> plenary::domain::Session {
    let file = support::session_file(&live.sessions);
    serde_json::from_str(&std::fs::read_to_string(file).unwrap()).unwrap()
}

// Issue 12, item 13: a note could be neither corrected nor deleted on screen. In the notes
// view (3) the facilitator selects one, corrects it with e and deletes another with d.
#[test]
fn the_facilitator_corrects_and_deletes_a_note() {
    let dir = tempfile::tempdir().unwrap();
    let live = LiveDirs::new(dir.path());
    let mut host = started(&live, 80, 24);
    for text in ["Le rapport sort en mars", "Typed in the wrong item"] {
        host.send("n");
        host.wait_for("Note · Welcome");
        host.send(&format!("{text}\r"));
        host.wait_for("Note recorded ✓");
    }
    host.send("3");
    host.wait_for("NOTES (2)");
    // The newest is selected; ↑ to the first, e, and the text is there to correct.
    host.send("\x1b[Ae");
    host.wait_for("Correct note · Welcome");
    host.send("\x1b[F, pas en février\r");
    host.wait_for("Note corrected ✓");
    host.send("\x1b[Bd");
    host.wait_for("Delete this note?");
    host.send("y");
    host.wait_for("Note deleted ✓");
    host.wait_for("[deleted] Typed in the wrong item");
    host.wait_for("NOTES (1 · 1 deleted)");
    host.quit_console();
    host.wait_exit();
    let s = saved(&live);
    let notes = &s.live.as_ref().unwrap().notes;
    assert_eq!(notes[0].text, "Le rapport sort en mars, pas en février");
    assert_eq!(
        notes[0].history[0].before.as_deref(),
        Some("Le rapport sort en mars")
    );
    assert!(notes[1].deleted);
}

// Issue 12, item 13: a note-taker corrects its own note from its screen; on someone else's
// note it is not offered e or d, and d there says whose notes it may change.
#[test]
fn a_note_taker_corrects_its_own_note_and_not_the_facilitators() {
    let dir = tempfile::tempdir().unwrap();
    let live = LiveDirs::new(dir.path());
    let mut host = started(&live, 100, 30);
    let mut taker = Term::spawn(&["join", "--name", "Thảo"], &live.env(), 80, 24);
    taker.wait_for("● live");
    host.send("n");
    host.wait_for("Note · Welcome");
    host.send("Note de l'animatrice\r");
    host.wait_for("Note recorded ✓");
    taker.wait_for("Note de l'animatrice");
    taker.send("n");
    taker.wait_for("Note · Welcome");
    taker.send("Ghi chú của Thảo\r");
    taker.send("3");
    taker.wait_for("NOTES (2)");
    taker.wait_for("e Enter edit");
    taker.send("e");
    taker.wait_for("Correct note · Welcome");
    taker.send("\x1b[F (đã sửa)\r");
    host.send("3");
    host.wait_for("Ghi chú của Thảo (đã sửa)");
    // The facilitator's note: no e or d offered, and d says why.
    taker.send("\x1b[A");
    taker.wait_gone("e Enter edit");
    taker.send("d");
    taker.wait_for("Not your note: you can correct or delete the notes you wrote");
    host.quit_console();
    host.wait_exit();
    taker.quit_console();
    taker.wait_exit();
    let s = saved(&live);
    let notes = &s.live.as_ref().unwrap().notes;
    assert_eq!(notes[1].text, "Ghi chú của Thảo (đã sửa)");
    assert_eq!(notes[1].history[0].by.name, "Thảo");
    assert!(!notes[0].deleted);
}

// Issue 12, item 12: projector mode and the muted bell were forgotten when the session was
// run again; now both are saved with it and `plenary run SESSION.json` opens as it was left.
#[test]
fn resuming_keeps_projector_mode_and_the_muted_bell() {
    let dir = tempfile::tempdir().unwrap();
    let live = LiveDirs::new(dir.path());
    let mut host = started(&live, 80, 24);
    host.send("m");
    host.wait_for("Bell muted");
    host.send("P");
    host.wait_gone("AGENDA");
    host.quit_console();
    host.wait_exit();
    let file = support::session_file(&live.sessions);
    let console = saved(&live).live.unwrap().console.unwrap();
    assert!(console.projector && console.muted);
    let file = file.to_string_lossy().into_owned();
    let mut again = Term::spawn(&["run", &file], &live.env(), 80, 24);
    let screen = again.wait_for("bell off");
    assert!(
        !screen.contains("AGENDA"),
        "not in projector mode:\n{screen}"
    );
    // Esc leaves projector mode, and that is kept too.
    again.send("\x1b");
    again.wait_for("AGENDA");
    again.quit_console();
    again.wait_exit();
    let console = saved(&live).live.unwrap().console.unwrap();
    assert!(!console.projector && console.muted);
}
