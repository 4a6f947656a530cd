//! Issue 11 (newcomer findings 3 and 14): the launcher's rows and refusal, and review's
//! message, as drawn at 80x24, 60x20, 120x40 and 200x60.

use chrono::{FixedOffset, NaiveDate};
use plenary::domain::Author;
use plenary::review::Review;
use plenary::review::run::Outcome;
use plenary::store::catalog::Catalog;
use plenary::ui::{self, Theme, ThemeName};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

const SIZES: [(u16, u16); 4] = [(80, 24), (60, 20), (120, 40), (200, 60)];
const RECORDED: &str = "sessions/2026-06-18-monitoring-results-workshop.json";

fn theme() -> Theme {
    Theme::new(ThemeName::HighContrast, false)
}

/// An agenda and two recorded runs of one session, on two dates.
fn folder() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let text = std::fs::read_to_string(RECORDED).unwrap();
    std::fs::write(dir.path().join("first.json"), &text).unwrap();
    let later = text.replacen("\"date\": \"2026-06-18\"", "\"date\": \"2026-06-25\"", 1);
    assert_ne!(later, text, "the copy has another date");
    std::fs::write(dir.path().join("second.json"), later).unwrap();
    std::fs::copy(
        "sessions/short-plenary.json",
        dir.path().join("short-plenary.json"),
    )
    .unwrap();
    dir
}

#[test]
fn finding_3_and_14_the_launcher_shows_dates_and_a_whole_refusal() {
    let dir = folder();
    let none = tempfile::tempdir().unwrap();
    let mut entries = plenary::launcher::discover(dir.path(), none.path());
    // One order whatever the files' times.
    entries.sort_by(|a, b| (a.kind as u8, &a.detail).cmp(&(b.kind as u8, &b.detail)));
    let theme = theme();
    for (w, h) in SIZES {
        let mut launcher = plenary::launcher::Launcher::new(&entries, &theme);
        launcher.selected = 2;
        launcher.message = Some(
            "/home/lina/sessions/2026-11-26-đối-thoại-về-trách-nhiệm-giải-trình-关于利用.json is already open in another plenary (process 4242); close that one first or join it with `plenary join`".into(),
        );
        let mut terminal = Terminal::new(TestBackend::new(w, h)).unwrap();
        terminal
            .draw(|f| ui::launcher::render(&launcher, &theme, f.area(), f.buffer_mut()))
            .unwrap();
        insta::assert_snapshot!(format!("launcher_refusal_{w}x{h}"), terminal.backend());
    }
}

#[test]
fn finding_14_reviews_message_keeps_the_file_name() {
    let dir = folder();
    let catalog = Catalog::load(dir.path(), &[]);
    let mut review = Review::new(
        catalog,
        NaiveDate::from_ymd_opt(2026, 11, 23).unwrap(),
        FixedOffset::east_opt(0).unwrap(),
        Author {
            name: "lina".into(),
            uid: None,
        },
    );
    review.on_outcome(Outcome::Exported(Ok(
        "/home/lina/sessions/2026-11-26-đối-thoại-về-trách-nhiệm-giải-trình-关于利用.deadlines.ics"
            .into(),
    )));
    let theme = theme();
    for (w, h) in SIZES {
        let mut terminal = Terminal::new(TestBackend::new(w, h)).unwrap();
        terminal
            .draw(|f| ui::review::render(&review, &theme, f.area(), f.buffer_mut()))
            .unwrap();
        insta::assert_snapshot!(format!("review_wrote_{w}x{h}"), terminal.backend());
    }
}
