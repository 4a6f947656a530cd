//! The message catalogues, compiled into the binary (`locales/LANG/*.ftl`, Fluent syntax) and
//! parsed once. A message missing from a catalogue falls back to English; one missing
//! from English shows its key (the catalogue tests keep both from happening).

use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

use super::Lang;

/// Calls `$then!` with a language and the names of its catalogue's files, one per part of
/// the program (so that work on different screens touches different files), in the order a
/// message is looked for: the console's parts first, `cli.ftl` (the command line's grammar,
/// for `--help` and argument errors) last. The one list of the parts.
macro_rules! with_parts {
    ($lang:literal, $then:ident) => {
        $then!(
            $lang,
            "stage",
            "console",
            "tools",
            "documents",
            "problems",
            "cli"
        )
    };
}

/// One language's files joined into one text: for the catalogue tests.
macro_rules! joined {
    ($lang:literal, $($part:literal),+) => {
        concat!($(include_str!(concat!("../../locales/", $lang, "/", $part, ".ftl")), "\n"),+)
    };
}

/// One language's files, one by one.
macro_rules! separate {
    ($lang:literal, $($part:literal),+) => {
        [$(include_str!(concat!("../../locales/", $lang, "/", $part, ".ftl"))),+]
    };
}

/// Each catalogue's text, by language, as shipped in the binary.
pub const SOURCES: [(Lang, &str); 3] = [
    (Lang::En, with_parts!("en", joined)),
    (Lang::Fr, with_parts!("fr", joined)),
    (Lang::Es, with_parts!("es", joined)),
];

/// How many files each catalogue is made of.
const PART_COUNT: usize = with_parts!("en", separate).len();

/// One language's files, each parsed only when a message is looked for in it: the console
/// finds its words in the first two and never parses review's, the documents', the
/// problems of a file or the command line's (its memory floor, docs/performance.md).
const PARTS: [[&str; PART_COUNT]; 3] = [
    with_parts!("en", separate),
    with_parts!("fr", separate),
    with_parts!("es", separate),
];

/// A value put into a message: text, or a number (which picks the plural form).
#[derive(Clone, Debug, PartialEq)]
pub enum Arg {
    Text(String),
    Number(i64),
}

impl From<&str> for Arg {
    fn from(s: &str) -> Arg {
        Arg::Text(s.to_string())
    }
}

impl From<String> for Arg {
    fn from(s: String) -> Arg {
        Arg::Text(s)
    }
}

impl From<&String> for Arg {
    fn from(s: &String) -> Arg {
        Arg::Text(s.clone())
    }
}

macro_rules! number_arg {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg {
            fn from(n: $t) -> Arg {
                Arg::Number(i64::try_from(n).unwrap_or(i64::MAX))
            }
        }
    )*};
}

number_arg!(i64, i32, u32, u64, usize, u16);

type Bundle = FluentBundle<FluentResource>;

/// Part `part` of catalogue `i`, parsed the first time it is asked for: a session in one
/// language never parses the others, nor the parts it does not use.
fn bundle_at(i: usize, part: usize) -> &'static Bundle {
    static BUNDLES: [[OnceLock<Bundle>; PART_COUNT]; 3] =
        [const { [const { OnceLock::new() }; PART_COUNT] }; 3];
    BUNDLES[i][part].get_or_init(|| bundle(SOURCES[i].0, PARTS[i][part]))
}

fn bundle(lang: Lang, text: &str) -> Bundle {
    // A catalogue with a syntax error keeps the messages it could read; the catalogue
    // tests refuse such a file, so this only matters for a hand-edited build.
    let resource = FluentResource::try_new(text.to_string()).unwrap_or_else(|(partial, _)| partial);
    let id = lang.code().parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    // Terminals draw Unicode isolation marks as junk: text is laid out left to right.
    bundle.set_use_isolating(false);
    let _ = bundle.add_resource(resource);
    bundle
}

fn index(lang: Lang) -> usize {
    Lang::ALL.iter().position(|l| *l == lang).unwrap_or(0)
}

/// The message `key` in `lang`, with `args` put in; English when `lang` lacks it, the key
/// itself when English does too.
pub fn text(lang: Lang, key: &str, args: &[(&str, Arg)]) -> String {
    let found = [index(lang), 0].into_iter().find_map(|i| {
        let bundle = (0..PART_COUNT)
            .map(|part| bundle_at(i, part))
            .find(|b| b.has_message(key))?;
        bundle
            .get_message(key)
            .and_then(|m| m.value())
            .map(|pattern| (bundle, pattern))
    });
    let Some((bundle, pattern)) = found else {
        return key.to_string();
    };
    let mut fluent_args = FluentArgs::new();
    for (name, value) in args {
        let value = match value {
            Arg::Text(s) => FluentValue::from(s.as_str()),
            Arg::Number(n) => FluentValue::from(*n),
        };
        fluent_args.set(*name, value);
    }
    let mut errors = Vec::new();
    bundle
        .format_pattern(pattern, Some(&fluent_args), &mut errors)
        .into_owned()
}

/// The message ids of a catalogue's source, in file order: for the catalogue tests.
pub fn keys(source: &str) -> Result<Vec<String>, String> {
    let resource =
        FluentResource::try_new(source.to_string()).map_err(|(_, errors)| format!("{errors:?}"))?;
    Ok(resource
        .entries()
        .filter_map(|entry| match entry {
            fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_string()),
            _ => None,
        })
        .collect())
}
