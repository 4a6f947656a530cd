//! The keymaps, held to what they say (issue 11): no binding is hidden behind another; every
//! binding is in its screen's help overlay; every key a help overlay lists does something a
//! person sees when pressed where it applies; and the README's key tables are the keymaps'.

mod support;

use chrono::{Duration, NaiveDate, TimeZone, Utc};
use plenary::app::keys::{Action, HELP_SECTIONS, KEYMAP, Scope, View};
use plenary::app::{App, Effect};
use plenary::domain::*;
use plenary::keymap::{Key, Keymap, markdown_table};

fn t0() -> chrono::DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 26, 9, 0, 0).unwrap()
}

fn at(second: i64) -> Moment {
    Moment {
        now: t0() + Duration::seconds(second),
        today: NaiveDate::from_ymd_opt(2026, 11, 26).unwrap(),
    }
}

fn me() -> Author {
    Author {
        name: "Facilitator".into(),
        uid: None,
    }
}

fn screen(app: &App, second: i64, width: u16, height: u16) -> String {
    support::console::console_text(app, at(second).now, width, height, true)
}

/// Every keymap of the program, checked the same way.
fn no_binding_hidden<
    A: Copy + PartialEq + std::fmt::Debug,
    S: Copy + PartialEq + std::fmt::Debug,
>(
    name: &str,
    map: &Keymap<A, S>,
) {
    for b in map.0 {
        for key in b.keys {
            let found = map.binding(&[b.scope], &key.event()).unwrap();
            assert!(
                std::ptr::eq(found, b),
                "{name}: {:?} in {:?} goes to {:?}, not {:?} as its help says",
                key,
                b.scope,
                found.action,
                b.action
            );
        }
    }
}

#[test]
fn no_binding_is_hidden_behind_another_in_any_keymap() {
    no_binding_hidden("console", &KEYMAP);
    no_binding_hidden("note-taker", &plenary::app::client_keys::CLIENT_KEYMAP);
    no_binding_hidden("viewer", &plenary::app::client_keys::VIEWER_KEYMAP);
    no_binding_hidden("review", &plenary::review::keys::KEYMAP);
    no_binding_hidden("launcher", &plenary::launcher::KEYMAP);
    no_binding_hidden("templates", &plenary::editor::chooser::KEYMAP);
    no_binding_hidden("forms", &plenary::form::KEYMAP);
    no_binding_hidden("owner suggestions", &plenary::app::form::SUGGESTION_KEYS);
    no_binding_hidden("help", &plenary::keymap::HELP_KEYS);
}

/// A console on the example workshop, started and moved to `item`.
fn console(item: usize) -> App {
    let text = std::fs::read_to_string("sessions/monitoring-results-workshop.json").unwrap();
    let mut s: Session = serde_json::from_str(&text).unwrap();
    s.begin_live("keys".into(), None, t0());
    let mut app = App::new(s, me(), "keys.json".into());
    app.apply(Op::StartSession, at(0)).unwrap();
    if item > 0 {
        app.apply(Op::GoToItem { item }, at(1)).unwrap();
    }
    app
}

