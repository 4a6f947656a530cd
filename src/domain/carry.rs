//! A follow-up dialogue: the still-owed commitments of earlier sessions, carried into a
//! follow-up item of a new session so the room can go through them one by one.

use super::board::BoardRow;
use super::model::{AgendaItem, Carried, HistoryEntry, ItemKind, Session, Status};

/// Minutes planned per carried commitment when the agenda has no follow-up item of its own.
const MINUTES_EACH: u32 = 2;

/// The open and in-progress commitments of `sources` (file, session), oldest deadline first.
pub fn carried_from<'a>(sources: impl IntoIterator<Item = (&'a str, &'a Session)>) -> Vec<Carried> {
    let mut out: Vec<Carried> = sources
        .into_iter()
        .filter_map(|(file, s)| s.live.as_ref().map(|live| (file, s, live)))
        .flat_map(|(file, s, live)| {
            live.commitments
                .iter()
                .filter(|c| matches!(c.status, Status::Open | Status::InProgress))
                // Re-agreed at an earlier follow-up: the new one is carried instead.
                .filter(|c| c.superseded_by.is_none() && !c.deleted)
                .map(move |c| Carried {
                    source_file: file.to_string(),
                    source_session: live.id.clone(),
                    source_title: s.title.clone(),
                    source_date: s.date,
                    id: c.id.clone(),
                    what: c.what.clone(),
                    owner: c.owner.clone(),
                    deadline: c.deadline,
                    first_deadline: c.original_deadline().filter(|d| *d != c.deadline),
                    moves_before: super::board::deadline_moves(c),
                    revision_before: c.revision,
                    status_before: c.status,
                    recorded: None,
                    timer: Default::default(),
                    extra: Default::default(),
                })
        })
        .collect();
    out.sort_by(|a, b| a.deadline.cmp(&b.deadline).then(a.owner.cmp(&b.owner)));
    out
}

/// The commitments carried into a follow-up session, as they stand after it: the status,
/// deadline and owner recorded here, and what was said as their latest change (issue 15,
/// item 2). A commitment re-agreed here is left out: it is counted once, as the new one.
pub fn carried_rows(s: &Session, today: chrono::NaiveDate) -> Vec<BoardRow> {
    let Some(live) = &s.live else {
        return Vec::new();
    };
    live.carried
        .iter()
        .filter(|c| {
            c.recorded
                .as_ref()
                .is_none_or(|r| r.superseded_by.is_none())
        })
        .map(|c| {
            let r = c.recorded.as_ref();
            let status = r.map_or(c.status_before, |r| r.status);
            let deadline = r.and_then(|r| r.deadline).unwrap_or(c.deadline);
            let owner = r.and_then(|r| r.owner.clone()).unwrap_or(c.owner.clone());
            let history: Vec<HistoryEntry> = r
                .map(|r| {
                    let mut changes = Vec::new();
                    if r.status != c.status_before {
                        changes.push(format!(
                            "status {} → {}",
                            c.status_before.label(),
                            r.status.label()
                        ));
                    }
                    if let Some(d) = r.deadline {
                        changes.push(format!("deadline {} → {d}", c.deadline));
                    }
                    if let Some(o) = &r.owner {
                        changes.push(format!("owner {} → {o}", c.owner));
                    }
                    HistoryEntry {
                        at: r.at,
                        by: r.by.clone(),
                        change: if changes.is_empty() {
                            "follow-up".to_string()
                        } else {
                            format!("follow-up: {}", changes.join("; "))
                        },
                        note: r.note.clone(),
                        key: None,
                        extra: Default::default(),
                    }
                })
                .into_iter()
                .collect();
            let overdue = if status.is_owed() {
                (today - deadline).num_days().max(0)
            } else {
                0
            };
            BoardRow {
                session_title: c.source_title.clone(),
                session_date: c.source_date,
                session_started: live.started_at.unwrap_or(live.created_at),
                session_id: c.source_session.clone(),
                session_file: c.source_file.clone(),
                id: c.id.clone(),
                what: c.what.clone(),
                owner,
                organisation: String::new(),
                stakeholder: String::new(),
                session_offset: live.offset(),
                deadline,
                status,
                days_overdue: overdue,
                // nc15 #3: its revision in the source, one more once followed up here, as
                // the source's own will be once this is written back.
                revision: c.revision_before + u32::from(r.is_some()),
                // nc15 #1: from the deadline first agreed in the source session, counting
                // its moves there, so both sessions' documents say the same.
                original_deadline: c.slippage().1,
                deadline_moves: c.slippage().2,
                last_update: r.map_or(live.created_at, |r| r.at),
                history,
            }
        })
        .collect()
}

impl Session {
    /// Makes sure the agenda has a follow-up item for `count` commitments: the existing one,
    /// or a new one after the opening item. Returns its index. Call before the session starts.
    pub fn ensure_follow_up_item(&mut self, count: usize) -> usize {
        if let Some(i) = self
            .agenda
            .iter()
            .position(|item| item.kind == ItemKind::FollowUp)
        {
            return i;
        }
        let at = usize::from(!self.agenda.is_empty());
        self.agenda.insert(
            at,
            AgendaItem {
                title: "Follow-up of earlier commitments".into(),
                kind: ItemKind::FollowUp,
                minutes: (count as u32 * MINUTES_EACH).clamp(10, 90),
                prompts: vec![
                    "For each commitment: is it done, in progress, late, or dropped?".into(),
                    "Ask the owner, not the room".into(),
                ],
                extra: Default::default(),
            },
        );
        at
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn recorded() -> Session {
        serde_json::from_str(
            &std::fs::read_to_string("sessions/2026-06-18-monitoring-results-workshop.json")
                .unwrap(),
        )
        .unwrap()
    }

    #[test]
    fn only_owed_commitments_are_carried_oldest_deadline_first() {
        let s = recorded();
        let carried = carried_from([("old.json", &s)]);
        assert_eq!(carried.len(), 11, "12 commitments, one already done");
        assert!(carried.windows(2).all(|w| w[0].deadline <= w[1].deadline));
        assert_eq!(carried[0].id, "C9");
        assert_eq!(carried[0].source_file, "old.json");
    }

    #[test]
    fn a_follow_up_item_is_added_after_the_opening_once() {
        let mut agenda: Session =
            serde_json::from_str(&std::fs::read_to_string("sessions/short-plenary.json").unwrap())
                .unwrap();
        let before = agenda.agenda.len();
        assert_eq!(agenda.ensure_follow_up_item(11), 1);
        assert_eq!(agenda.agenda[1].kind, ItemKind::FollowUp);
        assert_eq!(agenda.agenda[1].minutes, 22);
        assert_eq!(
            agenda.ensure_follow_up_item(11),
            1,
            "an existing follow-up item is reused"
        );
        assert_eq!(agenda.agenda.len(), before + 1);
    }
}
