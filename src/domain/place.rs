//! A JSON path said the way people see the agenda (issue 13, item 7): `agenda[3].minutes`
//! is "item 4 “Report-back” minutes", counted from 1 as the editor's lists are, with the
//! item's title, the group's or the participant's name. `place` gives it as data, for the
//! layer that says it in the language in force (`i18n::problems`).

use super::model::Session;
use super::validate::Problem;

/// Which of the agenda's lists a place is in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum List {
    Item,
    Group,
    Participant,
}

/// Where a problem is, for people: the list, the entry's number from 1, its name (trimmed)
/// and the field within it, if any.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Place<'a> {
    pub list: List,
    pub number: usize,
    pub name: &'a str,
    pub field: Option<&'a str>,
}

impl Session {
    /// The place of `problem` when it is about one item, group or participant.
    pub fn place<'a>(&'a self, problem: &'a Problem) -> Option<Place<'a>> {
        let (head, field) = problem
            .path
            .split_once('.')
            .map_or((problem.path.as_str(), None), |(h, r)| (h, Some(r)));
        let (list, i) = head
            .strip_suffix(']')
            .and_then(|h| h.split_once('['))
            .and_then(|(list, i)| Some((list, i.parse::<usize>().ok()?)))?;
        let (list, name) = match list {
            "agenda" => (List::Item, self.agenda.get(i)?.title.as_str()),
            "groups" => (List::Group, self.groups.get(i)?.name.as_str()),
            "participants" => (List::Participant, self.participants.get(i)?.name.as_str()),
            _ => return None,
        };
        Some(Place {
            list,
            number: i + 1,
            name: name.trim(),
            field,
        })
    }
}
