//! Issue 15 D: `plenary remind` — one digest per owner with their calendar attached, as .eml
//! files, and over SMTP to a real server on localhost (aiosmtpd, started here): each owner
//! receives exactly their own commitments, nobody else's; owners without an address named.

mod readers;

use std::collections::{BTreeMap, BTreeSet};
use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Command, Output, Stdio};

const RECORDED: &str = "sessions/2026-06-18-monitoring-results-workshop.json";

fn plenary(args: &[&str], dir: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_plenary"))
        .args(args)
        .env("PLENARY_DIR", dir)
        .env_remove("PLENARY_SMTP_FROM")
        .output()
        .unwrap()
}

/// Two sessions with the same owners; three participants have an email.
fn directory() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let mut s: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(RECORDED).unwrap()).unwrap();
    s["participants"][0]["email"] = "amina@finance.example".into(); // Ministry of Finance
    s["participants"][1]["email"] = "joseph@health.example".into(); // Ministry of Health
    s["participants"][4]["email"] = "grace@parliament.example".into(); // the committee
    s["live"]["commitments"][0]["history"] = serde_json::json!([
        {"at": "2026-10-01T10:00:00Z", "by": {"name": "Grace Njeri"},
         "change": "status open → in progress", "note": "Hearing booked for December"}
    ]);
    std::fs::write(dir.path().join("a.json"), s.to_string()).unwrap();
    s["live"]["id"] = "second".into();
    s["date"] = "2026-12-01".into();
    std::fs::write(dir.path().join("b.json"), s.to_string()).unwrap();
    dir
}

/// What each owner owes, from `plenary commitments --format json`: owner → UIDs.
fn owed(dir: &Path) -> BTreeMap<String, BTreeSet<String>> {
    let out = plenary(
        &[
            "commitments",
            "--format",
            "json",
            "--status",
            "open",
            "--status",
            "in-progress",
        ],
        dir,
    );
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let mut map: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for r in doc["commitments"].as_array().unwrap() {
        map.entry(r["owner"].as_str().unwrap().to_string())
            .or_default()
            .insert(format!(
                "{}-{}@plenary",
                r["session_id"].as_str().unwrap(),
                r["id"].as_str().unwrap()
            ));
    }
    map
}

fn uids(ics: &str) -> BTreeSet<String> {
    ics.replace("\r\n ", "")
        .lines()
        .filter_map(|l| l.trim_end().strip_prefix("UID:").map(str::to_string))
        .collect()
}

/// Each message went to its owner only, with exactly the owner's commitments attached.
fn assert_each_owner_gets_their_own(messages: &[serde_json::Value], dir: &Path) {
    let owed = owed(dir);
    let address = BTreeMap::from([
        ("amina@finance.example", "Ministry of Finance"),
        ("joseph@health.example", "Ministry of Health"),
        (
            "grace@parliament.example",
            "Budget and Appropriations Committee",
        ),
    ]);
    assert_eq!(messages.len(), 3, "one message per owner with an address");
    let mut seen = BTreeSet::new();
    for m in messages {
        let to: Vec<&str> = m["to"]
            .as_array()
            .unwrap()
            .iter()
            .map(|a| a.as_str().unwrap())
            .collect();
        assert_eq!(to.len(), 1, "{to:?}");
        if let Some(envelope) = m["envelope"].as_array() {
            assert_eq!(
                envelope.len(),
                1,
                "the envelope names the owner alone: {envelope:?}"
            );
            assert_eq!(envelope[0], to[0]);
        }
        let owner = address[to[0]];
        seen.insert(owner);
        let ics = m["attachments"]
            .as_array()
            .unwrap()
            .iter()
            .find(|a| a["type"] == "text/calendar")
            .expect("a calendar attached");
        assert_eq!(ics["name"], "commitments.ics");
        assert_eq!(
            uids(ics["text"].as_str().unwrap()),
            owed[owner],
            "{owner}'s calendar"
        );
        let text = m["text"].as_str().unwrap();
        assert!(text.contains(&format!("Dear {owner},")), "{text}");
        let n = owed[owner].len();
        assert!(text.contains(&format!("you owe {n} commitments")), "{text}");
        assert!(
            m["subject"]
                .as_str()
                .unwrap()
                .starts_with(&format!("Your commitments: {n} owed"))
        );
        for (other, _) in owed.iter().filter(|(o, _)| o.as_str() != owner) {
            assert!(
                !text.contains(other.as_str()),
                "{owner}'s digest names {other}"
            );
        }
    }
    assert_eq!(seen.len(), 3);
}

