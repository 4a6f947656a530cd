//! The operations a facilitator and note-takers use, applied to the example agenda.

use chrono::{Duration, NaiveDate, TimeZone, Utc};
use plenary::domain::timer::Phase;
use plenary::domain::*;

fn at(seconds: i64) -> Moment {
    Moment {
        now: Utc.with_ymd_and_hms(2026, 11, 23, 9, 0, 0).unwrap() + Duration::seconds(seconds),
        today: NaiveDate::from_ymd_opt(2026, 11, 23).unwrap(),
    }
}

fn facilitator() -> Author {
    Author {
        name: "amina".into(),
        uid: Some(1000),
    }
}

fn example() -> Session {
    let text = std::fs::read_to_string("sessions/monitoring-results-workshop.json").unwrap();
    let mut s: Session = serde_json::from_str(&text).unwrap();
    s.begin_live("test".into(), None, at(0).now);
    s
}

fn draft(what: &str, owner: &str, deadline: NaiveDate) -> CommitmentDraft {
    CommitmentDraft {
        what: what.into(),
        owner: owner.into(),
        deadline,
        anchor: Anchor {
            item: 0,
            group: None,
        },
        past_deadline_confirmed: false,
    }
}

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

#[test]
fn timer_operations_are_refused_before_the_session_starts() {
    let mut s = example();
    let err = s
        .apply(&Op::StartTimer { group: 0 }, &facilitator(), at(0))
        .unwrap_err();
    assert_eq!(err, OpError::NotStarted);
    assert!(err.to_string().contains("press Enter"));
}

#[test]
fn moving_to_the_next_group_stops_the_previous_presenter() {
    let mut s = example();
    let me = facilitator();
    s.apply(&Op::StartSession, &me, at(0)).unwrap();
    s.apply(&Op::StartTimer { group: 0 }, &me, at(10)).unwrap();
    s.apply(&Op::SelectGroup { group: 1 }, &me, at(10 + 342))
        .unwrap();
    let live = s.live.as_ref().unwrap();
    let first = &live.presentations[0].timer;
    assert!(!first.is_running());
    assert_eq!(first.elapsed(at(9999).now), Duration::seconds(342));
    assert_eq!(first.overrun(300, at(9999).now), Duration::seconds(42));
    // Stopped, it is paused whatever it shows (issue 12, item 1); the overrun is kept.
    assert_eq!(first.phase(300, at(9999).now), Phase::Paused);
    assert_eq!(live.current_group, 1);
}

#[test]
fn starting_one_presenter_pauses_any_other() {
    let mut s = example();
    let me = facilitator();
    s.apply(&Op::StartSession, &me, at(0)).unwrap();
    s.apply(&Op::StartTimer { group: 0 }, &me, at(0)).unwrap();
    s.apply(&Op::StartTimer { group: 2 }, &me, at(60)).unwrap();
    let live = s.live.as_ref().unwrap();
    assert!(!live.presentations[0].timer.is_running());
    assert!(live.presentations[2].timer.is_running());
    assert_eq!(live.current_group, 2);
}

#[test]
fn a_commitment_needs_an_action_and_an_owner() {
    let mut s = example();
    let me = facilitator();
    let empty_owner = s
        .apply(
            &Op::AddCommitment {
                written: None,
                draft: draft("Brief the committee", "  ", date(2027, 3, 31)),
            },
            &me,
            at(0),
        )
        .unwrap_err();
    assert!(matches!(
        empty_owner,
        OpError::Empty {
            field: plenary::domain::Field::Owner,
            ..
        }
    ));
    let empty_what = s
        .apply(
            &Op::AddCommitment {
                written: None,
                draft: draft("", "Ministry of Finance", date(2027, 3, 31)),
            },
            &me,
            at(0),
        )
        .unwrap_err();
    assert!(matches!(
        empty_what,
        OpError::Empty {
            field: plenary::domain::Field::Action,
            ..
        }
    ));
    assert!(s.live.as_ref().unwrap().commitments.is_empty());
}

