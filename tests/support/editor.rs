//! Drives the agenda editor by its keys without a terminal and draws it into a test
//! terminal: the helpers the editor's tests share.

use chrono::{DateTime, FixedOffset, NaiveDate, TimeZone, Utc};
use plenary::domain::Moment;
use plenary::editor::Editor;
use plenary::editor::front::perform;
use plenary::editor::templates;
use plenary::ui::{Ctx, Theme, ThemeName};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

pub fn t0() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 26, 9, 0, 0).unwrap()
}

pub fn at() -> Moment {
    Moment {
        now: t0(),
        today: NaiveDate::from_ymd_opt(2026, 11, 26).unwrap(),
    }
}

pub fn editor(template: &str, dir: &std::path::Path) -> Editor {
    let agenda = templates::find(template).unwrap().agenda().unwrap();
    Editor::new(agenda, None, dir.to_path_buf(), false, at())
}

/// Presses `keys`: a character each, with `\t` Tab, `\r` Enter, `↓` Down, `↑` Up, `⎋` Esc.
/// Effects are carried out as the real runner does, into the editor's folder.
pub fn press(e: &mut Editor, keys: &str) {
    for c in keys.chars() {
        let code = match c {
            '\t' => KeyCode::Tab,
            '\r' => KeyCode::Enter,
            '↓' => KeyCode::Down,
            '↑' => KeyCode::Up,
            '⎋' => KeyCode::Esc,
            '⌫' => KeyCode::Backspace,
            c => KeyCode::Char(c),
        };
        let mut effects = Vec::new();
        e.on_key(KeyEvent::new(code, KeyModifiers::NONE), at(), &mut effects);
        for effect in effects {
            e.on_message(perform(effect));
        }
    }
}

pub fn draw(e: &Editor, width: u16, height: u16) -> Terminal<TestBackend> {
    let theme = Theme::new(ThemeName::HighContrast, false);
    let ctx = Ctx {
        now: t0(),
        offset: FixedOffset::east_opt(3600).unwrap(),
        theme: &theme,
    };
    let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
    terminal
        .draw(|f| plenary::ui::editor::render(e, &ctx, f.area(), f.buffer_mut()))
        .unwrap();
    terminal
}

pub fn text_of(terminal: &Terminal<TestBackend>) -> String {
    let buf = terminal.backend().buffer();
    let mut out = String::new();
    for y in 0..buf.area.height {
        let mut x = 0;
        while x < buf.area.width {
            let symbol = buf[(x, y)].symbol();
            out.push_str(symbol);
            // A wide character covers the next cell too.
            x += unicode_width::UnicodeWidthStr::width(symbol).max(1) as u16;
        }
        out.push('\n');
    }
    out
}

/// Presses one key with Ctrl held (Ctrl-U empties a field).
pub fn press_ctrl(e: &mut Editor, c: char) {
    let mut effects = Vec::new();
    e.on_key(
        KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL),
        at(),
        &mut effects,
    );
    for effect in effects {
        e.on_message(perform(effect));
    }
}
