//! The command line's grammar said in the language (issue 16, "CLI messages and errors"):
//! clap writes `--help` from the English doc comments of `cli`; for French and Spanish each
//! description, heading and bracketed note is replaced here by the catalogue's, before the
//! arguments are parsed. The descriptions live in `locales/*/cli.ftl` under a key made
//! from the command and the argument (`grammar-run-name`); the English file is written
//! from the doc comments themselves (see the tests), so they stay the one English source.

use clap::builder::PossibleValue;
use clap::{Arg, ArgAction, Command, CommandFactory};

use plenary::i18n::{self, Lang};
use plenary::tr;

/// The language the command line speaks, decided before parsing: `--lang X` (or
/// `--lang=X`) anywhere in argv, else the locale. A value plenary has no catalogue for
/// leaves the locale to decide; clap then refuses it in that language.
pub fn language(args: &[std::ffi::OsString]) -> Lang {
    let mut asked = None;
    let mut words = args.iter().skip(1).map(|a| a.to_string_lossy());
    while let Some(word) = words.next() {
        if word == "--" {
            break;
        }
        if word == "--lang" {
            asked = words.next().and_then(|v| Lang::from_code(&v)).or(asked);
        } else if let Some(value) = word.strip_prefix("--lang=") {
            asked = Lang::from_code(value).or(asked);
        }
    }
    asked.unwrap_or_else(Lang::from_env)
}

/// The arguments with the global options written after `help` (`plenary help run --lang
/// fr`) moved before it: clap's `help` takes only command names, and would refuse the
/// language the person asked its help in.
pub fn globals_before_help(args: Vec<std::ffi::OsString>) -> Vec<std::ffi::OsString> {
    let cmd = crate::cli::Cli::command();
    let globals: Vec<String> = cmd
        .get_arguments()
        .filter(|a| a.is_global_set())
        .filter_map(|a| a.get_long().map(|l| format!("--{l}")))
        .collect();
    let takes_value = |w: &str| globals.iter().any(|g| g == w);
    let is_global = |w: &str| {
        globals.iter().any(|g| {
            w.strip_prefix(g.as_str())
                .is_some_and(|r| r.starts_with('='))
        })
    };
    // The first word that is not an option or an option's value names the command.
    let mut i = 1;
    while i < args.len() {
        let w = args[i].to_string_lossy();
        if takes_value(&w) {
            i += 2;
        } else if w.starts_with('-') {
            i += 1;
        } else {
            break;
        }
    }
    if args.get(i).is_none_or(|w| w != "help") {
        return args;
    }
    let (mut before, mut after) = (args[..=i].to_vec(), Vec::new());
    let mut rest = args[i + 1..].iter();
    while let Some(word) = rest.next() {
        let w = word.to_string_lossy();
        if w == "--" {
            after.push(word.clone());
            after.extend(rest.cloned());
            break;
        } else if takes_value(&w) {
            before.insert(1, word.clone());
            if let Some(value) = rest.next() {
                before.insert(2, value.clone());
            }
        } else if is_global(&w) {
            before.insert(1, word.clone());
        } else {
            after.push(word.clone());
        }
    }
    before.extend(after);
    before
}

/// The command the arguments name ("plenary run"), for "see plenary run --help".
pub fn named(args: &[std::ffi::OsString]) -> String {
    let cmd = crate::cli::Cli::command();
    let sub = args
        .iter()
        .skip(1)
        .map(|a| a.to_string_lossy())
        .find(|a| cmd.get_subcommands().any(|s| s.get_name() == a.as_ref()));
    match sub {
        Some(sub) => format!("plenary {sub}"),
        None => "plenary".to_string(),
    }
}

/// The catalogue key of a command's description: `grammar-about` for plenary itself,
/// `grammar-run` for a subcommand.
pub fn about_key(path: &[&str]) -> String {
    match path {
        [] => "grammar-about".to_string(),
        // `plenary help run` lists the commands again: each says what it says elsewhere.
        ["help", rest @ ..] if !rest.is_empty() => about_key(rest),
        _ => format!("grammar-{}", path.join("-")),
    }
}

/// The catalogue key of an argument's description: global options are described once
/// (`grammar-lang`), the others under their command (`grammar-run-name`).
pub fn arg_key(path: &[&str], arg: &Arg) -> String {
    let id = arg.get_id().as_str().replace('_', "-");
    match arg.get_action() {
        ArgAction::Help | ArgAction::HelpShort | ArgAction::HelpLong => {
            return "grammar-help-flag".to_string();
        }
        ArgAction::Version => return "grammar-version-flag".to_string(),
        _ => {}
    }
    if arg.is_global_set() || path.is_empty() {
        format!("grammar-{id}")
    } else {
        format!("grammar-{}-{id}", path.join("-"))
    }
}

