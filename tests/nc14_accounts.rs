//! Issue 14, what a newcomer found over real SSH with accounts of their own (nc14).
//!
//! nc14 #4: `plenary join` and `join --list` when there is nothing to join. An outsider was
//! told of sessions that did not exist ("root shares a session with the group root…", from
//! a private 0700 folder and from folders left after sessions ended), never plainly "no
//! live session"; `--session NAME` dropped the group reason; `join --list` exited 0 having
//! listed nothing; and a group member whose facilitator ran a session not shared with them
//! heard nothing about it (nc14 #1).
//!
//! nc14 #7: look-alike names depended on who connected first, and the label went into the
//! record: the same person recorded under two names.
//!
//! These need other Unix users: made when the test runs as root, skipped (saying why)
//! otherwise.

mod support;

use std::fs::File;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::Command;

use support::Term;

/// The facilitator, and a note-taker in the group it shares with.
const FAC: &str = "plenary-t-nc14f";
const MEMBER: &str = "plenary-t-nc14m";
/// In a group of its own, sharing none with the facilitator.
const OUTSIDER: &str = "plenary-t-nc14o";
const GROUP: &str = "plenary-t-nc14";

fn id_of(name: &str, flag: &str) -> Option<u32> {
    let out = Command::new("id").args([flag, name]).output().ok()?;
    String::from_utf8_lossy(&out.stdout).trim().parse().ok()
}

/// A Unix user of the test: its ids, and how to run plenary as it.
#[derive(Clone, Copy)]
struct User {
    uid: u32,
    gid: u32,
}

impl User {
    fn wrapper(&self) -> Vec<String> {
        vec![
            "setpriv".into(),
            format!("--reuid={}", self.uid),
            format!("--regid={}", self.gid),
            "--init-groups".into(),
        ]
    }

    /// A directory of this user's own, `mode`, at `path`.
    fn own_dir(&self, path: &Path, mode: u32) -> PathBuf {
        std::fs::create_dir_all(path).unwrap();
        std::os::unix::fs::chown(path, Some(self.uid), Some(self.gid)).unwrap();
        std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).unwrap();
        path.to_path_buf()
    }

    /// `plenary join ARGS` as this user, without a terminal: (exit code, stdout, stderr).
    fn join(&self, args: &[&str], env: &[(&str, &Path)]) -> (i32, String, String) {
        let mut cmd = Command::new("setpriv");
        cmd.args(self.wrapper().iter().skip(1))
            .arg(env!("CARGO_BIN_EXE_plenary"))
            .arg("join")
            .args(args)
            .env_remove("PLENARY_RUNTIME_DIR");
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

    /// `plenary join ARGS` as this user in a terminal, as over `ssh -t`, when it cannot
    /// join: (exit code, what it wrote, unwrapped).
    fn join_in_terminal(&self, args: &[&str], env: &[(&str, &Path)]) -> (u32, String) {
        let wrapper = self.wrapper();
        let wrapper: Vec<&str> = wrapper.iter().map(String::as_str).collect();
        let mut all = vec!["join"];
        all.extend_from_slice(args);
        let mut env = env.to_vec();
        env.push(("PLENARY_RUNTIME_DIR", Path::new("")));
        let mut term = Term::spawn_under(&wrapper, &all, &env, 80, 24);
        let code = term.wait_exit_code();
        (code, String::from_utf8_lossy(&term.raw()).into_owned())
    }
}

