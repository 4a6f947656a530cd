//! The pure core: the session and the operations that change it. No IO, no
//! terminal, no clock: time comes in as arguments, so all of it is testable.

pub mod advice;
mod advice_people;
pub mod agenda_edit;
pub mod agenda_fields;
pub mod amend;
pub mod apply;
pub mod board;
mod board_filter;
pub mod carried;
pub mod carry;
pub mod commitments;
pub mod console;
pub mod day_first;
pub mod deadline;
mod deadline_periods;
pub mod deadline_words;
mod edit_why;
pub mod email;
mod field_rules;
pub mod fold;
pub mod language;
pub mod limits;
pub mod log;
pub mod model;
pub mod ops;
pub mod order;
pub mod past_words;
pub mod place;
pub mod plan;
pub mod record;
pub mod resume;
pub mod schedule;
pub mod summary;
pub mod text;
pub mod time_of_day;
pub mod timer;
pub mod validate;
pub mod why;
pub mod written;

pub use console::ConsoleState;
pub use log::{AppliedOp, ReplayError};
pub use model::*;
pub use ops::{Applied, CommitmentDraft, Field, Moment, Numbered, Op, OpError};
