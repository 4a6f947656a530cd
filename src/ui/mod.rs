//! Views: read-only functions from the app state (and the time) to a buffer.
//! Nothing here changes state; keys are handled in `app`.

pub mod big_clock;
mod columns;
pub mod editor;
mod editor_forms;
mod follow_up;
pub mod form;
pub mod help;
pub mod join;
pub mod launcher;
mod lists;
mod message;
mod notes;
pub(crate) mod overlay;
mod picker;
mod plan;
pub mod rail;
pub mod read_back;
pub mod review;
mod review_form;
mod stage;
mod summary;
pub mod theme;

use chrono::{DateTime, FixedOffset, NaiveDate, Utc};
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget, Wrap};

use crate::app::{App, View};
use crate::domain::schedule::drift_text;
use crate::domain::timer::clock_text;
pub use theme::{Theme, ThemeName};

/// The smallest terminal the console lays itself out in; below it a message asks for more room.
pub const MIN_WIDTH: u16 = 40;
pub const MIN_HEIGHT: u16 = 12;

/// What a frame needs besides the app: the time, the local offset and the styles.
pub struct Ctx<'a> {
    pub now: DateTime<Utc>,
    /// Local time zone offset, for wall-clock times shown to people.
    pub offset: FixedOffset,
    pub theme: &'a Theme,
}

impl Ctx<'_> {
    /// Today's date where the people are.
    pub fn today(&self) -> NaiveDate {
        self.now.with_timezone(&self.offset).date_naive()
    }

    /// A wall-clock time as people in the room read it (`14:05`).
    pub fn local_hm(&self, at: DateTime<Utc>) -> String {
        at.with_timezone(&self.offset).format("%H:%M").to_string()
    }
}

/// Draws the whole console for `app` into `buf`.
pub fn render(app: &App, ctx: &Ctx, area: Rect, buf: &mut Buffer) {
    fill_base(ctx, area, buf);
    if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
        too_small(ctx, area, buf);
        return;
    }
    if app.view == View::ReadBack {
        // The whole screen below the header, on the projector or not: it is for the room.
        header(app, ctx, Rect { height: 1, ..area }, buf);
        if read_back::top_rows(app) > 1
            && let Some(line) = stage::timer_line(app, ctx)
        {
            line.render(
                ctx,
                Rect {
                    y: area.y + 1,
                    height: 1,
                    ..area
                },
                buf,
            );
        }
        read_back::render(app, ctx, area, buf);
        return finish(app, ctx, area, buf);
    }
    let areas = screen_areas(app, area);
    header(app, ctx, areas.head, buf);
    if let Some(rail_area) = areas.rail {
        rail::render(app, ctx, rail_area, buf);
    }
    // Issue 12, item 6: the running timer stays in sight off the stage and above every form
    // (a row of its own, right under the header, that no box covers).
    let mut main = areas.main;
    let mut overlay_area = area;
    let off_stage = app.view != View::Stage || app.form.is_some() || app.picker.is_some();
    if let Some(line) = stage::timer_line(app, ctx).filter(|_| !app.projector() && off_stage) {
        let [row, rest] =
            Layout::vertical([Constraint::Length(1), Constraint::Fill(1)]).areas(main);
        line.render(ctx, row, buf);
        main = rest;
        overlay_area = Rect {
            y: row.bottom(),
            height: area.bottom().saturating_sub(row.bottom()),
            ..area
        };
    }
    // On the stage, a form (placed low) leaves the rows above it to the countdown, which
    // is drawn smaller there rather than cut by the form's frame.
    if let (false, View::Stage, Some(rows)) = (app.projector(), app.view, overlay::form_rows(app)) {
        let form_top = overlay_area
            .bottom()
            .saturating_sub(rows.min(overlay_area.height) + 1);
        main.height = form_top.saturating_sub(main.y).min(main.height);
    }
    match (app.projector(), app.view) {
        _ if app.on_summary() => summary::render(app, ctx, main, buf),
        (true, _) | (false, View::Stage) => stage::render(app, ctx, main, buf, app.projector()),
        (false, View::Commitments) => lists::commitments(app, ctx, main, buf),
        (false, View::Notes) => notes::render(app, ctx, main, buf, true),
        (false, View::People) => lists::people(app, ctx, main, buf),
        (false, View::Plan) => plan::render(app, ctx, main, buf),
        (false, View::ReadBack) => {}
    }
    if let Some(foot) = areas.foot {
        footer(app, ctx, foot, buf);
    }
    finish(app, ctx, overlay_area, buf);
}

/// What goes over every screen: the overlays, the projector's flash, the edge guard.
fn finish(app: &App, ctx: &Ctx, area: Rect, buf: &mut Buffer) {
    overlay::render(app, ctx, area, buf);
    if app.flashing(ctx.now) {
        flash(buf);
    }
    guard_edges(buf);
}

