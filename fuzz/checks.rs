//! What each fuzz target asserts about one input. The fuzz targets in `fuzz_targets/` call
//! these on generated inputs; `tests/fuzz_corpus.rs` calls them on the kept corpus in
//! `tests/corpus/`, so every input that once mattered is checked again by `cargo test`.
//!
//! A panic anywhere below (in plenary or in an assertion here) is a finding.
#![allow(dead_code)]

use std::io::BufReader;
use std::path::Path;

use chrono::{Datelike, Duration, FixedOffset, NaiveDate, TimeZone, Utc};
use plenary::app::App;
use plenary::domain::deadline::parse_deadline;
use plenary::domain::{Author, Moment, Session};
use plenary::live::protocol::{ClientMsg, HostMsg, apply_applied, read_line};
use plenary::report::{self, ExportFormat};
use plenary::review::Review;
use plenary::store::catalog::Catalog;
use plenary::store::{load::parse, save::to_json};
use plenary::ui::{self, Ctx, Theme, ThemeName};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

const FILE: &str = "fuzzed.json";

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 26).unwrap()
}

fn moment(seconds: i64) -> Moment {
    Moment {
        now: Utc.with_ymd_and_hms(2026, 11, 26, 9, 0, 0).unwrap() + Duration::seconds(seconds),
        today: today(),
    }
}

fn someone() -> Author {
    Author {
        name: "fuzz".into(),
        uid: Some(1000),
    }
}

/// The session loader: any text is either a session or an error that starts with the path
/// (and, for syntax, a line and column inside the text). What loads can be reviewed and
/// exported; what loads without problems can be run, drawn and saved back unchanged.
pub fn loader(bytes: &[u8]) {
    let text = String::from_utf8_lossy(bytes);
    let session = match parse(Path::new(FILE), &text) {
        Err(e) => {
            let message = e.to_string();
            assert!(
                message.starts_with(FILE),
                "error without the path: {message}"
            );
            if let plenary::store::LoadError::Syntax { line, column, .. } = e {
                let lines = text.lines().count().max(1);
                assert!(
                    line >= 1 && line <= lines + 1,
                    "line {line} of {lines}: {message}"
                );
                assert!(column >= 1, "column 0: {message}");
            }
            return;
        }
        Ok(session) => session,
    };
    let problems = session.problems();
    // `plenary review` and `plenary export` read any file that parses.
    let offset = FixedOffset::east_opt(3600).unwrap();
    for format in [ExportFormat::Md, ExportFormat::Csv, ExportFormat::Ics] {
        let _ = report::export(&session, FILE, format, moment(0).now, offset, today());
    }
    if session.live.is_some() {
        let catalog = Catalog {
            sessions: vec![(FILE.into(), session.clone())],
            unreadable: Vec::new(),
        };
        let mut review = Review::new(catalog, today(), offset, someone());
        draw_review(&review);
        for key in ['\n', 'b', 'g', 'o'] {
            review.on_key(key_event(key));
            draw_review(&review);
        }
    }
    if !problems.is_empty() {
        return;
    }
    // `plenary run` accepts it: it must draw, and save → load must give it back.
    let app = App::new(session.clone(), someone(), FILE.into());
    let theme = Theme::new(ThemeName::HighContrast, false);
    for (w, h) in [(80, 24), (23, 7)] {
        let ctx = Ctx {
            now: moment(90).now,
            offset,
            theme: &theme,
            ticking_only: false,
            damage: Default::default(),
        };
        let mut buf = Buffer::empty(Rect::new(0, 0, w, h));
        ui::render(&app, &ctx, buf.area, &mut buf);
        let mut buf = Buffer::empty(Rect::new(0, 0, w, h));
        ui::join::render(&app, &ctx, buf.area, &mut buf);
    }
    let saved = to_json(&session);
    let again = parse(Path::new(FILE), std::str::from_utf8(&saved).unwrap())
        .expect("a saved session loads");
    assert_eq!(again, session, "save then load changed the session");
}

fn key_event(c: char) -> ratatui::crossterm::event::KeyEvent {
    use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
    let code = if c == '\n' {
        KeyCode::Enter
    } else {
        KeyCode::Char(c)
    };
    KeyEvent::new(code, KeyModifiers::NONE)
}

fn draw_review(review: &Review) {
    let theme = Theme::new(ThemeName::HighContrast, false);
    let mut buf = Buffer::empty(Rect::new(0, 0, 80, 24));
    ui::review::render(review, &theme, buf.area, &mut buf);
}

/// A started session, as a host holds it when clients send operations.
pub fn live_session() -> Session {
    let text = include_str!("../sessions/monitoring-results-workshop.json");
    let mut s: Session = serde_json::from_str(text).unwrap();
    s.begin_live("fuzz".into(), None, moment(0).now);
    s.apply(&plenary::domain::Op::StartSession, &someone(), moment(0))
        .unwrap();
    s
}

/// The socket protocol, both directions: any bytes split into lines and decoded never panic.
/// A decoded operation is applied as the host would (role first, then the session's own
/// checks), and a session that accepted it is still valid; a decoded host message is
/// applied as a client would.
pub fn protocol(bytes: &[u8], session: &Session) {
    let mut host = session.clone();
    let mut client = session.clone();
    let mut reader = BufReader::new(bytes);
    let mut line = Vec::new();
    let mut n = 0;
    while read_line(&mut reader, &mut line).is_ok() {
        n += 1;
        assert!(line.len() <= plenary::live::protocol::MAX_LINE);
        if let Ok(ClientMsg::Op { seq, op }) = serde_json::from_slice::<ClientMsg>(&line) {
            // The facilitator's role allows every operation, so the session's own checks
            // are all that stand between a fuzzed operation and the file.
            let before = host.clone();
            match host.apply_numbered("fuzz", seq, &op, &someone(), moment(n)) {
                Ok(_) => {
                    let problems = host.problems();
                    assert!(
                        problems.is_empty(),
                        "{op:?} broke the session: {problems:?}"
                    );
                }
                Err(_) => assert!(host == before, "a refusal changed the session: {op:?}"),
            }
        }
        if let Ok(HostMsg::Applied {
            op, by, at, origin, ..
        }) = serde_json::from_slice::<HostMsg>(&line)
        {
            let _ = apply_applied(&mut client, &op, &by, at, origin.as_ref());
        }
    }
}

/// The deadline grammar: anything typed, on any day, is a date or a worded error; a date it
/// gives reads back the same when typed as ISO.
pub fn deadline(bytes: &[u8]) {
    let (day, text) = match bytes.split_first_chunk::<2>() {
        Some((d, rest)) => (u16::from_le_bytes(*d), rest),
        None => (0, bytes),
    };
    let today = NaiveDate::from_ymd_opt(2000, 1, 1).unwrap() + Duration::days(i64::from(day));
    let text = String::from_utf8_lossy(text);
    match parse_deadline(&text, today) {
        Ok(date) => {
            let iso = date.format("%Y-%m-%d").to_string();
            if date.year_ce().1 <= 9999 {
                assert_eq!(parse_deadline(&iso, today), Ok(date), "{iso} from {text:?}");
            }
        }
        Err(e) => assert!(!e.to_string().is_empty()),
    }
}
