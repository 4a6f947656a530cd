//! The agenda editor (issue 13, "a facilitator with no agenda yet"), driven by its keys
//! without a terminal: what each key does to the agenda, what is saved, and how the screen
//! looks at 80x24, 60x20 and 120x40 with Vietnamese, French and Chinese names.

mod support;

use chrono::FixedOffset;
use plenary::domain::{ItemKind, Session};
use plenary::editor::templates;
use plenary::editor::{Editor, Screen};
use plenary::ui::Ctx;
use plenary::ui::{Theme, ThemeName};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use support::editor::{at, draw, editor, press, t0, text_of};

/// Snapshots at the three sizes; returns the texts.
fn sizes(name: &str, e: &Editor) -> Vec<String> {
    [(80, 24), (60, 20), (120, 40)]
        .into_iter()
        .map(|(w, h)| {
            let terminal = draw(e, w, h);
            insta::assert_snapshot!(format!("editor_{name}_{w}x{h}"), terminal.backend());
            text_of(&terminal)
        })
        .collect()
}

/// Issue 13: a fourth group with a presenter picked from the participants, an item's
/// minutes changed, saved: the file holds it, reads back, and `check` finds nothing.
#[test]
fn issue_13_a_fourth_group_with_a_suggested_presenter_is_saved_and_checks_clean() {
    let dir = tempfile::tempdir().unwrap();
    let mut e = editor("report-back", dir.path());
    assert_eq!(e.app.session.groups.len(), 3);
    // Tab to the groups, a adds one: name, topic, then the presenter from suggestions.
    press(&mut e, "\ta");
    press(&mut e, "Budget tracking\tWhere the money went\tFat");
    assert_eq!(e.suggestions(), vec!["Fatou Sow".to_string()]);
    press(&mut e, "↓\r");
    press(&mut e, "\tAmi");
    press(&mut e, "↓\r");
    press(&mut e, "\r");
    assert!(e.form.is_none(), "saved: {:?}", e.flash);
    let g = &e.app.session.groups[3];
    assert_eq!(g.presenter, "Fatou Sow");
    assert_eq!(g.members, vec!["Amina Diallo".to_string()]);
    // Back to the agenda, down to the report-back, a minute less: four presenters no
    // longer fit, and the schedule says so, live.
    press(&mut e, "\t↓↓↓-");
    let screen = text_of(&draw(&e, 120, 40));
    assert!(screen.contains("report-back 19 min, 4 presentations 20 min"));
    assert!(
        screen.contains("⚠ item 4 “Report-back from the groups” minutes: is 19"),
        "{screen}"
    );
    press(&mut e, "++++++");
    let screen = text_of(&draw(&e, 120, 40));
    assert!(
        screen.contains("Total 2 h 10 of 2 h 15 (09:00–11:15)"),
        "{screen}"
    );
    assert!(
        screen.contains("4 10:05  Report-back from the groups"),
        "{screen}"
    );
    assert!(!screen.contains('⚠'), "{screen}");
    assert!(screen.contains("report-back 25 min, 4 presentations 20 min ✓"));
    press(&mut e, "w");
    let file = e.file.clone().expect("named from the title");
    assert_eq!(
        file,
        dir.path()
            .join("putting-the-monitoring-results-to-work.json")
    );
    let flash = e.flash.clone().unwrap().0;
    assert_eq!(flash, format!("Saved ✓ {}", file.display()));
    assert!(!e.unsaved());
    let saved: Session =
        plenary::store::load::parse(&file, &std::fs::read_to_string(&file).unwrap()).unwrap();
    assert!(saved.live.is_none());
    assert_eq!(saved.groups.len(), 4);
    assert_eq!(saved.agenda[3].minutes, 25);
    assert!(saved.problems().is_empty(), "{:?}", saved.problems());
    assert!(saved.advice().is_empty(), "{:?}", saved.advice());
    press(&mut e, "q");
    assert!(e.finished(), "saved: q quits without asking");
}

/// Issue 13: q with changes not saved asks; n keeps editing, w saves and quits.
#[test]
fn issue_13_quitting_with_unsaved_changes_asks_and_w_saves_on_the_way_out() {
    let dir = tempfile::tempdir().unwrap();
    let mut e = editor("blank", dir.path());
    press(&mut e, "q");
    assert!(!e.finished() && e.ask.is_some(), "a new agenda is unsaved");
    press(&mut e, "n");
    assert!(!e.finished() && e.ask.is_none());
    press(&mut e, "qw");
    assert!(e.finished());
    assert!(dir.path().join("new-workshop.json").exists());
}

