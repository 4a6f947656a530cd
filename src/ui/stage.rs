//! The stage: what the room sees for the current agenda item. Report-back
//! gets the presenter countdown; a breakout gets group cards and its own
//! countdown; other items show their prompts and countdown.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph, Widget, Wrap};

use super::rail::fit;
use super::{Ctx, big_clock, lists, mmss};
use crate::app::App;
use crate::domain::timer::{Phase, Timer, WARNING_SECONDS, clock_text};
use crate::domain::{ItemKind, Session};

pub fn render(app: &App, ctx: &Ctx, area: Rect, buf: &mut Buffer, projector: bool) {
    let area = area.inner(ratatui::layout::Margin {
        horizontal: 1,
        vertical: 0,
    });
    if !app.started() || app.ended() {
        if app.started() {
            ended(app, ctx, area, buf)
        } else {
            ready(app, ctx, area, buf)
        }
        return;
    }
    match app.current_kind() {
        Some(ItemKind::Presentations) if !app.session.groups.is_empty() => {
            presentations(app, ctx, area, buf, projector)
        }
        Some(ItemKind::Breakout) => breakout(app, ctx, area, buf, projector),
        Some(ItemKind::FollowUp) => super::follow_up::render(app, ctx, area, buf),
        _ => item(app, ctx, area, buf, projector),
    }
}

/// Words for a timer's phase, so it reads without colour.
pub fn phase_words(phase: Phase, shown_seconds: i64) -> String {
    match phase {
        Phase::Ready => "READY · Space to start".into(),
        Phase::Running => "RUNNING".into(),
        Phase::Paused if shown_seconds < 0 => format!(
            "PAUSED · OVER BY {} · Space to resume",
            mmss(-shown_seconds)
        ),
        Phase::Paused if shown_seconds == 0 => "PAUSED · TIME · Space to resume".into(),
        Phase::Paused if shown_seconds <= WARNING_SECONDS => {
            format!("PAUSED · {} LEFT · Space to resume", mmss(shown_seconds))
        }
        Phase::Paused => "PAUSED · Space to resume".into(),
        Phase::Warning => "1 MINUTE LEFT".into(),
        Phase::Time => "TIME".into(),
        Phase::Overrun => format!("TIME · OVER BY {}", mmss(-shown_seconds)),
    }
}

/// The phase in a few words the big glyphs can draw, for the projector: readable from the
/// back of the room, without colour.
pub fn phase_word(phase: Phase, shown_seconds: i64) -> String {
    match phase {
        Phase::Ready => "READY".into(),
        Phase::Running => "RUNNING".into(),
        Phase::Paused => "PAUSED".into(),
        Phase::Warning => "1 MINUTE LEFT".into(),
        Phase::Time => "TIME".into(),
        Phase::Overrun => format!("OVER BY {}", mmss(-shown_seconds)),
    }
}

/// The digits a countdown shows: remaining time, or the overrun with a plus sign.
pub fn countdown_text(shown_seconds: i64) -> String {
    if shown_seconds < 0 {
        clock_text(-shown_seconds, true)
    } else {
        clock_text(shown_seconds, false)
    }
}

fn ready(app: &App, ctx: &Ctx, area: Rect, buf: &mut Buffer) {
    let t = ctx.theme;
    let s = &app.session;
    let total = s.planned_total().num_minutes();
    let mut lines = vec![
        Line::default(),
        Line::styled(s.title.clone(), t.accent).centered(),
    ];
    let when = [
        s.date.map(|d| d.format("%A %-d %B %Y").to_string()),
        (!s.venue.is_empty()).then(|| s.venue.clone()),
    ];
    let when: Vec<String> = when.into_iter().flatten().collect();
    if !when.is_empty() {
        lines.push(Line::styled(when.join(" · "), t.base).centered());
    }
    lines.push(Line::default());
    lines.push(
        Line::styled(
            format!(
                "{} items · {} groups · {}:{:02} planned",
                s.agenda.len(),
                s.groups.len(),
                total / 60,
                total % 60
            ),
            t.dim,
        )
        .centered(),
    );
    lines.push(Line::default());
    if let Some(first) = s.agenda.get(app.current_item()) {
        lines.push(
            Line::from(vec![
                Span::styled("Press ", t.base),
                Span::styled("Enter", t.key),
                Span::styled(format!(" to begin: {}", first.title), t.base),
            ])
            .centered(),
        );
    }
    Paragraph::new(lines)
        .wrap(Wrap { trim: true })
        .render(area, buf);
}

