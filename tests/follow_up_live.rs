//! Issue 15, item 3: a live follow-up captures the meeting — per carried commitment its
//! status (set directly), the owner's explanation, a renegotiated deadline and a new owner,
//! written back to the earlier file as what was said; a commitment re-agreed in the new
//! session supersedes the old one and is counted once.

mod support;
use support::serial::one_at_a_time;

use std::path::Path;

use chrono::{NaiveDate, TimeZone, Utc};
use plenary::app::App;
use plenary::domain::board::rows;
use plenary::domain::carry::carried_from;
use plenary::domain::{Author, Moment, Op, OpError, Session, Status};
use plenary::store::followup::apply_to_file;
use support::{LiveDirs, Term, session_file};

const RECORDED: &str = "sessions/2026-06-18-monitoring-results-workshop.json";

/// An injected clock: 26 November 2026, 10:00 UTC.
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

fn date(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

/// A follow-up session on its follow-up item, carrying the example's owed commitments
/// from `earlier`.
fn follow_up_session(earlier: &Path) -> Session {
    let text = std::fs::read_to_string("sessions/short-plenary.json").unwrap();
    let mut session: Session = serde_json::from_str(&text).unwrap();
    let source = plenary::store::load(earlier).unwrap();
    let carried = carried_from([(earlier.to_str().unwrap(), &source)]);
    let item = session.ensure_follow_up_item(carried.len());
    session.begin_live("follow-up-run".into(), None, at().now);
    session.live.as_mut().unwrap().carried = carried;
    for op in [Op::StartSession, Op::GoToItem { item }] {
        session.apply(&op, &me(), at()).unwrap();
    }
    session
}

fn record(status: Status, note: Option<&str>, deadline: Option<&str>, owner: Option<&str>) -> Op {
    Op::RecordCarried {
        index: 0,
        status,
        note: note.map(Into::into),
        deadline: deadline.map(date),
        owner: owner.map(Into::into),
    }
}

fn copy_of_example(dir: &Path) -> std::path::PathBuf {
    let earlier = dir.join("earlier.json");
    std::fs::copy(RECORDED, &earlier).unwrap();
    std::fs::canonicalize(&earlier).unwrap()
}

#[test]
fn issue15_item3_what_the_owner_said_a_new_deadline_and_owner_are_written_back() {
    let _one = one_at_a_time();
    let dir = tempfile::tempdir().unwrap();
    let earlier = copy_of_example(dir.path());
    let mut s = follow_up_session(&earlier);
    let said = "The templates wait for the new statistics law";
    s.apply(
        &record(
            Status::InProgress,
            Some(said),
            Some("2027-06-30"),
            Some("National Statistics Office"),
        ),
        &me(),
        at(),
    )
    .unwrap();
    let app = App::new(s, me(), dir.path().join("follow-up.json"));
    let pending = app.pending_write_backs(true);
    assert_eq!(pending.len(), 1);
    let (_, file, op) = &pending[0];
    apply_to_file(file, op, &me(), at()).unwrap();
    let saved = plenary::store::load(&earlier).unwrap();
    let c9 = saved
        .live
        .unwrap()
        .commitments
        .into_iter()
        .find(|c| c.id == "C9")
        .unwrap();
    assert_eq!(c9.status, Status::InProgress);
    assert_eq!(c9.deadline, date("2027-06-30"));
    assert_eq!(c9.owner, "National Statistics Office");
    let last = c9.history.last().unwrap();
    assert_eq!(
        last.note.as_deref(),
        Some(said),
        "the note is what was said, not “Reviewed at …”"
    );
    assert_eq!(
        last.change,
        "follow-up: status open → in progress; deadline 2026-08-15 → 2027-06-30; \
         owner UNDP Country Office → National Statistics Office; \
         at Quarterly results check-in (26 Nov 2026)"
    );
    assert_eq!(c9.original_deadline(), Some(date("2026-08-15")));
}

#[test]
fn issue15_item3_a_follow_up_the_earlier_file_would_refuse_is_refused_in_the_room() {
    let _one = one_at_a_time();
    let dir = tempfile::tempdir().unwrap();
    let earlier = copy_of_example(dir.path());
    let mut s = follow_up_session(&earlier);
    let before = s.clone();
    let refused = |s: &mut Session, op: Op| s.apply(&op, &me(), at()).unwrap_err();
    assert_eq!(
        refused(&mut s, record(Status::Open, None, Some("2027-06-30"), None)),
        OpError::DeadlineWithoutNote
    );
    let past = refused(
        &mut s,
        record(Status::Open, Some("moved"), Some("2026-11-01"), None),
    );
    assert_eq!(past, OpError::NewDeadlinePast(date("2026-11-01")));
    assert_eq!(
        past.to_string(),
        "the new deadline 1 Nov 2026 is already past: give a date from today on"
    );
    let long = "x".repeat(5000);
    assert!(matches!(
        refused(&mut s, record(Status::Open, Some(&long), None, None)),
        OpError::TooLong { .. }
    ));
    assert!(matches!(
        refused(
            &mut s,
            record(Status::Open, None, None, Some("Min\u{7}istry"))
        ),
        OpError::Unprintable { .. }
    ));
    assert_eq!(s, before, "a refusal changes nothing");
    // An owner left as it was, blank, or the same in other case is no change of owner.
    s.apply(
        &record(Status::Done, None, None, Some("undp country office")),
        &me(),
        at(),
    )
    .unwrap();
    let r = s.live.as_ref().unwrap().carried[0]
        .recorded
        .clone()
        .unwrap();
    assert_eq!((r.status, r.owner, r.note), (Status::Done, None, None));
}

#[test]
fn issue15_item3_a_re_agreed_commitment_is_counted_once_before_and_after_write_back() {
    let _one = one_at_a_time();
    let dir = tempfile::tempdir().unwrap();
    let earlier = copy_of_example(dir.path());
    let mut s = follow_up_session(&earlier);
    // C9's deadline has passed: re-agreeing needs a new one first.
    let refused = s
        .apply(&Op::ReAgreeCarried { index: 0 }, &me(), at())
        .unwrap_err();
    assert!(
        refused.to_string().contains("record a new deadline"),
        "{refused}"
    );
    s.apply(
        &record(
            Status::Open,
            Some("Agreed again, with a budget"),
            Some("2027-03-31"),
            None,
        ),
        &me(),
        at(),
    )
    .unwrap();
    let created = s
        .apply(&Op::ReAgreeCarried { index: 0 }, &me(), at())
        .unwrap();
    assert_eq!(created, plenary::domain::Applied::Created("C1".into()));
    let new = &s.live.as_ref().unwrap().commitments[0];
    assert_eq!(
        new.supersedes.as_deref(),
        Some("20260618T065512Z-example/C9")
    );
    assert_eq!(new.deadline, date("2027-03-31"));
    assert!(
        s.apply(&Op::ReAgreeCarried { index: 0 }, &me(), at())
            .is_err(),
        "once"
    );

    let old = plenary::store::load(&earlier).unwrap();
    let count = |sessions: &[(&str, &Session)]| {
        rows(sessions.iter().copied(), at().today)
            .iter()
            .filter(|r| r.what.starts_with("Share evidence-presentation"))
            .count()
    };
    assert_eq!(
        count(&[("old", &old), ("new", &s)]),
        1,
        "before the write-back"
    );

    let app = App::new(s.clone(), me(), dir.path().join("follow-up.json"));
    for (_, file, op) in app.pending_write_backs(true) {
        apply_to_file(&file, &op, &me(), at()).unwrap();
    }
    let old = plenary::store::load(&earlier).unwrap();
    let c9 = old
        .live
        .as_ref()
        .unwrap()
        .commitments
        .iter()
        .find(|c| c.id == "C9")
        .unwrap();
    assert_eq!(c9.superseded_by.as_deref(), Some("follow-up-run/C1"));
    assert_eq!(
        count(&[("old", &old)]),
        0,
        "the old file alone no longer owes it"
    );
    assert_eq!(count(&[("old", &old), ("new", &s)]), 1);
    assert!(
        carried_from([("old", &old)]).iter().all(|c| c.id != "C9"),
        "and the next follow-up carries the new one, not the old"
    );
}

// The real binary: o/i/d/D record a status in one press; e opens the follow-up form.
#[test]
fn issue15_item3_the_room_records_a_status_directly_and_what_the_owner_said() {
    let _one = one_at_a_time();
    let dir = tempfile::tempdir().unwrap();
    let old = dir.path().join("old.json");
    std::fs::copy(RECORDED, &old).unwrap();
    let new_dir = dir.path().join("new");
    let live = LiveDirs::within(&new_dir);
    let mut term = Term::spawn(
        &[
            "run",
            "sessions/short-plenary.json",
            "--follow-up",
            old.to_str().unwrap(),
        ],
        &live.env(),
        120,
        36,
    );
    term.wait_for("Press Enter to begin");
    term.send("\r]");
    term.wait_for("FOLLOW-UP OF EARLIER COMMITMENTS  1 of 11");
    term.send("D");
    term.wait_for("C9: dropped");
    term.send("o");
    term.wait_for("C9: open");
    term.send("e");
    term.wait_for("Follow-up of C9");
    term.send("Waiting for the statistics law\t\x15+1y\t\x15National Statistics Office\r");
    term.wait_for("C9: what was said is recorded");
    term.wait_for("owner → National Statistics Office");
    term.send("\x1b[C");
    term.wait_for("2 of 11");
    term.send("d");
    term.wait_for("C2: done");
    term.quit_console();
    assert!(term.wait_exit());

    let saved = plenary::store::load(&old).unwrap();
    let find = |id: &str| {
        saved
            .live
            .as_ref()
            .unwrap()
            .commitments
            .iter()
            .find(|c| c.id == id)
            .unwrap()
            .clone()
    };
    let c9 = find("C9");
    assert_eq!(c9.status, Status::Open);
    assert_eq!(c9.owner, "National Statistics Office");
    assert!(c9.deadline > date("2027-01-01"), "{}", c9.deadline);
    assert_eq!(
        c9.history.len(),
        1,
        "one decision, one entry: {:?}",
        c9.history
    );
    assert_eq!(
        c9.history[0].note.as_deref(),
        Some("Waiting for the statistics law")
    );
    let c2 = find("C2");
    assert_eq!(c2.status, Status::Done);
    assert_eq!(
        c2.history[0].note, None,
        "nothing was said: no invented note"
    );
    let new: Session = plenary::store::load(&session_file(&new_dir)).unwrap();
    assert!(
        new.live.unwrap().carried[0]
            .recorded
            .as_ref()
            .unwrap()
            .written_back
    );
}

#[test]
fn issue15_item3_review_counts_a_re_agreed_commitment_once() {
    let _one = one_at_a_time();
    let dir = tempfile::tempdir().unwrap();
    let earlier = copy_of_example(dir.path());
    let mut s = follow_up_session(&earlier);
    s.apply(
        &record(Status::Open, Some("Agreed again"), Some("2027-03-31"), None),
        &me(),
        at(),
    )
    .unwrap();
    s.apply(&Op::ReAgreeCarried { index: 0 }, &me(), at())
        .unwrap();
    plenary::store::save::write_atomic(
        &dir.path().join("follow-up.json"),
        &plenary::store::save::to_json(&s),
    )
    .unwrap();
    // The write-back has not happened yet: the new session alone says it replaces C9.
    let review = plenary::review::Review::new(
        plenary::store::catalog::Catalog::load(dir.path(), &[]),
        at().today,
        chrono::FixedOffset::east_opt(0).unwrap(),
        me(),
    );
    let rows = review
        .entries
        .iter()
        .filter(|e| e.row.what.starts_with("Share evidence-presentation"))
        .count();
    assert_eq!(rows, 1, "on the board");
    let owed: usize = review.stats.iter().map(|s| s.owed).sum();
    let on_board = review
        .entries
        .iter()
        .filter(|e| e.row.status.is_owed())
        .count();
    assert_eq!(
        owed, on_board,
        "the sessions list counts what the board shows"
    );
}

// A kill between writing the earlier file and marking it written: the same follow-up
// (with what was said, a new deadline and owner) written again lands once.
#[test]
fn issue15_item3_what_was_said_is_written_back_once_across_a_kill() {
    let _one = one_at_a_time();
    let dir = tempfile::tempdir().unwrap();
    let earlier = copy_of_example(dir.path());
    let mut s = follow_up_session(&earlier);
    s.apply(
        &record(
            Status::InProgress,
            Some("Waiting for the law"),
            Some("2027-06-30"),
            Some("National Statistics Office"),
        ),
        &me(),
        at(),
    )
    .unwrap();
    let app = App::new(s, me(), dir.path().join("follow-up.json"));
    let (_, file, op) = app.pending_write_backs(true).remove(0);
    apply_to_file(&file, &op, &me(), at()).unwrap();
    let once = std::fs::read(&earlier).unwrap();
    // Resumed after the kill: the pending write-back is the same operation, key and all.
    let (_, _, again) = app.pending_write_backs(true).remove(0);
    assert_eq!(again, op);
    apply_to_file(&file, &again, &me(), at()).unwrap();
    let saved = plenary::store::load(&earlier).unwrap();
    let c9 = saved
        .live
        .unwrap()
        .commitments
        .into_iter()
        .find(|c| c.id == "C9")
        .unwrap();
    assert_eq!(c9.history.len(), 1, "{:?}", c9.history);
    assert_eq!(c9.deadline, date("2027-06-30"));
    let reread: Session = serde_json::from_slice(&once).unwrap();
    let first = reread
        .live
        .unwrap()
        .commitments
        .into_iter()
        .find(|c| c.id == "C9")
        .unwrap();
    assert_eq!(
        first, c9,
        "the second write changed nothing of the commitment"
    );
}

#[test]
fn issue15_item3_commitments_lists_a_re_agreed_commitment_once() {
    let _one = one_at_a_time();
    let dir = tempfile::tempdir().unwrap();
    let earlier = copy_of_example(dir.path());
    let mut s = follow_up_session(&earlier);
    s.apply(
        &record(Status::Open, Some("Agreed again"), Some("2027-03-31"), None),
        &me(),
        at(),
    )
    .unwrap();
    s.apply(&Op::ReAgreeCarried { index: 0 }, &me(), at())
        .unwrap();
    plenary::store::save::write_atomic(
        &dir.path().join("follow-up.json"),
        &plenary::store::save::to_json(&s),
    )
    .unwrap();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_plenary"))
        .args(["commitments", "--format", "json"])
        .env("PLENARY_DIR", dir.path())
        .output()
        .unwrap();
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let rows = doc["commitments"].as_array().unwrap();
    let shared: Vec<&serde_json::Value> = rows
        .iter()
        .filter(|r| {
            r["what"]
                .as_str()
                .unwrap()
                .starts_with("Share evidence-presentation")
        })
        .collect();
    assert_eq!(shared.len(), 1, "{shared:?}");
    assert_eq!(shared[0]["session_id"], "follow-up-run");
    assert_eq!(
        doc["count"], 12,
        "11 of the earlier session and the one re-agreed"
    );
}

/// nc15 #4: a status corrected back in the room (d, then i) is not a change: the earlier
/// file gets the owner's words once, not a second, empty entry with the same words.
#[test]
fn nc15_4_a_net_zero_correction_writes_nothing_more_to_the_earlier_file() {
    let _one = one_at_a_time();
    let dir = tempfile::tempdir().unwrap();
    let earlier = copy_of_example(dir.path());
    let mut s = follow_up_session(&earlier);
    let said = "Le ministre a demandé une relecture *complète* | nouvelle date";
    let write_back = |s: &Session| {
        let app = App::new(s.clone(), me(), dir.path().join("follow-up.json"));
        let pending = app.pending_write_backs(true);
        assert_eq!(pending.len(), 1);
        let (_, file, op) = &pending[0];
        apply_to_file(file, op, &me(), at()).unwrap();
        let saved = plenary::store::load(&earlier).unwrap();
        saved
            .live
            .unwrap()
            .commitments
            .into_iter()
            .find(|c| c.id == "C9")
            .unwrap()
    };
    s.apply(
        &record(Status::InProgress, Some(said), Some("2027-06-30"), None),
        &me(),
        at(),
    )
    .unwrap();
    let first = write_back(&s);
    let later = Moment {
        now: at().now + chrono::Duration::minutes(3),
        today: at().today,
    };
    for status in [Status::Dropped, Status::InProgress] {
        s.apply(
            &record(status, Some(said), Some("2027-06-30"), None),
            &me(),
            later,
        )
        .unwrap();
    }
    let second = write_back(&s);
    assert_eq!(
        second.history.len(),
        first.history.len(),
        "{:#?}",
        second.history
    );
    assert_eq!(
        second.revision, first.revision,
        "no new revision, no new SEQUENCE"
    );
}
