//! The console's chrome: the header (title, item, clock, drift, who joined) and the footer
//! (the keys that work here, a warning above them), drawn around every view.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

use super::cut::clip_words;
use super::*;
use crate::app::App;
use crate::domain::schedule::drift_text_in;
use crate::i18n::Msg;
use crate::i18n::keys::key_label;
use crate::tr;

pub(super) fn header(app: &App, ctx: &Ctx, area: Rect, buf: &mut Buffer) {
    let t = ctx.theme;
    let s = &app.session;
    let mut left = vec![Span::styled(format!(" {} ", s.title), t.strong)];
    if let Some(item) = s.agenda.get(app.current_item()) {
        left.push(Span::styled(
            {
                let (place, count) = s.item_place(app.current_item());
                format!("· {place}/{count} {} ", item.title)
            },
            t.base,
        ));
    }
    // Issue 12, item 14: the time of day, where the room looks, on every view and in
    // projector mode.
    let clock = Span::styled(format!("{} ", ctx.local_hm(ctx.now)), t.strong);
    let mut drift = None;
    let mut session = Some(match s.session_elapsed(ctx.now) {
        Some(elapsed) => {
            let minutes = elapsed.num_minutes();
            let time = format!("{}:{:02}", minutes / 60, minutes % 60);
            drift = s.drift(ctx.now).map(|d| {
                let words = drift_text_in(d, crate::i18n::current());
                let style = if d.num_minutes() >= 5 { t.warn } else { t.calm };
                Span::styled(format!("{words} "), style)
            });
            Span::styled(format!("{} ", tr!("header-session", time = time)), t.base)
        }
        None => Span::styled(format!("{} ", tr!("header-not-started")), t.dim),
    });
    let people = app.host().map_or(0, |h| h.people.len());
    let mut joined = (people > 0).then(|| {
        Span::styled(
            format!("{} ", tr!("header-joined", count = people)),
            t.accent,
        )
    });
    let mut bell = app
        .host()
        .is_some_and(|h| h.muted)
        .then(|| Span::styled(format!("{} ", tr!("header-bell-off")), t.dim));
    // Issue 16, item 5: on a narrow screen the lower-value phrases go whole — who is
    // connected, ahead or behind, the session's clock — before the title and the item
    // are cut to nothing ("P… · 4/6 Re…" at 60x20 in French).
    let wanted = (Line::from(left.clone()).width() as u16).min(area.width / 2);
    let right = loop {
        let right: Vec<Span> = [Some(clock.clone()), session.clone(), drift.clone()]
            .into_iter()
            .chain([joined.clone(), bell.clone()])
            .flatten()
            .collect();
        let width: u16 = right.iter().map(|s| s.width() as u16).sum::<u16>() + 1;
        if area.width.saturating_sub(width) >= wanted {
            break right;
        }
        if joined.take().is_none()
            && drift.take().is_none()
            && session.take().is_none()
            && bell.take().is_none()
        {
            break right;
        }
    };
    let right_width: u16 = right.iter().map(|s| s.width() as u16).sum::<u16>() + 1;
    let [l, r] =
        Layout::horizontal([Constraint::Fill(1), Constraint::Length(right_width)]).areas(area);
    // Cut the title side with an ellipsis rather than letting it run into the clock.
    let left_text: String = left.iter().map(|s| s.content.as_ref()).collect();
    let item_width = left.get(1).map_or(0, |s| s.width() as u16);
    let too_wide = Line::from(left.clone()).width() > l.width as usize;
    if too_wide && item_width > 0 {
        // nc13b #11: the title gives way first (to a third of the room), so the item the
        // room is on stays named.
        let room = l.width.saturating_sub(item_width).max(l.width / 3);
        let title = clip_words(&left[0].content, room);
        // A title cut short still stands apart from the item's "·".
        let title = if title.ends_with('…') {
            format!("{} ", clip_words(&left[0].content, room.saturating_sub(1)))
        } else {
            title
        };
        let rest = l
            .width
            .saturating_sub(Span::raw(title.as_str()).width() as u16);
        Line::from(vec![
            Span::styled(title, t.strong),
            Span::styled(clip_words(&left[1].content, rest), t.base),
        ])
        .render(l, buf);
    } else if too_wide {
        let cut = clip_words(&left_text, l.width);
        Line::styled(cut, t.strong).render(l, buf);
    } else {
        Line::from(left).render(l, buf);
    }
    Line::from(right).right_aligned().render(r, buf);
}

/// The most lines a lasting warning takes: room for a path named three times at 60 columns.
const WARNING_ROWS: usize = 6;

/// The footer's messages, wrapped to `width`: a warning that stays (the disk, sharing),
/// then the last action's message, the warning on at most `WARNING_ROWS` lines and the message on three, so nothing is cut mid-word.
/// Without a message the keys follow on a line of their own.
pub(super) fn footer_lines(app: &App, width: u16) -> Vec<(String, bool, bool)> {
    let mut out = Vec::new();
    let warning = app
        .host()
        .and_then(|h| h.save_warning.as_ref().or(h.sharing_warning.as_ref()));
    if let Some(warning) = warning {
        // nc14b #7: whole, the fix it gives to its end (two lines cut it).
        for line in wrap(&format!(" ⚠ {warning}"), width, WARNING_ROWS) {
            out.push((line, true, true));
        }
    }
    // Issue 14, item 10: what a note-taker just added, one line that fades by itself.
    if let Some((notice, _)) = app.host().and_then(|h| h.notice.as_ref()) {
        out.push((super::clip(&format!(" ▸ {notice}"), width), false, false));
    }
    if let Some(flash) = &app.flash {
        // Three lines: a key's "works …" at 60 columns is read to its end (recheck NEW-9).
        for line in wrap(&format!(" {}", flash.text), width, 3) {
            out.push((line, false, flash.is_error));
        }
    }
    out
}

