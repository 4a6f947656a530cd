//! The newcomer's second pass over issue 13's story (notes nc13b): running an agenda
//! again, rehearsals on another day, and what the editor and check say.

mod support;

use std::path::Path;

use support::{LiveDirs, Term};

const AGENDA: &str = "sessions/short-plenary.json";

/// Every file (any extension) in `dir`.
fn files_in(dir: &Path) -> Vec<std::path::PathBuf> {
    std::fs::read_dir(dir)
        .into_iter()
        .flatten()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.is_file())
        .collect()
}

// nc13b #1: quitting a session that never began wrote a session file (and its lock), and the
// launcher listed it as "not started".
#[test]
fn nc13b_1_quitting_before_enter_leaves_no_session_file() {
    for (cols, rows) in [(80, 24), (60, 20)] {
        let dir = tempfile::tempdir().unwrap();
        let live = LiveDirs::new(dir.path());
        let mut term = Term::spawn(&["run", AGENDA], &live.env(), cols, rows);
        term.wait_for("Press Enter");
        term.quit_console();
        assert!(term.wait_exit(), "{}", term.contents());
        assert_eq!(files_in(&live.sessions), Vec::<std::path::PathBuf>::new());
        let screen = term.contents();
        assert!(screen.contains("no session file was kept"), "{screen}");
    }
}

// nc13b #1: `plenary run AGENDA` after a quit silently started a new, empty session beside
// the unfinished one; now it is offered, and n starts a new one on purpose.
#[test]
fn nc13b_1_running_an_agenda_again_offers_its_unfinished_session() {
    let dir = tempfile::tempdir().unwrap();
    let live = LiveDirs::new(dir.path());
    let mut first = Term::spawn(&["run", AGENDA], &live.env(), 80, 24);
    first.wait_for("Press Enter to begin");
    first.send("\r");
    first.wait_for("OPENING");
    first.quit_console();
    first.wait_exit();
    let file = support::session_file(&live.sessions);
    let name = file.file_name().unwrap().to_string_lossy().into_owned();

    let mut again = Term::spawn(&["run", AGENDA], &live.env(), 80, 24);
    let screen = again.wait_for("Resume it?");
    assert!(screen.contains("not finished"), "{screen}");
    assert!(screen.contains(&name[..20]), "{screen}");
    again.send("\r");
    let screen = again.wait_for("OPENING");
    assert!(!screen.contains("Press Enter to begin"), "{screen}");
    again.quit_console();
    assert!(again.wait_exit());
    assert_eq!(support::json_files(&live.sessions), vec![file.clone()]);

    // n: a new session, said as such; quitting it before Enter keeps only the first.
    let mut third = Term::spawn(&["run", AGENDA], &live.env(), 80, 24);
    third.wait_for("Resume it?");
    third.send("n\r");
    third.wait_for("Press Enter to begin");
    third.quit_console();
    assert!(third.wait_exit());
    assert_eq!(support::json_files(&live.sessions), vec![file.clone()]);

    // --new asks nothing.
    let mut fourth = Term::spawn(&["run", AGENDA, "--new"], &live.env(), 80, 24);
    let screen = fourth.wait_for("Press Enter to begin");
    assert!(!screen.contains("Resume it?"), "{screen}");
    fourth.quit_console();
    assert!(fourth.wait_exit());
}

/// A copy of the short agenda dated `date`, in `dir`.
fn agenda_dated(dir: &Path, date: &str) -> std::path::PathBuf {
    let text = std::fs::read_to_string(AGENDA).unwrap();
    let mut value: serde_json::Value = serde_json::from_str(&text).unwrap();
    value["date"] = serde_json::Value::String(date.into());
    let path = dir.join("rehearsal.json");
    std::fs::write(&path, serde_json::to_string_pretty(&value).unwrap()).unwrap();
    path
}

