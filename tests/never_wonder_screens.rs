//! Issue 14's screens drawn straight from the app at 60x20, 80x24, 120x40 and 200x60: the
//! facilitator's one-line notice of what a note-taker recorded (item 10), and the
//! note-taker's "not yet saved" line and own list (item 3).

mod support;

use chrono::{DateTime, Duration, FixedOffset, NaiveDate, TimeZone, Utc};
use plenary::app::{App, Remote, View};
use plenary::domain::*;
use plenary::ui::{self, Ctx, Theme, ThemeName};
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

const SIZES: [(u16, u16); 4] = [(60, 20), (80, 24), (120, 40), (200, 60)];

fn t0() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 26, 9, 0, 0).unwrap()
}

fn at(seconds: i64) -> Moment {
    Moment {
        now: t0() + Duration::seconds(seconds),
        today: NaiveDate::from_ymd_opt(2026, 11, 26).unwrap(),
    }
}

fn me() -> Author {
    Author {
        name: "Grace".into(),
        uid: None,
    }
}

/// The four-group fixture, started, on the first group's report-back with its timer running.
fn presenting() -> App {
    let mut s: Session = serde_json::from_str(
        &std::fs::read_to_string("sessions/peer-learning-exchange.json").unwrap(),
    )
    .unwrap();
    s.date = Some(at(0).today);
    s.begin_live("screens".into(), None, t0());
    s.apply(&Op::StartSession, &me(), at(0)).unwrap();
    let mut app = App::new(s, me(), "/sessions/peer.json".into());
    for key in [']', ']', ' '] {
        app.on_key(
            KeyEvent::new(KeyCode::Char(key), KeyModifiers::NONE),
            at(60),
        );
    }
    app
}

fn text_of(app: &App, w: u16, h: u16, join: bool) -> String {
    let theme = Theme::new(ThemeName::HighContrast, true);
    let ctx = Ctx {
        now: at(90).now,
        offset: FixedOffset::east_opt(0).unwrap(),
        theme: &theme,
    };
    let mut buf = ratatui::buffer::Buffer::empty(ratatui::layout::Rect::new(0, 0, w, h));
    if join {
        ui::join::render(app, &ctx, buf.area, &mut buf);
    } else {
        ui::render(app, &ctx, buf.area, &mut buf);
    }
    (0..h)
        .map(|y| (0..w).map(|x| buf[(x, y)].symbol()).collect::<String>() + "\n")
        .collect()
}

// Issue 14, item 10: the notice is one line, above the keys, with the running timer in view.
#[test]
fn item_10_the_notice_fits_beside_the_timer_at_every_size() {
    let mut app = presenting();
    let notice = "Amina recorded C3: Map parliamentary committees".to_string();
    app.host_mut().unwrap().notice = Some((notice, at(98).now));
    for (w, h) in SIZES {
        let screen = text_of(&app, w, h, false);
        assert!(screen.contains("▸ Amina recorded C3"), "{w}x{h}:\n{screen}");
        assert!(screen.contains("RUNNING"), "{w}x{h}:\n{screen}");
        assert!(screen.contains("q quit"), "{w}x{h}:\n{screen}");
        insta::assert_snapshot!(format!("notice_{w}x{h}"), screen);
    }
}

/// A note-taker on the same session, who sent two notes and a commitment: one saved, two not.
fn note_taker() -> App {
    let host = presenting();
    let mut remote = Remote::default();
    let ops = [
        (
            "Parliament's budget committee wants the district figures",
            true,
        ),
        ("Typed while the link was down", false),
    ];
    for (seq, (text, _)) in ops.iter().enumerate() {
        let op = Op::AddNote {
            text: text.to_string(),
            anchor: Anchor {
                item: 3,
                group: Some(0),
            },
            written: None,
        };
        remote.mine.sent(seq as u64 + 1, &op);
    }
    let draft = CommitmentDraft {
        what: "Map parliamentary committees".into(),
        owner: "Parliament".into(),
        deadline: NaiveDate::from_ymd_opt(2027, 3, 31).unwrap(),
        anchor: Anchor {
            item: 3,
            group: Some(0),
        },
        past_deadline_confirmed: false,
    };
    remote.mine.sent(
        3,
        &Op::AddCommitment {
            draft,
            written: None,
        },
    );
    remote.mine.saved(1, &[], "09:01");
    let mut app = App::client(
        Author {
            name: "Amina".into(),
            uid: Some(1001),
        },
        remote,
    );
    app.session = host.session.clone();
    app
}

// Issue 14, item 3: what is not yet saved is named under the session's line, and 4 lists
// every one of the note-taker's own, saved ✓ with the time or not yet.
#[test]
fn item_3_what_is_not_yet_saved_is_named_and_listed_at_every_size() {
    let mut app = note_taker();
    for (w, h) in SIZES {
        let screen = text_of(&app, w, h, true);
        // Named where a dozen letters of the first fit; counted, with its key, where not.
        let said = if w < 80 {
            "2 unsaved · 4 lists"
        } else {
            "2 not yet saved: note 'Typed"
        };
        assert!(screen.contains(said), "{w}x{h}:\n{screen}");
        insta::assert_snapshot!(format!("not_yet_saved_{w}x{h}"), screen);
    }
    app.view = View::Mine;
    for (w, h) in SIZES {
        let screen = text_of(&app, w, h, true);
        assert!(screen.contains("YOURS (3)"), "{w}x{h}:\n{screen}");
        assert!(screen.contains("✓ saved 09:01"), "{w}x{h}:\n{screen}");
        insta::assert_snapshot!(format!("yours_{w}x{h}"), screen);
    }
}
