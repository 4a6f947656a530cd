//! Issue 12, item 13: the plan changed live, each change an operation (so note-takers see
//! it, it is saved, and it is in the record), on the four-group peer-learning agenda.

use chrono::{Duration, NaiveDate, TimeZone, Utc};
use plenary::domain::ops::{NewGroup, NewItem};
use plenary::domain::*;

fn at(seconds: i64) -> Moment {
    Moment {
        now: Utc.with_ymd_and_hms(2026, 11, 23, 9, 0, 0).unwrap() + Duration::seconds(seconds),
        today: NaiveDate::from_ymd_opt(2026, 11, 23).unwrap(),
    }
}

fn me() -> Author {
    Author {
        name: "amina".into(),
        uid: Some(1000),
    }
}

fn peer_learning() -> Session {
    let text = std::fs::read_to_string("sessions/peer-learning-exchange.json").unwrap();
    let mut s: Session = serde_json::from_str(&text).unwrap();
    s.begin_live("test".into(), None, at(0).now);
    s
}

fn ok(s: &mut Session, op: Op) {
    s.apply(&op, &me(), at(60)).unwrap();
}

fn refused(s: &mut Session, op: Op) -> String {
    let before = s.clone();
    let why = s.apply(&op, &me(), at(60)).unwrap_err().to_string();
    assert_eq!(*s, before, "a refusal changed the session: {op:?}");
    why
}

fn late_group() -> NewGroup {
    NewGroup {
        name: "Đoàn đến muộn".into(),
        presenter: "Lê Thị Thu".into(),
        topic: "Arrived after the breakout".into(),
        minutes: Some(4),
    }
}

fn names(s: &Session, order: Vec<usize>) -> Vec<String> {
    order
        .into_iter()
        .map(|g| s.groups[g].name.clone())
        .collect()
}

#[test]
fn a_late_group_joins_the_end_of_the_queue_with_its_own_minutes() {
    let mut s = peer_learning();
    ok(&mut s, Op::StartSession);
    ok(
        &mut s,
        Op::AddGroup {
            group: late_group(),
        },
    );
    assert_eq!(s.groups.len(), 5);
    assert_eq!(s.group_order(), vec![0, 1, 2, 3, 4]);
    assert_eq!(s.presenter_seconds(4), 240);
    assert_eq!(s.live.as_ref().unwrap().presentations.len(), 5);
    let log = &s.live.as_ref().unwrap().plan_changes;
    assert_eq!(
        log.last().unwrap().change,
        "added group 5 “Đoàn đến muộn” (presenter Lê Thị Thu)"
    );
    assert_eq!(log.last().unwrap().by, me());
    // A second group of the same name, an empty name, a name past the limit: refused.
    assert!(
        refused(
            &mut s,
            Op::AddGroup {
                group: late_group()
            }
        )
        .contains("already a group")
    );
    let mut blank = late_group();
    blank.name = "  ".into();
    assert!(refused(&mut s, Op::AddGroup { group: blank }).contains("group's name"));
    let mut long = late_group();
    long.name = "长".repeat(201);
    assert!(refused(&mut s, Op::AddGroup { group: long }).contains("at most 200"));
}

#[test]
fn an_absent_group_is_skipped_and_the_report_back_opens_on_the_next() {
    let mut s = peer_learning();
    ok(&mut s, Op::StartSession);
    ok(
        &mut s,
        Op::SetGroupAbsent {
            group: 0,
            absent: true,
        },
    );
    assert_eq!(s.presenters(), vec![1, 2, 3]);
    assert!(s.is_absent(0));
    ok(&mut s, Op::GoToItem { item: 2 });
    assert_eq!(s.live.as_ref().unwrap().current_group, 1);
    assert_eq!(s.next_presenter(Some(1)), Some(2));
    assert_eq!(s.previous_presenter(1), None);
    // Its presenter cannot start while it is absent; once back, it can.
    assert!(refused(&mut s, Op::StartTimer { group: 0 }).contains("absent"));
    ok(&mut s, Op::StartTimer { group: 1 });
    assert!(
        refused(
            &mut s,
            Op::SetGroupAbsent {
                group: 1,
                absent: true
            }
        )
        .contains("already presented")
    );
    ok(
        &mut s,
        Op::SetGroupAbsent {
            group: 0,
            absent: false,
        },
    );
    assert_eq!(s.presenters(), vec![0, 1, 2, 3]);
}

