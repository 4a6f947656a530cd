//! Properties over random input, with a fixed seed so CI repeats the same cases:
//! operation sequences never break a session, save and load round-trip, and the file
//! loader, the deadline grammar and the live protocol never panic on arbitrary input.

use chrono::{Duration, NaiveDate, TimeZone, Utc};
use plenary::domain::deadline::parse_deadline;
use plenary::domain::*;
use plenary::live::protocol::{ClientMsg, read_line};
use plenary::store::load::parse;
use proptest::prelude::*;
use proptest::test_runner::{Config, RngSeed};

fn config(cases: u32) -> Config {
    Config {
        cases,
        rng_seed: RngSeed::Fixed(0x5EED_1A7E),
        failure_persistence: None,
        ..Config::default()
    }
}

fn example() -> Session {
    let text = std::fs::read_to_string("sessions/monitoring-results-workshop.json").unwrap();
    let mut s: Session = serde_json::from_str(&text).unwrap();
    s.begin_live(
        "prop".into(),
        None,
        Utc.with_ymd_and_hms(2026, 11, 26, 9, 0, 0).unwrap(),
    );
    s
}

fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        Just(String::new()),
        Just("  ".to_string()),
        "[a-zA-Z ]{1,20}",
        "\\PC{0,30}",
        Just("財務省 🚀 وزارة".to_string())
    ]
}

fn anchor() -> impl Strategy<Value = Anchor> {
    (0usize..8, proptest::option::of(0usize..5)).prop_map(|(item, group)| Anchor { item, group })
}

fn draft() -> impl Strategy<Value = CommitmentDraft> {
    (text(), text(), -400i64..800, anchor(), any::<bool>()).prop_map(
        |(what, owner, days, anchor, confirmed)| CommitmentDraft {
            what,
            owner,
            deadline: NaiveDate::from_ymd_opt(2026, 11, 26).unwrap() + Duration::days(days),
            anchor,
            past_deadline_confirmed: confirmed,
        },
    )
}

fn status() -> impl Strategy<Value = Status> {
    prop_oneof![
        Just(Status::Open),
        Just(Status::InProgress),
        Just(Status::Done),
        Just(Status::Dropped)
    ]
}

/// Every kind of operation, with arguments in and out of range.
fn op() -> impl Strategy<Value = Op> {
    let id = (1u32..6).prop_map(|n| format!("C{n}"));
    prop_oneof![
        Just(Op::StartSession),
        (0usize..8).prop_map(|item| Op::GoToItem { item }),
        Just(Op::EndSession),
        (0usize..5).prop_map(|group| Op::SelectGroup { group }),
        (0usize..5).prop_map(|group| Op::StartTimer { group }),
        (0usize..5).prop_map(|group| Op::PauseTimer { group }),
        (0usize..5).prop_map(|group| Op::ResetTimer { group }),
        (0usize..5, -600i64..600).prop_map(|(group, seconds)| Op::AdjustTimer { group, seconds }),
        (0usize..8, -3000i64..600).prop_map(|(item, seconds)| Op::AdjustItem { item, seconds }),
        (text(), anchor()).prop_map(|(text, anchor)| Op::AddNote {
            text,
            anchor,
            written: None
        }),
        draft().prop_map(|draft| Op::AddCommitment {
            draft,
            written: None
        }),
        (id.clone(), 0u32..4, draft()).prop_map(|(id, base_revision, draft)| Op::EditCommitment {
            id,
            base_revision,
            draft
        }),
        (
            id.clone(),
            status(),
            proptest::option::of(text()),
            proptest::option::of(0u32..4)
        )
            .prop_map(|(id, status, note, base_revision)| Op::SetStatus {
                id,
                status,
                note,
                base_revision
            }),
        (
            id,
            status(),
            proptest::option::of(-100i64..400),
            text(),
            proptest::option::of(0u32..3),
            proptest::option::of("[ab]"),
        )
            .prop_map(
                |(id, status, days, note, base_revision, key)| Op::FollowUp {
                    id,
                    status,
                    deadline: days
                        .map(|d| NaiveDate::from_ymd_opt(2027, 1, 1).unwrap() + Duration::days(d)),
                    note,
                    base_revision,
                    key,
                    owner: None,
                    superseded_by: None,
                    superseded_in: None,
                }
            ),
    ]
}

