//! The deadline grammar: what people type for "by when", turned into a date.
//!
//! Accepts exact dates (`2027-03-31`, `31 Mar 2027`, `31/03/2027`), offsets
//! (`+10d`, `+2w`, `+3m`, `+1y`, `in 3 months`), period ends (`end of june`,
//! `end of month`, `end of year`, `end of Q3`) and natural phrases handled by
//! the `interim` crate (`tomorrow`, `next friday`). Relative forms are resolved against the
//! `today` passed in. A date typed without its year (`mar 31`, `31/03`) means its next
//! occurrence; a two-digit year (`31/03/27`) means 2027; a date more than a year before
//! today is refused as a typing slip rather than kept as a deadline.

use chrono::{Datelike, Days, Months, NaiveDate};
use thiserror::Error;

use super::{deadline_periods, deadline_words};
use crate::i18n::{Lang, date};

/// Why a deadline could not be read; shown beside the field while the text stays.
#[derive(Clone, Debug, Error, PartialEq, Eq)]
pub enum DeadlineError {
    #[error("type a date, e.g. 2027-03-31, +2w, in 3 months, end of june")]
    Empty,
    #[error("“{0}” is not a date I understand; try 2027-03-31, 31 Mar 2027, +2w, next friday")]
    Unknown(String),
    #[error("“{text}” is not a real date{why}", text = .0, why = why_not_real(.0).map(|w| format!(": {w}")).unwrap_or_default())]
    Impossible(String),
    #[error("{} is more than a year ago: check the year (a deadline lies ahead)", .0.format("%-d %b %Y"))]
    LongPast(NaiveDate),
}

/// Why a date written with numbers (`2027-02-30`, `31/02/2027`, `31.13.2027`) is not a real
/// day, in words ("February 2027 has 28 days"), or None when it does not look like one
/// (nc13b #5, #12: "write it as YYYY-MM-DD" was no help for a date already written so).
pub fn why_not_real(text: &str) -> Option<String> {
    unreal(text).map(|why| why.to_string())
}

/// Why a date written with numbers is not a real day, as data (`why_not_real` in words).
pub fn unreal(text: &str) -> Option<super::why::Unreal> {
    let parts: Vec<&str> = text.trim().split(['-', '/', '.']).collect();
    let numbers: Vec<u32> = parts
        .iter()
        .map(|p| p.parse().ok())
        .collect::<Option<_>>()?;
    let [a, b, c] = numbers[..] else {
        return None;
    };
    // Year first (2027-02-30) or last (30/02/2027); a two-digit year is this century's.
    let (year, month, day) = if parts[0].len() == 4 {
        (a, b, c)
    } else {
        (c, b, a)
    };
    let year = i32::try_from(if year < 100 { year + 2000 } else { year }).ok()?;
    if !(1..=12).contains(&month) {
        return Some(super::why::Unreal::NoMonth(month));
    }
    let first = NaiveDate::from_ymd_opt(year, month, 1)?;
    let days = first
        .checked_add_months(Months::new(1))?
        .signed_duration_since(first)
        .num_days();
    if day == 0 || i64::from(day) > days {
        return Some(super::why::Unreal::Days(first, days));
    }
    None
}

/// How far back a typed deadline may lie: a few weeks' slip is a late commitment being
/// recorded, a year or more is a wrong year.
pub const LONGEST_PAST_MONTHS: u32 = 12;

/// Whether `date` lies more than `LONGEST_PAST_MONTHS` before `today`.
pub fn long_past(date: NaiveDate, today: NaiveDate) -> bool {
    today
        .checked_sub_months(Months::new(LONGEST_PAST_MONTHS))
        .is_some_and(|limit| date < limit)
}

const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// Reads a deadline relative to `today`: English first, then French and Spanish phrases.
pub fn parse_deadline(input: &str, today: NaiveDate) -> Result<NaiveDate, DeadlineError> {
    parse_deadline_in(input, today, Lang::En)
}

