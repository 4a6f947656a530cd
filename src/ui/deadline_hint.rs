//! What the commitment form says under its deadline field: the date understood, why a
//! phrase is not one yet (while it is typed), or why Enter refused it — wrapped whole, the
//! form growing a row for each line (issue 16, item 5: the form's fixed width cut the live
//! hint mid-word even at 120x40, and the refusal lost its last words to the field's height).

use ratatui::text::Line;

use super::Ctx;
use super::read_back::wrap_wide;
use crate::app::{CommitmentForm, Field};
use crate::domain::deadline::understood;

/// At most this many lines: a reason longer than that ends with "…".
const MOST: usize = 4;

/// The lines under the deadline field, in a field `width` columns wide (none when the field
/// is empty and nothing was refused).
pub(crate) fn lines(f: &CommitmentForm, ctx: &Ctx, width: u16) -> Vec<Line<'static>> {
    let t = ctx.theme;
    let (text, style) = match f.form.error_at(Field::Deadline) {
        Some(message) => (format!("✗ {message}"), t.over),
        None => match understood(f.resolved_deadline(ctx.today()), crate::i18n::current()) {
            Ok(text) => (text, t.calm),
            Err(e) if !f.value(Field::Deadline).trim().is_empty() => (format!("? {e}"), t.dim),
            Err(_) => return Vec::new(),
        },
    };
    wrap_wide(&text, width, MOST)
        .into_iter()
        .map(|l| Line::styled(l, style))
        .collect()
}

/// The rows those lines take (at least the one the form always keeps).
pub(crate) fn rows(f: &CommitmentForm, ctx: &Ctx, width: u16) -> u16 {
    lines(f, ctx, width).len().max(1) as u16
}
