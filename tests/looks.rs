//! What is selected, focused, typed or warned shows in every theme, with colour or without
//! (NO_COLOR, a washed-out projector): each list, table and form is drawn with its selection
//! or focus moved, and the moved mark must survive when every colour is taken away. Text that
//! does not fit is cut with "…".

use chrono::{DateTime, Duration, FixedOffset, NaiveDate, TimeZone, Utc};
use plenary::app::App;
use plenary::domain::*;
use plenary::review::Review;
use plenary::store::catalog::Catalog;
use plenary::ui::{self, Ctx, Theme, ThemeName};
use ratatui::buffer::Buffer;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::layout::Rect;
use ratatui::style::{Color, Modifier};

mod support;

const FIXTURE: &str = "sessions/peer-learning-exchange.json";

/// The sizes every check runs at: a laptop terminal and a small split pane.
const SIZES: [(u16, u16); 2] = [(80, 24), (60, 20)];

fn t0() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 26, 9, 0, 0).unwrap()
}

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 26).unwrap()
}

fn at(seconds: i64) -> Moment {
    Moment {
        now: t0() + Duration::seconds(seconds),
        today: today(),
    }
}

/// Every theme a facilitator can ask for, and no colour at all.
fn themes() -> Vec<(&'static str, Theme)> {
    vec![
        ("high-contrast", Theme::new(ThemeName::HighContrast, false)),
        ("dark", Theme::new(ThemeName::Dark, false)),
        ("light", Theme::new(ThemeName::Light, false)),
        // ("monochrome", Theme::new(ThemeName::Monochrome, false)),
        ("NO_COLOR", Theme::new(ThemeName::Dark, true)),
    ]
}

fn me() -> Author {
    Author {
        name: "amina".into(),
        uid: None,
    }
}

fn agenda() -> Session {
    serde_json::from_str(&std::fs::read_to_string(FIXTURE).unwrap()).unwrap()
}

/// The fixture, started, with three commitments from the breakout groups.
fn recorded(title: &str) -> Session {
    let mut s = agenda();
    s.title = title.into();
    s.date = Some(today());
    s.begin_live(format!("looks-{title}"), None, t0());
    s.apply(&Op::StartSession, &me(), at(0)).unwrap();
    for (i, (what, owner)) in [
        ("Draft the budget lines", "Nguyễn Thị Hương"),
        ("Table the findings in committee", "Hélène Dubois"),
        ("Map the water points", "王小明"),
    ]
    .into_iter()
    .enumerate()
    {
        let draft = CommitmentDraft {
            what: what.into(),
            owner: owner.into(),
            deadline: today() + Duration::days(30 * (i as i64 + 1)),
            anchor: Anchor {
                item: 0,
                group: Some(i),
            },
            past_deadline_confirmed: true,
        };
        s.apply(
            &Op::AddCommitment {
                draft,
                written: None,
            },
            &me(),
            at(1),
        )
        .unwrap();
    }
    s
}

fn console() -> App {
    App::new(
        recorded("Peer-learning exchange"),
        me(),
        "/sessions/2026-11-26-peer-learning.json".into(),
    )
}

fn press(app: &mut App, code: KeyCode) {
    press_at(app, code, 60);
}

fn press_at(app: &mut App, code: KeyCode, seconds: i64) {
    app.on_key(KeyEvent::new(code, KeyModifiers::NONE), at(seconds));
}

fn type_text(app: &mut App, text: &str) {
    for c in text.chars() {
        press(app, KeyCode::Char(c));
    }
}

fn draw(w: u16, h: u16, paint: impl FnOnce(Rect, &mut Buffer)) -> Buffer {
    let area = Rect::new(0, 0, w, h);
    let mut buf = Buffer::empty(area);
    paint(area, &mut buf);
    buf
}

fn draw_console(app: &App, theme: &Theme, w: u16, h: u16) -> Buffer {
    draw_console_at(app, theme, w, h, 60)
}

fn draw_console_at(app: &App, theme: &Theme, w: u16, h: u16, seconds: i64) -> Buffer {
    let ctx = Ctx {
        now: at(seconds).now,
        offset: FixedOffset::east_opt(0).unwrap(),
        theme,
    };
    draw(w, h, |area, buf| ui::render(app, &ctx, area, buf))
}

fn draw_review(r: &Review, theme: &Theme, w: u16, h: u16) -> Buffer {
    draw(w, h, |area, buf| ui::review::render(r, theme, area, buf))
}

/// The screen as a terminal without colour shows it: only symbols and attributes are left.
fn colourless(buf: &Buffer) -> Buffer {
    let mut out = buf.clone();
    for cell in out.content.iter_mut() {
        cell.fg = Color::Reset;
        cell.bg = Color::Reset;
    }
    out
}

/// Attributes that mark something whatever the colours: bold and faint text are used for
/// plain emphasis, so they do not count.
const MARKS: Modifier = Modifier::REVERSED.union(Modifier::UNDERLINED);