/// The placeholders an argument shows (`FILE` in `<FILE>`): none for a flag.
fn value_names(arg: &Arg) -> &[clap::builder::Str] {
    match arg.get_action() {
        ArgAction::Set | ArgAction::Append => arg.get_value_names().unwrap_or_default(),
        _ => &[],
    }
}

/// The catalogue key of a placeholder (`FILE` in `<FILE>`): `grammar-value-file`.
pub fn value_key(name: &str) -> String {
    format!("grammar-value-{}", name.to_lowercase().replace('_', "-"))
}

/// The whole grammar built (help flags, the `help` command and global options in place)
/// and, unless English, every word of its help in `lang`. English keeps clap's own text.
pub fn command(mut cmd: Command, lang: Lang) -> Command {
    cmd.build();
    if lang == Lang::En {
        return cmd;
    }
    translate(cmd, &[], lang)
}

fn translate(cmd: Command, path: &[&str], lang: Lang) -> Command {
    let heading = tr!(in lang; "cli-heading-usage");
    let template = format!(
        "{{before-help}}{{about-with-newline}}\n{heading} {{usage}}\n\n{{all-args}}{{after-help}}"
    );
    let mut cmd = cmd
        .about(i18n::text(lang, &about_key(path), &[]))
        .long_about(None::<&'static str>)
        .help_template(template)
        .subcommand_help_heading(tr!(in lang; "cli-heading-commands"));
    let ids: Vec<clap::Id> = cmd.get_arguments().map(|a| a.get_id().clone()).collect();
    for id in ids {
        cmd = cmd.mut_arg(id, |arg| described(arg, path, lang));
    }
    // The usage line as clap writes it from the placeholders now in the language, with its
    // own English words put in the language too.
    let usage_line = usage(&cmd.render_usage().to_string(), lang);
    cmd = cmd.override_usage(usage_line);
    let names: Vec<String> = cmd
        .get_subcommands()
        .map(|s| s.get_name().to_string())
        .collect();
    for name in names {
        let mut inner: Vec<&str> = path.to_vec();
        inner.push(&name);
        cmd = cmd.mut_subcommand(&name, |sub| translate(sub, &inner, lang));
    }
    cmd
}

/// A usage line clap wrote ("Usage: plenary run [OPTIONS] <FILE>") without its heading and
/// with its placeholders in `lang`.
pub fn usage(line: &str, lang: Lang) -> String {
    let line = line.trim();
    line.strip_prefix("Usage:")
        .unwrap_or(line)
        .trim()
        .replace("[OPTIONS]", &tr!(in lang; "cli-usage-options"))
        .replace("[COMMAND]", &tr!(in lang; "cli-usage-command"))
}

/// One argument in `lang`: its description, with its default, its environment variable and
/// its possible values said after it in the language instead of clap's English brackets.
fn described(arg: Arg, path: &[&str], lang: Lang) -> Arg {
    let mut help = i18n::text(lang, &arg_key(path, &arg), &[]);
    let values: Vec<String> = arg
        .get_possible_values()
        .iter()
        .filter(|v| !v.is_hide_set())
        .map(PossibleValue::get_name)
        .map(str::to_string)
        .collect();
    let takes_values = !matches!(
        arg.get_action(),
        ArgAction::SetTrue
            | ArgAction::SetFalse
            | ArgAction::Count
            | ArgAction::Help
            | ArgAction::HelpShort
            | ArgAction::HelpLong
            | ArgAction::Version
    );
    if takes_values && !values.is_empty() {
        let list = values.join(", ");
        help.push_str(&format!(
            " [{}]",
            tr!(in lang; "cli-note-values", values = list)
        ));
    }
    let defaults: Vec<String> = arg
        .get_default_values()
        .iter()
        .map(|v| v.to_string_lossy().into_owned())
        .collect();
    if takes_values && !defaults.is_empty() {
        let value = defaults.join(", ");
        help.push_str(&format!(
            " [{}]",
            tr!(in lang; "cli-note-default", value = value)
        ));
    }
    if let Some(var) = arg.get_env() {
        let name = var.to_string_lossy().into_owned();
        help.push_str(&format!(" [{}]", tr!(in lang; "cli-note-env", name = name)));
    }
    let names: Vec<String> = value_names(&arg)
        .iter()
        .map(|name| i18n::text(lang, &value_key(name.as_str()), &[]))
        .collect();
    let arg = if names.is_empty() {
        arg
    } else {
        arg.value_names(names)
    };
    let heading = if arg.is_positional() {
        tr!(in lang; "cli-heading-arguments")
    } else {
        tr!(in lang; "cli-heading-options")
    };
    arg.help(help)
        .long_help(None::<&'static str>)
        .help_heading(heading)
        .hide_possible_values(true)
        .hide_default_value(true)
        .hide_env(true)
}

/// Every description key of the grammar with its English text (the doc comment clap
/// read), in order: what `locales/en/cli.ftl` holds.
#[cfg(test)]
pub fn english(cmd: &Command, path: &[&str], out: &mut Vec<(String, String)>) {
    let about = cmd.get_about().map(ToString::to_string).unwrap_or_default();
    let key = about_key(path);
    if !out.iter().any(|(k, _)| *k == key) {
        out.push((key, about));
    }
    for arg in cmd.get_arguments() {
        if arg.is_hide_set() {
            continue;
        }
        let key = arg_key(path, arg);
        if out.iter().any(|(k, _)| *k == key) {
            continue;
        }
        let help = arg.get_help().map(ToString::to_string).unwrap_or_default();
        out.push((key, help));
        for name in value_names(arg) {
            let key = value_key(name.as_str());
            if !out.iter().any(|(k, _)| *k == key) {
                out.push((key, name.to_string()));
            }
        }
    }
    for sub in cmd.get_subcommands() {
        let mut inner: Vec<&str> = path.to_vec();
        inner.push(sub.get_name());
        english(sub, &inner, out);
    }
}

/// The parse error `error` as the grammar in `lang` finds it: for French and Spanish the
/// arguments are read again by the translated grammar, so help, usage and suggestions come
/// out in the language.
pub fn said(error: clap::Error, args: &[std::ffi::OsString], lang: Lang) -> clap::Error {
    if lang == Lang::En {
        return error;
    }
    command(crate::cli::Cli::command(), lang)
        .try_get_matches_from(args)
        .err()
        .unwrap_or(error)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cli::Cli;

    fn grammar() -> Command {
        let mut cmd = Cli::command();
        cmd.build();
        cmd
    }

    fn ftl(entries: &[(String, String)]) -> String {
        let mut text = String::from(
            "# Written from the doc comments of src/cli.rs by\n\
             # PLENARY_UPDATE_CLI=1 cargo test --bin plenary cli_words: edit those, not this.\n",
        );
        for (key, value) in entries {
            text.push_str(&format!("{key} = {value}\n"));
        }
        text
    }

    // Issue 16, CLI item 1: the English catalogue of the grammar is the doc comments, and
    // every description French and Spanish need is in their catalogues: a new option or
    // command cannot be added without its translation.
    #[test]
    fn every_command_and_argument_is_described_in_every_language() {
        let mut entries = Vec::new();
        english(&grammar(), &[], &mut entries);
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/locales/en/cli.ftl");
        let wanted = ftl(&entries);
        if std::env::var_os("PLENARY_UPDATE_CLI").is_some() {
            std::fs::write(path, &wanted).unwrap();
        }
        let have = std::fs::read_to_string(path).unwrap_or_default();
        assert_eq!(
            have, wanted,
            "locales/en/cli.ftl is not the doc comments of src/cli.rs: \
             run PLENARY_UPDATE_CLI=1 cargo test --bin plenary cli_words"
        );
        for (lang, source) in &i18n::SOURCES[1..] {
            let theirs = i18n::keys(source).unwrap();
            for (key, english) in &entries {
                assert!(theirs.contains(key), "{lang}: {key} is not translated");
                // A placeholder may be the same word (DATE, CSV); a description may not.
                let said = i18n::text(*lang, key, &[]);
                assert!(
                    key.starts_with("grammar-value-") || said != *english,
                    "{lang}: {key} is still English"
                );
            }
        }
    }

    #[test]
    fn the_language_is_found_anywhere_in_argv() {
        let argv =
            |words: &[&str]| -> Vec<std::ffi::OsString> { words.iter().map(Into::into).collect() };
        assert_eq!(
            language(&argv(&["plenary", "run", "--lang", "es"])),
            Lang::Es
        );
        assert_eq!(language(&argv(&["plenary", "--lang=fr", "x"])), Lang::Fr);
        assert_eq!(
            language(&argv(&["plenary", "--", "--lang", "es"])),
            Lang::from_env()
        );
    }
}
