//! The review screens: sessions list, a session's record, the commitments board with
//! filters, and follow-up written back to the session file.

use chrono::{FixedOffset, NaiveDate};
use plenary::domain::{Author, Op, Status};
use plenary::review::{Effect, Review, Screen, run::carry_out};
use plenary::store::SessionLock;
use plenary::store::catalog::Catalog;
use plenary::ui::{Theme, ThemeName};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

const RECORDED: &str = "sessions/2026-06-18-monitoring-results-workshop.json";

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 23).unwrap()
}

fn review_of(dir: &std::path::Path) -> Review {
    let catalog = Catalog::load(dir, &[]);
    Review::new(
        catalog,
        today(),
        FixedOffset::east_opt(0).unwrap(),
        Author {
            name: "lina".into(),
            uid: None,
        },
    )
}

fn with_example() -> (tempfile::TempDir, Review) {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(RECORDED, dir.path().join("2026-06-18-workshop.json")).unwrap();
    std::fs::write(dir.path().join("broken.json"), "{\"format\": 1,").unwrap();
    let future =
        std::fs::read_to_string(RECORDED)
            .unwrap()
            .replacen("\"format\": 1", "\"format\": 9", 1);
    std::fs::write(dir.path().join("future.json"), future).unwrap();
    let review = review_of(dir.path());
    (dir, review)
}

fn keys(r: &mut Review, keys: &[KeyCode]) -> Option<Effect> {
    let mut last = None;
    for k in keys {
        last = r.on_key(KeyEvent::new(*k, KeyModifiers::NONE));
    }
    last
}

fn typed(r: &mut Review, text: &str) {
    for c in text.chars() {
        r.on_key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE));
    }
}

fn screen(r: &Review, width: u16, height: u16) -> (Terminal<TestBackend>, String) {
    let theme = Theme::new(ThemeName::HighContrast, false);
    let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
    terminal
        .draw(|f| plenary::ui::review::render(r, &theme, f.area(), f.buffer_mut()))
        .unwrap();
    let buf = terminal.backend().buffer().clone();
    let text = (0..height)
        .map(|y| row_text(&buf, y))
        .collect::<Vec<_>>()
        .join("\n");
    (terminal, text)
}

/// A row as a terminal shows it: a wide character covers the cell after it.
fn row_text(buf: &ratatui::buffer::Buffer, y: u16) -> String {
    let mut out = String::new();
    let mut x = 0;
    while x < buf.area.width {
        let symbol = buf[(x, y)].symbol();
        out.push_str(symbol);
        x += unicode_width::UnicodeWidthStr::width(symbol).max(1) as u16;
    }
    out
}

fn snapshot(name: &str, r: &Review) -> [String; 2] {
    [(80, 24), (160, 48)].map(|(w, h)| {
        let (terminal, text) = screen(r, w, h);
        // The temporary directory's name differs per run; keep it out of snapshots.
        let shown = format!("{}", terminal.backend());
        let stable = regex_free_tmp(&shown);
        insta::assert_snapshot!(format!("review_{name}_{w}x{h}"), stable);
        text
    })
}