/// A row as a terminal shows it: a wide character covers the cell after it.
fn row_text(buf: &Buffer, y: u16) -> String {
    let mut out = String::new();
    let mut x = 0;
    while x < buf.area.width {
        let symbol = buf[(x, y)].symbol();
        out.push_str(symbol);
        x += unicode_width::UnicodeWidthStr::width(symbol).max(1) as u16;
    }
    out
}

fn screen_text(buf: &Buffer) -> String {
    (0..buf.area.height)
        .map(|y| row_text(buf, y))
        .collect::<Vec<_>>()
        .join("\n")
}

/// No text drawn so it cannot be read: black on the terminal's own background (a dark
/// terminal shows nothing), or a colour on itself.
fn assert_legible(buf: &Buffer, what: &str) {
    for y in 0..buf.area.height {
        for x in 0..buf.area.width {
            let c = &buf[(x, y)];
            if c.symbol().trim().is_empty() {
                continue;
            }
            let black = matches!(c.fg, Color::Black | Color::Indexed(0));
            assert!(
                !(black && c.bg == Color::Reset),
                "{what}: {:?} at {x},{y} is black on the terminal's background: `{}`",
                c.symbol(),
                row_text(buf, y)
            );
            assert!(
                c.fg == Color::Reset || c.fg != c.bg,
                "{what}: {:?} at {x},{y} is drawn in its background's colour",
                c.symbol()
            );
        }
    }
}

/// Moving the selection (or the focus) from `before` to `after` must show without colour:
/// every row that changed changes in its symbols (a "›", brackets) or in reverse video or
/// underline, not in colour or boldness alone.
fn assert_moved_mark_shows(before: &Buffer, after: &Buffer, what: &str) {
    assert_legible(before, what);
    assert_legible(after, what);
    let changed: Vec<u16> = (0..before.area.height)
        .filter(|&y| (0..before.area.width).any(|x| before[(x, y)] != after[(x, y)]))
        .collect();
    assert!(!changed.is_empty(), "{what}: the move shows nowhere");
    let (b, a) = (colourless(before), colourless(after));
    for y in changed {
        let shows = (0..b.area.width).any(|x| {
            b[(x, y)].symbol() != a[(x, y)].symbol()
                || (b[(x, y)].modifier & MARKS) != (a[(x, y)].modifier & MARKS)
        });
        assert!(
            shows,
            "{what}: row {y} changes only in colour or boldness:\n before `{}`\n after  `{}`\n{}",
            row_text(&b, y),
            row_text(&a, y),
            screen_text(&a)
        );
    }
}

/// Runs `check` for every theme and size, with the theme's name and size in its message.
fn everywhere(mut check: impl FnMut(&Theme, u16, u16, &str)) {
    for (name, theme) in themes() {
        for (w, h) in SIZES {
            check(&theme, w, h, &format!("{name} at {w}x{h}"));
        }
    }
}

// Issue 11 (newcomer finding 2): in the dark theme the selected row was bold black on the
// terminal's background, invisible on a dark terminal. Issue 11 (finding 3), issue 12
// item 7: without colour the commitments table showed no selected row.
#[test]
fn the_selected_commitment_shows_in_every_theme() {
    let mut app = console();
    press(&mut app, KeyCode::Char('2'));
    let mut moved = console();
    press(&mut moved, KeyCode::Char('2'));
    press(&mut moved, KeyCode::Down);
    everywhere(|theme, w, h, what| {
        assert_moved_mark_shows(
            &draw_console(&app, theme, w, h),
            &draw_console(&moved, theme, w, h),
            &format!("commitments table, {what}"),
        );
    });
}

// Issue 11 (newcomer finding 3): the person selected in the people view.
#[test]
fn the_selected_person_shows_in_every_theme() {
    let joined = |app: &mut App| {
        app.host_mut().unwrap().people = vec![
            (1, "Trần Văn Minh (tran)".into()),
            (2, "Hélène Dubois (helene)".into()),
        ];
    };
    let mut app = console();
    joined(&mut app);
    press(&mut app, KeyCode::Char('4'));
    let mut moved = console();
    joined(&mut moved);
    press(&mut moved, KeyCode::Char('4'));
    press(&mut moved, KeyCode::Down);
    everywhere(|theme, w, h, what| {
        assert_moved_mark_shows(
            &draw_console(&app, theme, w, h),
            &draw_console(&moved, theme, w, h),
            &format!("people view, {what}"),
        );
    });
}

/// The commitment form, its owner field focused with "`typed`" in it.
fn owner_typed(typed: &str) -> App {
    let mut app = console();
    press(&mut app, KeyCode::Char('c'));
    press(&mut app, KeyCode::Tab);
    type_text(&mut app, typed);
    app
}

