### The facilitator's console and the note-taker's screens beyond the stage: forms, questions,
### confirmations on the status line, the lists (2, 3, 4), people, plan.

## The questions asked before something that cannot be taken back (y / n)

confirm-title = Confirm
confirm-yes-key = y
confirm-yes = yes
confirm-no = no
confirm-reset = Reset { $group }'s timer to { $time }? The time used so far is forgotten.
confirm-the-group = the group
confirm-quit-running = A timer is running. Quit anyway? It keeps counting if you run this session again within { $minutes } minutes; after longer it waits, paused at its time then, for Space.
confirm-quit-item = Quit anyway? The clock of “{ $title }” is counting: it goes on while plenary is closed, and the time shows when you run this session again.
confirm-this-item = this agenda item
confirm-quit-form = Quit and discard the open form? Everything else is saved.
confirm-quit-form-kept = Quit? What you typed in the open form is kept, and opened again when you join again with the same name.
confirm-quit-form-kept-unsaved = { $count ->
    [one] Quit? { $count } change is not yet saved ({ $list }): it is kept for your next join with the same name, with what you typed in the open form.
   *[other] Quit? { $count } changes are not yet saved ({ $list }): they are kept for your next join with the same name, with what you typed in the open form.
}
confirm-end-session = That was the last agenda item. End the session?
confirm-delete-commitment = Delete { $id }? It stays in the file, struck out, and d restores it.
confirm-disconnect = Disconnect { $who }? Their screen says the facilitator disconnected them.
confirm-delete-note = Delete this note? It stays in the file, struck out, and d restores it.
confirm-remove-item-editing = Take “{ $title }” off the agenda? Its time goes from the plan; the file keeps it until you save.
confirm-remove-item = Take “{ $title }” off the agenda? Its time goes from the plan; the change is in the record.
confirm-leave-running = A timer is running. Stop it and move to “{ $title }”?
confirm-the-next-item = the next item
confirm-groups-waiting-move = { $count ->
    [one] { $count } group has not presented yet: { $names }. Move to “{ $title }” anyway?
   *[other] { $count } groups have not presented yet: { $names }. Move to “{ $title }” anyway?
}
confirm-groups-waiting-end = { $count ->
    [one] { $count } group has not presented yet: { $names }. End the session anyway?
   *[other] { $count } groups have not presented yet: { $names }. End the session anyway?
}
confirm-quit-unsaved = The last changes are NOT on disk (the warning below says why). Quit anyway? A rescue copy is then written wherever the disk allows, and the last message says where. n keeps the session open and retrying.

## The forms: the commitment (c), the note (n), the plan's (5 a), the follow-up (e)

form-new-commitment = New commitment
form-edit-commitment = Edit commitment { $id }
form-from = From
form-action = Action
form-owner = Owner
form-deadline = Deadline
form-action-hint = what will be done, concretely
form-owner-hint = who: a person, ministry or organisation
form-deadline-hint = by when: 2027-03-31, +2w, in 3 months, end of june
form-past-deadline = { $date } is in the past: Enter again to keep it, or change it
form-merged = { $by } changed this commitment while you were editing it. What you changed is kept, the rest is theirs; their text is under each field that differs: { $take } takes either, Enter saves on their version.
form-before-their-change = before their change:{" "}
form-yours = yours:{" "}
form-theirs = { $by }:{" "}
form-note = Note
form-correct-note = Correct note
form-note-hint = what was said, decided or asked
form-discard = Discard what you typed?
plan-form-add-group = Add a late group
plan-form-add-item = Add an agenda item at place { $place }
plan-form-group = Group
plan-form-presenter = Presenter
plan-form-topic = Topic
plan-form-title = Title
plan-form-kind = Kind
plan-form-minutes = Minutes
plan-form-group-hint = the group's name
plan-form-presenter-hint = who presents
plan-form-topic-hint = what it reports on
plan-form-group-minutes-hint = the session's presenter minutes
plan-form-title-hint = what the room does
plan-form-minutes-hint = how long, e.g. 10
plan-form-not-minutes = “{ $minutes }” is not a number of minutes: type e.g. 5
plan-form-how-many = how many minutes? e.g. 10
carried-form-title = Follow-up of { $id }
carried-form-status = Status
carried-form-said = Said
carried-form-said-hint = what the owner said: what was done, what is in the way
carried-form-deadline-hint = a new date if it was renegotiated: 2027-06-30, +3m
carried-form-owner-hint = who owns it from now on
carried-form-new-deadline = New deadline → { $date }
leftover-commitment = the open commitment form was not saved; it held: { $typed }
leftover-note = the open note form was not saved; it held: { $typed }
leftover-plan = the open plan form was not saved; it held: { $typed }
leftover-follow-up = the open follow-up form was not saved; it held: { $typed }

