//! The launcher's list of agendas and recorded sessions.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{List, ListItem, ListState, Paragraph, StatefulWidget, Widget, Wrap};

use unicode_width::UnicodeWidthStr;

use super::Theme;
use super::rail::fit;
use crate::launcher::{EntryKind, KEYMAP, Launcher, Scope};

/// Draws the launcher: the files, the one selected, and the keys (from its keymap).
pub fn render(launcher: &Launcher<'_>, t: &Theme, area: Rect, buf: &mut Buffer) {
    let (entries, selected, message) = (
        launcher.entries,
        launcher.selected,
        launcher.message.as_deref(),
    );
    buf.set_style(area, t.base);
    // Issue 11 (newcomer finding 3): a refusal is read whole, however many lines it takes
    // (at most half the screen, the rest cut with "…").
    let message_lines = message
        .map(|m| super::message::lines(m, area.width, usize::from(area.height / 2).max(2)))
        .unwrap_or_default();
    let foot_height = u16::try_from(message_lines.len())
        .unwrap_or(u16::MAX)
        .max(2);
    let [title, list, foot] = Layout::vertical([
        Constraint::Length(2),
        Constraint::Fill(1),
        Constraint::Length(foot_height),
    ])
    .areas(area);
    Line::styled(crate::tr!("launcher-title"), t.accent).render(title, buf);
    let width = list.width as usize;
    let items: Vec<ListItem> = entries
        .iter()
        .map(|e| {
            let tag = match (e.kind, &e.problem) {
                // Read, but `run` would refuse it (recheck NEW-5).
                (EntryKind::Agenda, Some(_)) => crate::tr!("launcher-cannot-run"),
                // Read, but its plan has problems (nc16 #10): not "unreadable".
                (_, Some(_)) if e.readable => crate::tr!("launcher-cannot-run"),
                (_, Some(_)) => crate::tr!("launcher-unreadable"),
                (EntryKind::Agenda, None) => crate::tr!("launcher-agenda"),
                (EntryKind::Recorded, None) => crate::tr!("launcher-session"),
            };
            let tag = format!("{:<10}", fit(&tag, 10));
            // Issue 11 (newcomer finding 14): the detail (date, state) tells two files of one
            // title apart, so it keeps its place and the title gives way, down to 16 columns;
            // past that the brief detail stands in.
            let room = width.saturating_sub(1 + 12 + 2);
            let detail = match &e.problem {
                // Its file too: two agendas of one title stay told apart.
                Some(_) if !e.brief.is_empty() => {
                    format!("{} · {}", e.brief, crate::tr!("launcher-shows-why"))
                }
                Some(_) => crate::tr!("launcher-shows-why"),
                None if room.saturating_sub(e.detail.width()) >= 16 => e.detail.clone(),
                None => e.brief.clone(),
            };
            let title_width = room.saturating_sub(detail.width()).min(50);
            ListItem::new(Line::from(vec![
                Span::styled(
                    format!(" {tag} "),
                    if e.problem.is_some() { t.warn } else { t.dim },
                ),
                Span::styled(fit(&e.title, title_width), t.strong),
                Span::styled(format!("  {detail}"), t.dim),
            ]))
        })
        .collect();
    let mut state = ListState::default().with_selected(Some(selected));
    StatefulWidget::render(
        // "›" marks the choice without colour (NO_COLOR).
        List::new(items)
            .highlight_style(t.selected)
            .highlight_symbol("›"),
        list,
        buf,
        &mut state,
    );
    let text: Vec<Line> = if message.is_some() {
        message_lines
            .into_iter()
            .map(|l| Line::styled(l, t.warn))
            .collect()
    } else {
        let hints = crate::i18n::keys::hints_in_language(
            crate::keymap::footer_hints(&KEYMAP, &[Scope::List], usize::MAX),
            foot.width as usize,
        );
        let words: Vec<String> = hints.iter().map(|(k, w)| format!("{k} {w}")).collect();
        vec![Line::styled(format!(" {}", words.join(" · ")), t.dim)]
    };
    Paragraph::new(text)
        .wrap(Wrap { trim: false })
        .render(foot, buf);
    if launcher.help {
        let sections = super::help::sections(&KEYMAP, &[Scope::List], |_| {
            crate::msg!("launcher-scope-list")
        });
        super::help::render(&sections, launcher.help_scroll, t, area, buf);
    }
}
