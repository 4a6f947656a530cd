//! Resuming a session whose timers were running, on a clock that may be wrong.
//!
//! A running timer is anchored to the wall-clock instant it started, so a resumed session
//! shows the true time even after a restart. That holds only if the clock is right: an hour
//! behind, the timer would freeze; an hour ahead, it would show an hour's overrun. The time
//! already run is never lost either way: when the clock cannot be believed, every running
//! timer is held at the time it had when the session was last written, and the facilitator
//! is told why.

use chrono::{DateTime, Duration, Utc};

use super::model::Session;

/// Longer away than this, and a running timer is held rather than run on: a restart takes
/// a minute or two, while a clock set wrong (or a session copied to another machine) is off
/// by hours.
pub const AWAY_LIMIT_MINUTES: i64 = 10;

/// Why the running timers of a resumed session cannot be believed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ClockDoubt {
    /// The clock reads earlier than when the session was last written, or than a timer's start.
    Behind(Duration),
    /// The session was last written longer ago than a restart takes.
    Away(Duration),
}

impl ClockDoubt {
    /// What happened, in the facilitator's words.
    pub fn explain(&self) -> String {
        match self {
            ClockDoubt::Behind(by) => format!(
                "This computer's clock is {} behind the time this session was last saved",
                span(*by)
            ),
            ClockDoubt::Away(away) => format!(
                "This session was last saved {} ago by this computer's clock",
                span(*away)
            ),
        }
    }
}

/// A stretch of time as a person says it: "59 min", "1 h 02 min", "3 days".
fn span(d: Duration) -> String {
    let minutes = d.num_minutes().max(0);
    match minutes {
        0 => format!("{} s", d.num_seconds().max(0)),
        1..60 => format!("{minutes} min"),
        60..2880 => format!("{} h {:02} min", minutes / 60, minutes % 60),
        _ => format!("{} days", minutes / 1440),
    }
}

impl Session {
    /// Whether running timers can be believed at `now`, the session having been last written
    /// at `last_written`. None when nothing runs or all is plausible.
    pub fn clock_doubt(
        &self,
        now: DateTime<Utc>,
        last_written: DateTime<Utc>,
    ) -> Option<ClockDoubt> {
        let live = self.live.as_ref()?;
        let starts: Vec<DateTime<Utc>> = live
            .presentations
            .iter()
            .map(|p| &p.timer)
            .chain(live.carried.iter().map(|c| &c.timer))
            .filter_map(|t| t.running_since)
            .collect();
        let latest_start = starts.iter().max()?;
        let known = last_written.max(*latest_start);
        if now < known {
            Some(ClockDoubt::Behind(known - now))
        } else if now - known > Duration::minutes(AWAY_LIMIT_MINUTES) {
            Some(ClockDoubt::Away(now - known))
        } else {
            None
        }
    }

    /// The names and times of the timers running now, as the facilitator knows them.
    pub fn running_timers(&self) -> Vec<String> {
        let Some(live) = self.live.as_ref() else {
            return Vec::new();
        };
        let groups = live
            .presentations
            .iter()
            .enumerate()
            .filter(|(_, p)| p.timer.is_running())
            .map(|(g, _)| {
                self.groups
                    .get(g)
                    .map_or_else(|| format!("group {}", g + 1), |x| x.name.clone())
            });
        let owners = live
            .carried
            .iter()
            .filter(|c| c.timer.is_running())
            .map(|c| format!("{} ({})", c.owner, c.id));
        groups.chain(owners).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{Author, Moment, Op};

    fn running_at(start: DateTime<Utc>) -> Session {
        let mut s: Session = serde_json::from_str(
            r#"{"format":1,"title":"t","groups":[{"name":"Reflection Process"}],
                "agenda":[{"title":"Report-back","kind":"presentations","minutes":20}]}"#,
        )
        .unwrap();
        s.begin_live("run".into(), None, start);
        let me = Author {
            name: "f".into(),
            uid: None,
        };
        let at = Moment {
            now: start,
            today: start.date_naive(),
        };
        s.apply(&Op::StartSession, &me, at).unwrap();
        s.apply(&Op::StartTimer { group: 0 }, &me, at).unwrap();
        s
    }

    fn t(minutes: i64) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339("2026-11-25T10:00:00Z")
            .unwrap()
            .to_utc()
            + Duration::minutes(minutes)
    }

    // Issue 10, item 12: a clock an hour behind or ahead at restart is noticed.
    #[test]
    fn a_clock_behind_or_far_ahead_is_doubted_and_a_quick_restart_is_not() {
        let s = running_at(t(0));
        // Last written three minutes in; restarted a minute later with a right clock.
        assert_eq!(s.clock_doubt(t(4), t(3)), None);
        assert_eq!(
            s.clock_doubt(t(4) - Duration::hours(1), t(3)),
            Some(ClockDoubt::Behind(Duration::minutes(59)))
        );
        assert_eq!(
            s.clock_doubt(t(4) + Duration::hours(1), t(3)),
            Some(ClockDoubt::Away(Duration::minutes(61)))
        );
        assert!(
            s.clock_doubt(t(4) - Duration::hours(1), t(3))
                .unwrap()
                .explain()
                .contains("clock is 59 min behind")
        );
    }

    // Issue 10, item 12: holding the timers keeps the time already run.
    #[test]
    fn holding_a_timer_at_the_last_save_keeps_the_time_it_had() {
        let mut s = running_at(t(0));
        let me = Author {
            name: "f".into(),
            uid: None,
        };
        let wrong_now = t(4) - Duration::hours(1);
        s.apply(
            &Op::HoldTimers { at: t(3) },
            &me,
            Moment {
                now: wrong_now,
                today: wrong_now.date_naive(),
            },
        )
        .unwrap();
        let timer = &s.live.as_ref().unwrap().presentations[0].timer;
        assert!(!timer.is_running());
        assert_eq!(timer.banked_ms, 3 * 60 * 1000);
        assert_eq!(s.running_timers(), Vec::<String>::new());
    }
}
