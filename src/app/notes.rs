//! The notes view's keys (3), on the console and a note-taker's screen: a note chosen with
//! ↑↓, corrected in the note form, deleted (asks; kept, struck out) and restored. Each is an
//! operation; who may change which note is the domain's and the host's to say.

use super::form::NoteForm;
use super::{App, Confirm, Form};
use crate::domain::{Moment, Note, Op};
use crate::tr;

impl App {
    /// nc14 #5: this join's notes here that the host has not applied yet, as they will
    /// read once it has (the lists show them marked "(saving…)").
    pub fn waiting_notes_here(&self) -> Vec<Note> {
        let here = self.anchor();
        self.not_yet_applied()
            .into_iter()
            .filter_map(|op| match op {
                Op::AddNote {
                    text,
                    anchor,
                    written: Some(written),
                } if anchor.item == here.item
                    && (here.group.is_none() || anchor.group == here.group) =>
                {
                    Some(Note {
                        text: text.clone(),
                        author: self.me.clone(),
                        at: *written,
                        written_at: None,
                        anchor: *anchor,
                        deleted: false,
                        history: Vec::new(),
                        extra: Default::default(),
                    })
                }
                _ => None,
            })
            .collect()
    }

    /// The notes of the current item (and group), by their index in the session, oldest
    /// first; deleted ones included, for the notes view to strike out and restore.
    pub fn notes_here(&self) -> Vec<usize> {
        let anchor = self.anchor();
        self.session.live.as_ref().map_or_else(Vec::new, |l| {
            l.notes
                .iter()
                .enumerate()
                .filter(|(_, n)| {
                    n.anchor.item == anchor.item
                        && (anchor.group.is_none() || n.anchor.group == anchor.group)
                })
                .map(|(i, _)| i)
                .collect()
        })
    }

    /// The note the notes view's keys act on: the one chosen with ↑↓ while it is listed
    /// here, else the newest here (so a note just written is the one selected).
    pub fn selected_note(&self) -> Option<usize> {
        let here = self.notes_here();
        match self.selection.note {
            Some(i) if here.contains(&i) => Some(i),
            _ => here.last().copied(),
        }
    }

    /// Whether this seat may correct or delete note `index`: the facilitator any, a
    /// note-taker the notes it wrote (the host checks again).
    pub fn may_change_note(&self, index: usize) -> bool {
        match self.remote() {
            None => self.host().is_some(),
            Some(remote) => {
                let op = Op::DeleteNote { index };
                remote.role.allows(&op) && remote.role.owns(&op, &self.session, &self.me)
            }
        }
    }

    fn note(&self, index: usize) -> Option<&Note> {
        self.session.live.as_ref()?.notes.get(index)
    }

    /// ↑↓, PgUp/PgDn, Home/End in the notes view: `by` notes, down when positive.
    pub(super) fn move_note_selection(&mut self, by: isize) {
        let here = self.notes_here();
        let Some(at) = self
            .selected_note()
            .and_then(|s| here.iter().position(|i| *i == s))
        else {
            return;
        };
        let to = at.saturating_add_signed(by).min(here.len() - 1);
        // At the newest, the selection follows the notes still arriving (the note-taker's
        // own on their way to the host included), as End promises: "the last note".
        self.selection.note = if to + 1 == here.len() {
            None
        } else {
            here.get(to).copied()
        };
    }

    /// `e` on a note: the note form, holding its text.
    pub(super) fn edit_note(&mut self) {
        let Some(index) = self.selected_note() else {
            return self.refuse(tr!("refused-no-note-to-correct"));
        };
        match self.note(index) {
            Some(n) if n.deleted => self.refuse(tr!("refused-note-deleted")),
            Some(n) => self.form = Some(Form::Note(Box::new(NoteForm::edit(index, n)))),
            None => {}
        }
    }

    /// `d` on a note: delete it (asks), or restore it when it was deleted.
    pub(super) fn delete_or_restore_note(&mut self, at: Moment) {
        let Some(index) = self.selected_note() else {
            return self.refuse(tr!("refused-no-note-to-delete"));
        };
        let Some(deleted) = self.note(index).map(|n| n.deleted) else {
            return;
        };
        if !deleted {
            self.confirm = Some(Confirm::DeleteNote { index });
        } else if self.run(Op::RestoreNote { index }, at) {
            self.said_of_note(
                &tr!("said-restoring-note"),
                &tr!("said-restoring-note-saving"),
                &tr!("said-note-restored"),
            );
        }
    }

    /// The yes to "Delete this note?".
    pub(super) fn delete_note(&mut self, index: usize, at: Moment) {
        if self.run(Op::DeleteNote { index }, at) {
            self.said_of_note(
                &tr!("said-deleting-note"),
                &tr!("said-deleting-note-saving"),
                &tr!("said-note-deleted"),
            );
        }
    }

    /// Says what became of a change to a note: on disk (the console), or queued for the host.
    pub(super) fn said_of_note(&mut self, what: &str, saving: &str, done: &str) {
        if self.remote().is_some() {
            self.say_queued(what, done);
        } else {
            self.say_once_saved(saving, done);
        }
    }
}
