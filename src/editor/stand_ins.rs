//! The values `plenary edit` could not read from the file, shown as stand-ins until they
//! are set (issue 13: a slip such as `"date": "31/03/2027"` is fixed in the editor, not in
//! a text editor). They are said when the editor opens, listed under the Total and in `!`,
//! and a save that would write a stand-in over what the file held asks first.

use serde_json::Value;

use super::Editor;
use crate::store::stand_ins::StandIn;
use crate::tr;

impl Editor {
    /// The stand-ins the agenda still holds as it would be saved now: those not yet set.
    pub fn stand_ins_left(&self) -> Vec<&StandIn> {
        if self.stand_ins.is_empty() {
            return Vec::new();
        }
        match serde_json::to_value(self.agenda()) {
            Ok(now) => self.stand_ins.iter().filter(|s| s.still_in(&now)).collect(),
            Err(_) => self.stand_ins.iter().collect(),
        }
    }
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
