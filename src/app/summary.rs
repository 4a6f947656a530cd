//! The summary at the end of a session (issue 12, item 17): when it shows, and its exports,
//! asked of the runner as effects and said on screen once they are written.

use crate::tr;
use std::path::PathBuf;

use super::keys::View;
use super::{App, Effect};
use crate::report::ExportFormat;

impl App {
    /// Whether the summary is on screen: the session has ended and the stage (or the
    /// projector) is showing.
    pub fn on_summary(&self) -> bool {
        self.ended()
            && (self.view == View::Stage || (self.projector() && self.view != View::ReadBack))
    }

    /// The summary's export keys: the file is written by the runner.
    pub(super) fn export(&mut self, format: ExportFormat) -> Option<Effect> {
        // Only the facilitator's console writes beside the session file.
        self.host()?;
        Some(Effect::Export(format))
    }

    /// What became of an export: the path, once the file is written, or why it was not.
    pub fn exported(&mut self, format: ExportFormat, result: Result<PathBuf, String>) {
        let what = what(format);
        match result {
            Ok(path) => {
                self.say(tr!(
                    "said-written",
                    what = what,
                    path = path.display().to_string()
                ));
                if let Some(h) = self.host_mut() {
                    h.exports.retain(|(f, _)| *f != format);
                    h.exports.push((format, path));
                }
            }
            Err(why) => self.refuse(tr!("refused-not-written", what = what, why = why)),
        }
    }
}

/// The export in a few words.
pub fn what(format: ExportFormat) -> String {
    match format {
        ExportFormat::Md => tr!("export-outcome"),
        ExportFormat::Csv => tr!("export-csv"),
        ExportFormat::Ics => tr!("export-calendar"),
    }
}
