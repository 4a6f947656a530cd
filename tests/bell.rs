//! Issue 12, item 15: a bell the room can hear. When it rings is decided in pure code with
//! the clock handed in: at one minute left, at zero (also when `-` takes the clock across
//! it), once every minute of overrun, never for the past or across groups; `m` mutes it and
//! the projector's flash at zero.

use chrono::{DateTime, Duration, FixedOffset, NaiveDate, TimeZone, Utc};
use plenary::app::App;
use plenary::app::bell::Ring;
use plenary::domain::*;
use plenary::ui::{self, Ctx, Theme, ThemeName};
use ratatui::buffer::Buffer;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::layout::Rect;
use ratatui::style::Modifier;

const FIXTURE: &str = "sessions/peer-learning-exchange.json";
/// When the first presenter starts.
const S: i64 = 3000;

fn t0() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 26, 9, 0, 0).unwrap()
}

fn at(seconds: i64) -> Moment {
    Moment {
        now: t0() + Duration::seconds(seconds),
        today: NaiveDate::from_ymd_opt(2026, 11, 26).unwrap(),
    }
}

fn press(app: &mut App, code: KeyCode, seconds: i64) {
    app.on_key(KeyEvent::new(code, KeyModifiers::NONE), at(seconds));
}

/// The console on the fixture, its first presenter (five minutes) started at `S`.
fn presenting() -> App {
    let mut s: Session = serde_json::from_str(&std::fs::read_to_string(FIXTURE).unwrap()).unwrap();
    s.begin_live("bell".into(), None, t0());
    let me = Author {
        name: "amina".into(),
        uid: None,
    };
    let mut app = App::new(s, me, "/sessions/bell.json".into());
    press(&mut app, KeyCode::Enter, 0);
    press(&mut app, KeyCode::Char(']'), 600);
    press(&mut app, KeyCode::Char(']'), 2000);
    press(&mut app, KeyCode::Char(' '), S);
    app
}

/// What rang, second by second from `from` to `to` (seconds after `S`).
fn rings(app: &mut App, from: i64, to: i64) -> Vec<(i64, Ring)> {
    (from..=to)
        .filter_map(|s| app.bell_due(at(S + s).now).map(|r| (s, r)))
        .collect()
}

#[test]
fn item15_rings_at_one_minute_at_zero_and_once_every_minute_over() {
    let mut app = presenting();
    assert_eq!(
        rings(&mut app, 0, 500),
        [
            (240, Ring::OneMinuteLeft),
            (300, Ring::TimeUp),
            (360, Ring::Overrun { minutes: 1 }),
            (420, Ring::Overrun { minutes: 2 }),
            (480, Ring::Overrun { minutes: 3 }),
        ]
    );
}

#[test]
fn item15_taking_time_across_zero_rings_running_or_paused() {
    let mut app = presenting();
    assert!(rings(&mut app, 0, 200).is_empty());
    // Each `-` is looked at as the console does, after the key: 1:40 → 1:10 → 0:40 → …
    let mut heard = Vec::new();
    for _ in 0..4 {
        press(&mut app, KeyCode::Char('-'), S + 200);
        heard.push(app.bell_due(at(S + 200).now));
    }
    assert_eq!(
        heard,
        [None, Some(Ring::OneMinuteLeft), None, Some(Ring::TimeUp)]
    );
    // Paused with time left, then cut below zero: the room hears it is up.
    let mut app = presenting();
    press(&mut app, KeyCode::Char(' '), S + 280);
    assert_eq!(rings(&mut app, 280, 290), []);
    press(&mut app, KeyCode::Char('-'), S + 290);
    assert_eq!(app.bell_due(at(S + 290).now), Some(Ring::TimeUp));
}

#[test]
fn item15_a_new_group_a_resumed_clock_and_time_given_back_ring_nothing() {
    let mut app = presenting();
    assert_eq!(rings(&mut app, 0, 250), [(240, Ring::OneMinuteLeft)]);
    press(&mut app, KeyCode::Right, S + 250);
    press(&mut app, KeyCode::Char(' '), S + 250);
    // The second group has three minutes: its first look rings nothing.
    assert_eq!(rings(&mut app, 250, 250 + 119), []);
    assert_eq!(rings(&mut app, 370, 370), [(370, Ring::OneMinuteLeft)]);
    press(&mut app, KeyCode::Char('+'), S + 371);
    press(&mut app, KeyCode::Char('+'), S + 371);
    assert_eq!(app.bell_due(at(S + 371).now), None);
    // A console started on a session already over time rings at its next minute, not now.
    let mut resumed = presenting();
    assert_eq!(resumed.bell_due(at(S + 330).now), None);
    assert_eq!(
        rings(&mut resumed, 331, 360),
        [(360, Ring::Overrun { minutes: 1 })]
    );
}

#[test]
fn item15_m_mutes_the_bell_and_the_flash_and_unmuting_rings_no_past() {
    let mut app = presenting();
    press(&mut app, KeyCode::Char('P'), S);
    press(&mut app, KeyCode::Char('m'), S);
    assert_eq!(rings(&mut app, 0, 310), []);
    assert!(!app.flashing(at(S + 300).now));
    press(&mut app, KeyCode::Char('m'), S + 310);
    assert_eq!(
        rings(&mut app, 310, 360),
        [(360, Ring::Overrun { minutes: 1 })]
    );
}

fn draw(app: &App, now: DateTime<Utc>, w: u16, h: u16) -> Buffer {
    let theme = Theme::new(ThemeName::HighContrast, false);
    let ctx = Ctx {
        now,
        offset: FixedOffset::east_opt(3600).unwrap(),
        theme: &theme,
    };
    let mut buf = Buffer::empty(Rect::new(0, 0, w, h));
    ui::render(app, &ctx, buf.area, &mut buf);
    buf
}

fn reversed_share(buf: &Buffer) -> f64 {
    let n = buf
        .content
        .iter()
        .filter(|c| c.modifier.contains(Modifier::REVERSED))
        .count();
    n as f64 / buf.content.len() as f64
}

#[test]
fn item15_the_projector_flashes_at_zero_for_a_moment_then_shows_the_stage() {
    for (w, h) in [(80, 24), (60, 20), (120, 40), (200, 60)] {
        let mut app = presenting();
        press(&mut app, KeyCode::Char('P'), S);
        assert_eq!(rings(&mut app, 0, 300).last(), Some(&(300, Ring::TimeUp)));
        let zero = at(S + 300).now;
        let during = draw(&app, zero + Duration::milliseconds(100), w, h);
        let after = draw(&app, zero + Duration::milliseconds(700), w, h);
        assert!(app.flashing(zero) && !app.flashing(zero + Duration::milliseconds(600)));
        assert!(
            reversed_share(&during) > 0.6,
            "{w}x{h}: the flash inverts the screen"
        );
        assert!(
            reversed_share(&after) < 0.4,
            "{w}x{h}: then the stage again"
        );
    }
    // Without the projector there is no flash, only the bell.
    let mut app = presenting();
    assert_eq!(rings(&mut app, 0, 300).last(), Some(&(300, Ring::TimeUp)));
    assert!(!app.flashing(at(S + 300).now));
}
