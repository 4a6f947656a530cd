//! The launcher's list of agendas and recorded sessions.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{List, ListItem, ListState, Paragraph, StatefulWidget, Widget, Wrap};

use super::Theme;
use super::rail::fit;
use crate::keymap::footer_hints;
use crate::launcher::{EntryKind, KEYMAP, Launcher, Scope};

/// Draws the launcher: the files, the one selected, and the keys (from its keymap).
pub fn render(launcher: &Launcher<'_>, t: &Theme, area: Rect, buf: &mut Buffer) {
    let (entries, selected, message) = (
        launcher.entries,
        launcher.selected,
        launcher.message.as_deref(),
    );
    buf.set_style(area, t.base);
    let [title, list, foot] = Layout::vertical([
        Constraint::Length(2),
        Constraint::Fill(1),
        Constraint::Length(2),
    ])
    .areas(area);
    Line::styled(
        " plenary · pick an agenda to start, or a session to resume",
        t.accent,
    )
    .render(title, buf);
    let width = list.width as usize;
    let items: Vec<ListItem> = entries
        .iter()
        .map(|e| {
            let tag = match (e.kind, &e.problem) {
                (_, Some(_)) => "unreadable",
                (EntryKind::Agenda, None) => "agenda    ",
                (EntryKind::Recorded, None) => "session   ",
            };
            let title_width = width.saturating_sub(14).min(50);
            let detail = if e.problem.is_some() {
                "Enter shows why".to_string()
            } else {
                e.detail.clone()
            };
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
    let text = match message {
        Some(m) => Line::styled(format!(" {m}"), t.warn),
        None => {
            let hints = footer_hints(&KEYMAP, &[Scope::List], foot.width as usize);
            let words: Vec<String> = hints.iter().map(|(k, w)| format!("{k} {w}")).collect();
            Line::styled(format!(" {}", words.join(" · ")), t.dim)
        }
    };
    Paragraph::new(text)
        .wrap(Wrap { trim: true })
        .render(foot, buf);
    if launcher.help {
        let sections = super::help::sections(&KEYMAP, &[Scope::List], |_| "Picking a file");
        super::help::render(&sections, launcher.help_scroll, t, area, buf);
    }
}
