//! The live session against a hostile local user and a flood of connections (issue 10,
//! items 14 to 17): these need a second Unix user, which the tests create when run as root
//! (and skip, saying why, otherwise). The users are made once per machine, under a lock, so
//! test binaries running at the same time do not trip over each other.

mod support;

use std::fs::File;
use std::io::{Read, Write};
use std::os::unix::fs::{MetadataExt, PermissionsExt};
use std::os::unix::net::UnixStream;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use support::{LiveDirs, Term};

/// A note-taker in the group the facilitator opens the session to.
const TAKER: &str = "plenary-t-taker";
/// Another user of the machine, in no group of the session.
const OUTSIDER: &str = "plenary-t-outsider";
const GROUP: &str = "plenary-t-group";
/// The outsider's own group, which it opens its fake session to.
const FAKE_GROUP: &str = "plenary-t-fake";

/// A second Unix user, once the machine has them.
struct User {
    uid: u32,
    gid: u32,
}

impl User {
    /// `setpriv` arguments that run a program as this user.
    fn wrapper(&self) -> Vec<String> {
        vec![
            "setpriv".into(),
            format!("--reuid={}", self.uid),
            format!("--regid={}", self.gid),
            "--init-groups".into(),
        ]
    }

    /// Runs `plenary ARGS` as this user in a terminal.
    fn spawn(&self, args: &[&str], env: &[(&str, &Path)]) -> Term {
        let wrapper = self.wrapper();
        let wrapper: Vec<&str> = wrapper.iter().map(String::as_str).collect();
        Term::spawn_under(&wrapper, args, env, 80, 24)
    }

    /// A directory of this user's own under `parent`.
    fn own_dir(&self, parent: &Path, name: &str) -> PathBuf {
        let dir = parent.join(name);
        std::fs::create_dir_all(&dir).unwrap();
        std::os::unix::fs::chown(&dir, Some(self.uid), Some(self.gid)).unwrap();
        std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o700)).unwrap();
        dir
    }
}

fn id_of(name: &str, flag: &str) -> Option<u32> {
    let out = Command::new("id").args([flag, name]).output().ok()?;
    String::from_utf8_lossy(&out.stdout).trim().parse().ok()
}

fn group_id(name: &str) -> Option<u32> {
    let out = Command::new("getent").args(["group", name]).output().ok()?;
    String::from_utf8_lossy(&out.stdout)
        .split(':')
        .nth(2)?
        .parse()
        .ok()
}

/// The two test users (and the group), created if missing; None, with the reason printed,
/// when this is not root or the tools are missing.
fn users() -> Option<(User, User)> {
    if rustix::process::geteuid().as_raw() != 0 {
        eprintln!("skipped: needs root, to create a second Unix user");
        return None;
    }
    for tool in ["useradd", "usermod", "groupadd", "setpriv", "prlimit"] {
        let found = Command::new("sh")
            .args(["-c", &format!("command -v {tool}")])
            .output()
            .is_ok_and(|o| o.status.success());
        if !found {
            eprintln!("skipped: needs {tool} (apt-get install passwd util-linux)");
            return None;
        }
    }
    // One test binary at a time adds them; "already exists" is what the others then see.
    let lock = File::create(std::env::temp_dir().join("plenary-test-users.lock")).unwrap();
    lock.lock().unwrap();
    for group in [GROUP, FAKE_GROUP] {
        if group_id(group).is_none() {
            let _ = Command::new("groupadd").arg(group).status();
        }
    }
    for (name, group) in [(TAKER, GROUP), (OUTSIDER, FAKE_GROUP)] {
        if id_of(name, "-u").is_none() {
            let _ = Command::new("useradd")
                .args(["-M", "-N", "-s", "/usr/sbin/nologin", name])
                .status();
        }
        // Idempotent: adding a member twice changes nothing.
        let _ = Command::new("usermod")
            .args(["-a", "-G", group, name])
            .status();
    }
    drop(lock);
    let user = |name: &str| {
        Some(User {
            uid: id_of(name, "-u")?,
            gid: id_of(name, "-g")?,
        })
    };
    match (user(TAKER), user(OUTSIDER)) {
        (Some(t), Some(o)) => Some((t, o)),
        _ => {
            eprintln!("skipped: could not create the users {TAKER} and {OUTSIDER}");
            None
        }
    }
}

