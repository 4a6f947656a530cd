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

/// Waits until `text` is on screen, wrapped across lines or not; returns the screen.
fn wait_joined(term: &Term, text: &str) -> String {
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
    loop {
        let screen = term.contents();
        if joined(&screen).contains(text) {
            return screen;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "never saw {text:?}:\n{screen}"
        );
        // Polls the condition, as `Term::wait_for` does.
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
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
        term.quit_console();
        assert!(term.wait_exit());
        host.quit_console();
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
        let whole = joined(&screen);
        assert!(
            whole.contains("Enter start or resume") && whole.contains("q quit"),
            "{cols}x{rows}: cut:\n{screen}"
        );
        term.quit_console();
        assert!(term.wait_exit());
    }
}

const RECORDED: &str = "sessions/2026-06-18-monitoring-results-workshop.json";

/// `plenary review` of a copy of the recorded example, in a `cols`x`rows` terminal.
fn review(cols: u16, rows: u16) -> (tempfile::TempDir, Term) {
    review_named("2026-06-18-workshop.json", cols, rows)
}

/// `plenary review` of a copy of the recorded example saved as `name`.
fn review_named(name: &str, cols: u16, rows: u16) -> (tempfile::TempDir, Term) {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join(name);
    std::fs::copy(RECORDED, &file).unwrap();
    let live = LiveDirs::within(dir.path());
    let term = Term::spawn(&["review", file.to_str().unwrap()], &live.env(), cols, rows);
    term.wait_for("plenary review");
    (dir, term)
}

const LIST: &str = "Date        Start  Session";
const RECORD: &str = "Participants";
const BOARD: &str = "Deadline   Late";

// Issue 11, newcomer finding 4: the selection follows the commitment just followed up.
#[test]
fn finding_4_review_keeps_the_followed_up_commitment_selected_after_the_re_sort() {
    for (cols, rows) in SIZES {
        let (_dir, mut t) = review(cols, rows);
        t.send("b");
        let before = selected_line(&t.wait_for(BOARD));
        assert!(before.contains("Circulate the"), "{before}");
        t.send("\r");
        t.wait_for("Follow up C12");
        t.send("\t+1y\tDời hạn — reporté 推迟\r");
        let screen = t.wait_for("C12 updated");
        let after = selected_line(&screen);
        assert!(
            after.contains("Circulate the") && after.contains("2027-"),
            "{cols}x{rows}: the selection left C12:\n{screen}"
        );
    }
}

// Issue 11, newcomer finding 5a: one session's commitments go back to where they came from.
#[test]
fn finding_5a_esc_on_one_sessions_commitments_goes_back_where_it_came_from() {
    let (_dir, mut t) = review(80, 24);
    t.send("\r");
    t.wait_for(RECORD);
    t.send("c");
    t.wait_for("session: Putting");
    t.send("\x1b");
    t.wait_for(RECORD);
    t.send("\x1b");
    t.wait_for(LIST);
    t.send("c");
    t.wait_for("session: Putting");
    t.send("\x1b");
    t.wait_for(LIST);
}

// Issue 11, newcomer finding 5b: Esc clears the grouping, and no board inherits another's.
#[test]
fn finding_5b_esc_clears_the_grouping_and_boards_do_not_share_it() {
    let (_dir, mut t) = review(80, 24);
    t.send("c");
    t.wait_for("session: Putting");
    t.send("g");
    t.wait_for("grouped by owner");
    t.send("\x1b");
    t.wait_gone("grouped by owner");
    assert!(
        t.contents().contains(BOARD),
        "Esc first clears: {}",
        t.contents()
    );
    t.send("gos");
    t.wait_for("grouped by owner");
    t.send("\t");
    t.wait_for(LIST);
    t.send("b");
    let screen = t.wait_for(BOARD);
    assert!(
        !screen.contains("grouped by owner") && screen.contains("12 of 12 any status"),
        "{screen}"
    );
}

// Issue 11, newcomer findings 5c and 13: Esc never quits review; a stray key says where
// it works, every place, whole at 60x20.
#[test]
fn finding_5c_and_13_esc_never_quits_review_and_stray_keys_say_where_they_work() {
    for (cols, rows) in SIZES {
        let (_dir, mut t) = review(cols, rows);
        t.send("\x1b");
        let screen = t.wait_for("nothing to go back to");
        assert!(joined(&screen).contains("q quits"), "{screen}");
        t.send("x");
        // Waits for the sentence's end, wherever it wraps.
        let screen = t.wait_for("(Enter on the list)");
        assert!(
            joined(&screen).contains("x (export: Markdown, CSV, calendar, HTML or DOCX) works on a session's record (Enter on the list)"),
            "{cols}x{rows}:\n{screen}"
        );
        t.send("\x1b[F");
        let screen = t.wait_for("End (the last)");
        assert!(
            joined(&screen).contains("works on the commitments board (b or c)"),
            "{cols}x{rows}:\n{screen}"
        );
        t.send("Z");
        t.wait_for("Z does nothing here");
        t.quit_console();
        assert!(t.wait_exit());
    }
}

