# The core's messages in English: conflicts, refusals, import reports, annex warnings.
# English is the reference: every other file has exactly these ids with the same variables
# (`cargo test -p plenary --lib messages` checks it). Each line is `message-id = text`;
# `{ $name }` is filled in by the core (a title, a room, a date and times, a count).
# Dates and times arrive written in the file's language ("Wed 20 Sep 09:00–12:30").
# The UI (`ui/src/lib/coreMessages.ts`) and the command line (`plenary --ui-lang`) both
# write these messages from this file. Keep ids as they are.

## How lists are joined (a string literal keeps the spaces).

list-separator = {", "}
clause-separator = {", and "}
# Words another part of the core wrote, passed on as they are (still in English).
as-said = { $text }

## Conflicts. $session, $a, $b: session titles; $when: the day and times they share.

conflict-quoted = “{ $title }”
conflict-break-inside = “{ $session }” ({ $when }) starts or ends inside the break “{ $break }” ({ $start }–{ $end })
conflict-break-over = “{ $session }” ({ $when }) runs over the break “{ $break }” ({ $start }–{ $end })
conflict-outside-day-hours = “{ $session }” ({ $when }) is outside the hours of { $date } ({ $start }–{ $end })
conflict-non-working-day = “{ $session }” ({ $when }) is on { $day }, { $dayKind ->
    [weekend] a weekend day
    [holiday] a holiday
   *[working] a working day
}
conflict-outside-meeting-dates = “{ $session }” ({ $when }) is on { $day }, which is not a day of the meeting
conflict-capacity-exceeded = “{ $session }” expects { $attendance } participants but room { $room } seats { $capacity }
conflict-interpretation-unavailable = “{ $session }” needs interpretation ({ $languages }) but room { $room } has no interpretation booths
conflict-room-clash = “{ $a }” and “{ $b }” both use room { $room } on { $when }
conflict-person-clash = { $persons } { $count ->
    [one] is
   *[other] are
} in both “{ $a }” and “{ $b }” on { $when }
conflict-body-clash = “{ $a }” and “{ $b }” overlap on { $when }, but { $reasons }
conflict-reason-same-body = both are meetings of { $body }
conflict-reason-contains = { $outer } contains { $inner }
conflict-exclusive-both = “{ $a }” and “{ $b }” are both exclusive but overlap on { $when }
conflict-exclusive-beside = “{ $session }” runs beside the exclusive “{ $exclusive }” on { $when }
conflict-order = “{ $earlier }” must end before “{ $later }” starts, but it ends at { $end } and “{ $later }” starts at { $start }
conflict-no-overlap = “{ $a }” and “{ $b }” must not overlap, but both run on { $when }
conflict-fixed-time = “{ $session }” is fixed at { $fixed } but placed at { $placed }
conflict-interpreters-overbooked = up to { $peak } interpreted sessions run at once on { $when }, but there { $teams ->
    [0] are no interpreter teams
    [one] is only 1 interpreter team
   *[other] are only { $teams } interpreter teams
}: { $sessions }
conflict-at-some-time = at some time

## The command line's conflict report (`plenary check`)

check-no-conflicts = No conflicts.
check-acknowledged = acknowledged: { $reason }
check-summary = { $errors } error(s), { $warnings } warning(s), { $infos } info(s), { $acknowledged } acknowledged

## Refusals: why a command changed nothing. The app puts the command's name in front.

edit-refused = { $label }: { $reason }
edit-broken = { $label }: the change would break the timetable: { $problems }
refusal-not-found = there is no { $what } '{ $id }'
refusal-duplicate = a { $what } with id '{ $id }' already exists
refusal-not-scheduled = session '{ $session }' is not scheduled; schedule it before moving or resizing it
refusal-end-not-after-start = the end ({ $end }) must be after the start ({ $start }); the times are unchanged
refusal-no-length = session '{ $session }' is a point in time or open-ended and has no end to set; make it a span first
refusal-out-of-range = { $what } '{ $id }': { $start } plus { $minutes } minutes is out of range
refusal-date-out-of-range = { $date } moved by { $days } days is out of range
refusal-body-has-children = body '{ $body }' still has '{ $child }' under it; remove or move that first
refusal-body-under-itself = cannot put { $body } under itself
refusal-body-cycle = cannot put { $body } under { $parent }: { $parent } is one of the bodies under { $body }
refusal-series-parent-unknown = there is no body { $name } to put the series under; add it first or check its short name
refusal-series-taken = there is already a body { $short }; the series would add it twice
refusal-no-reason = conflict '{ $key }': an acknowledgement needs a reason (why the conflict is acceptable)
refusal-swap-with-itself = cannot swap { $date } with itself
refusal-blank-revision-label = a revision needs a label (e.g. Rev.1)
refusal-revision-label-taken = a revision labelled '{ $label }' already exists; choose another label
refusal-no-days = the meeting has no days to move
refusal-weekday-changed = { $start } is a { $weekday } but the meeting starts on a { $firstWeekday }; choose a { $firstWeekday } so every day keeps its weekday
refusal-pointless-rule = constraint '{ $constraint }': { $fault }
refusal-no-sessions = no session given
refusal-stale-arrangement = the document changed since this arrangement was made; arrange again
refusal-hard-preference = a preference ({ $preference }) takes a soft weight (a whole number), not "hard"

