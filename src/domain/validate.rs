//! Checks that a parsed session makes sense: things JSON syntax cannot say,
//! such as an agenda with no items or a commitment pointing at a missing group.

use std::collections::HashSet;

use super::model::{ItemKind, Session};

/// One thing wrong with a session, located by its JSON path (`groups[1].name`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    pub path: String,
    pub message: String,
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.path, self.message)
    }
}

impl Session {
    /// Every problem found; empty when the session can be run or reviewed.
    pub fn problems(&self) -> Vec<Problem> {
        let mut out = Vec::new();
        let mut say = |path: String, message: &str| {
            out.push(Problem {
                path,
                message: message.to_string(),
            })
        };
        if self.title.trim().is_empty() {
            say("title".into(), "is empty: give the session a title");
        }
        if self.presenter_minutes == 0 {
            say(
                "presenter_minutes".into(),
                "is 0: presenters need at least a minute",
            );
        }
        if self.agenda.is_empty() {
            say("agenda".into(), "has no items: add at least one");
        }
        for (i, item) in self.agenda.iter().enumerate() {
            if item.title.trim().is_empty() {
                say(format!("agenda[{i}].title"), "is empty");
            }
            if item.minutes == 0 {
                say(
                    format!("agenda[{i}].minutes"),
                    "is 0: plan at least a minute",
                );
            }
            if item.kind == ItemKind::Presentations && self.groups.is_empty() {
                say(
                    format!("agenda[{i}].kind"),
                    "is presentations, but the session has no groups to present",
                );
            }
        }
        let mut names = HashSet::new();
        for (g, group) in self.groups.iter().enumerate() {
            if group.name.trim().is_empty() {
                say(format!("groups[{g}].name"), "is empty");
            } else if !names.insert(group.name.trim().to_lowercase()) {
                say(format!("groups[{g}].name"), "repeats another group's name");
            }
            if group.minutes == Some(0) {
                say(
                    format!("groups[{g}].minutes"),
                    "is 0: leave it out to use presenter_minutes",
                );
            }
        }
        for (p, person) in self.participants.iter().enumerate() {
            if person.name.trim().is_empty() {
                say(format!("participants[{p}].name"), "is empty");
            }
        }
        let Some(live) = &self.live else { return out };
        if live.items.len() != self.agenda.len() {
            say("live.items".into(), "must have one entry per agenda item");
        }
        if live.presentations.len() != self.groups.len() {
            say("live.presentations".into(), "must have one entry per group");
        }
        if live.current_item >= self.agenda.len().max(1) {
            say(
                "live.current_item".into(),
                "points past the last agenda item",
            );
        }
        if !self.groups.is_empty() && live.current_group >= self.groups.len() {
            say("live.current_group".into(), "points past the last group");
        }
        let anchor_ok = |item: usize, group: Option<usize>| {
            item < self.agenda.len() && group.is_none_or(|g| g < self.groups.len())
        };
        for (n, note) in live.notes.iter().enumerate() {
            if !anchor_ok(note.anchor.item, note.anchor.group) {
                say(
                    format!("live.notes[{n}].anchor"),
                    "points at an item or group that does not exist",
                );
            }
        }
        if !live.carried.is_empty() && live.current_carried >= live.carried.len() {
            say(
                "live.current_carried".into(),
                "points past the last carried commitment",
            );
        }
        let mut ids = HashSet::new();
        for (c, com) in live.commitments.iter().enumerate() {
            if !ids.insert(com.id.as_str()) {
                say(
                    format!("live.commitments[{c}].id"),
                    "repeats another commitment's id",
                );
            }
            if com.what.trim().is_empty() {
                say(format!("live.commitments[{c}].what"), "is empty");
            }
            if com.owner.trim().is_empty() {
                say(
                    format!("live.commitments[{c}].owner"),
                    "is empty: a commitment needs an owner",
                );
            }
            if !anchor_ok(com.anchor.item, com.anchor.group) {
                say(
                    format!("live.commitments[{c}].anchor"),
                    "points at an item or group that does not exist",
                );
            }
        }
        out
    }
}
