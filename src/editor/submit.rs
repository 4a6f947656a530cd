//! What saving an editor form does to the agenda being edited. A group added and an item's
//! minutes go through the plan operations, as they would live; the fields only a prepared
//! agenda has (details, participants, members, questions, prompts) are the domain's agenda
//! edits (`AgendaEdit`). A refusal is shown beside its field and what was typed stays.

use super::forms::{EditForm, Editing, F, kept, list};
use super::{Editor, Effect};
use crate::domain::agenda_fields::AgendaEdit;
use crate::domain::ops::{NewGroup, NewItem};
use crate::domain::text::refused_char;
use crate::domain::{ItemKind, Moment, Op};

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
            form.form.refuse(
                Some(field),
                format!(
                    "{} {}",
                    field.label(),
                    crate::i18n::problems::char_refusal(found)
                ),
            );
            self.form = Some(form);
            return;
        }
        let done = match form.editing {
            Editing::Details => self.details(&mut form, at),
            Editing::Person(index) => self.person(&mut form, index),
            Editing::Group(index) => self.group(&mut form, index, at),
            Editing::Item(index) => self.item(&mut form, index, at),
            Editing::NewItem(position) => self.new_item(&mut form, position, at),
            Editing::Import => {
                let path = form.value(F::File);
                if path.is_empty() {
                    form.form
                        .refuse(Some(F::File), crate::tr!("editor-which-file"));
                    None
                } else {
                    // The form stays open until the file is read: a path that cannot be
                    // read is said under it, and what is typed next goes into it.
                    effects.push(Effect::Import(path.into()));
                    self.form = Some(form);
                    return;
                }
            }
        };
        match done {
            Some(said) => {
                self.settle(form.editing);
                // A misspelling of a field just set goes, and is said (nc17b #3).
                let dropped = self.drop_typos(form.editing);
                let said = std::iter::once(said)
                    .chain(dropped)
                    .filter(|s| !s.is_empty())
                    .collect::<Vec<_>>()
                    .join(" · ");
                if !said.is_empty() {
                    self.flash = Some((said, false));
                }
                self.app.owners = self.app.session.owner_suggestions();
            }
            None => self.form = Some(form),
        }
    }

    /// Applies `edit` to the agenda; a refusal goes beside the form's field it is about.
    pub(super) fn edit(&mut self, form: &mut EditForm, edit: AgendaEdit) -> bool {
        match self.app.session.edit_agenda(edit) {
            Ok(()) => true,
            Err(e) => {
                form.form
                    .refuse(field_of(e.field), crate::i18n::refusal::edit(&e));
                false
            }
        }
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
        Some(crate::tr!("editor-person-saved", name = name))
    }

    fn group(&mut self, form: &mut EditForm, index: Option<usize>, at: Moment) -> Option<String> {
        let Ok(minutes) = form.minutes(F::Minutes) else {
            return None;
        };
        let name = form.value(F::Name);
        let was = index
            .and_then(|g| self.app.session.groups.get(g))
            .map(|g| (g.members.clone(), g.questions.clone()))
            .unwrap_or_default();
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
            members: kept(&form.value(F::Members), &was.0, true),
            questions: kept(&form.value(F::Questions), &was.1, false),
            minutes,
        };
        self.edit(form, edit)
            .then(|| crate::tr!("editor-group-saved", name = name))
    }

    fn item(&mut self, form: &mut EditForm, item: usize, at: Moment) -> Option<String> {
        let minutes = match form.minutes(F::Minutes) {
            Ok(Some(m)) => m,
            Ok(None) => {
                form.form
                    .refuse(Some(F::Minutes), crate::tr!("editor-how-many-minutes"));
                return None;
            }
            Err(()) => return None,
        };
        let title = form.value(F::Title);
        let was = self
            .app
            .session
            .agenda
            .get(item)
            .map(|i| i.prompts.clone())
            .unwrap_or_default();
        let edit = AgendaEdit::Item {
            index: item,
            title: title.clone(),
            kind: form.kind(),
            prompts: kept(&form.value(F::Prompts), &was, false),
        };
        if !self.edit(form, edit) {
            return None;
        }
        // Its minutes are the plan's operation, as they are live.
        if let Err(e) = self.app.apply(Op::SetItemMinutes { item, minutes }, at) {
            form.form.refuse(Some(F::Minutes), e.to_string());
            return None;
        }
        Some(crate::tr!(
            "editor-item-saved",
            title = title,
            minutes = minutes
        ))
    }

    /// A new item is the plan's operation, as it is live; its prompts (and a follow-up
    /// kind, which only `plenary run --follow-up` adds live) are the agenda's edit.
    fn new_item(&mut self, form: &mut EditForm, position: usize, at: Moment) -> Option<String> {
        let minutes = match form.minutes(F::Minutes) {
            Ok(Some(m)) => Some(m),
            Ok(None) => {
                form.form
                    .refuse(Some(F::Minutes), crate::tr!("editor-how-many-minutes"));
                None
            }
            Err(()) => None,
        }?;
        let (title, kind) = (form.value(F::Title), form.kind());
        let item = NewItem {
            title: title.clone(),
            kind: if kind == ItemKind::FollowUp {
                ItemKind::Plenary
            } else {
                kind
            },
            minutes,
        };
        if let Err(e) = self.app.apply(Op::AddItem { item, position }, at) {
            let field = match e.field() {
                Some(crate::domain::Field::Title) => Some(F::Title),
                Some(crate::domain::Field::Minutes) => Some(F::Minutes),
                _ => None,
            };
            form.form.refuse(field, e.to_string());
            return None;
        }
        let index = self.app.session.agenda.len() - 1;
        self.app.selection.plan_item = position;
        // Added: should the rest be refused, the form now edits it.
        form.editing = Editing::Item(index);
        let edit = AgendaEdit::Item {
            index,
            title,
            kind,
            prompts: list(&form.value(F::Prompts)),
        };
        self.edit(form, edit)
            .then(|| crate::tr!("editor-item-added"))
    }

    /// Whether the participants are still a template's example people, untouched.
    fn holds_example_people(&self) -> bool {
        let now = &self.app.session.participants;
        !now.is_empty()
            && super::templates::TEMPLATES
                .iter()
                .filter_map(|t| t.agenda().ok())
                .any(|a| a.participants == *now)
    }

    /// Participants read from a spreadsheet join the list; each row left out is said.
    pub(super) fn imported(&mut self, path: &std::path::Path, bytes: Result<Vec<u8>, String>) {
        let roster = bytes.and_then(|b| {
            crate::store::roster::parse_bytes(&b).map_err(|e| crate::i18n::roster::unusable(&e))
        });
        let roster = match roster {
            Ok(r) => r,
            Err(why) => {
                // The path is in the field already: the reason alone goes under it.
                let shown = format!("{}: ", crate::store::load::shown(path));
                let why = why.strip_prefix(&shown).unwrap_or(&why).to_string();
                match self.form.as_mut() {
                    Some(form) if form.editing == Editing::Import => {
                        form.form.refuse(Some(F::File), why)
                    }
                    _ => self.flash = Some((format!("{}: {why}", path.display()), true)),
                }
                return;
            }
        };
        if self
            .form
            .as_ref()
            .is_some_and(|f| f.editing == Editing::Import)
        {
            self.form = None;
        }
        // nc13b #3: the template's example people give way to the real ones, and leave the
        // groups with them.
        let examples = if !roster.participants.is_empty() && self.holds_example_people() {
            let n = self.app.session.participants.len();
            self.app
                .session
                .edit_agenda(AgendaEdit::ClearParticipants)
                .map_or(0, |()| n)
        } else {
            0
        };
        self.person = 0;
        // Each row joins as one added in the form would, checked by the domain.
        let mut added = 0;
        let mut left_out: Vec<String> = roster
            .refused
            .iter()
            .map(crate::i18n::roster::row)
            .collect();
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
                Err(e) => left_out.push(crate::tr!(
                    "editor-row-refused",
                    name = &p.name,
                    why = crate::i18n::refusal::edit(&e)
                )),
            }
        }
        self.app.owners = self.app.session.owner_suggestions();
        let mut said = crate::tr!(
            "editor-people-added",
            count = added,
            file = path.display().to_string()
        );
        if examples > 0 {
            said = crate::tr!("editor-examples-replaced", count = examples, said = said);
        }
        // nc13b #4: only rows left out are counted as such; rows kept with a change and how
        // the file was read are said after them.
        if !left_out.is_empty() {
            said.push_str(&crate::tr!(
                "editor-rows-left-out",
                count = left_out.len(),
                rows = left_out.join(&crate::tr!("load-problems-separator"))
            ));
        }
        if !roster.notes.is_empty() {
            let notes: Vec<String> = roster.notes.iter().map(crate::i18n::roster::note).collect();
            let and = crate::tr!("load-problems-separator");
            said.push_str(&format!("{and}{}", notes.join(&and)));
        }
        if !left_out.is_empty() || !roster.notes.is_empty() {
            // A long list may not fit the screen: it is said again on the way out.
            self.said_at_exit.push(said.clone());
        }
        let warn = !left_out.is_empty() || !roster.notes.is_empty();
        self.flash = Some((said, warn));
        self.screen = super::Screen::Participants;
    }
}

/// The form field a refusal about the file's `field` is shown beside.
/// The form's field for a field of the file, by its name there.
pub(super) fn field_of(field: &str) -> Option<F> {
    Some(match field {
        "title" => F::Title,
        "date" => F::Date,
        "venue" => F::Venue,
        "starts" => F::Starts,
        "ends" => F::Ends,
        "presenter_minutes" => F::PresenterMinutes,
        "language" => F::Language,
        "kind" => F::Kind,
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
