//! Checks that a parsed session makes sense: things JSON syntax cannot say, such as an
//! agenda with no items, a commitment pointing at a missing group, a number no session
//! could hold (`limits`), or text carrying control characters (`text`).

use std::collections::HashSet;

use chrono::{DateTime, NaiveDate, Utc};

use super::limits::{self, MAX_ADJUST_SECONDS, MAX_COUNT, MAX_MINUTES, MAX_TIMER_MS};
use super::model::{ItemKind, LiveRecord, Session};
use super::text;
use super::timer::Timer;
pub use super::why::Why;

/// The path of a problem with the whole file (one that is not an object).
pub const WHOLE_FILE: &str = "(the file)";

/// One thing wrong with a session, located by its JSON path (`groups[1].name`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    pub path: String,
    /// What is wrong there, as data: said in English by its `Display`, in the language
    /// in force by `i18n::problems`.
    pub why: Why,
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.path, self.why)
    }
}

/// The problems found so far, with the checks every part of a session shares.
#[derive(Default)]
struct Found(Vec<Problem>);

impl Found {
    fn say(&mut self, path: impl Into<String>, why: Why) {
        self.0.push(Problem {
            path: path.into(),
            why,
        });
    }

    /// Text shown to people: one line, no control characters.
    fn line(&mut self, path: impl FnOnce() -> String, value: &str) {
        if let Some(c) = text::refused_char(value, false) {
            self.say(path(), unprintable(c));
        }
    }

    /// Free text that may span lines (notes).
    fn lines(&mut self, path: impl FnOnce() -> String, value: &str) {
        if let Some(c) = text::refused_char(value, true) {
            self.say(path(), unprintable(c));
        }
    }

    fn instant(&mut self, path: impl FnOnce() -> String, at: Option<DateTime<Utc>>) {
        if at.is_some_and(|at| !limits::instant_ok(at)) {
            self.say(path(), Why::OutOfRange);
        }
    }

    fn date(&mut self, path: impl FnOnce() -> String, date: Option<NaiveDate>) {
        if date.is_some_and(|d| !limits::date_ok(d)) {
            self.say(path(), Why::OutOfRange);
        }
    }

    fn minutes(&mut self, path: impl FnOnce() -> String, minutes: Option<u32>) {
        if let Some(m) = minutes.filter(|m| *m > MAX_MINUTES) {
            self.say(path(), Why::MinutesOver(m));
        }
    }

    fn adjustment(&mut self, path: impl FnOnce() -> String, seconds: i64) {
        if !(-MAX_ADJUST_SECONDS..=MAX_ADJUST_SECONDS).contains(&seconds) {
            self.say(path(), Why::AdjustOver(seconds));
        }
    }

    fn count(&mut self, path: impl FnOnce() -> String, n: u64) {
        if n > MAX_COUNT {
            self.say(path(), Why::CountOver(n));
        }
    }

    fn timer(&mut self, path: &str, t: &Timer) {
        if !(0..=MAX_TIMER_MS).contains(&t.banked_ms) {
            self.say(format!("{path}.banked_ms"), Why::TimerOver(t.banked_ms));
        }
        self.adjustment(|| format!("{path}.adjust_seconds"), t.adjust_seconds);
        self.instant(|| format!("{path}.running_since"), t.running_since);
        self.instant(|| format!("{path}.first_started"), t.first_started);
    }
}

/// A character text may not hold, as the problem it makes.
fn unprintable(c: char) -> Why {
    if c == '\n' || c == '\r' {
        Why::LineBreak(c)
    } else {
        Why::Control(c)
    }
}

impl Session {
    /// Every problem found; empty when the session can be run or reviewed.
    pub fn problems(&self) -> Vec<Problem> {
        let mut out = Found::default();
        self.plan_problems(&mut out);
        if let Some(live) = &self.live {
            self.live_problems(live, &mut out);
        }
        out.0
    }

