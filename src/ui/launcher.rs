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
    // nc16b #10: the title loses whole words, with "…", at 60 columns in French.
    Line::styled(
        super::cut::clip_words(&crate::tr!("launcher-title"), title.width),
        t.accent,
    )
    .render(title, buf);
    let width = list.width as usize;
    // Issue 11 (newcomer finding 14): the detail (date, state) tells two files of one title
    // apart, so it keeps its place and the title gives way, down to 16 columns; past that
    // the brief detail stands in.
    let room = width.saturating_sub(1 + 12 + 2);
    let details: Vec<String> = entries
        .iter()
        .map(|e| match &e.problem {
            // Its file too: two agendas of one title stay told apart.
            Some(_) if !e.brief.is_empty() => {
                format!("{} · {}", e.brief, crate::tr!("launcher-shows-why"))
            }
            Some(_) => crate::tr!("launcher-shows-why"),
            None => e.detail.clone(),
        })
        .collect();
    // One title column for every row (nc16b #10: each row's own width left the details
    // ragged): as wide as the longest title, as far as the widest brief detail (the file,
    // or the date and state) lets it; a longer detail loses its last phrases.
    let longest_title = entries.iter().map(|e| e.title.width()).max().unwrap_or(0);
    let widest_brief = entries
        .iter()
        .zip(&details)
        .map(|(e, d)| {
            if e.problem.is_some() {
                d.width()
            } else {
                e.brief.width()
            }
        })
        .max()
        .unwrap_or(0);
    let title_width = longest_title
        .min(50)
        .min(room.saturating_sub(widest_brief))
        .max(room.min(16));
    let items: Vec<ListItem> = entries
        .iter()
        .zip(&details)
        .map(|(e, detail)| {
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
            let detail = super::stage::fit_parts(
                detail,
                u16::try_from(room.saturating_sub(title_width)).unwrap_or(u16::MAX),
            );
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
        let mut words: Vec<String> = hints.iter().map(|(k, w)| format!("{k} {w}")).collect();
        // Whole hints on one line (nc16b #10: "q" on one line, "quitter" on the next).
        while words.len() > 1 && 1 + words.join(" · ").width() > usize::from(foot.width) {
            words.pop();
        }
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
