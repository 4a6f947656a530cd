//! Issue 15, item 6 of the follow-up work: review's `x` offers what `plenary export` does —
//! Markdown, CSV, calendar, HTML and DOCX, and the external mode for the Markdown and CSV —
//! and exports are written for people to share (0644 under a 022 umask, not 0600).

mod support;
use support::serial::one_at_a_time;

use chrono::{FixedOffset, NaiveDate};
use plenary::domain::Author;
use plenary::review::{Review, run::carry_out};
use plenary::store::catalog::Catalog;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

const RECORDED: &str = "sessions/2026-06-18-monitoring-results-workshop.json";

fn review_of(dir: &std::path::Path) -> Review {
    Review::new(
        Catalog::load(dir, &[]),
        NaiveDate::from_ymd_opt(2026, 11, 23).unwrap(),
        FixedOffset::east_opt(0).unwrap(),
        Author {
            name: "lina".into(),
            uid: None,
        },
    )
}

fn press(r: &mut Review, text: &str) {
    for c in text.chars() {
        let code = if c == '\r' {
            KeyCode::Enter
        } else {
            KeyCode::Char(c)
        };
        if let Some(effect) = r.on_key(KeyEvent::new(code, KeyModifiers::NONE)) {
            carry_out(r, effect);
        }
    }
}

/// Issue 15 item 6: x then h, w, and e with m or c write the HTML, the DOCX, and the
/// external Markdown and CSV beside the session, as `plenary export` would.
#[test]
fn issue15_item6_review_exports_html_docx_and_the_external_documents() {
    let _one = one_at_a_time();
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(RECORDED, dir.path().join("2026-06-18-workshop.json")).unwrap();
    let mut r = review_of(dir.path());
    let beside = |suffix: &str| dir.path().join(format!("2026-06-18-workshop.{suffix}"));
    press(&mut r, "\rxh");
    let html = std::fs::read_to_string(beside("outcome.html")).unwrap();
    assert!(html.starts_with("<!DOCTYPE html>"), "{}", &html[..80]);
    assert!(r.flash.as_ref().unwrap().0.contains("outcome.html"));
    press(&mut r, "xw");
    let docx = std::fs::read(beside("outcome.docx")).unwrap();
    assert!(docx.starts_with(b"PK"), "a zip");
    press(&mut r, "xem");
    let md = std::fs::read_to_string(beside("outcome-external.md")).unwrap();
    let internal = plenary::report::export_as(
        &plenary::store::load(&beside("json")).unwrap(),
        "x",
        plenary::report::ExportFormat::Md,
        &plenary::report::outcome::Options {
            now: chrono::Utc::now(),
            offset: FixedOffset::east_opt(0).unwrap(),
            today: NaiveDate::from_ymd_opt(2026, 11, 23).unwrap(),
            external: true,
        },
    );
    assert_eq!(md.lines().count(), internal.lines().count());
    press(&mut r, "xec");
    let csv = std::fs::read_to_string(beside("commitments-external.csv")).unwrap();
    assert!(!csv.lines().next().unwrap().contains("file"), "{csv}");
    // Without e, the Markdown for the team, as before.
    press(&mut r, "xm");
    assert!(beside("outcome.md").exists());
}

/// Issue 15 item 8 (nc15 #13): an export is written for people on a shared drive: readable
/// by others as the umask allows (0644 under 022), not private to its writer.
#[test]
fn nc15_13_exports_are_written_as_the_umask_allows() {
    let _one = one_at_a_time();
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(RECORDED, dir.path().join("2026-06-18-workshop.json")).unwrap();
    let mut r = review_of(dir.path());
    press(&mut r, "\rxm");
    let out = std::process::Command::new("sh")
        .arg("-c")
        .arg(format!(
            "umask 022 && {} export {} --format md -o {}",
            env!("CARGO_BIN_EXE_plenary"),
            dir.path().join("2026-06-18-workshop.json").display(),
            dir.path().join("out.md").display()
        ))
        .output()
        .unwrap();
    assert!(out.status.success(), "{out:?}");
    use std::os::unix::fs::PermissionsExt;
    let mode = |p: &str| {
        std::fs::metadata(dir.path().join(p))
            .unwrap()
            .permissions()
            .mode()
            & 0o777
    };
    assert_eq!(mode("out.md"), 0o644);
    // This process's umask, as a shell started from it reports it.
    let umask = std::process::Command::new("sh")
        .args(["-c", "umask"])
        .output()
        .unwrap();
    let umask = u32::from_str_radix(String::from_utf8_lossy(&umask.stdout).trim(), 8).unwrap();
    assert_eq!(
        mode("2026-06-18-workshop.outcome.md"),
        0o666 & !umask,
        "as the umask allows"
    );
}

