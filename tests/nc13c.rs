//! The newcomer's third pass over issue 13 (notes nc13c): what the agenda editor did to
//! texts it was never asked to change, and what it said that was not so.

mod support;

use plenary::editor::{Editor, templates};
use support::editor::{at, press};

/// The report-back template with a prompt and a question holding `;` and a member whose
/// name holds a comma (as registration sheets write "Dubois, Hélène").
fn agenda_with_separators() -> plenary::domain::Session {
    let mut agenda = templates::find("report-back").unwrap().agenda().unwrap();
    agenda.agenda[0].prompts = vec![
        "Why we are here: the results are out; what do we do with them?".into(),
        "a second; with ;; two".into(),
    ];
    let name = "Lê Văn Minh, Jr.";
    agenda.participants[0].name = name.into();
    agenda.groups[0].members = vec![name.into(), agenda.participants[1].name.clone()];
    agenda.groups[0].questions = vec!["Who owns it; and who pays?".into(), "Then what?".into()];
    agenda
}

fn json(agenda: &plenary::domain::Session) -> String {
    serde_json::to_string_pretty(agenda).unwrap()
}

// nc13c #1: opening an item or a group and pressing Enter without typing split prompts and
// questions at every `;` and members at every `,`, and the change was saved.
#[test]
fn nc13c_1_untouched_forms_give_back_their_lists_whole() {
    let dir = tempfile::tempdir().unwrap();
    let agenda = agenda_with_separators();
    let before = json(&agenda);
    let mut e = Editor::new(agenda.clone(), None, dir.path().into(), false, at());
    for item in 0..agenda.agenda.len() {
        press(&mut e, "\r");
        assert!(e.form.is_some(), "item {item} opens");
        press(&mut e, "\r");
        assert!(e.form.is_none(), "item {item} saved as it was");
        press(&mut e, "↓");
    }
    press(&mut e, "\t");
    for group in 0..agenda.groups.len() {
        press(&mut e, "\r");
        assert!(e.form.is_some(), "group {group} opens");
        press(&mut e, "\r");
        assert!(e.form.is_none(), "group {group} saved as it was");
        press(&mut e, "↓");
    }
    assert_eq!(json(&e.agenda()), before);
}

// nc13c #1: a prompt with `;` and a member with `,` survive a change to another field, and
// a name taken from the suggestions is stored whole.
#[test]
fn nc13c_1_edited_forms_keep_list_items_whole() {
    let dir = tempfile::tempdir().unwrap();
    let agenda = agenda_with_separators();
    let mut e = Editor::new(agenda.clone(), None, dir.path().into(), false, at());
    // The first item's title changed: its prompts stay as they were.
    press(&mut e, "\r!\r");
    assert_eq!(e.agenda().agenda[0].prompts, agenda.agenda[0].prompts);
    // The first group's topic changed: its members and questions stay whole.
    press(&mut e, "\t\r\t!\r");
    let g = &e.agenda().groups[0];
    assert_eq!(g.members, agenda.groups[0].members);
    assert_eq!(g.questions, agenda.groups[0].questions);
    // Its members emptied, then "Lê" typed and the suggestion taken: one member, whole.
    press(&mut e, "\r\t\t\t");
    support::editor::press_ctrl(&mut e, 'u');
    press(&mut e, "Lê Văn");
    assert_eq!(e.suggestions(), vec!["Lê Văn Minh, Jr.".to_string()]);
    press(&mut e, "\r");
    press(&mut e, "\r");
    assert!(e.form.is_none(), "saved");
    assert_eq!(e.agenda().groups[0].members, vec!["Lê Văn Minh, Jr."]);
}

