//! A problem of a session file in the language in force (issue 16). The domain and the
//! store give each problem as data (`Why`, at its JSON path); `plenary check`, the agenda
//! editor's `!` list and its line under the Total say it with these. The JSON path, the
//! file's own values and the names of fields stay as written: they are the file's words.

use crate::domain::Session;
use crate::domain::limits::{MAX_ADJUST_SECONDS, MAX_COUNT, MAX_MINUTES, MAX_TIMER_MS};
use crate::domain::place::List;
use crate::domain::validate::{Problem, Why};
use crate::domain::why::{DateFix, Example, Seen, Takes, Unreal};
use crate::tr;

/// An object as JSON writes it, in the fixes (JSON's words, in every language).
const OBJECT: &str = "{ … }";

/// "agenda[2].minutes: is 10, …", in the language in force.
pub fn line(problem: &Problem) -> String {
    let path = match problem.path.as_str() {
        crate::domain::validate::WHOLE_FILE => tr!("problem-whole-file"),
        path => path.to_string(),
    };
    tr!("problem-line", path = path, why = why(&problem.why))
}

/// The problem with its place named for people ("item 3 “Report-back” minutes: …") when
/// it is about one item, group or participant of `session`, else as `line` says it.
pub fn for_people(session: &Session, problem: &Problem) -> String {
    let Some(place) = session.place(problem) else {
        return line(problem);
    };
    let head = head(&place);
    let why = match &problem.why {
        // nc13c #9: the other entry numbered as this one is ("participant 1 “Hélène”"),
        // not by its JSON path.
        Why::ListedTwice { name, first } => match session.participants.get(*first) {
            Some(other) => tr!(
                "problem-listed-twice-place",
                name = name,
                first = tr!(
                    "problem-place-participant",
                    number = first + 1,
                    name = other.name.trim()
                )
            ),
            None => why(&problem.why),
        },
        // nc13d #6: the group it repeats numbered as on screen, not as groups[N].
        Why::GroupNameRepeats { name, first } => match session.groups.get(*first) {
            Some(_) => tr!(
                "problem-group-name-repeats-place",
                first = tr!(
                    "problem-place-group",
                    number = first + 1,
                    name = name.trim()
                )
            ),
            None => why(&problem.why),
        },
        other => why(other),
    };
    match place.field {
        Some(field) => tr!(
            "problem-place-field",
            place = head,
            field = field,
            why = why
        ),
        None => tr!("problem-place", place = head, why = why),
    }
}

/// Where `problem` is, numbered as the screen numbers it ("item 1 “Opening” minutes"), or
/// its JSON path when the session has no such place.
pub fn place_of(session: &Session, problem: &Problem) -> String {
    match session.place(problem) {
        Some(place) => match place.field {
            Some(field) => format!("{} {field}", head(&place)),
            None => head(&place),
        },
        None => problem.path.clone(),
    }
}

fn head(place: &crate::domain::place::Place) -> String {
    let (number, name) = (place.number, place.name);
    match place.list {
        List::Item => tr!("problem-place-item", number = number, name = name),
        List::Group => tr!("problem-place-group", number = number, name = name),
        List::Participant => tr!("problem-place-participant", number = number, name = name),
    }
}

/// A value found in the file: its own words, or what it is in the language.
fn seen(value: &Seen) -> String {
    match value {
        Seen::List => tr!("problem-seen-list"),
        Seen::Object => tr!("problem-seen-object"),
        other => other.to_string(),
    }
}

/// What a field takes, as a fix says it (nc13d #1, #8).
fn takes(what: Takes) -> String {
    let key = match what {
        Takes::Text => "text",
        Takes::Whole => "whole",
        Takes::Minutes => "minutes",
        Takes::Date => "date",
        Takes::Time => "time",
        Takes::Kind => "kind",
        Takes::TextList => "texts",
        Takes::Objects => "objects",
    };
    tr!(
        "problem-takes",
        takes = key,
        most = MAX_MINUTES,
        object = OBJECT
    )
}

