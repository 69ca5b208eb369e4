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