## What a refusal names ($what above)

item-session = session
item-room = room
item-body = body
item-person = person
item-slot = slot
item-break = break
item-constraint = constraint
item-day = day
item-annex-note = annex note
item-free-note = free note
item-acknowledged-conflict = acknowledged conflict

## The command line's own sentences

cli-command-refused = { $file }: command { $number } ({ $label }) refused: { $reason }; nothing written
cli-cannot-arrange = { $file }: cannot be arranged: { $reason }
cli-arrange-placed = Placed { $placed } of { $inScope } sessions in scope ({ $moved } moved), { $unplaced } left unscheduled.
cli-arrange-conflicts-left = Hard conflicts left: { $hard }; soft conflicts: { $soft }.
cli-arrange-score = Score { $score } (greedy start { $greedy }), { $evaluated } moves evaluated in { $seconds } s{ $stopped ->
    [yes] {" "}(time limit reached).
   *[no] .
}
cli-arrange-out-of-reach = { $count } hard conflict(s) involve only pinned sessions or sessions outside the scope, which arranging does not move:
cli-arrange-blocked-by = blocked by: { $rules }
cli-arrange-would-fit = would fit { $relaxation }

## Import reports: where in the file, what the importer did

import-at-file = (file)
import-at-line = line { $line }
import-at-line-column = line { $line }, column { $column }
import-at-sheet = sheet '{ $sheet }'
import-at-sheet-row = sheet '{ $sheet }', row { $row }
import-at-sheet-column = sheet '{ $sheet }', column { $column }
import-at-sheet-row-column = sheet '{ $sheet }', row { $row }, column { $column }
import-skipped = skipped
import-guessed = guessed
import-repaired = repaired

## Import reports: what the importer skipped, guessed or repaired

import-title-above-header = the { $source ->
    [excel] row
   *[csv] line
} above the header is the meeting's title: "{ $title }"
import-times-in-utc = { $format } times carry no zone: the meeting's zone is UTC (name the real zone with --time-zone)
import-unknown-columns = unknown column(s) ignored: { $columns }
import-empty-row = empty row
import-unknown-kind = kind '{ $kind }' is not a Plenary kind; taken as 'other'
import-unknown-annex = annex '{ $annex }' is not cell, note, both or hidden; taken as cell
import-duplicate-session-id = duplicate id: session '{ $id }' already exists, this one is '{ $fresh }'
import-untitled-session = session '{ $id }' has no title; titled "(untitled)"
import-break-past-midnight = break "{ $break }" runs past midnight; Plenary breaks lie within one day
import-break-not-meeting-day = break "{ $break }" on { $date }, which is not a meeting day
import-title-from-file-name = the file names no meeting title; it is "{ $title }", from the file name
import-taken-as-body = '{ $name }' is taken as a { $kind ->
    [study-group] Study Group
    [working-party] Working Party
    [question] Question
    [management] management team
    [track] track
   *[group] group
} (its sessions may not run in parallel), not as a track

## Annex warnings: what the annex does not say, or says in another language

