//! The review screens: the sessions list, one session's record, the commitments board,
//! and the follow-up form. Read-only views of `review::Review`.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Cell, Paragraph, Row, StatefulWidget, Table, TableState, Widget, Wrap};

use super::theme::MARK;
use super::{Theme, columns};
use crate::review::keys::{KEYMAP, Scope};
use crate::review::{Review, Screen};
use crate::tr;

/// Draws the review screens.
pub fn render(r: &Review, t: &Theme, area: Rect, buf: &mut Buffer) {
    buf.set_style(area, t.base);
    if area.width < super::MIN_WIDTH || area.height < 8 {
        Paragraph::new(tr!("review-too-small"))
            .style(t.strong)
            .wrap(Wrap { trim: true })
            .render(area, buf);
        return;
    }
    let flash = r
        .flash
        .as_ref()
        .map(|(text, _)| super::message::lines(text, area.width, 3))
        .unwrap_or_default();
    let [head, body, foot] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Fill(1),
        Constraint::Length(u16::try_from(flash.len()).unwrap_or(1).max(1)),
    ])
    .areas(area);
    // Issue 15, item 9: the count the board says too ("N of M"), dropped ones included.
    let commitments = r.entries.len();
    let mut title = vec![
        Span::styled(" plenary review ", t.accent),
        Span::styled(
            format!(
                "· {} · {} · ",
                {
                    let n = r.catalog.sessions.len();
                    tr!("review-sessions", count = n, shown = thousands(n))
                },
                tr!(
                    "review-commitments",
                    count = commitments,
                    shown = thousands(commitments)
                )
            ),
            t.base,
        ),
        Span::styled(
            tr!("doc-n-overdue", count = r.overdue_total()),
            if r.overdue_total() > 0 {
                t.warn
            } else {
                t.calm
            },
        ),
    ];
    if !r.catalog.unreadable.is_empty() {
        title.push(Span::styled(
            tr!("review-unreadable", count = r.catalog.unreadable.len()),
            t.warn,
        ));
    }
    Line::from(title).render(head, buf);
    match r.screen {
        Screen::Sessions => sessions(r, t, body, buf),
        Screen::Session(i) => session(r, t, i, body, buf),
        Screen::Board => super::review_board::board(r, t, body, buf),
        Screen::Figures => super::review_figures::render(r, t, body, buf),
    }
    footer(r, &flash, t, foot, buf);
    if let Some(form) = &r.followup {
        super::review_form::followup(r, form, t, area, buf);
    }
    if r.help {
        let scopes = [
            Scope::Sessions,
            Scope::Record,
            Scope::Export,
            Scope::Board,
            Scope::Search,
            Scope::Figures,
            Scope::Everywhere,
        ];
        let mut sections = super::help::sections(&KEYMAP, &scopes, Scope::title);
        // The follow-up form's keys (findings11 item 7): the same kit as every form.
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
        super::help::render(&sections, r.help_scroll, t, area, buf);
    }
    if r.export_prompt {
        super::review_form::export_prompt(t, r.export_external, area, buf);
    }
    super::guard_edges(buf);
}

fn footer(r: &Review, flash: &[String], t: &Theme, area: Rect, buf: &mut Buffer) {
    if let Some((_, is_error)) = &r.flash {
        let style = if *is_error { t.error } else { t.calm };
        let lines: Vec<Line> = flash
            .iter()
            .map(|l| Line::styled(l.clone(), style))
            .collect();
        Paragraph::new(lines).render(area, buf);
        return;
    }
    // With the follow-up form open its own keys line has the keyboard: the screen's keys
    // behind it do not work, so none are offered (findings11 item 6).
    let scopes = if r.followup.is_some() {
        Vec::new()
    } else {
        r.scopes()
    };
    let hints = crate::i18n::keys::hints_in_language(
        crate::keymap::footer_hints(&KEYMAP, &scopes, usize::MAX),
        area.width as usize,
    );
    let spans: Vec<Span> = hints
        .iter()
        .flat_map(|(k, d)| {
            [
                Span::styled(format!(" {k}"), t.key),
                Span::styled(format!(" {d} "), t.dim),
            ]
        })
        .collect();
    Line::from(spans).render(area, buf);
}

