//! Issue 12, items 6, 11 and 14: the clock in sight on every view and above every form, text
//! cut with a sign, and a clock the room can see (the time of day, the report-back's own
//! countdown, each group's budget, who presents next). Drawn with the peer-learning fixture
//! (four groups, a 3-minute override, Vietnamese, French and Chinese names) at every size the
//! room uses.

use chrono::{DateTime, Duration, FixedOffset, NaiveDate, TimeZone, Utc};
use plenary::app::App;
use plenary::domain::*;
use plenary::ui::{self, Ctx, Theme, ThemeName};
use ratatui::buffer::Buffer;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::layout::Rect;

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

/// The peer-learning agenda, started at 09:00 UTC (10:00 in the room).
fn console() -> App {
    let text = std::fs::read_to_string("sessions/peer-learning-exchange.json").unwrap();
    let mut s: Session = serde_json::from_str(&text).unwrap();
    s.begin_live("clock".into(), None, t0());
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

fn press(app: &mut App, code: KeyCode, seconds: i64) {
    app.on_key(KeyEvent::new(code, KeyModifiers::NONE), at(seconds));
}

/// The report-back (opened at 200 s): the first group presented 4:50, the second ("Suivi
/// parlementaire", 3 minutes) presents since 500 s; two groups wait.
fn second_group_presenting() -> App {
    let mut app = console();
    press(&mut app, KeyCode::Char(']'), 100);
    press(&mut app, KeyCode::Char(']'), 200);
    press(&mut app, KeyCode::Char(' '), 200);
    press(&mut app, KeyCode::Char(' '), 490);
    press(&mut app, KeyCode::Right, 495);
    press(&mut app, KeyCode::Char(' '), 500);
    app
}

fn draw(app: &App, w: u16, h: u16, seconds: i64) -> Buffer {
    let theme = Theme::new(ThemeName::HighContrast, false);
    let ctx = Ctx {
        now: at(seconds).now,
        offset: FixedOffset::east_opt(3600).unwrap(),
        theme: &theme,
    };
    let area = Rect::new(0, 0, w, h);
    let mut buf = Buffer::empty(area);
    ui::render(app, &ctx, area, &mut buf);
    buf
}

/// Each row as text, the cell a wide character covers left out.
fn rows(buf: &Buffer) -> Vec<String> {
    use unicode_width::UnicodeWidthStr;
    (0..buf.area.height)
        .map(|y| {
            let mut row = String::new();
            let mut skip = 0;
            for x in 0..buf.area.width {
                if skip > 0 {
                    skip -= 1;
                    continue;
                }
                let symbol = buf[(x, y)].symbol();
                skip = symbol.width().saturating_sub(1);
                row.push_str(symbol);
            }
            row
        })
        .collect()
}

fn screen(buf: &Buffer) -> String {
    rows(buf).join("\n")
}

/// The first row holding `text`.
fn row_of(buf: &Buffer, text: &str) -> Option<usize> {
    rows(buf).iter().position(|r| r.contains(text))
}

// Issue 12, item 6: views 2-5 had no timer; the line names the group, the time and the phase.
#[test]
fn every_view_keeps_the_running_timer_in_one_line() {
    let mut app = second_group_presenting();
    for (key, view) in [
        ('2', "commitments"),
        ('3', "notes"),
        ('4', "people"),
        ('5', "plan"),
    ] {
        press(&mut app, KeyCode::Char(key), 505);
        for (w, h) in SIZES {
            // 2:00 left, then 0:31 over the 3 minutes.
            let running = draw(&app, w, h, 560);
            let text = screen(&running);
            assert!(
                text.contains("2:00 RUNNING · Suivi parlementaire"),
                "{view} {w}x{h}:\n{text}"
            );
            let over = draw(&app, w, h, 711);
            let text = screen(&over);
            assert!(
                text.contains("+0:31 OVER BY 0:31 · Suivi"),
                "{view} {w}x{h}:\n{text}"
            );
            if view == "commitments" || view == "plan" {
                insta::assert_snapshot!(format!("timer_line_{view}_{w}x{h}"), screen(&over));
            }
        }
    }
}

// Issue 12, item 6: the line ticks (it is drawn from the time), and says PAUSED when paused.
#[test]
fn the_timer_line_ticks_and_says_paused() {
    let mut app = second_group_presenting();
    press(&mut app, KeyCode::Char('2'), 505);
    let a = screen(&draw(&app, 80, 24, 560));
    let b = screen(&draw(&app, 80, 24, 561));
    assert!(
        a.contains("2:00 RUNNING") && b.contains("1:59 RUNNING"),
        "{b}"
    );
    press(&mut app, KeyCode::Char('1'), 700);
    press(&mut app, KeyCode::Char(' '), 700);
    press(&mut app, KeyCode::Char('2'), 700);
    let paused = screen(&draw(&app, 80, 24, 800));
    assert!(paused.contains("+0:20 PAUSED · OVER BY 0:20"), "{paused}");
}

// Issue 12, item 6: no timer, no line: before the session starts nothing claims to run.
#[test]
fn before_the_start_no_view_shows_a_timer_line() {
    let text = std::fs::read_to_string("sessions/peer-learning-exchange.json").unwrap();
    let mut s: Session = serde_json::from_str(&text).unwrap();
    s.begin_live("clock".into(), None, t0());
    let mut app = App::new(
        s,
        Author {
            name: "amina".into(),
            uid: None,
        },
        "/s.json".into(),
    );
    press(&mut app, KeyCode::Char('2'), 5);
    let text = screen(&draw(&app, 80, 24, 10));
    assert!(
        !text.contains("RUNNING") && !text.contains("READY"),
        "{text}"
    );
}

// Issue 12, item 6: at 80x24 and 60x20 the commitment form covered the stage; at 120x40 it
// hid the phase words. The line stays above the form, on the stage and on every view.
#[test]
fn the_commitment_form_leaves_the_timer_in_sight() {
    for view in ['1', '2', '3'] {
        let mut app = second_group_presenting();
        press(&mut app, KeyCode::Char(view), 505);
        press(&mut app, KeyCode::Char('c'), 506);
        assert!(app.form.is_some(), "view {view}: no form");
        for (w, h) in SIZES {
            let buf = draw(&app, w, h, 711);
            let text = screen(&buf);
            let line = row_of(&buf, "OVER BY 0:31").unwrap_or_else(|| panic!("{w}x{h}:\n{text}"));
            let form = row_of(&buf, "New commitment").unwrap_or_else(|| panic!("{w}x{h}:\n{text}"));
            assert!(
                line < form,
                "view {view} {w}x{h}: the line is under the form\n{text}"
            );
            // On the stage the countdown is drawn above the form, its phase words too.
            if view == '1' && w >= 80 {
                let words = row_of(&buf, "TIME · OVER BY 0:31");
                assert!(
                    words.is_some_and(|r| r < form),
                    "{w}x{h}: the stage's phase words are hidden\n{text}"
                );
            }
            if view == '1' {
                insta::assert_snapshot!(format!("form_over_stage_{w}x{h}"), text);
            }
        }
    }
}

// Issue 12, item 14: the time of day, the report-back's own countdown and what the waiting
// groups need of it, each group's budget (3:00 for the override), and who presents next.
#[test]
fn the_report_back_shows_the_clock_the_room_needs() {
    let app = second_group_presenting();
    for (w, h) in SIZES {
        // 560 s: the item ran 6:00 of its 20 (14:00 left); Suivi has 2:00 left, two groups
        // of 5:00 wait: 12:00 needed, 2:00 spare. The presenter's countdown runs, so this
        // line counts whole minutes (the seconds tick once, in big type).
        let buf = draw(&app, w, h, 560);
        let text = screen(&buf);
        let head = &rows(&buf)[0];
        assert!(head.contains("10:09"), "{w}x{h}: the time of day\n{text}");
        assert!(
            text.contains("next: 王小明"),
            "{w}x{h}: the next presenter\n{text}"
        );
        assert!(
            text.contains("14 min left · 2 groups to go · 2 min spare"),
            "{w}x{h}: the report-back's countdown\n{text}"
        );
        for (name, budget) in [
            ("Budget follow-through", "5:00"),
            ("Suivi parlementaire", "3:00"),
            ("Data and statistics", "5:00"),
        ] {
            let row = rows(&buf).into_iter().find(|r| {
                r.contains(name) && ["used", "now", "waiting"].iter().any(|s| r.contains(s))
            });
            assert!(
                row.as_ref().is_some_and(|r| r.contains(budget)),
                "{w}x{h}: {name} budget {budget}\n{text}"
            );
        }
        insta::assert_snapshot!(format!("report_back_{w}x{h}"), text);
    }
}

// Issue 12, item 14: an absent group is skipped for "next", and its budget is not counted.
#[test]
fn next_skips_an_absent_group() {
    let mut app = second_group_presenting();
    let me = app.me.clone();
    app.session
        .apply(
            &Op::SetGroupAbsent {
                group: 2,
                absent: true,
            },
            &me,
            at(520),
        )
        .unwrap();
    let text = screen(&draw(&app, 120, 40, 560));
    assert!(text.contains("next: Trần Văn Minh"), "{text}");
    assert!(
        text.contains("14 min left · 1 group to go · 7 min spare"),
        "{text}"
    );
    assert!(text.contains("absent"), "{text}");
}

// Issue 12, item 14: the time of day in projector mode too.
#[test]
fn projector_mode_shows_the_time_of_day() {
    let mut app = second_group_presenting();
    press(&mut app, KeyCode::Char('P'), 505);
    assert!(app.projector());
    for (w, h) in SIZES {
        let buf = draw(&app, w, h, 560);
        let text = screen(&buf);
        assert!(text.contains("10:09"), "{w}x{h}\n{text}");
        assert!(text.contains("next: 王小明"), "{w}x{h}\n{text}");
    }
}

/// Draws the stage in projector mode, for a look at it.
#[test]
fn projector_report_back_snapshots() {
    let mut app = second_group_presenting();
    press(&mut app, KeyCode::Char('P'), 505);
    for (w, h) in [(80, 24), (120, 40)] {
        insta::assert_snapshot!(
            format!("projector_report_back_{w}x{h}"),
            screen(&draw(&app, w, h, 560))
        );
    }
}

/// The breakout (opened at 100 s), focus on the first group.
fn breakout() -> App {
    let mut app = console();
    press(&mut app, KeyCode::Char(']'), 100);
    app
}

// Issue 12, item 11: at 120x40 3 of 4 cards fit, at 80x24 1 of 4, with no sign of the others;
// the 480-character topic ended mid-sentence with no ellipsis.
#[test]
fn breakout_cards_say_what_does_not_fit() {
    let mut app = breakout();
    for (w, h) in SIZES {
        let buf = draw(&app, w, h, 160);
        let text = screen(&buf);
        let fitting = ["Budget follow", "Suivi parl", "Water", "Data and stat"]
            .iter()
            .filter(|name| {
                rows(&buf)
                    .iter()
                    .any(|r| (r.contains("┌") || r.contains("┏")) && r.contains(*name))
            })
            .count();
        if fitting < 4 {
            assert!(
                text.contains(&format!("+{} more →", 4 - fitting)),
                "{w}x{h}: {fitting} cards\n{text}"
            );
        }
        // The first card's topic (491 characters) fits whole only at 200x60; cut, its last
        // row shown ends with "…".
        assert!(text.contains("Turning the monitoring"), "{w}x{h}\n{text}");
        assert!(
            text.contains("without waiting for the final law.")
                || rows(&buf).iter().any(|r| r
                    .split(['│', '┃'])
                    .skip(1)
                    .any(|c| c.trim_end().ends_with('…'))),
            "{w}x{h}: a cut without a sign\n{text}"
        );
        insta::assert_snapshot!(format!("breakout_{w}x{h}"), text);
    }
    // The arrows page through: at 80x24 the last group's card shows after three →.
    for _ in 0..3 {
        press(&mut app, KeyCode::Right, 150);
    }
    let text = screen(&draw(&app, 80, 24, 160));
    assert!(
        text.contains("Data and statistics") && text.contains("← +"),
        "{text}"
    );
}

// Issue 12, item 11: at 60x20 the queue showed 3 of 4 groups; now all, or "+N more".
#[test]
fn the_queue_shows_every_group_or_how_many_more() {
    let app = second_group_presenting();
    for (w, h) in SIZES {
        let text = screen(&draw(&app, w, h, 560));
        let shown = ["Budget follow", "Suivi parl", "Water", "Data and stat"]
            .iter()
            .filter(|n| text.lines().any(|l| l.contains(*n) && l.contains(":00  ")))
            .count();
        assert!(
            shown == 4 || text.contains(&format!("+{} more", 4 - shown)),
            "{w}x{h}: {shown} groups\n{text}"
        );
    }
}

// Issue 12, item 11: the keys box scrolls to its last lines at 60x20, off the stage too,
// where the timer line takes a row.
#[test]
fn the_keys_box_reaches_its_last_lines_under_the_timer_line() {
    let mut app = second_group_presenting();
    press(&mut app, KeyCode::Char('2'), 505);
    press(&mut app, KeyCode::Char('?'), 506);
    for _ in 0..60 {
        press(&mut app, KeyCode::Down, 506);
        press(&mut app, KeyCode::PageDown, 506);
    }
    let last = plenary::form::KEYMAP.0.last().unwrap().help.text();
    let words: Vec<&str> = last.split_whitespace().collect();
    let text = screen(&draw(&app, 60, 20, 560));
    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        flat.contains(&words.join(" ")),
        "“{last}” not reached:\n{text}"
    );
    assert!(
        text.contains("OVER BY") || text.contains("RUNNING"),
        "{text}"
    );
}