/// The three users (each with a group of its own, as `useradd -U` makes them) and the
/// group of the facilitator and the member; None, with the reason printed, when they
/// cannot be made here.
fn users() -> Option<(User, User, User)> {
    if rustix::process::geteuid().as_raw() != 0 {
        eprintln!("skipped: needs root, to create other Unix users");
        return None;
    }
    for tool in ["useradd", "usermod", "groupadd", "setpriv", "getent"] {
        let found = Command::new("sh")
            .args(["-c", &format!("command -v {tool}")])
            .output()
            .is_ok_and(|o| o.status.success());
        if !found {
            eprintln!("skipped: needs {tool} (apt-get install passwd util-linux)");
            return None;
        }
    }
    // The lock every test binary that adds users takes.
    let lock = File::create(std::env::temp_dir().join("plenary-test-users.lock")).unwrap();
    lock.lock().unwrap();
    let has_group = Command::new("getent")
        .args(["group", GROUP])
        .output()
        .is_ok_and(|o| o.status.success());
    if !has_group {
        let _ = Command::new("groupadd").arg(GROUP).status();
    }
    for name in [FAC, MEMBER, OUTSIDER] {
        if id_of(name, "-u").is_none() {
            let _ = Command::new("useradd")
                .args(["-M", "-U", "-s", "/usr/sbin/nologin", name])
                .status();
        }
    }
    for name in [FAC, MEMBER] {
        let _ = Command::new("usermod")
            .args(["-a", "-G", GROUP, name])
            .status();
    }
    drop(lock);
    let user = |name: &str| {
        Some(User {
            uid: id_of(name, "-u")?,
            gid: id_of(name, "-g")?,
        })
    };
    match (user(FAC), user(MEMBER), user(OUTSIDER)) {
        (Some(f), Some(m), Some(o)) => Some((f, m, o)),
        _ => {
            eprintln!("skipped: could not create the users {FAC}, {MEMBER} and {OUTSIDER}");
            None
        }
    }
}

fn gid_of_group(name: &str) -> u32 {
    let out = Command::new("getent")
        .args(["group", name])
        .output()
        .unwrap();
    String::from_utf8_lossy(&out.stdout)
        .split(':')
        .nth(2)
        .and_then(|g| g.trim().parse().ok())
        .unwrap()
}

/// A folder `plenary-UID` in `tmp` owned by root, `mode`, group `gid`, holding a socket
/// nobody listens on any more: what a session that ended (or was killed) leaves.
fn leftover(tmp: &Path, uid: u32, gid: u32, mode: u32) -> PathBuf {
    let dir = tmp.join(format!("plenary-{uid}"));
    std::fs::create_dir_all(&dir).unwrap();
    drop(std::os::unix::net::UnixListener::bind(dir.join("ended.sock")).unwrap());
    std::os::unix::fs::chown(&dir, Some(0), Some(gid)).unwrap();
    std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(mode)).unwrap();
    dir
}

/// The facilitator's `plenary run` (with `extra` arguments), begun, and its socket.
fn host(fac: User, env: &[(&str, &Path)], extra: &[&str], run: &Path) -> (Term, PathBuf) {
    let wrapper = fac.wrapper();
    let wrapper: Vec<&str> = wrapper.iter().map(String::as_str).collect();
    let mut args = vec!["run", "sessions/short-plenary.json"];
    args.extend_from_slice(extra);
    let mut host = Term::spawn_under(&wrapper, &args, env, 120, 30);
    host.wait_for("Press Enter to begin");
    host.send("\r");
    host.wait_for("OPENING");
    let socket = support::wait_for_path(run, "sock");
    (host, socket)
}

