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

// nc16 #10 (h16g item 5): a file that is readable JSON but whose plan has problems (a start
// time of 25:00, a misspelt field) was marked `illisible` ("unreadable"); the README calls
// such a file "cannot run". It is marked so in each language; a file that is not JSON at
// all stays unreadable.
#[test]
fn nc16_10_a_readable_agenda_with_plan_problems_is_marked_cannot_run() {
    let dir = tempfile::tempdir().unwrap();
    let mut agenda: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string("sessions/short-plenary.json").unwrap())
            .unwrap();
    agenda["starts"] = serde_json::Value::from("25:00");
    std::fs::write(dir.path().join("broken.json"), agenda.to_string()).unwrap();
    std::fs::write(dir.path().join("garbled.json"), "{").unwrap();
    let none = tempfile::tempdir().unwrap();
    let mut entries = plenary::launcher::discover(dir.path(), none.path());
    entries.sort_by(|a, b| a.path.cmp(&b.path));
    let theme = Theme::new(ThemeName::HighContrast, false);
    for (lang, cannot_run, unreadable) in [
        (Lang::En, "cannot run", "unreadable"),
        (Lang::Fr, "à corriger", "illisible"),
        (Lang::Es, "con error", "ilegible"),
    ] {
        let _lang = scoped(lang);
        let launcher = plenary::launcher::Launcher::new(&entries, &theme);
        let mut terminal = Terminal::new(TestBackend::new(80, 24)).unwrap();
        terminal
            .draw(|f| ui::launcher::render(&launcher, &theme, f.area(), f.buffer_mut()))
            .unwrap();
        let text = format!("{}", terminal.backend());
        let line = |file: &str| {
            text.lines()
                .find(|l| l.contains(file))
                .unwrap_or_else(|| panic!("{lang}: no {file}\n{text}"))
                .to_string()
        };
        let broken = text
            .lines()
            .find(|l| l.contains(cannot_run))
            .unwrap_or_else(|| panic!("{lang}: nothing marked {cannot_run}\n{text}"));
        assert!(!broken.contains(unreadable), "{lang}: {broken}");
        assert!(line("garbled").contains(unreadable), "{lang}\n{text}");
        assert_eq!(
            text.matches(unreadable).count(),
            1,
            "{lang}: only the garbled file is unreadable\n{text}"
        );
    }
}

// h16g item 2: a key that does nothing on the launcher is answered in the language, with
// the keys that do something named in it too (it was English whatever the language).
#[test]
fn a_stray_key_on_the_launcher_is_answered_in_the_language() {
    use plenary::launcher::Launcher;
    use plenary::shell::{Frontend, Input};
    use ratatui::crossterm::event::{KeyCode, KeyEvent};
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(
        "sessions/short-plenary.json",
        dir.path().join("short-plenary.json"),
    )
    .unwrap();
    let none = tempfile::tempdir().unwrap();
    let entries = plenary::launcher::discover(dir.path(), none.path());
    let theme = Theme::new(ThemeName::HighContrast, false);
    for (lang, words) in [
        (Lang::En, ["z does nothing here", "Enter start or resume"]),
        (
            Lang::Fr,
            ["z ne fait rien ici", "Entrée lancer ou reprendre"],
        ),
        (Lang::Es, ["z no hace nada aquí", "Intro empezar o retomar"]),
    ] {
        let _lang = scoped(lang);
        let mut launcher = Launcher::new(&entries, &theme);
        launcher.update(
            Input::Key(KeyEvent::from(KeyCode::Char('z'))),
            &mut Vec::new(),
        );
        let said = launcher.message.clone().unwrap_or_default();
        for w in words {
            assert!(said.contains(w), "{lang}: {said}");
        }
    }
}

// nc16b #10: at 60x20 in French the launcher's heading stopped mid-word ("ou une séan"),
// its footer put "q" on one line and "quitter" on the next, and each row's details
// started in a column of their own; a session's day was ISO.
#[test]
fn nc16b_10_the_launcher_holds_at_60x20_in_french_and_spanish() {
    for lang in [Lang::Fr, Lang::Es] {
        let _lang = scoped(lang);
        let dir = tempfile::tempdir().unwrap();
        for name in [
            "follow-up-meeting.json",
            "peer-learning-exchange.json",
            "short-plenary.json",
        ] {
            std::fs::copy(format!("sessions/{name}"), dir.path().join(name)).unwrap();
        }
        std::fs::copy(RECORDED, dir.path().join("recorded.json")).unwrap();
        let none = tempfile::tempdir().unwrap();
        let mut entries = plenary::launcher::discover(dir.path(), none.path());
        entries.sort_by(|a, b| a.path.cmp(&b.path));
        let theme = Theme::new(ThemeName::HighContrast, false);
        for (w, h) in [(60, 20), (80, 24)] {
            let launcher = plenary::launcher::Launcher::new(&entries, &theme);
            let mut terminal = Terminal::new(TestBackend::new(w, h)).unwrap();
            terminal
                .draw(|f| ui::launcher::render(&launcher, &theme, f.area(), f.buffer_mut()))
                .unwrap();
            let lines: Vec<String> = terminal
                .backend()
                .buffer()
                .content
                .chunks(usize::from(w))
                .map(|row| row.iter().map(|c| c.symbol()).collect::<String>())
                .collect();
            let text = lines.join("\n");
            let heading = lines[0].trim_end();
            let whole = plenary::tr!("launcher-title");
            assert!(
                heading == whole || heading.ends_with('…'),
                "{lang} {w}x{h}: {heading}"
            );
            // The footer: one line, no hint split from its key.
            let footer: Vec<&String> = lines.iter().rev().take(2).collect();
            assert!(
                footer
                    .iter()
                    .all(|l| !l.trim().starts_with(|c: char| c.is_alphabetic())
                        || l.starts_with(' ')),
                "{lang} {w}x{h}:\n{text}"
            );
            assert!(footer[0].trim().is_empty(), "{lang} {w}x{h}:\n{text}");
            // Every row's details begin in one column.
            let starts: std::collections::BTreeSet<usize> = lines[2..7]
                .iter()
                .filter_map(|l| {
                    use unicode_width::UnicodeWidthStr;
                    let at = l.find(".json").or_else(|| l.find("2026"))?;
                    let before = &l[..at];
                    let start = before.rfind("  ")? + 2;
                    Some(l[..start].width())
                })
                .collect();
            assert_eq!(starts.len(), 1, "{lang} {w}x{h}: {starts:?}\n{text}");
            assert!(!text.contains("2026-06-18"), "{lang} {w}x{h}:\n{text}");
        }
    }
}
