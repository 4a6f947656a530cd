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
        term.quit_console();
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
        term.quit_console();
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
        term.quit_console();
        term.wait_exit();
    }
}

const RECORDED: &str = "sessions/2026-06-18-monitoring-results-workshop.json";

fn signal(pid: u32, name: &str) {
    let sent = std::process::Command::new("kill")
        .args([&format!("-{name}"), &pid.to_string()])
        .status()
        .unwrap();
    assert!(sent.success());
}

/// `plenary review` of a copy of the recorded session, its follow-up form open on the
/// board's first row with a note typed.
fn review_with_a_note_typed(dir: &std::path::Path, cols: u16, rows: u16) -> Term {
    let file = dir.join("recorded.json");
    std::fs::copy(RECORDED, &file).unwrap();
    let live = LiveDirs::new(dir);
    let mut term = Term::spawn(&["review", file.to_str().unwrap()], &live.env(), cols, rows);
    term.wait_for("plenary review");
    term.send("b");
    term.wait_for("by deadline");
    term.send("\r");
    term.wait_for("Status");
    term.send("\t\tGhi chú quan trọng 重要");
    term.wait_for("重要");
    term
}

// Finding 1: Ctrl-C in review with a half-typed follow-up asks first, as the console does;
// n keeps the form, Ctrl-C again quits.
#[test]
fn finding_1_ctrl_c_in_review_asks_before_a_typed_follow_up_is_lost() {
    for (cols, rows) in [(80, 24), (60, 20)] {
        let dir = tempfile::tempdir().unwrap();
        let mut term = review_with_a_note_typed(dir.path(), cols, rows);
        term.send("\x03");
        term.wait_for("Quit and discard");
        term.send("n");
        term.wait_gone("Quit and discard");
        assert!(term.contents().contains("重要"));
        term.send("\x03");
        term.wait_for("Quit and discard");
        term.send("\x03");
        assert!(term.wait_exit());
    }
}

// Finding 1: a signal with a half-typed form says, in the last words, what the form held,
// in the console and in review.
#[test]
fn finding_1_a_signal_says_what_the_open_form_held() {
    for sig in ["TERM", "HUP"] {
        let dir = tempfile::tempdir().unwrap();
        let mut term = review_with_a_note_typed(dir.path(), 80, 24);
        signal(term.pid(), sig);
        term.wait_exit();
        let said = term.contents();
        assert!(said.contains("was not written"), "SIG{sig}: {said}");
        assert!(said.contains("Ghi chú quan trọng 重要"), "SIG{sig}: {said}");

        let dir = tempfile::tempdir().unwrap();
        let live = LiveDirs::new(dir.path());
        let mut term = started(&live, 80, 24);
        term.send("n");
        term.wait_for("what was said");
        term.send("note en cours, pas envoyée");
        term.wait_for("pas envoyée");
        signal(term.pid(), sig);
        term.wait_exit();
        let said = term.contents();
        assert!(said.contains("was not saved"), "SIG{sig}: {said}");
        assert!(
            said.contains("note en cours, pas envoyée"),
            "SIG{sig}: {said}"
        );
    }
}

fn saved(live: &LiveDirs) -> plenary::domain::Session {
    let file = support::session_file(&live.sessions);
    serde_json::from_str(&std::fs::read_to_string(file).unwrap()).unwrap()
}

