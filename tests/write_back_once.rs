//! A follow-up dialogue writes each status it records back to the earlier session the
//! commitment came from, then notes in its own file that it did. A kill between the two
//! leaves the status in the earlier session and the note unwritten: on resume the console
//! writes it back again, and it must land once.

mod support;

use std::path::Path;

use chrono::Utc;
use plenary::app::App;
use plenary::domain::carry::carried_from;
use plenary::domain::{Author, ItemKind, Moment, Op, Session, Status};
use plenary::store::{followup::apply_to_file, save};
use support::{LiveDirs, Term};

const RECORDED: &str = "sessions/2026-06-18-monitoring-results-workshop.json";

fn load(path: &Path) -> Session {
    plenary::store::load(path).unwrap()
}

// Issue 10, item 8: the state a kill right after the write-back leaves behind, then resumed.
#[test]
fn a_write_back_interrupted_by_a_kill_lands_once_on_resume() {
    let dir = tempfile::tempdir().unwrap();
    let live = LiveDirs::new(dir.path());
    std::fs::create_dir_all(&live.sessions).unwrap();
    let earlier = dir.path().join("earlier.json");
    std::fs::copy(RECORDED, &earlier).unwrap();
    let earlier = std::fs::canonicalize(&earlier).unwrap();

    // The follow-up session, on its follow-up item, with the first carried commitment
    // recorded as done.
    let text = std::fs::read_to_string("sessions/short-plenary.json").unwrap();
    let mut session: Session = serde_json::from_str(&text).unwrap();
    let source = load(&earlier);
    let carried = carried_from([(earlier.to_str().unwrap(), &source)]);
    let item = session.ensure_follow_up_item(carried.len());
    let now = Utc::now();
    let at = Moment {
        now,
        today: now.date_naive(),
    };
    session.begin_live("follow-up-run".into(), None, now);
    session.live.as_mut().unwrap().carried = carried;
    let me = Author {
        name: "facilitator".into(),
        uid: None,
    };
    assert_eq!(session.agenda[item].kind, ItemKind::FollowUp);
    for op in [
        Op::StartSession,
        Op::GoToItem { item },
        Op::RecordCarried {
            index: 0,
            status: Status::Done,
            note: None,
            deadline: None,
            owner: None,
        },
        Op::SelectCarried { index: 1 },
    ] {
        session.apply(&op, &me, at).unwrap();
    }
    let file = live.sessions.join("follow-up.json");
    save::write_atomic(&file, &save::to_json(&session)).unwrap();

    // The write-back the console did just before it was killed: in the earlier session,
    // not yet marked written back in this one.
    let app = App::new(session, me.clone(), file.clone());
    let pending = app.pending_write_backs(true);
    assert_eq!(pending.len(), 1);
    let (_, target, op) = &pending[0];
    let Op::FollowUp { id, .. } = op else {
        panic!("{op:?}")
    };
    let id = id.clone();
    apply_to_file(target, op, &me, at).unwrap();
    let history = |s: &Session| {
        s.live
            .as_ref()
            .unwrap()
            .commitments
            .iter()
            .find(|c| c.id == id)
            .unwrap()
            .history
            .len()
    };
    let before = history(&load(&earlier));

    // Resumed: the console writes the recorded status back again, and quits.
    let mut term = Term::spawn(&["run", file.to_str().unwrap()], &live.env(), 100, 30);
    term.wait_for("FOLLOW-UP");
    term.quit_console();
    assert!(term.wait_exit());
    assert_eq!(
        history(&load(&earlier)),
        before,
        "the write-back landed a second time"
    );
    let resumed = load(&file);
    let recorded = resumed.live.unwrap().carried[0].recorded.clone().unwrap();
    assert!(recorded.written_back, "and is now marked written back");
}
