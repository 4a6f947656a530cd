//! How the session is doing against its plan: time spent per item, the
//! projected end, and the drift the facilitator needs to see at a glance.

use chrono::{DateTime, Duration, Utc};

use super::model::{LiveRecord, Session};

/// Where an agenda item stands relative to the current one.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ItemState {
    Done,
    Current,
    Next,
    Later,
}

impl Session {
    /// Planned length of an item, before any adjustment.
    pub fn planned_seconds(&self, item: usize) -> i64 {
        self.agenda
            .get(item)
            .map_or(0, |i| i64::from(i.minutes) * 60)
    }

    /// Time actually spent in an item so far (all its spans). Like every computation here
    /// it saturates instead of overflowing, whatever a file holds.
    pub fn item_elapsed(&self, item: usize, now: DateTime<Utc>) -> Duration {
        let Some(rec) = self.live.as_ref().and_then(|l| l.items.get(item)) else {
            return Duration::zero();
        };
        rec.spans
            .iter()
            .map(|s| (s.end.unwrap_or(now) - s.start).max(Duration::zero()))
            .fold(Duration::zero(), |a, b| {
                a.checked_add(&b).unwrap_or(Duration::MAX)
            })
    }

    /// Milliseconds left on an item's own countdown; negative once over.
    pub fn item_remaining_ms(&self, item: usize, now: DateTime<Utc>) -> i64 {
        let adjust = self
            .live
            .as_ref()
            .and_then(|l| l.items.get(item))
            .map_or(0, |r| r.adjust_seconds);
        self.planned_seconds(item)
            .saturating_add(adjust)
            .saturating_mul(1000)
            .saturating_sub(self.item_elapsed(item, now).num_milliseconds())
    }

    /// Whether an item ran, is running, or is still to come.
    pub fn item_state(&self, item: usize) -> ItemState {
        let Some(live) = &self.live else {
            return if item == 0 {
                ItemState::Next
            } else {
                ItemState::Later
            };
        };
        let visited = live.items.get(item).is_some_and(|r| !r.spans.is_empty());
        if live.started_at.is_none() {
            return if item == live.current_item {
                ItemState::Next
            } else {
                ItemState::Later
            };
        }
        if item == live.current_item && live.ended_at.is_none() {
            ItemState::Current
        } else if self.next_item(live.current_item) == Some(item) && live.ended_at.is_none() {
            ItemState::Next
        } else if visited {
            ItemState::Done
        } else {
            ItemState::Later
        }
    }

    /// The total planned length of the agenda, as it stands after any change made live.
    pub fn planned_total(&self) -> Duration {
        seconds(
            self.item_order()
                .into_iter()
                .map(|i| self.planned_seconds(i))
                .fold(0i64, i64::saturating_add),
        )
    }

    /// Time since the session started (frozen once it ended).
    pub fn session_elapsed(&self, now: DateTime<Utc>) -> Option<Duration> {
        let live = self.live.as_ref()?;
        let start = live.started_at?;
        Some((live.ended_at.unwrap_or(now) - start).max(Duration::zero()))
    }

    /// When the session should end by the plan.
    pub fn planned_end(&self) -> Option<DateTime<Utc>> {
        self.live
            .as_ref()?
            .started_at?
            .checked_add_signed(self.planned_total())
    }

    /// When it will end if the rest goes to plan: the current item's remaining time
    /// (at least none) plus every later item's planned time.
    pub fn projected_end(&self, now: DateTime<Utc>) -> Option<DateTime<Utc>> {
        let live: &LiveRecord = self.live.as_ref()?;
        live.started_at?;
        if let Some(end) = live.ended_at {
            return Some(end);
        }
        let current = live.current_item;
        let left_here = self.item_remaining_ms(current, now).max(0);
        let order = self.item_order();
        let place = order
            .iter()
            .position(|i| *i == current)
            .map_or(0, |p| p + 1);
        let later = order[place.min(order.len())..]
            .iter()
            .map(|i| self.planned_seconds(*i))
            .fold(0i64, i64::saturating_add);
        now.checked_add_signed(Duration::try_milliseconds(left_here)?)?
            .checked_add_signed(seconds(later))
    }

    /// Projected minus planned end: positive when behind schedule.
    pub fn drift(&self, now: DateTime<Utc>) -> Option<Duration> {
        Some(self.projected_end(now)? - self.planned_end()?)
    }
}

/// A duration of `n` seconds, held at the largest a duration can be.
fn seconds(n: i64) -> Duration {
    Duration::try_seconds(n).unwrap_or(if n < 0 { Duration::MIN } else { Duration::MAX })
}

/// Words for a drift: "on time", "12 min behind", "3 min ahead".
pub fn drift_text(drift: Duration) -> String {
    drift_text_in(drift, crate::i18n::Lang::En)
}

