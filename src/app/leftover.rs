//! What an open form held when the console stopped, for its last words: a signal or a
//! closed window must not drop typed text without a word (issue 11, finding 1).

use super::{App, Form};

impl App {
    /// The open form's typed text, said after the terminal is restored; none when no form
    /// is open or nothing was typed in it.
    pub fn unsaved_form(&self) -> Option<String> {
        let (what, typed) = match self.form.as_ref()? {
            Form::Commitment(f) => ("commitment", f.form.typed(super::Field::label)?),
            Form::Note(f) => ("note", f.form.typed(|_| "Note")?),
            Form::Plan(f) => ("plan", f.form.typed(super::plan_form::PlanField::label)?),
            Form::Carried(f) => (
                "follow-up",
                f.form.typed(super::carried_form::CarriedField::label)?,
            ),
        };
        Some(format!(
            "the open {what} form was not saved; it held: {typed}"
        ))
    }
}
