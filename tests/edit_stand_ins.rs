//! Issue 13, left out at its last stop: `plenary edit` refused a file holding a value it
//! cannot read (`"date": "31/03/2027"`, `"minutes": "7.5"`), so a newcomer had to fix a
//! slip in a text editor. Now the editor opens it with stand-ins in those places, lists
//! each under the Total and in `!` with its fix, and asks before a save writes a stand-in
//! over what the file held; nothing is written without being asked.

mod support;

use std::path::{Path, PathBuf};

use plenary::editor::{Ask, Editor};
use plenary::i18n::{Lang, scoped};
use support::editor::{at, draw, press, press_ctrl, text_of};

/// The blank template's agenda with a day-first date, minutes written as a decimal text,
/// and a field plenary does not know, written to `dir/bad.json`.
fn bad_file(dir: &Path) -> PathBuf {
    let mut agenda: serde_json::Value = serde_json::from_slice(&plenary::store::save::to_json(
        &plenary::editor::templates::blank(),
    ))
    .unwrap();
    agenda["title"] = "Atelier de suivi · 后续研讨会".into();
    agenda["date"] = "31/03/2027".into();
    agenda["agenda"][0]["minutes"] = "7.5".into();
    agenda["organiser_note"] = "kept as it is".into();
    let path = dir.join("bad.json");
    std::fs::write(&path, serde_json::to_string_pretty(&agenda).unwrap()).unwrap();
    path
}

/// The screen's words in one line, the boxes' sides left out.
fn flat(screen: &str) -> String {
    screen
        .replace(['┃', '│'], " ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// The words of the editor's screen at `w`x`h`, on one line.
fn said_at(e: &Editor, w: u16, h: u16) -> String {
    flat(&text_of(&draw(e, w, h)))
}

/// The editor as `plenary edit` opens `path`.
fn opened(path: &Path) -> Editor {
    let text = std::fs::read_to_string(path).unwrap();
    let found = plenary::store::examine::examine(path, &text).unwrap();
    assert!(found.session.is_none(), "the file is not readable as it is");
    let (agenda, stand_ins) = found.with_stand_ins.expect("readable with stand-ins");
    let dir = path.parent().unwrap().to_path_buf();
    let mut e = Editor::new(agenda, Some(path.to_path_buf()), dir, true, at());
    e.stand_ins = stand_ins;
    e.disk = Some(text.into_bytes());
    e
}

#[test]
fn issue_13_unreadable_values_open_as_stand_ins_listed_with_their_fix() {
    let dir = tempfile::tempdir().unwrap();
    let mut e = opened(&bad_file(dir.path()));
    assert_eq!(e.stand_ins_left().len(), 2);
    for (w, h) in [(80, 24), (60, 20), (120, 40)] {
        let screen = text_of(&draw(&e, w, h));
        let said = flat(&screen);
        assert!(said.contains("\"31/03/2027\""), "{w}x{h}\n{screen}");
        assert!(said.contains("until you set it"), "{w}x{h}\n{screen}");
        assert!(
            !said.contains("✓"),
            "no tick while a stand-in is left\n{screen}"
        );
        assert!(
            said.contains("● not saved"),
            "the file is not as shown\n{screen}"
        );
    }
    press(&mut e, "!");
    let screen = text_of(&draw(&e, 120, 40));
    let said = flat(&screen);
    assert!(said.contains("2027-03-31"), "the fix is given\n{screen}");
    assert!(said.contains("\"7.5\""), "{screen}");
    assert!(said.contains("(here: 1 until you set it)"), "{screen}");
    assert!(
        said.contains("(here: left out until you set it)"),
        "{screen}"
    );
}

#[test]
fn issue_13_a_save_over_stand_ins_asks_and_n_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let path = bad_file(dir.path());
    let before = std::fs::read(&path).unwrap();
    let mut e = opened(&path);
    press(&mut e, "w");
    assert!(
        matches!(e.ask, Some(Ask::WriteStandIns { .. })),
        "{:?}",
        e.ask
    );
    let screen = text_of(&draw(&e, 80, 24));
    let said = flat(&screen);
    assert!(
        said.contains("date holds \"31/03/2027\", written as left out")
            && said.contains("item 1 “Opening” minutes holds \"7.5\", written as 1"),
        "{screen}"
    );
    assert!(said.contains("n goes back"), "{screen}");
    press(&mut e, "n");
    assert_eq!(e.ask, None);
    assert_eq!(std::fs::read(&path).unwrap(), before, "nothing written");
    assert!(!e.wrote);
}

#[test]
fn issue_13_values_set_in_the_editor_save_without_asking_and_the_file_reads() {
    let dir = tempfile::tempdir().unwrap();
    let path = bad_file(dir.path());
    let mut e = opened(&path);
    press(&mut e, "d\t");
    press_ctrl(&mut e, 'u');
    press(&mut e, "2027-03-31\r");
    assert_eq!(e.stand_ins_left().len(), 1, "the date is set");
    press(&mut e, "\r\t\t");
    press_ctrl(&mut e, 'u');
    press(&mut e, "8\r");
    assert!(e.stand_ins_left().is_empty());
    press(&mut e, "w");
    assert_eq!(e.ask, None, "nothing to ask");
    assert!(e.wrote, "{:?}", e.flash);
    let saved = plenary::store::load(&path).expect("the file reads now");
    assert_eq!(
        saved.date.map(|d| d.to_string()).as_deref(),
        Some("2027-03-31")
    );
    assert_eq!(saved.agenda[0].minutes, 8);
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(
        text.contains("\"organiser_note\": \"kept as it is\""),
        "{text}"
    );
}

#[test]
fn issue_13_y_writes_the_stand_ins_and_the_file_reads() {
    let dir = tempfile::tempdir().unwrap();
    let path = bad_file(dir.path());
    let mut e = opened(&path);
    // nc17 #1: a yes key does not write over what the file held (Spanish s is both "sí"
    // and "save"); only w does.
    press(&mut e, "wys");
    assert!(!e.wrote, "a yes key wrote stand-ins");
    press(&mut e, "ww");
    assert!(e.wrote, "{:?}", e.flash);
    assert!(e.stand_ins.is_empty(), "the file holds what is shown now");
    let saved = plenary::store::load(&path).expect("the file reads now");
    assert_eq!(saved.date, None);
    assert_eq!(saved.agenda[0].minutes, 1);
    assert_eq!(saved.title, "Atelier de suivi · 后续研讨会");
}

#[test]
fn issue_13_stand_ins_are_said_in_french() {
    let _fr = scoped(Lang::Fr);
    let dir = tempfile::tempdir().unwrap();
    let mut e = opened(&bad_file(dir.path()));
    let screen = text_of(&draw(&e, 80, 24));
    let said = flat(&screen);
    assert!(
        said.contains("tant que vous ne l'avez pas donné"),
        "{screen}"
    );
    press(&mut e, "w");
    let screen = text_of(&draw(&e, 80, 24));
    let said = flat(&screen);
    assert!(
        said.contains("2 valeurs du fichier sont illisibles"),
        "{screen}"
    );
    assert!(said.contains("enregistré comme omis"), "{screen}");
}

#[test]
fn issue_13_a_value_written_twice_asks_before_the_first_is_lost() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("twice.json");
    std::fs::write(
        &path,
        r#"{"format": 1, "title": "Atelier", "agenda": [{"title": "Ouverture", "kind": "plenary", "minutes": 10, "minutes": 12}]}"#,
    )
    .unwrap();
    let mut e = opened(&path);
    assert_eq!(e.app.session.agenda[0].minutes, 12);
    press(&mut e, "w");
    assert!(
        matches!(e.ask, Some(Ask::WriteStandIns { .. })),
        "{:?}",
        e.ask
    );
    let said = said_at(&e, 80, 24);
    assert!(
        said.contains(
            "item 1 “Ouverture” minutes is written twice, and only the last, 12, is kept"
        ),
        "{said}"
    );
    press(&mut e, "w");
    assert!(e.wrote);
    assert!(plenary::store::load(&path).is_ok());
}

