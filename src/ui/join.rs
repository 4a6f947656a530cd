//! The note-taker's screen, made for 80x24: where the session is in a line, then the notes
//! and commitments of the current item or group, and the same forms as the console.

use crate::tr;
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget, Wrap};

use super::{Ctx, lists, notes, stage};
use crate::app::{App, HostClosed, View};
use crate::domain::ItemKind;
use crate::domain::timer::clock_text;

/// How long the host has said nothing while something sent waits for its answer, once that
/// is long enough to say so (nc14b #6: a frozen host showed "● live" for 40 s).
fn silent_for(r: &crate::app::Remote, ctx: &Ctx) -> Option<i64> {
    let seconds = (ctx.now - r.awaiting_since?).num_seconds();
    (seconds >= crate::app::NOT_ANSWERING_SECONDS).then_some(seconds)
}

/// The note-taker's whole screen.
pub fn render(app: &App, ctx: &Ctx, area: Rect, buf: &mut Buffer) {
    let t = ctx.theme;
    buf.set_style(area, t.base);
    if area.width < super::MIN_WIDTH || area.height < 8 {
        Paragraph::new(tr!("join-too-small"))
            .style(t.strong)
            .wrap(Wrap { trim: true })
            .render(area, buf);
        return;
    }
    // While the drafts file cannot be written, what would be lost is said above the lists.
    let problem = app
        .remote()
        .and_then(|r| r.drafts_problem.as_deref())
        .map(|p| tr!("join-not-kept", why = p));
    let problem_rows = problem.as_ref().map_or(0, |p| {
        let width = unicode_width::UnicodeWidthStr::width(p.as_str()) as u16;
        // Words wrap short of the edge: a row to spare, at most three.
        (width.div_ceil(area.width.max(1)) + 1).min(3)
    });
    // Issue 11 (newcomer finding 14): a message is read whole, wrapped on up to three rows.
    let flash = app
        .flash
        .as_ref()
        .map(|f| super::message::lines(&f.text, area.width, 3))
        .unwrap_or_default();
    let foot_rows = u16::try_from(flash.len()).unwrap_or(1).max(1);
    let remote = app.remote();
    // Issue 14 item 7: what the host said when it closed the link, not "reconnecting…".
    let link = match remote {
        Some(r) if r.connected => match silent_for(r, ctx) {
            Some(seconds) => Span::styled(tr!("join-not-answering", seconds = seconds), t.warn),
            None => Span::styled(tr!("join-live"), t.calm),
        },
        Some(r) => match &r.closed {
            Some(HostClosed::Ended) => Span::styled(tr!("join-ended"), t.warn),
            Some(HostClosed::Cut(why)) => Span::styled(format!("■ {why}"), t.warn),
            Some(HostClosed::ForNow) => Span::styled(tr!("join-closed-for-now"), t.warn),
            None => Span::styled(tr!("join-reconnecting"), t.warn),
        },
        None => Span::styled(tr!("join-reconnecting"), t.warn),
    };
    // nc14 #14: the name gives way to the link's state, which wraps only when it alone is
    // wider than the screen, so the heading below stays where it is.
    let name_room = usize::from(area.width).saturating_sub(link.width()) as u16;
    let name = format!(
        "  {} · {}",
        app.me.name,
        remote.map_or_else(String::new, |r| crate::i18n::keys::role_label(r.role))
    );
    let wraps = link.width() > usize::from(area.width);
    let mut who_line = vec![link];
    if wraps {
        who_line.push(Span::styled(name, t.dim));
    } else if name_room > 0 {
        who_line.push(Span::styled(super::clip(&name, name_room), t.dim));
    }
    // Issue 14, item 3: what is not yet on the facilitator's disk, named; 4 lists it all.
    if let Some(summary) = remote.and_then(|r| r.mine.summary()) {
        let used: usize = who_line.iter().map(|s| s.width()).sum();
        let room = usize::from(area.width).saturating_sub(used) as u16;
        // Too narrow to name a dozen letters of the first: the count, and the key that
        // lists them.
        let head = summary.find(": ").map_or(summary.len(), |i| i + 2);
        let text = if head + 2 + 12 <= usize::from(room) {
            format!("  {summary}")
        } else {
            let n = remote.map_or(0, |r| r.mine.unsaved().count());
            format!("  {}", tr!("join-unsaved-short", count = n))
        };
        who_line.push(Span::styled(super::clip(&text, room), t.warn));
    }
    let who_width = who_line.iter().map(|s| s.width()).sum::<usize>();
    let who_rows = if who_width <= usize::from(area.width) {
        1
    } else {
        (who_width.div_ceil(usize::from(area.width.max(1))) + 1).min(3) as u16
    };
    let [where_, who, warning, body, foot] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(who_rows),
        Constraint::Length(problem_rows),
        Constraint::Fill(1),
        Constraint::Length(foot_rows),
    ])
    .areas(area);
    if let Some(problem) = problem {
        Paragraph::new(problem)
            .style(t.warn)
            .wrap(Wrap { trim: true })
            .render(warning, buf);
    }
    Line::from(position(app, ctx, where_.width)).render(where_, buf);
    // Issue 14, item 5: a long reason (why the link was cut) wraps instead of being cut.
    Paragraph::new(Line::from(who_line))
        .wrap(Wrap { trim: true })
        .render(who, buf);
    match app.view {
        View::Commitments => lists::commitments(app, ctx, body, buf),
        View::Mine => super::mine::render(app, ctx, body, buf),
        View::Notes => notes::render(app, ctx, body, buf, true),
        _ => {
            let [notes_area, commitments] =
                Layout::vertical([Constraint::Fill(1), Constraint::Fill(1)]).areas(body);
            notes::render(app, ctx, notes_area, buf, false);
            lists::commitment_table(app, ctx, commitments, buf, false);
        }
    }
    match &app.flash {
        Some(f) => {
            let style = if f.is_error { t.warn } else { t.calm };
            let lines: Vec<Line> = flash.into_iter().map(|l| Line::styled(l, style)).collect();
            Paragraph::new(lines).render(foot, buf)
        }
        // The keys of the screen shown, from the note-taker's keymap: e and d appear on a
        // note it wrote only.
        None => {
            use crate::app::client_keys::{CLIENT_KEYMAP, VIEWER_KEYMAP};
            let viewer = remote.is_some_and(|r| r.role == crate::live::protocol::Role::Viewer);
            let map = if viewer {
                &VIEWER_KEYMAP
            } else {
                &CLIENT_KEYMAP
            };
            super::key_hints_of(map, app, ctx, foot, buf)
        }
    }
    super::overlay::render(app, ctx, area, buf);
    super::guard_edges(buf);
}

