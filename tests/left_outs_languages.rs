//! Issue 16's left-outs (h17): the last English words in French and Spanish, through the
//! real binary. A journal that does not match its session, a damaged or refused entry and
//! a format of 0 (`export`); the parser's rarer findings (`check`); `--smtp-port` that is
//! not a port (`remind`). Each with the exact words said in French and in Spanish.

mod support;

use std::path::Path;
use std::process::Command;

/// The recorded session the journals are put beside, and its live id.
const SESSION: &str = "sessions/2026-06-18-monitoring-results-workshop.json";
const ID: &str = "20260618T065512Z-example";
/// An agenda never run.
const AGENDA: &str = "sessions/short-plenary.json";

/// What `plenary --lang LANG ARGS` prints, run in `dir` (so paths read as given).
fn said_in(dir: &Path, lang: &str, args: &[&str]) -> String {
    let o = Command::new(env!("CARGO_BIN_EXE_plenary"))
        .args(["--lang", lang])
        .args(args)
        .current_dir(dir)
        .env("LANG", "C.UTF-8")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("PLENARY_DIR")
        .env_remove("PLENARY_SMTP_PORT")
        .output()
        .unwrap();
    format!(
        "{}{}",
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr)
    )
}

/// The journal's header line for session `id` after revision 33 (the session's).
fn header(id: &str) -> String {
    format!("{{\"plenary_journal\":1,\"session\":\"{id}\",\"base\":33}}\n")
}

/// An entry at `revision` applying `op`.
fn entry(revision: u64, op: &str) -> String {
    format!(
        "{{\"revision\":{revision},\"op\":{op},\"by\":{{\"name\":\"me\",\"uid\":null}},\"at\":{{\"now\":\"2026-06-18T10:00:00Z\",\"today\":\"2026-06-18\"}}}}\n"
    )
}

/// Each case whose words in `lang` are not the expected ones.
fn wrong(cases: &[(&str, &str, &str, String, &str, &str)]) -> Vec<String> {
    let mut wrong = Vec::new();
    for (what, file, source, journal, fr, es) in cases {
        let dir = tempfile::tempdir().unwrap();
        let text = std::fs::read_to_string(source).unwrap_or_else(|_| source.to_string());
        std::fs::write(dir.path().join(file), text).unwrap();
        if !journal.is_empty() {
            std::fs::write(dir.path().join(format!("{file}.journal")), journal).unwrap();
        }
        for (lang, expected) in [("fr", fr), ("es", es)] {
            let said = said_in(dir.path(), lang, &["export", file]);
            if said != *expected {
                wrong.push(format!(
                    "{lang} {what}:\n  expected {expected:?}\n  got      {said:?}"
                ));
            }
        }
    }
    wrong
}

