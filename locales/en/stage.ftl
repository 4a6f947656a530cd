# plenary's messages in English: the reference catalogue. Every other catalogue has exactly
# these ids (tests/catalogues.rs). Text in { $name } is put in by the program; a number
# picks its plural form with [one] and *[other].

## The presenter timer's phase, in words under the digits (the stage)

phase-ready-start = READY · Space to start
phase-running = RUNNING
phase-paused-over = PAUSED · OVER BY { $time } · Space to resume
phase-paused-time = PAUSED · TIME · Space to resume
phase-paused-left = PAUSED · { $time } LEFT · Space to resume
phase-paused-resume = PAUSED · Space to resume
phase-warning = 1 MINUTE LEFT
phase-time = TIME
phase-time-over = TIME · OVER BY { $time }

## The phase in a few big letters (projector mode) and in the one-line timer

word-ready = READY
word-paused = PAUSED
word-paused-over = PAUSED  OVER BY { $time }
word-paused-time = PAUSED  TIME
word-paused-last = PAUSED  LAST MINUTE
word-over = OVER BY { $time }
compact-paused-over = PAUSED · OVER BY { $time }

## An agenda item's own countdown

item-planned = of { $minutes } min planned
item-planned-word = OF { $minutes } MIN

## Before the first item, and after the last

stage-items = { $count ->
    [one] { $count } item
   *[other] { $count } items
}
stage-groups = { $count ->
    [one] { $count } group
   *[other] { $count } groups
}
stage-plan = { $items } · { $groups } · { $time } planned
stage-carried = { $count ->
    [one] { $count } earlier commitment to follow up at item { $item }
   *[other] { $count } earlier commitments to follow up at item { $item }
}
stage-press = Press{" "}
stage-to-begin = {" "}to begin: { $title }
stage-ended = SESSION ENDED
stage-in-all = { $time } in all (planned { $planned })
stage-commitments-recorded = { $count ->
    [one] { $count } commitment recorded · 2 to review them · c to add one
   *[other] { $count } commitments recorded · 2 to review them · c to add one
}
stage-saved-in = Saved in { $path }

## The report-back: the group presenting, its presenter, the queue

stage-group-of = Group { $place } of { $count }: { $name }
stage-absent = { $name } (absent)
stage-presenter = Presenter:{" "}
stage-next = next: { $name }
card-presenter = Presenter{" "}
queue-heading = Queue · { $status }
queue-left = { $time } left
queue-over = over by { $time }
queue-all-presented = every group has presented
queue-to-go = { $count ->
    [one] { $count } group to go
   *[other] { $count } groups to go
}
queue-spare = { $time } spare
queue-short = { $time } short
queue-absent = absent
queue-now = ▶ now
queue-waiting = waiting
queue-used-over = { $used } used, over by { $over }
queue-used = { $used } used
more-below = +{ $count } more ↓
more-above = +{ $count } more ↑
more-above-below = +{ $above } more ↑ · +{ $below } more ↓
more-right = +{ $count } more →
more-left = ← +{ $count } more
more-left-right = ← +{ $left } more · +{ $right } more →

## The agenda beside the stage (the rail), and the kinds of item

rail-agenda = AGENDA
rail-plan-real = plan real
rail-started = Started
rail-plan-end = Plan end
rail-now-ends = Now ends
rail-ended = Ended
rail-planned = Planned { $time }
kind-plenary = Plenary
kind-breakout = Breakout
kind-report-back = Report-back
kind-action-planning = Action planning
kind-break = Break
kind-closing = Closing
kind-follow-up = Follow-up

## The read-back of what was agreed (view 6)

readback-by = by { $date }
readback-none = READ-BACK · No commitments yet: c records one (what, who, by when)
readback-one = READ-BACK · { $place } of { $count } · one at a time
readback-page = READ-BACK · page { $page } of { $pages } · commitments { $shown } of { $count }
status-open = open
status-in-progress = in progress
status-done = done
status-dropped = dropped

## The summary once the session has ended

