//! Issue 15, item 3 on screen: the follow-up item's card with the status keys and what
//! was said, and the follow-up form, at 60x20, 80x24, 120x40 and 200x60, with Vietnamese,
//! French and Chinese owners.

mod support;

use chrono::{DateTime, Duration, NaiveDate, TimeZone, Utc};
use plenary::app::App;
use plenary::domain::carry::carried_from;
use plenary::domain::{Anchor, Author, CommitmentDraft, Moment, Op, Session};
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use support::console::console_text;

const FIXTURE: &str = "sessions/peer-learning-exchange.json";

fn t0() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 26, 9, 0, 0).unwrap()
}

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 26).unwrap()
}

fn at(seconds: i64) -> Moment {
    Moment {
        now: t0() + Duration::seconds(seconds),
        today: today(),
    }
}

fn me() -> Author {
    Author {
        name: "amina".into(),
        uid: None,
    }
}

fn agenda() -> Session {
    serde_json::from_str(&std::fs::read_to_string(FIXTURE).unwrap()).unwrap()
}

/// An earlier session with three commitments owed, carried into a new one, on its
/// follow-up item.
fn follow_up() -> App {
    follow_up_after(|_| {})
}

/// As `follow_up`, after `before` changed the earlier session (a deadline moved in review).
fn follow_up_after(before: impl FnOnce(&mut Session)) -> App {
    let mut app = before_start(before);
    press(&mut app, KeyCode::Enter);
    press(&mut app, KeyCode::Char(']'));
    app
}

/// The follow-up session on its start screen, before Enter.
fn before_start(before: impl FnOnce(&mut Session)) -> App {
    let mut old = agenda();
    old.date = Some(today() - Duration::days(90));
    old.begin_live("earlier-run".into(), None, t0() - Duration::days(90));
    let then = Moment {
        now: t0() - Duration::days(90),
        today: today() - Duration::days(90),
    };
    old.apply(&Op::StartSession, &me(), then).unwrap();
    for (i, (what, owner)) in [
        (
            "Draft the budget lines for the water sector, round #2",
            "Nguyễn Thị Hương",
        ),
        ("Table the findings in committee", "Hélène Dubois"),
        ("Map the water points", "王小明"),
    ]
    .into_iter()
    .enumerate()
    {
        let draft = CommitmentDraft {
            what: what.into(),
            owner: owner.into(),
            deadline: today() + Duration::days(30 * (i as i64 + 1)),
            anchor: Anchor {
                item: 0,
                group: Some(i),
            },
            past_deadline_confirmed: true,
        };
        old.apply(
            &Op::AddCommitment {
                draft,
                written: None,
            },
            &me(),
            then,
        )
        .unwrap();
    }
    before(&mut old);
    let mut s = agenda();
    let carried = carried_from([("/sessions/earlier.json", &old)]);
    s.ensure_follow_up_item(carried.len());
    s.begin_live("follow-up-run".into(), None, t0());
    s.live.as_mut().unwrap().carried = carried;
    App::new(s, me(), "/sessions/follow-up.json".into())
}

fn press(app: &mut App, code: KeyCode) {
    app.on_key(KeyEvent::new(code, KeyModifiers::NONE), at(60));
}

fn typed(app: &mut App, text: &str) {
    for c in text.chars() {
        press(app, KeyCode::Char(c));
    }
}

const SIZES: [(u16, u16); 4] = [(60, 20), (80, 24), (120, 40), (200, 60)];