/// Issue 13: details, participants, an item's kind and prompts, and a group taken out are
/// all in the saved file, in running order.
#[test]
fn issue_13_every_field_of_the_agenda_is_edited_and_saved() {
    let dir = tempfile::tempdir().unwrap();
    let mut e = editor("blank", dir.path());
    // Details: title, date, venue, presenter minutes.
    press(&mut e, "d");
    press(&mut e, &"⌫".repeat("New workshop".chars().count()));
    press(
        &mut e,
        "Hội thảo 2027\t2027-03-31\tHà Nội\t9.00\t9h05\t⌫4\r",
    );
    assert!(
        e.form.is_none(),
        "{:?}",
        e.form.as_ref().map(|f| f.form.error())
    );
    assert_eq!(e.app.session.title, "Hội thảo 2027");
    assert_eq!(e.app.session.presenter_minutes, 4);
    assert_eq!(
        e.app.session.starts,
        chrono::NaiveTime::from_hms_opt(9, 0, 0)
    );
    // The opening's ten minutes do not fit in five: the schedule says so, as check would.
    let screen = text_of(&draw(&e, 120, 40));
    assert!(
        screen.contains("Total 10 min of 5 min (09:00–09:05)"),
        "{screen}"
    );
    assert!(
        screen.contains("⚠ ends: is 09:05, but the items take 10 minutes"),
        "{screen}"
    );
    assert!(screen.contains(" 1 09:00  Opening"), "{screen}");
    press(&mut e, "d\t\t\t\t⌫⌫⌫⌫⌫12:00");
    let terminal = draw(&e, 60, 20);
    insta::assert_snapshot!("editor_details_60x20", terminal.backend());
    press(&mut e, "\r");
    let screen = text_of(&draw(&e, 120, 40));
    assert!(!screen.contains('⚠'), "{screen}");
    // A participant.
    press(
        &mut e,
        "2a王小明\tMinistry of Water\tGovernment\twang@example.org\r",
    );
    assert_eq!(e.app.session.participants[0].email, "wang@example.org");
    // The opening becomes a report-back with prompts: with no groups to present, run would
    // refuse it, so it is not saved, and says why (issue 13, a newcomer's finding 1).
    press(&mut e, "1\r\tr\t\tOne point; another\r");
    assert_eq!(
        e.app.session.agenda[0].prompts,
        vec!["One point".to_string(), "another".to_string()]
    );
    assert_eq!(e.app.session.agenda[0].kind, ItemKind::Presentations);
    assert_eq!(e.screen, Screen::Plan);
    press(&mut e, "w");
    let said = text_of(&draw(&e, 120, 40));
    assert!(said.contains("NOT SAVED"), "{said}");
    assert!(
        e.file.as_ref().is_none_or(|f| !f.exists()),
        "nothing written"
    );
    // A closing instead: saved.
    press(&mut e, "\r\tc\r");
    assert_eq!(e.app.session.agenda[0].kind, ItemKind::Closing);
    press(&mut e, "w");
    let file = e.file.clone().unwrap();
    let text = std::fs::read_to_string(&file).unwrap();
    assert!(text.contains("\"email\": \"wang@example.org\""), "{text}");
    assert!(text.contains("\"date\": \"2027-03-31\""), "{text}");
    assert!(text.contains("\"starts\": \"09:00\""), "{text}");
    assert!(text.contains("\"ends\": \"12:00\""), "{text}");
}

/// Issue 13: the editor at three sizes, with wide characters: the plan, a group form with
/// names offered, the participants.
#[test]
fn issue_13_editor_screens_at_three_sizes_with_wide_characters() {
    let dir = tempfile::tempdir().unwrap();
    let mut e = editor("peer-learning", dir.path());
    let plan = sizes("plan", &e);
    for text in &plan {
        assert!(text.contains("AGENDA EDITOR"), "{text}");
        assert!(text.contains("not saved"), "{text}");
    }
    assert!(plan[2].contains("Report-back"), "{}", plan[2]);
    assert!(plan[2].contains("0:35"), "start times: {}", plan[2]);
    press(&mut e, "\ta水资源 2\t\t王");
    let form = sizes("group_form", &e);
    assert!(form[2].contains("王小明"), "{}", form[2]);
    press(&mut e, "⎋y2");
    let people = sizes("participants", &e);
    assert!(people[2].contains("Nguyễn Thị Hương"), "{}", people[2]);
    // The smallest sizes: laid out at 40x12, asked for more room below it.
    assert!(text_of(&draw(&e, 40, 12)).contains("AGENDA EDITOR"));
    assert!(text_of(&draw(&e, 39, 11)).contains("Terminal too small"));
    // The largest size checked without a snapshot: everything there, nothing cut.
    let wide = text_of(&draw(&e, 200, 60));
    assert!(
        wide.contains("水利部 Ministry of Water Resources"),
        "{wide}"
    );
    assert!(wide.contains("q quit"), "{wide}");
    press(&mut e, "1");
    let wide = text_of(&draw(&e, 200, 60));
    assert!(wide.contains("Peer-learning exchange on using monitoring results · no date"));
    assert!(
        wide.contains("3 水资源 Water & Sanitation · 王小明"),
        "{wide}"
    );
}

