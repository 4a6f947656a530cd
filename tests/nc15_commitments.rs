//! Issue 15, the newcomer's findings on `plenary commitments` (nc15 #9, #10): a reassigned
//! owner found by organisation and stakeholder group, owner search on words, and the table
//! in the session's own time with the moved deadline.

mod support;
use support::serial::one_at_a_time;

use std::path::Path;
use std::process::{Command, Output};

use chrono::{NaiveDate, TimeZone, Utc};
use plenary::app::App;
use plenary::domain::carry::carried_from;
use plenary::domain::{Author, Moment, Op, Participant, Session, Status};
use plenary::store::followup::apply_to_file;

const RECORDED: &str = "sessions/2026-06-18-monitoring-results-workshop.json";

fn plenary(args: &[&str], dir: &Path) -> Output {
    let _one = one_at_a_time();
    Command::new(env!("CARGO_BIN_EXE_plenary"))
        .args(args)
        .env("PLENARY_DIR", dir)
        .env("TZ", "UTC")
        .output()
        .unwrap()
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn at() -> Moment {
    Moment {
        now: Utc.with_ymd_and_hms(2026, 11, 26, 10, 0, 0).unwrap(),
        today: NaiveDate::from_ymd_opt(2026, 11, 26).unwrap(),
    }
}

fn me() -> Author {
    Author {
        name: "facilitator".into(),
        uid: None,
    }
}

fn person(name: &str, organisation: &str, stakeholder: &str) -> Participant {
    serde_json::from_value(serde_json::json!({
        "name": name, "organisation": organisation, "stakeholder": stakeholder
    }))
    .unwrap()
}

/// A sessions folder: the recorded example, and a follow-up of it that gave C9 to Lê Văn
/// Minh (a participant of the follow-up only, UNDP) and C5 to Hélène Dubois, written back.
fn folder() -> tempfile::TempDir {
    let _one = one_at_a_time();
    let dir = tempfile::tempdir().unwrap();
    let old = dir.path().join("a-old.json");
    std::fs::copy(RECORDED, &old).unwrap();
    let text = std::fs::read_to_string("sessions/short-plenary.json").unwrap();
    let mut s: Session = serde_json::from_str(&text).unwrap();
    s.participants
        .push(person("Lê Văn Minh", "UNDP Viet Nam", "UN system"));
    s.participants.push(person(
        "Hélène Dubois",
        "Ministère des Finances",
        "Government",
    ));
    let source = plenary::store::load(&old).unwrap();
    let carried = carried_from([(old.to_str().unwrap(), &source)]);
    let item = s.ensure_follow_up_item(carried.len());
    s.begin_live("follow-up-run".into(), None, at().now);
    s.live.as_mut().unwrap().carried = carried;
    for op in [Op::StartSession, Op::GoToItem { item }] {
        s.apply(&op, &me(), at()).unwrap();
    }
    let ids: Vec<String> = s
        .live
        .as_ref()
        .unwrap()
        .carried
        .iter()
        .map(|c| c.id.clone())
        .collect();
    for (id, owner) in [("C9", "Lê Văn Minh"), ("C5", "Hélène Dubois")] {
        let index = ids.iter().position(|i| i == id).unwrap();
        s.apply(
            &Op::RecordCarried {
                index,
                status: Status::InProgress,
                note: None,
                deadline: None,
                owner: Some(owner.into()),
            },
            &me(),
            at(),
        )
        .unwrap();
    }
    let new = dir.path().join("b-follow-up.json");
    let app = App::new(s.clone(), me(), new.clone());
    for (_, file, op) in app.pending_write_backs(true) {
        apply_to_file(&file, &op, &me(), at()).unwrap();
    }
    plenary::store::save::write_atomic(&new, &plenary::store::save::to_json(&s)).unwrap();
    dir
}

fn ids(out: &Output) -> Vec<String> {
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let rows = v
        .get("commitments")
        .unwrap_or(&v)
        .as_array()
        .unwrap()
        .clone();
    let mut ids: Vec<String> = rows
        .iter()
        .map(|r| {
            format!(
                "{} {}",
                r["id"].as_str().unwrap(),
                r["owner"].as_str().unwrap()
            )
        })
        .collect();
    ids.sort();
    ids
}

/// Issue 15, nc15 #9: a commitment the follow-up gave to one of its own participants is
/// found by that participant's organisation and stakeholder group.
#[test]
fn nc15_9_a_reassigned_owner_is_found_by_organisation_and_group() {
    let dir = folder();
    for needle in ["UNDP", "UN system", "undp viet nam"] {
        let out = plenary(
            &["commitments", "--owner", needle, "--format", "json"],
            dir.path(),
        );
        assert_eq!(
            ids(&out),
            vec!["C9 Lê Văn Minh".to_string()],
            "{needle}: {}",
            stdout(&out)
        );
    }
}

/// Issue 15, nc15 #9: `--owner` matches words, accents and case aside: "Lê" is not found
/// inside "Hélène".
#[test]
fn nc15_9_owner_search_matches_words_not_any_substring() {
    let dir = folder();
    let out = plenary(
        &["commitments", "--owner", "Lê", "--format", "json"],
        dir.path(),
    );
    assert_eq!(
        ids(&out),
        vec!["C9 Lê Văn Minh".to_string()],
        "{}",
        stdout(&out)
    );
    let out = plenary(
        &["commitments", "--owner", "helene", "--format", "json"],
        dir.path(),
    );
    assert_eq!(
        ids(&out),
        vec!["C5 Hélène Dubois".to_string()],
        "{}",
        stdout(&out)
    );
    let out = plenary(
        &[
            "commitments",
            "--owner",
            "ministere des",
            "--format",
            "json",
        ],
        dir.path(),
    );
    assert_eq!(
        ids(&out),
        vec!["C5 Hélène Dubois".to_string()],
        "{}",
        stdout(&out)
    );
}

/// Issue 15, nc15 #10: the table gives a session's time in the session's own UTC offset
/// (stored when it ran), not the shell's, and a moved deadline as was → now.
#[test]
fn nc15_10_the_table_shows_the_sessions_own_time_and_moved_deadlines() {
    let dir = tempfile::tempdir().unwrap();
    let mut s: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(RECORDED).unwrap()).unwrap();
    let live = s["live"].as_object_mut().unwrap();
    live.insert("utc_offset".into(), "+07:00".into());
    let started = live["started_at"].as_str().unwrap().to_string();
    std::fs::write(dir.path().join("a.json"), s.to_string()).unwrap();
    let began: chrono::DateTime<Utc> = started.parse().unwrap();
    let there = began
        .with_timezone(&chrono::FixedOffset::east_opt(7 * 3600).unwrap())
        .format("%H:%M")
        .to_string();
    let utc = began.format("%H:%M").to_string();
    assert_ne!(there, utc);
    // Move C4's deadline with a note, as review would.
    let path = dir.path().join("a.json");
    let op = Op::FollowUp {
        id: "C4".into(),
        status: Status::InProgress,
        deadline: Some(NaiveDate::from_ymd_opt(2027, 6, 30).unwrap()),
        note: "Le budget a pris du retard".into(),
        base_revision: None,
        key: None,
        owner: None,
        superseded_by: None,
        superseded_in: None,
    };
    {
        let _one = one_at_a_time();
        apply_to_file(&path, &op, &me(), at()).unwrap();
    }
    let out = plenary(&["commitments"], dir.path());
    let table = stdout(&out);
    let c4 = table
        .lines()
        .find(|l| l.contains("2027-06-30"))
        .unwrap_or_else(|| panic!("{table}"));
    assert!(c4.contains("2027-03-31 → 2027-06-30"), "{table}");
    assert!(c4.contains(&format!(" {there} ")), "{table}");
    assert!(!table.contains(&format!(" {utc} ")), "{table}");
}