#[test]
fn a_past_deadline_needs_confirming() {
    let mut s = example();
    let me = facilitator();
    let mut d = draft("Share the report", "UN system", date(2026, 1, 1));
    assert_eq!(
        s.apply(
            &Op::AddCommitment {
                draft: d.clone(),
                written: None
            },
            &me,
            at(0)
        )
        .unwrap_err(),
        OpError::PastDeadline(date(2026, 1, 1))
    );
    d.past_deadline_confirmed = true;
    assert_eq!(
        s.apply(
            &Op::AddCommitment {
                draft: d,
                written: None
            },
            &me,
            at(0)
        )
        .unwrap(),
        Applied::Created("C1".into())
    );
}

// Issue 12, item 5: `31/03/27` was read as the year 27 and a second Enter saved it; the
// board then counted 730,359 days overdue. A deadline more than a year back is refused,
// confirmed or not, from every entry point (console, note-taker, follow-up).
#[test]
fn a_deadline_more_than_a_year_back_is_refused_even_when_confirmed() {
    let mut s = example();
    let me = facilitator();
    for year in [27, 2025] {
        let mut d = draft("Share the report", "UN system", date(year, 3, 31));
        d.past_deadline_confirmed = true;
        assert_eq!(
            s.apply(
                &Op::AddCommitment {
                    draft: d,
                    written: None
                },
                &me,
                at(0)
            )
            .unwrap_err(),
            OpError::DeadlineLongPast(date(year, 3, 31))
        );
    }
    let ok = draft("Share the report", "UN system", date(2027, 3, 31));
    s.apply(
        &Op::AddCommitment {
            draft: ok,
            written: None,
        },
        &me,
        at(0),
    )
    .unwrap();
    let moved = Op::FollowUp {
        id: "C1".into(),
        status: Status::Open,
        deadline: Some(date(27, 3, 31)),
        note: "typed 31/03/27".into(),
        base_revision: None,
        key: None,
        owner: None,
        superseded_by: None,
        superseded_in: None,
    };
    assert_eq!(
        s.apply(&moved, &me, at(60)).unwrap_err(),
        OpError::DeadlineLongPast(date(27, 3, 31))
    );
    assert_eq!(
        OpError::DeadlineLongPast(date(27, 3, 31)).to_string(),
        "the deadline 31 Mar 0027 is more than a year ago: check the year"
    );
}

#[test]
fn commitments_get_stable_ids_authors_and_a_history() {
    let mut s = example();
    let me = facilitator();
    let d = draft(
        "Table the findings in the budget committee",
        "Parliament",
        date(2027, 3, 31),
    );
    s.apply(
        &Op::AddCommitment {
            draft: d.clone(),
            written: None,
        },
        &me,
        at(0),
    )
    .unwrap();
    s.apply(
        &Op::AddCommitment {
            written: None,
            draft: draft("Second", "Media", date(2027, 1, 1)),
        },
        &me,
        at(1),
    )
    .unwrap();
    let mut later = d.clone();
    later.deadline = date(2027, 6, 30);
    s.apply(
        &Op::EditCommitment {
            id: "C1".into(),
            base_revision: 0,
            draft: later,
        },
        &me,
        at(5),
    )
    .unwrap();
    s.apply(
        &Op::SetStatus {
            id: "C1".into(),
            status: Status::InProgress,
            note: None,
            base_revision: None,
        },
        &me,
        at(6),
    )
    .unwrap();
    let c = &s.live.as_ref().unwrap().commitments[0];
    assert_eq!(c.id, "C1");
    assert_eq!(c.created_by.name, "amina");
    assert_eq!(c.deadline, date(2027, 6, 30));
    assert_eq!(c.status, Status::InProgress);
    assert_eq!(c.history.len(), 2);
    assert_eq!(c.history[0].change, "deadline 2027-03-31 → 2027-06-30");
    assert_eq!(s.live.as_ref().unwrap().commitments[1].id, "C2");
}