#[test]
fn issue_16_left_out_a_journal_that_does_not_fit_its_session_is_said_in_french_and_spanish() {
    let cases = vec![
        (
            "a journal beside an agenda never run",
            "A.json",
            AGENDA,
            header(ID),
            "plenary: A.json.journal : est un journal de modifications, mais A.json est un ordre du jour qui n'a pas été lancé ; déplacez le journal ailleurs\n",
            "plenary: A.json.journal: es un diario de cambios, pero A.json es un orden del día que no se ha celebrado; mueva el diario a otra parte\n",
        ),
        (
            "a journal of another session",
            "S.json",
            SESSION,
            header("other-run"),
            "plenary: S.json.journal:1:1 : ce journal appartient à la séance other-run, pas à S.json (20260618T065512Z-example) ; déplacez-le ailleurs\n",
            "plenary: S.json.journal:1:1: este diario pertenece a la sesión other-run, no a S.json (20260618T065512Z-example); muévalo a otra parte\n",
        ),
        (
            "a first line that is no header",
            "S.json",
            SESSION,
            "nope\n".to_string(),
            "plenary: S.json.journal:1:2 : ce n'est pas l'en-tête d'un journal plenary : un mot sans guillemets : seuls true, false et null s'écrivent sans ; mettez un texte entre guillemets doubles (\")\n",
            "plenary: S.json.journal:1:2: no es el encabezado de un diario de plenary: una palabra sin comillas: solo true, false y null se escriben sin ellas; ponga un texto entre comillas dobles (\")\n",
        ),
        (
            "a header of another shape",
            "S.json",
            SESSION,
            "{\"a\":1}\n".to_string(),
            "plenary: S.json.journal:1:7 : ce n'est pas l'en-tête d'un journal plenary\n",
            "plenary: S.json.journal:1:7: no es el encabezado de un diario de plenary\n",
        ),
        (
            "a damaged entry",
            "S.json",
            SESSION,
            format!("{}garbage\n", header(ID)),
            "plenary: S.json.journal:2:1 : une entrée abîmée du journal (une valeur était attendue). Le journal garde les modifications faites depuis la dernière écriture complète du fichier : réparez cette ligne, ou déplacez le journal ailleurs pour ouvrir S.json sans elles\n",
            "plenary: S.json.journal:2:1: una entrada dañada del diario (se esperaba un valor). El diario guarda los cambios hechos desde la última vez que el archivo se escribió entero: repare esta línea, o mueva el diario a otra parte para abrir S.json sin ellos\n",
        ),
        (
            "an entry of another shape",
            "S.json",
            SESSION,
            format!("{}{{\"revision\":34}}\n", header(ID)),
            "plenary: S.json.journal:2:15 : une entrée abîmée du journal (ce n'est pas une modification que ce plenary sait lire). Le journal garde les modifications faites depuis la dernière écriture complète du fichier : réparez cette ligne, ou déplacez le journal ailleurs pour ouvrir S.json sans elles\n",
            "plenary: S.json.journal:2:15: una entrada dañada del diario (no es un cambio que este plenary sepa leer). El diario guarda los cambios hechos desde la última vez que el archivo se escribió entero: repare esta línea, o mueva el diario a otra parte para abrir S.json sin ellos\n",
        ),
        (
            "an entry the record refuses",
            "S.json",
            SESSION,
            format!("{}{}", header(ID), entry(34, "{\"op\":\"start_session\"}")),
            "plenary: S.json.journal:2:1 : l'opération 34 est refusée à la relecture : la séance a déjà commencé\n",
            "plenary: S.json.journal:2:1: la operación 34 se rechaza al volver a aplicarla: la sesión ya ha empezado\n",
        ),
        (
            "an entry after a gap",
            "S.json",
            SESSION,
            format!("{}{}", header(ID), entry(40, "{\"op\":\"start_session\"}")),
            "plenary: S.json.journal:2:1 : l'opération 40 suit la révision 33 : une opération manque\n",
            "plenary: S.json.journal:2:1: la operación 40 sigue a la revisión 33: falta una operación\n",
        ),
        (
            "a format of 0",
            "Z.json",
            r#"{"format": 0, "title": "x", "agenda": [{"title": "a", "kind": "plenary", "minutes": 5}]}"#,
            String::new(),
            "plenary: Z.json : \"format\" doit être un nombre entier positif ; il vaut 0\n",
            "plenary: Z.json: \"format\" debe ser un número entero positivo; vale 0\n",
        ),
    ];
    let wrong = wrong(&cases);
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn issue_16_left_out_the_parsers_rarer_findings_are_said_in_french_and_spanish() {
    let deep = format!("{}{}", "[".repeat(130), "]".repeat(130));
    let cases: Vec<(&str, String, &str, &str)> = vec![
        (
            "a word without quotes",
            "{\"title\": tru}".into(),
            "1:14 : ce n'est pas du JSON valide : un mot sans guillemets : seuls true, false et null s'écrivent sans ; mettez un texte entre guillemets doubles (\")",
            "1:14: no es JSON válido: una palabra sin comillas: solo true, false y null se escriben sin ellas; ponga un texto entre comillas dobles (\")",
        ),
        (
            "a number too large",
            "{\"format\": 1e999}".into(),
            "1:16 : ce n'est pas du JSON valide : un nombre trop grand pour être lu : écrivez-en un plus petit",
            "1:16: no es JSON válido: un número demasiado grande para leerlo: escriba uno más pequeño",
        ),
        (
            "a tab in a text",
            "{\"title\": \"a\tb\"}".into(),
            "1:13 : ce n'est pas du JSON valide : une tabulation, un saut de ligne ou un autre caractère de contrôle dans un texte entre guillemets : gardez le texte sur une ligne, et écrivez une tabulation \\t (un saut de ligne \\n)",
            "1:13: no es JSON válido: un tabulador, un salto de línea u otro carácter de control dentro de un texto entre comillas: mantenga el texto en una línea y escriba un tabulador como \\t (un salto de línea como \\n)",
        ),
        (
            "half a character, the second half",
            "{\"title\": \"\\udc00\"}".into(),
            "1:17 : ce n'est pas du JSON valide : un code \\u qui n'est qu'une moitié de caractère : écrivez le caractère lui-même (é) plutôt que son code",
            "1:17: no es JSON válido: un código \\u que es solo la mitad de un carácter: escriba el carácter mismo (é) en lugar de su código",
        ),
        (
            "half a character, the first half",
            "{\"title\": \"\\ud83d!\"}".into(),
            "1:18 : ce n'est pas du JSON valide : un code \\u qui n'est qu'une moitié de caractère : écrivez le caractère lui-même (é) plutôt que son code",
            "1:18: no es JSON válido: un código \\u que es solo la mitad de un carácter: escriba el carácter mismo (é) en lugar de su código",
        ),
        (
            "nested too deep",
            deep,
            "1:128 : ce n'est pas du JSON valide : des listes et des objets imbriqués sur plus de 128 niveaux : est-ce le bon fichier ?",
            "1:128: no es JSON válido: listas y objetos anidados a más de 128 niveles: ¿es el archivo correcto?",
        ),
    ];
    let mut wrong = Vec::new();
    for (what, text, fr, es) in &cases {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("F"), text).unwrap();
        for (lang, expected) in [("fr", fr), ("es", es)] {
            let said = said_in(dir.path(), lang, &["check", "F"]);
            let expected = format!("✗ F:{expected}\n");
            if said != expected {
                wrong.push(format!(
                    "{lang} {what}:\n  expected {expected:?}\n  got      {said:?}"
                ));
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn issue_16_left_out_an_smtp_port_that_is_not_one_is_said_in_french_and_spanish() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(SESSION, dir.path().join("S.json")).unwrap();
    for (port, fr, es) in [
        (
            "abc",
            "plenary: --smtp-port <PORT> : « abc » n'est pas un numéro de port : donnez un nombre entier de 1 à 65535, par exemple 587",
            "plenary: --smtp-port <PUERTO>: «abc» no es un número de puerto: indique un número entero de 1 a 65535, por ejemplo 587",
        ),
        (
            "99999",
            "plenary: --smtp-port <PORT> : « 99999 » n'est pas un numéro de port : donnez un nombre entier de 1 à 65535, par exemple 587",
            "plenary: --smtp-port <PUERTO>: «99999» no es un número de puerto: indique un número entero de 1 a 65535, por ejemplo 587",
        ),
    ] {
        for (lang, expected) in [("fr", fr), ("es", es)] {
            let said = said_in(dir.path(), lang, &["remind", "S.json", "--smtp-port", port]);
            let first = said.lines().next().unwrap_or("");
            assert_eq!(first, expected, "{lang} {port}: {said}");
        }
    }
}

/// What the editor says after importing `first`, then `second`, in `lang`: the second
/// sheet's rows meet the people the first brought in.
fn imported_twice(lang: plenary::i18n::Lang, first: &str, second: &str) -> String {
    let _in = plenary::i18n::scoped(lang);
    let dir = tempfile::tempdir().unwrap();
    let mut e = support::editor::editor("report-back", dir.path());
    for (name, text) in [("one.csv", first), ("two.csv", second)] {
        let csv = dir.path().join(name);
        std::fs::write(&csv, text).unwrap();
        support::editor::press(&mut e, &format!("2i{}\r", csv.display()));
    }
    let (said, _) = e.flash.clone().expect("the import is said");
    said.replace(&dir.path().display().to_string(), "D")
}

#[test]
fn issue_16_left_out_an_imported_row_the_agenda_refuses_is_said_in_french_and_spanish() {
    use plenary::i18n::Lang;
    let first = "name,organisation\nAna,ONG\n";
    let second = "name,organisation\nAna,ONG\nBen,Or\u{7}g\nCléa,ONG\n";
    assert_eq!(
        imported_twice(Lang::Fr, first, second),
        "1 participant ajouté depuis D/two.csv ; 2 écartés : Ana : Ana figure déjà parmi les participants ; Ben : caractère de contrôle dans l'organisation (U+0007) — retirez-le"
    );
    assert_eq!(
        imported_twice(Lang::Es, first, second),
        "1 participante añadido desde D/two.csv; 2 descartados: Ana: Ana ya figura entre los participantes; Ben: carácter de control en la organización (U+0007) — quítelo"
    );
}

/// nc16c #1: the facilitator's people view (4) said "· note-taker" in French; the role is
/// said in the language in force, as the arrivals line under it already was.
#[test]
fn nc16c_1_the_people_view_says_the_role_in_french() {
    let dir = tempfile::tempdir().unwrap();
    let live = support::LiveDirs::within(dir.path());
    let env = live.env();
    let mut host = support::Term::spawn(
        &["--lang", "fr", "run", "sessions/short-plenary.json"],
        &env,
        120,
        30,
    );
    host.wait_for("Quarterly results check-in");
    let taker = support::Term::spawn(&["join", "--lang", "es", "--name", "Lucía"], &env, 80, 24);
    taker.wait_for("● en directo");
    host.send("4");
    host.wait_for("Lucía");
    let screen = host.wait_until("the role in French", |s| s.contains("· prise de notes"));
    assert!(!screen.contains("note-taker"), "{screen}");
}
