//! Issue 16, item 1: every catalogue has every message the English one has and no other,
//! every message is used by the program, and every message the program asks for exists.

use std::collections::BTreeSet;
use std::path::Path;

use plenary::i18n::{Lang, SOURCES, keys};

fn english() -> BTreeSet<String> {
    keys(SOURCES[0].1)
        .expect("en.ftl parses")
        .into_iter()
        .collect()
}

fn rust_sources(dir: &Path, out: &mut Vec<String>) {
    for entry in std::fs::read_dir(dir).expect("src is readable") {
        let path = entry.expect("entry").path();
        if path.is_dir() {
            rust_sources(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            let text = std::fs::read_to_string(&path).expect("a source file");
            // Comments show the macro with made-up keys; only code counts.
            let code: Vec<&str> = text
                .lines()
                .filter(|l| !l.trim_start().starts_with("//"))
                .collect();
            out.push(code.join("\n"));
        }
    }
}

fn sources() -> String {
    let mut all = Vec::new();
    rust_sources(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src"), &mut all);
    all.join("\n")
}

/// The first string literal after each `tr!(` (after `in LANG;` when given) and each
/// `msg!(` (a message id a keymap keeps as data, said when drawn).
fn asked_for(code: &str) -> BTreeSet<String> {
    code.match_indices("tr!(")
        .chain(code.match_indices("msg!("))
        .filter_map(|(at, _)| {
            let rest = &code[at..];
            let start = rest.find('"')? + 1;
            let end = start + rest[start..].find('"')?;
            Some(rest[start..end].to_string())
        })
        .filter(|k| !k.is_empty() && k.chars().all(|c| c.is_ascii_lowercase() || c == '-'))
        .collect()
}

#[test]
fn every_catalogue_has_exactly_the_english_messages() {
    let en = english();
    assert!(!en.is_empty());
    for (lang, source) in SOURCES {
        let list = keys(source).unwrap_or_else(|e| panic!("{lang}.ftl does not parse: {e}"));
        let theirs: BTreeSet<String> = list.iter().cloned().collect();
        assert_eq!(theirs.len(), list.len(), "{lang}.ftl names a message twice");
        let missing: Vec<_> = en.difference(&theirs).collect();
        let extra: Vec<_> = theirs.difference(&en).collect();
        assert!(missing.is_empty(), "{lang}.ftl lacks {missing:?}");
        assert!(
            extra.is_empty(),
            "{lang}.ftl has messages English lacks: {extra:?}"
        );
    }
    assert_eq!(SOURCES.map(|(l, _)| l), Lang::ALL);
}

#[test]
fn every_message_is_used_and_every_one_used_exists() {
    let en = english();
    let code = sources();
    // The grammar's descriptions (cli.ftl) are asked for by a key made from the command and
    // the argument; `cargo test --bin plenary cli_words` checks them against src/cli.rs.
    let grammar: BTreeSet<String> = keys(include_str!("../locales/en/cli.ftl"))
        .expect("cli.ftl parses")
        .into_iter()
        .collect();
    let unused: Vec<_> = en
        .iter()
        .filter(|k| !grammar.contains(*k) && !code.contains(&format!("\"{k}\"")))
        .collect();
    assert!(unused.is_empty(), "messages no code uses: {unused:?}");
    let unknown: Vec<_> = asked_for(&code)
        .into_iter()
        .filter(|k| !en.contains(k))
        .collect();
    assert!(
        unknown.is_empty(),
        "messages asked for that en.ftl lacks: {unknown:?}"
    );
}

#[test]
fn every_message_formats_in_every_language_without_a_hole() {
    // Each message with every variable the catalogues use filled in: nothing left as
    // "{$name}" and no key shown in place of a message.
    let mut vars: Vec<String> = SOURCES
        .iter()
        .flat_map(|(_, source)| source.split('$').skip(1))
        .map(|rest| {
            rest.chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == '-')
                .collect::<String>()
        })
        .filter(|v| !v.is_empty())
        .collect();
    vars.sort();
    vars.dedup();
    for lang in Lang::ALL {
        for key in english() {
            let args: Vec<(&str, plenary::i18n::Arg)> = vars
                .iter()
                .map(|v| (v.as_str(), plenary::i18n::Arg::Number(2)))
                .collect();
            let text = plenary::i18n::text(lang, &key, &args);
            assert!(!text.contains('{') && text != key, "{lang} {key}: {text}");
        }
    }
}

// nc16 #8: "4 engagements issu d'une séance": the participle agrees with the commitments,
// not with the sessions.
#[test]
fn french_agreement_follows_the_commitments_not_the_sessions() {
    use plenary::i18n::{Arg, text};
    let said = |count: i64, sessions: i64| {
        text(
            Lang::Fr,
            "report-as-of",
            &[
                ("date", Arg::from("26 novembre 2026")),
                ("count", Arg::Number(count)),
                ("sessions", Arg::Number(sessions)),
                ("counts", Arg::from("…")),
            ],
        )
    };
    assert!(
        said(4, 1).contains("4 engagements issus d'une séance"),
        "{}",
        said(4, 1)
    );
    assert!(
        said(1, 1).contains("1 engagement issu d'une séance"),
        "{}",
        said(1, 1)
    );
    assert!(
        said(1, 3).contains("1 engagement issu de 3 séances"),
        "{}",
        said(1, 3)
    );
}
