//! The commitments table and the people list (the notes are in `notes`).

use crate::tr;
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span, Text};
use ratatui::widgets::{
    Block, Borders, Cell, HighlightSpacing, Paragraph, Row, StatefulWidget, Table, TableState,
    Widget, Wrap,
};

use unicode_width::UnicodeWidthStr;

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
        tr!(
            "list-commitments-deleted-d",
            count = count,
            deleted = deleted
        )
    } else if deleted > 0 {
        tr!("list-commitments-deleted", count = count, deleted = deleted)
    } else {
        tr!("list-commitments", count = count)
    };
    Line::from(vec![Span::styled(heading, t.accent)]).render(title, buf);
    commitment_table(app, ctx, table, buf, true);
}

/// A table of commitments; with `selectable`, the selected row is highlighted and kept in view.
pub fn commitment_table(app: &App, ctx: &Ctx, area: Rect, buf: &mut Buffer, selectable: bool) {
    let t = ctx.theme;
    let s = &app.session;
    let list = s.live.as_ref().map_or(&[][..], |l| &l.commitments[..]);
    // nc14 #5: my new commitments the host has not applied yet, after the others.
    let known = list.len();
    let waiting = app.waiting_commitments();
    let with_waiting: Vec<crate::domain::Commitment>;
    let list = if waiting.is_empty() {
        list
    } else {
        with_waiting = list.iter().cloned().chain(waiting).collect();
        &with_waiting[..]
    };
    if list.is_empty() {
        // Issue 14 item 6: a viewer is not told to press a key it does not have.
        let viewer = app
            .remote()
            .is_some_and(|r| r.role == crate::live::protocol::Role::Viewer);
        let empty = if viewer {
            tr!("list-no-commitments")
        } else {
            tr!("list-no-commitments-c")
        };
        Paragraph::new(Line::styled(empty, t.dim))
            .wrap(Wrap { trim: true })
            .render(area, buf);
        return;
    }
    let today = ctx.today();
    // Below 100 columns the action matters more than where it came from; in the table view
    // (2) each commitment then takes two rows, so the action gets two lines and where it
    // came from stays readable under its owner (issue 14, item 5).
    let narrow = area.width < 100;
    let two_rows = narrow && selectable;
    // The owner and where it came from get what their longest entry needs, up to a share
    // of the row; the action gets the rest (it was cut to 24 columns with room to spare).
    let longest = |text: &dyn Fn(&crate::domain::Commitment) -> String, head: &str| {
        list.iter()
            .map(|c| text(c).width())
            .chain([head.width()])
            .max()
            .unwrap_or(0) as u16
    };
    let lang = crate::i18n::current();
    let head = |id| match id {
        "owner" => tr!("list-owner"),
        "from" => tr!("list-from"),
        _ => tr!("list-deadline"),
    };
    let owners = longest(&|c| c.owner.clone(), &head("owner"));
    let froms = longest(&|c| anchor_label(s, c.anchor), &head("from"));
    // Issue 16: a date as the language writes it ("15 janv. 2027") is not cut.
    let date = longest(
        &|c| crate::i18n::date::short(c.deadline, lang),
        &head("deadline"),
    );
    let room = |fixed: u16| area.width.saturating_sub(u16::from(selectable) + fixed);
    // Issue 16, item 5: the owner's column is at least as wide as its short heading.
    let (owner_short, owner_from_short) = (tr!("list-owner-short"), tr!("list-owner-from-short"));
    let widths: Vec<Constraint> = if two_rows {
        let avail = room(3 + 13 + 3);
        let who = owners
            .max(froms)
            .min(avail / 3)
            .max(owner_from_short.width() as u16);
        vec![
            Constraint::Length(3),
            Constraint::Length(avail - who),
            Constraint::Length(who),
            Constraint::Length(date.max(13)),
        ]
    } else if narrow {
        let avail = room(3 + 12 + 11 + 4);
        let owner = owners.min(avail / 3).max(owner_short.width() as u16);
        vec![
            Constraint::Length(3),
            Constraint::Length(avail - owner),
            Constraint::Length(owner),
            Constraint::Length(date.max(12)),
            Constraint::Length(11),
        ]
    } else {
        let avail = room(4 + 13 + 11 + 5);
        let owner = owners.min(avail / 3).max(owner_short.width() as u16);
        let from = froms.min(avail / 5);
        vec![
            Constraint::Length(4),
            Constraint::Length(avail - owner - from),
            Constraint::Length(owner),
            Constraint::Length(date.max(13)),
            Constraint::Length(from),
            Constraint::Length(11),
        ]
    };
    let cut_to = columns::widths(area.width, u16::from(selectable), &widths, 1);
    let rows = list.iter().enumerate().map(|(i, c)| {
        let overdue = c.deadline < today
            && matches!(c.status, Status::Open | Status::InProgress)
            && c.superseded_by.is_none();
        let deadline = crate::i18n::date::short(c.deadline, lang);
        let deadline = if overdue {
            format!("{deadline} !")
        } else {
            deadline
        };
        // A deleted one stays listed, struck out, until restored: no colour needed.
        let status = if i >= known {
            tr!("list-saving")
        } else if c.deleted {
            tr!("list-deleted")
        } else if c.superseded_by.is_some() {
            // nc15 #2: agreed again at a later meeting, no longer owed here.
            tr!("list-re-agreed")
        } else {
            crate::i18n::keys::status_label(c.status)
        };
        let row_style = if c.deleted {
            t.dim.add_modifier(ratatui::style::Modifier::CROSSED_OUT)
        } else {
            t.base
        };
        let deadline_style = if overdue && !c.deleted {
            t.warn
        } else {
            row_style
        };
        if two_rows {
            let what = cut_to.get(1).copied().unwrap_or(1);
            let mut action = super::read_back::wrap_wide(&c.what, what, 2);
            action.resize(2, String::new());
            let cells = [
                vec![(c.id.clone(), row_style)],
                action.into_iter().map(|l| (l, row_style)).collect(),
                vec![
                    (c.owner.clone(), row_style),
                    (anchor_label(s, c.anchor), t.dim),
                ],
                vec![(deadline, deadline_style), (status, row_style)],
            ];
            let cells = cells.into_iter().enumerate().map(|(i, lines)| {
                let lines: Vec<Line> = lines
                    .into_iter()
                    .map(|(text, style)| Line::styled(columns::cut(&text, &cut_to, i), style))
                    .collect();
                Cell::from(Text::from(lines))
            });
            return Row::new(cells).style(row_style).height(2);
        }
        let mut texts = vec![c.id.clone(), c.what.clone(), c.owner.clone(), deadline];
        if !narrow {
            texts.push(anchor_label(s, c.anchor));
        }
        texts.push(status);
        // Issue 11 (newcomer finding 19): a cell that does not fit ends with "…".
        let cells = texts.iter().enumerate().map(|(i, text)| {
            let style = if i == 3 { deadline_style } else { row_style };
            Cell::from(Span::styled(columns::cut(text, &cut_to, i), style))
        });
        Row::new(cells).style(row_style)
    });
    let (id, what, status) = (tr!("list-id"), tr!("list-what"), tr!("list-status"));
    let header = if two_rows {
        vec![id, what, tr!("list-owner-from"), head("deadline")]
    } else if narrow {
        vec![id, what, head("owner"), head("deadline"), status]
    } else {
        vec![
            id,
            what,
            head("owner"),
            head("deadline"),
            head("from"),
            status,
        ]
    };
    // Which rows are in view: the selected one kept in view, or outside the table view the
    // newest; said on the table's top edge when not all fit ("commitments 12–20 of 57").
    let per_row = if two_rows { 2 } else { 1 };
    let fit = (usize::from(area.height.saturating_sub(2)) / per_row).max(1);
    let offset = if selectable {
        let selected = app.selection.commitment.min(list.len() - 1);
        selected.saturating_sub(fit - 1)
    } else {
        list.len().saturating_sub(fit)
    };
    let end = (offset + fit).min(list.len());
    let mut block = Block::new().borders(Borders::TOP).border_style(t.border);
    if offset > 0 || end < list.len() {
        let arrows = format!(
            "{}{}",
            if offset > 0 { " ↑" } else { "" },
            if end < list.len() { " ↓" } else { "" }
        );
        block = block.title_top(
            Line::styled(
                tr!(
                    "list-commitments-range",
                    first = offset + 1,
                    last = end,
                    count = list.len(),
                    arrows = arrows
                ),
                t.strong,
            )
            .right_aligned(),
        );
    }
    let table = Table::new(rows, widths)
        .header(
            Row::new(header.iter().enumerate().map(|(i, h)| {
                let short = match i {
                    2 if two_rows => Some(owner_from_short.as_str()),
                    2 => Some(owner_short.as_str()),
                    _ => None,
                };
                columns::heading(h, short, &cut_to, i)
            }))
            .style(t.strong),
        )
        .row_highlight_style(t.selected)
        // A mark that needs no colour: NO_COLOR still shows which row `s` and `e` act on.
        .highlight_symbol(if selectable { "›" } else { "" })
        .highlight_spacing(if selectable {
            HighlightSpacing::Always
        } else {
            HighlightSpacing::Never
        })
        .column_spacing(1)
        .block(block);
    let mut state = TableState::default();
    if selectable {
        state.select(Some(app.selection.commitment.min(list.len() - 1)));
    }
    *state.offset_mut() = offset;
    StatefulWidget::render(table, area, buf, &mut state);
}