/// Issue 15 item 8 (nc15 #13): review's follow-up form has an owner field, as the live
/// follow-up's has: a commitment given to someone else is written back with its new owner.
#[test]
fn nc15_13_review_follow_up_records_a_new_owner() {
    let _one = one_at_a_time();
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(RECORDED, dir.path().join("2026-06-18-workshop.json")).unwrap();
    let mut r = review_of(dir.path());
    let key = |r: &mut Review, code: KeyCode| r.on_key(KeyEvent::new(code, KeyModifiers::NONE));
    key(&mut r, KeyCode::Char('b'));
    key(&mut r, KeyCode::Down);
    key(&mut r, KeyCode::Enter);
    assert_eq!(r.followup.as_ref().unwrap().row.id, "C9");
    for size in [(80, 24), (120, 40)] {
        let text = screen(&r, size);
        assert!(
            text.contains("┃  Owner     keep the owner"),
            "{size:?}:\n{text}"
        );
    }
    for _ in 0..3 {
        key(&mut r, KeyCode::Tab);
    }
    press(&mut r, "Lê Văn Minh");
    let effect = key(&mut r, KeyCode::Enter).expect("Enter saves");
    carry_out(&mut r, effect);
    assert!(r.followup.is_none(), "{:?}", r.flash);
    let saved = plenary::store::load(&dir.path().join("2026-06-18-workshop.json")).unwrap();
    let c9 = saved
        .live
        .unwrap()
        .commitments
        .into_iter()
        .find(|c| c.id == "C9")
        .unwrap();
    assert_eq!(c9.owner, "Lê Văn Minh");
}

fn screen(r: &Review, (width, height): (u16, u16)) -> String {
    let theme = plenary::ui::Theme::new(plenary::ui::ThemeName::HighContrast, true);
    let mut terminal =
        ratatui::Terminal::new(ratatui::backend::TestBackend::new(width, height)).unwrap();
    terminal
        .draw(|f| plenary::ui::review::render(r, &theme, f.area(), f.buffer_mut()))
        .unwrap();
    let buf = terminal.backend().buffer();
    (0..height)
        .map(|y| (0..width).map(|x| buf[(x, y)].symbol()).collect::<String>() + "\n")
        .collect()
}

/// Issue 15 item 8 (nc15 #13): grouped by owner (`g`), each owner's first row names the
/// owner with how many commitments the group holds, at every size.
#[test]
fn nc15_13_grouping_by_owner_names_each_group_with_its_count() {
    let _one = one_at_a_time();
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(RECORDED, dir.path().join("2026-06-18-workshop.json")).unwrap();
    let mut r = review_of(dir.path());
    press(&mut r, "bg");
    for size in [(80, 24), (120, 40), (200, 60)] {
        let text = screen(&r, size);
        // The owner, cut between words where the column is narrow, then the group's count.
        let heads = |owner: &str, count: &str| {
            text.lines().any(|l| {
                l.contains(&format!("{owner} ({count})"))
                    || (l.contains(&owner[..4]) && l.contains(&format!("… ({count})")))
            })
        };
        assert!(heads("Ministry of Finance", "2"), "{size:?}:\n{text}");
        assert!(heads("UNDP Country Office", "1"), "{size:?}:\n{text}");
        if size.0 >= 200 {
            assert!(
                text.contains("Ministry of Finance (2)"),
                "{size:?}:\n{text}"
            );
        }
    }
}

/// Issue 15 item 8 (nc15 #13): the session record at 120 columns wraps a table's cells
/// instead of cutting them: the whole action and "31 Mar 2027 → 30 Sep 2027 (moved twice)".
#[test]
fn nc15_13_the_session_record_at_120_columns_cuts_nothing() {
    let _one = one_at_a_time();
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("2026-06-18-workshop.json");
    std::fs::copy(RECORDED, &file).unwrap();
    let at = plenary::domain::Moment {
        now: chrono::Utc::now(),
        today: chrono::Utc::now().date_naive(),
    };
    let me = Author {
        name: "lina".into(),
        uid: None,
    };
    for (to, note) in [("2030-06-30", "Elections"), ("2030-09-30", "Budget late")] {
        let op = plenary::domain::Op::FollowUp {
            id: "C4".into(),
            status: plenary::domain::Status::InProgress,
            deadline: to.parse().ok(),
            note: note.into(),
            base_revision: None,
            key: None,
            owner: None,
            superseded_by: None,
            superseded_in: None,
        };
        plenary::store::followup::apply_to_file(&file, &op, &me, at).unwrap();
    }
    let mut r = review_of(dir.path());
    press(&mut r, "\r");
    let text = screen(&r, (120, 400));
    let table: Vec<&str> = text
        .lines()
        .skip_while(|l| !l.contains("What"))
        .take_while(|l| !l.trim().is_empty())
        .collect();
    assert!(
        !table.iter().any(|l| l.contains('…')),
        "{}",
        table.join("\n")
    );
    let words = table.join(" ");
    assert!(words.contains("(moved twice)"), "{}", table.join("\n"));
    for w in "Convene the first high-level action dialogue".split(' ') {
        assert!(words.contains(w), "{w}: {}", table.join("\n"));
    }
}

/// Issue 15, nc15 #10: review's list and board give a session's start in the session's own
/// UTC offset (stored when it ran), whatever the reviewer's time zone, as `commitments` does.
#[test]
fn nc15_10_review_gives_the_sessions_own_time() {
    let _one = one_at_a_time();
    let dir = tempfile::tempdir().unwrap();
    let text = std::fs::read_to_string(RECORDED).unwrap().replacen(
        "\"started_at\": \"2026-06-18T07:00:00Z\"",
        "\"started_at\": \"2026-06-18T07:00:00Z\", \"utc_offset\": \"+07:00\"",
        1,
    );
    assert!(text.contains("+07:00"));
    std::fs::write(dir.path().join("2026-06-18-workshop.json"), text).unwrap();
    let mut r = review_of(dir.path());
    let list = screen(&r, (120, 40));
    assert!(list.contains("2026-06-18  14:00"), "{list}");
    press(&mut r, "b");
    let board = screen(&r, (120, 40));
    assert!(board.contains("2026-06-18 14:00"), "{board}");
    assert!(!board.contains("07:00"), "{board}");
}
