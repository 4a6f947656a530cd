//! The session file under a running console, with the real binary in a pseudo-terminal:
//! deleted, its folder deleted, another file moved over it, a disk that takes nothing at
//! quit. Nothing recorded is lost, and the last message says exactly where the session is.

mod support;

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use support::{LiveDirs, Term, json_files, session_file};

/// Starts the short agenda and records one commitment; returns the console and its file.
fn running_with_a_commitment(live: &LiveDirs) -> (Term, PathBuf) {
    let mut term = Term::spawn(
        &["run", "sessions/short-plenary.json"],
        &live.env(),
        100,
        30,
    );
    term.wait_for("Press Enter to begin");
    term.send("\r");
    term.wait_for("OPENING");
    term.send("c");
    term.wait_for("New commitment");
    term.send("Send the district tables to the statistics office\tMinistry of Planning\t+2w\r");
    term.wait_for("Commitment C1 recorded ✓");
    let file = session_file(&live.sessions);
    (term, file)
}

/// The commitments' actions in the session at `path`, journal included.
fn actions(path: &Path) -> Vec<String> {
    plenary::store::load(path)
        .unwrap_or_else(|e| panic!("{e}"))
        .live
        .unwrap()
        .commitments
        .into_iter()
        .map(|c| c.what)
        .collect()
}

/// Waits for `text` and says how long it took.
fn noticed_within(term: &Term, text: &str) -> Duration {
    let began = Instant::now();
    term.wait_for(text);
    began.elapsed()
}

/// Quits and returns everything the console printed after leaving its screen.
fn quit(mut term: Term) -> (bool, String) {
    term.quit_console();
    let ok = term.wait_exit();
    let raw = String::from_utf8_lossy(&term.raw()).into_owned();
    let after = raw
        .rsplit("\x1b[?1049l")
        .next()
        .unwrap_or("")
        .replace('\r', "");
    (ok, after)
}

// Issue 10, item 1: `rm` of the session file while nobody types.
#[test]
fn a_deleted_session_file_is_noticed_and_written_back() {
    let dir = tempfile::tempdir().unwrap();
    let live = LiveDirs::new(dir.path());
    let (term, file) = running_with_a_commitment(&live);
    std::fs::remove_file(&file).unwrap();
    let took = noticed_within(&term, "The session file was deleted: written again");
    assert!(took < Duration::from_millis(2500), "noticed after {took:?}");
    assert_eq!(
        actions(&file),
        ["Send the district tables to the statistics office"]
    );
    let (ok, said) = quit(term);
    assert!(ok, "{said}");
    assert!(
        said.contains(&format!("Session saved: {}", file.display())),
        "{said}"
    );
    assert_eq!(actions(&file).len(), 1);
}

// Issue 10, item 1: `rm -rf` of the sessions folder.
#[test]
fn a_deleted_folder_is_made_again_and_the_session_written_back() {
    let dir = tempfile::tempdir().unwrap();
    let live = LiveDirs::new(dir.path());
    let (term, file) = running_with_a_commitment(&live);
    std::fs::remove_dir_all(&live.sessions).unwrap();
    let took = noticed_within(&term, "The sessions folder was deleted: made again");
    assert!(took < Duration::from_millis(2500), "noticed after {took:?}");
    assert_eq!(actions(&file).len(), 1);
    // The lock came back with the folder: a second host is still refused.
    let mut second = Term::spawn(&["run", file.to_str().unwrap()], &live.env(), 100, 30);
    second.wait_for("already open in another plenary");
    assert!(!second.wait_exit());
    let (ok, said) = quit(term);
    assert!(ok, "{said}");
    assert!(said.contains("Session saved: "), "{said}");
    assert_eq!(actions(&file).len(), 1);
}

// Issue 10, item 1: another session file moved over ours. It is kept as it is; ours goes
// beside it under a new name, and quitting says so.
#[test]
fn a_file_moved_over_ours_is_kept_and_ours_goes_beside_it() {
    let dir = tempfile::tempdir().unwrap();
    let live = LiveDirs::new(dir.path());
    let (mut term, file) = running_with_a_commitment(&live);
    let other = dir.path().join("other.json");
    std::fs::copy(
        "sessions/2026-06-18-monitoring-results-workshop.json",
        &other,
    )
    .unwrap();
    let theirs = std::fs::read(&other).unwrap();
    std::fs::rename(&other, &file).unwrap();
    let took = noticed_within(
        &term,
        "Another file replaced this session's file (left as it is): now saving to",
    );
    assert!(took < Duration::from_millis(2500), "noticed after {took:?}");
    // A change after the move lands in the new file, never in theirs.
    term.send("n");
    term.send("Budget office asks for the district breakdown\r");
    term.wait_for("Note recorded ✓");
    assert_eq!(
        std::fs::read(&file).unwrap(),
        theirs,
        "their file is untouched"
    );
    let ours: Vec<PathBuf> = json_files(&live.sessions)
        .into_iter()
        .filter(|p| p != &file)
        .collect();
    assert_eq!(ours.len(), 1, "{ours:?}");
    assert!(ours[0].to_string_lossy().ends_with(".recovered.json"));
    let (ok, said) = quit(term);
    assert!(ok, "{said}");
    assert!(
        said.contains(&format!("Session saved: {}", ours[0].display())),
        "{said}"
    );
    assert_eq!(std::fs::read(&file).unwrap(), theirs);
    let saved = plenary::store::load(&ours[0]).unwrap().live.unwrap();
    assert_eq!(saved.commitments.len(), 1);
    assert_eq!(
        saved.notes[0].text,
        "Budget office asks for the district breakdown"
    );
}

