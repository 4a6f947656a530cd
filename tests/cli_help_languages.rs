//! Issue 16, "CLI messages and errors": `--help`, usage lines and argument errors in the
//! language of the command line (`--lang` anywhere in argv, else the locale), run on the
//! real binary. English stays clap's own text (tests/cli.rs and others read it).

mod support;

use std::process::Command;

use support::cli::{plenary, text};

const SUBCOMMANDS: [&str; 11] = [
    "run",
    "demo",
    "new",
    "edit",
    "join",
    "review",
    "commitments",
    "export",
    "report",
    "remind",
    "check",
];

/// English words that only clap's own help or the English doc comments would print.
const ENGLISH: [&str; 12] = [
    "Usage:",
    "Options:",
    "Commands:",
    "Arguments:",
    "Print help",
    "Print version",
    "[default:",
    "[possible values:",
    "[env:",
    " the ",
    "recorded session",
    "Start a live",
];

fn no_english(said: &str, what: &str) {
    for word in ENGLISH {
        assert!(
            !said.contains(word),
            "{what}: {word:?} is English in\n{said}"
        );
    }
}

// Item 1: every command's help, short and long, in French and Spanish.
#[test]
fn issue16_cli_item1_help_of_every_command_in_french_and_spanish() {
    for (locale, usage, options) in [
        ("fr_FR.UTF-8", "Utilisation :", "Options :"),
        ("es_ES.UTF-8", "Uso:", "Opciones:"),
    ] {
        for flag in ["--help", "-h"] {
            let o = plenary(&[flag], locale);
            assert_eq!(o.status.code(), Some(0));
            let said = text(&o);
            assert!(said.contains(usage), "{said}");
            assert!(said.contains(options), "{said}");
            no_english(&said, &format!("{locale} plenary {flag}"));
            for sub in SUBCOMMANDS {
                let o = plenary(&[sub, flag], locale);
                assert_eq!(o.status.code(), Some(0), "{sub}");
                let said = text(&o);
                assert!(said.contains(usage), "{sub}: {said}");
                no_english(&said, &format!("{locale} plenary {sub} {flag}"));
            }
        }
    }
    // --lang anywhere in argv decides before the locale.
    let said = text(&plenary(&["run", "--help", "--lang", "es"], "fr_FR.UTF-8"));
    assert!(said.contains("Uso:"), "{said}");
    let said = text(&plenary(&["--lang=fr", "export", "--help"], "C"));
    assert!(said.contains("Utilisation :"), "{said}");
    // English is clap's, unchanged.
    let said = text(&plenary(&["run", "--help"], "C"));
    assert!(
        said.contains("Usage:") && said.contains("Start a live session"),
        "{said}"
    );
}

// Issue 16, left out at the last stop: `plenary help run --lang fr`, the `help` command
// with the language after it, is the help of `run` in French, as `plenary --lang fr help run`.
#[test]
fn issue16_cli_help_command_with_the_language_after_it() {
    for args in [
        &["help", "run", "--lang", "fr"][..],
        &["help", "--lang=fr", "run"],
        &["--lang", "fr", "help", "run"],
    ] {
        let o = plenary(args, "C");
        let said = text(&o);
        assert_eq!(o.status.code(), Some(0), "{args:?}: {said}");
        assert!(said.contains("Utilisation :"), "{args:?}: {said}");
        assert!(said.contains("plenary run"), "{args:?}: {said}");
        no_english(&said, &format!("{args:?}"));
    }
    let said = text(&plenary(&["help", "--lang", "es"], "C"));
    assert!(said.contains("Uso:") && said.contains("review"), "{said}");
}

