//! The editor as a front end of the one shell, and its runner: the only place the editor
//! touches the disk. A save writes the agenda with the sessions' atomic write, reads the
//! file back and compares, so "Saved ✓" is said only of what is on disk.

use std::path::{Path, PathBuf};
use std::time::Duration;

use anyhow::Result;

use super::{Editor, Effect, Message, SaveError};
use crate::clock::LiveClock;
use crate::domain::Session;
use crate::shell::{Frontend, Input, Runner, TerminalGuard};
use crate::store::{save, write_atomic};
use crate::ui::{Ctx, Theme};

/// The editor with its clock and colours.
pub struct EditorFront<'a> {
    pub editor: Editor,
    clock: LiveClock,
    theme: &'a Theme,
}

impl<'a> EditorFront<'a> {
    /// A front end showing `editor`.
    pub fn new(editor: Editor, clock: LiveClock, theme: &'a Theme) -> Self {
        EditorFront {
            editor,
            clock,
            theme,
        }
    }
}

impl Frontend for EditorFront<'_> {
    type Message = Message;
    type Effect = Effect;

    fn update(&mut self, input: Input<Message>, effects: &mut Vec<Effect>) {
        match input {
            Input::Key(key) => self.editor.on_key(key, self.clock.moment(), effects),
            Input::Message(m) => self.editor.on_message(m),
            Input::Stop(_) => self.editor.stop(effects),
            Input::Resize(..) | Input::Tick => {}
        }
    }

    fn view(&self, frame: &mut ratatui::Frame<'_>) {
        let ctx = Ctx {
            now: self.clock.now(),
            offset: self.clock.offset(),
            theme: self.theme,
        };
        let area = frame.area();
        crate::ui::editor::render(&self.editor, &ctx, area, frame.buffer_mut());
    }

    fn wake_in(&self) -> Option<Duration> {
        None
    }

    fn finished(&self) -> bool {
        self.editor.finished()
    }
}

/// Carries out the editor's effects.
pub struct EditorRunner;

impl Runner<EditorFront<'_>> for EditorRunner {
    fn perform(
        &mut self,
        effect: Effect,
        _front: &mut EditorFront<'_>,
        _terminal: &mut TerminalGuard,
    ) -> Result<Option<Message>> {
        Ok(Some(perform(effect)))
    }
}

/// Does what an effect asks and says how it went.
pub fn perform(effect: Effect) -> Message {
    match effect {
        Effect::Save {
            file,
            dir,
            agenda,
            then_quit,
            expect,
        } => {
            let path = file.unwrap_or_else(|| super::templates::free_file(&dir, &agenda.title));
            let changed = expect.is_some_and(|e| std::fs::read(&path).is_ok_and(|now| now != e));
            let result = if changed {
                Err(SaveError::Changed(path))
            } else {
                save_agenda(&path, &agenda)
                    .map(|bytes| (path, agenda, bytes))
                    .map_err(SaveError::Failed)
            };
            Message::Saved { result, then_quit }
        }
        Effect::Rescue { dir, name, agenda } => {
            let path = super::templates::free_file(&dir, &name);
            Message::Rescued(save_agenda(&path, &agenda).map(|_| path))
        }
        Effect::Import(typed) => {
            let path = unquoted(&typed);
            // "~/people.csv" as a shell would read it.
            let path = match (path.strip_prefix("~"), std::env::var_os("HOME")) {
                (Ok(rest), Some(home)) => Path::new(&home).join(rest),
                _ => path,
            };
            // The path tried, when it is not what the field shows (nc13b #4).
            let tried = if path == typed {
                "it".to_string()
            } else {
                crate::store::load::shown(&path)
            };
            let text = crate::store::load::read_bytes(&path).map_err(|e| match e {
                // nc13b #4: the path tried, so a wrong folder or an unexpanded ~ shows.
                crate::store::LoadError::Io { cause, .. } => {
                    crate::tr!(
                        "editor-cannot-read",
                        file = tried,
                        why = crate::i18n::load_error::os_words(&cause)
                    )
                }
                crate::store::LoadError::NotAFile { what, .. } => {
                    // A folder, the usual mistake, is named in the language (issue 16).
                    let what = match what {
                        crate::store::load::Special::Directory => crate::tr!("editor-a-folder"),
                        other => crate::i18n::load_error::special(other),
                    };
                    crate::tr!("editor-not-a-spreadsheet", what = what)
                }
                other => crate::i18n::load_error::said(&other),
            });
            Message::Imported(path, text)
        }
    }
}

/// A path as typed or dragged in from a file manager: spaces around it and the quotes
/// around it ('…' or "…") are not part of it (nc13b #4).
fn unquoted(path: &Path) -> PathBuf {
    let text = path.to_string_lossy();
    let text = text.trim();
    let inner = ['\'', '"']
        .iter()
        .find_map(|q| text.strip_prefix(*q).and_then(|t| t.strip_suffix(*q)))
        .unwrap_or(text);
    PathBuf::from(inner)
}

/// Writes `agenda` to `path` atomically, then reads it back: an error unless the file now
/// holds exactly what was written (which is returned).
pub fn save_agenda(path: &Path, agenda: &Session) -> Result<Vec<u8>, String> {
    let bytes = save::to_json(agenda);
    let file = path.display().to_string();
    let read_back = |why: String| crate::tr!("editor-cannot-read-back", file = &file, why = why);
    write_atomic(path, &bytes)
        .map_err(|e| crate::tr!("editor-cannot-write", file = &file, why = e.to_string()))?;
    let back = std::fs::read(path).map_err(|e| read_back(e.to_string()))?;
    if back != bytes {
        return Err(crate::tr!("editor-not-what-was-written", file = &file));
    }
    let text = String::from_utf8_lossy(&back);
    crate::store::load::parse(path, &text)
        .map(|_| back.clone())
        .map_err(|e| read_back(e.to_string()))
}
