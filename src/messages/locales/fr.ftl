# Les messages du cœur de Plenary en français (conflits, refus, rapports d'import).
# L'anglais (en.ftl) est la référence : mêmes identifiants, mêmes variables.

## Listes

list-separator = {", "}
clause-separator = {", et "}
as-said = { $text }

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
cli-cannot-arrange = { $file } : impossible de disposer : { $reason }
cli-arrange-placed = { $placed } séance(s) placée(s) sur { $inScope } dans le périmètre ({ $moved } déplacée(s)), { $unplaced } laissée(s) hors programme.
cli-arrange-conflicts-left = Conflits stricts restants : { $hard } ; conflits souples : { $soft }.
cli-arrange-score = Score { $score } (départ glouton { $greedy }), { $evaluated } mouvements évalués en { $seconds } s{ $stopped ->
    [yes] {" "}(limite de temps atteinte).
   *[no] .
}
cli-arrange-out-of-reach = { $count } conflit(s) strict(s) ne concernent que des séances épinglées ou hors du périmètre, que la disposition ne déplace pas :
cli-arrange-blocked-by = bloquée par : { $rules }
cli-arrange-would-fit = possible : { $relaxation }

## Rapports d’import : où dans le fichier, ce que l’import a fait

import-at-file = (fichier)
import-at-line = ligne { $line }
import-at-line-column = ligne { $line }, colonne { $column }
import-at-sheet = feuille « { $sheet } »
import-at-sheet-row = feuille « { $sheet } », ligne { $row }
import-at-sheet-column = feuille « { $sheet } », colonne { $column }
import-at-sheet-row-column = feuille « { $sheet } », ligne { $row }, colonne { $column }
import-skipped = ignoré
import-guessed = deviné
import-repaired = réparé

## Rapports d’import : ce que l’import a ignoré, deviné ou réparé

import-title-above-header = la { $source ->
    [excel] rangée
   *[csv] ligne
} au-dessus de l’en-tête est le titre de la réunion : « { $title } »
import-times-in-utc = les heures { $format } n’indiquent pas de fuseau : le fuseau de la réunion est UTC (indiquez le vrai fuseau avec --time-zone)
import-unknown-columns = colonne(s) inconnue(s) ignorée(s) : { $columns }
import-empty-row = ligne vide
import-unknown-kind = le type « { $kind } » n’est pas un type de Plenary ; pris comme « other »
import-unknown-annex = l’annexe « { $annex } » n’est ni cell, ni note, ni both, ni hidden ; prise comme cell
import-duplicate-session-id = identifiant en double : la séance « { $id } » existe déjà, celle-ci devient « { $fresh } »
import-untitled-session = la séance « { $id } » n’a pas de titre ; intitulée « (untitled) »
import-break-past-midnight = la pause « { $break } » dépasse minuit ; les pauses de Plenary tiennent dans une journée
import-break-not-meeting-day = la pause « { $break } » le { $date }, qui n’est pas un jour de la réunion
import-title-from-file-name = le fichier ne donne pas de titre de réunion ; c’est « { $title } », d’après le nom du fichier
import-taken-as-body = « { $name } » est pris comme { $kind ->
    [study-group] une commission d’études
    [working-party] un groupe de travail
    [question] une Question
    [management] une équipe de direction
    [track] un thème
   *[group] un groupe
} (ses séances ne peuvent pas avoir lieu en parallèle), pas comme un thème

## Avertissements de l’annexe : ce que l’annexe ne dit pas, ou dit dans une autre langue

