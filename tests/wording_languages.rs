//! Issue 16, item 8 (nc16 #8): wrong or awkward French and Spanish — each slip the newcomer
//! read, said right in the catalogues, and French punctuation (a space before ":", ";", "?"
//! and "!") kept everywhere the program writes it.

use plenary::i18n::{Lang, SOURCES};
use plenary::report::document::{Block, Document};
use plenary::tr;

#[test]
fn issue16_nc16_8_the_written_outcome_is_a_compte_rendu() {
    let said = |lang| {
        let what = tr!(in lang; "export-outcome");
        tr!(in lang; "said-written", what = what, path = "a.md")
    };
    assert!(
        said(Lang::Fr).starts_with("Compte rendu écrit : a.md"),
        "{}",
        said(Lang::Fr)
    );
    assert!(
        said(Lang::Es).starts_with("Documento final escrito: a.md"),
        "{}",
        said(Lang::Es)
    );
}

#[test]
fn issue16_nc16_8_the_queue_and_the_summary_say_it_plainly() {
    let queue = tr!(in Lang::Fr; "queue-heading", status = "reste 20:00");
    assert_eq!(queue, "Ordre de passage · reste 20:00");
    // The group that is up, its presenter not started yet: "now", as the Spanish says.
    assert_eq!(tr!(in Lang::Fr; "queue-now"), "▶ maintenant");
    assert_eq!(tr!(in Lang::Es; "queue-now"), "▶ ahora");
    assert_eq!(tr!(in Lang::Fr; "summary-over"), "dépassement");
    // Tab switches between one at a time and a page: "Tab un / page" read as a typo.
    assert_eq!(tr!(in Lang::Fr; "footer-one-page"), "un par un / par page");
    assert_eq!(
        tr!(in Lang::Es; "footer-one-page"),
        "uno a uno / por página"
    );
}

#[test]
fn issue16_nc16_8_one_commitment_is_singular_in_the_read_back() {
    let page = |lang| tr!(in lang; "readback-page", page = 1, pages = 1, shown = "1", count = 1);
    assert!(
        page(Lang::Fr).ends_with("engagement 1 sur 1"),
        "{}",
        page(Lang::Fr)
    );
    assert!(
        page(Lang::Es).ends_with("compromiso 1 de 1"),
        "{}",
        page(Lang::Es)
    );
    let many = tr!(in Lang::Fr; "readback-page", page = 1, pages = 2, shown = "1–8", count = 12);
    assert!(many.ends_with("engagements 1–8 sur 12"), "{many}");
}

/// Each message of `lang`'s catalogue as written (its lines after "=", and the variants).
fn messages(lang: Lang) -> Vec<&'static str> {
    SOURCES
        .iter()
        .find(|(l, _)| *l == lang)
        .map(|(_, s)| *s)
        .unwrap()
        .lines()
        .filter(|l| !l.trim_start().starts_with('#') && !l.trim().is_empty())
        .collect()
}

#[test]
fn issue16_nc16_8_the_facilitator_is_a_person() {
    for (lang, wrong) in [
        (Lang::Fr, ["l'animation", "L'animation"]),
        (Lang::Es, ["la facilitación", "La facilitación"]),
    ] {
        for line in messages(lang) {
            for w in wrong {
                assert!(!line.contains(w), "{lang}: {line}");
            }
        }
    }
    let joined = |lang| tr!(in lang; "client-joined-as", role = "note-taker");
    assert_eq!(joined(Lang::Es), "Conectado para tomar notas");
    assert_eq!(joined(Lang::Fr), "Connecté pour prendre des notes");
    assert_eq!(
        tr!(in Lang::En; "client-joined-as", role = "note-taker"),
        "Joined as note-taker"
    );
}