/// Who joined the live session, for the facilitator; `x` disconnects the selected one.
pub fn people(app: &App, ctx: &Ctx, area: Rect, buf: &mut Buffer) {
    let t = ctx.theme;
    let people: &[(u64, String)] = app.host().map_or(&[], |h| &h.people);
    let [title, body] = Layout::vertical([Constraint::Length(1), Constraint::Fill(1)]).areas(area);
    // nc14 #11: who joined and left, with the times, below who is here now.
    let told = app.host().map_or(0, |h| h.comings.len());
    let [body, log] = Layout::vertical([
        Constraint::Length(if told == 0 {
            body.height
        } else {
            people.len().max(3) as u16
        }),
        Constraint::Fill(1),
    ])
    .areas(body);
    comings(app, ctx, log, buf);
    // nc14 #1: whether anyone else can join at all, and who.
    let sharing = match app
        .session
        .live
        .as_ref()
        .and_then(|l| l.shared_with.as_ref())
    {
        Some(s) => tr!("people-shared", group = &s.group),
        None => tr!("people-not-shared"),
    };
    let heading = tr!("people-joined", count = people.len());
    let room = title.width.saturating_sub(heading.width() as u16);
    Line::from(vec![
        Span::styled(heading, t.accent),
        Span::styled(super::clip(&format!(" · {sharing}"), room), t.dim),
    ])
    .render(title, buf);
    if let Some(why) = app.host().and_then(|h| h.sharing_warning.as_ref()) {
        Paragraph::new(Line::styled(tr!("people-cannot-join", why = why), t.warn))
            .wrap(Wrap { trim: true })
            .render(body, buf);
        return;
    }
    let shared = app
        .session
        .live
        .as_ref()
        .is_some_and(|l| l.shared_with.is_some());
    if people.is_empty() && !shared {
        Paragraph::new(Line::styled(tr!("people-nobody-private"), t.dim))
            .wrap(Wrap { trim: true })
            .render(body, buf);
        return;
    }
    if people.is_empty() {
        Paragraph::new(Line::styled(tr!("people-nobody"), t.dim))
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

/// Who joined and left, with the times, the newest that fit, oldest first (nc14 #11).
fn comings(app: &App, ctx: &Ctx, area: Rect, buf: &mut Buffer) {
    let t = ctx.theme;
    let Some(host) = app.host().filter(|h| !h.comings.is_empty()) else {
        return;
    };
    let [_, title, rows] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Fill(1),
    ])
    .areas(area);
    Line::styled(format!(" {}", tr!("people-comings")), t.accent).render(title, buf);
    let fit = usize::from(rows.height);
    let first = host.comings.len().saturating_sub(fit);
    for (i, (at, text)) in host.comings[first..].iter().enumerate() {
        let time = at.with_timezone(&ctx.offset).format("%H:%M");
        let row = Rect {
            y: rows.y + i as u16,
            height: 1,
            ..rows
        };
        Line::from(vec![
            Span::styled(format!(" {time} "), t.dim),
            Span::styled(super::clip(text, row.width.saturating_sub(7)), t.base),
        ])
        .render(row, buf);
    }
}
