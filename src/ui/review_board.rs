//! The review's commitments board (issue 15, item 9): the filter line whole (on two lines
//! when one is too few), titles cut in the middle so their distinguishing ends stay, and
//! under the table the selected commitment with its follow-up history (item 1).

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Cell, Paragraph, Row, StatefulWidget, Table, TableState, Widget};

use super::theme::MARK;
use super::{Theme, columns};
use crate::domain::board::SortBy;
use crate::review::Review;
use crate::tr;

/// Draws the board.
pub(super) fn board(r: &Review, t: &Theme, area: Rect, buf: &mut Buffer) {
    use unicode_width::UnicodeWidthStr;
    let mut parts = vec![Span::styled(
        tr!(
            "board-of",
            shown = super::review::thousands(r.shown.len()),
            all = super::review::thousands(r.entries.len())
        ),
        t.strong,
    )];
    let search = if r.searching {
        format!("/{}▏", r.search)
    } else if r.search.is_empty() {
        String::new()
    } else {
        format!("/{}", r.search)
    };
    if !search.is_empty() {
        parts.push(Span::styled(
            format!("{search} "),
            if r.searching { t.selected } else { t.accent },
        ));
    }
    let mut notes: Vec<String> = Vec::new();
    notes.push(r.status.words());
    if r.overdue_only {
        notes.push(tr!("board-overdue-only"));
    }
    if let Some(days) = r.due_within {
        notes.push(tr!("board-due-within", days = days));
    }
    let sort = if r.group_by_owner {
        tr!("board-grouped")
    } else {
        match r.sort {
            SortBy::Deadline => tr!("board-by-deadline"),
            SortBy::Owner => tr!("board-by-owner"),
            SortBy::Session => tr!("board-by-session"),
        }
    };
    notes.push(sort);
    // Issue 11 (newcomer finding 14): the session's title gives way ("…") so the filters
    // and the grouping stay readable on a narrow screen.
    if let Some(id) = &r.session_filter {
        let title = r
            .catalog
            .sessions
            .iter()
            .find(|(_, s)| s.live.as_ref().is_some_and(|l| &l.id == id))
            .map_or(id.as_str(), |(_, s)| s.title.as_str());
        let head: usize = parts.iter().map(|p| p.content.width()).sum::<usize>()
            + format!(" · {}", tr!("board-session", title = "")).width();
        let used = head + notes.join(" · ").width();
        // The title gives way so the filters fit on one line; on two when even 8
        // columns of title do not leave them room. The title is on the first line either
        // way, so it never has more than that line's room (nc16c #3: "résultat" was cut
        // by the screen's edge, with no "…").
        let one = usize::from(area.width).saturating_sub(used + 1);
        let room = if one >= 8 {
            one
        } else {
            usize::from(area.width).saturating_sub(head + 1).max(8)
        };
        let room = u16::try_from(room).unwrap_or(u16::MAX);
        notes.insert(
            0,
            tr!("board-session", title = super::cut::clip_words(title, room)),
        );
    }
    // Issue 15, item 9: the filters are never cut ("due with…"): what does not fit goes on
    // a second line, a whole filter at a time.
    let mut lines = vec![parts];
    let mut width: usize = lines[0].iter().map(|p| p.content.width()).sum();
    for (k, note) in notes.iter().enumerate() {
        let text = if k == 0 {
            note.clone()
        } else {
            format!(" · {note}")
        };
        if width + text.width() > usize::from(area.width) && lines.len() == 1 && k > 0 {
            lines.push(Vec::new());
            width = 1;
            lines[1].push(Span::styled(format!(" {note}"), t.dim));
            continue;
        }
        width += text.width();
        if let Some(line) = lines.last_mut() {
            line.push(Span::styled(text, t.dim));
        }
    }
    let bar_rows = lines.len() as u16;
    let detail_rows = if area.height >= 14 { 4 } else { 0 };
    let [bar, table_area, detail_area] = Layout::vertical([
        Constraint::Length(bar_rows),
        Constraint::Fill(1),
        Constraint::Length(detail_rows),
    ])
    .areas(area);
    let lines: Vec<Line> = lines.into_iter().map(Line::from).collect();
    Paragraph::new(lines).render(bar, buf);
    detail(r, t, detail_area, buf);

    if r.shown.is_empty() {
        Paragraph::new(Line::styled(tr!("board-nothing"), t.dim)).render(table_area, buf);
        return;
    }
    let visible = table_area.height.saturating_sub(1).max(1) as usize;
    let offset = if r.selected < visible {
        0
    } else {
        r.selected + 1 - visible
    };
    let wide = table_area.width >= 110;
    let mut previous_owner: Option<&str> = if offset > 0 {
        r.shown
            .get(offset - 1)
            .map(|&i| r.entries[i].row.owner.as_str())
    } else {
        None
    };
    // nc16 #7: dates as the language writes them in a list ("27 nov. 2026").
    let lang = crate::i18n::current();
    let day = |d| crate::i18n::date::listed(d, lang);
    let mut widths = vec![
        Constraint::Length(crate::i18n::date::listed_width(lang)),
        Constraint::Length(5),
        Constraint::Fill(2),
        Constraint::Fill(4),
    ];
    let mut header = vec![
        tr!("board-col-deadline"),
        tr!("board-col-late"),
        tr!("board-col-owner"),
        tr!("board-col-what"),
    ];
    if wide {
        widths.push(Constraint::Fill(2));
        header.push(tr!("board-col-session"));
    }
    widths.push(Constraint::Length(11));
    header.push(tr!("board-col-status"));
    let cut_to = columns::widths(table_area.width, 1, &widths, 1);
    let group_sizes = r.group_by_owner.then(|| {
        let mut sizes: std::collections::HashMap<&str, usize> = Default::default();
        for &i in &r.shown {
            *sizes.entry(r.entries[i].row.owner.as_str()).or_default() += 1;
        }
        sizes
    });
    let rows: Vec<Row> = r.shown[offset..(offset + visible).min(r.shown.len())]
        .iter()
        .map(|&i| {
            let row = &r.entries[i].row;
            // nc15 #13: grouped, each owner's first row heads the group with its count.
            let owner = match &group_sizes {
                Some(_) if previous_owner == Some(row.owner.as_str()) => String::new(),
                Some(sizes) => {
                    let n = sizes.get(row.owner.as_str()).copied().unwrap_or(1);
                    columns::cut_keeping(&row.owner, &format!(" ({n})"), &cut_to, 2)
                }
                None => row.owner.clone(),
            };
            previous_owner = Some(row.owner.as_str());
            let overdue = if row.is_overdue() {
                tr!("board-late-days", days = row.days_overdue)
            } else {
                String::new()
            };
            let style = if row.is_overdue() { t.warn } else { t.base };
            let mut texts = vec![day(row.deadline), overdue, owner, row.what.clone()];
            if wide {
                texts.push(row.session_label_in(r.offset, &day));
            }
            texts.push(crate::i18n::keys::status_label(row.status));
            // Issue 11 (newcomer finding 19): a cell that does not fit ends with "…".
            let cells = texts.iter().enumerate().map(|(i, text)| {
                // Issue 15, item 9: the action keeps its end ("…#2" and "…#3" differ);
                // the others are cut at the end (a session's date leads).
                let middle = i == 3;
                Cell::from(if middle {
                    columns::cut_middle(text, &cut_to, i)
                } else {
                    columns::cut(text, &cut_to, i)
                })
            });
            Row::new(cells).style(style)
        })
        .collect();
    let table = Table::new(rows, widths)
        .header(
            Row::new(header.iter().enumerate().map(|(i, h)| {
                let short = (i == 2).then(|| tr!("list-owner-short"));
                columns::heading(h, short.as_deref(), &cut_to, i)
            }))
            .style(t.strong),
        )
        // Issue 11 (newcomer findings 2, 3): the selected commitment is marked, and reversed.
        .row_highlight_style(t.selected)
        .highlight_symbol(MARK)
        .column_spacing(1);
    let mut state = TableState::default().with_selected(Some(r.selected - offset));
    StatefulWidget::render(table, table_area, buf, &mut state);
}

