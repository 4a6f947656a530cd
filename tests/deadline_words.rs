//! Issue 16, item 4: the deadline grammar in French and Spanish, accent-insensitive, each
//! form with the date it means on a fixed "today" (Thursday 26 November 2026).

use chrono::NaiveDate;
use plenary::domain::deadline::{DeadlineError, parse_deadline, parse_deadline_in};
use plenary::i18n::Lang;

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).expect("a real date")
}

fn today() -> NaiveDate {
    d(2026, 11, 26)
}

fn check(lang: Lang, table: &[(&str, NaiveDate)]) {
    let wrong: Vec<String> = table
        .iter()
        .filter_map(|(input, want)| {
            let got = parse_deadline_in(input, today(), lang);
            (got != Ok(*want)).then(|| format!("{input:?}: got {got:?}, want {want}"))
        })
        .collect();
    assert!(wrong.is_empty(), "{lang}:\n{}", wrong.join("\n"));
}

#[test]
fn issue16_item4_french_deadlines() {
    let table = [
        ("31 mars 2027", d(2027, 3, 31)),
        ("31 Mars 2027", d(2027, 3, 31)),
        ("1er avril 2027", d(2027, 4, 1)),
        ("le 15 février 2027", d(2027, 2, 15)),
        ("15 fevrier 2027", d(2027, 2, 15)),
        ("31 mars", d(2027, 3, 31)),
        ("3 déc.", d(2026, 12, 3)),
        ("12 janv. 27", d(2027, 1, 12)),
        ("fin juin", d(2027, 6, 30)),
        ("fin de juin", d(2027, 6, 30)),
        ("fin novembre", d(2026, 11, 30)),
        ("fin aout", d(2027, 8, 31)),
        ("fin février 2028", d(2028, 2, 29)),
        ("fin du mois", d(2026, 11, 30)),
        ("fin de mois", d(2026, 11, 30)),
        ("fin du mois prochain", d(2026, 12, 31)),
        ("fin d'année", d(2026, 12, 31)),
        ("fin de l'année", d(2026, 12, 31)),
        ("fin de l’année prochaine", d(2027, 12, 31)),
        ("fin du T3", d(2027, 9, 30)),
        ("mi-mars", d(2027, 3, 15)),
        ("mi mars 2028", d(2028, 3, 15)),
        ("dans 3 mois", d(2027, 2, 26)),
        ("dans 2 semaines", d(2026, 12, 10)),
        ("dans 10 jours", d(2026, 12, 6)),
        ("dans un an", d(2027, 11, 26)),
        ("dans une semaine", d(2026, 12, 3)),
        ("d'ici 3 mois", d(2027, 2, 26)),
        ("vendredi prochain", d(2026, 11, 27)),
        ("vendredi", d(2026, 11, 27)),
        ("d'ici vendredi", d(2026, 11, 27)),
        ("jeudi prochain", d(2026, 12, 3)),
        ("vendredi en huit", d(2026, 12, 4)),
        ("Mercredi", d(2026, 12, 2)),
        ("demain", d(2026, 11, 27)),
        ("après-demain", d(2026, 11, 28)),
        ("aujourd'hui", d(2026, 11, 26)),
        ("d'ici fin juin", d(2027, 6, 30)),
        ("avant le 31 mars", d(2027, 3, 31)),
        ("pour fin septembre", d(2027, 9, 30)),
        // Numbers and English still work in French.
        ("31/03/2027", d(2027, 3, 31)),
        ("+2w", d(2026, 12, 10)),
    ];
    assert!(table.len() >= 20);
    check(Lang::Fr, &table);
}