#[test]
fn issue16_nc16_8_the_filter_line_and_the_footer_read_as_words() {
    let of = tr!(in Lang::Fr; "board-of", shown = "4", all = "4");
    let line = format!(
        "{of}{}",
        tr!(in Lang::Fr; "board-session", title = "Putting")
    );
    assert!(!line.contains("4 sur 4 séance"), "{line}");
    let of = tr!(in Lang::Es; "board-of", shown = "4", all = "4");
    let line = format!(
        "{of}{}",
        tr!(in Lang::Es; "board-session", title = "Putting")
    );
    assert!(!line.contains("4 de 4 sesión"), "{line}");
    assert!(!tr!(in Lang::Fr; "review-footer-due-within").ends_with(" sous"));
}

#[test]
fn issue16_nc16_8_one_percentage_form_per_language() {
    assert_eq!(tr!(in Lang::Fr; "percent-value", percent = 0), "0 %");
    assert_eq!(tr!(in Lang::Es; "percent-value", percent = 8), "8 %");
    assert_eq!(tr!(in Lang::En; "percent-value", percent = 8), "8%");
    let counts = tr!(in Lang::Fr; "report-counts", counts = "1 fait", percent = 0);
    assert!(counts.contains("(0 % réalisés)"), "{counts}");
}

#[test]
fn issue16_nc16_8_french_puts_a_space_before_its_colon_in_what_the_program_writes() {
    assert_eq!(
        tr!(in Lang::Fr; "news-commitment", id = "C4", what = "Convocar"),
        "C4 : Convocar"
    );
    assert_eq!(
        tr!(in Lang::Es; "news-commitment", id = "C4", what = "Convocar"),
        "C4: Convocar"
    );
    let doc = |lang| Document {
        blocks: vec![Block::Labelled("Academia".into(), "Lina Haddad".into())],
        lang,
    };
    let fr = plenary::report::markdown::write(&doc(Lang::Fr));
    assert!(fr.contains("**Academia** : Lina Haddad"), "{fr}");
    let es = plenary::report::markdown::write(&doc(Lang::Es));
    assert!(es.contains("**Academia**: Lina Haddad"), "{es}");
    assert_eq!(tr!(in Lang::Fr; "doc-parts-separator"), " ; ");
}

/// French typography: ":", ";", "?" and "!" follow a space (a URL's "://", a time's "09:30",
/// a JSON example's `"format": 1` and a key's "Ctrl-C" are not punctuation).
#[test]
fn issue16_nc16_8_every_french_message_spaces_its_punctuation() {
    let mut wrong = Vec::new();
    for line in messages(Lang::Fr) {
        let value = match line.split_once(" = ") {
            Some((id, value)) if !id.starts_with(' ') => value,
            _ => line,
        };
        let chars: Vec<char> = value.chars().collect();
        for (i, c) in chars.iter().enumerate() {
            if !matches!(c, ':' | ';' | '?' | '!') || i == 0 {
                continue;
            }
            let before = chars[i - 1];
            let after = chars.get(i + 1).copied();
            let time = before.is_ascii_digit() && after.is_some_and(|a| a.is_ascii_digit());
            let url = *c == ':' && after == Some('/');
            let spaced = before == ' ' || before == '\u{a0}' || before == '\u{202f}';
            // `{" "}:` puts the space in a placeable.
            let head = &value[..value.char_indices().nth(i).map_or(0, |(b, _)| b)];
            let placed = head.ends_with("{\" \"}") || head.ends_with("{ \" \" }");
            // A JSON example keeps JSON's colon ("format": 1); a file position is
            // path:line:column; a separator shown as a character is not punctuation.
            let json = *c == ':' && before == '"';
            let position = *c == ':' && before == '}' && after == Some('{');
            let shown = *c == ';' && (before == '(' || before == ';' || after == Some(';'));
            let pattern =
                before.is_ascii_uppercase() && after.is_some_and(|a| a.is_ascii_uppercase());
            // A selector's "->" and a variant's "*[" are syntax; a run of "?" or "!" too.
            let syntax = before == '?' || before == '!' || before == '`';
            if !(time || url || spaced || placed || syntax || json || position || shown || pattern)
            {
                wrong.push(line.to_string());
                break;
            }
        }
    }
    assert!(
        wrong.is_empty(),
        "no space before the punctuation:\n{}",
        wrong.join("\n")
    );
}
