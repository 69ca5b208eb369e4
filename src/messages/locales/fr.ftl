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

## Invariants non respectés d’un document : ce qui ne va pas (l’endroit, un chemin JSON, est indiqué devant)

problem-at = { $path } : { $problem }
one-after-another = { $first } ; { $rest }
problem-time-zone = « { $zone } » n’est pas un fuseau horaire IANA (par ex. Europe/Zurich)
problem-city-empty = la ville de la réunion est vide ; indiquez-la, ou omettez-la pour afficher la ville du fuseau horaire
problem-hard-preference = une préférence prend un poids souple (un nombre entier), pas « hard »
problem-zero-default-length = la durée d’une nouvelle séance ne peut pas être de 0 minute
problem-blank-notes-heading = le titre { $lang } des notes de l’annexe est vide ; rédigez-en un, ou omettez-le pour garder le titre habituel
problem-end-not-after-start = la fin { $end } n’est pas postérieure au début { $start }
problem-day-order = le { $date } ne suit pas le jour précédent, le { $previous } (les jours sont uniques et classés par date)
problem-slot-backwards = le créneau « { $slot } » se termine à { $end }, avant de commencer à { $start }
problem-slot-not-meeting-day = le créneau « { $slot } » a des heures le { $date }, qui n’est pas un jour de la réunion
problem-slot-day-backwards = le créneau « { $slot } » se termine à { $end }, avant de commencer à { $start }, le { $date }
problem-break-backwards = la pause « { $break } » se termine à { $end }, avant de commencer à { $start }
problem-break-not-meeting-day = la pause « { $break } » a lieu le { $date }, qui n’est pas un jour de la réunion
problem-body-hours-backwards = l’organe « { $body } » a des heures qui se terminent à { $end }, avant de commencer à { $start }
problem-body-hours-order = l’organe « { $body } » a des heures à partir de { $start } qui ne suivent pas les précédentes (elles sont classées dans l’ordre chronologique et ne se chevauchent pas)
problem-body-unknown-room = l’organe « { $body } » préfère la salle « { $room } », qui n’est pas une salle
problem-body-unknown-parent = l’organe « { $body } » a pour parent « { $parent } », qui n’est pas un organe
problem-body-cycle = l’organe « { $body } » est son propre ancêtre (l’arborescence des organes forme une boucle)
problem-constraint-unknown-session = la contrainte « { $constraint } » nomme la séance « { $session } » (n° { $index }), qui n’est pas une séance
problem-constraint-backwards = la contrainte « { $constraint } » fixe une fin ({ $end }) antérieure à son début
problem-acknowledgement-key = l’acceptation est classée sous « { $key } » mais nomme « { $named } »
problem-revision-label-twice = le libellé de révision « { $label } » est utilisé deux fois
problem-id-empty = l’identifiant est vide
problem-id-filed-under = l’identifiant « { $id } » est classé sous « { $key } »
problem-duplicate-id = identifiant « { $id } » en double (utilisé d’abord en { $first })
problem-acknowledged-twice = le conflit « { $key } » est accepté deux fois
problem-note-override-no-key = un texte remplaçant une note d’annexe a besoin de la clé de sa note
problem-note-overridden-twice = la note d’annexe « { $key } » est remplacée deux fois (d’abord en { $first })
problem-free-note-key = la clé de note libre « { $key } » demande un identifiant sans espace après « free: »
problem-session-untitled = la séance « { $session } » n’a pas de titre
problem-session-unknown-room = la séance « { $session } » a lieu dans la salle « { $room } », qui n’est pas une salle
problem-session-unknown-preferred-room = la séance « { $session } » préfère la salle « { $room } », qui n’est pas une salle
problem-session-window-backwards = la séance « { $session } » a une plage permise de { $start } à { $end }, qui se termine avant de commencer
problem-session-unknown-body = la séance « { $session } » nomme l’organe « { $body } », qui n’est pas un organe
problem-session-unknown-person = la séance « { $session } » nomme la personne « { $person } », qui n’est pas une personne
problem-session-blank-mark = la séance « { $session } » porte une clé de note vide ; nommez une note ou retirez la marque
problem-session-bad-mark = séance « { $session } » : { $reason }
problem-session-unknown-free-note = la séance « { $session } » porte la note libre « { $key } », qui n’est pas une note
problem-session-scheduled-minutes = la séance « { $session } » est placée : sa durée est celle de son placement, pas un nombre de minutes
problem-session-zero-minutes = la séance « { $session } » n’est pas placée et a une durée de 0 minute
problem-session-point-with-end = la séance « { $session } » est un instant ou n’a pas de fin fixée : son placement se termine là où il commence ({ $start }), pas à { $end }
problem-session-no-length = la séance « { $session } » n’a pas de durée : elle commence et se termine à { $start }
problem-session-backwards = la séance « { $session } » se termine à { $end }, avant de commencer à { $start }