/// The selected commitment under the table: who, what, where it was agreed, its deadline
/// as was → now, and its latest changes with what was said (issue 15, item 1).
fn detail(r: &Review, t: &Theme, area: Rect, buf: &mut Buffer) {
    if area.height == 0 {
        return;
    }
    let Some(row) = r.selected_row() else {
        return;
    };
    let w = area.width.saturating_sub(1);
    let lang = crate::i18n::current();
    let session = row.session_title.as_str();
    let agreed = match row.session_date {
        Some(d) => {
            let date = crate::i18n::date::short(d, lang);
            tr!("board-agreed-on", date = date, session = session)
        }
        None => tr!("board-agreed-at", session = session),
    };
    let overdue = if row.is_overdue() {
        tr!("board-days-overdue", days = row.days_overdue)
    } else {
        String::new()
    };
    let mut lines = vec![
        Line::styled(
            super::cut::clip_words(&format!("{} · {} · {}", row.id, row.owner, row.what), w),
            t.strong,
        ),
        Line::styled(
            super::cut::clip_words(
                &tr!(
                    "board-detail",
                    when = crate::report::by_when(row),
                    status = crate::i18n::keys::status_label(row.status),
                    overdue = overdue,
                    agreed = agreed
                ),
                w,
            ),
            t.base,
        ),
    ];
    let room = usize::from(area.height).saturating_sub(lines.len());
    if row.history.is_empty() {
        lines.push(Line::styled(tr!("board-no-follow-up"), t.dim));
    }
    let n = row.history.len();
    for (k, h) in row.history.iter().rev().take(room).enumerate() {
        let note = h
            .note
            .as_deref()
            .map(|n| {
                let text = crate::domain::text::one_line(n);
                format!(" — {}", tr!(in lang; "doc-quoted", text = text.as_ref()))
            })
            .unwrap_or_default();
        let earlier = if k + 1 == room && n > room {
            tr!("board-earlier", count = n - room)
        } else {
            String::new()
        };
        let text = format!(
            "{} {}{} {}{note}{earlier}",
            crate::i18n::date::short(h.at.with_timezone(&r.offset).date_naive(), lang),
            h.by.name,
            tr!(in lang; "doc-colon"),
            crate::i18n::history::words(&h.change, lang)
        );
        lines.push(Line::styled(super::cut::clip_words(&text, w), t.dim));
    }
    Paragraph::new(lines).render(area, buf);
}