## Footer words of the forms, the suggestions, a commitment in full and the note-taker

footer-apply = apply
footer-save = save
footer-next-field = next field
footer-theirs-yours = theirs/yours
footer-discard = discard
footer-keep-it = keep it
footer-pick = pick
footer-take-owner = take owner
footer-keep-as-typed = keep as typed
footer-take-it = take it
footer-scroll = scroll
footer-this-item = this item
footer-all-commitments = all commitments
footer-notes = notes
footer-yours = yours

## The status line: what an action did, or why it was refused

said-session-started = Session started: { $title }
said-bell-muted = Bell muted
said-bell-on = Bell on
said-timer-reset = Timer reset to { $time }
said-session-ended = Session ended. Commitments can still be added; q to quit.
said-disconnected = Disconnected { $who }
said-deleting = { $id }: deleting…
said-deleted = { $id } deleted ✓ (struck out; d restores it)
said-restoring = { $id }: restoring…
said-restored = { $id } restored ✓
said-status-saving = { $id } is now { $status }: saving…
said-status = { $id } is now { $status } ✓
said-filing = { $id }: filing under { $place }…
said-filed = { $id } filed under { $place } ✓
said-taking-off = Taking “{ $title }” off…
said-taken-off = “{ $title }” taken off the agenda ✓
said-planned-for = “{ $title }” planned for { $minutes } min
said-marked-absent = “{ $name }” marked absent: skipped in the report-back
said-back-in = “{ $name }” is back in the report-back
said-commitment = Commitment
said-commitment-saving = Commitment { $id }: saving…
said-commitment-recorded = Commitment { $id } recorded ✓
said-commitment-recorded-queued = Commitment recorded ✓
said-commitment-updating = Commitment: saving…
said-commitment-updated = Commitment updated ✓
said-group-adding = Group added: saving…
said-group-added = Group added ✓
said-item-adding = Item added: saving…
said-item-added = Item added ✓
said-note-saving = Note: saving…
said-note-recorded = Note recorded ✓
said-correction = Correction
said-note-corrected = Note corrected ✓
said-restoring-note = Restoring the note
said-restoring-note-saving = Restoring the note…
said-note-restored = Note restored ✓
said-deleting-note = Deleting the note
said-deleting-note-saving = Deleting the note…
said-note-deleted = Note deleted ✓ (struck out; d restores it)
said-carried-saving = { $id }: { $status }, saving…
said-carried = { $id }: { $status } ✓ (e: what the owner said)
said-re-agreeing = { $old } re-agreed as { $new }: saving…
said-re-agreed = { $old } re-agreed as { $new } of this session ✓ (counted once, as { $new })
said-id-saving = { $id }: saving…
said-what-was-said = { $id }: what was said is recorded ✓
said-sending = { $what }: sending…
said-link-down = { $what } not sent: the link is down; it waits here until the link is back
said-written = { $what } written: { $path } ✓
refused-not-written = { $what } not written: { $why }
export-outcome = The outcome document
export-csv = The commitments (CSV)
export-calendar = The calendar of deadlines
refused-not-started = The session has not started yet: press Enter to begin
refused-ended = The session has ended
refused-no-groups = This agenda has no groups
refused-no-presenter-timer = No presenter timer in this item; ] moves on to the report-back
refused-no-timer-to-reset = No presenter timer in this item to reset
refused-last-group = That was the last group; ] moves to the next agenda item
refused-first-group = This is the first group
refused-first-item = This is the first agenda item
refused-time-before-start = + and - change the timer shown once the session runs: press Enter to begin
refused-time-ended = The session has ended: no timer to change
refused-none-carried = No earlier commitments were brought in (plenary run AGENDA --follow-up SESSION)
refused-last-carried = That was the last commitment; ] moves to the next agenda item
refused-first-carried = This is the first commitment
refused-picking = Enter files the commitment at the place marked ›; Esc leaves it where it is
refused-no-commitments-c = No commitments yet: c records one
refused-no-commitments = No commitments yet
refused-no-commitment-selected = No commitment selected
refused-no-note-n = No note here yet; n writes one
refused-not-your-note = Not your note: you can correct or delete the notes you wrote
refused-no-note-to-correct = No note here to correct; n writes one
refused-no-note-to-delete = No note here to delete
refused-note-deleted = This note was deleted: d restores it first
refused-viewer = You joined as a viewer: you can watch, not change
refused-facilitators = Agenda and timers are the facilitator's; you add notes and commitments
refused-facilitators-key = { $key } ({ $does }) is the facilitator's key here
refused-running-key-ended = The session has ended: { $key } ({ $does }) works only while a session runs
refused-status-first = { $id } is open, the first status: S steps back from in progress, done or dropped
refused-deleted-d = { $id } was deleted: d restores it before changing it
refused-deleted-facilitator = { $id } was deleted: only the facilitator can restore it
refused-already-first = Already first
refused-already-last = Already last
refused-nothing-to-read-back = No commitments to read back yet: c records one
refused-last-commitment = That is the last commitment; Esc goes back
refused-last-page = That is the last page; Esc goes back
refused-first-commitment = This is the first commitment
refused-first-page = This is the first page

