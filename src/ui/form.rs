//! What every form shows besides its fields: the refusal, and a line with its keys (from
//! the form kit's keymap) or, when Esc was pressed on typed text, the discard question.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget, Wrap};

use super::Theme;
use crate::form::{FieldId, Form, KEYMAP};
use crate::i18n::keys::hints_in_language;
use crate::keymap::{Key, footer_hints_except};

/// The form's keys, or the discard question; `more` are keys of the form's own.
pub fn keys_line<F: FieldId>(
    form: &Form<F>,
    more: &[(String, crate::i18n::Msg)],
    t: &Theme,
    area: Rect,
    buf: &mut Buffer,
) {
    keys_line_over(form, more, &[], t, area, buf);
}

/// The form's keys after `more`, a form's own keys that take over the kit's `taken` keys
/// (owner suggestions take Tab, Enter and Esc): those are left out, so the line never
/// offers a key that does something else now.
pub fn keys_line_over<F: FieldId>(
    form: &Form<F>,
    more: &[(String, crate::i18n::Msg)],
    taken: &[Key],
    t: &Theme,
    area: Rect,
    buf: &mut Buffer,
) {
    let mut spans = Vec::new();
    if form.quitting {
        spans.push(Span::styled(
            format!("{} ", crate::tr!("confirm-quit-form")),
            t.warn,
        ));
    } else if form.discarding {
        spans.push(Span::styled(
            format!("{} ", crate::tr!("form-discard")),
            t.warn,
        ));
    }
    let own = if form.discarding { &[][..] } else { more };
    let taken = if form.discarding { &[][..] } else { taken };
    // Issue 16: the words in the language in force; they are what must fit.
    let own = hints_in_language(own.to_vec(), usize::MAX);
    let used: usize = own
        .iter()
        .map(|(keys, words)| keys.chars().count() + words.chars().count() + 3)
        .sum();
    let width = (area.width as usize).saturating_sub(used);
    let mut hints = footer_hints_except(&KEYMAP, &form.scopes(), usize::MAX, taken);
    if form.enter_applies {
        for (_, words) in &mut hints {
            if *words == crate::msg!("footer-save") {
                *words = crate::msg!("footer-apply");
            }
        }
    }
    for (keys, words) in own.into_iter().chain(hints_in_language(hints, width)) {
        spans.push(Span::styled(keys, t.key));
        spans.push(Span::styled(format!(" {words}  "), t.dim));
    }
    Line::from(spans).render(area, buf);
}

/// The reason the last save was refused, wrapped, when it is not shown beside a field.
pub fn error_above<F: FieldId>(form: &Form<F>, t: &Theme, area: Rect, buf: &mut Buffer) {
    if let Some(message) = form.error_above() {
        Paragraph::new(Line::styled(format!("✗ {message}"), t.over))
            .wrap(Wrap { trim: true })
            .render(area, buf);
    }
}

/// The reason beside `field`, if the refusal is about it.
pub fn error_beside<F: FieldId>(form: &Form<F>, field: F) -> Option<&str> {
    form.error_at(field)
}

/// Draws a kit form's fields, one row each with its label ("›" marks the focus, no colour
/// needed), a choice's options with the chosen one in [brackets], and a refusal on the row
/// under the field it is about. Returns the rows used.
pub fn fields<F: FieldId>(
    form: &Form<F>,
    fields: &[(F, &str)],
    t: &Theme,
    area: Rect,
    buf: &mut Buffer,
) -> u16 {
    use ratatui::layout::{Constraint, Layout};
    let label_w = label_width(fields);
    // Rows beyond one a field and one a reason: a long reason wraps into them.
    let reasons = fields
        .iter()
        .filter(|(f, _)| error_beside(form, *f).is_some())
        .count();
    let mut spare = area.height.saturating_sub((fields.len() + reasons) as u16);
    let mut y = area.y;
    for (field, label) in fields {
        if y >= area.bottom() {
            break;
        }
        let row = Rect {
            y,
            height: 1,
            ..area
        };
        let [name, input] =
            Layout::horizontal([Constraint::Length(label_w), Constraint::Fill(1)]).areas(row);
        let focused = form.focus == *field;
        let marker = if focused { "› " } else { "  " };
        Line::styled(
            format!("{marker}{label}"),
            if focused { t.accent } else { t.strong },
        )
        .render(name, buf);
        if let Some(area) = form.area(*field) {
            super::text_input(area, t, focused, input, buf);
        } else if let Some((options, chosen)) = form.choice(*field) {
            // Every option in sight when spare rows allow: at 80 columns the item kinds
            // take two rows, and a kind hidden behind "…" is a kind nobody picks.
            let lines = choice_lines(options, chosen, input.width);
            let rows = (lines.len() as u16).min(area.bottom() - y);
            if lines.len() > 1 && rows == lines.len() as u16 && rows - 1 <= spare {
                spare -= rows - 1;
                for (i, line) in lines.into_iter().enumerate() {
                    let r = Rect {
                        y: y + i as u16,
                        ..input
                    };
                    choice_line(&line, t, r, buf);
                }
                y += rows - 1;
            } else {
                choices(options, chosen, t, input, buf);
            }
        }
        y += 1;
        if let Some(message) = error_beside(form, *field)
            && y < area.bottom()
        {
            // Wrapped where there is room (issue 13, item 2), else cut with "…": never cut
            // without a sign.
            let lines = super::wrap(
                &format!("✗ {message}"),
                input.width,
                1 + usize::from(spare.min(3)),
            );
            spare = spare.saturating_sub(lines.len().saturating_sub(1) as u16);
            for line in lines {
                if y >= area.bottom() {
                    break;
                }
                let under = Rect {
                    x: input.x,
                    y,
                    width: input.width,
                    height: 1,
                };
                Line::styled(super::clip(&line, under.width), t.over).render(under, buf);
                y += 1;
            }
        }
    }
    y - area.y
}

