//! The board's filters (split from board.rs): what a reviewer or script narrows the
//! commitments to, the same for `plenary commitments`, `report`, `remind` and review.

use chrono::NaiveDate;

use super::board::BoardRow;
use super::fold;
use super::model::Status;

/// What a reviewer or script narrows the board to; empty fields match everything.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Filter {
    /// Words that must all appear somewhere in the row (accents and case aside).
    pub text: String,
    /// Matches owner, organisation or stakeholder group on words, accents and case aside:
    /// each word typed starts a word there (`helene` finds Hélène, `Lê` does not; nc15 #9).
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
            || fold::has_words(&row.owner, owner)
            || fold::has_words(&row.organisation, owner)
            || fold::has_words(&row.stakeholder, owner);
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
