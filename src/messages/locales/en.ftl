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