#[test]
fn presenters_are_reordered_and_the_report_back_follows_the_new_order() {
    let mut s = peer_learning();
    ok(&mut s, Op::StartSession);
    ok(
        &mut s,
        Op::MoveGroup {
            group: 2,
            position: 0,
        },
    );
    assert_eq!(
        names(&s, s.group_order()),
        [
            "水资源 Water & Sanitation",
            "Budget follow-through",
            "Suivi parlementaire",
            "Data and statistics"
        ]
    );
    ok(&mut s, Op::GoToItem { item: 2 });
    assert_eq!(s.live.as_ref().unwrap().current_group, 2);
    assert_eq!(s.next_presenter(Some(2)), Some(0));
    // A late group added after a reorder goes to the end of the new order.
    ok(
        &mut s,
        Op::AddGroup {
            group: late_group(),
        },
    );
    assert_eq!(s.group_order(), vec![2, 0, 1, 3, 4]);
    assert!(
        refused(
            &mut s,
            Op::MoveGroup {
                group: 0,
                position: 5
            }
        )
        .contains("past the end")
    );
}

#[test]
fn items_are_added_lengthened_moved_and_taken_out_ahead_of_the_room_only() {
    let mut s = peer_learning();
    let planned = s.planned_total();
    ok(&mut s, Op::StartSession);
    ok(&mut s, Op::GoToItem { item: 1 });
    // A break after the breakout.
    let coffee = NewItem {
        title: "Pause café".into(),
        kind: ItemKind::Break,
        minutes: 10,
    };
    ok(
        &mut s,
        Op::AddItem {
            item: coffee.clone(),
            position: 2,
        },
    );
    assert_eq!(s.item_order(), vec![0, 1, 5, 2, 3, 4]);
    assert_eq!(s.next_item(1), Some(5));
    assert_eq!(s.item_place(5), (3, 6));
    assert_eq!(s.planned_total(), planned + Duration::minutes(10));
    // Not before the item running now.
    assert!(
        refused(
            &mut s,
            Op::AddItem {
                item: coffee,
                position: 1
            }
        )
        .contains("after the one running now")
    );
    ok(
        &mut s,
        Op::SetItemMinutes {
            item: 3,
            minutes: 20,
        },
    );
    assert_eq!(s.agenda[3].minutes, 20);
    ok(
        &mut s,
        Op::MoveItem {
            item: 4,
            position: 2,
        },
    );
    assert_eq!(s.item_order(), vec![0, 1, 4, 5, 2, 3]);
    // What has run stays where it is.
    assert!(
        refused(
            &mut s,
            Op::MoveItem {
                item: 0,
                position: 5
            }
        )
        .contains("already run")
    );
    assert!(refused(&mut s, Op::RemoveItem { item: 1 }).contains("already run"));
    ok(&mut s, Op::RemoveItem { item: 5 });
    assert_eq!(s.item_order(), vec![0, 1, 4, 2, 3]);
    assert!(refused(&mut s, Op::GoToItem { item: 5 }).contains("no agenda item"));
    let changes: Vec<&str> = s
        .live
        .as_ref()
        .unwrap()
        .plan_changes
        .iter()
        .map(|c| c.change.as_str())
        .collect();
    assert_eq!(
        changes,
        [
            "added “Pause café” (Break, 10 min) at place 3",
            "“Action planning” planned 15 → 20 min",
            "moved “Read-back and close” to place 3",
            "took “Pause café” off the agenda",
        ]
    );
}

#[test]
fn an_item_holding_notes_is_not_taken_out() {
    let mut s = peer_learning();
    ok(
        &mut s,
        Op::AddNote {
            written: None,
            text: "prepare the flipchart".into(),
            anchor: Anchor {
                item: 3,
                group: None,
            },
        },
    );
    assert!(refused(&mut s, Op::RemoveItem { item: 3 }).contains("holds 1 notes"));
    // Before the start, moving the first item away makes the next one where it begins.
    ok(
        &mut s,
        Op::MoveItem {
            item: 0,
            position: 1,
        },
    );
    assert_eq!(s.live.as_ref().unwrap().current_item, 1);
    ok(&mut s, Op::StartSession);
    assert_eq!(s.live.as_ref().unwrap().items[1].spans.len(), 1);
}

