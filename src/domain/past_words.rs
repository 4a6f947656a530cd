//! Days already past, as people say them on the command line: `--since hier`, `--since
//! "il y a 3 jours"`, `--as-of ayer`, `--since "last week"` (issue 16, "CLI messages and
//! errors", item 3). The deadline grammar looks ahead; these phrases look back, in English,
//! French and Spanish alike, accents and case aside.

use chrono::{Datelike, Days, Months, NaiveDate};

use super::fold::fold;

/// The day `text` names when it speaks of the past, or None when it is not such a phrase
/// (the caller then reads it with the deadline grammar).
pub fn read_past(text: &str, today: NaiveDate) -> Option<NaiveDate> {
    let folded = fold(text.trim())
        .replace(['\u{2019}', '-'], " ")
        .replace('\'', "' ");
    let words: Vec<&str> = folded.split_whitespace().collect();
    let phrase = words.join(" ");
    let back = |days: u64| today.checked_sub_days(Days::new(days));
    match phrase.as_str() {
        "today" | "aujourd' hui" | "aujourdhui" | "hoy" => return Some(today),
        "yesterday" | "hier" | "ayer" => return back(1),
        "the day before yesterday" | "avant hier" | "anteayer" | "antes de ayer" => {
            return back(2);
        }
        "last week"
        | "la semaine derniere"
        | "semaine derniere"
        | "la semana pasada"
        | "semana pasada" => {
            let monday = today.weekday().num_days_from_monday();
            return back(u64::from(monday) + 7);
        }
        "last month" | "le mois dernier" | "mois dernier" | "el mes pasado" | "mes pasado" => {
            let first = today.with_day(1)?;
            return first.checked_sub_months(Months::new(1));
        }
        "last year" | "l' annee derniere" | "l' an dernier" | "annee derniere"
        | "el ano pasado" | "ano pasado" => return NaiveDate::from_ymd_opt(today.year() - 1, 1, 1),
        _ => {}
    }
    // "3 days ago", "il y a 3 jours", "hace 3 días".
    let (count, unit) = match words.as_slice() {
        [n, unit, "ago"] | ["il", "y", "a", n, unit] | ["hace", n, unit] => (*n, *unit),
        _ => return None,
    };
    let count = number(count)?;
    match unit {
        "day" | "days" | "jour" | "jours" | "dia" | "dias" => back(u64::from(count)),
        "week" | "weeks" | "semaine" | "semaines" | "semana" | "semanas" => {
            back(u64::from(count) * 7)
        }
        "month" | "months" | "mois" | "mes" | "meses" => {
            today.checked_sub_months(Months::new(count))
        }
        "year" | "years" | "an" | "ans" | "annee" | "annees" | "ano" | "anos" => {
            today.checked_sub_months(Months::new(count.checked_mul(12)?))
        }
        _ => None,
    }
}

/// A small count in figures or in words ("3", "trois", "tres", "a").
fn number(word: &str) -> Option<u32> {
    if let Ok(n) = word.parse() {
        return Some(n);
    }
    let names: [&[&str]; 10] = [
        &["a", "an", "one", "un", "une", "uno", "una"],
        &["two", "deux", "dos"],
        &["three", "trois", "tres"],
        &["four", "quatre", "cuatro"],
        &["five", "cinq", "cinco"],
        &["six", "seis"],
        &["seven", "sept", "siete"],
        &["eight", "huit", "ocho"],
        &["nine", "neuf", "nueve"],
        &["ten", "dix", "diez"],
    ];
    let at = names.iter().position(|list| list.contains(&word))?;
    u32::try_from(at + 1).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    // Issue 16, CLI item 3: past phrases in the three languages (Thursday 26 Nov 2026).
    #[test]
    fn past_phrases_in_three_languages() {
        let today = d(2026, 11, 26);
        let cases = [
            ("hier", d(2026, 11, 25)),
            ("Ayer", d(2026, 11, 25)),
            ("yesterday", d(2026, 11, 25)),
            ("avant-hier", d(2026, 11, 24)),
            ("anteayer", d(2026, 11, 24)),
            ("la semaine dernière", d(2026, 11, 16)),
            ("la semana pasada", d(2026, 11, 16)),
            ("last month", d(2026, 10, 1)),
            ("l'année dernière", d(2025, 1, 1)),
            ("il y a 3 jours", d(2026, 11, 23)),
            ("il y a deux semaines", d(2026, 11, 12)),
            ("hace 3 días", d(2026, 11, 23)),
            ("hace un mes", d(2026, 10, 26)),
            ("3 weeks ago", d(2026, 11, 5)),
            ("aujourd'hui", today),
        ];
        for (text, want) in cases {
            assert_eq!(read_past(text, today), Some(want), "{text}");
        }
        assert_eq!(read_past("fin juin", today), None);
        assert_eq!(read_past("il y a beaucoup jours", today), None);
    }
}