/// nc17 #4: a stand-in whose form is saved is set, even to the value it stood in with
/// (keeping the last of two minutes had no way to be said).
#[test]
fn nc17_4_a_stand_in_kept_in_its_form_is_set() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("twice.json");
    std::fs::write(
        &path,
        r#"{"format": 1, "title": "Atelier", "date": "31/03/2027", "agenda": [{"title": "Ouverture", "kind": "plenary", "minutes": 10, "minutes": 30}]}"#,
    )
    .unwrap();
    let mut e = opened(&path);
    assert_eq!(e.stand_ins_left().len(), 2);
    press(&mut e, "\r\r");
    assert_eq!(e.stand_ins_left().len(), 1, "the item's form was saved");
    press(&mut e, "d\r");
    assert!(e.stand_ins_left().is_empty(), "the details form was saved");
    assert!(!e.file_as_shown(), "the file is not written yet");
    press(&mut e, "w");
    assert_eq!(e.ask, None);
    assert!(e.wrote);
    assert!(e.file_as_shown());
}

/// nc17 #6: with stand-ins left, quitting from a form does not say "the agenda itself is
/// saved", and a form's change does not say "saved" of a file not written.
#[test]
fn nc17_6_no_saved_is_said_of_a_file_with_stand_ins() {
    let dir = tempfile::tempdir().unwrap();
    let mut e = opened(&bad_file(dir.path()));
    press(&mut e, "\r\r");
    let said = said_at(&e, 80, 24);
    assert!(said.contains("changed: 1 min · w saves the file"), "{said}");
    press(&mut e, "\r");
    press_ctrl(&mut e, 'c');
    let said = said_at(&e, 80, 24);
    assert!(!said.contains("itself is saved"), "{said}");
    assert!(said.contains("not saved"), "{said}");
}

