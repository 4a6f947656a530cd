//! What saving an editor form does to the agenda being edited. A group added and an item's
//! minutes go through the plan operations, as they would live; the fields only a prepared
//! agenda has (details, participants, members, questions, prompts) are the domain's agenda
//! edits (`AgendaEdit`). A refusal is shown beside its field and what was typed stays.

use super::forms::{EditForm, Editing, F, list, names};
use super::{Editor, Effect};
use crate::domain::agenda_fields::AgendaEdit;
use crate::domain::ops::NewGroup;
use crate::domain::text::{refusal, refused_char};
use crate::domain::{Moment, Op};

impl Editor {
    pub(super) fn submit(&mut self, at: Moment, effects: &mut Vec<Effect>) {
        let Some(mut form) = self.form.take() else {
            return;
        };
        if let Some((field, found)) = form
            .fields()
            .iter()
            .find_map(|f| refused_char(&form.value(*f), false).map(|c| (*f, c)))
        {
            form.form
                .refuse(Some(field), format!("{} {}", field.label(), refusal(found)));
            self.form = Some(form);
            return;
        }
        let done = match form.editing {
            Editing::Details => self.details(&mut form, at),
            Editing::Person(index) => self.person(&mut form, index),
            Editing::Group(index) => self.group(&mut form, index, at),
            Editing::Item(index) => self.item(&mut form, index, at),
            Editing::Import => {
                let path = form.value(F::File);
                if path.is_empty() {
                    form.form
                        .refuse(Some(F::File), "which file? e.g. people.csv");
                    None
                } else {
                    effects.push(Effect::Import(path.into()));
                    Some(String::new())
                }
            }
        };
        match done {
            Some(said) => {
                if !said.is_empty() {
                    self.flash = Some((said, false));
                }
                self.app.owners = self.app.session.owner_suggestions();
            }
            None => self.form = Some(form),
        }
    }

    /// Applies `edit` to the agenda; a refusal goes beside the form's field it is about.
    fn edit(&mut self, form: &mut EditForm, edit: AgendaEdit) -> bool {
        match self.app.session.edit_agenda(edit) {
            Ok(()) => true,
            Err(e) => {
                form.form.refuse(field_of(e.field), e.message);
                false
            }
        }
    }

    fn details(&mut self, form: &mut EditForm, at: Moment) -> Option<String> {
        let typed = form.value(F::Date);
        let date = if typed.is_empty() {
            None
        } else {
            match crate::domain::deadline::parse_deadline(&typed, at.today) {
                Ok(d) => Some(d),
                Err(e) => {
                    form.form
                        .refuse(Some(F::Date), format!("{e} (e.g. 2027-03-31)"));
                    return None;
                }
            }
        };
        let Ok(minutes) = form.minutes(F::PresenterMinutes) else {
            return None;
        };
        let (Ok(starts), Ok(ends)) = (form.time(F::Starts), form.time(F::Ends)) else {
            return None;
        };
        let edit = AgendaEdit::Details {
            title: form.value(F::Title),
            date,
            venue: form.value(F::Venue),
            starts,
            ends,
            presenter_minutes: minutes.unwrap_or(self.app.session.presenter_minutes),
        };
        self.edit(form, edit).then(|| "Details changed".into())
    }

    fn person(&mut self, form: &mut EditForm, index: Option<usize>) -> Option<String> {
        let name = form.value(F::Name);
        let edit = AgendaEdit::Participant {
            index,
            name: name.clone(),
            organisation: form.value(F::Organisation),
            stakeholder: form.value(F::Stakeholder),
            email: form.value(F::Email),
        };
        if !self.edit(form, edit) {
            return None;
        }
        if index.is_none() {
            self.person = self.app.session.participants.len().saturating_sub(1);
        }
        Some(format!("{name}: participant saved"))
    }

