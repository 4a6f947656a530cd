//! Issue 16 (the agenda editor in the room's language): `plenary new`'s list of templates
//! and the editor's screens, forms, questions and lists in French and Spanish, snapshot at
//! 80x24 and 120x40, and at 60x20, 80x24 and 120x40 no word cut or left in English
//! (French and Spanish run 15–30 % longer). The agendas' own words (titles, names) are
//! data and stay as the template wrote them.

mod support;

use std::collections::BTreeSet;

use plenary::editor::Editor;
use plenary::editor::chooser::{Chooser, render as render_chooser};
use plenary::editor::templates::TEMPLATES;
use plenary::i18n::{Lang, scoped};
use plenary::ui::{Theme, ThemeName};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use support::editor::{draw, editor, press, text_of};

/// The editor's states worth seeing, each reached by its keys from the report-back template.
const STATES: [(&str, &str); 14] = [
    ("agenda", ""),
    ("groups", "\t"),
    ("participants", "2"),
    ("details", "d"),
    ("new_item", "a"),
    ("group_form", "\t\r"),
    ("problems", "!"),
    ("quit_unsaved", "+q"),
    ("remove_person", "2x"),
    ("no_fit", "↓↓↓---------"),
    ("refused_minutes", "aTea\t\tabc\r"),
    ("group_out", "\tx"),
    ("help", "?"),
    ("help_people", "2?"),
];

fn states(dir: &std::path::Path) -> Vec<(&'static str, Editor)> {
    let mut out: Vec<(&'static str, Editor)> = STATES
        .iter()
        .map(|(name, keys)| {
            let mut e = editor("report-back", dir);
            press(&mut e, keys);
            (*name, e)
        })
        .collect();
    out.push(("many_problems", many_problems(dir)));
    out.push(("many_problems_listed", {
        let mut e = many_problems(dir);
        press(&mut e, "!");
        e
    }));
    out.push(("import_bad_rows", import_bad_rows(dir)));
    out
}

/// Issue 16 (h16f): an agenda with problems and warnings of many kinds, whose explanations
/// under the Total and in `!` are said in the language.
fn many_problems(dir: &std::path::Path) -> Editor {
    let mut agenda = plenary::editor::templates::find("report-back")
        .unwrap()
        .agenda()
        .unwrap();
    agenda.groups[0].presenter = "Nobody Known".into();
    agenda.groups[1].presenter = String::new();
    let first = agenda.groups[0].name.clone();
    agenda.groups[2].name = first;
    agenda.agenda[0].minutes = 0;
    agenda.starts = chrono::NaiveTime::from_hms_opt(9, 0, 0);
    agenda.ends = chrono::NaiveTime::from_hms_opt(8, 0, 0);
    Editor::new(
        agenda,
        None,
        dir.to_path_buf(),
        false,
        support::editor::at(),
    )
}

/// A spreadsheet with rows of every kind left out, and one kept without its address.
const BAD_ROWS: &str =
    "name,email\nAna,ana@example.org\n,nobody@example.org\nana,\nBen,x at y\n\"Clara\nDara\nEmil\n";

/// Issue 16 (h16f): the rows an import leaves out are said in the language.
/// The file is in a folder of known words, since the message names it: every screen
/// writes the same bytes to it.
fn import_bad_rows(dir: &std::path::Path) -> Editor {
    let folder = std::env::temp_dir().join("plenary-people");
    std::fs::create_dir_all(&folder).unwrap();
    let csv = folder.join("people.csv");
    std::fs::write(&csv, BAD_ROWS).unwrap();
    let mut e = editor("report-back", dir);
    press(&mut e, &format!("2i{}\r", csv.display()));
    e
}

fn chooser(w: u16, h: u16) -> String {
    let theme = Theme::new(ThemeName::HighContrast, false);
    let c = Chooser::new(&theme);
    let mut terminal = Terminal::new(TestBackend::new(w, h)).unwrap();
    terminal
        .draw(|f| render_chooser(&c, &theme, f.area(), f.buffer_mut()))
        .unwrap();
    text_of(&terminal)
}

/// Every screen in `lang` at `w` x `h`: the states are made in the language, as `plenary
/// edit` makes them once it knows it.
fn screens(lang: Lang, w: u16, h: u16) -> Vec<(&'static str, String)> {
    let _lang = scoped(lang);
    let dir = tempfile::tempdir().unwrap();
    let mut out = vec![("templates", chooser(w, h))];
    for (name, e) in states(dir.path()) {
        out.push((name, text_of(&draw(&e, w, h))));
    }
    out
}

#[test]
fn issue16_the_editor_in_each_language_at_80x24_and_120x40() {
    for lang in [Lang::Fr, Lang::Es] {
        for (w, h) in [(80, 24), (120, 40)] {
            let all: String = screens(lang, w, h)
                .into_iter()
                .map(|(name, screen)| format!("── {name}\n{screen}"))
                .collect();
            insta::assert_snapshot!(format!("editor_{lang}_{w}x{h}"), all);
        }
    }
}

/// Runs of letters, each with whether "…" or a box's border follows it (cut on purpose,
/// or an overlay drawn over the screen).
fn words(text: &str) -> Vec<(String, bool)> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if !chars[i].is_alphabetic() {
            i += 1;
            continue;
        }
        let start = i;
        while i < chars.len() && chars[i].is_alphabetic() {
            i += 1;
        }
        let boxed = |c: Option<&char>| c.is_some_and(|c| ('\u{2500}'..='\u{257f}').contains(c));
        let marked = chars.get(i) == Some(&'…')
            || boxed(chars.get(i))
            || boxed(start.checked_sub(1).and_then(|s| chars.get(s)));
        let word: String = chars[start..i].iter().collect();
        out.push((word.to_lowercase(), marked));
    }
    out
}

