//! The deadline grammar in French and Spanish (issue 16, item 4), beside the English one in
//! `deadline`: "31 mars 2027", "fin juin", "mi-mars", "dans 3 mois", "vendredi prochain",
//! "d'ici vendredi"; "30 de junio", "fin de año", "mediados de marzo", "dentro de 2
//! semanas", "el próximo viernes". Read without accents or case ("fevrier" is "février",
//! "miercoles" "miércoles"); the month and weekday names are those dates are written with
//! (`i18n::date`), so the grammar and the preview cannot disagree.
//!
//! "vendredi prochain" and "el próximo viernes" are the next Friday to come, as French and
//! Spanish speakers mostly mean them (English "next friday" is the Friday of next week);
//! "vendredi en huit" is the one after. The preview shows which date was understood.

use chrono::{Datelike, Days, Months, NaiveDate};

use super::deadline_periods;
use super::fold::fold;
use crate::i18n::Lang;
use crate::i18n::date::{months, weekdays};

/// What a French or Spanish phrase means: `None` if it is not one, `Some(None)` if it is
/// one that names no real day ("31 février 2027").
pub fn read(text: &str, today: NaiveDate, lang: Lang) -> Option<Option<NaiveDate>> {
    if lang == Lang::En {
        return None;
    }
    let text = strip_prefixes(&plain(text), lang);
    let text = without_time_of_day(&text, lang);
    if let Some(date) = relative_day(text, today, lang) {
        return Some(date);
    }
    if let Some(date) = offset(text, today, lang) {
        return Some(date);
    }
    if let Some(date) = period_end(text, today, lang) {
        return Some(Some(date));
    }
    if let Some(date) = mid_month(text, today, lang) {
        return Some(Some(date));
    }
    if let Some(date) = weekday(text, today, lang) {
        return Some(Some(date));
    }
    if let Some(date) = deadline_periods::read(text, today, lang) {
        return Some(Some(date));
    }
    if let Some(date) = day_of_month(text, today) {
        return Some(date);
    }
    day_month_year(text, today, lang)
}

/// The part of the day said after the date ("demain matin", "vendredi soir", "mañana por
/// la tarde") says nothing more about the day: a deadline is a day (nc16b #13).
fn without_time_of_day(text: &str, lang: Lang) -> &str {
    let parts: &[&str] = match lang {
        Lang::Fr => &[
            " dans la matinee",
            " en fin de journee",
            " apres midi",
            " matin",
            " soir",
            " midi",
        ],
        Lang::Es => &[
            " por la manana",
            " por la tarde",
            " por la noche",
            " a mediodia",
        ],
        Lang::En => &[],
    };
    parts
        .iter()
        .find_map(|p| text.strip_suffix(p))
        .unwrap_or(text)
}

/// "le 15", "el 1": the next day of the month so numbered, today included (nc16b #13).
fn day_of_month(text: &str, today: NaiveDate) -> Option<Option<NaiveDate>> {
    let day = text.strip_suffix("er").unwrap_or(text);
    if day.is_empty() || !day.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    let day: u32 = day.parse().ok().filter(|d| (1..=31).contains(d))?;
    let mut month = NaiveDate::from_ymd_opt(today.year(), today.month(), 1)?;
    // The 31st may be two months away; a day no month has is refused.
    for _ in 0..3 {
        if let Some(date) = NaiveDate::from_ymd_opt(month.year(), month.month(), day)
            && date >= today
        {
            return Some(Some(date));
        }
        month = month.checked_add_months(Months::new(1))?;
    }
    Some(None)
}