#[test]
fn issue15_item3_the_follow_up_form_and_the_card_with_what_was_said() {
    let mut app = follow_up();
    press(&mut app, KeyCode::Char('i'));
    press(&mut app, KeyCode::Char('e'));
    typed(&mut app, "Chờ luật ngân sách — attend la loi");
    press(&mut app, KeyCode::Tab);
    app.on_key(
        KeyEvent::new(KeyCode::Char('u'), KeyModifiers::CONTROL),
        at(60),
    );
    typed(&mut app, "2027-06-30");
    press(&mut app, KeyCode::Tab);
    app.on_key(
        KeyEvent::new(KeyCode::Char('u'), KeyModifiers::CONTROL),
        at(60),
    );
    typed(&mut app, "王小明");
    for (w, h) in SIZES {
        let text = console_text(&app, at(60).now, w, h, true);
        assert!(text.contains("Follow-up of C1"), "{w}x{h}:\n{text}");
        assert!(
            text.contains("New deadline → Wednesday 30 June 2027"),
            "{w}x{h}:\n{text}"
        );
        if w >= 80 {
            insta::assert_snapshot!(format!("follow_up_form_{w}x{h}"), text);
        }
    }
    press(&mut app, KeyCode::Enter);
    assert!(app.form.is_none(), "saved");
    for (w, h) in SIZES {
        let text = console_text(&app, at(60).now, w, h, true);
        assert!(text.contains("i [in progress]"), "{w}x{h}:\n{text}");
        insta::assert_snapshot!(format!("follow_up_card_{w}x{h}"), text);
    }
    let wide = console_text(&app, at(60).now, 120, 40, true);
    assert!(wide.contains("owner → 王"), "{wide}");
    assert!(wide.contains("26 Dec 2026 → 30 Jun 2027"), "{wide}");
}

/// nc15 #1: the room sees how far a carried commitment slipped before this meeting: the
/// deadline first agreed, the one now, and how often it moved, as the source's documents say.
#[test]
fn nc15_1_the_card_shows_the_deadline_first_agreed_and_the_moves() {
    let mut app = follow_up_after(|old| {
        let op = Op::FollowUp {
            id: "C1".into(),
            status: plenary::domain::Status::InProgress,
            deadline: Some(NaiveDate::from_ymd_opt(2027, 1, 20).unwrap()),
            note: "Waiting for the budget law".into(),
            base_revision: None,
            key: None,
            owner: None,
            superseded_by: None,
            superseded_in: None,
        };
        old.apply(&op, &me(), at(0)).unwrap();
    });
    for (w, h) in SIZES {
        let text = console_text(&app, at(60).now, w, h, true);
        assert!(
            text.contains("due 26 Dec 2026 → 20 Jan 2027 (moved once)"),
            "{w}x{h}:\n{text}"
        );
    }
    press(&mut app, KeyCode::Char('i'));
    let text = console_text(&app, at(60).now, 120, 40, true);
    assert!(text.contains("26 Dec 2026 → 20 Jan 2027"), "{text}");
}

// Refusals said beside the field, what was typed kept.
#[test]
fn issue15_item3_the_follow_up_form_refuses_clearly_and_keeps_what_was_typed() {
    let mut app = follow_up();
    press(&mut app, KeyCode::Char('e'));
    press(&mut app, KeyCode::Tab);
    app.on_key(
        KeyEvent::new(KeyCode::Char('u'), KeyModifiers::CONTROL),
        at(60),
    );
    typed(&mut app, "2027-09-30");
    press(&mut app, KeyCode::Enter);
    assert!(app.form.is_some(), "refused: the form stays");
    let text = console_text(&app, at(60).now, 80, 24, true);
    assert!(
        text.contains("a new deadline needs a note saying why it moved"),
        "{text}"
    );
    // The refusal took the keyboard to what was said.
    typed(&mut app, "Moved by the ministry");
    let text = console_text(&app, at(60).now, 80, 24, true);
    assert!(text.contains("› Said     Moved by the ministry"), "{text}");
    press(&mut app, KeyCode::Tab);
    app.on_key(
        KeyEvent::new(KeyCode::Char('u'), KeyModifiers::CONTROL),
        at(60),
    );
    typed(&mut app, "2026-01-01");
    press(&mut app, KeyCode::Enter);
    let text = console_text(&app, at(60).now, 80, 24, true);
    assert!(app.form.is_some(), "{text}");
    assert!(text.contains("already past"), "{text}");
    assert!(text.contains("Moved by the ministry"), "kept: {text}");
}

