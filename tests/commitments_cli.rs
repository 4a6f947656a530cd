//! `plenary commitments`: filters, the stable JSON, CSV quoting, exit codes for cron,
//! and a directory with a broken file in it.

use std::path::Path;
use std::process::{Command, Output};

const RECORDED: &str = "sessions/2026-06-18-monitoring-results-workshop.json";

fn plenary(args: &[&str], dir: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_plenary"))
        .args(args)
        .env("PLENARY_DIR", dir)
        .output()
        .unwrap()
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

/// A sessions directory holding the recorded example, a copy with an odd commitment, and junk.
fn directory() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(RECORDED, dir.path().join("a.json")).unwrap();
    let odd = std::fs::read_to_string(RECORDED)
        .unwrap()
        .replace("20260618T065512Z-example", "second-session")
        .replace(
            "Invite private-sector representatives to the next dialogue",
            "Say \\\"thanks\\\", then invite the private sector, media, and academia",
        );
    std::fs::write(dir.path().join("b.json"), odd).unwrap();
    std::fs::write(
        dir.path().join("broken.json"),
        "{\"format\": 1, \"title\": ",
    )
    .unwrap();
    std::fs::copy(
        "sessions/short-plenary.json",
        dir.path().join("agenda.json"),
    )
    .unwrap();
    dir
}

#[test]
fn json_lists_every_commitment_of_every_session_with_a_stable_shape() {
    let dir = directory();
    let out = plenary(&["commitments", "--format", "json"], dir.path());
    // Issue 15 item 5: a file skipped is an error (exit 2), named in the JSON too.
    assert_eq!(out.status.code(), Some(2));
    let doc: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!(doc["format"], 1);
    assert_eq!(doc["skipped"].as_array().unwrap().len(), 1);
    assert!(
        doc["skipped"][0]["file"]
            .as_str()
            .unwrap()
            .ends_with("broken.json")
    );
    assert!(
        doc["skipped"][0]["reason"]
            .as_str()
            .unwrap()
            .contains("truncated")
    );
    assert_eq!(
        doc["count"], 24,
        "12 in each of the two sessions; the agenda has none"
    );
    let first = &doc["commitments"][0];
    for field in [
        "session_title",
        "session_id",
        "id",
        "what",
        "owner",
        "deadline",
        "status",
        "days_overdue",
    ] {
        assert!(!first[field].is_null(), "missing {field}");
    }
    let deadlines: Vec<&str> = doc["commitments"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["deadline"].as_str().unwrap())
        .collect();
    assert!(
        deadlines.windows(2).all(|w| w[0] <= w[1]),
        "sorted by deadline"
    );
}

#[test]
fn a_broken_file_is_named_with_its_reason_and_the_rest_still_load() {
    let dir = directory();
    let out = plenary(&["commitments", "--format", "json"], dir.path());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("skipped") && stderr.contains("broken.json:1:"),
        "{stderr}"
    );
    assert!(stderr.contains("truncated"), "{stderr}");
    assert_eq!(
        std::fs::read_to_string(dir.path().join("broken.json")).unwrap(),
        "{\"format\": 1, \"title\": "
    );
}

#[test]
fn csv_quotes_commas_and_quotes() {
    let dir = directory();
    let out = plenary(
        &[
            "commitments",
            "--format",
            "csv",
            "--session",
            "second-session",
            "--search",
            "thanks",
        ],
        dir.path(),
    );
    let text = stdout(&out);
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let rows: Vec<csv::StringRecord> = reader.records().map(|r| r.unwrap()).collect();
    assert_eq!(rows.len(), 1, "{text}");
    assert_eq!(
        &rows[0][3],
        "Say \"thanks\", then invite the private sector, media, and academia"
    );
}

#[test]
fn filters_narrow_the_list() {
    let dir = directory();
    let count = |args: &[&str]| {
        let mut all = vec!["commitments", "--format", "json", RECORDED];
        all.extend_from_slice(args);
        let doc: serde_json::Value =
            serde_json::from_str(&stdout(&plenary(&all, dir.path()))).unwrap();
        doc["count"].as_u64().unwrap()
    };
    assert_eq!(count(&[]), 12);
    assert_eq!(count(&["--status", "done"]), 1);
    assert_eq!(count(&["--status", "open", "--status", "done"]), 12);
    assert_eq!(count(&["--owner", "ministry"]), 3);
    assert_eq!(count(&["--due-before", "2026-09-01"]), 3);
    assert_eq!(
        count(&["--owner", "parliament"]),
        1,
        "the committee's stakeholder group"
    );
}

