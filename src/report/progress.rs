//! The figures of a progress report across sessions (issue 15): each commitment placed in
//! one of five states as of a date, and the counts per session, per stakeholder group and
//! per owner. Pure: board rows and the date come in; the report, the review's charts and
//! the reminders all read these one set of figures.

use std::collections::BTreeMap;

use chrono::NaiveDate;

use crate::domain::Status;
use crate::domain::board::BoardRow;

/// Where a commitment stands as of the report's date.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Standing {
    Done,
    /// Still owed, deadline not passed, never moved.
    OnTrack,
    /// Still owed, deadline not passed, moved at least once.
    Renegotiated,
    /// Still owed and past its (current) deadline.
    Overdue,
    Dropped,
}

impl Standing {
    /// Every standing in the order reports list them.
    pub const ALL: [Standing; 5] = [
        Standing::Done,
        Standing::OnTrack,
        Standing::Renegotiated,
        Standing::Overdue,
        Standing::Dropped,
    ];

    /// The word a report prints.
    pub fn label(self) -> &'static str {
        match self {
            Standing::Done => "done",
            Standing::OnTrack => "on track",
            Standing::Renegotiated => "renegotiated",
            Standing::Overdue => "overdue",
            Standing::Dropped => "dropped",
        }
    }

    /// The word a document in `lang` prints (issue 16).
    pub fn word(self, lang: crate::i18n::Lang) -> String {
        match self {
            Standing::Done => crate::tr!(in lang; "standing-done"),
            Standing::OnTrack => crate::tr!(in lang; "standing-on-track"),
            Standing::Renegotiated => crate::tr!(in lang; "standing-renegotiated"),
            Standing::Overdue => crate::tr!(in lang; "standing-overdue"),
            Standing::Dropped => crate::tr!(in lang; "standing-dropped"),
        }
    }

    /// "3 done", "1 dropped": a count of this standing, agreed in number in `lang`.
    pub fn count(self, n: usize, lang: crate::i18n::Lang) -> String {
        match self {
            Standing::Done => crate::tr!(in lang; "doc-n-done", count = n),
            Standing::OnTrack => crate::tr!(in lang; "doc-n-on-track", count = n),
            Standing::Renegotiated => crate::tr!(in lang; "doc-n-renegotiated", count = n),
            Standing::Overdue => crate::tr!(in lang; "doc-n-overdue", count = n),
            Standing::Dropped => crate::tr!(in lang; "doc-n-dropped", count = n),
        }
    }

    /// Where `row` stands on `today`.
    pub fn of(row: &BoardRow, today: NaiveDate) -> Standing {
        match row.status {
            Status::Done => Standing::Done,
            Status::Dropped => Standing::Dropped,
            Status::Open | Status::InProgress if row.deadline < today => Standing::Overdue,
            _ if moves(row) > 0 => Standing::Renegotiated,
            _ => Standing::OnTrack,
        }
    }
}

/// How often the deadline was moved: history entries that changed it, on their own or as
/// part of a follow-up (nc16 #10: a follow-up's new deadline counted as "on track").
pub fn moves(row: &BoardRow) -> usize {
    crate::domain::board::moves_in(&row.history)
}

/// The last follow-up note on a commitment: (note, who, when).
pub fn latest_note(row: &BoardRow) -> Option<(&str, &str, NaiveDate)> {
    row.history.iter().rev().find_map(|h| {
        let note = h.note.as_deref().filter(|n| !n.trim().is_empty())?;
        Some((note, h.by.name.as_str(), h.at.date_naive()))
    })
}

/// Counts of each standing for one group of commitments.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Tally {
    pub counts: [usize; 5],
}

impl Tally {
    /// Counts one commitment.
    pub fn add(&mut self, s: Standing) {
        self.counts[s as usize] += 1;
    }

    /// How many commitments of this standing.
    pub fn get(&self, s: Standing) -> usize {
        self.counts[s as usize]
    }

    /// All commitments counted.
    pub fn total(&self) -> usize {
        self.counts.iter().sum()
    }

    /// Done, as a whole percentage of those not dropped (a dropped commitment is neither
    /// done nor owed); 0 when nothing is left to count.
    pub fn percent_done(&self) -> u16 {
        let base = self.total() - self.get(Standing::Dropped);
        (self.get(Standing::Done) * 100)
            .checked_div(base)
            .map_or(0, |p| p as u16)
    }
}

/// One labelled tally: a session, a stakeholder group or an owner.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Line {
    pub label: String,
    pub tally: Tally,
}

/// The whole report's figures.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Figures {
    pub as_of: Option<NaiveDate>,
    pub overall: Tally,
    /// Newest session first.
    pub sessions: Vec<Line>,
    /// By stakeholder group, alphabetical; owners outside the participant lists under "Other".
    pub stakeholders: Vec<Line>,
    /// By owner, alphabetical (accents and case aside).
    pub owners: Vec<Line>,
}

/// The name a stakeholder group is reported under: owners not found among the participants
/// have none.
pub fn stakeholder_of(row: &BoardRow) -> &str {
    let s = row.stakeholder.trim();
    if s.is_empty() { "Other" } else { s }
}

/// Folds each distinct text once: on 20,000 rows the owners and groups are a few hundred.
struct Folded<'a>(std::collections::HashMap<&'a str, String>);

impl<'a> Folded<'a> {
    fn get(&mut self, text: &'a str) -> String {
        self.0
            .entry(text)
            .or_insert_with(|| crate::domain::fold::fold(text))
            .clone()
    }
}

