//! Issue 16, item 2: review in French and Spanish — the sessions list, a session's record,
//! the commitments board, the figures and the follow-up form — snapshotted at 80x24 and
//! 120x40, drawn at 60x20 without a panic, and with none of the English words they had.

use chrono::{FixedOffset, NaiveDate};
use plenary::domain::{Author, Session};
use plenary::i18n::{Lang, scoped};
use plenary::review::Review;
use plenary::store::catalog::Catalog;
use plenary::store::save;
use plenary::ui::{Theme, ThemeName};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

const RECORDED: &str = "sessions/2026-06-18-monitoring-results-workshop.json";

/// The recorded example, its room's language `lang`, in a directory of its own.
fn review(dir: &std::path::Path, lang: Lang) -> Review {
    let mut s: Session = plenary::store::load(std::path::Path::new(RECORDED)).unwrap();
    s.set_language(lang);
    let path = dir.join("2026-06-18-workshop.json");
    save::write_atomic(&path, &save::to_json(&s)).unwrap();
    Review::new(
        Catalog::load(dir, &[]),
        NaiveDate::from_ymd_opt(2026, 11, 26).unwrap(),
        FixedOffset::east_opt(0).unwrap(),
        Author {
            name: "lina".into(),
            uid: None,
        },
    )
}

fn key(r: &mut Review, k: KeyCode) {
    r.on_key(KeyEvent::new(k, KeyModifiers::NONE));
}

fn screen(r: &Review, w: u16, h: u16) -> String {
    let theme = Theme::new(ThemeName::HighContrast, false);
    let mut terminal = Terminal::new(TestBackend::new(w, h)).unwrap();
    terminal
        .draw(|f| plenary::ui::review::render(r, &theme, f.area(), f.buffer_mut()))
        .unwrap();
    format!("{}", terminal.backend())
}

/// Each main screen of review, reached by its keys from the sessions list.
const SCREENS: [(&str, &[KeyCode]); 5] = [
    ("sessions", &[]),
    ("record", &[KeyCode::Enter]),
    ("board", &[KeyCode::Char('b')]),
    ("figures", &[KeyCode::Char('f')]),
    ("followup", &[KeyCode::Char('b'), KeyCode::Enter]),
];

/// English words these screens showed before issue 16.
const ENGLISH: [&str; 10] = [
    "commitments",
    " overdue",
    "Deadline",
    "Owner",
    "People",
    "Completion",
    "Follow up",
    "all commitments",
    " quit ",
    "Participants from",
];

fn each_screen(lang: Lang, code: &str) {
    let _lang = scoped(lang);
    for (name, keys) in SCREENS {
        let dir = tempfile::tempdir().unwrap();
        let mut r = review(dir.path(), lang);
        for k in keys {
            key(&mut r, *k);
        }
        for (w, h) in [(80, 24), (120, 40)] {
            let text = screen(&r, w, h);
            for word in ENGLISH {
                assert!(
                    !text.contains(word),
                    "{code} {name} {w}x{h}: “{word}”\n{text}"
                );
            }
            insta::assert_snapshot!(format!("review_{code}_{name}_{w}x{h}"), text);
        }
        screen(&r, 60, 20);
    }
}

#[test]
fn issue16_item2_review_in_french() {
    each_screen(Lang::Fr, "fr");
}

#[test]
fn issue16_item2_review_in_spanish() {
    each_screen(Lang::Es, "es");
}

#[test]
fn issue16_item2_a_french_deadline_is_understood_in_the_follow_up_form() {
    let _fr = scoped(Lang::Fr);
    let dir = tempfile::tempdir().unwrap();
    let mut r = review(dir.path(), Lang::Fr);
    key(&mut r, KeyCode::Char('b'));
    key(&mut r, KeyCode::Enter);
    key(&mut r, KeyCode::Tab);
    for c in "fin juin 2027".chars() {
        key(&mut r, KeyCode::Char(c));
    }
    let text = screen(&r, 80, 24);
    assert!(
        text.contains("mercredi 30 juin 2027 (une note est requise)"),
        "{text}"
    );
}

// nc16 #7: review's lists write their dates as the language does ("18 juin 2026",
// "2 juil. 2026"), never ISO, at every size; the date columns widen to hold them.
#[test]
fn nc16_7_review_lists_date_in_the_language() {
    for (lang, session_day) in [(Lang::Fr, "18 juin 2026"), (Lang::Es, "18 jun 2026")] {
        let _lang = scoped(lang);
        for (name, keys) in [
            ("sessions", &[][..]),
            ("board", &[KeyCode::Char('b')][..]),
            ("figures", &[KeyCode::Char('f')][..]),
        ] {
            let dir = tempfile::tempdir().unwrap();
            let mut r = review(dir.path(), lang);
            for k in keys {
                key(&mut r, *k);
            }
            for (w, h) in [(60, 20), (80, 24), (120, 40)] {
                let text = screen(&r, w, h);
                let iso = text
                    .lines()
                    .find(|l| l.contains("2026-") || l.contains("2027-"));
                assert!(iso.is_none(), "{lang} {name} {w}x{h}: {iso:?}\n{text}");
                if name != "board" || w >= 120 {
                    assert!(text.contains(session_day), "{lang} {name} {w}x{h}\n{text}");
                }
            }
        }
    }
}
