//! A form's Enter: the operation it asks for, applied (or queued for the host), and what
//! became of it; a refusal puts the form back with the reason, after an edit conflict with
//! the other version beside each field (issue 14, item 4).

use super::{App, Form};
use crate::domain::{Applied, Moment, Op, OpError};
use crate::tr;

impl App {
    pub(super) fn submit_form(&mut self, at: Moment) {
        let Some(form) = self.form.take() else { return };
        match form {
            Form::Carried(f) => self.submit_carried(f, at),
            Form::Commitment(mut f) => {
                let Some(draft) = f.draft(at.today) else {
                    self.form = Some(Form::Commitment(f));
                    return;
                };
                // What a merge took from whom, said with the confirmation.
                let merged = f
                    .merge_summary()
                    .zip(f.editing.as_ref())
                    .map(|(m, (id, _))| (id.clone(), m));
                let op = match &f.editing {
                    Some((id, base)) => Op::EditCommitment {
                        id: id.clone(),
                        base_revision: *base,
                        draft,
                    },
                    // Issue 14, item 8: a note-taker's says when it was written.
                    None => Op::AddCommitment {
                        draft,
                        written: self.remote().map(|_| at.now),
                    },
                };
                match self.apply(op, at) {
                    Ok(Applied::Created(id)) => {
                        self.owners = self.session.owner_suggestions();
                        self.selection.commitment = self.commitment_rows().saturating_sub(1);
                        self.say_once_saved(
                            tr!("said-commitment-saving", id = &id),
                            tr!("said-commitment-recorded", id = &id),
                        );
                    }
                    Ok(Applied::Done) if merged.is_some() => {
                        let (id, merged) = merged.unwrap_or_default();
                        let what = tr!("said-commitment-merged", id = &id, merged = &merged);
                        let done = tr!("said-commitment-merged-done", id = &id, merged = &merged);
                        if self.remote().is_some() {
                            self.say_queued(&what, &done);
                        } else {
                            let saving = tr!("said-commitment-merged-saving", what = &what);
                            self.say_once_saved(saving, done);
                        }
                    }
                    Ok(Applied::Done) if self.remote().is_some() => {
                        let done = match f.editing {
                            Some(_) => tr!("said-commitment-updated"),
                            None => tr!("said-commitment-recorded-queued"),
                        };
                        self.say_queued(&tr!("said-commitment"), &done)
                    }
                    Ok(Applied::Done) => self.say_once_saved(
                        tr!("said-commitment-updating"),
                        tr!("said-commitment-updated"),
                    ),
                    Err(OpError::Conflict { by }) => {
                        // Issue 14, item 4: theirs beside mine, resubmitted on theirs.
                        let current = f.editing.as_ref().and_then(|(id, _)| {
                            self.session
                                .live
                                .as_ref()?
                                .commitments
                                .iter()
                                .find(|c| &c.id == id)
                        });
                        match current {
                            Some(c) => f.merge(c, &by),
                            None => f.refused(&OpError::Conflict { by }),
                        }
                        self.form = Some(Form::Commitment(f));
                    }
                    // nc14 #9: an edit of a commitment deleted meanwhile is kept in a note.
                    Err(e) => {
                        if let Some(mut f) = self.keep_edit_of_deleted(f) {
                            f.refused(&e);
                            self.form = Some(Form::Commitment(f));
                        }
                    }
                }
            }
            Form::Plan(mut f) => {
                let Some(op) = f.op() else {
                    self.form = Some(Form::Plan(f));
                    return;
                };
                match self.apply(op, at) {
                    Ok(_) => {
                        // The new row is selected, so the next key acts on it.
                        let what = match f.adding {
                            super::plan_form::Adding::Group => {
                                self.selection.plan_group =
                                    self.session.group_order().len().saturating_sub(1);
                                (tr!("said-group-adding"), tr!("said-group-added"))
                            }
                            super::plan_form::Adding::Item { position } => {
                                self.selection.plan_item = position;
                                (tr!("said-item-adding"), tr!("said-item-added"))
                            }
                        };
                        self.say_once_saved(what.0, what.1);
                    }
                    Err(e) => {
                        f.refused(&e);
                        self.form = Some(Form::Plan(f));
                    }
                }
            }
            Form::Note(mut f) => {
                if !f.check() {
                    self.form = Some(Form::Note(f));
                    return;
                }
                let op = match f.editing {
                    Some(index) => Op::EditNote {
                        index,
                        text: f.value(),
                    },
                    None => Op::AddNote {
                        text: f.value(),
                        anchor: f.anchor,
                        written: self.remote().map(|_| at.now),
                    },
                };
                match self.apply(op, at) {
                    Ok(_) if f.editing.is_some() => self.said_of_note(
                        &tr!("said-correction"),
                        &tr!("said-note-saving"),
                        &tr!("said-note-corrected"),
                    ),
                    Ok(_) if self.remote().is_some() => {
                        self.selection.note = None;
                        self.say_queued(&tr!("form-note"), &tr!("said-note-recorded"))
                    }
                    Ok(_) => {
                        // The new note is the one the notes view selects.
                        self.selection.note = None;
                        self.say_once_saved(tr!("said-note-saving"), tr!("said-note-recorded"))
                    }
                    Err(e) => {
                        f.form.refuse(
                            Some(super::form::NoteField::Text),
                            crate::i18n::refusal::refusal(&e),
                        );
                        self.form = Some(Form::Note(f));
                    }
                }
            }
        }
    }
}