/// A console where `scope`'s keys apply, for the action about to be pressed.
fn where_it_applies(scope: Scope, action: Action) -> App {
    let mut app = match scope {
        Scope::Start => {
            let text =
                std::fs::read_to_string("sessions/monitoring-results-workshop.json").unwrap();
            let mut s: Session = serde_json::from_str(&text).unwrap();
            s.begin_live("keys".into(), None, t0());
            App::new(s, me(), "keys.json".into())
        }
        Scope::Timer => console(3),
        Scope::Breakout => console(1),
        Scope::FollowUp => follow_up(),
        Scope::Commitments | Scope::People | Scope::Running | Scope::Everywhere | Scope::Always => {
            console(0)
        }
        Scope::Notes | Scope::Note => console(0),
        Scope::PlanItems | Scope::PlanGroups | Scope::Picker => console(0),
        Scope::ReadBack => console(0),
        Scope::Closing => console(5),
        Scope::Summary => {
            let mut app = console(5);
            app.apply(Op::EndSession, at(2)).unwrap();
            app
        }
    };
    for (what, owner) in [
        ("Brief the committee", "Parliament"),
        ("Map donors", "UNDP"),
    ] {
        let draft = CommitmentDraft {
            what: what.into(),
            owner: owner.into(),
            deadline: NaiveDate::from_ymd_opt(2027, 3, 31).unwrap(),
            anchor: Anchor {
                item: 0,
                group: None,
            },
            past_deadline_confirmed: false,
        };
        if app.started() {
            app.apply(
                Op::AddCommitment {
                    draft,
                    written: None,
                },
                at(2),
            )
            .unwrap();
        }
    }
    if app.started() {
        for text in [
            "Parliament wants the figures by region",
            "Donors will co-fund",
        ] {
            let anchor = app.anchor();
            app.apply(
                Op::AddNote {
                    written: None,
                    text: text.into(),
                    anchor,
                },
                at(2),
            )
            .unwrap();
        }
    }
    if let Some(h) = app.host_mut() {
        h.people = vec![
            (1, "Amina · note-taker".into()),
            (2, "Omar · note-taker".into()),
        ];
    }
    match scope {
        Scope::Commitments => app.view = View::Commitments,
        Scope::People => app.view = View::People,
        // The first note selected, so ↓ has somewhere to go.
        Scope::Notes | Scope::Note => {
            app.view = View::Notes;
            app.selection.note = Some(0);
        }
        Scope::ReadBack => app.view = View::ReadBack,
        // Items still to come and a group to move, so every plan key has something to do.
        Scope::PlanItems => {
            app.view = View::Plan;
            app.selection.plan_item = 2;
        }
        Scope::PlanGroups => {
            app.view = View::Plan;
            app.selection.plan_pane = plenary::app::PlanPane::Groups;
            app.selection.plan_group = 1;
        }
        Scope::Picker => {
            app.view = View::Commitments;
            app.picker = Some(plenary::app::Picker {
                id: "C1".into(),
                places: (0..3).map(|item| Anchor { item, group: None }).collect(),
                index: 1,
            });
        }
        _ => {}
    }
    // Where the action can show itself: something to go back from, to move up to.
    match action {
        Action::Back | Action::ShowStage => app.view = View::Notes,
        Action::Up | Action::PageUp | Action::First => {
            app.selection.commitment = 1;
            app.selection.person = 1;
            app.selection.note = Some(1);
        }
        Action::PrevItem => {
            let _ = app.apply(Op::GoToItem { item: 1 }, at(3));
        }
        // S steps back, so the selected commitment has a step to go back from.
        Action::CycleStatusBack => {
            if let Some(id) = app
                .session
                .live
                .as_ref()
                .and_then(|l| l.commitments.get(app.selection.commitment))
                .map(|c| c.id.clone())
            {
                let status = Op::SetStatus {
                    id,
                    status: Status::InProgress,
                    note: None,
                    base_revision: None,
                };
                let _ = app.apply(status, at(3));
            }
        }
        _ => {}
    }
    app
}

/// A follow-up dialogue on the example, on its follow-up item.
fn follow_up() -> App {
    let text = std::fs::read_to_string("sessions/short-plenary.json").unwrap();
    let mut s: Session = serde_json::from_str(&text).unwrap();
    let earlier: Session = serde_json::from_str(
        &std::fs::read_to_string("sessions/2026-06-18-monitoring-results-workshop.json").unwrap(),
    )
    .unwrap();
    let carried = plenary::domain::carry::carried_from([("/tmp/earlier.json", &earlier)]);
    let item = s.ensure_follow_up_item(carried.len());
    s.begin_live("keys".into(), None, t0());
    s.live.as_mut().unwrap().carried = carried;
    let mut app = App::new(s, me(), "keys.json".into());
    app.apply(Op::StartSession, at(0)).unwrap();
    app.apply(Op::GoToItem { item }, at(1)).unwrap();
    app.apply(Op::SelectCarried { index: 1 }, at(1)).unwrap();
    app
}

#[test]
fn every_key_the_console_help_lists_does_something_visible_where_it_applies() {
    for scope in HELP_SECTIONS {
        for b in KEYMAP.in_scopes(&[scope]) {
            for key in b.keys {
                let mut app = where_it_applies(scope, b.action);
                assert!(
                    app.scopes().contains(&scope),
                    "{:?} is not where {:?} applies",
                    app.scopes(),
                    scope
                );
                let before = screen(&app, 5, 160, 48);
                let effect = app.on_key(key.event(), at(5));
                let after = screen(&app, 5, 160, 48);
                let seen = before != after
                    || app.should_quit()
                    || matches!(effect, Some(Effect::Disconnect { .. } | Effect::Export(_)));
                assert!(
                    seen,
                    "{} ({:?}) in {:?} changed nothing a person sees:\n{after}",
                    b.label, key, scope
                );
            }
        }
    }
}

