//! The presenter timer: a countdown that keeps counting into overrun.
//!
//! Time never comes from a clock in here. Every method takes `now`, so the
//! same timer works live (driven by a monotonic clock in the runtime), after a
//! restart (its wall-clock anchor is in the saved file), and in tests.

use chrono::{DateTime, Duration, Utc};
use serde::{Deserialize, Serialize};

use super::limits::{MAX_ADJUST_SECONDS, MAX_TIMER_MS};
use super::model::Extra;

/// Seconds before zero at which the timer turns to its warning phase.
pub const WARNING_SECONDS: i64 = 60;

/// A countdown whose state is plain data, so that it survives save and load.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Timer {
    /// Seconds added (or, when negative, removed) by the facilitator on top of the plan.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub adjust_seconds: i64,
    /// Milliseconds run before the current run began.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub banked_ms: i64,
    /// Wall-clock instant the current run began; `None` while stopped.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub running_since: Option<DateTime<Utc>>,
    /// When the timer was first started, kept for the record.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub first_started: Option<DateTime<Utc>>,
    /// Fields this build does not know, written back unchanged.
    #[serde(flatten)]
    pub extra: Extra,
}

fn is_zero(n: &i64) -> bool {
    *n == 0
}

/// What the room should understand from the timer, named so it reads without colour.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Phase {
    /// Never started: shows the full time.
    Ready,
    /// Counting down, more than a minute left.
    Running,
    /// Stopped part-way, with time left.
    Paused,
    /// The last minute.
    Warning,
    /// Zero reached, within its first second.
    Time,
    /// Past zero; the overrun counts up.
    Overrun,
}

impl Timer {
    /// Whether the timer was never touched (so it need not be saved).
    pub fn is_unused(&self) -> bool {
        *self == Timer::default()
    }

    /// Whether the countdown is currently moving.
    pub fn is_running(&self) -> bool {
        self.running_since.is_some()
    }

    /// Time run so far, never negative even if the wall clock went backwards. Saturates
    /// instead of overflowing, whatever a file holds (`problems()` names such values).
    pub fn elapsed(&self, now: DateTime<Utc>) -> Duration {
        milliseconds(self.elapsed_ms(now))
    }

    fn elapsed_ms(&self, now: DateTime<Utc>) -> i64 {
        let live = self
            .running_since
            .map(|since| (now - since).num_milliseconds().max(0))
            .unwrap_or(0);
        self.banked_ms.saturating_add(live)
    }

    /// The time allowed: the plan plus the facilitator's adjustments, never below zero.
    pub fn budget(&self, planned_seconds: i64) -> Duration {
        milliseconds(self.budget_ms(planned_seconds))
    }

    fn budget_ms(&self, planned_seconds: i64) -> i64 {
        planned_seconds
            .saturating_add(self.adjust_seconds)
            .max(0)
            .saturating_mul(1000)
    }

    /// Milliseconds left; negative once over time.
    pub fn remaining_ms(&self, planned_seconds: i64, now: DateTime<Utc>) -> i64 {
        self.budget_ms(planned_seconds)
            .saturating_sub(self.elapsed_ms(now))
    }

    /// Time beyond the budget, zero while time remains.
    pub fn overrun(&self, planned_seconds: i64, now: DateTime<Utc>) -> Duration {
        milliseconds(
            self.remaining_ms(planned_seconds, now)
                .saturating_neg()
                .max(0),
        )
    }

    /// Starts or resumes; a no-op when already running.
    pub fn start(&mut self, now: DateTime<Utc>) {
        if self.running_since.is_none() {
            self.running_since = Some(now);
            self.first_started.get_or_insert(now);
        }
    }

    /// Stops and banks the time run; a no-op when stopped.
    pub fn pause(&mut self, now: DateTime<Utc>) {
        if self.running_since.is_some() {
            self.banked_ms = self.elapsed_ms(now).clamp(0, MAX_TIMER_MS);
            self.running_since = None;
        }
    }

