//! The re-check's "NEW problems" (notes/recheck.md) about files: review's follow-up form
//! for a session live elsewhere and for a long action, the launcher's agendas `run` would
//! refuse, and `plenary check` given nothing or an empty title.

mod support;
use support::serial::one_at_a_time;

use std::process::Command;

use chrono::{FixedOffset, NaiveDate};
use plenary::domain::Author;
use plenary::review::{Effect, Review, run::carry_out};
use plenary::shell::{Frontend, Input};
use plenary::store::SessionLock;
use plenary::store::catalog::Catalog;
use plenary::ui::{Theme, ThemeName};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::layout::Rect;

const RECORDED: &str = "sessions/2026-06-18-monitoring-results-workshop.json";
const AGENDA: &str = "sessions/peer-learning-exchange.json";

fn review_in(dir: &std::path::Path) -> Review {
    std::fs::copy(RECORDED, dir.join("2026-06-18-workshop.json")).unwrap();
    Review::new(
        Catalog::load(dir, &[]),
        NaiveDate::from_ymd_opt(2026, 11, 23).unwrap(),
        FixedOffset::east_opt(0).unwrap(),
        Author {
            name: "Nguyễn Văn An".into(),
            uid: None,
        },
    )
}

fn key(code: KeyCode) -> KeyEvent {
    KeyEvent::new(code, KeyModifiers::NONE)
}

/// What `draw` puts on a `width`x`height` screen, a row a line (a wide character once).
fn shown(width: u16, height: u16, draw: impl FnOnce(Rect, &mut Buffer)) -> String {
    let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
    terminal.draw(|f| draw(f.area(), f.buffer_mut())).unwrap();
    let buf = terminal.backend().buffer();
    let mut out = String::new();
    for y in 0..height {
        let mut x = 0;
        while x < width {
            let symbol = buf[(x, y)].symbol();
            out.push_str(symbol);
            x += unicode_width::UnicodeWidthStr::width(symbol).max(1) as u16;
        }
        out.push('\n');
    }
    out
}

/// Recheck NEW-2: Enter on a commitment whose session is live in `plenary run` says so at
/// once, and no form is left open to type into; a session no one holds opens the form.
#[test]
fn recheck_new_2_a_live_sessions_follow_up_is_refused_before_the_form() {
    let _one = one_at_a_time();
    let dir = tempfile::tempdir().unwrap();
    let mut r = review_in(dir.path());
    let file = dir.path().join("2026-06-18-workshop.json");
    let host = SessionLock::acquire(&file).unwrap();
    r.on_key(key(KeyCode::Char('b')));
    let effect = r
        .on_key(key(KeyCode::Enter))
        .expect("Enter asks whether it is live");
    assert!(matches!(effect, Effect::CheckLive { .. }), "{effect:?}");
    carry_out(&mut r, effect);
    assert!(r.followup.is_none(), "the form is still open to type into");
    let (said, bad) = r.flash.clone().expect("it says why");
    assert!(bad && said.contains("live in plenary (process"), "{said}");
    drop(host);
    let effect = r.on_key(key(KeyCode::Enter)).unwrap();
    carry_out(&mut r, effect);
    assert!(r.followup.is_some(), "no one holds it now: the form opens");
}

/// Recheck NEW-8: a long action in the follow-up form at 80x24 is cut with "…", and who
/// owes it stays in sight under it.
#[test]
fn recheck_new_8_a_long_action_in_the_follow_up_form_is_marked_when_cut() {
    let dir = tempfile::tempdir().unwrap();
    let mut r = review_in(dir.path());
    r.on_key(key(KeyCode::Char('b')));
    r.on_key(key(KeyCode::Enter));
    let form = r.followup.as_mut().expect("the form opens");
    form.row.what = "Préparer une note de synthèse sur l'utilisation des résultats du suivi \
        pour la commission budgétaire de la province, la traduire en vietnamien (Chuẩn bị \
        bản tóm tắt) et en chinois (准备摘要), puis la diffuser à tous les groupes avant la \
        prochaine réunion"
        .into();
    let owner = form.row.owner.clone();
    let theme = Theme::new(ThemeName::HighContrast, false);
    for (w, h) in [(80, 24), (60, 20)] {
        let screen = shown(w, h, |area, buf| {
            plenary::ui::review::render(&r, &theme, area, buf)
        });
        assert!(screen.contains("…"), "{w}x{h}: cut with no mark\n{screen}");
        assert!(
            screen.contains(&format!("{owner} · due")),
            "{w}x{h}\n{screen}"
        );
        assert!(screen.contains("Status"), "{w}x{h}\n{screen}");
    }
}

