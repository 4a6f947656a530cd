//! `plenary new` end to end in a pseudo-terminal (issue 13, "what it must show"): pick the
//! report-back template, add a fourth group whose presenter is picked from the participants,
//! change an item's minutes, save; `plenary check` passes on the file and `plenary run`
//! runs it. The keys are typed one at a time and counted, and the run is timed.

mod support;

use std::time::Instant;

use support::{LiveDirs, Term};

const DOWN: &str = "\x1b[B";

/// Types `keys` one key at a time (an arrow's escape sequence is one key), counting them.
fn type_keys(t: &mut Term, keys: &[&str], count: &mut usize) {
    for key in keys {
        if key.starts_with('\x1b') {
            t.send(key);
            *count += 1;
        } else {
            for c in key.chars() {
                t.send(&c.to_string());
                *count += 1;
            }
        }
    }
}

#[test]
fn issue_13_new_from_the_report_back_template_to_a_running_four_group_workshop() {
    let tmp = tempfile::tempdir().unwrap();
    let here = tmp.path().join("work");
    std::fs::create_dir(&here).unwrap();
    let dirs = LiveDirs::new(tmp.path());
    let began = Instant::now();
    let mut keys = 0;
    let mut t = Term::spawn_in(&here, &["new"], &dirs.env(), 100, 30);
    t.wait_for("NEW AGENDA");
    t.wait_for("report-back");
    type_keys(&mut t, &["\r"], &mut keys);
    t.wait_for("AGENDA EDITOR");
    t.wait_for("3 presentations 15 min");
    // The groups (Tab), a fourth one (a): name, topic, a presenter from the participants.
    type_keys(&mut t, &["\ta"], &mut keys);
    t.wait_for("Add a group");
    type_keys(
        &mut t,
        &["Budget tracking\tWhere the money went\tFat"],
        &mut keys,
    );
    t.wait_for("Fatou Sow");
    type_keys(&mut t, &[DOWN, "\r", "\r"], &mut keys);
    t.wait_for("Group “Budget tracking” changed · w saves the file");
    t.wait_for("Budget tracking · Fatou Sow");
    // The agenda (Tab), down to the report-back, five minutes more.
    type_keys(&mut t, &["\t", DOWN, DOWN, DOWN, "+++++"], &mut keys);
    t.wait_for("report-back 25 min, 4 presentations 20 min ✓");
    type_keys(&mut t, &["w"], &mut keys);
    let file = here.join("putting-the-monitoring-results-to-work.json");
    t.wait_for("Saved ✓");
    let typed_in = began.elapsed();
    assert!(file.exists(), "{}", t.contents());
    type_keys(&mut t, &["q"], &mut keys);
    assert_eq!(t.wait_exit_code(), 0);
    assert!(t.restored().is_ok());
    let said = String::from_utf8_lossy(&t.raw()).to_string();
    assert!(said.contains("Run it: plenary run"), "{said}");
    // At a steady three keys a second, the typing alone takes this long.
    let typing_seconds = keys as f64 / 3.0;
    println!(
        "issue 13: a four-group workshop agenda in {keys} keys: {:.1} s scripted, about \
         {typing_seconds:.0} s typed by hand at three keys a second",
        typed_in.as_secs_f64()
    );
    assert!(typing_seconds < 60.0, "{keys} keys is too many");
    assert!(typed_in.as_secs() < 60, "{typed_in:?}");

    let check = std::process::Command::new(env!("CARGO_BIN_EXE_plenary"))
        .arg("check")
        .arg(&file)
        .output()
        .unwrap();
    let said = String::from_utf8_lossy(&check.stdout).to_string()
        + &String::from_utf8_lossy(&check.stderr);
    assert!(check.status.success(), "{said}");
    assert!(!said.contains("warning"), "{said}");
    let text = std::fs::read_to_string(&file).unwrap();
    assert!(text.contains("\"presenter\": \"Fatou Sow\""), "{text}");
    assert!(text.contains("\"minutes\": 25"), "{text}");
    assert!(
        !text.contains("\"live\""),
        "an agenda, not a session: {text}"
    );

    let mut run = Term::spawn_in(
        &here,
        &["run", file.to_str().unwrap()],
        &dirs.env(),
        100,
        30,
    );
    run.wait_for("Putting the monitoring results to work");
    run.wait_for("Press Enter to begin");
    run.send("\r");
    run.wait_for("Session started");
    run.quit_console();
    assert_eq!(run.wait_exit_code(), 0);
}

