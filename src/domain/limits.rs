//! The ranges a session's numbers and dates must keep. Every value the program later
//! computes with (timers, countdowns, the schedule, exports) has a bound here, far beyond
//! any real workshop and far inside what the arithmetic can hold; `problems()` checks
//! files against them and `apply` keeps operations inside them.

use chrono::{DateTime, NaiveDate, Utc};

/// The longest an agenda item or a presentation may be planned: a day, in minutes.
pub const MAX_MINUTES: u32 = 24 * 60;

/// The most time the facilitator may add to (or take from) one countdown: a day, in seconds.
pub const MAX_ADJUST_SECONDS: i64 = 24 * 60 * 60;

/// The most time a timer may bank: a year, in milliseconds. A timer left running longer
/// banks this much when paused.
pub const MAX_TIMER_MS: i64 = 366 * 24 * 60 * 60 * 1000;

/// A revision or commitment number past this was not made by operations (a billion of them).
pub const MAX_COUNT: u64 = 1_000_000_000;

/// The most a session keeps of what people write (notes, commitments, their history),
/// counted as bytes of text plus `PER_ENTRY` for each entry: a hundred times a long day's
/// workshop, and small enough that its file stays well under the 64 MiB a reader accepts
/// and its host's memory bounded, whatever note-takers send.
pub const MAX_STORED_BYTES: usize = 24 * 1024 * 1024;

/// What an entry costs in the file besides its text (its author, times, anchor, keys).
pub const PER_ENTRY: usize = 256;

/// The most groups and agenda items a session may grow to by live changes: many times a
/// real workshop, few enough that every list stays quick to draw and to send.
pub const MAX_GROUPS: usize = 100;
pub const MAX_ITEMS: usize = 200;

/// The longest name a group, presenter or agenda item may be given live, in characters.
pub const MAX_NAME: usize = 200;

/// The first day a session's dates may name.
pub const FIRST_DATE: NaiveDate = NaiveDate::from_ymd_opt(1970, 1, 1).expect("a valid date");

/// The last day a session's dates may name: calendars and `YYYY-MM-DD` stop at 9999.
pub const LAST_DATE: NaiveDate = NaiveDate::from_ymd_opt(9999, 12, 31).expect("a valid date");

/// Whether a date (a deadline, the session's day) is inside the range.
pub fn date_ok(date: NaiveDate) -> bool {
    (FIRST_DATE..=LAST_DATE).contains(&date)
}

/// Whether an instant is inside the range of dates.
pub fn instant_ok(at: DateTime<Utc>) -> bool {
    date_ok(at.date_naive())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_bounds_leave_room_for_the_arithmetic() {
        // Planned plus adjusted time, in milliseconds, with a year of banked time on top.
        let most = (i64::from(MAX_MINUTES) * 60 + MAX_ADJUST_SECONDS) * 1000 + MAX_TIMER_MS;
        assert!(most < i64::MAX / 1000);
        assert!(date_ok(NaiveDate::from_ymd_opt(2026, 6, 18).unwrap()));
        assert!(!date_ok(NaiveDate::from_ymd_opt(10000, 1, 1).unwrap()));
    }
}