/// Recheck NEW-5: an agenda `run` would refuse is marked in the launcher ("cannot run",
/// its file, "Enter shows why"), and Enter lists its problems one a line.
#[test]
fn recheck_new_5_the_launcher_marks_an_agenda_run_would_refuse() {
    let dir = tempfile::tempdir().unwrap();
    let none = tempfile::tempdir().unwrap();
    std::fs::copy(AGENDA, dir.path().join("peer.json")).unwrap();
    let broken = std::fs::read_to_string(AGENDA)
        .unwrap()
        .replacen("\"minutes\": 10,", "\"minutes\": 0,", 1)
        .replacen("\"minutes\": 25 }", "\"minutes\": 0 }", 1);
    std::fs::write(dir.path().join("m2.json"), broken).unwrap();
    let entries = plenary::launcher::discover(dir.path(), none.path());
    let bad = entries
        .iter()
        .position(|e| e.path.ends_with("m2.json"))
        .unwrap();
    assert!(
        entries[bad].problem.is_some(),
        "m2.json is offered as runnable"
    );
    let theme = Theme::new(ThemeName::HighContrast, false);
    let mut launcher = plenary::launcher::Launcher::new(&entries, &theme);
    launcher.selected = bad;
    for (w, h) in [(80, 24), (60, 20)] {
        let screen = shown(w, h, |area, buf| {
            plenary::ui::launcher::render(&launcher, &theme, area, buf)
        });
        let row = screen
            .lines()
            .find(|l| l.contains("cannot run"))
            .unwrap_or_else(|| panic!("{w}x{h}: not marked\n{screen}"));
        assert!(row.contains("Enter shows why"), "{w}x{h}: {row}");
        assert!(row.contains("m2.json"), "{w}x{h}: {row}");
    }
    launcher.update(Input::Key(key(KeyCode::Enter)), &mut Vec::new());
    assert!(launcher.choice.is_none(), "Enter does not start it");
    let screen = shown(80, 24, |area, buf| {
        plenary::ui::launcher::render(&launcher, &theme, area, buf)
    });
    let problems: Vec<&str> = screen
        .lines()
        .filter(|l| l.trim_start().starts_with("agenda["))
        .collect();
    assert_eq!(problems.len(), 2, "one problem a line\n{screen}");
    assert!(!screen.contains("     agenda["), "runs of spaces\n{screen}");
}

fn plenary_check(args: &[&str], dir: &std::path::Path) -> std::process::Output {
    let _one = one_at_a_time();
    Command::new(env!("CARGO_BIN_EXE_plenary"))
        .arg("check")
        .args(args)
        .env("PLENARY_DIR", dir)
        .output()
        .unwrap()
}

/// Recheck NEW-16: `plenary check` with nothing to check says what to give, never that
/// --dir is needed; an empty item title comes with its fix.
#[test]
fn recheck_new_16_check_says_what_to_give_and_how_to_fix_an_empty_title() {
    let dir = tempfile::tempdir().unwrap();
    let out = plenary_check(&[], dir.path());
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(!err.contains("--dir"), "{err}");
    assert!(err.contains("plenary check FILE.json"), "{err}");
    let file = dir.path().join("untitled.json");
    let agenda = std::fs::read_to_string(AGENDA).unwrap().replacen(
        "\"title\": \"Welcome and the evidence\"",
        "\"title\": \"\"",
        1,
    );
    std::fs::write(&file, agenda).unwrap();
    let out = plenary_check(&[file.to_str().unwrap()], dir.path());
    let said = String::from_utf8_lossy(&out.stdout);
    assert!(
        said.contains("agenda[0].title: is empty: give the item a title"),
        "{said}"
    );
}
