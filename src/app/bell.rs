//! When the room hears the bell (issue 12, item 15): at one minute left, at zero (also when
//! `-` takes the clock across it), and once every minute of overrun. Pure: the console feeds
//! it the time; running a sound command is the runner's job.

use chrono::{DateTime, Duration, Utc};

use super::App;
use crate::domain::ItemKind;

/// How long the projector flashes at zero: a frame or two, then the stage again.
pub const FLASH_MS: i64 = 600;

/// The bell's step: the last minute begins at the timer's warning, and the overrun rings
/// a minute apart.
const MINUTE_MS: i64 = crate::domain::timer::WARNING_SECONDS * 1000;

/// Why the bell rings.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Ring {
    /// The last minute has begun.
    OneMinuteLeft,
    /// Time is up.
    TimeUp,
    /// Another whole minute of overrun.
    Overrun { minutes: i64 },
}

impl Ring {
    /// The word the bell command finds in `PLENARY_BELL`, to play a different sound for each.
    pub fn word(self) -> &'static str {
        match self {
            Ring::OneMinuteLeft => "one-minute-left",
            Ring::TimeUp => "time-up",
            Ring::Overrun { .. } => "overrun",
        }
    }
}

/// One look at the presenter's countdown: whose, and the milliseconds left (negative over).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Reading {
    pub group: usize,
    pub remaining_ms: i64,
}

/// The last look at the countdown, so the next one can tell what was crossed in between.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct BellWatch {
    last: Option<Reading>,
}

impl BellWatch {
    /// The bell due between the last reading and `now`'s (none across a change of group,
    /// or from a first reading: a resumed session does not ring for the past).
    pub fn observe(&mut self, now: Option<Reading>) -> Option<Ring> {
        let before = std::mem::replace(&mut self.last, now)?;
        let after = now?;
        if before.group != after.group {
            return None;
        }
        ring_between(before.remaining_ms, after.remaining_ms)
    }
}

/// The ring due when the time left falls from `before_ms` to `after_ms`: the last of the
/// thresholds (1:00, 0:00, then every minute over) crossed, once however many were.
pub fn ring_between(before_ms: i64, after_ms: i64) -> Option<Ring> {
    if after_ms >= before_ms {
        return None;
    }
    // The lowest threshold at or above `after_ms`: a whole number of minutes.
    let minutes = -(after_ms.saturating_neg().div_euclid(MINUTE_MS));
    let threshold = minutes.saturating_mul(MINUTE_MS);
    if threshold >= before_ms || threshold > MINUTE_MS {
        return None;
    }
    Some(match minutes {
        1 => Ring::OneMinuteLeft,
        0 => Ring::TimeUp,
        over => Ring::Overrun {
            minutes: over.saturating_neg(),
        },
    })
}

impl App {
    /// The countdown the room hears: the presenter's, once it has been started.
    pub fn bell_reading(&self, now: DateTime<Utc>) -> Option<Reading> {
        if self.current_kind() != Some(ItemKind::Presentations) || self.ended() {
            return None;
        }
        let group = self.current_group();
        let timer = &self.session.live.as_ref()?.presentations.get(group)?.timer;
        (timer.is_running() || timer.banked_ms > 0).then(|| Reading {
            group,
            remaining_ms: timer.remaining_ms(self.session.presenter_seconds(group), now),
        })
    }

    /// Looks at the countdown at `now`: the ring due since the last look, unless muted (`m`
    /// mutes the sound and the flash alike). At zero the projector flashes.
    pub fn bell_due(&mut self, now: DateTime<Utc>) -> Option<Ring> {
        let reading = self.bell_reading(now);
        let host = self.host_mut()?;
        let ring = host.bells.observe(reading).filter(|_| !host.muted)?;
        if ring == Ring::TimeUp && host.projector {
            host.flash_until = Some(now + Duration::milliseconds(FLASH_MS));
        }
        Some(ring)
    }

    /// Whether the projector shows its flash at `now`.
    pub fn flashing(&self, now: DateTime<Utc>) -> bool {
        self.projector()
            && self
                .host()
                .and_then(|h| h.flash_until)
                .is_some_and(|until| now < until)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rings_at_one_minute_at_zero_and_every_minute_over_once_each() {
        assert_eq!(ring_between(61_000, 60_000), Some(Ring::OneMinuteLeft));
        assert_eq!(ring_between(60_000, 59_000), None);
        assert_eq!(ring_between(1, 0), Some(Ring::TimeUp));
        assert_eq!(ring_between(0, -1_000), None);
        assert_eq!(
            ring_between(-59_000, -60_000),
            Some(Ring::Overrun { minutes: 1 })
        );
        assert_eq!(ring_between(-60_000, -61_000), None);
        assert_eq!(
            ring_between(-119_500, -120_000),
            Some(Ring::Overrun { minutes: 2 })
        );
        assert_eq!(ring_between(300_000, 299_000), None);
        assert_eq!(ring_between(130_000, 119_000), None);
        // Both thresholds in one step (a `-` from 1:10 to 0:40, or a long sleep): the later.
        assert_eq!(ring_between(90_000, -5), Some(Ring::TimeUp));
        assert_eq!(
            ring_between(10_000, -200_000),
            Some(Ring::Overrun { minutes: 3 })
        );
        // Time given back never rings.
        assert_eq!(ring_between(-5_000, 25_000), None);
        assert_eq!(
            ring_between(i64::MAX, i64::MIN),
            Some(Ring::Overrun {
                minutes: i64::MAX / MINUTE_MS
            })
        );
    }

    #[test]
    fn a_first_reading_and_a_change_of_group_ring_nothing() {
        let mut watch = BellWatch::default();
        let at = |group, remaining_ms| {
            Some(Reading {
                group,
                remaining_ms,
            })
        };
        assert_eq!(watch.observe(at(0, -500)), None);
        assert_eq!(watch.observe(at(1, 61_000)), None);
        assert_eq!(watch.observe(at(1, 60_000)), Some(Ring::OneMinuteLeft));
        assert_eq!(watch.observe(None), None);
        assert_eq!(watch.observe(at(1, 0)), None);
    }
}
