//! A form half-typed in the console when it stopped (a signal, a closed window, a
//! confirmed quit): kept in the state directory beside the note-takers' drafts, and offered
//! back by the next `plenary run` of the same session, as `plenary join` does (findings11
//! item 1: what was typed is never lost).

use plenary::tr;
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
    Some(match write_private(&file, &text) {
        Ok(()) => tr!("run-form-kept"),
        Err(e) => tr!("run-form-not-kept", why = e.to_string()),
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
        app.inform(tr!("console-restored-form"));
    }
    let _ = std::fs::remove_file(&file);
}

/// A follow-up half-typed in review: which commitment, and the form's parts as typed.
#[derive(serde::Serialize, serde::Deserialize)]
struct KeptFollowUp {
    session_file: String,
    id: String,
    parts: [String; 3],
    /// A new owner typed (nc15 #13); absent in what an earlier build kept.
    #[serde(default)]
    owner: String,
}

fn review_path() -> PathBuf {
    super::drafts_dir(Path::new("."))
        .join("review")
        .join("follow-up.json")
}

/// Keeps review's open follow-up form if it holds typed text; says so, or why not.
pub fn keep_follow_up(review: &plenary::review::Review) -> Option<String> {
    let form = review.followup.as_ref()?;
    form.unwritten()?;
    let kept = KeptFollowUp {
        session_file: form.row.session_file.clone(),
        id: form.row.id.clone(),
        parts: form.typed_parts(),
        owner: form.typed_owner(),
    };
    let text = serde_json::to_vec_pretty(&kept).ok()?;
    Some(match write_private(&review_path(), &text) {
        Ok(()) => plenary::tr!("review-form-kept"),
        Err(e) => plenary::tr!("review-form-not-kept", why = e.to_string()),
    })
}

/// Reopens a follow-up the last review left, on the same commitment if it is still listed.
pub fn restore_follow_up(review: &mut plenary::review::Review) {
    let file = review_path();
    let Some(kept) = std::fs::read_to_string(&file)
        .ok()
        .and_then(|t| serde_json::from_str::<KeptFollowUp>(&t).ok())
    else {
        return;
    };
    let row = review
        .entries
        .iter()
        .map(|e| &e.row)
        .find(|r| r.session_file == kept.session_file && r.id == kept.id)
        .cloned();
    let Some(row) = row else {
        return;
    };
    let mut form = plenary::review::FollowUpForm::new(row);
    let [status, deadline, note] = &kept.parts;
    form.refill([status, deadline, note]);
    form.refill_owner(&kept.owner);
    review.followup = Some(form);
    review.flash = Some((plenary::tr!("review-form-restored"), false));
    let _ = std::fs::remove_file(&file);
}

/// Writes `bytes` to `file` in a folder only its owner can read: typed text is theirs.
fn write_private(file: &Path, bytes: &[u8]) -> std::io::Result<()> {
    use std::os::unix::fs::DirBuilderExt;
    if let Some(dir) = file.parent() {
        std::fs::DirBuilder::new()
            .recursive(true)
            .mode(0o700)
            .create(dir)?;
    }
    plenary::store::write_atomic(file, bytes)
}
