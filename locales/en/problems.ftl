### What is wrong in an agenda or session file (`plenary check`, the agenda editor's problems,
### the errors of reading a file). The JSON paths, the file's own values and the names of its
### fields stay as written; only the explanation and the fix are said in the language.

## A problem at its place

problem-whole-file = (the file)
problem-line = { $path }: { $why }
problem-place-item = item { $number } “{ $name }”
problem-place-group = group { $number } “{ $name }”
problem-place-participant = participant { $number } “{ $name }”
problem-place-field = { $place } { $field }: { $why }
problem-place = { $place }: { $why }
problem-seen-list = a list
problem-seen-object = an object

## The plan and the record

problem-line-break = contains a line break ({ $code }) — keep it on one line
problem-control = contains a control character ({ $code }) — remove it
problem-out-of-range = is out of range: a session's times and dates lie between 1970 and 9999
problem-minutes-over = is { $value }: plan at most { $max } minutes (a day)
problem-adjust-over = is { $value }: a countdown moves by at most { $max } seconds (a day) either way
problem-count-over = is { $value }: no session makes more than { $max } changes
problem-timer-over = is { $value }: a timer's time run is between 0 and { $max } ms (a year)
problem-title-empty = is empty: give the session a title
problem-presenter-minutes-zero = is 0: presenters need at least a minute
problem-no-items = has no items: add at least one
problem-item-title-empty = is empty: give the item a title, what the room sees on screen
problem-item-minutes-zero = is 0: plan at least a minute
problem-presentations-without-groups = is presentations (a report-back), but the session has no groups to present: add groups, or give the item another kind, e.g. "kind": "plenary"
problem-group-name-empty = is empty: name the group, or take it out
problem-group-name-repeats = repeats the name of groups[{ $first }] "{ $name }": give each group its own name
problem-group-name-repeats-place = repeats the name of { $first }: give each group its own name
problem-group-minutes-zero = is 0: leave it out to use presenter_minutes
problem-participant-name-empty = is empty: write the person's name, or take the entry out
problem-one-entry-per-item = must have one entry per agenda item
problem-one-entry-per-group = must have one entry per group
problem-item-order = names an agenda item twice or one that does not exist
problem-group-order = must name every group once
problem-current-item-past = points past the last agenda item
problem-current-group-past = points past the last group
problem-anchor-missing = points at an item or group that does not exist
problem-current-carried-past = points past the last carried commitment
problem-id-repeats = repeats another commitment's id
problem-id-over = is { $id }: plenary numbers commitments C1 to C{ $max }
problem-what-empty = is empty: write what will be done
problem-owner-empty = is empty: a commitment needs an owner

## Warnings about the plan

problem-listed-twice = "{ $name }" is listed twice (also participants[{ $first }]): remove one
problem-listed-twice-place = "{ $name }" is listed twice (also { $first }): remove one
problem-written-as = "{ $typed }" is not how the participant is written: did you mean "{ $right }"?
problem-presenter-missing = is missing: name who presents this group's work
problem-presenter-missing-example = is missing: name who presents this group's work, e.g. "presenter": "{ $name }"
problem-presenter-unknown = "{ $name }" is neither one of the group's members nor a participant: check the spelling, or add them to "members"
problem-presenter-not-participant = "{ $name }" is one of the group's members but not a participant: check the spelling, or add them to "participants"
problem-report-back-short = is { $minutes }, but the { $groups } groups' presentations take { $take } minutes: give the report-back { $need } minutes or shorten the presenters' time
problem-follow-up-nothing-carried = is a follow-up: its earlier commitments come from the sessions named when it is run, plenary run AGENDA.json --follow-up OLD-SESSION.json
problem-groups-never-present = { $count ->
    [one] 1 group
   *[other] { $count } groups
} but no report-back item: they will never present; add an item of kind Report-back ("kind": "presentations")
problem-member-not-participant = "{ $name }" is not a participant: check the spelling, or add them to "participants"
problem-not-email = "{ $email }" is not an email address: write one address, e.g. "name@example.org", or leave it out
problem-more-than-email = "{ $email }" holds more than the address: write "{ $address }"
problem-ends-before-start = is { $ends }, not after the start ({ $starts }): give the time the workshop ends
problem-items-overrun = is { $ends }, but the items take { $total } minutes from { $starts } (until { $until }): end at { $until } or take { $over } minutes from the items

