//! A form half-typed in the console when it stopped (a signal, a closed window, a
//! confirmed quit): kept in the state directory beside the note-takers' drafts, and offered
//! back by the next `plenary run` of the same session, as `plenary join` does (findings11
//! item 1: what was typed is never lost).

use std::path::{Path, PathBuf};

use plenary::app::App;
use plenary::live::drafts::Drafts;

/// Where the console's open form is kept for the session saved at `session`.
fn path(session: &Path) -> PathBuf {
    let name = session
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    super::drafts_dir(session.parent().unwrap_or(Path::new(".")))
        .join("console")
        .join(format!("{name}.form.json"))
}

/// Keeps `app`'s open form if it holds typed text; says where, or why it could not.
pub fn keep(app: &App, session: &Path) -> Option<String> {
    let drafts = Drafts::of(app, "", &app.me.name);
    drafts.form.as_ref()?;
    let file = path(session);
    let text = serde_json::to_vec_pretty(&drafts).ok()?;
    let written = file
        .parent()
        .map_or(Ok(()), |dir| {
            use std::os::unix::fs::DirBuilderExt;
            // Typed text is the person's own: the folder is theirs alone, as join's drafts.
            std::fs::DirBuilder::new()
                .recursive(true)
                .mode(0o700)
                .create(dir)
        })
        .and_then(|()| plenary::store::write_atomic(&file, &text));
    Some(match written {
        Ok(()) => "it is kept, and the next `plenary run` of this session opens it again".into(),
        Err(e) => format!("it could not be kept ({e})"),
    })
}

/// Reopens a form the last run of `session` left, and says so; the kept copy goes.
pub fn restore(app: &mut App, session: &Path) {
    let file = path(session);
    let Some(drafts) = Drafts::load(&file) else {
        return;
    };
    drafts.restore_form(app);
    if app.form.is_some() {
        app.inform("Restored what your earlier plenary left: a half-typed form");
    }
    let _ = std::fs::remove_file(&file);
}