// Finding 2 and issue 14, item 4: after an edit conflict the form shows the other version
// beside each field that differs and the whole message; Ctrl-T takes theirs for a field
// (again: yours back); Enter saves on their revision. Both ways round: the facilitator
// after a note-taker, and a note-taker after the facilitator.
#[test]
fn finding_2_an_edit_conflict_opens_a_merge_that_saves_on_their_version() {
    for (cols, rows) in [(80, 24), (60, 20), (120, 40)] {
        let dir = tempfile::tempdir().unwrap();
        let live = LiveDirs::new(dir.path());
        let mut host = started(&live, cols, rows);
        let mut taker = Term::spawn(
            &["join", "--name", "Nguyễn Văn An"],
            &live.env(),
            cols,
            rows,
        );
        taker.wait_for("● live");
        taker.send("c");
        taker.wait_for("New commitment");
        taker.send("Lập bản đồ các ủy ban\tQuốc hội\t+2w\r");
        host.send("2");
        host.wait_for("Lập bản đồ");
        host.send("e");
        host.wait_for("Edit commitment C1");
        host.send(" X");
        taker.send("2");
        // The action is on the status line before the list is open: wait for the list.
        taker.wait_for("COMMITMENTS (1)");
        taker.send("e");
        taker.wait_for("Edit commitment C1");
        taker.send(" (An)\r");
        // The facilitator's Enter meets the note-taker's change.
        host.send("\r");
        let screen = host.wait_for("theirs/yours");
        assert!(
            screen.contains("Nguyễn Văn An: Lập bản đồ các ủy ban (An)"),
            "{cols}x{rows}:\n{screen}"
        );
        assert!(screen.contains("version."), "{cols}x{rows}:\n{screen}");
        host.send("\x14");
        host.wait_for("yours: Lập bản đồ các ủy ban X");
        host.send("\x14");
        host.wait_gone("yours:");
        host.send("\r");
        host.wait_for("Commitment updated ✓");
        // Now the note-taker's form meets the facilitator's change.
        taker.send("e");
        taker.wait_for("Edit commitment C1");
        host.send("e");
        host.wait_for("Edit commitment C1");
        host.send(" Y\r");
        host.wait_for("Commitment updated ✓");
        taker.send(" Z\r");
        let screen = taker.wait_for("theirs/yours");
        assert!(
            screen.contains("Lập bản đồ các ủy ban X Y"),
            "{cols}x{rows}:\n{screen}"
        );
        taker.send("\r");
        support::wait_for_file_text(&live.sessions, "ủy ban X Z");
        host.quit_console();
        host.wait_exit();
        taker.quit_console();
        taker.wait_exit();
        let s = saved(&live);
        let c = &s.live.as_ref().unwrap().commitments[0];
        assert_eq!(c.what, "Lập bản đồ các ủy ban X Z", "{cols}x{rows}");
    }
}

// Findings11 items 6 and 7, on the real binary: the launcher has `?` help in its footer
// and an overlay; the console's footer before the start offers no ][ or +-, a form hides
// the screen's keys, and the one-field note form offers no Tab.
#[test]
fn findings_6_7_footers_show_the_keys_that_work_there() {
    for (cols, rows) in [(80, 24), (60, 20)] {
        let dir = tempfile::tempdir().unwrap();
        let live = LiveDirs::new(dir.path());
        let mut term = Term::spawn(&[], &live.env(), cols, rows);
        term.wait_for("pick an agenda");
        term.wait_for("? help");
        term.send("?");
        term.wait_for("these keys");
        term.send("x");
        term.wait_gone("these keys");
        term.quit_console();
        term.wait_exit();

        let mut term = Term::spawn(&["run", AGENDA], &live.env(), cols, rows);
        term.wait_for("Press Enter to begin");
        // The footer's last words: the whole frame has arrived, not only its middle (a
        // loaded machine hands the terminal a frame in pieces).
        let screen = term.wait_for("q quit");
        let footer = screen.lines().last().unwrap_or_default().to_string();
        assert!(footer.contains("Enter start"), "{cols}x{rows}: {footer}");
        assert!(!footer.contains("]["), "{cols}x{rows}: {footer}");
        assert!(!footer.contains("+-"), "{cols}x{rows}: {footer}");
        term.send("\r");
        term.wait_for("WELCOME AND THE EVIDENCE");
        term.send("n");
        let screen = term.wait_for("Enter save");
        assert!(
            !screen.contains("Tab next field"),
            "{cols}x{rows}:\n{screen}"
        );
        assert!(!screen.contains("? help"), "{cols}x{rows}:\n{screen}");
        term.send("\x1b");
        term.wait_for("? help");
        term.quit_console();
        term.wait_exit();
    }
}