fn regex_free_tmp(text: &str) -> String {
    text.lines()
        .map(|l| match l.find("/tmp/") {
            Some(i) => format!("{}<tmp>", &l[..i]),
            None => l.to_string(),
        })
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn the_list_counts_owed_done_and_overdue_and_names_unreadable_files() {
    let (_dir, r) = with_example();
    let [small, _] = snapshot("sessions", &r);
    assert!(
        small.contains("1 session · 12 commitments · 6 overdue · 2 unreadable"),
        "{small}"
    );
    assert!(small.contains("Not loaded (left untouched)"));
    assert!(
        small.contains("future.json: written in format 9"),
        "{small}"
    );
    assert!(small.contains("broken.json:1:"));
}

#[test]
fn a_session_shows_its_record() {
    let (_dir, mut r) = with_example();
    keys(&mut r, &[KeyCode::Enter]);
    assert_eq!(r.screen, Screen::Session(0));
    let [_, wide] = snapshot("session", &r);
    assert!(
        wide.contains("Grace Njeri presented; 5:42 of 5:00 used, 0:42 over."),
        "{wide}"
    );
}

#[test]
fn the_board_filters_as_you_type_and_by_key() {
    let (_dir, mut r) = with_example();
    keys(&mut r, &[KeyCode::Char('b')]);
    assert_eq!(r.shown.len(), 12);
    keys(&mut r, &[KeyCode::Char('/')]);
    typed(&mut r, "minis");
    assert_eq!(
        r.shown.len(),
        4,
        "two Ministry of Finance, one of Health, and 'ministry' in an action"
    );
    keys(&mut r, &[KeyCode::Enter, KeyCode::Char('o')]);
    assert!(r.shown.iter().all(|&i| r.entries[i].row.is_overdue()));
    keys(&mut r, &[KeyCode::Esc]);
    assert_eq!(r.shown.len(), 12, "Esc clears every filter");
    keys(
        &mut r,
        &[
            KeyCode::Char('s'),
            KeyCode::Char('s'),
            KeyCode::Char('s'),
            KeyCode::Char('s'),
        ],
    );
    assert_eq!(r.shown.len(), 1, "status cycled to done");
    keys(&mut r, &[KeyCode::Esc, KeyCode::Char('o')]);
    let [small, wide] = snapshot("board_overdue", &r);
    assert!(small.contains("6 of 12"), "{small}");
    assert!(wide.contains("100d") && wide.contains("UNDP Country Office"));
}

#[test]
fn grouping_by_owner_names_each_owner_once() {
    let (_dir, mut r) = with_example();
    keys(&mut r, &[KeyCode::Char('b'), KeyCode::Char('g')]);
    let (_, text) = screen(&r, 160, 48);
    assert_eq!(text.matches("Ministry of Finance").count(), 1, "{text}");
    assert!(text.contains("grouped by owner"));
}

#[test]
fn a_follow_up_is_written_to_the_session_file_with_who_when_and_why() {
    let (dir, mut r) = with_example();
    keys(&mut r, &[KeyCode::Char('b'), KeyCode::Down, KeyCode::Enter]);
    let form = r.followup.as_ref().expect("Enter opens the follow-up form");
    assert_eq!(form.row.id, "C9");
    keys(&mut r, &[KeyCode::Right, KeyCode::Tab]);
    typed(&mut r, "+3m");
    keys(&mut r, &[KeyCode::Tab]);
    let [small, _] = snapshot("followup", &r);
    assert!(small.contains("→ Tuesday 23 February 2027"), "{small}");
    let effect = keys(&mut r, &[KeyCode::Enter]).expect("Enter saves");
    // No note: the domain refuses a moved deadline, the form stays with the reason.
    carry_out(&mut r, effect);
    let form = r.followup.as_ref().expect("the form stays open");
    assert!(form.error().unwrap().contains("needs a note"));
    typed(&mut r, "Templates are being translated");
    let effect = keys(&mut r, &[KeyCode::Enter]).unwrap();
    match &effect {
        Effect::FollowUp {
            op: Op::FollowUp {
                status, deadline, ..
            },
            ..
        } => {
            assert_eq!(*status, Status::InProgress);
            assert_eq!(*deadline, NaiveDate::from_ymd_opt(2027, 2, 23));
        }
        other => panic!("unexpected {other:?}"),
    }
    carry_out(&mut r, effect);
    assert!(r.followup.is_none());
    assert!(r.flash.as_ref().unwrap().0.contains("C9 updated"));
    let saved = plenary::store::load(&dir.path().join("2026-06-18-workshop.json")).unwrap();
    let c9 = saved
        .live
        .unwrap()
        .commitments
        .into_iter()
        .find(|c| c.id == "C9")
        .unwrap();
    assert_eq!(c9.status, Status::InProgress);
    let h = c9.history.last().unwrap();
    assert_eq!(h.by.name, "lina");
    assert_eq!(h.note.as_deref(), Some("Templates are being translated"));
    assert!(
        !r.entries
            .iter()
            .find(|e| e.row.id == "C9")
            .unwrap()
            .row
            .is_overdue(),
        "the board was rebuilt"
    );
}

#[test]
fn a_session_that_a_live_host_holds_is_not_written() {
    let (dir, mut r) = with_example();
    let file = dir.path().join("2026-06-18-workshop.json");
    let before = std::fs::read(&file).unwrap();
    let _host = SessionLock::acquire(&file).unwrap();
    keys(
        &mut r,
        &[
            KeyCode::Char('b'),
            KeyCode::Enter,
            KeyCode::Char('d'),
            KeyCode::Tab,
            KeyCode::Tab,
        ],
    );
    typed(&mut r, "done");
    let effect = keys(&mut r, &[KeyCode::Enter]).unwrap();
    carry_out(&mut r, effect);
    let error = r.followup.as_ref().unwrap().error().unwrap().to_string();
    assert!(error.contains("live in plenary (process"), "{error}");
    assert_eq!(std::fs::read(&file).unwrap(), before);
}

#[test]
fn exports_from_the_review_screen_are_written_beside_the_session() {
    let (dir, mut r) = with_example();
    keys(&mut r, &[KeyCode::Enter, KeyCode::Char('x')]);
    let effect = keys(&mut r, &[KeyCode::Char('i')]).unwrap();
    carry_out(&mut r, effect);
    let ics =
        std::fs::read_to_string(dir.path().join("2026-06-18-workshop.deadlines.ics")).unwrap();
    assert!(ics.starts_with("BEGIN:VCALENDAR\r\n"));
    assert!(r.flash.as_ref().unwrap().0.starts_with("Wrote "));
}

#[test]
fn odd_text_never_breaks_the_board() {
    let dir = tempfile::tempdir().unwrap();
    let mut s: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(RECORDED).unwrap()).unwrap();
    let odd = [
        ("وزارة المالية والتخطيط", "مراجعة خطة العمل مع البرلمان"),
        ("財務省 国際協力局", "成果報告書を各省庁に配布する"),
        (
            "Comité 🚀 de suivi 👩🏽‍💻",
            "Partager les résultats 🎉 avec la presse",
        ),
        ("Zalgo Ỏ̷͖͈̞̩͎̻̫̫̜͉̠̫͕̭̭̫̫̹̗̹͈̼̠̖͍͚̥͈̮̼͕̠̤̯̻̥̬̗̼̳̤̳̬̪̹͚̞̼̠͕̼̠͖͇̻̺", &"very long ".repeat(300)),
    ];
    for (i, (owner, what)) in odd.iter().enumerate() {
        s["live"]["commitments"][i]["owner"] = (*owner).into();
        s["live"]["commitments"][i]["what"] = (*what).into();
    }
    std::fs::write(dir.path().join("odd.json"), s.to_string()).unwrap();
    let mut r = review_of(dir.path());
    keys(&mut r, &[KeyCode::Char('b')]);
    for (w, h) in [(40, 8), (80, 24), (160, 48), (300, 100)] {
        let (terminal, _) = screen(&r, w, h);
        let buf = terminal.backend().buffer();
        for y in 0..h {
            let line_width: usize = (0..w)
                .map(|x| unicode_width::UnicodeWidthStr::width(buf[(x, y)].symbol()).max(1))
                .sum();
            assert!(
                line_width >= w as usize,
                "row {y} at {w}x{h} is short: wide characters were split"
            );
        }
    }
    let (_, text) = screen(&r, 160, 48);
    assert!(text.contains("財務省"));
}

