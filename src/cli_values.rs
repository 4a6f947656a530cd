//! How the command line reads the values of its options: dates in the deadline grammar of
//! the language in force (looking back for the options that mean the past), spans of days,
//! and status words in English, French or Spanish. Each refusal is said in the language,
//! with examples in it (issue 16, "CLI messages and errors", items 3 and 4).

use chrono::{Datelike, NaiveDate};

use plenary::domain::Status;
use plenary::domain::deadline::{DeadlineError, parse_deadline_in};
use plenary::domain::fold::fold;
use plenary::domain::past_words::read_past;
use plenary::i18n::{self, Lang};
use plenary::tr;

fn today() -> NaiveDate {
    plenary::clock::local_now().date_naive()
}

/// A status: its English word (for scripts), or the word of any language plenary speaks
/// (`ouvert`, `en-cours`, `abandonado`), accents and case aside.
pub fn parse_status(text: &str) -> Result<Status, String> {
    if let Some(status) = plenary::domain::board::parse_status(text) {
        return Ok(status);
    }
    let typed = fold(text.trim()).replace([' ', '_'], "-");
    let statuses = [
        Status::Open,
        Status::InProgress,
        Status::Done,
        Status::Dropped,
    ];
    for lang in Lang::ALL {
        let words = status_words(lang);
        if let Some(at) = words.iter().position(|w| fold(w) == typed) {
            return Ok(statuses[at]);
        }
    }
    Err(tr!("cli-status-unknown", text = text))
}

/// The four status words `--status` takes in `lang`, in the order open, in progress,
/// done, dropped.
fn status_words(lang: Lang) -> [String; 4] {
    [
        tr!(in lang; "cli-status-open"),
        tr!(in lang; "cli-status-in-progress"),
        tr!(in lang; "cli-status-done"),
        tr!(in lang; "cli-status-dropped"),
    ]
}

/// A date in the grammar of the language in force, then of the others. A date more than a
/// year back is kept: for these options the past is what is asked about.
fn parse_date(text: &str) -> Result<NaiveDate, DeadlineError> {
    parse_date_at(text, today())
}

/// `parse_date` as if today were `today`.
fn parse_date_at(text: &str, today: NaiveDate) -> Result<NaiveDate, DeadlineError> {
    match parse_deadline_in(text, today, i18n::current()) {
        Err(DeadlineError::LongPast(date)) => Ok(date),
        other => other,
    }
}

/// `--since`: a day already past. "hier", "il y a 3 jours" and "hace 3 días" look back; a
/// date given without its year ("1 November", "1er novembre") is the most recent one, not
/// the next as for a deadline (nc16 #3: the report looked from 1 November of next year and
/// was silently empty). A phrase that names a day still to come ("demain", "dans 3 jours",
/// a date with its year) is refused (nc16b #6: it silently meant a year ago).
pub fn parse_since(text: &str) -> Result<NaiveDate, String> {
    let today = today();
    if let Some(date) = read_past(text, today) {
        return Ok(date);
    }
    let date = parse_date(text).map_err(|e| match e {
        DeadlineError::Unknown(_) | DeadlineError::Empty => {
            tr!("cli-date-past-unknown", text = text.trim())
        }
        other => other.message(i18n::current()),
    })?;
    if date <= today {
        return Ok(date);
    }
    let names_year = text
        .split(|c: char| !c.is_ascii_digit())
        .any(|digits| digits.len() == 4);
    if names_year || counts_from_today(text, date, today) {
        return Err(tr!(
            "cli-since-future",
            text = text.trim(),
            date = i18n::date::day_month_year(date, i18n::current())
        ));
    }
    Ok(date.with_year(date.year() - 1).unwrap_or(date))
}

/// Whether `text`, read as `date` today, is counted from today ("tomorrow", "in 3 days",
/// "next friday"): read a week later it names another day of the year. A date without its
/// year ("1 November", "fin juin") names the same day, or the same month of another year.
fn counts_from_today(text: &str, date: NaiveDate, today: NaiveDate) -> bool {
    let later = today + chrono::Days::new(7);
    match parse_date_at(text, later) {
        Ok(other) => {
            other != date && (other.month() != date.month() || other.year() == date.year())
        }
        Err(_) => false,
    }
}

/// `--as-of`: any day, in the same grammar as the other date options; the phrases of the
/// past ("hier", "ayer") look back.
pub fn parse_as_of(text: &str) -> Result<NaiveDate, String> {
    if let Some(date) = read_past(text, today()) {
        return Ok(date);
    }
    parse_date(text).map_err(|e| e.message(i18n::current()))
}

/// `--due-before`: "end of year" names 31 December, which is still before the year's end, so
/// a period's end counts its last day in (nc15 #13); a date given as a date stays excluded.
pub fn parse_due_before(text: &str) -> Result<NaiveDate, String> {
    let date = parse_date(text).map_err(|e| e.message(i18n::current()))?;
    let words = fold(text.trim());
    let period_end = [
        "end of ",
        "fin de ",
        "fin d'",
        "fin du ",
        "fin del ",
        "finales de ",
        "fin ",
    ]
    .iter()
    .any(|p| words.starts_with(p));
    Ok(if period_end {
        date.succ_opt().unwrap_or(date)
    } else {
        date
    })
}

/// `--due-within`: a number of days, or a span or date the deadline grammar reads ("+2w",
/// "dans 2 semaines", "fin juin"), counted in days from today.
pub fn parse_due_within(text: &str) -> Result<i64, String> {
    if let Ok(days) = text.trim().parse::<i64>() {
        return Ok(days);
    }
    let today = today();
    let typed = text.trim();
    // "2w" as in the console's "+2w".
    let as_offset = format!("+{}", typed.trim_start_matches('+'));
    parse_deadline_in(typed, today, i18n::current())
        .or_else(|_| parse_deadline_in(&as_offset, today, i18n::current()))
        .map(|date| (date - today).num_days())
        .map_err(|_| tr!("cli-days-unknown", text = typed))
}

/// `--smtp-port`: a port, 1 to 65535, refused in the language (issue 16: the standard
/// library's "invalid digit found in string" was English).
pub fn parse_port(text: &str) -> Result<u16, String> {
    match text.trim().parse::<u16>() {
        Ok(port) if port > 0 => Ok(port),
        _ => Err(tr!("cli-port-unknown", text = text.trim())),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    // Issue 16, CLI item 4: the status words of every language, accents and case aside.
    #[test]
    fn status_words_of_every_language() {
        let _fr = i18n::scoped(Lang::Fr);
        for (word, status) in [
            ("ouvert", Status::Open),
            ("En-Cours", Status::InProgress),
            ("en cours", Status::InProgress),
            ("abandonne", Status::Dropped),
            ("abandonné", Status::Dropped),
            ("hecho", Status::Done),
            ("en-curso", Status::InProgress),
            ("done", Status::Done),
        ] {
            assert_eq!(parse_status(word), Ok(status), "{word}");
        }
        let refused = parse_status("fermé").unwrap_err();
        assert!(
            refused.contains("ouvert, en-cours, fait ou abandonné"),
            "{refused}"
        );
    }

    #[test]
    fn a_span_of_days_in_words() {
        let _fr = i18n::scoped(Lang::Fr);
        assert_eq!(parse_due_within("14"), Ok(14));
        assert_eq!(parse_due_within("2w"), Ok(14));
        assert_eq!(parse_due_within("dans 2 semaines"), Ok(14));
        assert!(parse_due_within("bientôt").unwrap_err().contains("bientôt"));
    }
}