fn date_fix(fix: &DateFix) -> String {
    match fix {
        DateFix::Unreal(Unreal::NoMonth(month)) => {
            let why = tr!("problem-no-month", month = *month);
            tr!("problem-date-unreal", why = why)
        }
        DateFix::Unreal(Unreal::Days(first, days)) => {
            use chrono::Datelike;
            let lang = super::current();
            let month = super::date::months(lang)[first.month0() as usize];
            let why = tr!(
                "problem-month-days",
                month = month,
                year = first.year().to_string(),
                days = *days
            );
            tr!("problem-date-unreal", why = why)
        }
        DateFix::Clear(d) => tr!(
            "problem-date-clear",
            date = d.format("%Y-%m-%d").to_string()
        ),
        DateFix::DayFirst { read, other } => {
            let lang = super::current();
            tr!(
                "problem-date-day-first",
                read = super::date::day_month_year(*read, lang),
                date = read.format("%Y-%m-%d").to_string(),
                other = super::date::day_month_year(*other, lang),
                other_date = other.format("%Y-%m-%d").to_string()
            )
        }
        DateFix::MonthFirst { month, read } => {
            let lang = super::current();
            tr!(
                "problem-date-month-first",
                month = *month,
                read = super::date::day_month_year(*read, lang),
                date = read.format("%Y-%m-%d").to_string()
            )
        }
        DateFix::Unclear => tr!("problem-date-unclear"),
    }
}

fn example(key: &str, example: &Example) -> String {
    let value = match example {
        Example::Format => tr!("problem-example-format"),
        Example::Value(v) => v.clone(),
        Example::Kind(kinds) => tr!("problem-example-kind", kinds = kinds),
    };
    tr!("problem-missing", key = key, example = value)
}

