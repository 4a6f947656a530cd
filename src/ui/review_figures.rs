//! The figures screen of review (issue 15 C): the progress report's counts drawn with
//! ratatui's charts — a gauge per session and a bar chart per stakeholder group or owner —
//! each with its numbers in words beside it, so no colour is needed to read them.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Direction, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Bar, BarChart, Gauge, Widget};

use super::Theme;
use super::rail::fit;
use crate::report::progress::{Standing, Tally};
use crate::report::progress_doc::counts_sentence;
use crate::review::{Review, Screen};
use crate::tr;

/// "36% · 4 of 11" (done of those not dropped).
fn done_of(t: &Tally) -> String {
    let base = t.total() - t.get(Standing::Dropped);
    // One way to write a percentage per language, as in the sentences ("0 %": nc16 #8).
    let widest = tr!("percent-value", percent = 100).chars().count();
    format!(
        "{:>widest$} · {}",
        tr!("percent-value", percent = t.percent_done()),
        tr!("figures-done-of", done = t.get(Standing::Done), base = base)
    )
}

/// A line's name: owners outside the participant lists are counted under "Other", said in
/// the language in force.
fn named(label: &str) -> String {
    if label == "Other" {
        tr!("report-other-group")
    } else {
        label.to_string()
    }
}

/// A line's name in `width` columns, cut between words (issue 16, item 5).
fn label_text(label: &str, width: u16) -> String {
    fit(
        &super::cut::clip_words(&named(label), width),
        usize::from(width),
    )
}

/// A list's title and its note; the note, in parentheses, goes whole when both do not fit
/// ("(3 en total; g: por respon" at 60x20).
fn title(title: String, note: String, t: &Theme, area: Rect, buf: &mut Buffer) {
    let fits = Line::raw(format!("{title}{note}")).width() <= usize::from(area.width);
    let mut spans = vec![Span::styled(
        super::cut::clip_words(&title, area.width),
        t.strong,
    )];
    if fits {
        spans.push(Span::styled(note, t.dim));
    }
    Line::from(spans).render(area, buf);
}

/// Draws the figures in `area` (below review's header, above its footer).
pub fn render(r: &Review, t: &Theme, area: Rect, buf: &mut Buffer) {
    let f = r.figures();
    let what = if r.figures_from == Screen::Board {
        tr!("figures-on-board")
    } else {
        tr!("figures-everywhere")
    };
    let lang = crate::i18n::current();
    let head = tr!(
        "figures-head",
        date = crate::report::language::sentence_date(r.today, lang),
        count = f.overall.total(),
        scope = what,
        counts = counts_sentence(&f.overall, lang)
    );
    // Issue 16, item 5: the sentences whole, the last ones left out whole when they need
    // more than four lines (at 60x20 in Spanish the last stopped after "sobre los").
    let mut sentences: Vec<&str> = head.split_inclusive(". ").collect();
    let head_text = loop {
        let text = sentences.concat();
        let lines = super::read_back::wrap_wide(text.trim_end(), area.width, usize::MAX).len();
        if lines <= 4 || sentences.len() == 1 {
            break text;
        }
        sentences.pop();
    };
    let head_rows = super::read_back::wrap_wide(head_text.trim_end(), area.width, 4);
    let head_lines = head_rows.len().max(2) as u16;
    let by_owner = r.figures_by_owner;
    let groups = if by_owner { &f.owners } else { &f.stakeholders };
    // Each list gets the lines it needs; when both cannot, the bars get up to half.
    let rest = usize::from(area.height.saturating_sub(head_lines + 3));
    let sessions_h = f
        .sessions
        .len()
        .min(rest.saturating_sub(groups.len().min(rest / 2)));
    let groups_h = groups.len().min(rest - sessions_h);
    let height = |n: usize| u16::try_from(n).unwrap_or(u16::MAX);
    let [head_area, s_title, s_area, _, g_title, g_area] = Layout::vertical([
        Constraint::Length(head_lines),
        Constraint::Length(1),
        Constraint::Length(height(sessions_h)),
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Length(height(groups_h)),
    ])
    .areas(area);
    for (i, line) in head_rows.into_iter().enumerate() {
        let row = Rect::new(head_area.x, head_area.y + i as u16, head_area.width, 1);
        Span::styled(line, t.base).render(row, buf);
    }

    let n = f.sessions.len();
    let first = r
        .figures_scroll
        .min(n.saturating_sub(usize::from(s_area.height).max(1)));
    let last = (first + usize::from(s_area.height)).min(n);
    let more = if first > 0 || last < n {
        tr!("figures-more", first = first + 1, last = last, count = n)
    } else {
        String::new()
    };
    title(
        tr!("figures-by-session"),
        tr!("figures-by-session-note", more = more),
        t,
        s_title,
        buf,
    );
    let label_w = (s_area.width * 2 / 5).max(10);
    let numbers_w = 18u16.min(s_area.width / 4);
    for (row, line) in f.sessions[first..last].iter().enumerate() {
        let y = s_area.y + u16::try_from(row).unwrap_or(0);
        let [label, gauge, numbers] = Layout::horizontal([
            Constraint::Length(label_w),
            Constraint::Fill(1),
            Constraint::Length(numbers_w),
        ])
        .spacing(1)
        .areas(Rect::new(s_area.x, y, s_area.width, 1));
        Span::styled(label_text(&line.label, label.width), t.base).render(label, buf);
        Gauge::default()
            .percent(line.tally.percent_done().min(100))
            .label("")
            .use_unicode(true)
            .gauge_style(t.calm)
            .render(gauge, buf);
        Span::styled(
            fit(&done_of(&line.tally), usize::from(numbers.width)),
            t.base,
        )
        .render(numbers, buf);
    }

    let which = if by_owner {
        tr!("figures-by-owner")
    } else {
        tr!("figures-by-group")
    };
    let cut = if groups.len() > usize::from(g_area.height) {
        tr!("figures-first", count = g_area.height)
    } else {
        String::new()
    };
    let all = if by_owner {
        tr!("figures-in-all-owners", count = groups.len(), cut = cut)
    } else {
        tr!("figures-in-all-groups", count = groups.len(), cut = cut)
    };
    title(which, all, t, g_title, buf);
    let [labels, chart, numbers] = Layout::horizontal([
        Constraint::Length(label_w),
        Constraint::Fill(1),
        Constraint::Length(numbers_w),
    ])
    .spacing(1)
    .areas(g_area);
    let shown = &groups[..groups.len().min(usize::from(g_area.height))];
    for (row, l) in shown.iter().enumerate() {
        let y = g_area.y + height(row);
        Span::styled(label_text(&l.label, labels.width), t.base)
            .render(Rect::new(labels.x, y, labels.width, 1), buf);
        Span::styled(fit(&done_of(&l.tally), usize::from(numbers.width)), t.base)
            .render(Rect::new(numbers.x, y, numbers.width, 1), buf);
    }
    // The chart draws the bars only: the names and numbers are in their own columns.
    let bars: Vec<Bar> = shown
        .iter()
        .map(|l| {
            Bar::default()
                .value(u64::from(l.tally.percent_done()))
                .text_value("")
        })
        .collect();
    BarChart::default()
        .direction(Direction::Horizontal)
        .data(ratatui::widgets::BarGroup::default().bars(&bars))
        .bar_width(1)
        .bar_gap(0)
        .max(100)
        .bar_style(t.calm)
        .render(chart, buf);
}
