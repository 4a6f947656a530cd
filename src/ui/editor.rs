//! The agenda editor's screen: the file and whether it is saved, the session's details, the
//! console's plan view (or the participants), the schedule as it stands, the last message
//! and the keys. Its forms and questions are drawn by `editor_forms`.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

use super::rail::fit;
use super::{Ctx, wrap};
use crate::domain::{ItemKind, Session, time_of_day};
use crate::editor::keys::{FOOTER_DROPS, KEYMAP, Scope};
use crate::editor::{Editor, Screen};
use crate::i18n::Msg;
use crate::i18n::keys::key_label;
use crate::keymap::footer_hints;
use crate::tr;

/// Draws the editor for `editor` into `buf`.
pub fn render(editor: &Editor, ctx: &Ctx, area: Rect, buf: &mut Buffer) {
    super::fill_base(ctx, area, buf);
    if area.width < super::MIN_WIDTH || area.height < super::MIN_HEIGHT {
        super::too_small(ctx, area, buf);
        return;
    }
    let t = ctx.theme;
    let width = area.width;
    let schedule = total_lines(&editor.app.session, &editor.stand_ins_left(), width);
    let flash: Vec<(String, bool)> = editor
        .flash
        .iter()
        .flat_map(|(text, bad)| {
            // A long list (every spreadsheet row left out) gets a quarter of the screen.
            wrap(
                &format!(" {text}"),
                width,
                usize::from(area.height / 4).max(3),
            )
            .into_iter()
            .map(|l| (l, *bad))
        })
        .collect();
    let [head, details, tabs, body, sched, message, keys] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Fill(1),
        Constraint::Length(schedule.len() as u16),
        Constraint::Length(flash.len() as u16),
        Constraint::Length(1),
    ])
    .areas(area);
    // The path, else its file name, else the name alone without the heading: on a narrow
    // screen the file being edited stays in sight (nc17 #7: "ÉDITEUR D'ORDRE DU JOUR ·…").
    let heads: Vec<String> = match &editor.file {
        Some(path) => {
            let name = path.file_name().map_or_else(
                || path.display().to_string(),
                |n| n.to_string_lossy().into(),
            );
            vec![
                tr!("editor-head", file = path.display().to_string()),
                tr!("editor-head", file = name.clone()),
                name,
            ]
        }
        None => vec![tr!("editor-head", file = tr!("editor-new-file"))],
    };
    // A file opened with stand-ins does not hold what is shown until it is written.
    let state = if !editor.file_as_shown() {
        (format!(" {}", tr!("editor-unsaved")), t.warn)
    } else {
        (format!(" {}", tr!("editor-saved")), t.calm)
    };
    let state_w = state.0.chars().count() as u16 + 1;
    let [left, right] =
        Layout::horizontal([Constraint::Fill(1), Constraint::Length(state_w)]).areas(head);
    let room = left.width as usize;
    let head = heads
        .iter()
        .map(|h| format!(" {h}"))
        .find(|h| unicode_width::UnicodeWidthStr::width(h.as_str()) <= room)
        .unwrap_or_else(|| format!(" {}", heads.last().map_or("", |h| h.as_str())));
    Line::styled(fit(&head, room), t.accent).render(left, buf);
    Line::styled(state.0.as_str(), state.1).render(right, buf);
    let s = &editor.app.session;
    let date = s
        .date
        // In the language (English keeps the ISO form the file writes).
        .map_or_else(
            || tr!("editor-no-date"),
            |d| crate::i18n::date::listed(d, crate::i18n::current()),
        );
    let venue = if s.venue.is_empty() {
        tr!("editor-no-venue")
    } else {
        s.venue.clone()
    };
    let title = fit(&s.title, (width as usize / 2).max(10))
        .trim_end()
        .to_string();
    // What does not fit ends in "…", not mid-word unmarked (recheck NEW-17).
    let rest_room =
        (width as usize).saturating_sub(1 + unicode_width::UnicodeWidthStr::width(title.as_str()));
    Line::from(vec![
        Span::styled(" ", t.base),
        Span::styled(title, t.strong),
        Span::styled(
            super::clip(
                &format!(
                    " · {date} · {venue} · {}",
                    tr!("editor-presenters", minutes = s.presenter_minutes)
                ),
                u16::try_from(rest_room).unwrap_or(u16::MAX),
            ),
            t.dim,
        ),
    ])
    .render(details, buf);
    let tab = |n: &str, name: String, on: bool| {
        vec![
            Span::styled(format!(" {n} "), t.key),
            Span::styled(format!("{name}  "), if on { t.accent } else { t.dim }),
        ]
    };
    let mut spans = tab("1", tr!("editor-tab-plan"), editor.screen == Screen::Plan);
    spans.extend(tab(
        "2",
        tr!("editor-tab-people", count = s.participants.len()),
        editor.screen == Screen::Participants,
    ));
    Line::from(spans).render(tabs, buf);
    match editor.screen {
        Screen::Plan => super::plan::render(&editor.app, ctx, body, buf),
        Screen::Participants => participants(editor, ctx, body, buf),
    }
    for (row, (text, warn)) in schedule.into_iter().enumerate() {
        let r = Rect {
            y: sched.y + row as u16,
            height: 1,
            ..sched
        };
        Line::styled(
            fit(&text, width as usize),
            if warn { t.warn } else { t.calm },
        )
        .render(r, buf);
    }
    for (row, (text, bad)) in flash.into_iter().enumerate() {
        let r = Rect {
            y: message.y + row as u16,
            height: 1,
            ..message
        };
        Line::styled(text, if bad { t.warn } else { t.calm }).render(r, buf);
    }
    // The screen's own keys, then those of everywhere; on a narrow screen the least
    // needed go first (`FOOTER_DROPS`), so a add and x remove stay (issue 13, item 7).
    let mut hints = footer_hints(&KEYMAP, &editor.scopes()[..1], usize::MAX);
    hints.extend(footer_hints(&KEYMAP, &[Scope::Everywhere], usize::MAX));
    // With one item left there is nothing x may remove: it is not offered (recheck NEW-20).
    if editor.scopes().first() == Some(&Scope::Items) && s.item_order().len() <= 1 {
        hints.retain(|(_, words)| *words != crate::msg!("footer-remove"));
    }
    // The words that must fit are the language's (issue 16): French and Spanish run longer.
    let room = |hints: &[(String, Msg)]| -> usize {
        hints
            .iter()
            .map(|(k, w)| key_label(k).chars().count() + w.text().chars().count() + 3)
            .sum()
    };
    for drop in FOOTER_DROPS {
        if room(&hints) <= width as usize {
            break;
        }
        hints.retain(|(_, words)| words != drop);
    }
    while room(&hints) > width as usize && hints.pop().is_some() {}
    // A question has the keyboard: the keys behind it do nothing then, so none are shown
    // (recheck NEW-7, as the console's questions).
    if editor.ask.is_some() {
        hints.clear();
    }
    let mut spans = Vec::new();
    for (k, words) in hints {
        spans.push(Span::styled(format!(" {}", key_label(&k)), t.key));
        spans.push(Span::styled(format!(" {} ", words.text()), t.dim));
    }
    Line::from(spans).render(keys, buf);
    // The console's own form (a new item) and question (take an item out).
    super::overlay::render(&editor.app, ctx, area, buf);
    super::editor_forms::render(editor, ctx, area, buf);
}