/// What is wrong, in the language in force (the English catalogue words it exactly as
/// `Why`'s `Display`).
pub fn why(why: &Why) -> String {
    use crate::domain::text::code_point;
    let text = |n: i64| n.to_string();
    match why {
        Why::LineBreak(c) => tr!("problem-line-break", code = code_point(*c)),
        Why::Control(c) => tr!("problem-control", code = code_point(*c)),
        Why::OutOfRange => tr!("problem-out-of-range"),
        Why::MinutesOver(m) => tr!(
            "problem-minutes-over",
            value = m.to_string(),
            max = MAX_MINUTES
        ),
        Why::AdjustOver(s) => tr!(
            "problem-adjust-over",
            value = text(*s),
            max = MAX_ADJUST_SECONDS.to_string()
        ),
        Why::CountOver(n) => tr!(
            "problem-count-over",
            value = n.to_string(),
            max = MAX_COUNT.to_string()
        ),
        Why::TimerOver(ms) => tr!(
            "problem-timer-over",
            value = text(*ms),
            max = MAX_TIMER_MS.to_string()
        ),
        Why::TitleEmpty => tr!("problem-title-empty"),
        Why::PresenterMinutesZero => tr!("problem-presenter-minutes-zero"),
        Why::NoItems => tr!("problem-no-items"),
        Why::ItemTitleEmpty => tr!("problem-item-title-empty"),
        Why::ItemMinutesZero => tr!("problem-item-minutes-zero"),
        Why::PresentationsWithoutGroups => tr!("problem-presentations-without-groups"),
        Why::GroupNameEmpty => tr!("problem-group-name-empty"),
        Why::GroupNameRepeats { first, name } => {
            tr!(
                "problem-group-name-repeats",
                first = first.to_string(),
                name = name
            )
        }
        Why::GroupMinutesZero => tr!("problem-group-minutes-zero"),
        Why::ParticipantNameEmpty => tr!("problem-participant-name-empty"),
        Why::OneEntryPerItem => tr!("problem-one-entry-per-item"),
        Why::OneEntryPerGroup => tr!("problem-one-entry-per-group"),
        Why::ItemOrder => tr!("problem-item-order"),
        Why::GroupOrder => tr!("problem-group-order"),
        Why::CurrentItemPast => tr!("problem-current-item-past"),
        Why::CurrentGroupPast => tr!("problem-current-group-past"),
        Why::AnchorMissing => tr!("problem-anchor-missing"),
        Why::CurrentCarriedPast => tr!("problem-current-carried-past"),
        Why::IdRepeats => tr!("problem-id-repeats"),
        Why::IdOver(id) => tr!("problem-id-over", id = id, max = MAX_COUNT.to_string()),
        Why::WhatEmpty => tr!("problem-what-empty"),
        Why::OwnerEmpty => tr!("problem-owner-empty"),
        Why::ListedTwice { name, first } => {
            tr!(
                "problem-listed-twice",
                name = name,
                first = first.to_string()
            )
        }
        Why::WrittenAs { typed, right } => tr!("problem-written-as", typed = typed, right = right),
        Why::PresenterMissing { example: None } => tr!("problem-presenter-missing"),
        Why::PresenterMissing {
            example: Some(name),
        } => {
            tr!("problem-presenter-missing-example", name = name)
        }
        Why::PresenterUnknown(name) => tr!("problem-presenter-unknown", name = name),
        Why::PresenterNotParticipant(name) => tr!("problem-presenter-not-participant", name = name),
        Why::ReportBackShort {
            minutes,
            groups,
            take,
            need,
        } => tr!(
            "problem-report-back-short",
            minutes = *minutes,
            groups = *groups,
            take = *take,
            need = *need
        ),
        Why::FollowUpNothingCarried => tr!("problem-follow-up-nothing-carried"),
        Why::GroupsNeverPresent { groups } => tr!("problem-groups-never-present", count = *groups),
        Why::MemberNotParticipant(name) => tr!("problem-member-not-participant", name = name),
        Why::NotEmail(email) => tr!("problem-not-email", email = email),
        Why::MoreThanEmail { email, address } => {
            tr!("problem-more-than-email", email = email, address = address)
        }
        Why::EndsBeforeStart { ends, starts } => {
            tr!("problem-ends-before-start", ends = ends, starts = starts)
        }
        Why::ItemsOverrun {
            ends,
            total,
            starts,
            until,
            over,
        } => tr!(
            "problem-items-overrun",
            ends = ends,
            total = *total,
            starts = starts,
            until = until,
            over = *over
        ),
        Why::NotASession(v) => tr!(
            "problem-not-a-session",
            seen = seen(v),
            shape = r#"{ "format": 1, "title": "…", "agenda": [ … ] }"#
        ),
        Why::MissingRename { typo, key } => tr!("problem-missing-rename", typo = typo, key = key),
        Why::Missing { key, example: e } => example(key, e),
        Why::FormatMissing => tr!("problem-format-missing"),
        Why::FormatZero => tr!(
            "problem-format-zero",
            version = crate::domain::FORMAT_VERSION.to_string()
        ),
        Why::NotText(v) => tr!("problem-not-text", seen = seen(v)),
        Why::NotPositive(v) => tr!("problem-not-positive", seen = seen(v)),
        Why::NotWhole(v) => tr!("problem-not-whole", seen = seen(v)),
        Why::Null {
            takes: t,
            optional: false,
        } => tr!("problem-null", takes = takes(*t)),
        Why::Null {
            takes: t,
            optional: true,
        } => tr!("problem-null-optional", takes = takes(*t)),
        Why::WholeOver(v, t) => tr!("problem-whole-over", seen = seen(v), takes = takes(*t)),
        Why::BadDate(v, fix) => tr!("problem-bad-date", seen = seen(v), fix = date_fix(fix)),
        Why::DateNotText(v) => tr!("problem-date-not-text", seen = seen(v)),
        Why::BadTime(v) => tr!("problem-bad-time", seen = seen(v)),
        Why::BadKind {
            seen: v,
            nearest: None,
            kinds,
        } => {
            tr!("problem-bad-kind", seen = seen(v), kinds = kinds)
        }
        Why::BadKind {
            seen: v,
            nearest: Some(kind),
            kinds,
        } => tr!(
            "problem-bad-kind-near",
            seen = seen(v),
            kind = kind,
            kinds = kinds
        ),
        Why::NotTextList(v) => tr!("problem-not-text-list", seen = seen(v)),
        Why::NotObject { seen: v, required } => {
            tr!(
                "problem-not-object",
                seen = seen(v),
                object = OBJECT,
                required = required
            )
        }
        Why::NotObjectList { seen: v, required } => {
            tr!(
                "problem-not-object-list",
                seen = seen(v),
                objects = format!("[ {OBJECT} ]"),
                required = required
            )
        }
        Why::UnknownField { nearest: None } => tr!("problem-unknown-field"),
        Why::UnknownField {
            nearest: Some(field),
        } => {
            tr!("problem-unknown-field-near", field = field)
        }
        Why::Twice { line, column } => tr!(
            "problem-twice",
            line = line.to_string(),
            column = column.to_string()
        ),
    }
}

#[cfg(test)]
#[path = "problems_tests.rs"]
mod tests;

/// Why a text holding `found` is refused ("contient un saut de ligne (U+000A) — …"), in
/// the language in force: the words after a field's name.
pub fn char_refusal(found: char) -> String {
    let kind = if found == '\n' || found == '\r' {
        Why::LineBreak(found)
    } else {
        Why::Control(found)
    };
    why(&kind)
}
