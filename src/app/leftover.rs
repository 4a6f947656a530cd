//! What an open form held when the console stopped, for its last words: a signal or a
//! closed window must not drop typed text without a word (issue 11, finding 1).

use super::{App, Form};
use crate::tr;

impl App {
    /// The open form's typed text, said after the terminal is restored; none when no form
    /// is open or nothing was typed in it.
    pub fn unsaved_form(&self) -> Option<String> {
        Some(match self.form.as_ref()? {
            Form::Commitment(f) => tr!(
                "leftover-commitment",
                typed = f.form.typed(super::Field::label)?
            ),
            Form::Note(f) => tr!("leftover-note", typed = f.form.typed(|_| tr!("form-note"))?),
            Form::Plan(f) => tr!(
                "leftover-plan",
                typed = f.form.typed(super::plan_form::PlanField::label)?
            ),
            Form::Carried(f) => tr!(
                "leftover-follow-up",
                typed = f.form.typed(super::carried_form::CarriedField::label)?
            ),
        })
    }
}
