//! Issue 14, item 5, "Cannot read enough", on screen: the commitments table a note-taker
//! reads (the action on two lines, where it came from under the owner), one commitment in
//! full with its history, and a long reason on the status line, wrapped. The peer-learning
//! fixture with Vietnamese, French and Chinese text; snapshots at 80x24, 60x20, 120x40 and
//! 200x60.

use chrono::{DateTime, Duration, FixedOffset, NaiveDate, TimeZone, Utc};
use plenary::app::{App, HostClosed, Remote, View};
use plenary::domain::*;
use plenary::ui::{self, Ctx, Theme, ThemeName};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

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

fn person(name: &str, uid: Option<u32>) -> Author {
    Author {
        name: name.into(),
        uid,
    }
}

fn draft(what: &str, owner: &str, deadline: (i32, u32, u32), item: usize) -> CommitmentDraft {
    CommitmentDraft {
        what: what.into(),
        owner: owner.into(),
        deadline: NaiveDate::from_ymd_opt(deadline.0, deadline.1, deadline.2).unwrap(),
        anchor: Anchor { item, group: None },
        past_deadline_confirmed: false,
    }
}

/// The fixture, begun, with three commitments by three people, the second changed twice.
fn session() -> Session {
    let text = std::fs::read_to_string(FIXTURE).unwrap();
    let mut s: Session = serde_json::from_str(&text).unwrap();
    s.begin_live("readable".into(), None, t0());
    let thao = person("Thảo", Some(1001));
    let amina = person("Amina", Some(1002));
    let omar = person("Omar", None);
    let add = |s: &mut Session, d: CommitmentDraft, by: &Author, second: i64| {
        s.apply(
            &Op::AddCommitment {
                draft: d,
                written: None,
            },
            by,
            at(second),
        )
        .unwrap();
    };
    add(
        &mut s,
        draft(
            "Lập bản đồ các ủy ban của Quốc hội chưa tham gia giám sát và gửi cho họ bản tóm tắt kết quả",
            "Trần Văn Minh",
            (2027, 3, 31),
            0,
        ),
        &thao,
        60,
    );
    add(
        &mut s,
        draft(
            "Publier le rapport de suivi et le présenter à la commission des finances avant le vote du budget",
            "Hélène Dubois",
            (2027, 1, 15),
            1,
        ),
        &amina,
        120,
    );
    add(
        &mut s,
        draft(
            "整理水利部的监测数据并与统计局共享",
            "王小明",
            (2026, 12, 20),
            1,
        ),
        &omar,
        180,
    );
    s.apply(
        &Op::SetStatus {
            id: "C2".into(),
            status: Status::InProgress,
            note: Some("la commission a fixé la date".into()),
            base_revision: None,
        },
        &omar,
        at(240),
    )
    .unwrap();
    let c2 = s.live.as_ref().unwrap().commitments[1].clone();
    s.apply(
        &Op::EditCommitment {
            id: "C2".into(),
            base_revision: c2.revision,
            draft: draft(&c2.what, &c2.owner, (2027, 2, 26), 1),
        },
        &thao,
        at(300),
    )
    .unwrap();
    s
}

/// Thảo's screen on the session, on all commitments (2), the second selected.
fn note_taker() -> App {
    let remote = Remote {
        client: "readable".into(),
        connected: true,
        ..Default::default()
    };
    let mut app = App::client(person("Thảo", Some(1001)), remote);
    app.session = session();
    app.view = View::Commitments;
    app.selection.commitment = 1;
    app
}

fn press(app: &mut App, code: KeyCode) {
    app.on_key(KeyEvent::new(code, KeyModifiers::NONE), at(400));
}

/// The note-taker's screen, snapshotted under `name` at every size.
fn join_screen(name: &str, app: &App, (w, h): (u16, u16)) -> String {
    let theme = Theme::new(ThemeName::HighContrast, false);
    let ctx = Ctx {
        now: at(400).now,
        offset: FixedOffset::east_opt(7 * 3600).unwrap(),
        theme: &theme,
    };
    let mut terminal = Terminal::new(TestBackend::new(w, h)).unwrap();
    terminal
        .draw(|f| ui::join::render(app, &ctx, f.area(), f.buffer_mut()))
        .unwrap();
    insta::assert_snapshot!(format!("{name}_{w}x{h}"), terminal.backend());
    let buf = terminal.backend().buffer();
    (0..buf.area.height)
        .map(|y| {
            let mut row = String::new();
            let mut x = 0;
            while x < buf.area.width {
                let symbol = buf[(x, y)].symbol();
                row.push_str(symbol);
                x += unicode_width::UnicodeWidthStr::width(symbol).max(1) as u16;
            }
            row + "\n"
        })
        .collect()
}

// Issue 14, item 5: at 80 columns the table cut the action to 24 characters and "From" to
// 8. Below 100 columns each commitment takes two rows: the action on two lines, where it
// came from under the owner.
#[test]
fn item_5_the_table_shows_more_of_the_action_and_where_it_came_from() {
    let app = note_taker();
    for size in SIZES {
        let text = join_screen("item_5_table", &app, size);
        assert!(text.contains("Lập bản đồ các ủy ban"), "{text}");
        assert!(text.contains("Publier le rapport"), "{text}");
        assert!(text.contains("Welcome and"), "{text}");
        assert!(text.contains("Breakout"), "{text}");
        if size.0 >= 80 {
            assert!(text.contains("Publier le rapport de suivi et le"), "{text}");
        }
    }
}

