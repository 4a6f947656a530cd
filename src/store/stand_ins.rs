//! Values of an agenda file that could not be read (`"date": "31/03/2027"`, `"minutes":
//! "7.5"`), and what the editor shows in their place. `plenary edit` opens such a file to be
//! fixed where the rest of the agenda is (issue 13: a newcomer should not need a text
//! editor for a slip), and asks before a save writes a stand-in over what the file held.

use serde_json::Value;

use crate::domain::validate::{Problem, Why};

/// One value the file holds that plenary could not read, and what stands in for it.
#[derive(Clone, Debug, PartialEq)]
pub struct StandIn {
    /// Where it is and why it could not be read, as `plenary check` says it.
    pub problem: Problem,
    /// What the file holds there, as written (`None`: nothing, a required value left out).
    pub was: Option<Value>,
    /// What stands in for it in the agenda as read (`None`: it is left out).
    pub shown: Option<Value>,
}

impl StandIn {
    /// Whether `agenda` (a session as it would be saved, as JSON) still holds the stand-in:
    /// then saving writes it over what the file held, and the person is asked first.
    pub fn still_in(&self, agenda: &Value) -> bool {
        // Nothing, null, "" and [] are one: a session leaves out what is empty.
        let now = at(agenda, &self.problem.path).filter(|v| !is_empty(v));
        now == self.shown.as_ref().filter(|v| !is_empty(v))
    }
}

/// Whether `v` says nothing: null, "", [] or {}.
pub fn is_empty(v: &Value) -> bool {
    match v {
        Value::Null => true,
        Value::String(s) => s.is_empty(),
        Value::Array(a) => a.is_empty(),
        Value::Object(o) => o.is_empty(),
        _ => false,
    }
}

/// The stand-ins in `as_read` (the session read with the file's unreadable values put
/// right, as it would be written) for the `problems` found in `file`. A key written twice keeps its last value, so it is one too:
/// the first value would be lost. The format number is not: the editor writes its own.
pub fn stand_ins(problems: &[Problem], file: &Value, as_read: &Value) -> Vec<StandIn> {
    problems
        .iter()
        .filter(|p| p.path != "format")
        .filter_map(|p| {
            let (was, shown) = (at(file, &p.path), at(as_read, &p.path));
            (was != shown || matches!(p.why, Why::Twice { .. })).then(|| StandIn {
                problem: p.clone(),
                was: was.cloned(),
                shown: shown.cloned(),
            })
        })
        .collect()
}

/// The value at a path as `plenary check` writes it (`groups[2].members[0]`), if any.
pub fn at<'v>(value: &'v Value, path: &str) -> Option<&'v Value> {
    let mut here = value;
    for part in path.split('.') {
        let (key, indexes) = match part.find('[') {
            Some(i) => (&part[..i], &part[i..]),
            None => (part, ""),
        };
        if !key.is_empty() {
            here = here.get(key)?;
        }
        for index in indexes.split('[').skip(1) {
            here = here.get(index.strip_suffix(']')?.parse::<usize>().ok()?)?;
        }
    }
    Some(here)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn a_path_is_followed_through_objects_and_lists() {
        let v = json!({"groups": [{"members": ["Ana"]}, {"members": ["Lê", "王芳"]}]});
        assert_eq!(at(&v, "groups[1].members[1]"), Some(&json!("王芳")));
        assert_eq!(at(&v, "groups[2].members"), None);
        assert_eq!(at(&v, "groups"), v.get("groups"));
    }

    #[test]
    fn a_changed_value_is_a_stand_in_and_an_untouched_one_is_not() {
        let file = json!({"date": "31/03/2027", "title": "Atelier", "format": 0});
        let repaired = json!({"title": "Atelier", "format": 1});
        let problem = |path: &str| Problem {
            path: path.into(),
            why: Why::FormatZero,
        };
        let found = stand_ins(
            &[problem("date"), problem("title"), problem("format")],
            &file,
            &repaired,
        );
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].was, Some(json!("31/03/2027")));
        assert_eq!(found[0].shown, None);
        assert!(found[0].still_in(&json!({"title": "Atelier"})));
        assert!(!found[0].still_in(&json!({"date": "2027-03-31"})));
    }
}
