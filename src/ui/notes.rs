//! The notes of the current item (and group), newest last. In the notes view (3) one is
//! selected (marked "›" and reversed, seen without colour) and kept in view as ↑↓ move
//! through more than fit; a deleted one stays listed, struck out and marked "[deleted]", so it
//! can be restored. The note-taker's first screen lists them without a selection, leaving
//! deleted ones out.

use crate::tr;
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget, Wrap};

use super::lists::anchor_label;
use super::{Ctx, Theme, clip, wrap};
use crate::app::App;
use crate::domain::Note;

/// Draws the notes here; with `selectable`, the selected note is marked and kept in view.
pub fn render(app: &App, ctx: &Ctx, area: Rect, buf: &mut Buffer, selectable: bool) {
    let t = ctx.theme;
    let all = app.session.live.as_ref().map_or(&[][..], |l| &l.notes[..]);
    let mut here = app.notes_here();
    // nc14 #5: my notes the host has not applied yet are listed after the others.
    let waiting = app.waiting_notes_here();
    let known = all.len();
    let with_waiting: Vec<Note>;
    let all = if waiting.is_empty() {
        all
    } else {
        here.extend(known..known + waiting.len());
        with_waiting = all.iter().cloned().chain(waiting).collect();
        &with_waiting[..]
    };
    if !selectable {
        here.retain(|i| !all[*i].deleted);
    }
    let deleted = here.iter().filter(|i| all[**i].deleted).count();
    let [title, body] = Layout::vertical([Constraint::Length(1), Constraint::Fill(1)]).areas(area);
    let place = anchor_label(&app.session, app.anchor());
    // The counts before the place's name, which gives way first when the row is short.
    let heading = match (here.len(), deleted) {
        (0, _) => tr!("notes-heading-none", place = place),
        (n, 0) => tr!("notes-heading", count = n, place = place),
        (n, d) => tr!(
            "notes-heading-deleted",
            count = n - d,
            deleted = d,
            place = place
        ),
    };
    if here.is_empty() {
        Line::styled(clip(&heading, title.width), t.accent).render(title, buf);
        // Issue 14 item 6: a viewer is not told to press a key it does not have.
        let viewer = app
            .remote()
            .is_some_and(|r| r.role == crate::live::protocol::Role::Viewer);
        let empty = if viewer {
            tr!("notes-none")
        } else {
            tr!("notes-none-n")
        };
        Paragraph::new(Line::styled(empty, t.dim))
            .wrap(Wrap { trim: true })
            .render(body, buf);
        return;
    }
    let selected = selectable.then(|| app.selected_note()).flatten();
    // One column for the mark "›", the rest for the text.
    let width = body.width.saturating_sub(1).max(1);
    let height = usize::from(body.height);
    // Issue 14, item 3: a note of mine says whether it is saved yet, and when (nc14 #6:
    // "✓ 14:02" as the README shows, for my notes of earlier joins too).
    use crate::app::mine::NoteMark;
    let saved_of = |i: usize| match app.note_mark(i) {
        _ if i >= known => format!("{} ", tr!("list-saving")),
        Some(NoteMark::SavedAt(time)) => format!("✓ {time} "),
        Some(NoteMark::Received(at)) => format!("✓ {} ", ctx.local_hm(at)),
        Some(NoteMark::Saving) => format!("{} ", tr!("list-saving")),
        None => String::new(),
    };
    let lines_of = |i: usize| note_lines(&all[i], ctx, width, selected == Some(i), &saved_of(i));
    let rows = |i: usize| lines_of(i).len().min(height);
    let place = selected
        .and_then(|s| here.iter().position(|i| *i == s))
        .unwrap_or(here.len() - 1);
    let (start, end) = window(&here, place, height, rows);
    // Which notes are in view, at the heading's end, never cut without a sign (issue 14,
    // item 5: "notes 12–20 of 57", with an arrow where more are).
    let signs = if start > 0 || end < here.len() {
        tr!(
            "notes-range",
            first = start + 1,
            last = end,
            count = here.len(),
            arrows = format!(
                "{}{}",
                if start > 0 { " ↑" } else { "" },
                if end < here.len() { " ↓" } else { "" }
            )
        )
    } else {
        String::new()
    };
    let signs_width = unicode_width::UnicodeWidthStr::width(signs.as_str()) as u16;
    let [left, right] =
        Layout::horizontal([Constraint::Fill(1), Constraint::Length(signs_width)]).areas(title);
    Line::styled(clip(&heading, left.width), t.accent).render(left, buf);
    Line::styled(signs, t.strong).render(right, buf);
    let mut y = body.y;
    for &i in &here[start..end] {
        for line in lines_of(i) {
            if y >= body.bottom() {
                return;
            }
            line.render(
                Rect {
                    y,
                    height: 1,
                    ..body
                },
                buf,
            );
            y += 1;
        }
    }
}

