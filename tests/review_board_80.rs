//! Issue 15, item 9 (and item 1 on the board): the board and review at 80 columns — the
//! filter line whole, titles cut in the middle so their ends differ, a header count that
//! agrees with the board's, `d` offering done and dropped, the session record as text —
//! and the selected commitment's follow-up history under the board.

use chrono::{FixedOffset, NaiveDate, TimeZone, Utc};
use plenary::domain::{Author, Moment, Op, Session, Status};
use plenary::review::Review;
use plenary::store::catalog::Catalog;
use plenary::store::save;
use plenary::ui::{Theme, ThemeName};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

const RECORDED: &str = "sessions/2026-06-18-monitoring-results-workshop.json";

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 26).unwrap()
}

fn me() -> Author {
    Author {
        name: "lina".into(),
        uid: None,
    }
}

/// The example with C3 dropped and C4's deadline moved at follow-ups, C5 and C6 with
/// titles that differ only at the end, and an owner in Chinese.
fn example(dir: &std::path::Path) -> Review {
    let mut s: Session = plenary::store::load(std::path::Path::new(RECORDED)).unwrap();
    let at = |day| Moment {
        now: Utc.with_ymd_and_hms(2026, 11, day, 9, 0, 0).unwrap(),
        today: NaiveDate::from_ymd_opt(2026, 11, day).unwrap(),
    };
    let follow = |id: &str, status, deadline: Option<&str>, note: &str| Op::FollowUp {
        id: id.into(),
        status,
        deadline: deadline.map(|d| d.parse().unwrap()),
        note: note.into(),
        base_revision: None,
        key: None,
        owner: None,
        superseded_by: None,
        superseded_in: None,
    };
    s.apply(
        &follow("C3", Status::Dropped, None, "Meeting cancelled"),
        &me(),
        at(2),
    )
    .unwrap();
    s.apply(
        &follow(
            "C4",
            Status::InProgress,
            Some("2027-06-30"),
            "Budget law first",
        ),
        &me(),
        at(3),
    )
    .unwrap();
    let live = s.live.as_mut().unwrap();
    live.commitments[4].what =
        "Brief the Budget and Appropriations Committee on the findings, session #2".into();
    live.commitments[5].what =
        "Brief the Budget and Appropriations Committee on the findings, session #3".into();
    live.commitments[5].owner = "财政部预算司".into();
    let path = dir.join("2026-06-18-workshop.json");
    save::write_atomic(&path, &save::to_json(&s)).unwrap();
    Review::new(
        Catalog::load(dir, &[]),
        today(),
        FixedOffset::east_opt(0).unwrap(),
        me(),
    )
}

fn key(r: &mut Review, k: KeyCode) {
    r.on_key(KeyEvent::new(k, KeyModifiers::NONE));
}

fn typed(r: &mut Review, text: &str) {
    for c in text.chars() {
        key(r, KeyCode::Char(c));
    }
}

