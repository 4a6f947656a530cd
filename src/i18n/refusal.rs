//! A refused operation in the language in force (issue 16). The domain words its refusals
//! in English (`OpError`'s `Display`, which the command line and the logs keep); the forms
//! and the status line of the console and the note-taker's screen say them with these.
//! A refusal already worded by a rule of the session (`Rule`, `NotAllowed`) stays as given.

use crate::domain::{Field, OpError};
use crate::tr;

/// Why an operation was refused, in the language in force, as the form or status line
/// shows it (lower case first, as `OpError` writes it).
pub fn refusal(e: &OpError) -> String {
    let date = |d: &chrono::NaiveDate| super::date::short(*d, super::current());
    match e {
        OpError::NotStarted => tr!("refusal-not-started"),
        OpError::AlreadyStarted => tr!("refusal-already-started"),
        OpError::Ended => tr!("refusal-ended"),
        OpError::NoGroups => tr!("refusal-no-groups"),
        OpError::Empty { field, .. } => match field {
            Field::Action => tr!("refusal-empty-action"),
            Field::Owner => tr!("refusal-empty-owner"),
            Field::Note => tr!("refusal-empty-note"),
            Field::GroupName => tr!("refusal-empty-group"),
            Field::Title => tr!("refusal-empty-title"),
            _ => e.to_string(),
        },
        OpError::TooLong { field, len, max } => tr!(
            "refusal-too-long",
            field = field_name(*field),
            len = *len,
            max = *max
        ),
        OpError::Unprintable { field, found } => {
            let code = crate::domain::text::code_point(*found);
            if *found == '\n' || *found == '\r' {
                tr!(
                    "refusal-line-break",
                    field = field_name(*field),
                    code = code
                )
            } else {
                tr!("refusal-control", field = field_name(*field), code = code)
            }
        }
        OpError::PastDeadline(d) => tr!("refusal-past-deadline", date = d.to_string()),
        OpError::DeadlineLongPast(d) => tr!("refusal-long-past", date = date(d)),
        OpError::NewDeadlinePast(d) => tr!("refusal-new-deadline-past", date = date(d)),
        OpError::DeadlineWithoutNote => tr!("refusal-deadline-without-note"),
        OpError::Conflict { by } => tr!("refusal-conflict", by = by),
        OpError::StatusMoved { by, id, status } => {
            tr!("refusal-status-moved", by = by, id = id, status = status)
        }
        OpError::MinutesOutOfRange(m) => tr!(
            "refusal-minutes",
            minutes = *m,
            max = crate::domain::limits::MAX_MINUTES
        ),
        OpError::GroupNameTaken(name) => tr!("refusal-group-taken", name = name),
        _ => e.to_string(),
    }
}

/// A field as a refusal names it ("the owner").
fn field_name(field: Field) -> String {
    match field {
        Field::Action => tr!("field-action"),
        Field::Owner => tr!("field-owner"),
        Field::Deadline => tr!("field-deadline"),
        Field::Note => tr!("field-note"),
        Field::Name => tr!("field-name"),
        Field::GroupName => tr!("field-group-name"),
        Field::Presenter => tr!("field-presenter"),
        Field::Topic => tr!("field-topic"),
        Field::Title => tr!("field-title"),
        Field::Minutes => tr!("field-minutes"),
        Field::ClientId | Field::Secret => field.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{Lang, scoped};

    // Issue 16: a refusal reads in English as the domain words it, and in the language in
    // force on the console.
    #[test]
    fn refusals_read_as_the_domain_words_them_in_english_and_translated_otherwise() {
        let errors = [
            OpError::Empty {
                field: Field::Action,
                hint: "what will be done",
            },
            OpError::TooLong {
                field: Field::Owner,
                len: 300,
                max: 200,
            },
            OpError::Unprintable {
                field: Field::Owner,
                found: '\n',
            },
            OpError::MinutesOutOfRange(2000),
            OpError::GroupNameTaken("A".into()),
            OpError::NotStarted,
        ];
        for e in &errors {
            let _en = scoped(Lang::En);
            assert_eq!(refusal(e), e.to_string());
            let _fr = scoped(Lang::Fr);
            assert_ne!(refusal(e), e.to_string(), "{e}");
        }
    }
}
