//! Issue 16 (h16j, nc16b #1, #2, #3, #6): a file's problems and a file that cannot be read
//! are said in the language by every command, as `plenary check` says them, not only by
//! `check`; and `--since` refuses a day still to come instead of silently meaning last year.

mod support;

use std::path::Path;

use serde_json::json;
use support::cli::{plenary, text};

/// An agenda `check` refuses while reading it: a date that does not exist and a misspelt
/// field (nc16b's faute.json).
fn faute() -> Vec<u8> {
    let mut v = support::mistakes::agenda();
    v["date"] = json!("31/11/2026");
    let item = v["agenda"][0].as_object_mut().unwrap();
    let minutes = item.remove("minutes").unwrap();
    item.insert("minuts".into(), minutes);
    serde_json::to_vec_pretty(&v).unwrap()
}

/// An agenda that reads but cannot run: two groups of one name (nc16b's faute2.json).
fn faute2() -> Vec<u8> {
    support::mistakes::with(|v| v["groups"][1]["name"] = json!("Budget"))
}

/// Each problem `plenary --lang LANG check` explains for `file` (its warnings aside),
/// without its indent.
fn check_lines(file: &Path, lang: &str) -> Vec<String> {
    let o = plenary(&["--lang", lang, "check", file.to_str().unwrap()], "C");
    let said = text(&o);
    let lines: Vec<String> = said
        .lines()
        .skip_while(|l| !l.starts_with('✗'))
        .skip(1)
        .take_while(|l| l.starts_with("    "))
        .map(|l| l.trim().to_string())
        .collect();
    assert!(!lines.is_empty(), "check listed nothing: {said}");
    lines
}

/// Every one of check's explanations is in `said`, and no English one.
fn says_as_check(said: &str, file: &Path, lang: &str, what: &str) {
    for line in check_lines(file, lang) {
        assert!(said.contains(&line), "{what}: {line:?} missing from {said}");
    }
    for english in check_lines(file, "en") {
        assert!(
            !said.contains(&english),
            "{what}: English {english:?} in {said}"
        );
    }
    assert!(!said.contains("(s)"), "{what}: \"(s)\" in {said}");
}

#[test]
fn nc16b_1_export_says_a_files_problems_in_the_language() {
    let dir = tempfile::tempdir().unwrap();
    for (name, bytes) in [("faute.json", faute()), ("faute2.json", faute2())] {
        let file = dir.path().join(name);
        std::fs::write(&file, bytes).unwrap();
        for (lang, locale) in [("fr", "C"), ("es", "es_ES.UTF-8")] {
            let mut args = vec!["export", file.to_str().unwrap()];
            if locale == "C" {
                args.extend(["--lang", lang]);
            }
            let o = plenary(&args, locale);
            assert_eq!(o.status.code(), Some(2));
            says_as_check(&text(&o), &file, lang, &format!("export {name} {lang}"));
        }
    }
}

#[test]
fn nc16b_1_commitments_report_remind_say_a_bad_file_in_the_language() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("faute.json");
    std::fs::write(&file, faute()).unwrap();
    let f = file.to_str().unwrap();
    let out = dir.path().join("out");
    let o_ = out.to_str().unwrap();
    for (args, lang) in [
        (vec!["commitments", f, "--lang", "fr"], "fr"),
        (vec!["report", f, "--lang", "fr"], "fr"),
        (vec!["remind", f, "--out", o_, "--lang", "es"], "es"),
    ] {
        let o = plenary(&args, "C");
        assert_eq!(o.status.code(), Some(2), "{args:?}");
        let said = text(&o);
        says_as_check(&said, &file, lang, args[0]);
        assert!(!said.contains("could not be read"), "{args:?}: {said}");
    }
    // English counts the files without "(s)" too.
    let o = plenary(&["commitments", f, "--lang", "en"], "C");
    let said = text(&o);
    assert!(!said.contains("(s)"), "{said}");
    assert!(said.contains("1 file could not be read"), "{said}");
}

#[test]
fn nc16b_1_report_says_a_missing_file_in_the_language() {
    let dir = tempfile::tempdir().unwrap();
    let nope = dir.path().join("nope.json");
    for (lang, words) in [
        ("fr", "ce fichier ou dossier n'existe pas"),
        ("es", "no existe ese archivo o carpeta"),
    ] {
        let o = plenary(&["report", nope.to_str().unwrap(), "--lang", lang], "C");
        let said = text(&o);
        assert!(said.contains(words), "{lang}: {said}");
        assert!(!said.contains("os error"), "{lang}: {said}");
        assert!(!said.contains("No such file"), "{lang}: {said}");
    }
}

// nc16b #2 (review's list of files it could not read) and #3 (the launcher's frame around
// a file's problems): both screens show what these give, in the language in force. The
// only test of this file that sets the language of its own process.
#[test]
fn nc16b_2_3_review_and_launcher_say_why_in_the_language() {
    plenary::i18n::set(plenary::i18n::Lang::Fr);
    let dir = tempfile::tempdir().unwrap();
    let nope = dir.path().join("nope.json");
    let catalog = plenary::store::catalog::Catalog::load(dir.path(), &[nope]);
    let (_, reason) = &catalog.unreadable[0];
    assert!(reason.contains("n'existe pas"), "{reason}");
    assert!(!reason.contains("os error"), "{reason}");

    // The launcher's entry for an agenda `run` refuses: what Enter shows on it.
    let file = dir.path().join("faute2.json");
    std::fs::write(&file, faute2()).unwrap();
    let none = tempfile::tempdir().unwrap();
    let entries = plenary::launcher::discover(dir.path(), none.path());
    let entry = entries.iter().find(|e| e.path == file).unwrap();
    let said = entry.problem.clone().unwrap();
    assert!(said.contains("ne peut pas être lancé"), "{said}");
    assert!(said.contains("donne la même liste"), "{said}");
    for english in ["cannot be run", "for the same list", "repeats the name"] {
        assert!(!said.contains(english), "{english}: {said}");
    }
}

#[test]
fn nc16b_6_since_refuses_a_day_to_come() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path().to_str().unwrap();
    for (since, lang, words) in [
        ("demain", "fr", "à venir"),
        ("dans 3 jours", "fr", "à venir"),
        ("mañana", "es", "por venir"),
        ("tomorrow", "en", "still to come"),
    ] {
        let o = plenary(
            &["--dir", d, "report", "--since", since, "--lang", lang],
            "C",
        );
        let said = text(&o);
        assert_eq!(o.status.code(), Some(2), "{since}: {said}");
        assert!(said.contains(words), "{since}: {said}");
    }
    // A date without its year still looks back.
    for since in ["1er novembre", "1 January"] {
        let o = plenary(&["--dir", d, "report", "--since", since], "fr_FR.UTF-8");
        let said = text(&o);
        assert!(!said.contains("--since"), "{since} refused: {said}");
    }
}
