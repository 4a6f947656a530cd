//! Argument errors said in the language (issue 16, "CLI messages and errors"): clap finds
//! what is wrong (`Error::kind`, and its context: the argument, the value, its suggestion);
//! the catalogue says it, with what to type instead. English keeps clap's own words, which
//! scripts and tests already read. The exit code stays clap's (2).

use clap::error::{ContextKind, ContextValue, Error, ErrorKind};

use plenary::i18n::Lang;
use plenary::tr;

/// What to print for a parse error in `lang`, or None when clap's own output is the right
/// one: help and version, English, and the rare kinds the catalogue does not cover.
pub fn message(error: &Error, command: &str, lang: Lang) -> Option<String> {
    if lang == Lang::En {
        return None;
    }
    let text = |kind| match error.get(kind) {
        Some(ContextValue::String(s)) => Some(s.clone()),
        Some(ContextValue::Strings(list)) => Some(list.join(", ")),
        Some(ContextValue::StyledStr(s)) => Some(s.to_string()),
        Some(ContextValue::StyledStrs(list)) => Some(
            list.iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join("; "),
        ),
        Some(ContextValue::Number(n)) => Some(n.to_string()),
        _ => None,
    };
    let arg = text(ContextKind::InvalidArg).unwrap_or_default();
    let value = text(ContextKind::InvalidValue).unwrap_or_default();
    let said = match error.kind() {
        ErrorKind::UnknownArgument => {
            let mut said = tr!(in lang; "cli-error-unknown-option", arg = arg.as_str());
            if let Some(like) = text(ContextKind::SuggestedArg) {
                said.push_str(&tr!(in lang; "cli-error-did-you-mean", suggestion = like));
            } else if let Some(like) = text(ContextKind::SuggestedSubcommand) {
                said.push_str(&tr!(in lang; "cli-error-did-you-mean", suggestion = like));
            } else if arg.starts_with('-') {
                let value = format!("-- {arg}");
                said.push_str(&tr!(in lang; "cli-error-as-value", value = value));
            }
            said
        }
        ErrorKind::InvalidSubcommand => {
            let command = text(ContextKind::InvalidSubcommand).unwrap_or_default();
            let mut said = tr!(in lang; "cli-error-unknown-command", command = command);
            if let Some(like) = text(ContextKind::SuggestedSubcommand) {
                said.push_str(&tr!(in lang; "cli-error-did-you-mean", suggestion = like));
            }
            said
        }
        ErrorKind::InvalidValue if value.is_empty() => {
            tr!(in lang; "cli-error-missing-value", arg = arg.as_str())
        }
        ErrorKind::InvalidValue => {
            let valid = text(ContextKind::ValidValue).unwrap_or_default();
            let mut said = tr!(in lang; "cli-error-invalid-choice", arg = arg.as_str(), value = value, valid = valid);
            if let Some(like) = text(ContextKind::SuggestedValue) {
                said.push_str(&tr!(in lang; "cli-error-did-you-mean", suggestion = like));
            }
            said
        }
        ErrorKind::ValueValidation => {
            let why = std::error::Error::source(error)
                .map(ToString::to_string)
                .unwrap_or_default();
            // Our own refusals quote what was typed; a refusal from elsewhere may not.
            if why.contains(value.as_str()) {
                tr!(in lang; "cli-error-refused", arg = arg.as_str(), why = why)
            } else {
                tr!(in lang; "cli-error-invalid-value", arg = arg.as_str(), value = value, why = why)
            }
        }
        ErrorKind::MissingRequiredArgument => {
            tr!(in lang; "cli-error-missing-argument", arg = arg.as_str())
        }
        ErrorKind::MissingSubcommand => tr!(in lang; "cli-error-missing-command"),
        ErrorKind::ArgumentConflict => {
            let other = text(ContextKind::PriorArg).unwrap_or_default();
            tr!(in lang; "cli-error-conflict", arg = arg.as_str(), other = other)
        }
        ErrorKind::TooManyValues => {
            tr!(in lang; "cli-error-too-many", arg = arg.as_str(), value = value)
        }
        _ => return None,
    };
    let more = tr!(in lang; "cli-error-more", command = command);
    // clap gives a usage line with most errors, not with a refused value.
    let usage = match text(ContextKind::Usage) {
        Some(line) => format!(
            "{} {}\n\n",
            tr!(in lang; "cli-heading-usage"),
            crate::cli_words::usage(&line, lang)
        ),
        None => String::new(),
    };
    Some(format!("plenary: {said}\n\n{usage}{more}\n"))
}

/// Prints a parse error and says how to end: help and version as clap does (exit 0 on
/// standard output), an error in the language (exit 2 on standard error).
pub fn exit(error: Error, command: &str, lang: Lang) -> ! {
    match error.kind() {
        ErrorKind::DisplayHelp | ErrorKind::DisplayVersion => error.exit(),
        _ => {}
    }
    match message(&error, command, lang) {
        Some(said) => {
            eprint!("{}", plenary::domain::text::escaped(&said, true));
            std::process::exit(2)
        }
        None => error.exit(),
    }
}
