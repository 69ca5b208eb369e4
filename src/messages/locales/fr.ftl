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

## Refus : pourquoi une commande n’a rien changé. L’application met le nom de la commande devant.

edit-refused = { $label } : { $reason }
edit-broken = { $label } : la modification rendrait l’horaire invalide : { $problems }
refusal-not-found = il n’y a pas de { $what } « { $id } »
refusal-duplicate = l’identifiant « { $id } » est déjà pris ({ $what })
refusal-not-scheduled = la séance « { $session } » n’est pas placée ; placez-la avant de la déplacer ou de changer sa durée
refusal-end-not-after-start = la fin ({ $end }) doit être après le début ({ $start }) ; les heures sont inchangées
refusal-no-length = la séance « { $session } » est un instant ou n’a pas de fin fixée, et n’a donc pas de fin à régler ; faites-en d’abord une plage horaire
refusal-out-of-range = { $what } « { $id } » : { $start } plus { $minutes } minutes sort des dates possibles
refusal-date-out-of-range = { $date } décalé de { $days } jours sort des dates possibles
refusal-body-has-children = l’organe « { $body } » a encore « { $child } » sous lui ; supprimez-le ou déplacez-le d’abord
refusal-body-under-itself = impossible de placer { $body } sous lui-même
refusal-body-cycle = impossible de placer { $body } sous { $parent } : { $parent } est l’un des organes qui dépendent de { $body }
refusal-series-parent-unknown = il n’y a pas d’organe { $name } sous lequel placer la série ; ajoutez-le d’abord ou vérifiez son nom court
refusal-series-taken = l’organe { $short } existe déjà ; la série l’ajouterait deux fois
refusal-no-reason = conflit « { $key } » : accepter un conflit demande une raison (pourquoi il est acceptable)
refusal-swap-with-itself = impossible d’échanger le { $date } avec lui-même
refusal-blank-revision-label = une révision a besoin d’un libellé (par ex. Rev.1)
refusal-revision-label-taken = une révision « { $label } » existe déjà ; choisissez un autre libellé
refusal-no-days = la réunion n’a aucun jour à déplacer
refusal-weekday-changed = le { $start } est un { $weekday }, mais la réunion commence un { $firstWeekday } ; choisissez un { $firstWeekday } pour que chaque jour garde son jour de la semaine
refusal-pointless-rule = contrainte « { $constraint } » : { $fault }
refusal-no-sessions = aucune séance indiquée
refusal-stale-arrangement = le document a changé depuis cet arrangement ; relancez l’arrangement
refusal-hard-preference = une préférence ({ $preference }) prend un poids souple (un nombre entier), pas « hard »
refusal-as-said = { $text }

## Ce que nomme un refus ($what ci-dessus)

item-session = séance
item-room = salle
item-body = organe
item-person = personne
item-slot = créneau
item-break = pause
item-constraint = contrainte
item-day = jour
item-annex-note = note d’annexe
item-free-note = note libre
item-acknowledged-conflict = conflit accepté

## Les phrases de la ligne de commande

cli-command-refused = { $file } : commande { $number } ({ $label }) refusée : { $reason } ; rien n’a été écrit
