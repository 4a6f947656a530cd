//! The follow-up form, on the form kit (issue 15, item 3): for the carried commitment in
//! focus, its status chosen directly, what the owner said, a renegotiated deadline and a
//! new owner. A refusal is shown beside its field and what was typed stays.

use chrono::NaiveDate;
use ratatui::crossterm::event::KeyEvent;

use crate::domain::deadline::parse_deadline_in;
use crate::domain::{Carried, Op, OpError, Status};
use crate::form::{Entry, Form, FormKey};
use crate::tr;

/// The follow-up form's fields, in Tab order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CarriedField {
    Status,
    Said,
    Deadline,
    Owner,
}

impl CarriedField {
    /// The label printed beside the field.
    pub fn label(self) -> String {
        match self {
            CarriedField::Status => tr!("carried-form-status"),
            CarriedField::Said => tr!("carried-form-said"),
            CarriedField::Deadline => tr!("form-deadline"),
            CarriedField::Owner => tr!("form-owner"),
        }
    }

    /// Every field, in the order drawn.
    pub const ALL: [CarriedField; 4] = [
        CarriedField::Status,
        CarriedField::Said,
        CarriedField::Deadline,
        CarriedField::Owner,
    ];

    fn of(field: crate::domain::Field) -> Option<CarriedField> {
        use crate::domain::Field as F;
        match field {
            F::Note => Some(CarriedField::Said),
            F::Deadline => Some(CarriedField::Deadline),
            F::Owner => Some(CarriedField::Owner),
            _ => None,
        }
    }
}

/// The statuses the form offers, in the order of their words.
const STATUSES: [Status; 4] = [
    Status::Open,
    Status::InProgress,
    Status::Done,
    Status::Dropped,
];
const STATUS_WORDS: &[&str] = &["open", "in progress", "done", "dropped"];

/// Recording what the room said about one carried commitment.
pub struct CarriedForm {
    /// The carried commitment, by its place in the session's list.
    pub index: usize,
    /// Its id, for the box's title.
    pub id: String,
    pub form: Form<CarriedField>,
    /// The deadline and owner it had when carried in: left as they are unless changed.
    deadline: NaiveDate,
    owner: String,
}

impl CarriedForm {
    /// A form for carried commitment `index`, filled with what was recorded for it so far.
    pub fn new(index: usize, c: &Carried) -> CarriedForm {
        let mut form = Form::new(vec![
            (CarriedField::Status, Entry::choice(STATUS_WORDS)),
            (
                CarriedField::Said,
                Entry::text(&tr!("carried-form-said-hint"), true),
            ),
            (
                CarriedField::Deadline,
                Entry::text(&tr!("carried-form-deadline-hint"), false),
            ),
            (
                CarriedField::Owner,
                Entry::text(&tr!("carried-form-owner-hint"), false),
            ),
        ]);
        let r = c.recorded.as_ref();
        let status = r.map_or(c.status_before, |r| r.status);
        let place = STATUSES.iter().position(|s| *s == status).unwrap_or(0);
        form.choose(CarriedField::Status, place);
        // nc16 #7: filled in as the room writes a date ("28 févr. 2027"), which reads back.
        let deadline = shown(r.and_then(|r| r.deadline).unwrap_or(c.deadline));
        let owner = r.and_then(|r| r.owner.clone()).unwrap_or(c.owner.clone());
        let said = r.and_then(|r| r.note.clone()).unwrap_or_default();
        form.fill(
            &[
                (CarriedField::Said, &said),
                (CarriedField::Deadline, &deadline),
                (CarriedField::Owner, &owner),
            ],
            true,
        );
        // The explanation is what is typed first.
        form.focus = CarriedField::Said;
        CarriedForm {
            index,
            id: c.id.clone(),
            form,
            deadline: c.deadline,
            owner: c.owner.clone(),
        }
    }

    /// Handles a key in the form.
    pub fn on_key(&mut self, key: KeyEvent) -> FormKey {
        self.form.on_key(key).0
    }