// nc13b #2: an agenda dated another day was run with no word, and the session recorded the
// agenda's date although it ran today.
#[test]
fn nc13b_2_an_agenda_dated_another_day_is_said_and_the_session_is_dated_today() {
    for (cols, rows) in [(80, 24), (60, 20)] {
        let dir = tempfile::tempdir().unwrap();
        let live = LiveDirs::new(&dir.path().join("live"));
        let agenda = agenda_dated(dir.path(), "2099-03-31");
        let agenda = agenda.to_string_lossy().into_owned();
        let mut term = Term::spawn(&["run", &agenda], &live.env(), cols, rows);
        let screen = term.wait_for("rehearsal?");
        let flat: String = screen.split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(
            flat.contains("This agenda is dated 31 March 2099"),
            "{screen}"
        );
        term.send("\r");
        term.wait_for("OPENING");
        term.quit_console();
        term.wait_exit();
        let file = support::session_file(&live.sessions);
        let saved = plenary::store::load(&file).unwrap();
        let today = chrono::Local::now().date_naive();
        assert_eq!(saved.date, Some(today));
        let planned = saved.live.unwrap().planned_date;
        assert_eq!(planned, chrono::NaiveDate::from_ymd_opt(2099, 3, 31));
    }
}

/// `plenary check FILE`: its exit code and everything it printed.
fn check(file: &Path) -> (i32, String) {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_plenary"))
        .arg("check")
        .arg(file)
        .output()
        .unwrap();
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    (out.status.code().unwrap_or(-1), text)
}

// nc13b #5: "2027-02-30" was told to be written as YYYY-MM-DD (it is), and -5 minutes to be
// "a whole number" (it is).
#[test]
fn nc13b_5_check_says_why_a_date_is_not_real_and_that_minutes_are_1_or_more() {
    let dir = tempfile::tempdir().unwrap();
    let text = std::fs::read_to_string(AGENDA).unwrap();
    let mut value: serde_json::Value = serde_json::from_str(&text).unwrap();
    value["date"] = "2027-02-30".into();
    value["agenda"][0]["minutes"] = (-5).into();
    let file = dir.path().join("wrong.json");
    std::fs::write(&file, serde_json::to_string_pretty(&value).unwrap()).unwrap();
    let (code, said) = check(&file);
    assert_ne!(code, 0, "{said}");
    assert!(said.contains("February 2027 has 28 days"), "{said}");
    assert!(!said.contains("write the date as YYYY-MM-DD"), "{said}");
    assert!(said.contains("a whole number of 1 or more"), "{said}");
}

// nc13b #12: `31/02/2027` in a date field said "not a date I understand".
#[test]
fn nc13b_12_a_date_that_is_not_real_says_why() {
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 26).unwrap();
    for typed in ["31/02/2027", "2027-02-30", "30.02.2027"] {
        let said = plenary::domain::deadline::parse_deadline(typed, today)
            .unwrap_err()
            .to_string();
        assert!(
            said.contains("February 2027 has 28 days"),
            "{typed}: {said}"
        );
    }
    let said = plenary::domain::deadline::parse_deadline("31/13/2027", today)
        .unwrap_err()
        .to_string();
    assert!(said.contains("no month 13"), "{said}");
}

// nc13b #12: the editor's Total said "1 presentations".
#[test]
fn nc13b_12_one_group_is_one_presentation() {
    use support::editor::{at, draw, text_of};
    let dir = tempfile::tempdir().unwrap();
    let mut agenda =
        plenary::store::load(Path::new("sessions/peer-learning-exchange.json")).unwrap();
    agenda.groups.truncate(1);
    let e = plenary::editor::Editor::new(agenda, None, dir.path().to_path_buf(), false, at());
    let screen = text_of(&draw(&e, 200, 60));
    assert!(screen.contains("1 presentation "), "{screen}");
    assert!(!screen.contains("1 presentations"), "{screen}");
}

// nc13b #5: a missing file exited 1, as a file with problems does.
#[test]
fn nc13b_5_a_missing_file_has_its_own_exit_code() {
    let dir = tempfile::tempdir().unwrap();
    let (code, said) = check(&dir.path().join("nowhere.json"));
    assert_eq!(code, 2, "{said}");
    let (code, said) = check(Path::new(AGENDA));
    assert_eq!(code, 0, "{said}");
}

