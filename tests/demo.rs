//! `plenary demo` (issue 13, "a newcomer with the repository"): the example workshop is built
//! into the binary, so it runs from any folder of a fresh machine, with no files to hand.

mod support;

use support::{LiveDirs, Term, session_file};

/// From an empty folder, with only the binary: the example workshop opens, and quitting
/// leaves a recorded session and the agenda it ran from, which `check` passes.
#[test]
fn the_example_workshop_runs_from_an_empty_folder() {
    let tmp = tempfile::tempdir().unwrap();
    let empty = tmp.path().join("empty");
    std::fs::create_dir(&empty).unwrap();
    let dirs = LiveDirs::new(tmp.path());
    let mut t = Term::spawn_in(&empty, &["demo"], &dirs.env(), 80, 24);
    t.wait_for("Putting the monitoring results to work");
    t.wait_for("Press Enter to begin");
    t.send("\r");
    t.wait_for("Session started");
    t.send("q");
    // The first item's clock is counting, so `q` asks first (recheck NEW-14).
    t.wait_for("Quit anyway?");
    t.send("y");
    t.wait_for("Session saved");
    assert_eq!(t.wait_exit_code(), 0);
    assert!(t.restored().is_ok());
    let agenda = dirs
        .sessions
        .join("agendas/monitoring-results-workshop.json");
    let built_in = std::fs::read_to_string("sessions/monitoring-results-workshop.json").unwrap();
    assert_eq!(std::fs::read_to_string(&agenda).unwrap(), built_in);
    let session = session_file(&dirs.sessions);
    let recorded = std::fs::read_to_string(&session).unwrap();
    assert!(recorded.contains("\"live\""), "{recorded}");
    assert_eq!(
        std::fs::read_dir(&empty).unwrap().count(),
        0,
        "nothing written in the folder"
    );
    let check = std::process::Command::new(env!("CARGO_BIN_EXE_plenary"))
        .arg("check")
        .arg(&agenda)
        .arg(&session)
        .output()
        .unwrap();
    assert!(check.status.success(), "{check:?}");
}

/// An agenda the facilitator changed after a demo is never replaced by the example: the
/// example goes beside it. `--list` names every example; an unknown name lists them.
#[test]
fn a_changed_example_agenda_is_kept_and_unknown_names_are_explained() {
    let tmp = tempfile::tempdir().unwrap();
    let dirs = LiveDirs::new(tmp.path());
    let agendas = dirs.sessions.join("agendas");
    std::fs::create_dir_all(&agendas).unwrap();
    let mine = agendas.join("short-plenary.json");
    std::fs::write(&mine, "{\"mine\": true}").unwrap();
    let mut t = Term::spawn_in(tmp.path(), &["demo", "short-plenary"], &dirs.env(), 80, 24);
    t.wait_for("Press Enter to begin");
    t.send("q");
    assert_eq!(t.wait_exit_code(), 0);
    assert_eq!(std::fs::read_to_string(&mine).unwrap(), "{\"mine\": true}");
    let beside = agendas.join("short-plenary-2.json");
    assert_eq!(
        std::fs::read_to_string(beside).unwrap(),
        std::fs::read_to_string("sessions/short-plenary.json").unwrap()
    );

    let plenary = || std::process::Command::new(env!("CARGO_BIN_EXE_plenary"));
    let list = plenary().args(["demo", "--list"]).output().unwrap();
    let listed = String::from_utf8_lossy(&list.stdout);
    for name in [
        "monitoring-results-workshop",
        "peer-learning-exchange",
        "short-plenary",
    ] {
        assert!(listed.contains(name), "{listed}");
    }
    let mut unknown = Term::spawn_in(tmp.path(), &["demo", "nonesuch"], &dirs.env(), 100, 24);
    unknown.wait_for("no example called \"nonesuch\"");
    unknown.wait_for("short-plenary");
    assert_eq!(unknown.wait_exit_code(), 2);
}