#[test]
fn every_binding_is_in_its_help_overlay() {
    let mut app = console(0);
    app.help = true;
    // Before the start, help lists the start too (once started it is left out).
    let mut before = where_it_applies(Scope::Start, Action::Help);
    before.help = true;
    let shown = screen(&app, 5, 200, 140) + &screen(&before, 5, 200, 140);
    for b in KEYMAP.0 {
        assert!(
            shown.contains(&b.help.text()),
            "console help misses {:?}: {shown}",
            b.help
        );
    }
    for b in plenary::form::KEYMAP.0 {
        assert!(
            shown.contains(&b.help.text()),
            "console help misses the form's {:?}",
            b.help
        );
    }
}

#[test]
fn the_readme_key_tables_are_the_keymaps() {
    let readme = std::fs::read_to_string("README.md").unwrap();
    let console = markdown_table(&KEYMAP, &HELP_SECTIONS.map(|s| (s, s.title().english())));
    let forms = markdown_table(
        &plenary::form::KEYMAP,
        &plenary::form::Scope::ALL.map(|s| (s, s.title().english())),
    );
    let note_taker = markdown_table(
        &plenary::app::client_keys::CLIENT_KEYMAP,
        &plenary::app::client_keys::CLIENT_HELP_SECTIONS.map(|s| (s, s.title().english())),
    );
    use plenary::review::keys::Scope as R;
    let review = markdown_table(
        &plenary::review::keys::KEYMAP,
        &[
            R::Sessions,
            R::Record,
            R::Export,
            R::Board,
            R::Search,
            R::Figures,
            R::Everywhere,
        ]
        .map(|s| (s, s.title().english())),
    );
    let suggestions = markdown_table(
        &plenary::app::form::SUGGESTION_KEYS,
        &[(
            plenary::app::form::Suggesting::Owners,
            "While owners are suggested".to_string(),
        )],
    );
    // Issue 14, item 5: a commitment in full has keys of its own.
    let detail = markdown_table(
        &plenary::app::detail::DETAIL_KEYS,
        &[(
            plenary::app::detail::DetailScope::Detail,
            plenary::app::detail::DETAIL_TITLE.english(),
        )],
    );
    let editor = markdown_table(
        &plenary::editor::keys::KEYMAP,
        &plenary::editor::keys::HELP_SECTIONS.map(|s| (s, s.title().english())),
    );
    let names = markdown_table(
        &plenary::editor::keys::SUGGESTION_KEYS,
        &[(
            plenary::editor::keys::Offering::Names,
            "While names are suggested".to_string(),
        )],
    );
    let tables = [
        ("console", console),
        ("editor", editor),
        ("editor's suggestions", names),
        ("forms", forms),
        ("owner suggestions", suggestions),
        ("a commitment in full", detail),
        ("note-taker", note_taker),
        ("review", review),
    ];
    // `PLENARY_UPDATE_README=1 cargo test --test keys` rewrites the tables from the keymaps.
    if std::env::var_os("PLENARY_UPDATE_README").is_some() {
        let mut text = readme.clone();
        for (_, table) in &tables {
            text = replace_table(&text, table);
        }
        std::fs::write("README.md", &text).unwrap();
        return;
    }
    for (name, table) in tables {
        assert!(
            readme.contains(&table),
            "README's {name} key table differs from the keymap; it should read:\n{table}"
        );
    }
}

/// `readme` with the key table that starts with the same first section as `table` replaced.
fn replace_table(readme: &str, table: &str) -> String {
    let first_section = table.lines().nth(2).unwrap();
    let lines: Vec<&str> = readme.lines().collect();
    let start = (0..lines.len())
        .find(|&i| lines[i] == "| key | does |" && lines.get(i + 2) == Some(&first_section))
        .unwrap_or_else(|| panic!("no README table starts with {first_section}"));
    let end = (start..lines.len())
        .find(|&i| !lines[i].starts_with('|'))
        .unwrap_or(lines.len());
    let mut out: Vec<String> = lines[..start].iter().map(|l| l.to_string()).collect();
    out.extend(table.lines().map(str::to_string));
    out.extend(lines[end..].iter().map(|l| l.to_string()));
    out.join("\n") + "\n"
}

/// The keys a footer shows for `app` now (`ui::key_hints_of` draws the same).
fn footer_keys(app: &App) -> Vec<&'static plenary::keymap::Binding<Action, Scope>> {
    app.footer_keys()
}

