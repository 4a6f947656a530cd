//! Applying operations: `Session::apply` checks an operation against the session and, if
//! it may be applied, applies all of it; a refusal changes nothing. Time comes in as an
//! argument. The commitment operations are in `commitments`.

use chrono::{DateTime, Utc};

use super::commitments;
use super::model::{Author, ItemKind, LiveRecord, PresentationRecord, Session, Span};
use super::ops::{Applied, Field, MAX_CLIENT_ID, Moment, Numbered, Op, OpError};

impl Session {
    /// Gives a prepared agenda its live record, ready to start.
    pub fn begin_live(&mut self, id: String, agenda_file: Option<String>, now: DateTime<Utc>) {
        if self.live.is_none() {
            self.live = Some(LiveRecord {
                id,
                created_at: now,
                agenda_file,
                planned_date: None,
                started_at: None,
                ended_at: None,
                current_item: 0,
                current_group: 0,
                items: vec![Default::default(); self.agenda.len()],
                presentations: vec![PresentationRecord::default(); self.groups.len()],
                notes: Vec::new(),
                commitments: Vec::new(),
                revision: 0,
                carried: Vec::new(),
                current_carried: 0,
                client_seqs: Default::default(),
                client_keys: Default::default(),
                item_order: Vec::new(),
                group_order: Vec::new(),
                plan_changes: Vec::new(),
                utc_offset: None,
                shared_with: None,
                console: None,
                extra: Default::default(),
            });
        }
    }

    /// Applies one operation on behalf of `by`, or refuses it and leaves the session as it was.
    pub fn apply(&mut self, op: &Op, by: &Author, at: Moment) -> Result<Applied, OpError> {
        // Every branch of `apply_in_place` checks everything before it changes anything, so a
        // refusal leaves the session untouched without copying it (a copy per operation was
        // the host's main cost with thousands of notes). `a_refused_operation_changes_nothing`
        // holds every branch to that.
        if let Some(found) = super::text::refused_char(&by.name, false) {
            return Err(OpError::Unprintable {
                field: Field::Name,
                found,
            });
        }
        if self
            .live
            .as_ref()
            .is_some_and(|l| l.revision >= super::limits::MAX_COUNT)
        {
            return Err(OpError::SessionFull);
        }
        let planned = super::plan::apply(self, op, by, at.now)
            .or_else(|| super::amend::apply(self, op, by, at.now));
        let applied = match planned {
            Some(result) => result?,
            None => self.apply_in_place(op, by, at)?,
        };
        if let Some(live) = self.live.as_mut() {
            live.revision += 1;
        }
        Ok(applied)
    }

    /// Applies operation number `seq` from live client `client` once: a number already
    /// applied (resent after a reconnection) is acknowledged without applying it again.
    pub fn apply_numbered(
        &mut self,
        client: &str,
        seq: u64,
        op: &Op,
        by: &Author,
        at: Moment,
    ) -> Result<Numbered, OpError> {
        let live = self.live.as_ref().ok_or(OpError::NotLive)?;
        if live
            .client_seqs
            .get(client)
            .is_some_and(|last| seq <= *last)
        {
            return Ok(Numbered::Duplicate);
        }
        let applied = self.apply(op, by, at)?;
        if let Some(live) = self.live.as_mut() {
            live.client_seqs.insert(client.to_string(), seq);
        }
        Ok(Numbered::Applied(applied))
    }