// Issue 11 (newcomer finding 2 and 3): the highlighted owner suggestion was unmarked
// without colour and invisible in the dark theme.
#[test]
fn the_highlighted_owner_suggestion_shows_in_every_theme() {
    // Issue 12, item 4: the first suggestion is highlighted from the start, so the move
    // is from the first to the second.
    let app = owner_typed("d");
    let mut moved = owner_typed("d");
    press(&mut moved, KeyCode::Down);
    let screen = screen_text(&draw_console(&app, &themes()[0].1, 80, 24));
    assert!(screen.contains("Hélène Dubois"), "{screen}");
    everywhere(|theme, w, h, what| {
        assert_moved_mark_shows(
            &draw_console(&app, theme, w, h),
            &draw_console(&moved, theme, w, h),
            &format!("owner suggestions, {what}"),
        );
    });
}

// Issue 12, item 7: forms showed no focused field without colour.
#[test]
fn the_focused_field_of_the_commitment_form_shows_in_every_theme() {
    let mut app = console();
    press(&mut app, KeyCode::Char('c'));
    type_text(&mut app, "Share the dataset");
    let mut moved = console();
    press(&mut moved, KeyCode::Char('c'));
    type_text(&mut moved, "Share the dataset");
    press(&mut moved, KeyCode::Tab);
    everywhere(|theme, w, h, what| {
        assert_moved_mark_shows(
            &draw_console(&app, theme, w, h),
            &draw_console(&moved, theme, w, h),
            &format!("commitment form focus, {what}"),
        );
        for (app, focused, other) in [(&app, "Action", "Owner"), (&moved, "Owner", "Action")] {
            let buf = draw_console(app, theme, w, h);
            let (f, o) = (
                last_row_of(&buf, focused).unwrap(),
                last_row_of(&buf, other).unwrap(),
            );
            assert!(marked(&buf, f, focused), "{what}: `{}`", row_text(&buf, f));
            assert!(!marked(&buf, o, other), "{what}: `{}`", row_text(&buf, o));
        }
    });
}

/// Where `text` starts on row `y`, if it is there (cell by cell; ASCII text only).
fn find(buf: &Buffer, y: u16, text: &str) -> Option<u16> {
    let row: Vec<&str> = (0..buf.area.width).map(|x| buf[(x, y)].symbol()).collect();
    let want: Vec<String> = text.chars().map(String::from).collect();
    row.windows(want.len())
        .position(|w| w.iter().zip(&want).all(|(a, b)| a == b))
        .map(|x| x as u16)
}

/// The row where `text` shows first.
fn row_of(buf: &Buffer, text: &str) -> Option<u16> {
    (0..buf.area.height).find(|&y| find(buf, y, text).is_some())
}

/// The row where `text` shows last: in a box drawn low over the screen.
fn last_row_of(buf: &Buffer, text: &str) -> Option<u16> {
    (0..buf.area.height)
        .rev()
        .find(|&y| find(buf, y, text).is_some())
}

/// Whether `text` on row `y` is marked without colour: every cell in reverse video or
/// underlined, or right after a "›" (or "› ") or inside "[ ]".
fn marked(buf: &Buffer, y: u16, text: &str) -> bool {
    let buf = colourless(buf);
    let Some(x) = find(&buf, y, text) else {
        return false;
    };
    let end = x + text.chars().count() as u16;
    let attrs = (x..end).all(|x| buf[(x, y)].modifier.intersects(MARKS));
    let at = |x: u16| buf[(x, y)].symbol().to_string();
    let before = (x > 0).then(|| at(x - 1));
    let after = (end < buf.area.width).then(|| at(end));
    let pointed = |s: &str| matches!(s, "›" | "▶");
    let symbols = before.as_deref().is_some_and(pointed)
        || (x > 1 && before.as_deref() == Some(" ") && pointed(&at(x - 2)))
        || (before.as_deref() == Some("[") && after.as_deref() == Some("]"));
    attrs || symbols
}

/// Copies the fixture, recorded, into a fresh folder twice (two sessions to choose from).
fn review_folder() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for (file, title) in [
        ("a.json", "Peer-learning exchange"),
        ("b.json", "Peer-learning follow-up"),
    ] {
        plenary::store::write_atomic(
            &dir.path().join(file),
            &plenary::store::save::to_json(&recorded(title)),
        )
        .unwrap();
    }
    dir
}

fn review(dir: &std::path::Path, keys: &[KeyCode]) -> Review {
    let mut r = Review::new(
        Catalog::load(dir, &[]),
        today(),
        FixedOffset::east_opt(0).unwrap(),
        me(),
    );
    for k in keys {
        r.on_key(KeyEvent::new(*k, KeyModifiers::NONE));
    }
    r
}

// Issue 11 (newcomer findings 2 and 3): review's sessions list and board showed no
// selection without colour, and none on a dark terminal.
#[test]
fn review_lists_show_their_selection_in_every_theme() {
    let dir = review_folder();
    let cases: [(&str, &[KeyCode], &[KeyCode]); 2] = [
        ("review sessions", &[], &[KeyCode::Down]),
        (
            "review board",
            &[KeyCode::Char('b')],
            &[KeyCode::Char('b'), KeyCode::Down],
        ),
    ];
    for (name, first, second) in cases {
        let (r1, r2) = (review(dir.path(), first), review(dir.path(), second));
        everywhere(|theme, w, h, what| {
            assert_moved_mark_shows(
                &draw_review(&r1, theme, w, h),
                &draw_review(&r2, theme, w, h),
                &format!("{name}, {what}"),
            );
        });
    }
}

