# Plenary's interface in English. Each line is `message-id = text`; `{ $name }` is filled in
# by the app. Plural forms use Fluent's selectors, by CLDR categories
# (https://projectfluent.org/fluent/guide/selectors.html). Keep ids as they are.

language-autonym = English
language-menu = Interface language

header-undo-title = Undo { $what } (Ctrl+Z)
header-redo-title = Redo { $what } (Ctrl+Shift+Z)
header-nothing-to-undo = Nothing to undo
header-nothing-to-redo = Nothing to redo
header-unsaved-title = The timetable has unsaved changes
header-edited = Edited
header-conflict-summary = Conflict summary
header-open = Open…
header-open-title = Open a timetable (Ctrl+O)
header-save = Save
header-save-title = Save (Ctrl+S; Save as: Ctrl+Shift+S)
header-revisions = Revisions
header-revisions-title = Publish and compare revisions
header-undo = Undo
header-redo = Redo

## Session kinds and conflict counts

kind-plenary = Plenary
kind-working-party = Working Party
kind-question = Question
kind-training = Training
kind-management = Management
kind-briefing = Briefing
kind-webinar = Webinar
kind-social = Social
kind-other = Other

count-error = { $n ->
    [one] { $n } error
   *[other] { $n } errors
}
count-warning = { $n ->
    [one] { $n } warning
   *[other] { $n } warnings
}
count-info = { $n ->
    [one] { $n } note
   *[other] { $n } notes
}
count-acknowledged = { $n } acknowledged
no-conflicts = No conflicts
untitled-session = Untitled session
untitled-session-at = Untitled session, { $day } { $times }

## Conflict kinds

conflict-kind-room-clash = Room clash
conflict-kind-person-clash = Person in two places
conflict-kind-body-clash = Body meets twice
conflict-kind-exclusive-overlap = Beside an exclusive session
conflict-kind-break-overlap = Over a break
conflict-kind-outside-day-hours = Outside the day's hours
conflict-kind-non-working-day = On a weekend or holiday
conflict-kind-outside-meeting-dates = Outside the meeting's dates
conflict-kind-order-violation = Broken order
conflict-kind-capacity-exceeded = Room too small
conflict-kind-interpretation-unavailable = No interpretation booths
conflict-kind-interpreters-overbooked = Interpreters overbooked

## Toolbar

toolbar-label = View
toolbar-view = View
toolbar-new-session = New session
toolbar-new-session-title = A new session, its title ready to type (N); or double-click the grid where it goes
toolbar-days = Days
toolbar-rooms = Rooms
toolbar-bodies = Bodies
toolbar-bodies-title = One row per body, a column per half-day: where each Working Party and Question meets
toolbar-annex = Annex
toolbar-translations = Translations
toolbar-translations-title = Every text of the meeting, one column per language
toolbar-orientation-rows-title = Days as rows, time left to right: switch to days as columns
toolbar-orientation-columns-title = Days as columns, time downwards: switch to days as rows
toolbar-days-as-rows = Days as rows
toolbar-condensed = Condensed
toolbar-snap = Snap
toolbar-snap-minutes = { $n } min
toolbar-search = Search sessions
toolbar-filter-room = Filter by room
toolbar-all-rooms = All rooms
toolbar-filter-body = Filter by body
toolbar-all-bodies = All bodies
toolbar-filter-kind = Filter by kind
toolbar-all-kinds = All kinds
toolbar-filter-person = Filter by person
toolbar-all-persons = All persons
toolbar-shown = { $n ->
    [0] No session matches
    [one] { $n } shown
   *[other] { $n } shown
}
toolbar-clear = Clear

## Palette of unscheduled sessions

palette-heading = Unscheduled
palette-arrange = Arrange…
palette-arrange-title = Let Plenary place sessions where they bring no conflict
palette-item-label = { $title }, { $kind }, unscheduled
palette-item-title = { $kind }: drag onto a day to schedule
palette-empty = Every session is scheduled. Drag one here to unschedule it.
# The mark of a tentative session ("to be determined")
tbd = TBD

## Session blocks

