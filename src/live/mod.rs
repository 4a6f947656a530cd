//! Live sharing: the facilitator's process hosts the session on a Unix socket;
//! note-takers and viewers join it with `plenary join`.

mod connection;
pub mod host;
pub mod join;
pub mod link;
pub mod outbox;
pub mod protocol;
pub mod serve;
pub mod socket;
pub mod users;