// nc13c #8: `plenary new` without a FILE, stopped by a signal, wrote its rescue under the
// name a deliberate save takes (`new-workshop.json`); now `new-workshop-unsaved.json`, said
// on stderr.
#[test]
fn nc13c_8_a_new_agenda_stopped_by_a_signal_is_rescued_as_unsaved() {
    let tmp = tempfile::tempdir().unwrap();
    let dirs = support::LiveDirs::new(tmp.path());
    let mut t = support::Term::spawn_in(
        tmp.path(),
        &["new", "--template", "blank"],
        &dirs.env(),
        80,
        24,
    );
    t.wait_for("not saved");
    let status = std::process::Command::new("kill")
        .args(["-TERM", &t.pid().to_string()])
        .status()
        .unwrap();
    assert!(status.success());
    assert_eq!(t.wait_exit_code(), 0);
    let raw = String::from_utf8_lossy(&t.raw()).to_string();
    assert!(raw.contains("new-workshop-unsaved.json"), "{raw}");
    assert!(tmp.path().join("new-workshop-unsaved.json").is_file());
    assert!(!tmp.path().join("new-workshop.json").exists());
}

// nc13c #9: quitting an editor where nothing changed said "Agenda saved in …" though
// nothing was written.
#[test]
fn nc13c_9_quitting_an_unchanged_agenda_says_nothing_changed() {
    let tmp = tempfile::tempdir().unwrap();
    let dirs = support::LiveDirs::new(tmp.path());
    let file = tmp.path().join("mine.json");
    let blank = templates::blank();
    std::fs::write(&file, plenary::store::save::to_json(&blank)).unwrap();
    let mut t = support::Term::spawn_in(tmp.path(), &["edit", "mine.json"], &dirs.env(), 80, 24);
    t.wait_for("saved ✓");
    t.send("q");
    assert_eq!(t.wait_exit_code(), 0);
    let raw = String::from_utf8_lossy(&t.raw()).to_string();
    assert!(raw.contains("Nothing changed"), "{raw}");
    assert!(!raw.contains("Agenda saved"), "{raw}");
}

// nc13c #9: docs/format.md says empty lists are left out when written, but an agenda with
// no groups was written with `"groups": []` (and a rescue with `"participants": []`).
#[test]
fn nc13c_9_empty_groups_and_participants_are_left_out_when_written() {
    let mut agenda = templates::blank();
    agenda.groups.clear();
    agenda.participants.clear();
    let text = String::from_utf8(plenary::store::save::to_json(&agenda)).unwrap();
    assert!(!text.contains("\"groups\""), "{text}");
    assert!(!text.contains("\"participants\""), "{text}");
}

// nc13c #9: the duplicate-participant warning mixed "participant 8" with "participants[0]"
// in one line: said for people, both are numbered the editor's way.
#[test]
fn nc13c_9_a_duplicate_participant_is_numbered_one_way() {
    let mut agenda = templates::find("report-back").unwrap().agenda().unwrap();
    let first = agenda.participants[0].clone();
    agenda.participants.push(first.clone());
    let n = agenda.participants.len();
    let advice = agenda.advice();
    let twice = advice
        .iter()
        .find(|p| p.path == format!("participants[{}].name", n - 1))
        .expect("warned");
    // As the editor says it (its Total line and `!`), in English.
    let _en = plenary::i18n::scoped(plenary::i18n::Lang::En);
    let said = plenary::i18n::problems::for_people(&agenda, twice);
    assert!(!said.contains("participants["), "{said}");
    assert!(
        said.contains(&format!("participant 1 “{}”", first.name)),
        "{said}"
    );
}

// nc13c #6: "03/04/2027" was read day first without a word; the details form now writes
// out the date it understood while it is typed, at every size.
#[test]
fn nc13c_6_the_details_form_writes_out_the_date_it_understood() {
    let dir = tempfile::tempdir().unwrap();
    let mut e = support::editor::editor("report-back", dir.path());
    press(&mut e, "d\t");
    support::editor::press_ctrl(&mut e, 'u');
    press(&mut e, "03/04/2027");
    for (w, h) in [(80, 24), (60, 20), (120, 40), (200, 60)] {
        let screen = support::editor::text_of(&support::editor::draw(&e, w, h));
        assert!(
            screen.contains("→ Saturday 3 April 2027"),
            "{w}x{h}:\n{screen}"
        );
    }
}