/// Issue 15 item 5: a cron contract a user guesses right, as grep's: with --exit-status,
/// 0 something matches, 1 nothing does; 2 for an error whatever the flags — a missing
/// sessions directory or a file that could not be read. The old --fail-if-any, which
/// exited 1 when nothing matched, is refused with what to use instead.
#[test]
fn exit_codes_follow_grep_and_errors_never_look_like_success() {
    let dir = directory();
    let code = |args: &[&str], d: &Path| plenary(args, d).status.code();
    let done = ["commitments", RECORDED, "--status", "done", "--exit-status"];
    assert_eq!(code(&done, dir.path()), Some(0));
    let nobody = ["commitments", RECORDED, "--owner", "nobody at all"];
    assert_eq!(
        code(&nobody, dir.path()),
        Some(0),
        "a listing, not a search"
    );
    let mut searched = nobody.to_vec();
    searched.push("--exit-status");
    assert_eq!(code(&searched, dir.path()), Some(1));

    let missing = dir.path().join("no-such-dir");
    let out = plenary(&["commitments", "--overdue", "--exit-status"], &missing);
    assert_eq!(out.status.code(), Some(2));
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(said.contains("there is no sessions directory"), "{said}");

    let skipped = plenary(
        &["commitments", "--status", "done", "--exit-status"],
        dir.path(),
    );
    assert_eq!(skipped.status.code(), Some(2), "a file was skipped");
    let said = String::from_utf8_lossy(&skipped.stderr);
    assert!(said.contains("broken.json"), "{said}");
    assert!(said.contains("1 file could not be read"), "{said}");

    let old = plenary(&["commitments", "--fail-if-any"], dir.path());
    assert_eq!(old.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&old.stderr).contains("use --exit-status"));
}

#[test]
fn an_unknown_status_is_refused_with_the_choices() {
    let dir = directory();
    let out = plenary(&["commitments", "--status", "finished"], dir.path());
    assert_eq!(out.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("use open, in-progress, done or dropped")
    );
}

/// Issue 15 item 1: the JSON rows carry the follow-up history, the deadline first agreed
/// when it was moved, and the time of the last change.
#[test]
fn json_rows_carry_history_original_deadline_and_last_update() {
    let dir = tempfile::tempdir().unwrap();
    let mut session: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(RECORDED).unwrap()).unwrap();
    let c1 = &mut session["live"]["commitments"][0];
    let first = c1["deadline"].as_str().unwrap().to_string();
    c1["deadline"] = serde_json::json!("2027-06-30");
    c1["history"] = serde_json::json!([
        {"at": "2026-09-01T09:00:00Z", "by": {"name": "Amina"},
         "change": format!("deadline {first} → 2027-03-31"), "note": "budget cycle moved"},
        {"at": "2026-12-01T09:00:00Z", "by": {"name": "Amina"},
         "change": "deadline 2027-03-31 → 2027-06-30"}
    ]);
    let id = c1["id"].as_str().unwrap().to_string();
    let file = dir.path().join("s.json");
    std::fs::write(&file, serde_json::to_string(&session).unwrap()).unwrap();
    let out = plenary(
        &["commitments", file.to_str().unwrap(), "--format", "json"],
        dir.path(),
    );
    let doc: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    let rows = doc["commitments"].as_array().unwrap();
    let moved = rows.iter().find(|r| r["id"] == id.as_str()).unwrap();
    assert_eq!(moved["original_deadline"], first.as_str());
    assert_eq!(moved["last_update"], "2026-12-01T09:00:00Z");
    assert_eq!(moved["history"].as_array().unwrap().len(), 2);
    assert_eq!(moved["history"][0]["note"], "budget cycle moved");
    let untouched = rows
        .iter()
        .find(|r| r["history"].as_array().unwrap().is_empty())
        .unwrap();
    assert!(untouched.get("original_deadline").is_none());
    assert!(untouched["last_update"].is_string());
}

/// Issue 12, item 12 (found again on the board): two runs of one agenda on one day read
/// the same in every row; the session now carries the time it began.
#[test]
fn two_runs_of_one_agenda_on_one_day_are_told_apart_by_their_start() {
    let dir = tempfile::tempdir().unwrap();
    let text = std::fs::read_to_string(RECORDED).unwrap();
    let later = text
        .replace("20260618T065512Z-example", "second-run")
        .replacen(
            "\"started_at\": \"2026-06-18T07:00:00Z\"",
            "\"started_at\": \"2026-06-18T13:30:00Z\"",
            1,
        );
    assert_ne!(
        later,
        text.replace("20260618T065512Z-example", "second-run")
    );
    std::fs::write(dir.path().join("a.json"), &text).unwrap();
    std::fs::write(dir.path().join("b.json"), later).unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_plenary"))
        .args(["commitments", "--status", "done"])
        .env("PLENARY_DIR", dir.path())
        .env("TZ", "UTC")
        .output()
        .unwrap();
    let table = stdout(&out);
    assert!(
        table.contains("2026-06-18 07:00 Putting the monitoring"),
        "{table}"
    );
    assert!(
        table.contains("2026-06-18 13:30 Putting the monitoring"),
        "{table}"
    );
}
