//! Review: browse saved sessions, read one's record, see who owes what across all of
//! them, and record follow-up. This is the state and its logic; `ui::review` draws it,
//! `update` turns keys into changes, `run` owns the terminal and writes follow-ups back.

mod figures;
pub mod form;
pub mod keys;
pub mod run;
mod update;

use std::path::PathBuf;

use chrono::{FixedOffset, NaiveDate};

use crate::domain::board::{self, BoardRow, Filter, SortBy};
use crate::domain::fold::fold;
use crate::domain::{Author, Session, Status};
use crate::report::ExportFormat;
use crate::store::catalog::Catalog;
pub use form::FollowUpForm;

/// When a session began: its clock's start, or for one never started when it was created.
/// Two runs of one agenda on one day are told apart by it.
pub fn began(s: &Session) -> Option<chrono::DateTime<chrono::Utc>> {
    s.live
        .as_ref()
        .map(|l| l.started_at.unwrap_or(l.created_at))
}

/// Which screen is showing.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Screen {
    Sessions,
    /// One session's record, by index into the catalog's sessions.
    Session(usize),
    Board,
    /// The progress figures (issue 15 C): a gauge per session, bars per group or owner.
    Figures,
}

/// The status filter of the board, cycled with `s`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum StatusFilter {
    #[default]
    All,
    /// Open or in progress: what is still owed.
    Owed,
    Only(Status),
}

impl StatusFilter {
    fn next(self) -> StatusFilter {
        match self {
            StatusFilter::All => StatusFilter::Owed,
            StatusFilter::Owed => StatusFilter::Only(Status::Open),
            StatusFilter::Only(Status::Open) => StatusFilter::Only(Status::InProgress),
            StatusFilter::Only(Status::InProgress) => StatusFilter::Only(Status::Done),
            StatusFilter::Only(Status::Done) => StatusFilter::Only(Status::Dropped),
            StatusFilter::Only(Status::Dropped) => StatusFilter::All,
        }
    }

    fn statuses(self) -> Vec<Status> {
        match self {
            StatusFilter::All => Vec::new(),
            StatusFilter::Owed => vec![Status::Open, Status::InProgress],
            StatusFilter::Only(s) => vec![s],
        }
    }

    /// How the filter is named in the filter bar, in the language in force (issue 16).
    pub fn words(self) -> String {
        match self {
            StatusFilter::All => crate::tr!("board-any-status"),
            StatusFilter::Owed => crate::tr!("board-still-owed"),
            StatusFilter::Only(s) => crate::i18n::keys::status_label(s),
        }
    }

    /// How the filter is named in the filter bar.
    pub fn label(self) -> &'static str {
        match self {
            StatusFilter::All => "any status",
            StatusFilter::Owed => "still owed",
            StatusFilter::Only(s) => s.label(),
        }
    }
}

/// A commitment on the board with its search text, folded once (accents and case aside).
pub struct Entry {
    pub row: BoardRow,
    hay: String,
}

/// A change the review loop carries out (it needs IO).
#[derive(Debug, PartialEq)]
pub enum Effect {
    /// Whether a live `plenary run` holds this session: the follow-up form just opened for
    /// it closes, with the reason, before anything is typed (recheck NEW-2).
    CheckLive { file: PathBuf },
    FollowUp {
        file: PathBuf,
        op: crate::domain::Op,
    },
    Export {
        session: usize,
        format: ExportKind,
        /// The external mode (`plenary export --external`): HTML and DOCX always are.
        external: bool,
    },
}

/// What review's `x` writes beside a session: the formats `plenary export` has (item 6).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExportKind {
    /// Markdown, CSV or calendar.
    Plain(ExportFormat),
    /// A document to send: HTML or DOCX.
    Doc(crate::report::doc::DocFormat),
}

