//! The summary at the end of a session (issue 12, item 17): how long it took against the
//! plan, each group's presentation time and overrun, the commitments by owner, and the
//! exports, offered right there and named once written.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;
use unicode_width::UnicodeWidthStr;

use super::{Ctx, clip, mmss};
use crate::app::App;
use crate::domain::timer::clock_text;
use crate::report::ExportFormat;
use crate::tr;

/// `text` cut or padded to exactly `width` columns.
fn cell(text: &str, width: usize) -> String {
    let cut = clip(text, width as u16);
    let pad = width.saturating_sub(cut.width());
    format!("{cut}{}", " ".repeat(pad))
}

/// Hours and minutes: "1:11".
fn hm(minutes: i64) -> String {
    format!("{}:{:02}", minutes / 60, minutes % 60)
}

/// Draws the summary in `area`.
pub fn render(app: &App, ctx: &Ctx, area: Rect, buf: &mut Buffer) {
    let t = ctx.theme;
    let s = &app.session;
    let area = area.inner(ratatui::layout::Margin {
        horizontal: 1,
        vertical: 0,
    });
    let width = usize::from(area.width);
    let elapsed = s.session_elapsed(ctx.now).unwrap_or_default().num_minutes();
    let planned = s.planned_total().num_minutes();
    // The same words as the header and the rail.
    let against = crate::domain::schedule::drift_text_in(
        s.drift(ctx.now)
            .unwrap_or_else(|| chrono::Duration::minutes(elapsed - planned)),
        crate::i18n::current(),
    );
    let mut top: Vec<Line> = vec![
        // Whole phrases only (issue 16, item 5): the drift goes before a word is cut.
        Line::styled(
            super::stage::fit_parts(
                &tr!(
                    "summary-ended",
                    elapsed = hm(elapsed),
                    planned = hm(planned),
                    against = against
                ),
                area.width,
            ),
            t.accent,
        ),
    ];
    top.extend(
        saved_in(app, area.width)
            .into_iter()
            .map(|l| Line::styled(l, t.dim)),
    );
    top.push(Line::default());

    // Each group's turn: presenter, time used, the budget it had, and any overrun.
    let times = s.group_times(ctx.now);
    if !times.is_empty() {
        // The overrun's column as wide as its heading ("dépassement", nc16 #8).
        let over_head = tr!("summary-over");
        let over_w = over_head.width().max(6) + 1;
        let figures = 15 + over_w;
        // Names no wider than they need on a wide screen, so the figures stay beside them.
        let name_w = width.saturating_sub(figures + 3).clamp(8, 40);
        top.push(Line::styled(
            format!(
                "{}{:>7}{:>8}{over_head:>over_w$}",
                cell(&tr!("summary-presentations"), name_w + 3),
                tr!("summary-used"),
                tr!("summary-budget"),
            ),
            t.strong,
        ));
        for (place, g) in times.iter().enumerate() {
            let name = s.groups.get(g.group).map_or("", |x| x.name.as_str());
            let (used, over, style) = if g.absent {
                (tr!("queue-absent"), String::new(), t.dim)
            } else if g.used == 0 {
                ("—".to_string(), String::new(), t.dim)
            } else if g.over > 0 {
                (mmss(g.used), clock_text(g.over, true), t.warn)
            } else {
                (mmss(g.used), "—".to_string(), t.base)
            };
            top.push(Line::from(vec![
                Span::styled(format!("{:>2} ", place + 1), t.dim),
                Span::styled(cell(name, name_w), t.base),
                Span::styled(format!("{used:>7}{:>8}", mmss(g.budget)), t.base),
                Span::styled(format!("{over:>over_w$}"), style),
            ]));
        }
        top.push(Line::default());
    }

    // The exports, always on screen: what each key writes, and where it went once written.
    let mut bottom: Vec<Line> = vec![
        Line::default(),
        Line::styled(tr!("summary-exports"), t.strong),
    ];
    for (key, format, words) in [
        ("o", ExportFormat::Md, tr!("summary-outcome")),
        ("i", ExportFormat::Ics, tr!("summary-calendar")),
    ] {
        let written = app
            .host()
            .and_then(|h| h.exports.iter().find(|(f, _)| *f == format))
            .map(|(_, path)| path.display().to_string());
        let room = width.saturating_sub(4 + words.width());
        let mut below = None;
        let (tail, style) = match written {
            // Issue 16, item 5: the file name whole, its folders shortened first; on a row
            // of its own when it does not fit beside the words.
            Some(path) => {
                let said = format!(" · {}", tr!("summary-written", path = ""));
                let name = path.rsplit('/').next().unwrap_or_default().width();
                let beside = room.saturating_sub(said.width());
                if name + 2 <= beside {
                    let path = crate::ui::cut::short_path(&path, beside);
                    (format!("{said}{path}"), t.calm)
                } else {
                    below = Some(crate::ui::cut::short_path(&path, width.saturating_sub(4)));
                    (said.trim_end().to_string(), t.calm)
                }
            }
            None => (format!(" · {}", tr!("summary-beside")), t.dim),
        };
        bottom.push(Line::from(vec![
            Span::styled(format!(" {key}  "), t.key),
            Span::styled(words, t.base),
            Span::styled(crate::ui::cut::clip_words(&tail, room as u16), style),
        ]));
        if let Some(path) = below {
            bottom.push(Line::styled(format!("    {path}"), t.calm));
        }
    }

    // Who owes what, as many owners as fit between the two.
    let owners = s.commitments_by_owner();
    let count: usize = owners.iter().map(|(_, list)| list.len()).sum();
    let room = usize::from(area.height).saturating_sub(top.len() + bottom.len());
    // nc15 #8: a follow-up meeting reads back what became of the earlier commitments too,
    // sharing the rows with the new ones (each list keeps at least half when both are long).
    let carried = s.live.as_ref().map_or(&[][..], |l| &l.carried[..]);
    let owners_need = owners.len().max(usize::from(carried.is_empty())) + 1;
    let carried_room = match carried.len() {
        0 => 0,
        n => (2 * n + 1).min(room.saturating_sub(owners_need).max(room / 2)),
    };
    let mut middle = super::summary_carried::lines(carried, ctx, area.width, carried_room);
    let room = room.saturating_sub(middle.len() + 1);
    middle.push(Line::styled(
        tr!("summary-by-owner", count = count),
        t.strong,
    ));
    // A follow-up meeting with nothing new: its heading's "(0)" says so in one row.
    if owners.is_empty() && carried.is_empty() {
        middle.push(Line::styled(tr!("summary-none"), t.dim));
    }
    let owner_w = (width / 3).clamp(8, 24);
    let shown = if owners.len() > room {
        room.saturating_sub(1)
    } else {
        owners.len()
    };
    for (owner, list) in owners.iter().take(shown) {
        let what: Vec<String> = list
            .iter()
            .map(|c| format!("{} {}", c.id, c.what))
            .collect();
        middle.push(Line::from(vec![
            Span::styled(cell(owner, owner_w), t.accent),
            Span::styled(format!(" {:>2}  ", list.len()), t.dim),
            Span::styled(
                clip(&what.join("; "), width.saturating_sub(owner_w + 5) as u16),
                t.base,
            ),
        ]));
    }
    if shown < owners.len() {
        middle.push(Line::styled(
            tr!("summary-more-owners", count = owners.len() - shown),
            t.dim,
        ));
    }

    // The exports keep the last rows whatever comes above them.
    let exports_y = area
        .bottom()
        .saturating_sub(bottom.len() as u16)
        .max(area.y);
    let rows = (area.y..exports_y).zip(top.into_iter().chain(middle));
    for (y, line) in rows.chain((exports_y..area.bottom()).zip(bottom)) {
        line.render(
            Rect {
                y,
                height: 1,
                ..area
            },
            buf,
        );
    }
}

