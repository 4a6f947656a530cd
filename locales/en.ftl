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
summary-none = None recorded: c records one
summary-more-owners = { $count ->
    [one] … { $count } more owner: 2 lists every commitment
   *[other] … { $count } more owners: 2 lists every commitment
}

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
footer-note = note
footer-help = help
footer-quit = quit

## The deadline field: what was understood, or why not

deadline-understood = → { $date }
deadline-empty = type a date, e.g. 2027-03-31, +2w, in 3 months, end of june
deadline-unknown = “{ $text }” is not a date I understand; try 2027-03-31, 31 Mar 2027, +2w, next friday
deadline-impossible = “{ $text }” is not a real date
deadline-long-past = { $date } is more than a year ago: check the year (a deadline lies ahead)