fn sessions(r: &Review, t: &Theme, area: Rect, buf: &mut Buffer) {
    let bad = r.catalog.unreadable.len().min(6) as u16;
    let [list, problems] = Layout::vertical([
        Constraint::Fill(1),
        Constraint::Length(if bad > 0 { 2 * bad + 1 } else { 0 }), // two rows a file: reasons wrap
    ])
    .areas(area);
    if r.catalog.sessions.is_empty() {
        Paragraph::new(Line::styled(tr!("review-no-sessions"), t.dim))
            .wrap(Wrap { trim: true })
            .render(list, buf);
    } else {
        // nc16 #7: dates as the language writes them in a list ("26 nov. 2026").
        let lang = crate::i18n::current();
        let widths = [
            Constraint::Length(crate::i18n::date::listed_width(lang)),
            Constraint::Length(5),
            Constraint::Fill(1),
            Constraint::Length(6),
            Constraint::Length(5),
            Constraint::Length(5),
            Constraint::Length(7),
        ];
        let cut_to = columns::widths(list.width, 1, &widths, 2);
        let labels = session_labels(r);
        let rows = r.catalog.sessions.iter().zip(&r.stats).zip(labels);
        let rows = rows.map(|(((_, s), st), (start, tail))| {
            // Issue 11 (newcomer finding 19): a title that does not fit ends with "…"; an
            // id's end that tells twins apart stays whole after it.
            let room = cut_to.get(2).map_or(u16::MAX, |w| {
                w.saturating_sub(unicode_width::UnicodeWidthStr::width(tail.as_str()) as u16)
            });
            Row::new(vec![
                Cell::from(
                    s.date
                        .map(|d| crate::i18n::date::listed(d, lang))
                        .unwrap_or_default(),
                ),
                Cell::from(start),
                Cell::from(format!("{}{tail}", super::cut::clip_words(&s.title, room))),
                Cell::from(format!("{:>6}", s.participants.len())),
                Cell::from(format!("{:>5}", st.owed)),
                Cell::from(format!("{:>5}", st.done)),
                Cell::from(Span::styled(
                    format!("{:>7}", st.overdue),
                    if st.overdue > 0 { t.warn } else { t.base },
                )),
            ])
        });
        let table = Table::new(rows, widths)
            .header(
                Row::new(vec![
                    tr!("review-col-date"),
                    tr!("review-col-start"),
                    tr!("review-col-session"),
                    format!("{:>6}", tr!("review-col-people")),
                    format!("{:>5}", tr!("review-col-owed")),
                    format!("{:>5}", tr!("review-col-done")),
                    format!("{:>7}", tr!("review-col-overdue")),
                ])
                .style(t.strong),
            )
            // Issue 11 (newcomer findings 2, 3): the selected session is marked, and reversed.
            .row_highlight_style(t.selected)
            .highlight_symbol(MARK)
            .column_spacing(2);
        let mut state = TableState::default().with_selected(Some(r.selected_session));
        StatefulWidget::render(table, list, buf, &mut state);
    }
    if bad > 0 {
        let mut lines = vec![Line::styled(tr!("review-not-loaded"), t.warn)];
        for (path, reason) in r.catalog.unreadable.iter().take(6) {
            // The reason starts with the full path; the file name is enough here and leaves
            // room for the reason itself.
            let full = path.display().to_string();
            let name = path
                .file_name()
                .map_or(full.clone(), |n| n.to_string_lossy().into_owned());
            let rest = reason.strip_prefix(&full).unwrap_or(reason);
            lines.push(Line::styled(format!("  {name}{rest}"), t.dim));
        }
        Paragraph::new(lines)
            .wrap(Wrap { trim: false })
            .render(problems, buf);
    }
}

/// Each listed session's start (`HH:MM` where it ran), and for a title shared with another session
/// of the same day and minute the end of its session id (" · 4242") to follow the title,
/// so two runs of one agenda on one day never look the same (issue 12, item 12).
fn session_labels(r: &Review) -> Vec<(String, String)> {
    let key = |s: &crate::domain::Session| {
        // nc15 #10: in the session's own offset, as every other view gives it.
        let offset = s.live.as_ref().and_then(|l| l.offset()).unwrap_or(r.offset);
        let start = crate::review::began(s).map(|t| t.with_timezone(&offset).format("%H:%M"));
        (s.date, start.map(|t| t.to_string()).unwrap_or_default())
    };
    let keys: Vec<_> = r.catalog.sessions.iter().map(|(_, s)| key(s)).collect();
    r.catalog
        .sessions
        .iter()
        .zip(&keys)
        .map(|((_, s), k)| {
            let twins = r
                .catalog
                .sessions
                .iter()
                .zip(&keys)
                .filter(|((_, o), ok)| *ok == k && o.title == s.title)
                .count();
            let tail = match s.live.as_ref().filter(|_| twins > 1) {
                Some(l) => format!(" · {}", l.id.rsplit('-').next().unwrap_or(&l.id)),
                None => String::new(),
            };
            (k.1.clone(), tail)
        })
        .collect()
}

fn session(r: &Review, t: &Theme, i: usize, area: Rect, buf: &mut Buffer) {
    let Some((path, s)) = r.catalog.sessions.get(i) else {
        return;
    };
    // Issue 15, item 9: the record reads as text, not as raw Markdown.
    let options = crate::report::outcome::Options {
        now: crate::clock::wall_now(),
        offset: r.offset,
        today: r.today,
        external: false,
    };
    let rows = crate::domain::board::rows([(path.display().to_string().as_str(), s)], r.today);
    let doc = crate::report::outcome::build(s, &rows, &options);
    // The record is the outcome document in its own language: its overdue rows stand out.
    let marks = tr!(in doc.lang; "review-late-marks");
    let late = |l: &str| marks.split('|').any(|m| l.contains(m));
    use crate::report::plain::Kind;
    let lines: Vec<Line> = crate::report::plain::lines(&doc, area.width as usize)
        .into_iter()
        .map(|(kind, l)| match kind {
            Kind::Title => Line::styled(l, t.accent),
            Kind::Heading | Kind::Header => Line::styled(l, t.strong),
            Kind::Text if late(&l) => Line::styled(l, t.warn),
            Kind::Text => Line::styled(l, t.base),
        })
        .collect();
    Paragraph::new(lines)
        .wrap(Wrap { trim: false })
        .scroll((r.scroll, 0))
        .render(area, buf);
}

/// A count as people read it in the language in force: "20,000", "20 000", "20.000".
pub(super) fn thousands(n: usize) -> String {
    let digits = n.to_string();
    let separator = tr!("review-thousands");
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push_str(&separator);
        }
        out.push(c);
    }
    out
}
