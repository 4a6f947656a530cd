//! Issue 14: a note-taker over real SSH. The test starts its own sshd on localhost (a port
//! of its own, its own host key and configuration in a temporary directory) and, as root
//! (as CI runs), two Unix users in one group: the facilitator runs
//! `plenary run AGENDA --allow-group GROUP`, the note-taker `ssh -t user@localhost plenary
//! join`, types a note, and the facilitator's file gets it. Without root, sshd or ssh it
//! prints why and skips.

mod support;

use std::fs::File;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use support::Term;

const FACILITATOR: &str = "plenary-t-fac";
const TAKER: &str = "plenary-t-ssh";
const GROUP: &str = "plenary-t-workshop";

fn found(tool: &str) -> bool {
    Command::new("sh")
        .args(["-c", &format!("command -v {tool}")])
        .output()
        .is_ok_and(|o| o.status.success())
}

fn id_of(name: &str, flag: &str) -> Option<u32> {
    let out = Command::new("id").args([flag, name]).output().ok()?;
    String::from_utf8_lossy(&out.stdout).trim().parse().ok()
}

/// Why this machine cannot run the test, if it cannot.
fn cannot() -> Option<String> {
    if rustix::process::geteuid().as_raw() != 0 {
        return Some("needs root, to create two Unix users and start sshd".into());
    }
    if !Path::new("/usr/sbin/sshd").exists() {
        return Some("needs /usr/sbin/sshd (apt-get install openssh-server; .ci/run does)".into());
    }
    for tool in [
        "ssh",
        "ssh-keygen",
        "useradd",
        "usermod",
        "groupadd",
        "setpriv",
    ] {
        if !found(tool) {
            return Some(format!(
                "needs {tool} (apt-get install openssh-client passwd util-linux)"
            ));
        }
    }
    None
}

/// The two users in one group, with homes (the note-taker's drafts go there) and a login
/// shell, and no password (not locked, so sshd lets a key in).
fn users() -> Option<((u32, u32), (u32, u32))> {
    let lock = File::create(std::env::temp_dir().join("plenary-test-users.lock")).ok()?;
    lock.lock().ok()?;
    if !Command::new("getent")
        .args(["group", GROUP])
        .status()
        .ok()?
        .success()
    {
        let _ = Command::new("groupadd").arg(GROUP).status();
    }
    for name in [FACILITATOR, TAKER] {
        if id_of(name, "-u").is_none() {
            let _ = Command::new("useradd")
                .args(["-m", "-s", "/bin/sh", name])
                .status();
        }
        let _ = Command::new("usermod")
            .args(["-a", "-G", GROUP, name])
            .status();
        let _ = Command::new("usermod").args(["-p", "*", name]).status();
    }
    drop(lock);
    let ids = |name: &str| Some((id_of(name, "-u")?, id_of(name, "-g")?));
    Some((ids(FACILITATOR)?, ids(TAKER)?))
}

/// sshd on 127.0.0.1 at a free port, configured in `dir`, letting `TAKER` in with the key it
/// returns. Ended when dropped.
struct Sshd {
    child: Child,
    port: u16,
    key: PathBuf,
}

impl Drop for Sshd {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn keygen(path: &Path) {
    let made = Command::new("ssh-keygen")
        .args(["-q", "-t", "ed25519", "-N", "", "-f"])
        .arg(path)
        .status()
        .unwrap();
    assert!(made.success());
}

fn sshd(dir: &Path) -> Sshd {
    let host_key = dir.join("host_key");
    let key = dir.join("client_key");
    keygen(&host_key);
    keygen(&key);
    let keys = dir.join("keys");
    std::fs::create_dir(&keys).unwrap();
    std::fs::copy(key.with_extension("pub"), keys.join(TAKER)).unwrap();
    std::fs::set_permissions(keys.join(TAKER), std::fs::Permissions::from_mode(0o644)).unwrap();
    // Privilege separation needs this directory; a machine that never ran sshd lacks it.
    let _ = std::fs::create_dir_all("/run/sshd");
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let config = dir.join("sshd_config");
    std::fs::write(
        &config,
        format!(
            "Port {port}\nListenAddress 127.0.0.1\nHostKey {}\nPidFile {}\n\
             AuthorizedKeysFile {}/%u\nStrictModes no\nUsePAM no\nPasswordAuthentication no\n\
             KbdInteractiveAuthentication no\nPermitRootLogin no\nAllowUsers {TAKER}\n\
             PrintMotd no\nPrintLastLog no\n",
            host_key.display(),
            dir.join("sshd.pid").display(),
            keys.display()
        ),
    )
    .unwrap();
    let child = Command::new("/usr/sbin/sshd")
        .args(["-D", "-e", "-f"])
        .arg(&config)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let sshd = Sshd { child, port, key };
    let deadline = Instant::now() + Duration::from_secs(10);
    while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(Instant::now() < deadline, "sshd never listened on {port}");
        std::thread::sleep(Duration::from_millis(20));
    }
    sshd
}

