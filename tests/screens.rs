//! Every main screen rendered with ratatui's TestBackend at 80x24 and 160x48.
//! Snapshots catch layout changes; the assertions say what a facilitator must see.

use chrono::{DateTime, Duration, FixedOffset, NaiveDate, TimeZone, Utc};
use plenary::app::App;
use plenary::domain::*;
use plenary::ui::{self, Ctx, Theme, ThemeName};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

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
    s.begin_live("screens".into(), None, t0());
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

fn type_text(app: &mut App, text: &str, seconds: i64) {
    for c in text.chars() {
        press(app, KeyCode::Char(c), seconds);
    }
}

fn draw(app: &App, seconds: i64, width: u16, height: u16) -> Terminal<TestBackend> {
    let theme = Theme::new(ThemeName::HighContrast, false);
    let ctx = Ctx {
        now: at(seconds).now,
        offset: FixedOffset::east_opt(3600).unwrap(),
        theme: &theme,
    };
    let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
    terminal
        .draw(|f| ui::render(app, &ctx, f.area(), f.buffer_mut()))
        .unwrap();
    terminal
}

fn text_of(terminal: &Terminal<TestBackend>) -> String {
    let buf = terminal.backend().buffer();
    let mut out = String::new();
    for y in 0..buf.area.height {
        for x in 0..buf.area.width {
            out.push_str(buf[(x, y)].symbol());
        }
        out.push('\n');
    }
    out
}

/// Draws at both sizes, snapshots both, and returns both texts for assertions.
fn both_sizes(name: &str, app: &App, seconds: i64) -> [String; 2] {
    [(80, 24), (160, 48)].map(|(w, h)| {
        let terminal = draw(app, seconds, w, h);
        insta::assert_snapshot!(format!("{name}_{w}x{h}"), terminal.backend());
        text_of(&terminal)
    })
}

/// On the report-back, first group presenting since second 3600.
fn presenting() -> App {
    let mut app = example();
    press(&mut app, KeyCode::Enter, 0);
    for (i, s) in [900, 3300, 3900].iter().enumerate() {
        let _ = i;
        press(&mut app, KeyCode::Char(']'), *s);
    }
    press(&mut app, KeyCode::Char(' '), 3900);
    app
}

#[test]
fn before_the_start_the_stage_says_how_to_begin() {
    let app = example();
    for screen in both_sizes("ready", &app, 0) {
        assert!(
            screen.contains("Press Enter to begin: Welcome and purpose of the day"),
            "{screen}"
        );
        assert!(screen.contains("not started"));
    }
}

#[test]
fn the_presenter_countdown_names_the_group_presenter_and_phase() {
    let app = presenting();
    for screen in both_sizes("presenting", &app, 3900 + 61) {
        assert!(
            screen.contains("GROUP 1 OF 3: REFLECTION PROCESS"),
            "{screen}"
        );
        assert!(screen.contains("Presenter: Grace Njeri"));
        assert!(screen.contains("RUNNING"));
        assert!(screen.contains('█'), "big digits are drawn");
    }
}

#[test]
fn the_last_minute_and_the_overrun_are_named_in_words() {
    let app = presenting();
    let warning = text_of(&draw(&app, 3900 + 250, 80, 24));
    assert!(warning.contains("1 MINUTE LEFT"), "{warning}");
    let [small, _] = both_sizes("overrun", &app, 3900 + 342);
    assert!(small.contains("TIME · OVER BY 0:42"), "{small}");
}

#[test]
fn the_queue_remembers_how_long_each_group_took() {
    let mut app = presenting();
    press(&mut app, KeyCode::Right, 3900 + 342);
    press(&mut app, KeyCode::Char(' '), 3900 + 350);
    let screen = text_of(&draw(&app, 3900 + 400, 160, 48));
    assert!(screen.contains("5:42 used, over by 0:42"), "{screen}");
    assert!(screen.contains("GROUP 2 OF 3"));
}

#[test]
fn the_rail_shows_drift_and_the_projected_end() {
    let app = presenting();
    let screen = text_of(&draw(&app, 3900 + 60, 160, 48));
    // Items 1-3 planned 65 min took 65 min; report-back just started: on time.
    assert!(screen.contains("on time"), "{screen}");
    assert!(
        screen.contains("Plan end   12:05"),
        "local time, UTC+1: {screen}"
    );
    let mut late = example();
    press(&mut late, KeyCode::Enter, 0);
    let behind = text_of(&draw(&late, 27 * 60, 160, 48));
    assert!(behind.contains("12 min behind"), "{behind}");
}