    /// Back to the full planned time, stopped (fields from a newer plenary stay).
    pub fn reset(&mut self) {
        let extra = std::mem::take(&mut self.extra);
        *self = Timer {
            extra,
            ..Timer::default()
        };
    }

    /// Adds (or removes) time; the budget never goes below zero.
    pub fn adjust(&mut self, planned_seconds: i64, seconds: i64) {
        self.adjust_seconds = adjusted(self.adjust_seconds, seconds, planned_seconds);
    }

    /// The phase the timer is in at `now`.
    pub fn phase(&self, planned_seconds: i64, now: DateTime<Utc>) -> Phase {
        // A stopped timer is paused (or not yet started) whatever it shows: the room must
        // not read "1 MINUTE LEFT" from a clock that is not moving.
        if !self.is_running() {
            return if self.banked_ms == 0 {
                Phase::Ready
            } else {
                Phase::Paused
            };
        }
        let left = self.remaining_ms(planned_seconds, now);
        if left <= -1000 {
            Phase::Overrun
        } else if left <= 0 {
            Phase::Time
        } else if left <= WARNING_SECONDS * 1000 {
            Phase::Warning
        } else {
            Phase::Running
        }
    }

    /// The whole second shown to the room: counts down with ceiling (5:00 until a full
    /// second has gone), then counts the overrun up with floor (+0:01 after one second over).
    pub fn display_seconds(&self, planned_seconds: i64, now: DateTime<Utc>) -> i64 {
        let left = self.remaining_ms(planned_seconds, now);
        if left > 0 {
            left.saturating_add(999) / 1000
        } else {
            -(left.saturating_neg() / 1000)
        }
    }
}

/// An adjustment of `seconds` added to `current` on a countdown planned for
/// `planned_seconds`: never below taking the whole plan away, never beyond
/// `MAX_ADJUST_SECONDS` either way, whatever is asked.
pub fn adjusted(current: i64, seconds: i64, planned_seconds: i64) -> i64 {
    let floor = planned_seconds.clamp(0, MAX_ADJUST_SECONDS);
    current
        .saturating_add(seconds)
        .clamp(-floor, MAX_ADJUST_SECONDS)
}

/// A duration of `ms` milliseconds, held at the largest a duration can be.
fn milliseconds(ms: i64) -> Duration {
    Duration::try_milliseconds(ms).unwrap_or(if ms < 0 { Duration::MIN } else { Duration::MAX })
}