#[test]
fn an_edit_based_on_an_old_revision_is_refused_naming_who_changed_it() {
    let mut s = example();
    let me = facilitator();
    let other = Author {
        name: "joseph".into(),
        uid: Some(1001),
    };
    let d = draft(
        "Draft terms of reference",
        "Lead ministry",
        date(2027, 2, 1),
    );
    s.apply(
        &Op::AddCommitment {
            draft: d.clone(),
            written: None,
        },
        &me,
        at(0),
    )
    .unwrap();
    let mut theirs = d.clone();
    theirs.owner = "Ministry of Planning".into();
    s.apply(
        &Op::EditCommitment {
            id: "C1".into(),
            base_revision: 0,
            draft: theirs,
        },
        &other,
        at(1),
    )
    .unwrap();
    let mut mine = d;
    mine.what = "Draft and circulate terms of reference".into();
    let err = s
        .apply(
            &Op::EditCommitment {
                id: "C1".into(),
                base_revision: 0,
                draft: mine,
            },
            &me,
            at(2),
        )
        .unwrap_err();
    assert_eq!(
        err,
        OpError::Conflict {
            by: "joseph".into()
        }
    );
}

#[test]
fn a_refused_operation_changes_nothing() {
    let mut s = example();
    let me = facilitator();
    s.apply(&Op::StartSession, &me, at(0)).unwrap();
    let d = draft("Publish a summary", "Civil society", date(2027, 1, 31));
    s.apply(
        &Op::AddCommitment {
            draft: d.clone(),
            written: None,
        },
        &me,
        at(0),
    )
    .unwrap();
    let before = s.clone();
    let mut stale = d.clone();
    stale.owner = "Someone else".into();
    let refusals = [
        Op::StartSession,
        Op::SelectGroup { group: 9 },
        Op::StartTimer { group: 9 },
        Op::PauseTimer { group: 9 },
        Op::ResetTimer { group: 9 },
        Op::AdjustTimer {
            group: 9,
            seconds: 30,
        },
        Op::AdjustItem {
            item: 99,
            seconds: 30,
        },
        Op::AddCommitment {
            written: None,
            draft: CommitmentDraft {
                owner: String::new(),
                ..d.clone()
            },
        },
        Op::AddCommitment {
            written: None,
            draft: CommitmentDraft {
                deadline: date(2020, 1, 1),
                ..d.clone()
            },
        },
        Op::EditCommitment {
            id: "C1".into(),
            base_revision: 7,
            draft: stale,
        },
        Op::EditCommitment {
            id: "C9".into(),
            base_revision: 0,
            draft: d.clone(),
        },
        Op::SetStatus {
            id: "C9".into(),
            status: Status::Done,
            note: None,
            base_revision: None,
        },
        Op::SetStatus {
            id: "C1".into(),
            status: Status::Done,
            note: Some("x".repeat(5000)),
            base_revision: None,
        },
        Op::FollowUp {
            id: "C1".into(),
            status: Status::Done,
            deadline: Some(date(2027, 9, 1)),
            note: String::new(),
            base_revision: None,
            key: None,
            owner: None,
            superseded_by: None,
            superseded_in: None,
        },
        Op::FollowUp {
            id: "C1".into(),
            status: Status::Done,
            deadline: None,
            note: "y".repeat(5000),
            base_revision: None,
            key: None,
            owner: None,
            superseded_by: None,
            superseded_in: None,
        },
        Op::SelectCarried { index: 3 },
        Op::RecordCarried {
            index: 3,
            status: Status::Done,
            note: None,
            deadline: None,
            owner: None,
        },
        Op::StartCarriedTimer { index: 3 },
    ];
    for op in &refusals {
        assert!(s.apply(op, &me, at(1)).is_err(), "{op:?} should be refused");
        assert_eq!(s, before, "{op:?} was refused but changed the session");
    }
    assert!(s.apply(&Op::GoToItem { item: 99 }, &me, at(1)).is_err());
    assert!(
        s.apply(
            &Op::AddNote {
                written: None,
                text: " ".into(),
                anchor: Anchor {
                    item: 0,
                    group: None
                }
            },
            &me,
            at(1)
        )
        .is_err()
    );
    assert_eq!(s, before);
}