#[test]
fn random_operations_never_break_a_session_and_it_round_trips() {
    let mut runner = proptest::test_runner::TestRunner::new(config(200));
    runner
        .run(
            &proptest::collection::vec((op(), 0i64..120), 1..60),
            |steps| {
                let mut s = example();
                let me = Author {
                    name: "prop".into(),
                    uid: Some(1),
                };
                let mut clock = Utc.with_ymd_and_hms(2026, 11, 26, 9, 0, 0).unwrap();
                for (op, gap) in steps {
                    clock += Duration::seconds(gap);
                    let at = Moment {
                        now: clock,
                        today: clock.date_naive(),
                    };
                    let before = s.clone();
                    match s.apply(&op, &me, at) {
                        Err(_) => {
                            prop_assert_eq!(&s, &before, "a refused {:?} changed the session", op)
                        }
                        Ok(_) => {
                            let (r0, r1) = (
                                before.live.as_ref().unwrap().revision,
                                s.live.as_ref().unwrap().revision,
                            );
                            prop_assert_eq!(r1, r0 + 1);
                        }
                    }
                    let problems = s.problems();
                    prop_assert!(problems.is_empty(), "after {:?}: {:?}", op, problems);
                }
                let saved = plenary::store::save::to_json(&s);
                let loaded = parse(
                    std::path::Path::new("p.json"),
                    std::str::from_utf8(&saved).unwrap(),
                )
                .unwrap();
                prop_assert_eq!(loaded, s);
                Ok(())
            },
        )
        .unwrap();
}

#[test]
fn the_loader_never_panics_and_always_says_where() {
    let valid =
        std::fs::read_to_string("sessions/2026-06-18-monitoring-results-workshop.json").unwrap();
    let mut runner = proptest::test_runner::TestRunner::new(config(400));
    runner
        .run(
            &(
                any::<prop::sample::Index>(),
                0usize..40,
                any::<u8>(),
                0u8..3,
            ),
            |(at, len, byte, how)| {
                let mut bytes = valid.clone().into_bytes();
                let i = at.index(bytes.len());
                match how {
                    0 => bytes.truncate(i),
                    1 => {
                        let end = (i + len).min(bytes.len());
                        bytes.drain(i..end);
                    }
                    _ => bytes[i] = byte,
                }
                let text = String::from_utf8_lossy(&bytes);
                if let Err(e) = parse(std::path::Path::new("s.json"), &text) {
                    prop_assert!(e.to_string().starts_with("s.json"), "{}", e);
                }
                Ok(())
            },
        )
        .unwrap();
    let mut runner = proptest::test_runner::TestRunner::new(config(300));
    runner
        .run(&"\\PC{0,200}", |s| {
            let _ = parse(std::path::Path::new("x.json"), &s);
            Ok(())
        })
        .unwrap();
}

#[test]
fn the_deadline_grammar_never_panics() {
    let today = NaiveDate::from_ymd_opt(2026, 11, 26).unwrap();
    let mut runner = proptest::test_runner::TestRunner::new(config(1000));
    let inputs = prop_oneof![
        "\\PC{0,40}",
        "[+]?[0-9]{1,12}[dwmy]",
        "(in|end of) [a-z0-9 ]{0,20}",
        "[0-9]{1,6}-[0-9]{1,4}-[0-9]{1,4}",
        "end of q[0-9]{1,3}",
    ];
    runner
        .run(&inputs, |s| {
            let _ = parse_deadline(&s, today);
            Ok(())
        })
        .unwrap();
}

#[test]
fn the_protocol_decoder_never_panics_on_arbitrary_bytes() {
    let mut runner = proptest::test_runner::TestRunner::new(config(500));
    runner
        .run(&proptest::collection::vec(any::<u8>(), 0..400), |bytes| {
            let _ = serde_json::from_slice::<ClientMsg>(&bytes);
            let mut reader = std::io::BufReader::new(&bytes[..]);
            let mut line = Vec::new();
            while read_line(&mut reader, &mut line).is_ok() {
                let _ = serde_json::from_slice::<ClientMsg>(&line);
            }
            Ok(())
        })
        .unwrap();
}