/// Greedy word wrap to `width` columns, at most `rows` lines (the last cut with "…").
pub fn wrap(text: &str, width: u16, rows: usize) -> Vec<String> {
    use unicode_width::UnicodeWidthStr;
    let width = usize::from(width.max(1));
    // Every line keeps the text's indent.
    let body = text.trim_start_matches(' ');
    let indent = &text[..text.len() - body.len()];
    let mut lines: Vec<String> = Vec::new();
    let mut current = String::new();
    for word in body.split(' ') {
        // A path wider than a line keeps its file name, its folders shortened to "…/"
        // (issue 16, item 5: "…outc…" hid the file just written).
        let word = if word.width() + indent.len() > width && word.contains('/') {
            super::cut::short_path(word, width.saturating_sub(indent.len()))
        } else {
            word.to_string()
        };
        let candidate = if current.is_empty() {
            format!("{indent}{word}")
        } else {
            format!("{current} {word}")
        };
        if candidate.width() <= width || current.is_empty() {
            current = candidate;
        } else {
            lines.push(std::mem::take(&mut current));
            current = format!("{indent}{word}");
        }
    }
    lines.push(current);
    if lines.len() > rows {
        let rest = lines.split_off(rows - 1).join(" ");
        lines.push(rest);
    }
    // The last line, when cut, loses whole words.
    lines
        .into_iter()
        .map(|l| super::cut::clip_words(&l, width as u16))
        .collect()
}

pub(super) fn footer(app: &App, ctx: &Ctx, area: Rect, buf: &mut Buffer) {
    let t = ctx.theme;
    let lines = footer_lines(app, area.width);
    // Issue 11 (newcomer finding 1): a warning that stays (NOT SHARED) took the keys' place
    // for the whole session; "? help  q quit" stay below it.
    if app.flash.is_none() && area.height > 0 {
        let last = Rect {
            y: area.bottom() - 1,
            height: 1,
            ..area
        };
        key_hints(app, ctx, last, buf);
    }
    for (row, (text, warning, error)) in lines.into_iter().enumerate().take(area.height as usize) {
        let style = match (warning, error) {
            (true, _) => t.error,
            (false, true) => t.warn,
            (false, false) => t.calm,
        };
        let line = Rect {
            y: area.y + row as u16,
            height: 1,
            ..area
        };
        Line::styled(text, style).render(line, buf);
    }
}

/// The keys that matter here, from the keymap: those of the screen on the left, help and
/// quit always on the right.
pub(crate) fn key_hints(app: &App, ctx: &Ctx, area: Rect, buf: &mut Buffer) {
    let (map, _) = app.keymap_and_help();
    key_hints_of(map, app, ctx, area, buf);
}

/// The footer's keys from `map`, for the scopes that apply in `app` now (as
/// `App::footer_keys`, with the seat's own map).
pub(crate) fn key_hints_of(
    map: &'static crate::keymap::Keymap<crate::app::Action, crate::app::keys::Scope>,
    app: &App,
    ctx: &Ctx,
    area: Rect,
    buf: &mut Buffer,
) {
    use crate::app::Action;
    let t = ctx.theme;
    let pinned = |a: Action| matches!(a, Action::Help | Action::Quit);
    let mut left: Vec<(String, Msg)> = Vec::new();
    let mut right: Vec<(String, Msg)> = Vec::new();
    // Grouped by the keymap's message ids; put into the room's language when drawn.
    for b in app.footer_keys_of(map) {
        let Some(words) = b.footer else { continue };
        let side = if pinned(b.action) {
            &mut right
        } else {
            &mut left
        };
        match side.last_mut() {
            Some((keys, w)) if *w == words => keys.push_str(&key_label(b.label)),
            _ => side.push((key_label(b.label), words)),
        }
    }
    let spans = |hints: &[(String, Msg)]| -> Vec<Span<'static>> {
        hints
            .iter()
            .flat_map(|(k, w)| {
                [
                    Span::styled(format!(" {k}"), t.key),
                    Span::styled(format!(" {} ", w.text()), t.dim),
                ]
            })
            .collect()
    };
    let right = spans(&right);
    let right_width: usize = right.iter().map(|s| s.width()).sum();
    let room = (area.width as usize).saturating_sub(right_width);
    let mut used = 0;
    let left: Vec<(String, Msg)> = left
        .into_iter()
        .take_while(|(k, w)| {
            used += k.chars().count() + w.text().chars().count() + 3;
            used <= room
        })
        .collect();
    let [keys, fixed] =
        Layout::horizontal([Constraint::Fill(1), Constraint::Length(right_width as u16)])
            .areas(area);
    Line::from(spans(&left)).render(keys, buf);
    Line::from(right).render(fixed, buf);
}
