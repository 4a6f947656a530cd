//! Review's boxes over its screens: the follow-up form and the export question.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Borders, Clear, Paragraph, Widget, Wrap};

use super::Theme;
use super::theme::MARK;
use crate::review::form::Part;
use crate::review::keys::{KEYMAP, Scope};
use crate::review::{FollowUpForm, Review};
use crate::tr;

/// A part's label in the language in force.
fn part_label(part: Part) -> String {
    part.said()
}

fn framed<'a>(t: &Theme, title: &'a str) -> Block<'a> {
    Block::new()
        .borders(Borders::ALL)
        .border_type(BorderType::Thick)
        .border_style(t.accent)
        .title(Span::styled(format!(" {title} "), t.accent))
}

fn centred(area: Rect, width: u16, height: u16) -> Rect {
    let w = width.min(area.width);
    let h = height.min(area.height);
    Rect::new(
        area.x + (area.width - w) / 2,
        area.y + (area.height - h) / 2,
        w,
        h,
    )
}

/// The labels' column: the widest label in the language in force, the mark and two spaces
/// ("Responsable" is wider than "Owner").
fn label_width() -> u16 {
    [Part::Status, Part::Deadline, Part::Note, Part::Owner]
        .into_iter()
        .map(|p| unicode_width::UnicodeWidthStr::width(part_label(p).as_str()) as u16 + 3)
        .fold(11, u16::max)
}

