//! Files as people and other programs leave them: fields a newer plenary added, special
//! files in the sessions directory, and numbers no session could hold. Each is read through
//! the real commands; nothing may be lost, block, or panic.

mod support;
use support::serial::one_at_a_time;

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

use serde_json::{Value, json};
use support::{LiveDirs, Term};

const RECORDED: &str = "sessions/2026-06-18-monitoring-results-workshop.json";

fn plenary(args: &[&str], dir: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_plenary"))
        .args(args)
        .env("PLENARY_DIR", dir)
        .output()
        .unwrap()
}

fn text(o: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr)
    )
}

/// Runs `plenary ARGS` and fails the test if it has not finished within `limit`
/// (the process is killed first, so a blocked plenary never outlives the test).
fn finishes_within(limit: Duration, wrapper: &[&str], args: &[&str], dir: &Path) -> Output {
    let mut cmd = match wrapper.split_first() {
        Some((program, rest)) => {
            let mut cmd = Command::new(program);
            cmd.args(rest).arg(env!("CARGO_BIN_EXE_plenary"));
            cmd
        }
        None => Command::new(env!("CARGO_BIN_EXE_plenary")),
    };
    let mut child = cmd
        .args(args)
        .env("PLENARY_DIR", dir)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let deadline = Instant::now() + limit;
    loop {
        if child.try_wait().unwrap().is_some() {
            return child.wait_with_output().unwrap();
        }
        if Instant::now() > deadline {
            let _ = child.kill();
            let out = child.wait_with_output().unwrap();
            panic!(
                "plenary {args:?} was still running after {limit:?} (killed); it had said:\n{}",
                text(&out)
            );
        }
        std::thread::sleep(Duration::from_millis(20));
    }
}

