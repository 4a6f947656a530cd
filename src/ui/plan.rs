//! The plan view (5): the agenda in running order and the report-back order, side by side
//! on a wide screen, one above the other on a narrow one, with the last changes made live.

use crate::tr;
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;
use unicode_width::UnicodeWidthStr;

use super::rail::fit;
use super::{Ctx, mmss};
use crate::app::{App, PlanPane};
use crate::domain::schedule::ItemState;
use crate::domain::time_of_day;

pub fn render(app: &App, ctx: &Ctx, area: Rect, buf: &mut Buffer) {
    let t = ctx.theme;
    let s = &app.session;
    let changes = s.live.as_ref().map_or(&[][..], |l| &l.plan_changes[..]);
    let editing = s.is_editing();
    let log_rows = if area.height >= 16 && !editing {
        (changes.len().min(3) as u16).saturating_add(u16::from(!changes.is_empty()))
    } else {
        0
    };
    let [title, lists, log] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Fill(1),
        Constraint::Length(log_rows),
    ])
    .areas(area);
    // Issue 16, item 5: what does not fit is left out a whole phrase at a time.
    Line::styled(
        super::stage::fit_parts(
            &if editing && s.starts.is_none() {
                tr!("plan-heading-editing-offsets")
            } else if editing {
                tr!("plan-heading-editing")
            } else {
                tr!("plan-heading")
            },
            title.width,
        ),
        t.accent,
    )
    .render(title, buf);
    // One above the other, the agenda taking the rows it needs (at most about half).
    let item_count = s.item_order().len() as u16;
    let [items, _, groups] = Layout::vertical([
        Constraint::Length((item_count + 1).min(lists.height.saturating_sub(3) / 2 + 1)),
        Constraint::Length(1),
        Constraint::Fill(1),
    ])
    .areas(lists);
    let pane = app.selection.plan_pane;
    let mut start = 0u32;
    let item_rows: Vec<(String, Style)> = s
        .item_order()
        .into_iter()
        .enumerate()
        .filter_map(|(place, i)| {
            let item = s.agenda.get(i)?;
            if editing {
                // Before the session: when each item starts, its kind and its minutes.
                let at = match s.starts {
                    Some(t) => time_of_day::text(time_of_day::after(t, i64::from(start))),
                    None => format!("{}:{:02}", start / 60, start % 60),
                };
                start = start.saturating_add(item.minutes);
                let kind = crate::i18n::keys::kind_label(item.kind);
                let tail = format!(" {kind:<15} {:>4} min", item.minutes);
                // Columns, not bytes: "Plénière" is 8 columns of 10 bytes (nc16b #12).
                let room = (items.width as usize).saturating_sub(tail.width() + 12);
                return Some((
                    format!("{:>2} {at:>5}  {}{tail}", place + 1, fit(&item.title, room)),
                    t.base,
                ));
            }
            let (mark, style) = match s.item_state(i) {
                ItemState::Done => ("✓", t.dim),
                ItemState::Current => ("▶", t.strong),
                ItemState::Next | ItemState::Later => (" ", t.base),
            };
            let minutes = format!("{:>4} min", item.minutes);
            let room = (items.width as usize).saturating_sub(minutes.width() + 8);
            Some((
                format!(
                    "{mark} {:>2} {} {minutes}",
                    place + 1,
                    fit(&item.title, room)
                ),
                style,
            ))
        })
        .collect();
    list(
        ctx,
        &tr!("plan-agenda"),
        &item_rows,
        (pane == PlanPane::Items).then_some(app.selection.plan_item),
        items,
        buf,
    );
    let live = s.live.as_ref();
    let mut group_rows: Vec<(String, Style)> = s
        .group_order()
        .into_iter()
        .enumerate()
        .filter_map(|(place, g)| {
            let group = s.groups.get(g)?;
            let record = live.and_then(|l| l.presentations.get(g));
            let presented = record.is_some_and(|p| p.timer.first_started.is_some());
            // The group at the front of the report-back is presenting, not done.
            let now = app.current_kind() == Some(crate::domain::ItemKind::Presentations)
                && app.current_group() == g
                && app.started()
                && !app.ended();
            let (state, style) = if s.is_absent(g) {
                let state = if editing {
                    tr!("plan-taken-out")
                } else {
                    tr!("plan-absent")
                };
                (state, t.dim)
            } else if now && presented {
                (tr!("queue-now"), t.strong)
            } else if presented {
                (tr!("plan-presented"), t.dim)
            } else {
                (String::new(), t.base)
            };
            // The budget as adjusted with + and -, as the queue and the exports count it.
            let planned = s.presenter_seconds(g);
            let budget = mmss(record.map_or(planned, |p| p.timer.budget(planned).num_seconds()));
            let who = if group.presenter.is_empty() {
                String::new()
            } else {
                format!(" · {}", group.presenter)
            };
            let tail = format!(" {budget} {state:<9}");
            let room = (groups.width as usize).saturating_sub(tail.width() + 6);
            Some((
                format!(
                    "{:>2} {}{tail}",
                    place + 1,
                    fit(&format!("{}{who}", group.name), room)
                ),
                style,
            ))
        })
        .collect();
    // nc13b #12: an empty list said nothing; in the editor, how to add the first group.
    if group_rows.is_empty() {
        let hint = if s.is_editing() {
            tr!("plan-no-groups-editing")
        } else {
            tr!("plan-no-groups")
        };
        group_rows.push((hint, t.dim));
    }
    list(
        ctx,
        &tr!("plan-report-back-order"),
        &group_rows,
        (pane == PlanPane::Groups).then_some(app.selection.plan_group),
        groups,
        buf,
    );
    if log_rows > 0 {
        let mut lines = vec![Line::styled(tr!("plan-changed-live"), t.strong)];
        for c in changes.iter().rev().take(3) {
            lines.push(Line::styled(
                fit(
                    &format!(" {} {}: {}", ctx.local_hm(c.at), c.by.name, c.change),
                    log.width as usize,
                ),
                t.dim,
            ));
        }
        for (row, line) in lines.into_iter().enumerate() {
            line.render(
                Rect {
                    y: log.y + row as u16,
                    height: 1,
                    ..log
                },
                buf,
            );
        }
    }
}