## Pourquoi un fichier n’est pas un document Plenary

load-format-other = son « format » est { $format }, au lieu de « plenary »
load-format-missing = il ne porte pas la marque « format » : « plenary »
load-version-missing = sa « version » manque ou n’est pas un nombre entier
load-version-zero = la version 0 n’a jamais existé

## Ce que dit le lecteur JSON d’un texte qu’il ne peut pas lire

json-not-utf8 = texte non UTF-8 (octet non valide à la position { $offset })
json-eof-list = le texte s’arrête au milieu d’une liste
json-eof-object = le texte s’arrête au milieu d’un objet
json-eof-string = le texte s’arrête au milieu d’une chaîne
json-eof-value = le texte s’arrête là où une valeur est attendue
json-expected-colon = « : » attendu
json-expected-comma-or-bracket = « , » ou « ] » attendu
json-expected-comma-or-brace = « , » ou « {"}"} » attendu
json-expected-ident = mot inconnu (true, false ou null attendu)
json-expected-value = valeur attendue
json-invalid-escape = séquence d’échappement non valide
json-invalid-number = nombre non valide
json-number-out-of-range = nombre hors limites
json-invalid-unicode = point de code Unicode non valide
json-control-character = caractère de contrôle (\u0000-\u001F) dans une chaîne
json-key-must-be-string = une clé doit être une chaîne
json-trailing-comma = virgule en trop à la fin
json-trailing-characters = caractères en trop après la fin du document
json-too-deep = imbrication trop profonde
json-invalid-type = type non valide : { $found }, { $expected } attendu
json-invalid-value = valeur non valide : { $found }, { $expected } attendu
json-invalid-length = longueur non valide { $length }, { $expected } attendu
json-missing-field = champ `{ $field }` manquant
json-duplicate-field = champ `{ $field }` en double
json-unknown-field = champ inconnu `{ $name }` ; champs possibles : { $expected }
json-unknown-field-none = champ inconnu `{ $name }` ; aucun champ n’est possible ici
json-unknown-variant = valeur inconnue `{ $name }` ; valeurs possibles : { $expected }
json-unknown-variant-none = valeur inconnue `{ $name }` ; aucune valeur n’est possible ici
json-found-string = la chaîne { $value }
json-found-integer = l’entier { $value }
json-found-number = le nombre { $value }
json-found-boolean = le booléen { $value }
json-found-character = le caractère { $value }
json-found-null = null
json-found-array = une liste
json-found-object = un objet
json-not-a-time = « { $value } » n’est pas une heure HH:MM (de 00:00 à 24:00)
json-not-a-stamp = « { $value } » n’est pas une date et heure AAAA-MM-JJTHH:MM

## Pourquoi la règle d’une contrainte ne dit rien ($fault de refusal-pointless-rule)

rule-fault-repeated = elle nomme deux fois la séance « { $session } » ; une règle relie des séances différentes
rule-fault-too-few = il lui faut au moins deux séances différentes
rule-fault-one-sided = il lui faut une séance avant et une séance après

## Les commandes, telles qu’un refus les nomme en tête (« Déplacer la séance : ... »)