fn read_json(path: &Path) -> Value {
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

/// Fields a newer 1.x (or a person with an editor) put in the file, by JSON pointer.
fn unknown_fields() -> Vec<(&'static str, Value)> {
    vec![
        (
            "/x_sponsor",
            json!({"name": "Fund", "lines": [1, 2.5, null]}),
        ),
        ("/participants/0/x_email", json!("amina@example.org")),
        ("/groups/0/x_room", json!("B12")),
        ("/agenda/0/x_materials", json!(["slides.pdf"])),
        ("/live/x_recorder", json!("v1.4")),
        ("/live/items/0/x_room", json!("Hall")),
        ("/live/presentations/0/x_slides", json!(3)),
        ("/live/presentations/0/timer/x_bell", json!(false)),
        ("/live/notes/0/x_tags", json!(["budget"])),
        ("/live/commitments/0/x_budget_line", json!("4.2.1")),
    ]
}

/// Sets `value` at `pointer` (its parent must exist).
fn put(doc: &mut Value, pointer: &str, value: Value) {
    let (parent, key) = pointer.rsplit_once('/').unwrap();
    doc.pointer_mut(parent)
        .unwrap_or_else(|| panic!("no {parent}"))
        .as_object_mut()
        .unwrap()
        .insert(key.to_string(), value);
}

fn assert_kept(path: &Path, after: &str) {
    let doc = read_json(path);
    for (pointer, value) in unknown_fields() {
        assert_eq!(
            doc.pointer(pointer),
            Some(&value),
            "{pointer} was lost by {after}"
        );
    }
}

// Issue 10, item 9: fields plenary does not know (from a newer 1.x, or added by hand) survive
// `plenary run` (resume and quit), review's follow-up write-back and exports, unchanged.
#[test]
fn fields_plenary_does_not_know_survive_run_review_and_export() {
    let _one = one_at_a_time();
    let dir = tempfile::tempdir().unwrap();
    let live = LiveDirs::new(dir.path());
    std::fs::create_dir_all(&live.sessions).unwrap();
    let path = live.sessions.join("2026-06-18-newer.json");
    let mut doc: Value = serde_json::from_str(&std::fs::read_to_string(RECORDED).unwrap()).unwrap();
    for (pointer, value) in unknown_fields() {
        put(&mut doc, pointer, value);
    }
    std::fs::write(&path, serde_json::to_string_pretty(&doc).unwrap()).unwrap();

    // Review's follow-up, written back to the file.
    let me = plenary::domain::Author {
        name: "lina".into(),
        uid: None,
    };
    let at = plenary::domain::Moment {
        now: chrono::Utc::now(),
        today: chrono::NaiveDate::from_ymd_opt(2026, 11, 23).unwrap(),
    };
    let done = plenary::domain::Op::FollowUp {
        id: "C1".into(),
        status: plenary::domain::Status::Done,
        deadline: None,
        note: "Held on 2 October".into(),
        base_revision: None,
        key: None,
        owner: None,
        superseded_by: None,
        superseded_in: None,
    };
    plenary::store::followup::apply_to_file(&path, &done, &me, at).unwrap();
    assert_kept(&path, "a follow-up written back");
    assert_eq!(
        read_json(&path)["live"]["commitments"][0]["status"],
        "done",
        "the follow-up itself was written"
    );

    // Exports read the file and leave it exactly as it was.
    let before = std::fs::read(&path).unwrap();
    for format in ["md", "csv", "ics"] {
        let target = dir.path().join(format!("out.{format}"));
        let out = plenary(
            &[
                "export",
                path.to_str().unwrap(),
                "--format",
                format,
                "-o",
                target.to_str().unwrap(),
            ],
            &live.sessions,
        );
        assert!(out.status.success(), "{}", text(&out));
    }
    assert_eq!(
        std::fs::read(&path).unwrap(),
        before,
        "an export changed it"
    );

    // The console resumes the session, saves it, and quits.
    let mut term = Term::spawn(&["run", path.to_str().unwrap()], &live.env(), 100, 30);
    term.wait_for("Putting the monitoring");
    term.quit_console();
    assert!(term.wait_exit(), "{}", term.contents());
    assert_kept(&path, "plenary run");
}

// Issue 10, item 10: a FIFO among the session files does not block `plenary commitments`
// (a cron job must end); it is named with the reason and the other files are listed.
#[test]
fn a_fifo_in_the_sessions_directory_is_skipped_not_waited_on() {
    let _one = one_at_a_time();
    use rustix::fs::{CWD, FileType, Mode, mknodat};
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(RECORDED, dir.path().join("a.json")).unwrap();
    let fifo = dir.path().join("b.json");
    mknodat(CWD, &fifo, FileType::Fifo, Mode::from_raw_mode(0o600), 0).unwrap();
    let out = finishes_within(
        Duration::from_secs(10),
        &[],
        &["commitments", "--format", "json"],
        dir.path(),
    );
    // Skipped is an error for a cron job (issue 15 item 5), but the rest is still listed.
    assert_eq!(out.status.code(), Some(2), "{}", text(&out));
    let listing: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(listing["count"], 12, "a.json is listed");
    assert!(
        listing["skipped"][0]["reason"]
            .as_str()
            .unwrap()
            .contains("FIFO")
    );
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("b.json") && stderr.contains("is a FIFO"),
        "{stderr}"
    );
    // The review's catalog (the same reading) says the same.
    let catalog = plenary::store::catalog::Catalog::load(dir.path(), &[]);
    assert_eq!(catalog.sessions.len(), 1);
    assert!(catalog.unreadable[0].1.contains("FIFO"), "{catalog:?}");
}