/// A directory others may read and enter (a temporary one is the owner's only).
fn open_dir(path: &Path, mode: u32) {
    std::fs::create_dir_all(path).unwrap();
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).unwrap();
}

#[test]
fn a_note_taker_joins_over_real_ssh_and_the_facilitators_file_gets_the_note() {
    if let Some(why) = cannot() {
        eprintln!("skipped: {why}");
        return;
    }
    let Some(((fac_uid, fac_gid), _)) = users() else {
        eprintln!("skipped: could not create the users {FACILITATOR} and {TAKER}");
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    open_dir(dir.path(), 0o755);
    // The binary where the note-taker can run it.
    let bin = dir.path().join("bin");
    open_dir(&bin, 0o755);
    let plenary = bin.join("plenary");
    std::fs::copy(env!("CARGO_BIN_EXE_plenary"), &plenary).unwrap();
    std::fs::set_permissions(&plenary, std::fs::Permissions::from_mode(0o755)).unwrap();
    let ssh_dir = dir.path().join("ssh");
    open_dir(&ssh_dir, 0o755);
    let sshd = sshd(&ssh_dir);

    // The facilitator's own folder, the agenda in it.
    let fac = dir.path().join("facilitator");
    open_dir(&fac, 0o700);
    let agenda = fac.join("short-plenary.json");
    std::fs::copy("sessions/short-plenary.json", &agenda).unwrap();
    let sessions = fac.join("sessions");
    open_dir(&sessions, 0o700);
    for path in [&fac, &agenda, &sessions] {
        std::os::unix::fs::chown(path, Some(fac_uid), Some(fac_gid)).unwrap();
    }
    let wrapper = [
        "setpriv".to_string(),
        format!("--reuid={fac_uid}"),
        format!("--regid={fac_gid}"),
        "--init-groups".into(),
    ];
    let wrapper: Vec<&str> = wrapper.iter().map(String::as_str).collect();
    let unset = Path::new("");
    let home = PathBuf::from(format!("/home/{FACILITATOR}"));
    let env = [
        ("HOME", home.as_path()),
        ("PLENARY_DIR", sessions.as_path()),
        ("PLENARY_STATE_DIR", unset),
        ("PLENARY_RUNTIME_DIR", unset),
        ("XDG_RUNTIME_DIR", unset),
        ("PLENARY_SHARE_ROOT", unset),
    ];
    let agenda_arg = agenda.display().to_string();
    let mut host = Term::spawn_under(
        &wrapper,
        &["run", &agenda_arg, "--allow-group", GROUP],
        &env,
        100,
        30,
    );
    host.wait_for("Press Enter to begin");
    host.send("\r");
    host.wait_for("OPENING");

    let port = sshd.port.to_string();
    let key = sshd.key.display().to_string();
    let login = format!("{TAKER}@127.0.0.1");
    let ssh = [
        "ssh",
        "-t",
        "-p",
        &port,
        "-i",
        &key,
        "-o",
        "BatchMode=yes",
        "-o",
        "StrictHostKeyChecking=no",
        "-o",
        "UserKnownHostsFile=/dev/null",
        "-o",
        "LogLevel=ERROR",
        &login,
    ];
    let program = plenary.display().to_string();
    let mut amina = Term::spawn_remote(&ssh, &program, &["join", "--name", "Amina"], 80, 24);
    amina.wait_for("● live");
    host.wait_for("Amina joined as note-taker");
    amina.send("nTyped over real SSH\r");
    amina.wait_for("✓");
    support::wait_for_file_text(&sessions, "Typed over real SSH");
    amina.quit_console();
    amina.wait_exit();
    host.wait_for("Amina (note-taker) left");
    host.quit_console();
    host.wait_exit();
    let file = support::session_file(&sessions);
    let saved: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(file).unwrap()).unwrap();
    let note = &saved["live"]["notes"][0];
    assert_eq!(note["text"], "Typed over real SSH");
    assert_eq!(note["author"]["uid"], id_of(TAKER, "-u").unwrap());
}