    /// Whether closing would lose typed text.
    pub fn has_changes(&self) -> bool {
        self.form.has_changes()
    }

    /// The operation the form asks for, or the deadline field marked when it is unreadable;
    /// the domain checks the rest (and `refused` shows where).
    pub fn op(&mut self, today: NaiveDate) -> Option<Op> {
        let typed = self.form.value(CarriedField::Deadline);
        // Left as filled in, it is the deadline it had, however long ago that was.
        let deadline = if typed.trim().is_empty() || typed.trim() == shown(self.deadline) {
            self.deadline
        } else {
            match parse_deadline_in(&typed, today, crate::i18n::current()) {
                Ok(d) => d,
                Err(e) => {
                    self.form.mark(vec![(
                        CarriedField::Deadline,
                        e.message(crate::i18n::current()),
                    )]);
                    return None;
                }
            }
        };
        let status = self
            .form
            .choice(CarriedField::Status)
            .and_then(|(_, i)| STATUSES.get(i).copied())
            .unwrap_or(Status::Open);
        let owner = self.form.value(CarriedField::Owner);
        let said = self.form.value(CarriedField::Said);
        Some(Op::RecordCarried {
            index: self.index,
            status,
            note: (!said.trim().is_empty()).then_some(said),
            deadline: (deadline != self.deadline).then_some(deadline),
            owner: (!owner.trim().is_empty() && owner.trim() != self.owner).then_some(owner),
        })
    }

    /// The deadline as understood so far, when it was changed: shown under the form so the
    /// room sees which day "+3m" is.
    pub fn new_deadline(
        &self,
        today: NaiveDate,
    ) -> Option<Result<NaiveDate, crate::domain::deadline::DeadlineError>> {
        let typed = self.form.value(CarriedField::Deadline);
        let typed = typed.trim();
        if typed.is_empty() || typed == shown(self.deadline) {
            return None;
        }
        Some(parse_deadline_in(typed, today, crate::i18n::current()))
    }

    /// Shows a refusal beside the field it is about (or above the form).
    pub fn refused(&mut self, error: &OpError) {
        let field = error.field().and_then(CarriedField::of);
        self.form
            .refuse(field, crate::i18n::refusal::refusal(error));
    }
}

/// A deadline as the form shows it, in the language in force.
fn shown(date: NaiveDate) -> String {
    crate::i18n::date::listed(date, crate::i18n::current())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{self, Lang};

    fn carried(deadline: &str) -> Carried {
        serde_json::from_value(serde_json::json!({
            "source_file": "s.json",
            "source_session": "s1",
            "source_title": "Workshop",
            "id": "C1",
            "what": "Publish the summary",
            "owner": "Amina",
            "deadline": deadline,
            "status_before": "open",
        }))
        .expect("a carried commitment")
    }

    // nc16 #7: the deadline is filled in as the room writes dates, and left as it is it is
    // read back as the same day, even one more than a year past.
    #[test]
    fn nc16_7_the_deadline_is_filled_in_the_language_and_read_back_unchanged() {
        let today = NaiveDate::from_ymd_opt(2026, 11, 26).expect("a day");
        for (lang, deadline, want) in [
            (Lang::Fr, "2027-02-28", "28 févr. 2027"),
            (Lang::Es, "2027-02-28", "28 feb 2027"),
            (Lang::En, "2027-02-28", "2027-02-28"),
            (Lang::Fr, "2024-03-31", "31 mars 2024"),
        ] {
            let _in = i18n::scoped(lang);
            let mut f = CarriedForm::new(0, &carried(deadline));
            assert_eq!(f.form.value(CarriedField::Deadline), want);
            assert!(f.new_deadline(today).is_none(), "{want}");
            let op = f.op(today);
            assert!(
                matches!(op, Some(Op::RecordCarried { deadline: None, .. })),
                "{want}: {op:?}"
            );
        }
    }
}
