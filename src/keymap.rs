//! Keymaps as data: each binding says which keys do what, where, in words (message ids, said
//! in the language in force when drawn; in English for the README). Dispatch, the
//! help overlay, the footers and the README's key tables all read the same table, so none of
//! them can drift from what the keys really do.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use crate::i18n::Msg;
use crate::msg;

/// A key as a binding names it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Key {
    pub code: KeyCode,
    pub ctrl: bool,
}

impl Key {
    /// A character key (Shift is part of the character: `P` is not `p`).
    pub const fn ch(c: char) -> Key {
        Key {
            code: KeyCode::Char(c),
            ctrl: false,
        }
    }

    /// A named key: Enter, Esc, arrows, Tab.
    pub const fn code(code: KeyCode) -> Key {
        Key { code, ctrl: false }
    }

    /// Ctrl and a letter.
    pub const fn ctrl(c: char) -> Key {
        Key {
            code: KeyCode::Char(c),
            ctrl: true,
        }
    }

    /// Whether a key press is this key. Shift is ignored (it is already in the character),
    /// as is Alt; Ctrl must match.
    pub fn matches(&self, event: &KeyEvent) -> bool {
        let ctrl = event.modifiers.contains(KeyModifiers::CONTROL);
        let code = match event.code {
            // Some terminals send Shift-Tab as Tab with Shift.
            KeyCode::Tab if event.modifiers.contains(KeyModifiers::SHIFT) => KeyCode::BackTab,
            other => other,
        };
        ctrl == self.ctrl && code == self.code
    }

    /// The key press this key stands for, for tests that press every key a help lists.
    pub fn event(&self) -> KeyEvent {
        let modifiers = if self.ctrl {
            KeyModifiers::CONTROL
        } else {
            KeyModifiers::NONE
        };
        KeyEvent::new(self.code, modifiers)
    }
}

/// One binding: the keys, the action, where it applies, and its words.
#[derive(Debug)]
pub struct Binding<A: 'static, S: 'static> {
    pub keys: &'static [Key],
    pub action: A,
    pub scope: S,
    /// The keys as people read them: "→", "Space", "Ctrl-C", "e Enter".
    pub label: &'static str,
    /// What it does, for the help overlay and the README: a message id, said in the
    /// language in force when drawn (in English for the README).
    pub help: Msg,
    /// The few words it gets in a footer, when it earns a place there (a message id).
    pub footer: Option<Msg>,
}

/// A front end's bindings, most specific first within each key.
pub struct Keymap<A: 'static, S: 'static>(pub &'static [Binding<A, S>]);

impl<A: Copy, S: Copy + PartialEq> Keymap<A, S> {
    /// The binding for `key` in the first of `scopes` (most specific first) that binds it.
    pub fn binding(&self, scopes: &[S], key: &KeyEvent) -> Option<&'static Binding<A, S>> {
        scopes.iter().find_map(|scope| {
            self.0
                .iter()
                .find(|b| b.scope == *scope && b.keys.iter().any(|k| k.matches(key)))
        })
    }

    /// The action for `key` where `scopes` apply.
    pub fn resolve(&self, scopes: &[S], key: &KeyEvent) -> Option<A> {
        self.binding(scopes, key).map(|b| b.action)
    }

    /// A binding of `key` in any scope: to tell a person where a key works.
    pub fn anywhere(&self, key: &KeyEvent) -> Option<&'static Binding<A, S>> {
        self.0
            .iter()
            .find(|b| b.keys.iter().any(|k| k.matches(key)))
    }

    /// Where `key` works, every place named once (by `where_`), for a key pressed where
    /// it does nothing (issue 11, newcomer finding 13): "x (take …) works in the plan (5)"
    /// for one place, "x works in A, B and C" for more. None if it works nowhere.
    pub fn works_elsewhere<W: AsRef<str> + PartialEq>(
        &self,
        key: &KeyEvent,
        where_: impl Fn(S) -> W,
    ) -> Option<String> {
        let found: Vec<&Binding<A, S>> = self
            .0
            .iter()
            .filter(|b| b.keys.iter().any(|k| k.matches(key)))
            .collect();
        let first = found.first()?;
        let mut places: Vec<W> = Vec::new();
        for b in &found {
            let place = where_(b.scope);
            if !places.contains(&place) {
                places.push(place);
            }
        }
        // Issue 16: in the language in force.
        let key = crate::i18n::keys::key_label(first.label);
        let places: Vec<&str> = places.iter().map(AsRef::as_ref).collect();
        Some(match places.split_last() {
            Some((last, [])) => crate::tr!(
                "works-in",
                key = key,
                does = first.help.text(),
                place = *last
            ),
            Some((last, rest)) => crate::tr!(
                "works-in-places",
                key = key,
                places = rest.join("; "),
                last = *last
            ),
            None => return None,
        })
    }

    /// The bindings of `scopes`, in table order.
    pub fn in_scopes<'a>(
        &'a self,
        scopes: &'a [S],
    ) -> impl Iterator<Item = &'static Binding<A, S>> + 'a {
        self.0.iter().filter(move |b| scopes.contains(&b.scope))
    }

    /// The bindings that apply in `scopes` (most specific first): those of the scopes, less
    /// any whose keys a more specific scope took over (the plan's `+` is not the timer's).
    pub fn applying<'a>(
        &'a self,
        scopes: &'a [S],
    ) -> impl Iterator<Item = &'static Binding<A, S>> + 'a {
        let rank = move |scope: S| scopes.iter().position(|s| *s == scope);
        self.in_scopes(scopes).filter(move |b| {
            !b.keys.iter().all(|k| {
                self.0.iter().any(|o| {
                    o.keys.contains(k) && rank(o.scope).is_some_and(|r| Some(r) < rank(b.scope))
                })
            })
        })
    }
}

