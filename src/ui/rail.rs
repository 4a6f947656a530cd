//! The agenda rail: every item with planned and actual minutes, and how the
//! session stands against its plan.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Widget};

use super::Ctx;
use crate::app::App;
use crate::domain::schedule::{ItemState, drift_text_in};
use crate::tr;

pub fn render(app: &App, ctx: &Ctx, area: Rect, buf: &mut Buffer) {
    let t = ctx.theme;
    let block = Block::new().borders(Borders::RIGHT).border_style(t.border);
    let inner = block.inner(area);
    block.render(area, buf);
    let s = &app.session;
    let summary_rows = if s.session_elapsed(ctx.now).is_some() {
        5
    } else {
        2
    };
    let [list, summary] =
        Layout::vertical([Constraint::Fill(1), Constraint::Length(summary_rows)]).areas(inner);
    let width = list.width as usize;
    let mut lines = vec![Line::from(vec![
        Span::styled(
            format!(
                "{:<w$}",
                format!(" {}", tr!("rail-agenda")),
                w = width.saturating_sub(10)
            ),
            t.strong,
        ),
        Span::styled(format!(" {}", tr!("rail-plan-real")), t.dim),
    ])];
    // The running order, as changed live; items taken out are not shown.
    let order = s.item_order();
    for i in order.iter().copied() {
        let Some(item) = s.agenda.get(i) else {
            continue;
        };
        let state = s.item_state(i);
        let (mark, style) = match state {
            ItemState::Done => ("✓", t.dim),
            ItemState::Current => ("▶", t.selected),
            ItemState::Next => ("›", t.strong),
            ItemState::Later => (" ", t.base),
        };
        let elapsed = s.item_elapsed(i, ctx.now);
        let real = if s
            .live
            .as_ref()
            .and_then(|l| l.items.get(i))
            .is_some_and(|r| !r.spans.is_empty())
        {
            format!("{:>4}", elapsed.num_minutes())
        } else {
            "    ".to_string()
        };
        let over = elapsed.num_minutes() > i64::from(item.minutes);
        let title_width = width.saturating_sub(13);
        // Issue 16, item 5: a title too long loses whole words.
        let title = fit(
            &super::cut::clip_words(&item.title, title_width as u16),
            title_width,
        );
        let row_style = style;
        lines.push(Line::from(vec![
            Span::styled(format!(" {mark} {title}"), row_style),
            Span::styled(
                format!("{:>5}", item.minutes),
                if state == ItemState::Current {
                    row_style
                } else {
                    t.dim
                },
            ),
            Span::styled(
                real,
                if over {
                    t.warn
                } else if state == ItemState::Current {
                    row_style
                } else {
                    t.base
                },
            ),
        ]));
    }
    let visible = list.height as usize;
    let current = s.item_place(app.current_item()).0;
    let skip = if lines.len() > visible {
        current
            .saturating_sub(visible / 2)
            .min(lines.len() - visible)
    } else {
        0
    };
    for (row, line) in lines
        .into_iter()
        .skip(if skip > 0 { skip + 1 } else { 0 })
        .take(visible)
        .enumerate()
    {
        line.render(
            Rect {
                y: list.y + row as u16,
                height: 1,
                ..list
            },
            buf,
        );
    }
    let mut info = Vec::new();
    match (
        s.live.as_ref().and_then(|l| l.started_at),
        s.planned_end(),
        s.projected_end(ctx.now),
        s.drift(ctx.now),
    ) {
        (Some(start), Some(plan), Some(projected), Some(drift)) => {
            let ended = app.ended();
            let labels = [
                tr!("rail-started"),
                tr!("rail-plan-end"),
                if ended {
                    tr!("rail-ended")
                } else {
                    tr!("rail-now-ends")
                },
            ];
            // The times in one column after the longest label (10 wide in English).
            let w = labels
                .iter()
                .map(|l| l.chars().count())
                .max()
                .unwrap_or(0)
                .max(10);
            let row = |label: &str, at| format!(" {label:<w$} {}", ctx.local_hm(at));
            info.push(Line::styled(row(&labels[0], start), t.base));
            info.push(Line::styled(row(&labels[1], plan), t.base));
            info.push(Line::styled(row(&labels[2], projected), t.strong));
            let style = if drift.num_minutes() >= 5 {
                t.warn
            } else {
                t.calm
            };
            info.push(Line::styled(
                format!(" {}", drift_text_in(drift, crate::i18n::current())),
                style,
            ));
        }
        _ => {
            let total = s.planned_total().num_minutes();
            info.push(Line::styled(
                format!(
                    " {}",
                    tr!(
                        "rail-planned",
                        time = format!("{}:{:02}", total / 60, total % 60)
                    )
                ),
                t.base,
            ));
        }
    }
    for (row, line) in info.into_iter().enumerate() {
        let y = summary.y + 1 + row as u16;
        if y < summary.bottom() {
            line.render(
                Rect {
                    y,
                    height: 1,
                    ..summary
                },
                buf,
            );
        }
    }
}

/// Exactly `width` columns: cut with an ellipsis or padded with spaces, by display width.
pub fn fit(text: &str, width: usize) -> String {
    use unicode_width::UnicodeWidthStr;
    let mut out = super::clip(text, u16::try_from(width).unwrap_or(u16::MAX));
    let w = out.width();
    out.extend(std::iter::repeat_n(' ', width.saturating_sub(w)));
    out
}