// Issue 11 (newcomer finding 3), issue 12 item 7: review's follow-up form had no focus
// marker without colour, and its chosen status was invisible in the dark theme.
#[test]
fn the_review_follow_up_form_shows_focus_and_choice_in_every_theme() {
    let dir = review_folder();
    let open = [KeyCode::Char('b'), KeyCode::Enter];
    let form = review(dir.path(), &open);
    let tabbed = review(dir.path(), &[open[0], open[1], KeyCode::Tab]);
    everywhere(|theme, w, h, what| {
        assert_moved_mark_shows(
            &draw_review(&form, theme, w, h),
            &draw_review(&tabbed, theme, w, h),
            &format!("follow-up form focus, {what}"),
        );
        let buf = draw_review(&form, theme, w, h);
        let moved = draw_review(&tabbed, theme, w, h);
        let (status, deadline) = (
            last_row_of(&buf, "Status").unwrap(),
            last_row_of(&buf, "Deadline").unwrap(),
        );
        assert!(
            marked(&buf, status, "Status"),
            "{what}: `{}`",
            row_text(&buf, status)
        );
        assert!(
            !marked(&buf, deadline, "Deadline"),
            "{what}: `{}`",
            row_text(&buf, deadline)
        );
        assert!(
            !marked(&moved, status, "Status"),
            "{what}: `{}`",
            row_text(&moved, status)
        );
        assert!(
            marked(&moved, deadline, "Deadline"),
            "{what}: `{}`",
            row_text(&moved, deadline)
        );
        let y = row_of(&buf, "done").expect("the statuses show");
        assert!(marked(&buf, y, "open"), "{what}: `{}`", row_text(&buf, y));
        assert!(!marked(&buf, y, "done"), "{what}: `{}`", row_text(&buf, y));
    });
}

// Issue 11 (newcomer findings 2 and 3): the launcher's selected file.
#[test]
fn the_launcher_shows_its_selection_in_every_theme() {
    let dir = review_folder();
    let none = tempfile::tempdir().unwrap();
    let entries = plenary::launcher::discover(dir.path(), none.path());
    assert_eq!(entries.len(), 2);
    everywhere(|theme, w, h, what| {
        let mut launcher = plenary::launcher::Launcher::new(&entries, theme);
        let before = draw(w, h, |area, buf| {
            ui::launcher::render(&launcher, theme, area, buf)
        });
        launcher.selected = 1;
        let after = draw(w, h, |area, buf| {
            ui::launcher::render(&launcher, theme, area, buf)
        });
        assert_moved_mark_shows(&before, &after, &format!("launcher, {what}"));
    });
}

/// A session whose first item goes through the commitments of the recorded one.
fn follow_up() -> App {
    let old = recorded("Peer-learning exchange");
    let mut s = agenda();
    let carried = carry::carried_from([("old.json", &old)]);
    s.ensure_follow_up_item(carried.len());
    s.begin_live("looks-follow-up".into(), None, t0());
    s.live.as_mut().unwrap().carried = carried;
    let mut app = App::new(s, me(), "/sessions/follow-up.json".into());
    press(&mut app, KeyCode::Enter);
    press(&mut app, KeyCode::Char(']'));
    app
}

// Issue 11 (newcomer finding 3): the follow-up item's "Now: open in progress done dropped"
// showed the recorded status by colour only.
#[test]
fn the_follow_up_items_recorded_status_shows_in_every_theme() {
    let mut app = follow_up();
    // Open before: Space records "in progress".
    press(&mut app, KeyCode::Char(' '));
    everywhere(|theme, w, h, what| {
        let buf = draw_console(&app, theme, w, h);
        assert_legible(&buf, what);
        let y = row_of(&buf, "Now:").unwrap_or_else(|| panic!("{what}:\n{}", screen_text(&buf)));
        assert!(
            marked(&buf, y, "in progress"),
            "{what}: `{}`",
            row_text(&buf, y)
        );
        for other in ["open", "done", "dropped"] {
            assert!(!marked(&buf, y, other), "{what}: `{}`", row_text(&buf, y));
        }
    });
}

/// The cells of the drawn cursor: reverse video, the one thing a block cursor is.
fn cursor_cells(buf: &Buffer, y: u16) -> Vec<u16> {
    let plain = colourless(buf);
    (0..buf.area.width)
        .filter(|&x| plain[(x, y)].modifier.contains(Modifier::REVERSED))
        .collect()
}

