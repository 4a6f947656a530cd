//! The follow-up item of a session: earlier commitments, one at a time, and where each
//! stands now, as the room says it.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget, Wrap};

use super::Ctx;
use super::rail::fit;
use crate::app::App;
use crate::domain::Status;
use crate::domain::timer::clock_text;
use crate::i18n::date;
use crate::i18n::keys::status_label;
use crate::tr;

/// The statuses with the key that records each directly (issue 15, item 3).
const STATUSES: [(Status, &str); 4] = [
    (Status::Open, "o"),
    (Status::InProgress, "i"),
    (Status::Done, "d"),
    (Status::Dropped, "D"),
];

pub fn render(app: &App, ctx: &Ctx, area: Rect, buf: &mut Buffer) {
    let t = ctx.theme;
    let s = &app.session;
    let Some(live) = &s.live else { return };
    let item = app.current_item();
    let left = s.item_remaining_ms(item, ctx.now) / 1000;
    let clock = if left >= 0 {
        tr!("queue-left", time = clock_text(left, false))
    } else {
        tr!("queue-over", time = clock_text(-left, false))
    };
    let total = live.carried.len();
    let [title, card, list] = Layout::vertical([
        Constraint::Length(1),
        // Two more rows once something was said: it wraps, and the keys stay in view.
        Constraint::Length(if said_anything(live) { 12 } else { 10 }),
        Constraint::Fill(1),
    ])
    .areas(area);
    let progress = format!(
        "  {}",
        tr!(
            "follow-up-progress",
            place = (live.current_carried + 1).min(total),
            count = total,
            clock = clock
        )
    );
    let room = title.width.saturating_sub(progress.chars().count() as u16);
    Line::from(vec![
        Span::styled(
            super::clip(&s.agenda[item].title.to_uppercase(), room),
            t.accent,
        ),
        Span::styled(super::clip(&progress, title.width), t.dim),
    ])
    .centered()
    .render(title, buf);
    let Some(c) = live.carried.get(live.current_carried) else {
        Paragraph::new(Line::styled(tr!("follow-up-none"), t.dim))
            .wrap(Wrap { trim: true })
            .render(card, buf);
        return;
    };
    let overdue = (ctx.today() - c.deadline).num_days();
    let lang = crate::i18n::current();
    // nc15 #1: the slippage since the deadline first agreed, as the source's documents show it.
    let due = match c.first_deadline {
        Some(was) => tr!(
            "follow-up-due-moved",
            was = date::short(was, lang),
            date = date::short(c.deadline, lang),
            count = c.moves_before.max(1)
        ),
        None => tr!("follow-up-due", date = date::short(c.deadline, lang)),
    };
    let due = if overdue > 0 && matches!(c.status_before, Status::Open | Status::InProgress) {
        format!("{due} · {}", tr!("follow-up-overdue", count = overdue))
    } else {
        due
    };
    let agreed = match c.source_date {
        Some(d) => tr!(
            "follow-up-agreed-on",
            title = &c.source_title,
            date = date::short(d, lang)
        ),
        None => tr!("follow-up-agreed", title = &c.source_title),
    };
    let now = c.recorded.as_ref().map(|r| r.status);
    let mut choices = vec![Span::styled(
        format!("{}  ", tr!("follow-up-now")),
        t.strong,
    )];
    for (st, key) in STATUSES {
        // Issue 11 (newcomer finding 3): the status recorded is in brackets and reversed,
        // not shown by colour alone; each with the key that records it.
        choices.push(Span::styled(key, t.key));
        choices.push(if Some(st) == now {
            // A space between the key and its "[" (nc16 #8: "i[en curso]").
            Span::styled(format!(" [{}]", status_label(st)), t.selected)
        } else {
            Span::styled(format!(" {} ", status_label(st)), t.dim)
        });
        choices.push(Span::raw(" "));
    }
    // nc15 #11: on a line of its own, so the file's name stays whole at 80 columns, and
    // true about the wait: the one in focus is written back once it has settled.
    let name = short(&c.source_file);
    let with_file = |words: String| {
        use unicode_width::UnicodeWidthStr;
        // The file's name when it fits, cut in the middle when most of it does; else the
        // words alone (the name is said once it is saved).
        let room = usize::from(card.width).saturating_sub(words.width() + 3);
        if room >= name.width().min(16) {
            format!("{words} · {}", middle_cut(name, room))
        } else {
            words
        }
    };
    let written = match &c.recorded {
        None => Span::styled(tr!("follow-up-not-recorded"), t.dim),
        Some(r) if r.written_back => Span::styled(
            format!(
                "✓ {}",
                tr!(
                    "follow-up-saved-to",
                    file = middle_cut(name, usize::from(card.width).saturating_sub(12))
                )
            ),
            t.calm,
        ),
        Some(r) if !crate::app::carried::settled(r, ctx.now) => {
            let left = crate::app::carried::SETTLE_SECONDS - (ctx.now - r.at).num_seconds();
            Span::styled(
                with_file(format!(
                    "… {}",
                    tr!("follow-up-settling", seconds = left.max(1))
                )),
                t.dim,
            )
        }
        Some(_) => Span::styled(
            with_file(format!("… {}", tr!("follow-up-writing-back"))),
            t.warn,
        ),
    };
    let owner_time = {
        let timer = &c.timer;
        let shown = timer.display_seconds(crate::domain::OWNER_SECONDS, ctx.now);
        let phase = timer.phase(crate::domain::OWNER_SECONDS, ctx.now);
        let words = if shown < 0 {
            tr!("queue-over", time = clock_text(-shown, false))
        } else {
            tr!("queue-left", time = clock_text(shown, false))
        };
        match phase {
            crate::domain::timer::Phase::Ready => Span::styled(tr!("follow-up-owner-ready"), t.dim),
            crate::domain::timer::Phase::Paused => {
                Span::styled(tr!("follow-up-owner-paused", time = words), t.strong)
            }
            p => Span::styled(tr!("follow-up-owner-time", time = words), t.phase(p)),
        }
    };
    let lines = vec![
        Line::styled(c.owner.clone(), t.accent),
        Line::styled(c.what.clone(), t.strong),
        Line::styled(
            format!(
                "{due} · {agreed} · {}",
                tr!("follow-up-was", status = status_label(c.status_before))
            ),
            t.base,
        ),
        said_line(c),
        Line::from(choices),
        Line::from(written),
        Line::from(owner_time),
        Line::from(vec![
            Span::styled("e", t.key),
            Span::styled(format!(" {}   ", tr!("follow-up-what-said")), t.dim),
            Span::styled("a", t.key),
            Span::styled(format!(" {}   ", tr!("follow-up-re-agree")), t.dim),
            Span::styled("→ ←", t.key),
            Span::styled(format!(" {}", tr!("follow-up-next-previous")), t.dim),
        ]),
    ];
    Paragraph::new(lines)
        .wrap(Wrap { trim: true })
        .render(card, buf);

    // The whole list, the current one marked, so the room sees how far it has come.
    let visible = list.height as usize;
    let first = live
        .current_carried
        .saturating_sub(visible / 2)
        .min(total.saturating_sub(visible));
    let width = list.width as usize;
    for (row, (i, c)) in live
        .carried
        .iter()
        .enumerate()
        .skip(first)
        .take(visible)
        .enumerate()
    {
        let mark = if i == live.current_carried {
            "▶"
        } else {
            " "
        };
        let status = c
            .recorded
            .as_ref()
            .map_or("—".to_string(), |r| status_label(r.status));
        let owner = fit(&c.owner, 24);
        let what = fit(&c.what, width.saturating_sub(44).max(8));
        let style = if i == live.current_carried {
            t.strong
        } else if c.recorded.is_some() {
            t.base
        } else {
            t.dim
        };
        Line::styled(format!("{mark} {owner} {what}  {status}"), style).render(
            Rect {
                y: list.y + row as u16,
                height: 1,
                ..list
            },
            buf,
        );
    }
}