#[test]
fn issue16_item4_spanish_deadlines() {
    let table = [
        ("30 de junio", d(2027, 6, 30)),
        ("30 de junio de 2027", d(2027, 6, 30)),
        ("30 junio 2027", d(2027, 6, 30)),
        ("el 31 de marzo", d(2027, 3, 31)),
        ("1 de enero de 2027", d(2027, 1, 1)),
        ("15 de diciembre", d(2026, 12, 15)),
        ("15 dic", d(2026, 12, 15)),
        ("fin de año", d(2026, 12, 31)),
        ("fin de ano", d(2026, 12, 31)),
        ("fin de mes", d(2026, 11, 30)),
        ("fin del mes", d(2026, 11, 30)),
        ("fin del mes que viene", d(2026, 12, 31)),
        ("fin del próximo mes", d(2026, 12, 31)),
        ("fin del año que viene", d(2027, 12, 31)),
        ("fin de junio", d(2027, 6, 30)),
        ("finales de junio", d(2027, 6, 30)),
        ("a fines de febrero de 2028", d(2028, 2, 29)),
        ("fin del T1", d(2027, 3, 31)),
        ("mediados de marzo", d(2027, 3, 15)),
        ("a mediados de enero de 2028", d(2028, 1, 15)),
        ("dentro de 2 semanas", d(2026, 12, 10)),
        ("en 3 meses", d(2027, 2, 26)),
        ("dentro de un mes", d(2026, 12, 26)),
        ("en 10 días", d(2026, 12, 6)),
        ("en 10 dias", d(2026, 12, 6)),
        ("dentro de un año", d(2027, 11, 26)),
        ("el próximo viernes", d(2026, 11, 27)),
        ("el proximo viernes", d(2026, 11, 27)),
        ("el viernes que viene", d(2026, 11, 27)),
        ("el sábado próximo", d(2026, 11, 28)),
        ("viernes", d(2026, 11, 27)),
        ("el miercoles", d(2026, 12, 2)),
        ("antes del viernes", d(2026, 11, 27)),
        ("para el 30 de junio", d(2027, 6, 30)),
        ("mañana", d(2026, 11, 27)),
        ("manana", d(2026, 11, 27)),
        ("pasado mañana", d(2026, 11, 28)),
        ("hoy", d(2026, 11, 26)),
        ("31/03/2027", d(2027, 3, 31)),
        ("+2w", d(2026, 12, 10)),
    ];
    assert!(table.len() >= 20);
    check(Lang::Es, &table);
}

#[test]
fn issue16_item4_other_languages_forms_are_still_understood() {
    // A French note-taker in a Spanish room, or an English console: each grammar is tried
    // after the room's own.
    assert_eq!(
        parse_deadline_in("fin juin", today(), Lang::Es),
        Ok(d(2027, 6, 30))
    );
    assert_eq!(
        parse_deadline_in("fin de año", today(), Lang::En),
        Ok(d(2026, 12, 31))
    );
    assert_eq!(parse_deadline("dans 3 mois", today()), Ok(d(2027, 2, 26)));
    assert_eq!(
        parse_deadline_in("end of june", today(), Lang::Fr),
        Ok(d(2027, 6, 30))
    );
    // English keeps its meaning in English: "next friday" is the Friday of next week.
    assert_eq!(parse_deadline("next friday", today()), Ok(d(2026, 12, 4)));
}

#[test]
fn issue16_item4_impossible_and_unknown_are_refused_in_every_language() {
    assert_eq!(
        parse_deadline_in("31 février 2027", today(), Lang::Fr),
        Err(DeadlineError::Impossible("31 février 2027".into()))
    );
    assert_eq!(
        parse_deadline_in("31 de febrero de 2027", today(), Lang::Es),
        Err(DeadlineError::Impossible("31 de febrero de 2027".into()))
    );
    assert_eq!(
        parse_deadline_in("quand on pourra", today(), Lang::Fr),
        Err(DeadlineError::Unknown("quand on pourra".into()))
    );
    assert_eq!(
        parse_deadline_in("31 mars 2024", today(), Lang::Fr),
        Err(DeadlineError::LongPast(d(2024, 3, 31)))
    );
}

#[test]
fn issue16_item4_errors_and_the_preview_are_in_the_language() {
    let fr = plenary::domain::deadline::understood(Ok(d(2027, 3, 31)), Lang::Fr);
    assert_eq!(fr, Ok("→ mercredi 31 mars 2027".to_string()));
    let es = plenary::domain::deadline::understood(Ok(d(2027, 6, 30)), Lang::Es);
    assert_eq!(es, Ok("→ miércoles 30 de junio de 2027".to_string()));
    let en = plenary::domain::deadline::understood(Ok(d(2027, 6, 30)), Lang::En);
    assert_eq!(en, Ok("→ Wednesday 30 June 2027".to_string()));
    let refused = plenary::domain::deadline::understood(
        Err(DeadlineError::Unknown("quand".into())),
        Lang::Fr,
    );
    assert!(
        refused
            .as_ref()
            .is_err_and(|e| e.starts_with("« quand » n'est pas une date")),
        "{refused:?}"
    );
    let long_past = plenary::domain::deadline::understood(
        Err(DeadlineError::LongPast(d(2024, 3, 31))),
        Lang::Es,
    );
    assert!(
        long_past
            .as_ref()
            .is_err_and(|e| e.contains("31 de marzo de 2024")),
        "{long_past:?}"
    );
}