#[test]
fn a_breakout_shows_every_group_card_at_160_columns() {
    let mut app = example();
    press(&mut app, KeyCode::Enter, 0);
    press(&mut app, KeyCode::Char(']'), 900);
    let [_, wide] = both_sizes("breakout", &app, 1000);
    for group in [
        "Reflection Process",
        "Action Dialogue and Follow-Up",
        "Knowledge Products and Support",
    ] {
        assert!(wide.contains(group), "{group} missing: {wide}");
    }
}

#[test]
fn an_invalid_deadline_keeps_the_form_and_everything_typed() {
    let mut app = example();
    press(&mut app, KeyCode::Enter, 0);
    press(&mut app, KeyCode::Char('c'), 10);
    type_text(&mut app, "Brief the budget committee on the findings", 11);
    press(&mut app, KeyCode::Tab, 12);
    type_text(&mut app, "Grace", 12);
    press(&mut app, KeyCode::Tab, 13);
    type_text(&mut app, "sometime", 13);
    press(&mut app, KeyCode::Enter, 14);
    let [small, _] = both_sizes("form_error", &app, 15);
    assert!(
        small.contains("“sometime” is not a date I understand"),
        "{small}"
    );
    assert!(small.contains("Brief the budget committee"));
    assert_eq!(app.commitment_count(), 0);
}

#[test]
fn the_deadline_field_shows_the_date_it_understood() {
    let mut app = example();
    press(&mut app, KeyCode::Char('c'), 0);
    press(&mut app, KeyCode::Tab, 0);
    type_text(&mut app, "Min", 0);
    press(&mut app, KeyCode::Tab, 0);
    type_text(&mut app, "end of june", 0);
    let [small, _] = both_sizes("form_preview", &app, 0);
    assert!(small.contains("→ Wednesday 30 June 2027"), "{small}");
}

#[test]
fn owner_suggestions_appear_while_typing() {
    let mut app = example();
    press(&mut app, KeyCode::Char('c'), 0);
    press(&mut app, KeyCode::Tab, 0);
    type_text(&mut app, "minis", 0);
    let screen = text_of(&draw(&app, 0, 80, 24));
    assert!(
        screen.contains("Ministry of Finance") && screen.contains("Ministry of Health"),
        "{screen}"
    );
}

#[test]
fn the_commitments_table_lists_what_who_and_by_when() {
    let mut app = example();
    press(&mut app, KeyCode::Enter, 0);
    for (what, owner, deadline) in [
        (
            "Table the findings in the budget committee",
            "Budget and Appropriations Committee",
            "2027-03-31",
        ),
        (
            "Convene a high-level dialogue with partners",
            "Ministry of Finance",
            "+3m",
        ),
    ] {
        press(&mut app, KeyCode::Char('c'), 5);
        type_text(&mut app, what, 5);
        press(&mut app, KeyCode::Tab, 5);
        type_text(&mut app, owner, 5);
        press(&mut app, KeyCode::Tab, 5);
        type_text(&mut app, deadline, 5);
        press(&mut app, KeyCode::Enter, 5);
    }
    press(&mut app, KeyCode::Char('2'), 6);
    press(&mut app, KeyCode::Char('s'), 6);
    // Until the disk has it the line says "saving…"; then it says what was saved.
    let saving = text_of(&draw(&app, 7, 80, 24));
    assert!(
        saving.contains("C2 is now in progress: saving…"),
        "{saving}"
    );
    app.saved_through(app.session.revision());
    let [_, wide] = both_sizes("commitments", &app, 7);
    assert!(wide.contains("31 Mar 2027"), "{wide}");
    assert!(wide.contains("26 Feb 2027"), "+3m from 26 Nov 2026: {wide}");
    assert!(
        wide.contains("in progress"),
        "s moved the selected row on: {wide}"
    );
}

#[test]
fn help_lists_every_key() {
    let mut app = example();
    press(&mut app, KeyCode::Char('?'), 0);
    let [small, _] = both_sizes("help", &app, 0);
    // What does not fit is scrolled to, and the title says how much is below.
    assert!(small.contains("more · any other key closes"), "{small}");
    // Every binding of the console is in the overlay, in its words, on a tall enough screen
    // (tests/keys.rs checks that each does what it says).
    let tall = format!("{:?}", draw(&app, 0, 200, 140).backend());
    for b in plenary::app::keys::KEYMAP.0 {
        assert!(tall.contains(&b.help.text()), "help misses {:?}", b.help);
    }
}

