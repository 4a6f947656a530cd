//! How the form kit's answers to findings11 look (items 2, 8, 9, 10; issue 14 item 4), as
//! snapshots at 80x24 and 60x20: an edit conflict's merge, every wrong field marked at once,
//! the plan's Kind choices uncut, and a viewer's help without form keys.

use chrono::{Duration, FixedOffset, NaiveDate, TimeZone, Utc};
use plenary::app::App;
use plenary::domain::*;
use plenary::ui::{self, Ctx, Theme, ThemeName};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

fn at(second: i64) -> Moment {
    Moment {
        now: Utc.with_ymd_and_hms(2026, 11, 26, 9, 0, 0).unwrap() + Duration::seconds(second),
        today: NaiveDate::from_ymd_opt(2026, 11, 26).unwrap(),
    }
}

fn author(name: &str) -> Author {
    Author {
        name: name.into(),
        uid: None,
    }
}

fn screen(app: &App, width: u16, height: u16) -> String {
    let theme = Theme::new(ThemeName::HighContrast, true);
    let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
    let ctx = Ctx {
        now: at(5).now,
        offset: FixedOffset::east_opt(0).unwrap(),
        theme: &theme,
    };
    terminal
        .draw(|f| ui::render(app, &ctx, f.area(), f.buffer_mut()))
        .unwrap();
    let buf = terminal.backend().buffer();
    // A wide character's second cell is not a character of its own.
    let mut out = String::new();
    for y in 0..height {
        let mut skip = 0;
        for x in 0..width {
            if skip > 0 {
                skip -= 1;
                continue;
            }
            let symbol = buf[(x, y)].symbol();
            skip = unicode_width::UnicodeWidthStr::width(symbol).saturating_sub(1);
            out.push_str(symbol);
        }
        out.push('\n');
    }
    out
}

/// The console on the peer-learning fixture, started, with one commitment C1.
fn console() -> App {
    let text = std::fs::read_to_string("sessions/peer-learning-exchange.json").unwrap();
    let mut s: Session = serde_json::from_str(&text).unwrap();
    s.begin_live("kit".into(), None, at(0).now);
    let mut app = App::new(s, author("Facilitatrice"), "kit.json".into());
    app.apply(Op::StartSession, at(0)).unwrap();
    app.apply(
        Op::AddCommitment {
            written: None,
            draft: CommitmentDraft {
                what: "Lập bản đồ các ủy ban quốc hội".into(),
                owner: "Quốc hội".into(),
                deadline: NaiveDate::from_ymd_opt(2027, 3, 31).unwrap(),
                anchor: Anchor {
                    item: 0,
                    group: None,
                },
                past_deadline_confirmed: false,
            },
        },
        at(1),
    )
    .unwrap();
    app
}

fn press(app: &mut App, code: KeyCode) {
    app.on_key(KeyEvent::new(code, KeyModifiers::NONE), at(5));
}

fn typed(app: &mut App, text: &str) {
    for c in text.chars() {
        press(app, KeyCode::Char(c));
    }
}

// Finding 2, issue 14 item 4: the facilitator's edit meets a note-taker's.
#[test]
fn the_merge_after_an_edit_conflict() {
    let mut app = console();
    press(&mut app, KeyCode::Char('2'));
    press(&mut app, KeyCode::Char('e'));
    typed(&mut app, " (phía bắc)");
    // Meanwhile a note-taker changes the action and the owner.
    let mut other = app.session.clone();
    other
        .apply(
            &Op::EditCommitment {
                id: "C1".into(),
                base_revision: app.session.live.as_ref().unwrap().commitments[0].revision,
                draft: CommitmentDraft {
                    what: "Lập bản đồ các ủy ban (bản ghi của An)".into(),
                    owner: "Ủy ban Tài chính 财政委员会".into(),
                    deadline: NaiveDate::from_ymd_opt(2027, 3, 31).unwrap(),
                    anchor: Anchor {
                        item: 0,
                        group: None,
                    },
                    past_deadline_confirmed: false,
                },
            },
            &author("Nguyễn Văn An"),
            at(3),
        )
        .unwrap();
    app.session = other;
    press(&mut app, KeyCode::Enter);
    for (w, h) in [(80, 24), (60, 20), (120, 40), (200, 60)] {
        let text = screen(&app, w, h);
        assert!(text.contains("Nguyễn Văn An:"), "{text}");
        insta::assert_snapshot!(format!("merge_{w}x{h}"), text);
    }
    // Enter saves on their revision: the typed action, and their owner, a field this
    // person never touched (nc14 #2: a three-way merge, no Ctrl-T needed).
    press(&mut app, KeyCode::Enter);
    assert!(app.form.is_none(), "{}", screen(&app, 80, 24));
    let c = &app.session.live.as_ref().unwrap().commitments[0];
    assert_eq!(c.what, "Lập bản đồ các ủy ban quốc hội (phía bắc)");
    assert_eq!(c.owner, "Ủy ban Tài chính 财政委员会");
}

// Finding 9: every wrong field marked at once, the top one focused.
#[test]
fn every_wrong_field_marked_at_once() {
    let mut app = console();
    press(&mut app, KeyCode::Char('c'));
    press(&mut app, KeyCode::Enter);
    for (w, h) in [(80, 24), (60, 20), (120, 40), (200, 60)] {
        let text = screen(&app, w, h);
        insta::assert_snapshot!(format!("all_marked_{w}x{h}"), text);
    }
}

// Finding 10: the Kind field's choices, never cut mid-word.
#[test]
fn the_kind_field_is_never_cut() {
    let mut app = console();
    press(&mut app, KeyCode::Char('5'));
    press(&mut app, KeyCode::Down);
    press(&mut app, KeyCode::Char('a'));
    press(&mut app, KeyCode::Tab);
    press(&mut app, KeyCode::Char('c'));
    for (w, h) in [(80, 24), (60, 20), (120, 40), (200, 60)] {
        let text = screen(&app, w, h);
        assert!(text.contains("[Closing]"), "{text}");
        insta::assert_snapshot!(format!("kind_{w}x{h}"), text);
    }
}

// Finding 8: a viewer's help lists no form keys (a viewer opens no form).
#[test]
fn a_viewers_help_has_no_form_keys() {
    let remote = plenary::app::Remote {
        role: plenary::live::protocol::Role::Viewer,
        ..Default::default()
    };
    let mut app = App::client(author("Khách"), remote);
    app.session = console().session;
    app.help = true;
    let text = screen(&app, 120, 60);
    assert!(text.contains("these keys"), "{text}");
    assert!(!text.contains("In a form"), "{text}");
    assert!(!text.contains("While owners are suggested"), "{text}");
}