annex-quoted = "{ $title }"
annex-slot = { $slot } { $start }-{ $end }
annex-slots = { $first } to { $last } { $start }-{ $end }
annex-times-differ = { $count ->
    [one] session
   *[other] sessions
} { $sessions }: { $date } { $start }-{ $end } differs from { $slot } and no note gives its times (annex "cell" shows no note; set it to "both" to add one)
annex-text-fallback = session "{ $session }": no { $lang } { $what ->
    [note] note wording
   *[label] annex label or title
}; used the { $used } one, marked [{ $used }]
annex-no-body = session "{ $session }": has no body, so the bodies layout shows it { $noted ->
    [yes] only in its note
   *[no] nowhere
}
annex-outside-days = session "{ $session }": on { $date }, outside the meeting's days, so it has no row; shown in a note instead
annex-override-matches-no-note = annex note override '{ $key }' matches no note of the { $layout } layout; ignored
annex-free-note-empty = free note '{ $key }' has no text in any language; left out
annex-free-note-fallback = free note '{ $key }': no { $lang } text; used the { $used } one, marked [{ $used }]
annex-mark-matches-no-note = session "{ $session }" is marked with note '{ $key }', which is not a note of the { $layout } layout; no marker
annex-empty = the annex table is empty: { $reason }
annex-empty-unscheduled = no session is scheduled yet
annex-empty-no-slots = the { $layout } layout shows sessions by slot (morning, afternoon) and the meeting has none: add slots in the Meeting panel, or export the bodies layout
annex-empty-no-bodies = the bodies layout has a row per body and no scheduled session names a body: give sessions their bodies, or export the days layout
annex-empty-no-working-day = no scheduled session falls on a working day of the meeting within its slots (the agenda layout lists every session by its time)
export-no-fonts = no fonts found; the PDF will lack text (install fonts-noto-core and fonts-noto-cjk, or pass --fonts DIR)
publish-annex-warning = annex ({ $lang }): { $warning }
export-pdf-warning = PDF: { $warning }

## Documents that cannot be opened

load-syntax = line { $line }, column { $column }: not valid JSON: { $reason }
load-not-a-document = not a Plenary document: { $reason }
load-too-new = this document has format version { $found }, but this Plenary reads versions up to { $supported }; open it with a newer Plenary
load-shape = { $path } (line { $line }, column { $column }): { $reason }
load-invalid = { $count } problem(s): { $problems }
cli-invalid-document = { $file }: { $count } problem(s):

## Import reports of iCalendar files (and events of any format)

import-ical-floating-time = floating time (no TZID, no Z): taken as wall-clock time in { $zone } (first here)
import-event-cancelled = event "{ $event }" is cancelled
import-ical-no-dtstart = event "{ $event }" has no DTSTART
import-ical-bad-dtstart = DTSTART '{ $value }' is not a date or date-time
import-ical-bad-dtend = DTEND '{ $value }' is not a date or date-time; ignored
import-ical-bad-duration = DURATION '{ $value }' is not an RFC 5545 duration
import-event-point-in-time = event "{ $event }" has no length; imported as a point in time at { $start }
import-event-no-end = event "{ $event }" has no end after its start; it lasts { $minutes } min
import-event-all-day = event "{ $event }" is all-day; it runs from midnight to midnight
import-ical-not-expanded = { $property } not expanded: only the first occurrence is imported

## Import reports: time zones, events, workbooks

import-zone-unknown = time_zone_name '{ $zone }' is not an IANA zone name
import-zone-from-city = the file names no time zone; its city '{ $city }' gives the zone { $zone } (name another with --time-zone)
import-city-without-zone = the city '{ $city }' names no time zone (no IANA zone is named after it)
import-zone-from-offset = the file names no time zone; its times carry the offset { $offset }, so the meeting's zone is the fixed-offset zone { $zone } (name the real zone with --time-zone)
import-zone-utc = the file names no time zone and gives no offsets: its times are taken as wall-clock times in UTC (name the real zone with --time-zone)
import-event-beyond-calendar = event "{ $event }" ends beyond the calendar
import-other-sheets-ignored = the sessions are read from this sheet; other sheet(s) ignored: { $sheets }

## The arranger: why a session was left out, what blocks it, what would let it fit.
## $session: a session's title; $what: what blocks a place (one of arrange-room-taken ...).

arrange-name = { $name }
arrange-no-place = { $session } has no place at all: its allowed windows, length and the rules of each day and room (hard by the arrange weights) rule out every day
arrange-fits-but-breaks = { $session } fits { $free } of its { $places } places by rooms, persons and bodies, but each breaks an order constraint or another hard rule, or the search ended first
arrange-no-free-place = { $session } has no free place: all { $places } overlap ({ $blockers })
arrange-blocks = { $n } { $what }
arrange-left-in-conflict = { $session } is left in conflict: { $conflicts }
arrange-one-after-another = { $first }; { $rest }
arrange-room-taken = room { $room } taken
arrange-person-busy = person { $person } busy
arrange-body-meeting = body { $body } meeting
arrange-body-above-meeting = body { $body } (a body above it) meeting
arrange-beside-exclusive = a session beside an exclusive one meeting
arrange-exclusive-meeting = an exclusive session meeting
arrange-rule-places = { $what } ({ $n } { $n ->
    [one] place
   *[other] places
})
arrange-relaxation = without { $what } it would fit in { $n } { $n ->
    [one] place
   *[other] places
} (first { $first })
arrange-place = { $when }
arrange-place-in = { $when } in { $room }

