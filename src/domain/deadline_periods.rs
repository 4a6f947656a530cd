//! Months, quarters, half-years and years as deadlines, read alike in the three languages
//! (nc16 #4): "mars 2027", "marzo de 2027", "March 2027"; "T1 2027", "primer trimestre de
//! 2027", "Q1 2027"; "fin 2027", "end of 2027"; "début avril", "principios de abril",
//! "early April"; "courant mars", "a lo largo de marzo"; "décembre prochain"; "août".
//!
//! A period named on its own is met on its last day, exactly as its end is ("by March 2027"
//! is "by 31 March 2027", like "fin mars 2027"); its start ("début avril", "early April") is
//! its first day and its middle ("mid-April") the 15th of a month. Without a year a period is
//! the next one not yet over; with "prochain", "próximo" or "next", the one after the
//! current one.

use chrono::{Datelike, NaiveDate};

use super::deadline_words::month_number;
use crate::i18n::Lang;

/// Which day of a period a phrase names.
#[derive(Clone, Copy)]
enum Point {
    Start,
    Mid,
    End,
}

/// A period as it was named, before it is placed in a year.
#[derive(Clone, Copy)]
enum Span {
    Year,
    /// A month by number, or the current one.
    Month(Option<u32>),
    /// A quarter (1–4), or the current one.
    Quarter(Option<u32>),
    /// A half-year (1–2), or the current one.
    Half(Option<u32>),
}

/// The date a period phrase means, with words already folded (lowercase, no accents,
/// hyphens and full stops as spaces) and words like "d'ici" or "by" taken off.
pub(super) fn read(text: &str, today: NaiveDate, lang: Lang) -> Option<NaiveDate> {
    let (point, rest) = head(text, lang);
    let said = rest.len() < text.len();
    let (first, last) = period(rest, today, lang, said)?;
    match point {
        Point::Start => Some(first),
        Point::End => Some(last),
        Point::Mid => (first.month() == last.month())
            .then(|| first.with_day(15))
            .flatten(),
    }
}

/// The words before the period that say which day of it: "début", "fin de", "early",
/// "courant", "en"; none means its end.
fn head(text: &str, lang: Lang) -> (Point, &str) {
    let heads: &[(&str, Point)] = match lang {
        Lang::Fr => &[
            ("au debut de l'", Point::Start),
            ("au debut du ", Point::Start),
            ("au debut de ", Point::Start),
            ("debut de l'", Point::Start),
            ("debut d'", Point::Start),
            ("debut du ", Point::Start),
            ("debut de ", Point::Start),
            ("debut ", Point::Start),
            ("fin de l'", Point::End),
            ("fin d'", Point::End),
            ("fin du ", Point::End),
            ("fin de ", Point::End),
            ("fin ", Point::End),
            ("dans le courant du ", Point::End),
            ("dans le courant de ", Point::End),
            ("courant ", Point::End),
            ("au cours du ", Point::End),
            ("au cours de ", Point::End),
            ("au ", Point::End),
            ("en ", Point::End),
        ],
        Lang::Es => &[
            ("principios del ", Point::Start),
            ("principios de ", Point::Start),
            ("comienzos del ", Point::Start),
            ("comienzos de ", Point::Start),
            ("inicios del ", Point::Start),
            ("inicios de ", Point::Start),
            ("primeros de ", Point::Start),
            ("finales del ", Point::End),
            ("finales de ", Point::End),
            ("fines del ", Point::End),
            ("fines de ", Point::End),
            ("final del ", Point::End),
            ("final de ", Point::End),
            ("fin del ", Point::End),
            ("fin de ", Point::End),
            ("a lo largo del ", Point::End),
            ("a lo largo de ", Point::End),
            ("lo largo del ", Point::End),
            ("lo largo de ", Point::End),
            ("durante el ", Point::End),
            ("durante ", Point::End),
            ("en el ", Point::End),
            ("en ", Point::End),
        ],
        Lang::En => &[
            ("the start of ", Point::Start),
            ("start of ", Point::Start),
            ("the beginning of ", Point::Start),
            ("beginning of ", Point::Start),
            ("early ", Point::Start),
            ("the middle of ", Point::Mid),
            ("middle of ", Point::Mid),
            ("mid ", Point::Mid),
            ("the end of ", Point::End),
            ("end of ", Point::End),
            ("end ", Point::End),
            ("late ", Point::End),
            ("during ", Point::End),
            ("in ", Point::End),
        ],
    };
    heads
        .iter()
        .find_map(|(h, point)| text.strip_prefix(h).map(|rest| (*point, rest)))
        .unwrap_or((Point::End, text))
}