## The shape of the file

problem-not-a-session = holds { $seen }, not a session: a session is an object, { $shape }
problem-missing-rename = is missing: "{ $typo }" is there, rename it "{ $key }"
problem-missing = is missing: add "{ $key }": { $example }
problem-example-format = 1 at the top (the version of the format the file is written in)
problem-example-kind = "plenary" (or one of { $kinds })
problem-format-missing = is missing: a plenary agenda or session starts with "format": 1 (see docs/format.md), so add it if this is one
problem-format-zero = is 0: write "format": { $version }
problem-not-text = is { $seen }: write text in quotes
problem-not-positive = is { $seen }: write a whole number of 1 or more, e.g. 10
problem-not-whole = is { $seen }: write a whole number, e.g. 10
problem-null = is null: write { $takes }
problem-null-optional = is null: write { $takes }, or leave it out
problem-whole-over = is { $seen }: write { $takes }
problem-takes = { $takes ->
    [text] text in quotes
    [whole] a whole number
    [minutes] a number of minutes from 1 to { $most }
    [date] the date in quotes as YYYY-MM-DD, e.g. "2027-03-31"
    [time] the time of day in quotes as HH:MM, e.g. "09:30"
    [kind] a kind of agenda item, e.g. "plenary"
    [texts] a list of texts, e.g. ["first", "second"]
   *[objects] a list of objects [ { $object } ]
}
problem-bad-date = is { $seen }: { $fix }
problem-date-unreal = not a real date: { $why }
problem-no-month = there is no month { $month }: months go from 1 to 12
problem-month-days = { $month } { $year } has { $days } days
problem-date-clear = write the date as YYYY-MM-DD: "{ $date }"
problem-date-day-first = read day first as { $read }, write "{ $date }"; if you meant { $other }, write "{ $other_date }"
problem-date-month-first = read day first, there is no month { $month }; read month first it is { $read }: write "{ $date }"
problem-date-unclear = write the date as YYYY-MM-DD, e.g. "2027-03-31"
problem-date-not-text = is { $seen }: write the date in quotes as YYYY-MM-DD, e.g. "2027-03-31"
problem-bad-time = is { $seen }: write the time of day in quotes as HH:MM, e.g. "09:30"
problem-bad-kind = is { $seen }, not a kind of agenda item: use one of { $kinds }
problem-bad-kind-near = is { $seen }, not a kind of agenda item: did you mean "{ $kind }"? use one of { $kinds }
problem-not-text-list = is { $seen }: write a list of texts, e.g. ["first", "second"]
problem-not-object = is { $seen }: write an object { $object } with { $required }
problem-not-object-list = is { $seen }: write a list of objects { $objects }, each with { $required }
problem-unknown-field = is not a field plenary knows; it is kept as it is.
problem-unknown-field-near = is not a field plenary knows; it is kept as it is. Did you mean "{ $field }"?
problem-twice = appears twice in one object (again at line { $line }, column { $column }): keep one of them

## A file that cannot be read: its path first, as the errors of the command line start

