//! nc16 #10 (h16g item 4): one Tab leaves the commitment form's owner field for the
//! deadline, whether or not owners are suggested, at app level and in the real binary.

mod support;

use std::path::Path;

use chrono::{DateTime, Duration, NaiveDate, TimeZone, Utc};
use plenary::app::App;
use plenary::domain::*;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use support::{LiveDirs, Term};

fn t0() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 26, 9, 0, 0).unwrap()
}

fn at(seconds: i64) -> Moment {
    Moment {
        now: t0() + Duration::seconds(seconds),
        today: NaiveDate::from_ymd_opt(2026, 11, 26).unwrap(),
    }
}

fn press(app: &mut App, code: KeyCode) {
    app.on_key(KeyEvent::new(code, KeyModifiers::NONE), at(60));
}

fn type_text(app: &mut App, text: &str) {
    for c in text.chars() {
        press(app, KeyCode::Char(c));
    }
}

/// The session saved in `dir`.
fn saved(dir: &Path) -> Session {
    let file = support::session_file(dir);
    serde_json::from_str(&std::fs::read_to_string(file).unwrap()).unwrap()
}

/// Where the commitment form's cursor is.
fn focus(app: &App) -> plenary::app::Field {
    match &app.form {
        Some(plenary::app::Form::Commitment(f)) => f.form.focus,
        _ => panic!("no commitment form"),
    }
}

// nc16 #10 (h16g item 4): whether Tab left the owner field in one press or two depended on
// whether the suggestion list showed; after an exact name ("Clara Rossi") the second Tab
// wrapped to the action and the deadline was typed into it. One Tab always leaves the
// owner field for the deadline, the list open or not, and a second Tab is not needed.
#[test]
fn nc16_10_one_tab_leaves_the_owner_field_whether_or_not_owners_are_suggested() {
    let text = std::fs::read_to_string("sessions/monitoring-results-workshop.json").unwrap();
    for (typed, owner) in [
        ("Clara Rossi", "Clara Rossi"),
        ("Clara", "Clara Rossi"),
        ("clara rossi", "Clara Rossi"),
        ("Ministry", "Ministry"),
        ("Someone new", "Someone new"),
    ] {
        let mut s: Session = serde_json::from_str(&text).unwrap();
        s.begin_live("owners".into(), None, t0());
        let mut app = App::new(
            s,
            Author {
                name: "amina".into(),
                uid: None,
            },
            "/sessions/2026-11-26-workshop.json".into(),
        );
        press(&mut app, KeyCode::Enter);
        press(&mut app, KeyCode::Char('c'));
        type_text(&mut app, "Envoyer le rapport");
        press(&mut app, KeyCode::Tab);
        type_text(&mut app, typed);
        press(&mut app, KeyCode::Tab);
        assert_eq!(focus(&app), plenary::app::Field::Deadline, "{typed}");
        type_text(&mut app, "+2w");
        let Some(plenary::app::Form::Commitment(f)) = &app.form else {
            panic!("{typed}: the form closed");
        };
        assert_eq!(
            f.form.value(plenary::app::Field::What),
            "Envoyer le rapport"
        );
        assert!(
            f.form.value(plenary::app::Field::Owner).starts_with(owner),
            "{typed}"
        );
        assert_eq!(
            f.form.value(plenary::app::Field::Deadline),
            "+2w",
            "{typed}"
        );
    }
}

// nc16 #10 (h16g item 4), in the real binary in French: an exact owner name and a partial
// one each leave the owner field with one Tab, so what is typed next is the deadline.
#[test]
fn nc16_10_in_the_binary_one_tab_after_the_owner_goes_to_the_deadline() {
    let dir = tempfile::tempdir().unwrap();
    let live = LiveDirs::within(dir.path());
    let mut term = Term::spawn(
        &[
            "run",
            "sessions/monitoring-results-workshop.json",
            "--lang",
            "fr",
        ],
        &live.env(),
        80,
        24,
    );
    term.wait_for("Entrée");
    term.send("\r");
    term.wait_for("WELCOME AND PURPOSE");
    for (i, owner) in ["Clara Rossi", "Clara"].iter().enumerate() {
        term.send("c");
        term.wait_for("Nouvel engagement");
        term.send(&format!("Envoyer le rapport {i}\t{owner}"));
        term.wait_for(owner);
        term.send("\t+2w\r");
        term.wait_for(&format!("Engagement C{} noté ✓", i + 1));
    }
    term.quit_console();
    term.wait_exit();
    let s = saved(&live.sessions);
    let got: Vec<(&str, &str)> = s
        .live
        .as_ref()
        .unwrap()
        .commitments
        .iter()
        .map(|c| (c.what.as_str(), c.owner.as_str()))
        .collect();
    assert_eq!(
        got,
        [
            ("Envoyer le rapport 0", "Clara Rossi"),
            ("Envoyer le rapport 1", "Clara Rossi")
        ]
    );
}
