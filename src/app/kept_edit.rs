//! An edit of a commitment that was deleted while it was typed (nc14 #9): it cannot be
//! saved, and a note-taker cannot restore the commitment, so the text is kept in a note the
//! person sends with Enter (or throws away with Esc), and the screen says who deleted it.

use chrono::{DateTime, Utc};

use super::{App, CommitmentForm, Field, Form, NoteForm};
use crate::domain::Commitment;

/// Who deleted the commitment an edit was for, and when.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Deleted {
    pub id: String,
    pub by: String,
    pub at: DateTime<Utc>,
}

impl NoteForm {
    /// A note holding what was typed in `f`, an edit of `c`, deleted since.
    fn kept_from(f: &CommitmentForm, c: &Commitment) -> NoteForm {
        let text = format!(
            "{} (deleted) · action: {} · owner: {} · deadline: {}",
            c.id,
            f.value(Field::What).trim(),
            f.value(Field::Owner).trim(),
            f.value(Field::Deadline).trim()
        );
        let mut note = NoteForm::filled(c.anchor, &text);
        let deletion = c.history.iter().rev().find(|h| h.change == "deleted");
        note.kept = Some(Deleted {
            id: c.id.clone(),
            by: deletion.map_or_else(String::new, |h| h.by.name.clone()),
            at: deletion.map_or(c.created_at, |h| h.at),
        });
        note
    }
}

impl App {
    /// Opens `f`'s text in a note when it edits a commitment deleted meanwhile; gives the
    /// form back otherwise.
    pub fn keep_edit_of_deleted(&mut self, f: Box<CommitmentForm>) -> Option<Box<CommitmentForm>> {
        let deleted = f.editing.as_ref().and_then(|(id, _)| {
            self.session
                .live
                .as_ref()?
                .commitments
                .iter()
                .find(|c| &c.id == id && c.deleted)
                .cloned()
        });
        match deleted {
            Some(c) => {
                self.refuse(crate::tr!("kept-not-saved", id = c.id.clone()));
                self.form = Some(Form::Note(Box::new(NoteForm::kept_from(&f, &c))));
                None
            }
            None => Some(f),
        }
    }
}
