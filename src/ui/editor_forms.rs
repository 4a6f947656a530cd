//! What the agenda editor draws over its screen: the open form (with the participants'
//! names offered under a presenter or members field), a question, or the keys.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget, Wrap};

use super::Ctx;
use super::overlay::{Place, popup};
use super::rail::fit;
use crate::editor::keys::{HELP_SECTIONS, KEYMAP, Offering, SUGGESTION_KEYS, Scope};
use crate::editor::{Ask, Editor};
use crate::keymap::footer_hints;
use crate::tr;

/// Draws the editor's form, question or keys, if one is open.
pub fn render(editor: &Editor, ctx: &Ctx, area: Rect, buf: &mut Buffer) {
    if let Some(form) = &editor.form {
        let t = ctx.theme;
        let offered = editor.suggestions();
        let labels: Vec<_> = form.fields().iter().map(|f| (*f, f.label())).collect();
        let fields: Vec<_> = labels.iter().map(|(f, l)| (*f, l.as_str())).collect();
        // Room for every reason beside its field, wrapped (issue 13, item 2).
        let rows_h =
            super::form::fields_height(&form.form, &fields, 90.min(area.width).saturating_sub(2));
        // A refusal about no one field gets two rows above the keys.
        let above = if form.form.error_above().is_some() {
            2
        } else {
            0
        };
        // nc13c #6: the date as understood, written out, under the fields.
        let date = form.date_understood(ctx.today());
        let date_h = u16::from(date.is_some());
        let height = rows_h + date_h + offered.len() as u16 + above + 4;
        let inner = popup(ctx, area, 90, height, &form.title(), Place::Centre, buf);
        let [rows, date_row, _, names, error, keys] = Layout::vertical([
            Constraint::Length(rows_h),
            Constraint::Length(date_h),
            Constraint::Length(1),
            Constraint::Length(offered.len() as u16),
            Constraint::Length(above),
            Constraint::Length(1),
        ])
        .areas(inner);
        super::form::fields(&form.form, &fields, t, rows, buf);
        if let Some(date) = date {
            let indent = super::form::label_width(&fields);
            let under = Rect {
                x: date_row.x + indent,
                width: date_row.width.saturating_sub(indent),
                ..date_row
            };
            // Named as the field it reads, since it sits under the last one.
            let label = format!("  {}", crate::editor::forms::F::Date.label());
            Line::styled(super::clip(&label, indent), t.dim).render(date_row, buf);
            Line::styled(super::clip(&date, under.width), t.calm).render(under, buf);
        }
        for (i, name) in offered.iter().enumerate() {
            let here = form.picked.unwrap_or(0) == i;
            let r = Rect {
                y: names.y + i as u16,
                height: 1,
                ..names
            };
            Line::from(vec![
                Span::styled(if here { "   › " } else { "     " }, t.accent),
                Span::styled(
                    fit(name, names.width.saturating_sub(5) as usize),
                    if here { t.selected } else { t.dim },
                ),
            ])
            .render(r, buf);
        }
        super::form::error_above(&form.form, t, error, buf);
        let more: Vec<(String, crate::i18n::Msg)> = if offered.is_empty() {
            Vec::new()
        } else {
            footer_hints(
                &SUGGESTION_KEYS,
                &[Offering::Names],
                keys.width as usize / 2,
            )
        };
        // While names are offered, Enter and Tab take one: the form's own Enter and Tab
        // are left out of the line, which would otherwise say Enter twice.
        let taken: &[crate::keymap::Key] = if offered.is_empty() {
            &[]
        } else {
            &[
                crate::keymap::Key::code(ratatui::crossterm::event::KeyCode::Enter),
                crate::keymap::Key::code(ratatui::crossterm::event::KeyCode::Tab),
            ]
        };
        super::form::keys_line_over(&form.form, &more, taken, t, keys, buf);
    }
    if let Some(ask) = editor.ask {
        question(editor, ask, ctx, area, buf);
    }
    if editor.help {
        help(editor, ctx, area, buf);
    }
    if let Some(scroll) = editor.problems {
        problems(editor, scroll, ctx, area, buf);
    }
}

