//! Joining a live session where it used to go wrong for a newcomer (issue 10, found in
//! review): a long session title, a drafts folder that cannot be written, a Unix account
//! already at its cap of connections.

mod support;

use std::io::{BufRead, BufReader};
use std::os::unix::net::UnixStream;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

use serde_json::Value;
use support::{LiveDirs, Term};

fn kill(term: &mut Term) {
    let _ = Command::new("kill")
        .args(["-9", &term.pid().to_string()])
        .status();
    term.wait_exit();
}

/// The one socket a live session made in `run`.
fn the_socket(run: &Path) -> PathBuf {
    let sockets: Vec<PathBuf> = std::fs::read_dir(run)
        .unwrap()
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "sock"))
        .collect();
    assert_eq!(sockets.len(), 1, "{sockets:?}");
    sockets[0].clone()
}

/// `plenary join ARGS` without a terminal, as a script runs it: (exit code, stdout, stderr).
fn join_output(args: &[&str], env: &[(&str, &Path)]) -> (i32, String, String) {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_plenary"));
    cmd.arg("join").args(args);
    for (k, v) in env {
        cmd.env(k, v);
    }
    let out = cmd.output().unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

// Issue 10, item 1 (found in review): a 29-character Chinese title made the socket path
// longer than a Unix socket's 108 bytes: the session was NOT SHARED, `join --list` found no
// live session, and no one could join.
#[test]
fn a_session_with_a_long_title_is_shared_listed_and_joined() {
    let dir = tempfile::tempdir().unwrap();
    let live = LiveDirs::new(dir.path());
    let env = live.env();
    let title = "关于利用可持续发展目标监测结果推动政府问责的全国协商研讨会";
    let mut agenda: Value =
        serde_json::from_str(&std::fs::read_to_string("sessions/short-plenary.json").unwrap())
            .unwrap();
    agenda["title"] = title.into();
    let agenda_file = dir.path().join("agenda.json");
    std::fs::write(&agenda_file, serde_json::to_vec(&agenda).unwrap()).unwrap();
    let mut host = Term::spawn(&["run", agenda_file.to_str().unwrap()], &env, 120, 36);
    let screen = host.wait_for("Press Enter to begin");
    assert!(!screen.contains("NOT SHARED"), "{screen}");
    host.send("\r");
    host.wait_for("OPENING");

    let (code, listed, err) = join_output(&["--list"], &env);
    assert_eq!(code, 0, "{err}");
    let names: Vec<&str> = listed.lines().collect();
    assert_eq!(names.len(), 1, "one live session is listed: {listed:?}");
    let socket = the_socket(&live.run);
    assert!(
        socket.as_os_str().len() < 108,
        "{} is {} bytes",
        socket.display(),
        socket.as_os_str().len()
    );

    // By a part of the title, and by the session file's whole name.
    let mut grace = Term::spawn(
        &["join", "--session", "可持续发展", "--name", "Grace"],
        &env,
        80,
        24,
    );
    grace.wait_for("● live");
    let file = support::session_file(&live.sessions);
    let stem = file.file_stem().unwrap().to_str().unwrap();
    assert!(stem.contains(title), "{stem}");
    let mut lina = Term::spawn(&["join", "--session", stem, "--name", "Lina"], &env, 80, 24);
    lina.wait_for("● live");
    for t in [&mut grace, &mut lina, &mut host] {
        t.quit_console();
        assert!(t.wait_exit());
    }
}

// Issue 10, item 2 (found in review): with the drafts folder unwritable (a full disk), a
// note typed while the link was down was said to be "sent" and kept nowhere: killing the
// window lost it, and nothing on screen said so.
#[test]
fn a_note_taker_is_warned_while_its_drafts_cannot_be_written() {
    let dir = tempfile::tempdir().unwrap();
    let live = LiveDirs::new(dir.path());
    let env = live.env();
    let mut host = support::begun_session(&env, 120, 36);
    let mut taker = Term::spawn(&["join", "--name", "Grace"], &env, 80, 24);
    taker.wait_for("● live");
    let stores: Vec<PathBuf> = std::fs::read_dir(&live.state)
        .unwrap()
        .filter_map(|e| e.ok().map(|e| e.path()))
        .collect();
    assert_eq!(stores.len(), 1, "{stores:?}");
    let store = stores[0].clone();
    kill(&mut host);
    taker.wait_for("○ reconnecting");

    // The drafts folder's place taken by a file: nothing can be written there, even by root.
    let aside = store.with_extension("aside");
    std::fs::rename(&store, &aside).unwrap();
    std::fs::write(&store, "not a folder").unwrap();
    taker.send("n");
    taker.wait_for("Note ·");
    taker.send("Kept only on this screen");
    taker.send("\r");
    let screen = taker.wait_for("NOT KEPT if this window closes");
    assert!(screen.contains("cannot write"), "{screen}");
    assert!(
        !screen.contains("Note sent") && screen.contains("until the link is back"),
        "nothing was sent, and the screen says so:\n{screen}"
    );

    // Once the folder can be written again, the note is kept and the warning goes.
    std::fs::remove_file(&store).unwrap();
    std::fs::rename(&aside, &store).unwrap();
    taker.wait_gone("NOT KEPT");
    let kept = std::fs::read_dir(&store)
        .unwrap()
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .any(|p| std::fs::read_to_string(p).is_ok_and(|t| t.contains("Kept only on this screen")));
    assert!(kept, "the note is in the drafts file");
    taker.quit_console();
    assert!(taker.wait_exit());
}

// Issue 10, item 3 (found in review): a 17th (now 33rd) connection from one Unix account was refused
// by the host with the reason, but the note-taker was told "Lost the facilitator's session;
// reconnecting…".
#[test]
fn a_note_taker_past_the_cap_is_told_why_and_let_in_once_there_is_room() {
    let dir = tempfile::tempdir().unwrap();
    let live = LiveDirs::new(dir.path());
    let env = live.env();
    let mut host = support::begun_session(&env, 120, 36);
    let socket = the_socket(&live.run);
    // The default cap: 32 connections per Unix user, each in before the next connects.
    let mut held = Vec::new();
    for i in 0..32 {
        let stream = support::protocol_client(&socket, &format!("holder{i}")).unwrap();
        stream
            .set_read_timeout(Some(Duration::from_secs(10)))
            .unwrap();
        let mut first = String::new();
        BufReader::new(&stream).read_line(&mut first).unwrap();
        assert!(first.contains("\"welcome\""), "holder {i}: {first:.200}");
        held.push(stream);
    }
    let mut taker = Term::spawn(&["join", "--name", "Grace"], &env, 80, 24);
    let screen = taker.wait_for("Not let in yet");
    assert!(screen.contains("32 connections"), "{screen}");
    assert!(!screen.contains("Lost the facilitator"), "{screen}");
    let one: Option<UnixStream> = held.pop();
    drop(one);
    taker.wait_for("● live");
    taker.quit_console();
    assert!(taker.wait_exit());
    drop(held);
    host.quit_console();
    assert!(host.wait_exit());
}
