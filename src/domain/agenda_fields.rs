//! The fields only a prepared agenda has, changed in the agenda editor: the session's
//! details, the participants, every field of a group and of an item. Each change is a value
//! (`AgendaEdit`) the domain checks and applies, as operations are during a session; a
//! refusal names the field it is about. Only an agenda open for editing takes them (a
//! running session changes its plan through operations, for the record).

use chrono::{NaiveDate, NaiveTime};

pub use super::edit_why::{EditWhy, Part};
use super::model::{ItemKind, Participant, Session};
use super::text::refused_char;

/// One entry of an agenda: the session itself, or an item, group or participant by index.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Entry {
    Session,
    Item(usize),
    Group(usize),
    Participant(usize),
}

/// One change to an agenda being edited.
#[derive(Clone, Debug, PartialEq)]
pub enum AgendaEdit {
    Details {
        title: String,
        date: Option<NaiveDate>,
        venue: String,
        starts: Option<NaiveTime>,
        ends: Option<NaiveTime>,
        presenter_minutes: u32,
        /// The room's language, recorded in the agenda; `None` leaves it as it is.
        language: Option<crate::i18n::Lang>,
    },
    /// A participant changed (`Some(index)`) or added (`None`).
    Participant {
        index: Option<usize>,
        name: String,
        organisation: String,
        stakeholder: String,
        email: String,
    },
    /// A participant taken out, and out of the groups they present or belong to.
    RemoveParticipant { index: usize },
    /// A field plenary does not know, kept from the file, dropped from one entry: a
    /// misspelling of a field the person has now set (`"minuts"` once minutes is).
    DropUnknown { entry: Entry, key: String },
    /// Every participant taken out, and out of the groups: a template's example people
    /// replaced by a spreadsheet's (nc13b #3).
    ClearParticipants,
    /// Every field of a group but its place in the report-back (a plan operation).
    Group {
        index: usize,
        name: String,
        topic: String,
        presenter: String,
        members: Vec<String>,
        questions: Vec<String>,
        minutes: Option<u32>,
    },
    /// An item's title, kind and prompts (its minutes and place are plan operations).
    Item {
        index: usize,
        title: String,
        kind: ItemKind,
        prompts: Vec<String>,
    },
}

/// Why an edit was refused (as data, said in English by `Display`), and the field (as the
/// file names it) it is about.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{why}")]
pub struct EditRefused {
    pub field: &'static str,
    pub why: EditWhy,
}

fn refuse<T>(field: &'static str, why: EditWhy) -> Result<T, EditRefused> {
    Err(EditRefused { field, why })
}

/// Refuses a text field holding a control character.
fn plain(field: &'static str, what: Part, text: &str) -> Result<(), EditRefused> {
    match refused_char(text, false) {
        Some(found) => refuse(field, EditWhy::Control { what, found }),
        None => Ok(()),
    }
}

fn minutes_ok(field: &'static str, minutes: u32) -> Result<(), EditRefused> {
    if (1..=1440).contains(&minutes) {
        Ok(())
    } else {
        refuse(field, EditWhy::Minutes(minutes))
    }
}

fn folded(text: &str) -> String {
    text.trim().to_lowercase()
}

impl Session {
    /// `names` no longer present or belong to any group (nc13b #3: a removed participant
    /// stayed a group's presenter).
    fn forget_in_groups(&mut self, names: &[String]) {
        let gone = |name: &str| names.iter().any(|n| folded(n) == folded(name));
        for g in &mut self.groups {
            g.members.retain(|m| !gone(m));
            if gone(&g.presenter) {
                g.presenter.clear();
            }
        }
    }