/// Lowercase, no accents, one kind of apostrophe, hyphens and full stops as spaces.
pub(super) fn plain(text: &str) -> String {
    fold(text)
        .replace(['’', '`', '´'], "'")
        .replace(['-', '.', ','], " ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// Words before the date that say "by": "d'ici", "avant le", "pour", "para el", "antes del".
fn strip_prefixes(text: &str, lang: Lang) -> String {
    let prefixes: &[&str] = match lang {
        Lang::Fr => &[
            "au plus tard le ",
            "au plus tard ",
            "d'ici le ",
            "d'ici ",
            "jusqu'au ",
            "avant le ",
            "avant ",
            "pour le ",
            "pour ",
            "le ",
            "la ",
            "ce ",
        ],
        Lang::Es => &[
            "a mas tardar el ",
            "a mas tardar ",
            "antes del ",
            "antes de ",
            "antes de el ",
            "para el ",
            "para ",
            "hasta el ",
            "hasta ",
            "a ",
            "el ",
            "este ",
        ],
        Lang::En => &[],
    };
    let mut text = text.to_string();
    while let Some(rest) = prefixes.iter().find_map(|p| text.strip_prefix(p)) {
        text = rest.to_string();
    }
    text
}

fn relative_day(text: &str, today: NaiveDate, lang: Lang) -> Option<Option<NaiveDate>> {
    let days = match (lang, text) {
        (Lang::Fr, "aujourd'hui") | (Lang::Es, "hoy") => 0,
        (Lang::Fr, "demain") | (Lang::Es, "manana") => 1,
        (Lang::Fr, "apres demain") | (Lang::Es, "pasado manana") => 2,
        // nc16 #4: a week from today, a month from today.
        (Lang::Fr, "la semaine prochaine" | "semaine prochaine")
        | (
            Lang::Es,
            "la semana que viene" | "semana que viene" | "la proxima semana" | "proxima semana",
        ) => 7,
        (Lang::Fr, "le mois prochain" | "mois prochain")
        | (Lang::Es, "el mes que viene" | "mes que viene" | "el proximo mes" | "proximo mes") => {
            return Some(today.checked_add_months(Months::new(1)));
        }
        // A year from today, as "le mois prochain" is a month from today.
        (Lang::Fr, "l'annee prochaine" | "annee prochaine")
        | (Lang::Es, "el ano que viene" | "ano que viene" | "el proximo ano" | "proximo ano") => {
            return Some(today.checked_add_months(Months::new(12)));
        }
        _ => return None,
    };
    Some(today.checked_add_days(Days::new(days)))
}

/// A count written in words, as people say offsets ("dans deux semaines", "en dos
/// semanas"), or in figures.
fn count_of(word: &str) -> Option<u32> {
    const WORDS: [(&str, u32); 26] = [
        ("un", 1),
        ("une", 1),
        ("uno", 1),
        ("una", 1),
        ("deux", 2),
        ("dos", 2),
        ("trois", 3),
        ("tres", 3),
        ("quatre", 4),
        ("cuatro", 4),
        ("cinq", 5),
        ("cinco", 5),
        ("six", 6),
        ("seis", 6),
        ("sept", 7),
        ("siete", 7),
        ("huit", 8),
        ("ocho", 8),
        ("neuf", 9),
        ("nueve", 9),
        ("dix", 10),
        ("diez", 10),
        ("douze", 12),
        ("doce", 12),
        ("quinze", 15),
        ("quince", 15),
    ];
    WORDS
        .iter()
        .find(|(w, _)| *w == word)
        .map(|(_, n)| *n)
        .or_else(|| word.parse().ok())
}

/// "dans 3 mois", "3 semaines", "dentro de 2 semanas", "en un año"; and written short, as
/// the placeholder shows them (nc16 #4): "+2s" or "+2 sem." (semaines, semanas), "+10j",
/// "+3m", "+1a" (an, año).
fn offset(text: &str, today: NaiveDate, lang: Lang) -> Option<Option<NaiveDate>> {
    let rest = match lang {
        Lang::Fr => text
            .strip_prefix("dans ")
            .or_else(|| text.strip_prefix("sous "))
            .unwrap_or(text),
        _ => text
            .strip_prefix("dentro de ")
            .or_else(|| text.strip_prefix("en "))
            .unwrap_or(text),
    };
    let rest = rest.strip_prefix('+').unwrap_or(rest).trim_start();
    let digits = rest
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(rest.len());
    let (number, unit) = match digits {
        0 => rest.split_once(' ')?,
        n => rest.split_at(n),
    };
    let unit = unit.trim();
    let count = count_of(number)?;
    // "quinze jours", "quince días": two weeks, as both languages say it.
    if count == 15 && matches!(unit, "jours" | "dias") {
        return Some(today.checked_add_days(Days::new(14)));
    }
    let date = match unit {
        "j" | "jour" | "jours" | "d" | "dia" | "dias" => {
            today.checked_add_days(Days::new(count.into()))
        }
        "s" | "sem" | "semaine" | "semaines" | "semana" | "semanas" => {
            today.checked_add_days(Days::new(u64::from(count) * 7))
        }
        "m" | "mois" | "mes" | "meses" => today.checked_add_months(Months::new(count)),
        "a" | "an" | "ans" | "annee" | "annees" | "ano" | "anos" => {
            today.checked_add_months(Months::new(count.checked_mul(12)?))
        }
        _ => return None,
    };
    Some(date)
}

/// "fin juin", "fin du mois prochain", "fin d'année", "fin du T3"; "fin de junio",
/// "finales de junio", "fin de mes", "fin del año que viene".
fn period_end(text: &str, today: NaiveDate, lang: Lang) -> Option<NaiveDate> {
    let heads: &[&str] = match lang {
        Lang::Fr => &["fin de l'", "fin d'", "fin du ", "fin de ", "fin "],
        _ => &[
            "finales del ",
            "finales de ",
            "fines del ",
            "fines de ",
            "final del ",
            "final de ",
            "fin del ",
            "fin de ",
        ],
    };
    let what = heads.iter().find_map(|h| text.strip_prefix(h))?.trim();
    let what = what.strip_prefix("l'").unwrap_or(what);
    let next_month = || today.checked_add_months(Months::new(1));
    match what {
        "mois" | "ce mois" | "mes" | "este mes" => last_day(today.year(), today.month()),
        "mois prochain" | "prochain mois" | "mes que viene" | "proximo mes" | "mes proximo"
        | "mes siguiente" => {
            let d = next_month()?;
            last_day(d.year(), d.month())
        }
        "annee" | "cette annee" | "ano" | "este ano" => {
            NaiveDate::from_ymd_opt(today.year(), 12, 31)
        }
        "annee prochaine" | "an prochain" | "ano que viene" | "proximo ano" | "ano proximo"
        | "ano siguiente" => NaiveDate::from_ymd_opt(today.year() + 1, 12, 31),
        q if q.len() == 2 && q.starts_with('t') => {
            let n: u32 = q[1..].parse().ok().filter(|n| (1..=4).contains(n))?;
            let year = today.year() + i32::from(n * 3 < today.month());
            last_day(year, n * 3)
        }
        named => {
            let (month, year) = month_and_year(named, lang)?;
            let year = year.unwrap_or(today.year() + i32::from(month < today.month()));
            last_day(year, month)
        }
    }
}

/// "mi-mars", "mi mars 2028", "mediados de marzo (de 2028)": the 15th, the next to come.
fn mid_month(text: &str, today: NaiveDate, lang: Lang) -> Option<NaiveDate> {
    let named = match lang {
        Lang::Fr => text.strip_prefix("mi ")?,
        _ => text
            .strip_prefix("mediados de ")
            .or_else(|| text.strip_prefix("mediados del "))?,
    };
    let (month, year) = month_and_year(named, lang)?;
    match year {
        Some(year) => NaiveDate::from_ymd_opt(year, month, 15),
        None => (today.year()..=today.year() + 1)
            .filter_map(|y| NaiveDate::from_ymd_opt(y, month, 15))
            .find(|d| *d >= today),
    }
}

/// "vendredi", "vendredi prochain", "vendredi en huit", "el próximo viernes", "el viernes
/// que viene": the next such day after today (en huit, a week later).
fn weekday(text: &str, today: NaiveDate, lang: Lang) -> Option<NaiveDate> {
    let (mut name, mut later) = (text, 0);
    for suffix in [" prochain", " proximo", " que viene"] {
        name = name.strip_suffix(suffix).unwrap_or(name);
    }
    for prefix in ["proximo ", "prochain "] {
        name = name.strip_prefix(prefix).unwrap_or(name);
    }
    if let Some(day) = name.strip_suffix(" en huit") {
        (name, later) = (day, 7);
    }
    let index = weekdays(lang).iter().position(|w| fold(w) == name)? as u32;
    let ahead = (index + 7 - today.weekday().num_days_from_monday()) % 7;
    let ahead = if ahead == 0 { 7 } else { ahead };
    today.checked_add_days(Days::new(u64::from(ahead + later)))
}

/// "31 mars 2027", "1er avril", "30 de junio de 2027", "15 dic": a year left out means the
/// day's next occurrence, today included.
fn day_month_year(text: &str, today: NaiveDate, lang: Lang) -> Option<Option<NaiveDate>> {
    let (day, rest) = text.split_once(' ')?;
    let day = day.strip_suffix("er").unwrap_or(day).trim_end_matches('o');
    let day: u32 = day.parse().ok().filter(|d| (1..=31).contains(d))?;
    let rest = rest.strip_prefix("de ").unwrap_or(rest);
    let (month, year) = month_and_year(rest, lang)?;
    Some(match year {
        Some(year) => NaiveDate::from_ymd_opt(year, month, day),
        None => (today.year()..=today.year() + 8)
            .filter_map(|y| NaiveDate::from_ymd_opt(y, month, day))
            .find(|d| *d >= today),
    })
}

/// A month's name (whole, or its first letters when they name only one month) and the year
/// after it, if any: "juin", "fevr 2028", "junio de 2027", "janv 27".
fn month_and_year(text: &str, lang: Lang) -> Option<(u32, Option<i32>)> {
    let (word, year) = match text.split_once(' ') {
        Some((word, year)) => {
            let year = year.strip_prefix("de ").unwrap_or(year);
            let n: i32 = year.parse().ok()?;
            let n = match year.len() {
                2 => n + 2000,
                4 => n,
                _ => return None,
            };
            (word, Some(n))
        }
        None => (text, None),
    };
    Some((month_number(word, lang)?, year))
}

/// A month's number from its name, whole or its first letters when they name only one.
pub(super) fn month_number(word: &str, lang: Lang) -> Option<u32> {
    let names = months(lang).map(fold);
    if let Some(i) = names.iter().position(|m| m == word) {
        return Some(i as u32 + 1);
    }
    let starting: Vec<usize> = (0..12)
        .filter(|i| word.len() >= 3 && names[*i].starts_with(word))
        .collect();
    match starting.as_slice() {
        [only] => Some(*only as u32 + 1),
        _ => None,
    }
}

fn last_day(year: i32, month: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(year, month, 1)?
        .checked_add_months(Months::new(1))?
        .pred_opt()
}
