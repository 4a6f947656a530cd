//! A process killed with SIGKILL at random moments while saving never leaves a
//! session file that fails to load, and never loses what was saved before.

use std::process::{Command, Stdio};
use std::time::Duration;

use chrono::{NaiveDate, Utc};
use plenary::domain::{Anchor, Author, Moment, Op, Session};
use plenary::store::{self, save};

const CHILD: &str = "PLENARY_CRASH_CHILD";

/// In the child: keep adding notes and saving the session as fast as possible. Not a
/// test of its own (ignored, so it never counts as one passed): the test below runs it.
#[test]
#[ignore = "the child process of killing_a_saving_process_always_leaves_a_complete_file"]
fn crash_child_saves_in_a_loop() {
    let path = std::env::var(CHILD).expect("run by the crash test, which sets the file");
    let path = std::path::PathBuf::from(path);
    let mut session = store::load(&path).unwrap();
    let me = Author {
        name: "crash".into(),
        uid: None,
    };
    let today = NaiveDate::from_ymd_opt(2026, 11, 26).unwrap();
    loop {
        let op = Op::AddNote {
            written: None,
            text: "x".repeat(2000),
            anchor: Anchor {
                item: 0,
                group: None,
            },
        };
        session
            .apply(
                &op,
                &me,
                Moment {
                    now: Utc::now(),
                    today,
                },
            )
            .unwrap();
        save::write_atomic(&path, &save::to_json(&session)).unwrap();
    }
}

#[test]
fn killing_a_saving_process_always_leaves_a_complete_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("session.json");
    let text = std::fs::read_to_string("sessions/monitoring-results-workshop.json").unwrap();
    let mut session: Session = serde_json::from_str(&text).unwrap();
    session.begin_live("crash".into(), None, Utc::now());
    save::write_atomic(&path, &save::to_json(&session)).unwrap();
    let mut notes_before = 0;
    let rounds = 60;
    for round in 0..rounds {
        let mut child = Command::new(std::env::current_exe().unwrap())
            .args([
                "--exact",
                "crash_child_saves_in_a_loop",
                "--ignored",
                "--nocapture",
            ])
            .env(CHILD, &path)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        // Vary the moment of the kill: early, mid-write, after many saves.
        std::thread::sleep(Duration::from_millis(5 + (round * 37 % 60) as u64));
        child.kill().unwrap();
        child.wait().unwrap();
        let loaded = store::load(&path).unwrap_or_else(|e| panic!("round {round}: {e}"));
        let notes = loaded.live.unwrap().notes.len();
        assert!(
            notes >= notes_before,
            "round {round}: saved notes went from {notes_before} to {notes}"
        );
        notes_before = notes;
    }
    assert!(
        notes_before > 0,
        "the child never managed to save: the test proved nothing"
    );
    let leftovers: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .filter_map(|e| e.ok())
        .filter(|e| e.file_name() != "session.json")
        .collect();
    // A kill between creating and renaming the temporary file can leave it behind; it is never the session.
    assert!(
        leftovers
            .iter()
            .all(|e| e.file_name().to_string_lossy().starts_with(".plenary-"))
    );
}
