//! Issue 16, item 5: the words projected to the room in English, French and Spanish: the
//! stage at each phase of the presenter timer, before the start, during a breakout and in
//! projector mode, at 80x24 and 120x40 (snapshots), and at 60x20 and 80x24 with every phase
//! and footer word whole (French and Spanish run 15–30 % longer).

mod support;

use chrono::{DateTime, Duration, NaiveDate, TimeZone, Utc};
use plenary::app::App;
use plenary::domain::*;
use plenary::i18n::{Lang, scoped};
use plenary::tr;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use support::console::console_text;

fn t0() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 26, 9, 0, 0).unwrap()
}

fn at(seconds: i64) -> Moment {
    Moment {
        now: t0() + Duration::seconds(seconds),
        today: NaiveDate::from_ymd_opt(2026, 11, 26).unwrap(),
    }
}

fn example() -> App {
    let text = std::fs::read_to_string("sessions/monitoring-results-workshop.json").unwrap();
    let mut s: Session = serde_json::from_str(&text).unwrap();
    s.begin_live("languages".into(), None, t0());
    App::new(
        s,
        Author {
            name: "amina".into(),
            uid: None,
        },
        "/sessions/2026-11-26-workshop.json".into(),
    )
}

fn press(app: &mut App, code: KeyCode, seconds: i64) {
    app.on_key(KeyEvent::new(code, KeyModifiers::NONE), at(seconds));
}

/// The report-back, the first presenter's clock started at 3900 s.
fn presenting() -> App {
    let mut app = example();
    press(&mut app, KeyCode::Enter, 0);
    for s in [900, 3300, 3900] {
        press(&mut app, KeyCode::Char(']'), s);
    }
    press(&mut app, KeyCode::Char(' '), 3900);
    app
}

/// A follow-up item going through the commitments of the recorded example session.
fn follow_up() -> App {
    let read = |path: &str| -> Session {
        serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
    };
    let old = read("sessions/2026-06-18-monitoring-results-workshop.json");
    let mut s = read("sessions/short-plenary.json");
    let carried = plenary::domain::carry::carried_from([("old.json", &old)]);
    assert!(!carried.is_empty());
    s.ensure_follow_up_item(carried.len());
    s.begin_live("languages-follow-up".into(), None, t0());
    s.live.as_mut().unwrap().carried = carried;
    let mut app = App::new(
        s,
        Author {
            name: "amina".into(),
            uid: None,
        },
        "/sessions/follow-up.json".into(),
    );
    press(&mut app, KeyCode::Enter, 0);
    press(&mut app, KeyCode::Char(']'), 30);
    press(&mut app, KeyCode::Char(' '), 40);
    app
}

/// Each state worth projecting, with the moment it is drawn at and the phase words it
/// must show whole.
fn states(lang: Lang) -> Vec<(&'static str, App, i64, Vec<String>)> {
    let ready = example();
    let mut item = example();
    press(&mut item, KeyCode::Enter, 0);
    let mut breakout = example();
    press(&mut breakout, KeyCode::Enter, 0);
    press(&mut breakout, KeyCode::Char(']'), 900);
    let mut paused = presenting();
    press(&mut paused, KeyCode::Char(' '), 3900 + 342);
    let mut projector = presenting();
    press(&mut projector, KeyCode::Char('P'), 3900);
    let mut last_minute = presenting();
    press(&mut last_minute, KeyCode::Char(' '), 3900 + 250);
    let time = |t: &str| t.to_string();
    // Issue 16, item 3: the read-back writes its dates in the room's language.
    let deadline = NaiveDate::from_ymd_opt(2027, 3, 31).unwrap();
    let read_back = || {
        let mut app = presenting();
        let draft = CommitmentDraft {
            what: "Table the monitoring findings at the budget committee".into(),
            owner: "Ministry of Finance".into(),
            deadline,
            anchor: Anchor {
                item: 3,
                group: Some(0),
            },
            past_deadline_confirmed: false,
        };
        let me = app.me.clone();
        app.session
            .apply(
                &Op::AddCommitment {
                    draft,
                    written: None,
                },
                &me,
                at(3950),
            )
            .unwrap();
        press(&mut app, KeyCode::Char('6'), 3960);
        app
    };
    // The summary once the last ] ended the session (it asks).
    let mut summary = read_back();
    press(&mut summary, KeyCode::Char('1'), 3970);
    for s in [4200, 6000, 6600] {
        press(&mut summary, KeyCode::Char(']'), s);
        press(&mut summary, KeyCode::Char('y'), s);
    }
    let mut one_at_a_time = read_back();
    press(&mut one_at_a_time, KeyCode::Tab, 3960);
    vec![
        ("ready", ready, 0, vec![tr!(in lang; "key-enter")]),
        (
            "item",
            item,
            61,
            vec![tr!(in lang; "item-planned", minutes = 15)],
        ),
        ("breakout", breakout, 960, vec![]),
        (
            "running",
            presenting(),
            3900 + 61,
            vec![tr!(in lang; "phase-running")],
        ),
        (
            "warning",
            presenting(),
            3900 + 250,
            vec![tr!(in lang; "phase-warning")],
        ),
        (
            "overrun",
            presenting(),
            3900 + 342,
            vec![tr!(in lang; "phase-time-over", time = time("0:42"))],
        ),
        (
            "paused-over",
            paused,
            3900 + 400,
            vec![tr!(in lang; "compact-paused-over", time = time("0:42"))],
        ),
        (
            "paused-last-minute",
            last_minute,
            3900 + 300,
            vec![tr!(in lang; "word-paused")],
        ),
        ("projector", projector, 3900 + 342, vec![]),
        (
            "follow-up",
            follow_up(),
            60,
            vec![tr!(in lang; "follow-up-now")],
        ),
        (
            "read-back",
            read_back(),
            3970,
            vec![tr!(in lang; "readback-by", date = plenary::i18n::date::long(deadline, lang))],
        ),
        ("read-back-one", one_at_a_time, 3970, vec![]),
        (
            "summary",
            summary,
            6700,
            vec![tr!(in lang; "summary-by-owner", count = 1)],
        ),
    ]
}

