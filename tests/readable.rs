//! Issue 14, item 5, "Cannot read enough": a note-taker at 80x24 scrolls every note and
//! commitment with a position shown, opens one commitment in full with its history, reads
//! the action and where it came from in the table, and sees who presents. The real binary
//! in a pseudo-terminal on the peer-learning agenda; every wait is on what the screen shows.

mod support;

use support::{LiveDirs, Term};

const AGENDA: &str = "sessions/peer-learning-exchange.json";

/// The facilitator's console on the fixture agenda, started, and a note-taker joined.
fn room(live: &LiveDirs, cols: u16, rows: u16) -> (Term, Term) {
    let mut host = Term::spawn(&["run", AGENDA], &live.env(), 120, 40);
    host.wait_for("Press Enter to begin");
    host.send("\r");
    host.wait_for("WELCOME AND THE EVIDENCE");
    let taker = Term::spawn(&["join", "--name", "Thảo"], &live.env(), cols, rows);
    taker.wait_for("● live");
    taker.wait_for("1/5 Welcome");
    (host, taker)
}

/// `count` notes written by the note-taker, "Ghi chú 1" … , each confirmed.
fn notes(taker: &mut Term, count: usize) {
    for i in 1..=count {
        taker.send_now(&format!("nGhi chú {i}: ý kiến của nhóm\r"));
        taker.wait_gone("┏ Note ·");
    }
    taker.wait_for(&format!("Ghi chú {count}:"));
    all_saved(taker);
}

/// Waits until the host has saved everything this note-taker wrote: the status line no
/// longer counts anything unsaved.
fn all_saved(taker: &Term) {
    taker.wait_gone("not yet saved");
    taker.wait_gone("unsaved");
}

/// `count` commitments with a long action, recorded by the note-taker.
fn commitments(taker: &mut Term, count: usize) {
    for i in 1..=count {
        taker.send_now("c");
        taker.wait_for("New commitment");
        taker.send_now(&format!(
            "Publier le rapport de suivi {i} et le présenter à la commission des finances\tZhang Wei\t+2w\r"
        ));
        taker.wait_gone("New commitment");
    }
    taker.wait_for(&format!("rapport de suivi {count} "));
    all_saved(taker);
}

// Issue 14, item 5: the notes pane showed the last nine notes with no scrolling. In the
// notes (3) ↑↓, PgUp/PgDn, Home/End move through all of them, and the heading says which
// are shown ("notes 1–… of 25").
#[test]
fn item_5_notes_scroll_with_their_position_shown() {
    let dir = tempfile::tempdir().unwrap();
    let live = LiveDirs::within(dir.path());
    let (mut host, mut taker) = room(&live, 80, 24);
    notes(&mut taker, 25);
    // The first screen says which notes it shows.
    taker.wait_for("of 25");
    taker.send("3");
    taker.wait_for("Ghi chú 25:");
    taker.send("\x1b[H");
    let screen = taker.wait_for("notes 1–");
    assert!(screen.contains("Ghi chú 1:"), "{screen}");
    assert!(!screen.contains("Ghi chú 25:"), "{screen}");
    taker.send("\x1b[6~");
    taker.wait_gone("notes 1–");
    taker.send("\x1b[F");
    let screen = taker.wait_for("Ghi chú 25:");
    assert!(screen.contains("–25 of 25"), "{screen}");
    // Three pages of eight up: from the 25th to the first, and the window follows it.
    taker.send("\x1b[5~\x1b[5~\x1b[5~");
    let screen = taker.wait_for("notes 1–");
    assert!(!screen.contains("Ghi chú 25:"), "{screen}");
    host.quit_console();
    host.wait_exit();
    taker.quit_console();
    taker.wait_exit();
}

// Issue 14, item 5: at 80 columns the commitments table cut the action to 24 characters and
// "From" to 8, with no detail view. The table (2) shows more of the action and where it came
// from, scrolls with its position shown, and v opens one commitment in full: the action
// wrapped, owner, deadline, status, who recorded it and when, and every change since.
#[test]
fn item_5_commitments_scroll_and_one_opens_in_full_with_its_history() {
    let dir = tempfile::tempdir().unwrap();
    let live = LiveDirs::within(dir.path());
    let (mut host, mut taker) = room(&live, 80, 24);
    commitments(&mut taker, 12);
    taker.send("2");
    taker.wait_for("COMMITMENTS (12)");
    let screen = taker.wait_for("commitments 1–");
    // The action on two lines of 40 columns, and where it came from.
    assert!(
        screen.contains("Publier le rapport de suivi 1 et le"),
        "{screen}"
    );
    assert!(screen.contains("présenter à la commission des"), "{screen}");
    assert!(screen.contains("Welcome and the"), "{screen}");
    taker.send("\x1b[F");
    taker.wait_for("–12 of 12");
    taker.send("\x1b[H");
    taker.wait_for("commitments 1–");
    // A status change, then the detail view with its history.
    taker.send("s");
    taker.wait_for("in progress");
    taker.send("v");
    // The list shows the new status as soon as it is sent; the history line comes with the
    // host's copy, which the open view follows.
    let screen = taker.wait_for("open → in progress");
    for text in [
        "C1",
        "commission des",
        "finances",
        "Zhang Wei",
        "Thảo",
        "open → in progress",
    ] {
        assert!(screen.contains(text), "{text}: {screen}");
    }
    taker.send("\x1b");
    taker.wait_gone("History");
    host.quit_console();
    host.wait_exit();
    taker.quit_console();
    taker.wait_exit();
}

// Issue 14, item 5: the presenter's name was not shown while a presenter's timer ran.
#[test]
fn item_5_the_presenter_is_on_the_status_line() {
    let dir = tempfile::tempdir().unwrap();
    let live = LiveDirs::within(dir.path());
    let (mut host, taker) = room(&live, 80, 24);
    host.send("]");
    host.wait_for("BREAKOUT");
    host.send("]");
    host.wait_for("GROUP 1 OF 4");
    host.send(" ");
    taker.wait_for("3/5");
    taker.wait_for("Nguyễn Thị Hương");
    host.send(" ");
    host.quit_console();
    host.wait_exit();
}