fn ended(app: &App, ctx: &Ctx, area: Rect, buf: &mut Buffer) {
    let t = ctx.theme;
    let s = &app.session;
    let elapsed = s.session_elapsed(ctx.now).unwrap_or_default().num_minutes();
    let planned = s.planned_total().num_minutes();
    let count = app.commitment_count();
    let lines = vec![
        Line::default(),
        Line::styled("SESSION ENDED", t.accent).centered(),
        Line::styled(
            format!(
                "{}:{:02} in all (planned {}:{:02})",
                elapsed / 60,
                elapsed % 60,
                planned / 60,
                planned % 60
            ),
            t.base,
        )
        .centered(),
        Line::styled(
            format!("{count} commitments recorded · 2 to review them · c to add one"),
            t.base,
        )
        .centered(),
        Line::styled(
            format!(
                "Saved in {}",
                app.host()
                    .map(|h| h.file.display().to_string())
                    .unwrap_or_default()
            ),
            t.dim,
        )
        .centered(),
    ];
    Paragraph::new(lines)
        .wrap(Wrap { trim: true })
        .render(area, buf);
}

/// Digit rows outside projector mode: a fifth of a 40-row screen, large enough for the back
/// of a room, small enough that a second's change stays cheap on a slow link.
const NORMAL_DIGIT_ROWS: u16 = 8;

/// A countdown with its phase named underneath, sized to the area (capped outside projector
/// mode). On the projector the phase is a band across the screen in reverse video, its word
/// in big glyphs when they fit: readable from the back of the room, with or without colour.
fn countdown(shown: &Shown, area: Rect, buf: &mut Buffer, projector: bool) {
    let Shown {
        digits: timer_text,
        words,
        word,
        style,
    } = shown;
    let (timer_text, style) = (timer_text.as_str(), *style);
    if projector {
        // Four rows take the word in big glyphs; a short screen gets a one-row band.
        let band_rows = if area.height >= 12 {
            (area.height / 5).clamp(4, 8)
        } else {
            1
        };
        let [digits, _, band] = Layout::vertical([
            Constraint::Fill(1),
            Constraint::Length(u16::from(area.height > band_rows + 4)),
            Constraint::Length(band_rows),
        ])
        .areas(area);
        big_clock::render(timer_text, style, digits, buf);
        let band_style = style.add_modifier(Modifier::REVERSED | Modifier::BOLD);
        buf.set_style(band, band_style);
        big_clock::render(word, band_style, band, buf);
        return;
    }
    // The digits, with their phase named right under them, centred in the area; outside
    // projector mode the digits are capped at NORMAL_DIGIT_ROWS.
    let rows = area.height.saturating_sub(1).min(NORMAL_DIGIT_ROWS);
    let [_, digits, label, _] = Layout::vertical([
        Constraint::Fill(1),
        Constraint::Length(rows),
        Constraint::Length(1),
        Constraint::Fill(1),
    ])
    .areas(area);
    big_clock::render(timer_text, style, digits, buf);
    Line::styled(words.to_string(), style)
        .centered()
        .render(label, buf);
}

/// A countdown as it is shown: its digits, its phase in words (a line, and the projector's
/// few words), its style.
struct Shown {
    digits: String,
    words: String,
    word: String,
    style: Style,
}

fn timer_view(s: &Session, group: usize, timer: &Timer, ctx: &Ctx) -> Shown {
    let planned = s.presenter_seconds(group);
    let shown = timer.display_seconds(planned, ctx.now);
    let phase = timer.phase(planned, ctx.now);
    Shown {
        digits: countdown_text(shown),
        words: phase_words(phase, shown),
        word: phase_word(phase, shown),
        style: ctx.theme.phase(phase),
    }
}

