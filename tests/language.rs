//! Issue 16, item 2: the room's language chosen with --lang or from the locale, stored in
//! the session file, followed on resume and by note-takers, who may choose their own.

mod support;

use std::path::Path;

use support::{LiveDirs, Term};

const AGENDA: &str = "sessions/short-plenary.json";

fn with<'a>(live: &'a LiveDirs, extra: &[(&'a str, &'a Path)]) -> Vec<(&'a str, &'a Path)> {
    let mut env = live.env().to_vec();
    env.extend_from_slice(extra);
    env
}

fn language_in(file: &Path) -> Option<String> {
    let text = std::fs::read_to_string(file).expect("the session file");
    let json: serde_json::Value = serde_json::from_str(&text).expect("JSON");
    json.get("language")
        .and_then(|v| v.as_str())
        .map(str::to_string)
}

#[test]
fn issue16_item2_lang_is_stored_and_a_resumed_session_keeps_it() {
    let dir = tempfile::tempdir().unwrap();
    let live = LiveDirs::new(dir.path());
    let spanish_locale = [("LANG", Path::new("es_ES.UTF-8"))];
    let mut host = Term::spawn(&["run", AGENDA, "--lang", "fr"], &live.env(), 80, 24);
    host.wait_for("Appuyez sur Entrée pour commencer : Opening");
    host.send("\r");
    host.wait_for("sur 10 min prévues");
    host.quit_console();
    host.wait_exit();
    let file = support::session_file(&live.sessions);
    assert_eq!(language_in(&file).as_deref(), Some("fr"));
    // Resumed under a Spanish locale: the session's French wins.
    let path = file.to_string_lossy().to_string();
    let mut again = Term::spawn(&["run", &path], &with(&live, &spanish_locale), 80, 24);
    again.wait_for("sur 10 min prévues");
    again.quit_console();
    again.wait_exit();
    assert_eq!(language_in(&file).as_deref(), Some("fr"));
}

#[test]
fn issue16_item2_the_locale_chooses_when_nothing_else_does() {
    let dir = tempfile::tempdir().unwrap();
    let live = LiveDirs::new(dir.path());
    let env = with(&live, &[("LANG", Path::new("es_MX.UTF-8"))]);
    let mut host = Term::spawn(&["run", AGENDA], &env, 80, 24);
    host.wait_for("Pulse Intro para empezar: Opening");
    host.send("\r");
    host.wait_for("de 10 min previstos");
    host.quit_console();
    host.wait_exit();
    let file = support::session_file(&live.sessions);
    assert_eq!(language_in(&file).as_deref(), Some("es"));
}

#[test]
fn issue16_item2_note_takers_follow_the_room_or_choose_their_own() {
    let dir = tempfile::tempdir().unwrap();
    let live = LiveDirs::new(dir.path());
    let env = live.env();
    let mut host = Term::spawn(&["run", AGENDA, "--lang", "fr"], &env, 100, 30);
    host.wait_for("Appuyez sur Entrée");
    host.send("\r");
    host.wait_for("sur 10 min prévues");
    // The note-taker's own locale is English: the room's French comes with the session.
    let mut taker = Term::spawn(&["join", "--name", "Joseph"], &env, 80, 24);
    taker.wait_for("Opening · reste 9:");
    // Another chooses Spanish for their own screen.
    let mut other = Term::spawn(&["join", "--name", "Clara", "--lang", "es"], &env, 80, 24);
    other.wait_for("Opening · quedan 9:");
    // Issue 16 (console): the link's state, the forms and the footer in each one's language.
    taker.wait_for("● en direct");
    other.wait_for("● en directo");
    other.send("n");
    other.wait_for("lo que se dijo, decidió o preguntó");
    other.wait_for("Intro guardar");
    other.send("\x1b");
    taker.send("c");
    taker.wait_for("Nouvel engagement");
    taker.send("\x1b");
    taker.quit_console();
    taker.wait_exit();
    other.quit_console();
    other.wait_exit();
    host.quit_console();
    host.wait_exit();
}