/// `m:ss` for a count of seconds, with a sign when asked; used for every timer shown.
pub fn clock_text(seconds: i64, signed: bool) -> String {
    let magnitude = seconds.unsigned_abs();
    let body = format!("{}:{:02}", magnitude / 60, magnitude % 60);
    match (signed, seconds < 0) {
        (_, true) => format!("-{body}"),
        (true, false) => format!("+{body}"),
        (false, false) => body,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn at(seconds: i64) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 11, 23, 10, 0, 0).unwrap() + Duration::seconds(seconds)
    }
    const FIVE: i64 = 300;

    #[test]
    fn a_fresh_timer_shows_the_full_time_and_is_ready() {
        let t = Timer::default();
        assert_eq!(t.display_seconds(FIVE, at(100)), 300);
        assert_eq!(t.phase(FIVE, at(100)), Phase::Ready);
    }

    #[test]
    fn counts_down_while_running_and_holds_while_paused() {
        let mut t = Timer::default();
        t.start(at(0));
        assert_eq!(t.display_seconds(FIVE, at(0)), 300);
        assert_eq!(t.display_seconds(FIVE, at(1)), 299);
        t.pause(at(40));
        assert_eq!(t.display_seconds(FIVE, at(500)), 260);
        assert_eq!(t.phase(FIVE, at(500)), Phase::Paused);
        t.start(at(600));
        assert_eq!(t.display_seconds(FIVE, at(610)), 250);
    }

    #[test]
    fn shows_a_partial_second_as_the_whole_second_above_it() {
        let mut t = Timer::default();
        t.start(at(0));
        let just_after = at(0) + Duration::milliseconds(300);
        assert_eq!(t.display_seconds(FIVE, just_after), 300);
    }

    #[test]
    fn phases_follow_the_remaining_time() {
        let mut t = Timer::default();
        t.start(at(0));
        assert_eq!(t.phase(FIVE, at(239)), Phase::Running);
        assert_eq!(t.phase(FIVE, at(240)), Phase::Warning);
        assert_eq!(t.phase(FIVE, at(300)), Phase::Time);
        assert_eq!(t.phase(FIVE, at(301)), Phase::Overrun);
    }

    #[test]
    fn overrun_counts_up_after_zero() {
        let mut t = Timer::default();
        t.start(at(0));
        assert_eq!(t.display_seconds(FIVE, at(342)), -42);
        assert_eq!(t.overrun(FIVE, at(342)), Duration::seconds(42));
        assert_eq!(clock_text(42, true), "+0:42");
    }

    #[test]
    fn adjustments_move_the_end_and_never_make_the_budget_negative() {
        let mut t = Timer::default();
        t.adjust(FIVE, 30);
        assert_eq!(t.display_seconds(FIVE, at(0)), 330);
        t.adjust(FIVE, -30);
        t.adjust(FIVE, -30);
        assert_eq!(t.display_seconds(FIVE, at(0)), 270);
        for _ in 0..20 {
            t.adjust(FIVE, -30);
        }
        assert_eq!(t.budget(FIVE), Duration::zero());
        t.adjust(FIVE, 30);
        assert_eq!(t.budget(FIVE), Duration::seconds(30));
    }

    #[test]
    fn reset_returns_to_the_full_time_stopped() {
        let mut t = Timer::default();
        t.start(at(0));
        t.adjust(FIVE, 60);
        t.reset();
        assert!(!t.is_running());
        assert_eq!(t.display_seconds(FIVE, at(999)), 300);
    }

    #[test]
    fn a_timer_read_back_after_a_restart_shows_the_true_time() {
        let mut t = Timer::default();
        t.start(at(0));
        let saved = serde_json::to_string(&t).unwrap();
        let resumed: Timer = serde_json::from_str(&saved).unwrap();
        // The process was down for 90 s; the presenter kept talking.
        assert_eq!(resumed.display_seconds(FIVE, at(90)), 210);
    }

    #[test]
    fn a_wall_clock_that_goes_backwards_never_adds_time() {
        let mut t = Timer::default();
        t.start(at(100));
        assert_eq!(t.display_seconds(FIVE, at(50)), 300);
    }

    #[test]
    fn values_no_session_could_hold_saturate_instead_of_panicking() {
        let t = Timer {
            banked_ms: i64::MIN,
            adjust_seconds: i64::MAX,
            ..Timer::default()
        };
        assert_eq!(t.elapsed(at(0)), Duration::MIN);
        assert!(t.remaining_ms(FIVE, at(0)) > 0);
        let _ = (t.phase(FIVE, at(0)), t.display_seconds(FIVE, at(0)));
        let mut t = Timer {
            banked_ms: i64::MAX,
            ..Timer::default()
        };
        assert!(t.overrun(i64::MIN, at(0)) > Duration::zero());
        t.start(at(0));
        t.pause(at(10));
        assert_eq!(t.banked_ms, MAX_TIMER_MS);
        t.adjust(FIVE, i64::MAX);
        assert_eq!(t.adjust_seconds, MAX_ADJUST_SECONDS);
        t.adjust(FIVE, i64::MIN);
        assert_eq!(t.adjust_seconds, -FIVE);
    }

    #[test]
    fn clock_text_pads_seconds_and_signs() {
        assert_eq!(clock_text(300, false), "5:00");
        assert_eq!(clock_text(59, false), "0:59");
        assert_eq!(clock_text(-61, false), "-1:01");
        assert_eq!(clock_text(3725, false), "62:05");
    }
}
