//! What is wrong at one place of a session file, as data (issue 16): a kind with its
//! arguments (numbers, names, the nearest field), so that the layer that shows it says it
//! in the language in force (`i18n::problems`). `Display` is the English wording, kept for
//! the logs, scripts and the tests that read English.

use std::fmt;

use chrono::NaiveDate;

use super::limits::{MAX_ADJUST_SECONDS, MAX_COUNT, MAX_MINUTES, MAX_TIMER_MS};

/// A value found in the file, as a message quotes it: text in quotes (cut when long), or
/// what it is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Seen {
    /// Already quoted and escaped, as the file's own words.
    Text(String),
    Number(String),
    Bool(bool),
    Null,
    List,
    Object,
}

/// Why a date written with numbers is not a real day.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Unreal {
    /// "there is no month 13".
    NoMonth(u32),
    /// The month (its first day) and how many days it has.
    Days(NaiveDate, i64),
}

/// How to write a date plenary could not read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DateFix {
    Unreal(Unreal),
    /// The date it clearly means, written as it should be.
    Clear(NaiveDate),
    /// Read day first, though month first is a real date too (nc13d #3).
    DayFirst {
        read: NaiveDate,
        other: NaiveDate,
    },
    /// No such month day first (`month`); month first it is `read` (nc13d #3).
    MonthFirst {
        month: u32,
        read: NaiveDate,
    },
    Unclear,
}

/// What a field takes, as a fix for a value that is not it says (nc13d #1).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Takes {
    Text,
    Whole,
    /// A number of minutes, 1 to `MAX_MINUTES`.
    Minutes,
    Date,
    Time,
    Kind,
    TextList,
    Objects,
}

/// One kind of problem, with what its explanation needs.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Why {
    LineBreak(char),
    Control(char),
    OutOfRange,
    MinutesOver(u32),
    AdjustOver(i64),
    CountOver(u64),
    TimerOver(i64),
    TitleEmpty,
    PresenterMinutesZero,
    NoItems,
    ItemTitleEmpty,
    ItemMinutesZero,
    PresentationsWithoutGroups,
    GroupNameEmpty,
    GroupNameRepeats {
        first: usize,
        name: String,
    },
    GroupMinutesZero,
    ParticipantNameEmpty,
    OneEntryPerItem,
    OneEntryPerGroup,
    ItemOrder,
    GroupOrder,
    CurrentItemPast,
    CurrentGroupPast,
    AnchorMissing,
    CurrentCarriedPast,
    IdRepeats,
    IdOver(String),
    WhatEmpty,
    OwnerEmpty,
    // Advice.
    ListedTwice {
        name: String,
        first: usize,
    },
    WrittenAs {
        typed: String,
        right: String,
    },
    PresenterMissing {
        example: Option<String>,
    },
    PresenterUnknown(String),
    PresenterNotParticipant(String),
    ReportBackShort {
        minutes: u32,
        groups: usize,
        take: i64,
        need: i64,
    },
    FollowUpNothingCarried,
    /// Groups planned but no report-back item to call them (nc13c #4).
    GroupsNeverPresent {
        groups: usize,
    },
    /// A member the agenda's participants do not list (nc13c #3).
    MemberNotParticipant(String),
    /// An email that is not one address (nc13c #3).
    NotEmail(String),
    /// An email with more than its address ("Ana <ana@x.org>").
    MoreThanEmail {
        email: String,
        address: String,
    },
    EndsBeforeStart {
        ends: String,
        starts: String,
    },
    ItemsOverrun {
        ends: String,
        total: i64,
        starts: String,
        until: String,
        over: i64,
    },
    // The file's shape.
    NotASession(Seen),
    /// A required field missing, beside a key that is nearly it.
    MissingRename {
        typo: String,
        key: String,
    },
    /// A required field missing; the key and the example of its value.
    Missing {
        key: String,
        example: Example,
    },
    FormatMissing,
    FormatZero,
    NotText(Seen),
    NotPositive(Seen),
    NotWhole(Seen),
    /// `null` where the field takes a value; `optional` when it may be left out (nc13d #1).
    Null {
        takes: Takes,
        optional: bool,
    },
    /// A whole number past what the field takes (nc13d #8).
    WholeOver(Seen, Takes),
    BadDate(Seen, DateFix),
    DateNotText(Seen),
    BadTime(Seen),
    BadKind {
        seen: Seen,
        nearest: Option<String>,
        kinds: String,
    },
    NotTextList(Seen),
    NotObject {
        seen: Seen,
        required: String,
    },
    NotObjectList {
        seen: Seen,
        required: String,
    },
    UnknownField {
        nearest: Option<String>,
    },
    Twice {
        line: usize,
        column: usize,
    },
}

/// What a missing field's example value is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Example {
    Format,
    /// The value as written in the file (`"…"`, `10`, `[ { … } ]`).
    Value(String),
    Kind(String),
}

impl fmt::Display for Seen {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Seen::Text(s) | Seen::Number(s) => f.write_str(s),
            Seen::Bool(b) => write!(f, "{b}"),
            Seen::Null => f.write_str("null"),
            Seen::List => f.write_str("a list"),
            Seen::Object => f.write_str("an object"),
        }
    }
}