/// Which notes (`start..end` of `here`) fill `height` rows with note `place` among them:
/// the newest at the bottom while that shows it, else the selected one at the top.
fn window(
    here: &[usize],
    place: usize,
    height: usize,
    rows: impl Fn(usize) -> usize,
) -> (usize, usize) {
    let mut start = here.len();
    let mut used = 0;
    while start > 0 && used + rows(here[start - 1]) <= height {
        start -= 1;
        used += rows(here[start]);
    }
    // A note taller than the screen still shows its first rows.
    let start = start.min(here.len() - 1);
    if place >= start {
        return (start, here.len());
    }
    let (mut end, mut used) = (place, 0);
    while end < here.len() && used + rows(here[end]) <= height {
        used += rows(here[end]);
        end += 1;
    }
    (place, end.max(place + 1))
}

/// A note's rows at `width`: the time and author, whether this join's own note is saved yet,
/// "[deleted]" when it was, then its text;
/// the selected one marked "›" and reversed.
fn note_lines(n: &Note, ctx: &Ctx, width: u16, selected: bool, saved: &str) -> Vec<Line<'static>> {
    let t: &Theme = ctx.theme;
    // Issue 14, item 8: when it was written, and when received if that reads otherwise.
    let when = crate::domain::written::stamp(n.written_at, n.at, ctx.offset);
    let mut head = format!("{when} {} {saved}", n.author.name);
    if n.deleted {
        head.push_str(&format!("[{}] ", tr!("list-deleted")));
    }
    let mut text_style = if n.deleted {
        t.dim.add_modifier(Modifier::CROSSED_OUT)
    } else {
        t.base
    };
    let mut head_style = t.dim;
    if selected {
        text_style = t.selected.patch(text_style_mods(n));
        head_style = t.selected;
    }
    let mut out = Vec::new();
    for (k, paragraph) in n.text.split('\n').enumerate() {
        let text = if k == 0 {
            format!("{head}{paragraph}")
        } else {
            paragraph.to_string()
        };
        for (row, line) in wrap(&text, width, usize::MAX).into_iter().enumerate() {
            let mark = if selected && k == 0 && row == 0 {
                "›"
            } else {
                " "
            };
            let mut spans = vec![Span::styled(mark, t.accent)];
            match line.strip_prefix(head.as_str()) {
                Some(rest) if k == 0 && row == 0 => {
                    spans.push(Span::styled(head.clone(), head_style));
                    spans.push(Span::styled(rest.to_string(), text_style));
                }
                _ => spans.push(Span::styled(line, text_style)),
            }
            out.push(Line::from(spans));
        }
    }
    out
}

/// The strike-through a deleted note keeps when selected (its colour gives way to reverse).
fn text_style_mods(n: &Note) -> Style {
    if n.deleted {
        Style::new().add_modifier(Modifier::CROSSED_OUT)
    } else {
        Style::new()
    }
}