annex-quoted = « { $title } »
annex-slot = { $slot } { $start }-{ $end }
annex-slots = { $first } à { $last } { $start }-{ $end }
annex-times-differ = { $count ->
    [one] séance
   *[other] séances
} { $sessions } : le { $date } { $start }-{ $end } diffère de { $slot } et aucune note ne donne ses heures (l’annexe « cell » n’a pas de note ; choisissez « both » pour en ajouter une)
annex-text-fallback = séance « { $session } » : { $what ->
    [note] pas de texte de note
   *[label] pas de libellé ni de titre
} en { $lang } ; le texte en { $used } est utilisé, marqué [{ $used }]
annex-no-body = séance « { $session } » : sans organe, la présentation par organes la montre { $noted ->
    [yes] seulement dans sa note
   *[no] nulle part
}
annex-outside-days = séance « { $session } » : le { $date }, hors des jours de la réunion, elle n’a pas de ligne ; elle figure dans une note
annex-override-matches-no-note = la note d’annexe modifiée « { $key } » ne correspond à aucune note de la présentation { $layout } ; ignorée
annex-free-note-empty = la note libre « { $key } » n’a de texte dans aucune langue ; laissée de côté
annex-free-note-fallback = note libre « { $key } » : pas de texte en { $lang } ; le texte en { $used } est utilisé, marqué [{ $used }]
annex-mark-matches-no-note = la séance « { $session } » est marquée de la note « { $key } », qui n’est pas une note de la présentation { $layout } ; pas de renvoi
annex-empty = le tableau de l’annexe est vide : { $reason }
annex-empty-unscheduled = aucune séance n’est encore placée
annex-empty-no-slots = la présentation { $layout } montre les séances par créneau (matin, après-midi) et la réunion n’en a aucun : ajoutez des créneaux dans le panneau Réunion, ou exportez la présentation par organes
annex-empty-no-bodies = la présentation par organes a une ligne par organe et aucune séance placée ne nomme d’organe : donnez leurs organes aux séances, ou exportez la présentation par jours
annex-empty-no-working-day = aucune séance placée ne tombe un jour ouvrable de la réunion dans ses créneaux (la présentation agenda liste chaque séance à son heure)
export-no-fonts = aucune police trouvée ; le PDF n’aura pas de texte (installez fonts-noto-core et fonts-noto-cjk, ou passez --fonts DOSSIER)
publish-annex-warning = annexe ({ $lang }) : { $warning }
export-pdf-warning = PDF : { $warning }

## Documents qui ne s’ouvrent pas

load-syntax = ligne { $line }, colonne { $column } : JSON non valide : { $reason }
load-not-a-document = ce n’est pas un document Plenary : { $reason }
load-too-new = ce document a la version de format { $found }, mais ce Plenary lit les versions jusqu’à { $supported } ; ouvrez-le avec un Plenary plus récent
load-shape = { $path } (ligne { $line }, colonne { $column }) : { $reason }
load-invalid = { $count } problème(s) : { $problems }
cli-invalid-document = { $file } : { $count } problème(s) :

## Rapports d’import des fichiers iCalendar (et événements de tout format)

import-ical-floating-time = heure flottante (ni TZID ni Z) : prise comme heure locale de { $zone } (première occurrence ici)
import-event-cancelled = l’événement « { $event } » est annulé
import-ical-no-dtstart = l’événement « { $event } » n’a pas de DTSTART
import-ical-bad-dtstart = DTSTART « { $value } » n’est ni une date ni une date et heure
import-ical-bad-dtend = DTEND « { $value } » n’est ni une date ni une date et heure ; ignoré
import-ical-bad-duration = DURATION « { $value } » n’est pas une durée RFC 5545
import-event-point-in-time = l’événement « { $event } » n’a pas de durée ; importé comme un instant à { $start }
import-event-no-end = l’événement « { $event } » ne finit pas après son début ; il dure { $minutes } min
import-event-all-day = l’événement « { $event } » dure toute la journée ; il va de minuit à minuit
import-ical-not-expanded = { $property } non développé : seule la première occurrence est importée

## Rapports d’import : fuseaux horaires, événements, classeurs

