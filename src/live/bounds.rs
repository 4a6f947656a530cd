//! The protocol's boundary: every field of a client's message is checked right after it is
//! parsed, before anything is kept, echoed or applied, and the reasons given back never
//! repeat what the client sent. Names are cleaned here too, and told apart when two look
//! alike.

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

use super::protocol::ClientMsg;
use crate::domain::Op;
use crate::domain::ops::{MAX_CLIENT_ID, MAX_TEXT};

/// Longest name a person can be shown with.
pub const MAX_NAME: usize = 60;
/// Shortest and longest client secret.
pub const SECRET_LEN: std::ops::RangeInclusive<usize> = 16..=128;
/// Longest commitment id (`C1` … `C99999` and more to spare).
pub const MAX_COMMITMENT_ID: usize = 16;
/// Longest reason sent back to a client.
pub const MAX_REASON: usize = 300;

/// Why a message is refused, in words that do not repeat its content.
pub fn check(msg: &ClientMsg) -> Result<(), String> {
    match msg {
        ClientMsg::Hello {
            name,
            client,
            secret,
            ..
        } => {
            let len = clean_name(name).chars().count();
            if len > MAX_NAME || name.len() > 4 * MAX_NAME {
                return Err(format!(
                    "your name is {} characters long, at most {MAX_NAME}: join with a shorter --name",
                    name.chars().count()
                ));
            }
            let id_ok = (1..=MAX_CLIENT_ID).contains(&client.len())
                && client
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b"._-".contains(&b));
            if !id_ok {
                return Err(format!(
                    "a client id is 1 to {MAX_CLIENT_ID} letters, digits, dots, dashes or underscores"
                ));
            }
            if !SECRET_LEN.contains(&secret.len()) || !secret.bytes().all(|b| b.is_ascii_graphic())
            {
                return Err(format!(
                    "a hello needs a secret of {} to {} visible characters: use the same plenary version as the facilitator",
                    SECRET_LEN.start(),
                    SECRET_LEN.end()
                ));
            }
            Ok(())
        }
        ClientMsg::Op { op, .. } => check_op(op),
        ClientMsg::Sync => Ok(()),
    }
}

fn text(value: &str, what: &str) -> Result<(), String> {
    let len = value.chars().count();
    if len > MAX_TEXT {
        return Err(format!(
            "{what} is {len} characters long, at most {MAX_TEXT}"
        ));
    }
    Ok(())
}

fn commitment_id(id: &str) -> Result<(), String> {
    if id.chars().count() > MAX_COMMITMENT_ID {
        return Err(format!(
            "a commitment id is at most {MAX_COMMITMENT_ID} characters; this one has {}",
            id.chars().count()
        ));
    }
    Ok(())
}

fn check_op(op: &Op) -> Result<(), String> {
    match op {
        Op::AddNote { text: t, .. } => text(t, "the note"),
        Op::AddCommitment { draft } => {
            text(&draft.what, "the action")?;
            text(&draft.owner, "the owner")
        }
        Op::EditCommitment { id, draft, .. } => {
            commitment_id(id)?;
            text(&draft.what, "the action")?;
            text(&draft.owner, "the owner")
        }
        Op::SetStatus { id, note, .. } => {
            commitment_id(id)?;
            note.as_deref().map_or(Ok(()), |n| text(n, "the note"))
        }
        Op::FollowUp { id, note, .. } => {
            commitment_id(id)?;
            text(note, "the note")
        }
        Op::BindClient { .. } => Err("only the host records who owns a client id".into()),
        _ => Ok(()),
    }
}

/// A reason for a client, cut to `MAX_REASON` characters whatever it quotes.
pub fn reason(text: &str) -> String {
    if text.chars().count() <= MAX_REASON {
        return text.to_string();
    }
    let mut cut: String = text.chars().take(MAX_REASON - 1).collect();
    cut.push('…');
    cut
}

/// A name without control or text-direction characters, its spaces collapsed.
pub fn clean_name(raw: &str) -> String {
    let kept: String = raw
        .chars()
        .filter(|c| !c.is_control() && !invisible(*c))
        .collect();
    kept.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Characters that change how the text around them is shown without being seen.
fn invisible(c: char) -> bool {
    matches!(c, '\u{200b}'..='\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2060}'..='\u{2069}' | '\u{061c}' | '\u{feff}')
}

/// A name as it is compared: without case or accents.
fn folded(name: &str) -> String {
    name.nfd()
        .filter(|c| !is_combining_mark(*c))
        .collect::<String>()
        .to_lowercase()
}

/// `name` as the host shows and records it: with the person's Unix user when it looks like
/// one already `taken` (the facilitator's, another connected person's), and numbered if
/// even that is taken.
pub fn distinct_name(name: &str, user: &str, taken: &[String]) -> String {
    let taken: Vec<String> = taken.iter().map(|t| folded(t)).collect();
    let free = |n: &str| !taken.contains(&folded(n));
    if free(name) {
        return name.to_string();
    }
    let with_user = format!("{name} ({user})");
    if free(&with_user) {
        return with_user;
    }
    (2..)
        .map(|i| format!("{with_user} {i}"))
        .find(|n| free(n))
        .unwrap_or(with_user)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_cleaned_and_look_alikes_get_the_user() {
        assert_eq!(clean_name("  Eve\u{1b}[2J \u{202e}Lin\u{7} "), "Eve[2J Lin");
        let taken = vec!["Amina".to_string(), "Grace (lina)".to_string()];
        assert_eq!(distinct_name("Joseph", "joe", &taken), "Joseph");
        assert_eq!(distinct_name("ámina", "lina", &taken), "ámina (lina)");
        assert_eq!(
            distinct_name("grace (lina)", "lina", &taken),
            "grace (lina) (lina)"
        );
        let taken = vec!["Grace".to_string(), "Grace (lina)".to_string()];
        assert_eq!(distinct_name("GRACE", "lina", &taken), "GRACE (lina) 2");
    }

    #[test]
    fn refusals_never_repeat_what_was_sent() {
        let huge = "C".repeat(200_000);
        let op = Op::SetStatus {
            id: huge.clone(),
            status: crate::domain::Status::Done,
            note: None,
        };
        let why = check(&ClientMsg::Op { seq: 1, op }).unwrap_err();
        assert!(why.len() < 200 && !why.contains("CCCC"), "{why}");
        assert_eq!(reason(&huge).chars().count(), MAX_REASON);
    }
}