// Issue 11 (newcomer finding 3): the drawn block cursor vanished without colour, and
// (finding 2) drew black on the terminal's background in the dark theme. Issue 12, item 7:
// placeholders looked like typed text.
#[test]
fn the_cursor_and_placeholders_show_in_every_theme() {
    let mut app = console();
    press(&mut app, KeyCode::Char('c'));
    type_text(&mut app, "Share");
    everywhere(|theme, w, h, what| {
        let buf = draw_console(&app, theme, w, h);
        assert_legible(&buf, what);
        let y = row_of(&buf, "Share").unwrap_or_else(|| panic!("{what}:\n{}", screen_text(&buf)));
        let x = find(&buf, y, "Share").unwrap();
        assert_eq!(
            cursor_cells(&buf, y),
            [x + 5],
            "{what}: one cursor cell after the text: `{}`",
            row_text(&buf, y)
        );
        // The owner field is empty: its placeholder must not look like typed text.
        let plain = colourless(&buf);
        let owner = row_of(&buf, "Owner").unwrap();
        let label_end = find(&buf, owner, "Owner").unwrap() + 5;
        let hint: Vec<Modifier> = (label_end..buf.area.width)
            .take_while(|&x| plain[(x, owner)].symbol() != "┃")
            .filter(|&x| !plain[(x, owner)].symbol().trim().is_empty())
            .map(|x| plain[(x, owner)].modifier)
            .collect();
        assert!(
            !hint.is_empty(),
            "{what}: the owner field has a placeholder"
        );
        let typed = plain[(x, y)].modifier;
        for m in hint {
            assert!(
                m.intersects(Modifier::DIM | Modifier::ITALIC) && m != typed,
                "{what}: the placeholder ({m:?}) looks like typed text ({typed:?}): `{}`",
                row_text(&plain, owner)
            );
        }
    });
}

/// Snapshots without colour at 80x24 and 60x20: the marks are in the text itself.
fn snapshots(name: &str, paint: impl Fn(&Theme, Rect, &mut Buffer)) {
    let theme = Theme::new(ThemeName::Monochrome, false);
    for (w, h) in SIZES {
        let buf = draw(w, h, |area, buf| paint(&theme, area, buf));
        let text = screen_text(&buf).replace(std::env::temp_dir().to_str().unwrap(), "<tmp>");
        insta::assert_snapshot!(format!("{name}_{w}x{h}"), text);
    }
}

// The marks as a reader sees them on the screens of the tests above.
#[test]
fn marks_without_colour_on_each_screen() {
    let mut table = console();
    press(&mut table, KeyCode::Char('2'));
    press(&mut table, KeyCode::Down);
    snapshots("commitments_selected", |t, area, buf| {
        let ctx = Ctx {
            now: at(60).now,
            offset: FixedOffset::east_opt(0).unwrap(),
            theme: t,
        };
        ui::render(&table, &ctx, area, buf)
    });
    let mut owner = owner_typed("d");
    press(&mut owner, KeyCode::Down);
    snapshots("owner_suggestion_picked", |t, area, buf| {
        let ctx = Ctx {
            now: at(60).now,
            offset: FixedOffset::east_opt(0).unwrap(),
            theme: t,
        };
        ui::render(&owner, &ctx, area, buf)
    });
    let mut carried = follow_up();
    press(&mut carried, KeyCode::Char(' '));
    snapshots("follow_up_item_recorded", |t, area, buf| {
        let ctx = Ctx {
            now: at(60).now,
            offset: FixedOffset::east_opt(0).unwrap(),
            theme: t,
        };
        ui::render(&carried, &ctx, area, buf)
    });
    let dir = review_folder();
    let board = review(dir.path(), &[KeyCode::Char('b'), KeyCode::Down]);
    snapshots("review_board_selected", |t, area, buf| {
        ui::review::render(&board, t, area, buf)
    });
    let form = review(
        dir.path(),
        &[KeyCode::Char('b'), KeyCode::Enter, KeyCode::Tab],
    );
    snapshots("review_follow_up_focus", |t, area, buf| {
        ui::review::render(&form, t, area, buf)
    });
}

/// Whether `text` shows on `row` whole, or cut with "…" after at least its first character.
/// A cell of two lines, read from where `text`'s first word starts on row `y` to the next
/// gap of two spaces, on that row and the one below, joined by a space.
fn two_lines_from(buf: &Buffer, y: u16, text: &str) -> String {
    let first = text.split(' ').next().unwrap_or(text);
    let Some(x0) = find(buf, y, first) else {
        return String::new();
    };
    let line = |y: u16| {
        let mut out = String::new();
        for x in x0..buf.area.width {
            let symbol = buf[(x, y)].symbol();
            if symbol == " " && out.ends_with(' ') {
                break;
            }
            out.push_str(symbol);
        }
        out.trim().to_string()
    };
    format!("{} {}", line(y), line(y + 1))
}

fn whole_or_marked_cut(row: &str, text: &str) -> bool {
    if row.contains(text) {
        return true;
    }
    let chars: Vec<char> = text.chars().collect();
    (1..chars.len()).any(|n| {
        let kept: String = chars[..n].iter().collect();
        row.contains(&format!("{kept}…")) || row.contains(&format!("{}…", kept.trim_end()))
    })
}