import-zone-unknown = time_zone_name « { $zone } » n’est pas un nom de fuseau IANA
import-zone-from-city = le fichier ne nomme pas de fuseau horaire ; sa ville « { $city } » donne le fuseau { $zone } (indiquez-en un autre avec --time-zone)
import-city-without-zone = la ville « { $city } » ne nomme aucun fuseau (aucun fuseau IANA ne porte son nom)
import-zone-from-offset = le fichier ne nomme pas de fuseau horaire ; ses heures portent le décalage { $offset }, le fuseau de la réunion est donc le fuseau à décalage fixe { $zone } (indiquez le vrai fuseau avec --time-zone)
import-zone-utc = le fichier ne nomme pas de fuseau horaire et ne donne pas de décalage : ses heures sont prises comme heures UTC (indiquez le vrai fuseau avec --time-zone)
import-event-beyond-calendar = l’événement « { $event } » finit au-delà du calendrier
import-other-sheets-ignored = les séances sont lues dans cette feuille ; autre(s) feuille(s) ignorée(s) : { $sheets }

## The arranger: why a session was left out, what blocks it, what would let it fit.

arrange-name = { $name }
arrange-no-place = { $session } n’a aucune place possible : ses plages autorisées, sa durée et les règles de chaque jour et de chaque salle (strictes selon les poids de disposition) excluent tous les jours
arrange-fits-but-breaks = { $session } tient dans { $free } de ses { $places } places quant aux salles, personnes et organes, mais chacune enfreint une contrainte d’ordre ou une autre règle stricte, ou la recherche s’est arrêtée avant
arrange-no-free-place = { $session } n’a aucune place libre : les { $places } places se chevauchent ({ $blockers })
arrange-blocks = { $n } { $what }
arrange-left-in-conflict = { $session } reste en conflit : { $conflicts }
arrange-one-after-another = { $first } ; { $rest }
arrange-room-taken = salle { $room } occupée
arrange-person-busy = { $person } occupé(e)
arrange-body-meeting = réunion de { $body }
arrange-body-above-meeting = réunion de { $body } (ou d’un organe au-dessus)
arrange-beside-exclusive = séance à côté d’une séance exclusive
arrange-exclusive-meeting = séance exclusive
arrange-rule-places = { $what } ({ $n } { $n ->
    [one] place
   *[other] places
})
arrange-relaxation = sans « { $what } », elle tiendrait dans { $n } { $n ->
    [one] place
   *[other] places
} (la première : { $first })
arrange-place = { $when }
arrange-place-in = { $when } en salle { $room }

## The arranger's refusals

arrange-not-a-working-day = rien ne peut être disposé : le { $date } n’est pas un jour ouvré de la réunion
arrange-no-working-days = rien ne peut être disposé : la réunion n’a aucun jour ouvré
arrange-too-few-room-hours = les séances demandent { $needed } heures-salle, mais les salles en offrent { $available } ({ $rooms } salles sur { $days } jours ouvrés) : ajoutez des salles ou des jours, ou laissez des séances de côté
arrange-order-cycle = les contraintes d’ordre tournent en rond : { $cycle } ; aucun ordre ne peut les satisfaire
arrange-before = { $earlier } avant { $later }
arrange-pinned-clash = des séances épinglées sont en conflit, et la disposition ne les déplace jamais : { $conflict }
revision-unknown-none = il n’y a pas de révision « { $label } » : aucune n’a encore été publiée
revision-unknown = il n’y a pas de révision « { $label } » (publiées : { $known })

## Import reports: slots, frab and JSON notes, CSV encodings