## The note-taker's own changes (4), and what is not yet on the facilitator's disk

mine-not-yet-saved = { $count ->
    [one] { $count } not yet saved: { $list }
   *[other] { $count } not yet saved: { $list }
}
mine-note = note '{ $text }'
mine-commitment = commitment '{ $text }'
mine-edit = { $id } edit
mine-move = { $id } move
mine-deletion = { $id } deletion
mine-restored = { $id } restored
mine-note-correction = note correction
mine-note-deletion = note deletion
mine-note-restored = note restored
mine-change = change
mine-since-changed-by = (since changed by { $who })
mine-since-changed = (since changed)

## The commitments table (2) and a commitment in full (v)

list-commitments = {" "}COMMITMENTS ({ $count })
list-commitments-deleted = {" "}COMMITMENTS ({ $count } · { $deleted } deleted)
list-commitments-deleted-d = {" "}COMMITMENTS ({ $count } · { $deleted } deleted, d restores)
list-no-commitments = No commitments yet.
list-no-commitments-c = No commitments yet. Press c to record one: what, who, by when.
list-id = ID
list-what = What
list-owner = Owner
list-owner-from = Owner/from
list-owner-short = Who
list-owner-from-short = Who/from
list-deadline = Deadline
list-from = From
list-status = Status
list-saving = (saving…)
list-deleted = deleted
list-re-agreed = re-agreed
list-commitments-range = {" "}commitments { $first }–{ $last } of { $count }{ $arrows }{" "}
detail-title = { $id } · { $place } of { $count }
detail-recorded = Recorded
detail-by = by { $who }{ $time }, { $date }
detail-at = {" "}at { $time }
detail-deleted = deleted (kept, struck out in the table)
detail-agreed-again-at = agreed again at { $at } as { $id }
detail-agreed-again = agreed again as { $id }
detail-first-agreed = first agreed: { $date }
detail-today = today
detail-tomorrow = tomorrow
detail-overdue-by = overdue by { $span }
detail-ago = { $span } ago
detail-in = in { $span }
detail-days = { $count ->
    [one] { $count } day
   *[other] { $count } days
}
detail-weeks = { $count ->
    [one] { $count } week
   *[other] { $count } weeks
}
detail-months = { $count ->
    [one] { $count } month
   *[other] { $count } months
}
detail-no-history = History: no change since it was recorded
detail-history = { $count ->
    [one] History ({ $count } change, oldest first)
   *[other] History ({ $count } changes, oldest first)
}
detail-more = { $count } more ↓
picker-title = {" "}File { $id } under…{" "}
picker-now = {" "}(now)

