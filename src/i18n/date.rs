//! Dates written out in a language: the one place the app names weekdays and months, so
//! every screen and document writes "jeudi 26 novembre 2026" the same way.

use chrono::{Datelike, NaiveDate};

use super::Lang;

/// Month names, January first, as a language writes them in a date.
pub fn months(lang: Lang) -> [&'static str; 12] {
    match lang {
        Lang::En => [
            "January",
            "February",
            "March",
            "April",
            "May",
            "June",
            "July",
            "August",
            "September",
            "October",
            "November",
            "December",
        ],
        Lang::Fr => [
            "janvier",
            "février",
            "mars",
            "avril",
            "mai",
            "juin",
            "juillet",
            "août",
            "septembre",
            "octobre",
            "novembre",
            "décembre",
        ],
        Lang::Es => [
            "enero",
            "febrero",
            "marzo",
            "abril",
            "mayo",
            "junio",
            "julio",
            "agosto",
            "septiembre",
            "octubre",
            "noviembre",
            "diciembre",
        ],
    }
}

/// Weekday names, Monday first.
pub fn weekdays(lang: Lang) -> [&'static str; 7] {
    match lang {
        Lang::En => [
            "Monday",
            "Tuesday",
            "Wednesday",
            "Thursday",
            "Friday",
            "Saturday",
            "Sunday",
        ],
        Lang::Fr => [
            "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
        ],
        Lang::Es => [
            "lunes",
            "martes",
            "miércoles",
            "jueves",
            "viernes",
            "sábado",
            "domingo",
        ],
    }
}

fn month_name(date: NaiveDate, lang: Lang) -> &'static str {
    months(lang)[date.month0() as usize]
}

fn weekday_name(date: NaiveDate, lang: Lang) -> &'static str {
    weekdays(lang)[date.weekday().num_days_from_monday() as usize]
}

/// A date in full, with its weekday: "Thursday 26 November 2026", "jeudi 26 novembre
/// 2026", "jueves 26 de noviembre de 2026". French writes the first of a month "1er".
pub fn long(date: NaiveDate, lang: Lang) -> String {
    format!(
        "{} {}",
        weekday_name(date, lang),
        day_month_year(date, lang)
    )
}

/// A date without its weekday: "26 November 2026", "26 novembre 2026", "26 de noviembre
/// de 2026".
pub fn day_month_year(date: NaiveDate, lang: Lang) -> String {
    let (day, month, year) = (date.day(), month_name(date, lang), date.year());
    match lang {
        Lang::En => format!("{day} {month} {year}"),
        Lang::Fr if day == 1 => format!("1er {month} {year}"),
        Lang::Fr => format!("{day} {month} {year}"),
        Lang::Es => format!("{day} de {month} de {year}"),
    }
}

/// A date in a table cell: "26 Nov 2026", "26 nov. 2026", "26 nov 2026".
pub fn short(date: NaiveDate, lang: Lang) -> String {
    let month = month_name(date, lang);
    let short: String = match lang {
        // French's own abbreviations, with their full stop; short names stay whole.
        Lang::Fr => [
            "janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.",
            "nov.", "déc.",
        ][date.month0() as usize]
            .to_string(),
        _ => month.chars().take(3).collect(),
    };
    format!("{} {} {}", date.day(), short, date.year())
}

/// A date in a list or table people scan (review's lists, `plenary commitments`, nc16 #7):
/// English keeps the ISO form it always showed, French and Spanish their short form
/// ("26 nov. 2026"), which `deadline` reads back.
pub fn listed(date: NaiveDate, lang: Lang) -> String {
    match lang {
        Lang::En => date.to_string(),
        _ => short(date, lang),
    }
}

/// The widest `listed` date of `lang`, for the column that holds them.
pub fn listed_width(lang: Lang) -> u16 {
    (1..=12)
        .filter_map(|m| NaiveDate::from_ymd_opt(2026, m, 28))
        .map(|d| listed(d, lang).chars().count())
        .max()
        .map_or(10, |w| u16::try_from(w).unwrap_or(u16::MAX))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    // Issue 16, item 3: dates and weekdays in the room's language.
    #[test]
    fn a_long_date_reads_as_each_language_writes_it() {
        let day = d(2026, 11, 26);
        assert_eq!(long(day, Lang::En), "Thursday 26 November 2026");
        assert_eq!(long(day, Lang::Fr), "jeudi 26 novembre 2026");
        assert_eq!(long(day, Lang::Es), "jueves 26 de noviembre de 2026");
        assert_eq!(long(d(2027, 4, 1), Lang::Fr), "jeudi 1er avril 2027");
        assert_eq!(
            long(d(2027, 3, 31), Lang::Es),
            "miércoles 31 de marzo de 2027"
        );
        assert_eq!(long(d(2027, 8, 15), Lang::Fr), "dimanche 15 août 2027");
    }

    #[test]
    fn english_dates_are_those_chrono_wrote_before() {
        let mut day = d(2026, 1, 1);
        while day < d(2028, 1, 1) {
            assert_eq!(long(day, Lang::En), day.format("%A %-d %B %Y").to_string());
            assert_eq!(short(day, Lang::En), day.format("%-d %b %Y").to_string());
            day = day.succ_opt().unwrap();
        }
    }

    #[test]
    fn short_dates_abbreviate_as_the_language_does() {
        assert_eq!(short(d(2026, 11, 26), Lang::Fr), "26 nov. 2026");
        assert_eq!(short(d(2026, 6, 3), Lang::Fr), "3 juin 2026");
        assert_eq!(short(d(2026, 7, 3), Lang::Fr), "3 juil. 2026");
        assert_eq!(short(d(2026, 2, 3), Lang::Fr), "3 févr. 2026");
        assert_eq!(short(d(2026, 11, 26), Lang::Es), "26 nov 2026");
    }
}
