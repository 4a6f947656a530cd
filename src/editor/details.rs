//! The details form (title, date, venue, times, presenter minutes, the room's language):
//! every wrong field at once, and the agenda edit it asks for.

use super::Editor;
use super::forms::{EditForm, F};
use crate::domain::agenda_fields::AgendaEdit;
use crate::domain::{Moment, Session};

impl Editor {
    pub(super) fn details(&mut self, form: &mut EditForm, at: Moment) -> Option<String> {
        let (problems, edit) = self.details_typed(form, at.today);
        // Every wrong field at once, as the kit's other forms (issue 13, item 2).
        if form.form.mark(problems) {
            return None;
        }
        self.edit(form, edit)
            .then(|| crate::tr!("editor-details-changed"))
    }

    /// What is wrong with each field of the details form as typed, top to bottom, and the
    /// edit it asks for (a field that cannot be read keeps what the agenda has).
    pub(super) fn details_typed(
        &self,
        form: &EditForm,
        today: chrono::NaiveDate,
    ) -> (Vec<(F, String)>, AgendaEdit) {
        let s = &self.app.session;
        let mut problems = Vec::new();
        let typed = form.value(F::Date);
        let date = if typed.is_empty() {
            None
        } else {
            let lang = crate::i18n::current();
            match crate::domain::deadline::parse_deadline_in(&typed, today, lang) {
                Ok(d) => Some(d),
                Err(e) => {
                    // In the language, with its examples (an English "e.g." was appended).
                    problems.push((F::Date, e.message(lang)));
                    s.date
                }
            }
        };
        let mut read = |field: F, value: Result<Option<chrono::NaiveTime>, String>| {
            value.unwrap_or_else(|why| {
                problems.push((field, why));
                None
            })
        };
        let starts = read(F::Starts, form.time_typed(F::Starts));
        let ends = read(F::Ends, form.time_typed(F::Ends));
        // A workshop ending before it starts is a slip, not one running past midnight.
        if let (Some(starts), Some(ends)) = (starts, ends)
            && ends <= starts
        {
            use crate::domain::time_of_day::text;
            problems.push((
                F::Ends,
                crate::tr!(
                    "editor-ends-before-start",
                    ends = text(ends),
                    starts = text(starts)
                ),
            ));
        }
        let minutes = form
            .minutes_typed(F::PresenterMinutes)
            .unwrap_or_else(|why| {
                problems.push((F::PresenterMinutes, why));
                None
            })
            .unwrap_or(s.presenter_minutes);
        let edit = AgendaEdit::Details {
            title: form.value(F::Title),
            date,
            venue: form.value(F::Venue),
            starts,
            ends,
            presenter_minutes: minutes,
            language: language_chosen(s, form.language()),
        };
        // The domain's own checks (a title, no control characters) on a copy.
        if let Err(e) = s.clone().edit_agenda(edit.clone())
            && let Some(field) = super::submit::field_of(e.field)
            && !problems.iter().any(|(f, _)| *f == field)
        {
            problems.push((field, crate::i18n::refusal::edit(&e)));
        }
        (problems, edit)
    }
}

/// The language to record from the details form: `None` when it is the agenda's already,
/// or when the agenda names one this build does not speak and the form shows the default
/// (that code is kept as the file has it).
fn language_chosen(s: &Session, chosen: crate::i18n::Lang) -> Option<crate::i18n::Lang> {
    match s.language() {
        Some(lang) if lang == chosen => None,
        None if s.names_language() && chosen == crate::i18n::current() => None,
        _ => Some(chosen),
    }
}
