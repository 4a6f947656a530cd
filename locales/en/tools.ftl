### Review, the launcher, the agenda editor, and the command line: messages, errors, `check`.

## Review: the header, the sessions list, a session's record

review-too-small = Terminal too small for review; enlarge the window.
review-sessions = { $count ->
    [one] { $shown } session
   *[other] { $shown } sessions
}
review-commitments = { $count ->
    [one] { $shown } commitment
   *[other] { $shown } commitments
}
review-unreadable = {" "}· { $count } unreadable
review-no-sessions = No recorded sessions here. Run one with `plenary run AGENDA.json`, or name files: `plenary review FILE...`.
review-col-date = Date
review-col-start = Start
review-col-session = Session
review-col-people = People
review-col-owed = Owed
review-col-done = Done
review-col-overdue = Overdue
review-not-loaded = Not loaded (left untouched):
review-late-marks = day overdue|days overdue
review-thousands = ,

## Review: the commitments board

board-of = {" "}{ $shown } of { $all }{" "}
board-any-status = any status
board-still-owed = still owed
board-overdue-only = overdue only
board-due-within = { $days ->
    [one] due within { $days } day
   *[other] due within { $days } days
}
board-grouped = grouped by owner
board-by-deadline = by deadline
board-by-owner = by owner
board-by-session = by session
board-session = session: { $title }
board-nothing = Nothing matches. Esc clears the filters.
board-col-deadline = Deadline
board-col-late = Late
board-col-owner = Owner
board-col-what = What
board-col-session = Session
board-col-status = Status
board-late-days = { $days }d
board-agreed-on = agreed { $date } at “{ $session }”
board-agreed-at = agreed at “{ $session }”
board-days-overdue = , { $days ->
    [one] { $days } day overdue
   *[other] { $days } days overdue
}
board-detail = by { $when } · { $status }{ $overdue } · { $agreed }
board-no-follow-up = No follow-up recorded yet.
board-earlier = {" "}(+{ $count } earlier)

## Review: the figures (f)

figures-head = As of { $date }, { $count ->
    [one] { $count } commitment
   *[other] { $count } commitments
} { $scope }: { $counts }. Done counts against those not dropped.
figures-on-board = shown on the board
figures-everywhere = in all sessions
figures-done-of = { $done } of { $base }
figures-more = {" "}· { $first }–{ $last } of { $count }, ↑↓ for more
figures-by-session = Completion by session
figures-by-session-note = {" "}(done of those not dropped){ $more }
figures-by-owner = Completion by owner
figures-by-group = Completion by stakeholder group
figures-first = , the first { $count }
figures-in-all-groups = {" "}({ $count } in all{ $cut }; g: by owner)
figures-in-all-owners = {" "}({ $count } in all{ $cut }; g: by group)

## Review: the follow-up form and the export question

followup-title = Follow up { $id }
followup-overdue = {" "}· { $days ->
    [one] { $days } day overdue
   *[other] { $days } days overdue
}
followup-owes = { $owner } · due { $when }{ $overdue } · { $session }
followup-last = last: { $date } { $who }: { $change }{ $note }
followup-status = Status
followup-deadline = Deadline
followup-owner-hint = keep the owner, or who owns it now
followup-owner = Owner
followup-note = Note
followup-deadline-hint = keep the deadline, or a new one: 2027-03-31, +3m, end of june
followup-note-hint = what happened: reported by the owner, reason for a delay, …
followup-needs-note = → { $date } (needs a note)
followup-letters = {"  "}d → { $done } · D → { $dropped }
review-export-markdown = the outcome document (Markdown)
review-export-csv = the commitments (CSV)
review-export-calendar = the deadlines (calendar)
review-export-html = the outcome document to send (HTML)
review-export-docx = the outcome document to send (DOCX, for Word)
review-export-external = Markdown and CSV for outside the room: no log-ins, times or file paths
export-title = Export this session
export-for-outside = Markdown and CSV: for outside the room (e: for the team)
export-for-team = Markdown and CSV: for the team (e: for outside the room)
export-beside = written beside the session file · any other key cancels

## Review: footer words (the keymap's English words, said in the language)

review-footer-open = open
review-footer-its-commitments = its commitments
review-footer-all-commitments = all commitments
review-footer-figures = figures
review-footer-scroll = scroll
review-footer-export = export
review-footer-follow-up = follow up
review-footer-search = search
review-footer-sort = sort
review-footer-by-owner = by owner
review-footer-overdue = overdue
review-footer-due-within = due within
review-footer-clear-back = clear/back
review-footer-group-owner = group/owner