## The arranger's refusals: inputs no arrangement can satisfy

arrange-not-a-working-day = nothing can be arranged: { $date } is not a working day of the meeting
arrange-no-working-days = nothing can be arranged: the meeting has no working days
arrange-too-few-room-hours = the sessions need { $needed } room-hours but the rooms have { $available } ({ $rooms } rooms over { $days } working days): add rooms or days, or leave sessions out
arrange-order-cycle = the order constraints go round in a circle: { $cycle }; no order can satisfy them
arrange-before = { $earlier } before { $later }
arrange-pinned-clash = pinned sessions clash, and arranging never moves them: { $conflict }
revision-unknown-none = there is no revision '{ $label }': none has been published yet
revision-unknown = there is no revision '{ $label }' (published: { $known })

## Import reports: slots found from the day's shape, frab and JSON notes, CSV encodings

import-slot = { $name } { $start }-{ $end }
import-slots-one = the file has no slots: { $first }, { $how }
import-slots-two = the file has no slots: { $first } and { $second }, { $how }
import-slots-from-meal-break = from the meal break
import-slots-from-lunch-gap = from the pause no session runs in around midday
import-slots-whole-day = one slot for the whole day: no meal break, and sessions run through midday
import-frab-bad-day-change = day_change '{ $value }' is not a time HH:MM[:SS]
import-frab-no-conference = no <conference> element: the meeting has no title
import-frab-day-without-date = <day> has no valid date attribute ('{ $value }'); its events need their own <date>
import-frab-no-days = no "days": the schedule has no events
import-frab-days-not-array = "days" is { $kind }, not an array
import-frab-json-day-without-date = day has no valid date; its events need their own "date"
import-frab-room-events-not-array = room's events are { $kind }, not an array
import-frab-event-not-object = event is { $kind }, not an object
json-null = null
json-boolean = a boolean
json-number = a number
json-string = a string
json-array = an array
json-object = an object
import-csv-utf16-by-mark = read as { $encoding } (its byte-order mark says so)
import-csv-utf16-by-zeros = read as { $encoding } (no byte-order mark; every other byte of its text is zero)
import-csv-windows-1252 = not UTF-8 (the byte { $byte } on line { $line } is not); read as Windows-1252 (Western European, which includes Latin-1): check accented letters
import-utf16-big-endian = UTF-16 (big-endian)
import-utf16-little-endian = UTF-16 (little-endian)
import-at-path = { $path }

## Refusals of a series of bodies (Q1/2-Q4/2 under WP1/2) and of the meeting's set-up

series-empty = type a series such as Q1/2-Q4/2 under WP1/2
series-unreadable = '{ $text }' is not a series of bodies; write it as Q1/2-Q4/2 (Questions 1/2 to 4/2), WP1/2-WP3/2 or SG2, optionally followed by 'under WP1/2'
series-no-parent-named = '{ $text }': say which body the series goes under, as in 'under WP1/2'
series-backwards = the series runs from { $first } down to { $last }; write the lower number first
series-groups-differ = the series mixes /{ $a } and /{ $b }; both ends must be of the same Study Group
series-kinds-differ = '{ $text }' mixes Questions and Working Parties; a series is of one kind
series-too-long = a series of { $count } bodies is too long (at most { $max } at once)
setup-no-language = choose at least one language of the meeting
setup-no-title = give the meeting a title
setup-unknown-place = there is no city or time zone '{ $place }'; pick a city of the list (e.g. Geneva) or type an IANA zone (e.g. Europe/Zurich)
setup-last-before-first = the last day ({ $last }) is before the first day ({ $first })
setup-too-long = { $first } to { $last } is { $days } days; a meeting set up at once lasts at most { $max }
setup-sessions-outside = { $count } session(s) are placed outside { $first } to { $last } (the first on { $date }); move or unschedule them before changing the dates

## Import reports of iCalendar files: the file's lines and time zones

