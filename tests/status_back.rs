//! Issue 12, item 12 (its `s` half): `s` on a commitment only cycled forwards, so one press
//! too many meant three more to come back. `S` steps back; help, footer and README say so.

mod support;

use chrono::{DateTime, Duration, NaiveDate, TimeZone, Utc};
use plenary::app::App;
use plenary::domain::*;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

fn t0() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 26, 9, 0, 0).unwrap()
}

fn at(seconds: i64) -> Moment {
    Moment {
        now: t0() + Duration::seconds(seconds),
        today: NaiveDate::from_ymd_opt(2026, 11, 26).unwrap(),
    }
}

fn press(app: &mut App, c: char) {
    app.on_key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE), at(60));
}

fn screen(app: &App, width: u16, height: u16) -> String {
    support::console::console_text(app, at(60).now, width, height, false)
}

/// The peer-learning agenda, started, one commitment recorded, the commitments table shown.
fn table() -> App {
    let text = std::fs::read_to_string("sessions/peer-learning-exchange.json").unwrap();
    let mut s: Session = serde_json::from_str(&text).unwrap();
    s.begin_live("status".into(), None, t0());
    let me = Author {
        name: "amina".into(),
        uid: None,
    };
    let mut app = App::new(s, me, "/sessions/2026-11-26-peer-learning.json".into());
    app.apply(Op::StartSession, at(0)).unwrap();
    let draft = CommitmentDraft {
        what: "Publier le rapport".into(),
        owner: "Hélène Dubois".into(),
        deadline: NaiveDate::from_ymd_opt(2027, 3, 31).unwrap(),
        anchor: Anchor {
            item: 0,
            group: None,
        },
        past_deadline_confirmed: false,
    };
    app.apply(
        Op::AddCommitment {
            draft,
            written: None,
        },
        at(10),
    )
    .unwrap();
    press(&mut app, '2');
    app
}

fn status(app: &App) -> Status {
    app.session.live.as_ref().unwrap().commitments[0].status
}

#[test]
fn capital_s_steps_the_status_back() {
    let mut app = table();
    press(&mut app, 's');
    press(&mut app, 's');
    assert_eq!(status(&app), Status::Done);
    press(&mut app, 'S');
    assert_eq!(status(&app), Status::InProgress);
    press(&mut app, 'S');
    assert_eq!(status(&app), Status::Open);
    // From open it stops and says why: wrapping round dropped a commitment unasked.
    press(&mut app, 'S');
    assert_eq!(status(&app), Status::Open, "S never drops a commitment");
    let said = screen(&app, 120, 40);
    assert!(said.contains("is open, the first status"), "{said}");
    // Both are in the record, as any status change is.
    let history = &app.session.live.as_ref().unwrap().commitments[0].history;
    assert!(
        history
            .iter()
            .any(|h| h.change.contains("done → in progress")),
        "{history:?}"
    );
}

#[test]
fn the_footer_and_help_name_both_directions() {
    let mut app = table();
    for (w, h) in [(80, 24), (60, 20), (120, 40), (200, 60)] {
        let text = screen(&app, w, h);
        assert!(text.contains("sS status"), "{w}x{h}:\n{text}");
    }
    press(&mut app, '?');
    let help = screen(&app, 200, 60);
    assert!(
        help.contains("previous status, for one s too many"),
        "{help}"
    );
}
