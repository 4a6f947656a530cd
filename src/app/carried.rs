//! The follow-up item's actions (issue 15, item 3): a status recorded by its first letter
//! or the next one with Space, the follow-up form, and re-agreeing a carried commitment as
//! one of this session.

use super::carried_form::CarriedForm;
use super::{App, Form};
use crate::domain::{Applied, Carried, Moment, Op, Status};
use crate::i18n::keys::status_label;
use crate::tr;

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
}
