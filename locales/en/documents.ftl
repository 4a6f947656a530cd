### Exported documents: the outcome document and the report (Markdown, HTML, DOCX), the
### calendar, CSV headers, reminders.

## The outcome document (plenary export, the review's session record)

doc-agenda = Agenda
doc-col-item = Item
doc-col-planned = Planned
doc-col-actual = Actual
doc-col-started = Started
doc-minutes = { $minutes } min
doc-not-held = not held
doc-ran = Ran { $start }–{ $end }: { $total } min against { $planned } planned.
doc-ran-external = Ran { $total } min against { $planned } planned.
doc-plan-changes = Changes to the plan
doc-participants = Participants
doc-other-group = Other
doc-groups = Groups
doc-group-time = { $used } of { $budget } used.
doc-group-time-over = { $used } of { $budget } used, { $over } over.
doc-presented = { $presenter } presented; { $time }
doc-notes = Notes
doc-summary-people = { $people ->
    [one] { $people } participant
   *[other] { $people } participants
} from { $groups ->
    [one] { $groups } stakeholder group
   *[other] { $groups } stakeholder groups
}
doc-summary-reported = { $reported } of { $groups ->
    [one] { $groups } group
   *[other] { $groups } groups
} reported back
doc-summary-commitments = { $count ->
    [one] { $count } commitment
   *[other] { $count } commitments
} by { $owners ->
    [one] { $owners } owner
   *[other] { $owners } owners
}
doc-colon = :
doc-parts-separator = ;{" "}
doc-summary-due = , due { $date }
doc-summary-due-range = , due { $first } to { $last }

## The outcome document's commitments and follow-up

doc-follow-up = Follow-up of earlier commitments
doc-carried = { $count ->
    [one] { $count } commitment
   *[other] { $count } commitments
} carried from { $sessions ->
    [one] { $sessions } earlier session
   *[other] { $sessions } earlier sessions
}; { $discussed } discussed
doc-carried-again = , { $count } agreed again as new commitments
doc-carried-rest = ; { $count } not discussed
doc-quoted = “{ $text }”
doc-in-review = {" "}(in review)
doc-moved = { $count ->
    [1] moved once
    [2] moved twice
   *[other] moved { $count } times
}
doc-agreed-again = agreed again as { $id }
doc-agreed-again-at = agreed again at { $session } as { $id }
doc-col-what = What
doc-col-who = Who
doc-col-agreed-at = Agreed at
doc-col-by-when = By when
doc-col-now = Now
doc-col-said = What was said
doc-col-status = Status
doc-not-discussed = not discussed (was { $status })
doc-commitments = Commitments
doc-none-recorded = None recorded.
doc-no-new = No new commitments were agreed; the follow-up of earlier ones is above.
doc-supersedes = agreed again: { $id }
doc-supersedes-of = agreed again: { $id } of “{ $session }”
doc-days-overdue = { $status }, { $days ->
    [one] { $days } day overdue
   *[other] { $days } days overdue
}
doc-as-of = As of { $date }: { $count ->
    [one] { $count } commitment
   *[other] { $count } commitments
}: { $parts }.
doc-still-owed = { $count } still owed
doc-still-owed-overdue = { $count } still owed ({ $overdue } of them overdue)
doc-one-more = 1 { $what }
doc-history = Changes since they were agreed

## Counts by status and by standing (outcome document, progress report, review figures)

doc-n-open = { $count } open
doc-n-in-progress = { $count } in progress
doc-n-done = { $count } done
doc-n-dropped = { $count } dropped
doc-n-on-track = { $count } on track
doc-n-renegotiated = { $count } renegotiated
doc-n-overdue = { $count } overdue
standing-done = done
standing-on-track = on track
standing-renegotiated = renegotiated
standing-overdue = overdue
standing-dropped = dropped

## The progress report (plenary report)

report-title = Progress on commitments
report-counts = { $counts } ({ $percent }% done)
report-as-of = As of { $date }: { $count ->
    [one] { $count } commitment
   *[other] { $count } commitments
} from { $sessions ->
    [one] { $sessions } session
   *[other] { $sessions } sessions
}: { $counts }.
report-since = sessions since { $date }
report-owners-matching = owners matching “{ $text }”
report-groups-matching = stakeholder groups matching “{ $text }”
report-only = Only { $what }.
report-not-counted = Not counted: { $count ->
    [one] { $count } file
   *[other] { $count } files
} could not be read ({ $files }).
report-legend = Renegotiated: still owed, not yet due, with a deadline moved since it was agreed. Done is counted against the commitments not dropped.
report-by-session = Completion by session
report-by-group = Completion by stakeholder group
report-session = session
report-group = stakeholder group
report-commitments = Commitments
report-none-match = None match.
report-col-what = What
report-col-owner = Owner
report-col-group = Group
report-col-agreed-on = Agreed on
report-col-deadline = Deadline
report-col-moved = Moved
report-col-status = Status
report-col-note = Latest note
report-col-total = total
report-col-percent-done = % done
report-col-chart = chart
percent-value = { $percent }%
report-percent-done = { $percent }% done
report-overdue-days = overdue ({ $days ->
    [one] { $days } day
   *[other] { $days } days
})
report-other-group = Other

## The calendar (.ics)

ics-name = Commitments: { $name }
ics-all-commitments = Commitments (plenary)
ics-summary = { $owner }: { $what }
ics-done = ✓ done ·{" "}
ics-dropped = dropped ·{" "}
ics-owner = Owner: { $owner }
ics-status = Status: { $status }
ics-agreed-at = Agreed at: { $session }
ics-commitment = Commitment { $id }
ics-history = History:
ics-due-in-a-week = Due in a week: { $what }

## The CSV of plenary export (column names)

csv-session = session
csv-session-date = session_date
csv-id = id
csv-what = what
csv-owner = owner
csv-organisation = organisation
csv-stakeholder = stakeholder
csv-deadline = deadline
csv-status = status
csv-days-overdue = days_overdue
csv-file = file
csv-original-deadline = original_deadline
csv-deadline-moves = deadline_moves
csv-latest-note = latest_note

## Reminders to owners (plenary remind)

mail-subject = Your commitments: { $count } owed, { $overdue } overdue
mail-dear = Dear { $owner },
mail-intro = As of { $date } you owe { $count ->
    [one] { $count } commitment
   *[other] { $count } commitments
}, { $overdue } overdue. Here they are, with what you told us last time.
mail-agreed-at = Agreed at: { $session } ({ $date })
mail-deadline = Deadline: { $deadline }
mail-deadline-late = Deadline: { $deadline } (overdue by { $days ->
    [one] { $days } day
   *[other] { $days } days
})
mail-status = Status: { $status }
mail-nothing-yet = Last time: nothing recorded yet
mail-last-time = Last time you told us: { $note }
mail-closing = The attached calendar (commitments.ics) has each deadline, with a reminder a week before. Reply to this message with any news.
mail-calendar-file = commitments.ics

## History lines (the file keeps them in English; these are for the other languages)
history-follow-up = follow-up
history-with-head = { $head }: { $rest }
history-and = ;{" "}
history-status = status { $from } → { $to }
history-deadline = deadline { $from } → { $to }
history-owner = owner { $from } → { $to }
history-action = action “{ $from }” → “{ $to }”
history-agreed-again-at = agreed again at { $meeting } as { $id }
history-agreed-again = agreed again as { $id }
history-at = at { $meeting }
history-meeting = { $title } ({ $date })
history-moved = moved from { $from } to { $to }
