//! `plenary join`: finds the live session on this machine, checks that the directory and
//! the process answering in it can be trusted, claims this join's drafts, and runs the
//! note-taker's loop; `--list` names the live sessions instead.

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::{Context, Result, bail};

use plenary::app::App;

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
                .with_context(|| format!("cannot look up the Unix user {f}"))?
                .with_context(|| format!("there is no Unix user named {f}"))?,
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
            println!("No live session you can join on this machine (looked in {looked}).");
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
                bail!("No live session you can join on this machine: {passed_over}")
            }
            [] => bail!(
                "No live session you can join on this machine (looked in {looked}); the facilitator starts one with `plenary run`, and with --allow-group GROUP for note-takers who log in as themselves{too_long}"
            ),
            _ => bail!(
                "{} live sessions here; choose one with --session NAME:\n  {}",
                live.len(),
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
        .with_context(|| format!("cannot reach {}", path.display()))?;
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
        eprintln!("plenary: what was not yet confirmed could not be kept ({problem}): it is lost");
    } else if waiting > 0 {
        eprintln!(
            "plenary: {waiting} change(s) not yet confirmed are kept in {} and sent when you join again with the same name",
            drafts_path.display()
        );
    }
    if app.remote().is_some_and(|r| r.drafts_problem.is_none()) && app.unsaved_form().is_some() {
        eprintln!(
            "plenary: the open form is kept in {} and opened again when you join again with the same name",
            drafts_path.display()
        );
    }
    Ok(ExitCode::SUCCESS)
}
