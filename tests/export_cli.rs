//! `plenary export`: the outcome document, the commitments CSV, and a calendar
//! checked strictly against RFC 5545.

use std::collections::HashSet;
use std::path::Path;
use std::process::{Command, Output};

use chrono::NaiveDate;

const RECORDED: &str = "sessions/2026-06-18-monitoring-results-workshop.json";

fn export(file: &str, format: &str) -> Output {
    Command::new(env!("CARGO_BIN_EXE_plenary"))
        .args(["export", file, "--format", format])
        .output()
        .unwrap()
}

fn text(o: &Output) -> String {
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    String::from_utf8(o.stdout.clone()).unwrap()
}

#[test]
fn the_outcome_document_has_participants_agenda_groups_and_commitments_by_owner() {
    let md = text(&export(RECORDED, "md"));
    assert!(md.starts_with("# Putting the monitoring results to work\n"));
    assert!(md.contains("**Parliament**: Grace Njeri, Budget and Appropriations Committee"));
    assert!(
        md.contains("| 1 | Welcome and purpose of the day | 15 min | 17 min |"),
        "actual minutes: {md}"
    );
    assert!(md.contains("### Reflection Process"));
    assert!(md.contains("Grace Njeri presented; 5:42 of 5:00 used, 0:42 over."));
    assert!(md.contains("- Parliament's budget committee was not part of the monitoring"));
    // Issue 15, item 6: commitments are a What / Who / By-when table, not checkboxes.
    assert!(md.contains("| # | What | Who | By when | Status |"), "{md}");
    assert!(
        md.contains("| C2 | Name a focal point in each line ministry for the follow-up | Ministry of Finance | 31 Aug 2026 | open, "),
        "{md}"
    );
    assert!(
        md.contains("| C12 | Circulate the outcome document to all participants | Facilitation team | 2 Jul 2026 | done |"),
        "done says so"
    );
    let commitments = md.split("## Commitments").nth(1).unwrap();
    assert_eq!(commitments.matches("\n| C").count(), 12);
}

#[test]
fn the_csv_has_a_header_and_one_row_per_commitment() {
    let csv_text = text(&export(RECORDED, "csv"));
    let mut reader = csv::Reader::from_reader(csv_text.as_bytes());
    let header = reader.headers().unwrap().clone();
    assert_eq!(&header[3], "what");
    let rows: Vec<csv::StringRecord> = reader.records().map(|r| r.unwrap()).collect();
    assert_eq!(rows.len(), 12);
    assert!(
        rows.iter()
            .any(|r| &r[4] == "UNDP Country Office" && &r[7] == "2026-08-15")
    );
}

/// Unfolds content lines, checking the physical form on the way.
fn unfold(ics: &str) -> Vec<String> {
    assert!(ics.ends_with("\r\n"));
    assert!(!ics.replace("\r\n", "").contains('\n'), "bare line feeds");
    let mut lines: Vec<String> = Vec::new();
    for physical in ics.trim_end_matches("\r\n").split("\r\n") {
        assert!(
            physical.len() <= 75,
            "{} octets: {physical}",
            physical.len()
        );
        match physical.strip_prefix(' ') {
            Some(rest) => lines
                .last_mut()
                .expect("a fold needs a line before it")
                .push_str(rest),
            None => lines.push(physical.to_string()),
        }
    }
    lines
}

