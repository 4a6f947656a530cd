//! Issue 14, the newcomer's findings over SSH (nc14): the real binaries in pseudo-terminals,
//! a facilitator and note-takers. Every step waits for what it depends on.

mod support;

use support::{LiveDirs, Term};

// Issue 14, nc14 #11: "ncamina left" did not say which of her two screens left, a second
// join in the same second replaced the first's line, and nothing kept them. The role is
// said, both lines stay, and the people view (4) lists every join and leave with its time.
#[test]
fn nc14_11_joins_and_leaves_say_the_role_and_are_kept_in_the_people_view() {
    let dir = tempfile::tempdir().unwrap();
    let live = LiveDirs::within(dir.path());
    let env = live.env();
    let mut host = support::begun_session(&env, 120, 40);
    // Two arrive together.
    let mut omar = Term::spawn(&["join", "--name", "Omar"], &env, 80, 24);
    let mut amina = Term::spawn(&["join", "--view", "--name", "Amina"], &env, 80, 24);
    omar.wait_for("● live");
    amina.wait_for("● live");
    host.wait_for("Omar joined as note-taker");
    let screen = host.wait_for("Amina joined as viewer");
    assert!(
        screen.contains("Omar joined as note-taker"),
        "one join's line replaced the other's:\n{screen}"
    );
    // The viewer leaves: which of Amina's screens it was is said.
    amina.quit_console();
    amina.wait_exit();
    host.wait_for("Amina (viewer) left");
    // Kept, with the time, in the people view.
    host.send("4");
    let screen = host.wait_for("JOINED AND LEFT");
    for line in [
        "Omar joined as note-taker",
        "Amina joined as viewer",
        "Amina (viewer) left",
    ] {
        let row = screen
            .lines()
            .find(|l| l.contains(line) && !l.contains('▸'))
            .unwrap_or_else(|| panic!("{line:?} is not kept:\n{screen}"));
        let timed = row
            .split_whitespace()
            .any(|w| w.len() == 5 && w.as_bytes()[2] == b':');
        assert!(timed, "no time on {row:?}:\n{screen}");
    }
    omar.quit_console();
    omar.wait_exit();
    host.quit_console();
    host.wait_exit();
}

// Issue 14, nc14 follow-up item 4: a three-way merge kept Joseph's owner and Clara's action,
// but nobody was told. Clara's confirmation says which field came from whom, and the
// facilitator's notice names the one field her edit changed.
#[test]
fn nc14_a_merge_says_which_fields_came_from_whom_to_both() {
    let dir = tempfile::tempdir().unwrap();
    let live = LiveDirs::within(dir.path());
    let env = live.env();
    let mut host = Term::spawn(&["run", "sessions/short-plenary.json"], &env, 160, 40);
    host.wait_for("Press Enter to begin");
    host.send("\rc");
    host.wait_for("New commitment");
    host.send("Draft terms of reference\tMinistry of Health\t+2m\r");
    host.wait_for("Commitment C1 recorded");
    let mut joseph = Term::spawn(&["join", "--name", "Joseph"], &env, 80, 24);
    let mut clara = Term::spawn(&["join", "--name", "Clara"], &env, 80, 24);
    for taker in [&mut joseph, &mut clara] {
        taker.wait_for("● live");
        taker.send("2");
        taker.wait_for("Draft terms of reference");
        taker.send("\r");
        taker.wait_for("Edit commitment C1");
    }
    // Joseph changes only the owner; Clara, on the old version, only the action.
    joseph.send("\t (lead)\r");
    joseph.wait_for("Commitment updated ✓");
    host.wait_for("Joseph changed C1's owner");
    clara.send(" in March\r");
    clara.wait_for("Joseph changed this commitment");
    clara.send("\r");
    clara.wait_for("Commitment updated ✓ (C1: owner from Joseph, action from you)");
    host.wait_for("Clara changed C1's action: Draft terms of reference in March");
    for mut taker in [joseph, clara] {
        taker.quit_console();
        taker.wait_exit();
    }
    host.quit_console();
    host.wait_exit();
}