fn screens(lang: Lang, width: u16, height: u16) -> Vec<(&'static str, String, Vec<String>)> {
    let _lang = scoped(lang);
    states(lang)
        .into_iter()
        .map(|(name, mut app, seconds, words)| {
            // The footer's keys, not the message that took their row for a moment.
            app.flash = None;
            (
                name,
                console_text(&app, at(seconds).now, width, height, true),
                words,
            )
        })
        .collect()
}

#[test]
fn issue16_item5_the_stage_in_each_language_at_80x24_and_120x40() {
    for lang in Lang::ALL {
        for (w, h) in [(80, 24), (120, 40)] {
            let all: String = screens(lang, w, h)
                .into_iter()
                .map(|(name, screen, _)| format!("── {name}\n{screen}"))
                .collect();
            insta::assert_snapshot!(format!("stage_{lang}_{w}x{h}"), all);
        }
    }
}

// Issue 16, item 5 (nc16 #5): at 60x20 the header loses the lower-value phrases whole (who
// is connected, ahead or behind, the session's clock) before the title and the item, which
// keep whole words ("P… · 4/6 Re…" could not be read).
#[test]
fn issue16_nc16_5_the_header_at_60x20_keeps_the_title_and_item_readable() {
    for lang in [Lang::Fr, Lang::Es] {
        let known = support::words::vocabulary(
            lang,
            &[
                "sessions/monitoring-results-workshop.json",
                "sessions/short-plenary.json",
                "sessions/2026-06-18-monitoring-results-workshop.json",
            ],
            "Follow-up of earlier commitments",
        );
        let headers: String = screens(lang, 60, 20)
            .into_iter()
            .map(|(name, screen, _)| {
                let header = screen.lines().next().unwrap_or_default().to_string();
                let cut = support::words::cut_words(&header, &known, true);
                assert!(cut.is_empty(), "{lang} {name}: {cut:?} in {header:?}");
                format!("{name:<20}{header}\n")
            })
            .collect();
        insta::assert_snapshot!(format!("header_{lang}_60x20"), headers);
    }
}

// Issue 16, items 5 and 8 (nc16 #5, #8): after o on the summary, the message says "Compte
// rendu écrit" and shows the file's name whole, its folders shortened with "…/", and so
// does the summary's row.
#[test]
fn issue16_nc16_5_the_written_file_is_named_whole() {
    let path =
        "/tmp/nc16-work/sessions/2026-11-26-putting-the-monitoring-results-to-work.outcome.md";
    let file = "2026-11-26-putting-the-monitoring-results-to-work.outcome.md";
    for (lang, said) in [
        (Lang::Fr, "Compte rendu écrit"),
        (Lang::Es, "Documento final escrito"),
    ] {
        let _lang = scoped(lang);
        let (_, mut app, seconds, _) = states(lang)
            .into_iter()
            .find(|(name, ..)| *name == "summary")
            .unwrap();
        app.exported(
            plenary::report::ExportFormat::Md,
            Ok(std::path::PathBuf::from(path)),
        );
        // The message under the screen's width; the summary's row, when its pane is
        // wider than the name.
        for (w, h, times) in [(80, 24, 1), (120, 40, 2)] {
            let screen = console_text(&app, at(seconds).now, w, h, true);
            assert!(screen.contains(said), "{lang} {w}x{h}:\n{screen}");
            assert!(
                screen.matches(file).count() == times,
                "{lang} {w}x{h}:\n{screen}"
            );
            assert!(
                screen.contains("outcome.md ") && !screen.contains("outc…"),
                "{screen}"
            );
        }
        let screen = console_text(&app, at(seconds).now, 60, 20, true);
        assert!(
            screen.contains(said) && screen.contains("outcome.md"),
            "{lang} 60x20:\n{screen}"
        );
    }
}

