//! Issue 14, the newcomer's findings over SSH (nc14): screens drawn straight from the app —
//! the conflict form's other version in full (#10), an edit of a deleted commitment kept
//! (#9), what a merge took from whom, and the small points at 60x20 (#14).

use chrono::{Duration, FixedOffset, NaiveDate, TimeZone, Utc};
use plenary::app::{App, Remote};
use plenary::domain::*;
use plenary::ui::{self, Ctx, Theme, ThemeName};
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

const SIZES: [(u16, u16); 4] = [(60, 20), (80, 24), (120, 40), (200, 60)];

fn at(second: i64) -> Moment {
    Moment {
        now: Utc.with_ymd_and_hms(2026, 11, 26, 9, 0, 0).unwrap() + Duration::seconds(second),
        today: NaiveDate::from_ymd_opt(2026, 11, 26).unwrap(),
    }
}

fn author(name: &str) -> Author {
    Author {
        name: name.into(),
        uid: None,
    }
}

/// The screen as text, a wide character's second cell left out; the joined note-taker's
/// screen when `join`.
fn screen(app: &App, width: u16, height: u16, join: bool) -> String {
    let theme = Theme::new(ThemeName::HighContrast, true);
    let ctx = Ctx {
        now: at(400).now,
        offset: FixedOffset::east_opt(0).unwrap(),
        theme: &theme,
    };
    let mut buf = ratatui::buffer::Buffer::empty(ratatui::layout::Rect::new(0, 0, width, height));
    if join {
        ui::join::render(app, &ctx, buf.area, &mut buf);
    } else {
        ui::render(app, &ctx, buf.area, &mut buf);
    }
    let mut out = String::new();
    for y in 0..height {
        let mut skip = 0;
        for x in 0..width {
            if skip > 0 {
                skip -= 1;
                continue;
            }
            let symbol = buf[(x, y)].symbol();
            skip = unicode_width::UnicodeWidthStr::width(symbol).saturating_sub(1);
            out.push_str(symbol);
        }
        out.push('\n');
    }
    out
}

fn draft(what: &str, owner: &str, deadline: NaiveDate) -> CommitmentDraft {
    CommitmentDraft {
        what: what.into(),
        owner: owner.into(),
        deadline,
        anchor: Anchor {
            item: 0,
            group: None,
        },
        past_deadline_confirmed: false,
    }
}

fn march() -> NaiveDate {
    NaiveDate::from_ymd_opt(2027, 3, 31).unwrap()
}

/// The console on the peer-learning fixture, started, with one commitment C1.
fn console() -> App {
    let text = std::fs::read_to_string("sessions/peer-learning-exchange.json").unwrap();
    let mut s: Session = serde_json::from_str(&text).unwrap();
    s.begin_live("nc14".into(), None, at(0).now);
    let mut app = App::new(s, author("Facilitatrice"), "nc14.json".into());
    app.apply(Op::StartSession, at(0)).unwrap();
    let c1 = draft(
        "Lập bản đồ các ủy ban quốc hội",
        "Bộ Kế hoạch và Đầu tư cùng Ủy ban Tài chính – Ngân sách của Quốc hội",
        march(),
    );
    app.apply(
        Op::AddCommitment {
            written: None,
            draft: c1,
        },
        at(1),
    )
    .unwrap();
    app
}

fn press(app: &mut App, code: KeyCode) {
    app.on_key(KeyEvent::new(code, KeyModifiers::NONE), at(5));
}

fn typed(app: &mut App, text: &str) {
    for c in text.chars() {
        press(app, KeyCode::Char(c));
    }
}

/// `by` changes C1 to `change` on a copy of the session, which replaces the app's.
fn changed_elsewhere(app: &mut App, by: &str, change: CommitmentDraft) {
    let mut other = app.session.clone();
    let base_revision = other.live.as_ref().unwrap().commitments[0].revision;
    other
        .apply(
            &Op::EditCommitment {
                id: "C1".into(),
                base_revision,
                draft: change,
            },
            &author(by),
            at(3),
        )
        .unwrap();
    app.session = other;
}

const THEIR_ACTION: &str =
    "在三月底前公布监测差距并邀请议会委员会审阅（Hélène Nguyễn, atelier de suivi à Hà Nội）";