// nc16 #4: offsets in words, "quinze jours" as two weeks, next week and next month.
#[test]
fn nc16_4_offsets_in_words_and_next_week_or_month() {
    check(
        Lang::Fr,
        &[
            ("dans quinze jours", d(2026, 12, 10)),
            ("dans deux semaines", d(2026, 12, 10)),
            ("dans trois mois", d(2027, 2, 26)),
            ("d'ici six mois", d(2027, 5, 26)),
            ("la semaine prochaine", d(2026, 12, 3)),
            ("semaine prochaine", d(2026, 12, 3)),
            ("le mois prochain", d(2026, 12, 26)),
            ("mois prochain", d(2026, 12, 26)),
        ],
    );
    check(
        Lang::Es,
        &[
            ("dentro de quince días", d(2026, 12, 10)),
            ("en dos semanas", d(2026, 12, 10)),
            ("en tres meses", d(2027, 2, 26)),
            ("la semana que viene", d(2026, 12, 3)),
            ("la próxima semana", d(2026, 12, 3)),
            ("el próximo mes", d(2026, 12, 26)),
            ("próximo mes", d(2026, 12, 26)),
            ("el mes que viene", d(2026, 12, 26)),
        ],
    );
}

// nc16 #4 (issue 16 item 4): months named with a year or alone, the start, course and end of
// a month, a year's end, quarters and half-years, in the three languages alike. A month
// means its last day, as "fin mars" does: "by March 2027" is met on 31 March 2027.
#[test]
fn nc16_4_months_years_quarters_and_starts_of_months() {
    check(
        Lang::Fr,
        &[
            ("mars 2027", d(2027, 3, 31)),
            ("Mars 2027", d(2027, 3, 31)),
            ("en mars 2027", d(2027, 3, 31)),
            ("fevrier", d(2027, 2, 28)),
            ("août", d(2027, 8, 31)),
            ("novembre", d(2026, 11, 30)),
            ("décembre prochain", d(2026, 12, 31)),
            ("novembre prochain", d(2027, 11, 30)),
            ("fin 2027", d(2027, 12, 31)),
            ("d'ici fin 2027", d(2027, 12, 31)),
            ("fin de l'année 2027", d(2027, 12, 31)),
            ("début avril", d(2027, 4, 1)),
            ("debut avril 2028", d(2028, 4, 1)),
            ("courant mars", d(2027, 3, 31)),
            ("T1 2027", d(2027, 3, 31)),
            ("t3", d(2027, 9, 30)),
            ("premier trimestre 2027", d(2027, 3, 31)),
            ("fin du premier trimestre", d(2027, 3, 31)),
            ("fin du quatrième trimestre", d(2026, 12, 31)),
            ("deuxième trimestre", d(2027, 6, 30)),
            ("fin du semestre", d(2026, 12, 31)),
            ("S1 2027", d(2027, 6, 30)),
        ],
    );
    check(
        Lang::Es,
        &[
            ("marzo de 2027", d(2027, 3, 31)),
            ("marzo 2027", d(2027, 3, 31)),
            ("en marzo de 2027", d(2027, 3, 31)),
            ("febrero", d(2027, 2, 28)),
            ("diciembre próximo", d(2026, 12, 31)),
            ("principios de abril", d(2027, 4, 1)),
            ("a principios de abril de 2028", d(2028, 4, 1)),
            ("finales de marzo", d(2027, 3, 31)),
            ("a mediados de abril", d(2027, 4, 15)),
            ("fin de semestre", d(2026, 12, 31)),
            ("fin del primer semestre de 2027", d(2027, 6, 30)),
            ("primer trimestre de 2027", d(2027, 3, 31)),
            ("fin del primer trimestre", d(2027, 3, 31)),
            ("T2 de 2027", d(2027, 6, 30)),
            ("fin de 2027", d(2027, 12, 31)),
            ("a lo largo de marzo", d(2027, 3, 31)),
        ],
    );
    check(
        Lang::En,
        &[
            ("March 2027", d(2027, 3, 31)),
            ("Q1 2027", d(2027, 3, 31)),
            ("end of Q1 2027", d(2027, 3, 31)),
            ("q3", d(2027, 9, 30)),
            ("early April", d(2027, 4, 1)),
            ("early april 2028", d(2028, 4, 1)),
            ("mid-April", d(2027, 4, 15)),
            ("end of 2027", d(2027, 12, 31)),
            ("by end of 2027", d(2027, 12, 31)),
            ("H1 2027", d(2027, 6, 30)),
            ("end of first quarter", d(2027, 3, 31)),
        ],
    );
}