impl fmt::Display for Takes {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Takes::Text => f.write_str("text in quotes"),
            Takes::Whole => f.write_str("a whole number"),
            Takes::Minutes => write!(f, "a number of minutes from 1 to {MAX_MINUTES}"),
            Takes::Date => f.write_str("the date in quotes as YYYY-MM-DD, e.g. \"2027-03-31\""),
            Takes::Time => f.write_str("the time of day in quotes as HH:MM, e.g. \"09:30\""),
            Takes::Kind => f.write_str("a kind of agenda item, e.g. \"plenary\""),
            Takes::TextList => f.write_str("a list of texts, e.g. [\"first\", \"second\"]"),
            Takes::Objects => f.write_str("a list of objects [ { … } ]"),
        }
    }
}

impl fmt::Display for Unreal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Unreal::NoMonth(m) => write!(f, "there is no month {m}: months go from 1 to 12"),
            Unreal::Days(first, days) => write!(f, "{} has {days} days", first.format("%B %Y")),
        }
    }
}

impl fmt::Display for DateFix {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DateFix::Unreal(why) => write!(f, "not a real date: {why}"),
            DateFix::Clear(d) => write!(
                f,
                "write the date as YYYY-MM-DD: \"{}\"",
                d.format("%Y-%m-%d")
            ),
            DateFix::DayFirst { read, other } => write!(
                f,
                "read day first as {}, write \"{}\"; if you meant {}, write \"{}\"",
                read.format("%-d %B %Y"),
                read.format("%Y-%m-%d"),
                other.format("%-d %B %Y"),
                other.format("%Y-%m-%d")
            ),
            DateFix::MonthFirst { month, read } => write!(
                f,
                "read day first, there is no month {month}; read month first it is {}: write \"{}\"",
                read.format("%-d %B %Y"),
                read.format("%Y-%m-%d")
            ),
            DateFix::Unclear => f.write_str("write the date as YYYY-MM-DD, e.g. \"2027-03-31\""),
        }
    }
}

impl fmt::Display for Example {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Example::Format => {
                f.write_str("1 at the top (the version of the format the file is written in)")
            }
            Example::Value(v) => f.write_str(v),
            Example::Kind(kinds) => write!(f, "\"plenary\" (or one of {kinds})"),
        }
    }
}