/// Counts `rows` as of `today`; a session is labelled with its date as `day` writes it (a
/// document's or a screen's form, in its language).
pub fn figures(rows: &[BoardRow], today: NaiveDate, day: &dyn Fn(NaiveDate) -> String) -> Figures {
    let mut overall = Tally::default();
    let mut sessions: BTreeMap<(std::cmp::Reverse<NaiveDate>, &str, &str), Tally> = BTreeMap::new();
    let mut labels: BTreeMap<&str, String> = BTreeMap::new();
    let mut groups: BTreeMap<String, (String, Tally)> = BTreeMap::new();
    let mut owners: BTreeMap<String, (String, Tally)> = BTreeMap::new();
    let mut folded = Folded(Default::default());
    for r in rows {
        let s = Standing::of(r, today);
        overall.add(s);
        let date = r.session_date.unwrap_or(r.session_started.date_naive());
        sessions
            .entry((std::cmp::Reverse(date), &r.session_title, &r.session_id))
            .or_default()
            .add(s);
        if !labels.contains_key(r.session_id.as_str()) {
            labels.insert(&r.session_id, format!("{} {}", day(date), r.session_title));
        }
        let g = stakeholder_of(r);
        groups
            .entry(folded.get(g))
            .or_insert_with(|| (g.to_string(), Tally::default()))
            .1
            .add(s);
        owners
            .entry(folded.get(r.owner.trim()))
            .or_insert_with(|| (r.owner.trim().to_string(), Tally::default()))
            .1
            .add(s);
    }
    let named = |m: BTreeMap<String, (String, Tally)>| {
        m.into_values()
            .map(|(label, tally)| Line { label, tally })
            .collect()
    };
    Figures {
        as_of: Some(today),
        overall,
        sessions: sessions
            .into_iter()
            .map(|((_, _, id), tally)| Line {
                label: labels.get(id).cloned().unwrap_or_default(),
                tally,
            })
            .collect(),
        stakeholders: named(groups),
        owners: named(owners),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rows(today: NaiveDate) -> Vec<BoardRow> {
        let text = std::fs::read_to_string("sessions/2026-06-18-monitoring-results-workshop.json")
            .unwrap();
        let s: crate::domain::Session = serde_json::from_str(&text).unwrap();
        crate::domain::board::rows([("s.json", &s)], today)
    }

    #[test]
    fn issue_15_a_every_commitment_is_in_exactly_one_standing() {
        let today = NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
        let rows = rows(today);
        let f = figures(&rows, today, &|d| d.to_string());
        assert_eq!(f.overall.total(), rows.len());
        assert_eq!(
            f.overall.get(Standing::Overdue),
            6,
            "as commitments --overdue says"
        );
        assert_eq!(f.overall.get(Standing::Done), 1);
        let by_group: usize = f.stakeholders.iter().map(|l| l.tally.total()).sum();
        let by_session: usize = f.sessions.iter().map(|l| l.tally.total()).sum();
        let by_owner: usize = f.owners.iter().map(|l| l.tally.total()).sum();
        assert_eq!((by_group, by_session, by_owner), (12, 12, 12));
    }

    /// A history line Amina wrote: `change`, with its note and the meeting it was made at.
    fn by_amina(
        change: &str,
        note: Option<&str>,
        key: Option<&str>,
    ) -> crate::domain::HistoryEntry {
        crate::domain::HistoryEntry {
            at: chrono::DateTime::UNIX_EPOCH,
            by: crate::domain::Author {
                name: "Amina".into(),
                uid: None,
            },
            change: change.into(),
            note: note.map(str::to_string),
            key: key.map(str::to_string),
            extra: Default::default(),
        }
    }

    #[test]
    fn issue_15_a_a_moved_deadline_not_yet_passed_is_renegotiated() {
        let today = NaiveDate::from_ymd_opt(2026, 1, 1).unwrap();
        let mut rows = rows(today);
        let r = &mut rows[0];
        r.status = Status::InProgress;
        r.deadline = NaiveDate::from_ymd_opt(2026, 6, 30).unwrap();
        r.history.push(by_amina(
            "deadline 2026-03-31 → 2026-06-30",
            Some("waiting for the budget"),
            None,
        ));
        assert_eq!(moves(r), 1);
        assert_eq!(Standing::of(r, today), Standing::Renegotiated);
        assert_eq!(
            latest_note(r).map(|n| (n.0, n.1)),
            Some(("waiting for the budget", "Amina"))
        );
        let later = NaiveDate::from_ymd_opt(2026, 7, 1).unwrap();
        assert_eq!(Standing::of(r, later), Standing::Overdue);
    }

    // nc16 #10: a deadline moved at a follow-up meeting (inside the follow-up's change) was
    // counted as "on track", with nothing renegotiated.
    #[test]
    fn issue_15_a_deadline_moved_at_a_follow_up_is_renegotiated() {
        let today = NaiveDate::from_ymd_opt(2026, 1, 1).unwrap();
        let mut rows = rows(today);
        let r = &mut rows[0];
        r.status = Status::InProgress;
        r.deadline = NaiveDate::from_ymd_opt(2026, 6, 30).unwrap();
        r.history.push(by_amina(
            "follow-up: status open → in progress; deadline 2026-03-31 → 2026-06-30",
            None,
            Some("run/C1@2026-01-01T00:00:00+00:00"),
        ));
        assert_eq!(moves(r), 1);
        assert_eq!(Standing::of(r, today), Standing::Renegotiated);
    }
}
