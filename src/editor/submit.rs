//! What saving an editor form does to the agenda being edited. A group added and an item's
//! minutes go through the plan operations, as they would live; the fields only a prepared
//! agenda has (details, participants, members, questions, prompts) are set in place. A
//! refusal is shown beside its field and what was typed stays.

use super::forms::{EditForm, Editing, F, list, names};
use super::{Editor, Effect};
use crate::domain::ops::NewGroup;
use crate::domain::text::{refusal, refused_char};
use crate::domain::{Moment, Op, Participant};

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

    fn details(&mut self, form: &mut EditForm, at: Moment) -> Option<String> {
        let title = form.value(F::Title);
        if title.is_empty() {
            form.form
                .refuse(Some(F::Title), "a title is needed, e.g. Quarterly review");
            return None;
        }
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
        let s = &mut self.app.session;
        s.starts = starts;
        s.ends = ends;
        s.title = title;
        s.date = date;
        s.venue = form.value(F::Venue);
        s.presenter_minutes = minutes.unwrap_or(s.presenter_minutes);
        Some("Details changed".into())
    }

    fn person(&mut self, form: &mut EditForm, index: Option<usize>) -> Option<String> {
        let name = form.value(F::Name);
        if name.is_empty() {
            form.form.refuse(Some(F::Name), "a name is needed");
            return None;
        }
        let people = &mut self.app.session.participants;
        let twice = people
            .iter()
            .enumerate()
            .any(|(i, p)| Some(i) != index && p.name.trim().eq_ignore_ascii_case(&name));
        if twice {
            form.form
                .refuse(Some(F::Name), format!("{name} is already a participant"));
            return None;
        }
        let fill = |p: &mut Participant| {
            p.name = name.clone();
            p.organisation = form.value(F::Organisation);
            p.stakeholder = form.value(F::Stakeholder);
            p.email = form.value(F::Email);
        };
        match index.and_then(|i| people.get_mut(i)) {
            Some(p) => fill(p),
            None => {
                let mut p = Participant {
                    name: String::new(),
                    organisation: String::new(),
                    stakeholder: String::new(),
                    email: String::new(),
                    extra: Default::default(),
                };
                fill(&mut p);
                people.push(p);
                self.person = people.len() - 1;
            }
        }
        Some(format!("{name}: participant saved"))
    }

    fn group(&mut self, form: &mut EditForm, index: Option<usize>, at: Moment) -> Option<String> {
        let Ok(minutes) = form.minutes(F::Minutes) else {
            return None;
        };
        let name = form.value(F::Name);
        let index = match index {
            Some(g) => {
                if name.is_empty() {
                    form.form.refuse(Some(F::Name), "the group needs a name");
                    return None;
                }
                let s = &self.app.session;
                let taken = s
                    .groups
                    .iter()
                    .enumerate()
                    .any(|(i, other)| i != g && other.name.trim().eq_ignore_ascii_case(&name));
                if taken {
                    form.form
                        .refuse(Some(F::Name), format!("another group is called {name}"));
                    return None;
                }
                g
            }
            None => {
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
                self.app.session.groups.len() - 1
            }
        };
        let group = self.app.session.groups.get_mut(index)?;
        group.name = name.clone();
        group.topic = form.value(F::Topic);
        group.presenter = form.value(F::Presenter);
        group.members = names(&form.value(F::Members));
        group.questions = list(&form.value(F::Questions));
        group.minutes = minutes;
        Some(format!("Group “{name}” saved"))
    }

    fn item(&mut self, form: &mut EditForm, item: usize, at: Moment) -> Option<String> {
        let title = form.value(F::Title);
        if title.is_empty() {
            form.form.refuse(Some(F::Title), "the item needs a title");
            return None;
        }
        let minutes = match form.minutes(F::Minutes) {
            Ok(Some(m)) => m,
            Ok(None) => {
                form.form
                    .refuse(Some(F::Minutes), "how many minutes? e.g. 10");
                return None;
            }
            Err(()) => return None,
        };
        if let Err(e) = self.app.apply(Op::SetItemMinutes { item, minutes }, at) {
            form.form.refuse(Some(F::Minutes), e.to_string());
            return None;
        }
        let kind = form.kind();
        let entry = self.app.session.agenda.get_mut(item)?;
        entry.title = title.clone();
        entry.kind = kind;
        entry.prompts = list(&form.value(F::Prompts));
        Some(format!("“{title}” saved: {} min", minutes))
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
        let (added, skipped) = merge_participants(&mut self.app.session, roster.participants);
        self.app.owners = self.app.session.owner_suggestions();
        let plural = if added == 1 { "" } else { "s" };
        let mut said = format!("{added} participant{plural} added from {}", path.display());
        if skipped > 0 {
            said.push_str(&format!("; {skipped} already listed"));
        }
        if !roster.refused.is_empty() {
            said.push_str(&format!(
                "; {} rows left out: {}",
                roster.refused.len(),
                roster.refused.join("; ")
            ));
        }
        self.flash = Some((said, !roster.refused.is_empty()));
        self.screen = super::Screen::Participants;
    }
}

/// Adds `people` to the session's participants, leaving out names already listed; returns
/// how many were added and how many left out.
pub fn merge_participants(
    session: &mut crate::domain::Session,
    people: Vec<Participant>,
) -> (usize, usize) {
    let (mut added, mut skipped) = (0, 0);
    for p in people {
        let listed = session
            .participants
            .iter()
            .any(|q| q.name.trim().eq_ignore_ascii_case(p.name.trim()));
        if listed {
            skipped += 1;
        } else {
            session.participants.push(p);
            added += 1;
        }
    }
    (added, skipped)
}
