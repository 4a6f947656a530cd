//! Issue 16 (h16f): every kind of problem, said in each language.

use super::*;
use crate::i18n::{Lang, scoped};
use chrono::NaiveDate;

fn every_kind() -> Vec<Why> {
    let text = || Seen::Text("\"ten\"".into());
    let feb = NaiveDate::from_ymd_opt(2027, 2, 1).unwrap_or_default();
    vec![
        Why::LineBreak('\n'),
        Why::Control('\u{1b}'),
        Why::OutOfRange,
        Why::MinutesOver(2000),
        Why::AdjustOver(-90000),
        Why::CountOver(2_000_000_000),
        Why::TimerOver(-1),
        Why::TitleEmpty,
        Why::PresenterMinutesZero,
        Why::NoItems,
        Why::ItemTitleEmpty,
        Why::ItemMinutesZero,
        Why::PresentationsWithoutGroups,
        Why::GroupNameEmpty,
        Why::GroupNameRepeats {
            first: 0,
            name: "Budget".into(),
        },
        Why::GroupMinutesZero,
        Why::ParticipantNameEmpty,
        Why::OneEntryPerItem,
        Why::OneEntryPerGroup,
        Why::ItemOrder,
        Why::GroupOrder,
        Why::CurrentItemPast,
        Why::CurrentGroupPast,
        Why::AnchorMissing,
        Why::CurrentCarriedPast,
        Why::IdRepeats,
        Why::IdOver("C99999999999".into()),
        Why::WhatEmpty,
        Why::OwnerEmpty,
        Why::ListedTwice {
            name: "Hélène".into(),
            first: 0,
        },
        Why::WrittenAs {
            typed: "Helene".into(),
            right: "Hélène".into(),
        },
        Why::PresenterMissing { example: None },
        Why::PresenterMissing {
            example: Some("王小明".into()),
        },
        Why::PresenterUnknown("Helen".into()),
        Why::PresenterNotParticipant("Omar".into()),
        Why::ReportBackShort {
            minutes: 10,
            groups: 4,
            take: 18,
            need: 18,
        },
        Why::ReportBackShort {
            minutes: 0,
            groups: 1,
            take: 1,
            need: 1,
        },
        Why::FollowUpNothingCarried,
        Why::EndsBeforeStart {
            ends: "09:00".into(),
            starts: "10:00".into(),
        },
        Why::ItemsOverrun {
            ends: "10:00".into(),
            total: 75,
            starts: "09:00".into(),
            until: "10:15".into(),
            over: 15,
        },
        Why::NotASession(Seen::List),
        Why::MissingRename {
            typo: "titel".into(),
            key: "title".into(),
        },
        Why::Missing {
            key: "format".into(),
            example: Example::Format,
        },
        Why::Missing {
            key: "kind".into(),
            example: Example::Kind("plenary, breakout".into()),
        },
        Why::Missing {
            key: "minutes".into(),
            example: Example::Value("10".into()),
        },
        Why::FormatMissing,
        Why::FormatZero,
        Why::NotText(Seen::Number("3".into())),
        Why::NotPositive(Seen::Number("-5".into())),
        Why::NotWhole(text()),
        Why::BadDate(text(), DateFix::Unreal(Unreal::NoMonth(13))),
        Why::BadDate(text(), DateFix::Unreal(Unreal::Days(feb, 28))),
        Why::BadDate(text(), DateFix::Clear(feb)),
        Why::BadDate(text(), DateFix::Unclear),
        Why::DateNotText(Seen::Bool(true)),
        Why::BadTime(Seen::Null),
        Why::BadKind {
            seen: text(),
            nearest: None,
            kinds: "plenary".into(),
        },
        Why::BadKind {
            seen: text(),
            nearest: Some("plenary".into()),
            kinds: "plenary".into(),
        },
        Why::NotTextList(Seen::Object),
        Why::NotObject {
            seen: text(),
            required: "\"name\"".into(),
        },
        Why::NotObjectList {
            seen: text(),
            required: "\"name\"".into(),
        },
        Why::UnknownField { nearest: None },
        Why::UnknownField {
            nearest: Some("minutes".into()),
        },
        Why::Twice { line: 3, column: 5 },
    ]
}

// Issue 16 (h16f): the English catalogue says each problem exactly as the domain's
// English `Display` (which the logs and scripts keep); French and Spanish say it in
// their own words.
#[test]
fn problems_read_as_the_domain_words_them_in_english_and_translated_otherwise() {
    for w in every_kind() {
        let _en = scoped(Lang::En);
        assert_eq!(why(&w), w.to_string());
        for lang in [Lang::Fr, Lang::Es] {
            let _in = scoped(lang);
            assert_ne!(why(&w), w.to_string(), "{lang:?} {w:?}");
        }
    }
}
