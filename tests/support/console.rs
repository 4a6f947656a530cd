//! Draws the console of an `App` into a test terminal and reads its cells back as text:
//! the one drawer the tests that drive the app directly (not through a pseudo-terminal)
//! share.

use chrono::{DateTime, FixedOffset, Utc};
use plenary::app::App;
use plenary::ui::{self, Ctx, Theme, ThemeName};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

/// The console for `app` at `now`, `width` x `height`, one line per row (a wide
/// character's second cell read as the blank it holds), with or without colour.
pub fn console_text(
    app: &App,
    now: DateTime<Utc>,
    width: u16,
    height: u16,
    no_color: bool,
) -> String {
    let theme = Theme::new(ThemeName::HighContrast, no_color);
    let ctx = Ctx {
        now,
        offset: FixedOffset::east_opt(0).unwrap(),
        theme: &theme,
    };
    let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
    terminal
        .draw(|f| ui::render(app, &ctx, f.area(), f.buffer_mut()))
        .unwrap();
    let buf = terminal.backend().buffer();
    (0..height)
        .map(|y| (0..width).map(|x| buf[(x, y)].symbol()).collect::<String>() + "\n")
        .collect()
}