import-ical-not-a-content-line = not a content line (no ':'): '{ $line }'
import-ical-end-closes-unclosed = END:{ $component } closes unclosed { $unclosed }
import-ical-end-without-begin = END:{ $component } without BEGIN:{ $component }
import-ical-ends-inside-vevent = the file ends inside this VEVENT; what it has is kept
import-ical-windows-zone = TZID '{ $tzid }' is a Windows zone name; taken as the IANA zone { $zone } (CLDR's Windows-to-IANA mapping), with its daylight-saving rules
import-ical-vtimezone-offset = TZID '{ $tzid }' is not an IANA zone; its VTIMEZONE's standard offset gives the fixed-offset zone { $zone } (daylight-saving rules ignored)
import-ical-unknown-tzid = TZID '{ $tzid }' is neither an IANA zone nor defined by a usable VTIMEZONE; its times are taken as floating
import-ical-no-zone = the calendar names no time zone: the meeting's zone is UTC (name the real zone with --time-zone)

## Broken invariants of a document: what is wrong (where is said in front, as a JSON path)

problem-at = { $path }: { $problem }
one-after-another = { $first }; { $rest }
problem-time-zone = '{ $zone }' is not an IANA time zone (e.g. Europe/Zurich)
problem-city-empty = the meeting's city is empty; name it or leave it out to show the time zone's own city
problem-hard-preference = a preference takes a soft weight (a whole number), not "hard"
problem-zero-default-length = a new session's length cannot be 0 minutes
problem-blank-notes-heading = the { $lang } heading of the annex notes is blank; write one or leave it out for the usual heading
problem-end-not-after-start = end { $end } is not after start { $start }
problem-day-order = { $date } is not after the previous day { $previous } (days are unique and in date order)
problem-slot-backwards = slot '{ $slot }' ends at { $end } before it starts at { $start }
problem-slot-not-meeting-day = slot '{ $slot }' has times on { $date }, which is not a day of the meeting
problem-slot-day-backwards = slot '{ $slot }' ends at { $end } before it starts at { $start } on { $date }
problem-break-backwards = break '{ $break }' ends at { $end } before it starts at { $start }
problem-break-not-meeting-day = break '{ $break }' is on { $date }, which is not a day of the meeting
problem-body-hours-backwards = body '{ $body }' has hours that end at { $end } before they start at { $start }
problem-body-hours-order = body '{ $body }' has hours from { $start } that do not follow the previous ones (they are in time order and do not overlap)
problem-body-unknown-room = body '{ $body }' prefers room '{ $room }', which is not a room
problem-body-unknown-parent = body '{ $body }' has parent '{ $parent }', which is not a body
problem-body-cycle = body '{ $body }' is its own ancestor (the body tree has a cycle)
problem-constraint-unknown-session = constraint '{ $constraint }' names session '{ $session }' (#{ $index }), which is not a session
problem-constraint-backwards = constraint '{ $constraint }' fixes an end { $end } before its start
problem-acknowledgement-key = acknowledgement is filed under '{ $key }' but names '{ $named }'
problem-revision-label-twice = revision label '{ $label }' is used twice
problem-id-empty = id is empty
problem-id-filed-under = id '{ $id }' is filed under '{ $key }'
problem-duplicate-id = duplicate id '{ $id }' (first used at { $first })
problem-acknowledged-twice = conflict '{ $key }' is acknowledged twice
problem-note-override-no-key = an annex note override needs the key of its note
problem-note-overridden-twice = annex note '{ $key }' is overridden twice (first at { $first })
problem-free-note-key = free note key '{ $key }' needs an id without spaces after 'free:'
problem-session-untitled = session '{ $session }' has no title
problem-session-unknown-room = session '{ $session }' is in room '{ $room }', which is not a room
problem-session-unknown-preferred-room = session '{ $session }' prefers room '{ $room }', which is not a room
problem-session-window-backwards = session '{ $session }' has a window from { $start } to { $end }, which ends before it starts
problem-session-unknown-body = session '{ $session }' names body '{ $body }', which is not a body
problem-session-unknown-person = session '{ $session }' names person '{ $person }', who is not a person
problem-session-blank-mark = session '{ $session }' is marked with a blank note key; name a note or leave it out
problem-session-bad-mark = session '{ $session }': { $reason }
problem-session-unknown-free-note = session '{ $session }' is marked with free note '{ $key }', which is not a note
problem-session-scheduled-minutes = session '{ $session }' is scheduled, so its length is its placement's, not minutes
problem-session-zero-minutes = session '{ $session }' is unscheduled with a length of 0 minutes
problem-session-point-with-end = session '{ $session }' is a point in time or open-ended, so its placement ends where it starts ({ $start }), not at { $end }
problem-session-no-length = session '{ $session }' has no length: it starts and ends at { $start }
problem-session-backwards = session '{ $session }' ends at { $end } before it starts at { $start }

## Why a file is not a Plenary document

load-format-other = its "format" is { $format }, expected "plenary"
load-format-missing = it has no "format": "plenary" marker
load-version-missing = its "version" is missing or not a whole number
load-version-zero = version 0 never existed

## What the JSON reader says about a text it cannot read (names in `backquotes` and what
## it expected, such as u32 or struct Session, are kept as they are)

json-not-utf8 = not UTF-8 text (invalid byte at offset { $offset })
json-eof-list = EOF while parsing a list
json-eof-object = EOF while parsing an object
json-eof-string = EOF while parsing a string
json-eof-value = EOF while parsing a value
json-expected-colon = expected `:`
json-expected-comma-or-bracket = expected `,` or `]`
json-expected-comma-or-brace = expected `,` or `{"}"}`
json-expected-ident = expected ident
json-expected-value = expected value
json-invalid-escape = invalid escape
json-invalid-number = invalid number
json-number-out-of-range = number out of range
json-invalid-unicode = invalid unicode code point
json-control-character = control character (\u0000-\u001F) found while parsing a string
json-key-must-be-string = key must be a string
json-trailing-comma = trailing comma
json-trailing-characters = trailing characters
json-too-deep = recursion limit exceeded
json-invalid-type = invalid type: { $found }, expected { $expected }
json-invalid-value = invalid value: { $found }, expected { $expected }
json-invalid-length = invalid length { $length }, expected { $expected }
json-missing-field = missing field `{ $field }`
json-duplicate-field = duplicate field `{ $field }`
json-unknown-field = unknown field `{ $name }`, expected one of { $expected }
json-unknown-field-none = unknown field `{ $name }`, there are no fields
json-unknown-variant = unknown variant `{ $name }`, expected one of { $expected }
json-unknown-variant-none = unknown variant `{ $name }`, there are no variants
json-found-string = string { $value }
json-found-integer = integer { $value }
json-found-number = floating point { $value }
json-found-boolean = boolean { $value }
json-found-character = character { $value }
json-found-null = null
json-found-array = sequence
json-found-object = map
json-not-a-time = '{ $value }' is not a time HH:MM (00:00 to 24:00)
json-not-a-stamp = '{ $value }' is not a date-time YYYY-MM-DDTHH:MM

## Why a constraint's rule says nothing ($fault of refusal-pointless-rule)

rule-fault-repeated = it names session '{ $session }' twice; a rule relates different sessions
rule-fault-too-few = it needs at least two different sessions
rule-fault-one-sided = it needs a session before and a session after

## The commands, as a refusal names them in front ("Move session: ...")

command-add-session = Add session
command-edit-session = Edit session
command-schedule-session = Schedule session
command-move-session = Move session
command-resize-session = Resize session
command-set-session-timing = Set session timing
command-unschedule-session = Unschedule session
command-duplicate-session = Duplicate session
command-delete-session = Delete session
command-paste-sessions = Paste sessions
command-paste-sessions-count = Paste { $count } sessions
command-delete-sessions = Delete sessions
command-delete-sessions-count = Delete { $count } sessions
command-move-sessions = Move sessions
command-add-break = Add break
command-edit-break = Edit break
command-remove-break = Remove break
command-add-slot = Add slot
command-edit-slot = Edit slot
command-remove-slot = Remove slot
command-set-slot-times-of-a-day = Set slot times of a day
command-add-day = Add day
command-edit-day = Edit day
command-remove-day = Remove day
command-add-room = Add room
command-edit-room = Edit room
command-remove-room = Remove room
command-add-body = Add body
command-edit-body = Edit body
command-remove-body = Remove body
command-move-body = Move body
command-add-bodies = Add bodies
command-add-series = Add { $kind ->
    [working-party] { $count ->
        [one] Working Party
       *[other] Working Parties
    }
    [study-group] { $count ->
        [one] Study Group
       *[other] Study Groups
    }
   *[question] { $count ->
        [one] Question
       *[other] Questions
    }
} { $numbers }
command-place-meeting = Place meeting
command-add-person = Add person
command-edit-person = Edit person
command-remove-person = Remove person
command-add-constraint = Add constraint
command-edit-constraint = Edit constraint
command-remove-constraint = Remove constraint
command-acknowledge-conflict = Acknowledge conflict
command-unacknowledge-conflict = Unacknowledge conflict
command-set-severity = Set severity
command-edit-meeting = Edit meeting
command-shift-day = Shift day
command-swap-days = Swap days
command-publish-revision = Publish revision
command-move-note = Move note
command-edit-note-text = Edit note text
command-reset-note-order = Reset note order
command-add-free-note = Add free note
command-remove-free-note = Remove free note
command-mark-session = Mark session
command-set-note-markers = Set note markers
command-edit-notes-heading = Edit notes heading
command-move-meeting = Move meeting
command-set-up-meeting = Set up meeting
command-pin-sessions = Pin sessions
command-set-allowed-windows = Set allowed windows
command-set-preferred-room = Set preferred room
command-set-bodys-preferred-room = Set body's preferred room
command-set-arrange-weight = Set arrange weight
command-arrange-sessions = Arrange sessions
command-edit-translation = Edit translation

## Files that cannot be imported at all

import-error-not-utf8 = line { $line }, column { $column }: not UTF-8 text: invalid byte at offset { $offset }
import-error-xml = line { $line }, column { $column }: not well-formed XML: { $reason }
import-error-json = line { $line }, column { $column }: not valid JSON: { $reason }
import-error-ical = line { $line }: not iCalendar: { $reason }
import-error-csv = line { $line }: not Plenary CSV: { $reason }
import-error-workbook = not an Excel workbook (.xlsx) Plenary can read: { $reason }
import-error-sheet = { $at }: not a Plenary sheet: { $reason }
import-error-not-a-schedule = { $at }: not a frab schedule: { $reason }
import-error-unknown-time-zone = '{ $zone }' is not an IANA time zone name (e.g. Europe/Zurich)
import-error-not-xcal = { $at }: not xCal: { $reason }
import-error-invalid = the imported timetable is inconsistent ({ $count } problem(s)): { $problems }
xcal-root-not-icalendar = the root element is <{ $element }>, expected <icalendar>
xcal-no-vcalendar = <icalendar> holds no <vcalendar>
frab-root-not-schedule = the root element is <{ $element }>, expected <schedule>
frab-no-schedule-object = no "schedule" object
frab-no-conference-object = no "conference" object
ical-empty = the file is empty
ical-not-begin-vcalendar = it starts with '{ $start }', expected BEGIN:VCALENDAR
cli-import-failed = { $file } (as { $format }): { $reason }

## Exports that fail, and names asked for that do not exist

export-failed = { $format } export: { $reason }
export-cannot-write = cannot write: { $error }
export-unknown-body = there is no body '{ $body }' in this timetable
export-bad-time-zone = the meeting's time zone '{ $zone }' is not an IANA zone name
export-workbook-failed = cannot build the workbook: { $error }
export-docx-failed = cannot write the DOCX package: { $error }
export-pdf-failed = cannot make the PDF: { $error }
export-no-pdf = this plenary was built without the `pdf` feature; rebuild with `cargo build --features pdf`, or export annex-docx and convert it
refusal-unknown-layout = unknown annex layout "{ $layout }"; expected days, bodies, plan or agenda
refusal-unknown-language = there is no language '{ $code }'; expected ar, zh, en, fr, ru or es
refusal-unknown-export-format = there is no export format '{ $format }'
refusal-unknown-session = there is no session with id “{ $session }”
refusal-bad-range = the times asked for ({ $from }–{ $to } minutes after midnight, every { $step } minutes) are not a range within one day with a step of 1 to 1440 minutes
refusal-publish-unknown-revision = no revision labelled "{ $label }"; the document has: { $known }

## The command line's refusals of files, and why a file's format cannot be told

cli-cannot-read = cannot read { $file }: { $error }
cli-cannot-write = cannot write { $file }: { $error }
cli-cannot-publish = cannot publish into { $folder }: { $error }
cli-not-a-document = { $file }: not a Plenary document; `plenary import` it first
cli-already-a-document = { $file }: is a Plenary document already; there is nothing to import (check, export or revise it as it is)
cli-taken-for-a-document = it is taken for a Plenary document (JSON without a "schedule" key), but is not one: { $reason }
cli-not-importable = { $file }: not a file Plenary imports: { $reason }. Plenary imports frab schedules (XML, JSON), iCalendar, xCal, CSV and Excel workbooks; if the file is one of these, name its format with --from { $formats }
cli-unknown-body = --body { $body }: no body has this id or short name (bodies: { $known })
undetected-extension = its extension '.{ $extension }' names no format Plenary imports
undetected-no-extension = its name has no extension that names a format
undetected-empty = the file is empty, and { $name }
undetected-not-text = its content is not text (the byte { $byte } at offset { $offset }, line { $line }, column { $column }, is not UTF-8)
undetected-unknown-text = its content is neither XML, JSON nor iCalendar (it begins '{ $start }')
undetected-content-and-name = { $content }, and { $name }

## Undo labels: what a step did. $session: a session's title; $at, $to: a day and time or a
## time; $room: a room's name; $count: how many; $by: how far ("1 day", "30 min").

undo-untitled-session = untitled session
undo-add-session = Add { $session }
undo-add-session-on = Add { $session } on { $at }
undo-rename = Rename { $session } to { $new }
undo-edit-title = Edit the title of { $session }
undo-put-in-room = Put { $session } in { $room }
undo-take-out-of-room = Take { $session } out of its room
undo-change-kind = Change the kind of { $session }
undo-mark-tentative = Mark { $session } tentative
undo-confirm = Confirm { $session }
undo-make-exclusive = Make { $session } exclusive
undo-make-not-exclusive = Make { $session } not exclusive
undo-edit = Edit { $session }
undo-schedule = Schedule { $session } on { $at }
undo-move = Move { $session } to { $to }
undo-move-into = Move { $session } to { $to } in { $room }
undo-resize = Resize { $session } to { $start }–{ $end }
undo-make-span = Make { $session } a span
undo-make-point = Make { $session } a point in time
undo-make-open-ended = Make { $session } open-ended
undo-unschedule = Unschedule { $session }
undo-duplicate = Duplicate { $session }
undo-duplicate-to = Duplicate { $session } to { $at }
undo-delete = Delete { $session }
undo-pin = Pin { $session }
undo-unpin = Unpin { $session }
undo-pin-count = Pin { $count } sessions
undo-unpin-count = Unpin { $count } sessions
undo-prefer-room = Prefer { $room } for { $session }
undo-prefer-no-room = Prefer no room for { $session }
undo-windows-none = Let { $session } go anywhere
undo-windows =
    { $count ->
        [one] Give { $session } an allowed window
       *[other] Give { $session } { $count } allowed windows
    }
undo-move-sessions-later = Move { $count } sessions { $by } later
undo-move-sessions-earlier = Move { $count } sessions { $by } earlier
undo-move-sessions-nothing = Move { $count } sessions by nothing
undo-days =
    { $count ->
        [one] { $count } day
       *[other] { $count } days
    }
undo-hours = { $count } h
undo-minutes = { $count } min
undo-slot-day-times = Set { $slot } on { $day } to { $start }–{ $end }
undo-slot-usual-times = Give { $slot } on { $day } its usual times
undo-mark-note = Mark { $session } with note { $note }
undo-unmark-note = Take the note marker off { $session }
undo-remove-note = Remove note { $note }
undo-note-free = “{ $id }”
undo-note-hours = on the standard hours
undo-hide-markers = Hide note markers
undo-markers-numbers = Mark notes with numbers
undo-markers-letters = Mark notes with letters
undo-markers-paren-letters = Mark notes with (a), (b), ...
undo-notes-heading = Set the { $lang } notes heading to { $text }
undo-notes-heading-reset = Reset the { $lang } notes heading
undo-arrange =
    { $count ->
        [one] Arrange { $count } session
       *[other] Arrange { $count } sessions
    }

## Spreadsheets (CSV and Excel) that cannot be imported.

import-no-title-column = the header row has no 'title' column (it has: { $has }); the columns are: { $columns }
import-xlsx-damaged = the workbook is damaged: a part of it cannot be read (open it in a spreadsheet program and save it again, or save it as CSV)
import-xlsx-old-xls = { $reason } (this is an older Excel 97-2003 .xls file: save it as .xlsx, or as CSV)
import-xlsx-not-zip = { $reason } (an .xlsx file is a ZIP package, and this file is not one)
import-xlsx-no-worksheet = the workbook has no worksheet
import-xlsx-no-title-sheet = no worksheet has a header row with a 'title' column
import-xlsx-sheet-unreadable = the sheet '{ $sheet }' cannot be read: { $reason }
import-xlsx-sheet-unreadable-after = the sheet '{ $sheet }' cannot be read after row { $row }: { $reason }
import-xlsx-cell-error = the cell holds the error { $error }; read as empty
import-xlsx-sheet-empty = the sheet is empty (its first row should name the columns: id, title, kind, start, end, ...)

## What the command line says when it is done.

cli-wrote-import = wrote { $file } ({ $sessions } sessions, { $rooms } rooms, { $persons } persons, { $days } days)
cli-publish-would = Would publish { $files } file(s) into { $dir }: { $added } new, { $changed } changed, { $unchanged } unchanged, { $removed } removed
cli-publish-would-new = Would publish { $files } file(s) into { $dir } (a new folder): { $added } new, { $changed } changed, { $unchanged } unchanged, { $removed } removed
cli-published = Published { $files } file(s), { $kb } kB, into { $dir }
cli-revised = published { $label } ({ $date })
cli-arrange-nothing-written = nothing written (give -o OUT or --in-place)
cli-not-canonical = { $file } is not in canonical form (run `plenary fmt` on it)
cli-font-unreadable = cannot read the font { $file }

## What Plenary's XML reader says of a file that is not well-formed XML.

xml-second-root = a second root element after the first one
xml-text-outside-root = text outside the root element
xml-ends-inside = the file ends before <{ $element }> is closed
xml-no-root = no root element
xml-unknown-entity = unknown entity '&{ $name };'
