//! `plenary remind`: one digest per owner of what they still owe, with a calendar attached,
//! written as `.eml` files to look over (the default) or sent over SMTP with `--send`.
//! Owners no address is known for are named, never silently left out.

use std::collections::HashSet;
use std::path::Path;
use std::process::ExitCode;

use anyhow::{Context, Result, bail};
use lettre::message::Mailbox;

use plenary::domain::Status;
use plenary::domain::board::Filter;
use plenary::report::{mail, remind};

use crate::cli::{Cli, RemindArgs};

/// Writes or sends the digests. Exit 0 when every owner was reached, 1 when some have no
/// address (named on standard error), 2 on an error (a file skipped, a send refused).
pub fn remind(cli: &Cli, args: &RemindArgs) -> Result<ExitCode> {
    let filter = Filter {
        owner: args.owner.clone().unwrap_or_default(),
        statuses: vec![Status::Open, Status::InProgress],
        overdue_only: args.overdue,
        due_within: args.due_within,
        ..Filter::default()
    };
    let mut selection = super::selection::select(cli, &args.files, &filter)?;
    let rows = std::mem::take(&mut selection.rows);
    let digests = remind::digests(rows, selection.catalog.named());
    let from: Mailbox = match (&args.from, args.send) {
        (Some(f), _) => f
            .parse()
            .with_context(|| format!("--from {f} is not an e-mail address"))?,
        (None, true) => {
            bail!("--send needs --from ADDRESS (or PLENARY_SMTP_FROM): the sender the owners see")
        }
        (None, false) => "plenary <plenary@localhost>".parse()?,
    };
    let transport = if args.send {
        Some(transport(args)?)
    } else {
        None
    };
    if transport.is_none() {
        std::fs::create_dir_all(&args.out)
            .with_context(|| format!("cannot make {}", args.out.display()))?;
    }
    let (mut reached, mut failed, mut unaddressed) = (0usize, 0usize, Vec::new());
    let mut names = HashSet::new();
    for d in &digests {
        // One owner's mistyped address is named; the others are still reached.
        let message = match mail::message(d, &from, selection.today) {
            Ok(Some(message)) => message,
            Ok(None) => {
                unaddressed.push(d);
                continue;
            }
            Err(e) => {
                failed += 1;
                eprintln!("plenary: no reminder for {}: {e:#}", d.owner);
                continue;
            }
        };
        match &transport {
            Some(t) => {
                use lettre::Transport;
                match t.send(&message) {
                    Ok(_) => reached += 1,
                    Err(e) => {
                        failed += 1;
                        eprintln!(
                            "plenary: the reminder to {} ({}) was not sent: {e}",
                            d.owner,
                            d.emails.join(", ")
                        );
                    }
                }
            }
            None => {
                let file = args
                    .out
                    .join(format!("{}.eml", unique(&mut names, &d.owner)));
                write(&file, &message.formatted())?;
                reached += 1;
            }
        }
    }
    for d in &unaddressed {
        let kept = if transport.is_none() {
            let file = args
                .out
                .join(format!("{}.txt", unique(&mut names, &d.owner)));
            write(&file, remind::body(d, selection.today).as_bytes())?;
            let file = file.display().to_string();
            plenary::tr!("cli-remind-by-hand", file = file)
        } else {
            String::new()
        };
        let said = plenary::tr!(
            "cli-remind-no-address",
            owner = d.owner.as_str(),
            count = d.rows.len(),
            kept = kept
        );
        eprintln!("plenary: {said}");
    }
    let done = if transport.is_some() {
        plenary::tr!("cli-remind-sent", count = reached)
    } else {
        let place = args.out.display().to_string();
        plenary::tr!("cli-remind-written", count = reached, place = place)
    };
    eprintln!(
        "{done}{}{}{}",
        plenary::tr!("doc-parts-separator"),
        plenary::tr!("cli-remind-unaddressed", count = unaddressed.len()),
        if failed > 0 {
            plenary::tr!("cli-remind-failed", count = failed)
        } else {
            String::new()
        }
    );
    let skipped = super::selection::told_skipped(&selection, "reminders");
    Ok(if skipped || failed > 0 {
        ExitCode::from(2)
    } else if !unaddressed.is_empty() {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

/// The SMTP connection `--send` uses: plain on a trusted relay (localhost, the default), or
/// STARTTLS with `--starttls`; credentials from `--smtp-user` and PLENARY_SMTP_PASSWORD.
fn transport(args: &RemindArgs) -> Result<lettre::SmtpTransport> {
    use lettre::transport::smtp::authentication::Credentials;
    let mut builder = if args.starttls {
        lettre::SmtpTransport::starttls_relay(&args.smtp_host)
            .with_context(|| format!("cannot use STARTTLS with {}", args.smtp_host))?
            .port(args.smtp_port.unwrap_or(587))
    } else {
        lettre::SmtpTransport::builder_dangerous(&args.smtp_host).port(args.smtp_port.unwrap_or(25))
    };
    if let Some(user) = &args.smtp_user {
        let password = std::env::var("PLENARY_SMTP_PASSWORD")
            .context("--smtp-user needs the password in PLENARY_SMTP_PASSWORD")?;
        builder = builder.credentials(Credentials::new(user.clone(), password));
    }
    Ok(builder.build())
}

/// A file name for an owner, unique in this run: letters and digits kept (accents folded
/// away), the rest turned into `-`.
fn unique(taken: &mut HashSet<String>, owner: &str) -> String {
    let folded = plenary::domain::fold::fold(owner);
    let mut slug = String::new();
    for c in folded.chars() {
        if c.is_alphanumeric() {
            slug.push(c);
        } else if !slug.ends_with('-') && !slug.is_empty() {
            slug.push('-');
        }
    }
    let slug: String = slug.trim_end_matches('-').chars().take(60).collect();
    let base = if slug.is_empty() {
        "owner".to_string()
    } else {
        slug
    };
    let mut name = base.clone();
    let mut n = 1;
    while !taken.insert(name.clone()) {
        n += 1;
        name = format!("{base}-{n}");
    }
    name
}

fn write(file: &Path, bytes: &[u8]) -> Result<()> {
    std::fs::write(file, bytes).with_context(|| format!("cannot write {}", file.display()))
}