// Issue 10, item 10: `plenary check` on a device, a directory or a huge file answers at once,
// in a few MiB, and says what the path is; an OS error is said once.
#[test]
fn check_says_what_a_path_is_instead_of_reading_it_forever() {
    let _one = one_at_a_time();
    let dir = tempfile::tempdir().unwrap();
    let zero = dir.path().join("zero.json");
    std::os::unix::fs::symlink("/dev/zero", &zero).unwrap();
    let folder = dir.path().join("folder.json");
    std::fs::create_dir(&folder).unwrap();
    let huge = dir.path().join("huge.json");
    std::fs::File::create(&huge)
        .unwrap()
        .set_len(65 * 1024 * 1024)
        .unwrap();
    // Under a memory limit, so that reading /dev/zero fails fast instead of filling the machine.
    let limit: &[&str] = if Command::new("prlimit").arg("--version").output().is_ok() {
        &["prlimit", "--as=1073741824", "--"]
    } else {
        eprintln!("prlimit not found: checking /dev/zero without a memory limit");
        &[]
    };
    // Exit 2 for what cannot be read as a file at all, 1 for a file with problems (nc13b #5).
    let expect = [
        (&zero, "is a character device, not a session file", 2),
        (&folder, "is a directory, not a session file", 2),
        (&huge, "65.0 MiB", 1),
    ];
    for (path, words, code) in expect {
        let out = finishes_within(
            Duration::from_secs(10),
            limit,
            &["check", path.to_str().unwrap()],
            dir.path(),
        );
        assert_eq!(out.status.code(), Some(code), "{}", text(&out));
        assert!(text(&out).contains(words), "{words:?} in {}", text(&out));
    }
    let out = plenary(&["check", "no/such/file.json"], dir.path());
    let said = text(&out);
    assert_eq!(
        said.matches("No such file or directory").count(),
        1,
        "the OS error once: {said}"
    );
}

/// The recorded example with one value replaced.
fn with(pointer: &str, value: Value) -> Value {
    let mut doc: Value = serde_json::from_str(&std::fs::read_to_string(RECORDED).unwrap()).unwrap();
    put(&mut doc, pointer, value);
    doc
}

