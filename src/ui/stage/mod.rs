//! The stage: what the room sees for the current agenda item. Report-back
//! gets the presenter countdown; a breakout gets group cards and its own
//! countdown; other items show their prompts and countdown.

mod breakout;
mod line;
mod opening;
mod presentations;
mod queue;

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Modifier, Style};
use ratatui::text::Line;
use ratatui::widgets::Widget;

use super::{Ctx, big_clock, clip, mmss};
use crate::app::App;
use crate::domain::timer::{Phase, Timer, WARNING_SECONDS, clock_text};
use crate::domain::{ItemKind, Session};
use crate::tr;

use breakout::{breakout, item};
pub use line::{compact_words, timer_line};
use opening::{ended, ready};
use presentations::presentations;

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
        Phase::Ready => tr!("phase-ready-start"),
        Phase::Running => tr!("phase-running"),
        Phase::Paused if shown_seconds < 0 => {
            tr!("phase-paused-over", time = mmss(-shown_seconds))
        }
        Phase::Paused if shown_seconds == 0 => tr!("phase-paused-time"),
        Phase::Paused if shown_seconds <= WARNING_SECONDS => {
            tr!("phase-paused-left", time = mmss(shown_seconds))
        }
        Phase::Paused => tr!("phase-paused-resume"),
        Phase::Warning => tr!("phase-warning"),
        Phase::Time => tr!("phase-time"),
        Phase::Overrun => tr!("phase-time-over", time = mmss(-shown_seconds)),
    }
}

/// The phase in a few words the big glyphs can draw, for the projector: readable from the
/// back of the room, without colour.
pub fn phase_word(phase: Phase, shown_seconds: i64) -> String {
    match phase {
        Phase::Ready => tr!("word-ready"),
        Phase::Running => tr!("phase-running"),
        // Paused still says where the clock stands: over, at zero, or in the last minute.
        Phase::Paused if shown_seconds < 0 => {
            tr!("word-paused-over", time = mmss(-shown_seconds))
        }
        Phase::Paused if shown_seconds == 0 => tr!("word-paused-time"),
        Phase::Paused if shown_seconds <= WARNING_SECONDS => tr!("word-paused-last"),
        Phase::Paused => tr!("word-paused"),
        Phase::Warning => tr!("phase-warning"),
        Phase::Time => tr!("phase-time"),
        Phase::Overrun => tr!("word-over", time = mmss(-shown_seconds)),
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
    Line::styled(fit_parts(words, label.width), style)
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

/// The current item's own countdown: the seconds it shows (negative once over) and its phase.
fn item_phase(app: &App, ctx: &Ctx) -> (i64, Phase) {
    countdown_phase(app.session.item_remaining_ms(app.current_item(), ctx.now))
}

/// Seconds shown and phase for a countdown with `left` milliseconds to go.
fn countdown_phase(left: i64) -> (i64, Phase) {
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
    (shown, phase)
}

fn item_countdown(app: &App, ctx: &Ctx) -> Shown {
    let s = &app.session;
    let i = app.current_item();
    let (shown, phase) = item_phase(app, ctx);
    let words = match phase {
        Phase::Running => tr!("item-planned", minutes = s.agenda[i].minutes),
        other => phase_words(other, shown),
    };
    Shown {
        digits: countdown_text(shown),
        word: match phase {
            Phase::Running => tr!("item-planned-word", minutes = s.agenda[i].minutes),
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

/// `text` in `width`: whole, or without its last " · " parts (a phrase is never cut in
/// the middle, issue 16 item 5), or cut with "…" when even the first part is too wide.
pub(crate) fn fit_parts(text: &str, width: u16) -> String {
    let mut parts: Vec<&str> = text.split(" · ").collect();
    while parts.len() > 1
        && unicode_width::UnicodeWidthStr::width(parts.join(" · ").as_str()) > usize::from(width)
    {
        parts.pop();
    }
    clip(&parts.join(" · "), width)
}

/// The first `rows` lines; when some are left out (or what follows is), the last one kept
/// ends with "…".
pub(super) fn cut(lines: &[String], rows: usize, width: u16, more_after: bool) -> Vec<String> {
    let mut kept: Vec<String> = lines.iter().take(rows).cloned().collect();
    if (lines.len() > rows || more_after)
        && !kept.last().is_some_and(|l| l.ends_with('…'))
        && let Some(last) = kept.last_mut()
    {
        let target = (unicode_width::UnicodeWidthStr::width(last.as_str()) + 1)
            .min(usize::from(width)) as u16;
        *last = crate::ui::clip(&format!("{last}  "), target);
    }
    kept
}

#[cfg(test)]
mod tests {
    use super::*;

    // Issue 12, item 1 (found again by a newcomer): on the projector a paused timer said only
    // PAUSED, so "over time" showed as a small plus sign and the last minute not at all.
    #[test]
    fn the_projectors_paused_band_says_where_the_clock_stands() {
        assert_eq!(phase_word(Phase::Paused, -35), "PAUSED  OVER BY 0:35");
        assert_eq!(phase_word(Phase::Paused, 0), "PAUSED  TIME");
        assert_eq!(phase_word(Phase::Paused, 59), "PAUSED  LAST MINUTE");
        assert_eq!(phase_word(Phase::Paused, 200), "PAUSED");
        assert!(crate::ui::big_clock::drawable("PAUSED  OVER BY 0:35"));
    }

    // Issue 16, item 5: the projector's big letters have the accented capitals French and
    // Spanish need (É, È, À, Ç, Ñ, Ú…), so every phase word is drawn large in each language.
    #[test]
    fn the_projectors_words_are_drawn_large_in_every_language() {
        assert!(big_clock::drawable("ÉÈÊÀÂÇÑÚÍÓÁÔÛÎ"));
        for lang in crate::i18n::Lang::ALL {
            let _lang = crate::i18n::scoped(lang);
            for (phase, seconds) in [
                (Phase::Ready, 300),
                (Phase::Running, 200),
                (Phase::Paused, -42),
                (Phase::Paused, 0),
                (Phase::Paused, 42),
                (Phase::Paused, 200),
                (Phase::Warning, 42),
                (Phase::Time, 0),
                (Phase::Overrun, -42),
            ] {
                let word = phase_word(phase, seconds);
                assert!(big_clock::drawable(&word), "{lang}: {word}");
            }
        }
        let _fr = crate::i18n::scoped(crate::i18n::Lang::Fr);
        assert_eq!(phase_word(Phase::Overrun, -42), "DÉPASSÉ DE 0:42");
        assert_eq!(phase_words(Phase::Warning, 42), "1 MINUTE RESTANTE");
    }

    // Issue 16, item 5: a line too long for its width loses whole phrases from its end,
    // never half a word.
    #[test]
    fn a_long_phase_line_drops_whole_phrases() {
        let line = "EN PAUSE · DÉPASSÉ DE 0:42 · Espace pour reprendre";
        assert_eq!(fit_parts(line, 60), line);
        assert_eq!(fit_parts(line, 40), "EN PAUSE · DÉPASSÉ DE 0:42");
        assert_eq!(fit_parts(line, 20), "EN PAUSE");
        assert_eq!(fit_parts(line, 5), "EN P…");
    }
}