// Item 2: argument errors in the language, with clap's suggestion kept and exit code 2.
#[test]
fn issue16_cli_item2_argument_errors_in_the_language() {
    let fr = |args: &[&str]| {
        let o = plenary(args, "fr_FR.UTF-8");
        assert_eq!(o.status.code(), Some(2), "{args:?}: {}", text(&o));
        let said = text(&o);
        no_english(&said, &format!("{args:?}"));
        assert!(!said.contains("error:"), "{said}");
        said
    };
    let said = fr(&["run", "x.json", "--nme", "Ana"]);
    assert!(said.contains("--nme") && said.contains("--name"), "{said}");
    assert!(said.contains("plenary run --help"), "{said}");
    let said = fr(&["run", "x.json", "--name"]);
    assert!(said.contains("--name") && said.contains("valeur"), "{said}");
    let said = fr(&["export", "s.json", "--format", "pdf"]);
    assert!(
        said.contains("pdf") && said.contains("md, csv, ics, html, docx"),
        "{said}"
    );
    let said = fr(&["run"]);
    assert!(said.contains("<FICHIER>"), "{said}");
    let said = fr(&["ru"]);
    assert!(said.contains("ru") && said.contains("run"), "{said}");
    let o = plenary(&["run", "x.json", "--nme"], "es_ES.UTF-8");
    assert_eq!(o.status.code(), Some(2));
    let said = text(&o);
    assert!(said.contains("Uso:") && said.contains("--name"), "{said}");
    no_english(&said, "es");
}

// Item 3: date options speak the language and read the same grammar, past where it means
// the past.
#[test]
fn issue16_cli_item3_date_options_in_the_language() {
    let o = plenary(
        &["commitments", "--due-before", "dans quinze jourz"],
        "fr_FR.UTF-8",
    );
    assert_eq!(o.status.code(), Some(2));
    let said = text(&o);
    assert!(said.contains("31 mars 2027"), "{said}");
    assert!(
        !said.contains("+2w") && !said.contains("next friday"),
        "{said}"
    );
    let o = plenary(&["report", "--since", "ayerr"], "es_ES.UTF-8");
    let said = text(&o);
    assert!(said.contains("no es una fecha"), "{said}");
    assert!(!said.contains("+2w"), "{said}");
    let o = plenary(
        &["export", "x.json", "--as-of", "pas une date"],
        "fr_FR.UTF-8",
    );
    let said = text(&o);
    assert!(said.contains("n'est pas une date"), "{said}");
    assert!(!said.contains("invalid characters"), "{said}");
    // Past phrases parse (the command then fails on its missing directory, not on the date).
    for (since, locale) in [
        ("hier", "fr_FR.UTF-8"),
        ("avant-hier", "fr_FR.UTF-8"),
        ("la semaine dernière", "fr_FR.UTF-8"),
        ("il y a 3 jours", "fr_FR.UTF-8"),
        ("ayer", "es_ES.UTF-8"),
        ("hace 3 días", "es_ES.UTF-8"),
        ("yesterday", "C"),
    ] {
        let o = plenary(
            &["--dir", "/nonexistent-h16e", "report", "--since", since],
            locale,
        );
        let said = text(&o);
        assert!(
            !said.contains("--since"),
            "{since} was refused under {locale}: {said}"
        );
    }
    let o = plenary(
        &[
            "--dir",
            "/nonexistent-h16e",
            "export",
            "x.json",
            "--as-of",
            "fin juin",
        ],
        "fr_FR.UTF-8",
    );
    assert!(!text(&o).contains("--as-of"), "{}", text(&o));
}

// Item 4: status words of the language.
#[test]
fn issue16_cli_item4_status_words_of_the_language() {
    let dir = "/nonexistent-h16e";
    for (word, locale) in [
        ("ouvert", "fr_FR.UTF-8"),
        ("EN-COURS", "fr_FR.UTF-8"),
        ("abandonne", "fr_FR.UTF-8"),
        ("fait", "fr_FR.UTF-8"),
        ("abierto", "es_ES.UTF-8"),
        ("en-curso", "es_ES.UTF-8"),
        ("Hecho", "es_ES.UTF-8"),
        ("abandonado", "es_ES.UTF-8"),
        ("open", "C"),
    ] {
        let o = plenary(&["--dir", dir, "commitments", "--status", word], locale);
        assert!(!text(&o).contains("--status"), "{word}: {}", text(&o));
    }
    let said = text(&plenary(
        &["commitments", "--status", "ferme"],
        "fr_FR.UTF-8",
    ));
    assert!(
        said.contains("ouvert, en-cours, fait ou abandonné"),
        "{said}"
    );
    let said = text(&plenary(&["commitments", "--status", "x"], "es_ES.UTF-8"));
    assert!(
        said.contains("abierto, en-curso, hecho o abandonado"),
        "{said}"
    );
}