// Issue 11, newcomer finding 14: the export's message shows the file written.
#[test]
fn finding_14_review_export_names_the_file_written() {
    for (cols, rows) in SIZES {
        let name = "2026-11-26-đối-thoại-về-trách-nhiệm-giải-trình-关于利用.json";
        let (_dir, mut t) = review_named(name, cols, rows);
        t.send("\r");
        t.wait_for(RECORD);
        t.send("x");
        t.wait_for("Export this session");
        t.send("i");
        let screen = t.wait_for("Wrote");
        assert!(
            joined(&screen).contains("关于利用.deadlines.ics"),
            "{cols}x{rows}:\n{screen}"
        );
    }
}

// Issue 11, newcomer finding 13: in the console, a key pressed where it does nothing names
// every place it works, whole at 60x20; + and - before the start say why nothing happened.
#[test]
fn finding_13_the_console_names_every_place_a_key_works() {
    for (cols, rows) in SIZES {
        let dir = tempfile::tempdir().unwrap();
        let live = LiveDirs::within(dir.path());
        let mut t = Term::spawn(
            &["run", "sessions/short-plenary.json"],
            &live.env(),
            cols,
            rows,
        );
        t.wait_for("Press Enter to begin");
        t.send("+");
        let screen = t.wait_for("+ works");
        assert!(
            joined(&screen).contains("once the session has started (Enter), until it ends"),
            "{screen}"
        );
        t.send("\r");
        t.wait_for("OPENING");
        t.send("x");
        let screen = t.wait_for("x works");
        assert!(
            joined(&screen).contains(
                "x works in the plan (5), on the agenda; in the plan (5), on the report-back order and in the people list (4)"
            ),
            "{cols}x{rows}:\n{screen}"
        );
        t.send("d");
        let screen = t.wait_for("d works");
        assert!(
            joined(&screen).contains(
                "d works during a follow-up item; in the commitments table (2) and on a note selected in the notes (3)"
            ),
            "{cols}x{rows}:\n{screen}"
        );
        t.send("q");
        t.wait_for_any(&["Quit anyway?", "Session saved"]);
        t.send("y");
        assert!(t.wait_exit());
    }
}

/// The screen's line that holds `text`.
fn line_with(screen: &str, text: &str) -> String {
    screen
        .lines()
        .find(|l| l.contains(text))
        .unwrap_or_default()
        .to_string()
}

// Issue 11 finding 11 and issue 14 item 6: a note-taker's and a viewer's messages are true
// when read.
#[test]
fn finding_11_a_note_takers_messages_are_true_when_read() {
    for (cols, rows) in SIZES {
        let dir = tempfile::tempdir().unwrap();
        let live = LiveDirs::within(dir.path());
        let env = live.env();
        let mut host = support::begun_session(&env, 120, 40);
        // A viewer is not told to press keys it does not have.
        let mut viewer = Term::spawn(&["join", "--view", "--name", "Vi"], &env, cols, rows);
        viewer.wait_for("● live");
        for view in ["3", "2"] {
            viewer.send(view);
            let screen = viewer.wait_for("No ");
            assert!(
                !screen.contains("Press n") && !screen.contains("Press c"),
                "{cols}x{rows}:\n{screen}"
            );
        }
        let mut amina = Term::spawn(&["join", "--name", "Amina"], &env, cols, rows);
        amina.wait_for("● live");
        // "sending…" becomes "recorded ✓ HH:MM" once the host has it on disk.
        amina.send("nKiểm tra thông báo 检查\r");
        let screen = amina.wait_for("Note recorded ✓ ");
        let line = line_with(&screen, "Note recorded ✓ ");
        let time = line.split("✓ ").nth(1).unwrap_or_default().trim();
        assert!(
            time.len() == 5 && time.as_bytes()[2] == b':',
            "{cols}x{rows}: `{line}`"
        );
        assert!(!screen.contains("sending"), "{screen}");
        amina.send("cMap the committees\tParliament\t+2w\r");
        amina.wait_for("Commitment recorded ✓ ");
        // Past the report-back's start, a note-taker is not told to press Space.
        host.send("]]");
        host.wait_for("GROUP 1 OF 2");
        let screen = amina.wait_for("READY");
        assert!(!screen.contains("Space"), "{cols}x{rows}:\n{screen}");
        // The facilitator deletes the commitment: the note-taker is offered nothing it
        // cannot do.
        host.send("2d");
        host.wait_for("Delete C1?");
        host.send("y");
        host.wait_for("C1 deleted ✓");
        amina.send("2");
        let screen = amina.wait_for("1 deleted");
        assert!(!screen.contains("d restores"), "{screen}");
        amina.send("e");
        let screen = wait_joined(
            &amina,
            "C1 was deleted: only the facilitator can restore it",
        );
        assert!(!screen.contains("Edit commitment"), "{screen}");
        amina.send("x");
        wait_joined(&amina, "Agenda and timers are the facilitator's");
        amina.send("s");
        wait_joined(
            &amina,
            "C1 was deleted: only the facilitator can restore it",
        );
        amina.send("d");
        wait_joined(&amina, "d (delete the selected commitment");
        wait_joined(&amina, "is the facilitator's key here");
        amina.quit_console();
        amina.wait_exit();
        viewer.quit_console();
        viewer.wait_exit();
        host.send("q");
        host.wait_for_any(&["Quit anyway?", "Session saved"]);
        host.send("y");
        host.wait_exit();
    }
}