/// The schedule as it stands: the total, and the report-back against the presentations
/// (with the plan's own warning when they do not fit). Each line says whether it warns.
pub fn schedule_lines(s: &Session, width: u16) -> Vec<(String, bool)> {
    total_lines(s, &[], width)
}

/// The Total's lines with the file's values that could not be read (`stand_ins`, still
/// in place) first among what is wrong: the Total does not tick while one is left.
fn total_lines(
    s: &Session,
    stand_ins: &[&crate::store::stand_ins::StandIn],
    width: u16,
) -> Vec<(String, bool)> {
    let total: u32 = s
        .item_order()
        .into_iter()
        .filter_map(|i| s.agenda.get(i))
        .map(|i| i.minutes)
        .sum();
    let mut text = format!(" {}", tr!("editor-total", time = hours(total)));
    if let (Some(starts), Some(ends)) = (s.starts, s.ends) {
        let planned = time_of_day::minutes_between(starts, ends);
        text.push_str(&format!(
            " {}",
            tr!(
                "editor-of-planned",
                time = hours(u32::try_from(planned).unwrap_or(0)),
                from = time_of_day::text(starts),
                to = time_of_day::text(ends)
            )
        ));
    }
    let groups = s.presenters();
    let presenting: i64 = groups.iter().map(|g| s.presenter_seconds(*g)).sum();
    let report: u32 = s
        .item_order()
        .into_iter()
        .filter_map(|i| s.agenda.get(i))
        .filter(|i| i.kind == ItemKind::Presentations)
        .map(|i| i.minutes)
        .sum();
    if report > 0 || !groups.is_empty() {
        // nc13b #12: "1 presentation", not "1 presentations" (the catalogue's plurals).
        text.push_str(&format!(
            " · {}",
            tr!(
                "editor-report-back",
                minutes = report,
                count = groups.len(),
                presenting = (presenting + 59) / 60
            )
        ));
    }
    // What `plenary run` would refuse first, then what `check` would warn about: the
    // Total ticks only when there is neither (issue 13, item 2).
    let agenda = s.edited_agenda();
    // What a stand-in already says is not said again ("title is missing", "is empty").
    let problems: Vec<_> = agenda
        .problems()
        .into_iter()
        .filter(|p| !stand_ins.iter().any(|s| s.problem.path == p.path))
        .collect();
    let advice = crate::editor::stand_ins::warnings(&agenda);
    let fits = !advice
        .iter()
        .any(|p| p.path.ends_with(".minutes") || p.path == "ends");
    if problems.is_empty() && stand_ins.is_empty() && fits && report > 0 {
        text.push_str(" ✓");
    }
    let mut out: Vec<(String, bool)> = wrap(&text, width, 2)
        .into_iter()
        .map(|l| (l, false))
        .collect();
    // The first of them, its place named as the screen numbers it (issue 13, item 7).
    let first = match (stand_ins.first(), problems.first()) {
        (Some(stand_in), _) => Some(crate::editor::stand_ins::listed(&agenda, stand_in)),
        (None, Some(p)) => Some(tr!(
            "editor-refused",
            problem = crate::i18n::problems::for_people(&agenda, p)
        )),
        (None, None) => advice
            .first()
            .map(|p| format!("⚠ {}", crate::i18n::problems::for_people(&agenda, p))),
    };
    if let Some(first) = first {
        let more = match stand_ins.len() + problems.len() + advice.len() {
            1 => String::new(),
            n => format!(" {}", tr!("editor-more", count = n - 1)),
        };
        for line in wrap(&format!(" {first}{more}"), width, 2) {
            out.push((line, true));
        }
    }
    out
}