command-add-session = Ajouter une séance
command-edit-session = Modifier la séance
command-schedule-session = Placer la séance
command-move-session = Déplacer la séance
command-resize-session = Changer la durée de la séance
command-set-session-timing = Changer le type d’horaire de la séance
command-unschedule-session = Retirer la séance du programme
command-duplicate-session = Dupliquer la séance
command-delete-session = Supprimer la séance
command-paste-sessions = Coller des séances
command-paste-sessions-count = Coller { $count } séances
command-delete-sessions = Supprimer des séances
command-delete-sessions-count = Supprimer { $count } séances
command-move-sessions = Déplacer des séances
command-add-break = Ajouter une pause
command-edit-break = Modifier la pause
command-remove-break = Supprimer la pause
command-add-slot = Ajouter un créneau
command-edit-slot = Modifier le créneau
command-remove-slot = Supprimer le créneau
command-set-slot-times-of-a-day = Fixer les heures d’un créneau pour un jour
command-add-day = Ajouter un jour
command-edit-day = Modifier le jour
command-remove-day = Supprimer le jour
command-add-room = Ajouter une salle
command-edit-room = Modifier la salle
command-remove-room = Supprimer la salle
command-add-body = Ajouter un organe
command-edit-body = Modifier l’organe
command-remove-body = Supprimer l’organe
command-move-body = Déplacer l’organe
command-add-bodies = Ajouter des organes
command-add-series = Ajouter { $kind ->
    [working-party] { $count ->
        [one] le Groupe de travail
       *[other] les Groupes de travail
    }
    [study-group] { $count ->
        [one] la Commission d’études
       *[other] les Commissions d’études
    }
   *[question] { $count ->
        [one] la Question
       *[other] les Questions
    }
} { $numbers }
command-place-meeting = Placer une séance
command-add-person = Ajouter une personne
command-edit-person = Modifier la personne
command-remove-person = Supprimer la personne
command-add-constraint = Ajouter une contrainte
command-edit-constraint = Modifier la contrainte
command-remove-constraint = Supprimer la contrainte
command-acknowledge-conflict = Accepter le conflit
command-unacknowledge-conflict = Ne plus accepter le conflit
command-set-severity = Changer la gravité
command-edit-meeting = Modifier la réunion
command-shift-day = Décaler le jour
command-swap-days = Échanger les jours
command-publish-revision = Publier la révision
command-move-note = Déplacer la note
command-edit-note-text = Modifier le texte de la note
command-reset-note-order = Rétablir l’ordre des notes
command-add-free-note = Ajouter une note libre
command-remove-free-note = Supprimer la note libre
command-mark-session = Marquer la séance
command-set-note-markers = Changer les appels de note
command-edit-notes-heading = Modifier le titre des notes
command-move-meeting = Déplacer la réunion
command-set-up-meeting = Configurer la réunion
command-pin-sessions = Épingler les séances
command-set-allowed-windows = Fixer les plages permises
command-set-preferred-room = Fixer la salle préférée
command-set-bodys-preferred-room = Fixer la salle préférée de l’organe
command-set-arrange-weight = Fixer un poids de disposition
command-arrange-sessions = Disposer les séances
command-edit-translation = Modifier la traduction

## Fichiers qui ne peuvent pas du tout être importés

import-error-not-utf8 = ligne { $line }, colonne { $column } : texte non UTF-8 : octet non valide à la position { $offset }
import-error-xml = ligne { $line }, colonne { $column } : XML mal formé : { $reason }
import-error-json = ligne { $line }, colonne { $column } : JSON non valide : { $reason }
import-error-ical = ligne { $line } : ce n’est pas de l’iCalendar : { $reason }
import-error-csv = ligne { $line } : ce n’est pas un CSV Plenary : { $reason }
import-error-workbook = ce n’est pas un classeur Excel (.xlsx) que Plenary peut lire : { $reason }
import-error-sheet = { $at } : ce n’est pas une feuille Plenary : { $reason }
import-error-not-a-schedule = { $at } : ce n’est pas un programme frab : { $reason }
import-error-unknown-time-zone = « { $zone } » n’est pas un nom de fuseau horaire IANA (par ex. Europe/Zurich)
import-error-not-xcal = { $at } : ce n’est pas du xCal : { $reason }
import-error-invalid = le programme importé est incohérent ({ $count } problème(s)) : { $problems }
xcal-root-not-icalendar = l’élément racine est <{ $element }>, au lieu de <icalendar>
xcal-no-vcalendar = <icalendar> ne contient aucun <vcalendar>
frab-root-not-schedule = l’élément racine est <{ $element }>, au lieu de <schedule>
frab-no-schedule-object = aucun objet « schedule »
frab-no-conference-object = aucun objet « conference »
ical-empty = le fichier est vide
ical-not-begin-vcalendar = il commence par « { $start } » au lieu de BEGIN:VCALENDAR
cli-import-failed = { $file } (en { $format }) : { $reason }

## Exports qui échouent, et noms demandés qui n’existent pas