// Findings11 item 7: review's help lists the follow-up form's keys, and the note-taker's
// commitments table shows its keys in the footer.
#[test]
fn finding_7_review_help_has_the_form_keys_and_the_note_takers_table_its_keys() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("recorded.json");
    std::fs::copy(RECORDED, &file).unwrap();
    let live = LiveDirs::new(dir.path());
    let mut term = Term::spawn(&["review", file.to_str().unwrap()], &live.env(), 120, 40);
    term.wait_for("plenary review");
    term.send("?");
    term.wait_for("these keys");
    let mut seen = term.contents();
    for _ in 0..20 {
        if seen.contains("In a form") {
            break;
        }
        term.send("\x1b[6~");
        seen = term.contents();
    }
    // The overlay scrolls: page until the forms' section shows.
    let shown = term.wait_for("In a form");
    assert!(shown.contains("save"), "{shown}");
    term.send("x");
    term.quit_console();
    term.wait_exit();

    let dir = tempfile::tempdir().unwrap();
    let live = LiveDirs::new(dir.path());
    let mut host = started(&live, 80, 24);
    host.send("c");
    host.wait_for("New commitment");
    host.send("Publier le rapport\tHélène Dubois\t+2w\r");
    host.wait_for("recorded ✓");
    let mut taker = Term::spawn(&["join", "--name", "Thảo"], &live.env(), 80, 24);
    taker.wait_for("● live");
    taker.send("2");
    // "Publier" is on the first screen too: wait for the table's own keys, not the text.
    taker.wait_for("Publier");
    let screen = taker.wait_for("↑↓");
    let footer = screen.lines().last().unwrap_or_default().to_string();
    for keys in ["↑↓", "edit", "status", "help"] {
        assert!(footer.contains(keys), "{keys}: {footer}");
    }
    taker.quit_console();
    taker.wait_exit();
    host.quit_console();
    host.wait_exit();
}

// Finding 1: a note half-typed in the console when it was stopped is kept and opened again
// by the next `plenary run` of the session, as `join` keeps its drafts; a form the person
// chose to discard is not.
#[test]
fn finding_1_the_console_keeps_a_half_typed_form_for_the_next_run() {
    let dir = tempfile::tempdir().unwrap();
    let live = LiveDirs::new(dir.path());
    let mut term = started(&live, 80, 24);
    term.send("n");
    term.wait_for("what was said");
    term.send("note en cours, pas envoyée");
    term.wait_for("pas envoyée");
    signal(term.pid(), "TERM");
    term.wait_exit();
    assert!(
        term.contents().contains("opens it again"),
        "{}",
        term.contents()
    );
    let file = support::session_file(&live.sessions);
    let mut term = Term::spawn(&["run", file.to_str().unwrap()], &live.env(), 80, 24);
    term.wait_for("Restored what your earlier plenary left");
    term.wait_for("note en cours, pas envoyée");
    // Ctrl-C, yes: discarded, and not offered again.
    term.send("\x03");
    term.wait_for("Quit and discard");
    term.send("y");
    term.wait_exit();
    assert!(
        !term.contents().contains("was not saved"),
        "{}",
        term.contents()
    );
    let mut term = Term::spawn(&["run", file.to_str().unwrap()], &live.env(), 80, 24);
    term.wait_for("q quit");
    assert!(!term.contents().contains("Restored"));
    term.quit_console();
    term.wait_exit();
}

// Finding 1: review keeps a half-typed follow-up across a stop and opens it again, on the
// same commitment, in the next `plenary review`.
#[test]
fn finding_1_review_keeps_a_half_typed_follow_up_for_the_next_review() {
    let dir = tempfile::tempdir().unwrap();
    let mut term = review_with_a_note_typed(dir.path(), 80, 24);
    signal(term.pid(), "TERM");
    term.wait_exit();
    assert!(
        term.contents().contains("opens it again"),
        "{}",
        term.contents()
    );
    let file = dir.path().join("recorded.json");
    let live = LiveDirs::new(dir.path());
    let mut term = Term::spawn(&["review", file.to_str().unwrap()], &live.env(), 80, 24);
    term.wait_for("Restored what your earlier review left");
    term.wait_for("Ghi chú quan trọng 重要");
    term.send("\x03");
    term.wait_for("Quit and discard");
    term.send("y");
    term.wait_exit();
    let mut term = Term::spawn(&["review", file.to_str().unwrap()], &live.env(), 80, 24);
    term.wait_for("plenary review");
    assert!(!term.contents().contains("Restored"));
    term.quit_console();
    term.wait_exit();
}