impl ExportKind {
    /// Where this export of the session at `session_file` goes beside it:
    /// `….outcome.html`, `….outcome-external.md`.
    pub fn beside(self, session_file: &std::path::Path, external: bool) -> std::path::PathBuf {
        use crate::report::doc::DocFormat;
        let stem = session_file
            .file_stem()
            .map(|x| x.to_string_lossy().into_owned())
            .unwrap_or_default();
        let suffix = match self {
            ExportKind::Plain(ExportFormat::Md) if external => "outcome-external.md",
            ExportKind::Plain(ExportFormat::Csv) if external => "commitments-external.csv",
            ExportKind::Plain(f) => f.suffix(),
            ExportKind::Doc(DocFormat::Html) => "outcome.html",
            ExportKind::Doc(DocFormat::Docx) => "outcome.docx",
            ExportKind::Doc(DocFormat::Md) => "outcome-external.md",
        };
        session_file.with_file_name(format!("{stem}.{suffix}"))
    }
}

/// Counts shown beside a session in the list.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct SessionStats {
    pub owed: usize,
    pub done: usize,
    pub overdue: usize,
}

/// Everything the review screens show and remember between keys.
pub struct Review {
    pub catalog: Catalog,
    pub today: NaiveDate,
    /// The reviewer's time zone, for the times in a session's record.
    pub offset: FixedOffset,
    pub me: Author,
    /// Every commitment, in the current sort order.
    pub entries: Vec<Entry>,
    /// Indices into `entries` that pass the filter, in order.
    pub shown: Vec<usize>,
    pub search: String,
    pub status: StatusFilter,
    pub overdue_only: bool,
    pub due_within: Option<i64>,
    /// Limits the board to one session (its id).
    pub session_filter: Option<String>,
    pub sort: SortBy,
    pub group_by_owner: bool,
    pub screen: Screen,
    /// The screen the board was opened from, where Esc goes back to.
    pub board_from: Screen,
    pub searching: bool,
    pub selected_session: usize,
    /// Index into `shown`.
    pub selected: usize,
    pub scroll: u16,
    pub followup: Option<FollowUpForm>,
    pub export_prompt: bool,
    /// On the export question: the Markdown and CSV in the external mode (`e`).
    pub export_external: bool,
    /// The keys overlay is open, scrolled this far.
    pub help: bool,
    pub help_scroll: u16,
    pub flash: Option<(String, bool)>,
    pub quit: bool,
    pub stats: Vec<SessionStats>,
    /// Where the figures were opened from (what they count), and their view.
    pub figures_from: Screen,
    pub figures_by_owner: bool,
    pub figures_scroll: usize,
}

impl Review {
    /// Review state over a loaded catalog, judged on `today` (the reviewer's local date).
    pub fn new(mut catalog: Catalog, today: NaiveDate, offset: FixedOffset, me: Author) -> Review {
        // Newest sessions first in the list; on one day, the one begun last first.
        catalog.sessions.sort_by(|a, b| {
            (b.1.date, began(&b.1))
                .cmp(&(a.1.date, began(&a.1)))
                .then(a.0.cmp(&b.0))
        });
        let mut review = Review {
            catalog,
            today,
            offset,
            me,
            entries: Vec::new(),
            shown: Vec::new(),
            search: String::new(),
            status: StatusFilter::All,
            overdue_only: false,
            due_within: None,
            session_filter: None,
            sort: SortBy::Deadline,
            group_by_owner: false,
            screen: Screen::Sessions,
            board_from: Screen::Sessions,
            searching: false,
            selected_session: 0,
            selected: 0,
            scroll: 0,
            followup: None,
            export_prompt: false,
            export_external: false,
            help: false,
            help_scroll: 0,
            flash: None,
            quit: false,
            stats: Vec::new(),
            figures_from: Screen::Sessions,
            figures_by_owner: false,
            figures_scroll: 0,
        };
        review.rebuild();
        review
    }

    /// The board's selected commitment, by session file and id: the selection follows it
    /// when the list is rebuilt, re-sorted or filtered (issue 11, newcomer finding 4).
    fn selected_key(&self) -> Option<(String, String)> {
        self.selected_row()
            .map(|r| (r.session_file.clone(), r.id.clone()))
    }

    /// Selects the commitment `key` again, if it is still shown.
    fn select_key(&mut self, key: Option<(String, String)>) {
        let Some((file, id)) = key else { return };
        if let Some(at) = self.shown.iter().position(|&i| {
            let row = &self.entries[i].row;
            row.session_file == file && row.id == id
        }) {
            self.selected = at;
        }
    }