load-cannot-read = { $path }: cannot read: { $why }
load-os-not-found = No such file or directory
load-os-permission = Permission denied
load-os-folder = Is a directory
load-not-a-file = { $path }: is { $what }, not a session file
load-special-directory = a directory
load-special-fifo = a FIFO (named pipe)
load-special-socket = a socket
load-special-char-device = a character device
load-special-block-device = a block device
load-special-other = not a regular file
load-too-large = { $path }: is { $size }, more than the { $max } a session file may be: is it the right file?
load-json = { $path }:{ $line }:{ $column }: { $why }
load-empty = { $path }: the file is empty (was it cut off while being copied?)
load-newer = { $path }: written in format { $found }, but this plenary reads format { $max } at most; upgrade plenary to open it (the file was left as it is)
load-problems = { $path }: { $count ->
    [one] { $count } problem
   *[other] { $count } problems
}: { $list }
load-problems-separator = {"; "}
load-json-comment = JSON has no comments: remove it (`{ $line }`)
load-json-curly = curly quotes (as a word processor types them): use straight quotes " (`{ $line }`)
load-json-missing-comma = a comma is missing at the end of this line (`{ $line }`)
load-json-not-utf8 = the file is not UTF-8 text from here: save it as UTF-8
load-json-ends-in-text = the file ends inside a text: a closing quote (") is missing (`{ $line }`)
load-json-text-runs-on = a closing quote (") is missing: the text runs past the end of its line (`{ $line }`)
load-json-single-quotes = JSON writes keys and texts in double quotes ("), not single ones (`{ $line }`)
load-json-truncated = the file ends too early (truncated?): { $said }
load-json-not-json = not valid JSON: { $said }
load-parser-eof-list = EOF while parsing a list
load-parser-eof-object = EOF while parsing an object
load-parser-eof-string = EOF while parsing a string
load-parser-eof-value = EOF while parsing a value
load-parser-colon = expected `:`
load-parser-comma-list = expected `,` or `]`
load-parser-comma-object = expected `,` or `{"}"}`
load-parser-value = expected value
load-parser-key = key must be a string
load-parser-trailing-comma = trailing comma
load-parser-trailing = trailing characters
load-parser-number = invalid number
load-parser-escape = invalid escape
load-parser-ident = a word without quotes: only true, false and null are written without them; put a text in double quotes (")
load-parser-double-quote = a closing double quote (") was expected
load-parser-out-of-range = a number too large to be read: write a smaller one
load-parser-code-point = a character that is not valid Unicode text: save the file as UTF-8
load-parser-control = a tab, a line break or another control character inside a quoted text: keep the text on one line, and write a tab as \t (a line break as \n)
load-parser-half-character = a \u code that is only half of a character: write the character itself (é) rather than its code
load-parser-recursion = lists and objects nested more than 128 deep: is it the right file?
load-invalid = { $path }: { $why }
load-journal-of-agenda = is a journal of changes, but { $session } is an agenda that has not been run; move the journal away
load-journal-header = not a plenary journal header
load-journal-header-said = not a plenary journal header: { $said }
load-journal-other-session = this journal belongs to session { $found }, not to { $session } ({ $id }); move it away
load-journal-damaged = a damaged journal entry ({ $said }). The journal keeps the changes made since the file was last written whole: repair this line, or move the journal away to open { $session } without them
load-journal-unknown-entry = not a change this plenary can read
load-journal-refused = operation { $revision } was refused on replay: { $why }
load-journal-gap = operation { $found } follows revision { $have }: an operation is missing
load-format-zero = "format" must be a positive whole number, found 0
load-kept-changing = the file kept changing while it was read; try again

## A spreadsheet's rows (the participants' import): the file's names stay as written

roster-line = line { $line }: { $why }
roster-quote-open = a quote (") is not closed: fix the row and import again
roster-quote-open-one = a quote (") is not closed, so line { $next } went into it and was not read either: fix the row and import again
roster-quote-open-many = a quote (") is not closed, so lines { $from } to { $to } went into it and were not read either: fix the row and import again
roster-no-name = no name
roster-control = the name { $name } holds a control character
roster-too-long = the name is longer than { $max } characters
roster-already-listed = { $name } is already listed
roster-not-email = line { $line }: "{ $email }" is not an email address: { $name } kept without one
roster-windows-1252 = the file is not UTF-8, so it was read as Windows-1252 (what Excel's "CSV (comma delimited)" writes): check the accents; in Excel, Save As "CSV UTF-8" avoids this
roster-empty = the file is empty: a spreadsheet saved as CSV has a header line (name, organisation, stakeholder, email) and a row per person
roster-header = the first line cannot be read as a header: { $said }
roster-no-name-column = the header has no name column (it has: { $found }); name the columns name, organisation, stakeholder, email on the first line
roster-csv-cells = the row has { $found ->
    [one] { $found } cell
   *[other] { $found } cells
} where the first line has { $expected }
roster-csv-not-utf8 = a cell is not UTF-8 text: save the spreadsheet as CSV UTF-8
roster-csv-unsplit = the row cannot be split into cells

## plenary edit's refusal of a file it cannot read as an agenda (the problems follow, one a line)

edit-refused = { $file } cannot be opened in the editor: it holds { $count ->
    [one] a value
   *[other] { $count } values
} plenary cannot read. The editor opens an agenda `plenary run` would refuse, to fix it there, but only once every date, time, number, kind and list in it can be read: fix these in the file with a text editor first (plenary check { $quoted } lists them again, each at its place in the file):
