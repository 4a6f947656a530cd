//! The session's clock while it runs live.

use std::time::Instant;

use chrono::{DateTime, FixedOffset, Local, Offset, Utc};

use crate::domain::Moment;

/// The time as the live display sees it: wall time at start plus monotonic time since,
/// so a wall-clock jump during the session never moves a running timer.
pub struct LiveClock {
    wall_start: DateTime<Utc>,
    mono_start: Instant,
    offset: FixedOffset,
}

impl LiveClock {
    /// Anchors the clock now.
    pub fn start() -> LiveClock {
        LiveClock {
            wall_start: wall_now(),
            mono_start: Instant::now(),
            offset: local_now().offset().fix(),
        }
    }

    /// Anchors the clock at `now` from elsewhere (the host's clock, for a note-taker).
    pub fn set(&mut self, now: DateTime<Utc>) {
        self.wall_start = now;
        self.mono_start = Instant::now();
    }

    /// The current instant.
    pub fn now(&self) -> DateTime<Utc> {
        let elapsed = chrono::Duration::from_std(self.mono_start.elapsed()).unwrap_or_default();
        self.wall_start + elapsed
    }

    /// The instant and today's local date, as operations need them.
    pub fn moment(&self) -> Moment {
        let now = self.now();
        Moment {
            now,
            today: now.with_timezone(&self.offset).date_naive(),
        }
    }

    /// The local time zone offset, fixed for the session.
    pub fn offset(&self) -> FixedOffset {
        self.offset
    }
}

/// The wall clock, whatever it says: chrono's `Utc::now` panics on a clock set before 1970
/// (a machine whose battery died), and the room must still get its timer.
pub fn wall_now() -> DateTime<Utc> {
    use std::time::{SystemTime, UNIX_EPOCH};
    let (secs, nanos) = match SystemTime::now().duration_since(UNIX_EPOCH) {
        Ok(after) => (after.as_secs() as i64, after.subsec_nanos()),
        Err(e) => {
            let before = e.duration();
            let nanos = before.subsec_nanos();
            let secs = -(before.as_secs() as i64) - i64::from(nanos > 0);
            (secs, if nanos > 0 { 1_000_000_000 - nanos } else { 0 })
        }
    };
    DateTime::from_timestamp(secs, nanos).unwrap_or_default()
}

/// The wall clock in the local time zone (see `wall_now`).
pub fn local_now() -> DateTime<Local> {
    wall_now().with_timezone(&Local)
}