export-failed = export { $format } : { $reason }
export-cannot-write = écriture impossible : { $error }
export-unknown-body = il n’y a pas d’organe « { $body } » dans ce programme
export-bad-time-zone = le fuseau horaire de la réunion, « { $zone } », n’est pas un nom de fuseau IANA
export-workbook-failed = impossible de constituer le classeur : { $error }
export-docx-failed = impossible d’écrire le paquet DOCX : { $error }
export-pdf-failed = impossible de produire le PDF : { $error }
export-no-pdf = ce plenary a été compilé sans la fonctionnalité `pdf` ; recompilez-le avec `cargo build --features pdf`, ou exportez annex-docx et convertissez le fichier
refusal-unknown-layout = présentation d’annexe inconnue « { $layout } » ; valeurs possibles : days, bodies, plan ou agenda
refusal-unknown-language = il n’y a pas de langue « { $code } » ; valeurs possibles : ar, zh, en, fr, ru ou es
refusal-unknown-export-format = il n’y a pas de format d’export « { $format } »
refusal-unknown-session = il n’y a pas de séance d’identifiant « { $session } »
refusal-bad-range = les heures demandées (de { $from } à { $to } minutes après minuit, toutes les { $step } minutes) ne forment pas une plage d’une seule journée avec un pas de 1 à 1440 minutes
refusal-publish-unknown-revision = aucune révision n’a le libellé « { $label } » ; le document a : { $known }

## Refus de fichiers par la ligne de commande, et pourquoi le format d’un fichier ne peut pas être reconnu

cli-cannot-read = impossible de lire { $file } : { $error }
cli-cannot-write = impossible d’écrire { $file } : { $error }
cli-cannot-publish = impossible de publier dans { $folder } : { $error }
cli-not-a-document = { $file } : ce n’est pas un document Plenary ; importez-le d’abord avec `plenary import`
cli-already-a-document = { $file } : c’est déjà un document Plenary ; il n’y a rien à importer (vérifiez-le, exportez-le ou révisez-le tel quel)
cli-taken-for-a-document = il est pris pour un document Plenary (du JSON sans clé « schedule »), mais n’en est pas un : { $reason }
cli-not-importable = { $file } : ce n’est pas un fichier que Plenary importe : { $reason }. Plenary importe les programmes frab (XML, JSON), l’iCalendar, le xCal, le CSV et les classeurs Excel ; si le fichier est de l’un de ces formats, indiquez-le avec --from { $formats }
cli-unknown-body = --body { $body } : aucun organe n’a cet identifiant ou ce nom court (organes : { $known })
undetected-extension = son extension « .{ $extension } » ne désigne aucun format que Plenary importe
undetected-no-extension = son nom n’a pas d’extension qui désigne un format
undetected-empty = le fichier est vide, et { $name }
undetected-not-text = son contenu n’est pas du texte (l’octet { $byte } à la position { $offset }, ligne { $line }, colonne { $column }, n’est pas de l’UTF-8)
undetected-unknown-text = son contenu n’est ni du XML, ni du JSON, ni de l’iCalendar (il commence par « { $start } »)
undetected-content-and-name = { $content }, et { $name }

## Libellés d’annulation : ce qu’une étape a fait.

undo-untitled-session = séance sans titre
undo-add-session = Ajouter { $session }
undo-add-session-on = Ajouter { $session } le { $at }
undo-rename = Renommer { $session } en { $new }
undo-edit-title = Modifier le titre de { $session }
undo-put-in-room = Placer { $session } dans { $room }
undo-take-out-of-room = Retirer { $session } de sa salle
undo-change-kind = Changer le type de { $session }
undo-mark-tentative = Marquer { $session } comme provisoire
undo-confirm = Confirmer { $session }
undo-make-exclusive = Rendre { $session } exclusive
undo-make-not-exclusive = Rendre { $session } non exclusive
undo-edit = Modifier { $session }
undo-schedule = Programmer { $session } le { $at }
undo-move = Déplacer { $session } vers { $to }
undo-move-into = Déplacer { $session } vers { $to }, salle { $room }
undo-resize = Redimensionner { $session } à { $start }–{ $end }
undo-make-span = Faire de { $session } une plage horaire
undo-make-point = Faire de { $session } un moment ponctuel
undo-make-open-ended = Laisser { $session } sans heure de fin
undo-unschedule = Retirer { $session } du programme
undo-duplicate = Dupliquer { $session }
undo-duplicate-to = Dupliquer { $session } vers { $at }
undo-delete = Supprimer { $session }
undo-pin = Épingler { $session }
undo-unpin = Désépingler { $session }
undo-pin-count = Épingler { $count } séances
undo-unpin-count = Désépingler { $count } séances
undo-prefer-room = Préférer { $room } pour { $session }
undo-prefer-no-room = Aucune salle préférée pour { $session }
undo-windows-none = Laisser { $session } libre à toute heure
undo-windows =
    { $count ->
        [one] Donner à { $session } un créneau permis
       *[other] Donner à { $session } { $count } créneaux permis
    }