/// A temporary directory other users can traverse, with a sticky, world-writable `tmp`
/// inside, like /tmp: where a hostile user can plant things.
fn shared_tmp() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o755)).unwrap();
    let tmp = dir.path().join("tmp");
    std::fs::create_dir(&tmp).unwrap();
    std::fs::set_permissions(&tmp, std::fs::Permissions::from_mode(0o1777)).unwrap();
    (dir, tmp)
}

/// Field `key` of /proc/PID/status, in its first number (kB for memory).
fn proc_status(pid: u32, key: &str) -> u64 {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap_or_default();
    status
        .lines()
        .find_map(|l| l.strip_prefix(key)?.split_whitespace().next()?.parse().ok())
        .unwrap_or(0)
}

fn open_fds(pid: u32) -> usize {
    std::fs::read_dir(format!("/proc/{pid}/fd")).map_or(0, |d| d.count())
}

/// Note texts in the one session file in `dir`.
fn notes_on_disk(dir: &Path) -> Vec<String> {
    let file = support::session_file(dir);
    let text = std::fs::read_to_string(&file).unwrap_or_default();
    let value: serde_json::Value = serde_json::from_str(&text).unwrap_or_default();
    value["live"]["notes"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|n| n["text"].as_str().map(str::to_string))
        .collect()
}

