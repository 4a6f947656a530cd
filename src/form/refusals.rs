//! Why a save was refused, beside each wrong field: marks found before saving stay until
//! their field is valid (issue 11, finding 9); a refusal from the record goes when its field
//! changes (issue 12, item 10).

use super::{FieldId, Form};

/// Why a save was refused, beside a field (or, with no field, above the form).
pub(super) struct Refusal<F> {
    pub(super) field: Option<F>,
    pub(super) message: String,
    /// The fields whose change withdraws it: the one it is beside, and any other it is
    /// about ("a new deadline needs a note" goes when the deadline changes too).
    pub(super) about: Vec<F>,
    /// A field found wrong before saving (`mark`): it stays until the field is valid,
    /// not merely changed (issue 11, finding 9).
    pub(super) until_valid: bool,
}

impl<F: FieldId> Form<F> {
    /// The first refusal shown (the one in focus first): its field and why.
    pub fn error(&self) -> Option<(Option<F>, &str)> {
        self.errors
            .iter()
            .find(|r| r.field == Some(self.focus))
            .or(self.errors.first())
            .map(|r| (r.field, r.message.as_str()))
    }

    /// The reason beside `field`, if a refusal is about it.
    pub fn error_at(&self, field: F) -> Option<&str> {
        self.errors
            .iter()
            .find(|r| r.field == Some(field))
            .map(|r| r.message.as_str())
    }

    /// The reason shown above the form, about no one field.
    pub fn error_above(&self) -> Option<&str> {
        self.errors
            .iter()
            .find(|r| r.field.is_none())
            .map(|r| r.message.as_str())
    }

    /// Marks every wrong field at once, each with why, and focuses the first of them in
    /// Tab order (top to bottom); each mark stays until `recheck` finds its field valid.
    /// Returns whether anything was wrong.
    pub fn mark(&mut self, problems: Vec<(F, String)>) -> bool {
        let place = |f: &F| self.fields.iter().position(|(g, _)| g == f);
        let mut problems = problems;
        problems.sort_by_key(|(f, _)| place(f));
        if let Some((first, _)) = problems.first() {
            self.focus = *first;
        }
        let wrong = !problems.is_empty();
        self.errors = problems
            .into_iter()
            .map(|(f, message)| Refusal {
                field: Some(f),
                message,
                about: vec![f],
                until_valid: true,
            })
            .collect();
        wrong
    }

    /// Keeps each mark whose field is still wrong (with today's reason) and drops the
    /// rest: `problems` are what is wrong with the fields now. Nothing new is marked
    /// while the person types.
    pub fn recheck(&mut self, problems: &[(F, String)]) {
        self.errors.retain_mut(|r| {
            if !r.until_valid {
                return true;
            }
            match problems.iter().find(|(f, _)| Some(*f) == r.field) {
                Some((_, why)) => {
                    r.message.clone_from(why);
                    true
                }
                None => false,
            }
        });
    }

    /// What was typed and would be lost, field by field ("Owner: Hélène"), for the last
    /// words of a program stopped with the form open (issue 11, finding 1); none when
    /// nothing was typed.
    pub fn typed<L: std::fmt::Display>(&self, label: impl Fn(F) -> L) -> Option<String> {
        if !self.has_changes() {
            return None;
        }
        let parts: Vec<String> = self
            .fields
            .iter()
            .zip(&self.original)
            .filter(|((_, e), orig)| {
                e.value().trim() != orig.trim() && !e.value().trim().is_empty()
            })
            .map(|((f, e), _)| format!("{}: {}", label(*f), e.value().trim()))
            .collect();
        Some(parts.join(" · "))
    }
}