fn screen(r: &Review, width: u16, height: u16) -> String {
    let theme = Theme::new(ThemeName::HighContrast, false);
    let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
    terminal
        .draw(|f| plenary::ui::review::render(r, &theme, f.area(), f.buffer_mut()))
        .unwrap();
    let buf = terminal.backend().buffer().clone();
    (0..height)
        .map(|y| {
            let mut out = String::new();
            let mut x = 0;
            while x < width {
                let symbol = buf[(x, y)].symbol();
                out.push_str(symbol);
                x += unicode_width::UnicodeWidthStr::width(symbol).max(1) as u16;
            }
            out
        })
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn issue15_item9_the_header_count_agrees_with_the_board() {
    let dir = tempfile::tempdir().unwrap();
    let mut r = example(dir.path());
    key(&mut r, KeyCode::Char('b'));
    let text = screen(&r, 80, 24);
    assert!(
        text.contains("12 commitments") && text.contains("12 of 12"),
        "a dropped one is counted in both: {text}"
    );
}

#[test]
fn issue15_item9_the_filter_line_is_never_cut() {
    let dir = tempfile::tempdir().unwrap();
    let mut r = example(dir.path());
    key(&mut r, KeyCode::Char('b'));
    key(&mut r, KeyCode::Char('/'));
    typed(&mut r, "brief");
    key(&mut r, KeyCode::Enter);
    for k in ['o', 'w', 's', 'g'] {
        key(&mut r, KeyCode::Char(k));
    }
    for (w, h) in [(80, 24), (60, 20), (120, 40)] {
        let text = screen(&r, w, h);
        let joined: String = text.lines().take(4).collect::<Vec<_>>().join(" ");
        for words in ["overdue only", "due within", "days", "grouped by owner"] {
            assert!(joined.contains(words), "{w}x{h}: {words} in {text}");
        }
        assert!(!joined.contains("due with…"), "{w}x{h}: {text}");
    }
}

#[test]
fn issue15_item9_titles_keep_their_distinguishing_end() {
    let dir = tempfile::tempdir().unwrap();
    let mut r = example(dir.path());
    key(&mut r, KeyCode::Char('b'));
    for (w, h) in [(80, 24), (120, 40)] {
        let text = screen(&r, w, h);
        assert!(
            text.contains("#2") && text.contains("#3"),
            "{w}x{h}: {text}"
        );
        insta::assert_snapshot!(format!("board_{w}x{h}"), text);
    }
}

#[test]
fn issue15_item1_the_board_shows_the_selected_commitments_history() {
    let dir = tempfile::tempdir().unwrap();
    let mut r = example(dir.path());
    key(&mut r, KeyCode::Char('b'));
    let pos = r
        .shown
        .iter()
        .position(|&i| r.entries[i].row.id == "C4")
        .unwrap();
    for _ in 0..pos {
        key(&mut r, KeyCode::Down);
    }
    let text = screen(&r, 80, 24);
    assert!(
        text.contains("by 31 Mar 2027 → 30 Jun 2027 (moved once)"),
        "was → now: {text}"
    );
    assert!(
        text.contains("3 Nov 2026 lina: follow-up: status open → in progress; deadline"),
        "{text}"
    );
    let wide = screen(&r, 120, 40);
    assert!(wide.contains("“Budget law first”"), "{wide}");
    // And the follow-up form says it too.
    key(&mut r, KeyCode::Enter);
    let form = screen(&r, 80, 24);
    assert!(
        form.contains("due 31 Mar 2027 → 30 Jun 2027 (moved once)"),
        "{form}"
    );
    assert!(form.contains("last: 3 Nov 2026 lina: follow-up"), "{form}");
}

#[test]
fn issue15_item9_d_offers_done_and_then_dropped() {
    let dir = tempfile::tempdir().unwrap();
    let mut r = example(dir.path());
    key(&mut r, KeyCode::Char('b'));
    // C9, still open.
    key(&mut r, KeyCode::Down);
    key(&mut r, KeyCode::Enter);
    let text = screen(&r, 80, 24);
    // nc15 #6: said as the live follow-up's keys, `D` for dropped.
    assert!(text.contains("d → done · D → dropped"), "{text}");
    key(&mut r, KeyCode::Char('d'));
    assert_eq!(r.followup.as_ref().unwrap().status(), Status::Done);
    // A second `d` still goes on to dropped, as in any choice of the form kit.
    key(&mut r, KeyCode::Char('d'));
    assert_eq!(r.followup.as_ref().unwrap().status(), Status::Dropped);
}

#[test]
fn issue15_item9_the_session_record_is_text_not_markdown() {
    let dir = tempfile::tempdir().unwrap();
    let mut r = example(dir.path());
    key(&mut r, KeyCode::Enter);
    let mut all = String::new();
    for _ in 0..12 {
        all.push_str(&screen(&r, 80, 24));
        key(&mut r, KeyCode::PageDown);
    }
    for markup in ["**", "| ", "## ", "\\-", "\\*", "---|"] {
        assert!(!all.contains(markup), "{markup:?} in the record: {all}");
    }
    assert!(all.contains("Parliament: Grace Njeri"), "{all}");
    assert!(
        all.lines()
            .any(|l| l.starts_with("C4 ") && l.contains("Convene the first")),
        "the commitments as aligned columns: {all}"
    );
}

/// nc15 #6: `D` records dropped in review's follow-up form, as it does in the live
/// follow-up, never done; and the form says so.
#[test]
fn nc15_6_capital_d_is_dropped_as_in_the_live_follow_up() {
    let dir = tempfile::tempdir().unwrap();
    let mut r = example(dir.path());
    key(&mut r, KeyCode::Char('b'));
    key(&mut r, KeyCode::Down);
    key(&mut r, KeyCode::Enter);
    let text = screen(&r, 80, 24);
    assert!(text.contains("D → dropped"), "{text}");
    key(&mut r, KeyCode::Char('D'));
    assert_eq!(r.followup.as_ref().unwrap().status(), Status::Dropped);
    key(&mut r, KeyCode::Char('D'));
    assert_eq!(
        r.followup.as_ref().unwrap().status(),
        Status::Dropped,
        "D again stays dropped"
    );
    key(&mut r, KeyCode::Char('d'));
    assert_eq!(r.followup.as_ref().unwrap().status(), Status::Done);
}
