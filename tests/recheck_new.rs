//! The black-box re-check's "NEW problems" (notes/recheck.md) that were still open, one
//! test each, named by the finding: the console's questions and messages, the editor's
//! footer, header and Ctrl-C, review's follow-up form, the launcher and `plenary check`.
//! Screens are drawn at 80x24 and 60x20 with the peer-learning fixture (Vietnamese,
//! French and Chinese names).

mod support;

use chrono::{DateTime, Duration, FixedOffset, NaiveDate, TimeZone, Utc};
use plenary::app::{App, View};
use plenary::domain::*;
use plenary::ui::{self, Ctx, Theme, ThemeName};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
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

/// The peer-learning exchange, live and not yet started.
fn console() -> App {
    let text = std::fs::read_to_string("sessions/peer-learning-exchange.json").unwrap();
    let mut s: Session = serde_json::from_str(&text).unwrap();
    s.begin_live("recheck".into(), None, t0());
    App::new(
        s,
        Author {
            name: "Nguyễn Thị Hà".into(),
            uid: None,
        },
        "/sessions/2026-11-26-peer.json".into(),
    )
}

fn press(app: &mut App, code: KeyCode, seconds: i64) {
    app.on_key(KeyEvent::new(code, KeyModifiers::NONE), at(seconds));
}

fn screen(app: &App, seconds: i64, width: u16, height: u16) -> String {
    let theme = Theme::new(ThemeName::HighContrast, false);
    let ctx = Ctx {
        now: at(seconds).now,
        offset: FixedOffset::east_opt(3600).unwrap(),
        theme: &theme,
    };
    let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
    terminal
        .draw(|f| ui::render(app, &ctx, f.area(), f.buffer_mut()))
        .unwrap();
    support::editor::text_of(&terminal)
}

/// The screen's words in one line: a message wrapped over rows reads whole.
fn flat(screen: &str) -> String {
    screen
        .lines()
        .map(|l| l.trim().trim_matches('┃').trim())
        .collect::<Vec<_>>()
        .join(" ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// Recheck NEW-14: `q` while the agenda item's own clock counts asks first, as with a
/// presenter's timer; y then quits.
#[test]
fn recheck_new_14_q_asks_while_the_item_clock_counts() {
    let mut app = console();
    press(&mut app, KeyCode::Enter, 0);
    press(&mut app, KeyCode::Char('q'), 5);
    assert!(
        !app.should_quit(),
        "q quit at once with the item's clock counting"
    );
    for (w, h) in [(80, 24), (60, 20)] {
        let shown = flat(&screen(&app, 5, w, h));
        assert!(
            shown.contains("Quit anyway? The clock of “Welcome and the evidence” is counting"),
            "{w}x{h}: {shown}"
        );
    }
    press(&mut app, KeyCode::Char('y'), 6);
    assert!(app.should_quit());
    // Before the session starts nothing counts: q quits at once.
    let mut idle = console();
    press(&mut idle, KeyCode::Char('q'), 0);
    assert!(idle.should_quit());
}

/// Recheck NEW-9: `]` on an ended session says it has ended, read whole at 60x20.
#[test]
fn recheck_new_9_next_item_on_an_ended_session_says_it_has_ended() {
    let mut app = console();
    press(&mut app, KeyCode::Enter, 0);
    app.apply(Op::EndSession, at(10)).unwrap();
    app.flash = None;
    press(&mut app, KeyCode::Char(']'), 11);
    let said = app.flash.as_ref().expect("] says something").text.clone();
    assert!(said.contains("The session has ended"), "{said}");
    assert!(!said.contains("once the session has started"), "{said}");
    for (w, h) in [(80, 24), (60, 20)] {
        let shown = flat(&screen(&app, 11, w, h));
        assert!(
            shown.contains(&said),
            "{w}x{h}: the message is cut\n{shown}"
        );
    }
    // Not started yet, the long "works once the session has started" is read whole too.
    let mut early = console();
    press(&mut early, KeyCode::Char(']'), 0);
    let said = early.flash.as_ref().unwrap().text.clone();
    assert!(said.contains("once the session has started"), "{said}");
    let shown = flat(&screen(&early, 0, 60, 20));
    assert!(shown.contains(&said), "60x20: the message is cut\n{shown}");
}

/// Recheck NEW-3: a stray key while choosing where a commitment is filed says what to
/// do, and the whole message is above the footer, not under the chooser, at 60x20.
#[test]
fn recheck_new_3_the_choosers_message_is_read_whole() {
    let mut app = console();
    press(&mut app, KeyCode::Enter, 0);
    let draft = CommitmentDraft {
        what: "Chia sẻ mẫu báo cáo với nhóm Suivi-évaluation".into(),
        owner: "Nguyễn Thị Hà".into(),
        deadline: NaiveDate::from_ymd_opt(2027, 1, 15).unwrap(),
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
        at(5),
    )
    .unwrap();
    press(&mut app, KeyCode::Char('2'), 6);
    assert_eq!(app.view, View::Commitments);
    press(&mut app, KeyCode::Char('f'), 7);
    assert!(app.picker.is_some(), "f opens the chooser");
    press(&mut app, KeyCode::Char(']'), 8);
    let said = app.flash.as_ref().expect("] says something").text.clone();
    for (w, h) in [(80, 24), (60, 20)] {
        let text = screen(&app, 8, w, h);
        assert!(
            text.contains("under…"),
            "{w}x{h}: the chooser stays\n{text}"
        );
        assert!(flat(&text).contains(&said), "{w}x{h}: cut\n{text}");
    }
}

/// The brief's deadline rule: a date in the past asks "Enter again to keep it"; one more
/// than a year back is refused outright, whatever is pressed.
#[test]
fn recheck_a_deadline_more_than_a_year_back_is_refused_outright() {
    let today = at(0).today;
    let draft = |deadline: NaiveDate, confirmed: bool| CommitmentDraft {
        what: "Gửi biên bản".into(),
        owner: "Zhang Li 张丽".into(),
        deadline,
        anchor: Anchor {
            item: 0,
            group: None,
        },
        past_deadline_confirmed: confirmed,
    };
    let last_month = NaiveDate::from_ymd_opt(2026, 10, 20).unwrap();
    assert!(matches!(
        plenary::domain::commitments::validated(&draft(last_month, false), today, 5, 4),
        Err(OpError::PastDeadline(_))
    ));
    assert!(plenary::domain::commitments::validated(&draft(last_month, true), today, 5, 4).is_ok());
    let typo = NaiveDate::from_ymd_opt(2025, 11, 20).unwrap();
    let refused = plenary::domain::commitments::validated(&draft(typo, true), today, 5, 4)
        .expect_err("confirmed or not, a year back is refused");
    assert!(
        refused.to_string().contains("more than a year ago"),
        "{refused}"
    );
}