#[test]
fn a_commitment_is_moved_deleted_and_restored_with_its_history() {
    let mut s = peer_learning();
    ok(&mut s, Op::StartSession);
    let draft = CommitmentDraft {
        what: "Publier le rapport de suivi".into(),
        owner: "Hélène Dubois".into(),
        deadline: NaiveDate::from_ymd_opt(2027, 3, 31).unwrap(),
        anchor: Anchor {
            item: 2,
            group: Some(3),
        },
        past_deadline_confirmed: false,
    };
    ok(
        &mut s,
        Op::AddCommitment {
            draft,
            written: None,
        },
    );
    ok(
        &mut s,
        Op::MoveCommitment {
            id: "C1".into(),
            anchor: Anchor {
                item: 2,
                group: Some(1),
            },
        },
    );
    let c = &s.live.as_ref().unwrap().commitments[0];
    assert_eq!(c.anchor.group, Some(1));
    assert_eq!(c.revision, 1);
    assert_eq!(
        c.history[0].change,
        "moved from Report-back · Data and statistics to Report-back · Suivi parlementaire"
    );
    ok(&mut s, Op::DeleteCommitment { id: "C1".into() });
    assert!(s.live.as_ref().unwrap().commitments[0].deleted);
    ok(&mut s, Op::RestoreCommitment { id: "C1".into() });
    let c = &s.live.as_ref().unwrap().commitments[0];
    assert!(!c.deleted);
    let history: Vec<&str> = c.history.iter().map(|h| h.change.as_str()).collect();
    assert_eq!(history[1..], ["deleted", "restored"]);
    assert!(
        refused(
            &mut s,
            Op::MoveCommitment {
                id: "C1".into(),
                anchor: Anchor {
                    item: 2,
                    group: Some(9)
                }
            }
        )
        .contains("no group 10")
    );
}

#[test]
fn a_note_is_corrected_or_deleted_and_keeps_what_it_said() {
    let mut s = peer_learning();
    ok(
        &mut s,
        Op::AddNote {
            written: None,
            text: "水资源 group: budget tagging in 3 provinces".into(),
            anchor: Anchor {
                item: 0,
                group: None,
            },
        },
    );
    ok(
        &mut s,
        Op::EditNote {
            index: 0,
            text: "水资源 group: budget tagging in 4 provinces".into(),
        },
    );
    let note = &s.live.as_ref().unwrap().notes[0];
    assert_eq!(note.text, "水资源 group: budget tagging in 4 provinces");
    assert_eq!(note.history[0].change, "edited");
    assert_eq!(
        note.history[0].before.as_deref(),
        Some("水资源 group: budget tagging in 3 provinces")
    );
    ok(&mut s, Op::DeleteNote { index: 0 });
    assert!(
        refused(
            &mut s,
            Op::EditNote {
                index: 0,
                text: "x".into()
            }
        )
        .contains("restore it")
    );
    ok(&mut s, Op::RestoreNote { index: 0 });
    assert!(!s.live.as_ref().unwrap().notes[0].deleted);
    assert!(refused(&mut s, Op::DeleteNote { index: 7 }).contains("no note 8"));
}

#[test]
fn the_plan_is_closed_once_the_session_ended_and_a_file_with_bad_orders_is_refused() {
    let mut s = peer_learning();
    ok(&mut s, Op::StartSession);
    ok(&mut s, Op::EndSession);
    assert!(
        refused(
            &mut s,
            Op::AddGroup {
                group: late_group()
            }
        )
        .contains("ended")
    );
    let mut bad = peer_learning();
    bad.live.as_mut().unwrap().group_order = vec![0, 0, 1, 2];
    bad.live.as_mut().unwrap().item_order = vec![0, 9];
    let problems: Vec<String> = bad.problems().iter().map(|p| p.to_string()).collect();
    assert!(
        problems.iter().any(|p| p.starts_with("live.group_order")),
        "{problems:?}"
    );
    assert!(
        problems.iter().any(|p| p.starts_with("live.item_order")),
        "{problems:?}"
    );
}

#[test]
fn every_plan_change_round_trips_through_the_saved_file() {
    let mut s = peer_learning();
    ok(&mut s, Op::StartSession);
    ok(
        &mut s,
        Op::AddGroup {
            group: late_group(),
        },
    );
    ok(
        &mut s,
        Op::SetGroupAbsent {
            group: 1,
            absent: true,
        },
    );
    ok(
        &mut s,
        Op::MoveGroup {
            group: 4,
            position: 0,
        },
    );
    let text = serde_json::to_string(&s).unwrap();
    let back: Session = serde_json::from_str(&text).unwrap();
    assert_eq!(back, s);
    assert!(back.problems().is_empty(), "{:?}", back.problems());
    assert!(text.contains("\"absent\":true"));
}