/// Words for a drift in `lang` (issue 16): "12 min de retard", "3 min de adelanto".
pub fn drift_text_in(drift: Duration, lang: crate::i18n::Lang) -> String {
    let minutes = drift.num_seconds() as f64 / 60.0;
    let rounded = minutes.round() as i64;
    match rounded {
        0 => crate::tr!(in lang; "drift-on-time"),
        m if m > 0 => crate::tr!(in lang; "drift-behind", minutes = m),
        m => crate::tr!(in lang; "drift-ahead", minutes = -m),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::model::{AgendaItem, Author, FORMAT_VERSION, ItemKind};
    use crate::domain::ops::{Moment, Op};
    use chrono::{NaiveDate, TimeZone};

    fn at(min: i64) -> Moment {
        let now = Utc.with_ymd_and_hms(2026, 11, 23, 9, 0, 0).unwrap() + Duration::minutes(min);
        Moment {
            now,
            today: NaiveDate::from_ymd_opt(2026, 11, 23).unwrap(),
        }
    }

    fn three_items() -> Session {
        let item = |title: &str, minutes| AgendaItem {
            title: title.into(),
            kind: ItemKind::Plenary,
            minutes,
            prompts: vec![],
            extra: Default::default(),
        };
        let mut s = Session {
            format: FORMAT_VERSION,
            title: "t".into(),
            date: None,
            venue: String::new(),
            starts: None,
            ends: None,
            presenter_minutes: 5,
            participants: vec![],
            groups: vec![],
            agenda: vec![item("a", 10), item("b", 30), item("c", 20)],
            live: None,
            extra: Default::default(),
        };
        s.begin_live("x".into(), None, at(0).now);
        s
    }

    fn me() -> Author {
        Author {
            name: "f".into(),
            uid: None,
        }
    }

    #[test]
    fn an_item_that_overruns_puts_the_session_behind() {
        let mut s = three_items();
        s.apply(&Op::StartSession, &me(), at(0)).unwrap();
        s.apply(&Op::GoToItem { item: 1 }, &me(), at(22)).unwrap();
        assert_eq!(s.drift(at(22).now), Some(Duration::minutes(12)));
        assert_eq!(drift_text(s.drift(at(22).now).unwrap()), "12 min behind");
    }

    #[test]
    fn finishing_early_puts_the_session_ahead() {
        let mut s = three_items();
        s.apply(&Op::StartSession, &me(), at(0)).unwrap();
        s.apply(&Op::GoToItem { item: 1 }, &me(), at(7)).unwrap();
        assert_eq!(drift_text(s.drift(at(7).now).unwrap()), "3 min ahead");
    }

    #[test]
    fn the_current_item_running_long_pushes_the_projected_end() {
        let mut s = three_items();
        s.apply(&Op::StartSession, &me(), at(0)).unwrap();
        // Still in the first (10 min) item after 15 min: 5 min behind and growing.
        assert_eq!(s.drift(at(15).now), Some(Duration::minutes(5)));
        assert_eq!(s.projected_end(at(15).now), Some(at(65).now));
    }

    #[test]
    fn returning_to_an_item_adds_a_second_span() {
        let mut s = three_items();
        s.apply(&Op::StartSession, &me(), at(0)).unwrap();
        s.apply(&Op::GoToItem { item: 1 }, &me(), at(10)).unwrap();
        s.apply(&Op::GoToItem { item: 0 }, &me(), at(12)).unwrap();
        assert_eq!(s.item_elapsed(0, at(15).now), Duration::minutes(13));
        assert_eq!(s.item_elapsed(1, at(15).now), Duration::minutes(2));
        assert_eq!(s.item_state(1), ItemState::Next);
        assert_eq!(s.item_state(0), ItemState::Current);
    }

    #[test]
    fn item_states_mark_done_current_next_and_later() {
        let mut s = three_items();
        assert_eq!(s.item_state(0), ItemState::Next);
        s.apply(&Op::StartSession, &me(), at(0)).unwrap();
        s.apply(&Op::GoToItem { item: 1 }, &me(), at(10)).unwrap();
        assert_eq!(
            (0..3).map(|i| s.item_state(i)).collect::<Vec<_>>(),
            vec![ItemState::Done, ItemState::Current, ItemState::Next]
        );
        s.apply(&Op::EndSession, &me(), at(70)).unwrap();
        assert_eq!(s.session_elapsed(at(90).now), Some(Duration::minutes(70)));
    }

    #[test]
    fn item_adjustments_extend_its_countdown() {
        let mut s = three_items();
        s.apply(&Op::StartSession, &me(), at(0)).unwrap();
        s.apply(
            &Op::AdjustItem {
                item: 0,
                seconds: 30,
            },
            &me(),
            at(1),
        )
        .unwrap();
        assert_eq!(s.item_remaining_ms(0, at(1).now), (9 * 60 + 30) * 1000);
    }
}