/// "Saved in …" with the file's name whole: its folders give way first, and when the name
/// does not fit beside the words it goes on a line of its own (nc16b #7: at 80 columns
/// "…/2026-11-26-ateli…" lost the name the facilitator resumes or sends).
fn saved_in(app: &App, width: u16) -> Vec<String> {
    let path = app
        .host()
        .map(|h| h.file.display().to_string())
        .unwrap_or_default();
    let name = path.rsplit('/').next().unwrap_or_default();
    let label = tr!("stage-saved-in", path = "");
    let room = usize::from(width).saturating_sub(label.width());
    if name.width() <= room {
        let shown = crate::ui::cut::short_path(&path, room);
        return vec![clip(&tr!("stage-saved-in", path = shown), width)];
    }
    let mut lines = vec![label.trim_end().to_string()];
    if name.width() <= usize::from(width) {
        lines.push(crate::ui::cut::short_path(&path, usize::from(width)));
        return lines;
    }
    // Wider than the pane: the name broken after its dashes, over as many lines as it takes.
    let mut line = String::new();
    for piece in name.split_inclusive('-') {
        if !line.is_empty() && line.width() + piece.width() > usize::from(width) {
            lines.push(std::mem::take(&mut line));
        }
        line.push_str(piece);
    }
    lines.push(clip(&line, width));
    lines
}