/// Time up on the projector (issue 12, item 15): the whole screen in reverse video for a
/// frame or two, seen from the back of the room with or without colour.
fn flash(buf: &mut Buffer) {
    use ratatui::style::Modifier;
    for cell in buf.content.iter_mut() {
        cell.modifier.toggle(Modifier::REVERSED);
    }
}

/// Where each part of the console goes.
struct Areas {
    head: Rect,
    /// The agenda rail; none in projector mode or below 70 columns.
    rail: Option<Rect>,
    main: Rect,
    /// The key hints; none in projector mode.
    foot: Option<Rect>,
}

fn screen_areas(app: &App, area: Rect) -> Areas {
    if app.projector() {
        let [head, main] =
            Layout::vertical([Constraint::Length(1), Constraint::Fill(1)]).areas(area);
        return Areas {
            head,
            rail: None,
            main,
            foot: None,
        };
    }
    let foot_rows = (footer_lines(app, area.width).len() + usize::from(app.flash.is_none())) as u16;
    let [head, body, foot] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Fill(1),
        Constraint::Length(foot_rows),
    ])
    .areas(area);
    let rail_width = match area.width {
        110.. => 32,
        70.. => 26,
        _ => 0,
    };
    let [rail, main] =
        Layout::horizontal([Constraint::Length(rail_width), Constraint::Fill(1)]).areas(body);
    Areas {
        head,
        rail: (rail_width > 0).then_some(rail),
        main,
        foot: Some(foot),
    }
}

/// Blanks an area in the base style; one slice fill when the area is the whole buffer,
/// which is every full frame (a cell-by-cell `set_style` was a quarter of its cost).
pub(crate) fn fill_base(ctx: &Ctx, area: Rect, buf: &mut Buffer) {
    let mut blank = ratatui::buffer::Cell::default();
    blank.set_style(ctx.theme.base);
    if area == buf.area {
        buf.content.fill(blank);
        return;
    }
    let area = area.intersection(buf.area);
    for y in area.top()..area.bottom() {
        for x in area.left()..area.right() {
            buf[(x, y)].clone_from(&blank);
        }
    }
}

pub(crate) fn too_small(ctx: &Ctx, area: Rect, buf: &mut Buffer) {
    let text = format!(
        "Terminal too small ({}x{}): plenary needs {MIN_WIDTH}x{MIN_HEIGHT}. Enlarge the window; the session keeps running.",
        area.width, area.height
    );
    Paragraph::new(text)
        .style(ctx.theme.strong)
        .wrap(Wrap { trim: true })
        .render(area, buf);
}

fn header(app: &App, ctx: &Ctx, area: Rect, buf: &mut Buffer) {
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
    let mut right = vec![Span::styled(
        format!("{} ", ctx.local_hm(ctx.now)),
        t.strong,
    )];
    if let Some(elapsed) = s.session_elapsed(ctx.now) {
        let minutes = elapsed.num_minutes();
        right.push(Span::styled(
            format!("session {}:{:02} ", minutes / 60, minutes % 60),
            t.base,
        ));
        if let Some(drift) = s.drift(ctx.now) {
            let words = drift_text(drift);
            let style = if drift.num_minutes() >= 5 {
                t.warn
            } else {
                t.calm
            };
            right.push(Span::styled(format!("{words} "), style));
        }
    } else {
        right.push(Span::styled("not started ", t.dim));
    }
    let people = app.host().map_or(0, |h| h.people.len());
    if people > 0 {
        right.push(Span::styled(format!("{people} joined "), t.accent));
    }
    if app.host().is_some_and(|h| h.muted) {
        right.push(Span::styled("bell off ", t.dim));
    }
    let right_width: u16 = right.iter().map(|s| s.width() as u16).sum::<u16>() + 1;
    let [l, r] =
        Layout::horizontal([Constraint::Fill(1), Constraint::Length(right_width)]).areas(area);
    // Cut the title side with an ellipsis rather than letting it run into the clock.
    let left_text: String = left.iter().map(|s| s.content.as_ref()).collect();
    if left_text.chars().count() > l.width as usize {
        let cut = clip(&left_text, l.width);
        Line::styled(cut, t.strong).render(l, buf);
    } else {
        Line::from(left).render(l, buf);
    }
    Line::from(right).right_aligned().render(r, buf);
}

