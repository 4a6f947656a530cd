//! Issue 16 (h16f, nc16 #2): a file `plenary check` cannot read at all is said in French
//! and Spanish too, the operating system's reason in the user's words and without
//! "(os error 2)". The mistakes inside a file are tests/check_mistakes_languages.rs.

/// What `plenary --lang LANG check PATH` prints for a path that is not a file's (`F`).
fn check_path(lang: &str, path: &std::path::Path) -> String {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_plenary"))
        .args(["--lang", lang, "check"])
        .arg(path)
        .output()
        .unwrap();
    String::from_utf8(out.stdout)
        .unwrap()
        .replace(path.to_str().unwrap(), "F")
}

// Issue 16 (h16f, nc16 #2): a file that cannot be read at all is said in the language too,
// the operating system's reason in the user's words and without "(os error 2)".
#[test]
fn issue_16_files_check_cannot_read_are_said_in_french_and_spanish() {
    let cases: Vec<(&str, Vec<u8>, &str, &str)> = vec![
        (
            "a newer format",
            br#"{"format": 7, "title": "x", "agenda": []}"#.to_vec(),
            "✗ F : écrit au format 7, alors que ce plenary lit au plus le format 1 ; mettez plenary à jour pour l'ouvrir (le fichier n'a pas été modifié)\n",
            "✗ F: escrito en el formato 7, pero este plenary lee como máximo el formato 1; actualice plenary para abrirlo (el archivo no se ha tocado)\n",
        ),
        (
            "a file cut off",
            b"{\"format\": 1,\n  \"title\": \"x\",\n  \"agenda\": [".to_vec(),
            "✗ F:3:13 : le fichier s'arrête trop tôt (tronqué ?) : fin du fichier au milieu d'une liste\n",
            "✗ F:3:13: el archivo termina antes de tiempo (¿cortado?): el archivo termina dentro de una lista\n",
        ),
        (
            "not UTF-8",
            b"{\"format\": 1,\n \"title\": \"caf\xe9\"}".to_vec(),
            "✗ F:2:15 : le fichier n'est plus du texte UTF-8 à partir d'ici : enregistrez-le en UTF-8\n",
            "✗ F:2:15: el archivo deja de ser texto UTF-8 aquí: guárdelo como UTF-8\n",
        ),
        (
            "a comment",
            b"{\"format\": 1, // first\n \"title\": \"x\", \"agenda\": []}".to_vec(),
            "✗ F:1:15 : le JSON n'admet pas de commentaires : retirez celui-ci (`{\"format\": 1, // first`)\n",
            "✗ F:1:15: JSON no admite comentarios: quítelo (`{\"format\": 1, // first`)\n",
        ),
        (
            "an empty file",
            b"  \n".to_vec(),
            "✗ F : le fichier est vide (a-t-il été coupé pendant une copie ?)\n",
            "✗ F: el archivo está vacío (¿se cortó al copiarlo?)\n",
        ),
    ];
    let mut wrong = Vec::new();
    for (what, bytes, fr, es) in &cases {
        for (lang, expected) in [("fr", fr), ("es", es)] {
            let dir = tempfile::tempdir().unwrap();
            let file = dir.path().join("agenda.json");
            std::fs::write(&file, bytes).unwrap();
            let said = check_path(lang, &file);
            if said != *expected {
                wrong.push(format!(
                    "{lang} {what}:\n  expected {expected:?}\n  got      {said:?}"
                ));
            }
        }
    }
    let dir = tempfile::tempdir().unwrap();
    let nope = dir.path().join("nope.json");
    for (lang, path, expected) in [
        (
            "fr",
            &nope,
            "✗ F : lecture impossible : ce fichier ou dossier n'existe pas\n",
        ),
        (
            "es",
            &nope,
            "✗ F: no se puede leer: no existe ese archivo o carpeta\n",
        ),
        ("en", &nope, "✗ F: cannot read: No such file or directory\n"),
        (
            "fr",
            &dir.path().to_path_buf(),
            "✗ F : est un dossier, pas un fichier de séance\n",
        ),
        (
            "es",
            &dir.path().to_path_buf(),
            "✗ F: es una carpeta, no un archivo de sesión\n",
        ),
    ] {
        let said = check_path(lang, path);
        if said != expected {
            wrong.push(format!(
                "{lang} {path:?}:\n  expected {expected:?}\n  got      {said:?}"
            ));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}