#[test]
fn projector_mode_hides_all_but_the_essentials() {
    let mut app = presenting();
    press(&mut app, KeyCode::Char('P'), 3900);
    let [small, wide] = both_sizes("projector", &app, 3900 + 30);
    assert!(
        !wide.contains("AGENDA") && !wide.contains("Queue"),
        "{wide}"
    );
    let _ = small;
    // Issue 12, item 1: the phase is a band across the screen in reverse video, its word in
    // big glyphs, readable from the back of the room without colour.
    for (w, h) in [(80, 24), (160, 48), (200, 60)] {
        let terminal = draw(&app, 3900 + 30, w, h);
        let buf = terminal.backend().buffer();
        let band_rows = (0..h)
            .filter(|y| {
                (0..w)
                    .filter(|x| {
                        buf[(*x, *y)]
                            .modifier
                            .contains(ratatui::style::Modifier::REVERSED)
                    })
                    .count()
                    >= usize::from(w - 4)
            })
            .count();
        assert!(band_rows >= 4, "{w}x{h}: a band of {band_rows} rows");
    }
    let digit_rows = |s: &str| s.lines().filter(|l| l.contains('█')).count();
    let normal = text_of(&draw(&presenting(), 3900 + 30, 160, 48));
    assert!(
        digit_rows(&wide) > digit_rows(&normal),
        "projector digits are larger"
    );
}

#[test]
fn a_tiny_terminal_gets_a_message_not_a_panic() {
    let app = presenting();
    for (w, h) in [(1, 1), (20, 5), (39, 30), (100, 11)] {
        let screen = text_of(&draw(&app, 3900, w, h));
        if w >= 20 {
            assert!(
                screen.replace('\n', "").contains("Terminal too small"),
                "{w}x{h}: {screen}"
            );
        }
    }
}

#[test]
fn no_colour_still_names_every_phase() {
    let app = presenting();
    let theme = Theme::new(ThemeName::HighContrast, true);
    let ctx = Ctx {
        now: at(3900 + 342).now,
        offset: FixedOffset::east_opt(0).unwrap(),
        theme: &theme,
    };
    let mut terminal = Terminal::new(TestBackend::new(80, 24)).unwrap();
    terminal
        .draw(|f| ui::render(&app, &ctx, f.area(), f.buffer_mut()))
        .unwrap();
    let buf = terminal.backend().buffer();
    assert!(
        buf.content()
            .iter()
            .all(|c| c.fg == ratatui::style::Color::Reset && c.bg == ratatui::style::Color::Reset)
    );
    assert!(text_of(&terminal).contains("OVER BY 0:42"));
}

#[test]
fn reset_asks_first_and_then_restores_the_full_time() {
    let mut app = presenting();
    press(&mut app, KeyCode::Char('+'), 3900 + 10);
    press(&mut app, KeyCode::Char('r'), 3900 + 20);
    let asking = text_of(&draw(&app, 3900 + 20, 80, 24));
    assert!(
        asking.contains("Reset Reflection Process's timer to 5:00?"),
        "{asking}"
    );
    press(&mut app, KeyCode::Char('n'), 3900 + 21);
    let timer = |app: &App| {
        app.session.live.as_ref().unwrap().presentations[0]
            .timer
            .clone()
    };
    assert!(timer(&app).is_running(), "n keeps the timer as it was");
    assert_eq!(timer(&app).adjust_seconds, 30);
    press(&mut app, KeyCode::Char('r'), 3900 + 22);
    press(&mut app, KeyCode::Char('y'), 3900 + 22);
    assert_eq!(timer(&app), Default::default());
    assert!(text_of(&draw(&app, 3900 + 22, 80, 24)).contains("Timer reset to 5:00"));
}