change-added = New
change-moved = Moved
change-changed = Changed
change-arranged = New place
change-placed = Placed
change-since = { $what } since { $since }
change-the-revision = the revision
mark-error = Conflict (error)
mark-warning = Conflict (warning)
mark-info = Conflict (info)
mark-acknowledged = Acknowledged conflict
session-tentative-name = tentative
session-exclusive-name = exclusive
session-tentative = Tentative
session-tentative-title = Tentative (TBD)
session-exclusive-title = Exclusive: nothing may run beside it
session-exclusive-short = Excl.
session-drag-start = Drag to change the start
session-drag-end = Drag to change the end

## Shared words

ok = OK
cancel = Cancel
close = Close

## Conflicts panel

conflicts-heading = Conflicts
conflicts-empty = No conflicts. The timetable is clear.
conflicts-group-error = Errors
conflicts-group-warning = Warnings
conflicts-group-info = Information
conflicts-group-acknowledged = Acknowledged
conflicts-new = New
conflicts-new-title = Brought by the last edit
conflicts-acknowledged = Acknowledged
conflicts-acknowledged-because = Acknowledged: { $reason }
conflicts-reason-label = Why this conflict is acceptable
conflicts-reason-placeholder = Why is it acceptable?
conflicts-unacknowledge = Unacknowledge
conflicts-acknowledge = Acknowledge…
conflicts-show-all = Show all ({ $n })
conflicts-show-fewer = Show fewer

## Start panel (a document without days)

start-heading = Set up the meeting
start-intro = This timetable has no days yet. Start with the meeting's title, city, first and last day, standard hours and languages; the days are then created at once.
start-set-up = Set up the meeting…
start-open = Open a timetable…
start-recent = Recent timetables
start-example = Example
start-example-name = The example meeting
start-example-what = A complete timetable to look around in

## The grid's context menu

grid-menu-label = Grid at { $when }
grid-menu-new = New session here
grid-menu-paste = Paste here
grid-menu-paste-title = Copy a session first (Ctrl+C)

## Error banner

error-command-refused = That change was refused
error-invalid-document = The document could not be read
error-io = Reading or writing a file failed
error-locked = Someone else has this document open
error-read-only = This document is open read-only
error-internal = Something went wrong
error-retry = Retry
error-dismiss = Dismiss

## Dialogs about the file

save-as = Save As…
disk-title = The file changed on disk
disk-question = Another person or program saved it. Overwrite it with this timetable, losing their changes?
disk-overwrite = Overwrite

locked-title = Someone else has this timetable open
locked-read-only-term = Read-only
locked-read-only-what = look at it; your changes can be saved to another file.
locked-copy-term = A copy
locked-copy-what = an untitled copy of it, saved wherever you choose.
locked-anyway-term = Anyway
locked-anyway-what = edit it as they do. Each save checks the file first, so neither of you overwrites the other without being asked.
locked-open-anyway = Open Anyway
locked-open-copy = Open a Copy
locked-open-read-only = Open Read-Only

unsaved-title = Save the changes?
unsaved-question = { $name } has changes that are not saved. Save them before { $doing }? If you don't save, they are lost.
unsaved-discard = Don't Save
doing-open-another = opening another timetable
doing-new-meeting = starting a new meeting
doing-close = closing
doing-import-again = importing the file again

setup-failed = The meeting could not be set up.

## File dialogs

file-plenary-timetable = Plenary timetable
file-schedules = Schedules (frab, iCalendar, xCal, CSV, Excel)
file-open-title = Open timetable
file-save-title = Save timetable
file-import-title = Import a schedule
file-export-title = Export

## Typed times and dates

typed-time-empty = Type a time, e.g. 09:30.
typed-time-malformed = “{ $text }” is not a time: write it as 09:30, 0930 or 9.30.
typed-time-minutes-digits = “{ $text }”: write the minutes with two digits (e.g. 12:05 or 12:50).
typed-time-am-pm = “{ $text }”: with am or pm the hour goes from 1 to 12.
typed-time-minutes = “{ $text }” is not a time: minutes go up to 59.
typed-time-day-end = “{ $text }” is not a time: the day ends at 24:00.
typed-date-empty = Type a date, e.g. { $example }.
typed-date-no-month-name = “{ $text }”: there is no month “{ $name }”.
typed-date-year = “{ $text }”: write the year in full, e.g. { $example }.
typed-date-malformed = “{ $text }” is not a date: write it as { $example }.
typed-date-no-month = “{ $text }” is not a date: there is no month { $month } (write it as { $example }).
typed-date-days = “{ $text }” is not a date: that month has { $days } days.

## Days