/// Whether `prlimit` is here to make every file write fail, like a full disk.
fn have_prlimit() -> bool {
    Command::new("prlimit").arg("--version").output().is_ok()
}

// Issue 10, item 2: a disk that takes nothing, in the sessions folder, home, here and /tmp
// alike. Quitting asks first, and the session comes out on standard error, said so.
#[test]
fn quitting_with_nothing_on_disk_asks_and_puts_the_session_in_the_output() {
    if !have_prlimit() {
        eprintln!("skipped: needs prlimit (util-linux) to make every write fail");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let live = LiveDirs::new(dir.path());
    let mut env = live.env().to_vec();
    env.push(("HOME", dir.path()));
    env.push(("TMPDIR", dir.path()));
    // Every file write past 200 bytes fails, wherever it goes: as good as a full disk.
    let mut term = Term::spawn_under(
        &["prlimit", "--fsize=200:unlimited", "--"],
        &["run", "sessions/short-plenary.json"],
        &env,
        100,
        30,
    );
    term.wait_for("Press Enter to begin");
    term.send("\r");
    term.wait_for("NOT SAVED, kept in memory, retrying: File too large");
    term.send("n");
    term.send("Parliament wants the raw tables\r");
    term.send("q");
    term.wait_for("The last changes are NOT on disk");
    term.send("n");
    term.wait_gone("The last changes are NOT on disk");
    term.send("q");
    term.wait_for("The last changes are NOT on disk");
    term.send("y");
    assert!(
        !term.wait_exit(),
        "exits with 1: the session is not in its file"
    );
    let raw = String::from_utf8_lossy(&term.raw()).replace('\r', "");
    let after = raw.rsplit("\x1b[?1049l").next().unwrap_or("");
    assert!(!after.contains("retrying"), "{after}");
    let start = "plenary: the session is ONLY in the output below";
    let json_from = after.find(start).expect("the last resort is said") + start.len();
    let json_from = json_from + after[json_from..].find('\n').unwrap() + 1;
    let json_to = after
        .find("plenary: the session above is not on disk anywhere")
        .expect("and said again after it");
    let session: plenary::domain::Session =
        serde_json::from_str(&after[json_from..json_to]).expect("the output is the session");
    assert_eq!(
        session.live.unwrap().notes[0].text,
        "Parliament wants the raw tables"
    );
    for place in [dir.path().to_path_buf(), live.sessions.clone()] {
        assert!(
            after.contains(&format!("no rescue copy in {}", place.display())),
            "{place:?} tried: {after}"
        );
    }
}

// Issue 10, item 2: the sessions folder refuses writes, home does not: the rescue copy
// goes there and the last message names it.
#[test]
fn a_rescue_copy_goes_to_the_first_place_that_takes_it() {
    if !rustix::process::geteuid().is_root() {
        eprintln!("skipped: permissions do not stop root; run as root to test as another user");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let live = LiveDirs::new(dir.path());
    let home = dir.path().join("home");
    for d in [&live.sessions, &home] {
        std::fs::create_dir_all(d).unwrap();
    }
    let chown = Command::new("chown")
        .args(["-R", "65534:65534"])
        .arg(dir.path())
        .status()
        .unwrap();
    assert!(chown.success());
    let mut env = live.env().to_vec();
    env.push(("HOME", home.as_path()));
    let mut term = Term::spawn_under(
        &[
            "setpriv",
            "--reuid=65534",
            "--regid=65534",
            "--clear-groups",
            "--",
        ],
        &["run", "sessions/short-plenary.json"],
        &env,
        100,
        30,
    );
    term.wait_for("Press Enter to begin");
    term.send("\r");
    term.wait_for("OPENING");
    let file = session_file(&live.sessions);
    std::fs::set_permissions(
        &live.sessions,
        std::os::unix::fs::PermissionsExt::from_mode(0o555),
    )
    .unwrap();
    // The journal is gone too, so nothing can be kept in the folder.
    std::fs::remove_file(plenary::store::journal::journal_path(&file)).unwrap();
    term.send("n");
    term.send("Ask the statistics office for the raw tables\r");
    term.wait_for("NOT SAVED, kept in memory, retrying: Permission denied");
    term.send("q");
    term.wait_for("The last changes are NOT on disk");
    term.send("y");
    assert!(!term.wait_exit());
    let raw = String::from_utf8_lossy(&term.raw()).replace('\r', "");
    let after = raw.rsplit("\x1b[?1049l").next().unwrap_or("").to_string();
    let rescued = json_files(&home.join(".local/share/plenary/sessions"));
    assert_eq!(rescued.len(), 1, "{after}");
    assert!(
        after.contains(&format!(
            "a copy of the whole session was written to {}",
            rescued[0].display()
        )),
        "{after}"
    );
    let saved = plenary::store::load(&rescued[0]).unwrap().live.unwrap();
    assert_eq!(
        saved.notes[0].text,
        "Ask the statistics office for the raw tables"
    );
}
