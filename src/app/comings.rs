//! Who joined and left the live session, told to the facilitator (nc14 #11): one line each
//! on the flash line, where two arriving in the same second both stay, and a log the
//! people view (4) lists with the times.

use chrono::{DateTime, Utc};

use super::{App, Flash};
use crate::live::news::NOTICE_SECONDS;

/// How many lines of joins and leaves are kept: a day's workshop, many times over.
const KEPT: usize = 500;

/// How many of them the flash line holds at once, newest last.
const ON_FLASH: usize = 3;

/// Between two lines on the flash line.
const BETWEEN: &str = " · ";

impl App {
    /// Tells the facilitator `text` (someone joined, left or was refused) at `at`: beside
    /// the lines of the same kind still on the flash line, and kept in the people view.
    pub fn people_news(&mut self, text: String, at: DateTime<Utc>) {
        let Some(last) = self
            .host()
            .map(|h| h.comings.last().map(|(_, l)| l.clone()))
        else {
            self.inform(text);
            return;
        };
        // The flash line still shows the last ones told: the new line goes beside them.
        let mut lines: Vec<String> = match (&self.flash, last) {
            (Some(flash), Some(last))
                if !flash.is_error && flash.when_saved.is_none() && flash.text.ends_with(&last) =>
            {
                flash.text.split(BETWEEN).map(str::to_string).collect()
            }
            _ => Vec::new(),
        };
        if let Some(host) = self.host_mut() {
            host.comings_until = Some(at + chrono::Duration::seconds(NOTICE_SECONDS));
            host.comings.push((at, text.clone()));
            if host.comings.len() > KEPT {
                host.comings.remove(0);
            }
        }
        lines.push(text);
        let first = lines.len().saturating_sub(ON_FLASH);
        self.flash = Some(Flash {
            text: lines[first..].join(BETWEEN),
            is_error: false,
            when_saved: None,
        });
    }

    /// When the joins and leaves on the flash line fade, while they are there.
    pub fn comings_fade_at(&self) -> Option<DateTime<Utc>> {
        self.host()?.comings_until
    }

    /// At `now`, takes the joins and leaves off the flash line once their time is up, so
    /// the keys come back (nc14b #10: they hid the keys for minutes); the people view (4)
    /// keeps them.
    pub fn fade_comings(&mut self, now: DateTime<Utc>) {
        let Some(host) = self.host_mut() else {
            return;
        };
        if host.comings_until.is_none_or(|until| until > now) {
            return;
        }
        host.comings_until = None;
        let last = host.comings.last().map(|(_, l)| l.clone());
        let theirs = match (&self.flash, last) {
            (Some(flash), Some(last)) => {
                !flash.is_error && flash.when_saved.is_none() && flash.text.ends_with(&last)
            }
            _ => false,
        };
        if theirs {
            self.flash = None;
        }
    }
}