/// The columns the labels take, so a line under the fields lines up with their inputs.
pub fn label_width<F>(fields: &[(F, &str)]) -> u16 {
    fields
        .iter()
        .map(|(_, l)| l.chars().count() as u16 + 3)
        .max()
        .unwrap_or(8)
}

/// The rows `fields` needs in a form `width` columns wide: one a field, and each reason
/// beside a field wrapped under it (at most four rows).
pub fn fields_height<F: FieldId>(form: &Form<F>, fields: &[(F, &str)], width: u16) -> u16 {
    let input = width.saturating_sub(label_width(fields));
    let reasons: usize = fields
        .iter()
        .filter_map(|(f, _)| error_beside(form, *f))
        .map(|m| super::wrap(&format!("✗ {m}"), input, 4).len())
        .sum();
    // A choice whose options take more than one row at this width wraps (at most three).
    let choice_rows: usize = fields
        .iter()
        .filter_map(|(f, _)| form.choice(*f))
        .map(|(options, chosen)| choice_lines(options, chosen, input).len().clamp(1, 3) - 1)
        .sum();
    (fields.len() + reasons + choice_rows) as u16
}

/// The cells of a choice's options, in the language in force: the chosen one in brackets.
fn choice_cells(options: &[&str], chosen: usize) -> Vec<(String, bool)> {
    options
        .iter()
        .map(|o| crate::i18n::keys::choice_word(o))
        .enumerate()
        .map(|(i, o)| {
            if i == chosen {
                (format!("[{o}] "), true)
            } else {
                (format!(" {o} "), false)
            }
        })
        .collect()
}

/// A choice's options laid out in rows of `width` columns, whole options only.
fn choice_lines(options: &[&str], chosen: usize, width: u16) -> Vec<Vec<(String, bool)>> {
    use unicode_width::UnicodeWidthStr;
    let mut lines: Vec<Vec<(String, bool)>> = vec![Vec::new()];
    let mut used = 0;
    for cell in choice_cells(options, chosen) {
        let w = cell.0.width();
        if used > 0 && used + w > width as usize {
            lines.push(Vec::new());
            used = 0;
        }
        used += w;
        lines.last_mut().expect("one line at least").push(cell);
    }
    lines
}

fn choice_line(cells: &[(String, bool)], t: &Theme, area: Rect, buf: &mut Buffer) {
    let spans: Vec<Span> = cells
        .iter()
        .map(|(c, chosen)| Span::styled(c.clone(), if *chosen { t.selected } else { t.dim }))
        .collect();
    Line::from(spans).render(area, buf);
}

/// A choice field's options with the chosen one in [brackets]. Options that do not fit are
/// left out whole, never cut (issue 11, finding 10), with "…" where they are: the chosen
/// one is always shown.
fn choices(options: &[&str], chosen: usize, t: &Theme, area: Rect, buf: &mut Buffer) {
    use unicode_width::UnicodeWidthStr;
    // Issue 16: each option in the language in force.
    let cells: Vec<String> = choice_cells(options, chosen)
        .into_iter()
        .map(|(c, _)| c)
        .collect();
    let width = area.width as usize;
    let span = |from: usize, to: usize| -> usize {
        cells[from..=to].iter().map(|c| c.width()).sum::<usize>() + if from > 0 { 2 } else { 0 }
    };
    let mut from = 0;
    while from < chosen && span(from, chosen) + 2 > width {
        from += 1;
    }
    let mut to = chosen;
    while to + 1 < cells.len()
        && span(from, to + 1) + if to + 2 < cells.len() { 2 } else { 0 } <= width
    {
        to += 1;
    }
    let mut spans = Vec::new();
    if from > 0 {
        spans.push(Span::styled("… ", t.dim));
    }
    for (i, cell) in cells.iter().enumerate().take(to + 1).skip(from) {
        let style = if i == chosen { t.selected } else { t.dim };
        spans.push(Span::styled(cell.clone(), style));
    }
    if to + 1 < cells.len() {
        spans.push(Span::styled("…", t.dim));
    }
    Line::from(spans).render(area, buf);
}