/// One line: the item (and group) in progress, and its timer with the phase in words.
/// Issue 12, item 11: the line was cut at the screen's edge ("+0:31 TIME ·"); now the timer
/// and its phase stay whole and the names give way, the item's title first, with "…".
fn position(app: &App, ctx: &Ctx, width: u16) -> Vec<Span<'static>> {
    let t = ctx.theme;
    let s = &app.session;
    let Some(live) = &s.live else {
        return vec![Span::styled(
            super::clip(&tr!("join-waiting"), width),
            t.dim,
        )];
    };
    if live.started_at.is_none() || live.ended_at.is_some() {
        let state = if live.ended_at.is_some() {
            tr!("join-state-ended")
        } else {
            tr!("join-state-not-started")
        };
        return shorten(
            [
                (format!(" {}", s.title), t.strong, 0),
                (format!(" · {state}"), t.strong, u16::MAX),
            ],
            [0, 1],
            width,
        );
    }
    let item = app.current_item();
    let title = s.agenda.get(item).map_or("", |i| i.title.as_str());
    let (place, count) = s.item_place(item);
    let place = format!(" {place}/{count}");
    let keep = place.chars().count() as u16;
    let head = (format!("{place} {title}"), t.strong, keep);
    if app.current_kind() == Some(ItemKind::Presentations)
        && let (Some(group), Some(p)) = (
            s.groups.get(app.current_group()),
            live.presentations.get(app.current_group()),
        )
    {
        let planned = s.presenter_seconds(app.current_group());
        let shown = p.timer.display_seconds(planned, ctx.now);
        let phase = p.timer.phase(planned, ctx.now);
        // The compact words: "Space to resume" is the facilitator's key, not the note-taker's.
        let timer = format!(
            "{} {}",
            stage::countdown_text(shown),
            stage::compact_words(phase, shown)
        );
        // Issue 14, item 5: who presents, beside the group; the group's name gives way first.
        let presenter = if group.presenter.trim().is_empty() {
            " ".to_string()
        } else {
            tr!("join-presenter", name = group.presenter.trim())
        };
        shorten(
            [
                head,
                (format!(" · {}", group.name), t.base, 0),
                (presenter, t.strong, WHOLE),
                (timer, t.phase(phase), u16::MAX),
            ],
            // nc16b #8: the item's name, then who presents, give way before the group's
            // name ("3/5 ·… · relator …" at 60x20 named nobody).
            [0, 2, 1, 3],
            width,
        )
    } else {
        let left = s.item_remaining_ms(item, ctx.now) / 1000;
        let text = if left >= 0 {
            format!(
                " · {}",
                crate::tr!("queue-left", time = clock_text(left, false))
            )
        } else {
            format!(
                " · {}",
                crate::tr!("queue-over", time = clock_text(-left, false))
            )
        };
        shorten(
            [head, (String::new(), t.base, 0), (text, t.base, u16::MAX)],
            [0, 1, 2],
            width,
        )
    }
}

