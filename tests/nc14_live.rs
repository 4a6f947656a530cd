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
