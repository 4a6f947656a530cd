//! Overlays drawn over the main screen: the forms, yes/no questions and help.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Borders, Clear, Paragraph, Widget, Wrap};

use super::Ctx;
use super::lists::anchor_label;
use super::merge_view;
use super::theme::MARK;
use crate::app::{App, CommitmentForm, Confirm, Field, Form, NoteForm};
use crate::domain::timer::clock_text;
use crate::tr;

pub fn render(app: &App, ctx: &Ctx, area: Rect, buf: &mut Buffer) {
    match &app.form {
        Some(Form::Commitment(f)) => commitment_form(app, f, ctx, area, buf),
        Some(Form::Note(f)) => note_form(app, f, ctx, area, buf),
        Some(Form::Plan(f)) => plan_form(app, f, ctx, area, buf),
        Some(Form::Carried(f)) => super::carried_form::render(app, f, ctx, area, buf),
        None => {}
    }
    if let Some(picker) = &app.picker {
        // Above the footer, whose message is read whole (recheck NEW-3).
        let foot =
            super::chrome::footer_lines(app, area.width).len() + usize::from(app.flash.is_none());
        let above = Rect {
            height: area.height.saturating_sub(foot as u16),
            ..area
        };
        super::picker::render(app, picker, ctx, above, buf);
    }
    super::detail::render(app, ctx, area, buf);
    if app.help {
        super::help::overlay(app, ctx, area, buf);
    }
    if let Some(confirm) = &app.confirm {
        question(app, confirm, ctx, area, buf);
    }
}

/// The rows the open form asks for (fewer when the screen has fewer): the stage draws above
/// it, so what the form covers is not drawn only to be hidden (issue 12, item 6).
pub fn form_rows(app: &App, ctx: &Ctx, width: u16) -> Option<u16> {
    match &app.form {
        // A refusal above the fields (an edit conflict) gets rows to be read whole, and so
        // does the other version under each field (nc14 #10).
        Some(Form::Commitment(f)) => Some(
            16 + f.owner_matches(&app.owners).len() as u16
                + super::deadline_hint::rows(f, ctx, deadline_w(width))
                + if f.form.error_above().is_some() { 3 } else { 0 }
                + merge_view::extra_rows(f, width.min(FORM_W) - 2, ctx.theme),
        ),
        Some(Form::Note(_)) => Some(12),
        Some(Form::Plan(f)) => Some(f.fields().len() as u16 * 2 + 5),
        Some(Form::Carried(_)) => Some(super::carried_form::rows()),
        None => None,
    }
}

/// The commitment form's widest.
const FORM_W: u16 = 84;

/// The deadline's text width in a commitment form drawn on a screen `width` wide.
fn deadline_w(width: u16) -> u16 {
    width.min(FORM_W).saturating_sub(2 + merge_view::label_w())
}

/// Where a box sits: forms low on the screen so the countdown stays visible to the room.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Place {
    Centre,
    Low,
}

/// A box in `area`, at most `width` x `height`, cleared and framed.
#[allow(clippy::too_many_arguments)]
pub(crate) fn popup(
    ctx: &Ctx,
    area: Rect,
    width: u16,
    height: u16,
    title: &str,
    place: Place,
    buf: &mut Buffer,
) -> Rect {
    let w = width.min(area.width);
    let h = height.min(area.height);
    let top = match place {
        Place::Centre => (area.height - h) / 2,
        // Just above the footer, leaving the header, the title and the digits in view.
        Place::Low => area.height.saturating_sub(h + 1),
    };
    let rect = Rect::new(area.x + (area.width - w) / 2, area.y + top, w, h);
    Clear.render(rect, buf);
    buf.set_style(rect, ctx.theme.base);
    let block = Block::new()
        .borders(Borders::ALL)
        .border_type(BorderType::Thick)
        .border_style(ctx.theme.accent)
        .title(Span::styled(format!(" {title} "), ctx.theme.accent));
    let inner = block.inner(rect);
    block.render(rect, buf);
    inner
}