fn mono() -> Theme {
    Theme::new(ThemeName::Monochrome, false)
}

// Issue 11 (newcomer finding 19): table cells were cut with no ellipsis ("Draft the budge").
#[test]
fn table_cells_that_do_not_fit_end_with_an_ellipsis() {
    let mut app = console();
    press(&mut app, KeyCode::Char('2'));
    let dir = review_folder();
    let board = review(dir.path(), &[KeyCode::Char('b')]);
    let sessions = review(dir.path(), &[]);
    let s = recorded("x");
    let commitments = &s.live.as_ref().unwrap().commitments;
    for (w, h) in [(60, 20), (80, 24), (120, 40)] {
        let screens = [
            ("console", draw_console(&app, &mono(), w, h)),
            ("board", draw_review(&board, &mono(), w, h)),
        ];
        for (name, buf) in &screens {
            for c in commitments {
                let y = last_row_of(buf, &c.id).filter(|_| *name == "console");
                let row = match y {
                    Some(y) => row_text(buf, y),
                    None => (0..h)
                        .map(|y| row_text(buf, y))
                        .find(|r| r.contains(&c.deadline.to_string()))
                        .unwrap_or_default(),
                };
                // Issue 14, item 5: below 100 columns the table view gives the action two
                // lines, cut with "…" on the second.
                let wrapped = y
                    .map(|y| two_lines_from(buf, y, &c.what))
                    .unwrap_or_default();
                for text in [&c.what, &c.owner] {
                    assert!(
                        whole_or_marked_cut(&row, text) || whole_or_marked_cut(&wrapped, text),
                        "{name} at {w}x{h}: “{text}” cut without “…”: `{row}`"
                    );
                }
            }
        }
        let buf = draw_review(&sessions, &mono(), w, h);
        let row = row_text(&buf, row_of(&buf, "2026-11-26").unwrap());
        assert!(
            whole_or_marked_cut(&row, "Peer-learning exchange"),
            "sessions at {w}x{h}: `{row}`"
        );
    }
}

/// One page of the keys box: its rows, each split into its columns (borders taken off).
fn help_page(buf: &Buffer) -> Vec<Vec<String>> {
    let top = row_of(buf, "Keys").unwrap();
    let rows: Vec<Vec<char>> = (top + 1..buf.area.height)
        .map(|y| row_text(buf, y).chars().collect::<Vec<char>>())
        .take_while(|r| !r.contains(&'┗'))
        .collect();
    rows.iter()
        .map(|r| {
            let first = r.iter().position(|c| *c == '┃').unwrap();
            let last = r.iter().rposition(|c| *c == '┃').unwrap();
            let inner = &r[first + 1..last];
            // Wider than one column's box (90): two columns, as the overlay lays them out.
            let parts = if inner.len() + 2 > 90 { 2 } else { 1 };
            let rects =
                ratatui::layout::Layout::horizontal(vec![
                    ratatui::layout::Constraint::Fill(1);
                    parts
                ])
                .split(Rect::new(0, 0, inner.len() as u16, 1));
            rects
                .iter()
                .map(|c| {
                    let part: String = inner[c.x as usize..(c.x + c.width) as usize]
                        .iter()
                        .collect();
                    part.trim_end().to_string()
                })
                .collect()
        })
        .collect()
}

/// Every line of the keys box in reading order (column by column), as they scroll by.
fn help_lines(app: &mut App, w: u16, h: u16) -> Vec<String> {
    let page = |app: &mut App, scroll: u16| {
        app.help_scroll = scroll;
        help_page(&draw_console(app, &mono(), w, h))
    };
    let first = page(app, 0);
    let columns = first[0].len();
    let mut seen: Vec<Vec<String>> = (0..columns)
        .map(|c| first.iter().map(|r| r[c].clone()).collect())
        .collect();
    for scroll in 1..400u16 {
        let next = page(app, scroll);
        // A step scrolls one line: the rows move up by one, and the last is new.
        let moved = (0..columns).all(|c| next[0][c] == seen[c][scroll as usize]);
        if !moved {
            break;
        }
        for (c, column) in seen.iter_mut().enumerate() {
            column.push(next.last().unwrap()[c].clone());
        }
    }
    seen.concat()
}

// Issue 11 (newcomer finding 16), issue 12 item 11: at 60x20 the keys box cut descriptions
// with no "…" and lost the end of its lines; every word of help must be readable.
#[test]
fn the_keys_box_shows_every_description_whole_at_every_size() {
    for (w, h) in [(60, 20), (80, 24), (120, 40)] {
        let mut app = console();
        press(&mut app, KeyCode::Char('?'));
        let lines = help_lines(&mut app, w, h);
        app.help_scroll = 0;
        insta::assert_snapshot!(
            format!("keys_box_{w}x{h}"),
            screen_text(&draw_console(&app, &mono(), w, h))
        );
        let all = lines
            .join(" ")
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        // A started session's help leaves out starting it (findings11 item 8).
        let helps = plenary::app::keys::KEYMAP
            .0
            .iter()
            .filter(|b| b.scope != plenary::app::keys::Scope::Start)
            .map(|b| b.help.text())
            .chain(plenary::form::KEYMAP.0.iter().map(|b| b.help.text()))
            .chain(plenary::keymap::HELP_KEYS.0.iter().map(|b| b.help.text()));
        for help in helps {
            assert!(
                all.contains(help.as_str()),
                "{w}x{h}: “{}” is not whole in the keys box:\n{}",
                help,
                lines.join("\n")
            );
        }
    }
}