impl fmt::Display for Why {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use super::text::code_point;
        match self {
            Why::LineBreak(c) => write!(f, "contains a line break ({}) — keep it on one line", code_point(*c)),
            Why::Control(c) => write!(f, "contains a control character ({}) — remove it", code_point(*c)),
            Why::OutOfRange => f.write_str("is out of range: a session's times and dates lie between 1970 and 9999"),
            Why::MinutesOver(m) => write!(f, "is {m}: plan at most {MAX_MINUTES} minutes (a day)"),
            Why::AdjustOver(s) => write!(f, "is {s}: a countdown moves by at most {MAX_ADJUST_SECONDS} seconds (a day) either way"),
            Why::CountOver(n) => write!(f, "is {n}: no session makes more than {MAX_COUNT} changes"),
            Why::TimerOver(ms) => write!(f, "is {ms}: a timer's time run is between 0 and {MAX_TIMER_MS} ms (a year)"),
            Why::TitleEmpty => f.write_str("is empty: give the session a title"),
            Why::PresenterMinutesZero => f.write_str("is 0: presenters need at least a minute"),
            Why::NoItems => f.write_str("has no items: add at least one"),
            Why::ItemTitleEmpty => f.write_str("is empty: give the item a title, what the room sees on screen"),
            Why::ItemMinutesZero => f.write_str("is 0: plan at least a minute"),
            Why::PresentationsWithoutGroups => f.write_str("is presentations (a report-back), but the session has no groups to present: add groups, or give the item another kind, e.g. \"kind\": \"plenary\""),
            Why::GroupNameEmpty => f.write_str("is empty: name the group, or take it out"),
            Why::GroupNameRepeats { first, name } => write!(f, "repeats the name of groups[{first}] \"{name}\": give each group its own name"),
            Why::GroupMinutesZero => f.write_str("is 0: leave it out to use presenter_minutes"),
            Why::ParticipantNameEmpty => f.write_str("is empty: write the person's name, or take the entry out"),
            Why::OneEntryPerItem => f.write_str("must have one entry per agenda item"),
            Why::OneEntryPerGroup => f.write_str("must have one entry per group"),
            Why::ItemOrder => f.write_str("names an agenda item twice or one that does not exist"),
            Why::GroupOrder => f.write_str("must name every group once"),
            Why::CurrentItemPast => f.write_str("points past the last agenda item"),
            Why::CurrentGroupPast => f.write_str("points past the last group"),
            Why::AnchorMissing => f.write_str("points at an item or group that does not exist"),
            Why::CurrentCarriedPast => f.write_str("points past the last carried commitment"),
            Why::IdRepeats => f.write_str("repeats another commitment's id"),
            Why::IdOver(id) => write!(f, "is {id}: plenary numbers commitments C1 to C{MAX_COUNT}"),
            Why::WhatEmpty => f.write_str("is empty: write what will be done"),
            Why::OwnerEmpty => f.write_str("is empty: a commitment needs an owner"),
            Why::ListedTwice { name, first } => write!(f, "\"{name}\" is listed twice (also participants[{first}]): remove one"),
            Why::WrittenAs { typed, right } => write!(f, "\"{typed}\" is not how the participant is written: did you mean \"{right}\"?"),
            Why::PresenterMissing { example } => {
                f.write_str("is missing: name who presents this group's work")?;
                match example {
                    Some(name) => write!(f, ", e.g. \"presenter\": \"{name}\""),
                    None => Ok(()),
                }
            }
            Why::PresenterUnknown(name) => write!(f, "\"{name}\" is neither one of the group's members nor a participant: check the spelling, or add them to \"members\""),
            Why::PresenterNotParticipant(name) => write!(f, "\"{name}\" is one of the group's members but not a participant: check the spelling, or add them to \"participants\""),
            Why::ReportBackShort { minutes, groups, take, need } => write!(f, "is {minutes}, but the {groups} groups' presentations take {take} minutes: give the report-back {need} minutes or shorten the presenters' time"),
            Why::GroupsNeverPresent { groups } => write!(f, "{} but no report-back item: they will never present; add an item of kind Report-back (\"kind\": \"presentations\")", if *groups == 1 { "1 group".to_string() } else { format!("{groups} groups") }),
            Why::MemberNotParticipant(name) => write!(f, "\"{name}\" is not a participant: check the spelling, or add them to \"participants\""),
            Why::NotEmail(email) => write!(f, "\"{email}\" is not an email address: write one address, e.g. \"name@example.org\", or leave it out"),
            Why::MoreThanEmail { email, address } => write!(f, "\"{email}\" holds more than the address: write \"{address}\""),
            Why::FollowUpNothingCarried => f.write_str("is a follow-up: its earlier commitments come from the sessions named when it is run, plenary run AGENDA.json --follow-up OLD-SESSION.json"),
            Why::EndsBeforeStart { ends, starts } => write!(f, "is {ends}, not after the start ({starts}): give the time the workshop ends"),
            Why::ItemsOverrun { ends, total, starts, until, over } => write!(f, "is {ends}, but the items take {total} minutes from {starts} (until {until}): end at {until} or take {over} minutes from the items"),
            Why::NotASession(seen) => write!(f, "holds {seen}, not a session: a session is an object, {{ \"format\": 1, \"title\": \"…\", \"agenda\": [ … ] }}"),
            Why::MissingRename { typo, key } => write!(f, "is missing: \"{typo}\" is there, rename it \"{key}\""),
            Why::Missing { key, example } => write!(f, "is missing: add \"{key}\": {example}"),
            Why::FormatMissing => f.write_str("is missing: a plenary agenda or session starts with \"format\": 1 (see docs/format.md), so add it if this is one"),
            Why::FormatZero => write!(f, "is 0: write \"format\": {}", super::FORMAT_VERSION),
            Why::NotText(seen) => write!(f, "is {seen}: write text in quotes"),
            Why::NotPositive(seen) => write!(f, "is {seen}: write a whole number of 1 or more, e.g. 10"),
            Why::NotWhole(seen) => write!(f, "is {seen}: write a whole number, e.g. 10"),
            Why::Null { takes, optional: false } => write!(f, "is null: write {takes}"),
            Why::Null { takes, optional: true } => write!(f, "is null: write {takes}, or leave it out"),
            Why::WholeOver(seen, takes) => write!(f, "is {seen}: write {takes}"),
            Why::BadDate(seen, fix) => write!(f, "is {seen}: {fix}"),
            Why::DateNotText(seen) => write!(f, "is {seen}: write the date in quotes as YYYY-MM-DD, e.g. \"2027-03-31\""),
            Why::BadTime(seen) => write!(f, "is {seen}: write the time of day in quotes as HH:MM, e.g. \"09:30\""),
            Why::BadKind { seen, nearest, kinds } => {
                write!(f, "is {seen}, not a kind of agenda item:")?;
                if let Some(k) = nearest {
                    write!(f, " did you mean \"{k}\"?")?;
                }
                write!(f, " use one of {kinds}")
            }
            Why::NotTextList(seen) => write!(f, "is {seen}: write a list of texts, e.g. [\"first\", \"second\"]"),
            Why::NotObject { seen, required } => write!(f, "is {seen}: write an object {{ … }} with {required}"),
            Why::NotObjectList { seen, required } => write!(f, "is {seen}: write a list of objects [ {{ … }} ], each with {required}"),
            Why::UnknownField { nearest } => {
                f.write_str("is not a field plenary knows; it is kept as it is.")?;
                match nearest {
                    Some(k) => write!(f, " Did you mean \"{k}\"?"),
                    None => Ok(()),
                }
            }
            Why::Twice { line, column } => write!(f, "appears twice in one object (again at line {line}, column {column}): keep one of them"),
        }
    }
}