day-weekend = Weekend
day-holiday = Holiday
day-outside = Outside dates
day-note = Note: { $note }

## Days drawn in aggregate, and the ghosts of changes

aggregate-sessions = { $n ->
    [one] { $n } session
   *[other] { $n } sessions
}
aggregate-in-conflict = { $count }, { $n } in conflict
aggregate-label = { $what }, { $times }; expand the day
aggregate-title = { $what }, { $times }. Click to see them.
ghost-was-here-title = Was here in { $since }: { $title }, { $times }
ghost-removed = Removed: { $title }
ghost-was-here = Was here: { $title }

drag-checking = Checking…
drag-no-new-conflict = No new conflict
drag-new-conflicts = { $n ->
    [one] 1 new conflict
   *[other] { $n } new conflicts
}

## Grid

grid-no-room = No room
grid-local-times = All times are local to the meeting ({ $zone })
fit-legend = Where it can start:
fit-clean = no conflict
fit-warnings = warnings
fit-errors = errors



## Recovery after a crash

recovery-title = Recover unsaved changes?
recovery-intro = { $n ->
    [one] Plenary did not close normally last time. It kept this timetable with changes that were not saved.
   *[other] Plenary did not close normally last time. It kept these timetables with changes that were not saved.
}
recovery-autosaved = autosaved { $when }
recovery-unsaved-edits = { $n ->
    [one] { $n } unsaved edit
   *[other] { $n } unsaved edits
}
recovery-problem = It cannot be recovered: { $problem }
recovery-recover = Recover
recovery-discard = Discard
recovery-hint-many = Plenary edits one timetable at a time: the others are offered again at the next start.
recovery-hint-one = Later keeps it for the next start.
recovery-later = Later

## Side panels

panel-show = Show { $label }
panel-hide = Hide { $label }
panel-hide-title = Hide { $label } (the grid gets the width)

time-field-title = 09:30, 0930, 9.30 or 930

## Bodies

series-label = Series of bodies
series-title = A Study Group (SG2), Working Parties (WP1/2-WP2/2, put under SG2 when there is one) or Questions (Q1/2-Q4/2 under WP1/2)
series-add = Add series

## Import report

import-heading = { $n ->
    [one] Imported { $n } event from { $format }
   *[other] Imported { $n } events from { $format }
}
import-as-breaks = ({ $n } as breaks)
import-counts = { $skipped } skipped, { $guessed } guessed, { $repaired } repaired
import-zone-guessed = The file does not say which clock its times follow: they were read as { $zone } time.
import-zone-keep = Keep
import-zone-or = or read them in
import-zone-placeholder = a city, or a zone such as Europe/Brussels
import-again-in = Import again in { $zone }
import-again = Import again
import-action-skipped = skipped
import-action-guessed = guessed
import-action-repaired = repaired
import-nothing = Nothing was skipped, guessed or repaired.

## Notes under the annex table

remove = Remove
notes-label = Notes under the table
notes-markers = Markers
notes-no-markers = No markers in the cells
notes-heading = Heading of the notes
notes-heading-placeholder = The usual heading (Notes:)
notes-own = Notes of your own
notes-text-of = Text of the note { $key }
notes-text-new = Text of a new note
notes-new-placeholder = A note of your own (e.g. Badges are collected at the Montbrillant entrance.)
notes-add = Add note
notes-mark-session = Mark a session
notes-choose-session = Choose a session…
notes-with-marker = with the marker of
notes-no-note = no note (take its marker off)
notes-mark = Mark

bodies-joint = { $title } (joint: { $bodies })
bodies-label = Bodies by half-day
bodies-failure = The bodies view could not be drawn: { $failure }
bodies-empty = No bodies yet. Type them here, one series at a time: the Study Group (“SG2”), its Working Parties (“WP1/2-WP2/2”), then their Questions (“Q1/2-Q4/2 under WP1/2”). The Meeting panel's Bodies section edits their names and places in the tree.
bodies-no-days = The meeting has no days or no slots yet. Set up the meeting to get its days and half-days.
bodies-not-a-meeting-day = { $day }: not a meeting day
bodies-place-label = Place a meeting of { $body } on { $day }, { $slot }
bodies-place-title = Place a meeting of { $body } here
bodies-hint = Click an empty cell to place the body's meeting there (the slot's standard times, its usual room); drag a meeting to another cell of its row to move it; Delete removes the selected one. ⧉ marks a joint session.

