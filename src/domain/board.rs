//! Commitments across many sessions: who owes what, what is overdue, and the filters
//! reviewers and scripts use. Pure: the sessions and today's date come in.

use chrono::NaiveDate;
use serde::Serialize;

use super::fold;
use super::model::{Commitment, Session, Status};

/// One commitment with the session it belongs to, as the board and exports show it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct BoardRow {
    pub session_title: String,
    pub session_date: Option<NaiveDate>,
    /// When the session began (its file's creation if it never started): two runs of one
    /// agenda on one day are told apart by it.
    pub session_started: chrono::DateTime<chrono::Utc>,
    /// The session's run id, with the commitment id a key stable across exports.
    pub session_id: String,
    pub session_file: String,
    pub id: String,
    pub what: String,
    pub owner: String,
    /// The owner's organisation and stakeholder group, when the owner is a participant.
    pub organisation: String,
    pub stakeholder: String,
    pub deadline: NaiveDate,
    pub status: Status,
    /// Days past the deadline for open or in-progress commitments; 0 otherwise.
    pub days_overdue: i64,
    /// The commitment's revision when it was read, so a follow-up from a stale read is caught.
    pub revision: u32,
    /// The deadline first agreed, when it has been moved since.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub original_deadline: Option<NaiveDate>,
    /// How often the deadline was moved since it was agreed.
    pub deadline_moves: usize,
    /// When it last changed (its creation if never).
    pub last_update: chrono::DateTime<chrono::Utc>,
    /// Every change, oldest first: when, who, what, and the note given.
    pub history: Vec<super::HistoryEntry>,
}

impl BoardRow {
    /// The session as a row names it: its date, the local time it began, its title.
    pub fn session_label(&self, offset: chrono::FixedOffset) -> String {
        let began = self.session_started.with_timezone(&offset);
        let date = self.session_date.unwrap_or(began.date_naive());
        format!("{date} {} {}", began.format("%H:%M"), self.session_title)
    }

    /// The fields a search looks in: one list for the command line and the review board.
    pub fn searchable(&self) -> [&str; 6] {
        [
            &self.what,
            &self.owner,
            &self.organisation,
            &self.stakeholder,
            &self.session_title,
            &self.id,
        ]
    }

    /// Whether the commitment is still owed and its deadline has passed.
    pub fn is_overdue(&self) -> bool {
        self.days_overdue > 0
    }
}

/// Days a commitment is overdue on `today` (the reviewer's local date): only open and
/// in-progress ones can be, from the day after the deadline.
pub fn days_overdue(c: &Commitment, today: NaiveDate) -> i64 {
    match c.status {
        Status::Open | Status::InProgress => (today - c.deadline).num_days().max(0),
        Status::Done | Status::Dropped => 0,
    }
}

/// How often a commitment's deadline was moved: the history's changes that name one
/// ("deadline 2027-03-31 → 2027-06-30", also inside a follow-up's change).
pub fn deadline_moves(c: &Commitment) -> usize {
    c.history
        .iter()
        .filter(|h| {
            h.change.split("; ").any(|part| {
                let part = part.strip_prefix("follow-up: ").unwrap_or(part);
                part.starts_with("deadline ") && part.contains(" → ")
            })
        })
        .count()
}

/// Every commitment of every session, with its session's context.
pub fn rows<'a>(
    sessions: impl IntoIterator<Item = (&'a str, &'a Session)>,
    today: NaiveDate,
) -> Vec<BoardRow> {
    let mut out = Vec::new();
    let sessions: Vec<(&str, &Session)> = sessions.into_iter().collect();
    // Issue 15, item 3: a commitment re-agreed at a follow-up session is counted once, as
    // the new one, even before the old file was marked (its write-back still pending).
    let replaced: std::collections::HashSet<&str> = sessions
        .iter()
        .filter_map(|(_, s)| s.live.as_ref())
        .flat_map(|l| l.commitments.iter().filter(|c| !c.deleted))
        .filter_map(|c| c.supersedes.as_deref())
        .collect();
    for (file, s) in sessions {
        let Some(live) = &s.live else { continue };
        // Each participant folded once per session, not once per commitment: on 20,000
        // commitments the folding was most of `commitments --overdue`'s time.
        let folded: Vec<[String; 3]> = s
            .participants
            .iter()
            .map(|p| [&p.name, &p.organisation, &p.stakeholder].map(|t| fold::fold(t.trim())))
            .collect();
        let find = |field: usize, owner: &str| {
            folded
                .iter()
                .position(|f| !f[field].is_empty() && f[field] == owner)
                .map(|i| &s.participants[i])
        };
        // Deleted commitments are kept in the file, not owed by anyone.
        let superseded = |c: &Commitment| {
            c.superseded_by.is_some()
                || (!replaced.is_empty()
                    && replaced.contains(Commitment::reference(&live.id, &c.id).as_str()))
        };
        for c in live
            .commitments
            .iter()
            .filter(|c| !c.deleted && !superseded(c))
        {
            let owner = fold::fold(c.owner.trim());
            let person = find(0, &owner);
            let by_org = find(1, &owner);
            let stakeholder = person
                .or(by_org)
                .map(|p| p.stakeholder.clone())
                .or_else(|| {
                    // The owner may be a stakeholder group itself ("Parliament").
                    find(2, &owner).map(|p| p.stakeholder.clone())
                })
                .unwrap_or_default();
            out.push(BoardRow {
                session_title: s.title.clone(),
                session_date: s.date,
                session_started: live.started_at.unwrap_or(live.created_at),
                session_id: live.id.clone(),
                session_file: file.to_string(),
                id: c.id.clone(),
                what: c.what.clone(),
                owner: c.owner.clone(),
                organisation: person
                    .map(|p| p.organisation.clone())
                    .or(by_org.map(|p| p.organisation.clone()))
                    .unwrap_or_default(),
                stakeholder,
                deadline: c.deadline,
                status: c.status,
                days_overdue: days_overdue(c, today),
                revision: c.revision,
                original_deadline: c.original_deadline(),
                deadline_moves: deadline_moves(c),
                last_update: c.history.last().map_or(c.created_at, |h| h.at),
                history: c.history.clone(),
            });
        }
    }
    out
}