fn wait_on_disk(dir: &Path, text: &str) {
    let deadline = Instant::now() + Duration::from_secs(10);
    while !notes_on_disk(dir).iter().any(|n| n == text) {
        assert!(
            Instant::now() < deadline,
            "{text:?} never reached the session file"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
}

fn write_note(term: &mut Term, text: &str) {
    term.send("n");
    term.wait_for("Note ·");
    term.send(text);
    term.send("\r");
    term.wait_gone("Note ·");
}

/// The facilitator's session, open to `GROUP`, with its runtime directory in `run`.
fn group_session(live: &LiveDirs, wrapper: &[&str]) -> Term {
    let env = live.env();
    let mut host = Term::spawn_under(
        wrapper,
        &["run", "sessions/short-plenary.json", "--allow-group", GROUP],
        &env,
        120,
        30,
    );
    host.wait_for("Press Enter to begin");
    host.send("\r");
    host.wait_for("OPENING");
    host
}

/// A note-taker of another user joins the session in `run` and writes `text`.
fn taker_joins(taker: &User, base: &Path, run: &Path, text: &str) -> Term {
    let state = taker.own_dir(base, "taker-state");
    let env = [
        ("PLENARY_RUNTIME_DIR", run),
        ("PLENARY_STATE_DIR", state.as_path()),
    ];
    let mut lina = taker.spawn(&["join", "--name", "Lina"], &env);
    lina.wait_for("● live");
    write_note(&mut lina, text);
    lina
}

// Issue 10, item 14: with no XDG_RUNTIME_DIR, an outsider made the facilitator's runtime
// directory (mode 0777) and ran a fake host in it; the real host silently did not share, and
// the facilitator's note-taker joined the fake and typed a note into the outsider's log.
#[test]
fn a_runtime_directory_made_by_someone_else_is_refused_on_both_sides() {
    let Some((_, outsider)) = users() else { return };
    let (dir, tmp) = shared_tmp();
    let run = tmp.join("plenary-run");
    // The outsider gets there first and starts its own host in it.
    let fake_dirs = LiveDirs {
        sessions: outsider.own_dir(dir.path(), "outsider-s"),
        run: run.clone(),
        state: outsider.own_dir(dir.path(), "outsider-state"),
    };
    // Open to its own group, which the facilitator's note-takers below run in: a fake host
    // lets anyone in.
    let mut fake = outsider.spawn(
        &[
            "run",
            "sessions/short-plenary.json",
            "--allow-group",
            FAKE_GROUP,
        ],
        &fake_dirs.env(),
    );
    fake.wait_for("Press Enter to begin");
    fake.send("\r");
    fake.wait_for("OPENING");
    let socket = std::fs::read_dir(&run)
        .unwrap()
        .filter_map(|e| e.ok().map(|e| e.path()))
        .find(|p| p.extension().is_some_and(|x| x == "sock"))
        .expect("the outsider's socket");
    std::fs::set_permissions(&run, std::fs::Permissions::from_mode(0o777)).unwrap();

    // The facilitator starts the real session: told at once that it is not shared.
    let live = LiveDirs {
        run: run.clone(),
        ..LiveDirs::new(dir.path())
    };
    let mut host = Term::spawn(
        &["run", "sessions/short-plenary.json"],
        &live.env(),
        120,
        30,
    );
    let screen = host.wait_for("NOT SHARED");
    assert!(screen.contains(OUTSIDER), "the owner is named:\n{screen}");

    // The facilitator's note-taker refuses the outsider's directory.
    let fake_gid = format!("--regid={}", group_id(FAKE_GROUP).unwrap());
    let in_fake_group = ["setpriv", fake_gid.as_str(), "--keep-groups"];
    let mut grace = Term::spawn_under(
        &in_fake_group,
        &["join", "--name", "Grace"],
        &live.env(),
        80,
        24,
    );
    let screen = grace.wait_for("not joining");
    assert!(
        screen.contains(OUTSIDER) && !screen.contains("● live"),
        "{screen}"
    );
    assert!(!grace.wait_exit(), "a refusal exits with an error");

    // Even in a directory it trusts, the client checks who answers: here the outsider's
    // socket, moved into the facilitator's own directory.
    let trusted = dir.path().join("trusted");
    std::fs::create_dir(&trusted).unwrap();
    std::fs::set_permissions(&trusted, std::fs::Permissions::from_mode(0o700)).unwrap();
    std::fs::rename(&socket, trusted.join("moved.sock")).unwrap();
    let env = [
        ("PLENARY_RUNTIME_DIR", trusted.as_path()),
        ("PLENARY_STATE_DIR", live.state.as_path()),
    ];
    let mut ada = Term::spawn_under(&in_fake_group, &["join", "--name", "Ada"], &env, 80, 24);
    let screen = ada.wait_for(OUTSIDER);
    assert!(
        screen.contains("not joining") && !screen.contains("● live"),
        "{screen}"
    );
    ada.wait_exit();
    host.quit_console();
    host.wait_exit();
    fake.quit_console();
    fake.wait_exit();
}

// Issue 10, item 15: `ln -s ~facilitator/.ssh /tmp/plenary-UID` by an outsider made the
// host chmod ~/.ssh group-readable and put its socket there.
#[test]
fn a_symlink_planted_for_the_runtime_directory_is_never_followed() {
    let Some((_, outsider)) = users() else { return };
    let (dir, tmp) = shared_tmp();
    let ssh = dir.path().join("dot-ssh");
    std::fs::create_dir(&ssh).unwrap();
    std::fs::set_permissions(&ssh, std::fs::Permissions::from_mode(0o700)).unwrap();
    std::fs::write(ssh.join("id_ed25519"), "private key").unwrap();
    let run = tmp.join("plenary-run");
    std::os::unix::fs::symlink(&ssh, &run).unwrap();
    std::os::unix::fs::lchown(&run, Some(outsider.uid), Some(outsider.gid)).unwrap();
    let before = std::fs::metadata(&ssh).unwrap();

    let live = LiveDirs {
        run: run.clone(),
        ..LiveDirs::new(dir.path())
    };
    let env = live.env();
    let mut host = Term::spawn(
        &["run", "sessions/short-plenary.json", "--allow-group", GROUP],
        &env,
        120,
        30,
    );
    let screen = host.wait_for("NOT SHARED");
    assert!(screen.contains("symbolic link"), "{screen}");
    let after = std::fs::metadata(&ssh).unwrap();
    assert_eq!(
        (after.mode() & 0o7777, after.gid()),
        (before.mode() & 0o7777, before.gid()),
        "the symlink's target was changed"
    );
    let inside: Vec<_> = std::fs::read_dir(&ssh).unwrap().collect();
    assert_eq!(inside.len(), 1, "nothing was put in the target: {inside:?}");
    host.quit_console();
    host.wait_exit();
}

// Issue 14, items 1 and 2: with --allow-group, a note-taker in the group found the
// session only by exporting PLENARY_RUNTIME_DIR, and an outsider was told there was no
// session at all. Now the facilitator shares from /tmp/plenary-UID (here under a stand-in
// for /tmp), the member finds it with no variable, and the outsider is told why not.
#[test]
fn a_group_member_finds_the_shared_session_with_no_variable_and_an_outsider_is_told_why_not() {
    let Some((taker, outsider)) = users() else {
        return;
    };
    let (dir, tmp) = shared_tmp();
    let private = dir.path().join("run-user-0");
    std::fs::create_dir(&private).unwrap();
    let live = LiveDirs::new(dir.path());
    let unset = Path::new("");
    let host_env = [
        ("PLENARY_DIR", live.sessions.as_path()),
        ("PLENARY_STATE_DIR", live.state.as_path()),
        ("PLENARY_RUNTIME_DIR", unset),
        ("XDG_RUNTIME_DIR", private.as_path()),
        ("PLENARY_SHARE_ROOT", tmp.as_path()),
    ];
    let mut host = Term::spawn(
        &["run", "sessions/short-plenary.json", "--allow-group", GROUP],
        &host_env,
        120,
        30,
    );
    host.wait_for("Press Enter to begin");
    host.send("\r");
    host.wait_for("OPENING");
    let shared = tmp.join("plenary-0");
    let socket = support::wait_for_path(&shared, "sock");
    let meta = std::fs::metadata(&shared).unwrap();
    assert_eq!(
        meta.mode() & 0o7777,
        0o750,
        "the group may enter, nobody may write"
    );

    let taker_state = taker.own_dir(dir.path(), "taker-state");
    let taker_run = taker.own_dir(dir.path(), "taker-run-user");
    let env = [
        ("PLENARY_STATE_DIR", taker_state.as_path()),
        ("PLENARY_RUNTIME_DIR", unset),
        ("XDG_RUNTIME_DIR", taker_run.as_path()),
        ("PLENARY_SHARE_ROOT", tmp.as_path()),
    ];
    let mut ada = taker.spawn(&["join", "--name", "Ada"], &env);
    ada.wait_for("● live");
    write_note(&mut ada, "Found without a variable");
    wait_on_disk(&live.sessions, "Found without a variable");

    // nc14 #4: a private folder (mode 0700, shared with no group) is no session shared with
    // anyone, and must not be named as one ("… shares a session with the group root").
    let private_dir = tmp.join("plenary-1");
    std::fs::create_dir_all(&private_dir).unwrap();
    std::fs::set_permissions(&private_dir, std::fs::Permissions::from_mode(0o700)).unwrap();
    let outsider_run = outsider.own_dir(dir.path(), "outsider-run-user");
    let listed = Command::new("setpriv")
        .args(outsider.wrapper().iter().skip(1))
        .arg(env!("CARGO_BIN_EXE_plenary"))
        .args(["join", "--list"])
        .env_remove("PLENARY_RUNTIME_DIR")
        .env("XDG_RUNTIME_DIR", &outsider_run)
        .env("PLENARY_SHARE_ROOT", &tmp)
        .output()
        .unwrap();
    let said = String::from_utf8_lossy(&listed.stderr);
    assert!(
        said.contains(&format!(
            "may share a session with the group {GROUP}, which you are not in: ask to be added to {GROUP}"
        )),
        "{said}"
    );
    assert!(
        !said.contains("with the group root"),
        "a 0700 folder is shared with nobody: {said:?}"
    );
    assert!(
        String::from_utf8_lossy(&listed.stdout).contains("No live session you can join"),
        "{listed:?}"
    );
    assert!(socket.exists());
    ada.quit_console();
    assert!(ada.wait_exit());
    host.quit_console();
    host.wait_exit();
}

/// Opens `n` connections as this process's user (the facilitator's account, as every
/// note-taker in the default mode), two in three saying hello, and keeps them open.
fn flood_of_connections(socket: &Path, n: usize) -> Vec<UnixStream> {
    let mut kept = Vec::new();
    for i in 0..n {
        let Ok(mut s) = UnixStream::connect(socket) else {
            continue;
        };
        if i % 3 != 0 {
            let hello = format!(
                "{{\"type\":\"hello\",\"version\":1,\"name\":\"flood {i}\",\"role\":\"note_taker\",\"client\":\"flood{i}\",\"secret\":\"flood-secret-{i:020}\"}}\n"
            );
            let _ = s.set_write_timeout(Some(Duration::from_millis(100)));
            let _ = s.write_all(hello.as_bytes());
        }
        kept.push(s);
    }
    kept
}

fn raise_own_fd_limit() {
    use rustix::process::{Resource, getrlimit, setrlimit};
    let mut limit = getrlimit(Resource::Nofile);
    limit.current = limit.maximum;
    let _ = setrlimit(Resource::Nofile, limit);
}

// Issue 10, item 16: 3,000 hellos from one note-taker took the host to 1,023 descriptors
// and 680 threads: it could no longer save and new note-takers were refused; and a hello
// sent one byte every 5 s kept a connection forever.
#[test]
fn a_flood_of_connections_is_capped_and_saving_and_joining_still_work() {
    let Some((taker, _)) = users() else { return };
    raise_own_fd_limit();
    let dir = tempfile::tempdir().unwrap();
    std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o755)).unwrap();
    let live = LiveDirs::new(dir.path());
    // The descriptor limit of the issue's machine, which raising the soft limit cannot lift.
    let mut host = group_session(&live, &["prlimit", "--nofile=1024:1024"]);
    let pid = host.pid();
    let socket = std::fs::read_dir(&live.run)
        .unwrap()
        .filter_map(|e| e.ok().map(|e| e.path()))
        .find(|p| p.extension().is_some_and(|x| x == "sock"))
        .expect("the session's socket");

    // A hello trickled one byte at a time never gets past the hello deadline.
    let trickle_closed = Arc::new(AtomicBool::new(false));
    let trickle_start = Instant::now();
    let trickle = {
        let mut s = UnixStream::connect(&socket).unwrap();
        let closed = Arc::clone(&trickle_closed);
        std::thread::spawn(move || {
            let _ = s.set_read_timeout(Some(Duration::from_millis(1500)));
            let mut buf = [0u8; 4096];
            for byte in b"{\"type\":\"hello\",\"version\":1,\"name\":\"slow"
                .iter()
                .cycle()
            {
                if s.write_all(&[*byte]).is_err() {
                    break;
                }
                match s.read(&mut buf) {
                    Ok(0) | Err(_) if trickle_start.elapsed() > Duration::from_secs(30) => break,
                    Ok(0) => break,
                    _ => {}
                }
            }
            closed.store(true, Ordering::Relaxed);
            trickle_start.elapsed()
        })
    };

    let flood = flood_of_connections(&socket, 3_000);
    let (fds, threads, rss) = (
        open_fds(pid),
        proc_status(pid, "Threads:"),
        proc_status(pid, "VmRSS:"),
    );
    println!(
        "under a flood of {} connections: {fds} descriptors, {threads} threads, {rss} kB resident",
        flood.len()
    );
    // Saving and a note-taker of another user still work during the attack.
    write_note(&mut host, "Saved during the flood");
    wait_on_disk(&live.sessions, "Saved during the flood");
    let joined = Instant::now();
    let mut lina = taker_joins(
        &taker,
        dir.path(),
        &live.run,
        "Lina joined during the flood",
    );
    println!(
        "a note-taker of another user joined and wrote in {:?}",
        joined.elapsed()
    );
    wait_on_disk(&live.sessions, "Lina joined during the flood");
    assert!(
        !host.contents().contains("NOT SAVED"),
        "{}",
        host.contents()
    );
    assert!(fds <= 200, "{fds} descriptors open in the host");
    assert!(threads <= 200, "{threads} threads in the host");
    let took = trickle.join().unwrap();
    println!("a trickled hello was closed after {took:?}");
    assert!(
        trickle_closed.load(Ordering::Relaxed) && took < Duration::from_secs(15),
        "a hello trickled byte by byte was kept {took:?}"
    );
    drop(flood);
    lina.quit_console();
    lina.wait_exit();
    host.quit_console();
    assert!(host.wait_exit());
}