/// What a key does while a help overlay is open.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HelpAction {
    ScrollUp,
    ScrollDown,
    /// A page of the screen (nc14 #14: PgDn moved five lines).
    PageUp,
    PageDown,
}

impl HelpAction {
    /// Where the help is scrolled to after this key, from `scroll`, a page being `page`
    /// lines.
    pub fn scrolled(self, scroll: u16, page: u16) -> u16 {
        match self {
            HelpAction::ScrollUp => scroll.saturating_sub(5),
            HelpAction::ScrollDown => scroll.saturating_add(5),
            HelpAction::PageUp => scroll.saturating_sub(page.max(1)),
            HelpAction::PageDown => scroll.saturating_add(page.max(1)),
        }
    }
}

/// A help overlay's page on a screen `rows` high: what its frame shows, less one line
/// kept in sight.
pub fn help_page(rows: u16) -> u16 {
    rows.saturating_sub(5).max(1)
}

/// The terminal's height, for screens that do not follow it (24 when it cannot be read).
pub fn terminal_rows() -> u16 {
    ratatui::crossterm::terminal::size().map_or(24, |(_, rows)| rows)
}

/// The help overlay's own scope.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HelpScope {
    Help,
}

/// The keys of every help overlay: scroll it; any other key closes it.
pub const HELP_KEYS: Keymap<HelpAction, HelpScope> = Keymap(&[
    Binding {
        keys: &[Key::code(KeyCode::Up), Key::ch('k')],
        action: HelpAction::ScrollUp,
        scope: HelpScope::Help,
        label: "↑",
        help: msg!("help-scroll-up"),
        footer: None,
    },
    Binding {
        keys: &[Key::code(KeyCode::Down), Key::ch('j')],
        action: HelpAction::ScrollDown,
        scope: HelpScope::Help,
        label: "↓",
        help: msg!("help-scroll-down"),
        footer: None,
    },
    Binding {
        keys: &[Key::code(KeyCode::PageUp)],
        action: HelpAction::PageUp,
        scope: HelpScope::Help,
        label: "PgUp",
        help: msg!("help-page-up"),
        footer: None,
    },
    Binding {
        keys: &[Key::code(KeyCode::PageDown)],
        action: HelpAction::PageDown,
        scope: HelpScope::Help,
        label: "PgDn",
        help: msg!("help-page-down"),
        footer: None,
    },
]);

/// What a first screen says to a key that does nothing there (issue 11, newcomer finding
/// 13): that it does nothing, or for Esc that there is nothing to go back to, and which
/// keys do something.
pub fn stray<A: Copy, S: Copy + PartialEq>(
    map: &Keymap<A, S>,
    scopes: &[S],
    key: &KeyEvent,
) -> String {
    // In the language in force, the keys' words too.
    let keys: Vec<String> = footer_hints(map, scopes, usize::MAX)
        .iter()
        .map(|(k, w)| format!("{} {}", crate::i18n::keys::key_label(k), w.text()))
        .collect();
    let what = match key.code {
        KeyCode::Esc => crate::tr!("stray-esc-first"),
        KeyCode::Char(c) => crate::tr!("stray-key", key = c.to_string()),
        other => crate::tr!("stray-key", key = other.to_string()),
    };
    crate::tr!("stray-keys-here", what = what, keys = keys.join(" · "))
}

