//! The command line's grammar: every command and option `plenary` accepts, as clap types.
//! Kept apart from what the commands do (`commands`), so that the whole grammar, and the
//! `--help` text clap writes from these doc comments, reads in one place.

use std::path::PathBuf;

use clap::{Parser, Subcommand};

use crate::cli_values::{
    parse_as_of, parse_due_before, parse_due_within, parse_port, parse_since, parse_status,
};

use plenary::ui::ThemeName;

/// A terminal console for live dialogue workshops: agenda, presenter timers, commitments.
#[derive(Parser)]
#[command(version, about)]
pub struct Cli {
    /// Where recorded sessions are kept (default: the platform data directory).
    #[arg(long, global = true, env = "PLENARY_DIR")]
    pub dir: Option<PathBuf>,
    /// Colour theme; NO_COLOR in the environment turns colour off whatever this says.
    #[arg(long, global = true, value_enum, default_value = "high-contrast")]
    pub theme: ThemeName,
    /// The language of screens and documents: en, fr or es (default: the session's, else
    /// from LC_ALL, LC_MESSAGES or LANG). A new session stores it; a note-taker may choose
    /// their own.
    #[arg(long, global = true, value_enum, value_name = "LANG")]
    pub lang: Option<plenary::i18n::Lang>,
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// The commands; none given opens the launcher.
#[derive(Subcommand)]
pub enum Command {
    /// Start a live session from an agenda, or resume a recorded session.
    Run(RunArgs),
    /// Run an example workshop built into plenary (no files needed); --list shows them.
    Demo(DemoArgs),
    /// Make a new agenda from a template and open it in the agenda editor.
    New(NewArgs),
    /// Change an agenda file in the agenda editor (title, items, groups, participants).
    Edit {
        /// The agenda file, saved in place.
        // Not required by clap, as for check: with PLENARY_DIR set, clap's usage line read
        // `plenary edit --dir <DIR> <FILE>`, as if --dir were needed (nc13c #9).
        #[arg(value_name = "FILE")]
        file: Option<PathBuf>,
    },
    /// Join the live session on this machine as a note-taker (or a viewer).
    Join(JoinArgs),
    /// Browse saved sessions, see who owes what, record follow-up, export.
    Review(ReviewArgs),
    /// List commitments across saved sessions, for scripts and reminders.
    Commitments(CommitmentsArgs),
    /// Write a session's outcome document (md, or html/docx to send), commitments (csv) or
    /// deadline calendar (ics).
    Export(ExportArgs),
    /// A progress report across sessions to send as it is: md, self-contained html or docx.
    Report(ReportArgs),
    /// One reminder per owner of what they still owe, with a calendar: .eml files, or --send.
    Remind(RemindArgs),
    /// Validate session or agenda files and explain each problem.
    Check {
        /// The agenda or session files to check, one or more (e.g. sessions/*.json).
        // Not required by clap: with PLENARY_DIR set, clap's usage line then read
        // `plenary check --dir <DIR> <FILES>...`, as if --dir were needed (recheck NEW-16).
        #[arg(value_name = "FILE")]
        files: Vec<PathBuf>,
    },
}

/// What `plenary run` is given; the launcher fills one in for the file it picked.
#[derive(clap::Args)]
pub struct RunArgs {
    /// An agenda (a new session file is created) or a recorded session (resumed in place).
    pub file: PathBuf,
    /// How you are named in notes and commitments (default: your user name).
    #[arg(long)]
    pub name: Option<String>,
    /// Recorded sessions whose open commitments this session follows up, one by one,
    /// with each status written back to its own session.
    #[arg(long = "follow-up", value_name = "SESSION", num_args = 1..)]
    pub follow_up: Vec<PathBuf>,
    /// Let members of this Unix group join as note-takers (default: only you, or on
    /// resuming, the group the session was shared with).
    #[arg(long, value_name = "GROUP", conflicts_with = "private")]
    pub allow_group: Option<String>,
    /// Resume a session shared with a group without sharing it: only you can join.
    #[arg(long)]
    pub private: bool,
    /// A sound command the room can hear, run (without a shell) at one minute left, at zero
    /// and every minute over, e.g. "paplay /usr/share/sounds/gong.ogg"; PLENARY_BELL says which.
    #[arg(long, value_name = "CMD", env = "PLENARY_BELL_COMMAND")]
    pub bell_command: Option<String>,
    /// Start a new session of the agenda without asking, even when one started from it
    /// was not finished (by default you are asked whether to resume that one).
    #[arg(long)]
    pub new: bool,
}

/// What `plenary demo` is given.
#[derive(clap::Args)]
pub struct DemoArgs {
    /// Which example (default: the report-back workshop); see --list.
    pub example: Option<String>,
    /// List the examples and what each shows.
    #[arg(long)]
    pub list: bool,
    /// How you are named in notes and commitments (default: your user name).
    #[arg(long)]
    pub name: Option<String>,
    /// Let members of this Unix group join as note-takers (default: only you).
    #[arg(long, value_name = "GROUP")]
    pub allow_group: Option<String>,
    /// A sound command the room can hear (see `plenary run --help`).
    #[arg(long, value_name = "CMD", env = "PLENARY_BELL_COMMAND")]
    pub bell_command: Option<String>,
}

/// What `plenary new` is given.
#[derive(clap::Args)]
pub struct NewArgs {
    /// The agenda file to make (default: named from the title, in the current folder).
    pub file: Option<PathBuf>,
    /// Start from this template without the list: report-back, peer-learning, follow-up,
    /// short-plenary or blank.
    #[arg(long, value_name = "NAME")]
    pub template: Option<String>,
    /// Participants from a spreadsheet saved as CSV (columns name, organisation,
    /// stakeholder, email, in any order, with a header).
    #[arg(long, value_name = "CSV")]
    pub participants: Option<PathBuf>,
}

/// What `plenary join` is given.
#[derive(clap::Args)]
pub struct JoinArgs {
    /// Which live session, when several run (see --list).
    #[arg(long)]
    pub session: Option<String>,
    /// List the live sessions on this machine.
    #[arg(long)]
    pub list: bool,
    /// Watch only: no notes or commitments (a second screen).
    #[arg(long)]
    pub view: bool,
    /// How you are shown to others (default: your user name).
    #[arg(long)]
    pub name: Option<String>,
    /// The facilitator's Unix user, when the session's directory is theirs, not yours
    /// (a session opened to a group with --allow-group).
    #[arg(long, value_name = "USER")]
    pub facilitator: Option<String>,
}

/// What `plenary review` is given.
#[derive(clap::Args)]
pub struct ReviewArgs {
    /// Session files to review (default: every session in the sessions directory).
    pub files: Vec<PathBuf>,
    /// How you are named in follow-up history (default: your user name).
    #[arg(long)]
    pub name: Option<String>,
    /// Open on the commitments board (who owes what) instead of the sessions list.
    #[arg(long)]
    pub board: bool,
}

/// What `plenary export` is given.
#[derive(clap::Args)]
pub struct ExportArgs {
    /// A recorded session file.
    pub session: PathBuf,
    /// What to write.
    #[arg(long, value_enum, default_value = "md")]
    pub format: ExportAs,
    /// Write here instead of to standard output (atomically; an existing file is replaced).
    #[arg(long, short)]
    pub output: Option<PathBuf>,
    /// Start a CSV with a UTF-8 byte-order mark, so Excel on Windows reads accents right.
    #[arg(long)]
    pub bom: bool,
    /// An outcome document to send outside the room: no log-ins, no clock times.
    #[arg(long)]
    pub external: bool,
    /// Count overdue days as of this day instead of today (2027-03-31, 31 Mar 2027,
    /// yesterday, end of june).
    #[arg(long, value_name = "DATE", value_parser = parse_as_of)]
    pub as_of: Option<chrono::NaiveDate>,
}

/// What `plenary report` is given.
#[derive(clap::Args)]
pub struct ReportArgs {
    /// Session files to read (default: every session in the sessions directory).
    pub files: Vec<PathBuf>,
    /// Only sessions held on or after this date (same grammar as the console).
    #[arg(long, value_parser = parse_since)]
    pub since: Option<chrono::NaiveDate>,
    /// Owner, organisation or stakeholder group (part of the name; accents and case aside).
    #[arg(long)]
    pub owner: Option<String>,
    /// Only owners in this stakeholder group (part of its name; accents and case aside).
    #[arg(long)]
    pub stakeholder: Option<String>,
    /// The document's form.
    #[arg(long, value_enum, default_value = "md")]
    pub format: plenary::report::doc::DocFormat,
    /// Write here instead of to standard output (atomically).
    #[arg(long, short)]
    pub output: Option<PathBuf>,
}

/// What `plenary remind` is given.
#[derive(clap::Args)]
pub struct RemindArgs {
    /// Session files to read (default: every session in the sessions directory).
    pub files: Vec<PathBuf>,
    /// Only commitments past their deadline.
    #[arg(long)]
    pub overdue: bool,
    /// Only commitments due within this many days, or a span such as 2w or "in 2 weeks"
    /// (overdue ones included).
    #[arg(long, value_name = "DAYS", value_parser = parse_due_within)]
    pub due_within: Option<i64>,
    /// Only owners matching this (owner, organisation or stakeholder group).
    #[arg(long)]
    pub owner: Option<String>,
    /// Where the .eml files are written when not sending.
    #[arg(long, value_name = "DIR", default_value = "reminders")]
    pub out: PathBuf,
    /// Send over SMTP instead of writing files.
    #[arg(long)]
    pub send: bool,
    /// The sender the owners see, e.g. "Dialogue secretariat <follow-up@example.org>".
    #[arg(long, env = "PLENARY_SMTP_FROM")]
    pub from: Option<String>,
    /// The SMTP server.
    #[arg(long, env = "PLENARY_SMTP_HOST", default_value = "localhost")]
    pub smtp_host: String,
    /// Its port (default 25, or 587 with --starttls).
    #[arg(long, env = "PLENARY_SMTP_PORT", value_parser = parse_port)]
    pub smtp_port: Option<u16>,
    /// Encrypt with STARTTLS (required by most servers beyond localhost).
    #[arg(long, env = "PLENARY_SMTP_STARTTLS")]
    pub starttls: bool,
    /// Log in as this user; the password is read from PLENARY_SMTP_PASSWORD.
    #[arg(long, env = "PLENARY_SMTP_USER")]
    pub smtp_user: Option<String>,
}

/// What `plenary export` writes: the exports beside a session, or a document to send.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum ExportAs {
    /// The outcome document in Markdown.
    Md,
    /// The commitments as CSV.
    Csv,
    /// A calendar with one entry per commitment deadline.
    Ics,
    /// The outcome document to send outside the room, as one self-contained HTML file.
    Html,
    /// The outcome document to send outside the room, as a Word document.
    Docx,
}