summary-ended = SESSION ENDED · { $elapsed } against { $planned } planned · { $against }
summary-presentations = PRESENTATIONS
summary-used = used
summary-budget = budget
summary-over = over
summary-exports = EXPORTS
summary-outcome = the outcome document (Markdown)
summary-calendar = the deadlines as a calendar (.ics)
summary-written = written: { $path }
summary-beside = beside the session file
summary-by-owner = COMMITMENTS BY OWNER ({ $count })
summary-followed-up = FOLLOWED UP ({ $count })
summary-not-discussed = not discussed
summary-re-agreed = re-agreed as { $id }
summary-more-carried = … { $count } more followed up (all in the outcome document)
summary-none = None recorded: c records one
summary-more-owners = { $count ->
    [one] … { $count } more owner: 2 lists every commitment
   *[other] … { $count } more owners: 2 lists every commitment
}

## The keys overlay (?): each heading and what each key does

scope-start = Before the session starts
scope-timer = During the report-back
scope-breakout = During a breakout
scope-notes = In the notes (3)
scope-note = On the selected note (3)
scope-follow-up = During a follow-up item
scope-commitments = In the commitments table (2)
scope-people = In the people list (4)
scope-plan-items = In the plan (5), the agenda
scope-plan-groups = In the plan (5), the report-back order
scope-picker = Choosing where a commitment is filed
scope-read-back = In the read-back (6)
scope-closing = During the closing item
scope-summary = On the summary, once the session has ended
scope-running = While the session runs
scope-everywhere = Everywhere
scope-always = Always, also while choosing a place
help-shown = While these keys are shown
help-scroll-up = scroll these keys up
help-scroll-down = scroll these keys down (any other key closes them)
help-page-up = a page up
help-page-down = a page down
help-start-start-session = start the session (first agenda item and the session clock)
help-timer-toggle-timer = start / pause the presenter timer
help-timer-next-group = next group (stops the previous presenter's clock)
help-timer-prev-group = previous group
help-breakout-next-group = next group's card
help-breakout-prev-group = previous group's card
help-timer-reset-timer = reset the presenter timer (asks)
help-follow-up-record-status = record the next status: open → in progress → done → dropped
help-follow-up-next-carried = next commitment
help-follow-up-prev-carried = previous commitment
help-follow-up-owner-timer = start / pause the owner's 2-minute timer
help-commitments-up = select the previous commitment
help-commitments-down = select the next commitment
help-commitments-edit = edit the selected commitment
help-commitments-cycle-status = next status: open → in progress → done → dropped
help-commitments-cycle-status-back = previous status, for one s too many
help-commitments-delete-commitment = delete the selected commitment (asks; kept, struck out) or restore it
help-commitments-move-commitment = file the selected commitment under another item or group
help-notes-up = select the previous note
help-notes-down = select the next note
help-note-edit = correct the selected note
help-note-delete-note = delete the selected note (asks; kept, struck out) or restore it
help-plan-items-up = select the previous item
help-plan-items-down = select the next item
help-plan-items-move-earlier = move the selected item earlier (only items still to come move)
help-plan-items-move-later = move the selected item later
help-plan-items-lengthen = plan a minute more for the selected item
help-plan-items-shorten = plan a minute less for the selected item
help-plan-items-add-to-plan = add an agenda item after the selected one
help-plan-items-take-out = take the selected item off the agenda (asks; not one that ran)
help-plan-items-plan-switch = to the report-back order
help-plan-groups-up = select the previous group
help-plan-groups-down = select the next group
help-plan-groups-move-earlier = the selected group presents earlier
help-plan-groups-move-later = the selected group presents later
help-plan-groups-add-to-plan = add a late group: name, presenter, topic
help-plan-groups-take-out = mark the selected group absent (skipped in the report-back), or back
help-plan-groups-plan-switch = to the agenda
help-picker-up = the place above
help-picker-down = the place below
help-picker-choose = file the commitment here
help-picker-back = leave it where it is
help-read-back-read-next = the next commitment, or the next page
help-read-back-read-previous = the previous commitment, or page
help-read-back-read-mode = one at a time, or a page at a time
help-closing-show-read-back = read back what was agreed, in large type (also on the projector)
help-summary-export-outcome = write the outcome document (Markdown) beside the session file
help-summary-export-calendar = write the deadlines as a calendar (.ics) beside the session file
help-people-up = select the previous person
help-people-down = select the next person
help-people-disconnect = disconnect the selected person
help-running-next-item = next agenda item (after the last: end the session, asks)
help-running-prev-item = previous agenda item
help-running-add-time = add 30 s to the timer shown (presenter, or the item's countdown)
help-running-remove-time = take 30 s from the timer shown
help-everywhere-new-commitment = new commitment: action, owner, deadline
help-everywhere-new-note = new note for this item and group
help-everywhere-show-stage = the stage
help-everywhere-show-commitments = the commitments table
help-everywhere-show-notes = the notes
help-everywhere-show-people = who joined (note-takers and viewers)
help-everywhere-show-plan = the plan: change the agenda and the report-back order live
help-everywhere-show-read-back = the read-back: the commitments in large type, to read to the room
help-everywhere-toggle-projector = projector mode: essentials only, largest type
help-everywhere-toggle-mute = mute / unmute the bell
help-everywhere-back = leave projector mode, or back to the stage
help-always-help = these keys
help-everywhere-quit = quit (asks if a timer runs or changes are not on disk)
help-always-interrupt = quit safely at any time

help-title = Keys · any key closes
help-title-more = Keys · ↓ { $count } more · any other key closes
help-title-back = Keys · ↑ back up · any other key closes

## A follow-up item: the commitments of earlier sessions, one by one

follow-up-progress = { $place } of { $count } · { $clock }
follow-up-none = No earlier commitments were brought in. Start a follow-up with: plenary run AGENDA --follow-up SESSION.json
follow-up-due = due { $date }
follow-up-due-moved = due { $was } → { $date } ({ $count ->
    [one] moved once
    [2] moved twice
   *[other] moved { $count } times
})
follow-up-overdue = { $count ->
    [one] { $count } day overdue
   *[other] { $count } days overdue
}
follow-up-agreed-on = agreed at “{ $title }”, { $date }
follow-up-agreed = agreed at “{ $title }”
follow-up-now = Now:
follow-up-not-recorded = not recorded yet
follow-up-saved-to = saved to { $file }
follow-up-writing-back = writing back
follow-up-settling = written back in { $seconds } s (time to correct it)
follow-up-owner-ready = Owner's time: 2:00 · t to start
follow-up-owner-paused = Owner's time: { $time } (paused)
follow-up-owner-time = Owner's time: { $time }
follow-up-was = was { $status }
follow-up-what-said = what was said
follow-up-re-agree = re-agree
follow-up-next-previous = commitments

## The header

header-session = session { $time }
header-not-started = not started
header-joined = { $count } joined
header-bell-off = bell off
drift-on-time = on time
drift-behind = { $minutes } min behind
drift-ahead = { $minutes } min ahead

## Keys as the footer names them, and the footer's few words for what they do

key-space = Space
key-enter = Enter
key-esc = Esc
key-home = Home
key-end = End
key-page-up = PgUp
key-page-down = PgDn
key-shift-tab = Shift-Tab
footer-start = start
footer-start-pause = start / pause
footer-groups = groups
footer-status = status
footer-commitments = commitments
footer-owners-timer = owner's timer
footer-select = select
footer-edit = edit
footer-delete = delete
footer-file-under = file under
footer-move = move
footer-minutes = minutes
footer-add = add
footer-take-out = take out
footer-absent = absent
footer-agenda = agenda
footer-choose = choose
footer-file-here = file here
footer-cancel = cancel
footer-next = next
footer-back = back
footer-one-page = one / page
footer-read-back = read back
footer-outcome = outcome document
footer-calendar = calendar
footer-disconnect = disconnect
footer-items = items
footer-time = time
footer-commitment = commitment
footer-details = details
footer-note = note
footer-help = help
footer-quit = quit

## The deadline field: what was understood, or why not

deadline-understood = → { $date }
deadline-empty = type a date, e.g. 2027-03-31, +2w, in 3 months, end of june
deadline-unknown = “{ $text }” is not a date I understand; try 2027-03-31, 31 Mar 2027, +2w, next friday
deadline-impossible = “{ $text }” is not a real date
deadline-long-past = { $date } is more than a year ago: check the year (a deadline lies ahead)