/// What a reviewer or script narrows the board to; empty fields match everything.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Filter {
    /// Words that must all appear somewhere in the row (accents and case aside).
    pub text: String,
    /// Matches owner, organisation or stakeholder group (accents and case aside, part of a
    /// word: `helene` finds Hélène).
    pub owner: String,
    pub statuses: Vec<Status>,
    pub overdue_only: bool,
    pub due_before: Option<NaiveDate>,
    /// Due within this many days of today (overdue ones included).
    pub due_within: Option<i64>,
    /// Matches the session's title, id or file name (accents and case aside, part of it).
    pub session: String,
}

impl Filter {
    /// Whether `row` passes every condition, judged on `today`.
    pub fn matches(&self, row: &BoardRow, today: NaiveDate) -> bool {
        let contains = fold::contains;
        let text_ok = self
            .text
            .split_whitespace()
            .all(|word| row.searchable().iter().any(|field| contains(field, word)));
        let owner = self.owner.trim();
        let owner_ok = owner.is_empty()
            || contains(&row.owner, owner)
            || contains(&row.organisation, owner)
            || contains(&row.stakeholder, owner);
        let session = self.session.trim();
        let session_ok = session.is_empty()
            || contains(&row.session_title, session)
            || contains(&row.session_id, session)
            || contains(&row.session_file, session);
        text_ok
            && owner_ok
            && session_ok
            && (self.statuses.is_empty() || self.statuses.contains(&row.status))
            && (!self.overdue_only || row.is_overdue())
            && self.due_before.is_none_or(|d| row.deadline < d)
            && self
                .due_within
                .is_none_or(|n| (row.deadline - today).num_days() <= n && row.status_is_owed())
    }
}

impl BoardRow {
    fn status_is_owed(&self) -> bool {
        matches!(self.status, Status::Open | Status::InProgress)
    }
}

/// How the board is ordered.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, clap::ValueEnum)]
pub enum SortBy {
    #[default]
    Deadline,
    Owner,
    Session,
}

/// Sorts rows; ties keep a stable order by session and id.
pub fn sort(rows: &mut [BoardRow], by: SortBy) {
    rows.sort_by(|a, b| compare(a, b, by));
}

/// The board's order: by the chosen key, then session and commitment id.
pub fn compare(a: &BoardRow, b: &BoardRow, by: SortBy) -> std::cmp::Ordering {
    let primary = match by {
        SortBy::Deadline => a.deadline.cmp(&b.deadline),
        SortBy::Owner => a
            .owner
            .to_lowercase()
            .cmp(&b.owner.to_lowercase())
            .then(a.deadline.cmp(&b.deadline)),
        SortBy::Session => b
            .session_date
            .cmp(&a.session_date)
            .then(a.session_title.cmp(&b.session_title)),
    };
    primary
        .then(a.session_id.cmp(&b.session_id))
        .then(id_number(&a.id).cmp(&id_number(&b.id)))
}

fn id_number(id: &str) -> u32 {
    id.trim_start_matches('C').parse().unwrap_or(u32::MAX)
}