/// Filters shared by the commitments list (and, later, the review board).
#[derive(clap::Args)]
pub struct CommitmentsArgs {
    /// Session files to read (default: every session in the sessions directory).
    pub files: Vec<PathBuf>,
    /// Only commitments past their deadline and still open or in progress.
    #[arg(long)]
    pub overdue: bool,
    /// Owner, organisation or stakeholder group (part of the name is enough; accents and case
    /// aside: `helene` finds Hélène).
    #[arg(long)]
    pub owner: Option<String>,
    /// open, in-progress, done or dropped (or their French and Spanish words); repeat for
    /// several.
    #[arg(long, value_parser = parse_status)]
    pub status: Vec<plenary::domain::Status>,
    /// Only deadlines before this date (same grammar as the console: 2027-03-31, +2w, end of june);
    /// a period's end (end of year) includes its last day.
    #[arg(long, value_parser = parse_due_before)]
    pub due_before: Option<chrono::NaiveDate>,
    /// Only commitments still owed and due within this many days, or a span such as 2w or
    /// "in 2 weeks" (overdue ones included).
    #[arg(long, value_name = "DAYS", value_parser = parse_due_within)]
    pub due_within: Option<i64>,
    /// Session title, id or file name (part of it is enough).
    #[arg(long)]
    pub session: Option<String>,
    /// Words that must all appear in the commitment, its owner or its session.
    #[arg(long)]
    pub search: Option<String>,
    /// The order of the list.
    #[arg(long, value_enum, default_value = "deadline")]
    pub sort: plenary::domain::board::SortBy,
    /// A table to read, or CSV, JSON or a calendar for other programs.
    #[arg(long, value_enum, default_value = "table")]
    pub format: plenary::report::ListFormat,
    /// Start a CSV with a UTF-8 byte-order mark, so Excel on Windows reads accents right.
    #[arg(long)]
    pub bom: bool,
    /// Exit as grep does: 0 when something matches, 1 when nothing does (2 on an error, as
    /// always). For cron: `plenary commitments --overdue --exit-status > owed && mail-it owed`.
    #[arg(long)]
    pub exit_status: bool,
    /// Gone: it exited 1 when nothing matched, the opposite of its name.
    #[arg(long, hide = true)]
    pub fail_if_any: bool,
}
