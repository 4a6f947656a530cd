//! Issue 13, what was still open in the agenda editor after the newcomers' re-check, one
//! test per item of the brief: the details form marks every wrong field at once and wraps
//! its reasons, the Total never ticks an agenda `run` would refuse, a renamed participant
//! carries to the groups, a bad spreadsheet path keeps its form, the 60-column footer keeps
//! add and remove, an added item has prompts, members are not offered twice, and warnings
//! name items as people see them.

mod support;

use plenary::editor::forms::F;
use plenary::editor::{Editor, templates};
use plenary::ui::editor::schedule_lines;
use support::editor::{at, draw, editor, press, press_ctrl, text_of};

/// The screen's text with the box's edges and runs of spaces taken out, so a reason
/// wrapped over rows reads as one line.
fn flat(screen: &str) -> String {
    let mut out = String::new();
    for line in screen.lines() {
        let inner = line.trim().trim_matches('┃').trim();
        out.push_str(inner);
        out.push(' ');
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Issue 13 item 2: an empty title, an impossible date and a start at 25:00 are all marked
/// by one Enter, each under its field, in full at 80x24 and 60x20.
#[test]
fn issue_13_item_2_the_details_form_marks_every_wrong_field_at_once() {
    let dir = tempfile::tempdir().unwrap();
    let mut e = editor("peer-learning", dir.path());
    press(&mut e, "d");
    press_ctrl(&mut e, 'u');
    press(&mut e, "\t");
    press_ctrl(&mut e, 'u');
    press(&mut e, "2027-0228\t\t");
    press_ctrl(&mut e, 'u');
    press(&mut e, "25:00\r");
    let form = &e.form.as_ref().expect("the form stays open").form;
    for field in [F::Title, F::Date, F::Starts] {
        assert!(form.error_at(field).is_some(), "{field:?} not marked");
    }
    assert_eq!(form.focus, F::Title, "the first wrong field has the focus");
    let date = form.error_at(F::Date).unwrap().to_string();
    for (w, h) in [(80, 24), (60, 20), (120, 40)] {
        let terminal = draw(&e, w, h);
        insta::assert_snapshot!(
            format!("details_every_wrong_field_{w}x{h}"),
            terminal.backend()
        );
        let screen = text_of(&terminal);
        let shown = flat(&screen);
        assert!(
            shown.contains(&format!("✗ {date}")),
            "{w}x{h}: the reason is cut: {date}\n{screen}"
        );
        assert!(shown.contains("a title is needed"), "{w}x{h}\n{screen}");
        assert!(
            shown.contains("“25:00” is not a time of day"),
            "{w}x{h}\n{screen}"
        );
    }
}

/// Issue 13 item 2: an end before the start is refused in the form, not saved as a
/// 22-hour workshop.
#[test]
fn issue_13_item_2_ends_before_starts_is_refused_in_the_form() {
    let dir = tempfile::tempdir().unwrap();
    let mut e = editor("report-back", dir.path());
    press(&mut e, "d\t\t\t");
    press_ctrl(&mut e, 'u');
    press(&mut e, "09:00\t");
    press_ctrl(&mut e, 'u');
    press(&mut e, "07:00\r");
    let form = &e.form.as_ref().expect("refused").form;
    let why = form.error_at(F::Ends).expect("beside Ends by");
    assert!(why.contains("before it starts"), "{why}");
    assert_eq!(
        e.agenda().ends,
        templates::find("report-back")
            .unwrap()
            .agenda()
            .unwrap()
            .ends
    );
}

/// Issue 13 item 2: with every group taken out, the report-back has nobody to present:
/// the Total line has no ✓ and says what `plenary run` would refuse.
#[test]
fn issue_13_item_2_the_total_has_no_tick_while_run_would_refuse_the_agenda() {
    let dir = tempfile::tempdir().unwrap();
    let mut e = editor("short-plenary", dir.path());
    press(&mut e, "\tx↓x");
    assert!(e.agenda().groups.is_empty());
    let lines = schedule_lines(&e.app.session, 80);
    let all: Vec<&str> = lines.iter().map(|(l, _)| l.as_str()).collect();
    assert!(!all.iter().any(|l| l.contains('✓')), "{all:?}");
    let text = flat(&all.join("\n"));
    assert!(text.contains("no groups to present"), "{all:?}");
    assert!(
        text.contains("Report-back"),
        "named as people see it: {all:?}"
    );
}

/// Issue 13 item 3: an agenda `run` would refuse opens in the editor, its problem shown.
#[test]
fn issue_13_item_3_an_agenda_run_would_refuse_opens_with_its_problem_shown() {
    let dir = tempfile::tempdir().unwrap();
    let mut agenda = templates::find("short-plenary").unwrap().agenda().unwrap();
    agenda.groups.clear();
    assert!(!agenda.problems().is_empty());
    let e = Editor::new(agenda, None, dir.path().into(), true, at());
    let screen = text_of(&draw(&e, 80, 24));
    assert!(flat(&screen).contains("no groups to present"), "{screen}");
    assert!(!screen.contains("min ✓"), "{screen}");
}

/// Issue 13 item 4: a participant renamed in the editor stays the presenter and member
/// they were; a presenter who is a member but not a participant is warned.
#[test]
fn issue_13_item_4_a_rename_carries_to_presenters_and_members() {
    let dir = tempfile::tempdir().unwrap();
    let mut e = editor("peer-learning", dir.path());
    let who = "王小明";
    let person = e
        .app
        .session
        .participants
        .iter()
        .position(|p| p.name == who)
        .unwrap();
    let before: Vec<usize> = (0..e.agenda().groups.len())
        .filter(|g| e.agenda().groups[*g].presenter == who)
        .collect();
    assert!(!before.is_empty(), "the fixture has 王小明 presenting");
    press(&mut e, "2");
    press(&mut e, &"↓".repeat(person));
    press(&mut e, "\r");
    press_ctrl(&mut e, 'u');
    press(&mut e, "Wang Xiaoming\r");
    let agenda = e.agenda();
    for g in before {
        assert_eq!(agenda.groups[g].presenter, "Wang Xiaoming");
        assert!(!agenda.groups[g].members.iter().any(|m| m == who));
    }
    assert!(
        !agenda
            .groups
            .iter()
            .any(|g| g.members.iter().any(|m| m == who)),
        "members renamed too"
    );
    assert!(agenda.advice().is_empty(), "{:?}", agenda.advice());

    let mut ghost = agenda.clone();
    ghost.groups[0].presenter = "Nobody Atall".into();
    ghost.groups[0].members.push("Nobody Atall".into());
    let advice = ghost.advice();
    assert!(
        advice
            .iter()
            .any(|p| p.path == "groups[0].presenter"
                && p.why.to_string().contains("not a participant")),
        "{advice:?}"
    );
}

/// Issue 13 item 4: Ctrl-U in the group form's Minutes empties the field: "12h", Ctrl-U,
/// "7" saves 7 minutes, not 127.
#[test]
fn issue_13_item_4_ctrl_u_empties_the_group_minutes() {
    let dir = tempfile::tempdir().unwrap();
    let mut e = editor("report-back", dir.path());
    press(&mut e, "\t\r\t\t\t\t\t12h");
    press_ctrl(&mut e, 'u');
    press(&mut e, "7\r");
    assert!(e.form.is_none(), "{:?}", e.flash);
    assert_eq!(e.agenda().groups[0].minutes, Some(7));
}

/// Issue 13 item 5: a spreadsheet path that cannot be read keeps the form open with the
/// reason under the field, the path said once; what is typed next goes into the field.
/// Every row left out is said with its line.
#[test]
fn issue_13_item_5_a_bad_spreadsheet_path_keeps_the_form() {
    let dir = tempfile::tempdir().unwrap();
    let mut e = editor("blank", dir.path());
    let missing = dir.path().join("nothere.csv");
    press(&mut e, &format!("2i{}\r", missing.display()));
    let form = e.form.as_ref().expect("the form stays open");
    let why = form
        .form
        .error_at(F::File)
        .expect("beside the field")
        .to_string();
    assert!(why.contains("No such file"), "{why}");
    assert!(
        !why.contains("nothere.csv"),
        "the path is in the field already: {why}"
    );
    let screen = text_of(&draw(&e, 80, 24));
    assert_eq!(screen.matches("nothere.csv").count(), 1, "{screen}");
    assert!(
        screen.contains("✗ cannot read it: No such file"),
        "{screen}"
    );
    let people = e.app.session.participants.len();
    press(&mut e, "many.csv");
    assert_eq!(e.app.session.participants.len(), people);
    assert!(
        e.form
            .as_ref()
            .unwrap()
            .value(F::File)
            .ends_with("many.csv")
    );

    let csv = dir.path().join("many.csv");
    let mut rows = String::from("name,email\n");
    for n in 1..=15 {
        rows.push_str(&format!("\"\",p{n}@example.org\n"));
    }
    rows.push_str("Good,g@example.org\n");
    std::fs::write(&csv, rows).unwrap();
    press_ctrl(&mut e, 'u');
    press(&mut e, &format!("{}\r", csv.display()));
    assert!(e.form.is_none());
    let (said, _) = e.flash.clone().unwrap();
    for line in 2..=16 {
        assert!(
            said.contains(&format!("line {line}:")),
            "line {line}: {said}"
        );
    }
    assert_eq!(e.app.session.participants.len(), 1);
    for (w, h) in [(80, 24), (120, 40)] {
        let screen = flat(&text_of(&draw(&e, w, h)));
        assert!(screen.contains("line 16: no name"), "{w}x{h}: {screen}");
    }
    assert!(e.said_at_exit.iter().any(|s| s.contains("line 16")));
}

/// Issue 13 item 7: at 60 columns the editor's footer keeps a add and x remove.
#[test]
fn issue_13_item_7_the_narrow_footer_keeps_add_and_remove() {
    let dir = tempfile::tempdir().unwrap();
    let mut e = editor("peer-learning", dir.path());
    for screen in ["", "\t", "2"] {
        press(&mut e, screen);
        let text = text_of(&draw(&e, 60, 20));
        let footer = text.lines().last().unwrap().to_string();
        assert!(footer.contains("a add"), "{footer}");
        assert!(
            footer.contains("x remove") || footer.contains("x out / back"),
            "{footer}"
        );
        assert!(footer.contains("q quit"), "{footer}");
    }
}

/// Issue 13 item 7: the form that adds an item has Prompts, as the one that edits it.
#[test]
fn issue_13_item_7_an_added_item_has_prompts() {
    let dir = tempfile::tempdir().unwrap();
    let mut e = editor("blank", dir.path());
    press(&mut e, "a");
    for (w, h) in [(80, 24), (60, 20), (120, 40)] {
        let terminal = draw(&e, w, h);
        insta::assert_snapshot!(format!("add_item_{w}x{h}"), terminal.backend());
        let screen = text_of(&terminal);
        assert!(screen.contains("Prompts"), "{w}x{h}\n{screen}");
    }
    press(
        &mut e,
        "Tour de table\t\t12\tQui êtes-vous ?; 你来自哪里？\r",
    );
    let agenda = e.agenda();
    let item = agenda.agenda.last().unwrap();
    assert_eq!(item.title, "Tour de table");
    assert_eq!(item.minutes, 12);
    assert_eq!(item.prompts, ["Qui êtes-vous ?", "你来自哪里？"]);
}

/// Issue 13, left out at the last stop (a kind hidden behind "…" is a kind nobody picks):
/// the item form shows every kind at 80x24 and 60x20, in each language, wrapped on whole
/// words over more rows when one row is too narrow, and the fields under it stay in sight.
#[test]
fn issue_13_every_kind_is_in_sight_in_the_item_form_at_80x24_and_60x20() {
    use plenary::domain::ItemKind;
    use plenary::i18n::{Lang, scoped};
    for lang in [Lang::En, Lang::Fr, Lang::Es] {
        let _lang = scoped(lang);
        let dir = tempfile::tempdir().unwrap();
        let mut e = editor("blank", dir.path());
        press(&mut e, "a");
        for (w, h) in [(80, 24), (60, 20)] {
            let screen = text_of(&draw(&e, w, h));
            for kind in ItemKind::ALL {
                let word = plenary::i18n::keys::kind_label(kind);
                assert!(
                    screen.contains(&format!(" {word} ")) || screen.contains(&format!("[{word}]")),
                    "{lang:?} {w}x{h}: {word} is not in sight\n{screen}"
                );
            }
            for field in [F::Minutes, F::Prompts] {
                assert!(
                    screen.contains(&field.label()),
                    "{lang:?} {w}x{h}\n{screen}"
                );
            }
        }
    }
}

/// Issue 13 item 7: a group's members are not offered again under Members.
#[test]
fn issue_13_item_7_members_are_not_offered_twice() {
    let dir = tempfile::tempdir().unwrap();
    let mut e = editor("peer-learning", dir.path());
    let g = e
        .agenda()
        .groups
        .iter()
        .position(|g| g.members.iter().any(|m| m == "张丽"))
        .expect("张丽 is a member in the fixture");
    press(&mut e, "\t");
    press(&mut e, &"↓".repeat(g));
    press(&mut e, "\r\t\t\t");
    let mut effects = Vec::new();
    e.on_key(
        ratatui::crossterm::event::KeyEvent::new(
            ratatui::crossterm::event::KeyCode::End,
            ratatui::crossterm::event::KeyModifiers::NONE,
        ),
        at(),
        &mut effects,
    );
    press(&mut e, ", 张");
    assert!(
        !e.suggestions().contains(&"张丽".to_string()),
        "{:?}",
        e.suggestions()
    );
}

/// Issue 13 item 7: the editor's warnings name the item as the screen numbers it, with its
/// title, not only a JSON path counted from 0.
#[test]
fn issue_13_item_7_warnings_name_items_for_people() {
    let dir = tempfile::tempdir().unwrap();
    let mut e = editor("report-back", dir.path());
    let report = e
        .agenda()
        .agenda
        .iter()
        .position(|i| i.kind == plenary::domain::ItemKind::Presentations)
        .unwrap();
    press(&mut e, &"↓".repeat(report));
    press(&mut e, &"-".repeat(15));
    let title = e.agenda().agenda[report].title.clone();
    let lines = schedule_lines(&e.app.session, 120);
    let text: Vec<&str> = lines.iter().map(|(l, _)| l.as_str()).collect();
    let text = text.join(" ");
    assert!(
        text.contains(&format!("item {} “{title}”", report + 1)),
        "{text}"
    );
    assert!(!text.contains(&format!("agenda[{report}]")), "{text}");
}

/// Issue 13 item 6: the list of templates behaves as the launcher, the other first screen:
/// ? shows its keys, Esc says there is nothing to go back to (and does not quit), a stray
/// key says which keys work, and the footer offers exactly those keys.
#[test]
fn issue_13_item_6_the_template_list_has_help_and_a_true_esc() {
    use plenary::editor::chooser::{Chooser, render};
    use plenary::ui::{Theme, ThemeName};
    use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
    let theme = Theme::new(ThemeName::HighContrast, false);
    let key = |c: KeyCode| KeyEvent::new(c, KeyModifiers::NONE);
    let screen = |chooser: &Chooser, w: u16, h: u16| {
        let mut terminal =
            ratatui::Terminal::new(ratatui::backend::TestBackend::new(w, h)).unwrap();
        terminal
            .draw(|f| render(chooser, &theme, f.area(), f.buffer_mut()))
            .unwrap();
        text_of(&terminal)
    };
    let mut c = Chooser::new(&theme);
    c.on_key(&key(KeyCode::Esc));
    assert!(c.choice.is_none(), "Esc does not quit");
    for (w, h) in [(80, 24), (60, 20), (120, 40)] {
        let text = flat(&screen(&c, w, h));
        assert!(text.contains("nothing to go back to"), "{w}x{h}: {text}");
        assert!(text.contains("? help"), "{w}x{h}: {text}");
    }
    c.on_key(&key(KeyCode::Char('x')));
    assert!(
        c.message
            .as_deref()
            .unwrap()
            .starts_with("x does nothing here")
    );
    c.on_key(&key(KeyCode::Char('?')));
    assert!(c.help);
    let text = screen(&c, 80, 24);
    assert!(text.contains("Choosing a template"), "{text}");
    c.on_key(&key(KeyCode::Esc));
    assert!(!c.help && c.choice.is_none());
    c.on_key(&key(KeyCode::Down));
    c.on_key(&key(KeyCode::Enter));
    assert_eq!(c.choice.unwrap().unwrap().name, "peer-learning");
    let mut q = Chooser::new(&theme);
    q.on_key(&key(KeyCode::Char('q')));
    assert_eq!(q.choice.map(|c| c.is_none()), Some(true), "q leaves");
}

/// Issue 13 item 6: the empty folder's words name every template built in.
#[test]
fn issue_13_item_6_the_empty_folder_names_every_template() {
    let said = plenary::launcher::nothing_yet();
    for t in templates::TEMPLATES {
        assert!(said.contains(t.name), "{}: {said}", t.name);
    }
}

/// Issue 13 item 8: two agendas of one title are told apart by their files' names, at
/// 80, 60 and 120 columns.
#[test]
fn issue_13_item_8_the_launcher_shows_each_agendas_file() {
    let dir = tempfile::tempdir().unwrap();
    let agenda = templates::find("peer-learning").unwrap().agenda().unwrap();
    let bytes = plenary::store::save::to_json(&agenda);
    std::fs::write(dir.path().join("a6.json"), &bytes).unwrap();
    std::fs::write(dir.path().join("hội-thảo-2027.json"), &bytes).unwrap();
    let none = dir.path().join("none");
    let entries = plenary::launcher::discover(dir.path(), &none);
    assert_eq!(entries.len(), 2);
    let theme = plenary::ui::Theme::new(plenary::ui::ThemeName::HighContrast, false);
    let launcher = plenary::launcher::Launcher::new(&entries, &theme);
    for (w, h) in [(80, 24), (60, 20), (120, 40)] {
        let mut terminal =
            ratatui::Terminal::new(ratatui::backend::TestBackend::new(w, h)).unwrap();
        terminal
            .draw(|f| plenary::ui::launcher::render(&launcher, &theme, f.area(), f.buffer_mut()))
            .unwrap();
        let text = text_of(&terminal);
        assert!(text.contains("a6.json"), "{w}x{h}\n{text}");
        assert!(text.contains("hội-thảo-2027.json"), "{w}x{h}\n{text}");
    }
}

/// nc17 #2: Ctrl-C at "Discard what you typed?" with unsaved changes in the agenda asked
/// about them with the form already thrown away, so n went back to the list without the
/// typed text. Now it asks about both, and n goes back to the form as it was.
#[test]
fn nc17_2_ctrl_c_at_the_discard_prompt_keeps_the_form_until_the_quit_is_sure() {
    let dir = tempfile::tempdir().unwrap();
    let mut e = editor("peer-learning", dir.path());
    press(&mut e, "\r");
    press(&mut e, " — mot de bienvenue\r");
    assert!(e.unsaved());
    press(&mut e, "\r");
    press(&mut e, " encore");
    press(&mut e, "⎋");
    assert!(e.form.as_ref().is_some_and(|f| f.form.discarding));
    press_ctrl(&mut e, 'c');
    assert!(!e.finished());
    let screen = text_of(&draw(&e, 80, 24));
    assert!(screen.contains("throw away the open form"), "{screen}");
    press(&mut e, "n");
    assert!(!e.finished());
    let form = e.form.as_ref().expect("the form is still open");
    assert!(
        form.value(F::Title).ends_with("mot de bienvenue encore"),
        "{}",
        form.value(F::Title)
    );
}

/// nc17 #7: at 80x24 the editor's footer keeps d (the details, where a missing title or an
/// unreadable date is set) and q in every language, and q at 60x20; whole hints only.
#[test]
fn nc17_7_the_footer_keeps_details_and_quit_in_every_language() {
    use plenary::i18n::{Lang, scoped};
    for lang in [Lang::En, Lang::Fr, Lang::Es] {
        let _lang = scoped(lang);
        let dir = tempfile::tempdir().unwrap();
        let e = editor("peer-learning", dir.path());
        let details = format!("d {}", plenary::tr!("footer-details"));
        let quit = format!("q {}", plenary::tr!("footer-quit"));
        let screen = text_of(&draw(&e, 80, 24));
        let footer = screen.lines().last().unwrap();
        assert!(footer.contains(&details), "{lang:?} 80x24: {footer}");
        assert!(footer.contains(&quit), "{lang:?} 80x24: {footer}");
        let screen = text_of(&draw(&e, 60, 20));
        let footer = screen.lines().last().unwrap();
        assert!(footer.contains(&quit), "{lang:?} 60x20: {footer}");
    }
}

/// nc17 #8: the agenda's language is a field of the details form: an agenda made without one
/// and edited in French is recorded as French once the details are saved (so `plenary run`
/// speaks it), and a language chosen there is written to the file.
#[test]
fn nc17_8_the_details_form_records_the_agendas_language() {
    use plenary::i18n::{Lang, scoped};
    let dir = tempfile::tempdir().unwrap();
    let mut e = editor("peer-learning", dir.path());
    assert_eq!(e.agenda().language(), None);
    {
        let _fr = scoped(Lang::Fr);
        press(&mut e, "d");
        let screen = text_of(&draw(&e, 80, 24));
        assert!(screen.contains("[Français]"), "{screen}");
        press(&mut e, "\r");
    }
    assert_eq!(e.agenda().language(), Some(Lang::Fr));
    // Chosen in the form: Español, the next after Français.
    press(&mut e, "d\t\t\t\t\t\t");
    let form = e.form.as_ref().expect("the details form");
    assert_eq!(form.form.focus, F::Language, "{:?}", form.form.focus);
    press(&mut e, " \r");
    assert_eq!(e.agenda().language(), Some(Lang::Es));
}

/// Issue 16 in the details form: in French the date is read in French ("31 mars 2027") and
/// a date it cannot read is said in French, with no English example appended.
#[test]
fn issue16_the_details_date_is_read_and_refused_in_french() {
    use plenary::i18n::{Lang, scoped};
    let _fr = scoped(Lang::Fr);
    let dir = tempfile::tempdir().unwrap();
    let mut e = editor("peer-learning", dir.path());
    press(&mut e, "d\t");
    press_ctrl(&mut e, 'u');
    press(&mut e, "31 mars 2027");
    let form = e.form.as_ref().unwrap();
    let day = chrono::NaiveDate::from_ymd_opt(2026, 11, 26).unwrap();
    assert_eq!(
        form.date_understood(day).as_deref(),
        Some("→ mercredi 31 mars 2027")
    );
    press(&mut e, "\r");
    assert_eq!(
        e.agenda().date.map(|d| d.to_string()).as_deref(),
        Some("2027-03-31")
    );
    let header = text_of(&draw(&e, 120, 40));
    assert!(
        header.contains("31 mars 2027"),
        "the header's date in French\n{header}"
    );
    press(&mut e, "d\t");
    press_ctrl(&mut e, 'u');
    press(&mut e, "le jour du bilan\r");
    let said = text_of(&draw(&e, 120, 40));
    assert!(said.contains("le jour du bilan"), "{said}");
    assert!(!said.contains("e.g."), "{said}");
    assert!(!said.contains("try"), "{said}");
}

/// nc17 #7: at 60x20 in French and Spanish the header keeps the file's name in sight (the
/// heading and the path go first), beside "not saved".
#[test]
fn nc17_7_the_narrow_header_keeps_the_files_name() {
    use plenary::i18n::{Lang, scoped};
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("atelier-bujumbura.json");
    let agenda = plenary::editor::templates::find("peer-learning")
        .unwrap()
        .agenda()
        .unwrap();
    for lang in [Lang::En, Lang::Fr, Lang::Es] {
        let _lang = scoped(lang);
        let e = plenary::editor::Editor::new(
            agenda.clone(),
            Some(path.clone()),
            dir.path().to_path_buf(),
            false,
            support::editor::at(),
        );
        for (w, h) in [(60, 20), (80, 24)] {
            let screen = text_of(&draw(&e, w, h));
            let head = screen.lines().next().unwrap();
            assert!(
                head.contains("atelier-bujumbura.json"),
                "{lang:?} {w}x{h}: {head}"
            );
            assert!(
                head.contains(&plenary::tr!("editor-unsaved")),
                "{lang:?} {w}x{h}: {head}"
            );
        }
    }
}

/// nc17b #1: Ctrl-C at "changes not saved: w saves, y quits" (or twice in a form) quit and
/// threw the changes away, with no file to find them in. It now quits as a stop does: the
/// changes go to a new "… unsaved" file beside the agenda, and the editor says where.
#[test]
fn nc17b_1_ctrl_c_at_the_quit_question_keeps_the_changes_in_a_new_file() {
    let dir = tempfile::tempdir().unwrap();
    let mut e = editor("peer-learning", dir.path());
    press(&mut e, "q");
    assert_eq!(e.ask, Some(plenary::editor::Ask::QuitUnsaved));
    press_ctrl(&mut e, 'c');
    assert!(e.finished());
    let rescued = match &e.rescued {
        Some(Ok(path)) => path.clone(),
        other => panic!("no rescue: {other:?}"),
    };
    assert!(rescued.starts_with(dir.path()), "{}", rescued.display());
    assert!(plenary::store::load(&rescued).is_ok());
    // Twice in a form: the same.
    let dir = tempfile::tempdir().unwrap();
    let mut e = editor("peer-learning", dir.path());
    press(&mut e, "\rZZ");
    press_ctrl(&mut e, 'c');
    press_ctrl(&mut e, 'c');
    assert!(e.finished());
    assert!(matches!(&e.rescued, Some(Ok(_))), "{:?}", e.rescued);
}

/// nc17b #2: `check` says of a participant listed twice "remove one"; removing one entry in
/// the editor also took the person out of the groups they present and belong to. The other
/// entry stays, so their groups keep them, the question does not say otherwise, and the
/// names offered under a field list them once.
#[test]
fn nc17b_2_removing_one_of_two_entries_keeps_the_person_in_their_groups() {
    let dir = tempfile::tempdir().unwrap();
    let mut e = editor("peer-learning", dir.path());
    let presenter = e.app.session.groups[0].presenter.clone();
    assert!(!presenter.is_empty());
    let twin = e
        .app
        .session
        .participants
        .iter()
        .find(|p| p.name == presenter)
        .cloned()
        .expect("the presenter is a participant");
    e.app.session.participants.push(twin);
    let last = e.app.session.participants.len();
    press(&mut e, "2");
    for _ in 1..last {
        press(&mut e, "↓");
    }
    press(&mut e, "x");
    let said = text_of(&draw(&e, 120, 40));
    assert!(!said.contains("presents group"), "{said}");
    press(&mut e, "y");
    assert_eq!(e.app.session.participants.len(), last - 1);
    assert_eq!(
        e.app.session.groups[0].presenter, presenter,
        "the group keeps its presenter"
    );
    // Offered once under a name field.
    press(&mut e, "1\t\r\t\t");
    press_ctrl(&mut e, 'u');
    let first_word: String = presenter.chars().take(3).collect();
    press(&mut e, &first_word);
    let offered = e.suggestions();
    assert_eq!(
        offered.iter().filter(|n| **n == presenter).count(),
        1,
        "{offered:?}"
    );
}

/// nc17b #6: in the editor a form's Enter puts it into the agenda; the file is written by w.
/// Its hint says "apply" ("valider", "aplicar"), not "save", while the header says not saved.
#[test]
fn nc17b_6_a_forms_enter_says_apply_in_the_editor() {
    use plenary::i18n::{Lang, scoped};
    for (lang, words) in [
        (Lang::En, "Enter apply"),
        (Lang::Fr, "Entrée valider"),
        (Lang::Es, "Intro aplicar"),
    ] {
        let _lang = scoped(lang);
        let dir = tempfile::tempdir().unwrap();
        let mut e = editor("peer-learning", dir.path());
        press(&mut e, "\r");
        let screen = text_of(&draw(&e, 100, 30));
        assert!(screen.contains(words), "{lang:?}\n{screen}");
    }
}
