//! Faults under a running session, with the real binary in a pseudo-terminal: a write
//! refused by a file-size limit, a sessions directory made read-only, the socket directory
//! removed, and the wall clock set an hour forward and back while a presenter speaks.
//! Each must show a clear message and lose nothing.

mod support;

use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use support::{LiveDirs, Term, json_files, session_file};

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

/// Files in `dir` other than the session file, its lock and its journal: left-over
/// temporary files.
fn leftovers(dir: &Path, file: &Path) -> Vec<PathBuf> {
    std::fs::read_dir(dir)
        .unwrap()
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p != file && p.extension().is_none_or(|x| x != "lock" && x != "journal"))
        .collect()
}

/// Waits until no temporary file is left in `dir`: one being written at this moment (the
/// next journal, say) is gone within moments; one that stays is a leak.
fn settled_without_leftovers(dir: &Path, file: &Path) {
    let deadline = Instant::now() + Duration::from_secs(5);
    loop {
        let left = leftovers(dir, file);
        if left.is_empty() {
            return;
        }
        assert!(
            Instant::now() < deadline,
            "temporary files left behind: {left:?}"
        );
        std::thread::sleep(Duration::from_millis(20));
    }
}

#[test]
fn a_file_size_limit_keeps_the_session_running_and_the_save_lands_once_lifted() {
    if Command::new("prlimit").arg("--version").output().is_err() {
        eprintln!("skipped: needs prlimit (util-linux) to limit file sizes; .ci/run installs it");
        return;
    }
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
    let screen = term.wait_for("NOT SAVED, kept in memory, retrying: File too large (os error 27)");
    assert!(
        screen.contains("quarterly-results-check-in.json)"),
        "the warning names the session file:\n{screen}"
    );
    assert!(
        !screen.contains(".plenary-"),
        "the warning names the session file, not a temporary one:\n{screen}"
    );
    let files = json_files(&live.sessions);
    assert!(
        files
            .iter()
            .all(|f| std::fs::metadata(f).unwrap().len() == 0),
        "nothing but an empty placeholder may exist while every write fails: {files:?}"
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
            let found = json_files(&live.sessions);
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
    settled_without_leftovers(&live.sessions, &file);
    term.wait_gone("NOT SAVED");
    term.quit_console();
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
    // The note is in the journal (a file already open), so it is saved; the file itself
    // cannot be rewritten, and the screen says both.
    term.wait_for("Note recorded ✓");
    term.wait_for(
        "Saved in the journal only, retrying: the file cannot be rewritten: Permission denied",
    );
    assert_eq!(
        std::fs::read(&file).unwrap(),
        before,
        "a failed save never touches the saved file"
    );
    let on_disk = plenary::store::load(&file).expect("the file and its journal load");
    assert!(
        on_disk.live.unwrap().notes[0].text == "Ask the statistics office for the raw tables",
        "the journal holds the note"
    );

    std::fs::set_permissions(&live.sessions, std::fs::Permissions::from_mode(0o755)).unwrap();
    wait_saved(&file, "Ask the statistics office for the raw tables");
    settled_without_leftovers(&live.sessions, &file);
    term.quit_console();
    assert!(term.wait_exit());
}

#[test]
fn a_removed_socket_directory_is_recreated_and_note_takers_can_join_again() {
    let dir = tempfile::tempdir().unwrap();
    let live = LiveDirs::new(dir.path());
    let env = live.env();
    let mut host = support::begun_session(&env, 120, 30);
    let grace = Term::spawn(&["join", "--name", "Grace"], &env, 80, 24);
    grace.wait_for("● live");

    // What a logout's cleanup of /run/user, or a stray rm, does.
    std::fs::remove_dir_all(&live.run).unwrap();
    host.wait_for("Note-takers can join again");
    let mode = std::fs::metadata(&live.run).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o700, "the directory is re-created closed to others");

    let mut ada = Term::spawn(&["join", "--name", "Ada"], &env, 80, 24);
    ada.wait_for("● live");
    ada.send("n");
    ada.send("Districts report quarterly from now on");
    ada.send("\r");
    host.send("3");
    host.wait_for("Districts report quarterly from now on");
    assert!(
        grace.contents().contains("● live"),
        "Grace was never cut off"
    );
    grace.wait_for("Districts report quarterly from now on");
    host.quit_console();
    assert!(host.wait_exit());
}