/// A titled list; with `selected`, that row is marked "›" (no colour needed) and kept in view.
fn list(
    ctx: &Ctx,
    heading: &str,
    rows: &[(String, Style)],
    selected: Option<usize>,
    area: Rect,
    buf: &mut Buffer,
) {
    let t = ctx.theme;
    if area.height == 0 {
        return;
    }
    let focused = selected.is_some();
    let mark = if focused { "›" } else { " " };
    let visible = area.height.saturating_sub(1) as usize;
    let chosen = selected.unwrap_or(0);
    let skip = if rows.len() > visible {
        chosen.saturating_sub(visible.saturating_sub(1))
    } else {
        0
    };
    // Rows out of view are counted in the heading, never cut without a sign.
    let hidden = rows.len().saturating_sub(visible);
    let heading = if hidden > 0 {
        tr!("plan-more", heading = heading, count = hidden)
    } else {
        heading.to_string()
    };
    Line::from(vec![
        Span::styled(mark, t.accent),
        Span::styled(
            fit(&heading, area.width.saturating_sub(1) as usize),
            if focused { t.accent } else { t.strong },
        ),
    ])
    .render(Rect { height: 1, ..area }, buf);
    for (row, (i, (text, style))) in rows.iter().enumerate().skip(skip).take(visible).enumerate() {
        let here = selected == Some(i);
        let line = Line::from(vec![
            Span::styled(if here { "›" } else { " " }, t.accent),
            Span::styled(
                fit(text, area.width.saturating_sub(1) as usize),
                if here { t.selected } else { *style },
            ),
        ]);
        line.render(
            Rect {
                y: area.y + 1 + row as u16,
                height: 1,
                ..area
            },
            buf,
        );
    }
}