undo-move-sessions-later = Retarder { $count } séances de { $by }
undo-move-sessions-earlier = Avancer { $count } séances de { $by }
undo-move-sessions-nothing = Déplacer { $count } séances sans décalage
undo-days =
    { $count ->
        [one] { $count } jour
       *[other] { $count } jours
    }
undo-hours = { $count } h
undo-minutes = { $count } min
undo-slot-day-times = Fixer { $slot } du { $day } à { $start }–{ $end }
undo-slot-usual-times = Rendre à { $slot } du { $day } ses heures habituelles
undo-mark-note = Marquer { $session } de la note { $note }
undo-unmark-note = Retirer le renvoi de note de { $session }
undo-remove-note = Supprimer la note { $note }
undo-note-free = « { $id } »
undo-note-hours = des heures normales
undo-hide-markers = Masquer les renvois de note
undo-markers-numbers = Marquer les notes par des chiffres
undo-markers-letters = Marquer les notes par des lettres
undo-markers-paren-letters = Marquer les notes par (a), (b), ...
undo-notes-heading = Intituler les notes en { $lang } : { $text }
undo-notes-heading-reset = Rétablir l’intitulé des notes en { $lang }
undo-arrange =
    { $count ->
        [one] Disposer { $count } séance
       *[other] Disposer { $count } séances
    }

## Tableurs (CSV et Excel) qui ne peuvent pas être importés.

import-no-title-column = la ligne d’en-tête n’a pas de colonne « title » (elle a : { $has }) ; les colonnes sont : { $columns }
import-xlsx-damaged = le classeur est endommagé : une partie ne peut pas être lue (ouvrez-le dans un tableur et enregistrez-le de nouveau, ou enregistrez-le en CSV)
import-xlsx-old-xls = { $reason } (c’est un ancien fichier .xls d’Excel 97-2003 : enregistrez-le en .xlsx ou en CSV)
import-xlsx-not-zip = { $reason } (un fichier .xlsx est un paquet ZIP, ce que ce fichier n’est pas)
import-xlsx-no-worksheet = le classeur n’a aucune feuille de calcul
import-xlsx-no-title-sheet = aucune feuille n’a de ligne d’en-tête avec une colonne « title »
import-xlsx-sheet-unreadable = la feuille « { $sheet } » ne peut pas être lue : { $reason }
import-xlsx-sheet-unreadable-after = la feuille « { $sheet } » ne peut pas être lue après la ligne { $row } : { $reason }
import-xlsx-cell-error = la cellule contient l’erreur { $error } ; lue comme vide
import-xlsx-sheet-empty = la feuille est vide (sa première ligne doit nommer les colonnes : id, title, kind, start, end, ...)

## Ce que dit la ligne de commande quand elle a fini.

cli-wrote-import = { $file } écrit ({ $sessions } séance(s), { $rooms } salle(s), { $persons } personne(s), { $days } jour(s))
cli-publish-would = Publierait { $files } fichier(s) dans { $dir } : { $added } nouveau(x), { $changed } modifié(s), { $unchanged } inchangé(s), { $removed } supprimé(s)
cli-publish-would-new = Publierait { $files } fichier(s) dans { $dir } (un nouveau dossier) : { $added } nouveau(x), { $changed } modifié(s), { $unchanged } inchangé(s), { $removed } supprimé(s)
cli-published = { $files } fichier(s) publié(s), { $kb } ko, dans { $dir }
cli-revised = { $label } publiée ({ $date })
cli-arrange-nothing-written = rien n’a été écrit (indiquez -o SORTIE ou --in-place)
cli-not-canonical = { $file } n’est pas sous sa forme canonique (lancez `plenary fmt` dessus)
cli-font-unreadable = impossible de lire la police { $file }

## Ce que dit le lecteur XML de Plenary d’un fichier XML mal formé.

xml-second-root = un deuxième élément racine après le premier
xml-text-outside-root = du texte hors de l’élément racine
xml-ends-inside = le fichier se termine avant la fermeture de <{ $element }>
xml-no-root = aucun élément racine
xml-unknown-entity = entité inconnue « &{ $name }; »