/// `plenary new --template` and `--participants`: bad rows are printed with their line and
/// reason, good rows kept; an existing file is never replaced without asking; `edit`
/// opens a file and q without changes quits at once.
#[test]
fn issue_13_new_with_a_spreadsheet_and_edit_of_an_existing_file() {
    let tmp = tempfile::tempdir().unwrap();
    let dirs = LiveDirs::new(tmp.path());
    let csv = tmp.path().join("people.csv");
    std::fs::write(
        &csv,
        "\u{feff}Email;Name;Organisation\nthu@example.org;Lê Thị Thu;Bộ Tài chính\nnobody@example.org;;\n",
    )
    .unwrap();
    let file = tmp.path().join("mine.json");
    let mut t = Term::spawn_in(
        tmp.path(),
        &[
            "new",
            "mine.json",
            "--template",
            "blank",
            "--participants",
            csv.to_str().unwrap(),
        ],
        &dirs.env(),
        80,
        24,
    );
    t.wait_for("AGENDA EDITOR");
    // The rows to look at are on the editor's screen too, not only behind it.
    t.wait_for("1 row to look at: line 3");
    t.send("2");
    t.wait_for("Lê Thị Thu");
    // Ctrl-S saves as w does (the terminal's flow control is off in raw mode).
    t.send("\x13");
    t.wait_for("Saved ✓");
    t.send("q");
    assert_eq!(t.wait_exit_code(), 0);
    let raw = String::from_utf8_lossy(&t.raw()).to_string();
    assert!(raw.contains("line 3"), "{raw}");
    assert!(raw.contains("1 participant read"), "{raw}");
    let text = std::fs::read_to_string(&file).unwrap();
    assert!(text.contains("\"email\": \"thu@example.org\""), "{text}");

    // The file exists: new asks, and n keeps it.
    let mut again = Term::spawn_in(
        tmp.path(),
        &["new", "mine.json", "--template", "blank"],
        &dirs.env(),
        80,
        24,
    );
    again.wait_for("exists. Replace it");
    again.send("n\r");
    again.wait_for("Nothing made");
    assert_eq!(again.wait_exit_code(), 0);
    assert_eq!(std::fs::read_to_string(&file).unwrap(), text);

    let mut edit = Term::spawn_in(tmp.path(), &["edit", "mine.json"], &dirs.env(), 80, 24);
    edit.wait_for("saved ✓");
    edit.send("q");
    assert_eq!(edit.wait_exit_code(), 0);
}

/// Issue 13: `plenary` in a folder with no agendas says so and points to `plenary new`,
/// `plenary demo` and the format; an agenda `plenary new` saved here is then listed.
#[test]
fn issue_13_the_launcher_in_an_empty_folder_points_to_new_demo_and_the_format() {
    let tmp = tempfile::tempdir().unwrap();
    let here = tmp.path().join("empty");
    std::fs::create_dir(&here).unwrap();
    let dirs = LiveDirs::new(tmp.path());
    let mut t = Term::spawn_in(&here, &[], &dirs.env(), 80, 24);
    t.wait_for("docs/format.md");
    let said = t.contents();
    assert!(said.contains("No agendas here"), "{said}");
    assert!(said.contains("plenary new"), "{said}");
    assert!(said.contains("plenary demo"), "{said}");
    assert_eq!(t.wait_exit_code(), 0);

    let mut new = Term::spawn_in(
        &here,
        &["new", "--template", "short-plenary"],
        &dirs.env(),
        80,
        24,
    );
    new.wait_for("AGENDA EDITOR");
    new.send("w");
    new.wait_for("Saved ✓");
    new.send("q");
    assert_eq!(new.wait_exit_code(), 0);
    let mut listed = Term::spawn_in(&here, &[], &dirs.env(), 80, 24);
    listed.wait_for("Quarterly results check-in");
    listed.send("q");
    assert_eq!(listed.wait_exit_code(), 0);
}

