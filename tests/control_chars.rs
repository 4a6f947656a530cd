//! Control characters in text: refused when an operation would store them (a line break
//! only in notes), named by `plenary check` in a file, and never passed raw to a reader's
//! terminal or document by any text output.

use std::path::Path;
use std::process::{Command, Output};

use chrono::{FixedOffset, NaiveDate, TimeZone, Utc};
use plenary::domain::*;

const RECORDED: &str = "sessions/2026-06-18-monitoring-results-workshop.json";

fn at() -> Moment {
    Moment {
        now: Utc.with_ymd_and_hms(2026, 11, 26, 9, 0, 0).unwrap(),
        today: NaiveDate::from_ymd_opt(2026, 11, 26).unwrap(),
    }
}

fn someone() -> Author {
    Author {
        name: "lina".into(),
        uid: None,
    }
}

fn started() -> Session {
    let text = std::fs::read_to_string("sessions/monitoring-results-workshop.json").unwrap();
    let mut s: Session = serde_json::from_str(&text).unwrap();
    s.begin_live("t".into(), None, at().now);
    s.apply(&Op::StartSession, &someone(), at()).unwrap();
    s
}

fn draft(what: &str, owner: &str) -> CommitmentDraft {
    CommitmentDraft {
        what: what.into(),
        owner: owner.into(),
        deadline: NaiveDate::from_ymd_opt(2027, 3, 31).unwrap(),
        anchor: Anchor {
            item: 0,
            group: None,
        },
        past_deadline_confirmed: false,
    }
}

fn refusal(s: &mut Session, op: Op) -> String {
    let before = s.clone();
    let e = s.apply(&op, &someone(), at()).unwrap_err().to_string();
    assert_eq!(*s, before, "a refusal changed the session");
    e
}

// Issue 10, item 18: the domain refuses control characters in every text an operation
// stores, with the same words whoever sent it (a key, a note-taker, a follow-up).
#[test]
fn operations_refuse_control_characters_in_the_users_words() {
    let mut s = started();
    let fine = Op::AddCommitment {
        written: None,
        draft: draft("Brief the committee", "Parliament"),
    };
    s.apply(&fine, &someone(), at()).unwrap();
    let e = refusal(
        &mut s,
        Op::AddCommitment {
            written: None,
            draft: draft("Brief \x1b[2J the committee", "Parliament"),
        },
    );
    assert_eq!(
        e,
        "the action contains a control character (U+001B) — remove it"
    );
    let e = refusal(
        &mut s,
        Op::AddCommitment {
            written: None,
            draft: draft("Brief the committee", "Parlia\nment"),
        },
    );
    assert!(e.starts_with("the owner contains a line break"), "{e}");
    let e = refusal(
        &mut s,
        Op::AddNote {
            written: None,
            text: "bell\x07".into(),
            anchor: Anchor {
                item: 0,
                group: None,
            },
        },
    );
    assert_eq!(
        e,
        "the note contains a control character (U+0007) — remove it"
    );
    let e = refusal(
        &mut s,
        Op::SetStatus {
            id: "C1".into(),
            status: Status::Done,
            note: Some("\u{9b}31m".into()),
            base_revision: None,
        },
    );
    assert!(e.contains("(U+009B)"), "{e}");
    let e = refusal(
        &mut s,
        Op::FollowUp {
            id: "C1".into(),
            status: Status::Done,
            deadline: None,
            note: "done\x1b]0;pwned\x07".into(),
            base_revision: None,
            key: None,
            owner: None,
            superseded_by: None,
            superseded_in: None,
        },
    );
    assert!(e.contains("(U+001B)"), "{e}");
    // Whoever sends it: a name with an escape sequence is refused the same way.
    let sneaky = Author {
        name: "eve\x1b[8m".into(),
        uid: None,
    };
    let before = s.clone();
    let e = s.apply(&fine, &sneaky, at()).unwrap_err().to_string();
    assert_eq!(
        e,
        "your name contains a control character (U+001B) — remove it"
    );
    assert_eq!(s, before);
    // A note keeps its line breaks, whichever way they were typed or pasted.
    s.apply(
        &Op::AddNote {
            written: None,
            text: "first point\r\nsecond point\nthird".into(),
            anchor: Anchor {
                item: 0,
                group: None,
            },
        },
        &someone(),
        at(),
    )
    .unwrap();
    let note = &s.live.as_ref().unwrap().notes.last().unwrap().text;
    assert_eq!(note, "first point\nsecond point\nthird");
    assert!(s.problems().is_empty(), "{:?}", s.problems());
}