/// Parses a status as typed on a command line: `open`, `in-progress`, `in_progress`, `done`, `dropped`.
pub fn parse_status(text: &str) -> Option<Status> {
    match text.trim().to_lowercase().replace(['-', ' '], "_").as_str() {
        "open" => Some(Status::Open),
        "in_progress" | "progress" => Some(Status::InProgress),
        "done" => Some(Status::Done),
        "dropped" => Some(Status::Dropped),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn recorded() -> Session {
        let text = std::fs::read_to_string("sessions/2026-06-18-monitoring-results-workshop.json")
            .unwrap();
        serde_json::from_str(&text).unwrap()
    }

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn overdue_counts_from_the_day_after_the_deadline_and_only_while_owed() {
        let s = recorded();
        let board = rows([("s.json", &s)], d(2026, 10, 1));
        let c1 = board.iter().find(|r| r.id == "C1").unwrap();
        assert_eq!(c1.deadline, d(2026, 9, 30));
        assert_eq!(c1.days_overdue, 1);
        let on_the_day = rows([("s.json", &s)], d(2026, 9, 30));
        assert_eq!(
            on_the_day
                .iter()
                .find(|r| r.id == "C1")
                .unwrap()
                .days_overdue,
            0
        );
        let done = board.iter().find(|r| r.id == "C12").unwrap();
        assert_eq!(done.status, Status::Done);
        assert_eq!(done.days_overdue, 0, "a done commitment is never overdue");
    }

    #[test]
    fn owners_are_placed_in_their_organisation_and_stakeholder_group() {
        let s = recorded();
        let board = rows([("s.json", &s)], d(2026, 11, 23));
        let mof = board
            .iter()
            .find(|r| r.owner == "Ministry of Finance")
            .unwrap();
        assert_eq!(mof.stakeholder, "Government");
        let owners_in_government = Filter {
            owner: "government".into(),
            ..Default::default()
        };
        let n = board
            .iter()
            .filter(|r| owners_in_government.matches(r, d(2026, 11, 23)))
            .count();
        assert_eq!(
            n, 4,
            "two for the Ministry of Finance, one each for Health and the municipalities (local government)"
        );
    }

    #[test]
    fn filters_combine() {
        let s = recorded();
        let today = d(2026, 11, 23);
        let board = rows([("s.json", &s)], today);
        let count = |f: Filter| board.iter().filter(|r| f.matches(r, today)).count();
        assert_eq!(count(Filter::default()), 12);
        let overdue = count(Filter {
            overdue_only: true,
            ..Default::default()
        });
        assert_eq!(
            overdue, 6,
            "deadlines before 23 Nov 2026, less the one done"
        );
        assert_eq!(
            count(Filter {
                text: "brief".into(),
                ..Default::default()
            }),
            3,
            "brief, briefs, briefing"
        );
        assert_eq!(
            count(Filter {
                statuses: vec![Status::Done],
                ..Default::default()
            }),
            1
        );
        assert_eq!(
            count(Filter {
                due_before: Some(d(2026, 9, 1)),
                ..Default::default()
            }),
            3
        );
        assert_eq!(
            count(Filter {
                due_within: Some(30),
                overdue_only: false,
                ..Default::default()
            }),
            7
        );
        assert_eq!(
            count(Filter {
                session: "nothing like it".into(),
                ..Default::default()
            }),
            0
        );
    }

    #[test]
    fn sorting_is_stable_and_by_the_chosen_key() {
        let s = recorded();
        let mut board = rows([("s.json", &s)], d(2026, 11, 23));
        sort(&mut board, SortBy::Deadline);
        assert!(board.windows(2).all(|w| w[0].deadline <= w[1].deadline));
        sort(&mut board, SortBy::Owner);
        assert!(
            board
                .windows(2)
                .all(|w| w[0].owner.to_lowercase() <= w[1].owner.to_lowercase())
        );
    }

    #[test]
    fn overdue_follows_the_reviewers_own_date() {
        use chrono::{FixedOffset, TimeZone, Utc};
        let s = recorded();
        // 30 Sep 2026 23:30 UTC: still the 30th in Honolulu, already 1 Oct in Auckland.
        let instant = Utc.with_ymd_and_hms(2026, 9, 30, 23, 30, 0).unwrap();
        let local = |hours: i32| {
            instant
                .with_timezone(&FixedOffset::east_opt(hours * 3600).unwrap())
                .date_naive()
        };
        let c1 = |today| {
            rows([("s.json", &s)], today)
                .into_iter()
                .find(|r| r.id == "C1")
                .unwrap()
        };
        assert_eq!(c1(local(-10)).days_overdue, 0, "due today in Honolulu");
        assert_eq!(c1(local(13)).days_overdue, 1, "a day late in Auckland");
    }

    #[test]
    fn statuses_parse_as_typed() {
        assert_eq!(parse_status("in-progress"), Some(Status::InProgress));
        assert_eq!(parse_status("Done"), Some(Status::Done));
        assert_eq!(parse_status("finished"), None);
    }
}