// Issue 10, item 11: a number no session could hold is a problem `check` names, and no command
// panics on it: `run` and `export` refuse it with the same list, `commitments` and the
// catalog read it.
#[test]
fn values_out_of_range_are_named_by_check_and_crash_nothing() {
    let _one = one_at_a_time();
    let dir = tempfile::tempdir().unwrap();
    let cases: Vec<(&str, Value)> = vec![
        ("/live/presentations/0/timer/banked_ms", json!(i64::MIN)),
        ("/live/presentations/1/timer/banked_ms", json!(i64::MAX)),
        (
            "/live/presentations/0/timer/adjust_seconds",
            json!(i64::MAX),
        ),
        (
            "/live/presentations/0/timer/adjust_seconds",
            json!(i64::MIN),
        ),
        ("/live/items/0/adjust_seconds", json!(i64::MIN)),
        ("/live/items/0/adjust_seconds", json!(i64::MAX)),
        ("/agenda/0/minutes", json!(u32::MAX)),
        ("/presenter_minutes", json!(u32::MAX)),
        ("/groups/0/minutes", json!(u32::MAX)),
        (
            "/live/presentations/0/timer/running_since",
            json!("0001-01-01T00:00:00Z"),
        ),
        ("/live/started_at", json!("1969-12-31T23:59:59Z")),
        ("/live/commitments/0/revision", json!(u32::MAX)),
        ("/live/commitments/0/id", json!("C4294967295")),
        ("/live/commitments/0/deadline", json!("0001-01-01")),
    ];
    let mut failures = Vec::new();
    for (n, (pointer, value)) in cases.into_iter().enumerate() {
        let path: PathBuf = dir.path().join(format!("case{n}.json"));
        std::fs::write(&path, with(pointer, value.clone()).to_string()).unwrap();
        let p = path.to_str().unwrap();
        let field = pointer
            .trim_start_matches('/')
            .split('/')
            .fold(String::new(), |acc, part| match part.parse::<usize>() {
                Ok(i) => format!("{acc}[{i}]"),
                Err(_) if acc.is_empty() => part.to_string(),
                Err(_) => format!("{acc}.{part}"),
            });
        let check = plenary(&["check", p], dir.path());
        if check.status.code() != Some(1) || !text(&check).contains(&field) {
            failures.push(format!(
                "{pointer} = {value}: check did not name {field}:\n{}",
                text(&check)
            ));
        }
        for format in ["md", "csv", "ics"] {
            let out = plenary(&["export", p, "--format", format], dir.path());
            if out.status.code() != Some(2) {
                failures.push(format!(
                    "{pointer} = {value}: export {format} exited {:?}:\n{}",
                    out.status.code(),
                    text(&out).lines().take(3).collect::<Vec<_>>().join("\n")
                ));
            }
        }
        let out = plenary(&["commitments", p], dir.path());
        if !out.status.success() {
            failures.push(format!(
                "{pointer} = {value}: commitments exited {:?}",
                out.status.code()
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

// Issue 10, item 11: `plenary run` on the file of the report (a timer's banked time of
// -9223372036854775808 ms) explains the problem instead of panicking.
#[test]
fn run_refuses_a_timer_no_session_could_hold() {
    let _one = one_at_a_time();
    let dir = tempfile::tempdir().unwrap();
    let live = LiveDirs::new(dir.path());
    let path = dir.path().join("timer.json");
    let doc = with("/live/presentations/0/timer/banked_ms", json!(i64::MIN));
    std::fs::write(&path, doc.to_string()).unwrap();
    let before = std::fs::read(&path).unwrap();
    let mut term = Term::spawn(&["run", path.to_str().unwrap()], &live.env(), 100, 30);
    term.wait_for("live.presentations[0].timer.banked_ms");
    assert!(!term.wait_exit());
    assert!(!term.contents().contains("panicked"), "{}", term.contents());
    assert_eq!(std::fs::read(&path).unwrap(), before);
}

// Issue 10, item 11: operations keep every number inside the ranges `check` enforces,
// whatever a key or a note-taker's client asks for (an adjustment of i64::MAX seconds
// overflowed; a deadline in the year 12026 went into the file).
#[test]
fn operations_keep_numbers_in_range_whatever_is_asked() {
    let _one = one_at_a_time();
    use plenary::domain::*;
    let at = Moment {
        now: chrono::Utc::now(),
        today: chrono::NaiveDate::from_ymd_opt(2026, 11, 23).unwrap(),
    };
    let me = Author {
        name: "amina".into(),
        uid: None,
    };
    let text = std::fs::read_to_string("sessions/monitoring-results-workshop.json").unwrap();
    let mut s: Session = serde_json::from_str(&text).unwrap();
    s.begin_live("t".into(), None, at.now);
    s.apply(&Op::StartSession, &me, at).unwrap();
    for seconds in [i64::MAX, i64::MAX, i64::MIN, i64::MIN, i64::MAX] {
        s.apply(&Op::AdjustTimer { group: 0, seconds }, &me, at)
            .unwrap();
        s.apply(&Op::AdjustItem { item: 0, seconds }, &me, at)
            .unwrap();
    }
    assert!(s.problems().is_empty(), "{:?}", s.problems());
    let live = s.live.as_ref().unwrap();
    assert_eq!(live.presentations[0].timer.adjust_seconds, 86_400);
    assert_eq!(live.items[0].adjust_seconds, 86_400);
    let far = Op::AddCommitment {
        written: None,
        draft: CommitmentDraft {
            what: "Report back".into(),
            owner: "Parliament".into(),
            deadline: chrono::NaiveDate::from_ymd_opt(12026, 1, 1).unwrap(),
            anchor: Anchor {
                item: 0,
                group: None,
            },
            past_deadline_confirmed: true,
        },
    };
    let e = s.apply(&far, &me, at).unwrap_err().to_string();
    assert_eq!(
        e,
        "the deadline +12026-01-01 is out of range: give a date from 1970-01-01 to 9999-12-31"
    );
}