// Issue 14, item 5: no detail view. v shows the selected commitment in full: the action
// wrapped, owner, the deadline as understood, status, where from, who recorded it and when,
// and every change since with who and when (the domain's history).
#[test]
fn item_5_one_commitment_in_full_with_its_history() {
    let mut app = note_taker();
    press(&mut app, KeyCode::Char('v'));
    assert!(app.detail.is_some());
    for size in SIZES {
        let text = join_screen("item_5_detail", &app, size);
        for want in [
            "C2 · 2 of 3",
            "Hélène Dubois",
            "du budget",
            "in progress",
            "Breakout groups",
            "by Amina (uid 1002) at 16:02, 26 Nov 2026",
            "Friday 26 February 2027",
            "first agreed: Friday 15 January 2027",
            "History (2 changes",
            "Omar",
            "la commission a fixé",
        ] {
            if size.1 >= 24 {
                assert!(text.contains(want), "{size:?} {want}: {text}");
            }
        }
    }
    // → shows the next commitment in full; Esc goes back to the table.
    press(&mut app, KeyCode::Right);
    let text = join_screen("item_5_detail_next", &app, (80, 24));
    assert!(text.contains("C3 · 3 of 3"), "{text}");
    assert!(text.contains("整理水利部的监测数据"), "{text}");
    assert!(
        text.contains("History: no change since it was recorded"),
        "{text}"
    );
    press(&mut app, KeyCode::Esc);
    assert!(app.detail.is_none());
    assert_eq!(app.view, View::Commitments);
}

// Issue 14, item 5: long status messages were cut ("…will be s"). A reason on the status
// line (why the link was cut) wraps, read whole at every size.
#[test]
fn item_5_a_long_reason_on_the_status_line_wraps() {
    let mut app = note_taker();
    app.view = View::Stage;
    let why = "the facilitator disconnected you: this seat is needed for the minister's adviser, join again as a viewer";
    if let Some(r) = app.remote_mut() {
        r.connected = false;
        r.closed = Some(HostClosed::Cut(why.into()));
    }
    for size in SIZES {
        let text = join_screen("item_5_long_reason", &app, size);
        let joined = text.lines().map(str::trim).collect::<Vec<_>>().join(" ");
        assert!(joined.contains(&format!("■ {why}")), "{text}");
    }
}

// Issue 14, item 5: a refusal in the note form was cut at the form's edge. It wraps on up
// to three rows, read whole.
#[test]
fn item_5_a_refusal_in_the_note_form_wraps() {
    let mut app = note_taker();
    app.view = View::Stage;
    press(&mut app, KeyCode::Char('n'));
    let why =
        "Không gửi được: phiên làm việc đã kết thúc, ghi chú của bạn được giữ lại trong bản nháp";
    match app.form.as_mut() {
        Some(plenary::app::Form::Note(f)) => f.form.refuse(None, why),
        _ => panic!("no note form"),
    }
    for size in SIZES {
        let text = join_screen("item_5_note_refused", &app, size);
        let joined = text
            .lines()
            .map(|l| l.trim_matches(|c: char| c == '┃' || c.is_whitespace()))
            .collect::<Vec<_>>()
            .join(" ");
        assert!(joined.contains(&format!("✗ {why}")), "{text}");
    }
}

// Issue 14, item 5 (found by CI): End in the notes (3) chose the newest note the host had
// applied by then, and the selection stayed on it while the note-taker's later notes
// arrived, so the newest never came into view. At the newest, the selection follows.
#[test]
fn item_5_end_keeps_following_the_newest_note_as_more_arrive() {
    let mut app = note_taker();
    app.view = View::Notes;
    let add = |app: &mut App, n: usize| {
        let op = Op::AddNote {
            text: format!("Ghi chú {n}"),
            anchor: app.anchor(),
            written: None,
        };
        app.session
            .apply(&op, &person("Thảo", Some(1001)), at(100 + n as i64))
            .unwrap();
    };
    for n in 1..=3 {
        add(&mut app, n);
    }
    let last = |app: &App| app.session.live.as_ref().unwrap().notes.len() - 1;
    press(&mut app, KeyCode::Home);
    assert_ne!(app.selected_note(), Some(last(&app)));
    press(&mut app, KeyCode::End);
    assert_eq!(app.selected_note(), Some(last(&app)));
    for n in 4..=6 {
        add(&mut app, n);
    }
    assert_eq!(app.selected_note(), Some(last(&app)));
    // Down to the newest follows too; one up from it stays where it was put.
    press(&mut app, KeyCode::Up);
    let chosen = app.selected_note();
    add(&mut app, 7);
    assert_eq!(app.selected_note(), chosen);
    press(&mut app, KeyCode::Down);
    press(&mut app, KeyCode::Down);
    add(&mut app, 8);
    assert_eq!(app.selected_note(), Some(last(&app)));
}
