//! What a note-taker sent in this join and what became of each (issue 14, item 3): sending
//! until the host says it is on its disk, then saved ✓ with the time. An `ack` of number N
//! means every operation of this client up to N that the host applied is on its disk (its
//! journal is written in order), so one answers for all before it.

use super::{App, Seat};
use crate::domain::{Op, Session};
use crate::i18n::keys::status_label;
use crate::tr;

/// One of the note-taker's own changes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MineItem {
    /// The operation's number.
    pub seq: u64,
    /// What it is, in a few words: `note 'Map the…'`, `C4`, `C4 status`.
    pub label: String,
    /// The time (`HH:MM`) the host said it was on its disk; none while sending.
    pub saved: Option<String>,
    /// The note it made, once the host applied it (an index into the session's notes).
    pub note: Option<usize>,
    /// The host applied it: it is in the session (nc14 #5: until then the lists show it
    /// from the pending operation, marked "(saving…)").
    pub applied: bool,
    /// The action this item gave a commitment (recorded or edited), so that the list shows
    /// what I sent, not what someone else changed it to since (nc14b #9).
    pub what: Option<String>,
}

/// This join's own changes, oldest first.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Mine {
    pub items: Vec<MineItem>,
    /// nc14 #6: how much of the session the host has said is on its disk, for the
    /// note-taker's items of earlier joins (after `x`, quitting, a new window).
    pub earlier: Earlier,
}

/// How many notes and commitments the last welcome's session held, and how many of them
/// the host has since said are on its disk (any acknowledgement after a welcome says so:
/// the host sends it only once its disk holds the session the welcome gave).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Earlier {
    pub welcomed: (usize, usize),
    pub saved: (usize, usize),
}

/// A note-taker's own item from an earlier join, on the host's disk.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EarlierItem {
    /// `note 'Map the…'` or the commitment's id.
    pub label: String,
    /// When the host received it (and saved it, in the same moment).
    pub at: chrono::DateTime<chrono::Utc>,
}

/// How one of the note-taker's own notes stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NoteMark<'a> {
    /// Not yet on the host's disk.
    Saving,
    /// This join's, saved at this time (`HH:MM`).
    SavedAt(&'a str),
    /// An earlier join's, on the host's disk since it was received.
    Received(chrono::DateTime<chrono::Utc>),
}

/// Saved items kept for the list: enough for a workshop, bounded for a long one.
const KEEP_SAVED: usize = 500;

impl Mine {
    /// Operation `seq` was queued (or restored from the drafts of an earlier join).
    pub fn sent(&mut self, seq: u64, op: &Op) {
        if self.items.iter().any(|i| i.seq == seq) {
            return;
        }
        self.items.push(MineItem {
            seq,
            label: label(op),
            saved: None,
            note: None,
            applied: false,
            what: match op {
                Op::AddCommitment { draft, .. } | Op::EditCommitment { draft, .. } => {
                    Some(draft.what.clone())
                }
                _ => None,
            },
        });
    }

    /// The host applied operation `seq`, which was `op`, giving `session`: a new note or
    /// commitment is now known by its place or its id.
    pub fn applied(&mut self, seq: u64, op: &Op, session: &Session) {
        let Some(item) = self.items.iter_mut().find(|i| i.seq == seq) else {
            return;
        };
        item.applied = true;
        let Some(live) = &session.live else { return };
        match op {
            Op::AddNote { .. } => item.note = live.notes.len().checked_sub(1),
            Op::AddCommitment { .. } => {
                if let Some(c) = live.commitments.last() {
                    item.label = c.id.clone();
                }
            }
            _ => {}
        }
    }

    /// The host says (in a welcome) that it applied every operation up to `last_seq`
    /// while this join was away: find what they made, by their words and author.
    pub fn applied_while_away(&mut self, last_seq: u64, pending: &[(u64, Op)], s: &Session) {
        let Some(live) = &s.live else { return };
        for (seq, op) in pending.iter().filter(|(seq, _)| *seq <= last_seq) {
            let Some(item) = self.items.iter_mut().find(|i| i.seq == *seq) else {
                continue;
            };
            item.applied = true;
            match op {
                Op::AddNote { text, .. } => {
                    item.note = live.notes.iter().rposition(|n| &n.text == text);
                }
                Op::AddCommitment { draft, .. } => {
                    if let Some(c) = live.commitments.iter().rev().find(|c| c.what == draft.what) {
                        item.label = c.id.clone();
                    }
                }
                _ => {}
            }
        }
    }

    /// A welcome gave `session`: what it holds is on the host's disk at the next ack.
    pub fn welcomed(&mut self, session: &Session) {
        if let Some(live) = &session.live {
            self.earlier.welcomed = (live.notes.len(), live.commitments.len());
        }
    }