## The notes (3)

notes-heading-none = {" "}NOTES · { $place }
notes-heading = {" "}NOTES ({ $count }) · { $place }
notes-heading-deleted = {" "}NOTES ({ $count } · { $deleted } deleted) · { $place }
notes-none = No notes here yet.
notes-none-n = No notes here yet. Press n to write one.
notes-range = {" "}notes { $first }–{ $last } of { $count }{ $arrows }{" "}

## The people who joined (4)

people-joined = {" "}PEOPLE JOINED ({ $count })
people-shared = shared with the group { $group }
people-not-shared = not shared: your account only
people-cannot-join = Note-takers cannot join now: { $why }
people-nobody-private = Nobody has joined. Only your own account can join: to let note-takers of a group in, quit and run again with --allow-group GROUP.
people-nobody = Nobody has joined. Note-takers run `plenary join` on this machine (ssh -t HOST plenary join).

## The plan (5)

plan-heading = {" "}THE PLAN · each change is saved, shown to note-takers and kept in the record
plan-heading-editing = {" "}THE PLAN · start times · Enter edits the selected row · w saves
plan-heading-editing-offsets = {" "}THE PLAN · times from the start · Enter edits the selected row · w saves
plan-agenda = AGENDA, IN RUNNING ORDER
plan-report-back-order = REPORT-BACK ORDER
plan-taken-out = taken out
plan-absent = absent
plan-presented = presented
plan-no-groups = No groups
plan-no-groups-editing = No groups yet: Tab here, then a adds one
plan-changed-live = {" "}Changed live
plan-more = { $heading } · { $count } more, ↑↓ to see

## The note-taker's screen (plenary join), and their own list (4)

join-too-small = Terminal too small; enlarge the window. Your notes are kept.
join-not-kept = NOT KEPT if this window closes: { $why }
join-live = ● live
join-not-answering = ○ the facilitator's plenary is not answering ({ $seconds } s): what you sent is kept
join-reconnecting = ○ reconnecting…
join-ended = ■ session ended
join-closed-for-now = ○ closed for now, waiting…
join-unsaved-short = { $count } unsaved · 4 lists
join-waiting = {" "}waiting for the session…
join-state-ended = ended
join-state-not-started = not started yet
join-presenter = {" "}· presenter { $name }{" "}
role-facilitator = facilitator
role-note-taker = note-taker
role-viewer = viewer
mine-heading-none = {" "}YOURS · nothing sent in this join yet
mine-heading-saved = {" "}YOURS ({ $count }) · all saved ✓ on the facilitator's disk
mine-heading = {" "}YOURS ({ $count }) · { $unsaved } not yet saved
mine-sending = … sending
mine-not-sent = ○ not sent yet
mine-saved = ✓ saved { $time }

## Why the record refused a change, beside a form's field or on the status line

refusal-not-started = the session has not started yet: press Enter to begin
refusal-already-started = the session has already started
refusal-ended = the session has ended
refusal-no-groups = this agenda has no groups
refusal-empty-action = the action is empty: write what will be done
refusal-empty-owner = the owner is empty: write who will do it
refusal-empty-note = the note is empty: write what was said
refusal-empty-group = the group's name is empty: write the group's name
refusal-empty-title = the title is empty: write the item's title
refusal-too-long = { $field } is too long ({ $len } characters; at most { $max })
refusal-line-break = { $field } contains a line break ({ $code }) — keep it on one line
refusal-control = { $field } contains a control character ({ $code }) — remove it
refusal-past-deadline = the deadline { $date } is in the past: confirm to keep it
refusal-long-past = the deadline { $date } is more than a year ago: check the year
refusal-new-deadline-past = the new deadline { $date } is already past: give a date from today on
refusal-deadline-without-note = a new deadline needs a note saying why it moved
refusal-conflict = { $by } changed this commitment while you were editing it; your text is kept
refusal-status-moved = { $by } already moved { $id } to { $status }
refusal-minutes = { $minutes } minutes: plan from 1 to { $max } minutes
refusal-group-taken = there is already a group “{ $name }”
refusal-no-item = there is no agenda item { $number }
refusal-no-group = there is no group { $number }
refusal-no-commitment = there is no commitment { $id }
refusal-no-carried = there is no carried commitment { $number }
refusal-no-note = there is no note { $number }
refusal-not-live = this session has no live record; start it with `plenary run`
refusal-deadline-range = the deadline { $date } is out of range: give a date from { $first } to { $last }
refusal-session-full = this session holds as much as one session may keep (24 MiB of notes and commitments, or a billion changes): start a new session to go on
field-action = the action
field-owner = the owner
field-deadline = the deadline
field-note = the note
field-name = your name
field-group-name = the group's name
field-presenter = the presenter
field-topic = the topic
field-title = the title
field-minutes = the minutes

