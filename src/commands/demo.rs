//! `plenary demo`: runs an example workshop built into the binary, from any folder. The
//! agenda is first written beside the sessions (in `agendas/`), so the facilitator can copy
//! and change it, and so the recorded session names a real agenda file, as `run` expects.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{Context, Result};

use plenary::examples::{self, EXAMPLES, Example};

use super::sessions_dir;
use crate::cli::{Cli, DemoArgs, RunArgs};

/// Lists the examples, or runs the one asked for (the first by default) as `plenary run`.
pub fn demo(cli: &Cli, args: &DemoArgs) -> Result<ExitCode> {
    if args.list {
        for e in EXAMPLES {
            println!("{:30} {}", e.name, e.about());
        }
        return Ok(ExitCode::SUCCESS);
    }
    let example = chosen(args.example.as_deref())?;
    let dir = sessions_dir(cli).join("agendas");
    let file = agenda_file(&dir, example)?;
    let run = RunArgs {
        file,
        name: args.name.clone(),
        follow_up: Vec::new(),
        new: false,
        private: false,
        allow_group: args.allow_group.clone(),
        bell_command: args.bell_command.clone(),
    };
    super::run::run(cli, &run)
}

/// The example asked for, or why there is none by that name (with the names there are).
fn chosen(name: Option<&str>) -> Result<&'static Example> {
    let Some(name) = name else {
        return Ok(&EXAMPLES[0]);
    };
    examples::find(name).with_context(|| {
        let names: Vec<&str> = EXAMPLES.iter().map(|e| e.name).collect();
        plenary::tr!(
            "cli-demo-no-example",
            name = format!("{name:?}"),
            names = names.join(", ")
        )
    })
}

/// Where the example's agenda is on disk: the file already there when it holds exactly the
/// example, else a new file. A file the facilitator changed is never replaced; the example
/// goes beside it under the next free name.
pub fn agenda_file(dir: &Path, example: &Example) -> Result<PathBuf> {
    std::fs::create_dir_all(dir)
        .with_context(|| format!("cannot create the agendas directory {}", dir.display()))?;
    let mut n = 1;
    loop {
        let name = match n {
            1 => format!("{}.json", example.name),
            _ => format!("{}-{n}.json", example.name),
        };
        let path = dir.join(name);
        match std::fs::read(&path) {
            Ok(bytes) if bytes == example.json.as_bytes() => return Ok(path),
            Ok(_) => n += 1,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                plenary::store::write_atomic(&path, example.json.as_bytes())
                    .with_context(|| format!("cannot write the example to {}", path.display()))?;
                return Ok(path);
            }
            Err(e) => {
                return Err(e).with_context(|| format!("cannot read {}", path.display()));
            }
        }
    }
}