    /// The host acknowledged `seq` at `time`: it, and every earlier one no longer pending,
    /// is on the host's disk, and so is the session the last welcome gave.
    pub fn saved(&mut self, seq: u64, pending: &[(u64, Op)], time: &str) {
        let (e, w) = (self.earlier.saved, self.earlier.welcomed);
        self.earlier.saved = (e.0.max(w.0), e.1.max(w.1));
        for item in self.items.iter_mut().filter(|i| i.saved.is_none()) {
            let waiting = pending.iter().any(|(s, _)| *s == item.seq);
            if item.seq == seq || (item.seq < seq && !waiting) {
                item.saved = Some(time.to_string());
            }
        }
        let saved = self.items.iter().filter(|i| i.saved.is_some()).count();
        if saved > KEEP_SAVED {
            let mut drop = saved - KEEP_SAVED;
            self.items.retain(|i| {
                let gone = drop > 0 && i.saved.is_some();
                drop -= usize::from(gone);
                !gone
            });
        }
    }

    /// The host refused `seq`: it is not kept, and not listed as waiting.
    pub fn refused(&mut self, seq: u64) {
        self.items.retain(|i| i.seq != seq);
    }

    /// What is not yet on the host's disk, oldest first.
    pub fn unsaved(&self) -> impl Iterator<Item = &MineItem> {
        self.items.iter().filter(|i| i.saved.is_none())
    }

    /// An item's words (`label`) with the first words of the commitment it names, if any (nc14
    /// #14: "C1 edit" alone did not say which): "C1 'Map the parliament…' edit". `sent` is
    /// the action this item sent: when the commitment's is another now, it is what is shown,
    /// with who changed it since (nc14b #9: my list showed someone else's text as mine).
    pub fn named(label: &str, sent: Option<&str>, session: &Session) -> String {
        let mut words = label.splitn(2, ' ');
        let id = words.next().unwrap_or_default();
        let commitment = session
            .live
            .as_ref()
            .and_then(|l| l.commitments.iter().find(|c| c.id == id));
        let Some(c) = commitment else {
            return label.to_string();
        };
        let (what, since) = match sent {
            Some(sent) if sent != c.what => {
                let by = c.history.last().map(|h| h.by.name.as_str());
                let since = match by {
                    Some(by) => tr!("mine-since-changed-by", who = by),
                    None => tr!("mine-since-changed"),
                };
                (sent, format!(" {since}"))
            }
            _ => (c.what.as_str(), String::new()),
        };
        match words.next() {
            Some(rest) => format!("{id} '{}' {rest}{since}", short(what)),
            None => format!("{id} '{}'{since}", short(what)),
        }
    }

    /// The line under the link's state: "2 not yet saved: note 'Map the…', C4".
    pub fn summary(&self) -> Option<String> {
        let unsaved: Vec<&str> = self.unsaved().map(|i| i.label.as_str()).collect();
        if unsaved.is_empty() {
            return None;
        }
        Some(tr!(
            "mine-not-yet-saved",
            count = unsaved.len(),
            list = unsaved.join(", ")
        ))
    }
}

/// A few words for an operation.
fn label(op: &Op) -> String {
    match op {
        Op::AddNote { text, .. } => tr!("mine-note", text = short(text)),
        Op::AddCommitment { draft, .. } => tr!("mine-commitment", text = short(&draft.what)),
        Op::EditCommitment { id, .. } => tr!("mine-edit", id = id),
        Op::SetStatus { id, status, .. } => format!("{id} {}", status_label(*status)),
        Op::MoveCommitment { id, .. } => tr!("mine-move", id = id),
        Op::DeleteCommitment { id } => tr!("mine-deletion", id = id),
        Op::RestoreCommitment { id } => tr!("mine-restored", id = id),
        Op::EditNote { .. } => tr!("mine-note-correction"),
        Op::DeleteNote { .. } => tr!("mine-note-deletion"),
        Op::RestoreNote { .. } => tr!("mine-note-restored"),
        _ => tr!("mine-change"),
    }
}

/// The first words of a text, cut with "…" after 20 characters.
pub fn short(text: &str) -> String {
    let line = text.lines().next().unwrap_or_default().trim();
    if line.chars().count() <= 20 {
        return line.to_string();
    }
    let mut cut: String = line.chars().take(19).collect();
    cut.push('…');
    cut
}

impl App {
    /// nc14 #6: whether `author` is this note-taker: the same Unix user and name or, on an
    /// account of their own (not the facilitator's, shared by several joins), the same user.
    pub fn is_me(&self, author: &crate::domain::Author) -> bool {
        let own_account = self.remote().is_some_and(|r| r.own_account);
        author.uid.is_some()
            && author.uid == self.me.uid
            && (own_account || author.name == self.me.name)
    }

