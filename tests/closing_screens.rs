//! The close of a session on screen (issue 12, items 16 and 17), with the peer-learning
//! fixture (Vietnamese, French and Chinese names, a 480-character topic) at 80x24, 60x20,
//! 120x40 and 200x60: the read-back of the commitments, a page or one at a time, on the
//! projector too; and the summary when the session ends.

use chrono::{DateTime, Duration, FixedOffset, NaiveDate, TimeZone, Utc};
use plenary::app::{App, View};
use plenary::domain::*;
use plenary::ui::{self, Ctx, Theme, ThemeName};
use ratatui::buffer::Buffer;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::layout::Rect;

const FIXTURE: &str = "sessions/peer-learning-exchange.json";
const SIZES: [(u16, u16); 4] = [(80, 24), (60, 20), (120, 40), (200, 60)];

fn t0() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 26, 9, 0, 0).unwrap()
}

fn at(seconds: i64) -> Moment {
    Moment {
        now: t0() + Duration::seconds(seconds),
        today: NaiveDate::from_ymd_opt(2026, 11, 26).unwrap(),
    }
}

fn press(app: &mut App, code: KeyCode, seconds: i64) {
    app.on_key(KeyEvent::new(code, KeyModifiers::NONE), at(seconds));
}

/// What the room agreed in the fixture's session: seven commitments (one deleted), long
/// and short, owners in three scripts.
const AGREED: [(&str, &str, i64); 7] = [
    (
        "Draft the two budget lines the findings change first, with the ministry's data",
        "Nguyễn Thị Hương",
        30,
    ),
    (
        "Saisir la commission des finances et obtenir une audition avant la session budgétaire de septembre, avec le rapport de suivi",
        "Hélène Dubois",
        60,
    ),
    ("在九月之前把水资源指标纳入国家成果框架", "王小明", 90),
    ("Withdrawn: said in error", "Zhang Wei", 10),
    (
        "Publish the data gaps the monitoring found",
        "François Ngoy",
        45,
    ),
    (
        "Brief the civil society platform after each hearing",
        "Amadou Traoré",
        120,
    ),
    ("Share the UN data on water points", "张丽", 75),
];

/// The fixture run to its closing item, with the commitments made and C4 deleted; the
/// groups presented (the second over its three minutes).
fn closing() -> App {
    let mut s: Session = serde_json::from_str(&std::fs::read_to_string(FIXTURE).unwrap()).unwrap();
    s.begin_live("closing".into(), None, t0());
    let me = Author {
        name: "amina".into(),
        uid: None,
    };
    let mut app = App::new(s, me, "/sessions/2026-11-26-peer-learning.json".into());
    press(&mut app, KeyCode::Enter, 0);
    press(&mut app, KeyCode::Char(']'), 600);
    press(&mut app, KeyCode::Char(']'), 2100);
    // Report-back: 4:30, 3:45 (over by 0:45), 5:10 (over by 0:10), 2:00.
    let mut t = 2100;
    for (i, used) in [270, 225, 310, 120].into_iter().enumerate() {
        if i > 0 {
            press(&mut app, KeyCode::Right, t);
        }
        press(&mut app, KeyCode::Char(' '), t);
        t += used;
        press(&mut app, KeyCode::Char(' '), t);
    }
    press(&mut app, KeyCode::Char(']'), t + 60);
    for (what, owner, days) in AGREED {
        let draft = CommitmentDraft {
            what: what.into(),
            owner: owner.into(),
            deadline: at(0).today + Duration::days(days),
            anchor: Anchor {
                item: 3,
                group: None,
            },
            past_deadline_confirmed: false,
        };
        app.apply(
            Op::AddCommitment {
                draft,
                written: None,
            },
            at(t + 120),
        )
        .unwrap();
    }
    app.apply(Op::DeleteCommitment { id: "C4".into() }, at(t + 130))
        .unwrap();
    press(&mut app, KeyCode::Char(']'), 4200);
    app
}

fn draw(app: &App, seconds: i64, w: u16, h: u16) -> Buffer {
    let theme = Theme::new(ThemeName::HighContrast, false);
    let ctx = Ctx {
        now: at(seconds).now,
        offset: FixedOffset::east_opt(3600).unwrap(),
        theme: &theme,
    };
    let mut buf = Buffer::empty(Rect::new(0, 0, w, h));
    ui::render(app, &ctx, buf.area, &mut buf);
    buf
}

