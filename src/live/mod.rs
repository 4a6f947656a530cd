//! Live sharing: the facilitator's process hosts the session on a Unix socket;
//! note-takers and viewers join it with `plenary join`.

pub mod admit;
pub mod bounds;
pub mod client;
mod connection;
pub mod discover;
pub mod drafts;
pub mod flow;
pub mod host;
pub mod identity;
pub mod join;
pub mod link;
pub mod listening;
pub mod names;
pub mod news;
pub mod outbox;
pub mod protocol;
pub mod replay;
pub mod serve;
pub mod socket;
pub mod socket_name;
pub mod trust;
pub mod unshared;
pub mod users;
