//! plenary: a terminal console for live dialogue workshops.
//!
//! `domain` is the pure core; `store` reads and writes session files; `app` holds a seat's
//! state and turns keys into operations; `ui` draws; `shell` is the one terminal loop every
//! front end runs in (the `console`, the note-taker's `live::client`, `review`, the
//! `launcher`); `keymap` and `form` are the interaction kit they share.
#![forbid(unsafe_code)]
// A panic in front of a room loses the screen: outside tests, say what went wrong instead.
#![cfg_attr(not(test), deny(clippy::unwrap_used))]

pub mod app;
pub mod clock;
pub mod console;
pub mod domain;
pub mod editor;
pub mod examples;
pub mod form;
pub mod i18n;
pub mod keymap;
pub mod launcher;
pub mod lean_backend;
pub mod live;
pub mod report;
pub mod review;
pub mod shell;
pub mod store;
pub mod suggest;
pub mod ui;