// nc13b #7: `plenary edit` of a file with type errors ran them together on one line with ';'.
// Since issue 13's last left-out the editor opens such a file with stand-ins; its `!` list
// gives each value it cannot read a line of its own.
#[test]
fn nc13b_7_edit_lists_the_problems_it_cannot_open_one_a_line() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("typos.json");
    std::fs::write(
        &file,
        r#"{"format": 1, "title": "T", "agenda": [{"title": "A", "kind": "plenary", "minutes": "ten"}], "presenter_minutes": "five"}"#,
    )
    .unwrap();
    let before = std::fs::read(&file).unwrap();
    let mut term = Term::spawn(&["edit", &file.to_string_lossy()], &[], 200, 40);
    term.wait_for("2 values in the file cannot be read");
    term.send("!");
    let screen = term.wait_until("both listed", |s| {
        s.contains("\"ten\"") && s.contains("\"five\"")
    });
    let ten = screen.lines().position(|l| l.contains("\"ten\""));
    let five = screen.lines().position(|l| l.contains("\"five\""));
    assert!(ten.is_some() && five.is_some() && ten != five, "{screen}");
    term.send("\x1bq");
    assert!(term.wait_exit());
    assert_eq!(std::fs::read(&file).unwrap(), before, "nothing written");
}

// nc13b #3: `i` in the editor kept the template's ten example people beside the real ones,
// and the groups kept them as members and presenters.
#[test]
fn nc13b_3_importing_replaces_the_templates_example_people() {
    use support::editor::{draw, editor, press, text_of};
    let dir = tempfile::tempdir().unwrap();
    let csv = dir.path().join("people.csv");
    std::fs::write(
        &csv,
        "name,organisation\nHélène Dubois,Finances\nNguyễn Văn Minh,MPI\n王芳,Water\n",
    )
    .unwrap();
    let mut e = editor("report-back", dir.path());
    assert!(e.app.session.participants.len() > 3);
    press(&mut e, "2i");
    press(&mut e, &format!("{}\r", csv.display()));
    let names: Vec<&str> = e
        .app
        .session
        .participants
        .iter()
        .map(|p| p.name.as_str())
        .collect();
    assert_eq!(names, ["Hélène Dubois", "Nguyễn Văn Minh", "王芳"]);
    for g in &e.app.session.groups {
        assert!(g.presenter.is_empty(), "{} keeps {}", g.name, g.presenter);
        assert!(g.members.is_empty(), "{} keeps {:?}", g.name, g.members);
    }
    for (w, h) in [(80, 24), (60, 20)] {
        let screen = text_of(&draw(&e, w, h));
        assert!(screen.contains("example"), "{screen}");
    }
    // A second import adds: these are real people now.
    press(&mut e, "i");
    let more = dir.path().join("more.csv");
    std::fs::write(&more, "name\nLê Thị Thu\n").unwrap();
    press(&mut e, &format!("{}\r", more.display()));
    assert_eq!(e.app.session.participants.len(), 4);
}

// nc13b #3: removing a presenter asked only "Remove 王芳 from the participants?" and she
// stayed her group's presenter.
#[test]
fn nc13b_3_removing_a_presenter_says_which_group_and_takes_them_out_of_it() {
    use support::editor::{at, draw, press, text_of};
    let dir = tempfile::tempdir().unwrap();
    let agenda = plenary::store::load(Path::new("sessions/peer-learning-exchange.json")).unwrap();
    let (g, group) = agenda
        .groups
        .iter()
        .enumerate()
        .find(|(_, g)| !g.presenter.is_empty())
        .map(|(i, g)| (i, g.clone()))
        .unwrap();
    let who = agenda
        .participants
        .iter()
        .position(|p| p.name == group.presenter)
        .unwrap();
    let mut e = plenary::editor::Editor::new(agenda, None, dir.path().to_path_buf(), false, at());
    press(&mut e, "2");
    e.person = who;
    press(&mut e, "x");
    for (w, h) in [(80, 24), (60, 20), (120, 40)] {
        let screen = text_of(&draw(&e, w, h));
        let flat: String = screen.split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(
            flat.contains(&format!("presents group {}", g + 1)),
            "{screen}"
        );
    }
    press(&mut e, "y");
    assert!(e.app.session.groups[g].presenter.is_empty());
}

