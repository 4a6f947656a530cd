//! The read-back (issue 12, item 16): at the close the room hears what it agreed. The
//! commitments not deleted, in large readable text (what, owner, deadline), one at a time
//! or a page at a time, on the projector too. Pages are laid out here, from the screen's
//! size alone, so the keys (`app::read_back`) page through exactly what is shown.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Margin, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;
use unicode_width::UnicodeWidthStr;

use super::{Ctx, big_clock, clip};
use crate::app::App;
use crate::domain::{Commitment, Status};
use crate::i18n::date;
use crate::i18n::keys::status_label;
use crate::tr;

/// Lines an action gets on a page of several (one at a time, it gets what it needs).
const PAGE_ACTION_ROWS: usize = 3;

/// The part of a `screen`-sized console that commitments take: below the header, above the
/// line saying where the read-back is (and, off the projector, the keys).
pub fn body(app: &App, screen: Rect) -> Rect {
    let bottom = if app.projector() { 1 } else { 2 };
    let [_, body, _] = Layout::vertical([
        Constraint::Length(top_rows(app)),
        Constraint::Fill(1),
        Constraint::Length(bottom),
    ])
    .areas(screen);
    body.inner(Margin {
        horizontal: 2,
        vertical: 0,
    })
}

/// The header, and under it off the projector the running timer's line (issue 12, item 6:
/// the clock stays in sight on every view), while the session runs.
pub fn top_rows(app: &App) -> u16 {
    1 + u16::from(!app.projector() && app.started() && !app.ended())
}

/// Where each page starts (indexes into `list`) in `body`: as many whole commitments as fit,
/// at least one.
pub fn pages(list: &[&Commitment], body: Rect) -> Vec<usize> {
    let mut starts = Vec::new();
    let mut used = usize::from(body.height);
    for (i, c) in list.iter().enumerate() {
        let rows = page_entry(c, body.width, None).len();
        if used + 1 + rows > usize::from(body.height) {
            starts.push(i);
            used = rows;
        } else {
            used += 1 + rows;
        }
    }
    starts
}

/// The deadline as the room hears it, the date written as `format` says, and the status
/// when it is no longer open.
/// "by Thursday 26 November 2026 · done", in the room's language; `long` with the weekday
/// (a page), else the short date (one at a time, in big letters).
fn by_when(c: &Commitment, long: bool) -> String {
    let lang = crate::i18n::current();
    let when = if long {
        date::long(c.deadline, lang)
    } else {
        date::short(c.deadline, lang)
    };
    let mut text = tr!("readback-by", date = when);
    if c.status != Status::Open {
        text.push_str(&format!(" · {}", status_label(c.status)));
    }
    text
}

/// One commitment on a page: its action (at most three lines, the last cut with "…"), then
/// owner and deadline on one line, or two when they do not fit together.
fn page_entry(c: &Commitment, width: u16, ctx: Option<&Ctx>) -> Vec<Line<'static>> {
    let style =
        |f: fn(&super::Theme) -> ratatui::style::Style| ctx.map(|x| f(x.theme)).unwrap_or_default();
    let label = format!("{:<4}", c.id);
    let indent = " ".repeat(label.width());
    let room = width.saturating_sub(label.width() as u16);
    let mut out = Vec::new();
    for (i, part) in wrap_wide(&c.what, room, PAGE_ACTION_ROWS)
        .into_iter()
        .enumerate()
    {
        let head = if i == 0 {
            label.clone()
        } else {
            indent.clone()
        };
        out.push(Line::from(vec![
            Span::styled(head, style(|t| t.dim)),
            Span::styled(part, style(|t| t.strong)),
        ]));
    }
    let (owner, when) = (c.owner.trim().to_string(), by_when(c, true));
    if owner.width() + 3 + when.width() <= usize::from(room) {
        out.push(Line::from(vec![
            Span::raw(indent),
            Span::styled(owner, style(|t| t.accent)),
            Span::styled(format!(" · {when}"), style(|t| t.base)),
        ]));
    } else {
        out.push(Line::from(vec![
            Span::raw(indent.clone()),
            Span::styled(clip(&owner, room), style(|t| t.accent)),
        ]));
        out.push(Line::from(vec![
            Span::raw(indent),
            Span::styled(clip(&when, room), style(|t| t.base)),
        ]));
    }
    out
}

/// `text` in lines of at most `width` columns, at most `rows` of them (the last cut with
/// "…"): broken between words, and inside a word only when it is wider than a line (Chinese
/// is written without spaces), never inside a character.
pub fn wrap_wide(text: &str, width: u16, rows: usize) -> Vec<String> {
    let width = usize::from(width.max(1));
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        let gap = usize::from(!line.is_empty());
        if line.width() + gap + word.width() <= width {
            if gap == 1 {
                line.push(' ');
            }
            line.push_str(word);
            continue;
        }
        if !line.is_empty() {
            lines.push(std::mem::take(&mut line));
        }
        for ch in word.chars() {
            if line.width() + ch.to_string().width() > width && !line.is_empty() {
                lines.push(std::mem::take(&mut line));
            }
            line.push(ch);
        }
    }
    if !line.is_empty() || lines.is_empty() {
        lines.push(line);
    }
    if lines.len() > rows {
        let rest = lines.split_off(rows - 1).join(" ");
        lines.push(super::cut::clip_words(&rest, width as u16));
    }
    lines
}

