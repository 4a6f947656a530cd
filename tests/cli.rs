//! The command line with good and bad files: clear errors with path, line and
//! column, non-zero exits, and files left exactly as they were.

mod support;

use std::process::{Command, Output};

fn plenary(args: &[&str], dir: &std::path::Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_plenary"))
        .args(args)
        .env("PLENARY_DIR", dir)
        .output()
        .unwrap()
}

/// `plenary run ARGS` in a terminal (it needs one): its exit code and what it printed.
fn run_in_terminal(args: &[&str], dir: &std::path::Path, expect: &str) -> u32 {
    let mut term = support::Term::spawn(args, &[("PLENARY_DIR", dir)], 250, 30);
    term.wait_for(expect);
    term.wait_exit_code()
}

fn text(o: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr)
    )
}

#[test]
fn check_accepts_every_shipped_session_file() {
    let dir = tempfile::tempdir().unwrap();
    let files: Vec<String> = std::fs::read_dir("sessions")
        .unwrap()
        .map(|e| e.unwrap().path().display().to_string())
        .filter(|p| p.ends_with(".json"))
        .collect();
    assert!(files.len() >= 3, "two agendas and a recorded session ship");
    let mut args = vec!["check"];
    args.extend(files.iter().map(String::as_str));
    let out = plenary(&args, dir.path());
    assert!(out.status.success(), "{}", text(&out));
    assert!(text(&out).contains("a valid recorded session"));
}

#[test]
fn a_truncated_file_is_reported_with_its_location_and_left_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let full = std::fs::read_to_string("sessions/short-plenary.json").unwrap();
    let path = dir.path().join("cut.json");
    let cut = &full[..full.len() / 2];
    std::fs::write(&path, cut).unwrap();
    let p = path.to_str().unwrap();

    let check = plenary(&["check", p], dir.path());
    assert_eq!(check.status.code(), Some(1));
    let message = text(&check);
    let lines = cut.lines().count();
    assert!(
        message.contains(&format!("{p}:{lines}:")),
        "path and line: {message}"
    );
    assert!(message.contains("truncated"), "{message}");

    let run = run_in_terminal(&["run", p], dir.path(), &format!("{p}:{lines}:"));
    assert_eq!(run, 2);
    assert_eq!(
        std::fs::read_to_string(&path).unwrap(),
        cut,
        "the file was left as it was"
    );
}

#[test]
fn a_file_from_a_newer_plenary_is_refused_by_version() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("future.json");
    let future = std::fs::read_to_string("sessions/short-plenary.json")
        .unwrap()
        .replacen("\"format\": 1", "\"format\": 9", 1);
    std::fs::write(&path, &future).unwrap();
    let out = run_in_terminal(&["run", path.to_str().unwrap()], dir.path(), "format 9");
    assert_eq!(out, 2);
    assert_eq!(std::fs::read_to_string(&path).unwrap(), future);
}

#[test]
fn check_explains_each_problem_in_a_file_that_parses() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("odd.json");
    std::fs::write(
        &path,
        r#"{"format": 1, "title": "", "presenter_minutes": 0, "groups": [{"name": "A"}, {"name": "a"}],
            "agenda": [{"title": "Report", "kind": "presentations", "minutes": 0}]}"#,
    )
    .unwrap();
    let out = plenary(&["check", path.to_str().unwrap()], dir.path());
    assert_eq!(out.status.code(), Some(1));
    let message = text(&out);
    for expected in [
        "title: is empty",
        "presenter_minutes: is 0",
        "groups[1].name: repeats",
        "agenda[0].minutes: is 0",
    ] {
        assert!(
            message.contains(expected),
            "missing {expected:?} in {message}"
        );
    }
}

#[test]
fn a_missing_file_is_named() {
    let dir = tempfile::tempdir().unwrap();
    let out = run_in_terminal(
        &["run", "no/such/agenda.json"],
        dir.path(),
        "no/such/agenda.json: cannot read",
    );
    assert_eq!(out, 2);
}

/// `plenary ARGS` with its standard output on /dev/full, like `> file` on a full disk.
fn to_a_full_disk(args: &[&str], dir: &std::path::Path) -> Output {
    let full = std::fs::OpenOptions::new()
        .write(true)
        .open("/dev/full")
        .unwrap();
    Command::new(env!("CARGO_BIN_EXE_plenary"))
        .args(args)
        .env("PLENARY_DIR", dir)
        .stdout(full)
        .output()
        .unwrap()
}

// Issue 10 (found in review): `commitments > full/overdue.csv` exited 0 with an empty file
// (a cron job would mail it), `export > /dev/full` exited 0, and `check` panicked.
#[test]
fn output_that_cannot_be_written_is_an_error_not_an_empty_answer() {
    let dir = tempfile::tempdir().unwrap();
    let recorded = "sessions/2026-06-18-monitoring-results-workshop.json";
    for args in [
        vec!["commitments", recorded, "--format", "csv"],
        vec!["export", recorded],
        vec!["check", recorded],
    ] {
        let out = to_a_full_disk(&args, dir.path());
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {stderr}");
        assert!(
            stderr.contains("cannot write to standard output") && !stderr.contains("panicked"),
            "{args:?}: {stderr}"
        );
    }
}

// Issue 10 (found in review): `export -o` replaced the session file itself, and devices.
#[test]
fn export_never_writes_over_a_session_or_a_device() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("s.json");
    std::fs::copy(
        "sessions/2026-06-18-monitoring-results-workshop.json",
        &file,
    )
    .unwrap();
    let before = std::fs::read(&file).unwrap();
    let f = file.to_str().unwrap();
    let out = plenary(&["export", f, "--format", "md", "-o", f], dir.path());
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("holds a plenary session"), "{stderr}");
    assert_eq!(
        std::fs::read(&file).unwrap(),
        before,
        "the session is untouched"
    );
    let out = plenary(&["export", f, "-o", "/dev/null"], dir.path());
    assert!(String::from_utf8_lossy(&out.stderr).contains("is a device"));
    let md = dir.path().join("outcome.md");
    let out = plenary(&["export", f, "-o", md.to_str().unwrap()], dir.path());
    assert!(out.status.success());
    assert!(
        std::fs::read_to_string(&md)
            .unwrap()
            .contains("Commitments")
    );
}