/// The footer's key hints for `scopes`, as (keys, words) pairs that fit in `width` columns.
/// Neighbouring bindings with the same words share one hint ("↑↓ choose").
pub fn footer_hints<A: Copy, S: Copy + PartialEq>(
    map: &Keymap<A, S>,
    scopes: &[S],
    width: usize,
) -> Vec<(String, Msg)> {
    footer_hints_except(map, scopes, width, &[])
}

/// The footer's key hints, less bindings whose every key another keymap took over for now
/// (`taken`): a form's Tab and Enter while its owner suggestions have them.
pub fn footer_hints_except<A: Copy, S: Copy + PartialEq>(
    map: &Keymap<A, S>,
    scopes: &[S],
    width: usize,
    taken: &[Key],
) -> Vec<(String, Msg)> {
    let mut out: Vec<(String, Msg)> = Vec::new();
    for b in map.applying(scopes) {
        let Some(words) = b.footer else { continue };
        if !b.keys.is_empty() && b.keys.iter().all(|k| taken.contains(k)) {
            continue;
        }
        match out.last_mut() {
            Some((keys, w)) if *w == words => keys.push_str(b.label),
            _ => out.push((b.label.to_string(), words)),
        }
    }
    let mut used = 0;
    out.into_iter()
        .take_while(|(keys, words)| {
            used += keys.chars().count() + words.text().chars().count() + 3;
            used <= width
        })
        .collect()
}

/// The keys of `sections` (each with its English heading) as a Markdown table, in English
/// (the README's key tables are checked against this, so the README cannot drift from the
/// keys either).
pub fn markdown_table<A: Copy, S: Copy + PartialEq>(
    map: &Keymap<A, S>,
    sections: &[(S, String)],
) -> String {
    let mut out = String::from("| key | does |\n| --- | --- |\n");
    for (scope, title) in sections {
        let rows: Vec<String> = map
            .in_scopes(std::slice::from_ref(scope))
            .map(|b| {
                let label = b.label.replace('|', "\\|");
                format!("| {label} | {} |\n", b.help.english().replace('|', "\\|"))
            })
            .collect();
        if rows.is_empty() {
            continue;
        }
        out.push_str(&format!("| **{title}** | |\n"));
        out.extend(rows);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    enum S {
        List,
        All,
    }

    const MAP: Keymap<u8, S> = Keymap(&[
        Binding {
            keys: &[Key::code(KeyCode::Enter)],
            action: 1,
            scope: S::List,
            label: "Enter",
            help: msg!("footer-edit"),
            footer: Some(msg!("footer-edit")),
        },
        Binding {
            keys: &[Key::code(KeyCode::Enter)],
            action: 2,
            scope: S::All,
            label: "Enter",
            help: msg!("footer-start"),
            footer: None,
        },
        Binding {
            keys: &[Key::ctrl('c')],
            action: 3,
            scope: S::All,
            label: "Ctrl-C",
            help: msg!("footer-quit"),
            footer: Some(msg!("footer-quit")),
        },
    ]);

    #[test]
    fn the_most_specific_scope_wins_and_ctrl_must_match() {
        let enter = Key::code(KeyCode::Enter).event();
        assert_eq!(MAP.resolve(&[S::List, S::All], &enter), Some(1));
        assert_eq!(MAP.resolve(&[S::All], &enter), Some(2));
        assert_eq!(MAP.resolve(&[S::All], &Key::ctrl('c').event()), Some(3));
        assert_eq!(MAP.resolve(&[S::All], &Key::ch('c').event()), None);
    }

    #[test]
    fn footers_take_what_fits() {
        assert_eq!(
            footer_hints(&MAP, &[S::List, S::All], 12),
            vec![("Enter".to_string(), msg!("footer-edit"))]
        );
        assert_eq!(footer_hints(&MAP, &[S::List, S::All], 80).len(), 2);
    }
}