## The keys overlay (?): the forms', the owner suggestions', a commitment in full's, the note-taker's

help-form = In a form
help-form-fields = In a form of several fields
help-form-choice = On a field of choices
help-form-merge = After an edit conflict
help-form-discard = When asked to discard typed text
help-form-take-theirs = after an edit conflict: this field takes their text, or yours back
help-form-next = next field
help-form-previous = previous field
help-form-save = save
help-form-cancel = cancel (asks if typed text would be lost)
help-form-choice-next = next choice (or its first letter)
help-form-choice-previous = previous choice
help-form-clear = empty the field, to type it again
help-form-quit = quit (asks if typed text would be lost)
help-form-quit-discard = quit, throwing the typed text away
help-form-throw-away = throw the typed text away
help-form-keep-typing = keep typing
help-owners = While owners are suggested
help-owners-previous = highlight the previous suggested owner
help-owners-next = highlight the next suggested owner
help-owners-take = take the highlighted owner and go to the deadline
help-owners-keep = close the suggestions and keep the owner as typed
help-detail = A commitment in full (v in the table)
help-detail-up = scroll up (k too)
help-detail-down = scroll down (j too)
help-detail-before = the commitment before it
help-detail-after = the commitment after it
help-detail-back = back to the table (v too)
help-client-page-up = eight commitments up
help-client-page-down = eight commitments down
help-client-first = the first commitment
help-client-last = the last commitment
help-client-details = the selected commitment in full, with who recorded it and its history
help-client-notes-up = eight notes up
help-client-notes-down = eight notes down
help-client-first-note = the first note
help-client-last-note = the last note
help-client-this-item = this item's notes and commitments
help-client-all-commitments = all commitments
help-client-notes = this item's notes: correct or delete the ones you wrote
help-client-yours = yours: each note and commitment you sent, saved ✓ on the facilitator's disk or not yet
help-client-back = back to this item
help-client-quit = quit (what is not yet confirmed is kept for the next join)
help-client-interrupt = quit at any time
help-client-read-notes = this item's notes, to read them all
help-client-correct = correct the selected note (one you wrote)
help-client-delete-note = delete the selected note you wrote (asks; kept, struck out) or restore it
help-follow-up-open = record: still open
help-follow-up-in-progress = record: in progress
help-follow-up-done = record: done
help-follow-up-dropped = record: dropped
help-follow-up-form = what the owner said, a new deadline, a new owner
help-follow-up-re-agree = agree it again as a commitment of this session (counted once)

## A key pressed where it does nothing: where it works

works-in = { $key } ({ $does }) works { $place }
works-in-places = { $key } works { $places } and { $last }
where-start = before the session starts
where-timer = during the report-back
where-breakout = during a breakout
where-notes = in the notes (3)
where-note = on a note selected in the notes (3), a note-taker's own only
where-follow-up = during a follow-up item
where-commitments = in the commitments table (2)
where-people = in the people list (4)
where-plan-items = in the plan (5), on the agenda
where-plan-groups = in the plan (5), on the report-back order
where-picker = while choosing where a commitment is filed (f in view 2)
where-read-back = in the read-back (6)
where-closing = during the closing item
where-summary = on the summary, once the session has ended
where-running = once the session has started (Enter), until it ends
where-everywhere = everywhere

