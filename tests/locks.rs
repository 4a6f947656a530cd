//! One writer per session, whatever name the session is opened by, and every writer reads
//! the session only once it holds it: the real binary in a pseudo-terminal beside
//! `plenary review`'s write-back.

mod support;

use std::path::Path;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use chrono::Utc;
use plenary::domain::{Author, Moment, Op, Status};
use plenary::store::followup::apply_to_file;
use support::{LiveDirs, Term};

const RECORDED: &str = "sessions/2026-06-18-monitoring-results-workshop.json";

/// `plenary run FILE` in a terminal of its own: refused at once when the session is held.
fn second_host(file: &Path, live: &LiveDirs) -> (bool, String) {
    let mut term = Term::spawn(&["run", file.to_str().unwrap()], &live.env(), 120, 30);
    let screen = term.wait_for_any(&["already open", "Putting the monitoring results"]);
    if !screen.contains("already open") {
        term.send("q");
    }
    (term.wait_exit(), screen)
}

// Issue 10, item 6: a session opened through a symlink is the session it points to: a
// second host by either name is refused, and saving writes through to the target, leaving
// the link a link.
#[test]
fn a_session_opened_through_a_symlink_is_locked_and_saved_as_its_target() {
    let dir = tempfile::tempdir().unwrap();
    let live = LiveDirs::new(dir.path());
    let real = dir.path().join("real.json");
    std::fs::copy(RECORDED, &real).unwrap();
    let link = dir.path().join("synced-folder-link.json");
    std::os::unix::fs::symlink(&real, &link).unwrap();
    let mut term = Term::spawn(&["run", link.to_str().unwrap()], &live.env(), 100, 30);
    term.wait_for("Putting the monitoring");
    let (ok, screen) = second_host(&real, &live);
    assert!(
        !ok && screen.contains("already open in another plenary"),
        "{screen}"
    );
    term.send("n");
    term.wait_for("Note ·");
    term.send("Written through the link\r");
    term.wait_for("Note recorded ✓");
    term.quit_console();
    assert!(term.wait_exit());
    assert!(
        std::fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink(),
        "the link is still a link"
    );
    let saved = plenary::store::load(&real).unwrap().live.unwrap();
    assert!(
        saved
            .notes
            .iter()
            .any(|n| n.text == "Written through the link")
    );
}

// Issue 10, item 6: a hard link is a second name for the same file: refused too.
#[test]
fn a_second_host_through_a_hard_link_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let live = LiveDirs::new(dir.path());
    let real = dir.path().join("real.json");
    std::fs::copy(RECORDED, &real).unwrap();
    let other_name = dir.path().join("other-name.json");
    std::fs::hard_link(&real, &other_name).unwrap();
    let mut term = Term::spawn(&["run", real.to_str().unwrap()], &live.env(), 100, 30);
    term.wait_for("Putting the monitoring");
    // The first host has already rewritten the file once: the old inode, which the hard
    // link still names, stays locked.
    let (ok, screen) = second_host(&other_name, &live);
    assert!(
        !ok && screen.contains("already open in another plenary"),
        "{screen}"
    );
    term.quit_console();
    assert!(term.wait_exit());
}

// Issue 10, item 7: `plenary run SESSION` read the file before taking the lock, so a
// follow-up that review wrote in that gap was reverted by the host's first save. Here a
// reviewer writes follow-ups back as fast as it can while hosts start and quit: every
// follow-up that was written must still be there at the end.
#[test]
fn a_follow_up_written_while_a_host_starts_is_never_reverted() {
    let dir = tempfile::tempdir().unwrap();
    let live = LiveDirs::new(dir.path());
    let file = dir.path().join("s.json");
    std::fs::copy(RECORDED, &file).unwrap();
    let stop = Arc::new(AtomicBool::new(false));
    let writer = {
        let (file, stop) = (file.clone(), Arc::clone(&stop));
        std::thread::spawn(move || {
            let me = Author {
                name: "reviewer".into(),
                uid: None,
            };
            let mut written = Vec::new();
            let mut n = 0;
            while !stop.load(Ordering::Relaxed) {
                n += 1;
                let op = Op::FollowUp {
                    id: "C1".into(),
                    status: Status::InProgress,
                    deadline: None,
                    note: format!("follow-up {n}"),
                    base_revision: None,
                    key: None,
                    owner: None,
                    superseded_by: None,
                    superseded_in: None,
                };
                let now = Utc::now();
                let at = Moment {
                    now,
                    today: now.date_naive(),
                };
                if apply_to_file(&file, &op, &me, at).is_ok() {
                    written.push(format!("follow-up {n}"));
                }
                // Paced, as a person's saves are, so hosts get their turn too.
                std::thread::sleep(std::time::Duration::from_millis(3));
            }
            written
        })
    };
    let mut hosted = 0;
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(60);
    while hosted < 15 && std::time::Instant::now() < deadline {
        let mut term = Term::spawn(&["run", file.to_str().unwrap()], &live.env(), 100, 30);
        // Either it starts, or it is refused because the reviewer holds the session.
        let screen = term.wait_for_any(&["Putting the monitoring", "already open"]);
        if screen.contains("already open") {
            term.wait_exit();
            continue;
        }
        hosted += 1;
        term.quit_console();
        assert!(term.wait_exit());
    }
    assert_eq!(hosted, 15, "hosts kept being refused");
    stop.store(true, Ordering::Relaxed);
    let written = writer.join().unwrap();
    assert!(
        written.len() > 15,
        "the reviewer got in only {} times",
        written.len()
    );
    let c1 = plenary::store::load(&file)
        .unwrap()
        .live
        .unwrap()
        .commitments
        .into_iter()
        .find(|c| c.id == "C1")
        .unwrap();
    let notes: Vec<String> = c1.history.iter().filter_map(|h| h.note.clone()).collect();
    let lost: Vec<&String> = written.iter().filter(|w| !notes.contains(w)).collect();
    assert!(lost.is_empty(), "follow-ups reverted by a host: {lost:?}");
}

// Issue 10, item 6 (found in review): a hard link made while the session runs, and the
// folder moved away under it, left a second copy that could be run beside the first.
#[test]
fn other_names_made_while_it_runs_stay_locked_too() {
    let dir = tempfile::tempdir().unwrap();
    let live = LiveDirs::new(dir.path());
    let first = dir.path().join("first");
    std::fs::create_dir_all(&first).unwrap();
    let real = first.join("real.json");
    std::fs::copy(RECORDED, &real).unwrap();
    let mut term = Term::spawn(&["run", real.to_str().unwrap()], &live.env(), 100, 30);
    term.wait_for("Putting the monitoring");
    let hard = dir.path().join("hard.json");
    std::fs::hard_link(&real, &hard).unwrap();
    // A change, so the file at `real` is written again and `hard` names the old one.
    term.send("n");
    term.wait_for("Note ·");
    term.send("After the link was made\r");
    term.wait_for("Note recorded ✓");
    let (ok, screen) = second_host(&hard, &live);
    assert!(!ok && screen.contains("already open"), "{screen}");
    assert!(
        screen.contains(&format!("process {}", term.pid())),
        "the holder is named: {screen}"
    );
    // The folder moved away: the console writes its session back where it was, and the
    // moved copy cannot be run beside it.
    let moved = dir.path().join("moved");
    std::fs::rename(&first, &moved).unwrap();
    term.wait_for("The sessions folder was deleted");
    let (ok, screen) = second_host(&moved.join("real.json"), &live);
    assert!(!ok && screen.contains("already open"), "{screen}");
    term.quit_console();
    assert!(term.wait_exit());
}