#[test]
fn issue_14_nc14_4_nothing_to_join_is_said_plainly_and_only_live_sessions_are_named() {
    let Some((fac, member, outsider)) = users() else {
        return;
    };
    let group = gid_of_group(GROUP);
    let dir = tempfile::tempdir().unwrap();
    std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o755)).unwrap();
    // The stand-in for /tmp: sticky and open to all.
    let tmp = dir.path().join("tmp");
    std::fs::create_dir(&tmp).unwrap();
    std::fs::set_permissions(&tmp, std::fs::Permissions::from_mode(0o1777)).unwrap();
    // Root's private folder, and a folder shared with the group once, now holding no session.
    leftover(&tmp, 0, 0, 0o700);
    leftover(&tmp, 1, group, 0o750);

    let fac_home = fac.own_dir(&dir.path().join("fac"), 0o755);
    let sessions = fac.own_dir(&fac_home.join("sessions"), 0o700);
    let fac_state = fac.own_dir(&fac_home.join("state"), 0o700);
    let fac_run = fac.own_dir(&fac_home.join("run-user"), 0o700);
    let unset = Path::new("");
    let host_env = [
        ("PLENARY_DIR", sessions.as_path()),
        ("PLENARY_STATE_DIR", fac_state.as_path()),
        ("PLENARY_RUNTIME_DIR", unset),
        ("XDG_RUNTIME_DIR", fac_run.as_path()),
        ("PLENARY_SHARE_ROOT", tmp.as_path()),
    ];
    let shared = tmp.join(format!("plenary-{}", fac.uid));
    let (mut run, _) = host(fac, &host_env, &["--allow-group", GROUP], &shared);

    let member_run = member.own_dir(&dir.path().join("member-run"), 0o700);
    let member_env = [
        ("XDG_RUNTIME_DIR", member_run.as_path()),
        ("PLENARY_SHARE_ROOT", tmp.as_path()),
    ];
    let outsider_run = outsider.own_dir(&dir.path().join("outsider-run"), 0o700);
    let outsider_env = [
        ("XDG_RUNTIME_DIR", outsider_run.as_path()),
        ("PLENARY_SHARE_ROOT", tmp.as_path()),
    ];

    // The member finds the one live session.
    let (code, listed, err) = member.join(&["--list"], &member_env);
    assert_eq!((code, listed.lines().count()), (0, 1), "{listed}{err}");

    // The outsider: nothing to join, said first; the folder it cannot open "may" hold a
    // session; root's private folder and the ended session's folder are not named.
    let (code, listed, err) = outsider.join(&["--list"], &outsider_env);
    assert_ne!(code, 0, "nothing was listed: {listed}{err}");
    assert!(
        listed.starts_with("No live session you can join"),
        "{listed}"
    );
    assert!(
        err.contains(&format!(
            "{FAC} may share a session with the group {GROUP}, which you are not in"
        )),
        "{err}"
    );
    assert!(!err.contains("shares a session"), "{err}");
    assert!(!err.contains("root"), "no session of root's is live: {err}");
    let (code, err) = outsider.join_in_terminal(&[], &outsider_env);
    assert_ne!(code, 0);
    let plain = err.find("No live session you can join");
    let why = err.find(&format!("{FAC} may share"));
    assert!(
        plain.is_some() && why.is_some() && plain < why,
        "said plainly first: {err}"
    );
    assert!(!err.contains("root"), "{err}");
    // --session NAME keeps the reason.
    let (code, err) = outsider.join_in_terminal(&["--session", "quarterly"], &outsider_env);
    assert_ne!(code, 0);
    assert!(err.contains("no live session called quarterly"), "{err}");
    assert!(
        err.contains(&format!("which you are not in: ask to be added to {GROUP}")),
        "the group reason is kept: {err}"
    );

    // The session ends: its folder stays, and is named to no one.
    run.quit_console();
    run.wait_exit();
    for (who, env) in [(outsider, &outsider_env), (member, &member_env)] {
        let (code, listed, err) = who.join(&["--list"], env);
        assert_ne!(code, 0, "{listed}{err}");
        assert!(
            listed.starts_with("No live session you can join"),
            "{listed}"
        );
        assert!(!err.contains(FAC), "the session ended: {err}");
        let (code, err) = who.join_in_terminal(&[], env);
        assert_ne!(code, 0);
        assert!(
            err.trim_start()
                .starts_with("plenary: No live session you can join"),
            "{err}"
        );
        assert!(!err.contains(FAC), "the session ended: {err}");
    }

    // nc14 #1: run without --allow-group in the folder it shared before (its socket now
    // the facilitator's alone). The member is told; the outsider is not.
    let resumed_env = [
        ("PLENARY_DIR", sessions.as_path()),
        ("PLENARY_STATE_DIR", fac_state.as_path()),
        ("PLENARY_RUNTIME_DIR", shared.as_path()),
        ("PLENARY_SHARE_ROOT", tmp.as_path()),
    ];
    let (mut run, _) = host(fac, &resumed_env, &["--new"], &shared);
    let not_shared = format!("{FAC} runs a session that is not shared with you");
    let (code, _, err) = member.join(&["--list"], &member_env);
    assert_ne!(code, 0);
    assert!(err.contains(&not_shared), "{err}");
    let (_, err) = member.join_in_terminal(&[], &member_env);
    assert!(err.contains(&not_shared), "{err}");
    // The outsider cannot open the folder: something listens there, so it "may" be shared.
    let (_, _, err) = outsider.join(&["--list"], &outsider_env);
    assert!(!err.contains(&not_shared), "{err}");
    run.quit_console();
    run.wait_exit();

    // A private session in the facilitator's own runtime folder, which no one else may
    // open: the member is told it runs, from the socket the system lists.
    let private_env = [
        ("PLENARY_DIR", sessions.as_path()),
        ("PLENARY_STATE_DIR", fac_state.as_path()),
        ("PLENARY_RUNTIME_DIR", unset),
        ("XDG_RUNTIME_DIR", fac_run.as_path()),
        ("PLENARY_SHARE_ROOT", tmp.as_path()),
    ];
    let (mut run, _) = host(fac, &private_env, &["--new"], &fac_run.join("plenary"));
    let (code, _, err) = member.join(&["--list"], &member_env);
    assert_ne!(code, 0);
    assert!(err.contains(&not_shared), "{err}");
    let (_, _, err) = outsider.join(&["--list"], &outsider_env);
    assert!(!err.contains(FAC), "{err}");
    run.quit_console();
    run.wait_exit();
}