import-slot = { $name } { $start }-{ $end }
import-slots-one = le fichier n’a pas de créneaux : { $first }, { $how }
import-slots-two = le fichier n’a pas de créneaux : { $first } et { $second }, { $how }
import-slots-from-meal-break = d’après la pause repas
import-slots-from-lunch-gap = d’après la pause sans séance vers midi
import-slots-whole-day = un seul créneau pour toute la journée : pas de pause repas, et des séances se tiennent à midi
import-frab-bad-day-change = day_change « { $value } » n’est pas une heure HH:MM[:SS]
import-frab-no-conference = pas d’élément <conference> : la réunion n’a pas de titre
import-frab-day-without-date = <day> n’a pas d’attribut date valide (« { $value } ») ; ses événements doivent avoir leur propre <date>
import-frab-no-days = pas de « days » : le programme n’a aucun événement
import-frab-days-not-array = « days » est { $kind }, pas un tableau
import-frab-json-day-without-date = le jour n’a pas de date valide ; ses événements doivent avoir leur propre « date »
import-frab-room-events-not-array = les événements de la salle sont { $kind }, pas un tableau
import-frab-event-not-object = l’événement est { $kind }, pas un objet
json-null = null
json-boolean = un booléen
json-number = un nombre
json-string = une chaîne
json-array = un tableau
json-object = un objet
import-csv-utf16-by-mark = lu comme { $encoding } (sa marque d’ordre des octets l’indique)
import-csv-utf16-by-zeros = lu comme { $encoding } (pas de marque d’ordre des octets ; un octet sur deux de son texte est nul)
import-csv-windows-1252 = pas en UTF-8 (l’octet { $byte } de la ligne { $line } ne l’est pas) ; lu comme Windows-1252 (Europe occidentale, y compris Latin-1) : vérifiez les lettres accentuées
import-utf16-big-endian = UTF-16 (gros-boutiste)
import-utf16-little-endian = UTF-16 (petit-boutiste)
import-at-path = { $path }

## Refusals of a series of bodies and of the meeting's set-up

series-empty = saisissez une série, par exemple Q1/2-Q4/2 under WP1/2
series-unreadable = « { $text } » n’est pas une série d’organes ; écrivez-la Q1/2-Q4/2 (Questions 1/2 à 4/2), WP1/2-WP3/2 ou SG2, éventuellement suivie de « under WP1/2 »
series-no-parent-named = « { $text } » : indiquez sous quel organe va la série, par exemple « under WP1/2 »
series-backwards = la série va de { $first } à { $last } en descendant ; écrivez le plus petit numéro en premier
series-groups-differ = la série mélange /{ $a } et /{ $b } ; les deux bouts doivent être de la même Commission d’études
series-kinds-differ = « { $text } » mélange Questions et Groupes de travail ; une série est d’un seul type
series-too-long = une série de { $count } organes est trop longue ({ $max } au plus à la fois)
setup-no-language = choisissez au moins une langue de la réunion
setup-no-title = donnez un titre à la réunion
setup-unknown-place = il n’y a pas de ville ni de fuseau horaire « { $place } » ; choisissez une ville de la liste (par ex. Genève) ou saisissez un fuseau IANA (par ex. Europe/Zurich)
setup-last-before-first = le dernier jour ({ $last }) précède le premier ({ $first })
setup-too-long = du { $first } au { $last }, cela fait { $days } jours ; une réunion mise en place d’un coup dure au plus { $max } jours
setup-sessions-outside = { $count } séance(s) sont placées hors de la période du { $first } au { $last } (la première le { $date }) ; déplacez-les ou retirez-les du programme avant de changer les dates

## Import reports of iCalendar files: the file's lines and time zones

import-ical-not-a-content-line = pas une ligne de contenu (pas de « : ») : « { $line } »
import-ical-end-closes-unclosed = END:{ $component } ferme { $unclosed }, resté(s) ouvert(s)
import-ical-end-without-begin = END:{ $component } sans BEGIN:{ $component }
import-ical-ends-inside-vevent = le fichier s’arrête dans ce VEVENT ; ce qu’il contient est gardé
import-ical-windows-zone = le TZID « { $tzid } » est un nom de fuseau Windows ; pris comme le fuseau IANA { $zone } (correspondance Windows-IANA du CLDR), avec ses règles d’heure d’été
import-ical-vtimezone-offset = le TZID « { $tzid } » n’est pas un fuseau IANA ; le décalage standard de son VTIMEZONE donne le fuseau à décalage fixe { $zone } (règles d’heure d’été ignorées)
import-ical-unknown-tzid = le TZID « { $tzid } » n’est ni un fuseau IANA ni défini par un VTIMEZONE utilisable ; ses heures sont prises comme flottantes
import-ical-no-zone = le calendrier ne nomme aucun fuseau horaire : le fuseau de la réunion est UTC (indiquez le vrai fuseau avec --time-zone)