/// The report-back, third group ("水资源 Water & Sanitation") over its time by 0:31.
fn third_group_over() -> (App, i64) {
    let mut app = console();
    press_at(&mut app, KeyCode::Char(']'), 100);
    press_at(&mut app, KeyCode::Char(']'), 200);
    press_at(&mut app, KeyCode::Right, 200);
    press_at(&mut app, KeyCode::Right, 200);
    press_at(&mut app, KeyCode::Char(' '), 300);
    let planned = app.session.presenter_seconds(2);
    (app, 300 + planned + 31)
}

// Issue 12, item 11: the note-taker's status line ended at "+0:31 TIME ·": the timer and its
// phase come first, the names are shortened (with "…") to leave them room.
#[test]
fn the_note_takers_status_line_keeps_the_timer_and_phase_whole() {
    let (app, now) = third_group_over();
    for (w, h) in [(60, 20), (80, 24), (120, 40)] {
        let ctx = Ctx {
            now: at(now).now,
            offset: FixedOffset::east_opt(0).unwrap(),
            theme: &mono(),
        };
        let buf = draw(w, h, |area, buf| ui::join::render(&app, &ctx, area, buf));
        let line = row_text(&buf, 0);
        assert!(line.contains("+0:31"), "{w}x{h}: `{line}`");
        assert!(line.contains("OVER BY 0:31"), "{w}x{h}: `{line}`");
        assert!(
            whole_or_marked_cut(&line, "Water & Sanitation"),
            "{w}x{h}: `{line}`"
        );
        insta::assert_snapshot!(format!("note_taker_over_{w}x{h}"), screen_text(&buf));
    }
}

const NOT_SHARED: &str = "NOT SHARED with note-takers: others can write to /tmp/run (mode 777), so anyone could put a session there: run chmod go-w /tmp/run";

// Issue 11 (newcomer finding 1): the NOT SHARED warning took the footer's place for the
// whole session: no "? help  q quit" at 80x24.
#[test]
fn a_standing_warning_leaves_help_and_quit_in_the_footer() {
    let mut app = console();
    app.host_mut().unwrap().sharing_warning = Some(NOT_SHARED.into());
    for (w, h) in [(60, 20), (80, 24), (120, 40)] {
        let buf = draw_console(&app, &mono(), w, h);
        let screen = screen_text(&buf);
        let foot = row_text(&buf, h - 1);
        assert!(
            foot.contains("? help") && foot.contains("q quit"),
            "{w}x{h}:\n{screen}"
        );
        let flat = screen.split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(
            flat.contains("NOT SHARED with note-takers"),
            "{w}x{h}:\n{screen}"
        );
        insta::assert_snapshot!(format!("not_shared_{w}x{h}"), screen);
    }
}

// Issue 11 (newcomer finding 1): with sharing impossible from the start, the footer lost
// "? help  q quit" and quitting said nothing about it.
#[test]
fn an_unshared_session_keeps_its_keys_and_says_so_at_quit() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let live = support::LiveDirs::new(dir.path());
    // A runtime folder anyone can write to: the host refuses to share there.
    std::fs::create_dir_all(&live.run).unwrap();
    std::fs::set_permissions(&live.run, std::fs::Permissions::from_mode(0o777)).unwrap();
    let mut term = support::Term::spawn(&["run", FIXTURE], &live.env(), 80, 24);
    let screen = term.wait_for("NOT SHARED");
    let foot = screen.lines().last().unwrap_or_default().to_string();
    assert!(
        foot.contains("? help") && foot.contains("q quit"),
        "{screen}"
    );
    term.quit_console();
    assert!(term.wait_exit(), "quits at once before the start");
    let raw = String::from_utf8_lossy(&term.raw()).into_owned();
    let after = raw
        .rsplit("\x1b[?1049l")
        .next()
        .unwrap_or("")
        .replace('\r', "");
    assert!(
        after.contains("NOT SHARED") && after.contains("others can write to"),
        "{after}"
    );
    // Quit before Enter with nothing recorded: no file is kept, and that is said (nc13b #1).
    assert!(after.contains("no session file was kept"), "{after}");
}

/// The rows of a box whose last cell inside the right border holds a character: text that
/// ran into the border, cut there without a sign unless that character is "…".
fn cut_at_the_border(buf: &Buffer) -> Vec<String> {
    (0..buf.area.height)
        .map(|y| row_text(buf, y))
        .filter(|row| {
            let chars: Vec<char> = row.chars().collect();
            let Some(right) = chars.iter().rposition(|c| *c == '┃') else {
                return false;
            };
            right > 0
                && chars.iter().filter(|c| **c == '┃').count() == 2
                && !matches!(chars[right - 1], ' ' | '…')
        })
        .collect()
}

