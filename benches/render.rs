//! Cost of one frame of the presentations screen at 120x40: the render into a buffer, and
//! the full draw through ratatui's Terminal and the lean backend into memory, which is
//! what the shell does each second.
//! cargo bench --bench render

use std::time::Instant;

use chrono::{Duration, FixedOffset, NaiveDate, TimeZone, Utc};
use plenary::app::App;
use plenary::domain::*;
use plenary::lean_backend::LeanBackend;
use plenary::ui::{self, Ctx, Theme, ThemeName};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::{Terminal, TerminalOptions, Viewport};

fn main() {
    let text = std::fs::read_to_string("sessions/monitoring-results-workshop.json").unwrap();
    let mut s: Session = serde_json::from_str(&text).unwrap();
    let t0 = Utc.with_ymd_and_hms(2026, 11, 26, 9, 0, 0).unwrap();
    let today = NaiveDate::from_ymd_opt(2026, 11, 26).unwrap();
    s.begin_live("bench".into(), None, t0);
    let me = Author {
        name: "bench".into(),
        uid: None,
    };
    let at = |sec: i64| Moment {
        now: t0 + Duration::seconds(sec),
        today,
    };
    s.apply(&Op::StartSession, &me, at(0)).unwrap();
    s.apply(&Op::GoToItem { item: 3 }, &me, at(1)).unwrap();
    s.apply(&Op::StartTimer { group: 0 }, &me, at(2)).unwrap();
    let app = App::new(s, me, "bench.json".into());
    let theme = Theme::new(ThemeName::HighContrast, false);
    let area = Rect::new(0, 0, 120, 40);
    let frames = 2000;

    let mut buf = Buffer::empty(area);
    let start = Instant::now();
    for i in 0..frames {
        buf.reset();
        let ctx = Ctx {
            now: at(10 + i).now,
            offset: FixedOffset::east_opt(0).unwrap(),
            theme: &theme,
        };
        ui::render(&app, &ctx, area, &mut buf);
    }
    let render = start.elapsed().as_secs_f64() * 1e6 / frames as f64;

    let mut terminal = Terminal::with_options(
        LeanBackend::new(Vec::new()),
        TerminalOptions {
            viewport: Viewport::Fixed(area),
        },
    )
    .unwrap();
    let start = Instant::now();
    let mut bytes = 0;
    for i in 0..frames {
        let ctx = Ctx {
            now: at(10 + i).now,
            offset: FixedOffset::east_opt(0).unwrap(),
            theme: &theme,
        };
        terminal
            .draw(|f| ui::render(&app, &ctx, f.area(), f.buffer_mut()))
            .unwrap();
        bytes += terminal.backend_mut().writer_mut().len();
        terminal.backend_mut().writer_mut().clear();
    }
    let draw = start.elapsed().as_secs_f64() * 1e6 / frames as f64;

    // The shell draws every second this way: the full frame, diffed by ratatui.
    println!(
        "presentations 120x40: full render {render:.1} µs, full frame as the shell draws it each second (render+diff+encode) {draw:.1} µs, {} bytes/frame",
        bytes / frames as usize
    );
}
