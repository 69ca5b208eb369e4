# Les messages du cœur de Plenary en français (conflits, refus, rapports d'import).
# L'anglais (en.ftl) est la référence : mêmes identifiants, mêmes variables.

## Listes

list-separator = {", "}
clause-separator = {", et "}

## Conflits

conflict-quoted = « { $title } »
conflict-break-inside = « { $session } » ({ $when }) commence ou finit pendant la pause « { $break } » ({ $start }–{ $end })
conflict-break-over = « { $session } » ({ $when }) déborde sur la pause « { $break } » ({ $start }–{ $end })
conflict-outside-day-hours = « { $session } » ({ $when }) est en dehors des heures du { $date } ({ $start }–{ $end })
conflict-non-working-day = « { $session } » ({ $when }) a lieu le { $day }, { $dayKind ->
    [weekend] un jour de week-end
    [holiday] un jour férié
   *[working] un jour ouvrable
}
conflict-outside-meeting-dates = « { $session } » ({ $when }) a lieu le { $day }, qui n’est pas un jour de la réunion
conflict-capacity-exceeded = « { $session } » attend { $attendance } participants mais la salle { $room } n’a que { $capacity } places
conflict-interpretation-unavailable = « { $session } » demande l’interprétation ({ $languages }) mais la salle { $room } n’a pas de cabines d’interprétation
conflict-room-clash = « { $a } » et « { $b } » occupent toutes deux la salle { $room } le { $when }
conflict-person-clash = { $persons } { $count ->
    [one] participe
   *[other] participent
} à la fois à « { $a } » et à « { $b } » le { $when }
conflict-body-clash = « { $a } » et « { $b } » se chevauchent le { $when }, alors que { $reasons }
conflict-reason-same-body = les deux sont des réunions de { $body }
conflict-reason-contains = { $outer } comprend { $inner }
conflict-exclusive-both = « { $a } » et « { $b } » sont toutes deux exclusives mais se chevauchent le { $when }
conflict-exclusive-beside = « { $session } » a lieu en même temps que la séance exclusive « { $exclusive } » le { $when }
conflict-order = « { $earlier } » doit finir avant le début de « { $later } », mais finit le { $end } et « { $later } » commence le { $start }
conflict-no-overlap = « { $a } » et « { $b } » ne doivent pas se chevaucher, mais ont lieu toutes deux le { $when }
conflict-fixed-time = « { $session } » est fixée au { $fixed } mais placée au { $placed }
conflict-interpreters-overbooked = jusqu’à { $peak } séances interprétées ont lieu en même temps le { $when }, mais { $teams ->
    [0] il n’y a aucune équipe d’interprètes
    [one] il n’y a qu’une équipe d’interprètes
   *[other] il n’y a que { $teams } équipes d’interprètes
} : { $sessions }
conflict-at-some-time = à un moment donné

## Le rapport des conflits de la ligne de commande (`plenary check`)

check-no-conflicts = Aucun conflit.
check-acknowledged = accepté : { $reason }
check-summary = erreurs : { $errors }, avertissements : { $warnings }, remarques : { $infos }, acceptés : { $acknowledged }
