//! Issue 15 C: the progress report's figures in `plenary review` — a gauge per session and
//! bars per stakeholder group (or owner, with g) — on `f`, drawn at 80x24, 60x20, 120x40
//! and 200x60, and the same numbers as `plenary report`.

use chrono::{FixedOffset, NaiveDate};
use plenary::domain::Author;
use plenary::review::{Review, Screen};
use plenary::store::catalog::Catalog;
use plenary::ui::{self, Theme, ThemeName};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

const SIZES: [(u16, u16); 4] = [(80, 24), (60, 20), (120, 40), (200, 60)];
const RECORDED: &str = "sessions/2026-06-18-monitoring-results-workshop.json";

/// The recorded example and a later round in which some commitments were done or dropped.
fn review() -> (tempfile::TempDir, Review) {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(RECORDED, dir.path().join("a.json")).unwrap();
    let mut s: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(RECORDED).unwrap()).unwrap();
    s["title"] = "Follow-up dialogue".into();
    s["date"] = "2026-11-20".into();
    s["live"]["id"] = "second".into();
    for (i, status) in [(0, "done"), (1, "done"), (2, "dropped"), (5, "done")] {
        s["live"]["commitments"][i]["status"] = status.into();
    }
    std::fs::write(dir.path().join("b.json"), s.to_string()).unwrap();
    let review = Review::new(
        Catalog::load(dir.path(), &[]),
        NaiveDate::from_ymd_opt(2026, 11, 23).unwrap(),
        FixedOffset::east_opt(0).unwrap(),
        Author {
            name: "lina".into(),
            uid: None,
        },
    );
    (dir, review)
}

fn press(r: &mut Review, c: char) {
    r.on_key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE));
}

fn screen(r: &Review, w: u16, h: u16) -> String {
    let theme = Theme::new(ThemeName::HighContrast, false);
    let mut terminal = Terminal::new(TestBackend::new(w, h)).unwrap();
    terminal
        .draw(|f| ui::review::render(r, &theme, f.area(), f.buffer_mut()))
        .unwrap();
    format!("{}", terminal.backend())
}

#[test]
fn issue_15_c_f_shows_a_gauge_per_session_and_bars_per_stakeholder_group() {
    let (_dir, mut r) = review();
    press(&mut r, 'f');
    assert_eq!(r.screen, Screen::Figures);
    let text = screen(&r, 120, 40);
    assert!(text.contains("2026-11-20 Follow-up dialogue"), "{text}");
    assert!(text.contains("by stakeholder group"), "{text}");
    assert!(text.contains("Government"), "{text}");
    assert!(
        text.contains("36%"),
        "the second round: 4 done of 11 not dropped:\n{text}"
    );
    for (w, h) in SIZES {
        insta::assert_snapshot!(format!("review_figures_{w}x{h}"), screen(&r, w, h));
    }
    press(&mut r, 'g');
    let by_owner = screen(&r, 120, 40);
    assert!(by_owner.contains("by owner"), "{by_owner}");
    assert!(by_owner.contains("Ministry of Finance"), "{by_owner}");
    insta::assert_snapshot!("review_figures_by_owner_80x24", screen(&r, 80, 24));
    r.on_key(KeyEvent::new(KeyCode::Esc, KeyModifiers::NONE));
    assert_eq!(
        r.screen,
        Screen::Sessions,
        "Esc goes back where f was pressed"
    );
}

#[test]
fn issue_15_c_figures_from_the_board_count_what_the_board_shows() {
    let (_dir, mut r) = review();
    press(&mut r, 'b');
    press(&mut r, 'o'); // overdue only
    let shown = r.shown.len();
    press(&mut r, 'f');
    let f = r.figures();
    assert_eq!(f.overall.total(), shown);
    assert_eq!(
        f.overall.get(plenary::report::progress::Standing::Overdue),
        shown
    );
    r.on_key(KeyEvent::new(KeyCode::Esc, KeyModifiers::NONE));
    assert_eq!(r.screen, Screen::Board);
}