## Annex

annex-label = Annex of the letter
annex-what = The annex of the letter as it will be exported; it follows every edit.
annex-language = Language
annex-layout = Layout
# The core's annex layouts and export formats, by their names on the wire ($label: the core's English).
layout-name = { $name ->
    [days] Days × slots
    [bodies] Bodies × half-days
    [plan] Time management plan
    [agenda] Agenda (one row per item)
   *[other] { $label }
}
annex-failure = The annex could not be drawn: { $failure }
annex-warnings = { $n ->
    [one] { $n } thing the annex does not say as the timetable has it
   *[other] { $n } things the annex does not say as the timetable has them
}
annex-rendering = Rendering the annex…

body-kind-study-group = Study Group
body-kind-working-party = Working Party
body-kind-question = Question
body-kind-management = Management team
body-kind-track = Track
body-kind-other = Other group
body-tree-heading = Bodies
body-tree-grip = Drag onto another body to put it under that one
body-tree-expand = Full name of { $body } in every language
body-tree-short = Short name of { $body }
body-tree-name = Full name of { $body }
body-tree-full-name = Full name
body-tree-own-hours = Own hours
body-tree-period-start = Start of period { $n } of { $body }
body-tree-period-end = End of period { $n } of { $body }
body-tree-period-remove = Remove period { $n } of { $body }
body-tree-day-hours = The day's hours and breaks
body-tree-add-period = Add period
body-tree-parallel = Meets in parallel with { $parent }
body-tree-its-parent = its parent
body-tree-kind = Kind of { $body }
body-tree-in = in
body-tree-parent = Parent of { $body }
body-tree-top-level-option = (top level)
body-tree-remove = Remove body { $body }
body-tree-top-level = Top level
body-tree-drop-top = Drop here for the top level
body-tree-add = Add body
body-tree-hint = Drag a body onto another to put it under that one.

## Setting up a meeting

setup-new-meeting = New meeting
setup-first-day-missing = Type the first day of the meeting.
setup-languages = Languages of the meeting
setup-title-in = Title in { $lang }
setup-main-language = (main language)
setup-make-main = make main
setup-city = City (sets the time zone)
setup-city-placeholder = e.g. Geneva (required)
setup-clocks-of = Clocks of { $zone }
setup-zone-hint = A city of the list, or a zone such as Europe/Zurich
setup-venue = Venue
setup-venue-placeholder = ITU headquarters
setup-first-day = First day
setup-last-day = Last day
setup-days-off = Days off every week
setup-template = Hours, slots and breaks
setup-template-itu-t = ITU-T: 09:30-12:30 and 14:30-17:30, coffee 30 min
setup-template-itu-t-early = ITU-T with 09:00 mornings
setup-template-blank = Blank: no slots or breaks
setup-template-keep = Keep the current hours, slots and breaks
# The letters of a date field's placeholder (dd/mm/yyyy), in the order the language writes dates.
date-pattern-day = dd
date-pattern-month = mm
date-pattern-year = yyyy
setup-apply = Apply
setup-create = Create meeting

## Meeting panel