/// A part's `keep` for a part shown whole or not at all: "relator Ndayishimiye Évariste",
/// never "relator…" or "rel…" (nc16c #2).
const WHOLE: u16 = u16::MAX - 1;

/// Parts of one line fitted to `width` columns: while too wide, the parts give way in
/// `order`, each down to the columns it keeps (`keep`); a part cut ends with "…", and a
/// part kept `WHOLE` gives way to a space.
fn shorten<const N: usize>(
    parts: [(String, ratatui::style::Style, u16); N],
    order: [usize; N],
    width: u16,
) -> Vec<Span<'static>> {
    use unicode_width::UnicodeWidthStr;
    let mut parts = parts;
    let total = |parts: &[(String, _, u16)]| parts.iter().map(|p| p.0.width()).sum::<usize>();
    for i in order {
        let over = total(&parts).saturating_sub(usize::from(width));
        if over == 0 {
            break;
        }
        let (text, _, keep) = &mut parts[i];
        if *keep == WHOLE {
            *text = " ".to_string();
            continue;
        }
        let have = text.width();
        let keep = usize::from(*keep).min(have);
        let to = have.saturating_sub(over).max(keep);
        // A cut that would leave less than a word's start ("Re…") keeps only what it must.
        // A part that ended with a space keeps it, so the next part does not run into its "…".
        let spaced = text.ends_with(' ');
        *text = if to < keep + 3 {
            text.chars().take(keep).collect()
        } else if spaced {
            super::cut::clip_words(text, to.saturating_sub(1) as u16) + " "
        } else {
            super::cut::clip_words(text, to as u16)
        };
    }
    // Whatever still does not fit is cut, with "…", by the last resort: the screen's width.
    let mut room = width;
    parts
        .into_iter()
        .map(|(text, style, _)| {
            let shown = super::clip(&text, room);
            room = room.saturating_sub(shown.width() as u16);
            Span::styled(shown, style)
        })
        .collect()
}