/// The facilitator's edit of C1's action meets Hélène's change of the action and the owner.
fn merging() -> App {
    let mut app = console();
    press(&mut app, KeyCode::Char('2'));
    press(&mut app, KeyCode::Char('e'));
    typed(&mut app, " (phía bắc)");
    changed_elsewhere(
        &mut app,
        "Hélène Nguyễn",
        draft(THEIR_ACTION, "Ủy ban Tài chính 财政委员会", march()),
    );
    press(&mut app, KeyCode::Enter);
    app
}

// Issue 14, nc14 #10: the conflict form cut the other person's version at 60x20 and 80x24
// ("…审阅（Hélène…"): it is wrapped whole, as the field itself wraps.
#[test]
fn nc14_10_the_other_version_is_wrapped_whole_at_every_size() {
    let app = merging();
    for (w, h) in SIZES {
        let text = screen(&app, w, h, false);
        assert!(text.contains("Hélène Nguyễn:"), "{w}x{h}:\n{text}");
        // The other version's last words and the owner before their change, uncut.
        assert!(text.contains("Hà Nội）"), "{w}x{h}: cut:\n{text}");
        assert!(text.contains("của Quốc hội"), "{w}x{h}: cut:\n{text}");
        // The form's own sentence and keys are still there.
        assert!(
            text.contains("Enter saves on their version."),
            "{w}x{h}:\n{text}"
        );
        assert!(text.contains("Enter save"), "{w}x{h}:\n{text}");
        insta::assert_snapshot!(format!("nc14_10_merge_{w}x{h}"), text);
    }
}

// Issue 14, nc14 item 4 of the follow-up brief: after a merge is saved, the person is told
// which fields came from whom ("Commitment C1 updated (owner from Hélène Nguyễn, action from you)").
#[test]
fn nc14_merge_says_which_fields_came_from_whom() {
    let mut app = merging();
    press(&mut app, KeyCode::Enter);
    assert!(app.form.is_none(), "{}", screen(&app, 80, 24, false));
    let text = screen(&app, 120, 40, false);
    assert!(
        text.contains("Commitment (C1: owner from Hélène Nguyễn, action from you): saving…"),
        "{text}"
    );
    let revision = app.session.revision();
    app.saved_through(revision);
    let text = screen(&app, 120, 40, false);
    assert!(
        text.contains("Commitment updated ✓ (C1: owner from Hélène Nguyễn, action from you)"),
        "{text}"
    );
}

/// A note-taker (Amina) on the console's session, editing C1's action from view 2.
fn note_taker_editing() -> (App, App) {
    let host = console();
    let mut app = App::client(
        Author {
            name: "Amina".into(),
            uid: Some(1001),
        },
        Remote::default(),
    );
    app.session = host.session.clone();
    press(&mut app, KeyCode::Char('2'));
    press(&mut app, KeyCode::Enter);
    typed(&mut app, " — kèm danh sách 名单");
    (host, app)
}

// Issue 14, nc14 #9: a note-taker's edit of a commitment the facilitator deleted meanwhile
// said "restore it before changing it" (which a note-taker cannot) and the text typed could
// only be thrown away. The screen now says who deleted it and when, and the text is kept
// in a note, which Enter sends.
#[test]
fn nc14_9_an_edit_of_a_deleted_commitment_is_kept_as_a_note() {
    let (mut host, mut app) = note_taker_editing();
    host.apply(Op::DeleteCommitment { id: "C1".into() }, at(357))
        .unwrap();
    app.session = host.session.clone();
    press(&mut app, KeyCode::Enter);
    for (w, h) in SIZES {
        let text = screen(&app, w, h, true);
        let flat = text.replace(['┃', '\n'], " ");
        let flat = flat.split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(
            flat.contains("Facilitatrice deleted C1 at 09:05; ask them to restore it."),
            "{w}x{h}:\n{text}"
        );
        assert!(
            flat.contains("Enter sends it as a note"),
            "{w}x{h}:\n{text}"
        );
        assert!(flat.contains("kèm danh sách 名单"), "{w}x{h}:\n{text}");
        insta::assert_snapshot!(format!("nc14_9_kept_{w}x{h}"), text);
    }
    // Enter sends it as a note, queued for the host like any other.
    press(&mut app, KeyCode::Enter);
    assert!(app.form.is_none(), "{}", screen(&app, 80, 24, true));
    let pending = &app.remote().unwrap().pending;
    assert!(
        matches!(&pending[..], [(_, Op::AddNote { text, .. })] if text.contains("kèm danh sách 名单") && text.starts_with("C1")),
        "{pending:?}"
    );
}

