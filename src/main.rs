//! The `plenary` command line: parse the arguments (`cli`), run the command (`commands`),
//! and report its error.
#![forbid(unsafe_code)]
// A panic in front of a room loses the screen: outside tests, say what went wrong instead.
#![cfg_attr(not(test), deny(clippy::unwrap_used))]

mod cli;
mod commands;

use std::process::ExitCode;

use clap::Parser;

use cli::{Cli, Command};

fn main() -> ExitCode {
    // Under a file-size limit (`ulimit -f`) the kernel would kill the process on SIGXFSZ in
    // the middle of a session. With the signal caught the write fails with EFBIG instead,
    // and the failed-save path keeps the session in memory and says so.
    let _ = signal_hook::flag::register(
        signal_hook::consts::SIGXFSZ,
        std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false)),
    );
    let cli = Cli::parse();
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
                plenary::domain::text::escaped(&format!("{e:#}"), true)
            );
            ExitCode::from(2)
        }
    }
}