    /// How the note at `index` stands if it is this note-taker's: this join's as it goes,
    /// an earlier join's once the host has said its disk holds it (nc14 #6).
    pub fn note_mark(&self, index: usize) -> Option<NoteMark<'_>> {
        let r = self.remote()?;
        if let Some(item) = r.mine.items.iter().find(|i| i.note == Some(index)) {
            return Some(match &item.saved {
                Some(time) => NoteMark::SavedAt(time),
                None => NoteMark::Saving,
            });
        }
        let note = self.session.live.as_ref()?.notes.get(index)?;
        (index < r.mine.earlier.saved.0 && self.is_me(&note.author))
            .then_some(NoteMark::Received(note.at))
    }

    /// nc14 #6: this note-taker's notes and commitments of earlier joins that the host has
    /// on its disk, oldest first (this join's own are in `mine.items`).
    pub fn earlier_mine(&self) -> Vec<EarlierItem> {
        let (Some(r), Some(live)) = (self.remote(), self.session.live.as_ref()) else {
            return Vec::new();
        };
        let (notes, commitments) = r.mine.earlier.saved;
        let this_join = |label: &str| r.mine.items.iter().any(|i| i.label == label);
        let mut out: Vec<EarlierItem> = live
            .notes
            .iter()
            .enumerate()
            .take(notes)
            .filter(|(i, n)| {
                self.is_me(&n.author) && !r.mine.items.iter().any(|m| m.note == Some(*i))
            })
            .map(|(_, n)| EarlierItem {
                label: format!("note '{}'", short(&n.text)),
                at: n.at,
            })
            .collect();
        out.extend(
            live.commitments
                .iter()
                .take(commitments)
                .filter(|c| self.is_me(&c.created_by) && !this_join(&c.id))
                .map(|c| EarlierItem {
                    label: c.id.clone(),
                    at: c.created_at,
                }),
        );
        out.sort_by_key(|i| i.at);
        out
    }

    /// nc14 #5: this join's operations the host has not applied yet (sent while the link
    /// was down, or on their way), oldest first, so the lists can show them as saving.
    pub fn not_yet_applied(&self) -> Vec<&Op> {
        let Some(r) = self.remote() else {
            return Vec::new();
        };
        r.pending
            .iter()
            .filter(|(seq, _)| !r.mine.items.iter().any(|i| i.seq == *seq && i.applied))
            .map(|(_, op)| op)
            .collect()
    }

    /// nc14 #5: this join's new commitments the host has not applied yet, as they will read
    /// once it has, for the table to list them marked as saving (their id is not known).
    pub fn waiting_commitments(&self) -> Vec<crate::domain::Commitment> {
        self.not_yet_applied()
            .into_iter()
            .filter_map(|op| match op {
                Op::AddCommitment {
                    draft,
                    written: Some(written),
                } => Some(crate::domain::Commitment {
                    id: "…".into(),
                    what: draft.what.clone(),
                    owner: draft.owner.clone(),
                    deadline: draft.deadline,
                    anchor: draft.anchor,
                    status: crate::domain::Status::Open,
                    created_at: *written,
                    created_by: self.me.clone(),
                    written_at: None,
                    revision: 0,
                    history: Vec::new(),
                    deleted: false,
                    supersedes: None,
                    superseded_by: None,
                    superseded_in: None,
                    extra: Default::default(),
                }),
                _ => None,
            })
            .collect()
    }

    /// The host applied this join's operation `seq` (`op`): what it made is now known.
    pub fn mine_applied(&mut self, seq: u64, op: &Op) {
        if let Seat::Client(r) = &mut self.seat {
            r.mine.applied(seq, op, &self.session);
        }
    }

    /// A welcome said the host applied everything up to `last_seq`: those are no longer
    /// resent, and wait for the host's word that they are on its disk.
    pub fn mine_welcomed(&mut self, last_seq: u64) {
        if let Seat::Client(r) = &mut self.seat {
            r.mine.welcomed(&self.session);
            let pending = r.pending.clone();
            r.mine.applied_while_away(last_seq, &pending, &self.session);
        }
    }

    /// The host acknowledged `seq` at `time` (its pending entry already taken out).
    pub fn mine_saved(&mut self, seq: u64, time: &str) {
        if let Seat::Client(r) = &mut self.seat {
            let pending = r.pending.clone();
            r.mine.saved(seq, &pending, time);
        }
        let pending: Vec<u64> = self
            .remote()
            .map(|r| r.pending.iter().map(|(s, _)| *s).collect())
            .unwrap_or_default();
        self.acknowledged(|s| s == seq || (s < seq && !pending.contains(&s)), time);
    }
}