/// Amina, a note-taker, on the console's session.
fn amina_on(host: &App) -> App {
    let mut app = App::client(
        Author {
            name: "Hélène Nguyễn".into(),
            uid: Some(1008),
        },
        Remote::default(),
    );
    app.session = host.session.clone();
    app
}

// Issue 14, nc14 #14: at 60x20 the disconnected line wrapped ("■ the facilitator
// disconnected you  Hélène Nguyễn ·" / "note-taker") and pushed the heading down: the name
// gives way, the link's state stays whole on one row.
#[test]
fn nc14_14_the_disconnected_line_stays_on_one_row_at_60x20() {
    let mut app = amina_on(&console());
    if let Some(r) = app.remote_mut() {
        r.closed = Some(plenary::app::HostClosed::Cut(
            "the facilitator disconnected you".into(),
        ));
    }
    for (w, h) in SIZES {
        let text = screen(&app, w, h, true);
        let rows: Vec<&str> = text.lines().collect();
        assert!(
            rows[1].contains("■ the facilitator disconnected you"),
            "{w}x{h}:\n{text}"
        );
        assert!(rows[2].contains("NOTES"), "{w}x{h}: pushed down:\n{text}");
    }
}

/// The "↓ N more" of a help overlay's title, or of the `v` view's keys row.
fn more(text: &str) -> usize {
    let at = text
        .find(" more")
        .unwrap_or_else(|| panic!("nothing more:\n{text}"));
    text[..at]
        .rsplit(|c: char| !c.is_ascii_digit())
        .next()
        .and_then(|n| n.parse().ok())
        .unwrap_or_else(|| panic!("no count:\n{text}"))
}

// Issue 14, nc14 #14: PgDn moved the help overlay by 5 lines ("↓ 55 more" → "↓ 50 more")
// and the `v` history by 3: both move by a page of the screen, PgUp back.
#[test]
fn nc14_14_page_keys_move_help_and_the_detail_by_a_page() {
    let mut app = console();
    app.rows = 20;
    app.help = true;
    let before = more(&screen(&app, 60, 20, false));
    press(&mut app, KeyCode::PageDown);
    let after = more(&screen(&app, 60, 20, false));
    assert!(before - after >= 12, "help: {before} → {after}");
    press(&mut app, KeyCode::PageUp);
    assert_eq!(more(&screen(&app, 60, 20, false)), before);
    press(&mut app, KeyCode::Char('x'));
    // C1 with a long history: its deadline moved many times.
    for month in 1..=12u32 {
        let c = &app.session.live.as_ref().unwrap().commitments[0];
        let change = draft(
            &c.what.clone(),
            &c.owner.clone(),
            NaiveDate::from_ymd_opt(2027, month, 15).unwrap(),
        );
        let base_revision = c.revision;
        app.apply(
            Op::EditCommitment {
                id: "C1".into(),
                base_revision,
                draft: change,
            },
            at(10 + i64::from(month)),
        )
        .unwrap();
    }
    press(&mut app, KeyCode::Char('2'));
    press(&mut app, KeyCode::Char('v'));
    let before = more(&screen(&app, 60, 20, false));
    press(&mut app, KeyCode::PageDown);
    let after = more(&screen(&app, 60, 20, false));
    assert!(before - after >= 8, "v: {before} → {after}");
}

