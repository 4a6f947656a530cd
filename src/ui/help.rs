//! The keys overlay, drawn from keymaps: every binding of the scopes given, under a heading
//! per scope, in two columns when the screen is wide enough, so what help says is what the
//! keys do.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Borders, Clear, Paragraph, Widget};

use super::Theme;
use crate::app::keys::Scope;
use crate::i18n::Msg;
use crate::i18n::keys::key_label;
use crate::keymap::Keymap;
use crate::msg;

/// One heading of the overlay and its rows (keys, what they do).
pub struct Section {
    pub title: Msg,
    pub rows: Vec<(&'static str, Msg)>,
}

/// The sections of `map` for `scopes`, each titled by `title`.
pub fn sections<A: Copy, S: Copy + PartialEq>(
    map: &Keymap<A, S>,
    scopes: &[S],
    title: impl Fn(S) -> Msg,
) -> Vec<Section> {
    scopes
        .iter()
        .map(|scope| Section {
            title: title(*scope),
            rows: map
                .in_scopes(std::slice::from_ref(scope))
                .map(|b| (b.label, b.help))
                .collect(),
        })
        .filter(|s| !s.rows.is_empty())
        .collect()
}

/// The overlay's lines for a column `width` wide: each description wraps under itself, so
/// nothing is cut however narrow the screen (issue 11, newcomer finding 16: at 60x20 the
/// descriptions were cut with no sign, and the end of each lost).
fn lines(sections: &[&Section], label_width: usize, width: u16, t: &Theme) -> Vec<Line<'static>> {
    let room = width.saturating_sub(label_width as u16 + 2).max(8);
    let mut out = Vec::new();
    for section in sections {
        // In the room's language (issue 16): the keymaps name their words by message id.
        out.push(Line::styled(
            super::clip(&section.title.text(), width),
            t.accent,
        ));
        for (label, help) in &section.rows {
            let label = key_label(label);
            for (i, part) in super::wrap(&help.text(), room, usize::MAX)
                .into_iter()
                .enumerate()
            {
                let key = if i == 0 { label.as_str() } else { "" };
                out.push(Line::from(vec![
                    Span::styled(format!("{key:>label_width$}  "), t.key),
                    Span::styled(part, t.base),
                ]));
            }
        }
    }
    out
}

/// Draws `sections` in a box over `area`, scrolled down `scroll` lines (when they do not all
/// fit), with the help keys themselves last.
pub fn render(sections: &[Section], scroll: u16, t: &Theme, area: Rect, buf: &mut Buffer) {
    let own = super::help::sections(
        &crate::keymap::HELP_KEYS,
        &[crate::keymap::HelpScope::Help],
        |_| msg!("help-shown"),
    );
    let label_width = sections
        .iter()
        .chain(&own)
        .flat_map(|s| &s.rows)
        .map(|(label, _)| key_label(label).chars().count())
        .max()
        .unwrap_or(0);
    let all: Vec<&Section> = sections.iter().chain(&own).collect();
    let one = area.width.min(90);
    let two = area.width >= 120
        && lines(&all, label_width, one.saturating_sub(2), t).len() + 2 > area.height as usize;
    let columns = if two { 2 } else { 1 };
    let width = if two { area.width.min(160) } else { one };
    let column_width = Layout::horizontal(vec![Constraint::Fill(1); columns]).split(Rect::new(
        0,
        0,
        width.saturating_sub(2),
        1,
    ))[0]
        .width;
    // Two columns keep a space between them: a description that filled its column ran
    // into the next column's heading ("renégociés,Recherche").
    let column_width = if two {
        column_width.saturating_sub(1)
    } else {
        column_width
    };
    let lines = lines(&all, label_width, column_width, t);
    let per_column = lines.len().div_ceil(columns).max(1);
    let height = (per_column as u16 + 2).min(area.height);
    let rect = Rect::new(
        area.x + (area.width - width) / 2,
        area.y + (area.height - height) / 2,
        width,
        height,
    );
    Clear.render(rect, buf);
    buf.set_style(rect, t.base);
    let room = height.saturating_sub(2) as usize;
    let fits = per_column <= room;
    let scroll = if fits {
        0
    } else {
        (scroll as usize).min(per_column - room)
    };
    let title = if fits {
        format!(" {} ", crate::tr!("help-title"))
    } else if scroll + room < per_column {
        format!(
            " {} ",
            crate::tr!("help-title-more", count = per_column - room - scroll)
        )
    } else {
        format!(" {} ", crate::tr!("help-title-back"))
    };
    let block = Block::new()
        .borders(Borders::ALL)
        .border_type(BorderType::Thick)
        .border_style(t.accent)
        .title(Span::styled(title, t.accent));
    let inner = block.inner(rect);
    block.render(rect, buf);
    let parts = Layout::horizontal(vec![Constraint::Fill(1); columns]).split(inner);
    for (column, part) in lines.chunks(per_column).zip(parts.iter()) {
        let shown: Vec<Line> = column.iter().skip(scroll).cloned().collect();
        Paragraph::new(shown).render(*part, buf);
    }
}

/// The keys overlay of the console or a note-taker's screen: what works here first, then
/// the rest, the forms' and the detail view's keys after.
pub(super) fn overlay(app: &crate::app::App, ctx: &super::Ctx, area: Rect, buf: &mut Buffer) {
    let (map, all) = app.keymap_and_help();
    // What works here first, then the rest.
    let now = app.scopes();
    // Findings11 item 8: keys that can never work again here (starting a session that has
    // started) are left out, not merely listed last.
    let can_apply = |s: &Scope| *s != Scope::Start || !app.started();
    let order: Vec<Scope> = all
        .iter()
        .filter(|s| now.contains(s))
        .chain(all.iter().filter(|s| !now.contains(s) && can_apply(s)))
        .copied()
        .collect();
    let mut shown = sections(map, &order, Scope::title);
    // What v in the commitments table opens (issue 14, item 5), after the screen's keys.
    shown.extend(sections(
        &crate::app::detail::DETAIL_KEYS,
        &[crate::app::detail::DetailScope::Detail],
        |_| crate::app::detail::DETAIL_TITLE,
    ));
    // A viewer opens no form: the forms' keys are not its keys.
    let viewer = app
        .remote()
        .is_some_and(|r| r.role == crate::live::protocol::Role::Viewer);
    if !viewer {
        shown.extend(sections(
            &crate::form::KEYMAP,
            &crate::form::Scope::ALL,
            crate::form::Scope::title,
        ));
    }
    if !viewer && (app.host().is_some() || app.remote().is_some()) {
        shown.extend(sections(
            &crate::app::form::SUGGESTION_KEYS,
            &[crate::app::form::Suggesting::Owners],
            |_| msg!("help-owners"),
        ));
    }
    render(&shown, app.help_scroll, ctx.theme, area, buf);
}