/// Reads a deadline in the room's language first (issue 16, item 4), then in the others, so
/// "fin juin" and "end of june" both work on any console and English keeps its meanings.
pub fn parse_deadline_in(
    input: &str,
    today: NaiveDate,
    lang: Lang,
) -> Result<NaiveDate, DeadlineError> {
    let text = input.trim().to_lowercase();
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if text.is_empty() {
        return Err(DeadlineError::Empty);
    }
    let impossible = || DeadlineError::Impossible(input.trim().to_string());
    let words = |lang| deadline_words::read(&text, today, lang);
    let date = match words(lang) {
        Some(date) => date.ok_or_else(impossible)?,
        None => match read(&text, input, today) {
            Err(DeadlineError::Unknown(_)) => Lang::ALL
                .into_iter()
                .filter(|other| *other != lang)
                .find_map(words)
                .ok_or_else(|| DeadlineError::Unknown(input.trim().to_string()))?
                .ok_or_else(impossible)?,
            other => other?,
        },
    };
    if long_past(date, today) {
        return Err(DeadlineError::LongPast(date));
    }
    Ok(date)
}

/// What a deadline field shows under what was typed, in `lang`: the date understood, written
/// out ("→ jeudi 26 novembre 2026"), or why it was not.
pub fn understood(read: Result<NaiveDate, DeadlineError>, lang: Lang) -> Result<String, String> {
    match read {
        Ok(date) => Ok(crate::tr!(in lang; "deadline-understood", date = date::long(date, lang))),
        Err(e) => Err(e.message(lang)),
    }
}

impl DeadlineError {
    /// The reason in `lang`, for the field's message (the `Display` text is English).
    pub fn message(&self, lang: Lang) -> String {
        match self {
            DeadlineError::Empty => crate::tr!(in lang; "deadline-empty"),
            DeadlineError::Unknown(text) => crate::tr!(in lang; "deadline-unknown", text = text),
            DeadlineError::Impossible(text) => {
                crate::tr!(in lang; "deadline-impossible", text = text)
            }
            DeadlineError::LongPast(when) => {
                let when = match lang {
                    Lang::En => date::short(*when, lang),
                    _ => date::day_month_year(*when, lang),
                };
                crate::tr!(in lang; "deadline-long-past", date = when)
            }
        }
    }
}

fn read(text: &str, input: &str, today: NaiveDate) -> Result<NaiveDate, DeadlineError> {
    // nc16 #4: "March 2027", "Q1 2027", "early April", "end of 2027", read as French and
    // Spanish read theirs, first: `exact` would take "March 2027" for
    // 20 March 27.
    let plain = deadline_words::plain(text);
    let plain = ["by ", "before "]
        .iter()
        .find_map(|p| plain.strip_prefix(p))
        .unwrap_or(&plain);
    if let Some(date) = deadline_periods::read(plain, today, Lang::En) {
        return Ok(date);
    }
    if let Some(date) = exact(text, input)? {
        return Ok(date);
    }
    if let Some(date) = yearless(text, today) {
        return Ok(date);
    }
    if let Some(date) = offset(text, today) {
        return date.ok_or_else(|| DeadlineError::Impossible(input.trim().to_string()));
    }
    if let Some(date) = period_end(text, today) {
        return Ok(date);
    }
    natural(text, today).ok_or_else(|| DeadlineError::Unknown(input.trim().to_string()))
}

/// A year typed with two digits belongs to this century: `27` is 2027, never the year 27.
fn full_year(date: NaiveDate) -> Option<NaiveDate> {
    if (0..100).contains(&date.year()) {
        date.with_year(date.year() + 2000)
    } else {
        Some(date)
    }
}

/// `mar 31`, `31 march`, `31/03`: the next time that day comes, today included. The 29th
/// of February waits for the next leap year.
fn yearless(text: &str, today: NaiveDate) -> Option<NaiveDate> {
    let formats = [
        "%d %b %Y", "%d %B %Y", "%b %d %Y", "%B %d %Y", "%d/%m %Y", "%d.%m %Y",
    ];
    let text = text.trim_end_matches('.');
    (today.year()..=today.year() + 8).find_map(|year| {
        let dated = format!("{text} {year}");
        formats
            .iter()
            .find_map(|f| NaiveDate::parse_from_str(&dated, f).ok())
            .filter(|date| *date >= today)
    })
}