    fn apply_in_place(&mut self, op: &Op, by: &Author, at: Moment) -> Result<Applied, OpError> {
        let now = at.now;
        let group_count = self.groups.len();
        let item_count = self.agenda.len();
        let planned: Vec<i64> = (0..group_count)
            .map(|g| self.presenter_seconds(g))
            .collect();
        let item_planned: Vec<i64> = self
            .agenda
            .iter()
            .map(|i| i64::from(i.minutes) * 60)
            .collect();
        // The kind of item an operation moves to, and whether it is still on the agenda,
        // looked up before the record is borrowed.
        let (target_kind, on_agenda) = match op {
            Op::GoToItem { item } => (
                self.agenda.get(*item).map(|i| i.kind),
                self.item_order().contains(item),
            ),
            _ => (None, true),
        };
        let presenters = self.presenters();
        let absent = |g: usize| !presenters.contains(&g);
        let live = self.live.as_mut().ok_or(OpError::NotLive)?;
        let check_group = |g: usize| -> Result<(), OpError> {
            if group_count == 0 {
                Err(OpError::NoGroups)
            } else if g >= group_count {
                Err(OpError::NoSuchGroup(g + 1))
            } else {
                Ok(())
            }
        };
        match op {
            Op::StartSession => {
                if live.started_at.is_some() {
                    return Err(OpError::AlreadyStarted);
                }
                live.started_at = Some(now);
                let first = live.current_item.min(item_count.saturating_sub(1));
                live.current_item = first;
                open_span(live, first, now);
            }
            Op::GoToItem { item } => {
                ensure_running(live)?;
                if *item >= item_count || !on_agenda {
                    return Err(OpError::NoSuchItem(item + 1));
                }
                if *item != live.current_item {
                    close_span(live, live.current_item, now);
                    pause_all_timers(live, now);
                    live.current_item = *item;
                    open_span(live, *item, now);
                    // The report-back opens on the first group that has not presented,
                    // whichever card was looked at during the breakout.
                    if target_kind == Some(ItemKind::Presentations)
                        && let Some(next) = presenters
                            .iter()
                            .copied()
                            .find(|g| live.presentations[*g].timer.first_started.is_none())
                    {
                        live.current_group = next;
                    }
                }
            }
            Op::EndSession => {
                ensure_running(live)?;
                close_span(live, live.current_item, now);
                pause_all_timers(live, now);
                live.ended_at = Some(now);
            }
            Op::SelectGroup { group } => {
                check_group(*group)?;
                if *group != live.current_group {
                    // A presenter's time stops when the next group takes the floor.
                    let current = live.current_group;
                    if let Some(p) = live.presentations.get_mut(current) {
                        p.timer.pause(now);
                    }
                    live.current_group = *group;
                }
            }
            Op::StartTimer { group } => {
                ensure_running(live)?;
                check_group(*group)?;
                if absent(*group) {
                    return Err(OpError::Rule(
                        "this group is marked absent: mark it back before its presenter starts"
                            .into(),
                    ));
                }
                live.current_group = *group;
                for (i, p) in live.presentations.iter_mut().enumerate() {
                    if i != *group {
                        p.timer.pause(now);
                    }
                }
                live.presentations[*group].timer.start(now);
            }
            Op::PauseTimer { group } => {
                check_group(*group)?;
                live.presentations[*group].timer.pause(now);
            }
            Op::ResetTimer { group } => {
                check_group(*group)?;
                live.presentations[*group].timer.reset();
            }
            Op::AdjustTimer { group, seconds } => {
                check_group(*group)?;
                live.presentations[*group]
                    .timer
                    .adjust(planned[*group], *seconds);
            }
            Op::AdjustItem { item, seconds } => {
                if *item >= item_count {
                    return Err(OpError::NoSuchItem(item + 1));
                }
                let planned = item_planned[*item];
                let record = &mut live.items[*item];
                record.adjust_seconds =
                    super::timer::adjusted(record.adjust_seconds, *seconds, planned);
            }
            Op::AddNote {
                text,
                anchor,
                written,
            } => commitments::add_note(
                live,
                text,
                *anchor,
                (by, *written),
                now,
                (item_count, group_count),
            )?,
            Op::AddCommitment { draft, written } => {
                let counts = (item_count, group_count);
                return commitments::add(live, draft, (by, *written), at, counts);
            }
            Op::EditCommitment {
                id,
                base_revision,
                draft,
            } => {
                return commitments::edit(
                    live,
                    id,
                    *base_revision,
                    draft,
                    by,
                    at,
                    (item_count, group_count),
                );
            }
            Op::SetStatus {
                id,
                status,
                note,
                base_revision,
            } => commitments::set_status(
                live,
                id,
                (*status, *base_revision),
                note.as_deref(),
                by,
                now,
            )?,
            Op::FollowUp {
                id,
                status,
                deadline,
                note,
                base_revision,
                key,
                owner,
                superseded_by,
                superseded_in,
            } => {
                let asked = commitments::FollowUpAsk {
                    status: *status,
                    deadline: *deadline,
                    note,
                    base_revision: *base_revision,
                    key: key.as_deref(),
                    owner: owner.as_deref(),
                    superseded_by: superseded_by.as_deref(),
                    superseded_in: superseded_in.as_deref(),
                };
                return commitments::follow_up(live, id, asked, by, now);
            }
            Op::SelectCarried { index } => {
                if *index >= live.carried.len() {
                    return Err(OpError::NoSuchCarried(index + 1));
                }
                // The owner's time stops when the room moves on.
                for c in &mut live.carried {
                    c.timer.pause(now);
                }
                live.current_carried = *index;
            }
            Op::StartCarriedTimer { index } => {
                ensure_running(live)?;
                if *index >= live.carried.len() {
                    return Err(OpError::NoSuchCarried(index + 1));
                }
                for (i, c) in live.carried.iter_mut().enumerate() {
                    if i == *index {
                        c.timer.start(now);
                    } else {
                        c.timer.pause(now);
                    }
                }
                live.current_carried = *index;
            }
            Op::PauseCarriedTimer { index } => {
                let carried = live
                    .carried
                    .get_mut(*index)
                    .ok_or(OpError::NoSuchCarried(index + 1))?;
                carried.timer.pause(now);
            }
            Op::RecordCarried {
                index,
                status,
                note,
                deadline,
                owner,
            } => {
                let asked = super::carried::Said {
                    status: *status,
                    note: note.as_deref(),
                    deadline: *deadline,
                    owner: owner.as_deref(),
                };
                super::carried::record(live, *index, asked, by, at)?;
            }
            Op::ReAgreeCarried { index } => {
                return super::carried::re_agree(live, *index, by, at);
            }
            Op::SetConsole { projector, muted } => {
                let console = live.console.get_or_insert_with(Default::default);
                console.projector = *projector;
                console.muted = *muted;
            }
            Op::HoldTimers { at } => {
                for p in &mut live.presentations {
                    p.timer.pause(*at);
                }
                for c in &mut live.carried {
                    c.timer.pause(*at);
                }
            }
            Op::BindClient {
                client,
                uid,
                secret_sha256,
            } => {
                for (text, field) in [(client, Field::ClientId), (secret_sha256, Field::Secret)] {
                    let len = text.chars().count();
                    if len > MAX_CLIENT_ID {
                        return Err(OpError::TooLong {
                            field,
                            len,
                            max: MAX_CLIENT_ID,
                        });
                    }
                }
                if client.is_empty() || live.client_keys.contains_key(client) {
                    return Err(OpError::NotAllowed(format!(
                        "the client id {client:?} is empty or taken"
                    )));
                }
                live.client_keys.insert(
                    client.clone(),
                    super::model::ClientKey {
                        uid: *uid,
                        secret_sha256: secret_sha256.clone(),
                    },
                );
            }
            // Changes of plan and to the record are applied before this (see `apply`).
            Op::AddGroup { .. }
            | Op::SetGroupAbsent { .. }
            | Op::MoveGroup { .. }
            | Op::AddItem { .. }
            | Op::RemoveItem { .. }
            | Op::SetItemMinutes { .. }
            | Op::MoveItem { .. }
            | Op::MoveCommitment { .. }
            | Op::DeleteCommitment { .. }
            | Op::RestoreCommitment { .. }
            | Op::EditNote { .. }
            | Op::DeleteNote { .. }
            | Op::RestoreNote { .. } => {}
            Op::MarkWrittenBack { index } => {
                let carried = live
                    .carried
                    .get_mut(*index)
                    .ok_or(OpError::NoSuchCarried(index + 1))?;
                if let Some(r) = carried.recorded.as_mut() {
                    r.written_back = true;
                }
            }
        }
        Ok(Applied::Done)
    }
}

fn ensure_running(live: &LiveRecord) -> Result<(), OpError> {
    if live.started_at.is_none() {
        Err(OpError::NotStarted)
    } else if live.ended_at.is_some() {
        Err(OpError::Ended)
    } else {
        Ok(())
    }
}

fn open_span(live: &mut LiveRecord, item: usize, now: DateTime<Utc>) {
    if let Some(rec) = live.items.get_mut(item) {
        rec.spans.push(Span {
            start: now,
            end: None,
            extra: Default::default(),
        });
    }
}

fn close_span(live: &mut LiveRecord, item: usize, now: DateTime<Utc>) {
    if let Some(span) = live.items.get_mut(item).and_then(|r| r.spans.last_mut())
        && span.end.is_none()
    {
        span.end = Some(now.max(span.start));
    }
}

fn pause_all_timers(live: &mut LiveRecord, now: DateTime<Utc>) {
    for p in &mut live.presentations {
        p.timer.pause(now);
    }
    for c in &mut live.carried {
        c.timer.pause(now);
    }
}