// nc13b #9: a follow-up item with nothing to follow up passed check and the editor, and was
// found out in the room at the item.
#[test]
fn nc13b_9_a_follow_up_with_nothing_brought_in_is_warned() {
    let (code, said) = check(Path::new("sessions/follow-up-meeting.json"));
    assert_eq!(code, 0, "{said}");
    assert!(said.contains("is a follow-up"), "{said}");
    assert!(said.contains("--follow-up"), "{said}");
    for (cols, rows) in [(80, 24), (60, 20), (120, 40)] {
        let dir = tempfile::tempdir().unwrap();
        let live = LiveDirs::new(dir.path());
        let mut term = Term::spawn(
            &["run", "sessions/follow-up-meeting.json"],
            &live.env(),
            cols,
            rows,
        );
        let screen = term.wait_for("Press Enter");
        let flat: String = screen.split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(flat.contains("is a follow-up"), "{cols}x{rows}:\n{screen}");
        term.quit_console();
        term.wait_exit();
    }
}

// nc13b #8: text typed into Kind ("Tour de table") picked the option of each letter in
// turn and ended on Break, without a word.
#[test]
fn nc13b_8_typing_a_word_into_kind_keeps_the_kind_and_says_which_letters_pick() {
    use plenary::editor::forms::F;
    use support::editor::{draw, editor, press, text_of};
    let dir = tempfile::tempdir().unwrap();
    for typed in [
        "Tour de table",
        "Breakout discussion",
        "Présenter les résultats",
    ] {
        let mut e = editor("blank", dir.path());
        press(&mut e, "a\t");
        let before = e.form.as_ref().unwrap().value(F::Kind);
        press(&mut e, typed);
        let after = e.form.as_ref().unwrap().value(F::Kind);
        // The letters were a word: the kind is as it was before them.
        assert_eq!(after, before, "{typed}");
        for (w, h) in [(80, 24), (60, 20)] {
            let screen = text_of(&draw(&e, w, h));
            assert!(screen.contains("a choice, not text"), "{w}x{h}\n{screen}");
        }
    }
    // A first letter alone still picks, and pressed again goes on (issue 11, finding 10).
    let mut e = editor("blank", dir.path());
    press(&mut e, "a\tb");
    assert_eq!(e.form.as_ref().unwrap().value(F::Kind), "Breakout");
    press(&mut e, "b");
    assert_eq!(e.form.as_ref().unwrap().value(F::Kind), "Break");
}

// nc13b #12: an empty REPORT-BACK ORDER showed nothing at all.
#[test]
fn nc13b_12_an_empty_groups_list_says_how_to_add_one() {
    use support::editor::{draw, editor, text_of};
    let dir = tempfile::tempdir().unwrap();
    let e = editor("blank", dir.path());
    for (w, h) in [(80, 24), (60, 20), (120, 40)] {
        let screen = text_of(&draw(&e, w, h));
        assert!(screen.contains("No groups yet"), "{w}x{h}\n{screen}");
    }
}

// nc13b #4: Excel's encodings were refused, First/Last name columns refused, a dragged path
// in quotes not found (and not shown), the summary miscounted, an unclosed quote hid the rows
// after it, and email checks differed.
#[test]
fn nc13b_4_spreadsheets_as_excel_and_registration_sites_save_them() {
    use plenary::store::roster::{email_address, parse, parse_bytes};
    // Windows-1252: "Hélène" with é as 0xE9.
    let cp1252 = b"name;organisation\nH\xe9l\xe8ne Dubois;Minist\xe8re\n".to_vec();
    let roster = parse_bytes(&cp1252).unwrap();
    assert_eq!(roster.participants[0].name, "Hélène Dubois");
    assert!(
        roster.notes[0].to_string().contains("CSV UTF-8"),
        "{:?}",
        roster.notes
    );
    // UTF-16 little-endian with its mark, tab-separated (Excel's "Unicode text").
    let mut utf16 = vec![0xFF, 0xFE];
    for unit in "name\torganisation\n王芳\tWater\n".encode_utf16() {
        utf16.extend(unit.to_le_bytes());
    }
    let roster = parse_bytes(&utf16).unwrap();
    assert_eq!(roster.participants[0].name, "王芳");
    assert_eq!(roster.participants[0].organisation, "Water");
    // First and last name joined.
    let roster = parse("First name;Last name;Email\nLê Thị;Thu;thu@x.vn\n").unwrap();
    assert_eq!(roster.participants[0].name, "Lê Thị Thu");
    // One email check: the address taken from "Name <address>", two addresses refused.
    assert_eq!(
        email_address("Hélène Dubois <h@x.fr>").as_deref(),
        Some("h@x.fr")
    );
    for bad in ["t@x.vn;t2@x.vn", "helene at finances", "a@b"] {
        assert_eq!(email_address(bad), None, "{bad}");
    }
    // A row with no name is left out once; a bad address keeps the person, said apart.
    let roster = parse("name,email\n,bad row without enough\nAna,x at y\nAna,\n").unwrap();
    assert_eq!(roster.refused.len(), 2, "{:?}", roster.refused);
    assert_eq!(roster.notes.len(), 1, "{:?}", roster.notes);
    assert!(
        !roster.notes[0].to_string().contains("  "),
        "{:?}",
        roster.notes
    );
    // An unclosed quote says the lines after it were not read.
    let roster = parse("name\nAna\n\"Ben\nClara\nDara\n").unwrap();
    let said: Vec<String> = roster.refused.iter().map(ToString::to_string).collect();
    let said = said.join("; ");
    assert!(said.contains("lines 4 to 5"), "{said}");
    // An empty file is said to be empty.
    assert!(parse("").unwrap_err().to_string().contains("empty"));
}

