//! The commitment form after an edit conflict: the other person's version under each field,
//! wrapped whole as the field itself wraps (nc14 #10: cut with "…" at 60 and 80 columns,
//! people merged without reading it), and the rows the form needs to show it all; and why
//! an edit of a commitment deleted meanwhile became a note (nc14 #9).

use std::rc::Rc;

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

use super::Ctx;
use super::read_back::wrap_wide;
use super::theme::Theme;
use crate::app::{App, CommitmentForm, Field, NoteForm};
use crate::tr;

/// Columns taken by a field's label, left of its text (as wide as the longest label in the
/// room's language).
pub(crate) fn label_w() -> u16 {
    u16::try_from(CommitmentForm::label_width()).unwrap_or(12)
}

/// The other version of `field` in lines of `width` columns, headed by whose it is ("Amina:",
/// "yours:", "before their change:"); none when both versions agree or a refusal is shown
/// under the field instead.
pub(crate) fn other_lines(
    f: &CommitmentForm,
    field: Field,
    width: u16,
    t: &Theme,
) -> Vec<Line<'static>> {
    if f.form.error_at(field).is_some() {
        return Vec::new();
    }
    let Some((by, text, taken)) = f.form.other_version(field) else {
        return Vec::new();
    };
    let head = if taken && f.form.took_theirs_at_once(field) {
        tr!("form-before-their-change")
    } else if taken {
        tr!("form-yours")
    } else {
        tr!("form-theirs", by = by)
    };
    let head = head.trim_end().to_string();
    let whole = format!("{head} {text}");
    wrap_wide(&whole, width, usize::MAX)
        .into_iter()
        .enumerate()
        .map(|(i, line)| match line.strip_prefix(&head) {
            Some(rest) if i == 0 => Line::from(vec![
                Span::styled(head.clone(), t.warn),
                Span::styled(rest.to_string(), t.dim),
            ]),
            _ => Line::styled(line, t.dim),
        })
        .collect()
}

/// The commitment form's rows inside `inner` (From, Action, under it, Owner, `matches`
/// suggestions, under it, Deadline, its preview and under it, the refusal above, keys), the
/// other version of each field and the refusal's lines: the action's box and then the From
/// row give way to the other versions on a short screen.
pub(crate) fn layout(
    f: &CommitmentForm,
    matches: u16,
    deadline_rows: u16,
    inner: Rect,
    t: &Theme,
) -> (Rc<[Rect]>, [Vec<Line<'static>>; 3], Vec<String>) {
    let text_w = inner.width.saturating_sub(label_w());
    let others =
        [Field::What, Field::Owner, Field::Deadline].map(|f2| other_lines(f, f2, text_w, t));
    let under = |i: usize| others[i].len().max(1) as u16;
    let above = above_lines(f, inner.width);
    let fixed = under(0) + 1 + matches + under(1) + 1 + deadline_rows + under(2) + 1;
    let spare = inner.height.saturating_sub(fixed + above.len() as u16);
    let from_h = u16::from(spare > 1);
    let what_h = spare.saturating_sub(from_h).clamp(1, 3);
    let rows = Layout::vertical([
        Constraint::Length(from_h),
        Constraint::Length(what_h),
        Constraint::Length(under(0)), // what error or theirs
        Constraint::Length(1),        // owner
        Constraint::Length(matches),
        Constraint::Length(under(1)), // owner error or theirs
        Constraint::Length(1),        // deadline
        Constraint::Length(deadline_rows + under(2)), // deadline preview / error, theirs
        Constraint::Fill(1),          // general error, wrapped whole
        Constraint::Length(1),        // keys
    ])
    .split(inner);
    (rows, others, above)
}

/// How many rows the other versions take beyond the one row under each field the form
/// always keeps, in a form `width` columns wide inside its frame.
pub(crate) fn extra_rows(f: &CommitmentForm, width: u16, t: &Theme) -> u16 {
    let text_w = width.saturating_sub(label_w());
    [Field::What, Field::Owner, Field::Deadline]
        .into_iter()
        .map(|field| other_lines(f, field, text_w, t).len().saturating_sub(1) as u16)
        .sum()
}

/// The refusal above the fields (an edit conflict's explanation) in lines of `width`.
pub(crate) fn above_lines(f: &CommitmentForm, width: u16) -> Vec<String> {
    f.form.error_above().map_or_else(Vec::new, |message| {
        wrap_wide(&format!("✗ {message}"), width, usize::MAX)
    })
}

/// Draws `lines` from the top of `area`; when they do not all fit, the last row shown ends
/// with "…", so nothing is cut without a sign.
pub(crate) fn draw(lines: Vec<Line<'static>>, area: Rect, buf: &mut Buffer) {
    let fits = lines.len() <= usize::from(area.height);
    for (i, line) in lines.into_iter().enumerate().take(usize::from(area.height)) {
        let row = Rect {
            y: area.y + i as u16,
            height: 1,
            ..area
        };
        let last = i + 1 == usize::from(area.height);
        if last && !fits {
            let text: String = line.spans.iter().map(|s| s.content.as_ref()).collect();
            let style = line.spans.last().map(|s| s.style).unwrap_or_default();
            let cut = super::clip(&format!("{text} …"), row.width);
            Line::styled(cut, style).render(row, buf);
        } else {
            line.render(row, buf);
        }
    }
}

/// Why the note form holds an edit (nc14 #9): who deleted the commitment and when, what to
/// do, and what Enter and Esc do with the text.
pub(crate) fn kept_sentence(app: &App, f: &NoteForm, ctx: &Ctx) -> Option<String> {
    let kept = f.kept.as_ref()?;
    let at = kept.at.with_timezone(&ctx.offset).format("%H:%M");
    let who = if kept.by.is_empty() {
        tr!("kept-someone")
    } else {
        kept.by.clone()
    };
    let ask = if app.remote().is_some() {
        tr!("kept-ask-restore")
    } else {
        tr!("kept-d-restores")
    };
    Some(tr!(
        "kept-deleted",
        who = who,
        id = kept.id.as_str(),
        at = at.to_string(),
        ask = ask
    ))
}