/// nc17 #3: a field plenary does not know is a warning in `!` and under the Total, as
/// `plenary check` says it, so a lost override is seen in the editor too.
#[test]
fn nc17_3_unknown_fields_are_warned_about_in_the_editor() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("typo.json");
    let mut agenda: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string("sessions/peer-learning-exchange.json").unwrap(),
    )
    .unwrap();
    agenda["groups"][0]["minuts"] = 3.into();
    std::fs::write(&path, agenda.to_string()).unwrap();
    let session = plenary::store::load(&path).unwrap();
    let mut e = Editor::new(
        session,
        Some(path.clone()),
        dir.path().to_path_buf(),
        true,
        at(),
    );
    press(&mut e, "!");
    let said = said_at(&e, 120, 40);
    assert!(said.contains("minuts"), "{said}");
    assert!(said.contains("\"minutes\""), "{said}");
    assert!(!said.contains("No problems and no warnings"), "{said}");
}

/// nc17 #8: a missing title is said once (not "is missing" and "is empty"), and `!` does not
/// scroll past its end into an empty box.
#[test]
fn nc17_8_a_missing_title_is_said_once_and_the_list_stops_at_its_end() {
    use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("untitled.json");
    std::fs::write(
        &path,
        r#"{"format": 1, "agenda": [{"title": "Ouverture", "kind": "plenary", "minutes": 10}]}"#,
    )
    .unwrap();
    let mut e = opened(&path);
    let total = said_at(&e, 80, 24);
    assert!(!total.contains("and 1 more"), "{total}");
    press(&mut e, "!");
    for _ in 0..6 {
        let mut effects = Vec::new();
        e.on_key(
            KeyEvent::new(KeyCode::PageDown, KeyModifiers::NONE),
            at(),
            &mut effects,
        );
    }
    let screen = text_of(&draw(&e, 80, 24));
    let titles = screen.lines().filter(|l| l.contains("title:")).count();
    assert_eq!(titles, 1, "{screen}");
    assert!(
        flat(&screen).contains("until you set it"),
        "scrolled away\n{screen}"
    );
}

/// nc17b #6: quitting `plenary edit` without saving changes to a file it never wrote says
/// the file is as it was, not "as last saved".
#[test]
fn nc17b_6_quitting_unsaved_changes_says_the_file_is_as_it_was() {
    let tmp = tempfile::tempdir().unwrap();
    let dirs = support::LiveDirs::new(tmp.path());
    let path = tmp.path().join("atelier.json");
    std::fs::copy("sessions/peer-learning-exchange.json", &path).unwrap();
    let before = std::fs::read(&path).unwrap();
    let mut t =
        support::Term::spawn_in(tmp.path(), &["edit", "atelier.json"], &dirs.env(), 100, 30);
    t.wait_for("AGENDA EDITOR");
    t.send("+");
    t.wait_for("not saved");
    t.send("q");
    t.wait_for("y quits without saving");
    t.send("y");
    assert_eq!(t.wait_exit_code(), 0);
    let said = flat(&t.contents());
    assert!(
        said.contains("The changes were not saved; atelier.json is as it was."),
        "{said}"
    );
    assert!(!said.contains("as last saved"), "{said}");
    assert_eq!(std::fs::read(&path).unwrap(), before);
}

/// nc17b #3: a misspelled field (`"minuts": 3` in a group) could not be taken away in the
/// editor, so `check` warned about it for ever. Once the group's form is saved (Minutes set)
/// the misspelling goes, and is said; a field like no known one is kept.
#[test]
fn nc17b_3_a_misspelling_goes_once_the_field_it_meant_is_set() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("typo.json");
    let mut agenda: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string("sessions/peer-learning-exchange.json").unwrap(),
    )
    .unwrap();
    agenda["groups"][0]["minuts"] = 3.into();
    agenda["organiser_note"] = "kept as it is".into();
    std::fs::write(&path, agenda.to_string()).unwrap();
    let session = plenary::store::load(&path).unwrap();
    let mut e = Editor::new(
        session,
        Some(path.clone()),
        dir.path().to_path_buf(),
        true,
        at(),
    );
    e.disk = Some(std::fs::read(&path).unwrap());
    // The first group's form: Minutes is its last field.
    press(&mut e, "\t\r\t\t\t\t\t");
    press_ctrl(&mut e, 'u');
    press(&mut e, "3\r");
    let said = said_at(&e, 120, 40);
    assert!(said.contains("“minuts” dropped: minutes is set"), "{said}");
    assert_eq!(e.agenda().groups[0].minutes, Some(3));
    press(&mut e, "!");
    let said = said_at(&e, 120, 40);
    assert!(!said.contains("minuts"), "{said}");
    press(&mut e, "⎋d\r");
    press(&mut e, "w");
    assert!(e.wrote, "{:?}", e.flash);
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(!text.contains("minuts"), "{text}");
    assert!(text.contains("organiser_note"), "{text}");
}
