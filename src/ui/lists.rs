//! The commitments table and the people list (the notes are in `notes`).

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{
    Block, Borders, Cell, HighlightSpacing, Paragraph, Row, StatefulWidget, Table, TableState,
    Widget, Wrap,
};

use super::{Ctx, columns};
use crate::app::App;
use crate::domain::{Anchor, Session, Status};

/// Where a note or commitment came from, in a few words.
pub fn anchor_label(s: &Session, anchor: Anchor) -> String {
    match anchor.group.and_then(|g| s.groups.get(g)) {
        Some(group) => group.name.clone(),
        None => s
            .agenda
            .get(anchor.item)
            .map_or_else(String::new, |i| i.title.clone()),
    }
}

/// The full commitments screen.
pub fn commitments(app: &App, ctx: &Ctx, area: Rect, buf: &mut Buffer) {
    let t = ctx.theme;
    let [title, table] = Layout::vertical([Constraint::Length(1), Constraint::Fill(1)]).areas(area);
    let count = app.commitment_count();
    let deleted = app.commitment_rows() - count;
    // Issue 14 item 6: only the facilitator has d here.
    let heading = if deleted > 0 && app.remote().is_none() {
        format!(" COMMITMENTS ({count} · {deleted} deleted, d restores)")
    } else if deleted > 0 {
        format!(" COMMITMENTS ({count} · {deleted} deleted)")
    } else {
        format!(" COMMITMENTS ({count})")
    };
    Line::from(vec![Span::styled(heading, t.accent)]).render(title, buf);
    commitment_table(app, ctx, table, buf, true);
}

/// A table of commitments; with `selectable`, the selected row is highlighted and kept in view.
pub fn commitment_table(app: &App, ctx: &Ctx, area: Rect, buf: &mut Buffer, selectable: bool) {
    let t = ctx.theme;
    let s = &app.session;
    let list = s.live.as_ref().map_or(&[][..], |l| &l.commitments[..]);
    if list.is_empty() {
        // Issue 14 item 6: a viewer is not told to press a key it does not have.
        let viewer = app
            .remote()
            .is_some_and(|r| r.role == crate::live::protocol::Role::Viewer);
        let empty = if viewer {
            "No commitments yet."
        } else {
            "No commitments yet. Press c to record one: what, who, by when."
        };
        Paragraph::new(Line::styled(empty, t.dim))
            .wrap(Wrap { trim: true })
            .render(area, buf);
        return;
    }
    let today = ctx.today();
    // Below 100 columns the action matters more than where it came from.
    let narrow = area.width < 100;
    let widths: Vec<Constraint> = if narrow {
        vec![
            Constraint::Length(3),
            Constraint::Fill(2),
            Constraint::Fill(1),
            Constraint::Length(12),
            Constraint::Length(11),
        ]
    } else {
        vec![
            Constraint::Length(4),
            Constraint::Fill(3),
            Constraint::Fill(2),
            Constraint::Length(13),
            Constraint::Fill(1),
            Constraint::Length(11),
        ]
    };
    let cut_to = columns::widths(area.width, u16::from(selectable), &widths, 1);
    let rows = list.iter().map(|c| {
        let overdue = c.deadline < today && matches!(c.status, Status::Open | Status::InProgress);
        let deadline = c.deadline.format("%-d %b %Y").to_string();
        let deadline = if overdue {
            format!("{deadline} !")
        } else {
            deadline
        };
        let mut texts = vec![c.id.clone(), c.what.clone(), c.owner.clone(), deadline];
        if !narrow {
            texts.push(anchor_label(s, c.anchor));
        }
        // A deleted one stays listed, struck out, until restored: no colour needed.
        texts.push(
            if c.deleted {
                "deleted"
            } else {
                c.status.label()
            }
            .to_string(),
        );
        let row_style = if c.deleted {
            t.dim.add_modifier(ratatui::style::Modifier::CROSSED_OUT)
        } else {
            t.base
        };
        // Issue 11 (newcomer finding 19): a cell that does not fit ends with "…".
        let cells = texts.iter().enumerate().map(|(i, text)| {
            let style = if i == 3 && overdue && !c.deleted {
                t.warn
            } else {
                row_style
            };
            Cell::from(Span::styled(columns::cut(text, &cut_to, i), style))
        });
        Row::new(cells).style(row_style)
    });
    let mut header = vec!["ID", "What", "Owner", "Deadline"];
    if !narrow {
        header.push("From");
    }
    header.push("Status");
    let table = Table::new(rows, widths)
        .header(Row::new(header).style(t.strong))
        .row_highlight_style(t.selected)
        // A mark that needs no colour: NO_COLOR still shows which row `s` and `e` act on.
        .highlight_symbol(if selectable { "›" } else { "" })
        .highlight_spacing(if selectable {
            HighlightSpacing::Always
        } else {
            HighlightSpacing::Never
        })
        .column_spacing(1)
        .block(Block::new().borders(Borders::TOP).border_style(t.border));
    let mut state = TableState::default();
    if selectable {
        state.select(Some(app.selection.commitment.min(list.len() - 1)));
    } else {
        // Outside the list screen, keep the newest in view.
        let visible = area.height.saturating_sub(2) as usize;
        *state.offset_mut() = list.len().saturating_sub(visible);
    }
    StatefulWidget::render(table, area, buf, &mut state);
}

/// Who joined the live session, for the facilitator; `x` disconnects the selected one.
pub fn people(app: &App, ctx: &Ctx, area: Rect, buf: &mut Buffer) {
    let t = ctx.theme;
    let people: &[(u64, String)] = app.host().map_or(&[], |h| &h.people);
    let [title, body] = Layout::vertical([Constraint::Length(1), Constraint::Fill(1)]).areas(area);
    Line::from(vec![Span::styled(
        format!(" PEOPLE JOINED ({})", people.len()),
        t.accent,
    )])
    .render(title, buf);
    if let Some(why) = app.host().and_then(|h| h.sharing_warning.as_ref()) {
        Paragraph::new(Line::styled(
            format!("Note-takers cannot join now: {why}"),
            t.warn,
        ))
        .wrap(Wrap { trim: true })
        .render(body, buf);
        return;
    }
    if people.is_empty() {
        Paragraph::new(Line::styled("Nobody has joined. Note-takers run `plenary join` on this machine (ssh -t HOST plenary join).", t.dim))
            .wrap(Wrap { trim: true })
            .render(body, buf);
        return;
    }
    for (i, (_, label)) in people.iter().enumerate().take(body.height as usize) {
        let (mark, style) = if i == app.selection.person {
            ("›", t.selected)
        } else {
            (" ", t.base)
        };
        Line::styled(format!("{mark}{label}"), style).render(
            Rect {
                y: body.y + i as u16,
                height: 1,
                ..body
            },
            buf,
        );
    }
}