/// Every word a footer may show in `lang`, and the keys' labels.
fn footer_vocabulary(lang: Lang) -> Vec<String> {
    let _lang = scoped(lang);
    let mut words: Vec<String> = plenary::app::keys::KEYMAP
        .0
        .iter()
        .flat_map(|b| {
            let mut w = vec![plenary::i18n::keys::key_label(b.label)];
            if let Some(f) = b.footer {
                w.push(f.text());
            }
            w
        })
        .flat_map(|phrase| phrase.split(' ').map(str::to_string).collect::<Vec<_>>())
        .collect();
    words.sort();
    words.dedup();
    words
}

#[test]
fn issue16_item5_phase_and_footer_words_hold_whole_at_60x20_and_80x24() {
    for lang in Lang::ALL {
        let vocabulary = footer_vocabulary(lang);
        for (w, h) in [(60, 20), (80, 24), (120, 40)] {
            for (name, screen, words) in screens(lang, w, h) {
                for phrase in &words {
                    assert!(
                        screen.contains(phrase.as_str()),
                        "{lang} {name} at {w}x{h}: {phrase:?} is not whole:\n{screen}"
                    );
                }
                let footer = screen.lines().last().unwrap_or_default();
                for word in footer.split_whitespace() {
                    // Keys grouped under one hint ("][", "+-") are not words.
                    let keys = !word.chars().any(char::is_alphabetic);
                    assert!(
                        keys || vocabulary.iter().any(|v| v == word),
                        "{lang} {name} at {w}x{h}: the footer's {word:?} is cut:\n{screen}"
                    );
                }
            }
        }
    }
}

#[test]
fn issue16_item5_help_lists_the_keys_in_the_language() {
    for (lang, heading, words) in [
        (
            Lang::Fr,
            "Avant le début de la séance",
            "commencer la séance",
        ),
        (Lang::Es, "Antes de empezar la sesión", "empezar la sesión"),
    ] {
        let _lang = scoped(lang);
        let mut app = example();
        press(&mut app, KeyCode::Char('?'), 0);
        for (w, h) in [(80, 24), (120, 40)] {
            let screen = console_text(&app, at(0).now, w, h, true);
            assert!(screen.contains(heading), "{lang} {w}x{h}:\n{screen}");
            assert!(screen.contains(words), "{lang} {w}x{h}:\n{screen}");
            assert!(!screen.contains("Before the session starts"), "{screen}");
        }
        let screen = console_text(&app, at(0).now, 120, 40, true);
        insta::assert_snapshot!(format!("help_{lang}_120x40"), screen);
    }
}

// nc16b #7: the summary's "Enregistré dans …" was cut at 80 columns to
// "…/2026-11-26-ateli…", losing the file the facilitator resumes or sends.
#[test]
fn nc16b_7_the_summary_names_the_saved_file_whole() {
    let file = "2026-11-26-putting-the-monitoring-results-to-work.json";
    let path = format!("/home/facilitatrice/ateliers/burundi/sessions/{file}");
    for lang in [Lang::Fr, Lang::Es, Lang::En] {
        let _lang = scoped(lang);
        let (_, mut app, seconds, _) = states(lang)
            .into_iter()
            .find(|(name, ..)| *name == "summary")
            .unwrap();
        app.host_mut().unwrap().file = path.clone().into();
        for (w, h) in [(80, 24), (120, 40)] {
            let screen = console_text(&app, at(seconds).now, w, h, true);
            // Whole, on one line or broken after a dash over several.
            let joined: String = screen
                .lines()
                .map(|l| l.rsplit('│').next().unwrap_or(l).trim())
                .collect();
            assert!(joined.contains(file), "{lang} {w}x{h}:\n{screen}");
        }
    }
}
