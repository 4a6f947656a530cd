//! Review in the terminal shell: its state is the front end, and `Disk` carries out the
//! effects that need IO (follow-ups written back to session files, exports). What each one
//! came to goes back to the state as an `Outcome`.

use std::path::PathBuf;

use anyhow::Result;

use super::{Effect, Review};
use crate::domain::{Moment, OpError, Session};
use crate::shell::{Frontend, Input, Runner, Shell, TerminalGuard};
use crate::store::followup::{self, WriteBackError};
use crate::ui::Theme;

/// What an effect came to.
#[derive(Debug)]
pub enum Outcome {
    /// A follow-up was written back (the session as written), or why not.
    FollowedUp {
        file: PathBuf,
        result: Result<Box<Session>, Refusal>,
    },
    /// An export was written (its file), or why not.
    Exported(Result<PathBuf, String>),
    /// A live `plenary run` holds this session (the process), or nothing does (None).
    Live {
        file: PathBuf,
        holder: Option<String>,
    },
}

/// Why a follow-up was not written.
#[derive(Debug)]
pub enum Refusal {
    /// Someone followed the commitment up since it was read: who, and the file as it is now.
    Conflict {
        by: String,
        now: Option<Box<Session>>,
    },
    /// The domain refused the follow-up (a moved deadline with no note, say).
    Op(OpError),
    Other(String),
}

/// Review with its theme, as the shell runs it.
pub struct ReviewScreen<'a> {
    pub review: &'a mut Review,
    pub theme: &'a Theme,
}

impl Frontend for ReviewScreen<'_> {
    type Message = Outcome;
    type Effect = Effect;

    fn update(&mut self, input: Input<Outcome>, effects: &mut Vec<Effect>) {
        match input {
            Input::Key(key) => effects.extend(self.review.on_key(key)),
            Input::Message(outcome) => self.review.on_outcome(outcome),
            Input::Stop(_) => self.review.quit = true,
            Input::Resize(..) | Input::Tick => {}
        }
    }

    fn view(&self, frame: &mut ratatui::Frame<'_>) {
        let area = frame.area();
        crate::ui::review::render(self.review, self.theme, area, frame.buffer_mut());
    }

    fn finished(&self) -> bool {
        self.review.quit
    }
}

/// Carries out review's effects on the files.
pub struct Disk;

impl Runner<ReviewScreen<'_>> for Disk {
    fn perform(
        &mut self,
        effect: Effect,
        front: &mut ReviewScreen<'_>,
        _terminal: &mut TerminalGuard,
    ) -> Result<Option<Outcome>> {
        Ok(Some(perform(front.review, effect)))
    }
}

/// Runs review until the person quits.
pub fn run(review: &mut Review, theme: &Theme) -> Result<()> {
    Shell::default().run(&mut ReviewScreen { review, theme }, &mut Disk)
}

/// Performs one effect and hands its outcome to the review state (for tests, which run
/// review without a terminal).
pub fn carry_out(review: &mut Review, effect: Effect) {
    let outcome = perform(review, effect);
    review.on_outcome(outcome);
}

/// Does the IO of one effect.
fn perform(review: &Review, effect: Effect) -> Outcome {
    let now = crate::clock::wall_now();
    match effect {
        Effect::FollowUp { file, op } => {
            let at = Moment {
                now,
                today: review.today,
            };
            let result = match followup::apply_to_file(&file, &op, &review.me, at) {
                Ok(session) => Ok(Box::new(session)),
                Err(WriteBackError::Refused(OpError::Conflict { by })) => Err(Refusal::Conflict {
                    by,
                    now: crate::store::load(&file).ok().map(Box::new),
                }),
                Err(WriteBackError::Refused(e)) => Err(Refusal::Op(e)),
                // A file that can no longer be read, in the language (nc16b #2).
                Err(WriteBackError::Load(e)) => {
                    Err(Refusal::Other(crate::i18n::load_error::said(&e)))
                }
                Err(e) => Err(Refusal::Other(e.to_string())),
            };
            Outcome::FollowedUp { file, result }
        }
        Effect::CheckLive { file } => Outcome::Live {
            holder: crate::store::lock::live_holder(&file),
            file,
        },
        Effect::Export {
            session,
            format,
            external,
        } => {
            let Some((path, s)) = review.catalog.sessions.get(session) else {
                return Outcome::Exported(Err("that session is no longer listed".into()));
            };
            let target = format.beside(path, external);
            Outcome::Exported(
                export_bytes(review, path, s, format, external, now)
                    .and_then(|bytes| {
                        crate::store::output::write_for_people(&target, &bytes)
                            .map_err(|e| format!("{e:#}"))
                    })
                    .map_err(|e| format!("Could not write {}: {e}", target.display())),
            )
        }
    }
}

/// The export's bytes, as `plenary export` writes them (issue 15, item 6).
fn export_bytes(
    review: &Review,
    path: &std::path::Path,
    s: &crate::domain::Session,
    format: super::ExportKind,
    external: bool,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<Vec<u8>, String> {
    let name = path.display().to_string();
    let options = crate::report::outcome::Options {
        now,
        offset: review.offset,
        today: review.today,
        external,
    };
    match format {
        super::ExportKind::Plain(f) => {
            Ok(crate::report::export_as(s, &name, f, &options).into_bytes())
        }
        super::ExportKind::Doc(f) => {
            let options = crate::report::outcome::Options {
                external: true,
                ..options
            };
            let doc = crate::report::doc::Doc::from_outcome(&crate::report::outcome_document(
                s, &name, &options,
            ));
            crate::report::doc::write(&doc, f).map_err(|e| format!("{e:#}"))
        }
    }
}