/// Issue 13: a group taken out before the session is said in the editor's words (not the
/// live "absent"), is left out when saved, and comes back with x; Ctrl-C in a form asks
/// before typed text goes, like Esc; the keys overlay lists the editor's keys.
#[test]
fn issue_13_groups_taken_out_ctrl_c_in_a_form_and_the_keys_overlay() {
    let dir = tempfile::tempdir().unwrap();
    let mut e = editor("short-plenary", dir.path());
    press(&mut e, "\tx");
    let said = e.flash.clone().unwrap().0;
    assert_eq!(
        said,
        "“Data gaps” taken out: it is left out when saved (x puts it back)"
    );
    let screen = text_of(&draw(&e, 80, 24));
    assert!(screen.contains("taken out"), "{screen}");
    assert!(!screen.contains("absent"), "{screen}");
    assert_eq!(e.agenda().groups.len(), 1);
    press(&mut e, "x");
    assert_eq!(e.agenda().groups.len(), 2);

    press(&mut e, "aLate");
    let mut effects = Vec::new();
    let ctrl_c = KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL);
    e.on_key(ctrl_c, at(), &mut effects);
    // Ctrl-C asks before quitting, as in run and review (recheck NEW-11).
    assert_eq!(
        e.ask,
        Some(plenary::editor::Ask::QuitDiscardingForm),
        "asks first"
    );
    press(&mut e, "n");
    assert_eq!(
        e.form
            .as_ref()
            .unwrap()
            .value(plenary::editor::forms::F::Name),
        "Late"
    );
    // Esc asks to discard the typed text, and y closes the form only.
    press(&mut e, "⎋y");
    assert!(e.form.is_none());
    assert!(!e.finished());

    press(&mut e, "?");
    let terminal = draw(&e, 80, 24);
    insta::assert_snapshot!("editor_help_80x24", terminal.backend());
    let screen = text_of(&terminal);
    assert!(screen.contains("In the editor (1), the groups"), "{screen}");
    press(&mut e, "?");
    assert!(!e.help);
}

/// Issue 13: the list of templates `plenary new` opens on, at 80x24 and 60x20: every
/// template named with what it starts from, the first selected.
#[test]
fn issue_13_the_list_of_templates() {
    let theme = Theme::new(ThemeName::HighContrast, false);
    for (w, h) in [(80, 24), (60, 20)] {
        let mut terminal = Terminal::new(TestBackend::new(w, h)).unwrap();
        terminal
            .draw(|f| {
                let chooser = plenary::editor::chooser::Chooser::new(&theme);
                plenary::editor::chooser::render(&chooser, &theme, f.area(), f.buffer_mut())
            })
            .unwrap();
        insta::assert_snapshot!(format!("editor_templates_{w}x{h}"), terminal.backend());
        let screen = text_of(&terminal);
        for t in templates::TEMPLATES {
            assert!(screen.contains(t.name), "{}: {screen}", t.name);
        }
        assert!(screen.contains("› report-back"), "{screen}");
    }
}

/// Issue 13: an item added and one taken out with the console's own plan form and
/// question; participants read from a spreadsheet in the editor, bad rows named.
#[test]
fn issue_13_items_added_and_taken_out_and_participants_imported_in_the_editor() {
    let dir = tempfile::tempdir().unwrap();
    let mut e = editor("blank", dir.path());
    press(&mut e, "aPause café\tbb\t15\r");
    assert!(e.app.form.is_none(), "{:?}", e.flash);
    let agenda = e.agenda();
    assert_eq!(agenda.agenda.len(), 2);
    assert_eq!(agenda.agenda[1].title, "Pause café");
    assert_eq!(agenda.agenda[1].kind, ItemKind::Break);
    assert_eq!(e.flash.clone().unwrap().0, "Item added");
    press(&mut e, "↑x");
    let screen = text_of(&draw(&e, 80, 24));
    assert!(
        screen.contains("the file keeps it until you save"),
        "{screen}"
    );
    press(&mut e, "y");
    assert_eq!(e.agenda().agenda.len(), 1);
    assert_eq!(e.agenda().agenda[0].title, "Pause café");

    let csv = dir.path().join("people.csv");
    std::fs::write(
        &csv,
        "name,organisation,email\nLê Thị Thu,Bộ Tài chính,thu@example.org\n,No name,x@example.org\n",
    )
    .unwrap();
    press(&mut e, "2i");
    press(&mut e, &format!("{}\r", csv.display()));
    let (said, bad) = e.flash.clone().unwrap();
    assert!(bad, "a row was left out: {said}");
    assert!(said.starts_with("1 participant added from"), "{said}");
    assert!(said.contains("line 3"), "{said}");
    assert_eq!(e.app.session.participants[0].email, "thu@example.org");
    // Read twice, nobody is listed twice.
    press(&mut e, &format!("i{}\r", csv.display()));
    assert_eq!(e.app.session.participants.len(), 1);
}