    /// Applies `edit` to an agenda open for editing, or says why not.
    pub fn edit_agenda(&mut self, edit: AgendaEdit) -> Result<(), EditRefused> {
        if !self.is_editing() {
            return refuse("live", EditWhy::Live);
        }
        match edit {
            AgendaEdit::Details {
                title,
                date,
                venue,
                starts,
                ends,
                presenter_minutes,
                language,
            } => {
                if title.trim().is_empty() {
                    return refuse("title", EditWhy::TitleNeeded);
                }
                plain("title", Part::Title, &title)?;
                plain("venue", Part::Venue, &venue)?;
                minutes_ok("presenter_minutes", presenter_minutes)?;
                self.title = title.trim().into();
                self.date = date;
                self.venue = venue.trim().into();
                self.starts = starts;
                self.ends = ends;
                self.presenter_minutes = presenter_minutes;
                if let Some(lang) = language {
                    self.set_language(lang);
                }
            }
            AgendaEdit::Participant {
                index,
                name,
                organisation,
                stakeholder,
                email,
            } => {
                let name = name.trim().to_string();
                if name.is_empty() {
                    return refuse("name", EditWhy::NameNeeded);
                }
                for (field, what, text) in [
                    ("name", Part::Name, &name),
                    ("organisation", Part::Organisation, &organisation),
                    ("stakeholder", Part::Stakeholder, &stakeholder),
                    ("email", Part::Email, &email),
                ] {
                    plain(field, what, text)?;
                }
                let twice = self
                    .participants
                    .iter()
                    .enumerate()
                    .any(|(i, p)| Some(i) != index && folded(&p.name) == folded(&name));
                if twice {
                    return refuse("name", EditWhy::AlreadyParticipant(name));
                }
                let person = Participant {
                    name,
                    organisation: organisation.trim().into(),
                    stakeholder: stakeholder.trim().into(),
                    email: email.trim().into(),
                    extra: Default::default(),
                };
                match index {
                    Some(i) => {
                        let Some(p) = self.participants.get_mut(i) else {
                            return refuse("participants", EditWhy::NoParticipant(i));
                        };
                        // Fields plenary does not know stay with the person.
                        let extra = std::mem::take(&mut p.extra);
                        let before = std::mem::take(&mut p.name);
                        let after = person.name.clone();
                        *p = Participant { extra, ..person };
                        // A renamed person stays the presenter and member they were.
                        if before != after {
                            for g in &mut self.groups {
                                if g.presenter == before {
                                    g.presenter = after.clone();
                                }
                                for m in g.members.iter_mut().filter(|m| **m == before) {
                                    *m = after.clone();
                                }
                            }
                        }
                    }
                    None => self.participants.push(person),
                }
            }
            AgendaEdit::RemoveParticipant { index } => {
                if index >= self.participants.len() {
                    return refuse("participants", EditWhy::NoParticipant(index));
                }
                let gone = self.participants.remove(index);
                // One of two entries for a person listed twice: the person stays, and so do
                // their places in the groups (nc17b #2: `check` says "remove one").
                let still_listed = self
                    .participants
                    .iter()
                    .any(|p| folded(&p.name) == folded(&gone.name));
                if !still_listed {
                    self.forget_in_groups(&[gone.name]);
                }
            }
            AgendaEdit::DropUnknown { entry, key } => {
                let extra = match entry {
                    Entry::Session => &mut self.extra,
                    Entry::Item(i) => match self.agenda.get_mut(i) {
                        Some(x) => &mut x.extra,
                        None => return refuse("agenda", EditWhy::NoItem(i)),
                    },
                    Entry::Group(i) => match self.groups.get_mut(i) {
                        Some(x) => &mut x.extra,
                        None => return refuse("groups", EditWhy::NoGroup(i)),
                    },
                    Entry::Participant(i) => match self.participants.get_mut(i) {
                        Some(x) => &mut x.extra,
                        None => return refuse("participants", EditWhy::NoParticipant(i)),
                    },
                };
                // Only what the file had beside the known fields: the language is kept.
                if key != super::language::FIELD {
                    extra.remove(&key);
                }
            }
            AgendaEdit::ClearParticipants => {
                let gone: Vec<String> = self.participants.drain(..).map(|p| p.name).collect();
                self.forget_in_groups(&gone);
            }
            AgendaEdit::Group {
                index,
                name,
                topic,
                presenter,
                members,
                questions,
                minutes,
            } => {
                let name = name.trim().to_string();
                if name.is_empty() {
                    return refuse("name", EditWhy::GroupNameNeeded);
                }
                // nc13b #12: the other group's name as it is written, not the text typed.
                let taken = self
                    .groups
                    .iter()
                    .enumerate()
                    .find(|(i, g)| *i != index && folded(&g.name) == folded(&name));
                if let Some((i, g)) = taken {
                    let name = g.name.trim().to_string();
                    return refuse(
                        "name",
                        EditWhy::GroupNameTaken {
                            number: i + 1,
                            name,
                        },
                    );
                }
                plain("name", Part::GroupName, &name)?;
                plain("topic", Part::Topic, &topic)?;
                plain("presenter", Part::Presenter, &presenter)?;
                for m in &members {
                    plain("members", Part::Member, m)?;
                }
                for q in &questions {
                    plain("questions", Part::Question, q)?;
                }
                if let Some(m) = minutes {
                    minutes_ok("minutes", m)?;
                }
                let Some(g) = self.groups.get_mut(index) else {
                    return refuse("groups", EditWhy::NoGroup(index));
                };
                g.name = name;
                g.topic = topic.trim().into();
                g.presenter = presenter.trim().into();
                g.members = members;
                g.questions = questions;
                g.minutes = minutes;
            }
            AgendaEdit::Item {
                index,
                title,
                kind,
                prompts,
            } => {
                if title.trim().is_empty() {
                    return refuse("title", EditWhy::ItemTitleNeeded);
                }
                plain("title", Part::Title, &title)?;
                for p in &prompts {
                    plain("prompts", Part::Prompt, p)?;
                }
                let Some(item) = self.agenda.get_mut(index) else {
                    return refuse("agenda", EditWhy::NoItem(index));
                };
                item.title = title.trim().into();
                item.kind = kind;
                item.prompts = prompts;
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod rename_tests {
    use super::*;

    // Issue 13 (a newcomer's finding 4): renaming a participant left the groups naming
    // the old name; the presenter and members follow the person.
    #[test]
    fn a_renamed_participant_stays_presenter_and_member() {
        let text = include_str!("../../sessions/peer-learning-exchange.json");
        let agenda: Session = serde_json::from_str(text).unwrap();
        let mut s = Session::for_editing(agenda, chrono::Utc::now());
        let (i, old) = s
            .participants
            .iter()
            .enumerate()
            .find(|(_, p)| s.groups.iter().any(|g| g.presenter == p.name))
            .map(|(i, p)| (i, p.name.clone()))
            .unwrap();
        let p = s.participants[i].clone();
        s.edit_agenda(AgendaEdit::Participant {
            index: Some(i),
            name: "Li Ming".into(),
            organisation: p.organisation,
            stakeholder: p.stakeholder,
            email: p.email,
        })
        .unwrap();
        assert!(s.groups.iter().any(|g| g.presenter == "Li Ming"));
        assert!(s.groups.iter().all(|g| g.presenter != old));
        assert!(s.groups.iter().all(|g| !g.members.contains(&old)));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn editing() -> Session {
        let text = include_str!("../../sessions/short-plenary.json");
        let agenda: Session = serde_json::from_str(text).unwrap();
        Session::for_editing(
            agenda,
            chrono::Utc.with_ymd_and_hms(2026, 11, 26, 9, 0, 0).unwrap(),
        )
    }

    fn person(index: Option<usize>, name: &str) -> AgendaEdit {
        AgendaEdit::Participant {
            index,
            name: name.into(),
            organisation: "Bộ Tài chính".into(),
            stakeholder: "Government".into(),
            email: "thu@example.org".into(),
        }
    }

    #[test]
    fn issue_13_participants_are_added_edited_and_never_listed_twice() {
        let mut s = editing();
        let n = s.participants.len();
        s.edit_agenda(person(None, " Lê Thị Thu ")).unwrap();
        assert_eq!(s.participants[n].name, "Lê Thị Thu");
        let twice = s.edit_agenda(person(None, "lê thị thu")).unwrap_err();
        assert_eq!(twice.field, "name");
        s.edit_agenda(person(Some(n), "Lê Thị Thu")).unwrap();
        s.edit_agenda(AgendaEdit::RemoveParticipant { index: n })
            .unwrap();
        assert_eq!(s.participants.len(), n);
        assert!(s.edit_agenda(person(None, "  ")).is_err());
        assert_eq!(
            s.edit_agenda(person(None, "A\u{1b}B")).unwrap_err().field,
            "name"
        );
    }

    #[test]
    fn issue_13_groups_and_items_are_checked_and_a_running_session_refuses() {
        let mut s = editing();
        let group = |name: &str, minutes| AgendaEdit::Group {
            index: 0,
            name: name.into(),
            topic: "t".into(),
            presenter: "Clara Rossi".into(),
            members: vec!["Clara Rossi".into()],
            questions: vec!["Why?".into()],
            minutes,
        };
        assert_eq!(
            s.edit_agenda(group("quick wins", None)).unwrap_err().field,
            "name"
        );
        assert_eq!(
            s.edit_agenda(group("Gaps", Some(0))).unwrap_err().field,
            "minutes"
        );
        s.edit_agenda(group("Gaps", Some(3))).unwrap();
        assert_eq!(s.groups[0].minutes, Some(3));
        let item = AgendaEdit::Item {
            index: 0,
            title: "Ouverture".into(),
            kind: ItemKind::Plenary,
            prompts: vec!["Pourquoi".into()],
        };
        s.edit_agenda(item.clone()).unwrap();
        assert_eq!(s.agenda[0].title, "Ouverture");
        let mut running = s.edited_agenda();
        running.begin_live("run".into(), None, chrono::Utc::now());
        assert_eq!(running.edit_agenda(item).unwrap_err().field, "live");
    }
}