meeting-heading = Meeting
meeting-title = Title
meeting-day-starts = Day starts
meeting-day-ends = Day ends
meeting-day-working = Working day
meeting-remove-day = Remove { $date }
meeting-kind-of = Kind of { $date }
meeting-start-of = Start of { $date }
meeting-end-of = End of { $date }
meeting-new-day = New day
meeting-add-day = Add day
meeting-slots = Slots
meeting-slot-name = Slot name
meeting-slot-start = Slot start
meeting-slot-end = Slot end
meeting-remove-slot = Remove slot
meeting-slot-start-on = Slot start on { $date }
meeting-slot-end-on = Slot end on { $date }
meeting-usual-times-on = Usual times on { $date }
meeting-other-times-label = Other times on a day
meeting-other-times = Other times on…
meeting-add-slot = Add slot
meeting-breaks = Breaks
meeting-break-coffee = Coffee
meeting-break-meal = Meal
meeting-break-other = Other
meeting-break-name = Break name
meeting-break-kind = Break kind
meeting-remove-break = Remove break
meeting-break-start = Break start
meeting-break-end = Break end
meeting-break-day = Break day
meeting-every-working-day = Every working day
meeting-add-break = Add break
meeting-room-name = Room name
meeting-seats = Seats
meeting-booths = Booths
meeting-booths-title = Interpretation booths
meeting-remove-room = Remove room { $name }
meeting-add-room = Add room
meeting-persons = Persons
meeting-person-name = Name
meeting-role = Role
meeting-remove-person = Remove { $name }
meeting-add-person = Add person
meeting-constraints = Constraints
meeting-remove-constraint = Remove constraint
meeting-why = Why
meeting-why-placeholder = Why (note)
meeting-first-session = First session
meeting-second-session = Second session
meeting-session-option = Session…
meeting-rule = Rule
meeting-rule-before = before
meeting-rule-in-sequence = then, in sequence,
meeting-rule-no-overlap = must not overlap
meeting-rule-fixed-time = is fixed in time
meeting-rule-text-before = { $earlier } before { $later }
meeting-rule-text-in-sequence = In sequence: { $sessions }
meeting-rule-text-no-overlap = Not overlapping: { $sessions }
meeting-rule-text-fixed-time = { $session } fixed at { $at }
meeting-place-first = Place the session first: its place is fixed
meeting-add-constraint = Add constraint
meeting-severities = Severities
meeting-severity-default = Default
severity-error = error
severity-warning = warning
severity-info = info

## Properties of a session

props-label = Properties
props-of = Properties of
props-session = Session
props-many-selected = { $n } sessions selected: drag one of them or use the arrow keys to move them together.
props-none-selected = Select a session to edit it. To create one, double-click the grid where it goes, drag there, or press N.
props-kind = Kind
props-timing = Timing
props-timing-span = From a start to an end
props-timing-point = A point in time (start only)
props-timing-open-ended = Open-ended (a start, no set end)
props-when = When
props-start = Start
props-end = End
props-unschedule = Unschedule
props-unscheduled = Unscheduled: drag it from the palette onto a day.
props-room = Room
props-exclusive = Exclusive
props-pinned = Pinned
props-pinned-title = Arranging never moves a pinned session
props-preferred-room = Preferred room
props-preferred-room-title = The room arranging tries first
props-none = None
props-no-bodies = No bodies yet (Meeting tab).
props-no-persons = No persons yet (Meeting tab).
choice-find = Find among { $n }…
choice-none-yet = None chosen: type a name above to find one.
choice-no-match = Nothing matches.
choice-more =
    { $n ->
        [one] One more matches: type more of the name.
       *[other] { $n } more match: type more of the name.
    }
props-annex-cell = In a cell
props-annex-note-only = In a note
props-annex-both = In a cell and a note
props-annex-hidden = Not in the annex
props-annex-label = Annex label
props-annex-label-placeholder = The title
props-annex-note = Annex note
props-annex-note-placeholder = The title, with its times
props-duplicate = Duplicate
props-delete = Delete

## Revisions

revisions-copied = Copied.
revisions-no-clipboard = The clipboard is not available here: select the text and press Ctrl+C.
revisions-close = Close the revisions
revisions-empty = No revision published yet. Publish one to compare later versions with it.
revisions-list = Published revisions, newest first
revisions-publish-heading = Publish a revision
revisions-label = Label
revisions-date = Date
revisions-comment = Comment (optional)
revisions-comment-placeholder = What this revision is for
revisions-publish = Publish { $label }
revisions-revision = revision
revisions-compare = Compare
revisions-from = From
revisions-to = To
revisions-current = Current state
revisions-overlay = Show changes since { $since } in the grid
revisions-a-revision = a revision
revisions-changes = Changes from { $from } to { $to }
revisions-the-current = the current state
revisions-no-changes = No changes.
revisions-show = Show it in the grid
revisions-summary = Summary for the e-mail
revisions-form = Form
revisions-plain = Plain text
revisions-copy = Copy

## Export