## What the running console and the note-taker's link say on the status line

client-lost = Lost the facilitator's session; reconnecting. Your notes are kept and will be sent.
client-not-let-in = Not let in yet, trying again: { $why }
client-closed = The session closed this connection: { $why }. Nothing more is sent from here; q leaves
client-joined-as = { $role ->
    [note-taker] Joined as note-taker
    [viewer] Joined as viewer
   *[other] Joined as facilitator
}
client-kept = { $count } not confirmed, kept in this join's drafts.
client-ended = Session ended: the facilitator ended it and closed plenary.{ $kept } q leaves
client-for-now = The facilitator closed plenary for now; this screen joins again when the session is resumed and shared with you (a session resumed with --private cannot be joined: q leaves).{ $kept }
client-not-recorded = Not recorded: { $why }
news-noted = { $who } noted: { $text }
news-commitment = { $id }: { $what }
news-recorded = { $who } recorded { $what }
news-changed = { $who } changed { $what }
news-field-action = action
news-field-owner = owner
news-field-deadline = deadline
news-fields-and = { $first } and { $last }
news-fields-of = { $id }'s { $fields }: { $what }
news-set = { $who } set { $id } to { $status }
news-moved = { $who } moved { $what }
news-deleted = { $who } deleted { $what }
news-restored = { $who } restored { $what }
news-corrected = { $who } corrected a note: { $text }
news-deleted-note = { $who } deleted a note
news-restored-note = { $who } restored a note
console-not-written-back = Not yet written back to { $file }: { $why }; retrying
console-bell-failed = The bell command did not ring ({ $why }); the terminal's bell still does
console-cannot-join = NOTE-TAKERS CANNOT JOIN, retrying: { $why }
console-can-join-again = Note-takers can join again: their socket had been removed and was re-created ({ $path })
console-restored-form = Restored what your earlier plenary left: a half-typed form

## A field of choices (a status, an item's kind) typed into as if it were text

form-not-text-head = a choice, not text
form-not-text = { $head }: ← → choose, or a first letter: { $letters }; letters typed now are ignored until ← or →

## The session file on disk, when writing it meets trouble; a terminal too small

disk-out-of-step = NOT SAVED: the saved copy went out of step ({ $why }); quit to save from memory
disk-journal-only = Saved in the journal only, retrying: the file cannot be rewritten: { $why } ({ $path })
disk-not-saved = NOT SAVED, kept in memory, retrying: { $why } ({ $path })
disk-folder-made-again = The sessions folder was deleted: made again, and the session written back to { $path }
disk-file-written-again = The session file was deleted: written again to { $path }
disk-moved-aside = Another file replaced this session's file (left as it is): now saving to { $path }
console-too-small = Terminal too small ({ $size }): plenary needs { $needs }. Enlarge the window; the session keeps running.

## What was recorded of a carried commitment (the follow-up item), and a rehearsal's date

follow-up-said-deadline = deadline { $was } → { $now }
follow-up-said-owner = owner → { $owner }
follow-up-said-re-agreed = re-agreed as { $id }
stage-rehearsal = This agenda is dated { $planned }; today is { $today } — a rehearsal? It is recorded under today's date.

## A commitment deleted while it was being edited (nc14 #9)
kept-not-saved = Not saved: { $id } was deleted; what you typed is kept in a note
kept-someone = Someone
kept-ask-restore = ask them to restore it
kept-d-restores = d in 2 restores it
kept-deleted = { $who } deleted { $id } at { $at }; { $ask }. What you typed is kept here: Enter sends it as a note; Esc asks before throwing it away.

## Who joined and left (the people view, 4), and what a merge took from whom
people-comings = JOINED AND LEFT
people-joined-as = { $name } joined as { $role }
people-left-as = { $who } left
people-left = { $name } left
form-merge-and = { $rest } and { $last }
form-merge-from = { $fields } from { $by }
form-merge-from-you = { $fields } from you
said-commitment-merged = Commitment ({ $id }: { $merged })
said-commitment-merged-done = Commitment updated ✓ ({ $id }: { $merged })
said-commitment-merged-saving = { $what }: saving…
