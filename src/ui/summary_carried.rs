//! The summary's read-back of a follow-up meeting (nc15 #8): what became of each earlier
//! commitment it followed up — its status now, a deadline moved with its new date, a new
//! owner, a re-agreement — so the room hears them before it leaves, beside the new ones.

use ratatui::text::{Line, Span};

use super::{Ctx, clip};
use crate::domain::Carried;
use crate::i18n::date;
use crate::i18n::keys::status_label;
use crate::tr;

/// One carried commitment's outcome in parts: "C2 in progress", "10 Dec 2026 → 31 Mar
/// 2027", "Hương → Lê Văn Minh", "Draft the budget lines…" (joined with " · ").
pub fn outcome(c: &Carried) -> Vec<String> {
    let lang = crate::i18n::current();
    let what = crate::domain::text::one_line(&c.what).into_owned();
    let Some(r) = &c.recorded else {
        return vec![
            format!("{} {}", c.id, tr!("summary-not-discussed")),
            c.owner.clone(),
            what,
        ];
    };
    let mut parts = vec![format!("{} {}", c.id, status_label(r.status))];
    if let Some(d) = r.deadline {
        parts.push(format!(
            "{} → {}",
            date::short(c.deadline, lang),
            date::short(d, lang)
        ));
    }
    match &r.owner {
        Some(new) => parts.push(format!("{} → {new}", c.owner)),
        None => parts.push(c.owner.clone()),
    }
    if let Some(new) = &r.superseded_by {
        let id = new.rsplit('/').next().unwrap_or(new);
        parts.push(tr!("summary-re-agreed", id = id));
    }
    parts.push(what);
    parts
}

/// `parts` joined with " · " in rows of `width` columns, a part that does not fit on a row
/// starting the next one (indented), at most `rows` rows, the last one cut.
fn wrapped(parts: &[String], width: u16, rows: usize) -> Vec<String> {
    use unicode_width::UnicodeWidthStr;
    let mut out: Vec<String> = Vec::new();
    for part in parts {
        let full = out.len() >= rows;
        match out.last_mut() {
            Some(row) if full || row.width() + 3 + part.width() <= usize::from(width) => {
                row.push_str(" · ");
                row.push_str(part);
            }
            Some(_) => out.push(format!("   {part}")),
            None => out.push(part.clone()),
        }
    }
    out.iter().map(|r| clip(r, width)).collect()
}

/// The heading and as many outcomes as fit in `room` rows of `width` columns.
pub fn lines(carried: &[Carried], ctx: &Ctx, width: u16, room: usize) -> Vec<Line<'static>> {
    let t = ctx.theme;
    if carried.is_empty() || room == 0 {
        return Vec::new();
    }
    let mut lines = vec![Line::styled(
        tr!("summary-followed-up", count = carried.len()),
        t.strong,
    )];
    let fits = room.saturating_sub(1);
    let shown = if carried.len() > fits {
        fits.saturating_sub(1)
    } else {
        carried.len()
    };
    // Two rows each when they all fit so, else one row each, cut.
    let outcomes: Vec<Vec<String>> = carried.iter().take(shown).map(outcome).collect();
    let two: usize = outcomes.iter().map(|p| wrapped(p, width, 2).len()).sum();
    let rows_each = if two <= fits { 2 } else { 1 };
    for (c, parts) in carried.iter().zip(&outcomes) {
        let style = if c.recorded.is_some() { t.base } else { t.dim };
        for row in wrapped(parts, width, rows_each) {
            lines.push(Line::from(Span::styled(row, style)));
        }
    }
    if shown < carried.len() {
        lines.push(Line::styled(
            clip(
                &tr!("summary-more-carried", count = carried.len() - shown),
                width,
            ),
            t.dim,
        ));
    }
    lines
}