/// The screen as text; a wide character's second cell is left out, as a terminal shows it.
fn text(buf: &Buffer) -> String {
    let mut out = String::new();
    for y in 0..buf.area.height {
        let mut x = 0;
        while x < buf.area.width {
            let symbol = buf[(x, y)].symbol();
            out.push_str(symbol);
            x += unicode_width::UnicodeWidthStr::width(symbol).max(1) as u16;
        }
        out.push('\n');
    }
    out
}

/// The app sized for a `w`x`h` terminal, as the console tells it.
fn sized(mut app: App, w: u16, h: u16) -> App {
    if let Some(host) = app.host_mut() {
        host.screen = (w, h);
    }
    app
}

/// Every page of the read-back at `w`x`h`, pressing → until it says it is the last.
fn pages(app: &mut App, w: u16, h: u16) -> Vec<String> {
    let mut seen = Vec::new();
    loop {
        seen.push(text(&draw(app, 4300, w, h)));
        press(app, KeyCode::Right, 4300);
        if app.flash.is_some() {
            return seen;
        }
        assert!(seen.len() < 20, "never reached the last page");
    }
}

// Issue 12, item 16: at closing the table cut each action to ~27 characters, and the
// projector showed only the clock.
#[test]
fn item16_the_read_back_shows_every_commitment_whole_a_page_at_a_time() {
    for (w, h) in SIZES {
        for projector in [false, true] {
            let mut app = sized(closing(), w, h);
            assert!(
                text(&draw(&app, 4300, w, h)).contains("read back"),
                "the closing item offers the read-back"
            );
            press(&mut app, KeyCode::Char('6'), 4300);
            if projector {
                press(&mut app, KeyCode::Char('P'), 4300);
            }
            assert_eq!(app.view, View::ReadBack);
            let name = format!(
                "read_back_{}{w}x{h}",
                if projector { "projector_" } else { "" }
            );
            insta::assert_snapshot!(name, text(&draw(&app, 4300, w, h)));
            let all = pages(&mut app, w, h).concat();
            for (i, (what, owner, _)) in AGREED.iter().enumerate() {
                let first_word = what.split(' ').next().unwrap();
                if i == 3 {
                    assert!(!all.contains(first_word), "a deleted one is not read back");
                    continue;
                }
                assert!(all.contains(first_word), "{w}x{h}: {what} missing:\n{all}");
                assert!(all.contains(owner), "{w}x{h}: {owner} missing:\n{all}");
            }
            // Back to the first page.
            for _ in 0..20 {
                press(&mut app, KeyCode::Left, 4300);
            }
            assert_eq!(app.selection.read_back.at, 0);
            assert!(text(&draw(&app, 4300, w, h)).contains("This is the first page"));
        }
    }
}

#[test]
fn item16_one_at_a_time_each_commitment_fills_the_screen() {
    for (w, h) in SIZES {
        let mut app = sized(closing(), w, h);
        press(&mut app, KeyCode::Char('6'), 4300);
        press(&mut app, KeyCode::Char('P'), 4300);
        press(&mut app, KeyCode::Tab, 4300);
        let mut screens = Vec::new();
        for _ in 0..6 {
            screens.push(text(&draw(&app, 4300, w, h)));
            press(&mut app, KeyCode::Right, 4300);
        }
        assert!(
            app.flash.is_some(),
            "six to read back, then the last is said"
        );
        insta::assert_snapshot!(format!("read_back_one_{w}x{h}"), screens[1]);
        insta::assert_snapshot!(format!("read_back_one_chinese_{w}x{h}"), screens[2]);
        assert!(screens[0].contains("1 of 6"), "{}", screens[0]);
        assert!(screens[2].contains("王小明"), "{}", screens[2]);
        // The French action is read whole, however narrow the screen.
        let french: String = screens[1].split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(
            french.contains("avec le rapport de suivi"),
            "{w}x{h}: {french}"
        );
    }
}

/// The fixture's session ended with the last `]` (it asks) at 70 minutes.
fn ended() -> App {
    let mut app = closing();
    press(&mut app, KeyCode::Char(']'), 4300);
    assert!(app.confirm.is_some(), "ending the session asks first");
    press(&mut app, KeyCode::Char('y'), 4300);
    assert!(app.ended());
    app
}

