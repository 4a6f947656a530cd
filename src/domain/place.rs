//! A JSON path said the way people see the agenda (issue 13, item 7): `agenda[3].minutes`
//! is "item 4 “Report-back” minutes", counted from 1 as the editor's lists are, with the
//! item's title, the group's or the participant's name.

use super::model::Session;
use super::validate::Problem;

impl Session {
    /// `problem` with its place named for people: "item 4 “Report-back” minutes: is 20, …".
    /// A path that is not about one item, group or participant is said as it is.
    pub fn for_people(&self, problem: &Problem) -> String {
        let (head, rest) = problem
            .path
            .split_once('.')
            .map_or((problem.path.as_str(), None), |(h, r)| (h, Some(r)));
        let place = head
            .strip_suffix(']')
            .and_then(|h| h.split_once('['))
            .and_then(|(list, i)| Some((list, i.parse::<usize>().ok()?)))
            .and_then(|(list, i)| {
                let (what, name) = match list {
                    "agenda" => ("item", self.agenda.get(i)?.title.as_str()),
                    "groups" => ("group", self.groups.get(i)?.name.as_str()),
                    "participants" => ("participant", self.participants.get(i)?.name.as_str()),
                    _ => return None,
                };
                Some(format!("{what} {} “{}”", i + 1, name.trim()))
            });
        match (place, rest) {
            (Some(place), Some(field)) => format!("{place} {field}: {}", problem.message),
            (Some(place), None) => format!("{place}: {}", problem.message),
            (None, _) => problem.to_string(),
        }
    }
}
