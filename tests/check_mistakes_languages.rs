//! Issue 16 (h16f, nc16 #2): `plenary check` in French and Spanish says every problem in the
//! room's language: the explanation and the fix are translated, the JSON path, the file's
//! own values and the names of fields stay as written. The English table is
//! tests/check_mistakes.rs; these are the same kinds of deliberate mistakes, each with the
//! exact words `check --lang fr` and `check --lang es` print.

use serde_json::json;

mod support;

use support::mistakes::{check_in as check, with};

const KINDS: &str = "plenary, breakout, presentations, action_planning, break, closing, follow_up";

/// The verdict of a valid agenda with one warning, in French and in Spanish.
fn warned(fr: &str, es: &str) -> (String, String) {
    (
        format!(
            "✓ F : un ordre du jour valide, « Échange entre pairs »\n! F : 1 avertissement :\n    {fr}\n"
        ),
        format!(
            "✓ F: un orden del día válido, «Échange entre pairs»\n! F: 1 advertencia:\n    {es}\n"
        ),
    )
}

/// The verdict of a file with these problems, in French and in Spanish.
fn refused(fr: &[&str], es: &[&str]) -> (String, String) {
    let list = |lines: &[&str]| -> String { lines.iter().map(|l| format!("    {l}\n")).collect() };
    let (n, fr_word, es_word) = match fr.len() {
        1 => (1, "problème", "problema"),
        n => (n, "problèmes", "problemas"),
    };
    (
        format!("✗ F : {n} {fr_word} :\n{}", list(fr)),
        format!("✗ F: {n} {es_word}:\n{}", list(es)),
    )
}

