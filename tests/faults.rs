//! Faults under a running session, with the real binary in a pseudo-terminal: a write
//! refused by a file-size limit, a sessions directory made read-only, the socket directory
//! removed, and the wall clock set an hour forward and back while a presenter speaks.
//! Each must show a clear message and lose nothing.

mod support;

use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use support::{LiveDirs, Term, session_file};

/// Waits until `file` exists and holds `text`, and returns its content.
fn wait_saved(file: &Path, text: &str) -> String {
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        if let Ok(saved) = std::fs::read_to_string(file)
            && saved.contains(text)
        {
            return saved;
        }
        assert!(
            Instant::now() < deadline,
            "{} never held {text:?}",
            file.display()
        );
        std::thread::sleep(Duration::from_millis(100));
    }
}

/// Waits until `text` is no longer on screen.
fn wait_gone(term: &Term, text: &str) {
    let deadline = Instant::now() + Duration::from_secs(10);
    while term.contents().contains(text) {
        assert!(Instant::now() < deadline, "{text:?} stayed on screen");
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// Files in `dir` other than the session file and its lock: left-over temporary files.
fn leftovers(dir: &Path, file: &Path) -> Vec<PathBuf> {
    std::fs::read_dir(dir)
        .unwrap()
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p != file && p.extension().is_none_or(|x| x != "lock"))
        .collect()
}

#[test]
fn a_file_size_limit_keeps_the_session_running_and_the_save_lands_once_lifted() {
    let dir = tempfile::tempdir().unwrap();
    let live = LiveDirs::new(dir.path());
    // 1 KiB (the hard limit left open, so it can be lifted): too small for even the first save. Without plenary catching SIGXFSZ, the
    // kernel would kill it at that first write.
    let mut term = Term::spawn_under(
        &["prlimit", "--fsize=1024:unlimited", "--"],
        &["run", "sessions/short-plenary.json"],
        &live.env(),
        100,
        30,
    );
    term.wait_for("Press Enter to begin");
    term.send("\r");
    term.wait_for("NOT SAVED, kept in memory, retrying: File too large");
    term.send("n");
    term.send("Budget office wants the district breakdown");
    term.send("\r");
    let screen =
        term.wait_for("NOT SAVED, kept in memory, retrying: File too large (os error 27) (");
    assert!(
        !screen.contains(".plenary-"),
        "the warning names the session file, not a temporary one:\n{screen}"
    );
    let file = live
        .sessions
        .read_dir()
        .unwrap()
        .filter_map(|e| e.ok().map(|e| e.path()))
        .find(|p| p.extension().is_some_and(|x| x == "json"));
    assert!(
        file.as_ref()
            .is_none_or(|f| std::fs::metadata(f).unwrap().len() == 0),
        "nothing but an empty placeholder may exist while every write fails: {file:?}"
    );
    // The limit is lifted (space freed, quota raised): the retry writes everything.
    let lifted = Command::new("prlimit")
        .args([
            "--pid",
            &term.pid().to_string(),
            "--fsize=unlimited:unlimited",
        ])
        .status()
        .unwrap();
    assert!(lifted.success());
    let file = {
        let deadline = Instant::now() + Duration::from_secs(10);
        loop {
            let found: Vec<PathBuf> = live
                .sessions
                .read_dir()
                .unwrap()
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.extension().is_some_and(|x| x == "json"))
                .collect();
            if let [one] = found.as_slice()
                && std::fs::metadata(one).unwrap().len() > 0
            {
                break one.clone();
            }
            assert!(Instant::now() < deadline, "the session was never saved");
            std::thread::sleep(Duration::from_millis(100));
        }
    };
    let saved = wait_saved(&file, "Budget office wants the district breakdown");
    assert!(saved.contains("started_at"));
    plenary::store::load(&file).expect("the saved file loads");
    assert_eq!(leftovers(&live.sessions, &file), Vec::<PathBuf>::new());
    wait_gone(&term, "NOT SAVED");
    term.send("q");
    assert!(term.wait_exit());
}

#[test]
fn a_read_only_sessions_directory_keeps_the_session_and_the_file_intact() {
    let dir = tempfile::tempdir().unwrap();
    let live = LiveDirs::new(dir.path());
    std::fs::create_dir_all(&live.sessions).unwrap();
    // Permissions do not stop root, so as root plenary runs as `nobody`, as it would under
    // a facilitator's own account.
    let as_nobody = rustix::process::geteuid().is_root();
    let wrapper: &[&str] = if as_nobody {
        let chown = Command::new("chown")
            .args(["-R", "65534:65534"])
            .arg(dir.path())
            .status()
            .unwrap();
        assert!(chown.success());
        &[
            "setpriv",
            "--reuid=65534",
            "--regid=65534",
            "--clear-groups",
            "--",
        ]
    } else {
        &[]
    };
    let mut env = live.env().to_vec();
    env.push(("HOME", dir.path()));
    let mut term = Term::spawn_under(
        wrapper,
        &["run", "sessions/short-plenary.json"],
        &env,
        100,
        30,
    );
    term.wait_for("Press Enter to begin");
    term.send("\r");
    term.wait_for("OPENING");
    let file = session_file(&live.sessions);
    wait_saved(&file, "started_at");
    let before = std::fs::read(&file).unwrap();

    std::fs::set_permissions(&live.sessions, std::fs::Permissions::from_mode(0o555)).unwrap();
    term.send("n");
    term.send("Ask the statistics office for the raw tables");
    term.send("\r");
    term.wait_for("NOT SAVED, kept in memory, retrying: Permission denied");
    assert_eq!(
        std::fs::read(&file).unwrap(),
        before,
        "a failed save never touches the saved file"
    );
    plenary::store::load(&file).expect("the old file still loads");

    std::fs::set_permissions(&live.sessions, std::fs::Permissions::from_mode(0o755)).unwrap();
    wait_saved(&file, "Ask the statistics office for the raw tables");
    assert_eq!(leftovers(&live.sessions, &file), Vec::<PathBuf>::new());
    term.send("q");
    assert!(term.wait_exit());
}
