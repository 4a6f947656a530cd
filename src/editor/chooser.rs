//! The list of templates `plenary new` shows when no `--template` is given: ↑↓ to choose,
//! Enter to start from one, ? for the keys, q to leave. Keys as data, like every screen's;
//! as on the launcher, the other first screen, Esc says there is nothing to go back to and
//! a key that does nothing says which keys do (issue 13, item 6).

use ratatui::buffer::Buffer;
use ratatui::crossterm::event::KeyCode;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

use super::templates::{TEMPLATES, Template};
use crate::keymap::{Binding, Key, Keymap, footer_hints};
use crate::msg;
use crate::shell::{Frontend, Input};
use crate::ui::Theme;
use crate::ui::rail::fit;

/// What a key does in the list.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Action {
    Up,
    Down,
    Choose,
    Help,
    Leave,
}

/// The list's one scope.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scope {
    List,
}

/// The keys of the list of templates.
pub const KEYMAP: Keymap<Action, Scope> = Keymap(&[
    Binding {
        keys: &[Key::code(KeyCode::Up), Key::ch('k')],
        action: Action::Up,
        scope: Scope::List,
        label: "↑",
        help: msg!("help-editor-template-up"),
        footer: Some(msg!("footer-choose")),
    },
    Binding {
        keys: &[Key::code(KeyCode::Down), Key::ch('j')],
        action: Action::Down,
        scope: Scope::List,
        label: "↓",
        help: msg!("help-editor-template-down"),
        footer: Some(msg!("footer-choose")),
    },
    Binding {
        keys: &[Key::code(KeyCode::Enter)],
        action: Action::Choose,
        scope: Scope::List,
        label: "Enter",
        help: msg!("help-editor-template-choose"),
        footer: Some(msg!("footer-start-from-it")),
    },
    Binding {
        keys: &[Key::ch('?'), Key::code(KeyCode::F(1))],
        action: Action::Help,
        scope: Scope::List,
        label: "?",
        help: msg!("help-always-help"),
        footer: Some(msg!("footer-help")),
    },
    Binding {
        keys: &[Key::ch('q'), Key::ctrl('c')],
        action: Action::Leave,
        scope: Scope::List,
        label: "q",
        help: msg!("help-editor-template-leave"),
        footer: Some(msg!("footer-quit")),
    },
]);

/// The list's state: the template selected, and the choice once made.
pub struct Chooser<'a> {
    pub selected: usize,
    theme: &'a Theme,
    /// Set once the person chose: a template, or nothing.
    pub choice: Option<Option<&'static Template>>,
    /// What the last key said (a key that does nothing here).
    pub message: Option<String>,
    /// The keys overlay is open; any key but a scroll key closes it.
    pub help: bool,
    pub help_scroll: u16,
}

impl<'a> Chooser<'a> {
    /// The list, the first template selected.
    pub fn new(theme: &'a Theme) -> Self {
        Chooser {
            selected: 0,
            theme,
            choice: None,
            message: None,
            help: false,
            help_scroll: 0,
        }
    }

    /// Handles one key.
    pub fn on_key(&mut self, key: &ratatui::crossterm::event::KeyEvent) {
        let had_message = self.message.take().is_some();
        if self.help {
            use crate::keymap::{HELP_KEYS, HelpScope};
            match HELP_KEYS.resolve(&[HelpScope::Help], key) {
                // nc14 #14: PgUp and PgDn move a page.
                Some(action) => {
                    let page = crate::keymap::help_page(crate::keymap::terminal_rows());
                    self.help_scroll = action.scrolled(self.help_scroll, page)
                }
                None => {
                    (self.help, self.help_scroll) = (false, 0);
                    if Key::ctrl('c').matches(key) {
                        self.choice = Some(None);
                    }
                }
            }
            return;
        }
        match KEYMAP.resolve(&[Scope::List], key) {
            Some(Action::Up) => self.selected = self.selected.saturating_sub(1),
            Some(Action::Down) => self.selected = (self.selected + 1).min(TEMPLATES.len() - 1),
            Some(Action::Choose) => self.choice = Some(TEMPLATES.get(self.selected)),
            Some(Action::Help) => self.help = true,
            Some(Action::Leave) => self.choice = Some(None),
            // Esc puts a message away; anything else unbound says what works here.
            None if had_message && key.code == KeyCode::Esc => {}
            None => self.message = Some(crate::keymap::stray(&KEYMAP, &[Scope::List], key)),
        }
    }
}

impl Frontend for Chooser<'_> {
    type Message = std::convert::Infallible;
    type Effect = std::convert::Infallible;

    fn update(&mut self, input: Input<Self::Message>, _effects: &mut Vec<Self::Effect>) {
        let key = match input {
            Input::Key(key) => key,
            Input::Stop(_) => {
                self.choice = Some(None);
                return;
            }
            _ => return,
        };
        self.on_key(&key);
    }

    fn view(&self, frame: &mut ratatui::Frame<'_>) {
        let area = frame.area();
        render(self, self.theme, area, frame.buffer_mut());
    }

    fn finished(&self) -> bool {
        self.choice.is_some()
    }
}

/// Draws the list with the selected template marked, what the last key said, the keys.
pub fn render(chooser: &Chooser<'_>, t: &Theme, area: Rect, buf: &mut Buffer) {
    let selected = chooser.selected;
    buf.set_style(area, t.base);
    let w = area.width as usize;
    let mut y = area.y;
    let mut line = |l: Line<'_>, y: &mut u16| {
        if *y < area.bottom() {
            l.render(
                Rect {
                    y: *y,
                    height: 1,
                    ..area
                },
                buf,
            );
            *y += 1;
        }
    };
    line(
        Line::styled(
            fit(&format!(" {}", crate::tr!("chooser-head")), w),
            t.accent,
        ),
        &mut y,
    );
    line(Line::raw(""), &mut y);
    for (i, template) in TEMPLATES.iter().enumerate() {
        let here = i == selected;
        line(
            Line::from(vec![
                Span::styled(if here { " › " } else { "   " }, t.accent),
                Span::styled(
                    fit(template.name, w.saturating_sub(3)),
                    if here { t.selected } else { t.strong },
                ),
            ]),
            &mut y,
        );
        for part in crate::ui::wrap(&template.about_words(), area.width.saturating_sub(5), 2) {
            line(Line::styled(format!("     {part}"), t.dim), &mut y);
        }
    }
    let mut spans = Vec::new();
    let hints = footer_hints(&KEYMAP, &[Scope::List], usize::MAX);
    for (keys, words) in crate::i18n::keys::hints_in_language(hints, w) {
        spans.push(Span::styled(format!(" {keys}"), t.key));
        spans.push(Span::styled(format!(" {words} "), t.dim));
    }
    Line::from(spans).render(
        Rect {
            y: area.bottom().saturating_sub(1),
            height: 1,
            ..area
        },
        buf,
    );
    // What the last key said, read whole just above the keys.
    if let Some(message) = &chooser.message {
        let lines = crate::ui::wrap(&format!(" {message}"), area.width, 3);
        let top = area.bottom().saturating_sub(1 + lines.len() as u16);
        for (i, text) in lines.into_iter().enumerate() {
            let row = Rect {
                y: top + i as u16,
                height: 1,
                ..area
            };
            buf.set_style(row, t.base);
            Line::styled(text, t.warn).render(row, buf);
        }
    }
    if chooser.help {
        let sections = crate::ui::help::sections(&KEYMAP, &[Scope::List], |_| {
            crate::msg!("help-editor-scope-templates")
        });
        crate::ui::help::render(&sections, chooser.help_scroll, t, area, buf);
    }
}
