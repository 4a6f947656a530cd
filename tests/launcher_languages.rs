//! Issue 16, item 3: the launcher (plenary with no command) in French and Spanish, at
//! 80x24 and 120x40, drawn at 60x20 without a panic, with none of its English words.

use plenary::i18n::{Lang, scoped};
use plenary::ui::{self, Theme, ThemeName};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

const RECORDED: &str = "sessions/2026-06-18-monitoring-results-workshop.json";

fn screens(lang: Lang, code: &str) {
    let _lang = scoped(lang);
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(RECORDED, dir.path().join("recorded.json")).unwrap();
    std::fs::copy(
        "sessions/short-plenary.json",
        dir.path().join("short-plenary.json"),
    )
    .unwrap();
    std::fs::write(dir.path().join("broken.json"), "{").unwrap();
    let none = tempfile::tempdir().unwrap();
    let mut entries = plenary::launcher::discover(dir.path(), none.path());
    entries.sort_by(|a, b| a.path.cmp(&b.path));
    let theme = Theme::new(ThemeName::HighContrast, false);
    for (w, h) in [(80, 24), (120, 40), (60, 20)] {
        let launcher = plenary::launcher::Launcher::new(&entries, &theme);
        let mut terminal = Terminal::new(TestBackend::new(w, h)).unwrap();
        terminal
            .draw(|f| ui::launcher::render(&launcher, &theme, f.area(), f.buffer_mut()))
            .unwrap();
        let text = format!("{}", terminal.backend());
        for english in [
            "pick an agenda",
            "unreadable",
            "Enter shows why",
            "commitments",
            " items",
            "start or resume",
        ] {
            assert!(
                !text.contains(english),
                "{code} {w}x{h}: “{english}”\n{text}"
            );
        }
        if w != 60 {
            insta::assert_snapshot!(format!("launcher_{code}_{w}x{h}"), text);
        }
    }
}

#[test]
fn issue16_item3_the_launcher_in_french() {
    screens(Lang::Fr, "fr");
}

#[test]
fn issue16_item3_the_launcher_in_spanish() {
    screens(Lang::Es, "es");
}