/// Minutes as hours and minutes: "2 h 05", "45 min".
fn hours(minutes: u32) -> String {
    if minutes < 60 {
        format!("{minutes} min")
    } else {
        format!("{} h {:02}", minutes / 60, minutes % 60)
    }
}

/// The participants, one a row: name, organisation, stakeholder group, email.
fn participants(editor: &Editor, ctx: &Ctx, area: Rect, buf: &mut Buffer) {
    let t = ctx.theme;
    let people = &editor.app.session.participants;
    if area.height == 0 {
        return;
    }
    let w = area.width.saturating_sub(2) as usize;
    let (name_w, org_w, st_w) = (w * 3 / 10, w * 3 / 10, w / 5);
    let mail_w = w.saturating_sub(name_w + org_w + st_w);
    let row = |a: &str, b: &str, c: &str, d: &str| {
        // A space between columns, so a cut one never runs into the next.
        let col = |text: &str, w: usize| format!("{} ", fit(text, w.saturating_sub(1)));
        format!(
            "{}{}{}{}",
            col(a, name_w),
            col(b, org_w),
            col(c, st_w),
            col(d, mail_w)
        )
    };
    let visible = area.height.saturating_sub(1) as usize;
    let hidden = people.len().saturating_sub(visible);
    let mut heading = row(
        &tr!("editor-col-name"),
        &tr!("editor-col-organisation"),
        &tr!("editor-col-stakeholder"),
        &tr!("editor-col-email"),
    );
    if hidden > 0 {
        heading = fit(
            &format!(
                "{} · {}",
                heading.trim_end(),
                tr!("editor-more-people", count = hidden)
            ),
            w,
        );
    }
    Line::styled(format!("  {heading}"), t.strong).render(Rect { height: 1, ..area }, buf);
    if people.is_empty() {
        let r = Rect {
            y: area.y + 1,
            height: 1,
            ..area
        };
        Line::styled(
            fit(
                &format!("  {}", tr!("editor-no-people")),
                area.width as usize,
            ),
            t.dim,
        )
        .render(r, buf);
        return;
    }
    let skip = editor.person.saturating_sub(visible.saturating_sub(1));
    for (n, (i, p)) in people
        .iter()
        .enumerate()
        .skip(skip)
        .take(visible)
        .enumerate()
    {
        let here = i == editor.person;
        let text = row(&p.name, &p.organisation, &p.stakeholder, &p.email);
        Line::from(vec![
            Span::styled(if here { "› " } else { "  " }, t.accent),
            Span::styled(text, if here { t.selected } else { t.base }),
        ])
        .render(
            Rect {
                y: area.y + 1 + n as u16,
                height: 1,
                ..area
            },
            buf,
        );
    }
}