#[test]
fn issue_15_d_one_eml_per_owner_and_owners_without_an_address_named() {
    let dir = directory();
    let out_dir = dir.path().join("out");
    let out = plenary(&["remind", "--out", out_dir.to_str().unwrap()], dir.path());
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(
        out.status.code(),
        Some(1),
        "some owners have no address: {err}"
    );
    assert!(
        !err.contains("no e-mail address for Ministry of Health"),
        "{err}"
    );
    assert!(err.contains("no e-mail address for EU Delegation"), "{err}");
    let mut emls: Vec<_> = std::fs::read_dir(&out_dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "eml"))
        .collect();
    emls.sort();
    assert!(
        out_dir.join("eu-delegation.txt").exists(),
        "the digest kept to pass on by hand"
    );
    let args: Vec<&str> = emls.iter().map(|p| p.to_str().unwrap()).collect();
    let messages = match readers::read_many("read_eml.py", &args) {
        Ok(doc) => doc,
        Err(why) => return eprintln!("skipped: {why}"),
    };
    assert_each_owner_gets_their_own(messages.as_array().unwrap(), dir.path());
    let committee = messages
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["to"][0] == "grace@parliament.example")
        .unwrap();
    assert!(
        committee["text"].as_str().unwrap().contains(
            "Last time you told us: Hearing booked for December — Grace Njeri, 2026-10-01"
        ),
        "{committee}"
    );
}

#[test]
fn issue_15_d_overdue_only_narrows_each_digest() {
    let dir = directory();
    let out_dir = dir.path().join("out");
    plenary(
        &["remind", "--overdue", "--out", out_dir.to_str().unwrap()],
        dir.path(),
    );
    let listed = plenary(
        &[
            "commitments",
            "--overdue",
            "--owner",
            "ministry of finance",
            "--format",
            "json",
        ],
        dir.path(),
    );
    let overdue: serde_json::Value = serde_json::from_slice(&listed.stdout).unwrap();
    let n = overdue["count"].as_u64().unwrap();
    let file = out_dir.join("ministry-of-finance.eml");
    let messages = match readers::read("read_eml.py", &file) {
        Ok(doc) => doc,
        Err(why) => return eprintln!("skipped: {why}"),
    };
    let text = messages[0]["text"].as_str().unwrap();
    assert!(
        text.contains(&format!("you owe {n} commitments, {n} overdue")),
        "{text}"
    );
}

#[test]
fn issue_15_d_send_over_smtp_each_owner_receives_exactly_their_own() {
    let dir = directory();
    let inbox = dir.path().join("inbox");
    std::fs::create_dir(&inbox).unwrap();
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let mut sink = match Command::new("python3")
        .arg(format!(
            "{}/tests/readers/smtp_sink.py",
            env!("CARGO_MANIFEST_DIR")
        ))
        .arg(port.to_string())
        .arg(&inbox)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
    {
        Ok(child) => child,
        Err(e) => return eprintln!("skipped: python3 cannot run: {e}"),
    };
    let mut ready = String::new();
    BufReader::new(sink.stdout.take().unwrap())
        .read_line(&mut ready)
        .unwrap();
    if ready.trim() != "ready" {
        let status = sink.wait().unwrap();
        let mut why = String::new();
        std::io::Read::read_to_string(&mut sink.stderr.take().unwrap(), &mut why).unwrap();
        assert_eq!(status.code(), Some(3), "the SMTP sink failed: {why}");
        return eprintln!("skipped: {}", why.trim());
    }
    let out = plenary(
        &[
            "remind",
            "--send",
            "--from",
            "Secretariat <follow-up@dialogue.example>",
            "--smtp-host",
            "127.0.0.1",
            "--smtp-port",
            &port.to_string(),
        ],
        dir.path(),
    );
    drop(sink.stdin.take());
    sink.wait().unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(err.contains("3 reminders sent"), "{err}");
    let mut saved: Vec<_> = std::fs::read_dir(&inbox)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    saved.sort();
    let args: Vec<&str> = saved.iter().map(|p| p.to_str().unwrap()).collect();
    let messages = readers::read_many("read_eml.py", &args).unwrap();
    for m in messages.as_array().unwrap() {
        assert_eq!(m["from"], "Secretariat <follow-up@dialogue.example>");
    }
    assert_each_owner_gets_their_own(messages.as_array().unwrap(), dir.path());
}

#[test]
fn issue_15_d_a_mistyped_address_is_named_and_the_others_still_reached() {
    let dir = directory();
    for name in ["a.json", "b.json"] {
        let file = dir.path().join(name);
        let text = std::fs::read_to_string(&file)
            .unwrap()
            .replace("joseph@health.example", "joseph at health");
        std::fs::write(&file, text).unwrap();
    }
    let out_dir = dir.path().join("out");
    let out = plenary(&["remind", "--out", out_dir.to_str().unwrap()], dir.path());
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(err.contains("no reminder for Ministry of Health"), "{err}");
    assert!(err.contains("joseph at health"), "{err}");
    assert!(out_dir.join("ministry-of-finance.eml").exists());
    assert!(
        out_dir
            .join("budget-and-appropriations-committee.eml")
            .exists()
    );
}
