//! When a note-taker wrote something, as against when the facilitator's plenary received it
//! (issue 14, item 8). The time comes from the note-taker's clock, so nothing it says is
//! believed beyond what the session can vouch for.

use chrono::{DateTime, Duration, FixedOffset, Utc};

use super::model::LiveRecord;

/// How far ahead of the facilitator's clock a note-taker's may run: a time up to this much
/// in the future counts as written when received; further ahead, it is not believed.
pub const SKEW_SECONDS: i64 = 120;

/// The written time to keep for something received `now`: none when the note-taker gave
/// none, when it is further in the future than the skew allows, before the session began
/// (or its file was made), or no earlier than `now` itself (nothing to tell apart).
pub fn bounded(
    live: &LiveRecord,
    written: Option<DateTime<Utc>>,
    now: DateTime<Utc>,
) -> Option<DateTime<Utc>> {
    let written = written?;
    let start = live.started_at.unwrap_or(live.created_at);
    if written > now + Duration::seconds(SKEW_SECONDS) || written < start || written >= now {
        return None;
    }
    Some(written)
}

/// How a record says when something was written and received, in local `HH:MM`: the one
/// time when they fall in the same minute or less than a minute apart, else
/// "written 10:41, received 10:52".
pub fn stamp(
    written: Option<DateTime<Utc>>,
    received: DateTime<Utc>,
    offset: FixedOffset,
) -> String {
    let hm = |t: DateTime<Utc>| t.with_timezone(&offset).format("%H:%M").to_string();
    match written {
        Some(w) if differs(w, received, offset) => {
            format!("written {}, received {}", hm(w), hm(received))
        }
        Some(w) => hm(w),
        None => hm(received),
    }
}

/// Whether the written and received times read differently: a minute or more apart, and
/// not the same `HH:MM`.
pub fn differs(written: DateTime<Utc>, received: DateTime<Utc>, offset: FixedOffset) -> bool {
    let hm = |t: DateTime<Utc>| t.with_timezone(&offset).format("%H:%M").to_string();
    (received - written).num_seconds().abs() >= 60 && hm(written) != hm(received)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(h: u32, m: u32) -> DateTime<Utc> {
        use chrono::TimeZone;
        Utc.with_ymd_and_hms(2026, 6, 18, h, m, 0).unwrap()
    }

    fn live() -> LiveRecord {
        let mut l: LiveRecord = serde_json::from_value(serde_json::json!({
            "id": "x", "created_at": "2026-06-18T06:55:00Z", "items": [], "presentations": [],
            "notes": [], "commitments": [], "revision": 0, "current_item": 0, "current_group": 0
        }))
        .unwrap();
        l.started_at = Some(at(7, 0));
        l
    }

    // Issue 14, item 8: a client's time is believed only within the session and the skew.
    #[test]
    fn item_8_a_written_time_is_kept_only_within_bounds() {
        let now = at(8, 0);
        let l = live();
        assert_eq!(bounded(&l, Some(at(7, 40)), now), Some(at(7, 40)));
        assert_eq!(bounded(&l, None, now), None);
        // Before the session started: not believed.
        assert_eq!(bounded(&l, Some(at(6, 0)), now), None);
        // In the future: within the skew it is "now", beyond it not believed.
        assert_eq!(bounded(&l, Some(now + Duration::seconds(30)), now), None);
        assert_eq!(bounded(&l, Some(at(9, 0)), now), None);
        let utc = FixedOffset::east_opt(0).unwrap();
        assert_eq!(
            stamp(Some(at(7, 40)), now, utc),
            "written 07:40, received 08:00"
        );
        assert_eq!(stamp(None, now, utc), "08:00");
        let moments = now - Duration::seconds(20);
        assert_eq!(stamp(Some(moments), now, utc), "07:59");
    }
}