/// The first and last day of the period named in `text`. Without words before it (`said`),
/// "next month" and "l'année prochaine" are left to the offsets (a month or a year from
/// today), as they were read before.
fn period(text: &str, today: NaiveDate, lang: Lang, said: bool) -> Option<(NaiveDate, NaiveDate)> {
    let mut name = text.trim();
    for article in ["l'", "le ", "la ", "el ", "the "] {
        name = name.strip_prefix(article).unwrap_or(name);
    }
    if let Ok(year) = name.parse::<i32>() {
        return (name.len() == 4).then(|| bounds(Span::Year, year, 1))?;
    }
    let (name, year) = split_year(name);
    let (name, next) = split_next(name);
    let span = span_of(name, lang)?;
    if !said && year.is_none() && matches!(span, Span::Year | Span::Month(None)) {
        return None;
    }
    let (size, index) = match span {
        Span::Year => (12, 1),
        Span::Month(m) => (1, m.unwrap_or(today.month())),
        Span::Quarter(q) => (3, q.unwrap_or(today.month().div_ceil(3))),
        Span::Half(h) => (6, h.unwrap_or(today.month().div_ceil(6))),
    };
    let now = (today.month() - 1) / size + 1;
    let named = !matches!(
        span,
        Span::Year | Span::Month(None) | Span::Quarter(None) | Span::Half(None)
    );
    let year = match year {
        Some(year) => year,
        // "l'année prochaine", "le trimestre prochain": the one after the current one.
        None if next && !named => {
            let periods = 12 / size;
            let (year, index) = if now == periods {
                (today.year() + 1, 1)
            } else {
                (today.year(), now + 1)
            };
            return bounds(span, year, index);
        }
        // "décembre prochain": the next December after this month.
        None if next => today.year() + i32::from(index <= now),
        None if matches!(span, Span::Year) => today.year(),
        None => today.year() + i32::from(index < now),
    };
    bounds(span, year, index)
}

/// First and last day of the `index`th period of `span`'s size in `year`.
fn bounds(span: Span, year: i32, index: u32) -> Option<(NaiveDate, NaiveDate)> {
    let size = match span {
        Span::Year => 12,
        Span::Month(_) => 1,
        Span::Quarter(_) => 3,
        Span::Half(_) => 6,
    };
    let first_month = (index - 1) * size + 1;
    let first = NaiveDate::from_ymd_opt(year, first_month, 1)?;
    let last = first
        .checked_add_months(chrono::Months::new(size))?
        .pred_opt()?;
    Some((first, last))
}

/// "mars 2027", "marzo de 2027", "q1 2027": the name and its four-figure year.
fn split_year(text: &str) -> (&str, Option<i32>) {
    let Some((name, year)) = text.rsplit_once(' ') else {
        return (text, None);
    };
    match year.parse::<i32>() {
        Ok(n) if year.len() == 4 => {
            let name = ["de", "del", "of"]
                .iter()
                .find_map(|w| name.strip_suffix(w).map(str::trim_end))
                .unwrap_or(name);
            (name, Some(n))
        }
        _ => (text, None),
    }
}

/// "décembre prochain", "el próximo mes", "next quarter": the name, and whether "next" was said.
fn split_next(text: &str) -> (&str, bool) {
    for suffix in [
        " prochain",
        " prochaine",
        " proximo",
        " proxima",
        " que viene",
        " siguiente",
    ] {
        if let Some(name) = text.strip_suffix(suffix) {
            return (name, true);
        }
    }
    for prefix in ["prochain ", "prochaine ", "proximo ", "proxima ", "next "] {
        if let Some(name) = text.strip_prefix(prefix) {
            return (name, true);
        }
    }
    (text, false)
}

fn span_of(name: &str, lang: Lang) -> Option<Span> {
    match name {
        "annee" | "an" | "ano" | "year" => return Some(Span::Year),
        "mois" | "mes" | "month" => return Some(Span::Month(None)),
        "trimestre" | "quarter" => return Some(Span::Quarter(None)),
        "semestre" | "half year" => return Some(Span::Half(None)),
        _ => {}
    }
    if let Some(month) = month_number(name, lang) {
        return Some(Span::Month(Some(month)));
    }
    // "t1", "q3", "s2", "h1".
    let mut letters = name.chars();
    if let (Some(letter), Some(digit), None) = (letters.next(), letters.next(), letters.next()) {
        let n = digit.to_digit(10)?;
        return match letter {
            't' | 'q' if (1..=4).contains(&n) => Some(Span::Quarter(Some(n))),
            's' | 'h' if (1..=2).contains(&n) => Some(Span::Half(Some(n))),
            _ => None,
        };
    }
    let (ordinal, unit) = name.split_once(' ')?;
    let n = ordinal_number(ordinal)?;
    match unit {
        "trimestre" | "quarter" if n <= 4 => Some(Span::Quarter(Some(n))),
        "semestre" | "half" if n <= 2 => Some(Span::Half(Some(n))),
        _ => None,
    }
}

/// "premier", "2e", "tercer", "fourth": the place in the year.
fn ordinal_number(word: &str) -> Option<u32> {
    let n = match word {
        "premier" | "premiere" | "1er" | "1re" | "primer" | "primero" | "1o" | "first" | "1st" => 1,
        "deuxieme" | "second" | "seconde" | "2e" | "2eme" | "segundo" | "2o" | "2nd" => 2,
        "troisieme" | "3e" | "3eme" | "tercer" | "tercero" | "3er" | "3o" | "third" | "3rd" => 3,
        "quatrieme" | "4e" | "4eme" | "cuarto" | "4o" | "fourth" | "4th" => 4,
        _ => return None,
    };
    Some(n)
}