/// Draws the read-back over everything below the header of `screen`.
pub fn render(app: &App, ctx: &Ctx, screen: Rect, buf: &mut Buffer) {
    let t = ctx.theme;
    let list = app.read_back_list();
    let body = body(app, screen);
    let bottom_rows = if app.projector() { 1 } else { 2 };
    let [_, _, bottom] = Layout::vertical([
        Constraint::Length(top_rows(app)),
        Constraint::Fill(1),
        Constraint::Length(bottom_rows),
    ])
    .areas(screen);
    let place = app.selection.read_back;
    let position = if list.is_empty() {
        Line::styled(format!(" {}", tr!("readback-none")), t.dim)
    } else if place.one_at_a_time {
        let at = place.at.min(list.len() - 1);
        one(list[at], ctx, body, buf);
        Line::styled(
            format!(
                " {}",
                tr!("readback-one", place = at + 1, count = list.len())
            ),
            t.accent,
        )
    } else {
        let starts = pages(&list, body);
        let page = starts
            .iter()
            .rposition(|s| *s <= place.at)
            .unwrap_or_default();
        let end = starts.get(page + 1).copied().unwrap_or(list.len());
        let mut y = body.y;
        for c in &list[starts[page]..end] {
            for line in page_entry(c, body.width, Some(ctx)) {
                if y < body.bottom() {
                    line.render(
                        Rect {
                            y,
                            height: 1,
                            ..body
                        },
                        buf,
                    );
                }
                y += 1;
            }
            y += 1;
        }
        let shown = if end - starts[page] > 1 {
            format!("{}–{}", starts[page] + 1, end)
        } else {
            format!("{}", end)
        };
        Line::styled(
            format!(
                " {}",
                tr!(
                    "readback-page",
                    page = page + 1,
                    pages = starts.len(),
                    shown = shown,
                    count = list.len()
                )
            ),
            t.accent,
        )
    };
    let [message, keys] =
        Layout::vertical([Constraint::Length(1), Constraint::Length(bottom_rows - 1)])
            .areas(bottom);
    // The last action's message (a refusal) before where the read-back is; off the
    // projector, a warning that stays comes first.
    let warning = app
        .host()
        .filter(|_| !app.projector())
        .and_then(|h| h.save_warning.as_ref().or(h.sharing_warning.as_ref()));
    match (warning, &app.flash) {
        (Some(w), _) => Line::styled(clip(&format!(" ⚠ {w}"), message.width), t.error),
        (None, Some(f)) => Line::styled(
            clip(&format!(" {}", f.text), message.width),
            if f.is_error { t.warn } else { t.calm },
        ),
        (None, None) => position,
    }
    .render(message, buf);
    if keys.height > 0 {
        super::key_hints(app, ctx, keys, buf);
    }
}

/// One commitment filling `area`: the action (in big glyphs when it fits on one line, whole
/// and wrapped otherwise), then owner and deadline as large as they fit (in big glyphs where
/// the font has every character, as they are otherwise).
fn one(c: &Commitment, ctx: &Ctx, area: Rect, buf: &mut Buffer) {
    let t = ctx.theme;
    let half = usize::from(area.height / 2).max(1);
    let big = Rect {
        height: (area.height / 3).min(8),
        ..area
    };
    let what_big = big_clock::drawable(&c.what) && big_clock::height_for(&c.what, big) > 1;
    let what = if what_big {
        Vec::new()
    } else {
        wrap_wide(&c.what, area.width, half)
    };
    let what_rows = if what_big {
        big_clock::height_for(&c.what, big)
    } else {
        what.len() as u16
    };
    let [_, id_row, what_area, _, owner_area, when_area, _] = Layout::vertical([
        Constraint::Length(u16::from(area.height >= 12)),
        Constraint::Length(1),
        Constraint::Length(what_rows),
        Constraint::Length(1),
        Constraint::Fill(1),
        Constraint::Fill(1),
        Constraint::Length(u16::from(area.height >= 12)),
    ])
    .areas(area);
    Line::styled(c.id.clone(), t.dim)
        .centered()
        .render(id_row, buf);
    if what_big {
        big_clock::render(&c.what, t.strong, what_area, buf);
    }
    for (i, part) in what.into_iter().enumerate() {
        let row = Rect {
            y: what_area.y + i as u16,
            height: 1,
            ..what_area
        };
        Line::styled(part, t.strong).centered().render(row, buf);
    }
    big_clock::render(c.owner.trim(), t.accent, owner_area, buf);
    big_clock::render(&by_when(c, false), t.base, when_area, buf);
}

#[cfg(test)]
mod tests {
    use super::*;

    // Issue 12, item 16: Chinese names are never cut inside a glyph.
    #[test]
    fn wide_text_wraps_between_characters_never_inside_one() {
        let lines = wrap_wide("在九月之前把水资源指标纳入国家成果框架 and report", 9, 10);
        for l in &lines {
            assert!(l.width() <= 9, "{l:?} in {lines:?}");
        }
        assert_eq!(
            lines.concat().replace(' ', ""),
            "在九月之前把水资源指标纳入国家成果框架andreport"
        );
        let cut = wrap_wide("a b c d e f g h", 3, 2);
        assert_eq!(cut, ["a b", "c…"]);
    }
}
