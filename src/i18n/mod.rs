//! The room's language (issue 16): message catalogues (`locales/*.ftl`, Fluent), the
//! language in force, dates written out in it, and the `tr!` macro every module calls.
//!
//! The language in force is process-wide (`set`, once the command knows it) with a
//! per-thread override (`scoped`, for tests that draw in several languages at once).
//! Exports and anything else tied to a session's own language pass one explicitly:
//! `tr!(in lang; "key")`.

mod catalog;
pub mod date;
pub mod history;
pub mod keys;
mod lang;
pub mod load_error;
pub mod problems;
pub mod refusal;
pub mod roster;

use std::cell::Cell;
use std::sync::atomic::{AtomicUsize, Ordering};

pub use catalog::{Arg, SOURCES, keys, text};
pub use lang::Lang;

static CURRENT: AtomicUsize = AtomicUsize::new(0);

/// The language asked for on the command line (`--lang`), 0 for none, else its place in
/// `Lang::ALL` plus one.
static ASKED: AtomicUsize = AtomicUsize::new(0);

thread_local! {
    static OVERRIDE: Cell<Option<Lang>> = const { Cell::new(None) };
}

/// The language screens and messages are in now.
pub fn current() -> Lang {
    OVERRIDE
        .with(Cell::get)
        .unwrap_or_else(|| Lang::ALL[CURRENT.load(Ordering::Relaxed) % Lang::ALL.len()])
}

/// Sets the language for the whole process: a command calls it once it knows the language
/// (`--lang`, the session's, the environment's).
pub fn set(lang: Lang) {
    let i = Lang::ALL.iter().position(|l| *l == lang).unwrap_or(0);
    CURRENT.store(i, Ordering::Relaxed);
}

/// Records the `--lang` a command was given (or none) and speaks it, or the environment's
/// language, until a session says otherwise (`follow`).
pub fn ask(lang: Option<Lang>) {
    let i = lang.map_or(0, |l| {
        Lang::ALL.iter().position(|x| *x == l).unwrap_or(0) + 1
    });
    ASKED.store(i, Ordering::Relaxed);
    set(Lang::choose(lang, None, Lang::from_env));
}

/// The `--lang` given, if any.
pub fn asked() -> Option<Lang> {
    match ASKED.load(Ordering::Relaxed) {
        0 => None,
        i => Lang::ALL.get(i - 1).copied(),
    }
}

/// Speaks the session's language unless `--lang` chose another (a note-taker may choose
/// their own); with neither, the environment's. Returns the language now in force.
pub fn follow(session: Option<Lang>) -> Lang {
    let lang = Lang::choose(asked(), session, Lang::from_env);
    set(lang);
    lang
}

/// While the guard lives, this thread speaks `lang` whatever the process does: tests draw
/// screens in several languages side by side.
pub fn scoped(lang: Lang) -> Scoped {
    let before = OVERRIDE.with(|o| o.replace(Some(lang)));
    Scoped { before }
}

/// Restores the thread's language when dropped (see `scoped`).
#[must_use = "the language holds only while the guard lives"]
pub struct Scoped {
    before: Option<Lang>,
}

impl Drop for Scoped {
    fn drop(&mut self) {
        OVERRIDE.with(|o| o.set(self.before));
    }
}

/// A message from the catalogue: `tr!("key")`, `tr!("key", count = n, name = s)` in the
/// language in force, or `tr!(in lang; "key", …)` in a given one (exports use the
/// session's). A number argument picks the plural form the language's rules call for.
#[macro_export]
macro_rules! tr {
    (in $lang:expr; $key:literal $(, $name:ident = $value:expr)* $(,)?) => {
        $crate::i18n::text(
            $lang,
            $key,
            &[$((stringify!($name), $crate::i18n::Arg::from($value))),*],
        )
    };
    ($key:literal $(, $name:ident = $value:expr)* $(,)?) => {
        $crate::tr!(in $crate::i18n::current(); $key $(, $name = $value)*)
    };
}

/// A message named by its id and said only when drawn: keymaps keep these as data (each
/// binding's help and footer words, each scope's heading), so the keys overlay, the footers
/// and the README's tables all read one catalogue instead of translating English words.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Msg(pub &'static str);

impl Msg {
    /// The message in the language in force.
    pub fn text(self) -> String {
        text(current(), self.0, &[])
    }

    /// The message in English: the README's key tables are written from it.
    pub fn english(self) -> String {
        text(Lang::En, self.0, &[])
    }

    /// The message's id, as the catalogues name it.
    pub fn id(self) -> &'static str {
        self.0
    }
}

/// A message id kept as data, `msg!("footer-quit")`: a literal, so the catalogue tests find
/// it as they find `tr!`'s.
#[macro_export]
macro_rules! msg {
    ($key:literal) => {
        $crate::i18n::Msg($key)
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    // Issue 16, item 1: plurals follow each language's rules (French counts 0 and 1 as one).
    #[test]
    fn plurals_follow_each_languages_rules() {
        let items = |lang, n: usize| tr!(in lang; "stage-items", count = n);
        assert_eq!(items(Lang::En, 1), "1 item");
        assert_eq!(items(Lang::En, 0), "0 items");
        assert_eq!(items(Lang::Fr, 0), "0 point");
        assert_eq!(items(Lang::Fr, 1), "1 point");
        assert_eq!(items(Lang::Fr, 2), "2 points");
        assert_eq!(items(Lang::Es, 0), "0 puntos");
        assert_eq!(items(Lang::Es, 1), "1 punto");
    }

    #[test]
    fn a_thread_may_speak_its_own_language() {
        let _fr = scoped(Lang::Fr);
        assert_eq!(current(), Lang::Fr);
        {
            let _es = scoped(Lang::Es);
            assert_eq!(current(), Lang::Es);
        }
        assert_eq!(current(), Lang::Fr);
        assert_eq!(tr!("phase-running"), "EN COURS");
    }
}
