//! `plenary join`: finds the live session on this machine, checks that the directory and
//! the process answering in it can be trusted, claims this join's drafts, and runs the
//! note-taker's loop; `--list` names the live sessions instead.

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::{Context, Result, bail};

use plenary::app::App;
use plenary::tr;

use super::{me, theme};
use crate::cli::{Cli, JoinArgs};

/// Joins (or lists) the live sessions as `args` asks, until the note-taker quits.
pub fn join(cli: &Cli, args: &JoinArgs) -> Result<ExitCode> {
    let JoinArgs {
        session,
        list,
        view,
        name,
        facilitator,
    } = args;
    let (session, list, view) = (session.as_deref(), *list, *view);
    let (name, facilitator) = (name.as_deref(), facilitator.as_deref());
    use plenary::live::protocol::Role;
    use plenary::live::{bounds, drafts, socket, trust};
    let facilitator = match facilitator {
        Some(f) => Some(
            plenary::live::users::uid_of(f)
                .with_context(|| tr!("join-user-lookup", name = f))?
                .with_context(|| tr!("join-no-such-user", name = f))?,
        ),
        None => None,
    };
    let search = plenary::live::discover::search(facilitator);
    let live: Vec<(String, PathBuf)> = search
        .found
        .iter()
        .map(|f| (f.name.clone(), f.socket.clone()))
        .collect();
    let looked = search
        .looked_in
        .iter()
        .map(|d| d.display().to_string())
        .collect::<Vec<_>>()
        .join(", ");
    let looked = if looked.is_empty() {
        socket::socket_dir().display().to_string()
    } else {
        looked
    };
    if list {
        if live.is_empty() {
            println!("{}", tr!("join-none-listed", looked = looked.as_str()));
        }
        for why in &search.passed_over {
            eprintln!("plenary: {why}");
        }
        if let Some(why) = socket::too_long(&socket::socket_dir()) {
            eprintln!("plenary: {why}");
        }
        for (name, _) in &live {
            println!("{name}");
        }
        // nc14 #4: a script can tell "nothing to join" (1) from a list (0) and an error (2).
        return Ok(if live.is_empty() {
            ExitCode::from(1)
        } else {
            ExitCode::SUCCESS
        });
    }
    // A directory too long for any socket holds no session: say so, and what to do.
    let too_long =
        socket::too_long(&socket::socket_dir()).map_or_else(String::new, |why| format!("; {why}"));
    let passed_over = search.passed_over.join("; ");
    let (stem, path) = match session {
        // nc14 #4: the reason a session may not be joined is kept when it is asked for by name.
        Some(wanted) => match socket::choose(&live, &socket::socket_dir(), wanted) {
            Ok(one) => one.clone(),
            Err(e) if !passed_over.is_empty() => bail!("{e:#}; {passed_over}"),
            Err(e) => return Err(e),
        },
        None => match live.as_slice() {
            [one] => one.clone(),
            // nc14 #4: the plain fact first, then why.
            [] if !passed_over.is_empty() => {
                bail!("{}", tr!("join-none-because", why = passed_over))
            }
            [] => bail!(
                "{}",
                tr!("join-none-start", looked = looked, more = too_long)
            ),
            _ => bail!(
                "{}\n  {}",
                tr!("join-several", count = live.len()),
                live.iter()
                    .map(|(n, _)| n.as_str())
                    .collect::<Vec<_>>()
                    .join("\n  ")
            ),
        },
    };
    let found = search
        .found
        .iter()
        .find(|f| f.socket == path)
        .context("the session chosen was not among those found")?;
    let expect = trust::Expect {
        dir: found.dir.clone(),
        facilitator: found.facilitator,
    };
    let probe = std::os::unix::net::UnixStream::connect(&path)
        .with_context(|| tr!("join-cannot-reach", path = path.display().to_string()))?;
    expect.check(&probe)?;
    drop(probe);
    let mut me = me(name)?;
    me.name = bounds::clean_name(&me.name);
    if let Err(why) = bounds::check_name(&me.name) {
        bail!("--name: {why}");
    }
    let drafts_dir = super::drafts_dir(&found.dir);
    let role = if view { Role::Viewer } else { Role::NoteTaker };
    // One directory per session (and role); one file per join inside it.
    let store = drafts_dir.join(format!("{stem}{}", if view { "-viewer" } else { "" }));
    let claimed = drafts::claim(&store, &me.name)?;
    let mut remote = claimed
        .adopted
        .as_ref()
        .map(|d| d.remote.clone())
        .unwrap_or_default();
    remote.client = claimed.identity.client.clone();
    remote.role = role;
    // nc14 #6: on an account of one's own, everything recorded under it is one's own.
    remote.own_account = found.facilitator.is_some();
    let mut app = App::client(me, remote);
    if let Some(d) = &claimed.adopted {
        d.restore_form(&mut app);
    }
    let notice = claimed.notice.clone();
    let app = plenary::live::join::run(app, path, &claimed, expect, notice, &theme(cli))?;
    let waiting = app.remote().map_or(0, |r| r.pending.len());
    let drafts_path = claimed.path.clone();
    claimed.release(waiting == 0 && app.form.is_none());
    if let Some(problem) = app.remote().and_then(|r| r.drafts_problem.as_deref()) {
        eprintln!("plenary: {}", tr!("join-unconfirmed-lost", why = problem));
    } else if waiting > 0 {
        let path = drafts_path.display().to_string();
        eprintln!(
            "plenary: {}",
            tr!("join-unconfirmed-kept", count = waiting, path = path)
        );
    }
    if app.remote().is_some_and(|r| r.drafts_problem.is_none()) && app.unsaved_form().is_some() {
        let path = drafts_path.display().to_string();
        eprintln!("plenary: {}", tr!("join-form-kept", path = path));
    }
    Ok(ExitCode::SUCCESS)
}
