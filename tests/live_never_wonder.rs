//! Issue 14, "note-takers who never wonder": the real binaries in pseudo-terminals, a
//! facilitator and note-takers on the four-group peer-learning agenda.

mod support;

use support::{LiveDirs, Term};

const AGENDA: &str = "sessions/peer-learning-exchange.json";

/// The facilitator on the fixture agenda, on the first group's report-back with its timer
/// running.
fn presenting(live: &LiveDirs, cols: u16, rows: u16) -> Term {
    let mut host = Term::spawn(&["run", AGENDA], &live.env(), cols, rows);
    host.wait_for("Press Enter to begin");
    host.send("\r]]");
    host.wait_for("GROUP 1 OF 4");
    host.send(" ");
    host.wait_for("RUNNING");
    host
}

/// Quits the facilitator's console, whatever it asks first.
fn quit(mut host: Term) {
    host.send("q");
    host.wait_for_any(&["Quit anyway?", "Session saved", "quit?"]);
    host.send("y");
    host.wait_exit();
}

// Issue 14, item 10: the facilitator sees what a note-taker adds on the stage, one line
// that fades, with the timer still in sight, at 80x24 and at 60x20.
#[test]
fn item_10_the_facilitator_sees_what_a_note_taker_recorded_on_the_stage() {
    for (cols, rows) in [(80, 24), (60, 20)] {
        let dir = tempfile::tempdir().unwrap();
        let live = LiveDirs::within(dir.path());
        let host = presenting(&live, cols, rows);
        let mut amina = Term::spawn(&["join", "--name", "Amina"], &live.env(), 80, 24);
        amina.wait_for("● live");
        amina.send("c");
        amina.wait_for("New commitment");
        amina.send("Map parliamentary committees\tParliament\t+2w\r");
        amina.wait_for("✓");
        let screen = host.wait_for("Amina recorded C1: Map parliamentary");
        assert!(screen.contains("RUNNING"), "the timer is hidden:\n{screen}");
        host.wait_gone("Amina recorded C1");
        assert!(host.contents().contains("RUNNING"));
        amina.send("q");
        amina.wait_exit();
        quit(host);
    }
}
