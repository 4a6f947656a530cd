//! Frames against what the terminal shows: a full comparison after an event, on a new
//! minute or with a form or dialog open; otherwise only the countdown's region is redrawn
//! and compared (a full-screen diff cost more than the whole of such a tick).

use chrono::{DateTime, FixedOffset, Utc};
use std::io::{self, Write};

use ratatui::backend::Backend;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

use crate::app::App;
use crate::lean_backend::LeanBackend;
use crate::ui::{self, Ctx, Theme};

/// What the terminal shows now, and what the last full frame depended on.
#[derive(Default)]
pub struct Screen {
    shown: Buffer,
    next: Buffer,
    /// Events handled, the slow figures on screen, and the size at the last full frame.
    key: Option<(u64, [i64; 5], Rect)>,
    /// Where the countdown is, as reported by the last frame.
    countdown: Option<Rect>,
}

impl Screen {
    /// Brings the terminal up to date for `now`. `events` counts everything handled that may
    /// change more than the countdown (keys, resizes, saves); the caller bumps it.
    #[allow(clippy::too_many_arguments)]
    pub fn draw<W: Write>(
        &mut self,
        backend: &mut LeanBackend<W>,
        area: Rect,
        events: u64,
        app: &App,
        theme: &Theme,
        offset: FixedOffset,
        now: DateTime<Utc>,
    ) -> io::Result<()> {
        if self.shown.area != area {
            backend.set_columns(area.width);
            backend.clear()?;
            self.shown = Buffer::empty(area);
            self.key = None;
        }
        let key = (events, ui::slow_figures(app, now, offset), area);
        let overlay = app.form.is_some() || app.help || app.confirm.is_some();
        let region = self.countdown.filter(|_| !overlay && self.key == Some(key));
        let ctx = Ctx {
            now,
            offset,
            theme,
            ticking_only: region.is_some(),
            damage: Default::default(),
        };
        match region {
            Some(region) => {
                let before = copy_region(&self.shown, region);
                ui::render(app, &ctx, area, &mut self.shown);
                let after = copy_region(&self.shown, region);
                backend.draw(before.diff(&after).into_iter())?;
            }
            None => {
                self.next.resize(area);
                self.next.reset();
                ui::render(app, &ctx, area, &mut self.next);
                backend.draw(self.shown.diff(&self.next).into_iter())?;
                std::mem::swap(&mut self.shown, &mut self.next);
                self.key = (!overlay).then_some(key);
            }
        }
        self.countdown = ctx.damage.get();
        backend.hide_cursor()?;
        backend.flush()
    }

    /// The cells the terminal shows, for tests.
    pub fn shown(&self) -> &Buffer {
        &self.shown
    }
}

/// The cells of `region` (in screen coordinates) as a buffer of their own.
fn copy_region(from: &Buffer, region: Rect) -> Buffer {
    let region = region.intersection(from.area);
    let mut out = Buffer::empty(region);
    for y in region.top()..region.bottom() {
        for x in region.left()..region.right() {
            out[(x, y)].clone_from(&from[(x, y)]);
        }
    }
    out
}