// nc13c #2, then issue 13's last left-out: `plenary edit` refused values it cannot read
// (here a day-first date) before any screen. Now the editor opens with the value shown as
// a stand-in and its fix under the Total; quitting without writing leaves the file as it
// was and says it still holds the value, and where `plenary check` says how to fix it.
#[test]
fn nc13c_2_edit_opens_a_file_with_an_unreadable_value_and_writes_nothing_unasked() {
    let tmp = tempfile::tempdir().unwrap();
    let dirs = support::LiveDirs::new(tmp.path());
    let mut agenda: serde_json::Value =
        serde_json::from_slice(&plenary::store::save::to_json(&templates::blank())).unwrap();
    agenda["date"] = serde_json::json!("31/03/2027");
    let path = tmp.path().join("bad.json");
    std::fs::write(&path, agenda.to_string()).unwrap();
    let before = std::fs::read(&path).unwrap();
    let mut t = support::Term::spawn_in(tmp.path(), &["edit", "bad.json"], &dirs.env(), 120, 24);
    t.wait_for("1 value in the file cannot be read");
    t.wait_for("\"2027-03-31\" (here: left out until you set it)");
    t.send("q");
    assert_eq!(t.wait_exit_code(), 0);
    let said = t
        .contents()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    for words in [
        "The file still holds a value plenary cannot read",
        "plenary check bad.json",
    ] {
        assert!(said.contains(words), "{words}: {said}");
    }
    // nc17 #6: "Run it" is not said of a file plenary run would refuse.
    assert!(!said.contains("Run it"), "{said}");
    assert_eq!(std::fs::read(&path).unwrap(), before, "nothing written");
}

// nc13c #9: with PLENARY_DIR set, `plenary edit` without a file printed
// `Usage: plenary edit --dir <DIR> <FILE>`, as if --dir were required.
#[test]
fn nc13c_9_edit_without_a_file_does_not_ask_for_dir() {
    let tmp = tempfile::tempdir().unwrap();
    let dirs = support::LiveDirs::new(tmp.path());
    let mut t = support::Term::spawn_in(tmp.path(), &["edit"], &dirs.env(), 120, 24);
    assert_eq!(t.wait_exit_code(), 2);
    let said = t.contents();
    assert!(said.contains("plenary edit FILE.json"), "{said}");
    assert!(!said.contains("--dir"), "{said}");
}

// nc13c #7: the first screen of `new --participants` left out the note on a row kept
// without its bad email, which `i` listed; and the way out listed it before line 3.
#[test]
fn nc13c_7_new_with_participants_says_every_row_in_line_order() {
    let tmp = tempfile::tempdir().unwrap();
    let dirs = support::LiveDirs::new(tmp.path());
    let csv = tmp.path().join("people.csv");
    std::fs::write(
        &csv,
        "Name;Email\nLê Thị Thu;thu@example.org\n;nobody@example.org\nOmar Haddad;bad email here\n",
    )
    .unwrap();
    let args = [
        "new",
        "mine.json",
        "--template",
        "blank",
        "--participants",
        csv.to_str().unwrap(),
    ];
    let mut t = support::Term::spawn_in(tmp.path(), &args, &dirs.env(), 200, 40);
    t.wait_for("AGENDA EDITOR");
    let screen = t.wait_for("2 rows to look at: line 3");
    let flat = screen.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(flat.contains("line 4: \"bad email here\""), "{flat}");
    t.send("q");
    t.wait_for("quits without saving");
    t.send("y");
    assert_eq!(t.wait_exit_code(), 0);
}