/// Where libfaketime is on this machine, if it is installed: Debian and Ubuntu keep it
/// under the architecture's library directory, others under lib or lib64.
fn libfaketime() -> Option<PathBuf> {
    let name = "faketime/libfaketime.so.1";
    let mut dirs: Vec<PathBuf> = ["/usr/lib", "/usr/lib64", "/usr/local/lib", "/lib"]
        .iter()
        .map(PathBuf::from)
        .collect();
    if let Ok(entries) = std::fs::read_dir("/usr/lib") {
        dirs.extend(entries.flatten().map(|e| e.path()));
    }
    dirs.into_iter().map(|d| d.join(name)).find(|p| p.exists())
}

/// Sets the wall clock libfaketime shows plenary, as an offset from the real one.
fn set_wall_clock(control: &Path, offset_seconds: i64) {
    std::fs::write(control, format!("{offset_seconds:+}\n")).unwrap();
}

#[test]
fn a_wall_clock_jump_moves_neither_the_presenter_timer_nor_the_record() {
    let Some(faketime) = libfaketime() else {
        eprintln!(
            "skipped: needs libfaketime to move the wall clock (apt-get install faketime; .ci/run does)"
        );
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let live = LiveDirs::new(dir.path());
    let control = dir.path().join("faketime");
    set_wall_clock(&control, 0);
    let mut env = live.env().to_vec();
    env.extend([
        ("LD_PRELOAD", faketime.as_path()),
        ("FAKETIME_TIMESTAMP_FILE", control.as_path()),
        ("FAKETIME_NO_CACHE", Path::new("1")),
        // Only the wall clock jumps, as when NTP or a person sets the time.
        ("DONT_FAKE_MONOTONIC", Path::new("1")),
    ]);
    let mut host = Term::spawn(
        &["run", "sessions/monitoring-results-workshop.json"],
        &env,
        100,
        30,
    );
    host.wait_for("Press Enter to begin");
    host.send("\r");
    host.wait_for("WELCOME AND PURPOSE OF THE DAY");
    host.send("]]]");
    host.wait_for("GROUP 1 OF 3: REFLECTION PROCESS");
    host.send(" ");
    host.wait_for("RUNNING");
    let taker = Term::spawn(&["join", "--name", "Grace"], &env, 80, 24);
    taker.wait_for("● live");

    for (offset, note) in [
        (3600, "After the jump forward"),
        (-3600, "After the jump back"),
    ] {
        set_wall_clock(&control, offset);
        // Two seconds of ticks under the moved clock.
        std::thread::sleep(Duration::from_millis(2200));
        for (who, term) in [("facilitator", &host), ("note-taker", &taker)] {
            let screen = term.contents();
            assert!(
                !screen.contains("OVER BY") && !screen.contains("MINUTE LEFT"),
                "the {who}'s presenter timer moved with the wall clock ({offset:+} s):\n{screen}"
            );
        }
        host.wait_for("RUNNING");
        host.send("n");
        host.send(note);
        host.send("\r");
    }
    host.send("q");
    host.wait_for("Quit anyway?");
    host.send("y");
    assert!(host.wait_exit());

    // The record keeps true time: notes and the timer's start are within a minute of now.
    let saved: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(session_file(&live.sessions)).unwrap())
            .unwrap();
    let now = chrono::Utc::now();
    let near_now = |at: &serde_json::Value| {
        let at: chrono::DateTime<chrono::Utc> = at.as_str().unwrap().parse().unwrap();
        (now - at).num_seconds().abs() < 60
    };
    let notes = saved["live"]["notes"].as_array().unwrap();
    assert_eq!(notes.len(), 2);
    for n in notes {
        assert!(
            near_now(&n["at"]),
            "a note was stamped with the moved clock: {n}"
        );
    }
    let since = &saved["live"]["presentations"][0]["timer"]["running_since"];
    assert!(near_now(since), "the timer's start moved: {since}");
}