#[test]
fn the_calendar_is_valid_rfc_5545_with_one_event_per_deadline() {
    let ics = text(&export(RECORDED, "ics"));
    let lines = unfold(&ics);
    assert_eq!(lines.first().map(String::as_str), Some("BEGIN:VCALENDAR"));
    assert_eq!(lines.last().map(String::as_str), Some("END:VCALENDAR"));
    assert!(lines.contains(&"VERSION:2.0".to_string()));
    assert!(lines.iter().any(|l| l.starts_with("PRODID:")));
    let mut depth = 0;
    let mut uids = HashSet::new();
    let mut event: Vec<&String> = Vec::new();
    for l in &lines {
        let (name, value) = l
            .split_once(':')
            .expect("every content line is NAME[;params]:value");
        assert!(
            name.chars()
                .all(|c| c.is_ascii_alphanumeric() || "-;=".contains(c)),
            "bad name {name}"
        );
        match (name, value) {
            ("BEGIN", _) => depth += 1,
            ("END", "VEVENT") => {
                let has = |p: &str| event.iter().filter(|l| l.starts_with(p)).count() == 1;
                for required in [
                    "UID:",
                    "DTSTAMP:",
                    "DTSTART;VALUE=DATE:",
                    "DTEND;VALUE=DATE:",
                    "SUMMARY:",
                ] {
                    assert!(
                        has(required),
                        "event without exactly one {required}: {event:?}"
                    );
                }
                let start = event
                    .iter()
                    .find_map(|l| l.strip_prefix("DTSTART;VALUE=DATE:"))
                    .unwrap();
                let end = event
                    .iter()
                    .find_map(|l| l.strip_prefix("DTEND;VALUE=DATE:"))
                    .unwrap();
                let start = NaiveDate::parse_from_str(start, "%Y%m%d").unwrap();
                assert_eq!(
                    NaiveDate::parse_from_str(end, "%Y%m%d").unwrap(),
                    start.succ_opt().unwrap()
                );
                let stamp = event
                    .iter()
                    .find_map(|l| l.strip_prefix("DTSTAMP:"))
                    .unwrap();
                assert!(
                    chrono::NaiveDateTime::parse_from_str(stamp, "%Y%m%dT%H%M%SZ").is_ok(),
                    "{stamp}"
                );
                assert!(
                    uids.insert(
                        event
                            .iter()
                            .find_map(|l| l.strip_prefix("UID:"))
                            .unwrap()
                            .to_string()
                    )
                );
                event.clear();
                depth -= 1;
            }
            ("END", _) => depth -= 1,
            _ if depth == 2 => event.push(l),
            _ => {}
        }
    }
    assert_eq!(depth, 0);
    assert_eq!(uids.len(), 12);
    assert!(lines.contains(&"SUMMARY:Budget and Appropriations Committee: Brief the Budget and Appropriations Committee on the monitoring findings".to_string()));
}

#[test]
fn a_re_export_after_a_change_keeps_the_uid_and_raises_the_sequence() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s.json");
    let first = text(&export(RECORDED, "ics"));
    assert_eq!(
        first,
        text(&export(RECORDED, "ics")),
        "the same session exports the same calendar"
    );
    let mut session: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(RECORDED).unwrap()).unwrap();
    let c1 = &mut session["live"]["commitments"][0];
    c1["status"] = "in_progress".into();
    c1["revision"] = 1.into();
    std::fs::write(&path, serde_json::to_string(&session).unwrap()).unwrap();
    let second = text(&export(path.to_str().unwrap(), "ics"));
    let uid = |ics: &str| {
        unfold(ics)
            .into_iter()
            .find(|l| l.starts_with("UID:"))
            .unwrap()
    };
    assert_eq!(uid(&first), uid(&second));
    let seq = |ics: &str| {
        unfold(ics)
            .into_iter()
            .find(|l| l.starts_with("SEQUENCE:"))
            .unwrap()
    };
    assert_eq!(seq(&first), "SEQUENCE:0");
    assert_eq!(seq(&second), "SEQUENCE:1");
}

#[test]
fn exporting_an_agenda_that_never_ran_says_so() {
    let out = export("sessions/short-plenary.json", "md");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("has not been run"));
}

#[test]
fn output_goes_to_a_file_when_asked() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("outcome.md");
    let out = Command::new(env!("CARGO_BIN_EXE_plenary"))
        .args(["export", RECORDED, "-o", target.to_str().unwrap()])
        .output()
        .unwrap();
    assert!(out.status.success());
    assert!(
        std::fs::read_to_string(&target)
            .unwrap()
            .starts_with("# Putting")
    );
    assert!(Path::new(&target).exists());
}

// Issue 12, item 9: a group whose budget was cut to 0:00 with `-` read "0:40 of 5:00 used,
// 0:40 over": the document must use the budget the room had, as the console's queue does.
#[test]
fn the_outcome_document_uses_each_group_s_adjusted_budget() {
    let mut session: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(RECORDED).unwrap()).unwrap();
    let timers = &mut session["live"]["presentations"];
    timers[0]["timer"]["adjust_seconds"] = serde_json::json!(-300);
    timers[1]["timer"]["adjust_seconds"] = serde_json::json!(60);
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("adjusted.json");
    std::fs::write(&file, serde_json::to_string(&session).unwrap()).unwrap();
    let md = text(&export(file.to_str().unwrap(), "md"));
    assert!(
        md.contains("Grace Njeri presented; 5:42 of 0:00 used, 5:42 over."),
        "{md}"
    );
    let second = md.split("### ").nth(2).unwrap();
    assert!(second.contains(" of 6:00 used"), "{second}");
}