/// What the room recorded besides the status: the owner's words, a new deadline, a new
/// owner, a re-agreement; blank until something was said.
fn said_line(c: &crate::domain::Carried) -> Line<'static> {
    let Some(r) = &c.recorded else {
        return Line::default();
    };
    let mut parts = Vec::new();
    if let Some(d) = r.deadline {
        let lang = crate::i18n::current();
        parts.push(crate::tr!(
            "follow-up-said-deadline",
            was = crate::i18n::date::short(c.deadline, lang),
            now = crate::i18n::date::short(d, lang)
        ));
    }
    if let Some(o) = &r.owner {
        parts.push(crate::tr!("follow-up-said-owner", owner = o));
    }
    if let Some(new) = &r.superseded_by {
        let id = new.rsplit('/').next().unwrap_or(new);
        parts.push(crate::tr!("follow-up-said-re-agreed", id = id));
    }
    if let Some(n) = &r.note {
        parts.push(format!("“{}”", crate::domain::text::one_line(n)));
    }
    Line::raw(parts.join(" · "))
}

/// Whether the room recorded more than a status for the commitment in focus.
fn said_anything(live: &crate::domain::LiveRecord) -> bool {
    live.carried
        .get(live.current_carried)
        .and_then(|c| c.recorded.as_ref())
        .is_some_and(|r| {
            r.note.is_some()
                || r.deadline.is_some()
                || r.owner.is_some()
                || r.superseded_by.is_some()
        })
}

fn short(path: &str) -> &str {
    path.rsplit('/').next().unwrap_or(path)
}

/// `name` in at most `width` columns, its middle given up first: the start says which
/// session, the end that it is the file (nc15 #11).
fn middle_cut(name: &str, width: usize) -> String {
    use unicode_width::UnicodeWidthStr;
    if name.width() <= width || width < 8 {
        return name.to_string();
    }
    let keep = width.saturating_sub(1);
    let tail_w = keep / 3;
    let mut tail = String::new();
    for ch in name.chars().rev() {
        if tail.width() + unicode_width::UnicodeWidthChar::width(ch).unwrap_or(0) > tail_w {
            break;
        }
        tail.insert(0, ch);
    }
    // clip ends what it keeps with "…": the two halves fill `width` between them.
    let head = super::clip(name, (width - tail.width()) as u16);
    format!("{head}{tail}")
}