    fn group(&mut self, form: &mut EditForm, index: Option<usize>, at: Moment) -> Option<String> {
        let Ok(minutes) = form.minutes(F::Minutes) else {
            return None;
        };
        let name = form.value(F::Name);
        let index = match index {
            Some(g) => g,
            None => {
                // A new group is the plan's operation, as a late group is live.
                let op = Op::AddGroup {
                    group: NewGroup {
                        name: name.clone(),
                        presenter: form.value(F::Presenter),
                        topic: form.value(F::Topic),
                        minutes,
                    },
                };
                if let Err(e) = self.app.apply(op, at) {
                    let field = match e.field() {
                        Some(crate::domain::Field::GroupName) => Some(F::Name),
                        Some(crate::domain::Field::Presenter) => Some(F::Presenter),
                        Some(crate::domain::Field::Topic) => Some(F::Topic),
                        Some(crate::domain::Field::Minutes) => Some(F::Minutes),
                        _ => None,
                    };
                    form.form.refuse(field, e.to_string());
                    return None;
                }
                self.app.selection.plan_group =
                    self.app.session.group_order().len().saturating_sub(1);
                let g = self.app.session.groups.len() - 1;
                // Added: should the rest be refused, the form now edits it.
                form.editing = Editing::Group(Some(g));
                g
            }
        };
        let edit = AgendaEdit::Group {
            index,
            name: name.clone(),
            topic: form.value(F::Topic),
            presenter: form.value(F::Presenter),
            members: names(&form.value(F::Members)),
            questions: list(&form.value(F::Questions)),
            minutes,
        };
        self.edit(form, edit)
            .then(|| format!("Group “{name}” saved"))
    }

    fn item(&mut self, form: &mut EditForm, item: usize, at: Moment) -> Option<String> {
        let minutes = match form.minutes(F::Minutes) {
            Ok(Some(m)) => m,
            Ok(None) => {
                form.form
                    .refuse(Some(F::Minutes), "how many minutes? e.g. 10");
                return None;
            }
            Err(()) => return None,
        };
        let title = form.value(F::Title);
        let edit = AgendaEdit::Item {
            index: item,
            title: title.clone(),
            kind: form.kind(),
            prompts: list(&form.value(F::Prompts)),
        };
        if !self.edit(form, edit) {
            return None;
        }
        // Its minutes are the plan's operation, as they are live.
        if let Err(e) = self.app.apply(Op::SetItemMinutes { item, minutes }, at) {
            form.form.refuse(Some(F::Minutes), e.to_string());
            return None;
        }
        Some(format!("“{title}” saved: {minutes} min"))
    }

    /// Participants read from a spreadsheet join the list; each row left out is said.
    pub(super) fn imported(&mut self, path: &std::path::Path, text: Result<String, String>) {
        let roster = text.and_then(|t| crate::store::roster::parse(&t));
        let roster = match roster {
            Ok(r) => r,
            Err(why) => {
                self.flash = Some((format!("{}: {why}", path.display()), true));
                return;
            }
        };
        // Each row joins as one added in the form would, checked by the domain.
        let mut added = 0;
        let mut left_out = roster.refused;
        for p in roster.participants {
            let edit = AgendaEdit::Participant {
                index: None,
                name: p.name.clone(),
                organisation: p.organisation,
                stakeholder: p.stakeholder,
                email: p.email,
            };
            match self.app.session.edit_agenda(edit) {
                Ok(()) => added += 1,
                Err(e) => left_out.push(format!("{}: {e}", p.name)),
            }
        }
        self.app.owners = self.app.session.owner_suggestions();
        let plural = if added == 1 { "" } else { "s" };
        let mut said = format!("{added} participant{plural} added from {}", path.display());
        if !left_out.is_empty() {
            said.push_str(&format!(
                "; {} left out: {}",
                left_out.len(),
                left_out.join("; ")
            ));
        }
        self.flash = Some((said, !left_out.is_empty()));
        self.screen = super::Screen::Participants;
    }
}

/// The form field a refusal about the file's `field` is shown beside.
fn field_of(field: &str) -> Option<F> {
    Some(match field {
        "title" => F::Title,
        "venue" => F::Venue,
        "presenter_minutes" => F::PresenterMinutes,
        "name" => F::Name,
        "organisation" => F::Organisation,
        "stakeholder" => F::Stakeholder,
        "email" => F::Email,
        "topic" => F::Topic,
        "presenter" => F::Presenter,
        "members" => F::Members,
        "questions" => F::Questions,
        "minutes" => F::Minutes,
        "prompts" => F::Prompts,
        _ => return None,
    })
}
