//! What every form shows besides its fields: the refusal, and a line with its keys (from
//! the form kit's keymap) or, when Esc was pressed on typed text, the discard question.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget, Wrap};

use super::Theme;
use crate::form::{FieldId, Form, KEYMAP};
use crate::keymap::footer_hints;

/// The form's keys, or the discard question; `more` are keys of the form's own.
pub fn keys_line<F: FieldId>(
    form: &Form<F>,
    more: &[(String, &str)],
    t: &Theme,
    area: Rect,
    buf: &mut Buffer,
) {
    let mut spans = Vec::new();
    if form.discarding {
        spans.push(Span::styled("Discard what you typed? ", t.warn));
    }
    let hints = footer_hints(&KEYMAP, &form.scopes(), area.width as usize);
    let own = if form.discarding { &[][..] } else { more };
    for (keys, words) in own.iter().cloned().chain(hints) {
        spans.push(Span::styled(keys, t.key));
        spans.push(Span::styled(format!(" {words}  "), t.dim));
    }
    Line::from(spans).render(area, buf);
}

/// The reason the last save was refused, wrapped, when it is not shown beside a field.
pub fn error_above<F: FieldId>(form: &Form<F>, t: &Theme, area: Rect, buf: &mut Buffer) {
    if let Some((None, message)) = &form.error {
        Paragraph::new(Line::styled(format!("✗ {message}"), t.over))
            .wrap(Wrap { trim: true })
            .render(area, buf);
    }
}

/// The reason beside `field`, if the refusal is about it.
pub fn error_beside<F: FieldId>(form: &Form<F>, field: F) -> Option<&str> {
    match &form.error {
        Some((Some(f), message)) if *f == field => Some(message),
        _ => None,
    }
}