// nc13b #4: a path dragged from a file manager comes in quotes with a space after it.
#[test]
fn nc13b_4_a_dragged_path_in_quotes_is_read_and_a_missing_one_is_shown() {
    use support::editor::{draw, editor, press, text_of};
    let dir = tempfile::tempdir().unwrap();
    let csv = dir.path().join("people.csv");
    std::fs::write(&csv, "name\nAna\n").unwrap();
    let mut e = editor("blank", dir.path());
    press(&mut e, &format!("2i'{}' \r", csv.display()));
    assert_eq!(e.app.session.participants.len(), 1);
    press(&mut e, "i");
    let missing = dir.path().join("nowhere.csv");
    press(&mut e, &format!("\"{}\"\r", missing.display()));
    let screen = text_of(&draw(&e, 200, 40));
    assert!(screen.contains("nowhere.csv"), "{screen}");
    assert!(screen.contains("cannot read"), "{screen}");
}

/// `plenary check` of `text` written to a file in `dir`.
fn check_text(dir: &Path, text: &str) -> (i32, String) {
    let file = dir.join("hand.json");
    std::fs::write(&file, text).unwrap();
    check(&file)
}

// nc13b #5: JSON syntax errors came in the parser's words ("key must be a string").
#[test]
fn nc13b_5_json_mistakes_are_said_in_the_writers_words_with_line_and_column() {
    let dir = tempfile::tempdir().unwrap();
    let (_, said) = check_text(
        dir.path(),
        "{\n  \"format\": 1,\n  \"title\": \"T\",\n  // the agenda\n  \"agenda\": []\n}\n",
    );
    assert!(said.contains(":4:3: JSON has no comments"), "{said}");
    let (_, said) = check_text(
        dir.path(),
        "{\n  \"format\": 1,\n  \"title\": “T”,\n  \"agenda\": []\n}\n",
    );
    assert!(said.contains(":3:12: curly quotes"), "{said}");
    assert!(said.contains("straight quotes"), "{said}");
    let (_, said) = check_text(
        dir.path(),
        "{\n  \"format\": 1,\n  \"title\": \"T\"\n  \"agenda\": []\n}\n",
    );
    assert!(
        said.contains(":3:15: a comma is missing at the end of this line"),
        "{said}"
    );
}

// nc13b #5: "Break-out" and "break out" were refused though the docs say dashes, spaces and
// case do not matter; a repeated group name did not say which; a presenter spelled without
// accents passed without a word.
#[test]
fn nc13b_5_kinds_repeated_groups_and_names_without_accents() {
    let dir = tempfile::tempdir().unwrap();
    let text = std::fs::read_to_string("sessions/peer-learning-exchange.json").unwrap();
    let mut value: serde_json::Value = serde_json::from_str(&text).unwrap();
    value["agenda"][1]["kind"] = "Break-out".into();
    value["agenda"][0]["kind"] = "break out".into();
    let first = value["groups"][0]["name"].as_str().unwrap().to_string();
    value["groups"][2]["name"] = first.to_uppercase().into();
    let presenter = value["groups"][1]["presenter"]
        .as_str()
        .unwrap()
        .to_string();
    let plain: String = presenter
        .chars()
        .map(|c| match c {
            'é' | 'è' | 'ê' => 'e',
            'ễ' | 'ế' | 'ệ' => 'e',
            'ă' | 'â' | 'ạ' | 'à' | 'á' => 'a',
            'ơ' | 'ô' | 'ó' | 'ò' => 'o',
            'ư' | 'ú' | 'ù' => 'u',
            'ị' | 'í' | 'ì' => 'i',
            'đ' => 'd',
            c => c,
        })
        .collect();
    value["groups"][1]["presenter"] = plain.clone().into();
    let file = dir.path().join("hand.json");
    std::fs::write(&file, serde_json::to_string_pretty(&value).unwrap()).unwrap();
    let (_, said) = check(&file);
    assert!(!said.contains("not a kind"), "{said}");
    assert!(
        said.contains(&format!("repeats the name of groups[0] \"{first}\"")),
        "{said}"
    );
    if plain != presenter {
        assert!(
            said.contains(&format!("did you mean \"{presenter}\"")),
            "{presenter}: {said}"
        );
    }
}