// Issue 10, item 7: two reviewers follow up the same commitment from the same read. The
// second save is refused, naming the first; the second person's text is kept and a second
// Enter saves it on top. Nothing is silently undone.
#[test]
fn two_reviewers_on_one_commitment_never_overwrite_each_other_silently() {
    let (dir, mut lina) = with_example();
    let mut omar = review_of(dir.path());
    omar.me = Author {
        name: "omar".into(),
        uid: None,
    };
    for r in [&mut lina, &mut omar] {
        keys(r, &[KeyCode::Char('b'), KeyCode::Down, KeyCode::Enter]);
        assert_eq!(r.followup.as_ref().unwrap().row.id, "C9");
    }
    keys(&mut lina, &[KeyCode::Char('d'), KeyCode::Tab, KeyCode::Tab]);
    typed(&mut lina, "Handbook printed");
    let effect = keys(&mut lina, &[KeyCode::Enter]).unwrap();
    carry_out(&mut lina, effect);
    assert!(
        lina.followup.is_none(),
        "{:?}",
        lina.followup.as_ref().map(|f| f.error())
    );

    keys(&mut omar, &[KeyCode::Char('i'), KeyCode::Tab, KeyCode::Tab]);
    typed(&mut omar, "Still being translated");
    let effect = keys(&mut omar, &[KeyCode::Enter]).unwrap();
    carry_out(&mut omar, effect);
    let form = omar.followup.as_ref().expect("the form stays open");
    let error = form.error().unwrap().to_string();
    assert!(error.contains("lina followed up C9"), "{error}");
    assert!(error.contains("it is done now"), "{error}");
    assert_eq!(
        form.note_text(),
        "Still being translated",
        "the text is kept"
    );
    let file = dir.path().join("2026-06-18-workshop.json");
    let c9 = |f: &std::path::Path| {
        plenary::store::load(f)
            .unwrap()
            .live
            .unwrap()
            .commitments
            .into_iter()
            .find(|c| c.id == "C9")
            .unwrap()
    };
    assert_eq!(c9(&file).status, Status::Done, "lina's follow-up stands");

    let effect = keys(&mut omar, &[KeyCode::Enter]).unwrap();
    carry_out(&mut omar, effect);
    assert!(omar.followup.is_none());
    let c = c9(&file);
    assert_eq!(c.status, Status::InProgress);
    let notes: Vec<_> = c.history.iter().filter_map(|h| h.note.clone()).collect();
    assert!(notes.contains(&"Handbook printed".to_string()), "{notes:?}");
    assert!(
        notes.contains(&"Still being translated".to_string()),
        "{notes:?}"
    );
}