export-format = Format
format-name = { $name ->
    [annex-docx] Word document
    [annex-pdf] PDF
    [annex-html] Web page
    [annex-md] Markdown
    [annex-txt] Plain text
    [frab-xml] frab schedule.xml
    [frab-json] frab schedule.json
    [ics] iCalendar
    [csv] CSV (one row per session)
    [xlsx] Excel workbook
   *[other] { $label }
}
export-other-tools = For other tools
export-version = Version
export-mark-changes = Mark changes since
export-no-marks = No marks
export-missing = { $n ->
    [one] One text has no { $lang } version, shown in another language: { $which }.
   *[other] { $more ->
        [0] { $n } texts have no { $lang } version, shown in another language: { $which }.
       *[other] { $n } texts have no { $lang } version, shown in another language: { $which }, and { $more } more.
    }
}
export-missing-meeting-title = the meeting's title
export-missing-session-title = session “{ $owner }” (title)
export-missing-annex-label = session “{ $owner }” (annex label)
export-missing-annex-note = session “{ $owner }” (annex note)
export-missing-body-name = body “{ $owner }” (full name)
export-missing-slot-name = slot “{ $owner }” (name)
export-missing-break-name = break “{ $owner }” (name)
export-missing-notes-heading = the heading of the notes
export-missing-free-note = free note “{ $owner }” (text)
export-fill = Fill them in…
export-not-meeting-lang = { $lang } is not one of the meeting's languages (Meeting › Set up).
export-hint-annex = The annex as it will be written, in this layout and language:
export-hint-other = { $format } holds every session with its times, room and bodies; the annex below is for reference.
export-preview-failed = The preview failed: { $error }
export-preview = Annex preview
export-rendering = Rendering the preview…
export-notes-frozen = The notes of { $revision } are as published; choose the current state to edit notes.
export-notes-failed = The notes could not be listed: { $error }
export-no-notes = This annex has no notes.
export-note-text = Text of note { $n }
export-note-up = Move note { $n } up
export-note-down = Move note { $n } down
export-note-derived = Derived text: { $text }
export-note-reset = Reset to derived
export-saved = Saved { $path }.
export-saving = Saving…
# $name: the format's name on the wire; a language may word some formats apart mid-sentence.
export-save = { $name ->
   *[other] Save { $format }…
}

## Translations of the meeting's texts

translations-meeting-title = Meeting title
translations-session-title = Session title
translations-body-name = Body name
translations-notes-heading = Notes heading
translations-free-note = Free note
translations-missing-only = Only rows with a missing text
translations-missing-in = Missing in
translations-in-any = in any language
translations-in = in { $lang }
translations-count = { $n ->
    [0] { $lang }: complete
   *[other] { $lang }: { $n } missing
}
translations-failure = The texts could not be listed: { $failure }
translations-listing = Listing the texts…
translations-none-missing = No text is missing.
translations-none-missing-in = No text is missing in { $lang }.
translations-no-texts = The document has no texts yet.
translations-show-every = Show every text
translations-text = Text
translations-cell = { $what } in { $lang }
translations-cell-of = { $what } of { $owner } in { $lang }
translations-missing = Missing
translations-copy-into = Copy into { $lang } from
translations-copy-from = Copy from…

## The window

app-timetable = Timetable
app-filter-empty = No session matches the filter, so the grid is empty.
app-clear-filter = Clear the filter
app-side-panel = Conflicts and palette
app-loading = Loading timetable…
app-none-open = No timetable is open.
app-this-timetable = This timetable


## Best places for a session (properties panel)
places-best = Best places
places-fit-clean = no conflict
places-fit-info = notes only
places-fit-warning = warnings
places-fit-error = errors
places-title = Place it here ({ $fit })
places-title-kinds = Place it here ({ $fit }: { $kinds })

## Printing (File > Print)
print-untitled = Untitled meeting
print-printed = Printed { $date }

## Arranging: allowed windows and weights
windows-legend = Allowed windows
windows-legend-title = Where arranging may place this session; none: anywhere within the day's hours
windows-none = Anywhere within the day's hours.
windows-every-day = Every day
windows-remove = Remove
windows-remove-title = Remove this window
windows-day = Day of the new window
windows-start = Start of the new window
windows-end = End of the new window
windows-add = Add window
weight-default = Default
weight-hard = Hard
weight-soft = Soft
weight-aria = { $label }: weight when arranging
weight-soft-aria = { $label }: soft weight
weight-title = The cost of each such conflict when arranging
weight-invalid = “{ $typed }” is not a weight: type a whole number, 0 or more
pref-working-party-days = A Question away from its Working Party's days
pref-split-across-lunch = A body's sessions split across lunch