#[test]
fn every_applied_operation_bumps_the_revision() {
    let mut s = example();
    let me = facilitator();
    s.apply(&Op::StartSession, &me, at(0)).unwrap();
    s.apply(
        &Op::AddNote {
            written: None,
            text: "Parliament was not in the room".into(),
            anchor: Anchor {
                item: 0,
                group: None,
            },
        },
        &me,
        at(3),
    )
    .unwrap();
    assert_eq!(s.live.as_ref().unwrap().revision, 2);
    assert_eq!(s.live.as_ref().unwrap().notes[0].author.name, "amina");
}

#[test]
fn operations_travel_as_tagged_json() {
    let op = Op::AdjustTimer {
        group: 1,
        seconds: 30,
    };
    let text = serde_json::to_string(&op).unwrap();
    assert_eq!(text, r#"{"op":"adjust_timer","group":1,"seconds":30}"#);
    assert_eq!(serde_json::from_str::<Op>(&text).unwrap(), op);
}

#[test]
fn ending_the_session_stops_the_clock_and_refuses_agenda_moves() {
    let mut s = example();
    let me = facilitator();
    s.apply(&Op::StartSession, &me, at(0)).unwrap();
    s.apply(&Op::EndSession, &me, at(600)).unwrap();
    assert_eq!(
        s.apply(&Op::GoToItem { item: 1 }, &me, at(601))
            .unwrap_err(),
        OpError::Ended
    );
    // Commitments can still be recorded after the end, e.g. during the read-back.
    let d = draft(
        "Send the outcome document",
        "Facilitation team",
        date(2026, 12, 4),
    );
    assert!(
        s.apply(
            &Op::AddCommitment {
                draft: d,
                written: None
            },
            &me,
            at(700)
        )
        .is_ok()
    );
}

#[test]
fn a_follow_up_records_status_new_deadline_and_the_reason_in_the_history() {
    let mut s = example();
    let me = facilitator();
    s.apply(
        &Op::AddCommitment {
            written: None,
            draft: draft("Publish a summary", "Civil society", date(2027, 1, 31)),
        },
        &me,
        at(0),
    )
    .unwrap();
    let reviewer = Author {
        name: "lina".into(),
        uid: Some(1002),
    };
    let moved = Op::FollowUp {
        id: "C1".into(),
        status: Status::InProgress,
        deadline: Some(date(2027, 4, 30)),
        note: String::new(),
        base_revision: None,
        key: None,
        owner: None,
        superseded_by: None,
        superseded_in: None,
    };
    assert_eq!(
        s.apply(&moved, &reviewer, at(60)).unwrap_err(),
        OpError::DeadlineWithoutNote
    );
    let moved = Op::FollowUp {
        id: "C1".into(),
        status: Status::InProgress,
        deadline: Some(date(2027, 4, 30)),
        note: "Translation took longer than planned".into(),
        base_revision: None,
        key: None,
        owner: None,
        superseded_by: None,
        superseded_in: None,
    };
    s.apply(&moved, &reviewer, at(60)).unwrap();
    let c = &s.live.as_ref().unwrap().commitments[0];
    assert_eq!(
        (c.status, c.deadline, c.revision),
        (Status::InProgress, date(2027, 4, 30), 1)
    );
    let h = c.history.last().unwrap();
    assert_eq!(
        h.change,
        "follow-up: status open → in progress; deadline 2027-01-31 → 2027-04-30"
    );
    assert_eq!(h.by.name, "lina");
    assert_eq!(
        h.note.as_deref(),
        Some("Translation took longer than planned")
    );
    assert_eq!(h.at, at(60).now);
}

#[test]
fn owner_timers_in_a_follow_up_stop_when_the_room_moves_on() {
    let old: Session = serde_json::from_str(
        &std::fs::read_to_string("sessions/2026-06-18-monitoring-results-workshop.json").unwrap(),
    )
    .unwrap();
    let mut s = example();
    s.live.as_mut().unwrap().carried = plenary::domain::carry::carried_from([("old.json", &old)]);
    let me = facilitator();
    s.apply(&Op::StartSession, &me, at(0)).unwrap();
    s.apply(&Op::StartCarriedTimer { index: 0 }, &me, at(10))
        .unwrap();
    s.apply(&Op::StartCarriedTimer { index: 1 }, &me, at(40))
        .unwrap();
    let live = s.live.as_ref().unwrap();
    assert!(
        !live.carried[0].timer.is_running(),
        "starting one owner's time pauses the other"
    );
    assert_eq!(
        live.carried[0].timer.elapsed(at(999).now),
        Duration::seconds(30)
    );
    s.apply(&Op::SelectCarried { index: 2 }, &me, at(200))
        .unwrap();
    let live = s.live.as_ref().unwrap();
    assert!(
        !live.carried[1].timer.is_running(),
        "moving on stops the owner's time"
    );
    assert_eq!(
        live.carried[1].timer.overrun(OWNER_SECONDS, at(999).now),
        Duration::seconds(40)
    );
    s.apply(
        &Op::RecordCarried {
            index: 2,
            status: Status::Done,
            note: None,
            deadline: None,
            owner: None,
        },
        &me,
        at(210),
    )
    .unwrap();
    assert_eq!(
        s.live.as_ref().unwrap().carried[2]
            .recorded
            .as_ref()
            .unwrap()
            .status,
        Status::Done
    );
    assert_eq!(
        s.apply(&Op::SelectCarried { index: 99 }, &me, at(211))
            .unwrap_err(),
        OpError::NoSuchCarried(100)
    );
}

#[test]
fn a_resent_operation_lands_once_even_after_a_save_and_load() {
    let mut s = example();
    let joseph = Author {
        name: "joseph".into(),
        uid: Some(1001),
    };
    let note = Op::AddNote {
        written: None,
        text: "Districts want their own figures".into(),
        anchor: Anchor {
            item: 0,
            group: None,
        },
    };
    assert_eq!(
        s.apply_numbered("client-a", 1, &note, &joseph, at(5))
            .unwrap(),
        Numbered::Applied(Applied::Done)
    );
    // The host restarts from its file; the client resends what it never saw acknowledged.
    let mut s: Session = serde_json::from_str(&serde_json::to_string(&s).unwrap()).unwrap();
    assert_eq!(
        s.apply_numbered("client-a", 1, &note, &joseph, at(9))
            .unwrap(),
        Numbered::Duplicate
    );
    assert_eq!(
        s.apply_numbered("client-b", 1, &note, &joseph, at(9))
            .unwrap(),
        Numbered::Applied(Applied::Done)
    );
    assert_eq!(
        s.live.as_ref().unwrap().notes.len(),
        2,
        "one from each client"
    );
    // A refused operation does not use up its number: resent once fixed, it lands.
    let empty = Op::AddNote {
        written: None,
        text: " ".into(),
        anchor: Anchor {
            item: 0,
            group: None,
        },
    };
    assert!(
        s.apply_numbered("client-a", 2, &empty, &joseph, at(10))
            .is_err()
    );
    assert_eq!(
        s.apply_numbered("client-a", 2, &note, &joseph, at(11))
            .unwrap(),
        Numbered::Applied(Applied::Done)
    );
}

fn with_one_commitment() -> Session {
    let mut s = example();
    s.apply(
        &Op::AddCommitment {
            written: None,
            draft: draft("Publish a summary", "Civil society", date(2027, 1, 31)),
        },
        &facilitator(),
        at(0),
    )
    .unwrap();
    s
}

fn follow_up(status: Status, base: Option<u32>, key: Option<&str>) -> Op {
    Op::FollowUp {
        id: "C1".into(),
        status,
        deadline: None,
        note: "Reported by the owner".into(),
        base_revision: base,
        key: key.map(str::to_string),
        owner: None,
        superseded_by: None,
        superseded_in: None,
    }
}

// Issue 10, item 7: two reviewers following up the same commitment from the same read: the
// second one's save is refused as a conflict naming the first, never silently on top.
#[test]
fn a_follow_up_from_a_stale_read_is_refused_naming_who_came_first() {
    let mut s = with_one_commitment();
    let amina = Author {
        name: "Amina".into(),
        uid: Some(1001),
    };
    let omar = Author {
        name: "Omar".into(),
        uid: Some(1002),
    };
    let seen = s.live.as_ref().unwrap().commitments[0].revision;
    s.apply(&follow_up(Status::Done, Some(seen), None), &amina, at(10))
        .unwrap();
    let before = s.clone();
    assert_eq!(
        s.apply(&follow_up(Status::Dropped, Some(seen), None), &omar, at(20))
            .unwrap_err(),
        OpError::Conflict { by: "Amina".into() }
    );
    assert_eq!(s, before, "the refused follow-up changed nothing");
    // Saved again from what is there now, it lands on top, knowingly.
    let now = s.live.as_ref().unwrap().commitments[0].revision;
    s.apply(&follow_up(Status::Dropped, Some(now), None), &omar, at(30))
        .unwrap();
    assert_eq!(s.live.as_ref().unwrap().commitments[0].history.len(), 2);
}

// Issue 10, item 8: the same write-back applied twice (a kill after writing it and before
// marking it written back) adds one history entry.
#[test]
fn a_keyed_follow_up_written_back_twice_is_recorded_once() {
    let mut s = with_one_commitment();
    let op = follow_up(Status::Done, None, Some("run-2/C1@2026-11-25T10:00:00Z"));
    s.apply(&op, &facilitator(), at(10)).unwrap();
    s.apply(&op, &facilitator(), at(20)).unwrap();
    let c = &s.live.as_ref().unwrap().commitments[0];
    assert_eq!(c.history.len(), 1, "{:?}", c.history);
    assert_eq!(c.status, Status::Done);
    // A later decision on the same commitment is a new key and is recorded.
    let later = follow_up(Status::Dropped, None, Some("run-2/C1@2026-11-25T10:05:00Z"));
    s.apply(&later, &facilitator(), at(30)).unwrap();
    assert_eq!(s.live.as_ref().unwrap().commitments[0].history.len(), 2);
}

// Issue 10 (found in review): one note-taker pushed a session past 64 MiB, which every
// command then refused to read; and the console wrote revisions and ids `check` refuses.
#[test]
fn a_session_stops_growing_before_its_file_could_not_be_read_again() {
    let mut s = example();
    let me = facilitator();
    s.apply(&Op::StartSession, &me, at(0)).unwrap();
    let long = "x".repeat(4000);
    let mut refused = None;
    for n in 0..20_000 {
        let op = Op::AddNote {
            written: None,
            text: long.clone(),
            anchor: Anchor {
                item: 0,
                group: None,
            },
        };
        if let Err(e) = s.apply(&op, &me, at(1)) {
            refused = Some((n, e));
            break;
        }
    }
    let (n, e) = refused.expect("the session never said it was full");
    assert_eq!(e, OpError::SessionFull);
    assert!(e.to_string().contains("start a new session"), "{e}");
    assert!(n > 5_000, "a generous room: {n} long notes");
    let bytes = plenary::store::save::to_json(&s).len();
    assert!(
        bytes < 48 * 1024 * 1024,
        "the file stays well under the 64 MiB readers take: {bytes}"
    );
    plenary::store::load::parse(
        std::path::Path::new("s.json"),
        &String::from_utf8(plenary::store::save::to_json(&s)).unwrap(),
    )
    .expect("and it reads back");

    let mut s = example();
    s.apply(&Op::StartSession, &me, at(0)).unwrap();
    s.live.as_mut().unwrap().revision = plenary::domain::limits::MAX_COUNT;
    let e = s.apply(&Op::GoToItem { item: 1 }, &me, at(1)).unwrap_err();
    assert_eq!(e, OpError::SessionFull);
    assert!(
        s.problems().is_empty(),
        "what the console wrote, check accepts"
    );
}
