//! plenary: a terminal console for live dialogue workshops.
#![forbid(unsafe_code)]

pub mod domain;