fn exact(text: &str, original: &str) -> Result<Option<NaiveDate>, DeadlineError> {
    let formats = [
        "%Y-%m-%d",
        "%d %b %Y",
        "%d %B %Y",
        "%d/%m/%Y",
        "%d.%m.%Y",
        "%b %d %Y",
        "%B %d %Y",
        "%b %d, %Y",
        "%B %d, %Y",
    ];
    for f in formats {
        if let Ok(d) = NaiveDate::parse_from_str(text, f) {
            return full_year(d)
                .map(Some)
                .ok_or_else(|| DeadlineError::Impossible(original.trim().to_string()));
        }
    }
    // Looks like a date but is not a real one (2027-02-30, 31/02/2027): say so rather than
    // "unknown".
    if why_not_real(text).is_some() {
        return Err(DeadlineError::Impossible(original.trim().to_string()));
    }
    Ok(None)
}

/// `+2w`, `+10d`, `+3m`, `+1y`, `in 3 months`, `in a week`, `2 weeks`.
fn offset(text: &str, today: NaiveDate) -> Option<Option<NaiveDate>> {
    let rest = text
        .strip_prefix('+')
        .or_else(|| text.strip_prefix("in "))
        .unwrap_or(text)
        .trim();
    let split = rest
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(rest.len());
    let (number, unit) = rest.split_at(split);
    let unit = unit.trim();
    let count: u32 = match number {
        "" if unit.starts_with("a ") || unit.starts_with("one ") => 1,
        "" => return None,
        n => n.parse().ok()?,
    };
    let unit = unit
        .trim_start_matches("a ")
        .trim_start_matches("one ")
        .trim();
    let date = match unit {
        "d" | "day" | "days" => today.checked_add_days(Days::new(count.into())),
        "w" | "wk" | "week" | "weeks" => today.checked_add_days(Days::new(u64::from(count) * 7)),
        "m" | "mo" | "month" | "months" => today.checked_add_months(Months::new(count)),
        "y" | "yr" | "year" | "years" => {
            today.checked_add_months(Months::new(count.checked_mul(12)?))
        }
        _ => return None,
    };
    Some(date)
}

/// `end of june`, `end of month`, `end of year`, `end of q3`, `end of next month`.
fn period_end(text: &str, today: NaiveDate) -> Option<NaiveDate> {
    let what = text
        .strip_prefix("end of ")
        .or_else(|| text.strip_prefix("end "))?
        .trim();
    let what = what.strip_prefix("the ").unwrap_or(what);
    match what {
        "month" | "this month" => last_day(today.year(), today.month()),
        "next month" => {
            let d = today.checked_add_months(Months::new(1))?;
            last_day(d.year(), d.month())
        }
        "year" | "this year" => NaiveDate::from_ymd_opt(today.year(), 12, 31),
        "next year" => NaiveDate::from_ymd_opt(today.year() + 1, 12, 31),
        q if q.len() == 2 && q.starts_with('q') => {
            let n: u32 = q[1..].parse().ok().filter(|n| (1..=4).contains(n))?;
            let year = if n * 3 < today.month() {
                today.year() + 1
            } else {
                today.year()
            };
            last_day(year, n * 3)
        }
        name => {
            let (month_word, year) = match name.rsplit_once(' ') {
                Some((m, y)) if y.len() == 4 => (m, y.parse().ok()),
                Some((m, y)) if y.len() == 2 => (m, y.parse::<i32>().ok().map(|y| y + 2000)),
                _ => (name, None),
            };
            let month = MONTHS
                .iter()
                .position(|m| month_word.len() >= 3 && m.starts_with(month_word))?
                as u32
                + 1;
            let year = year.unwrap_or(if month < today.month() {
                today.year() + 1
            } else {
                today.year()
            });
            last_day(year, month)
        }
    }
}

fn last_day(year: i32, month: u32) -> Option<NaiveDate> {
    let first_next = if month == 12 {
        NaiveDate::from_ymd_opt(year + 1, 1, 1)?
    } else {
        NaiveDate::from_ymd_opt(year, month + 1, 1)?
    };
    first_next.pred_opt()
}

