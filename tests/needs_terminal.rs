//! The interactive commands without a terminal: `echo | plenary run AGENDA`, a cron job, or
//! `ssh host plenary join` without `-t`. Each says it needs a terminal and how to get one,
//! exits 2, and creates nothing.

use std::io::Write;
use std::path::Path;
use std::process::{Command, Output, Stdio};

/// `echo | plenary ARGS`, with every directory plenary could write to inside `dir`.
fn piped(args: &[&str], dir: &Path) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_plenary"))
        .args(args)
        .env("PLENARY_DIR", dir.join("sessions"))
        .env("PLENARY_RUNTIME_DIR", dir.join("run"))
        .env("PLENARY_STATE_DIR", dir.join("state"))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let _ = child.stdin.take().unwrap().write_all(b"\n");
    child.wait_with_output().unwrap()
}

fn files_under(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut found = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            found.extend(files_under(&path));
        }
        found.push(path);
    }
    found
}

// Issue 10, item 13: `echo | plenary run AGENDA` exited at once with "Session saved" and no
// reason; `join` over ssh without -t printed "No such device or address (os error 6)".
#[test]
fn interactive_commands_without_a_terminal_say_so_and_create_nothing() {
    let cases: [(&[&str], &str); 7] = [
        (&["run", "sessions/short-plenary.json"], "plenary run"),
        (&["run", "no/such/agenda.json"], "plenary run"),
        (&["review"], "plenary review"),
        // Issue 13: the agenda editor draws a screen too.
        (&["new", "--template", "blank"], "plenary new"),
        (&["edit", "sessions/short-plenary.json"], "plenary edit"),
        (&["join"], "plenary join"),
        (&[], "plenary"),
    ];
    for (args, name) in cases {
        let dir = tempfile::tempdir().unwrap();
        let out = piped(args, dir.path());
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {stderr}");
        assert!(
            stderr.contains(&format!("{name} needs a terminal")) && stderr.contains("ssh -t"),
            "{args:?}: {stderr}"
        );
        assert!(out.stdout.is_empty(), "{args:?} printed to stdout");
        assert_eq!(files_under(dir.path()), Vec::<std::path::PathBuf>::new());
    }
}

// Issue 10, item 13: what needs no screen still works from a script.
#[test]
fn listing_live_sessions_needs_no_terminal() {
    let dir = tempfile::tempdir().unwrap();
    let out = piped(&["join", "--list"], dir.path());
    // nc14 #4: 1 says "nothing to join" (no terminal was needed to find that out).
    assert_eq!(
        out.status.code(),
        Some(1),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains("No live session"));
}