// nc13b #11: at 60x20 the participants footer lost `i import CSV` and the Tab to switch
// tabs, the main ways on from there.
#[test]
fn nc13b_11_the_narrow_editor_footer_keeps_import_and_tab() {
    use support::editor::{draw, editor, press, text_of};
    let dir = tempfile::tempdir().unwrap();
    let mut e = editor("report-back", dir.path());
    press(&mut e, "2");
    for (w, h) in [(60, 20), (80, 24)] {
        let screen = text_of(&draw(&e, w, h));
        let footer = screen.lines().last().unwrap().to_string();
        println!("{w}x{h}: {footer}");
        assert!(footer.contains("i import CSV"), "{w}x{h}: {footer}");
        assert!(
            footer.contains("a add") && footer.contains("x remove"),
            "{footer}"
        );
    }
    press(&mut e, "1");
    for (w, h) in [(60, 20), (80, 24)] {
        let screen = text_of(&draw(&e, w, h));
        let footer = screen.lines().last().unwrap().to_string();
        println!("{w}x{h}: {footer}");
        assert!(footer.contains("Tab groups"), "{w}x{h}: {footer}");
    }
    press(&mut e, "\t");
    for (w, h) in [(60, 20), (80, 24)] {
        let screen = text_of(&draw(&e, w, h));
        let footer = screen.lines().last().unwrap().to_string();
        println!("{w}x{h}: {footer}");
        assert!(footer.contains("Tab agenda"), "{w}x{h}: {footer}");
    }
}

// nc13b #10: PgDn, End, Home did nothing in a list of 300 participants.
#[test]
fn nc13b_10_long_participant_lists_page_and_jump() {
    use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
    use support::editor::{at, draw, editor, press, text_of};
    let dir = tempfile::tempdir().unwrap();
    let mut e = editor("blank", dir.path());
    let csv = dir.path().join("big.csv");
    let mut text = String::from("name\n");
    for n in 1..=300 {
        text.push_str(&format!("Người {n:03}\n"));
    }
    std::fs::write(&csv, text).unwrap();
    press(&mut e, &format!("2i{}\r", csv.display()));
    assert_eq!(e.app.session.participants.len(), 300);
    let mut key = |code| {
        let mut effects = Vec::new();
        e.on_key(KeyEvent::new(code, KeyModifiers::NONE), at(), &mut effects);
    };
    key(KeyCode::PageDown);
    key(KeyCode::PageDown);
    key(KeyCode::End);
    key(KeyCode::PageUp);
    assert_eq!(e.person, 289);
    for (w, h) in [(80, 24), (60, 20)] {
        let screen = text_of(&draw(&e, w, h));
        assert!(screen.contains("Người 290"), "{w}x{h}\n{screen}");
    }
    let mut effects = Vec::new();
    e.on_key(
        KeyEvent::new(KeyCode::Home, KeyModifiers::NONE),
        at(),
        &mut effects,
    );
    assert_eq!(e.person, 0);
}