// Issue 10, item 17: a refusal echoed the request's commitment id, and a 200 KB id sent in a
// loop by a client that read nothing took the host to 1.2 GB.
#[test]
fn what_clients_send_cannot_grow_the_host_past_64_mib() {
    let Some((taker, _)) = users() else { return };
    let dir = tempfile::tempdir().unwrap();
    std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o755)).unwrap();
    let live = LiveDirs::new(dir.path());
    let mut host = group_session(&live, &[]);
    let pid = host.pid();
    let socket = std::fs::read_dir(&live.run)
        .unwrap()
        .filter_map(|e| e.ok().map(|e| e.path()))
        .find(|p| p.extension().is_some_and(|x| x == "sock"))
        .expect("the session's socket");

    let big_id = "C".repeat(200 * 1024);
    let stop = Arc::new(AtomicBool::new(false));
    let mut attackers = Vec::new();
    for a in 0..8 {
        let (socket, big_id, stop) = (socket.clone(), big_id.clone(), Arc::clone(&stop));
        attackers.push(std::thread::spawn(move || {
            let (mut sent, mut conn, mut kept) = (0usize, 0, Vec::new());
            // Reconnects whenever the host closes it, never reads a byte.
            while sent < 30 * 1024 * 1024 && !stop.load(Ordering::Relaxed) {
                conn += 1;
                let Ok(mut s) = UnixStream::connect(&socket) else {
                    std::thread::sleep(Duration::from_millis(50));
                    continue;
                };
                let _ = s.set_write_timeout(Some(Duration::from_secs(2)));
                let hello = format!(
                    "{{\"type\":\"hello\",\"version\":1,\"name\":\"{}\",\"role\":\"note_taker\",\"client\":\"big{a}x{conn}\",\"secret\":\"big-secret-{a:010}-{conn:010}\"}}\n",
                    // Half of them also give a 100 KB name.
                    "N".repeat(if a % 2 == 0 { 100 * 1024 } else { 4 })
                );
                let _ = s.write_all(hello.as_bytes());
                for seq in 1.. {
                    let line = if seq % 10 == 0 {
                        "{\"type\":\"sync\"}\n".to_string()
                    } else {
                        format!(
                            "{{\"type\":\"op\",\"seq\":{seq},\"op\":{{\"op\":\"set_status\",\"id\":\"{big_id}\",\"status\":\"done\"}}}}\n"
                        )
                    };
                    if s.write_all(line.as_bytes()).is_err() || stop.load(Ordering::Relaxed) {
                        break;
                    }
                    sent += line.len();
                    if sent >= 30 * 1024 * 1024 {
                        break;
                    }
                }
                // Kept open, unread, until the end.
                kept.push(s);
            }
            (sent, kept)
        }));
    }
    let mut peak = 0;
    let started = Instant::now();
    while attackers.iter().any(|a| !a.is_finished()) && started.elapsed() < Duration::from_secs(60)
    {
        peak = peak.max(proc_status(pid, "VmRSS:"));
        std::thread::sleep(Duration::from_millis(100));
    }
    stop.store(true, Ordering::Relaxed);
    let (mut sent, mut kept) = (0, Vec::new());
    for a in attackers {
        let (bytes, streams) = a.join().unwrap();
        sent += bytes;
        kept.extend(streams);
    }
    peak = peak.max(proc_status(pid, "VmRSS:"));
    println!(
        "{} MiB of oversized ids, names and syncs sent unread: host peak {peak} kB resident",
        sent / (1024 * 1024)
    );
    write_note(&mut host, "Saved after the memory attack");
    wait_on_disk(&live.sessions, "Saved after the memory attack");
    let mut lina = taker_joins(
        &taker,
        dir.path(),
        &live.run,
        "Lina after the memory attack",
    );
    wait_on_disk(&live.sessions, "Lina after the memory attack");
    peak = peak.max(proc_status(pid, "VmRSS:"));
    assert!(peak < 64 * 1024, "the host reached {peak} kB resident");
    drop(kept);
    lina.quit_console();
    lina.wait_exit();
    host.quit_console();
    assert!(host.wait_exit());
}

