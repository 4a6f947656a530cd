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
        // One way of numbering in a line: a path inside the message is said as the place is
        // (nc13c #9: "participant 8 … (also participants[0])").
        let message = self.paths_for_people(&problem.message);
        match (place, rest) {
            (Some(place), Some(field)) => format!("{place} {field}: {message}"),
            (Some(place), None) => format!("{place}: {message}"),
            (None, _) => problem.to_string(),
        }
    }

    /// `text` with each `participants[N]` in it said as "participant N+1 “name”".
    fn paths_for_people(&self, text: &str) -> String {
        const LIST: &str = "participants[";
        let mut out = String::new();
        let mut rest = text;
        while let Some(at) = rest.find(LIST) {
            out.push_str(&rest[..at]);
            let after = &rest[at + LIST.len()..];
            let said = after.split_once(']').and_then(|(n, tail)| {
                let i = n.parse::<usize>().ok()?;
                let name = self.participants.get(i)?.name.trim();
                Some((format!("participant {} “{name}”", i + 1), tail))
            });
            match said {
                Some((said, tail)) => {
                    out.push_str(&said);
                    rest = tail;
                }
                None => {
                    out.push_str(LIST);
                    rest = after;
                }
            }
        }
        out.push_str(rest);
        out
    }
}