// Issue 14, nc14 #14: `v` said "first agreed: Thursday 10 December 2026" although the
// deadline was back on that very date.
#[test]
fn nc14_14_v_says_first_agreed_only_when_the_deadline_differs() {
    let mut app = console();
    for deadline in [NaiveDate::from_ymd_opt(2027, 6, 30).unwrap(), march()] {
        let c = &app.session.live.as_ref().unwrap().commitments[0];
        let change = draft(&c.what.clone(), &c.owner.clone(), deadline);
        let base_revision = c.revision;
        app.apply(
            Op::EditCommitment {
                id: "C1".into(),
                base_revision,
                draft: change,
            },
            at(20),
        )
        .unwrap();
    }
    press(&mut app, KeyCode::Char('2'));
    press(&mut app, KeyCode::Char('v'));
    let text = screen(&app, 80, 24, false);
    assert!(text.contains("31 March 2027"), "{text}");
    assert!(!text.contains("first agreed"), "{text}");
}

// Issue 14, nc14 #14: `4` named commitments by their id alone ("✓ saved 05:47   C1",
// "C1 edit"): a few words of the text come with it.
#[test]
fn nc14_14_yours_names_commitments_with_their_words() {
    let host = console();
    let mut app = amina_on(&host);
    let c = &host.session.live.as_ref().unwrap().commitments[0];
    let edit = Op::EditCommitment {
        id: "C1".into(),
        base_revision: c.revision,
        draft: draft(&c.what, "Quốc hội", march()),
    };
    if let Some(r) = app.remote_mut() {
        r.mine.sent(1, &edit);
        r.mine.saved(1, &[], "09:03");
    }
    press(&mut app, KeyCode::Char('4'));
    for (w, h) in SIZES {
        let text = screen(&app, w, h, true);
        assert!(text.contains("C1 'Lập bản đồ"), "{w}x{h}:\n{text}");
        assert!(text.contains("edit"), "{w}x{h}:\n{text}");
    }
}

// Issue 14, nc14 #11: two joins in the same second both stay on the facilitator's line, and
// the people view (4) keeps every join and leave with its time, at every size.
#[test]
fn nc14_11_joins_and_leaves_stay_on_the_line_and_in_the_people_view() {
    let mut app = console();
    app.people_news("Omar joined as note-taker".into(), at(300).now);
    app.people_news("Hélène Nguyễn joined as viewer".into(), at(300).now);
    let text = screen(&app, 120, 40, false);
    assert!(
        text.contains("Omar joined as note-taker · Hélène Nguyễn joined as viewer"),
        "{text}"
    );
    app.people_news("Hélène Nguyễn (viewer) left".into(), at(361).now);
    app.people_news("王小明 joined as note-taker".into(), at(362).now);
    press(&mut app, KeyCode::Char('4'));
    for (w, h) in SIZES {
        let text = screen(&app, w, h, false);
        for line in [
            "09:05 Omar joined as note-taker",
            "09:05 Hélène Nguyễn joined as viewer",
            "09:06 Hélène Nguyễn (viewer) left",
            "09:06 王小明 joined as note-taker",
        ] {
            assert!(text.contains(line), "{w}x{h}: {line:?}\n{text}");
        }
        insta::assert_snapshot!(format!("nc14_11_people_{w}x{h}"), text);
    }
}

// Issue 16 (the console's words added in parallel): after a merge, who gave which field is
// said in the room's language, and the people view's list of joins and leaves is titled in it.
#[test]
fn issue16_the_merge_message_and_the_joins_list_speak_french() {
    let _fr = plenary::i18n::scoped(plenary::i18n::Lang::Fr);
    let mut app = merging();
    press(&mut app, KeyCode::Enter);
    let text = screen(&app, 120, 40, false);
    assert!(
        text.contains(
            "Engagement (C1 : responsable selon Hélène Nguyễn, action selon vous) : \
             enregistrement…"
        ),
        "{text}"
    );
    let mut app = console();
    let joined = plenary::tr!(
        "people-joined-as",
        name = "Omar",
        role = plenary::i18n::keys::role_label(plenary::live::protocol::Role::NoteTaker)
    );
    assert_eq!(joined, "Omar a rejoint (prise de notes)");
    app.people_news(joined, at(300).now);
    press(&mut app, KeyCode::Char('4'));
    let text = screen(&app, 80, 24, false);
    assert!(text.contains("ARRIVÉES ET DÉPARTS"), "{text}");
    assert!(
        text.contains("09:05 Omar a rejoint (prise de notes)"),
        "{text}"
    );
}