    fn plan_problems(&self, out: &mut Found) {
        if self.title.trim().is_empty() {
            out.say("title", Why::TitleEmpty);
        }
        out.line(|| "title".into(), &self.title);
        out.line(|| "venue".into(), &self.venue);
        out.date(|| "date".into(), self.date);
        if self.presenter_minutes == 0 {
            out.say("presenter_minutes", Why::PresenterMinutesZero);
        }
        out.minutes(|| "presenter_minutes".into(), Some(self.presenter_minutes));
        if self.agenda.is_empty() {
            out.say("agenda", Why::NoItems);
        }
        for (i, item) in self.agenda.iter().enumerate() {
            if item.title.trim().is_empty() {
                out.say(format!("agenda[{i}].title"), Why::ItemTitleEmpty);
            }
            out.line(|| format!("agenda[{i}].title"), &item.title);
            for (k, prompt) in item.prompts.iter().enumerate() {
                out.line(|| format!("agenda[{i}].prompts[{k}]"), prompt);
            }
            if item.minutes == 0 {
                out.say(format!("agenda[{i}].minutes"), Why::ItemMinutesZero);
            }
            out.minutes(|| format!("agenda[{i}].minutes"), Some(item.minutes));
            if item.kind == ItemKind::Presentations && self.groups.is_empty() {
                out.say(format!("agenda[{i}].kind"), Why::PresentationsWithoutGroups);
            }
        }
        let mut names: Vec<String> = Vec::new();
        for (g, group) in self.groups.iter().enumerate() {
            let name = group.name.trim().to_lowercase();
            if group.name.trim().is_empty() {
                out.say(format!("groups[{g}].name"), Why::GroupNameEmpty);
            } else if let Some(first) = names.iter().position(|n| *n == name) {
                // nc13b #5: which group it repeats.
                out.say(
                    format!("groups[{g}].name"),
                    Why::GroupNameRepeats {
                        first,
                        name: self.groups[first].name.trim().to_string(),
                    },
                );
            }
            names.push(name);
            out.line(|| format!("groups[{g}].name"), &group.name);
            out.line(|| format!("groups[{g}].topic"), &group.topic);
            out.line(|| format!("groups[{g}].presenter"), &group.presenter);
            for (k, q) in group.questions.iter().enumerate() {
                out.line(|| format!("groups[{g}].questions[{k}]"), q);
            }
            for (k, m) in group.members.iter().enumerate() {
                out.line(|| format!("groups[{g}].members[{k}]"), m);
            }
            if group.minutes == Some(0) {
                out.say(format!("groups[{g}].minutes"), Why::GroupMinutesZero);
            }
            out.minutes(|| format!("groups[{g}].minutes"), group.minutes);
        }
        for (p, person) in self.participants.iter().enumerate() {
            if person.name.trim().is_empty() {
                out.say(format!("participants[{p}].name"), Why::ParticipantNameEmpty);
            }
            out.line(|| format!("participants[{p}].name"), &person.name);
            out.line(
                || format!("participants[{p}].organisation"),
                &person.organisation,
            );
            out.line(
                || format!("participants[{p}].stakeholder"),
                &person.stakeholder,
            );
        }
    }

