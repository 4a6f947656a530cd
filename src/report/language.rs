//! Which language a document is written in (issue 16): a session's export speaks the
//! session's language, a document across sessions the one they share; `--lang` wins over
//! both, and the language in force (the environment's) is left for the rest.

use chrono::NaiveDate;

use crate::domain::{Session, Status};
use crate::i18n::{self, Lang};
use crate::tr;

/// The language of one session's documents: `--lang`, else the session's, else the one in
/// force.
pub fn of_session(s: &Session) -> Lang {
    i18n::asked().or(s.language()).unwrap_or_else(i18n::current)
}

/// The language of a document across sessions: `--lang`, else the language every one of
/// them names when they agree, else the one in force.
pub fn of_sessions<'a>(sessions: impl IntoIterator<Item = &'a Session>) -> Lang {
    if let Some(asked) = i18n::asked() {
        return asked;
    }
    let mut named = sessions.into_iter().map(Session::language);
    match named.next() {
        Some(Some(first)) if named.all(|l| l == Some(first)) => first,
        _ => i18n::current(),
    }
}

/// A commitment's status in `lang`, as the stage's read-back says it.
pub fn status_word(status: Status, lang: Lang) -> String {
    match status {
        Status::Open => tr!(in lang; "status-open"),
        Status::InProgress => tr!(in lang; "status-in-progress"),
        Status::Done => tr!(in lang; "status-done"),
        Status::Dropped => tr!(in lang; "status-dropped"),
    }
}

/// "3 done", "1 dropped": a count of commitments with a status, agreed in number.
pub fn status_count(status: Status, count: usize, lang: Lang) -> String {
    match status {
        Status::Open => tr!(in lang; "doc-n-open", count = count),
        Status::InProgress => tr!(in lang; "doc-n-in-progress", count = count),
        Status::Done => tr!(in lang; "doc-n-done", count = count),
        Status::Dropped => tr!(in lang; "doc-n-dropped", count = count),
    }
}

/// A date inside a sentence of the report or a reminder: English keeps the ISO form it
/// always printed (scripts and tests read it); French and Spanish write it out.
pub fn sentence_date(d: NaiveDate, lang: Lang) -> String {
    match lang {
        Lang::En => d.to_string(),
        _ => i18n::date::day_month_year(d, lang),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    // Issue 16, exports: counts agree in number in each language.
    #[test]
    fn counts_agree_in_number() {
        assert_eq!(status_count(Status::Done, 2, Lang::Fr), "2 réalisés");
        assert_eq!(status_count(Status::Done, 1, Lang::Fr), "1 réalisé");
        assert_eq!(status_count(Status::Dropped, 3, Lang::Es), "3 abandonados");
        assert_eq!(status_count(Status::Done, 3, Lang::En), "3 done");
    }
}