/// Issue 13: a file changed on disk since the editor opened it (another editor, a hand
/// edit) is not replaced by w without a word: the first w says so, the second replaces it.
#[test]
fn issue_13_a_file_changed_on_disk_is_not_replaced_silently() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("mine.json");
    let agenda = templates::blank();
    let bytes = plenary::store::save::to_json(&agenda);
    std::fs::write(&file, &bytes).unwrap();
    let mut e = Editor::new(agenda, Some(file.clone()), dir.path().into(), true, at());
    e.disk = Some(bytes);
    assert!(!e.unsaved());
    let by_hand = b"{\"changed\": \"by hand\"}".to_vec();
    std::fs::write(&file, &by_hand).unwrap();
    press(&mut e, "+w");
    let (said, bad) = e.flash.clone().unwrap();
    assert!(
        bad && said.contains("changed on disk since it was opened"),
        "{said}"
    );
    assert_eq!(std::fs::read(&file).unwrap(), by_hand);
    assert!(e.unsaved());
    press(&mut e, "w");
    assert_eq!(
        e.flash.clone().unwrap().0,
        format!("Saved ✓ {}", file.display())
    );
    assert!(
        std::fs::read_to_string(&file)
            .unwrap()
            .contains("\"minutes\": 11")
    );
    // Saved here since: a further w needs no second press.
    press(&mut e, "+w");
    assert!(e.flash.clone().unwrap().0.starts_with("Saved ✓"));
}

/// Issue 13, one set of screens: the console's live plan form for a late group offers the
/// participants as presenters with the editor's suggestion code and keys.
#[test]
fn issue_13_a_late_group_in_the_live_console_gets_its_presenter_from_the_participants() {
    let text = std::fs::read_to_string("sessions/monitoring-results-workshop.json").unwrap();
    let mut s: Session = serde_json::from_str(&text).unwrap();
    s.begin_live("live".into(), None, t0());
    let me = plenary::domain::Author {
        name: "amina".into(),
        uid: None,
    };
    let mut app = plenary::app::App::new(s, me, "/tmp/s.json".into());
    let key = |app: &mut plenary::app::App, code: KeyCode| {
        app.on_key(KeyEvent::new(code, KeyModifiers::NONE), at());
    };
    for code in [KeyCode::Char('5'), KeyCode::Tab, KeyCode::Char('a')] {
        key(&mut app, code);
    }
    for c in "Late\tFat".chars() {
        key(
            &mut app,
            if c == '\t' {
                KeyCode::Tab
            } else {
                KeyCode::Char(c)
            },
        );
    }
    let Some(plenary::app::Form::Plan(f)) = &app.form else {
        panic!("no plan form");
    };
    let names: Vec<String> = app
        .session
        .participants
        .iter()
        .map(|p| p.name.clone())
        .collect();
    assert_eq!(f.presenter_matches(&names), vec!["Fatou Sow".to_string()]);
    let theme = Theme::new(ThemeName::HighContrast, false);
    let ctx = Ctx {
        now: t0(),
        offset: FixedOffset::east_opt(3600).unwrap(),
        theme: &theme,
    };
    let mut terminal = Terminal::new(TestBackend::new(80, 24)).unwrap();
    terminal
        .draw(|f| plenary::ui::render(&app, &ctx, f.area(), f.buffer_mut()))
        .unwrap();
    assert!(
        text_of(&terminal).contains("Fatou Sow"),
        "{}",
        text_of(&terminal)
    );
    key(&mut app, KeyCode::Down);
    key(&mut app, KeyCode::Enter);
    key(&mut app, KeyCode::Enter);
    assert!(app.form.is_none(), "{:?}", app.flash);
    assert_eq!(app.session.groups[3].presenter, "Fatou Sow");
}