    fn live_problems(&self, live: &LiveRecord, out: &mut Found) {
        out.line(|| "live.id".into(), &live.id);
        out.instant(|| "live.created_at".into(), Some(live.created_at));
        out.instant(|| "live.started_at".into(), live.started_at);
        out.instant(|| "live.ended_at".into(), live.ended_at);
        out.count(|| "live.revision".into(), live.revision);
        if live.items.len() != self.agenda.len() {
            out.say("live.items", Why::OneEntryPerItem);
        }
        for (i, item) in live.items.iter().enumerate() {
            out.adjustment(
                || format!("live.items[{i}].adjust_seconds"),
                item.adjust_seconds,
            );
            for (k, span) in item.spans.iter().enumerate() {
                out.instant(
                    || format!("live.items[{i}].spans[{k}].start"),
                    Some(span.start),
                );
                out.instant(|| format!("live.items[{i}].spans[{k}].end"), span.end);
            }
        }
        if live.presentations.len() != self.groups.len() {
            out.say("live.presentations", Why::OneEntryPerGroup);
        }
        for (g, p) in live.presentations.iter().enumerate() {
            out.timer(&format!("live.presentations[{g}].timer"), &p.timer);
        }
        // Orders name each item or group once; every group is in the report-back order.
        let mut seen = HashSet::new();
        if live
            .item_order
            .iter()
            .any(|i| *i >= self.agenda.len() || !seen.insert(*i))
        {
            out.say("live.item_order", Why::ItemOrder);
        }
        let mut seen = HashSet::new();
        if !live.group_order.is_empty()
            && (live.group_order.len() != self.groups.len()
                || live
                    .group_order
                    .iter()
                    .any(|g| *g >= self.groups.len() || !seen.insert(*g)))
        {
            out.say("live.group_order", Why::GroupOrder);
        }
        for (k, change) in live.plan_changes.iter().enumerate() {
            out.instant(|| format!("live.plan_changes[{k}].at"), Some(change.at));
            out.line(
                || format!("live.plan_changes[{k}].by.name"),
                &change.by.name,
            );
            out.line(|| format!("live.plan_changes[{k}].change"), &change.change);
        }
        if live.current_item >= self.agenda.len().max(1) {
            out.say("live.current_item", Why::CurrentItemPast);
        }
        if !self.groups.is_empty() && live.current_group >= self.groups.len() {
            out.say("live.current_group", Why::CurrentGroupPast);
        }
        let anchor_ok = |item: usize, group: Option<usize>| {
            item < self.agenda.len() && group.is_none_or(|g| g < self.groups.len())
        };
        for (n, note) in live.notes.iter().enumerate() {
            if !anchor_ok(note.anchor.item, note.anchor.group) {
                out.say(format!("live.notes[{n}].anchor"), Why::AnchorMissing);
            }
            out.lines(|| format!("live.notes[{n}].text"), &note.text);
            out.line(|| format!("live.notes[{n}].author.name"), &note.author.name);
            out.instant(|| format!("live.notes[{n}].at"), Some(note.at));
            for (h, change) in note.history.iter().enumerate() {
                let at = format!("live.notes[{n}].history[{h}]");
                out.instant(|| format!("{at}.at"), Some(change.at));
                out.line(|| format!("{at}.by.name"), &change.by.name);
                out.line(|| format!("{at}.change"), &change.change);
                if let Some(before) = &change.before {
                    out.lines(|| format!("{at}.before"), before);
                }
            }
        }
        if !live.carried.is_empty() && live.current_carried >= live.carried.len() {
            out.say("live.current_carried", Why::CurrentCarriedPast);
        }
        for (k, c) in live.carried.iter().enumerate() {
            let at = format!("live.carried[{k}]");
            out.line(|| format!("{at}.source_session"), &c.source_session);
            out.line(|| format!("{at}.source_title"), &c.source_title);
            out.line(|| format!("{at}.id"), &c.id);
            out.line(|| format!("{at}.what"), &c.what);
            out.line(|| format!("{at}.owner"), &c.owner);
            out.date(|| format!("{at}.source_date"), c.source_date);
            out.date(|| format!("{at}.deadline"), Some(c.deadline));
            if let Some(r) = &c.recorded {
                out.instant(|| format!("{at}.recorded.at"), Some(r.at));
                out.line(|| format!("{at}.recorded.by.name"), &r.by.name);
            }
            out.timer(&format!("{at}.timer"), &c.timer);
        }
        let mut ids = HashSet::new();
        for (c, com) in live.commitments.iter().enumerate() {
            let at = format!("live.commitments[{c}]");
            if !ids.insert(com.id.as_str()) {
                out.say(format!("{at}.id"), Why::IdRepeats);
            }
            out.line(|| format!("{at}.id"), &com.id);
            if let Some(digits) = com.id.strip_prefix('C')
                && !digits.is_empty()
                && digits.bytes().all(|b| b.is_ascii_digit())
                && digits.parse::<u64>().is_ok_and(|n| n > MAX_COUNT)
                    | digits.parse::<u64>().is_err()
            {
                out.say(format!("{at}.id"), Why::IdOver(com.id.clone()));
            }
            if com.what.trim().is_empty() {
                out.say(format!("{at}.what"), Why::WhatEmpty);
            }
            out.line(|| format!("{at}.what"), &com.what);
            if com.owner.trim().is_empty() {
                out.say(format!("{at}.owner"), Why::OwnerEmpty);
            }
            out.line(|| format!("{at}.owner"), &com.owner);
            if !anchor_ok(com.anchor.item, com.anchor.group) {
                out.say(format!("{at}.anchor"), Why::AnchorMissing);
            }
            out.date(|| format!("{at}.deadline"), Some(com.deadline));
            out.instant(|| format!("{at}.created_at"), Some(com.created_at));
            out.line(|| format!("{at}.created_by.name"), &com.created_by.name);
            out.count(|| format!("{at}.revision"), com.revision.into());
            for (h, entry) in com.history.iter().enumerate() {
                out.instant(|| format!("{at}.history[{h}].at"), Some(entry.at));
                out.line(|| format!("{at}.history[{h}].by.name"), &entry.by.name);
                out.line(|| format!("{at}.history[{h}].change"), &entry.change);
                if let Some(note) = &entry.note {
                    out.lines(|| format!("{at}.history[{h}].note"), note);
                }
            }
        }
    }
}