/// Issue 15 item 8 (nc15 #13): `--due-before "end of year"` lists a commitment due on 31
/// December; `--due-before` with a plain date still means before it.
#[test]
fn nc15_13_due_before_the_end_of_the_year_includes_its_last_day() {
    use chrono::Datelike;
    let dir = tempfile::tempdir().unwrap();
    let year = chrono::Local::now().year();
    let last = format!("{year}-12-31");
    let text = std::fs::read_to_string(RECORDED)
        .unwrap()
        .replace("\"2026-12-15\"", &format!("\"{last}\""));
    std::fs::write(dir.path().join("a.json"), text).unwrap();
    let ids_for = |when: &str| {
        let out = plenary(
            &["commitments", "--due-before", when, "--format", "json"],
            dir.path(),
        );
        ids(&out)
    };
    assert!(
        ids_for("end of year").iter().any(|r| r.starts_with("C8 ")),
        "{:?}",
        ids_for("end of year")
    );
    assert!(!ids_for(&last).iter().any(|r| r.starts_with("C8 ")));
}

/// Issue 15 item 9: RFC 5545 allows STATUS:COMPLETED only on a VTODO (section 3.8.1.11); a
/// done commitment stays an event, CONFIRMED, marked "✓ done" in its title, in the session's
/// calendar, a follow-up's and the one across sessions (see docs/follow-up.md).
#[test]
fn issue15_item9_every_event_status_is_one_rfc_5545_allows_an_event() {
    let dir = folder();
    let across = stdout(&plenary(&["commitments", "--format", "ics"], dir.path()));
    let own = stdout(&plenary(
        &[
            "export",
            dir.path().join("a-old.json").to_str().unwrap(),
            "--format",
            "ics",
        ],
        dir.path(),
    ));
    let follow_up = stdout(&plenary(
        &[
            "export",
            dir.path().join("b-follow-up.json").to_str().unwrap(),
            "--format",
            "ics",
        ],
        dir.path(),
    ));
    for (ics, has_done) in [(&across, true), (&own, true), (&follow_up, false)] {
        assert!(!ics.contains("VTODO"), "events only");
        let mut done = 0;
        for event in ics.split("BEGIN:VEVENT").skip(1) {
            let status = event
                .lines()
                .find_map(|l| l.strip_prefix("STATUS:"))
                .unwrap_or_else(|| panic!("no STATUS: {event}"));
            assert!(
                ["TENTATIVE", "CONFIRMED", "CANCELLED"].contains(&status.trim()),
                "{status}"
            );
            if event.contains("SUMMARY:✓ done") {
                assert_eq!(status.trim(), "CONFIRMED");
                done += 1;
            }
        }
        assert_eq!(done > 0, has_done, "the done commitment C12: {ics}");
    }
}
