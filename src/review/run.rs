//! The review loop: draws on every event (nothing ticks here), and carries out the
//! effects that need IO: follow-ups written back to session files, and exports.

use std::time::Duration;

use anyhow::Result;
use chrono::Utc;
use ratatui::crossterm::event::{self, Event};
use ratatui::layout::Rect;

use super::{Effect, Review};
use crate::domain::{Moment, OpError};
use crate::runtime::TerminalGuard;
use crate::store::{followup, write_atomic};
use crate::ui::Theme;

/// Runs review until the person quits.
pub fn run(review: &mut Review, theme: &Theme) -> Result<()> {
    let mut guard = TerminalGuard::new()?;
    loop {
        guard.terminal.draw(|f| {
            let area = f.area();
            crate::ui::review::render(review, theme, area, f.buffer_mut());
        })?;
        if review.quit {
            return Ok(());
        }
        if !event::poll(Duration::from_secs(60))? {
            continue;
        }
        match event::read()? {
            Event::Key(key) => {
                if let Some(effect) = review.on_key(key) {
                    carry_out(review, effect);
                }
            }
            Event::Resize(width, height) => {
                guard.terminal.backend_mut().set_columns(width);
                guard.terminal.resize(Rect::new(0, 0, width, height))?;
            }
            _ => {}
        }
    }
}

/// Performs one effect and reports the outcome in the review state.
pub fn carry_out(review: &mut Review, effect: Effect) {
    let now = Utc::now();
    match effect {
        Effect::FollowUp { file, op } => {
            let at = Moment {
                now,
                today: review.today,
            };
            match followup::apply_to_file(&file, &op, &review.me, at) {
                Ok(session) => {
                    let id = review
                        .followup
                        .as_ref()
                        .map(|f| f.row.id.clone())
                        .unwrap_or_default();
                    review.followup = None;
                    review.replace_session(&file, session);
                    review.flash = Some((
                        format!("{id} updated and saved to {}", file.display()),
                        false,
                    ));
                }
                Err(followup::WriteBackError::Refused(OpError::Conflict { by })) => {
                    on_conflict(review, &file, &by);
                }
                Err(e) => {
                    if let Some(form) = review.followup.as_mut() {
                        form.error = Some(e.to_string());
                    }
                }
            }
        }
        Effect::Export { session, format } => {
            let Some((path, s)) = review.catalog.sessions.get(session) else {
                return;
            };
            let name = path.display().to_string();
            let text = crate::report::export(s, &name, format, now, review.offset, review.today);
            let stem = path
                .file_stem()
                .map(|x| x.to_string_lossy().into_owned())
                .unwrap_or_default();
            let target = path.with_file_name(format!("{stem}.{}", format.suffix()));
            review.flash = Some(match write_atomic(&target, text.as_bytes()) {
                Ok(()) => (format!("Wrote {}", target.display()), false),
                Err(e) => (format!("Could not write {}: {e}", target.display()), true),
            });
        }
    }
}

/// Someone followed the commitment up since it was read: show what the file holds now, keep
/// what this person typed, and let a second Enter save it on top of the other, knowingly.
fn on_conflict(review: &mut Review, file: &std::path::Path, by: &str) {
    match crate::store::load(file) {
        Ok(session) => review.replace_session(file, session),
        Err(e) => {
            if let Some(form) = review.followup.as_mut() {
                form.error = Some(e.to_string());
            }
            return;
        }
    }
    let Some(form) = review.followup.as_mut() else {
        return;
    };
    let id = form.row.id.clone();
    let fresh = review
        .entries
        .iter()
        .find(|e| e.row.id == id && e.row.session_file == form.row.session_file)
        .map(|e| e.row.clone());
    if let Some(row) = fresh {
        form.error = Some(format!(
            "{by} followed up {id} while you were writing: it is {} now. Your text is kept: Enter saves it on top, Esc twice discards it",
            row.status.label()
        ));
        form.row = row;
    }
}