## Review: messages

review-esc-first = Esc: this is the first screen, nothing to go back to; q quits
review-stray = { $key } does nothing here; ? lists the keys
review-saved = { $id } updated and saved to { $file }
review-wrote = Wrote { $name } in { $dir }
review-conflict-unreadable = { $by } followed this up meanwhile, and the file cannot be read again; your text is kept
review-conflict = { $by } followed up { $id } while you were writing: it is { $status } now. Your text is kept: Enter saves it on top, Esc twice discards it

## The command line: messages and errors

cli-check-needs = plenary check needs the agenda or session files to check, one or more:
cli-check-usage = plenary check FILE.json...   e.g. plenary check my-agenda.json, or plenary check sessions/*.json
cli-check-valid-agenda = ✓ { $file }: a valid agenda, “{ $title }”
cli-check-valid-session = ✓ { $file }: a valid recorded session, “{ $title }”
cli-check-problems = ✗ { $file }: { $count ->
    [one] { $count } problem
   *[other] { $count } problems
}:
cli-check-warnings = ! { $file }: { $count ->
    [one] { $count } warning
   *[other] { $count } warnings
}:
cli-not-run = { $file } is an agenda that has not been run: there is nothing to export yet
cli-no-deadlines = { $file } has no commitments: there are no deadlines to put in a calendar (nothing was written)
cli-docx-binary = a DOCX document is a binary file: give -o FILE.docx (or redirect the output)
cli-docx-report-binary = a DOCX report is a binary file: give -o FILE.docx (or redirect the output)
cli-wrote = Wrote { $path }
cli-no-sessions-dir = there is no sessions directory { $dir }: give --dir (or PLENARY_DIR) the folder `plenary run` saves in, or name the session files
cli-skipped = skipped { $file }: { $reason }
cli-left-out-list = { $count ->
    [one] { $count } file could not be read (named above): the list leaves it out
   *[other] { $count } files could not be read (named above): the list leaves them out
}
cli-left-out-report = { $count ->
    [one] { $count } file could not be read (named above): the report leaves it out
   *[other] { $count } files could not be read (named above): the report leaves them out
}
cli-left-out-reminders = { $count ->
    [one] { $count } file could not be read (named above): the reminders leave it out
   *[other] { $count } files could not be read (named above): the reminders leave them out
}
cli-review-none = No recorded sessions in { $dir }. Run one with `plenary run AGENDA.json`, or name files: `plenary review FILE...`.
cli-name-refused = --name { $why }: give a name without it
review-form-unwritten = the follow-up of { $id } was not written; it held: { $typed }
review-form-kept = it is kept, and the next `plenary review` opens it again
review-form-not-kept = it could not be kept ({ $why })
review-form-copy-it = copy it from here to keep it
review-form-restored = Restored what your earlier review left: a half-typed follow-up
cli-fail-if-any-gone = --fail-if-any is gone: it exited 1 when nothing matched, the opposite of its name; use --exit-status (0 something matches, 1 nothing does, 2 an error)
cli-remind-by-hand = ; the digest is in { $file }, to pass on by hand
cli-remind-no-address = no e-mail address for { $owner } ({ $count ->
    [one] { $count } commitment
   *[other] { $count } commitments
}): give the participant an email in the session{ $kept }

## The launcher (plenary with no command)

launcher-title = {" "}plenary · pick an agenda to start, or a session to resume
launcher-cannot-run = cannot run
launcher-unreadable = unreadable
launcher-agenda = agenda
launcher-session = session
launcher-shows-why = Enter shows why
launcher-ended = ended
launcher-in-progress = in progress
launcher-not-started = not started
launcher-commitments = { $count ->
    [one] { $count } commitment
   *[other] { $count } commitments
}
launcher-footer-start = start or resume
cli-edit-needs = plenary edit needs the agenda file to change:
cli-edit-usage = plenary edit FILE.json   e.g. plenary edit my-agenda.json (plenary new makes a new one)
cli-edit-missing = { $file } does not exist: plenary new { $quoted } makes a new agenda there
cli-edit-folder = { $file } is a folder, not an agenda: give the agenda's file, or make a new one in the folder with plenary new { $quoted }
cli-edit-recorded = { $file } is a recorded session, not an agenda: change its plan while it runs (plenary run { $quoted }, then 5), or edit the agenda it was started from{ $from }
cli-edit-rescued = Stopped before the changes were saved; they are in { $file } (plenary edit { $quoted }).
cli-edit-not-rescued = Stopped before the changes were saved, and { $why }
cli-edit-saved = Agenda saved in { $file }. Check it: plenary check { $quoted }   Run it: plenary run { $quoted }
cli-edit-unchanged = Nothing changed: { $file } is as it was. Check it: plenary check { $quoted }   Run it: plenary run { $quoted }
cli-edit-changes-dropped = The changes were not saved; { $file } is as it was.
cli-edit-last-unsaved = The last changes were not saved; { $file } holds the agenda as last saved.
cli-edit-not-written = Nothing saved: { $file } was not written.
cli-edit-nothing = Nothing saved.
cli-needs-terminal-input = { $name } needs a terminal, and its standard input is not one: run it in a terminal window, { $hint }
cli-needs-terminal-output = { $name } needs a terminal, and its standard output is not one: run it in a terminal window, { $hint }
cli-hint-ssh = or over SSH with `ssh -t`
cli-hint-review = or over SSH with `ssh -t`; for scripts, `plenary commitments` lists the commitments
cli-hint-join = or over SSH with `ssh -t HOST plenary join` (-t asks SSH for a terminal)
cli-hint-launcher = or over SSH with `ssh -t`; `plenary --help` lists the commands for scripts
cli-new-no-folder = the folder { $folder } does not exist: make it first (mkdir -p { $quoted }), or give a file in a folder that does
cli-new-kept = Nothing made: { $file } is kept. Change it with `plenary edit { $quoted }`, or give another name.
cli-new-nothing = Nothing made.
cli-new-participants-unreadable = cannot read the participants from { $path }: { $why }
cli-new-participants-not-a-file = it is { $what }, not a spreadsheet: give a CSV file (name, organisation, stakeholder, email)
cli-new-participants-read = { $count ->
    [one] 1 participant read from { $path }
   *[other] { $count } participants read from { $path }
}
cli-new-rows-to-look-at = { $count ->
    [one] { $read }; 1 row to look at: { $rows }
   *[other] { $read }; { $count } rows to look at: { $rows }
}
cli-new-no-template = there is no template called { $name }; the templates are: { $names }
cli-new-exists = { $file } exists: give another name, or change it with `plenary edit { $quoted }`
cli-demo-no-example = there is no example called { $name }; the examples are: { $names }
cli-remind-sent = { $count ->
    [one] { $count } reminder sent
   *[other] { $count } reminders sent
}
cli-remind-written = { $count ->
    [one] { $count } reminder written to { $place }
   *[other] { $count } reminders written to { $place }
}
cli-remind-unaddressed = { $count ->
    [one] { $count } owner without an address
   *[other] { $count } owners without an address
}
cli-remind-failed = ; { $count } not sent

## The last words of `plenary run`, and an unfinished session found
ending-saved = Session saved: { $path }
ending-saved-journal = Session saved: { $path } (with its journal)
ending-resume = Resume with:   { $command }
ending-shared-again = {"               "}(shared with the group { $group } again; add --private to keep it to yourself)
unfinished-when = { $date } at { $time }
unfinished-begun = begun { $when }, { $commitments ->
    [one] 1 commitment
   *[other] { $commitments } commitments
}, { $notes ->
    [one] 1 note
   *[other] { $notes } notes
}
unfinished-opened = opened { $when }, { $commitments ->
    [one] 1 commitment
   *[other] { $commitments } commitments
}, { $notes ->
    [one] 1 note
   *[other] { $notes } notes
}
unfinished-found = a session of this agenda was not finished: { $path }
unfinished-resume-it = Resume it:       { $command }
unfinished-start-new = Start a new one: { $command }
unfinished-ask = Resume it? r (or Enter) resumes it, n starts a new, empty session beside it, q quits:
unfinished-not-a-choice = “{ $typed }” is not one of r, n or q.

## The table of `plenary commitments` (for people; its CSV and JSON stay English for scripts)
table-deadline = DEADLINE
table-overdue = OVERDUE
table-owner = OWNER
table-what = WHAT
table-status = STATUS
table-session = SESSION
table-days-late = { $days }d
table-none-match = No commitment matches.

## The agenda editor (plenary new, plenary edit): its screen
editor-head = AGENDA EDITOR · { $file }
editor-new-file = a new file, named from the title when saved
editor-unsaved = ● not saved · w saves
editor-saved = saved ✓
editor-no-date = no date
editor-no-venue = no venue
editor-presenters = presenters { $minutes } min
editor-tab-plan = Agenda and groups
editor-tab-people = Participants ({ $count })
editor-total = Total { $time }
editor-of-planned = of { $time } ({ $from }–{ $to })
editor-report-back = report-back { $minutes } min, { $count ->
    [one] { $count } presentation
   *[other] { $count } presentations
} { $presenting } min
editor-refused = ✗ { $problem } (plenary run would refuse it)
editor-refused-live = a session's plan changes through the plan view (5) while it runs
editor-refused-title = a title is needed, e.g. Quarterly review
editor-refused-minutes = { $minutes } minutes: give 1 to 1440
editor-refused-name = a name is needed
editor-refused-already = { $name } is already a participant
editor-refused-no-participant = there is no participant { $number }
editor-refused-group-name = the group needs a name
editor-refused-group-taken = group { $number } is already called “{ $name }”
editor-refused-no-group = there is no group { $number }
editor-refused-item-title = the item needs a title
editor-refused-no-item = there is no item { $number }
editor-part-title = the title
editor-part-venue = the venue
editor-part-name = name
editor-part-organisation = organisation
editor-part-stakeholder = stakeholder
editor-part-email = email
editor-part-group-name = the name
editor-part-topic = the topic
editor-part-presenter = the presenter
editor-part-member = a member
editor-part-question = a question
editor-part-prompt = a prompt
editor-row-refused = { $name }: { $why }
editor-more = (and { $count } more: ! lists them all)
editor-col-name = NAME
editor-col-organisation = ORGANISATION
editor-col-stakeholder = STAKEHOLDER
editor-col-email = EMAIL
editor-more-people = { $count } more, ↑↓ to see
editor-no-people = No participants yet: a adds one, i reads a spreadsheet (CSV)
footer-remove = remove
footer-import-csv = import CSV
footer-out-back = out / back

## The agenda editor: forms
editor-field-title = Title
editor-field-date = Date
editor-field-venue = Venue
editor-field-starts = Starts at
editor-field-ends = Ends by
editor-field-language = Language
editor-field-presenter-minutes = Presenter minutes
editor-field-name = Name
editor-field-organisation = Organisation
editor-field-stakeholder = Stakeholder
editor-field-email = Email
editor-field-topic = Topic
editor-field-presenter = Presenter
editor-field-members = Members
editor-field-questions = Questions
editor-field-minutes = Minutes
editor-field-kind = Kind
editor-field-prompts = Prompts
editor-field-file = CSV file
editor-form-details = The session's details
editor-form-add-person = Add a participant
editor-form-edit-person = Edit a participant
editor-form-add-group = Add a group
editor-form-edit-group = Edit a group
editor-form-edit-item = Edit an agenda item
editor-form-add-item = Add an agenda item
editor-form-import = Participants from a spreadsheet

## The agenda editor: questions, problems, messages
editor-ask-title = Are you sure?
editor-ask-quit-unsaved = The agenda has changes that are not saved. w saves and quits, y quits without saving, n keeps editing.
editor-ask-quit-form-unsaved = Quit and throw away the open form? The agenda also has changes that are not saved: w saves them (not the form) and quits, y quits without saving, n goes back to the form.
editor-ask-quit-form = Quit and throw away the open form? The agenda itself is saved. y quits, n goes back to the form.
editor-ask-remove = Remove { $name } from the participants? y removes, n keeps.
editor-ask-remove-roles = { $name } { $roles }. Remove { $name } from the participants and from those groups? y removes, n keeps.
editor-role-presents = presents group { $number } “{ $group }”
editor-role-member = is a member of group { $number } “{ $group }”
editor-problems-title = Problems and warnings
editor-no-problems = No problems and no warnings.
editor-problems-keys = ↑↓ scroll · any other key closes
editor-removed = { $name } removed from the participants
editor-saved-in = Saved ✓ { $file }
editor-details-changed = Details changed
editor-item-saved = “{ $title }” changed: { $minutes } min · w saves the file
editor-typo-dropped = “{ $typo }” dropped: { $field } is set
editor-group-saved = Group “{ $name }” changed · w saves the file
editor-item-added = Item added

## The agenda editor: what an empty field says
editor-hint-workshop-title = the workshop's title
editor-hint-date = e.g. 2027-03-31 (or leave empty)
editor-hint-venue = where it is held
editor-hint-starts = e.g. 09:00: each item gets its start time
editor-hint-ends = e.g. 11:30: the total is measured against it
editor-hint-presenter-minutes = minutes each presenter gets, e.g. 5
editor-hint-full-name = full name
editor-hint-organisation = ministry, agency, organisation
editor-hint-email = where follow-up reaches them
editor-hint-group-name = the group's name
editor-hint-topic = what it discusses
editor-hint-presenter = who presents (from the participants)
editor-hint-members = names, split at commas (,, in a name)
editor-hint-questions = guiding questions, split at ; (;; in one)
editor-hint-group-minutes = empty: the session's presenter minutes
editor-hint-item-title = what the room does
editor-hint-item-minutes = how long, e.g. 10
editor-hint-prompts = points to raise, split at ; (;; in one)
editor-hint-csv = path to a .csv: name, organisation, stakeholder, email

## The agenda editor: what it says when it opens
editor-opened-with-problems = { $count ->
    [one] 1 problem here would stop plenary run (the first is under the Total): fix it here, then w saves
   *[other] { $count } problems here would stop plenary run (the first is under the Total): fix them here, then w saves
}

## plenary new: the list of templates
chooser-head = NEW AGENDA · start from…
template-report-back = Report-back workshop: breakout groups, a presenter each with five minutes, action planning, read-back
template-peer-learning = Peer-learning exchange: four groups, one with a shorter presentation
template-follow-up = Follow-up meeting: each earlier commitment in turn, then what comes next
template-short-plenary = Short plenary: two quick groups, commitments, close
template-blank = Blank agenda: one opening item, no groups, no participants
footer-start-from-it = start from it

## The agenda editor: refusals and what a change did
editor-hint-stakeholder = e.g. Government, Civil society
editor-not-minutes = “{ $typed }” is not a number of minutes from 1 to 1440: type e.g. 5
editor-date-day-first = { $date } (day first)
editor-not-time = “{ $typed }” is not a time of day: type e.g. 09:30
editor-which-file = which file? e.g. people.csv
editor-ends-before-start = { $ends } is before it starts ({ $starts }): give the time the workshop ends
editor-person-saved = { $name }: participant changed · w saves the file
editor-how-many-minutes = how many minutes? e.g. 10
editor-people-added = { $count ->
    [one] { $count } participant added from { $file }
   *[other] { $count } participants added from { $file }
}
editor-examples-replaced = The template's { $count } example participants were replaced (and taken out of the groups): { $said }
editor-rows-left-out = ; { $count } left out: { $rows }
editor-group-out = “{ $name }” taken out: it is left out when saved (x puts it back)
editor-group-back = “{ $name }” is back
editor-not-saved = NOT SAVED: { $problem } (plenary run would refuse it; fix it first)

## The agenda editor and plenary new's list: the keys overlay (?)
help-editor-scope-items = In the editor (1), the agenda
help-editor-scope-groups = In the editor (1), the groups in report-back order
help-editor-scope-people = In the editor (2), the participants
help-editor-scope-everywhere = Everywhere in the editor
help-editor-scope-names = While names are suggested (presenter, members)
help-editor-scope-templates = Choosing a template
help-editor-item-edit = edit the selected item: title, kind, minutes, prompts
help-editor-item-add = add an item after the selected one
help-editor-item-take-out = take the selected item out (asks)
help-editor-item-earlier = move the selected item earlier
help-editor-item-longer = a minute more for the selected item
help-editor-item-shorter = a minute less for the selected item
help-editor-to-groups = to the groups
help-editor-group-edit = edit the selected group: name, topic, questions, members, presenter, minutes
help-editor-group-add = add a group (it presents last)
help-editor-group-out = take the selected group out, or put it back (it is left out when saved)
help-editor-person-up = select the previous participant
help-editor-person-down = select the next participant
help-editor-person-edit = edit the selected participant
help-editor-person-add = add a participant: name, organisation, stakeholder group, email
help-editor-person-remove = remove the selected participant
help-editor-person-page-up = ten participants up
help-editor-person-page-down = ten participants down
help-editor-person-first = the first participant
help-editor-person-last = the last participant
help-editor-import = add participants from a spreadsheet saved as CSV
help-editor-show-plan = the agenda and the groups
help-editor-show-people = the participants
help-editor-details = the session's details: title, date, venue, start and end times, presenter minutes
help-editor-save = save the agenda to its file (Ctrl-S too)
help-editor-problems = every problem and warning, as plenary check lists them (↑↓ scroll)
help-editor-quit = quit (Ctrl-C too; asks when changes are not saved)
help-editor-name-next = highlight the next suggested name
help-editor-name-previous = highlight the previous suggested name
help-editor-name-take = take the highlighted name (Tab too)
help-editor-template-up = the template above
help-editor-template-down = the template below
help-editor-template-choose = start from the template selected
help-editor-template-leave = leave without making anything

## The agenda editor: saving and reading files
editor-changed-on-disk = NOT SAVED: { $file } changed on disk since it was opened here (another editor, or a hand edit); w again replaces it with this agenda
editor-not-saved-why = NOT SAVED: { $why }
editor-cannot-read = cannot read { $file }: { $why }
editor-not-a-spreadsheet = is { $what }, not a spreadsheet: give the path of a .csv file
editor-a-folder = a directory
editor-cannot-write = cannot write { $file }: { $why }
editor-cannot-read-back = { $file } cannot be read back: { $why }
editor-not-what-was-written = { $file } does not hold what was written

## The command line's grammar and its errors (clap's own words stay in English; these are
## what French and Spanish say instead, and the value refusals every language shares)

cli-heading-usage = Usage:
cli-heading-options = Options
cli-heading-arguments = Arguments
cli-heading-commands = Commands
cli-note-values = one of: { $values }
cli-note-default = default: { $value }
cli-note-env = or from { $name }
cli-usage-options = [OPTIONS]
cli-usage-command = [COMMAND]
cli-error-unknown-option = there is no option { $arg } here
cli-error-did-you-mean = ; did you mean { $suggestion }?
cli-error-as-value = ; to give it as a value, put -- before it: { $value }
cli-error-unknown-command = there is no command { $command }
cli-error-missing-value = { $arg } needs a value after it
cli-error-invalid-choice = { $arg } does not take “{ $value }”: give one of { $valid }
cli-error-invalid-value = { $arg } cannot take “{ $value }”: { $why }
cli-error-refused = { $arg }: { $why }
cli-error-missing-argument = give { $arg } as well
cli-error-missing-command = give a command
cli-error-conflict = { $arg } and { $other } cannot be given together
cli-error-too-many = { $arg } takes one value (“{ $value }” is one too many)
cli-error-more = To see what it takes: { $command } --help
cli-status-open = open
cli-status-in-progress = in-progress
cli-status-done = done
cli-status-dropped = dropped
cli-status-unknown = “{ $text }” is not a status: use open, in-progress, done or dropped
cli-date-past-unknown = “{ $text }” is not a date I understand; try 2026-11-01, 1 November, yesterday, 3 weeks ago
cli-since-future = “{ $text }” is { $date }, a day still to come: --since looks back; try yesterday, 1 November, 3 weeks ago
cli-days-unknown = “{ $text }” is not a number of days; try 14, 2w, in 3 weeks, end of june
cli-port-unknown = “{ $text }” is not a port number: give a whole number from 1 to 65535, e.g. 587

## plenary demo --list: what each built-in example shows

demo-about-report-back = report-back workshop: three breakout groups, five-minute presenters, action planning
demo-about-peer-learning = peer-learning exchange: four groups, one with a three-minute presenter
demo-about-follow-up = a follow-up meeting: each earlier commitment in turn, two groups on what comes next
demo-about-short-plenary = a short quarterly check-in: two breakouts and their report-back

## plenary join: finding the live session, and why one cannot be joined

join-none-listed = No live session you can join on this machine (looked in { $looked }).
join-none-because = No live session you can join on this machine: { $why }
join-none-start = No live session you can join on this machine (looked in { $looked }); the facilitator starts one with `plenary run`, and with --allow-group GROUP for note-takers who log in as themselves{ $more }
join-several = { $count } live sessions here; choose one with --session NAME:
join-no-such-session = no live session called { $name } (plenary join --list shows them)
join-several-match = { $count } live sessions match { $name }; give more of the name:
join-no-such-user = there is no Unix user named { $name }
join-user-lookup = cannot look up the Unix user { $name }
join-cannot-reach = cannot reach { $path }
join-unconfirmed-lost = what was not yet confirmed could not be kept ({ $why }): it is lost
join-unconfirmed-kept = { $count ->
    [one] 1 change not yet confirmed is kept in { $path } and sent when you join again with the same name
   *[other] { $count } changes not yet confirmed are kept in { $path } and sent when you join again with the same name
}
join-form-kept = the open form is kept in { $path } and opened again when you join again with the same name
join-runtime-too-long = the runtime directory is too long for a socket: set PLENARY_RUNTIME_DIR to a short directory, e.g. /tmp/plenary-$(id -u), for the facilitator and note-takers alike ({ $dir } is { $bytes } bytes; a socket's whole path must stay under 108)
join-denied = { $who } runs a session in { $dir } that you may not join (permission denied)
join-group-not-yet = { $who } may share a session with the group { $group }, and you are in { $group }, but this login does not have it yet: log out and in again (or run `newgrp { $group }`), then join
join-group-not-in = { $who } may share a session with the group { $group }, which you are not in: ask to be added to { $group }, or ask { $who } to share it with a group you are in
join-not-shared-group = { $who } runs a session that is not shared with you: ask { $who } to run it with --allow-group { $group } (a group you are both in)
join-not-shared = { $who } runs a session that is not shared with you: ask { $who } to run it with --allow-group and a group you are in
join-drafts-changes = { $count ->
    [one] { $count } change not yet confirmed
   *[other] { $count } changes not yet confirmed
}
join-drafts-form = a half-typed form
join-drafts-and = { " " }and{ " " }
join-drafts-restored = restored what your earlier join left: { $what }
join-drafts-others = drafts of other joins are kept: { $what } (join with the same --name to restore them)
join-name-empty = your name is empty: join with --name and the name others should see
join-name-long = your name is { $length } characters long, at most { $most }: join with a shorter --name
join-name-bytes = your name takes { $bytes } bytes, at most { $most } (too many accents on its letters): join with a simpler --name
join-not-joining = not joining
join-link = { $dir } is a symbolic link, not a directory: someone may be redirecting plenary; remove it if you did not make it
join-foreign-dir = not joining: { $dir } belongs to { $who }, not to you, so someone else may be running a session there to read your notes. If { $who } is the facilitator, join with --facilitator { $who }; otherwise tell the facilitator
join-open-dir = not joining: others can write to { $dir } (mode { $mode }), so anyone could have put a session there; the facilitator can fix it with chmod go-w { $dir }
join-who-runs = not joining: cannot tell who runs the session
join-impostor = not joining: the session is run by { $who }, not by { $owner } who owns its directory: someone may be posing as the facilitator; tell them

## plenary run: what it says in the terminal before and after the console

run-not-in-group = you are not in the group { $group }, so you cannot share a session with it: ask an administrator to add you (usermod -a -G { $group } { $user }), log in again, and run this again
run-group-check = cannot check whether you are in the group { $group }
run-group-lookup = cannot look up the Unix group { $group }
run-no-such-group = there is no Unix group named { $group }
run-not-shared = NOT SHARED with note-takers: { $why }
run-not-shared-after = NOT SHARED: note-takers could not join this session at any time: { $why }
run-clock-behind = This computer's clock is { $span } behind the time this session was last saved
run-clock-away = This session was last saved { $span } ago by this computer's clock
run-timers-held = { $doubt }: the timer of { $names } was paused at the time it had then. Space carries on.
run-span-seconds = { $count } s
run-span-minutes = { $count } min
run-span-hours = { $hours } h { $minutes } min
run-span-days = { $count } days
run-problems = { $file }: { $count ->
    [one] { $count } problem
   *[other] { $count } problems
}: { $list }
run-cannot-be-run = { $file } cannot be run:
run-cannot-be-exported = { $file } cannot be exported:
run-cannot-be-followed-up = { $file } cannot be followed up:
run-same-list = (run `plenary check { $file }` for the same list)
run-follow-up-a-session = --follow-up starts a new session: give it an agenda, not the recorded session { $file }
run-follow-up-agenda = { $file } is an agenda that has not been run: it has no commitments to follow up
run-follow-up-copies = { $file } and { $copy } are copies of one session: follow up one of them, so that each status is written back once
run-follow-up-nothing = no open or in-progress commitments in { $files }: nothing to follow up
run-form-kept = it is kept, and the next `plenary run` of this session opens it again
run-form-not-kept = it could not be kept ({ $why })
run-form-copy-it = copy it from here to keep it
run-never-began = The session never began and nothing was recorded, so no session file was kept.
run-run-it = Run it with: { $command }

## Review and the launcher: the keys overlay (?), each key's words and headings
review-help-sessions-up = previous session
review-help-sessions-down = next session
review-help-open = open the session's record
review-help-sessions-commitments = its commitments
review-help-board = every session's commitments
review-help-sessions-figures = figures: done, on track, renegotiated, overdue, dropped by session and group
review-help-record-up = scroll up
review-help-record-down = scroll down
review-help-record-top = to the top
review-help-record-commitments = this session's commitments
review-help-export = export: Markdown, CSV, calendar, HTML or DOCX
review-help-record-back = back to the sessions
review-help-board-first = the first
review-help-board-last = the last
review-help-follow-up = follow up the selected commitment
review-help-search = search as you type: action, owner, organisation, group, session
review-help-toggle-overdue = overdue only
review-help-next-status = status: any, still owed, open, in progress, done, dropped
review-help-next-due-within = due within 7, 30 or 90 days
review-help-next-sort = sort by deadline, owner or session
review-help-toggle-by-owner = group by owner
review-help-clear-or-back = clear the filters and grouping, then back where you came from
review-help-board-figures = figures of the commitments shown
review-help-figures-up = scroll the sessions up
review-help-figures-down = scroll the sessions down
review-help-figures-group = bars by stakeholder group or by owner
review-help-figures-back = back where f was pressed
review-help-end-search = keep the search and move in the list
review-help-cancel-search = clear the search
review-scope-sessions = Sessions
review-scope-record = A session's record
review-scope-board = Commitments board
review-scope-search = Searching
review-scope-export = Export
review-scope-figures = Figures
review-where-sessions = on the sessions list
review-where-record = on a session's record (Enter on the list)
review-where-board = on the commitments board (b or c)
review-where-search = while searching the board (/)
review-where-export = after x on a session's record
review-where-figures = on the figures (f on the sessions or the board)
launcher-help-up = previous file
launcher-help-down = next file
launcher-help-open = start the agenda or resume the session
launcher-help-leave = leave
launcher-scope-list = Picking a file

## The launcher and the list of templates: a key that does nothing there
stray-esc-first = Esc: this is the first screen, nothing to go back to
stray-key = { $key } does nothing here
stray-keys-here = { $what }; the keys here: { $keys }

## The facilitator's side of sharing: the runtime directory the live session's socket is in

host-dir-not-a-dir = { $dir } is not a directory
host-dir-cannot-open = cannot open { $dir }
host-dir-cannot-create = cannot create { $dir }
host-dir-foreign = { $dir } belongs to { $who }, not to you: someone else made it; set PLENARY_RUNTIME_DIR to a directory of your own
host-dir-cannot-chgrp = cannot give { $dir } to group { $group }
host-dir-open = others can write to { $dir } (mode { $mode }), so anyone could put a session there: run chmod go-w { $dir }
host-dir-group-cannot-reach = the group cannot reach { $dir }, which was not made by this plenary (it is left as it is): run chgrp { $group } { $dir } && chmod 750 { $dir }

## plenary edit: values of the file that could not be read, shown as stand-ins
editor-opened-with-stand-ins = { $count ->
    [one] 1 value in the file cannot be read: the editor shows a stand-in for it (under the Total, and in !). Set it here; w asks before writing a stand-in over it
   *[other] { $count } values in the file cannot be read: the editor shows stand-ins for them (under the Total, and in !). Set them here; w asks before writing a stand-in over one
}
editor-stand-in = { $place } holds { $was }, written as { $now }
editor-stand-in-twice = { $place } is written twice, and only the last, { $now }, is kept
editor-stand-in-nothing = nothing
editor-stand-in-left-out = left out
editor-stand-in-problem = ✗ { $problem } (here: { $now } until you set it)
editor-ask-stand-ins = { $count ->
    [one] A value the file holds cannot be read, and saving now writes its stand-in in its place
   *[other] { $count } values the file holds cannot be read, and saving now writes their stand-ins in their places
}: { $list }. w writes the file so, n goes back to set { $count ->
    [one] it
   *[other] them
} (! lists each with its fix).
cli-edit-stand-ins-left = { $count ->
    [one] The file still holds a value plenary cannot read: plenary check { $quoted } says where and how to fix it.
   *[other] The file still holds { $count } values plenary cannot read: plenary check { $quoted } says where and how to fix them.
}
