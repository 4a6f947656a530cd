//! The small four-group agenda the `plenary check` tables make their deliberate mistakes in
//! (tests/check_mistakes.rs in English, tests/check_mistakes_languages.rs in French and
//! Spanish), and what `check` says of it.

use serde_json::{Value, json};

/// A valid agenda with accents, Vietnamese and Chinese names and a per-group override.
pub fn agenda() -> Value {
    json!({
        "format": 1,
        "title": "Échange entre pairs",
        "date": "2027-03-31",
        "presenter_minutes": 5,
        "participants": [
            {"name": "Hélène Dubois"}, {"name": "Nguyễn Thị Hương"}, {"name": "王小明"},
            {"name": "Omar Haddad"}
        ],
        "groups": [
            {"name": "Budget", "presenter": "Hélène Dubois"},
            {"name": "Données", "presenter": "Nguyễn Thị Hương", "minutes": 3},
            {"name": "水资源 Water & Sanitation", "presenter": "王小明"},
            {"name": "Santé", "members": ["Omar Haddad"], "presenter": "Omar Haddad"}
        ],
        "agenda": [
            {"title": "Accueil", "kind": "plenary", "minutes": 10},
            {"title": "Groupes", "kind": "breakout", "minutes": 30},
            {"title": "Restitution", "kind": "presentations", "minutes": 20}
        ]
    })
}

/// The agenda with `change` made to it, as a file would hold it.
pub fn with(change: impl FnOnce(&mut Value)) -> Vec<u8> {
    let mut v = agenda();
    change(&mut v);
    serde_json::to_vec_pretty(&v).unwrap()
}

/// What `plenary --lang LANG check` prints for a file holding `bytes`, its path shown as
/// `F`, and whether it passed. The language is always given, so a developer's locale does
/// not change the words.
pub fn check_in(lang: &str, bytes: &[u8]) -> (String, bool) {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("agenda.json");
    std::fs::write(&file, bytes).unwrap();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_plenary"))
        .args(["--lang", lang, "check"])
        .arg(&file)
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    (
        text.replace(file.to_str().unwrap(), "F"),
        out.status.success(),
    )
}
