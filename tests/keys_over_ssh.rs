//! Issue 14, item 9, "Keys over SSH": what a note-taker types over a slow link arrives in
//! bursts, several keys in one read. The real binary in a pseudo-terminal, keys written in
//! one write (as SSH delivers them) and one by one; every wait is on what the screen shows.

mod support;

use support::{LiveDirs, Term};

const AGENDA: &str = "sessions/peer-learning-exchange.json";

/// The facilitator's console on the fixture agenda, started, and a note-taker joined.
fn room(live: &LiveDirs) -> (Term, Term) {
    let mut host = Term::spawn(&["run", AGENDA], &live.env(), 80, 24);
    host.wait_for("Press Enter to begin");
    host.send("\r");
    host.wait_for("WELCOME AND THE EVIDENCE");
    let taker = Term::spawn(&["join", "--name", "Thảo"], &live.env(), 80, 24);
    taker.wait_for("● live");
    taker.wait_for("1/5 Welcome");
    (host, taker)
}

/// The owners of the saved session's commitments, in order.
fn owners(live: &LiveDirs) -> Vec<String> {
    let file = support::session_file(&live.sessions);
    let s: plenary::domain::Session =
        serde_json::from_str(&std::fs::read_to_string(file).unwrap()).unwrap();
    s.live
        .unwrap()
        .commitments
        .iter()
        .map(|c| c.owner.clone())
        .collect()
}

/// The suggested owner on the row after the highlighted one ("› NAME").
fn second_suggestion(screen: &str) -> String {
    let lines: Vec<&str> = screen.lines().collect();
    let at = lines
        .iter()
        .position(|l| l.contains("› ") && !l.contains("Owner"))
        .unwrap_or_else(|| panic!("no highlighted owner:\n{screen}"));
    lines[at + 1]
        .trim_matches(|c: char| c == '┃' || c.is_whitespace())
        .to_string()
}

// Issue 14, item 9: Tab after ↓ on an owner suggestion threw the choice away and took the
// first. Once with ↓ and Tab typed apart, once with both in one write (a burst over SSH).
#[test]
fn item_9_tab_after_down_takes_the_highlighted_owner() {
    let dir = tempfile::tempdir().unwrap();
    let live = LiveDirs::within(dir.path());
    let (mut host, mut taker) = room(&live);
    let mut wanted = Vec::new();
    for (i, burst) in [false, true].into_iter().enumerate() {
        taker.send("c");
        taker.wait_for("New commitment");
        taker.send("Brief the committee\ttr");
        let screen = taker.wait_for("take owner");
        let second = second_suggestion(&screen);
        if burst {
            taker.send_now("\x1b[B\t+2w\r");
        } else {
            taker.send("\x1b[B");
            taker.wait_for(&format!("› {second}"));
            taker.send("\t");
            taker.wait_gone("take owner");
            taker.send("+2w\r");
        }
        taker.wait_gone("New commitment");
        taker.wait_for(&format!("C{} ", i + 1));
        wanted.push(second);
    }
    // The facilitator records an owner that matches too while the note-taker's highlight
    // is on the second name: the highlight stays on that name, and Tab takes it.
    taker.send("c");
    taker.wait_for("New commitment");
    taker.send("Map the committees\ttr");
    let screen = taker.wait_for("take owner");
    let second = second_suggestion(&screen);
    taker.send("\x1b[B");
    taker.wait_for(&format!("› {second}"));
    host.send("c");
    host.wait_for("New commitment");
    host.send("Host the hearing\tTrường Đại học Kinh tế\t+1w\r");
    host.wait_gone("New commitment");
    taker.wait_for("Trường Đại học Kinh tế");
    taker.wait_for(&format!("› {second}"));
    taker.send("\t+2w\r");
    taker.wait_gone("New commitment");
    taker.wait_for("C4 ");
    wanted.extend(["Trường Đại học Kinh tế".to_string(), second]);
    host.quit_console();
    host.wait_exit();
    taker.quit_console();
    taker.wait_exit();
    assert_eq!(owners(&live), wanted);
}

/// The note-taker's screen on all commitments (2) with an empty commitment form open.
fn form_over_the_list(taker: &mut Term) {
    taker.send("2");
    taker.wait_for("COMMITMENTS (");
    taker.send("c");
    taker.wait_for("New commitment");
}

// Issue 14, item 9: two quick Esc presses were not recognised over SSH: both arrive in one
// read ("\x1b\x1b") and the terminal library made one Esc of them. The first Esc closes an
// empty form, the second goes back from all commitments (2) to this item (1): in one write
// as apart. A lone Esc is acted on at once, with no pause before the next key; Esc then a
// key in one write is Esc and that key, not Alt and the key.
#[test]
fn item_9_two_quick_escs_are_two_escs() {
    let dir = tempfile::tempdir().unwrap();
    let live = LiveDirs::within(dir.path());
    let (mut host, mut taker) = room(&live);
    // Both in one write, as SSH delivers two quick presses.
    form_over_the_list(&mut taker);
    taker.send_now("\x1b\x1b");
    taker.wait_gone("New commitment");
    taker.wait_gone("COMMITMENTS (");
    taker.wait_for(" NOTES");
    // Apart: the first is handled before the second is typed.
    form_over_the_list(&mut taker);
    taker.send_now("\x1b");
    taker.wait_gone("New commitment");
    taker.wait_for("COMMITMENTS (");
    taker.send_now("\x1b");
    taker.wait_gone("COMMITMENTS (");
    // With text typed, Esc asks and a second Esc answers "keep typing": the text stays,
    // and what is typed next goes on it.
    taker.send("n");
    taker.wait_for("┏ Note ·");
    taker.send("Tiếp theo: họp với Quốc hội");
    taker.wait_for("họp với Quốc hội");
    taker.send_now("\x1b\x1b!");
    let screen = taker.wait_for("họp với Quốc hội!");
    assert!(!screen.contains("keep it"), "{screen}");
    // Esc and a key in one write: the form asks (Esc), y discards.
    taker.send_now("\x1by");
    taker.wait_gone("┏ Note ·");
    // Esc then 2 at once on the empty form: the form closes and all commitments show.
    taker.send("n");
    taker.wait_for("┏ Note ·");
    taker.send_now("\x1b2");
    taker.wait_for("COMMITMENTS (");
    taker.wait_gone("┏ Note ·");
    host.quit_console();
    host.wait_exit();
    taker.quit_console();
    taker.wait_exit();
}
