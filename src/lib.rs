//! plenary: a terminal console for live dialogue workshops.
//!
//! `domain` is the pure core; `store` reads and writes session files; `app`
//! holds UI state and turns keys into operations; `ui` draws; `runtime` owns the
//! terminal and the event loop; `screen` compares frames with what the terminal shows;
//! `launcher` is the start screen.
#![forbid(unsafe_code)]

pub mod app;
pub mod clock;
pub mod domain;
pub mod keymap;
pub mod launcher;
pub mod lean_backend;
pub mod live;
pub mod report;
pub mod review;
pub mod runtime;
pub mod screen;
pub mod shell;
pub mod store;
pub mod ui;
