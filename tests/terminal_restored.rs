//! Every front end leaves the terminal as it found it (raw mode off, the main screen back,
//! the cursor shown) whatever ends it: SIGTERM, SIGHUP, SIGINT, or a panic. The real binary
//! in a pseudo-terminal. Issue 11: before, only the console handled signals, and a plain
//! `kill` of `plenary join` or `plenary review` left the terminal in raw mode.

mod support;

use std::path::Path;
use std::process::Command;

use support::{LiveDirs, Term, begun_session};

const RECORDED: &str = "sessions/2026-06-18-monitoring-results-workshop.json";

/// The front ends, each started and on screen: (name, how to start it).
fn front_ends() -> Vec<&'static str> {
    vec!["run", "join", "review", "launcher"]
}

/// Starts `front` with `extra` environment; returns it on screen (and the host it joined).
fn start(front: &str, live: &LiveDirs, extra: &[(&str, &Path)]) -> (Term, Option<Term>) {
    let mut env = live.env().to_vec();
    env.extend_from_slice(extra);
    match front {
        "run" => {
            let t = Term::spawn(&["run", "sessions/short-plenary.json"], &env, 100, 30);
            t.wait_for("Press Enter to begin");
            (t, None)
        }
        "join" => {
            let host = begun_session(&live.env(), 100, 30);
            let t = Term::spawn(&["join", "--name", "Amina"], &env, 80, 24);
            t.wait_for("● live");
            (t, Some(host))
        }
        "review" => {
            let t = Term::spawn(&["review", RECORDED], &env, 100, 30);
            t.wait_for("plenary review");
            (t, None)
        }
        _ => {
            let t = Term::spawn(&[], &env, 100, 30);
            t.wait_for("pick an agenda");
            (t, None)
        }
    }
}

fn signal(pid: u32, name: &str) {
    let sent = Command::new("kill")
        .args([&format!("-{name}"), &pid.to_string()])
        .status()
        .unwrap();
    assert!(sent.success());
}

#[test]
fn every_front_end_restores_the_terminal_on_sigterm_sighup_sigint_and_others() {
    for front in front_ends() {
        for sig in ["TERM", "HUP", "INT", "QUIT", "USR1"] {
            let dir = tempfile::tempdir().unwrap();
            let live = LiveDirs::new(dir.path());
            let (mut term, host) = start(front, &live, &[]);
            // While it runs the terminal is raw: the check below can tell.
            assert!(term.restored().is_err(), "{front}: raw mode while running");
            signal(term.pid(), sig);
            term.wait_exit();
            if let Err(e) = term.restored() {
                panic!("{front} after SIG{sig}: {e}");
            }
            if let Some(mut host) = host {
                host.quit_console();
                host.wait_exit();
            }
        }
    }
}

#[test]
fn every_front_end_restores_the_terminal_after_a_panic() {
    if !cfg!(debug_assertions) {
        eprintln!("skipped: the panic key exists in debug builds only");
        return;
    }
    for front in front_ends() {
        let dir = tempfile::tempdir().unwrap();
        let live = LiveDirs::new(dir.path());
        let (mut term, host) = start(front, &live, &[("PLENARY_TEST_PANIC", Path::new("1"))]);
        term.send("\x1b[24~"); // F12
        assert!(!term.wait_exit(), "{front}: a panic exits with failure");
        if let Err(e) = term.restored() {
            panic!("{front} after a panic: {e}");
        }
        let raw = String::from_utf8_lossy(&term.raw()).into_owned();
        assert!(
            raw.contains("panicked"),
            "{front}: the panic message is shown"
        );
        if let Some(mut host) = host {
            host.quit_console();
            host.wait_exit();
        }
    }
}
