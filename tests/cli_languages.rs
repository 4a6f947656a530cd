//! Issue 16, item 3: the command line's own messages and errors in the language asked for
//! (`--lang`, else LC_ALL / LC_MESSAGES / LANG), with plurals done properly; English is as
//! it was (tests/check_mistakes.rs and the other CLI tests read it).

mod support;

use std::process::Command;

use support::cli::{plenary, text};

const AGENDA: &str = "sessions/2026-06-18-monitoring-results-workshop.json";

#[test]
fn issue16_item3_check_speaks_the_locales_language() {
    let o = plenary(&["check", AGENDA], "fr_BI.UTF-8");
    assert!(
        text(&o).contains("une séance enregistrée valide, « "),
        "{}",
        text(&o)
    );
    let o = plenary(&["check"], "es_MX.UTF-8");
    assert!(
        text(&o).starts_with("plenary check necesita los archivos"),
        "{}",
        text(&o)
    );
    let o = plenary(&["--lang", "fr", "check"], "es_MX.UTF-8");
    assert!(
        text(&o).contains("un ou plusieurs"),
        "--lang wins: {}",
        text(&o)
    );
}

#[test]
fn issue16_item3_a_problem_count_has_proper_plurals() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("a.json");
    std::fs::write(
        &file,
        r#"{"format":1,"title":"T","date":"31/03/2027","agenda":[{"title":"A","kind":"workshop","minutes":5}]}"#,
    )
    .unwrap();
    let f = file.to_str().unwrap();
    assert!(text(&plenary(&["check", f], "fr_FR")).contains(": 2 problèmes :"));
    assert!(text(&plenary(&["check", f], "es_ES")).contains(": 2 problemas:"));
    assert!(text(&plenary(&["check", f], "C")).contains(": 2 problems:"));
}

#[test]
fn issue16_item3_export_errors_in_the_language() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("agenda.json");
    std::fs::write(
        &file,
        r#"{"format":1,"title":"T","agenda":[{"title":"A","kind":"plenary","minutes":5}]}"#,
    )
    .unwrap();
    let o = plenary(&["export", file.to_str().unwrap()], "es_ES.UTF-8");
    assert!(text(&o).contains("aún no se ha celebrado"), "{}", text(&o));
    let o = plenary(
        &["--lang", "fr", "--dir", "/nonexistent-h16", "commitments"],
        "C",
    );
    assert!(text(&o).contains("le dossier des séances"), "{}", text(&o));
}

#[test]
fn issue16_item3_a_screen_without_a_terminal_says_so_in_the_language() {
    let o = plenary(&["edit", "x.json"], "fr_FR.UTF-8");
    assert!(
        text(&o).contains("plenary edit a besoin d'un terminal, et son entrée standard"),
        "{}",
        text(&o)
    );
    let o = plenary(&["review"], "es_ES.UTF-8");
    assert!(
        text(&o).contains("`plenary commitments` lista los compromisos"),
        "{}",
        text(&o)
    );
}

#[test]
fn issue16_item3_remind_counts_what_it_did_in_the_language() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(AGENDA, dir.path().join("s.json")).unwrap();
    let out = dir.path().join("mails");
    let o = Command::new(env!("CARGO_BIN_EXE_plenary"))
        .args(["remind", "--out", out.to_str().unwrap()])
        .env("PLENARY_DIR", dir.path())
        .env("LANG", "fr_FR.UTF-8")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("PLENARY_SMTP_FROM")
        .output()
        .unwrap();
    let said = text(&o);
    assert!(said.contains("0 rappel écrit dans "), "{said}");
    assert!(said.contains("responsables sans adresse"), "{said}");
    assert!(said.contains("pas d'adresse e-mail pour "), "{said}");
}

// nc16 #7: the table `plenary commitments` prints for people had English headers and
// status words in a French or Spanish locale.
#[test]
fn nc16_7_the_commitments_table_speaks_the_locales_language() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(AGENDA, dir.path().join("recorded.json")).unwrap();
    let d = dir.path().to_str().unwrap();
    let fr = text(&plenary(&["commitments", "--dir", d], "fr_FR.UTF-8"));
    for word in [
        "ÉCHÉANCE",
        "RESPONSABLE",
        "QUOI",
        "STATUT",
        "SÉANCE",
        "ouvert",
    ] {
        assert!(fr.contains(word), "{word}: {fr}");
    }
    let es = text(&plenary(&["commitments", "--dir", d], "es_ES.UTF-8"));
    for word in ["PLAZO", "QUÉ", "ESTADO", "SESIÓN", "abierto"] {
        assert!(es.contains(word), "{word}: {es}");
    }
    let en = text(&plenary(&["commitments", "--dir", d], "C"));
    assert!(en.contains("DEADLINE") && en.contains("open"), "{en}");
}