// Issue 11 (text cut with a sign): at 60 columns the forms' placeholders ran into the box's
// border ("…end of", "2027-03-31, +") with nothing to say they go on.
#[test]
fn placeholders_that_do_not_fit_end_with_an_ellipsis() {
    let mut app = console();
    press(&mut app, KeyCode::Char('c'));
    let dir = review_folder();
    let form = review(dir.path(), &[KeyCode::Char('b'), KeyCode::Enter]);
    for (w, h) in [(60, 20), (80, 24)] {
        let screens = [
            draw_console(&app, &mono(), w, h),
            draw_review(&form, &mono(), w, h),
        ];
        for buf in screens {
            let cut = cut_at_the_border(&buf);
            assert!(cut.is_empty(), "{w}x{h}: {cut:#?}");
        }
    }
}

// Issue 11 (newcomer finding 2): the dark theme drew text in colour 0 on the terminal's own
// background. No screen, in no theme, draws text that cannot be read.
#[test]
fn no_screen_in_any_theme_draws_text_that_cannot_be_read() {
    let walk = |keys: &[KeyCode]| {
        let mut app = console();
        app.host_mut().unwrap().people = vec![(1, "Zhang Wei (zhang)".into())];
        for k in keys {
            press(&mut app, *k);
        }
        app
    };
    let consoles = [
        walk(&[]),
        walk(&[KeyCode::Char(']')]),
        walk(&[KeyCode::Char(']'), KeyCode::Char(']'), KeyCode::Char(' ')]),
        walk(&[KeyCode::Char(']'), KeyCode::Char(']'), KeyCode::Char('P')]),
        walk(&[KeyCode::Char('2')]),
        walk(&[KeyCode::Char('3')]),
        walk(&[KeyCode::Char('4')]),
        walk(&[KeyCode::Char('?')]),
        walk(&[KeyCode::Char('n')]),
        walk(&[KeyCode::Char('c'), KeyCode::Tab, KeyCode::Char('H')]),
        walk(&[KeyCode::Char('c'), KeyCode::Char('x'), KeyCode::Esc]),
        walk(&[KeyCode::Char('x')]),
        follow_up(),
    ];
    let dir = review_folder();
    let reviews = [
        review(dir.path(), &[]),
        review(dir.path(), &[KeyCode::Enter]),
        review(dir.path(), &[KeyCode::Char('b')]),
        review(dir.path(), &[KeyCode::Char('b'), KeyCode::Char('/')]),
        review(dir.path(), &[KeyCode::Char('b'), KeyCode::Enter]),
        review(dir.path(), &[KeyCode::Char('?')]),
    ];
    everywhere(|theme, w, h, what| {
        for (i, app) in consoles.iter().enumerate() {
            assert_legible(
                &draw_console(app, theme, w, h),
                &format!("console {i}, {what}"),
            );
            let ctx = Ctx {
                now: at(60).now,
                offset: FixedOffset::east_opt(0).unwrap(),
                theme,
            };
            let joined = draw(w, h, |area, buf| ui::join::render(app, &ctx, area, buf));
            assert_legible(&joined, &format!("note-taker {i}, {what}"));
        }
        for (i, r) in reviews.iter().enumerate() {
            assert_legible(&draw_review(r, theme, w, h), &format!("review {i}, {what}"));
        }
    });
}

// Issue 11 (newcomer finding 3), issue 12 item 7: with NO_COLOR the real terminal showed no
// selection and no focus at all: crossterm answers NO_COLOR by writing a colour change as
// "ESC[;m", which resets every attribute, so reverse video and underline were undone as soon
// as they were set.
#[test]
fn with_no_color_the_terminal_gets_reverse_video_and_underline() {
    let dir = tempfile::tempdir().unwrap();
    let live = support::LiveDirs::within(dir.path());
    let one = std::path::Path::new("1");
    let mut env = live.env().to_vec();
    env.push(("NO_COLOR", one));
    let mut term = support::Term::spawn(&["run", FIXTURE], &env, 80, 24);
    term.wait_for("Press Enter");
    term.send("\r");
    term.wait_for("session 0:00");
    // The rail's row (the header names the item too now: nc13b #11).
    let current = term.attributes_of("Welcome and…");
    assert!(
        matches!(current, Some((true, _, _))),
        "the current item is in reverse video: {current:?}\n{}",
        term.contents()
    );
    term.send("c");
    term.wait_for("New commitment");
    let label = term.attributes_of("Action  ");
    let other = term.attributes_of("Owner  ");
    assert!(
        matches!(label, Some((_, _, true))) && matches!(other, Some((_, _, false))),
        "the focused label is underlined: {label:?}, the other not: {other:?}\n{}",
        term.contents()
    );
    term.send("\x1b");
    term.quit_console();
    term.wait_exit();
}
