//! What a ticking countdown costs a note-taker on a slow link: bytes written per
//! second of the presentations screen, counted exactly through the real backend.

use chrono::{Duration, FixedOffset, NaiveDate, TimeZone, Utc};
use plenary::app::App;
use plenary::domain::*;
use plenary::lean_backend::LeanBackend;
use plenary::ui::{self, Ctx, Theme, ThemeName};
use ratatui::layout::Rect;
use ratatui::{Terminal, TerminalOptions, Viewport};

fn bytes_per_second(width: u16, height: u16, theme: ThemeName) -> (usize, usize) {
    let text = std::fs::read_to_string("sessions/monitoring-results-workshop.json").unwrap();
    let mut s: Session = serde_json::from_str(&text).unwrap();
    let t0 = Utc.with_ymd_and_hms(2026, 11, 26, 9, 0, 0).unwrap();
    let today = NaiveDate::from_ymd_opt(2026, 11, 26).unwrap();
    s.begin_live("bytes".into(), None, t0);
    let me = Author {
        name: "f".into(),
        uid: None,
    };
    let at = |sec: i64| Moment {
        now: t0 + Duration::seconds(sec),
        today,
    };
    s.apply(&Op::StartSession, &me, at(0)).unwrap();
    s.apply(&Op::GoToItem { item: 3 }, &me, at(0)).unwrap();
    s.apply(&Op::StartTimer { group: 0 }, &me, at(0)).unwrap();
    let app = App::new(s, me, "s.json".into());
    let theme = Theme::new(theme, false);
    let viewport = Viewport::Fixed(Rect::new(0, 0, width, height));
    let mut terminal = Terminal::with_options(
        LeanBackend::new(Vec::new()).raw_mode(true),
        TerminalOptions { viewport },
    )
    .unwrap();
    let mut per_second = Vec::new();
    // The first minute of a presentation, one frame per shown second.
    for second in 0..=60 {
        let ctx = Ctx {
            now: at(second).now,
            offset: FixedOffset::east_opt(0).unwrap(),
            theme: &theme,
            ticking_only: false,
        };
        terminal
            .draw(|f| ui::render(&app, &ctx, f.area(), f.buffer_mut()))
            .unwrap();
        per_second.push(std::mem::take(terminal.backend_mut().writer_mut()).len());
    }
    let ticks = &per_second[1..];
    (
        ticks.iter().sum::<usize>() / ticks.len(),
        *ticks.iter().max().unwrap(),
    )
}

#[test]
fn a_running_countdown_costs_under_150_bytes_a_second_at_120x40() {
    let (average, most) = bytes_per_second(120, 40, ThemeName::HighContrast);
    assert!(average <= 150, "average {average} bytes per second");
    assert!(
        most <= 600,
        "worst second {most} bytes (when every digit changes, 5:00 to 4:59)"
    );
}

#[test]
fn the_countdown_stays_cheap_at_80x24_and_in_every_theme() {
    for theme in [ThemeName::HighContrast, ThemeName::Dark, ThemeName::Light] {
        let (average, _) = bytes_per_second(80, 24, theme);
        assert!(
            average <= 150,
            "{theme:?}: average {average} bytes per second"
        );
    }
}