#[test]
fn the_notes_view_keeps_the_newest_in_view_in_a_long_session() {
    let mut app = example();
    press(&mut app, KeyCode::Enter, 0);
    let anchor = app.anchor();
    for i in 1..=3_000 {
        let text = if i == 3_000 {
            "The last one is long enough to wrap onto a second row at eighty columns, \
             and its end must still show: ENDS HERE"
                .to_string()
        } else {
            format!("Note number {i}")
        };
        app.apply(
            Op::AddNote {
                text,
                anchor,
                written: None,
            },
            at(i),
        )
        .unwrap();
    }
    press(&mut app, KeyCode::Char('3'), 3_001);
    for (w, h) in [(80, 24), (160, 48)] {
        let screen = text_of(&draw(&app, 3_001, w, h));
        assert!(screen.contains("ENDS HERE"), "{w}x{h}:\n{screen}");
        assert!(screen.contains("Note number 2999"), "{w}x{h}:\n{screen}");
        assert!(!screen.contains("Note number 1 "), "{w}x{h}:\n{screen}");
    }
}

// Issue 10 (found in review): at 80 columns a warning that stays (sharing impossible) ended
// mid-path and hid "saving…" and "recorded ✓"; the people screen said nobody had joined.
#[test]
fn a_standing_warning_and_the_last_message_both_show_whole_at_80_columns() {
    let mut app = example();
    press(&mut app, KeyCode::Enter, 0);
    let why = "NOT SHARED with note-takers: /tmp/plenary-1005 belongs to newc-out, not to you: remove it or set PLENARY_RUNTIME_DIR to a directory of your own";
    app.host_mut().unwrap().sharing_warning = Some(why.into());
    press(&mut app, KeyCode::Char('n'), 1);
    type_text(&mut app, "Two districts missing", 1);
    press(&mut app, KeyCode::Enter, 1);
    app.saved_through(app.session.revision());
    let screen = text_of(&draw(&app, 2, 80, 24));
    let flat: String = screen.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(flat.contains("a directory of your own"), "{screen}");
    assert!(flat.contains("Note recorded ✓"), "{screen}");
    press(&mut app, KeyCode::Char('4'), 3);
    let people = text_of(&draw(&app, 3, 80, 24));
    assert!(people.contains("Note-takers cannot join now"), "{people}");
}

/// The four-group peer-learning agenda (Vietnamese, French and Chinese names), started.
fn peer_learning() -> App {
    let text = std::fs::read_to_string("sessions/peer-learning-exchange.json").unwrap();
    let mut s: Session = serde_json::from_str(&text).unwrap();
    s.begin_live("screens".into(), None, t0());
    let mut app = App::new(
        s,
        Author {
            name: "amina".into(),
            uid: None,
        },
        "/sessions/2026-11-26-peer-learning.json".into(),
    );
    press(&mut app, KeyCode::Enter, 0);
    app
}

// Issue 12, item 13: the plan view at every size the room uses, after a late group, an
// absent group and a coffee break were added live; wide characters stay aligned.
#[test]
fn the_plan_view_shows_both_orders_and_what_changed() {
    let mut app = peer_learning();
    let me = app.me.clone();
    for op in [
        Op::AddItem {
            item: plenary::domain::ops::NewItem {
                title: "Pause café".into(),
                kind: ItemKind::Break,
                minutes: 10,
            },
            position: 2,
        },
        Op::AddGroup {
            group: plenary::domain::ops::NewGroup {
                name: "Đoàn đến muộn".into(),
                presenter: "Lê Thị Thu".into(),
                topic: String::new(),
                minutes: Some(4),
            },
        },
        Op::MoveGroup {
            group: 4,
            position: 0,
        },
        Op::SetGroupAbsent {
            group: 2,
            absent: true,
        },
    ] {
        app.session.apply(&op, &me, at(60)).unwrap();
    }
    press(&mut app, KeyCode::Char('5'), 90);
    press(&mut app, KeyCode::Down, 90);
    press(&mut app, KeyCode::Down, 90);
    for (w, h) in [(80, 24), (60, 20), (120, 40), (200, 60)] {
        let terminal = draw(&app, 120, w, h);
        insta::assert_snapshot!(format!("plan_{w}x{h}"), terminal.backend());
        let text = text_of(&terminal);
        assert!(text.contains("Pause café"), "{w}x{h}:\n{text}");
        assert!(
            text.contains("› 3 Pause café") || text.contains("›   3 Pause café"),
            "{w}x{h}:\n{text}"
        );
        assert!(text.contains("1 Đoàn đến muộn"), "{w}x{h}:\n{text}");
        assert!(text.contains("absent"), "{w}x{h}:\n{text}");
    }
}