fn presentations(app: &App, ctx: &Ctx, area: Rect, buf: &mut Buffer, projector: bool) {
    let t = ctx.theme;
    let s = &app.session;
    let Some(live) = &s.live else { return };
    let g = app.current_group();
    let Some(group) = s.groups.get(g) else { return };
    let timer = &live.presentations[g].timer;
    let shown = timer_view(s, g, timer, ctx);
    let topic_rows = if projector || area.height < 20 { 0 } else { 2 };
    let queue_rows = if projector {
        0
    } else {
        (s.groups.len() as u16 + 1).min(area.height / 4)
    };
    let [title, presenter, topic, clock, queue] = Layout::vertical([
        Constraint::Length(if projector {
            title_height(&group.name, area)
        } else {
            1
        }),
        Constraint::Length(1),
        Constraint::Length(topic_rows),
        Constraint::Fill(1),
        Constraint::Length(queue_rows),
    ])
    .areas(area);
    let heading = format!("Group {} of {}: {}", g + 1, s.groups.len(), group.name);
    if projector && title.height > 1 {
        big_clock::render(&group.name, t.accent, title, buf);
    } else {
        Line::styled(super::clip(&heading.to_uppercase(), title.width), t.accent)
            .centered()
            .render(title, buf);
    }
    if !group.presenter.is_empty() {
        Line::from(vec![
            Span::styled("Presenter: ", t.dim),
            Span::styled(
                super::clip(&group.presenter, presenter.width.saturating_sub(11)),
                t.strong,
            ),
        ])
        .centered()
        .render(presenter, buf);
    }
    if topic_rows > 0 {
        Paragraph::new(Line::styled(group.topic.clone(), t.base).centered())
            .wrap(Wrap { trim: true })
            .render(topic, buf);
    }
    countdown(&shown, clock, buf, projector);
    if queue_rows > 0 {
        let mut lines = vec![Line::styled("Queue", t.dim)];
        for (i, other) in s.groups.iter().enumerate() {
            let timer = &live.presentations[i].timer;
            let planned = s.presenter_seconds(i);
            let used = timer.elapsed(ctx.now).num_seconds();
            let over = timer.overrun(planned, ctx.now).num_seconds();
            let status = if i == g {
                "▶ now".to_string()
            } else if used == 0 {
                "waiting".to_string()
            } else if over > 0 {
                format!("{} used, over by {}", mmss(used), mmss(over))
            } else {
                format!("{} used", mmss(used))
            };
            let row_style = if i == g {
                t.strong
            } else if over > 0 {
                t.warn
            } else {
                t.base
            };
            let name_width = (queue.width as usize).saturating_sub(32).max(10);
            lines.push(Line::from(vec![
                Span::styled(
                    format!("{} {} ", i + 1, fit(&other.name, name_width)),
                    row_style,
                ),
                Span::styled(status, row_style),
            ]));
        }
        Paragraph::new(lines).render(queue, buf);
    }
}

/// Rows for a big title in projector mode: large only if the whole name fits.
fn title_height(name: &str, area: Rect) -> u16 {
    let h = big_clock::height_for(name, Rect { height: 4, ..area });
    if h > 1 && h <= area.height / 4 { h } else { 1 }
}

fn item_countdown(app: &App, ctx: &Ctx) -> Shown {
    let s = &app.session;
    let i = app.current_item();
    let left = s.item_remaining_ms(i, ctx.now);
    let shown = if left > 0 {
        (left + 999) / 1000
    } else {
        -((-left) / 1000)
    };
    let phase = if left <= -1000 {
        Phase::Overrun
    } else if left <= 0 {
        Phase::Time
    } else if left <= 60_000 {
        Phase::Warning
    } else {
        Phase::Running
    };
    let words = match phase {
        Phase::Running => format!("of {} min planned", s.agenda[i].minutes),
        other => phase_words(other, shown),
    };
    Shown {
        digits: countdown_text(shown),
        word: match phase {
            Phase::Running => format!("OF {} MIN", s.agenda[i].minutes),
            other => phase_word(other, shown),
        },
        words,
        style: ctx.theme.phase(phase),
    }
}

/// A title row, the countdown, and the rest of an item's screen below them.
fn title_clock_rest(area: Rect, clock_rows: u16) -> [Rect; 3] {
    Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(clock_rows),
        Constraint::Fill(1),
    ])
    .areas(area)
}

