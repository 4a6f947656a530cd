//! Commitments across many sessions: who owes what, what is overdue, and the filters
//! reviewers and scripts use. Pure: the sessions and today's date come in.

use chrono::NaiveDate;
use serde::Serialize;

use super::fold;
use super::model::{Commitment, Session, Status};

pub use super::board_filter::Filter;

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
    /// The session's own UTC offset, when recorded: its times are given in it (nc15 #10).
    #[serde(skip)]
    pub session_offset: Option<chrono::FixedOffset>,
}

impl BoardRow {
    /// The session as a row names it: its date, the time it began where it ran (`offset`
    /// when the session recorded none), its title.
    pub fn session_label(&self, offset: chrono::FixedOffset) -> String {
        self.session_label_in(offset, &|d| d.to_string())
    }

    /// `session_label` with the date as `day` writes it (a list in French or Spanish, nc16 #7).
    pub fn session_label_in(
        &self,
        offset: chrono::FixedOffset,
        day: &dyn Fn(NaiveDate) -> String,
    ) -> String {
        let began = self
            .session_started
            .with_timezone(&self.session_offset.unwrap_or(offset));
        let date = self.session_date.unwrap_or(began.date_naive());
        format!(
            "{} {} {}",
            day(date),
            began.format("%H:%M"),
            self.session_title
        )
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
    moves_in(&c.history)
}

/// How many of `history`'s changes moved the deadline, on its own or inside a follow-up.
pub fn moves_in(history: &[super::HistoryEntry]) -> usize {
    history
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
    // Each participant folded once per session, not once per commitment: on 20,000
    // commitments the folding was most of `commitments --overdue`'s time.
    let folded: Vec<Vec<[String; 3]>> = sessions
        .iter()
        .map(|(_, s)| {
            s.participants
                .iter()
                .map(|p| [&p.name, &p.organisation, &p.stakeholder].map(|t| fold::fold(t.trim())))
                .collect()
        })
        .collect();
    // nc15 #9: a follow-up's history names its session by run id, where an owner given
    // there may be one of its participants.
    let by_run: std::collections::HashMap<&str, usize> = sessions
        .iter()
        .enumerate()
        .filter_map(|(i, (_, s))| s.live.as_ref().map(|l| (l.id.as_str(), i)))
        .collect();
    let place = |i: usize, owner: &str| place(&sessions[i].1.participants, &folded[i], owner);
    for (k, &(file, s)) in sessions.iter().enumerate() {
        let Some(live) = &s.live else { continue };
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
            let (organisation, stakeholder) = place(k, &owner)
                .or_else(|| {
                    // Given to someone at a later meeting: look among its participants.
                    c.history
                        .iter()
                        .rev()
                        .filter_map(|h| h.key.as_deref()?.split('/').next())
                        .filter_map(|run| by_run.get(run).filter(|j| **j != k))
                        .find_map(|j| place(*j, &owner))
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
                organisation: organisation.to_string(),
                stakeholder: stakeholder.to_string(),
                session_offset: live.offset(),
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

/// The organisation and stakeholder group of `owner` (folded) among `people` (folded as
/// `folded`): a participant by name, else by organisation, else a stakeholder group itself
/// ("Parliament").
fn place<'a>(
    people: &'a [super::Participant],
    folded: &[[String; 3]],
    owner: &str,
) -> Option<(&'a str, &'a str)> {
    let find = |field: usize| {
        folded
            .iter()
            .position(|f| !f[field].is_empty() && f[field] == owner)
            .map(|i| &people[i])
    };
    match find(0).or_else(|| find(1)) {
        Some(p) => Some((p.organisation.as_str(), p.stakeholder.as_str())),
        None => find(2).map(|p| ("", p.stakeholder.as_str())),
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