// nc13b #6: the editor showed only the first warning, "(and 4 more: plenary check lists
// them)", so the rest meant leaving the editor.
#[test]
fn nc13b_6_the_editor_lists_every_problem_and_warning_on_a_key() {
    use support::editor::{draw, editor, press, text_of};
    let dir = tempfile::tempdir().unwrap();
    let csv = dir.path().join("people.csv");
    std::fs::write(&csv, "name\nHélène Dubois\n王芳\n").unwrap();
    let mut e = editor("report-back", dir.path());
    press(&mut e, &format!("2i{}\r1", csv.display()));
    let advice = e.app.session.edited_agenda().advice();
    assert!(advice.len() >= 3, "{advice:?}");
    let screen = text_of(&draw(&e, 120, 40));
    assert!(screen.contains("! lists them all"), "{screen}");
    press(&mut e, "!");
    for (w, h) in [(120, 40), (80, 24), (60, 20)] {
        let screen = text_of(&draw(&e, w, h));
        assert!(
            screen.contains("Problems and warnings"),
            "{w}x{h}\n{screen}"
        );
        if w == 120 {
            assert!(screen.contains("group 3 “Knowledge"), "{screen}");
            // No example names a person the import took out (nc13b #6).
            assert!(!screen.contains("Grace Njeri"), "{screen}");
        }
    }
    press(&mut e, "x");
    assert!(e.problems.is_none());
}

// nc13b #11: at 80x24 a long title with wide characters pushed the item's name out of the
// console's header.
#[test]
fn nc13b_11_the_console_header_keeps_the_item_name_after_a_long_title() {
    let dir = tempfile::tempdir().unwrap();
    let text = std::fs::read_to_string("sessions/peer-learning-exchange.json").unwrap();
    let mut value: serde_json::Value = serde_json::from_str(&text).unwrap();
    value["title"] = "Atelier régional : redevabilité et ODD — 水资源 et données".into();
    let agenda = dir.path().join("atelier.json");
    std::fs::write(&agenda, serde_json::to_string_pretty(&value).unwrap()).unwrap();
    let first = value["agenda"][0]["title"].as_str().unwrap().to_string();
    for (cols, rows) in [(80, 24), (60, 20)] {
        let live = LiveDirs::new(&dir.path().join(format!("{cols}")));
        let mut term = Term::spawn(&["run", agenda.to_str().unwrap()], &live.env(), cols, rows);
        term.wait_for("Press Enter");
        term.send("\r");
        let screen = term.wait_for("session 0:");
        let header = screen.lines().next().unwrap().to_string();
        let shown: String = first.chars().take(12).collect();
        assert!(header.contains(&shown), "{cols}x{rows}: {header}");
        assert!(header.contains("Atelier"), "{cols}x{rows}: {header}");
        term.quit_console();
        term.wait_exit();
    }
}

// nc13b #12: a group named "SUIVI BUDGÉTAIRE" was refused with "there is already a group
// "SUIVI BUDGÉTAIRE"", quoting the text typed instead of the group that has the name.
#[test]
fn nc13b_12_a_taken_group_name_names_the_group_that_has_it() {
    use plenary::domain::agenda_fields::AgendaEdit;
    let agenda = plenary::store::load(Path::new("sessions/peer-learning-exchange.json")).unwrap();
    let first = agenda.groups[0].name.clone();
    let dir = tempfile::tempdir().unwrap();
    let mut e = plenary::editor::Editor::new(
        agenda,
        None,
        dir.path().to_path_buf(),
        false,
        support::editor::at(),
    );
    let g = e.app.session.groups[1].clone();
    let said = e
        .app
        .session
        .edit_agenda(AgendaEdit::Group {
            index: 1,
            name: first.to_uppercase(),
            topic: g.topic,
            presenter: g.presenter,
            members: g.members,
            questions: g.questions,
            minutes: g.minutes,
        })
        .unwrap_err()
        .to_string();
    assert!(said.contains(&format!("“{first}”")), "{said}");
}

// nc13b #5: "plenery" got only the list of kinds, no "did you mean".
#[test]
fn nc13b_5_a_mistyped_kind_gets_a_did_you_mean() {
    let dir = tempfile::tempdir().unwrap();
    let text = std::fs::read_to_string(AGENDA).unwrap();
    let mut value: serde_json::Value = serde_json::from_str(&text).unwrap();
    value["agenda"][0]["kind"] = "plenery".into();
    let file = dir.path().join("kind.json");
    std::fs::write(&file, serde_json::to_string_pretty(&value).unwrap()).unwrap();
    let (code, said) = check(&file);
    assert_eq!(code, 1, "{said}");
    assert!(said.contains("did you mean \"plenary\"?"), "{said}");
}