/// Every character a text output may contain that is not printable text: line ends only.
fn assert_no_control(what: &str, output: &str) {
    if let Some(c) = output
        .chars()
        .find(|c| c.is_control() && *c != '\n' && *c != '\r')
    {
        let at = output.find(c).unwrap();
        panic!(
            "{what} passed U+{:04X} through, near {:?}",
            c as u32,
            &output[at.saturating_sub(30)..(at + 10).min(output.len())]
        );
    }
}

fn plenary(args: &[&str], dir: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_plenary"))
        .args(args)
        .env("PLENARY_DIR", dir)
        .output()
        .unwrap()
}

// Issue 10, item 18: a file carrying escape sequences (from an older plenary, or an editor)
// is named by `check`, and `check`, the commitments listing in each format and every export
// show the sequences as text instead of sending them to the terminal.
#[test]
fn text_outputs_show_control_characters_instead_of_sending_them() {
    let dir = tempfile::tempdir().unwrap();
    let original = std::fs::read_to_string(RECORDED).unwrap();
    let poisoned = original
        .replacen(
            "Putting the monitoring results to work",
            "Putting\\u001b[2J the results to work",
            1,
        )
        .replacen(
            "Brief the Budget and Appropriations Committee",
            "Brief\\u001b]0;owned\\u0007 the Committee\\u009b31m",
            1,
        )
        .replacen(
            "\"Ministry of Finance\"",
            "\"Ministry\\r\\nof\\bFinance\"",
            1,
        );
    assert_ne!(poisoned, original);
    let path = dir.path().join("poisoned.json");
    std::fs::write(&path, &poisoned).unwrap();
    let p = path.to_str().unwrap();

    let check = plenary(&["check", p], dir.path());
    assert_eq!(check.status.code(), Some(1));
    let said = String::from_utf8_lossy(&check.stdout);
    assert_no_control("check", &said);
    assert!(
        said.contains("title: contains a control character (U+001B) — remove it"),
        "{said}"
    );
    assert!(
        said.contains("live.commitments[0].what: contains a control character"),
        "{said}"
    );

    for format in ["table", "csv", "json"] {
        let out = plenary(&["commitments", p, "--format", format], dir.path());
        assert!(out.status.success());
        let listing = String::from_utf8_lossy(&out.stdout);
        assert_no_control(&format!("commitments --format {format}"), &listing);
        assert!(listing.contains("Brief"), "{listing}");
    }
    let out = plenary(&["export", p], dir.path());
    assert_no_control("export's refusal", &String::from_utf8_lossy(&out.stderr));

    // Review exports files `check` would refuse, so the documents escape too.
    let session = plenary::store::load(&path).unwrap();
    for format in [
        plenary::report::ExportFormat::Md,
        plenary::report::ExportFormat::Csv,
        plenary::report::ExportFormat::Ics,
    ] {
        let doc = plenary::report::export(
            &session,
            p,
            format,
            at().now,
            FixedOffset::east_opt(0).unwrap(),
            at().today,
        );
        assert_no_control(&format!("export {format:?}"), &doc);
        assert!(doc.contains("Committee"), "{doc}");
    }
}

// Issue 10, item 18: an error that quotes text from a file (here a wrong agenda kind, and
// a file name) quotes it escaped.
#[test]
fn errors_quote_text_from_a_file_escaped() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("odd\x1b[31m.json");
    std::fs::write(
        &path,
        r#"{"format": 1, "title": "x", "agenda": [{"title": "a", "kind": "\u001b[5mblink", "minutes": 5}]}"#,
    )
    .unwrap();
    let out = plenary(&["check", path.to_str().unwrap()], dir.path());
    let said = String::from_utf8_lossy(&out.stdout);
    assert_no_control("check", &said);
    assert!(said.contains("[5mblink"), "{said}");
    let out = plenary(&["export", path.to_str().unwrap()], dir.path());
    assert_no_control("export", &String::from_utf8_lossy(&out.stderr));
    assert_eq!(out.status.code(), Some(2));
}
