//! The follow-up item's actions (issue 15, item 3): a status recorded by its first letter
//! or the next one with Space, the follow-up form, and re-agreeing a carried commitment as
//! one of this session.

use chrono::{DateTime, Utc};

use super::carried_form::CarriedForm;
use super::{App, Form};
use crate::domain::{Applied, Carried, ItemKind, Moment, Op, RecordedFollowUp, Status};
use crate::i18n::keys::status_label;
use crate::tr;

/// Seconds a status recorded for the commitment in focus waits before it is written back
/// (nc15 #11): long enough to correct a slip, short enough that no one need move on.
pub const SETTLE_SECONDS: i64 = 3;

/// Whether what the room recorded has stood long enough to be written back.
pub fn settled(r: &RecordedFollowUp, now: DateTime<Utc>) -> bool {
    now - r.at >= chrono::Duration::seconds(SETTLE_SECONDS)
}

impl App {
    /// The carried commitment in focus, with its place in the list.
    fn carried_in_focus(&self) -> Option<(usize, &Carried)> {
        let live = self.session.live.as_ref()?;
        let index = live.current_carried;
        live.carried.get(index).map(|c| (index, c))
    }

    /// Records `status` for the commitment in focus (None: the next one in the cycle),
    /// keeping what was said about it before.
    pub(super) fn record_carried(&mut self, status: Option<Status>, at: Moment) {
        let Some((index, carried)) = self.carried_in_focus() else {
            return self.refuse(tr!("refused-none-carried"));
        };
        let r = carried.recorded.as_ref();
        let status =
            status.unwrap_or_else(|| r.map_or(carried.status_before, |r| r.status).cycled());
        let op = Op::RecordCarried {
            index,
            status,
            note: r.and_then(|r| r.note.clone()),
            deadline: r.and_then(|r| r.deadline),
            owner: r.and_then(|r| r.owner.clone()),
        };
        let id = carried.id.clone();
        if self.run(op, at) {
            self.say_once_saved(
                tr!(
                    "said-carried-saving",
                    id = &id,
                    status = status_label(status)
                ),
                tr!("said-carried", id = &id, status = status_label(status)),
            );
        }
    }

    /// Opens the follow-up form for the commitment in focus.
    pub(super) fn open_carried_form(&mut self) {
        match self.carried_in_focus() {
            Some((index, c)) => {
                self.form = Some(Form::Carried(Box::new(CarriedForm::new(index, c))));
            }
            None => self.refuse(tr!("refused-none-carried")),
        }
    }

    /// Re-agrees the commitment in focus as a commitment of this session.
    pub(super) fn re_agree_carried(&mut self, at: Moment) {
        let Some((index, carried)) = self.carried_in_focus() else {
            return self.refuse(tr!("refused-none-carried"));
        };
        let old = carried.id.clone();
        match self.apply(Op::ReAgreeCarried { index }, at) {
            Ok(Applied::Created(new)) => self.say_once_saved(
                tr!("said-re-agreeing", old = &old, new = &new),
                tr!("said-re-agreed", old = &old, new = &new),
            ),
            Ok(Applied::Done) => {}
            Err(e) => self.refuse(super::update::capitalised(&crate::i18n::refusal::refusal(
                &e,
            ))),
        }
    }

    /// The follow-up form's Enter.
    pub(super) fn submit_carried(&mut self, mut f: Box<CarriedForm>, at: Moment) {
        let Some(op) = f.op(at.today) else {
            self.form = Some(Form::Carried(f));
            return;
        };
        match self.apply(op, at) {
            Ok(_) => self.say_once_saved(
                tr!("said-id-saving", id = &f.id),
                tr!("said-what-was-said", id = &f.id),
            ),
            Err(e) => {
                f.refused(&e);
                self.form = Some(Form::Carried(f));
            }
        }
    }

    /// Recorded follow-ups not yet in their own session files: (index, file, operation).
    /// The commitment in focus is held back while the room may still change its status,
    /// unless `all` (on quitting), so the source's history records the decision only.
    pub fn pending_write_backs(&self, all: bool) -> Vec<(usize, std::path::PathBuf, Op)> {
        self.write_backs(|_| !all)
    }

    /// As `pending_write_backs(false)`, but the commitment in focus goes too once the room
    /// has left it alone for `SETTLE_SECONDS` at `now` (nc15 #11): written back without
    /// leaving it, a quick correction (d, then i) still written as one decision.
    pub fn write_backs_due(&self, now: DateTime<Utc>) -> Vec<(usize, std::path::PathBuf, Op)> {
        self.write_backs(|r| !settled(r, now))
    }

    /// When the follow-up in focus will have settled, for the console to wake then.
    pub fn write_back_settles_at(&self) -> Option<DateTime<Utc>> {
        let index = self.deciding()?;
        let live = self.session.live.as_ref()?;
        let r = live.carried.get(index)?.recorded.as_ref()?;
        (!r.written_back).then(|| r.at + chrono::Duration::seconds(SETTLE_SECONDS))
    }

    /// The carried commitment the room is deciding on: in focus on the running follow-up item.
    pub fn deciding(&self) -> Option<usize> {
        let live = self.session.live.as_ref()?;
        (self.current_kind() == Some(ItemKind::FollowUp) && !self.ended())
            .then_some(live.current_carried)
    }

    /// The recorded follow-ups not yet written back, the one in focus left out when `hold`.
    fn write_backs(
        &self,
        hold: impl Fn(&RecordedFollowUp) -> bool,
    ) -> Vec<(usize, std::path::PathBuf, Op)> {
        let Some(live) = self.session.live.as_ref().filter(|l| !l.carried.is_empty()) else {
            return Vec::new();
        };
        let deciding = self.deciding();
        live.carried
            .iter()
            .enumerate()
            .filter_map(|(i, c)| {
                let r = c.recorded.as_ref().filter(|r| !r.written_back)?;
                if Some(i) == deciding && hold(r) {
                    return None;
                }
                // Issue 15, item 3: the note written back is what the owner said, not a
                // generic "Reviewed at …"; the key names the session it was said in.
                let op = Op::FollowUp {
                    id: c.id.clone(),
                    status: r.status,
                    deadline: r.deadline,
                    note: r.note.clone().unwrap_or_default(),
                    base_revision: None,
                    // The same decision written back twice (a crash before it was marked
                    // written back) lands once.
                    key: Some(format!("{}/{}@{}", live.id, c.id, r.at.to_rfc3339())),
                    owner: r.owner.clone(),
                    superseded_by: r.superseded_by.clone(),
                    // nc15 #2, #13: the meeting, for the earlier record: where it was
                    // followed up, and where it was agreed again.
                    superseded_in: Some(self.meeting_name()),
                };
                Some((i, c.source_file.clone().into(), op))
            })
            .collect()
    }

    /// This meeting in words, as the earlier record names it: "Suivi à trois mois (26 Nov 2026)".
    fn meeting_name(&self) -> String {
        let s = &self.session;
        let day = s
            .date
            .or_else(|| s.live.as_ref().map(|l| l.created_at.date_naive()));
        match day {
            Some(d) => format!("{} ({})", s.title.trim(), d.format("%-d %b %Y")),
            None => s.title.trim().to_string(),
        }
    }
}
