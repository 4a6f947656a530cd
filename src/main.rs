//! The `plenary` command line: parse the arguments (`cli`), run the command (`commands`),
//! and report its error.
#![forbid(unsafe_code)]
// A panic in front of a room loses the screen: outside tests, say what went wrong instead.
#![cfg_attr(not(test), deny(clippy::unwrap_used))]

mod cli;
mod cli_errors;
mod cli_values;
mod cli_words;
mod commands;

use std::process::ExitCode;

use clap::{CommandFactory, FromArgMatches};

use cli::{Cli, Command};

fn main() -> ExitCode {
    // Under a file-size limit (`ulimit -f`) the kernel would kill the process on SIGXFSZ in
    // the middle of a session. With the signal caught the write fails with EFBIG instead,
    // and the failed-save path keeps the session in memory and says so.
    let _ = signal_hook::flag::register(
        signal_hook::consts::SIGXFSZ,
        std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false)),
    );
    // Issue 16: --help and argument errors in the language, decided before parsing; the
    // grammar is put into it only when something is to be said (a session never parses
    // the grammar's catalogue).
    let args = cli_words::globals_before_help(std::env::args_os().collect());
    let lang = cli_words::language(&args);
    plenary::i18n::set(lang);
    let cli = match Cli::command()
        .try_get_matches_from(&args)
        .and_then(|matches| Cli::from_arg_matches(&matches))
    {
        Ok(cli) => cli,
        Err(e) => cli_errors::exit(
            cli_words::said(e, &args, lang),
            &cli_words::named(&args),
            lang,
        ),
    };
    // Issue 16, item 2: --lang, else the locale; a session's own language may follow.
    plenary::i18n::ask(cli.lang);
    if let Some(missing) = commands::missing_terminal(cli.command.as_ref()) {
        eprintln!("plenary: {missing}");
        return ExitCode::from(2);
    }
    let result = match &cli.command {
        Some(Command::Run(args)) => commands::run::run(&cli, args),
        Some(Command::Demo(args)) => commands::demo::demo(&cli, args),
        Some(Command::New(args)) => commands::new::new(&cli, args),
        Some(Command::Edit { file }) => commands::edit::edit(&cli, file.as_deref()),
        Some(Command::Join(args)) => commands::join::join(&cli, args),
        Some(Command::Review(args)) => commands::review::review(&cli, args),
        Some(Command::Commitments(args)) => commands::commitments::commitments(&cli, args),
        Some(Command::Export(args)) => commands::export::export(args),
        Some(Command::Report(args)) => commands::report::report(&cli, args),
        Some(Command::Remind(args)) => commands::remind::remind(&cli, args),
        Some(Command::Check { files }) => commands::check::check(files),
        None => commands::launch::launch(&cli),
    };
    match result {
        Ok(code) => code,
        Err(e) => {
            // Errors quote paths and text from files: nothing in them may drive the terminal.
            eprintln!(
                "plenary: {}",
                plenary::domain::text::escaped(&said(&e), true)
            );
            ExitCode::from(2)
        }
    }
}

/// An error and its causes, as anyhow's `{:#}` joins them, with a file that could not be
/// read said in the language in force (issue 16); a cause that only repeats the error
/// wrapping it is said once (nc16 #2: "(os error 2)" twice).
fn said(e: &anyhow::Error) -> String {
    let mut parts: Vec<(String, String)> = Vec::new();
    for cause in e.chain() {
        let english = cause.to_string();
        let words = match cause.downcast_ref::<plenary::store::LoadError>() {
            Some(load) => plenary::i18n::load_error::said(load),
            None => english.clone(),
        };
        match parts.last_mut() {
            Some((last, last_words)) if *last == english => *last_words = words,
            _ => parts.push((english, words)),
        }
    }
    let words: Vec<String> = parts.into_iter().map(|(_, w)| w).collect();
    words.join(": ")
}
