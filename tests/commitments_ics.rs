//! Issue 15 E: one calendar across sessions from `plenary commitments --format ics`, with
//! the listing's filters: dropped CANCELLED, done marked and without a reminder, a VALARM
//! before each deadline still owed, and the UID each commitment has in its own session's
//! calendar, the same on every run.

use std::path::Path;
use std::process::Command;

const RECORDED: &str = "sessions/2026-06-18-monitoring-results-workshop.json";

fn plenary(args: &[&str], dir: &Path) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_plenary"))
        .args(args)
        .env("PLENARY_DIR", dir)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// The events of a calendar, unfolded, each as its lines.
fn events(ics: &str) -> Vec<Vec<String>> {
    let unfolded = ics.replace("\r\n ", "");
    unfolded
        .split("BEGIN:VEVENT\r\n")
        .skip(1)
        .map(|e| e.split("\r\n").map(str::to_string).collect())
        .collect()
}

fn field<'a>(event: &'a [String], name: &str) -> Option<&'a str> {
    event.iter().find_map(|l| l.strip_prefix(name))
}

fn directory() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(RECORDED, dir.path().join("a.json")).unwrap();
    let mut s: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(RECORDED).unwrap()).unwrap();
    s["live"]["id"] = "second".into();
    s["live"]["commitments"][1]["status"] = "dropped".into();
    std::fs::write(dir.path().join("b.json"), s.to_string()).unwrap();
    dir
}

#[test]
fn issue_15_e_one_calendar_across_sessions_with_the_listing_filters() {
    let dir = directory();
    let ics = plenary(
        &["commitments", "--format", "ics", "--owner", "finance"],
        dir.path(),
    );
    assert!(ics.starts_with("BEGIN:VCALENDAR\r\n") && ics.ends_with("END:VCALENDAR\r\n"));
    let evs = events(&ics);
    assert_eq!(
        evs.len(),
        4,
        "two for the Ministry of Finance in each of two sessions"
    );
    assert!(evs.iter().all(|e| {
        field(e, "SUMMARY:")
            .unwrap()
            .contains("Ministry of Finance")
    }));
    let dropped: Vec<_> = evs
        .iter()
        .filter(|e| field(e, "STATUS:") == Some("CANCELLED"))
        .collect();
    assert_eq!(dropped.len(), 1, "C2 dropped in the second session");
    assert_eq!(field(dropped[0], "UID:"), Some("second-C2@plenary"));
    assert!(
        !dropped[0].iter().any(|l| l == "BEGIN:VALARM"),
        "no reminder for a dropped one"
    );
    let owed = evs
        .iter()
        .filter(|e| e.iter().any(|l| l == "BEGIN:VALARM"))
        .count();
    assert_eq!(owed, 3, "a reminder before each deadline still owed");
}

#[test]
fn issue_15_e_uids_are_stable_and_match_each_sessions_own_calendar() {
    let dir = directory();
    let uids = |ics: &str| -> Vec<String> {
        events(ics)
            .iter()
            .map(|e| field(e, "UID:").unwrap().to_string())
            .collect()
    };
    let first = plenary(&["commitments", "--format", "ics"], dir.path());
    let again = plenary(&["commitments", "--format", "ics"], dir.path());
    assert_eq!(uids(&first), uids(&again));
    assert_eq!(uids(&first).len(), 24);
    let own = plenary(
        &[
            "export",
            dir.path().join("a.json").to_str().unwrap(),
            "--format",
            "ics",
        ],
        dir.path(),
    );
    for uid in uids(&own) {
        assert!(
            uids(&first).contains(&uid),
            "{uid} differs across the two calendars"
        );
    }
    // A done commitment is marked where a calendar shows it and has no reminder.
    let done = events(&first)
        .into_iter()
        .find(|e| field(e, "UID:") == Some("20260618T065512Z-example-C12@plenary"))
        .unwrap();
    assert!(field(&done, "SUMMARY:").unwrap().starts_with("✓ done"));
    assert!(!done.iter().any(|l| l == "BEGIN:VALARM"));
}
