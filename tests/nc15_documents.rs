//! Issue 15 item 8 (nc15 #13), the outcome document: one date format in one document (the
//! history lines wrote ISO dates beside tables that say "30 Sep 2026"), and each change says
//! where it was made — in review, or at which follow-up meeting.

mod support;
use support::serial::one_at_a_time;

use std::process::Command;

use chrono::{NaiveDate, TimeZone, Utc};
use plenary::domain::{Author, Moment, Op, Status};
use plenary::store::followup::apply_to_file;

const RECORDED: &str = "sessions/2026-06-18-monitoring-results-workshop.json";

fn at() -> Moment {
    Moment {
        now: Utc.with_ymd_and_hms(2026, 11, 26, 10, 0, 0).unwrap(),
        today: NaiveDate::from_ymd_opt(2026, 11, 26).unwrap(),
    }
}

fn me() -> Author {
    Author {
        name: "lina".into(),
        uid: None,
    }
}

fn moved(id: &str, to: (i32, u32, u32), key: Option<&str>) -> Op {
    Op::FollowUp {
        id: id.into(),
        status: Status::InProgress,
        deadline: NaiveDate::from_ymd_opt(to.0, to.1, to.2),
        note: "Le budget a pris du retard".into(),
        base_revision: None,
        key: key.map(Into::into),
        owner: None,
        superseded_by: None,
        superseded_in: None,
    }
}

/// Whether `text` holds a date written as 2026-09-30.
fn has_iso_date(text: &str) -> bool {
    let b = text.as_bytes();
    b.windows(10).any(|w| {
        w.iter().enumerate().all(|(i, c)| match i {
            4 | 7 => *c == b'-',
            _ => c.is_ascii_digit(),
        })
    })
}

#[test]
fn nc15_13_the_outcome_document_writes_every_date_one_way() {
    let _one = one_at_a_time();
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("a.json");
    std::fs::copy(RECORDED, &file).unwrap();
    apply_to_file(&file, &moved("C4", (2027, 6, 30), None), &me(), at()).unwrap();
    for external in [false, true] {
        let mut args = vec!["export", file.to_str().unwrap(), "--format", "md"];
        if external {
            args.push("--external");
        }
        let out = Command::new(env!("CARGO_BIN_EXE_plenary"))
            .args(&args)
            .env("TZ", "UTC")
            .output()
            .unwrap();
        let md = String::from_utf8_lossy(&out.stdout);
        let changes = md
            .split("Changes since they were agreed")
            .nth(1)
            .unwrap_or_else(|| panic!("{md}"));
        assert!(
            changes.contains("deadline 31 Mar 2027 → 30 Jun 2027"),
            "{changes}"
        );
        assert!(!has_iso_date(&md), "external {external}:\n{md}");
    }
}

/// Issue 15 item 8 (nc15 #13): each history line says where the change was made: at which
/// follow-up meeting (as the live follow-up writes it back), or in review.
#[test]
fn nc15_13_history_lines_say_where_a_change_was_made() {
    let _one = one_at_a_time();
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("a.json");
    std::fs::copy(RECORDED, &file).unwrap();
    apply_to_file(&file, &moved("C4", (2027, 6, 30), None), &me(), at()).unwrap();
    let live = Op::FollowUp {
        id: "C5".into(),
        status: Status::Done,
        deadline: None,
        note: String::new(),
        base_revision: None,
        key: Some("20261126T051735Z-14043/C1@2026-11-26T10:00:00+00:00".into()),
        owner: None,
        superseded_by: None,
        superseded_in: Some("Suivi à trois mois (26 Nov 2026)".into()),
    };
    apply_to_file(&file, &live, &me(), at()).unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_plenary"))
        .args([
            "export",
            file.to_str().unwrap(),
            "--format",
            "md",
            "--external",
        ])
        .output()
        .unwrap();
    let md = String::from_utf8_lossy(&out.stdout);
    let line = |id: &str| {
        md.lines()
            .find(|l| l.starts_with(&format!("- {id} · ")))
            .unwrap_or_else(|| panic!("{md}"))
            .to_string()
    };
    assert!(line("C4").contains("(in review)"), "{}", line("C4"));
    assert!(
        line("C5").contains("at Suivi à trois mois (26 Nov 2026)"),
        "{}",
        line("C5")
    );
    assert!(!line("C5").contains("(in review)"), "{}", line("C5"));
}