/// The data's words: its text, not its field names or kinds.
fn strings(v: &serde_json::Value, out: &mut String) {
    match v {
        serde_json::Value::String(s) => {
            out.push(' ');
            out.push_str(s);
        }
        serde_json::Value::Array(a) => a.iter().for_each(|v| strings(v, out)),
        serde_json::Value::Object(o) => o
            .iter()
            .filter(|(k, _)| *k != "kind")
            .for_each(|(_, v)| strings(v, out)),
        _ => {}
    }
}

/// What the program may say in `lang`, what the templates hold, and the names of keys.
fn vocabulary(lang: Lang) -> BTreeSet<String> {
    let source = plenary::i18n::SOURCES
        .iter()
        .find(|(l, _)| *l == lang)
        .map(|(_, s)| *s)
        .unwrap();
    let said: String = source
        .lines()
        .filter(|l| !l.trim_start().starts_with('#'))
        .map(|l| match l.split_once(" = ") {
            Some((id, value)) if !id.starts_with(' ') => value.to_string(),
            _ => l.to_string(),
        })
        .flat_map(|l| {
            l.split(|c: char| c.is_whitespace() || c == '{' || c == '}')
                .filter(|w| !w.starts_with('$') && !w.starts_with('['))
                .map(|w| format!("{w} "))
                .collect::<Vec<_>>()
        })
        .collect();
    let mut known = said;
    for t in TEMPLATES {
        // A template's name is what `plenary new NAME` takes: it stays as it is.
        known.push_str(&format!(" {} ", t.name));
        strings(
            &serde_json::to_value(t.agenda().unwrap()).unwrap(),
            &mut known,
        );
    }
    // What the agenda with problems and the spreadsheet hold: the file's words.
    known.push_str(" Nobody Known ");
    known.push_str(&BAD_ROWS.replace(['@', '.'], " "));
    let folder = std::env::temp_dir().display().to_string();
    known.push_str(&format!(
        " {} plenary people csv ",
        folder.replace('/', " ")
    ));
    // The JSON path of a problem not about one item, group or participant stays as the
    // file writes it (its field's name).
    known.push_str(" title date venue starts ends presenter_minutes ");
    // The details form's languages, each by its own name (nc17 #8).
    known.push_str(" English Français Español ");
    // What the states type.
    for (_, keys) in STATES {
        known.push_str(&format!(" {keys} {} ", keys.get(1..).unwrap_or_default()));
    }
    known.push_str(" Esc Tab Enter Shift Ctrl PgUp PgDn Home End h min a b c d e f g i j k l m n o p q r s t u v w x y z plenary run");
    words(&known).into_iter().map(|(w, _)| w).collect()
}

