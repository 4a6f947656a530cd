//! How a session went, for the summary at its end (issue 12, item 17) and the outcome
//! document: each group's presentation time against its budget, and who owes what.

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};

use super::{Commitment, Session};

/// One group's turn in the report-back, in whole seconds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct GroupTime {
    pub group: usize,
    /// Time the presenter's clock ran.
    pub used: i64,
    /// The time the room had: the plan with the facilitator's `+` and `-`.
    pub budget: i64,
    /// Time beyond the budget (0 when within it).
    pub over: i64,
    pub absent: bool,
}

impl Session {
    /// Group `group`'s presentation time at `now`.
    pub fn group_time(&self, group: usize, now: DateTime<Utc>) -> GroupTime {
        let planned = self.presenter_seconds(group);
        let timer = self
            .live
            .as_ref()
            .and_then(|l| l.presentations.get(group))
            .map(|p| &p.timer);
        GroupTime {
            group,
            used: timer.map_or(0, |t| t.elapsed(now).num_seconds()),
            budget: timer.map_or(planned, |t| t.budget(planned).num_seconds()),
            over: timer.map_or(0, |t| t.overrun(planned, now).num_seconds()),
            absent: self.is_absent(group),
        }
    }

    /// Every group's presentation time, in the report-back order.
    pub fn group_times(&self, now: DateTime<Utc>) -> Vec<GroupTime> {
        self.group_order()
            .into_iter()
            .filter(|g| *g < self.groups.len())
            .map(|g| self.group_time(g, now))
            .collect()
    }

    /// The commitments not deleted, by owner (as written, trimmed), owners in order.
    pub fn commitments_by_owner(&self) -> Vec<(String, Vec<&Commitment>)> {
        let mut by_owner: BTreeMap<String, Vec<&Commitment>> = BTreeMap::new();
        for c in self.live.iter().flat_map(|l| &l.commitments) {
            if !c.deleted {
                by_owner
                    .entry(c.owner.trim().to_string())
                    .or_default()
                    .push(c);
            }
        }
        by_owner.into_iter().collect()
    }
}
