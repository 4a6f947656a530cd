//! The bell a room of forty can hear (issue 12, item 15): `--bell-command` (or
//! `PLENARY_BELL_COMMAND`), split as a shell would split it but run without a shell, so
//! nothing in it is ever interpreted; each ring starts it detached, on a thread of its own,
//! so a slow or stuck player never holds up the console. A failure is told once.

use std::process::{Command, Stdio};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use anyhow::{Context, Result, bail};

use crate::app::bell::Ring;

/// A sound command, ready to run on each ring.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BellCommand {
    argv: Vec<String>,
}

impl BellCommand {
    /// The command in `text`, split into words with shell quoting (`'my file.wav'`), none of
    /// it expanded or run by a shell; an empty text is no command.
    pub fn parse(text: &str) -> Result<Option<BellCommand>> {
        let argv = shell_words::split(text)
            .with_context(|| format!("--bell-command “{text}” cannot be split into words"))?;
        if argv.first().is_some_and(|program| program.is_empty()) {
            bail!("--bell-command “{text}” names no program");
        }
        Ok((!argv.is_empty()).then_some(BellCommand { argv }))
    }

    /// The program and its arguments, as they will be run.
    pub fn argv(&self) -> &[String] {
        &self.argv
    }
}

/// Rings the bell command: each ring runs it once, detached; the first failure is sent to
/// `tell`, and later ones are not (the screen says it once).
pub struct Ringer {
    command: BellCommand,
    told: Arc<AtomicBool>,
    tell: Arc<dyn Fn(String) + Send + Sync>,
}

impl Ringer {
    /// A ringer for `command` that reports a failure to `tell`.
    pub fn new(command: BellCommand, tell: impl Fn(String) + Send + Sync + 'static) -> Ringer {
        Ringer {
            command,
            told: Arc::new(AtomicBool::new(false)),
            tell: Arc::new(tell),
        }
    }

    /// Starts the command for `ring` and returns at once; `PLENARY_BELL` says which ring.
    pub fn ring(&self, ring: Ring) {
        let (argv, told, tell) = (
            self.command.argv.clone(),
            Arc::clone(&self.told),
            Arc::clone(&self.tell),
        );
        // Spawning and waiting happen off the loop: the waiting thread also reaps it.
        let spawned = std::thread::Builder::new()
            .name("plenary-bell".into())
            .spawn(move || {
                if let Err(why) = run(&argv, ring)
                    && !told.swap(true, Ordering::SeqCst)
                {
                    tell(why);
                }
            });
        if let Err(e) = spawned
            && !self.told.swap(true, Ordering::SeqCst)
        {
            (self.tell)(format!("no thread to run it: {e}"));
        }
    }
}

fn run(argv: &[String], ring: Ring) -> Result<(), String> {
    use std::os::unix::process::CommandExt;
    let (program, args) = argv.split_first().ok_or("no program")?;
    let status = Command::new(program)
        .args(args)
        .env("PLENARY_BELL", ring.word())
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        // Its own process group: the terminal's keys and signals are the console's.
        .process_group(0)
        .spawn()
        .map_err(|e| format!("{program}: {e}"))?
        .wait()
        .map_err(|e| format!("{program}: {e}"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("{program} ended with {status}"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_are_split_as_a_shell_would_and_nothing_is_interpreted() {
        let c = BellCommand::parse("paplay '/srv/sounds/gong one.ogg'; rm -rf $HOME `id`")
            .unwrap()
            .unwrap();
        assert_eq!(
            c.argv(),
            [
                "paplay",
                "/srv/sounds/gong one.ogg;",
                "rm",
                "-rf",
                "$HOME",
                "`id`"
            ]
        );
        assert_eq!(BellCommand::parse("  ").unwrap(), None);
        assert!(BellCommand::parse("play 'unclosed").is_err());
        assert!(BellCommand::parse("''").is_err());
    }

    #[test]
    fn a_command_that_cannot_run_is_told_once() {
        let (tx, rx) = std::sync::mpsc::channel();
        let ringer = Ringer::new(
            BellCommand::parse("/nonexistent/plenary-player")
                .unwrap()
                .unwrap(),
            move |why| {
                let _ = tx.send(why);
            },
        );
        ringer.ring(Ring::TimeUp);
        let why = rx.recv().unwrap();
        assert!(why.contains("/nonexistent/plenary-player"), "{why}");
        ringer.ring(Ring::TimeUp);
        drop(ringer);
        // The second failure's thread holds the last sender: once it ends, nothing came.
        assert!(rx.recv().is_err());
    }
}