fn commitment_form(app: &App, f: &CommitmentForm, ctx: &Ctx, area: Rect, buf: &mut Buffer) {
    let t = ctx.theme;
    let title = match &f.editing {
        Some((id, _)) => tr!("form-edit-commitment", id = id),
        None => tr!("form-new-commitment"),
    };
    let matches = f.owner_matches(&app.owners);
    let inner = popup(
        ctx,
        area,
        FORM_W,
        form_rows(app, ctx, area.width).unwrap_or(17),
        &title,
        Place::Low,
        buf,
    );
    let label_w = usize::from(merge_view::label_w());
    // nc14 #10: the other version under each field, wrapped whole.
    let hint = super::deadline_hint::lines(f, ctx, deadline_w(area.width));
    let hint_rows = hint.len().max(1) as u16;
    let (rows, others, above) = merge_view::layout(f, matches.len() as u16, hint_rows, inner, t);
    Line::from(vec![
        Span::styled(format!("{:<label_w$}", tr!("form-from")), t.dim),
        Span::styled(anchor_label(&app.session, f.anchor), t.base),
    ])
    .render(rows[0], buf);
    let field_rows = [
        (Field::What, rows[1], rows[2]),
        (Field::Owner, rows[3], rows[5]),
        (Field::Deadline, rows[6], rows[7]),
    ];
    for (field, row, below) in field_rows {
        let [label, input] =
            Layout::horizontal([Constraint::Length(label_w as u16), Constraint::Fill(1)])
                .areas(row);
        let focused = f.form.focus == field;
        // Issue 12, item 7: the field with the keyboard is marked with "›" and underlined,
        // which needs no colour.
        let label_line = if focused {
            Line::from(vec![
                Span::styled(format!("{MARK} "), t.accent),
                Span::styled(field.label(), t.focused),
            ])
        } else {
            Line::styled(format!("  {}", field.label()), t.strong)
        };
        label_line.render(label, buf);
        if let Some(area) = f.form.area(field) {
            super::text_input(area, t, focused, input, buf);
        }
        let [_, under] =
            Layout::horizontal([Constraint::Length(label_w as u16), Constraint::Fill(1)])
                .areas(below);
        match f.form.error_at(field) {
            _ if field == Field::Deadline => merge_view::draw(hint.clone(), under, buf),
            // Wrapped where there is room, else cut with "…": never cut without a sign.
            Some(message) if under.height <= 1 => {
                Line::styled(super::clip(&format!("✗ {message}"), under.width), t.over)
                    .render(under, buf);
            }
            Some(message) => {
                Paragraph::new(Line::styled(format!("✗ {message}"), t.over))
                    .wrap(Wrap { trim: true })
                    .render(under, buf);
            }
            _ => {}
        }
        // Issue 14, item 4: after an edit conflict, the other version under the field,
        // whole (nc14 #10).
        let i = match field {
            Field::What => 0,
            Field::Owner => 1,
            Field::Deadline => 2,
        };
        let skip = if field == Field::Deadline {
            hint_rows
        } else {
            0
        };
        let place = Rect {
            y: under.y + skip,
            height: under.height.saturating_sub(skip),
            ..under
        };
        merge_view::draw(others[i].clone(), place, buf);
    }
    let [_, suggestions] =
        Layout::horizontal([Constraint::Length(label_w as u16), Constraint::Fill(1)])
            .areas(rows[4]);
    for (i, m) in matches.iter().enumerate() {
        let row = Rect {
            y: suggestions.y + i as u16,
            height: 1,
            ..suggestions
        };
        // Issue 11 (newcomer findings 2, 3): the highlighted suggestion is marked and
        // reversed, seen without colour and on a dark terminal.
        let line = if f.highlighted(&matches) == Some(i) {
            Line::from(vec![
                Span::styled(format!("{MARK} "), t.accent),
                Span::styled(m.to_string(), t.selected),
            ])
        } else {
            Line::styled(format!("  {m}"), t.dim)
        };
        line.render(row, buf);
    }
    let above = above.into_iter().map(|l| Line::styled(l, t.over)).collect();
    merge_view::draw(above, rows[8], buf);
    // While owners are suggested, their keys come first and the form's Tab, Enter and Esc,
    // which they take over, are not offered (issue 12, item 4: the words match the keys).
    let (own, taken) = if matches.is_empty() {
        (Vec::new(), Vec::new())
    } else {
        let scopes = [crate::app::form::Suggesting::Owners];
        let map = &crate::app::form::SUGGESTION_KEYS;
        (
            crate::keymap::footer_hints(map, &scopes, rows[9].width as usize),
            map.in_scopes(&scopes)
                .flat_map(|b| b.keys.iter().copied())
                .collect(),
        )
    };
    super::form::keys_line_over(&f.form, &own, &taken, t, rows[9], buf);
}