/// Presses every key the footer of `make()` shows, each on a fresh copy: each must change
/// what a person sees, and not with a refusal.
/// `make(action)` sets the state up with room for the action to act (↑ with a row above).
fn every_footer_key_works(state: &str, make: impl Fn(Action) -> App) {
    let shown = footer_keys(&make(Action::Help));
    for b in shown {
        for key in b.keys {
            let mut app = make(b.action);
            let before = screen(&app, 5, 160, 48);
            let effect = app.on_key(key.event(), at(5));
            let after = screen(&app, 5, 160, 48);
            let seen = before != after
                || app.should_quit()
                || matches!(effect, Some(Effect::Disconnect { .. } | Effect::Export(_)));
            let refused = app.flash.as_ref().is_some_and(|f| f.is_error);
            assert!(
                seen && !refused,
                "{state}: the footer shows {} ({:?}), which does nothing there:\n{after}",
                b.label,
                key
            );
        }
    }
}

// Findings11 items 6 and 8: a footer shows only keys that work right there — before the
// start, once ended, while a place is chosen, with a question or a form open, and in an
// empty commitments table.
#[test]
fn every_key_a_footer_shows_works_there() {
    every_footer_key_works("before the start", |a| where_it_applies(Scope::Start, a));
    // On the second group's card, so ← and → both have a card to go to.
    every_footer_key_works("a breakout", |_| {
        let mut app = console(1);
        app.on_key(
            Key::code(ratatui::crossterm::event::KeyCode::Right).event(),
            at(4),
        );
        app
    });
    every_footer_key_works("the report-back, second group", |_| {
        let mut app = console(3);
        app.on_key(
            Key::code(ratatui::crossterm::event::KeyCode::Right).event(),
            at(4),
        );
        app
    });
    every_footer_key_works("ended", |_| {
        let mut app = console(5);
        app.apply(Op::EndSession, at(2)).unwrap();
        app
    });
    every_footer_key_works("choosing a place", |a| where_it_applies(Scope::Picker, a));
    every_footer_key_works("commitments table", |a| {
        where_it_applies(Scope::Commitments, a)
    });
    every_footer_key_works("an empty commitments table", |_| {
        let mut app = console(1);
        app.view = View::Commitments;
        app
    });
    // A note-taker's and a viewer's commitments table (findings11 items 6 and 7).
    for role in [
        plenary::live::protocol::Role::NoteTaker,
        plenary::live::protocol::Role::Viewer,
    ] {
        every_footer_key_works(&format!("{role:?}'s commitments table"), |a| {
            let host = where_it_applies(Scope::Commitments, a);
            let remote = plenary::app::Remote {
                role,
                ..Default::default()
            };
            let mut app = App::client(
                Author {
                    name: "Amina".into(),
                    uid: None,
                },
                remote,
            );
            app.session = host.session.clone();
            app.view = View::Commitments;
            app.selection.commitment = host.selection.commitment;
            app
        });
    }
    // The table's keys in an empty table say why, and how to record one.
    let mut empty = console(1);
    empty.view = View::Commitments;
    empty.on_key(Key::ch('e').event(), at(5));
    let said = empty
        .flash
        .as_ref()
        .map(|f| f.text.clone())
        .unwrap_or_default();
    assert_eq!(said, "No commitments yet: c records one");
    // With a question or a form open, the screen's footer offers nothing: the question
    // and the form show their own keys.
    let mut asking = where_it_applies(Scope::Commitments, Action::Help);
    asking.on_key(Key::ch('d').event(), at(5));
    assert!(asking.confirm.is_some());
    assert!(footer_keys(&asking).is_empty(), "{:?}", asking.scopes());
    let mut writing = console(1);
    writing.on_key(Key::ch('n').event(), at(5));
    assert!(writing.form.is_some());
    assert!(footer_keys(&writing).is_empty(), "{:?}", writing.scopes());
}

// Findings11 item 6: a one-field form (a note) offers no Tab; a form of several does.
#[test]
fn a_one_field_form_offers_no_tab() {
    use plenary::form::{KEYMAP as FORM_KEYS, Scope as FormScope};
    let tab = |scopes: &[FormScope]| {
        FORM_KEYS.applying(scopes).any(|b| {
            b.keys
                .contains(&Key::code(ratatui::crossterm::event::KeyCode::Tab))
        })
    };
    let note = plenary::app::NoteForm::new(Anchor {
        item: 0,
        group: None,
    });
    assert!(!tab(&note.form.scopes()));
    let commitment = plenary::app::CommitmentForm::new(Anchor {
        item: 0,
        group: None,
    });
    assert!(tab(&commitment.form.scopes()));
}

// Findings11 item 8: the help overlay lists no key that cannot work for this seat now: not
// "start the session" once it has started, and no form keys for a viewer.
#[test]
fn help_leaves_out_keys_that_cannot_work_here() {
    let mut app = console(3);
    app.help = true;
    let shown = screen(&app, 5, 200, 140);
    assert!(!shown.contains("Before the session starts"), "{shown}");
    assert!(shown.contains("During the report-back"), "{shown}");
}