/// Every problem (what `plenary run` would refuse) and warning, in the screen's words and
/// as `plenary check` lists them, scrolled by `scroll` rows (nc13b #6: only the first was
/// shown, with "and 4 more" to be read outside the editor).
fn problems(editor: &Editor, scroll: u16, ctx: &Ctx, area: Rect, buf: &mut Buffer) {
    let t = ctx.theme;
    let agenda = editor.app.session.edited_agenda();
    let mut lines: Vec<Line> = Vec::new();
    // What the file held and could not be read comes first: it is not in the agenda.
    for s in editor.stand_ins_left() {
        let said = crate::editor::stand_ins::listed(&agenda, s);
        lines.push(Line::styled(said, t.warn));
    }
    let standing: Vec<String> = editor
        .stand_ins_left()
        .iter()
        .map(|s| s.problem.path.clone())
        .collect();
    for p in agenda
        .problems()
        .into_iter()
        .filter(|p| !standing.contains(&p.path))
    {
        let said = tr!(
            "editor-refused",
            problem = crate::i18n::problems::for_people(&agenda, &p)
        );
        lines.push(Line::styled(said, t.warn));
    }
    for p in crate::editor::stand_ins::warnings(&agenda) {
        lines.push(Line::styled(
            format!("⚠ {}", crate::i18n::problems::for_people(&agenda, &p)),
            t.base,
        ));
    }
    if lines.is_empty() {
        lines.push(Line::styled(tr!("editor-no-problems"), t.calm));
    }
    lines.push(Line::styled(tr!("editor-problems-keys"), t.dim));
    let inner = popup(
        ctx,
        area,
        area.width.saturating_sub(4),
        area.height.saturating_sub(2),
        &tr!("editor-problems-title"),
        Place::Centre,
        buf,
    );
    // Never past the end (nc17 #8: PgDn scrolled into an empty box), as help's overlay.
    let rows: usize = lines
        .iter()
        .map(|l| {
            let text: String = l.spans.iter().map(|s| s.content.as_ref()).collect();
            super::wrap(&text, inner.width, usize::MAX).len().max(1)
        })
        .sum();
    let scroll = scroll.min(rows.saturating_sub(usize::from(inner.height)) as u16);
    Paragraph::new(lines)
        .wrap(Wrap { trim: true })
        .scroll((scroll, 0))
        .render(inner, buf);
}

/// The question before a participant is removed, with the groups they present or belong
/// to, which lose them too (nc13b #3).
fn removing(editor: &Editor, i: usize) -> String {
    let s = &editor.app.session;
    let name = s.participants.get(i).map_or("", |p| p.name.as_str());
    let same = |other: &str| other.trim().to_lowercase() == name.trim().to_lowercase();
    let mut roles = Vec::new();
    // Listed twice: removing one entry leaves the person in their groups.
    let twice = s
        .participants
        .iter()
        .enumerate()
        .any(|(j, p)| j != i && same(&p.name));
    for (n, g) in s.groups.iter().enumerate().filter(|_| !twice) {
        if same(&g.presenter) {
            roles.push(tr!("editor-role-presents", number = n + 1, group = &g.name));
        } else if g.members.iter().any(|m| same(m)) {
            roles.push(tr!("editor-role-member", number = n + 1, group = &g.name));
        }
    }
    if roles.is_empty() {
        tr!("editor-ask-remove", name = name)
    } else {
        tr!(
            "editor-ask-remove-roles",
            name = name,
            roles = roles.join(", ")
        )
    }
}

fn question(editor: &Editor, ask: Ask, ctx: &Ctx, area: Rect, buf: &mut Buffer) {
    let t = ctx.theme;
    let text = match ask {
        Ask::QuitUnsaved => tr!("editor-ask-quit-unsaved"),
        Ask::QuitDiscardingForm if !editor.file_as_shown() => tr!("editor-ask-quit-form-unsaved"),
        Ask::QuitDiscardingForm => tr!("editor-ask-quit-form"),
        Ask::RemovePerson(i) => removing(editor, i),
        Ask::WriteStandIns { .. } => {
            let (left, agenda) = (editor.stand_ins_left(), editor.agenda());
            let each: Vec<String> = left
                .iter()
                .map(|s| crate::editor::stand_ins::said(&agenda, s))
                .collect();
            tr!(
                "editor-ask-stand-ins",
                count = left.len(),
                list = each.join(&tr!("load-problems-separator"))
            )
        }
    };
    // Wrapped here, so the box is as tall as the language's words need (issue 16).
    let width = 60.min(area.width).saturating_sub(2);
    let wrapped = super::wrap(&text, width, usize::from(area.height));
    let lines = (wrapped.len() as u16).max(text.chars().count().div_ceil(54) as u16);
    let inner = popup(
        ctx,
        area,
        60,
        lines + 2,
        &tr!("editor-ask-title"),
        Place::Centre,
        buf,
    );
    Paragraph::new(Line::styled(text, t.strong))
        .wrap(Wrap { trim: true })
        .render(inner, buf);
}

fn help(editor: &Editor, ctx: &Ctx, area: Rect, buf: &mut Buffer) {
    let now = editor.scopes();
    let order: Vec<Scope> = HELP_SECTIONS
        .iter()
        .filter(|s| now.contains(s))
        .chain(HELP_SECTIONS.iter().filter(|s| !now.contains(s)))
        .copied()
        .collect();
    let mut sections = super::help::sections(&KEYMAP, &order, Scope::title);
    sections.extend(super::help::sections(
        &crate::form::KEYMAP,
        &[
            crate::form::Scope::Form,
            crate::form::Scope::Fields,
            crate::form::Scope::Choice,
            crate::form::Scope::Discard,
        ],
        crate::form::Scope::title,
    ));
    sections.extend(super::help::sections(
        &SUGGESTION_KEYS,
        &[Offering::Names],
        |_| crate::msg!("help-editor-scope-names"),
    ));
    super::help::render(&sections, editor.help_scroll, ctx.theme, area, buf);
}
