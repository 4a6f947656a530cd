//! The values `plenary edit` could not read from the file, shown as stand-ins until they
//! are set (issue 13: a slip such as `"date": "31/03/2027"` is fixed in the editor, not in
//! a text editor). They are said when the editor opens, listed under the Total and in `!`,
//! and a save that would write a stand-in over what the file held asks first.

use serde_json::Value;

use super::Editor;
use super::forms::Editing;
use crate::store::stand_ins::StandIn;
use crate::tr;

impl Editor {
    /// Whether the file holds what the editor shows: nothing unsaved, and no stand-in for
    /// a value of the file that could not be read (nc17 #6: "the agenda itself is saved"
    /// was said of such a file).
    pub fn file_as_shown(&self) -> bool {
        !self.unsaved() && self.stand_ins.is_empty()
    }

    /// The stand-ins the agenda still holds as it would be saved now: those not yet set.
    pub fn stand_ins_left(&self) -> Vec<&StandIn> {
        if self.stand_ins.is_empty() {
            return Vec::new();
        }
        let now = serde_json::to_value(self.agenda()).ok();
        self.stand_ins
            .iter()
            .filter(|s| !self.settled.contains(&s.problem.path))
            .filter(|s| now.as_ref().is_none_or(|now| s.still_in(now)))
            .collect()
    }

    /// The stand-ins in what the form `editing` just saved are set, even where the value
    /// kept is the stand-in itself (nc17 #4: keeping the last of two minutes, or one
    /// minute, could not be said otherwise).
    pub(super) fn settle(&mut self, editing: Editing) {
        let within = |path: &str| match editing {
            Editing::Details => !path.contains(['.', '[']),
            Editing::Person(Some(i)) => in_entry(path, "participants", i),
            Editing::Group(Some(g)) => in_entry(path, "groups", g),
            Editing::Item(i) => in_entry(path, "agenda", i),
            _ => false,
        };
        let set: Vec<String> = self
            .stand_ins
            .iter()
            .map(|s| s.problem.path.clone())
            .filter(|p| within(p))
            .collect();
        self.settled.extend(set);
    }
}

/// What `plenary check` would warn about in `agenda`: its advice, and every field it holds
/// that plenary does not know (nc17 #3: `"minuts": 3` was a warning in check, and nothing
/// in the editor, so the override's loss went unseen).
pub fn warnings(agenda: &crate::domain::Session) -> Vec<crate::domain::validate::Problem> {
    let mut all = agenda.advice();
    if let Ok(file) = serde_json::to_value(agenda) {
        all.extend(crate::store::shape::unknown_fields(&file));
    }
    all
}

/// Whether `path` is in entry `index` of the list `list` (`agenda[2].minutes`).
fn in_entry(path: &str, list: &str, index: usize) -> bool {
    path.strip_prefix(&format!("{list}[{index}]"))
        .is_some_and(|rest| rest.is_empty() || rest.starts_with(['.', '[']))
}

/// One stand-in in a few words, for the question before a save: where it is, what the
/// file holds and what would be written.
pub fn said(agenda: &crate::domain::Session, s: &StandIn) -> String {
    let place = crate::i18n::problems::place_of(agenda, &s.problem);
    if matches!(s.problem.why, crate::domain::why::Why::Twice { .. }) {
        return tr!("editor-stand-in-twice", place = place, now = now(s));
    }
    let was = s
        .was
        .as_ref()
        .map_or_else(|| tr!("editor-stand-in-nothing"), shown);
    tr!("editor-stand-in", place = place, was = was, now = now(s))
}

/// One stand-in as the Total and `!` list it: the problem as `plenary check` says it, its
/// place numbered as on screen, and what the editor shows for it meanwhile.
pub fn listed(agenda: &crate::domain::Session, s: &StandIn) -> String {
    // A key written twice keeps its last value: said so, not "until you set it" (nc17b #6).
    if matches!(s.problem.why, crate::domain::why::Why::Twice { .. }) {
        return format!("✗ {}", said(agenda, s));
    }
    tr!(
        "editor-stand-in-problem",
        problem = crate::i18n::problems::for_people(agenda, &s.problem),
        now = now(s)
    )
}

/// What stands in for the value: written as the file would have it, or "left out".
fn now(s: &StandIn) -> String {
    match &s.shown {
        Some(v) if !crate::store::stand_ins::is_empty(v) => shown(v),
        _ => tr!("editor-stand-in-left-out"),
    }
}

/// A value as the file writes it, cut if long.
fn shown(v: &Value) -> String {
    crate::domain::text::one_line(&crate::ui::clip(&v.to_string(), 40)).into_owned()
}