// Issue 12, item 17: the session ended on a line of text; no durations, no overruns, no
// exports at hand.
#[test]
fn item17_the_summary_shows_time_against_plan_each_group_and_who_owes_what() {
    for (w, h) in SIZES {
        let app = ended();
        let screen = text(&draw(&app, 4400, w, h));
        insta::assert_snapshot!(format!("summary_{w}x{h}"), screen);
        assert!(
            screen.contains("SESSION ENDED · 1:11 against 1:15 planned"),
            "{w}x{h}:\n{screen}"
        );
        // Suivi parlementaire: 3:45 of its own 3:00, over by 0:45.
        let suivi = screen
            .lines()
            .find(|l| l.contains("Suivi parlementaire"))
            .unwrap();
        assert!(
            suivi.contains("3:45") && suivi.contains("3:00") && suivi.contains("+0:45"),
            "{suivi}"
        );
        assert!(screen.contains("COMMITMENTS BY OWNER (6)"), "{screen}");
        assert!(screen.contains("Hélène Dubois"), "{screen}");
        assert!(
            !screen.contains("Zhang Wei"),
            "a deleted commitment's owner: {screen}"
        );
        assert!(screen.contains("o  the outcome document"), "{screen}");
        assert!(
            screen.contains("i  the deadlines as a calendar"),
            "{screen}"
        );
        assert!(
            !screen.contains("written"),
            "nothing is written yet: {screen}"
        );
        // On the projector too, with its exports at hand.
        let mut projected = ended();
        press(&mut projected, KeyCode::Char('P'), 4400);
        let screen = text(&draw(&projected, 4400, w, h));
        assert!(screen.contains("SESSION ENDED ·"), "{w}x{h}:\n{screen}");
        assert!(
            screen.contains("o  the outcome document"),
            "{w}x{h}:\n{screen}"
        );
        let effect = projected.on_key(
            KeyEvent::new(KeyCode::Char('i'), KeyModifiers::NONE),
            at(4400),
        );
        assert_eq!(
            effect,
            Some(plenary::app::Effect::Export(
                plenary::report::ExportFormat::Ics
            ))
        );
    }
}

#[test]
fn item17_the_summary_names_an_export_only_once_it_is_written() {
    use plenary::app::Effect;
    use plenary::report::ExportFormat;
    let mut app = ended();
    let effect = app.on_key(
        KeyEvent::new(KeyCode::Char('o'), KeyModifiers::NONE),
        at(4400),
    );
    assert_eq!(effect, Some(Effect::Export(ExportFormat::Md)));
    assert!(!text(&draw(&app, 4400, 120, 40)).contains("written"));
    let path = std::path::PathBuf::from("/sessions/2026-11-26-peer-learning.outcome.md");
    app.exported(ExportFormat::Md, Ok(path));
    let screen = text(&draw(&app, 4400, 120, 40));
    insta::assert_snapshot!("summary_outcome_written_120x40", screen);
    assert!(
        screen.contains("written: /sessions/2026-11-26-peer-learning.outcome.md"),
        "{screen}"
    );
    app.exported(
        ExportFormat::Ics,
        Err("cannot write /sessions/x.ics: read-only".into()),
    );
    let screen = text(&draw(&app, 4400, 120, 40));
    assert!(
        screen.contains("The calendar of deadlines not written"),
        "{screen}"
    );
    assert!(screen.contains("beside the session file"), "{screen}");
}

// nc16 #9: a French question shows "o oui" and takes o (y still works); a Spanish one "s sí".
#[test]
fn nc16_9_a_question_takes_yes_in_the_rooms_language() {
    for (lang, key, shown) in [
        (plenary::i18n::Lang::Fr, 'o', "o oui"),
        (plenary::i18n::Lang::Es, 's', "s sí"),
    ] {
        let _in = plenary::i18n::scoped(lang);
        let mut app = closing();
        press(&mut app, KeyCode::Char(']'), 4300);
        assert!(app.confirm.is_some(), "ending the session asks first");
        let screen = text(&draw(&app, 4300, 80, 24));
        assert!(screen.contains(shown), "{screen}");
        press(&mut app, KeyCode::Char(key), 4300);
        assert!(app.ended(), "{lang}: {key} is yes");
    }
}
