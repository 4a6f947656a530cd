//! A digest as an e-mail message (RFC 5322, through lettre): the text, and the owner's
//! commitments as a calendar attachment. The same bytes are written as a `.eml` file or
//! handed to SMTP, so what a dry run shows is what is sent.

use anyhow::{Context, Result};
use lettre::Message;
use lettre::message::header::ContentType;
use lettre::message::{Attachment, Mailbox, MultiPart, SinglePart};

use super::remind::{Digest, body};

/// The message for `d`, from `from`; `None` when the owner has no address to send to.
pub fn message(d: &Digest, from: &Mailbox, today: chrono::NaiveDate) -> Result<Option<Message>> {
    if d.emails.is_empty() {
        return Ok(None);
    }
    let mut builder = Message::builder().from(from.clone()).subject(d.subject());
    for email in &d.emails {
        let to: Mailbox = email
            .parse()
            .with_context(|| format!("{email} (owner {}) is not an e-mail address", d.owner))?;
        builder = builder.to(to);
    }
    let name = crate::tr!(in d.lang; "ics-name", name = d.owner.as_str());
    let calendar = super::ics::render_rows_in(&name, &d.rows, d.lang);
    let ics_type = ContentType::parse("text/calendar; charset=utf-8; method=PUBLISH")
        .context("the calendar's content type")?;
    let message = builder
        .multipart(
            MultiPart::mixed()
                .singlepart(SinglePart::plain(body(d, today)))
                .singlepart(
                    Attachment::new(crate::tr!(in d.lang; "mail-calendar-file"))
                        .body(calendar, ics_type),
                ),
        )
        .with_context(|| format!("the reminder to {}", d.owner))?;
    Ok(Some(message))
}
