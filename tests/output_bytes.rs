//! What a ticking countdown costs a note-taker on a slow link, counted exactly through
//! the real drawing path, and proof that the terminal then shows the right screen.

use chrono::{Duration, FixedOffset, NaiveDate, TimeZone, Utc};
use plenary::app::App;
use plenary::domain::*;
use plenary::lean_backend::LeanBackend;
use plenary::ui::{self, Ctx, Theme, ThemeName};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

fn t0() -> chrono::DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 26, 9, 0, 0).unwrap()
}

fn at(sec: i64) -> Moment {
    Moment {
        now: t0() + Duration::seconds(sec),
        today: NaiveDate::from_ymd_opt(2026, 11, 26).unwrap(),
    }
}

fn presenting() -> App {
    let text = std::fs::read_to_string("sessions/monitoring-results-workshop.json").unwrap();
    let mut s: Session = serde_json::from_str(&text).unwrap();
    s.begin_live("bytes".into(), None, t0());
    let me = Author {
        name: "f".into(),
        uid: None,
    };
    s.apply(&Op::StartSession, &me, at(0)).unwrap();
    // Off the minute, so item and session minutes flip at different moments.
    s.apply(&Op::GoToItem { item: 3 }, &me, at(37)).unwrap();
    s.apply(&Op::StartTimer { group: 0 }, &me, at(37)).unwrap();
    App::new(s, me, "s.json".into())
}

/// Draws `seconds` of the running countdown; returns bytes written per second.
fn run(
    app: &App,
    width: u16,
    height: u16,
    theme: ThemeName,
    seconds: std::ops::Range<i64>,
) -> Vec<usize> {
    let theme = Theme::new(theme, false);
    let offset = FixedOffset::east_opt(0).unwrap();
    let area = Rect::new(0, 0, width, height);
    let mut backend = LeanBackend::new(Vec::new()).raw_mode(true);
    backend.set_columns(width);
    // The shell's own path: ratatui's Terminal over the lean backend, a frame a second.
    let mut shown = ratatui::Terminal::with_options(
        backend,
        ratatui::TerminalOptions {
            viewport: ratatui::Viewport::Fixed(area),
        },
    )
    .unwrap();
    let mut terminal = vt100::Parser::new(height.try_into().unwrap(), width.try_into().unwrap(), 0);
    let mut per_second = Vec::new();
    for second in seconds {
        let now = at(second).now;
        let ctx = Ctx {
            now,
            offset,
            theme: &theme,
        };
        shown
            .draw(|f| ui::render(app, &ctx, f.area(), f.buffer_mut()))
            .unwrap();
        let bytes = std::mem::take(shown.backend_mut().writer_mut());

        terminal.process(&bytes);
        per_second.push(bytes.len());
        // The terminal shows exactly what a full render of this second would.
        let mut full = Buffer::empty(area);
        let ctx = Ctx {
            now,
            offset,
            theme: &theme,
        };
        ui::render(app, &ctx, area, &mut full);
        for row in 0..height {
            let expected: String = (0..width).map(|x| full[(x, row)].symbol()).collect();
            let shown = terminal.screen().contents_between(row, 0, row, width);
            assert_eq!(
                shown.trim_end(),
                expected.trim_end(),
                "{width}x{height} row {row} at second {second}"
            );
        }
    }
    per_second
}

#[test]
fn a_running_countdown_costs_under_150_bytes_a_second_at_120x40() {
    let app = presenting();
    let per_second = run(&app, 120, 40, ThemeName::HighContrast, 40..160);
    let ticks = &per_second[1..];
    let average = ticks.iter().sum::<usize>() / ticks.len();
    assert!(average <= 150, "average {average} bytes per second");
}

#[test]
fn the_countdown_stays_cheap_at_80x24_and_in_every_theme() {
    let app = presenting();
    for theme in [ThemeName::HighContrast, ThemeName::Dark, ThemeName::Light] {
        let per_second = run(&app, 80, 24, theme, 40..120);
        let ticks = &per_second[1..];
        let average = ticks.iter().sum::<usize>() / ticks.len();
        assert!(
            average <= 150,
            "{theme:?}: average {average} bytes per second"
        );
    }
}

#[test]
fn the_terminal_is_right_across_the_warning_and_into_overrun() {
    // 4:00 used at 277 s; zero at 337 s: cross both with the screen checked each second.
    run(&presenting(), 120, 40, ThemeName::HighContrast, 270..350);
}
