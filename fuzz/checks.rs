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
use plenary::report::{self, ExportFormat, ListFormat};
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
/// (and, for syntax, a line and column inside the text). What loads can be reviewed,
/// listed and exported; what loads without problems can be run, drawn at several sizes and
/// in several states, and saved back unchanged. No text output (an error, a problem, the
/// commitments listing, an export) carries a control character other than a line end.
pub fn loader(bytes: &[u8]) {
    let text = String::from_utf8_lossy(bytes);
    let session = match parse(Path::new(FILE), &text) {
        Err(e) => {
            let message = e.to_string();
            assert!(
                message.starts_with(FILE),
                "error without the path: {message}"
            );
            no_control("an error", &message, "");
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
    for p in &problems {
        no_control("a problem", &p.to_string(), "");
    }
    // `plenary review` and `plenary export` read any file that parses, and so does
    // `plenary commitments`.
    let offset = FixedOffset::east_opt(3600).unwrap();
    for format in [ExportFormat::Md, ExportFormat::Csv, ExportFormat::Ics] {
        let out = report::export(&session, FILE, format, moment(0).now, offset, today());
        no_control(&format!("export {format:?}"), &out, "\r\n");
    }
    let rows = plenary::domain::board::rows([(FILE, &session)], today());
    for format in [ListFormat::Table, ListFormat::Csv, ListFormat::Json] {
        let out = report::list(
            &rows,
            format,
            today(),
            chrono::FixedOffset::east_opt(0).unwrap(),
            &[],
        );
        no_control(&format!("commitments {format:?}"), &out, "\n");
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
    // `plenary run` accepts it: every screen draws at every size tried, after the keys a
    // facilitator presses first, and save → load gives it back.
    let theme = Theme::new(ThemeName::HighContrast, false);
    let states: [&[char]; 6] = [&[], &['2'], &['3'], &['P'], &['\n', ' ', '+', ']'], &['?']];
    for keys in states {
        let mut app = App::new(session.clone(), someone(), FILE.into());
        for (n, key) in keys.iter().enumerate() {
            app.on_key(key_event(*key), moment(60 + n as i64));
        }
        for (w, h) in [(80, 24), (23, 7), (120, 40)] {
            let ctx = Ctx {
                now: moment(90).now,
                offset,
                theme: &theme,
            };
            let mut buf = Buffer::empty(Rect::new(0, 0, w, h));
            ui::render(&app, &ctx, buf.area, &mut buf);
            let mut buf = Buffer::empty(Rect::new(0, 0, w, h));
            ui::join::render(&app, &ctx, buf.area, &mut buf);
        }
        assert!(
            app.session.problems().is_empty(),
            "keys {keys:?} left problems: {:?}",
            app.session.problems()
        );
    }
    let saved = to_json(&session);
    let again = parse(Path::new(FILE), std::str::from_utf8(&saved).unwrap())
        .expect("a saved session loads");
    assert_eq!(again, session, "save then load changed the session");
}

/// Fails if `text` holds a control character other than those in `allowed`.
fn no_control(what: &str, text: &str, allowed: &str) {
    if let Some(c) = text
        .chars()
        .find(|c| c.is_control() && !allowed.contains(*c))
    {
        panic!("{what} carried U+{:04X}: {text:?}", u32::from(c));
    }
}

/// Values a session's fields are set to by `values`: the edges of every numeric type and
/// of every range the program checks.
const EDGES: [i128; 18] = [
    0,
    1,
    -1,
    59,
    1440,
    1441,
    86_400,
    86_401,
    31_622_400_000,
    31_622_400_001,
    1_000_000_000,
    1_000_000_001,
    i32::MAX as i128,
    u32::MAX as i128,
    i64::MIN as i128,
    i64::MAX as i128,
    u64::MAX as i128,
    -(u32::MAX as i128),
];

/// The files `values` starts from: the recorded example, the prepared agenda, and the
/// recorded example still running with every optional field present (so that each can
/// be given an odd value).
pub fn value_bases() -> Vec<serde_json::Value> {
    use serde_json::json;
    let mut bases: Vec<serde_json::Value> = [
        include_str!("../sessions/2026-06-18-monitoring-results-workshop.json"),
        include_str!("../sessions/monitoring-results-workshop.json"),
    ]
    .iter()
    .map(|text| serde_json::from_str(text).unwrap())
    .collect();
    let mut full = bases[0].clone();
    let live = full["live"].as_object_mut().unwrap();
    live.remove("ended_at");
    for item in live["items"].as_array_mut().unwrap() {
        item["adjust_seconds"] = json!(30);
    }
    live["presentations"][0]["timer"] = json!({
        "adjust_seconds": -30, "banked_ms": 1000,
        "running_since": "2026-06-18T08:20:00Z", "first_started": "2026-06-18T08:13:30Z"
    });
    live["commitments"][0]["history"] = json!([{
        "at": "2026-07-01T10:00:00Z", "by": {"name": "lina", "uid": 1002},
        "change": "status open → in progress", "note": "Briefing booked\nfor October"
    }]);
    live.insert(
        "carried".into(),
        json!([{
            "source_file": "/srv/plenary/2026-03-01-earlier.json", "source_session": "earlier",
            "source_title": "Earlier dialogue", "source_date": "2026-03-01", "id": "C4",
            "what": "Share the data", "owner": "Statistics office", "deadline": "2026-05-31",
            "status_before": "open",
            "recorded": {"status": "done", "at": "2026-06-18T07:30:00Z",
                         "by": {"name": "amina"}, "written_back": true},
            "timer": {"banked_ms": 90000, "adjust_seconds": 30,
                      "running_since": "2026-06-18T07:31:00Z"}
        }]),
    );
    live.insert("current_carried".into(), json!(0));
    live.insert("client_seqs".into(), json!({"joseph-1": 7}));
    full["groups"][0]["minutes"] = json!(6);
    full["venue"] = json!("Conference hall");
    bases.push(full);
    bases
}

/// Every value's JSON pointer in `doc`, objects and arrays included.
fn pointers(doc: &serde_json::Value, at: String, out: &mut Vec<String>) {
    match doc {
        serde_json::Value::Object(map) => {
            for (key, value) in map {
                pointers(value, format!("{at}/{key}"), out);
            }
        }
        serde_json::Value::Array(items) => {
            for (i, value) in items.iter().enumerate() {
                pointers(value, format!("{at}/{i}"), out);
            }
        }
        _ => {}
    }
    out.push(at);
}

/// Session files with values no one would type: the input picks a base file, then fields
/// and what to set each to (an edge number, any number, a date or instant of any year, text
/// with a control character, nothing, an unknown field). Every result goes through `loader`.
pub fn values(bytes: &[u8], bases: &[serde_json::Value]) {
    use serde_json::{Value, json};
    let Some((first, edits)) = bytes.split_first() else {
        return;
    };
    let mut doc = bases[usize::from(*first) % bases.len()].clone();
    for edit in edits.chunks(11) {
        let mut paths = Vec::new();
        pointers(&doc, String::new(), &mut paths);
        let mut b = [0u8; 11];
        b[..edit.len()].copy_from_slice(edit);
        let path = &paths[usize::from(u16::from_le_bytes([b[0], b[1]])) % paths.len()];
        let v: [u8; 8] = b[3..11].try_into().unwrap();
        let n = i64::from_le_bytes(v);
        let year = i32::from(i16::from_le_bytes([v[0], v[1]])).rem_euclid(12_000);
        let (month, day) = (1 + v[2] % 13, 1 + v[3] % 32);
        let value = match b[2] % 12 {
            0 => json!(EDGES[usize::from(v[0]) % EDGES.len()]),
            1 => json!(n),
            2 => json!(u64::from_le_bytes(v)),
            3 => json!(format!("{year:04}-{month:02}-{day:02}")),
            4 => json!(format!(
                "{year:04}-{month:02}-{day:02}T{:02}:{:02}:{:02}Z",
                v[4] % 25,
                v[5] % 61,
                v[6] % 61
            )),
            5 => {
                let control = [v[0] % 0x20, 0x7f, 0x80 + v[0] % 0x20][usize::from(v[1]) % 3];
                json!(format!("text{}more", char::from(control)))
            }
            6 => json!(f64::from_le_bytes(v)),
            7 => Value::Null,
            8 => json!(usize::from(v[0]) % 50),
            9 => json!("ü".repeat(usize::from(v[0]) * 40)),
            10 => {
                // An unknown field beside (or inside) the chosen value.
                if let Some(Value::Object(map)) = doc.pointer_mut(path) {
                    map.insert(format!("x_{}", v[0]), json!({"kept": n}));
                }
                continue;
            }
            _ => {
                // Removes the value (a field or an element).
                if let Some((parent, key)) = path.rsplit_once('/') {
                    match doc.pointer_mut(parent) {
                        Some(Value::Object(map)) => {
                            map.remove(key);
                        }
                        Some(Value::Array(items)) => {
                            if let Ok(i) = key.parse::<usize>() {
                                items.remove(i);
                            }
                        }
                        _ => {}
                    }
                }
                continue;
            }
        };
        if let Some(slot) = doc.pointer_mut(path) {
            *slot = value;
        }
    }
    loader(doc.to_string().as_bytes());
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