#[test]
fn issue16_no_editor_word_is_cut_or_left_in_english_at_60x20_80x24_and_120x40() {
    let mut wrong = Vec::new();
    for lang in [Lang::Fr, Lang::Es] {
        let known = vocabulary(lang);
        for (w, h) in [(60, 20), (80, 24), (120, 40)] {
            for (name, screen) in screens(lang, w, h) {
                // The field with the cursor shows its value scrolled to the cursor, as a
                // text box does in every language (English too): that row is not read.
                let read: String = screen
                    .lines()
                    .filter(|l| !l.starts_with("┃›"))
                    .collect::<Vec<_>>()
                    .join("\n");
                let cut: Vec<String> = words(&read)
                    .into_iter()
                    .filter(|(word, marked)| !marked && !known.contains(word))
                    .map(|(word, _)| word)
                    .collect();
                if !cut.is_empty() {
                    wrong.push(format!("{lang} {name} at {w}x{h}: {cut:?}\n{screen}"));
                }
            }
        }
    }
    assert!(
        wrong.is_empty(),
        "words cut or not in the language:\n{}",
        wrong.join("\n")
    );
}

// Issue 16: what the editor says of a file it cannot use is in the language too.
#[test]
fn issue16_a_folder_given_as_the_spreadsheet_is_refused_in_french() {
    let _fr = scoped(Lang::Fr);
    let dir = tempfile::tempdir().unwrap();
    let mut e = editor("report-back", dir.path());
    press(&mut e, "2i/\r");
    let screen = text_of(&draw(&e, 120, 40));
    assert!(
        screen.contains("est un dossier, pas un tableur\u{a0}: donnez le chemin d'un fichier .csv"),
        "{screen}"
    );
}

// nc16 #9 (h16g item 3): the editor's questions take the language's yes key (o for oui,
// s for sí) and say so; y still works.
#[test]
fn nc16_9_the_editors_remove_question_takes_o_in_french_and_s_in_spanish() {
    for (lang, yes) in [(Lang::Fr, 'o'), (Lang::Es, 's'), (Lang::Fr, 'y')] {
        let _lang = scoped(lang);
        let dir = tempfile::tempdir().unwrap();
        let mut e = editor("report-back", dir.path());
        press(&mut e, "2");
        let before = e.app.session.participants.len();
        press(&mut e, "x");
        let asked = text_of(&draw(&e, 80, 24));
        let shown = if yes == 'y' { 'o' } else { yes };
        assert!(
            asked.contains(&format!(" {shown} ")) || asked.contains(&format!(" {shown}:")),
            "{lang}: {asked}"
        );
        press(&mut e, &yes.to_string());
        assert_eq!(e.app.session.participants.len(), before - 1, "{lang} {yes}");
    }
}

// nc16b #12: the plan's kind and minutes columns shifted by a column for each accented
// letter in the row ("Plénière", "Clôture", "Plan de acción"): the title's room was
// counted in bytes. Every item row ends its minutes in the same column.
#[test]
fn nc16b_12_the_plan_columns_hold_with_accented_kinds() {
    use unicode_width::UnicodeWidthStr;
    for lang in [Lang::Fr, Lang::Es, Lang::En] {
        let _lang = scoped(lang);
        let dir = tempfile::tempdir().unwrap();
        for (w, h) in [(60, 20), (80, 24), (120, 40)] {
            let e = editor("report-back", dir.path());
            let screen = text_of(&draw(&e, w, h));
            let ends: BTreeSet<usize> = screen
                .lines()
                .filter_map(|l| {
                    // An item row: its number, its start time, …, its minutes.
                    let mut words = l.trim_start_matches(['›', ' ']).split_whitespace();
                    let number = words.next()?.chars().all(|c| c.is_ascii_digit());
                    let time = words.next()?.contains(':');
                    let at = l.find(" min")?;
                    (number && time).then(|| l[..at].width())
                })
                .collect();
            assert_eq!(ends.len(), 1, "{lang} {w}x{h}: {ends:?}\n{screen}");
        }
    }
}
