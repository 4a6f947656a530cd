//! Issue 15, the newcomer's follow-up findings (nc15 #11, #12) with the real binary in a
//! pseudo-terminal: what the follow-up item says of the write-back, and quitting a
//! follow-up meeting before it began.

mod support;

use std::path::{Path, PathBuf};

use support::{LiveDirs, Term};

const RECORDED: &str = "sessions/2026-06-18-monitoring-results-workshop.json";
/// A name as long as the ones `plenary run` gives (title, place, date).
const LONG_NAME: &str = "2026-08-20-atelier-régional-suivi-des-odd-hà-nội-河内.json";

fn copy_of_example(dir: &Path, name: &str) -> PathBuf {
    let old = dir.join(name);
    std::fs::copy(RECORDED, &old).unwrap();
    old
}

/// The written-back history of `id` in the session file at `path`.
fn history_len(path: &Path, id: &str) -> usize {
    let saved = plenary::store::load(path).unwrap();
    saved
        .live
        .unwrap()
        .commitments
        .iter()
        .find(|c| c.id == id)
        .map_or(0, |c| c.history.len())
}

/// Issue 15, nc15 #11: a status recorded in the room is written back to the earlier file
/// while the commitment stays in focus (after a moment left for a correction), the screen
/// saying so truthfully meanwhile; at 80x24 the confirmation keeps the file's name.
#[test]
fn nc15_11_the_write_back_happens_without_leaving_the_commitment() {
    for (cols, rows) in [(80, 24), (120, 40)] {
        let dir = tempfile::tempdir().unwrap();
        let old = copy_of_example(dir.path(), LONG_NAME);
        let live = LiveDirs::new(dir.path());
        let mut term = Term::spawn(
            &[
                "run",
                "sessions/short-plenary.json",
                "--follow-up",
                old.to_str().unwrap(),
            ],
            &live.env(),
            cols,
            rows,
        );
        term.wait_for("Press Enter to begin");
        term.send("\r]");
        term.wait_for("1 of 11");
        term.send("d");
        let screen = term.wait_for("C9: done");
        assert!(
            !screen.contains("… writing back"),
            "{cols}x{rows}: it waits, and says so:\n{screen}"
        );
        // Nothing pressed: it is written back all the same.
        let screen = term.wait_for("✓ saved to");
        assert_eq!(history_len(&old, "C9"), 1, "{cols}x{rows}");
        let line = screen
            .lines()
            .find(|l| l.contains("✓ saved to"))
            .unwrap_or_default();
        assert!(line.contains("2026-08-20-atelier"), "{cols}x{rows}: {line}");
        assert!(line.contains(".json"), "{cols}x{rows}: {line}");
        term.quit_console();
        assert!(term.wait_exit());
        assert_eq!(history_len(&old, "C9"), 1, "{cols}x{rows}: written once");
    }
}

/// Issue 15, nc15 #12: quitting `run --follow-up` before Enter leaves no session file, as
/// a plain `run` already did, and the earlier file is untouched.
#[test]
fn nc15_12_quitting_a_follow_up_before_it_began_leaves_no_session_file() {
    let dir = tempfile::tempdir().unwrap();
    let old = copy_of_example(dir.path(), "old.json");
    let before = std::fs::read(&old).unwrap();
    // As the newcomer had it: the new session goes beside the earlier one.
    let live = LiveDirs::within(dir.path());
    let mut term = Term::spawn(
        &[
            "run",
            "sessions/short-plenary.json",
            "--follow-up",
            old.to_str().unwrap(),
        ],
        &live.env(),
        80,
        24,
    );
    term.wait_for("Press Enter to begin");
    term.quit_console();
    assert!(term.wait_exit(), "{}", term.contents());
    // The process has exited: what it left is there now.
    let left: Vec<PathBuf> = std::fs::read_dir(&live.sessions)
        .into_iter()
        .flatten()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.is_file() && *p != old)
        .collect();
    assert_eq!(left, Vec::<PathBuf>::new());
    assert!(term.contents().contains("no session file was kept"));
    assert_eq!(std::fs::read(&old).unwrap(), before);
}