/// Issue 15 item 7: a CSV a spreadsheet opens safely — a field that would run as a formula
/// gets a leading `'`, and `--bom` starts the file with the mark Excel needs for UTF-8.
#[test]
fn the_csv_is_safe_in_a_spreadsheet_and_can_carry_a_byte_order_mark() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s.json");
    let planted = std::fs::read_to_string(RECORDED).unwrap().replace(
        "Circulate the outcome document to all participants",
        "=HYPERLINK(\\\"http://evil.example\\\", \\\"Ministère\\\")",
    );
    std::fs::write(&path, planted).unwrap();
    let file = path.to_str().unwrap();
    let plain = text(&export(file, "csv"));
    assert!(!plain.starts_with('\u{feff}'));
    let mut reader = csv::Reader::from_reader(plain.as_bytes());
    let whats: Vec<String> = reader
        .records()
        .map(|r| r.unwrap()[3].to_string())
        .collect();
    assert!(
        whats.contains(&"'=HYPERLINK(\"http://evil.example\", \"Ministère\")".to_string()),
        "{whats:?}"
    );
    assert!(whats.iter().all(|w| !w.starts_with('=')));
    let out = Command::new(env!("CARGO_BIN_EXE_plenary"))
        .args(["export", file, "--format", "csv", "--bom"])
        .output()
        .unwrap();
    assert!(text(&out).starts_with("\u{feff}session,session_date,id,what"));
}

/// Issue 15 item 8: done and dropped commitments say so in the calendar, the ones still
/// owed carry a reminder a week before, and a session with no commitments gives no
/// empty calendar but a reason.
#[test]
fn the_calendar_marks_what_is_done_reminds_what_is_owed_and_refuses_an_empty_one() {
    let ics = text(&export(RECORDED, "ics"));
    let lines = unfold(&ics);
    let summaries: Vec<&String> = lines.iter().filter(|l| l.starts_with("SUMMARY:")).collect();
    let done = summaries
        .iter()
        .filter(|l| l.starts_with("SUMMARY:✓ done · "))
        .count();
    assert_eq!(done, 1, "{summaries:?}");
    let alarms = lines.iter().filter(|l| *l == "BEGIN:VALARM").count();
    assert_eq!(alarms, 11, "one per commitment still owed");
    assert!(lines.contains(&"TRIGGER;RELATED=START:-P7D".to_string()));

    let dir = tempfile::tempdir().unwrap();
    let mut session: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(RECORDED).unwrap()).unwrap();
    session["live"]["commitments"] = serde_json::json!([]);
    let path = dir.path().join("none.json");
    std::fs::write(&path, serde_json::to_string(&session).unwrap()).unwrap();
    let out = export(path.to_str().unwrap(), "ics");
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
    assert!(String::from_utf8_lossy(&out.stderr).contains("has no commitments"));
}

/// nc15 #5: an external CSV, for partners, has no local file path (which names the
/// exporter's log-in); the CSV for oneself keeps it.
#[test]
fn nc15_5_an_external_csv_has_no_file_paths() {
    let out = Command::new(env!("CARGO_BIN_EXE_plenary"))
        .args(["export", RECORDED, "--format", "csv", "--external"])
        .output()
        .unwrap();
    let csv_text = text(&out);
    let mut reader = csv::Reader::from_reader(csv_text.as_bytes());
    let header = reader.headers().unwrap().clone();
    assert!(header.iter().all(|h| h != "file"), "{header:?}");
    let rows: Vec<csv::StringRecord> = reader.records().map(|r| r.unwrap()).collect();
    assert_eq!(rows.len(), 12);
    assert!(!csv_text.contains("sessions/"), "{csv_text}");
    assert!(rows.iter().all(|r| r.len() == header.len()));
    let own = text(&export(RECORDED, "csv"));
    assert!(own.lines().next().unwrap().contains(",file,"), "{own}");
}