fn natural(text: &str, today: NaiveDate) -> Option<NaiveDate> {
    // `interim` 0.2.2 asserts that a word after an hour ("31/03/2027 9 pm") is shorter than
    // 16 letters, so a longer one would panic in the middle of a workshop. No date word is
    // that long: such text is simply not a date. Found by `scripts/fuzz.sh deadline`.
    if text
        .split(|c: char| !c.is_ascii_alphabetic())
        .any(|word| word.len() >= 16)
    {
        return None;
    }
    let noon = today.and_hms_opt(12, 0, 0)?.and_utc();
    interim::parse_date_string(text, noon, interim::Dialect::Uk)
        .ok()
        .map(|d| d.date_naive())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn the_grammar_resolves_each_form_against_today() {
        // Monday 23 November 2026.
        let today = d(2026, 11, 23);
        let table = [
            ("2027-03-31", d(2027, 3, 31)),
            ("31 Mar 2027", d(2027, 3, 31)),
            ("31 march 2027", d(2027, 3, 31)),
            ("31/03/2027", d(2027, 3, 31)),
            ("+10d", d(2026, 12, 3)),
            ("+2w", d(2026, 12, 7)),
            ("+3m", d(2027, 2, 23)),
            ("+1y", d(2027, 11, 23)),
            ("in 3 months", d(2027, 2, 23)),
            ("in 2 weeks", d(2026, 12, 7)),
            ("in a week", d(2026, 11, 30)),
            ("  In   3   Days ", d(2026, 11, 26)),
            ("end of june", d(2027, 6, 30)),
            ("end of November", d(2026, 11, 30)),
            ("end of month", d(2026, 11, 30)),
            ("end of next month", d(2026, 12, 31)),
            ("end of year", d(2026, 12, 31)),
            ("end of q1", d(2027, 3, 31)),
            ("end of q4", d(2026, 12, 31)),
            ("end of feb 2028", d(2028, 2, 29)),
            ("tomorrow", d(2026, 11, 24)),
            ("next friday", d(2026, 12, 4)),
            ("friday", d(2026, 11, 27)),
            // Issue 12, item 5: two-digit years are this century; a day without a year is
            // its next occurrence, today included.
            ("31/03/27", d(2027, 3, 31)),
            ("31.03.27", d(2027, 3, 31)),
            ("31 mar 27", d(2027, 3, 31)),
            ("end of march 27", d(2027, 3, 31)),
            ("mar 31", d(2027, 3, 31)),
            ("31 march", d(2027, 3, 31)),
            ("31/03", d(2027, 3, 31)),
            ("dec 25", d(2026, 12, 25)),
            ("23 nov", d(2026, 11, 23)),
            ("22 nov", d(2027, 11, 22)),
            ("29 feb", d(2028, 2, 29)),
        ];
        for (input, expected) in table {
            assert_eq!(
                parse_deadline(input, today),
                Ok(expected),
                "input {input:?}"
            );
        }
    }

    #[test]
    fn nonsense_is_refused_with_the_text_quoted() {
        let today = d(2026, 11, 23);
        assert_eq!(parse_deadline("", today), Err(DeadlineError::Empty));
        assert_eq!(
            parse_deadline("whenever", today),
            Err(DeadlineError::Unknown("whenever".into()))
        );
        assert_eq!(
            parse_deadline("2027-02-30", today),
            Err(DeadlineError::Impossible("2027-02-30".into()))
        );
        assert!(parse_deadline("+99999999y", today).is_err());
        // Issue 12, item 5: a deadline more than a year back is a wrong year, not a deadline.
        assert_eq!(
            parse_deadline("31/03/2025", today),
            Err(DeadlineError::LongPast(d(2025, 3, 31)))
        );
        assert_eq!(parse_deadline("1 dec 2025", today), Ok(d(2025, 12, 1)));
        // A long word after an hour panicked inside `interim` before the guard.
        assert_eq!(
            parse_deadline("21/07/2030 22 abcdefghijklmnopq", today),
            Err(DeadlineError::Unknown(
                "21/07/2030 22 abcdefghijklmnopq".into()
            ))
        );
    }
}
