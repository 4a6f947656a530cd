//! Views: read-only functions from the app state (and the time) to a buffer.
//! Nothing here changes state; keys are handled in `app`.

pub mod big_clock;
mod carried_form;
mod chrome;
mod columns;
pub mod cut;
mod deadline_hint;
mod detail;
pub mod editor;
mod editor_forms;
mod follow_up;
pub mod form;
pub mod help;
pub mod join;
pub mod launcher;
mod lists;
mod merge_view;
mod message;
mod mine;
mod notes;
pub(crate) mod overlay;
mod picker;
mod plan;
pub mod rail;
pub mod read_back;
pub mod review;
mod review_board;
pub mod review_figures;
mod review_form;
mod stage;
mod summary;
mod summary_carried;
pub mod theme;

use chrono::{DateTime, FixedOffset, NaiveDate, Utc};
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Widget, Wrap};

use crate::app::{App, View};
use crate::domain::timer::clock_text;
pub use chrome::wrap;
use chrome::{footer, footer_lines, header};
pub(crate) use chrome::{key_hints, key_hints_of};
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
    if let (false, View::Stage, Some(rows)) = (
        app.projector(),
        app.view,
        overlay::form_rows(app, ctx, overlay_area.width),
    ) {
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
        // A note-taker's own list is on its screen only (ui::join).
        (false, View::ReadBack | View::Mine) => {}
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
    let text = crate::tr!(
        "console-too-small",
        size = format!("{}x{}", area.width, area.height),
        needs = format!("{MIN_WIDTH}x{MIN_HEIGHT}")
    );
    Paragraph::new(text)
        .style(ctx.theme.strong)
        .wrap(Wrap { trim: true })
        .render(area, buf);
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
    // The cursor's cell comes first: a placeholder wider than the rest loses whole words,
    // with "…" (issue 16, item 5: "une or…" was read as a typo).
    let room = area.width.saturating_sub(1);
    if text.is_empty()
        && unicode_width::UnicodeWidthStr::width(text.placeholder_text()) > usize::from(room)
    {
        text.set_placeholder_text(cut::clip_words(text.placeholder_text(), room));
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
