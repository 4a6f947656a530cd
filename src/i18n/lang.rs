//! The languages plenary speaks, and how one is chosen: `--lang`, else the session's own,
//! else the environment (`LC_ALL`, `LC_MESSAGES`, `LANG`), else English.

use std::fmt;

/// A language the catalogues cover. The session file names it by its code (`"fr"`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, clap::ValueEnum)]
pub enum Lang {
    /// English: the catalogue every other one is checked against.
    #[default]
    En,
    /// French (Burundi, Senegal, Haiti, France…).
    Fr,
    /// Spanish (Latin America, Spain, Equatorial Guinea).
    Es,
}

impl Lang {
    /// Every language, English first: the catalogue tests walk this list.
    pub const ALL: [Lang; 3] = [Lang::En, Lang::Fr, Lang::Es];

    /// The code written in the session file and accepted by `--lang`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Fr => "fr",
            Lang::Es => "es",
        }
    }

    /// The language a code or locale names: `fr`, `FR`, `fr_FR.UTF-8`, `es-419`. None for
    /// one plenary has no catalogue for (the caller falls back, it never fails).
    pub fn from_code(text: &str) -> Option<Lang> {
        let base = text
            .trim()
            .split(['_', '-', '.', '@'])
            .next()
            .unwrap_or_default()
            .to_ascii_lowercase();
        Lang::ALL.into_iter().find(|l| l.code() == base)
    }

    /// The language the environment asks for, in POSIX order: the first of `LC_ALL`,
    /// `LC_MESSAGES`, `LANG` that is set and not empty decides; one without a catalogue
    /// (`de_DE`, `C`) means English.
    pub fn from_env() -> Lang {
        Lang::from_vars(|name| std::env::var(name).ok())
    }

    /// `from_env` with the variables given, for tests.
    pub fn from_vars(var: impl Fn(&str) -> Option<String>) -> Lang {
        ["LC_ALL", "LC_MESSAGES", "LANG"]
            .iter()
            .find_map(|name| var(name).filter(|v| !v.trim().is_empty()))
            .and_then(|v| Lang::from_code(&v))
            .unwrap_or_default()
    }

    /// The language to use: the one asked for on the command line, else the session's,
    /// else the environment's.
    pub fn choose(asked: Option<Lang>, session: Option<Lang>, env: impl FnOnce() -> Lang) -> Lang {
        asked.or(session).unwrap_or_else(env)
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    // Issue 16, item 2: the default comes from the locale, in POSIX order.
    #[test]
    fn the_locale_names_the_language() {
        let env = |pairs: &'static [(&'static str, &'static str)]| {
            move |name: &str| {
                pairs
                    .iter()
                    .find(|(k, _)| *k == name)
                    .map(|(_, v)| v.to_string())
            }
        };
        assert_eq!(Lang::from_vars(env(&[("LANG", "fr_FR.UTF-8")])), Lang::Fr);
        assert_eq!(Lang::from_vars(env(&[("LANG", "es_MX.UTF-8")])), Lang::Es);
        assert_eq!(Lang::from_vars(env(&[("LANG", "de_DE.UTF-8")])), Lang::En);
        assert_eq!(Lang::from_vars(env(&[("LANG", "C")])), Lang::En);
        assert_eq!(Lang::from_vars(env(&[])), Lang::En);
        assert_eq!(
            Lang::from_vars(env(&[("LANG", "fr_FR.UTF-8"), ("LC_MESSAGES", "es_ES")])),
            Lang::Es
        );
        assert_eq!(
            Lang::from_vars(env(&[("LC_ALL", "en_GB.UTF-8"), ("LANG", "fr_FR")])),
            Lang::En
        );
        assert_eq!(
            Lang::from_vars(env(&[("LC_ALL", ""), ("LANG", "fr_BI")])),
            Lang::Fr
        );
        assert_eq!(Lang::from_code("es-419"), Some(Lang::Es));
        assert_eq!(Lang::from_code("pt"), None);
    }

    #[test]
    fn the_command_line_wins_then_the_session_then_the_environment() {
        assert_eq!(
            Lang::choose(Some(Lang::Es), Some(Lang::Fr), || Lang::En),
            Lang::Es
        );
        assert_eq!(Lang::choose(None, Some(Lang::Fr), || Lang::Es), Lang::Fr);
        assert_eq!(Lang::choose(None, None, || Lang::Es), Lang::Es);
    }
}