fn note_form(app: &App, f: &NoteForm, ctx: &Ctx, area: Rect, buf: &mut Buffer) {
    let t = ctx.theme;
    let inner = popup(
        ctx,
        area,
        80,
        form_rows(app, ctx, area.width).unwrap_or(12),
        &format!(
            "{} · {}",
            if f.editing.is_some() {
                tr!("form-correct-note")
            } else {
                tr!("form-note")
            },
            anchor_label(&app.session, f.anchor)
        ),
        Place::Low,
        buf,
    );
    // Issue 14, item 5: a refusal is read whole, wrapped on up to three rows; nc14 #9: or
    // why an edit became this note, on up to four.
    let said = match f.form.error() {
        Some((_, m)) => Some((format!("✗ {m}"), 3, t.over)),
        None => merge_view::kept_sentence(app, f, ctx).map(|s| (s, 4, t.warn)),
    };
    let said = said
        .map(|(text, rows, style)| (super::read_back::wrap_wide(&text, inner.width, rows), style));
    let error_rows = said.as_ref().map_or(1, |(lines, _)| lines.len() as u16);
    let [text_area, error, keys] = Layout::vertical([
        Constraint::Fill(1),
        Constraint::Length(error_rows),
        Constraint::Length(1),
    ])
    .areas(inner);
    if let Some(area) = f.form.area(crate::app::form::NoteField::Text) {
        super::text_input(area, t, true, text_area, buf);
    }
    if let Some((lines, style)) = said {
        Paragraph::new(
            lines
                .into_iter()
                .map(|l| Line::styled(l, style))
                .collect::<Vec<_>>(),
        )
        .render(error, buf);
    }
    super::form::keys_line(&f.form, &[], t, keys, buf);
}

fn plan_form(app: &App, f: &crate::app::PlanForm, ctx: &Ctx, area: Rect, buf: &mut Buffer) {
    use crate::editor::keys::{Offering, SUGGESTION_KEYS};
    let t = ctx.theme;
    let labels: Vec<_> = f.fields().iter().map(|f| (*f, f.label())).collect();
    let fields: Vec<_> = labels.iter().map(|(f, l)| (*f, l.as_str())).collect();
    let names: Vec<String> = app
        .session
        .participants
        .iter()
        .map(|p| p.name.clone())
        .collect();
    let offered = f.presenter_matches(&names);
    let height = fields.len() as u16 * 2 + 5 + offered.len() as u16;
    let inner = popup(ctx, area, 84, height, &f.title(), Place::Low, buf);
    let [rows, suggestions, error, keys] = Layout::vertical([
        Constraint::Fill(1),
        Constraint::Length(offered.len() as u16),
        Constraint::Length(2),
        Constraint::Length(1),
    ])
    .areas(inner);
    super::form::fields(&f.form, &fields, t, rows, buf);
    for (i, name) in offered.iter().enumerate() {
        let row = Rect {
            y: suggestions.y + i as u16,
            height: 1,
            ..suggestions
        };
        let line = if f.picked == Some(i) {
            Line::from(vec![
                Span::styled(format!("   {MARK} "), t.accent),
                Span::styled(name.clone(), t.selected),
            ])
        } else {
            Line::styled(format!("     {name}"), t.dim)
        };
        line.render(row, buf);
    }
    super::form::error_above(&f.form, t, error, buf);
    let own = if offered.is_empty() {
        Vec::new()
    } else {
        crate::keymap::footer_hints(&SUGGESTION_KEYS, &[Offering::Names], 40)
    };
    // Enter and Tab take a suggested name while one is offered: not also "save".
    let taken: &[crate::keymap::Key] = if offered.is_empty() {
        &[]
    } else {
        &[
            crate::keymap::Key::code(ratatui::crossterm::event::KeyCode::Enter),
            crate::keymap::Key::code(ratatui::crossterm::event::KeyCode::Tab),
        ]
    };
    super::form::keys_line_over(&f.form, &own, taken, t, keys, buf);
}

