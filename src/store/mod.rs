//! Session files on disk: reading with precise errors, atomic writes, the lock
//! that keeps two hosts off one session, and where files live.

pub mod catalog;
pub mod followup;
pub mod load;
pub mod lock;
pub mod paths;
pub mod save;

pub use load::{LoadError, load};
pub use lock::{LockError, SessionLock};
pub use save::{BackgroundSaver, Saver, write_atomic};