## Publishing the website (File > Publish Website…)
publish-pick-title = Publish website into
publish-title = Publish website
publish-into = Into
publish-choose = Choose another folder…
publish-planning = Working out what will be written…
publish-files = { $count ->
    [one] { $count } file
   *[other] { $count } files
}
publish-what-revision = The website of revision { $revision }, the latest published: { $extent }.
publish-what-draft = No revision is published yet: the website shows the timetable as it is now, marked as a draft: { $extent }.
publish-new-folder = A new folder: every file is new.
publish-nothing-changes = The folder holds this website already: nothing will change.
publish-summary = { $added } new, { $changed } changed, { $removed } removed; { $unchanged } stay as they are.
publish-warnings = The annex does not say everything the timetable does ({ $count ->
    [one] { $count } point
   *[other] { $count } points
})
publish-added = New ({ $count })
publish-changed = Changed ({ $count })
publish-removed = Removed ({ $count })
publish-more = and { $count } more
publish-busy = Publishing…
publish-done = Published { $files } into { $dir }.
publish-open = Open in Browser
publish-close = Close
publish-cancel = Cancel
publish-run = Publish
revisions-offer-site = { $label } is published. Publish the website too, so delegates see it?
revisions-publish-site = Publish Website…
revisions-offer-later = Not now

## The native menus (File, Edit, View, Window, Help). An id ending in -mac is the text on macOS
## where it differs (its Edit menu also has the text fields' own Copy and Paste).

menu-plenary = Plenary
menu-file = File
menu-edit = Edit
menu-view = View
menu-window = Window
menu-help = Help
menu-file-new = New
menu-file-open = Open…
menu-file-recent = Open Recent
menu-file-recent-none = No Recent Files
menu-file-clear-recent = Clear Recent
menu-file-save = Save
menu-file-save-as = Save As…
menu-file-import = Import…
menu-file-export = Export…
menu-file-publish = Publish Website…
menu-file-print = Print…
menu-file-close = Close
menu-file-quit = Quit
menu-edit-undo = Undo
menu-edit-redo = Redo
menu-edit-new-session = New Session
menu-edit-copy = Copy
menu-edit-copy-mac = Copy Sessions
menu-edit-paste = Paste (Duplicate)
menu-edit-paste-mac = Paste Sessions (Duplicate)
menu-edit-delete = Delete
menu-edit-delete-mac = Delete Sessions
menu-edit-select-all = Select All
menu-edit-select-all-mac = Select All Sessions
menu-edit-properties = Edit Properties
menu-arrange = Arrange
menu-arrange-unscheduled = Arrange Unscheduled Sessions…
menu-arrange-all = Arrange All Sessions…
menu-arrange-selection = Arrange Selected Sessions…
menu-arrange-day = Arrange One Day…
menu-view-days = Days
menu-view-rooms = Rooms
menu-view-bodies = Bodies
menu-view-annex = Annex
menu-view-translations = Translations
menu-view-orientation = Days as Rows
menu-view-condensed = Condensed
menu-view-snap-5 = Snap to 5 Minutes
menu-view-snap-15 = Snap to 15 Minutes
menu-view-snap-30 = Snap to 30 Minutes
menu-view-revisions = Revisions
menu-view-theme-system = Appearance: As the System
menu-view-theme-light = Appearance: Light
menu-view-theme-dark = Appearance: Dark
menu-window-zoom = Zoom
menu-help-guide = User Guide
menu-help-guide-mac = Plenary User Guide
menu-help-about = About Plenary