/// Issue 14, nc14b #3: a note-taker's Ctrl-C in a form keeps the form and anything not yet
/// saved in this join's drafts, and the question says so (never "everything else is saved").
fn quit_form_question(app: &App) -> String {
    let Some(remote) = app.remote() else {
        return tr!("confirm-quit-form");
    };
    let unsaved: Vec<&str> = remote.mine.unsaved().map(|i| i.label.as_str()).collect();
    if unsaved.is_empty() {
        return tr!("confirm-quit-form-kept");
    }
    tr!(
        "confirm-quit-form-kept-unsaved",
        count = unsaved.len(),
        list = unsaved.join(", ")
    )
}

fn question(app: &App, confirm: &Confirm, ctx: &Ctx, area: Rect, buf: &mut Buffer) {
    let t = ctx.theme;
    let text = match confirm {
        Confirm::ResetTimer { group } => tr!(
            "confirm-reset",
            group = app
                .session
                .groups
                .get(*group)
                .map_or_else(|| tr!("confirm-the-group"), |g| g.name.clone()),
            time = clock_text(app.session.presenter_seconds(*group), false)
        ),
        Confirm::QuitWhileRunning => tr!(
            "confirm-quit-running",
            minutes = crate::domain::resume::AWAY_LIMIT_MINUTES
        ),
        Confirm::QuitWhileItemCounts { item } => tr!(
            "confirm-quit-item",
            title = app
                .session
                .agenda
                .get(*item)
                .map_or_else(|| tr!("confirm-this-item"), |i| i.title.clone())
        ),
        Confirm::QuitDiscardingForm => quit_form_question(app),
        Confirm::EndSession => tr!("confirm-end-session"),
        Confirm::DeleteCommitment { id } => tr!("confirm-delete-commitment", id = id),
        Confirm::Disconnect { who, .. } => tr!("confirm-disconnect", who = who),
        Confirm::DeleteNote { .. } => tr!("confirm-delete-note"),
        Confirm::RemoveItem { item } => {
            let title = app
                .session
                .agenda
                .get(*item)
                .map_or("", |i| i.title.as_str());
            if app.session.is_editing() {
                tr!("confirm-remove-item-editing", title = title)
            } else {
                tr!("confirm-remove-item", title = title)
            }
        }
        Confirm::LeaveWhileRunning { to } => tr!(
            "confirm-leave-running",
            title = app
                .session
                .agenda
                .get(*to)
                .map_or_else(|| tr!("confirm-the-next-item"), |i| i.title.clone())
        ),
        Confirm::LeaveWithGroupsWaiting { to } => {
            let waiting: Vec<&str> = app
                .session
                .waiting_presenters()
                .iter()
                .filter_map(|g| app.session.groups.get(*g).map(|g| g.name.as_str()))
                .collect();
            let (count, names) = (waiting.len(), waiting.join(", "));
            match to.and_then(|i| app.session.agenda.get(i)) {
                Some(item) => tr!(
                    "confirm-groups-waiting-move",
                    count = count,
                    names = names,
                    title = &item.title
                ),
                None => tr!("confirm-groups-waiting-end", count = count, names = names),
            }
        }
        Confirm::QuitUnsaved => tr!("confirm-quit-unsaved"),
    };
    // Tall enough for the question wrapped at the popup's width.
    let lines = text.chars().count().div_ceil(54) as u16;
    let inner = popup(
        ctx,
        area,
        60,
        (lines + 4).max(7),
        &tr!("confirm-title"),
        Place::Centre,
        buf,
    );
    let [body, keys] = Layout::vertical([Constraint::Fill(1), Constraint::Length(1)]).areas(inner);
    Paragraph::new(Line::styled(text, t.strong))
        .wrap(Wrap { trim: true })
        .render(body, buf);
    Line::from(vec![
        Span::styled(tr!("confirm-yes-key"), t.key),
        Span::styled(format!(" {}   ", tr!("confirm-yes")), t.base),
        Span::styled("n", t.key),
        Span::styled(format!(" {}", tr!("confirm-no")), t.base),
    ])
    .render(keys, buf);
}