/// nc15 #2: in the earlier session's own console, a commitment agreed again at a later
/// meeting no longer reads as open: the list says so, and its detail says where it went.
#[test]
fn nc15_2_the_earlier_console_shows_a_re_agreed_commitment_as_such() {
    let mut old = agenda();
    old.begin_live("earlier-run".into(), None, t0() - Duration::days(90));
    let then = Moment {
        now: t0() - Duration::days(90),
        today: today() - Duration::days(90),
    };
    old.apply(&Op::StartSession, &me(), then).unwrap();
    let draft = CommitmentDraft {
        what: "Map the water points".into(),
        owner: "王小明".into(),
        deadline: today() + Duration::days(30),
        anchor: Anchor {
            item: 0,
            group: None,
        },
        past_deadline_confirmed: true,
    };
    old.apply(
        &Op::AddCommitment {
            draft,
            written: None,
        },
        &me(),
        then,
    )
    .unwrap();
    old.apply(
        &Op::FollowUp {
            id: "C1".into(),
            status: plenary::domain::Status::Open,
            deadline: None,
            note: String::new(),
            base_revision: None,
            key: None,
            owner: None,
            superseded_by: Some("20261126T051735Z-14043/C1".into()),
            superseded_in: Some("Suivi à trois mois (26 Nov 2026)".into()),
        },
        &me(),
        at(0),
    )
    .unwrap();
    let mut app = App::new(old, me(), "/sessions/earlier.json".into());
    press(&mut app, KeyCode::Char('2'));
    let text = console_text(&app, at(60).now, 120, 40, true);
    assert!(text.contains("re-agreed"), "{text}");
    press(&mut app, KeyCode::Char('v'));
    let text = console_text(&app, at(60).now, 120, 40, true);
    assert!(
        text.contains("agreed again at Suivi à trois mois (26 Nov 2026) as C1"),
        "{text}"
    );
    assert!(!text.contains("20261126T051735Z"), "{text}");
}

/// Issue 15, nc15 #8: the start screen says how many earlier commitments will be followed
/// up, and the summary at the end reads back what became of each (done, moved with its new
/// date, a new owner), not only the commitments made in this session.
#[test]
fn nc15_8_the_start_and_the_summary_show_the_commitments_followed_up() {
    let app = before_start(|_| {});
    for (w, h) in SIZES {
        let text = console_text(&app, at(0).now, w, h, true);
        assert!(
            text.contains("3 earlier commitments to follow up"),
            "{w}x{h}:\n{text}"
        );
    }
    let mut app = follow_up();
    press(&mut app, KeyCode::Char('d'));
    press(&mut app, KeyCode::Right);
    press(&mut app, KeyCode::Char('e'));
    typed(&mut app, "Relecture en cours");
    press(&mut app, KeyCode::Tab);
    app.on_key(
        KeyEvent::new(KeyCode::Char('u'), KeyModifiers::CONTROL),
        at(60),
    );
    typed(&mut app, "2027-03-31");
    press(&mut app, KeyCode::Tab);
    app.on_key(
        KeyEvent::new(KeyCode::Char('u'), KeyModifiers::CONTROL),
        at(60),
    );
    typed(&mut app, "Lê Văn Minh");
    press(&mut app, KeyCode::Enter);
    assert!(app.form.is_none(), "saved");
    app.apply(Op::EndSession, at(120)).unwrap();
    for (w, h) in SIZES {
        let text = console_text(&app, at(120).now, w, h, true);
        assert!(text.contains("FOLLOWED UP (3)"), "{w}x{h}:\n{text}");
        assert!(text.contains("C1 done"), "{w}x{h}:\n{text}");
        if w >= 80 {
            assert!(text.contains("C2 open"), "{w}x{h}:\n{text}");
            assert!(text.contains("→ 31 Mar 2027"), "{w}x{h}:\n{text}");
            assert!(text.contains("→ Lê Văn Minh"), "{w}x{h}:\n{text}");
            assert!(text.contains("C3 not discussed"), "{w}x{h}:\n{text}");
            insta::assert_snapshot!(format!("nc15_8_summary_{w}x{h}"), text);
        }
    }
}