## The Arrange dialog and its preview on the grid
arrange-title = Arrange sessions
arrange-which = Which sessions
arrange-scope-unscheduled = The unscheduled ones ({ $n }): the others stay where they are
arrange-scope-all = All sessions but the pinned ones
arrange-scope-selection = The selected ones ({ $n })
arrange-scope-day = The sessions of one day, within it:
arrange-day-label = The day to arrange
arrange-limit-before = Stop after
arrange-limit-after = seconds at most (empty: until nothing improves)
arrange-limit-label = Time limit in seconds (empty: until the search settles)
arrange-from-scratch = From scratch (otherwise move as few placed sessions as possible)
arrange-run = Arrange
arrange-stop = Stop
arrange-running = Arranging…
arrange-stopping = Stopping: keeping the best so far…
arrange-elapsed = Elapsed
arrange-seconds = { $s } s
arrange-best = Best score so far
arrange-hard-now = Conflicts that must not remain
arrange-unplaced-now = Left unscheduled
arrange-n-of = { $n } of { $total }
arrange-tried = Moves tried
arrange-stopped = Stopped early: this is the best found so far.
arrange-placed-of = Placed { $n } of { $total }.
arrange-would-move = { $n ->
    [one] { $n } session would move.
   *[other] { $n } sessions would move.
}
arrange-moves-nothing = Nothing would move.
arrange-no-hard-left = No conflict that must not remain would be left.
arrange-hard-would-remain = { $n ->
    [one] { $n } conflict that must not remain would be left.
   *[other] { $n } conflicts that must not remain would be left.
}
arrange-out-of-reach = { $n ->
    [one] This one involves only pinned sessions or sessions outside the scope, which arranging does not move:
   *[other] { $n } of them involve only pinned sessions or sessions outside the scope, which arranging does not move:
}
arrange-until-apply = The grid shows the arrangement; nothing changes until you apply, and undo then takes it all back in one step.
arrange-legend = What the grid shows
arrange-legend-moved = { $n ->
    [one] { $n } session at its new place
   *[other] { $n } sessions at their new places
}
arrange-legend-placed = { $n ->
    [one] { $n } unscheduled session placed
   *[other] { $n } unscheduled sessions placed
}
arrange-legend-away = Where it is now
arrange-legend-out = { $n ->
    [one] { $n } session left unscheduled (where it is now)
   *[other] { $n } sessions left unscheduled (where they are now)
}
arrange-list = The moves, one by one
arrange-col-session = Session
arrange-col-from = From
arrange-col-to = To
arrange-show = Show it on the grid
arrange-nowhere = unscheduled
arrange-left = Left out or still in conflict:
arrange-discard = Discard
arrange-apply = { $n ->
    [one] Apply: arrange { $n } session
   *[other] Apply: arrange { $n } sessions
}
arrange-nothing-to-apply = Nothing to apply
arrange-moved-here = would move here from { $from }
arrange-placed-here = would be placed here (unscheduled now)
arrange-ghost-away = Moves away: { $title }
arrange-ghost-away-title = { $title } ({ $times }) would move from here
arrange-ghost-out = Left out: { $title }
arrange-ghost-out-title = { $title } ({ $times }) would be left unscheduled

## The desktop app's own errors (a file that cannot be read or written, a document someone
## else has open): what the error banner says, in place of the app's English.

app-not-picked = { $path }: Plenary only opens and saves files chosen in its file dialogs
app-in-file = { $path }: { $reason }
app-not-importable = { $path }: not a file Plenary imports (frab schedule XML or JSON, iCalendar, xCal, CSV, Excel workbook); open Plenary documents with File > Open
app-import-failed = { $path } (as { $format }): { $reason }
app-locked = { $file } is open by { $user } on { $host } since { $since }.
app-read-only = { $file } is open read-only, because someone else had it open: save your changes to another file with Save As.
app-save-failed = Could not save { $path }: { $reason }. The timetable is still open with its unsaved changes; fix that and save again, or choose another place with Save As.
app-save-no-folder = the folder { $folder } no longer exists
app-save-not-allowed = Plenary may not write there ({ $error })
app-save-disk-full = the disk is full ({ $error })
app-untitled = this document has no file yet: choose where to save it
app-file-error = { $path }: { $error }
app-publish-nothing-yet = { $folder }: nothing is published there yet
app-publish-browser = cannot open { $path } in a browser: { $error }
app-publish-no-folder = choose the folder to publish into first
app-no-journal = there is no autosave journal (the app has no data folder)
app-discard-failed = cannot discard the journal entry in { $folder }: { $error }
app-changed-on-disk = { $file } changed on disk since you opened it.
app-arrange-thread-failed = the arranging thread failed: { $error }
app-arrange-nothing-to-apply = there is no arrangement to apply; arrange first
app-internal-error = Plenary hit an internal error ({ $error }). The timetable is still open; unsaved changes are kept in the autosave journal. Please report this.
app-journal-unreadable = the unsaved timetable cannot be recovered: { $error }
app-not-a-journal-entry = '{ $id }' is not a journal entry
app-new-window-failed = a new window could not be opened: { $error }
app-no-browser = no browser can be opened from here
app-not-a-recent-file = { $path } is not a recent file

## Window titles ("Untitled — Plenary"): the name of a document without a file, of the
## bundled example, and the mark of a document open read-only.

window-title-untitled = Untitled
window-title-example = Example
window-title-read-only = (read-only)