// Issue 11, newcomer finding 14: the note-taker's reconnecting message is read whole.
#[test]
fn finding_14_the_note_takers_reconnecting_message_is_whole() {
    for (cols, rows) in SIZES {
        let dir = tempfile::tempdir().unwrap();
        let live = LiveDirs::within(dir.path());
        let env = live.env();
        let mut host = support::begun_session(&env, 120, 40);
        let mut taker = Term::spawn(&["join", "--name", "Amina"], &env, cols, rows);
        taker.wait_for("● live");
        let killed = std::process::Command::new("kill")
            .args(["-9", &host.pid().to_string()])
            .status()
            .unwrap();
        assert!(killed.success());
        host.wait_exit();
        wait_joined(
            &taker,
            "Lost the facilitator's session; reconnecting. Your notes are kept and will be sent.",
        );
        taker.quit_console();
        taker.wait_exit();
    }
}

// Issue 14 item 7: a note-taker the facilitator disconnects is told so and stops trying;
// the facilitator is told who left (nc14 #11: and as what).
#[test]
fn item_7_a_disconnected_note_taker_is_told_and_the_facilitator_hears_who_left() {
    let dir = tempfile::tempdir().unwrap();
    let live = LiveDirs::within(dir.path());
    let env = live.env();
    let mut host = support::begun_session(&env, 120, 40);
    let mut amina = Term::spawn(&["join", "--name", "Amina"], &env, 80, 24);
    amina.wait_for("● live");
    host.wait_for("Amina joined as note-taker");
    let mut grace = Term::spawn(&["join", "--name", "Grace"], &env, 80, 24);
    grace.wait_for("● live");
    host.wait_for("Grace joined as note-taker");
    // Grace leaves on her own: the facilitator is told.
    grace.quit_console();
    grace.wait_exit();
    host.wait_for("Grace (note-taker) left");
    host.send("4x");
    host.wait_for("Disconnect Amina (");
    host.send("y");
    host.wait_for("Disconnected Amina");
    let screen = amina.wait_for("■ the facilitator disconnected you");
    assert!(!screen.contains("reconnecting"), "{screen}");
    amina.quit_console();
    amina.wait_exit();
    host.send("q");
    host.wait_for_any(&["Quit anyway?", "Session saved"]);
    host.send("y");
    host.wait_exit();
}

// Issue 14 item 7: the facilitator ends the session and quits: note-takers say "session
// ended" and stop trying; closed without ending, they wait and join again on resume.
#[test]
fn item_7_note_takers_hear_the_session_ended_or_closed_for_now() {
    let dir = tempfile::tempdir().unwrap();
    let live = LiveDirs::within(dir.path());
    let env = live.env();
    let mut host = support::begun_session(&env, 120, 40);
    let file = support::session_file(dir.path());
    let mut amina = Term::spawn(&["join", "--name", "Amina"], &env, 80, 24);
    amina.wait_for("● live");
    // Closed for now: Amina waits, and is back once the session is resumed.
    host.send("q");
    host.wait_for_any(&["Quit anyway?", "Session saved"]);
    host.send("y");
    host.wait_exit();
    let screen = amina.wait_for("closed for now");
    assert!(
        joined(&screen).contains("joins again when the session is resumed"),
        "{screen}"
    );
    let mut host = Term::spawn(&["run", file.to_str().unwrap()], &env, 120, 40);
    amina.wait_for("● live");
    // Ended: Amina is told, and stays so when the file is opened again.
    host.send("]]]");
    // Leaving the report-back with every group still to present asks first.
    host.wait_for("have not presented yet");
    host.send("y");
    host.wait_for("COMMITMENTS");
    host.send("]]");
    host.wait_for("End the session?");
    host.send("y");
    host.send("q");
    host.wait_for_any(&["Quit anyway?", "Session saved"]);
    host.send("y");
    host.wait_exit();
    let screen = amina.wait_for("■ session ended");
    assert!(joined(&screen).contains("Session ended"), "{screen}");
    let mut again = Term::spawn(&["run", file.to_str().unwrap()], &env, 120, 40);
    again.wait_for("SESSION ENDED");
    let mut clara = Term::spawn(&["join", "--name", "Clara"], &env, 80, 24);
    clara.wait_for("● live");
    again.wait_for("Clara joined");
    let screen = amina.contents();
    assert!(screen.contains("■ session ended"), "{screen}");
    for t in [&mut amina, &mut clara] {
        t.quit_console();
        t.wait_exit();
    }
    again.send("q");
    again.wait_for_any(&["Quit anyway?", "Session saved"]);
    again.send("y");
    again.wait_exit();
}