/// Sends `signal` to process `pid`.
fn signal(pid: u32, signal: &str) {
    let ok = std::process::Command::new("kill")
        .args([signal, &pid.to_string()])
        .status()
        .is_ok_and(|s| s.success());
    assert!(ok, "kill {signal} {pid}");
}

/// Waits until process `pid` is in `state` (T: stopped; S or R: running), from /proc.
fn wait_state(pid: u32, states: &[char]) {
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
    loop {
        let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).unwrap_or_default();
        let state = stat
            .rsplit(')')
            .next()
            .and_then(|rest| rest.trim_start().chars().next());
        if state.is_some_and(|s| states.contains(&s)) {
            return;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "process {pid} never reached {states:?}: {stat}"
        );
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
}

// Issue 14, nc14 #13: after an outside SIGSTOP and SIGCONT the console was garbled (what the
// shell printed meanwhile stayed) and keys acted only after Enter (the shell had put the
// terminal back in cooked mode). On SIGCONT plenary takes raw mode again and redraws whole.
#[test]
fn nc14_13_after_sigstop_and_sigcont_the_console_is_raw_and_redrawn() {
    let dir = tempfile::tempdir().unwrap();
    let live = LiveDirs::within(dir.path());
    let mut host = support::begun_session(&live.env(), 80, 24);
    let pid = host.pid();
    signal(pid, "-STOP");
    wait_state(pid, &['T']);
    // What a shell does to a stopped job's terminal: cooked mode, and its own words.
    host.cook();
    host.scribble(b"\x1b[2J\x1b[H[1]+  Stopped                 plenary run");
    assert!(!host.contents().contains("OPENING"));
    signal(pid, "-CONT");
    host.wait_for("OPENING");
    host.wait_gone("Stopped");
    assert!(host.is_raw(), "the terminal is still in cooked mode");
    // A key acts at once, with no Enter.
    host.send("4");
    host.wait_for("PEOPLE JOINED");
    host.quit_console();
    host.wait_exit();
}

// Issue 14, nc14 #9, end to end: the facilitator deletes C1 while a note-taker edits it. The
// note-taker's Enter says who deleted it and when, keeps the text in a note, and that note
// reaches the facilitator.
#[test]
fn nc14_9_an_edit_of_a_commitment_deleted_meanwhile_becomes_a_note() {
    let dir = tempfile::tempdir().unwrap();
    let live = LiveDirs::within(dir.path());
    let env = live.env();
    let mut host = Term::spawn(&["run", "sessions/short-plenary.json"], &env, 120, 40);
    host.wait_for("Press Enter to begin");
    host.send("\rc");
    host.wait_for("New commitment");
    host.send("Draft terms of reference\tMinistry of Health\t+2m\r");
    host.wait_for("Commitment C1 recorded");
    let mut amina = Term::spawn(&["join", "--name", "Amina"], &env, 80, 24);
    amina.wait_for("● live");
    amina.send("2");
    amina.wait_for("Draft terms of reference");
    amina.send("\r");
    amina.wait_for("Edit commitment C1");
    amina.send(" với Bộ Y tế");
    amina.wait_for("với Bộ Y tế");
    host.send("2");
    host.wait_for("Draft terms of reference");
    host.send("d");
    host.wait_for_any(&["Delete C1", "delete C1"]);
    host.send("y");
    host.wait_for("1 deleted");
    amina.wait_for("1 deleted");
    amina.send("\r");
    let screen = amina.wait_for("ask them to restore it");
    let flat = screen.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(flat.contains("deleted C1 at"), "{screen}");
    assert!(
        screen.contains("C1 (deleted)"),
        "the text is kept:\n{screen}"
    );
    amina.send("\r");
    amina.wait_for("Note recorded ✓");
    host.send("3");
    host.wait_for("với Bộ Y tế");
    amina.quit_console();
    amina.wait_exit();
    host.quit_console();
    host.wait_exit();
}