fn breakout(app: &App, ctx: &Ctx, area: Rect, buf: &mut Buffer, projector: bool) {
    let t = ctx.theme;
    let s = &app.session;
    let shown = item_countdown(app, ctx);
    let clock_rows = if projector {
        area.height.saturating_sub(2)
    } else {
        (area.height / 3).clamp(3, 10)
    };
    let [title, clock, cards] = title_clock_rest(area, clock_rows);
    Line::styled(
        super::clip(
            &s.agenda[app.current_item()].title.to_uppercase(),
            title.width,
        ),
        t.accent,
    )
    .centered()
    .render(title, buf);
    countdown(&shown, clock, buf, projector);
    if projector || s.groups.is_empty() || cards.height < 3 {
        return;
    }
    let n = s.groups.len();
    let per_row = ((cards.width / 28).max(1) as usize).min(n);
    let columns = Layout::horizontal(vec![Constraint::Fill(1); per_row]).split(cards);
    // With fewer columns than groups, show the focused group and its neighbours.
    let first = if per_row >= n {
        0
    } else {
        app.current_group()
            .saturating_sub(per_row / 2)
            .min(n - per_row)
    };
    for (slot, g) in (first..first + per_row).enumerate() {
        let group = &s.groups[g];
        let focused = g == app.current_group();
        let block = Block::new()
            .borders(Borders::ALL)
            .border_style(if focused { t.accent } else { t.border })
            .title(Span::styled(
                format!(" {} ", group.name),
                if focused { t.accent } else { t.strong },
            ));
        let inner = block.inner(columns[slot]);
        block.render(columns[slot], buf);
        let mut lines = vec![Line::styled(group.topic.clone(), t.base)];
        for q in &group.questions {
            lines.push(Line::styled(format!("• {q}"), t.dim));
        }
        if !group.presenter.is_empty() {
            lines.push(Line::from(vec![
                Span::styled("Presenter ", t.dim),
                Span::styled(group.presenter.clone(), t.strong),
            ]));
        }
        if !group.members.is_empty() {
            lines.push(Line::styled(group.members.join(", "), t.dim));
        }
        Paragraph::new(lines)
            .wrap(Wrap { trim: true })
            .render(inner, buf);
    }
}

fn item(app: &App, ctx: &Ctx, area: Rect, buf: &mut Buffer, projector: bool) {
    let t = ctx.theme;
    let s = &app.session;
    let i = app.current_item();
    let Some(agenda_item) = s.agenda.get(i) else {
        return;
    };
    let shown = item_countdown(app, ctx);
    let shows_commitments = matches!(
        agenda_item.kind,
        ItemKind::ActionPlanning | ItemKind::Closing
    );
    let clock_rows = if projector {
        area.height.saturating_sub(2)
    } else if shows_commitments {
        (area.height / 4).clamp(2, 6)
    } else {
        (area.height / 3).clamp(3, 10)
    };
    let [title, clock, rest] = title_clock_rest(area, clock_rows);
    let kind = format!("  {}", agenda_item.kind.label());
    let room = title.width.saturating_sub(kind.chars().count() as u16);
    Line::from(vec![
        Span::styled(
            super::clip(&agenda_item.title.to_uppercase(), room),
            t.accent,
        ),
        Span::styled(super::clip(&kind, title.width), t.dim),
    ])
    .centered()
    .render(title, buf);
    countdown(&shown, clock, buf, projector);
    if projector || rest.height < 2 {
        return;
    }
    let prompt_rows = if shows_commitments {
        (agenda_item.prompts.len() as u16).min(rest.height / 3)
    } else {
        rest.height
    };
    let [prompts, table] =
        Layout::vertical([Constraint::Length(prompt_rows), Constraint::Fill(1)]).areas(rest);
    let lines: Vec<Line> = agenda_item
        .prompts
        .iter()
        .map(|p| Line::styled(format!("• {p}"), t.base))
        .collect();
    Paragraph::new(lines)
        .wrap(Wrap { trim: true })
        .render(prompts, buf);
    if shows_commitments && table.height >= 3 {
        lists::commitment_table(app, ctx, table, buf, false);
    }
}