// Item 5: the examples' descriptions in the language.
#[test]
fn issue16_cli_item5_demo_list_in_the_language() {
    let en = text(&plenary(&["demo", "--list"], "C"));
    let fr = text(&plenary(&["demo", "--list"], "fr_FR.UTF-8"));
    let es = text(&plenary(&["demo", "--list"], "es_ES.UTF-8"));
    assert_eq!(en.lines().count(), fr.lines().count());
    for ((e, f), s) in en.lines().zip(fr.lines()).zip(es.lines()) {
        let name = e.split_whitespace().next().unwrap();
        assert!(f.starts_with(name) && s.starts_with(name), "{f} / {s}");
        assert_ne!(e, f);
        assert_ne!(e, s);
        assert_ne!(f, s);
    }
}

// Item 6: join's notices in the language.
#[test]
fn issue16_cli_item6_join_notices_in_the_language() {
    let rt = tempfile::tempdir().unwrap();
    let run = |args: &[&str], lang: &str| {
        Command::new(env!("CARGO_BIN_EXE_plenary"))
            .args(args)
            .env("LANG", lang)
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .env("PLENARY_RUNTIME_DIR", rt.path())
            .output()
            .unwrap()
    };
    let o = run(&["join", "--list"], "fr_FR.UTF-8");
    let said = text(&o);
    assert!(said.contains("Aucune séance en direct"), "{said}");
    let o = run(&["join", "--list"], "es_ES.UTF-8");
    assert!(
        text(&o).contains("Ninguna sesión en directo"),
        "{}",
        text(&o)
    );
}

// Item 7: what `plenary run` (and `export`, which reads the file the same way) says of an
// agenda with problems: the headline in the language, the explanations the domain's.
#[test]
fn issue16_cli_item7_the_problems_line_in_the_language() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("broken.json");
    std::fs::write(
        &file,
        r#"{"format":1,"title":"T","date":"31/03/2027","agenda":[{"title":"A","kind":"workshop","minutes":5}]}"#,
    )
    .unwrap();
    let f = file.to_str().unwrap();
    let o = plenary(&["export", f], "fr_FR.UTF-8");
    assert_eq!(o.status.code(), Some(2));
    let said = text(&o);
    assert!(said.contains("broken.json : 2 problèmes : "), "{said}");
    assert!(!said.contains("problem(s)"), "{said}");
    let said = text(&plenary(&["export", f], "es_ES.UTF-8"));
    assert!(said.contains("broken.json: 2 problemas: "), "{said}");
    let said = text(&plenary(&["export", f], "C"));
    assert!(said.contains("broken.json: 2 problems: "), "{said}");
}

// Issue 16 (h16e's leftover): `--name` with a control character was refused in English.
#[test]
fn issue16_a_name_with_a_control_character_is_refused_in_the_language() {
    let tmp = tempfile::tempdir().unwrap();
    let dirs = support::LiveDirs::new(tmp.path());
    std::fs::create_dir_all(&dirs.sessions).unwrap();
    std::fs::copy(
        "sessions/2026-06-18-monitoring-results-workshop.json",
        dirs.sessions.join("recorded.json"),
    )
    .unwrap();
    for (lang, said) in [
        ("fr", "caractère de contrôle"),
        ("es", "carácter de control"),
        ("en", "control character"),
    ] {
        let mut t = support::Term::spawn(
            &["--lang", lang, "review", "--name", "Ana\u{1b}B"],
            &dirs.env(),
            100,
            24,
        );
        assert_ne!(t.wait_exit_code(), 0);
        let text = t
            .contents()
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        assert!(text.contains(said), "{lang}: {text}");
        assert!(text.contains("U+001B"), "{lang}: {text}");
    }
}