// Issue 12, item 14: between presenters (nothing else ticking) the report-back's countdown
// shows its seconds; a shortfall is named as one.
#[test]
fn between_presenters_the_report_back_counts_seconds() {
    let mut app = second_group_presenting();
    press(&mut app, KeyCode::Char(' '), 560);
    // 590 s: 13:30 left; Suivi's 2:00 and two budgets of 5:00 need 12:00.
    let text = screen(&draw(&app, 80, 24, 590));
    assert!(
        text.contains("13:30 left · 2 groups to go · 1:30 spare"),
        "{text}"
    );
    // 1000 s: 6:40 left, 12:00 needed.
    let text = screen(&draw(&app, 80, 24, 1000));
    assert!(
        text.contains("6:40 left · 2 groups to go · 5:20 short"),
        "{text}"
    );
}

// Issue 12, item 11: the note-taker's status line keeps its timer and phase whole at 80
// columns, and says PAUSED with no facilitator's key ("Space to resume") in it.
#[test]
fn the_note_takers_line_says_paused_in_words_that_are_true_for_them() {
    let mut app = second_group_presenting();
    press(&mut app, KeyCode::Char(' '), 716);
    let theme = Theme::new(ThemeName::Dark, true);
    for (w, h) in SIZES {
        let ctx = Ctx {
            now: at(800).now,
            offset: FixedOffset::east_opt(3600).unwrap(),
            theme: &theme,
        };
        let area = Rect::new(0, 0, w, h);
        let mut buf = Buffer::empty(area);
        ui::join::render(&app, &ctx, area, &mut buf);
        let line = rows(&buf)[0].trim_end().to_string();
        assert!(
            line.ends_with("+0:36 PAUSED · OVER BY 0:36"),
            "{w}x{h}: `{line}`"
        );
        assert!(!line.contains("Space"), "{w}x{h}: `{line}`");
    }
}
