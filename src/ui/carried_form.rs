//! The follow-up form's box (issue 15, item 3): the carried commitment it is about, then
//! status, what was said, deadline and owner.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::Line;
use ratatui::widgets::Widget;

use super::Ctx;
use super::overlay::{Place, popup};
use crate::app::App;
use crate::app::carried_form::{CarriedField, CarriedForm};

/// The rows the form asks for: its fields, a refusal under each, the commitment and keys.
pub fn rows() -> u16 {
    CarriedField::ALL.len() as u16 * 2 + 7
}

/// Draws the form over the follow-up item.
pub fn render(app: &App, f: &CarriedForm, ctx: &Ctx, area: Rect, buf: &mut Buffer) {
    let t = ctx.theme;
    let what = app
        .session
        .live
        .as_ref()
        .and_then(|l| l.carried.get(f.index))
        .map(|c| format!("{} · {}", c.owner, c.what))
        .unwrap_or_default();
    let inner = popup(
        ctx,
        area,
        90,
        rows(),
        &crate::tr!("carried-form-title", id = &f.id),
        Place::Low,
        buf,
    );
    let [about, rows, preview, error, keys] = Layout::vertical([
        Constraint::Length(2),
        Constraint::Fill(1),
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Length(1),
    ])
    .areas(inner);
    let preview_text = match f.new_deadline(ctx.today()) {
        Some(Ok(d)) => Some((
            crate::tr!(
                "carried-form-new-deadline",
                date = crate::i18n::date::long(d, crate::i18n::current())
            ),
            t.calm,
        )),
        Some(Err(e)) => Some((format!("? {}", e.message(crate::i18n::current())), t.dim)),
        None => None,
    };
    if let Some((text, style)) = preview_text {
        Line::styled(super::cut::clip_words(&text, preview.width), style).render(preview, buf);
    }
    // Issue 16, item 5: who and what over the two rows kept for them, cut between words.
    let about_lines = super::read_back::wrap_wide(&what, about.width, usize::from(about.height));
    for (i, line) in about_lines.into_iter().enumerate() {
        let row = Rect {
            y: about.y + i as u16,
            height: 1,
            ..about
        };
        Line::styled(line, t.dim).render(row, buf);
    }
    let labels: Vec<(CarriedField, String)> =
        CarriedField::ALL.iter().map(|c| (*c, c.label())).collect();
    let fields: Vec<(CarriedField, &str)> = labels.iter().map(|(c, l)| (*c, l.as_str())).collect();
    super::form::fields(&f.form, &fields, t, rows, buf);
    super::form::error_above(&f.form, t, error, buf);
    super::form::keys_line(&f.form, &[], t, keys, buf);
}