/// Issue 13: an editor stopped by a signal (SIGTERM, a closed SSH link) before its changes
/// were saved writes them to a new file beside the agenda, never over it, and says where.
#[test]
fn issue_13_an_editor_stopped_with_unsaved_changes_keeps_them_in_a_new_file() {
    let tmp = tempfile::tempdir().unwrap();
    let dirs = LiveDirs::new(tmp.path());
    let file = tmp.path().join("mine.json");
    let blank = plenary::editor::templates::blank();
    let text = String::from_utf8(plenary::store::save::to_json(&blank)).unwrap();
    std::fs::write(&file, &text).unwrap();
    let mut t = Term::spawn_in(tmp.path(), &["edit", "mine.json"], &dirs.env(), 80, 24);
    t.wait_for("saved ✓");
    t.send("+++");
    t.wait_for("not saved");
    let status = std::process::Command::new("kill")
        .args(["-TERM", &t.pid().to_string()])
        .status()
        .unwrap();
    assert!(status.success());
    assert_eq!(t.wait_exit_code(), 0);
    let raw = String::from_utf8_lossy(&t.raw()).to_string();
    assert!(raw.contains("mine-unsaved.json"), "{raw}");
    assert_eq!(
        std::fs::read_to_string(&file).unwrap(),
        text,
        "never replaced"
    );
    let rescued = std::fs::read_to_string(tmp.path().join("mine-unsaved.json")).unwrap();
    assert!(rescued.contains("\"minutes\": 13"), "{rescued}");
}

/// Issue 13 items 3 and 6: `plenary edit` opens a hand-written agenda `run` would refuse
/// (a report-back with no groups), the problem on screen, so it is fixed there; a file
/// that is not JSON is refused with its line, column and fix. `plenary new DIR` makes the
/// new agenda inside the folder, named from its title; a folder that does not exist is
/// said before any screen.
#[test]
fn issue_13_items_3_and_6_edit_opens_a_refused_agenda_and_new_takes_a_folder() {
    let tmp = tempfile::tempdir().unwrap();
    let dirs = LiveDirs::new(tmp.path());
    let g0 = tmp.path().join("g0.json");
    std::fs::write(
        &g0,
        r#"{"format": 1, "title": "Hội thảo 研讨会", "agenda": [
  {"title": "Ouverture", "kind": "plenary", "minutes": 10},
  {"title": "Report-back", "kind": "presentations", "minutes": 20}]}"#,
    )
    .unwrap();
    let mut t = Term::spawn_in(tmp.path(), &["edit", "g0.json"], &dirs.env(), 80, 24);
    t.wait_for("AGENDA EDITOR");
    t.wait_for("would stop plenary run");
    t.wait_for("no groups to");
    t.send("q");
    assert_eq!(t.wait_exit_code(), 0);

    let bad = tmp.path().join("bad.json");
    std::fs::write(&bad, "{\"format\": 1,\n  \"title\": \"x\" \"agenda\": []}").unwrap();
    let mut t = Term::spawn_in(tmp.path(), &["edit", "bad.json"], &dirs.env(), 80, 24);
    assert_eq!(t.wait_exit_code(), 2);
    let said = String::from_utf8_lossy(&t.raw()).to_string();
    assert!(said.contains("bad.json:2:"), "{said}");
    assert!(said.contains("not valid JSON"), "{said}");

    let folder = tmp.path().join("plans");
    std::fs::create_dir(&folder).unwrap();
    let mut t = Term::spawn_in(tmp.path(), &["edit", "plans"], &dirs.env(), 80, 24);
    assert_eq!(t.wait_exit_code(), 2);
    let said = String::from_utf8_lossy(&t.raw()).to_string();
    assert!(said.contains("plans is a folder, not an agenda"), "{said}");
    let mut t = Term::spawn_in(
        tmp.path(),
        &["new", "plans", "--template", "short-plenary"],
        &dirs.env(),
        60,
        20,
    );
    t.wait_for("AGENDA EDITOR");
    t.send("w");
    t.wait_for("Saved ✓");
    t.send("q");
    assert_eq!(t.wait_exit_code(), 0);
    assert!(
        folder.join("quarterly-results-check-in.json").exists(),
        "{:?}",
        std::fs::read_dir(&folder).unwrap().collect::<Vec<_>>()
    );

    let mut t = Term::spawn_in(
        tmp.path(),
        &["new", "nowhere/x.json", "--template", "blank"],
        &dirs.env(),
        80,
        24,
    );
    assert_eq!(t.wait_exit_code(), 2);
    let said = String::from_utf8_lossy(&t.raw()).to_string();
    assert!(said.contains("the folder nowhere does not exist"), "{said}");
}