    /// Recomputes every commitment from the sessions (after loading or a follow-up).
    pub fn rebuild(&mut self) {
        let keep = self.selected_key();
        self.entries = board::rows(self.catalog.named(), self.today)
            .into_iter()
            .map(|row| {
                let hay = row.searchable().map(fold).join("\u{1}");
                Entry { row, hay }
            })
            .collect();
        // Issue 15, item 3: a commitment re-agreed in a later session counts there only.
        let replaced: std::collections::HashSet<String> = self
            .catalog
            .sessions
            .iter()
            .filter_map(|(_, s)| s.live.as_ref())
            .flat_map(|l| l.commitments.iter().filter(|c| !c.deleted))
            .filter_map(|c| c.supersedes.clone())
            .collect();
        self.stats = self
            .catalog
            .sessions
            .iter()
            .map(|(_, s)| {
                let mut st = SessionStats::default();
                let id = s.live.as_ref().map_or("", |l| l.id.as_str());
                for c in s.live.iter().flat_map(|l| &l.commitments) {
                    let superseded = c.superseded_by.is_some()
                        || (!replaced.is_empty()
                            && replaced.contains(&crate::domain::Commitment::reference(id, &c.id)));
                    if c.deleted || superseded {
                        continue;
                    }
                    match c.status {
                        Status::Open | Status::InProgress => st.owed += 1,
                        Status::Done => st.done += 1,
                        Status::Dropped => {}
                    }
                    if board::days_overdue(c, self.today) > 0 {
                        st.overdue += 1;
                    }
                }
                st
            })
            .collect();
        self.sort_entries();
        self.apply_filters();
        self.select_key(keep);
    }

    /// Re-sorts every entry for the current sort (grouping by owner sorts by owner).
    pub fn resort(&mut self) {
        let keep = self.selected_key();
        self.sort_entries();
        self.apply_filters();
        self.select_key(keep);
    }

    fn sort_entries(&mut self) {
        let by = if self.group_by_owner {
            SortBy::Owner
        } else {
            self.sort
        };
        self.entries
            .sort_by(|a, b| board::compare(&a.row, &b.row, by));
    }

    /// Applies the filters, keeping the sort order and the selected commitment if it is
    /// still shown; cheap enough for every keystroke.
    pub fn refilter(&mut self) {
        let keep = self.selected_key();
        self.apply_filters();
        self.select_key(keep);
    }

    fn apply_filters(&mut self) {
        let words: Vec<String> = self.search.split_whitespace().map(fold).collect();
        let filter = Filter {
            text: String::new(),
            owner: String::new(),
            statuses: self.status.statuses(),
            overdue_only: self.overdue_only,
            due_before: None,
            due_within: self.due_within,
            session: String::new(),
        };
        let session = self.session_filter.as_deref();
        let today = self.today;
        self.shown = self
            .entries
            .iter()
            .enumerate()
            .filter(|(_, e)| {
                words.iter().all(|w| e.hay.contains(w.as_str()))
                    && session.is_none_or(|id| e.row.session_id == id)
                    && filter.matches(&e.row, today)
            })
            .map(|(i, _)| i)
            .collect();
        self.selected = self.selected.min(self.shown.len().saturating_sub(1));
    }

    /// The commitment under the board's cursor.
    pub fn selected_row(&self) -> Option<&BoardRow> {
        self.shown.get(self.selected).map(|&i| &self.entries[i].row)
    }

    /// The session a board row belongs to, by file.
    pub fn session_index(&self, file: &str) -> Option<usize> {
        self.catalog
            .sessions
            .iter()
            .position(|(p, _)| p.to_str() == Some(file))
    }

    /// Puts a session written back by a follow-up in place of its old copy.
    pub fn replace_session(&mut self, file: &std::path::Path, session: Session) {
        if let Some(slot) = self.catalog.sessions.iter_mut().find(|(p, _)| p == file) {
            slot.1 = session;
        }
        self.rebuild();
    }

    /// Total overdue commitments across all sessions.
    pub fn overdue_total(&self) -> usize {
        self.stats.iter().map(|s| s.overdue).sum()
    }
}
