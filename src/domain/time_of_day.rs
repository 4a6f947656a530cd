//! A time of day as an agenda writes it, "09:30": when the session starts and when it is
//! planned to end. The agenda editor shows each item's start time from it, and the total
//! against the planned length; `plenary check` warns when the items do not fit.

use chrono::NaiveTime;
use serde::{Deserialize, Deserializer, Serializer};

/// How a time of day is written.
pub const FORMAT: &str = "%H:%M";

/// A time of day typed or read: "09:30", "9:30", "9.30", "0930", "9" (on the hour).
pub fn parse(text: &str) -> Option<NaiveTime> {
    let t = text.trim().replace(['.', 'h', 'H'], ":");
    // "9h", "11 h" as French writes the hour alone (nc17b #6).
    let t = t.trim_end_matches([':', ' ']).to_string();
    if let Ok(time) = NaiveTime::parse_from_str(&t, FORMAT) {
        return Some(time);
    }
    let digits: String = t.chars().filter(|c| c.is_ascii_digit()).collect();
    if digits.len() != t.len() {
        return None;
    }
    match digits.len() {
        1 | 2 => NaiveTime::from_hms_opt(digits.parse().ok()?, 0, 0),
        3 | 4 => {
            let (h, m) = digits.split_at(digits.len() - 2);
            NaiveTime::from_hms_opt(h.parse().ok()?, m.parse().ok()?, 0)
        }
        _ => None,
    }
}

/// `time` as written in a file and shown: "09:30".
pub fn text(time: NaiveTime) -> String {
    time.format(FORMAT).to_string()
}

/// Minutes from `from` to `to`, over midnight when `to` is earlier.
pub fn minutes_between(from: NaiveTime, to: NaiveTime) -> i64 {
    (to - from).num_minutes().rem_euclid(24 * 60)
}

/// The time `minutes` after `from`, on a 24-hour clock.
pub fn after(from: NaiveTime, minutes: i64) -> NaiveTime {
    from + chrono::Duration::minutes(minutes)
}

/// Serde for an optional time of day as "HH:MM".
pub mod hhmm {
    use super::*;

    pub fn serialize<S: Serializer>(time: &Option<NaiveTime>, s: S) -> Result<S::Ok, S::Error> {
        match time {
            Some(t) => s.serialize_str(&text(*t)),
            None => s.serialize_none(),
        }
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<NaiveTime>, D::Error> {
        let text = Option::<String>::deserialize(d)?;
        match text {
            None => Ok(None),
            Some(t) => NaiveTime::parse_from_str(&t, FORMAT)
                .map(Some)
                .map_err(|_| {
                    serde::de::Error::custom(format!(
                        "{t:?} is not a time of day: write it as \"09:30\""
                    ))
                }),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn times_are_read_as_people_type_them() {
        let nine_thirty = NaiveTime::from_hms_opt(9, 30, 0);
        for typed in ["09:30", "9:30", "9.30", "0930", "9h30"] {
            assert_eq!(parse(typed), nine_thirty, "{typed}");
        }
        assert_eq!(parse("14"), NaiveTime::from_hms_opt(14, 0, 0));
        // nc17b #6: the hour alone as French writes it.
        for typed in ["9h", "9 h", "09h"] {
            assert_eq!(parse(typed), NaiveTime::from_hms_opt(9, 0, 0), "{typed}");
        }
        assert_eq!(parse("11h"), NaiveTime::from_hms_opt(11, 0, 0));
        assert_eq!(parse("25:00"), None);
        assert_eq!(parse("soon"), None);
        let t = |h, m| NaiveTime::from_hms_opt(h, m, 0).unwrap();
        assert_eq!(minutes_between(t(9, 0), t(11, 30)), 150);
        assert_eq!(minutes_between(t(23, 0), t(1, 0)), 120);
        assert_eq!(text(after(t(9, 0), 75)), "10:15");
    }
}