/// The follow-up form over the board.
pub fn followup(r: &Review, f: &FollowUpForm, t: &Theme, area: Rect, buf: &mut Buffer) {
    let label_w = label_width();
    // The action on up to three lines and who owes it on up to two, each end marked "…"
    // when longer (recheck NEW-8: a long action was cut with no mark).
    let inner_width = 84.min(area.width).saturating_sub(2);
    let action = super::wrap(&f.row.what, inner_width, 3);
    let overdue = if f.row.is_overdue() {
        tr!("followup-overdue", days = f.row.days_overdue)
    } else {
        String::new()
    };
    let owes = super::wrap(
        &tr!(
            "followup-owes",
            owner = f.row.owner.as_str(),
            when = crate::report::by_when(&f.row),
            overdue = overdue,
            session = f.row.session_title.as_str()
        ),
        inner_width,
        2,
    );
    // Issue 15, item 1: the deadline as was → now, and the last thing said about it.
    let last = f.row.history.last().map(|h| {
        let note = h
            .note
            .as_deref()
            .map(|n| format!(" — “{}”", crate::domain::text::one_line(n)))
            .unwrap_or_default();
        let date = h.at.with_timezone(&r.offset).date_naive();
        super::clip(
            &tr!(
                "followup-last",
                date = crate::i18n::date::short(date, crate::i18n::current()),
                who = h.by.name.as_str(),
                change = crate::i18n::history::words(&h.change, crate::i18n::current()),
                note = note
            ),
            inner_width,
        )
    });
    let head_rows = (action.len() + owes.len() + usize::from(last.is_some())) as u16;
    let rect = centred(area, 84, 16 + head_rows);
    Clear.render(rect, buf);
    buf.set_style(rect, t.base);
    let title = tr!("followup-title", id = f.row.id.as_str());
    let block = framed(t, &title);
    let inner = block.inner(rect);
    block.render(rect, buf);
    let [what, status, deadline, preview, note, owner, error, keys] = Layout::vertical([
        Constraint::Length(head_rows),
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Fill(1),
        Constraint::Length(1),
        Constraint::Length(2),
        Constraint::Length(1),
    ])
    .areas(inner);
    let lines: Vec<Line> = action
        .into_iter()
        .map(|l| Line::styled(l, t.strong))
        .chain(owes.into_iter().map(|l| Line::styled(l, t.dim)))
        .chain(last.map(|l| Line::styled(l, t.dim)))
        .collect();
    Paragraph::new(lines).render(what, buf);
    let form = &f.form;
    // Issue 11 (newcomer finding 3), issue 12 item 7: the field with the keyboard is
    // marked with "›" and underlined, not only coloured.
    let label = |part: Part, text: String| {
        if form.focus == part {
            Line::from(vec![
                Span::styled(format!("{MARK} "), t.accent),
                Span::styled(text, t.focused),
            ])
        } else {
            Line::styled(format!("  {text}"), t.strong)
        }
    };
    let chosen = f.status();
    let statuses: Vec<Span> = [
        crate::domain::Status::Open,
        crate::domain::Status::InProgress,
        crate::domain::Status::Done,
        crate::domain::Status::Dropped,
    ]
    .iter()
    .map(|s| {
        let text = format!(" {} ", crate::i18n::keys::status_label(*s));
        // Marked in words as well as colour: NO_COLOR still shows the choice.
        if *s == chosen {
            Span::styled(format!("[{}]", text.trim()), t.selected)
        } else {
            Span::styled(text, t.dim)
        }
    })
    .collect();
    let [sl, sv] =
        Layout::horizontal([Constraint::Length(label_w), Constraint::Fill(1)]).areas(status);
    label(Part::Status, part_label(Part::Status)).render(sl, buf);
    let mut statuses = statuses;
    // nc15 #6: the letters of the live follow-up, `d` done and `D` dropped (it fits at 80
    // columns, where the kit's "d → done, d d → dropped" did not with a third part).
    let hint = tr!(
        "followup-letters",
        done = crate::i18n::keys::status_label(crate::domain::Status::Done),
        dropped = crate::i18n::keys::status_label(crate::domain::Status::Dropped)
    );
    let used: usize = statuses.iter().map(|s| s.width()).sum();
    // Issue 15, item 9: said where it is typed, when it fits whole.
    if form.focus == Part::Status && used + hint.chars().count() <= usize::from(sv.width) {
        statuses.push(Span::styled(hint, t.dim));
    }
    Line::from(statuses).render(sv, buf);
    let [dl, dv] =
        Layout::horizontal([Constraint::Length(label_w), Constraint::Fill(1)]).areas(deadline);
    label(Part::Deadline, part_label(Part::Deadline)).render(dl, buf);
    if let Some(area) = form.area(Part::Deadline) {
        super::text_input(area, t, form.focus == Part::Deadline, dv, buf);
    }
    let [_, pv] =
        Layout::horizontal([Constraint::Length(label_w), Constraint::Fill(1)]).areas(preview);
    match (
        super::form::error_beside(form, Part::Deadline),
        f.new_deadline(r.today),
    ) {
        (Some(why), _) => {
            Line::styled(super::clip(&format!("✗ {why}"), pv.width), t.over).render(pv, buf)
        }
        (None, Some(Ok(date))) => Line::styled(
            tr!(
                "followup-needs-note",
                date = crate::i18n::date::long(date, crate::i18n::current())
            ),
            t.calm,
        )
        .render(pv, buf),
        (None, Some(Err(e))) => {
            Line::styled(format!("? {}", e.message(crate::i18n::current())), t.dim).render(pv, buf)
        }
        (None, None) => {}
    }
    let [nl, nv] =
        Layout::horizontal([Constraint::Length(label_w), Constraint::Fill(1)]).areas(note);
    label(Part::Note, part_label(Part::Note)).render(nl, buf);
    if let Some(area) = form.area(Part::Note) {
        super::text_input(area, t, form.focus == Part::Note, nv, buf);
    }
    // nc15 #13: a new owner, as the live follow-up records one.
    let [ol, ov] =
        Layout::horizontal([Constraint::Length(label_w), Constraint::Fill(1)]).areas(owner);
    label(Part::Owner, part_label(Part::Owner)).render(ol, buf);
    if let Some(area) = form.area(Part::Owner) {
        super::text_input(area, t, form.focus == Part::Owner, ov, buf);
    }
    let beside = super::form::error_beside(form, Part::Note)
        .or_else(|| super::form::error_beside(form, Part::Owner));
    match beside {
        Some(why) => Paragraph::new(Line::styled(format!("✗ {why}"), t.over))
            .wrap(Wrap { trim: true })
            .render(error, buf),
        None => super::form::error_above(form, t, error, buf),
    }
    super::form::keys_line(form, &[], t, keys, buf);
}

/// The export question on a session's record, its keys from the keymap; `external`: the
/// Markdown and CSV will be written for outside the room (`e`).
pub fn export_prompt(t: &Theme, external: bool, area: Rect, buf: &mut Buffer) {
    let keys: Vec<_> = KEYMAP.in_scopes(&[Scope::Export]).collect();
    let width = keys
        .iter()
        .map(|b| b.label.chars().count() + 1 + b.help.text().chars().count())
        .max()
        .unwrap_or(0)
        .max(56) as u16
        + 4;
    let rect = centred(area, width, keys.len() as u16 + 5);
    Clear.render(rect, buf);
    let title = tr!("export-title");
    let block = framed(t, &title);
    let inner = block.inner(rect);
    block.render(rect, buf);
    let mut lines: Vec<Line> = keys
        .iter()
        .map(|b| {
            Line::from(vec![
                Span::styled(b.label, t.key),
                Span::styled(format!(" {}", b.help.text()), t.base),
            ])
        })
        .collect();
    lines.push(Line::default());
    lines.push(if external {
        Line::styled(tr!("export-for-outside"), t.strong)
    } else {
        Line::styled(tr!("export-for-team"), t.dim)
    });
    lines.push(Line::styled(tr!("export-beside"), t.dim));
    Paragraph::new(lines)
        .wrap(Wrap { trim: true })
        .render(inner, buf);
}