// nc16 #4: the offsets' abbreviations in French and Spanish: +2s (semaines, semanas),
// +10j (jours), +3m (mois, meses), +1a (an, año), and "+2 sem." as the placeholder writes it.
#[test]
fn nc16_4_short_offsets_in_french_and_spanish() {
    let fr = [
        ("+2s", d(2026, 12, 10)),
        ("+2 sem.", d(2026, 12, 10)),
        ("+2 sem", d(2026, 12, 10)),
        ("+10j", d(2026, 12, 6)),
        ("+3m", d(2027, 2, 26)),
        ("+3 mois", d(2027, 2, 26)),
        ("+1a", d(2027, 11, 26)),
        ("+1 an", d(2027, 11, 26)),
    ];
    check(Lang::Fr, &fr);
    let es = [
        ("+2s", d(2026, 12, 10)),
        ("+2 sem.", d(2026, 12, 10)),
        ("+10d", d(2026, 12, 6)),
        ("+3m", d(2027, 2, 26)),
        ("+1a", d(2027, 11, 26)),
        ("+1 año", d(2027, 11, 26)),
    ];
    check(Lang::Es, &es);
    // English keeps +2w and +1y; "+2s" read in another language is still two weeks.
    check(
        Lang::En,
        &[
            ("+2w", d(2026, 12, 10)),
            ("+1y", d(2027, 11, 26)),
            ("+2s", d(2026, 12, 10)),
        ],
    );
}

// nc16 #4: the deadline fields' placeholders show the room's own abbreviations ("+2 sem.",
// not "+2w"; "31/03/2027, +3 mois" in review's follow-up form), and every example they give
// is one the grammar reads in that language.
#[test]
fn nc16_4_placeholders_are_in_the_language_and_read_back() {
    for lang in Lang::ALL {
        let hints = [
            plenary::tr!(in lang; "form-deadline-hint"),
            plenary::tr!(in lang; "carried-form-deadline-hint"),
            plenary::tr!(in lang; "followup-deadline-hint"),
        ];
        for hint in hints {
            if lang != Lang::En {
                assert!(
                    !hint.contains("+2w") && !hint.contains("+3m") && !hint.contains("2027-"),
                    "{lang}: {hint}"
                );
            }
            let (_, examples) = hint.rsplit_once(':').expect("examples after a colon");
            for example in examples.split(", ") {
                assert!(
                    parse_deadline_in(example, today(), lang).is_ok(),
                    "{lang}: {example:?} in {hint:?}"
                );
            }
        }
    }
}

// nc16 #4: "next month" and "next year" alone stay a month or a year from today, as they
// were; "end of next month" is that month's last day.
#[test]
fn nc16_4_next_month_alone_is_still_an_offset() {
    check(
        Lang::En,
        &[
            ("next month", d(2026, 12, 26)),
            ("end of next month", d(2026, 12, 31)),
            ("2027", d(2027, 12, 31)),
        ],
    );
    check(Lang::Fr, &[("l'année prochaine", d(2027, 11, 26))]);
    check(Lang::Es, &[("el año que viene", d(2027, 11, 26))]);
    check(Lang::En, &[("next year", d(2027, 11, 26))]);
}

// nc16b #13: phrasings a French or Spanish room uses that were refused (today is Thursday
// 26 November 2026).
#[test]
fn nc16b_13_more_ways_rooms_say_a_deadline() {
    check(
        Lang::Fr,
        &[
            ("d'ici la fin du mois", d(2026, 11, 30)),
            ("avant la fin de l'année", d(2026, 12, 31)),
            ("sous 10 jours", d(2026, 12, 6)),
            ("sous quinze jours", d(2026, 12, 10)),
            ("le 15", d(2026, 12, 15)),
            ("le 30", d(2026, 11, 30)),
            ("prochain vendredi", d(2026, 11, 27)),
            ("demain matin", d(2026, 11, 27)),
            ("vendredi soir", d(2026, 11, 27)),
        ],
    );
    check(
        Lang::Es,
        &[
            ("mañana por la tarde", d(2026, 11, 27)),
            ("el viernes por la mañana", d(2026, 11, 27)),
            ("el 15", d(2026, 12, 15)),
            ("antes de fin de mes", d(2026, 11, 30)),
        ],
    );
}