// nc13c #4: with groups and no report-back item, the Total lost its ✓ without a word; the
// ⚠ line under it now says why, at every width.
#[test]
fn nc13c_4_groups_with_no_report_back_say_why_the_total_has_no_tick() {
    let mut agenda = templates::find("report-back").unwrap().agenda().unwrap();
    for item in &mut agenda.agenda {
        if item.kind == plenary::domain::ItemKind::Presentations {
            item.kind = plenary::domain::ItemKind::Breakout;
        }
    }
    let dir = tempfile::tempdir().unwrap();
    let e = Editor::new(agenda, None, dir.path().into(), false, at());
    for width in [80, 60, 120, 200] {
        let lines = plenary::ui::editor::schedule_lines(&e.app.session, width);
        let all: Vec<&str> = lines.iter().map(|(l, _)| l.as_str()).collect();
        assert!(!all.iter().any(|l| l.contains('✓')), "{all:?}");
        let text = all
            .join(" ")
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        assert!(text.contains("⚠ groups:"), "{width}: {all:?}");
        assert!(text.contains("no report-back item"), "{width}: {all:?}");
    }
}

// nc13d #6: the editor numbered a repeated group name's first group as the file does
// ("groups[2]") beside its own numbers ("group 4"): both as on screen now.
#[test]
fn nc13d_6_a_repeated_group_name_names_the_other_group_as_the_screen_does() {
    let mut agenda = templates::find("report-back").unwrap().agenda().unwrap();
    let first = agenda.groups[0].name.clone();
    agenda.groups[1].name = first.clone();
    let _en = plenary::i18n::scoped(plenary::i18n::Lang::En);
    let said: Vec<String> = agenda
        .problems()
        .iter()
        .map(|p| plenary::i18n::problems::for_people(&agenda, p))
        .collect();
    let line = said
        .iter()
        .find(|l| l.contains("repeats the name"))
        .expect("said");
    assert!(!line.contains("groups["), "{line}");
    assert!(
        line.contains(&format!("repeats the name of group 1 “{first}”")),
        "{line}"
    );
}

// nc13d #7: `--participants /` said "is a directory, not a session file", and a missing
// spreadsheet "(os error 2)".
#[test]
fn nc13d_7_a_folder_or_a_missing_spreadsheet_is_said_as_a_spreadsheet() {
    let tmp = tempfile::tempdir().unwrap();
    let dirs = support::LiveDirs::new(tmp.path());
    std::fs::create_dir(tmp.path().join("folder.csv")).unwrap();
    let said = |csv: &str| {
        let args = ["--lang", "en", "new", "--participants", csv, "a.json"];
        let mut t = support::Term::spawn_in(tmp.path(), &args, &dirs.env(), 120, 24);
        assert_ne!(t.wait_exit_code(), 0);
        t.contents()
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
    };
    let folder = said("folder.csv");
    assert!(folder.contains("not a spreadsheet"), "{folder}");
    assert!(!folder.contains("session file"), "{folder}");
    let missing = said("nobody.csv");
    assert!(missing.contains("No such file or directory"), "{missing}");
    assert!(!missing.contains("os error"), "{missing}");
}

// nc16b #11: `plenary new --lang fr` made an agenda that named no language, so `plenary run`
// under an English locale ran it in English.
#[test]
fn nc16b_11_an_agenda_made_in_french_says_it_is_french() {
    let tmp = tempfile::tempdir().unwrap();
    let dirs = support::LiveDirs::new(tmp.path());
    let mut t = support::Term::spawn_in(
        tmp.path(),
        &["--lang", "fr", "new", "--template", "blank", "atelier.json"],
        &dirs.env(),
        80,
        24,
    );
    t.wait_for("non enregistré");
    t.send("w");
    t.wait_for("enregistré ✓");
    t.send("q");
    assert_eq!(t.wait_exit_code(), 0);
    let saved: serde_json::Value =
        serde_json::from_slice(&std::fs::read(tmp.path().join("atelier.json")).unwrap()).unwrap();
    assert_eq!(saved["language"], "fr", "{saved}");
}