/// Every drafts file under `state` (one directory per session, one file per join).
fn drafts_files(state: &Path) -> Vec<PathBuf> {
    std::fs::read_dir(state)
        .into_iter()
        .flatten()
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.is_dir())
        .flat_map(|d| support::json_files(&d))
        .collect()
}

// Issue 10, item 5 (the Unix user): a client id is bound to the user that first sent under
// it, so even its secret, copied out of the owner's drafts, does not let another user in.
#[test]
fn a_client_id_copied_to_another_user_is_refused() {
    let Some((taker, _)) = users() else { return };
    let dir = tempfile::tempdir().unwrap();
    std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o755)).unwrap();
    let live = LiveDirs::new(dir.path());
    let mut host = group_session(&live, &[]);
    let mut grace = Term::spawn(&["join", "--name", "Grace"], &live.env(), 80, 24);
    grace.wait_for("● live");
    write_note(&mut grace, "Bound to the facilitator's user");
    wait_on_disk(&live.sessions, "Bound to the facilitator's user");
    grace.send("n");
    grace.send("left in the form");
    grace.wait_for("left in the form");
    let _ = Command::new("kill")
        .args(["-9", &grace.pid().to_string()])
        .status();
    grace.wait_exit();
    let drafts = drafts_files(&live.state);
    assert_eq!(drafts.len(), 1, "{drafts:?}");

    // The drafts (id and secret) copied into another user's state directory.
    let state = taker.own_dir(dir.path(), "taker-state");
    let session_dir = taker.own_dir(
        &state,
        drafts[0]
            .parent()
            .unwrap()
            .file_name()
            .unwrap()
            .to_str()
            .unwrap(),
    );
    let copy = session_dir.join(drafts[0].file_name().unwrap());
    std::fs::copy(&drafts[0], &copy).unwrap();
    std::os::unix::fs::chown(&copy, Some(taker.uid), Some(taker.gid)).unwrap();
    let env = [
        ("PLENARY_RUNTIME_DIR", live.run.as_path()),
        ("PLENARY_STATE_DIR", state.as_path()),
    ];
    let mut thief = taker.spawn(&["join", "--name", "Grace"], &env);
    let screen = thief.wait_for("another Unix user");
    assert!(!screen.contains("● live"), "{screen}");
    thief.send("\x03");
    host.quit_console();
    assert!(host.wait_exit());
}