// Issue 14, nc14 #4: `join --list` exited 0 having listed nothing, so a script could not
// tell; and the plain words come first.
#[test]
fn issue_14_nc14_4_join_list_fails_when_it_lists_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let live = support::LiveDirs::new(dir.path());
    std::fs::create_dir_all(&live.run).unwrap();
    std::fs::set_permissions(&live.run, std::fs::Permissions::from_mode(0o700)).unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_plenary"))
        .args(["join", "--list"])
        .envs(live.env())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "{out:?}");
    assert!(
        String::from_utf8_lossy(&out.stdout).starts_with("No live session you can join"),
        "{out:?}"
    );
}

/// The notes in the session file in `dir`: (author's name, uid, text).
fn notes_in(dir: &Path) -> Vec<(String, u64, String)> {
    let file = support::session_file(dir);
    let text = std::fs::read_to_string(file).unwrap_or_default();
    let value: serde_json::Value = serde_json::from_str(&text).unwrap_or_default();
    value["live"]["notes"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|n| {
            (
                n["author"]["name"].as_str().unwrap_or_default().to_string(),
                n["author"]["uid"].as_u64().unwrap_or(u64::MAX),
                n["text"].as_str().unwrap_or_default().to_string(),
            )
        })
        .collect()
}

/// Waits until the session file in `dir` holds `count` notes.
fn wait_for_notes(dir: &Path, count: usize) -> Vec<(String, u64, String)> {
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
    loop {
        let notes = notes_in(dir);
        if notes.len() >= count {
            return notes;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "{count} notes never reached the file: {notes:?}"
        );
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
}

fn write_note(term: &mut Term, text: &str) {
    term.send("n");
    term.wait_for("Note ·");
    term.send(text);
    term.send("\r");
    term.wait_gone("Note ·");
}

// Issue 14, nc14 #7: ncomar joined as "NCAmina" and ncamina as "ncamina"; after a host
// restart ncomar reconnected first and showed as plain "NCAmina", ncamina as "ncamina
// (ncamina)", and the file recorded her under both names. Here the facilitator's user
// plays ncomar (`--name PLENARY-T-NC14M`) and the member ncamina, in both orders.
#[test]
fn issue_14_nc14_7_look_alike_names_do_not_depend_on_who_connects_first() {
    let Some((omar, amina, _)) = users() else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o755)).unwrap();
    let tmp = dir.path().join("tmp");
    std::fs::create_dir(&tmp).unwrap();
    std::fs::set_permissions(&tmp, std::fs::Permissions::from_mode(0o1777)).unwrap();
    let live = support::LiveDirs::new(dir.path());
    let private = dir.path().join("run-user-0");
    std::fs::create_dir(&private).unwrap();
    let unset = Path::new("");
    let host_env = [
        ("PLENARY_DIR", live.sessions.as_path()),
        ("PLENARY_STATE_DIR", live.state.as_path()),
        ("PLENARY_RUNTIME_DIR", unset),
        ("XDG_RUNTIME_DIR", private.as_path()),
        ("PLENARY_SHARE_ROOT", tmp.as_path()),
    ];
    let spawn = |who: User, state: &Path, run: &Path, name: &str| {
        let env = [
            ("PLENARY_STATE_DIR", state),
            ("PLENARY_RUNTIME_DIR", unset),
            ("XDG_RUNTIME_DIR", run),
            ("PLENARY_SHARE_ROOT", tmp.as_path()),
        ];
        let wrapper = who.wrapper();
        let wrapper: Vec<&str> = wrapper.iter().map(String::as_str).collect();
        let t = Term::spawn_under(&wrapper, &["join", "--name", name], &env, 120, 30);
        t.wait_for("● live");
        t
    };
    let omar_state = omar.own_dir(&dir.path().join("omar-state"), 0o700);
    let omar_run = omar.own_dir(&dir.path().join("omar-run"), 0o700);
    let amina_state = amina.own_dir(&dir.path().join("amina-state"), 0o700);
    let amina_run = amina.own_dir(&dir.path().join("amina-run"), 0o700);
    let impostor = "PLENARY-T-NC14M";
    let labelled = format!("{impostor} ({FAC})");

    let mut host = Term::spawn(
        &["run", "sessions/short-plenary.json", "--allow-group", GROUP],
        &host_env,
        120,
        30,
    );
    host.wait_for("Press Enter to begin");
    host.send("\r");
    host.wait_for("OPENING");
    // The impostor first: it carries its own user; the member keeps the name.
    let mut o = spawn(omar, &omar_state, &omar_run, impostor);
    o.wait_for(&format!("{labelled} · note-taker"));
    write_note(&mut o, "Omar before the restart");
    let mut a = spawn(amina, &amina_state, &amina_run, MEMBER);
    let screen = a.wait_for(&format!("{MEMBER} · note-taker"));
    assert!(!screen.contains(&format!("{MEMBER} (")), "{screen}");
    write_note(&mut a, "Amina before the restart");
    wait_for_notes(&live.sessions, 2);

    // The host killed and resumed; the member joins again after the impostor.
    let file = support::session_file(&live.sessions);
    let _ = Command::new("kill")
        .args(["-9", &host.pid().to_string()])
        .status();
    host.wait_exit();
    a.quit_console();
    a.wait_exit();
    let mut host = Term::spawn(
        &["run", file.to_str().unwrap(), "--allow-group", GROUP],
        &host_env,
        120,
        30,
    );
    host.wait_for("OPENING");
    o.wait_for("● live");
    o.wait_for(&format!("{labelled} · note-taker"));
    write_note(&mut o, "Omar after the restart");
    let mut a = spawn(amina, &amina_state, &amina_run, MEMBER);
    let screen = a.wait_for(&format!("{MEMBER} · note-taker"));
    assert!(!screen.contains(&format!("{MEMBER} (")), "{screen}");
    // nc14 #6, on an account of her own: her note of the earlier join is still saved.
    a.send("3");
    a.wait_for(&format!("{MEMBER} ✓ "));
    write_note(&mut a, "Amina after the restart");

    // The member first this time: the same names.
    a.quit_console();
    a.wait_exit();
    o.quit_console();
    o.wait_exit();
    let mut a = spawn(amina, &amina_state, &amina_run, MEMBER);
    a.wait_for(&format!("{MEMBER} · note-taker"));
    let mut o = spawn(omar, &omar_state, &omar_run, impostor);
    o.wait_for(&format!("{labelled} · note-taker"));
    write_note(&mut o, "Omar last");
    write_note(&mut a, "Amina last");

    // One person, one recorded name.
    let notes = wait_for_notes(&live.sessions, 6);
    for (name, uid, text) in &notes {
        let expected = if *uid == u64::from(omar.uid) {
            labelled.as_str()
        } else {
            assert_eq!(*uid, u64::from(amina.uid), "{text}");
            MEMBER
        };
        assert_eq!(name, expected, "{text} was recorded as {name}: {notes:?}");
    }
    for t in [&mut a, &mut o, &mut host] {
        t.quit_console();
        t.wait_exit();
    }
}
