//! The real binary run once, without a terminal, under a given locale: for the tests of
//! what the command line says in each language.

use std::path::Path;
use std::process::{Command, Output};

/// `plenary ARGS` with `LANG=lang` as the only locale variable, and none of the variables
/// that would point it at a developer's own folders or bell.
pub fn plenary(args: &[&str], lang: &str) -> Output {
    Command::new(env!("CARGO_BIN_EXE_plenary"))
        .args(args)
        .env("LANG", lang)
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("PLENARY_DIR")
        .env_remove("PLENARY_BELL_COMMAND")
        .output()
        .unwrap()
}

/// What it printed, standard output then standard error.
pub fn text(o: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr)
    )
}

/// `plenary ARGS` over the sessions in `dir`, in English from the locale (`--lang` or the
/// session decides the rest), with no sender address for reminders.
pub fn plenary_over(args: &[&str], dir: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_plenary"))
        .args(args)
        .env("PLENARY_DIR", dir)
        .env("LANG", "C.UTF-8")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("PLENARY_SMTP_FROM")
        .output()
        .expect("plenary runs")
}