/// A mistake: what it is, the file, whether check passes it, its French and Spanish words.
type Case = (&'static str, Vec<u8>, bool, (String, String));

/// Each case whose French or Spanish words (or verdict) are not the expected ones.
fn wrong_words(cases: &[Case]) -> Vec<String> {
    let mut wrong = Vec::new();
    for (what, bytes, passes, (fr, es)) in cases {
        for (lang, expected) in [("fr", fr), ("es", es)] {
            let (said, ok) = check(lang, bytes);
            if said != *expected || ok != *passes {
                wrong.push(format!(
                    "{lang} {what}:\n  expected ({passes}) {expected:?}\n  got      ({ok}) {said:?}"
                ));
            }
        }
    }
    wrong
}

#[test]
fn issue_16_check_says_each_mistake_in_french_and_spanish() {
    let cases: Vec<Case> = vec![
        (
            "a mistyped field is kept and named, with the field meant",
            with(|v| v["groups"][1]["minuts"] = json!(3)),
            true,
            warned(
                "groups[1].minuts : n'est pas un champ connu de plenary ; il est gardé tel quel. Vouliez-vous dire \"minutes\" ?",
                "groups[1].minuts: no es un campo que plenary conozca; se conserva tal cual. ¿Quiso decir \"minutes\"?",
            ),
        ),
        (
            "a field nothing is near (nc16 #2)",
            with(|v| v["minutse"] = json!(3)),
            true,
            warned(
                "minutse : n'est pas un champ connu de plenary ; il est gardé tel quel.",
                "minutse: no es un campo que plenary conozca; se conserva tal cual.",
            ),
        ),
        (
            "a presenter nobody knows",
            with(|v| v["groups"][0]["presenter"] = json!("Helen Dubois")),
            true,
            warned(
                "groups[0].presenter : « Helen Dubois » n'est ni membre du groupe ni participant : vérifiez l'orthographe, ou ajoutez cette personne à \"members\"",
                "groups[0].presenter: «Helen Dubois» no es miembro del grupo ni participante: revise la ortografía, o añada a esa persona a \"members\"",
            ),
        ),
        (
            "a presenter among the members who is not a participant",
            with(|v| {
                v["groups"][3]["members"] = json!(["Omar Hadad"]);
                v["groups"][3]["presenter"] = json!("Omar Hadad");
            }),
            true,
            warned(
                "groups[3].presenter : « Omar Hadad » est membre du groupe mais pas participant : vérifiez l'orthographe, ou ajoutez cette personne à \"participants\"",
                "groups[3].presenter: «Omar Hadad» es miembro del grupo pero no participante: revise la ortografía, o añada a esa persona a \"participants\"",
            ),
        ),
        (
            "a group with nobody to present",
            with(|v| drop(v["groups"][2].as_object_mut().unwrap().remove("presenter"))),
            true,
            warned(
                "groups[2].presenter : manque : indiquez qui présente le travail de ce groupe, par exemple \"presenter\": \"Hélène Dubois\"",
                "groups[2].presenter: falta: indique quién presenta el trabajo de este grupo, por ejemplo \"presenter\": \"Hélène Dubois\"",
            ),
        ),
        (
            "a participant listed twice",
            with(|v| {
                v["participants"]
                    .as_array_mut()
                    .unwrap()
                    .push(json!({"name": "hélène dubois"}))
            }),
            true,
            warned(
                "participants[4].name : « hélène dubois » figure deux fois (aussi participants[0]) : retirez l'un des deux",
                "participants[4].name: «hélène dubois» aparece dos veces (también participants[0]): quite una",
            ),
        ),
        (
            "a member written without the participant's accents",
            with(|v| v["groups"][3]["members"] = json!(["Omar Haddad", "Helene Dubois"])),
            true,
            warned(
                "groups[3].members[1] : « Helene Dubois » n'est pas écrit comme le participant : vouliez-vous dire « Hélène Dubois » ?",
                "groups[3].members[1]: «Helene Dubois» no es como está escrito el participante: ¿quiso decir «Hélène Dubois»?",
            ),
        ),
        (
            "presentations that do not fit the report-back",
            with(|v| v["agenda"][2]["minutes"] = json!(10)),
            true,
            warned(
                "agenda[2].minutes : vaut 10, mais les présentations des 4 groupes prennent 18 minutes : donnez 18 minutes à la restitution, ou réduisez le temps des rapporteurs",
                "agenda[2].minutes: es 10, pero las presentaciones de los 4 grupos duran 18 minutos: dé 18 minutos a las presentaciones, o acorte el tiempo de cada una",
            ),
        ),
        (
            "an end before the start",
            with(|v| {
                v["starts"] = json!("09:00");
                v["ends"] = json!("07:00");
            }),
            true,
            warned(
                "ends : vaut 07:00, qui ne vient pas après le début (09:00) : indiquez l'heure de fin de l'atelier",
                "ends: es 07:00, que no es posterior al inicio (09:00): indique la hora en que termina el taller",
            ),
        ),
        (
            "a kind nearly right",
            with(|v| v["agenda"][1]["kind"] = json!("breakuot")),
            false,
            refused(
                &[&format!(
                    "agenda[1].kind : vaut \"breakuot\", qui n'est pas un type de point : vouliez-vous dire \"breakout\" ? Prenez l'un de {KINDS}"
                )],
                &[&format!(
                    "agenda[1].kind: es \"breakuot\", que no es un tipo de punto: ¿quiso decir \"breakout\"? Use uno de {KINDS}"
                )],
            ),
        ),
        (
            "a date written day first",
            with(|v| v["date"] = json!("31/03/2027")),
            false,
            refused(
                &[
                    "date : vaut \"31/03/2027\" : écrivez la date sous la forme AAAA-MM-JJ : \"2027-03-31\"",
                ],
                &["date: es \"31/03/2027\": escriba la fecha como AAAA-MM-DD: \"2027-03-31\""],
            ),
        ),
        (
            "a day February does not have",
            with(|v| v["date"] = json!("2027-02-30")),
            false,
            refused(
                &[
                    "date : vaut \"2027-02-30\" : cette date n'existe pas : février 2027 compte 28 jours",
                ],
                &["date: es \"2027-02-30\": esa fecha no existe: febrero de 2027 tiene 28 días"],
            ),
        ),
        (
            "minutes in words",
            with(|v| v["agenda"][0]["minutes"] = json!("ten")),
            false,
            refused(
                &["agenda[0].minutes : vaut \"ten\" : écrivez un nombre entier, par exemple 10"],
                &["agenda[0].minutes: es \"ten\": escriba un número entero, por ejemplo 10"],
            ),
        ),
        (
            "negative minutes",
            with(|v| v["groups"][1]["minutes"] = json!(-3)),
            false,
            refused(
                &[
                    "groups[1].minutes : vaut -3 : écrivez un nombre entier de 1 ou plus, par exemple 10",
                ],
                &["groups[1].minutes: es -3: escriba un número entero de 1 o más, por ejemplo 10"],
            ),
        ),
        (
            "a time of day that does not exist",
            with(|v| v["starts"] = json!("25:00")),
            false,
            refused(
                &[
                    "starts : vaut \"25:00\" : écrivez l'heure entre guillemets sous la forme HH:MM, par exemple \"09:30\"",
                ],
                &[
                    "starts: es \"25:00\": escriba la hora entre comillas como HH:MM, por ejemplo \"09:30\"",
                ],
            ),
        ),
        (
            "an empty title",
            with(|v| v["title"] = json!("  ")),
            false,
            refused(
                &["title : est vide : donnez un titre à la séance"],
                &["title: está vacío: dé un título a la sesión"],
            ),
        ),
        (
            "an item of 0 minutes and two groups named alike",
            with(|v| {
                v["agenda"][0]["minutes"] = json!(0);
                v["groups"][1]["name"] = json!("budget");
            }),
            false,
            refused(
                &[
                    "agenda[0].minutes : vaut 0 : prévoyez au moins une minute",
                    "groups[1].name : reprend le nom de groups[0] « Budget » : chaque groupe doit avoir son propre nom",
                ],
                &[
                    "agenda[0].minutes: es 0: prevea al menos un minuto",
                    "groups[1].name: repite el nombre de groups[0] «Budget»: cada grupo necesita su propio nombre",
                ],
            ),
        ),
        (
            "members as one text, and a missing kind",
            with(|v| {
                v["agenda"][1].as_object_mut().unwrap().remove("kind");
                v["groups"][3]["members"] = json!("Omar Haddad");
            }),
            false,
            refused(
                &[
                    "groups[3].members : vaut \"Omar Haddad\" : écrivez une liste de textes, par exemple [\"premier\", \"second\"]",
                    &format!(
                        "agenda[1].kind : manque : ajoutez \"kind\": \"plenary\" (ou l'un de {KINDS})"
                    ),
                ],
                &[
                    "groups[3].members: es \"Omar Haddad\": escriba una lista de textos, por ejemplo [\"primero\", \"segundo\"]",
                    &format!(
                        "agenda[1].kind: falta: añada \"kind\": \"plenary\" (o uno de {KINDS})"
                    ),
                ],
            ),
        ),
        (
            "the agenda as one object",
            with(|v| v["agenda"] = json!({"title": "Accueil"})),
            false,
            refused(
                &[
                    "agenda : vaut un objet : écrivez une liste d'objets [ { … } ], chacun avec \"title\", \"kind\", \"minutes\"",
                ],
                &[
                    "agenda: es un objeto: escriba una lista de objetos [ { … } ], cada uno con \"title\", \"kind\", \"minutes\"",
                ],
            ),
        ),
        (
            "an empty object",
            b"{}".to_vec(),
            false,
            refused(
                &[
                    "format : manque : un ordre du jour ou une séance plenary commence par \"format\": 1 (voir docs/format.md) ; ajoutez-le s'il s'agit bien de l'un d'eux",
                    "title : manque : ajoutez \"title\": \"…\"",
                    "agenda : manque : ajoutez \"agenda\": [ { … } ]",
                ],
                &[
                    "format: falta: un orden del día o una sesión de plenary empieza con \"format\": 1 (vea docs/format.md); añádalo si es uno de ellos",
                    "title: falta: añada \"title\": \"…\"",
                    "agenda: falta: añada \"agenda\": [ { … } ]",
                ],
            ),
        ),
        (
            "a list where the session belongs",
            b"[1, 2]".to_vec(),
            false,
            refused(
                &[
                    "(le fichier) : contient une liste, pas une séance : une séance est un objet, { \"format\": 1, \"title\": \"…\", \"agenda\": [ … ] }",
                ],
                &[
                    "(el archivo): contiene una lista, no una sesión: una sesión es un objeto, { \"format\": 1, \"title\": \"…\", \"agenda\": [ … ] }",
                ],
            ),
        ),
        (
            "format given twice",
            b"{\"format\": 1, \"format\": 2, \"title\": \"x\", \"agenda\": []}".to_vec(),
            false,
            refused(
                &[
                    "format : figure deux fois dans le même objet (de nouveau ligne 1, colonne 15) : n'en gardez qu'un",
                    "agenda : n'a aucun point : ajoutez-en au moins un",
                ],
                &[
                    "format: aparece dos veces en el mismo objeto (de nuevo en la línea 1, columna 15): conserve solo una",
                    "agenda: no tiene puntos: añada al menos uno",
                ],
            ),
        ),
    ];
    let wrong = wrong_words(&cases);
    assert!(cases.len() >= 15);
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

/// nc13d #1, #3, #8: a null, minutes past any count, a date that reads both ways, one
/// written month first, and a key in single quotes, in French and Spanish.
#[test]
fn nc13d_nulls_ranges_dates_and_quotes_in_french_and_spanish() {
    let cases: Vec<Case> = vec![
        (
            "a null presenter_minutes beside null item minutes",
            with(|v| {
                v["presenter_minutes"] = json!(null);
                v["agenda"][1]["minutes"] = json!(null);
            }),
            false,
            refused(
                &[
                    "presenter_minutes : vaut null : écrivez un nombre de minutes de 1 à 1440, ou retirez-le",
                    "agenda[1].minutes : vaut null : écrivez un nombre de minutes de 1 à 1440",
                ],
                &[
                    "presenter_minutes: es null: escriba un número de minutos del 1 al 1440, o quítelo",
                    "agenda[1].minutes: es null: escriba un número de minutos del 1 al 1440",
                ],
            ),
        ),
        (
            "minutes far past a day",
            with(|v| v["agenda"][0]["minutes"] = json!(99_999_999_999u64)),
            false,
            refused(
                &["agenda[0].minutes : vaut 99999999999 : écrivez un nombre de minutes de 1 à 1440"],
                &["agenda[0].minutes: es 99999999999: escriba un número de minutos del 1 al 1440"],
            ),
        ),
        (
            "a date that reads both ways",
            with(|v| v["date"] = json!("03/04/2027")),
            false,
            refused(
                &[
                    "date : vaut \"03/04/2027\" : lue jour d'abord, c'est le 3 avril 2027 : écrivez \"2027-04-03\" ; si vous vouliez dire le 4 mars 2027, écrivez \"2027-03-04\"",
                ],
                &[
                    "date: es \"03/04/2027\": leída con el día primero es el 3 de abril de 2027, escriba \"2027-04-03\"; si quería decir el 4 de marzo de 2027, escriba \"2027-03-04\"",
                ],
            ),
        ),
        (
            "a date written month first",
            with(|v| v["date"] = json!("04/13/2027")),
            false,
            refused(
                &[
                    "date : vaut \"04/13/2027\" : lue jour d'abord, il n'y a pas de mois 13 ; lue mois d'abord, c'est le 13 avril 2027 : écrivez \"2027-04-13\"",
                ],
                &[
                    "date: es \"04/13/2027\": leída con el día primero, no hay mes 13; leída con el mes primero es el 13 de abril de 2027: escriba \"2027-04-13\"",
                ],
            ),
        ),
        (
            "a key in single quotes",
            b"{'format': 1}".to_vec(),
            false,
            (
                "✗ F:1:2 : le JSON écrit les clés et les textes entre guillemets doubles (\"), pas entre apostrophes (`{'format': 1}`)\n".to_string(),
                "✗ F:1:2: JSON escribe las claves y los textos entre comillas dobles (\"), no simples (`{'format': 1}`)\n".to_string(),
            ),
        ),
    ];
    let wrong = wrong_words(&cases);
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}