/// The footer's messages, wrapped to `width`: a warning that stays (the disk, sharing),
/// then the last action's message, each on at most two lines so nothing is cut mid-word.
/// Without a message the keys follow on a line of their own.
fn footer_lines(app: &App, width: u16) -> Vec<(String, bool, bool)> {
    let mut out = Vec::new();
    let warning = app
        .host()
        .and_then(|h| h.save_warning.as_ref().or(h.sharing_warning.as_ref()));
    if let Some(warning) = warning {
        for line in wrap(&format!(" ⚠ {warning}"), width, 2) {
            out.push((line, true, true));
        }
    }
    if let Some(flash) = &app.flash {
        for line in wrap(&format!(" {}", flash.text), width, 2) {
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
    lines.into_iter().map(|l| clip(&l, width as u16)).collect()
}

fn footer(app: &App, ctx: &Ctx, area: Rect, buf: &mut Buffer) {
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
    let mut left: Vec<(String, &str)> = Vec::new();
    let mut right: Vec<(String, &str)> = Vec::new();
    for b in app.footer_keys_of(map) {
        let Some(words) = b.footer else { continue };
        let side = if pinned(b.action) {
            &mut right
        } else {
            &mut left
        };
        match side.last_mut() {
            Some((keys, w)) if *w == words => keys.push_str(b.label),
            _ => side.push((b.label.to_string(), words)),
        }
    }
    let spans = |hints: &[(String, &str)]| -> Vec<Span<'static>> {
        hints
            .iter()
            .flat_map(|(k, w)| {
                [
                    Span::styled(format!(" {k}"), t.key),
                    Span::styled(format!(" {w} "), t.dim),
                ]
            })
            .collect()
    };
    let right = spans(&right);
    let right_width: usize = right.iter().map(|s| s.width()).sum();
    let room = (area.width as usize).saturating_sub(right_width);
    let mut used = 0;
    let left: Vec<(String, &str)> = left
        .into_iter()
        .take_while(|(k, w)| {
            used += k.chars().count() + w.chars().count() + 3;
            used <= room
        })
        .collect();
    let [keys, fixed] =
        Layout::horizontal([Constraint::Fill(1), Constraint::Length(right_width as u16)])
            .areas(area);
    Line::from(spans(&left)).render(keys, buf);
    Line::from(right).render(fixed, buf);
}

/// Draws a form's text input in the theme: a placeholder unlike typed text, and a cursor
/// (reverse video, seen without colour) only when it has the keyboard. One place for every
/// form (console, note-taker, review).
pub(crate) fn text_input(
    input: &ratatui_textarea::TextArea<'static>,
    t: &Theme,
    focused: bool,
    area: Rect,
    buf: &mut Buffer,
) {
    // A field left holds its text from the start, cut with "…": scrolled to where the
    // cursor last was, a long action showed only its end (a newcomer read "costed plan for
    // the sixty poorest communes" with no sign that its start was hidden).
    if !focused && !input.is_empty() {
        let whole = input.lines().join(" ");
        Line::styled(clip(&whole, area.width), t.base).render(area, buf);
        return;
    }
    let mut text = input.clone();
    text.set_style(t.base);
    // Issue 12, item 7 and issue 11 (newcomer finding 3): placeholders looked like typed
    // text and the cursor showed by colour only.
    text.set_placeholder_style(t.placeholder);
    // The cursor's cell comes first: a placeholder wider than the rest is cut with "…".
    let room = area.width.saturating_sub(1);
    if text.is_empty()
        && unicode_width::UnicodeWidthStr::width(text.placeholder_text()) > usize::from(room)
    {
        text.set_placeholder_text(clip(text.placeholder_text(), room));
    }
    text.set_cursor_style(if focused { t.cursor } else { t.base });
    text.render(area, buf);
}

/// Makes sure no glyph crosses the right edge of the screen: a wide character that would
/// (placed by wrapping in the last column) becomes "…". A terminal would otherwise wrap it
/// onto the next row and shift everything after it.
pub fn guard_edges(buf: &mut Buffer) {
    use unicode_width::UnicodeWidthStr;
    let area = buf.area;
    if area.width == 0 {
        return;
    }
    // Only a glyph starting in the last column can cross the edge (a wide one that ends
    // there starts a column before, and its second cell is empty).
    let last = area.right() - 1;
    for y in area.top()..area.bottom() {
        if buf[(last, y)].symbol().width() > 1 {
            buf[(last, y)].set_symbol("…");
        }
    }
}

/// Cuts text to `width` columns, marking a cut with "…": the one truncator of every view,
/// by display width of what is kept, so wide characters (Chinese, say) and combining marks
/// never cross the edge. (unicode-truncate was tried: it panics on some combining text.)
pub fn clip(text: &str, width: u16) -> String {
    use unicode_width::UnicodeWidthStr;
    let width = usize::from(width);
    if text.width() <= width {
        return text.to_string();
    }
    let mut out = String::new();
    for c in text.chars() {
        out.push(c);
        if out.width() + 1 > width {
            out.pop();
            break;
        }
    }
    // Pop until the ellipsis fits, whatever the last characters combined into.
    while !out.is_empty() && out.width() + 1 > width {
        out.pop();
    }
    if width > 0 {
        out.push('…');
    }
    out
}

/// `m:ss` for a duration in seconds, used by several views.
pub(crate) fn mmss(seconds: i64) -> String {
    clock_text(seconds, false)
}
