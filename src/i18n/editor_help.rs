//! The keys overlay's words for the agenda editor and `plenary new`'s list of templates, in
//! the language in force (issue 16); `help::help_words` asks here for the words it does not
//! know. The keymaps keep their English words (README tables, `tests/keys.rs`).

use crate::tr;

/// A heading or a key's words of the editor's keymaps, or none when they are not theirs.
pub fn words(english: &str) -> Option<String> {
    Some(match english {
        "In the editor (1), the agenda" => tr!("help-editor-scope-items"),
        "In the editor (1), the groups in report-back order" => tr!("help-editor-scope-groups"),
        "In the editor (2), the participants" => tr!("help-editor-scope-people"),
        "Everywhere in the editor" => tr!("help-editor-scope-everywhere"),
        "While names are suggested (presenter, members)" => tr!("help-editor-scope-names"),
        "Choosing a template" => tr!("help-editor-scope-templates"),
        "edit the selected item: title, kind, minutes, prompts" => tr!("help-editor-item-edit"),
        "add an item after the selected one" => tr!("help-editor-item-add"),
        "take the selected item out (asks)" => tr!("help-editor-item-take-out"),
        "move the selected item earlier" => tr!("help-editor-item-earlier"),
        "a minute more for the selected item" => tr!("help-editor-item-longer"),
        "a minute less for the selected item" => tr!("help-editor-item-shorter"),
        "to the groups" => tr!("help-editor-to-groups"),
        "edit the selected group: name, topic, questions, members, presenter, minutes" => {
            tr!("help-editor-group-edit")
        }
        "add a group (it presents last)" => tr!("help-editor-group-add"),
        "take the selected group out, or put it back (it is left out when saved)" => {
            tr!("help-editor-group-out")
        }
        "select the previous participant" => tr!("help-editor-person-up"),
        "select the next participant" => tr!("help-editor-person-down"),
        "edit the selected participant" => tr!("help-editor-person-edit"),
        "add a participant: name, organisation, stakeholder group, email" => {
            tr!("help-editor-person-add")
        }
        "remove the selected participant" => tr!("help-editor-person-remove"),
        "ten participants up" => tr!("help-editor-person-page-up"),
        "ten participants down" => tr!("help-editor-person-page-down"),
        "the first participant" => tr!("help-editor-person-first"),
        "the last participant" => tr!("help-editor-person-last"),
        "add participants from a spreadsheet saved as CSV" => tr!("help-editor-import"),
        "the agenda and the groups" => tr!("help-editor-show-plan"),
        "the participants" => tr!("help-editor-show-people"),
        "the session's details: title, date, venue, start and end times, presenter minutes" => {
            tr!("help-editor-details")
        }
        "save the agenda to its file (Ctrl-S too)" => tr!("help-editor-save"),
        "every problem and warning, as plenary check lists them (↑↓ scroll)" => {
            tr!("help-editor-problems")
        }
        "quit (Ctrl-C too; asks when changes are not saved)" => tr!("help-editor-quit"),
        "highlight the next suggested name" => tr!("help-editor-name-next"),
        "highlight the previous suggested name" => tr!("help-editor-name-previous"),
        "take the highlighted name (Tab too)" => tr!("help-editor-name-take"),
        "the template above" => tr!("help-editor-template-up"),
        "the template below" => tr!("help-editor-template-down"),
        "start from the template selected" => tr!("help-editor-template-choose"),
        "leave without making anything" => tr!("help-editor-template-leave"),
        _ => return None,
    })
}
