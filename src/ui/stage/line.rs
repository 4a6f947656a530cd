//! The compact timer line: the current item's timer in one row (who or what, the time left
//! or over, the phase in words), kept in sight on every view and above every form while
//! commitments are recorded (issue 12, item 6).

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;
use unicode_width::UnicodeWidthStr;

use super::{countdown_text, item_phase};
use crate::app::App;
use crate::domain::ItemKind;
use crate::domain::timer::Phase;
use crate::tr;
use crate::ui::{Ctx, clip, mmss};

/// What the line says, worked out once so a view can ask whether there is one.
pub struct TimerLine {
    /// The group presenting, or the item's title.
    pub name: String,
    /// Time left (`2:41`) or over (`+0:31`).
    pub time: String,
    /// The phase in words, readable without colour.
    pub phase: String,
    style: Style,
}

/// The current item's timer, or `None` before the start, after the end, or with no item.
pub fn timer_line(app: &App, ctx: &Ctx) -> Option<TimerLine> {
    let s = &app.session;
    if !app.started() || app.ended() {
        return None;
    }
    let i = app.current_item();
    let item = s.agenda.get(i)?;
    let g = app.current_group();
    let presenting = matches!(item.kind, ItemKind::Presentations);
    let group = s.groups.get(g).filter(|_| presenting);
    let timer = s
        .live
        .as_ref()
        .and_then(|l| l.presentations.get(g))
        .map(|p| &p.timer);
    let (name, shown, phase) = match (group, timer) {
        (Some(group), Some(timer)) => {
            let planned = s.presenter_seconds(g);
            (
                group.name.clone(),
                timer.display_seconds(planned, ctx.now),
                timer.phase(planned, ctx.now),
            )
        }
        _ => {
            let (shown, phase) = item_phase(app, ctx);
            (item.title.clone(), shown, phase)
        }
    };
    Some(TimerLine {
        name,
        time: countdown_text(shown),
        phase: compact_words(phase, shown),
        style: ctx.theme.phase(phase),
    })
}

/// The phase in the fewest words that are still true: a paused timer says PAUSED in every
/// phase (issue 12, item 1), with the overrun beside it.
pub fn compact_words(phase: Phase, shown_seconds: i64) -> String {
    match phase {
        Phase::Ready => tr!("word-ready"),
        Phase::Running => tr!("phase-running"),
        Phase::Paused if shown_seconds < 0 => {
            tr!("compact-paused-over", time = mmss(-shown_seconds))
        }
        Phase::Paused => tr!("word-paused"),
        Phase::Warning => tr!("phase-warning"),
        Phase::Time => tr!("phase-time"),
        Phase::Overrun => tr!("word-over", time = mmss(-shown_seconds)),
    }
}

impl TimerLine {
    /// Draws the line in one row: the time and the phase always whole, the name cut with "…"
    /// to leave them room (and left out when not even a few columns remain).
    pub fn render(&self, ctx: &Ctx, area: Rect, buf: &mut Buffer) {
        let t = ctx.theme;
        buf.set_style(area, t.base);
        let timing = format!(" {} {} ", self.time, self.phase);
        let room = usize::from(area.width).saturating_sub(timing.width() + 3);
        let mut spans = vec![Span::styled(timing, self.style)];
        if room >= 4 {
            spans.push(Span::styled("· ", t.dim));
            spans.push(Span::styled(clip(&self.name, room as u16), t.strong));
        }
        Line::from(spans).render(area, buf);
    }
}
