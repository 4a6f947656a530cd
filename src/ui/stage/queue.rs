//! The report-back queue under the presenter's countdown: the item's own countdown and what
//! the waiting groups need of it, then each group in report-back order with its budget and
//! how long it took (issue 12, items 11 and 14).

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget};

use super::{countdown_phase, fit_parts};
use crate::app::App;
use crate::tr;
use crate::ui::rail::fit;
use crate::ui::{Ctx, mmss};
use unicode_width::UnicodeWidthStr;

/// "12:30 left · 2 groups to go · 1:30 spare": the report-back's own countdown, the groups
/// still to present (the one at the front included until it starts), and whether their
/// budgets (the one presenting: what is left of its own) fit in what the item has left.
/// While a presenter's countdown runs it carries the seconds, and this line counts whole
/// minutes ("12 min left · 2 groups to go · 1 min spare", each rounded down, a shortfall
/// up): a second figure ticking beside the big one cost a third more bytes a second on a
/// projected screen (198 against the 150 the floor allows, docs/performance.md).
pub fn report_back_left(app: &App, ctx: &Ctx) -> String {
    let s = &app.session;
    let Some(live) = &s.live else {
        return String::new();
    };
    let left_ms = s.item_remaining_ms(app.current_item(), ctx.now);
    let minutes = live
        .presentations
        .get(app.current_group())
        .is_some_and(|p| p.timer.is_running());
    // `round_up`: an amount over (time past the end, a shortfall) rather than left.
    let amount = |ms: i64, round_up: bool| {
        if minutes {
            let whole = if round_up {
                (ms + 59_999) / 60_000
            } else {
                ms / 60_000
            };
            format!("{whole} min")
        } else if round_up {
            // An overrun or a shortfall, whole seconds as the countdowns show them.
            mmss(ms / 1000)
        } else {
            mmss(countdown_phase(ms).0.max(0))
        }
    };
    let mut text = if left_ms > -1000 {
        tr!("queue-left", time = amount(left_ms.max(0), false))
    } else {
        tr!("queue-over", time = amount(-left_ms, true))
    };
    let mut to_go = 0;
    let mut needed_ms = 0i64;
    for g in s.presenters() {
        let Some(p) = live.presentations.get(g) else {
            continue;
        };
        let planned = s.presenter_seconds(g);
        if p.timer.first_started.is_none() {
            to_go += 1;
            needed_ms += p.timer.budget(planned).num_milliseconds();
        } else if g == app.current_group() {
            needed_ms += p.timer.remaining_ms(planned, ctx.now).max(0);
        }
    }
    text.push_str(" · ");
    text.push_str(&match to_go {
        0 => tr!("queue-all-presented"),
        n => tr!("queue-to-go", count = n),
    });
    if needed_ms > 0 {
        let spare = left_ms.max(0) - needed_ms;
        if spare > -1000 {
            text.push_str(" · ");
            text.push_str(&tr!("queue-spare", time = amount(spare.max(0), false)));
        } else {
            text.push_str(" · ");
            text.push_str(&tr!("queue-short", time = amount(-spare, true)));
        }
    }
    text
}

/// Draws the queue: a heading with the report-back's countdown, then one row a group in
/// report-back order; when not all fit, those around the one presenting and "+N more".
pub(super) fn render(app: &App, ctx: &Ctx, area: Rect, buf: &mut Buffer) {
    let t = ctx.theme;
    let s = &app.session;
    let Some(live) = &s.live else { return };
    let g = app.current_group();
    let heading = tr!("queue-heading", status = report_back_left(app, ctx));
    let mut lines = vec![Line::styled(fit_parts(&heading, area.width), t.dim)];
    let order = s.group_order();
    let rows = usize::from(area.height).saturating_sub(1);
    let (first, shown) = if order.len() <= rows {
        (0, order.len())
    } else {
        // A row for "+N more"; the one presenting stays in view.
        let shown = rows.saturating_sub(1);
        let at = order.iter().position(|o| *o == g).unwrap_or(0);
        (at.saturating_sub(shown / 2).min(order.len() - shown), shown)
    };
    let mut rows = Vec::new();
    for (place, i) in order.iter().copied().enumerate().skip(first).take(shown) {
        let (Some(other), Some(p)) = (s.groups.get(i), live.presentations.get(i)) else {
            continue;
        };
        let planned = s.presenter_seconds(i);
        let used = p.timer.elapsed(ctx.now).num_seconds();
        let over = p.timer.overrun(planned, ctx.now).num_seconds();
        let status = if p.absent {
            tr!("queue-absent")
        } else if i == g {
            tr!("queue-now")
        // Waiting means not yet begun, as the plan view and the question on ] count it: a
        // clock started and stopped at once has presented (0:00 used), not "waiting".
        } else if s.yet_to_present(i) {
            tr!("queue-waiting")
        } else if over > 0 {
            tr!("queue-used-over", used = mmss(used), over = mmss(over))
        } else {
            tr!("queue-used", used = mmss(used))
        };
        let row_style = if i == g {
            t.strong
        } else if p.absent {
            t.dim
        } else if over > 0 {
            t.warn
        } else {
            t.base
        };
        let budget = mmss(p.timer.budget(planned).num_seconds());
        rows.push((place + 1, &other.name, budget, status, row_style));
    }
    // The names take what the budgets and the longest status leave.
    let status_width = rows.iter().map(|r| r.3.width()).max().unwrap_or(0);
    let longest = rows.iter().map(|r| r.1.width()).max().unwrap_or(0);
    let name_width = usize::from(area.width)
        .saturating_sub(status_width + 10)
        .clamp(10.min(longest), longest);
    for (place, name, budget, status, style) in rows {
        lines.push(Line::from(vec![
            Span::styled(
                format!("{place} {} {budget:>5}  ", fit(name, name_width)),
                style,
            ),
            Span::styled(status, style),
        ]));
    }
    let hidden = order.len() - shown;
    if hidden > 0 {
        let before = first;
        let after = hidden - before;
        let words = match (before, after) {
            (0, n) => tr!("more-below", count = n),
            (n, 0) => tr!("more-above", count = n),
            (b, a) => tr!("more-above-below", above = b, below = a),
        };
        lines.push(Line::styled(words, t.dim));
    }
    Paragraph::new(lines).render(area, buf);
}
