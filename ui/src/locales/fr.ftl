# L'interface de Plenary en français. Chaque ligne est `identifiant = texte` ; `{ $nom }` est
# rempli par l'application. Les pluriels suivent les catégories CLDR
# (https://projectfluent.org/fluent/guide/selectors.html). Ne changez pas les identifiants.

language-autonym = Français
language-menu = Langue de l'interface

header-undo-title = Annuler { $what } (Ctrl+Z)
header-redo-title = Rétablir { $what } (Ctrl+Maj+Z)
header-nothing-to-undo = Rien à annuler
header-nothing-to-redo = Rien à rétablir
header-unsaved-title = Le programme a des modifications non enregistrées
header-edited = Modifié
header-conflict-summary = Résumé des conflits
header-open = Ouvrir…
header-open-title = Ouvrir un programme (Ctrl+O)
header-save = Enregistrer
header-save-title = Enregistrer (Ctrl+S ; Enregistrer sous : Ctrl+Maj+S)
header-revisions = Révisions
header-revisions-title = Publier et comparer des révisions
header-undo = Annuler
header-redo = Rétablir

## Types de séance et nombres de conflits

kind-plenary = Plénière
kind-working-party = Groupe de travail
kind-question = Question
kind-training = Formation
kind-management = Direction
kind-briefing = Séance d'information
kind-webinar = Webinaire
kind-social = Manifestation sociale
kind-other = Autre

count-error = { $n ->
    [one] { $n } erreur
   *[other] { $n } erreurs
}
count-warning = { $n ->
    [one] { $n } avertissement
   *[other] { $n } avertissements
}
count-info = { $n ->
    [one] { $n } remarque
   *[other] { $n } remarques
}
count-acknowledged = { $n ->
    [one] { $n } accepté
   *[other] { $n } acceptés
}
no-conflicts = Aucun conflit
untitled-session = Séance sans titre
untitled-session-at = Séance sans titre, { $day } { $times }

## Types de conflit

conflict-kind-room-clash = Salle déjà occupée
conflict-kind-person-clash = Personne à deux endroits
conflict-kind-body-clash = Organe réuni deux fois
conflict-kind-exclusive-overlap = À côté d'une séance exclusive
conflict-kind-break-overlap = Pendant une pause
conflict-kind-outside-day-hours = Hors des heures de la journée
conflict-kind-non-working-day = Un week-end ou un jour férié
conflict-kind-outside-meeting-dates = Hors des dates de la réunion
conflict-kind-order-violation = Ordre non respecté
conflict-kind-capacity-exceeded = Salle trop petite
conflict-kind-interpretation-unavailable = Pas de cabines d'interprétation
conflict-kind-interpreters-overbooked = Interprètes surchargés

## Barre d'outils

toolbar-label = Affichage
toolbar-view = Affichage
toolbar-new-session = Nouvelle séance
toolbar-new-session-title = Une nouvelle séance, son titre prêt à saisir (N) ; ou double-cliquez sur la grille à l'endroit voulu
toolbar-days = Jours
toolbar-rooms = Salles
toolbar-bodies = Organes
toolbar-bodies-title = Une ligne par organe, une colonne par demi-journée : où se réunit chaque Groupe de travail et chaque Question
toolbar-annex = Annexe
toolbar-translations = Traductions
toolbar-translations-title = Tous les textes de la réunion, une colonne par langue
toolbar-orientation-rows-title = Jours en lignes, le temps de gauche à droite : passer aux jours en colonnes
toolbar-orientation-columns-title = Jours en colonnes, le temps vers le bas : passer aux jours en lignes
toolbar-days-as-rows = Jours en lignes
toolbar-condensed = Condensé
toolbar-snap = Pas
toolbar-snap-minutes = { $n } min
toolbar-search = Rechercher des séances
toolbar-filter-room = Filtrer par salle
toolbar-all-rooms = Toutes les salles
toolbar-filter-body = Filtrer par organe
toolbar-all-bodies = Tous les organes
toolbar-filter-kind = Filtrer par type
toolbar-all-kinds = Tous les types
toolbar-filter-person = Filtrer par personne
toolbar-all-persons = Toutes les personnes
toolbar-shown = { $n ->
    [0] Aucune séance ne correspond
    [one] { $n } affichée
   *[other] { $n } affichées
}
toolbar-clear = Effacer

## Palette des séances non programmées

palette-heading = Non programmées
palette-arrange = Disposer…
palette-arrange-title = Laisser Plenary placer les séances là où elles ne créent aucun conflit
palette-item-label = { $title }, { $kind }, non programmée
palette-item-title = { $kind } : faites-la glisser sur un jour pour la programmer
palette-empty = Toutes les séances sont programmées. Faites-en glisser une ici pour la retirer du programme.
# La marque d'une séance provisoire (« à confirmer »)
tbd = À conf.

## Blocs de séance

change-added = Nouvelle
change-moved = Déplacée
change-changed = Modifiée
change-arranged = Nouvelle place
change-placed = Placée
change-since = { $what } depuis { $since }
change-the-revision = la révision
mark-error = Conflit (erreur)
mark-warning = Conflit (avertissement)
mark-info = Conflit (remarque)
mark-acknowledged = Conflit accepté
session-tentative-name = provisoire
session-exclusive-name = exclusive
session-tentative = Provisoire
session-tentative-title = Provisoire (à confirmer)
session-exclusive-title = Exclusive : rien ne peut se tenir en parallèle
session-exclusive-short = Excl.
session-drag-start = Faire glisser pour changer le début
session-drag-end = Faire glisser pour changer la fin

## Mots communs

ok = OK
cancel = Annuler
close = Fermer

## Panneau des conflits

conflicts-heading = Conflits
conflicts-empty = Aucun conflit. Le programme est libre.
conflicts-group-error = Erreurs
conflicts-group-warning = Avertissements
conflicts-group-info = Remarques
conflicts-group-acknowledged = Acceptés
conflicts-new = Nouveau
conflicts-new-title = Causé par la dernière modification
conflicts-acknowledged = Accepté
conflicts-acknowledged-because = Accepté : { $reason }
conflicts-reason-label = Pourquoi ce conflit est acceptable
conflicts-reason-placeholder = Pourquoi est-il acceptable ?
conflicts-unacknowledge = Ne plus accepter
conflicts-acknowledge = Accepter…
conflicts-show-all = Tout afficher ({ $n })
conflicts-show-fewer = Afficher moins

## Écran de départ (un document sans jours)

start-heading = Préparer la réunion
start-intro = Ce programme n'a pas encore de jours. Commencez par le titre de la réunion, la ville, le premier et le dernier jour, les heures habituelles et les langues ; les jours sont alors créés d'un coup.
start-set-up = Préparer la réunion…
start-open = Ouvrir un programme…
start-recent = Programmes récents
start-example = Exemple
start-example-name = La réunion d'exemple
start-example-what = Un programme complet à parcourir

## Menu contextuel de la grille

grid-menu-label = Grille à { $when }
grid-menu-new = Nouvelle séance ici
grid-menu-paste = Coller ici
grid-menu-paste-title = Copiez d'abord une séance (Ctrl+C)

## Bandeau d'erreur

error-command-refused = Cette modification a été refusée
error-invalid-document = Le document n'a pas pu être lu
error-io = La lecture ou l'écriture d'un fichier a échoué
error-locked = Quelqu'un d'autre a ouvert ce document
error-read-only = Ce document est ouvert en lecture seule
error-internal = Une erreur s'est produite
error-retry = Réessayer
error-dismiss = Fermer

## Dialogues sur le fichier

save-as = Enregistrer sous…
disk-title = Le fichier a changé sur le disque
disk-question = Une autre personne ou un autre programme l'a enregistré. L'écraser avec ce programme, en perdant leurs modifications ?
disk-overwrite = Écraser

locked-title = Quelqu'un d'autre a ouvert ce programme
locked-read-only-term = Lecture seule
locked-read-only-what = pour le consulter ; vos modifications peuvent être enregistrées dans un autre fichier.
locked-copy-term = Une copie
locked-copy-what = une copie sans titre, enregistrée où vous voulez.
locked-anyway-term = Quand même
locked-anyway-what = le modifier comme ils le font. Chaque enregistrement vérifie d'abord le fichier : aucun de vous n'écrase l'autre sans qu'on le lui demande.
locked-open-anyway = Ouvrir quand même
locked-open-copy = Ouvrir une copie
locked-open-read-only = Ouvrir en lecture seule

unsaved-title = Enregistrer les modifications ?
unsaved-question = « { $name } » a des modifications non enregistrées. Les enregistrer avant { $doing } ? Sinon, elles sont perdues.
unsaved-discard = Ne pas enregistrer
doing-open-another = d'ouvrir un autre programme
doing-new-meeting = de commencer une nouvelle réunion
doing-close = de fermer
doing-import-again = d'importer de nouveau le fichier

setup-failed = La réunion n'a pas pu être préparée.

## Dialogues de fichiers

file-plenary-timetable = Programme Plenary
file-schedules = Programmes (frab, iCalendar, xCal, CSV, Excel)
file-open-title = Ouvrir un programme
file-save-title = Enregistrer le programme
file-import-title = Importer un programme
file-export-title = Exporter

## Heures et dates saisies

typed-time-empty = Saisissez une heure, p. ex. 09:30.
typed-time-malformed = « { $text } » n'est pas une heure : écrivez-la 09:30, 0930 ou 9.30.
typed-time-minutes-digits = « { $text } » : écrivez les minutes avec deux chiffres (p. ex. 12:05 ou 12:50).
typed-time-am-pm = « { $text } » : avec am ou pm, l'heure va de 1 à 12.
typed-time-minutes = « { $text } » n'est pas une heure : les minutes vont jusqu'à 59.
typed-time-day-end = « { $text } » n'est pas une heure : la journée finit à 24:00.
typed-date-empty = Saisissez une date, p. ex. { $example }.
typed-date-no-month-name = « { $text } » : il n'y a pas de mois « { $name } ».
typed-date-year = « { $text } » : écrivez l'année en entier, p. ex. { $example }.
typed-date-malformed = « { $text } » n'est pas une date : écrivez-la { $example }.
typed-date-no-month = « { $text } » n'est pas une date : il n'y a pas de mois { $month } (écrivez-la { $example }).
typed-date-days = « { $text } » n'est pas une date : ce mois a { $days } jours.

## Jours

day-weekend = Week-end
day-holiday = Jour férié
day-outside = Hors dates
day-note = Remarque : { $note }

## Jours dessinés en agrégat, et fantômes des changements

aggregate-sessions = { $n ->
    [one] { $n } séance
   *[other] { $n } séances
}
aggregate-in-conflict = { $count }, dont { $n } en conflit
aggregate-label = { $what }, { $times } ; déplier la journée
aggregate-title = { $what }, { $times }. Cliquez pour les voir.
ghost-was-here-title = Était ici dans { $since } : { $title }, { $times }
ghost-removed = Supprimée : { $title }
ghost-was-here = Était ici : { $title }

drag-checking = Vérification…
drag-no-new-conflict = Aucun nouveau conflit
drag-new-conflicts = { $n ->
    [one] { $n } nouveau conflit
   *[other] { $n } nouveaux conflits
}

## Grille

grid-no-room = Sans salle
grid-local-times = Toutes les heures sont celles du lieu de la réunion ({ $zone })
fit-legend = Où elle peut commencer :
fit-clean = aucun conflit
fit-warnings = avertissements
fit-errors = erreurs

## Récupération après un arrêt brutal

recovery-title = Récupérer les modifications non enregistrées ?
recovery-intro = { $n ->
    [one] Plenary ne s'est pas fermé normalement la dernière fois. Il a gardé ce programme, avec des modifications non enregistrées.
   *[other] Plenary ne s'est pas fermé normalement la dernière fois. Il a gardé ces programmes, avec des modifications non enregistrées.
}
recovery-autosaved = enregistré automatiquement le { $when }
recovery-unsaved-edits = { $n ->
    [one] { $n } modification non enregistrée
   *[other] { $n } modifications non enregistrées
}
recovery-problem = Il ne peut pas être récupéré : { $problem }
recovery-recover = Récupérer
recovery-discard = Abandonner
recovery-hint-many = Plenary modifie un programme à la fois : les autres sont proposés de nouveau au prochain démarrage.
recovery-hint-one = « Plus tard » le garde pour le prochain démarrage.
recovery-later = Plus tard

## Panneaux latéraux

panel-show = Afficher : { $label }
panel-hide = Masquer : { $label }
panel-hide-title = Masquer : { $label } (la grille prend la largeur)

time-field-title = 09:30, 0930, 9.30 ou 930

## Organes

series-label = Série d'organes
series-title = Une Commission d'études (SG2), des Groupes de travail (WP1/2-WP2/2, placés sous SG2 s'il existe) ou des Questions (Q1/2-Q4/2 under WP1/2)
series-add = Ajouter la série

## Rapport d'importation

import-heading = { $n ->
    [one] { $n } événement importé de { $format }
   *[other] { $n } événements importés de { $format }
}
import-as-breaks = (dont { $n } comme pauses)
import-counts = { $skipped } ignorés, { $guessed } devinés, { $repaired } réparés
import-zone-guessed = Le fichier ne dit pas quelle horloge suivent ses heures : elles ont été lues à l'heure de { $zone }.
import-zone-keep = Garder
import-zone-or = ou les lire à l'heure de
import-zone-placeholder = une ville, ou un fuseau comme Europe/Brussels
import-again-in = Importer de nouveau à l'heure de { $zone }
import-again = Importer de nouveau
import-action-skipped = ignoré
import-action-guessed = deviné
import-action-repaired = réparé
import-nothing = Rien n'a été ignoré, deviné ni réparé.

## Notes sous le tableau de l'annexe

remove = Supprimer
notes-label = Notes sous le tableau
notes-markers = Appels de note
notes-no-markers = Pas d'appels de note dans les cases
notes-heading = Titre des notes
notes-heading-placeholder = Le titre habituel (Notes :)
notes-own = Vos propres notes
notes-text-of = Texte de la note { $key }
notes-text-new = Texte d'une nouvelle note
notes-new-placeholder = Une note de votre choix (p. ex. Les badges sont à retirer à l'entrée Montbrillant.)
notes-add = Ajouter la note
notes-mark-session = Marquer une séance
notes-choose-session = Choisir une séance…
notes-with-marker = avec l'appel de la note
notes-no-note = aucune note (retirer son appel)
notes-mark = Marquer

bodies-joint = { $title } (commune : { $bodies })
bodies-label = Organes par demi-journée
bodies-failure = La vue des organes n'a pas pu être dessinée : { $failure }
bodies-empty = Pas encore d'organes. Saisissez-les ici, une série à la fois : la Commission d'études (« SG2 »), ses Groupes de travail (« WP1/2-WP2/2 »), puis leurs Questions (« Q1/2-Q4/2 under WP1/2 »). La section Organes du panneau Réunion modifie leurs noms et leur place dans l'arborescence.
bodies-no-days = La réunion n'a pas encore de jours ni de créneaux. Préparez la réunion pour obtenir ses jours et demi-journées.
bodies-not-a-meeting-day = { $day } : pas un jour de réunion
bodies-place-label = Placer une réunion de { $body } le { $day }, { $slot }
bodies-place-title = Placer ici une réunion de { $body }
bodies-hint = Cliquez sur une case vide pour y placer la réunion de l'organe (heures habituelles du créneau, sa salle habituelle) ; faites glisser une réunion vers une autre case de sa ligne pour la déplacer ; Suppr enlève celle qui est sélectionnée. ⧉ marque une séance commune.

## Annexe

annex-label = Annexe de la lettre
annex-what = L'annexe de la lettre telle qu'elle sera exportée ; elle suit chaque modification.
annex-language = Langue
annex-layout = Présentation
# The core's annex layouts and export formats, by their names on the wire ($label: the core's English).
layout-name = { $name ->
    [days] Jours × créneaux
    [bodies] Organes × demi-journées
    [plan] Plan de gestion du temps
    [agenda] Ordre du jour (une ligne par point)
   *[other] { $label }
}
annex-failure = L'annexe n'a pas pu être dessinée : { $failure }
annex-warnings = { $n ->
    [one] { $n } point que l'annexe ne dit pas comme le programme
   *[other] { $n } points que l'annexe ne dit pas comme le programme
}
annex-rendering = Mise en page de l'annexe…

body-kind-study-group = Commission d'études
body-kind-working-party = Groupe de travail
body-kind-question = Question
body-kind-management = Équipe de direction
body-kind-track = Volet
body-kind-other = Autre groupe
body-tree-heading = Organes
body-tree-grip = Faire glisser sur un autre organe pour le placer sous celui-ci
body-tree-expand = Nom complet de { $body } dans chaque langue
body-tree-short = Nom court de { $body }
body-tree-name = Nom complet de { $body }
body-tree-full-name = Nom complet
body-tree-own-hours = Heures propres
body-tree-period-start = Début de la période { $n } de { $body }
body-tree-period-end = Fin de la période { $n } de { $body }
body-tree-period-remove = Supprimer la période { $n } de { $body }
body-tree-day-hours = Les heures et pauses de la journée
body-tree-add-period = Ajouter une période
body-tree-parallel = Se réunit en parallèle avec { $parent }
body-tree-its-parent = son organe parent
body-tree-kind = Type de { $body }
body-tree-in = dans
body-tree-parent = Organe parent de { $body }
body-tree-top-level-option = (niveau supérieur)
body-tree-remove = Supprimer l'organe { $body }
body-tree-top-level = Niveau supérieur
body-tree-drop-top = Déposer ici pour le niveau supérieur
body-tree-add = Ajouter un organe
body-tree-hint = Faites glisser un organe sur un autre pour le placer sous celui-ci.

## Préparation d'une réunion

setup-new-meeting = Nouvelle réunion
setup-first-day-missing = Saisissez le premier jour de la réunion.
setup-languages = Langues de la réunion
setup-title-in = Titre en { $lang }
setup-main-language = (langue principale)
setup-make-main = rendre principale
setup-city = Ville (fixe le fuseau horaire)
setup-city-placeholder = p. ex. Genève (obligatoire)
setup-clocks-of = Heure de { $zone }
setup-zone-hint = Une ville de la liste, ou un fuseau comme Europe/Zurich
setup-venue = Lieu
setup-venue-placeholder = Siège de l'UIT
setup-first-day = Premier jour
setup-last-day = Dernier jour
setup-days-off = Jours de repos chaque semaine
setup-template = Heures, créneaux et pauses
setup-template-itu-t = UIT-T : 09:30-12:30 et 14:30-17:30, café 30 min
setup-template-itu-t-early = UIT-T, matinées dès 09:00
setup-template-blank = Vide : ni créneaux ni pauses
setup-template-keep = Garder les heures, créneaux et pauses actuels
# The letters of a date field's placeholder (dd/mm/yyyy), in the order the language writes dates.
date-pattern-day = jj
date-pattern-month = mm
date-pattern-year = aaaa
setup-apply = Appliquer
setup-create = Créer la réunion

## Panneau Réunion

meeting-heading = Réunion
meeting-title = Titre
meeting-day-starts = Début de la journée
meeting-day-ends = Fin de la journée
meeting-day-working = Jour ouvré
meeting-remove-day = Supprimer le { $date }
meeting-kind-of = Type du { $date }
meeting-start-of = Début du { $date }
meeting-end-of = Fin du { $date }
meeting-new-day = Nouveau jour
meeting-add-day = Ajouter le jour
meeting-slots = Créneaux
meeting-slot-name = Nom du créneau
meeting-slot-start = Début du créneau
meeting-slot-end = Fin du créneau
meeting-remove-slot = Supprimer le créneau
meeting-slot-start-on = Début du créneau le { $date }
meeting-slot-end-on = Fin du créneau le { $date }
meeting-usual-times-on = Heures habituelles le { $date }
meeting-other-times-label = Autres heures un jour donné
meeting-other-times = Autres heures le…
meeting-add-slot = Ajouter un créneau
meeting-breaks = Pauses
meeting-break-coffee = Pause café
meeting-break-meal = Repas
meeting-break-other = Autre
meeting-break-name = Nom de la pause
meeting-break-kind = Type de pause
meeting-remove-break = Supprimer la pause
meeting-break-start = Début de la pause
meeting-break-end = Fin de la pause
meeting-break-day = Jour de la pause
meeting-every-working-day = Chaque jour ouvré
meeting-add-break = Ajouter une pause
meeting-room-name = Nom de la salle
meeting-seats = Places
meeting-booths = Cabines
meeting-booths-title = Cabines d'interprétation
meeting-remove-room = Supprimer la salle { $name }
meeting-add-room = Ajouter une salle
meeting-persons = Personnes
meeting-person-name = Nom
meeting-role = Fonction
meeting-remove-person = Supprimer { $name }
meeting-add-person = Ajouter une personne
meeting-constraints = Contraintes
meeting-remove-constraint = Supprimer la contrainte
meeting-why = Motif
meeting-why-placeholder = Motif (note)
meeting-first-session = Première séance
meeting-second-session = Deuxième séance
meeting-session-option = Séance…
meeting-rule = Règle
meeting-rule-before = avant
meeting-rule-in-sequence = puis, à la suite,
meeting-rule-no-overlap = ne doivent pas se chevaucher
meeting-rule-fixed-time = est fixée dans le temps
meeting-rule-text-before = { $earlier } avant { $later }
meeting-rule-text-in-sequence = À la suite : { $sessions }
meeting-rule-text-no-overlap = Sans chevauchement : { $sessions }
meeting-rule-text-fixed-time = { $session } fixée à { $at }
meeting-place-first = Placez d'abord la séance : c'est sa place qui est fixée
meeting-add-constraint = Ajouter la contrainte
meeting-severities = Gravité
meeting-severity-default = Par défaut
severity-error = erreur
severity-warning = avertissement
severity-info = remarque

## Propriétés d'une séance

props-label = Propriétés
props-of = Propriétés de
props-session = Séance
props-many-selected = { $n } séances sélectionnées : faites glisser l'une d'elles ou utilisez les flèches pour les déplacer ensemble.
props-none-selected = Sélectionnez une séance pour la modifier. Pour en créer une, double-cliquez sur la grille à l'endroit voulu, faites-y un glisser, ou appuyez sur N.
props-kind = Type
props-timing = Durée
props-timing-span = D'un début à une fin
props-timing-point = Un moment précis (début seulement)
props-timing-open-ended = Sans fin fixée (un début, pas de fin)
props-when = Quand
props-start = Début
props-end = Fin
props-unschedule = Retirer du programme
props-unscheduled = Non programmée : faites-la glisser de la palette sur un jour.
props-room = Salle
props-exclusive = Exclusive
props-pinned = Épinglée
props-pinned-title = La disposition automatique ne déplace jamais une séance épinglée
props-preferred-room = Salle préférée
props-preferred-room-title = La salle que la disposition automatique essaie d'abord
props-none = Aucune
props-no-bodies = Pas encore d'organes (onglet Réunion).
props-no-persons = Pas encore de personnes (onglet Réunion).
choice-find = Chercher parmi { $n }…
choice-none-yet = Aucun choix : tapez un nom ci-dessus pour le trouver.
choice-no-match = Rien ne correspond.
choice-more = { $n } autres correspondent : tapez davantage du nom.
props-annex-cell = Dans une case
props-annex-note-only = Dans une note
props-annex-both = Dans une case et une note
props-annex-hidden = Pas dans l'annexe
props-annex-label = Libellé dans l'annexe
props-annex-label-placeholder = Le titre
props-annex-note = Note dans l'annexe
props-annex-note-placeholder = Le titre, avec ses heures
props-duplicate = Dupliquer
props-delete = Supprimer

## Révisions

revisions-copied = Copié.
revisions-no-clipboard = Le presse-papiers n'est pas disponible ici : sélectionnez le texte et appuyez sur Ctrl+C.
revisions-close = Fermer les révisions
revisions-empty = Aucune révision publiée pour l'instant. Publiez-en une pour y comparer les versions suivantes.
revisions-list = Révisions publiées, de la plus récente à la plus ancienne
revisions-publish-heading = Publier une révision
revisions-label = Libellé
revisions-date = Date
revisions-comment = Commentaire (facultatif)
revisions-comment-placeholder = À quoi sert cette révision
revisions-publish = Publier { $label }
revisions-revision = la révision
revisions-compare = Comparer
revisions-from = De
revisions-to = À
revisions-current = État actuel
revisions-overlay = Montrer dans la grille les changements depuis { $since }
revisions-a-revision = une révision
revisions-changes = Changements de { $from } à { $to }
revisions-the-current = l'état actuel
revisions-no-changes = Aucun changement.
revisions-show = Le montrer dans la grille
revisions-summary = Résumé pour le courriel
revisions-form = Forme
revisions-plain = Texte brut
revisions-copy = Copier

## Exportation

export-format = Format
format-name = { $name ->
    [annex-docx] Document Word
    [annex-pdf] PDF
    [annex-html] Page web
    [annex-md] Markdown
    [annex-txt] Texte brut
    [frab-xml] schedule.xml de frab
    [frab-json] schedule.json de frab
    [ics] iCalendar
    [csv] CSV (une ligne par séance)
    [xlsx] Classeur Excel
   *[other] { $label }
}
export-other-tools = Pour d'autres outils
export-version = Version
export-mark-changes = Marquer les changements depuis
export-no-marks = Aucune marque
export-missing = { $n ->
    [one] Un texte n'a pas de version en { $lang } et est montré dans une autre langue : { $which }.
   *[other] { $more ->
        [0] { $n } textes n'ont pas de version en { $lang } et sont montrés dans une autre langue : { $which }.
       *[other] { $n } textes n'ont pas de version en { $lang } et sont montrés dans une autre langue : { $which }, et { $more } autres.
    }
}
export-missing-meeting-title = le titre de la réunion
export-missing-session-title = séance « { $owner } » (titre)
export-missing-annex-label = séance « { $owner } » (libellé dans l'annexe)
export-missing-annex-note = séance « { $owner } » (note dans l'annexe)
export-missing-body-name = organe « { $owner } » (nom complet)
export-missing-slot-name = créneau « { $owner } » (nom)
export-missing-break-name = pause « { $owner } » (nom)
export-missing-notes-heading = le titre des notes
export-missing-free-note = note libre « { $owner } » (texte)
export-fill = Les compléter…
export-not-meeting-lang = Le { $lang } n'est pas l'une des langues de la réunion (Réunion › Préparer).
export-hint-annex = L'annexe telle qu'elle sera écrite, dans cette présentation et cette langue :
export-hint-other = { $format } contient chaque séance avec ses heures, sa salle et ses organes ; l'annexe ci-dessous est donnée pour référence.
export-preview-failed = L'aperçu a échoué : { $error }
export-preview = Aperçu de l'annexe
export-rendering = Mise en page de l'aperçu…
export-notes-frozen = Les notes de { $revision } sont telles que publiées ; choisissez l'état actuel pour modifier les notes.
export-notes-failed = Les notes n'ont pas pu être listées : { $error }
export-no-notes = Cette annexe n'a pas de notes.
export-note-text = Texte de la note { $n }
export-note-up = Monter la note { $n }
export-note-down = Descendre la note { $n }
export-note-derived = Texte dérivé : { $text }
export-note-reset = Revenir au texte dérivé
export-saved = { $path } enregistré.
export-saving = Enregistrement…
# $name: the format's name on the wire, for the words a language needs mid-sentence.
export-save = { $name ->
    [annex-docx] Enregistrer le document Word…
    [annex-html] Enregistrer la page web…
    [annex-txt] Enregistrer en texte brut…
    [csv] Enregistrer en CSV…
    [xlsx] Enregistrer le classeur Excel…
   *[other] Enregistrer en { $format }…
}

## Traductions des textes de la réunion

translations-meeting-title = Titre de la réunion
translations-session-title = Titre de la séance
translations-body-name = Nom de l'organe
translations-notes-heading = Titre des notes
translations-free-note = Note libre
translations-missing-only = Seulement les lignes où un texte manque
translations-missing-in = Manquant en
translations-in-any = dans n'importe quelle langue
translations-in = en { $lang }
translations-count = { $n ->
    [0] { $lang } : complet
    [one] { $lang } : { $n } manquant
   *[other] { $lang } : { $n } manquants
}
translations-failure = Les textes n'ont pas pu être listés : { $failure }
translations-listing = Liste des textes…
translations-none-missing = Aucun texte ne manque.
translations-none-missing-in = Aucun texte ne manque en { $lang }.
translations-no-texts = Le document n'a pas encore de textes.
translations-show-every = Montrer tous les textes
translations-text = Texte
translations-cell = { $what } en { $lang }
translations-cell-of = { $what } de { $owner } en { $lang }
translations-missing = Manquant
translations-copy-into = Copier en { $lang } depuis
translations-copy-from = Copier depuis…

## La fenêtre

app-timetable = Programme
app-filter-empty = Aucune séance ne correspond au filtre : la grille est vide.
app-clear-filter = Effacer le filtre
app-side-panel = Conflits et palette
app-loading = Chargement du programme…
app-none-open = Aucun programme n'est ouvert.
app-this-timetable = Ce programme

## Meilleures places pour une séance (panneau des propriétés)
places-best = Meilleures places
places-fit-clean = aucun conflit
places-fit-info = remarques seulement
places-fit-warning = avertissements
places-fit-error = erreurs
places-title = La placer ici ({ $fit })
places-title-kinds = La placer ici ({ $fit } : { $kinds })

## Impression (Fichier > Imprimer)
print-untitled = Réunion sans titre
print-printed = Imprimé le { $date }

## Disposition : créneaux permis et poids
windows-legend = Créneaux permis
windows-legend-title = Où la disposition peut placer cette séance ; aucun : n’importe où dans les heures du jour
windows-none = N’importe où dans les heures du jour.
windows-every-day = Chaque jour
windows-remove = Retirer
windows-remove-title = Retirer ce créneau
windows-day = Jour du nouveau créneau
windows-start = Début du nouveau créneau
windows-end = Fin du nouveau créneau
windows-add = Ajouter un créneau
weight-default = Par défaut
weight-hard = Impératif
weight-soft = Souple
weight-aria = { $label } : poids pour la disposition
weight-soft-aria = { $label } : poids souple
weight-title = Le coût de chaque conflit de ce type lors de la disposition
weight-invalid = « { $typed } » n’est pas un poids : tapez un nombre entier, 0 ou plus
pref-working-party-days = Une Question hors des jours de son Groupe de travail
pref-split-across-lunch = Les séances d’un organe coupées par le déjeuner

## Publication du site web (Fichier > Publier le site web…)
publish-pick-title = Publier le site web dans
publish-title = Publier le site web
publish-into = Dans
publish-choose = Choisir un autre dossier…
publish-planning = Recherche de ce qui sera écrit…
publish-files = { $count ->
    [one] { $count } fichier
   *[other] { $count } fichiers
}
publish-what-revision = Le site web de la révision { $revision }, la dernière publiée : { $extent }.
publish-what-draft = Aucune révision n’est encore publiée : le site web montre le programme tel qu’il est, marqué comme projet : { $extent }.
publish-new-folder = Un nouveau dossier : tous les fichiers sont nouveaux.
publish-nothing-changes = Le dossier contient déjà ce site web : rien ne changera.
publish-summary = { $added } nouveaux, { $changed } modifiés, { $removed } supprimés ; { $unchanged } restent tels quels.
publish-warnings = L’annexe ne dit pas tout ce que dit le programme ({ $count ->
    [one] { $count } point
   *[other] { $count } points
})
publish-added = Nouveaux ({ $count })
publish-changed = Modifiés ({ $count })
publish-removed = Supprimés ({ $count })
publish-more = et { $count } de plus
publish-busy = Publication…
publish-done = { $files } publiés dans { $dir }.
publish-open = Ouvrir dans le navigateur
publish-close = Fermer
publish-cancel = Annuler
publish-run = Publier
revisions-offer-site = { $label } est publiée. Publier aussi le site web, pour que les délégués la voient ?
revisions-publish-site = Publier le site web…
revisions-offer-later = Pas maintenant

## Les menus natifs. Un identifiant finissant par -mac est le texte sur macOS là où il diffère.

menu-plenary = Plenary
menu-file = Fichier
menu-edit = Édition
menu-view = Affichage
menu-window = Fenêtre
menu-help = Aide
menu-file-new = Nouveau
menu-file-open = Ouvrir…
menu-file-recent = Ouvrir un fichier récent
menu-file-recent-none = Aucun fichier récent
menu-file-clear-recent = Effacer la liste
menu-file-save = Enregistrer
menu-file-save-as = Enregistrer sous…
menu-file-import = Importer…
menu-file-export = Exporter…
menu-file-publish = Publier le site web…
menu-file-print = Imprimer…
menu-file-close = Fermer
menu-file-quit = Quitter
menu-edit-undo = Annuler
menu-edit-redo = Rétablir
menu-edit-new-session = Nouvelle séance
menu-edit-copy = Copier
menu-edit-copy-mac = Copier les séances
menu-edit-paste = Coller (dupliquer)
menu-edit-paste-mac = Coller les séances (dupliquer)
menu-edit-delete = Supprimer
menu-edit-delete-mac = Supprimer les séances
menu-edit-select-all = Tout sélectionner
menu-edit-select-all-mac = Sélectionner toutes les séances
menu-edit-properties = Modifier les propriétés
menu-arrange = Disposer
menu-arrange-unscheduled = Disposer les séances non programmées…
menu-arrange-all = Disposer toutes les séances…
menu-arrange-selection = Disposer les séances sélectionnées…
menu-arrange-day = Disposer une journée…
menu-view-days = Jours
menu-view-rooms = Salles
menu-view-bodies = Organes
menu-view-annex = Annexe
menu-view-translations = Traductions
menu-view-orientation = Jours en lignes
menu-view-condensed = Condensé
menu-view-snap-5 = Pas de 5 minutes
menu-view-snap-15 = Pas de 15 minutes
menu-view-snap-30 = Pas de 30 minutes
menu-view-revisions = Révisions
menu-view-theme-system = Apparence : comme le système
menu-view-theme-light = Apparence : claire
menu-view-theme-dark = Apparence : sombre
menu-window-zoom = Réduire/agrandir
menu-help-guide = Guide de l'utilisateur
menu-help-guide-mac = Guide de l'utilisateur de Plenary
menu-help-about = À propos de Plenary

## The Arrange dialog and its preview on the grid
arrange-title = Disposer les séances
arrange-which = Quelles séances
arrange-scope-unscheduled = Les séances non programmées ({ $n }) : les autres restent où elles sont
arrange-scope-all = Toutes les séances sauf les épinglées
arrange-scope-selection = Les séances sélectionnées ({ $n })
arrange-scope-day = Les séances d'un jour, dans ce jour :
arrange-day-label = Le jour à disposer
arrange-limit-before = S'arrêter après
arrange-limit-after = secondes au plus (vide : jusqu'à ce que plus rien ne s'améliore)
arrange-limit-label = Limite de temps en secondes (vide : jusqu'à ce que la recherche se stabilise)
arrange-from-scratch = Repartir de zéro (sinon déplacer le moins possible de séances déjà placées)
arrange-run = Disposer
arrange-stop = Arrêter
arrange-running = Disposition en cours…
arrange-stopping = Arrêt : le meilleur résultat trouvé est conservé…
arrange-elapsed = Temps écoulé
arrange-seconds = { $s } s
arrange-best = Meilleur score jusqu'ici
arrange-hard-now = Conflits qui ne doivent pas rester
arrange-unplaced-now = Laissées non programmées
arrange-n-of = { $n } sur { $total }
arrange-tried = Mouvements essayés
arrange-stopped = Arrêté avant la fin : voici le meilleur résultat trouvé.
arrange-placed-of = { $n } placées sur { $total }.
arrange-would-move = { $n ->
    [one] { $n } séance serait déplacée.
   *[other] { $n } séances seraient déplacées.
}
arrange-moves-nothing = Rien ne serait déplacé.
arrange-no-hard-left = Il ne resterait aucun conflit de ceux qui ne doivent pas rester.
arrange-hard-would-remain = { $n ->
    [one] { $n } conflit qui ne doit pas rester subsisterait.
   *[other] { $n } conflits qui ne doivent pas rester subsisteraient.
}
arrange-out-of-reach = { $n ->
    [one] Celui-ci ne concerne que des séances épinglées ou hors du périmètre, que la disposition ne déplace pas :
   *[other] { $n } d'entre eux ne concernent que des séances épinglées ou hors du périmètre, que la disposition ne déplace pas :
}
arrange-until-apply = La grille montre la disposition ; rien ne change tant que vous n'appliquez pas, et l'annulation défait ensuite le tout en une seule étape.
arrange-legend = Ce que montre la grille
arrange-legend-moved = { $n ->
    [one] { $n } séance à sa nouvelle place
   *[other] { $n } séances à leur nouvelle place
}
arrange-legend-placed = { $n ->
    [one] { $n } séance non programmée placée
   *[other] { $n } séances non programmées placées
}
arrange-legend-away = Sa place actuelle
arrange-legend-out = { $n ->
    [one] { $n } séance laissée non programmée (à sa place actuelle)
   *[other] { $n } séances laissées non programmées (à leur place actuelle)
}
arrange-list = Les déplacements un par un
arrange-col-session = Séance
arrange-col-from = De
arrange-col-to = Vers
arrange-show = La montrer dans la grille
arrange-nowhere = non programmée
arrange-left = Laissées de côté ou encore en conflit :
arrange-discard = Abandonner
arrange-apply = { $n ->
    [one] Appliquer : disposer { $n } séance
   *[other] Appliquer : disposer { $n } séances
}
arrange-nothing-to-apply = Rien à appliquer
arrange-moved-here = viendrait ici depuis { $from }
arrange-placed-here = serait placée ici (non programmée pour l'instant)
arrange-ghost-away = Part d'ici : { $title }
arrange-ghost-away-title = { $title } ({ $times }) quitterait cette place
arrange-ghost-out = Laissée de côté : { $title }
arrange-ghost-out-title = { $title } ({ $times }) serait laissée non programmée

## The desktop app's own errors (a file that cannot be read or written, a document someone
## else has open): what the error banner says, in place of the app's English.

app-not-picked = { $path } : Plenary n’ouvre et n’enregistre que les fichiers choisis dans ses fenêtres de fichiers
app-in-file = { $path } : { $reason }
app-not-importable = { $path } : ce n’est pas un fichier que Plenary importe (programme frab XML ou JSON, iCalendar, xCal, CSV, classeur Excel) ; ouvrez les documents Plenary avec Fichier > Ouvrir
app-import-failed = { $path } (en { $format }) : { $reason }
app-locked = { $file } est ouvert par { $user } sur { $host } depuis { $since }.
app-read-only = { $file } est ouvert en lecture seule, car quelqu’un d’autre l’avait ouvert : enregistrez vos modifications dans un autre fichier avec Enregistrer sous.
app-save-failed = Impossible d’enregistrer { $path } : { $reason }. Le calendrier reste ouvert avec ses modifications non enregistrées ; corrigez cela et enregistrez de nouveau, ou choisissez un autre emplacement avec Enregistrer sous.
app-save-no-folder = le dossier { $folder } n’existe plus
app-save-not-allowed = Plenary n’a pas le droit d’écrire à cet endroit ({ $error })
app-save-disk-full = le disque est plein ({ $error })
app-untitled = ce document n’a pas encore de fichier : choisissez où l’enregistrer
app-file-error = { $path } : { $error }
app-publish-nothing-yet = { $folder } : rien n’y est encore publié
app-publish-browser = impossible d’ouvrir { $path } dans un navigateur : { $error }
app-publish-no-folder = choisissez d’abord le dossier où publier
app-no-journal = il n’y a pas de journal d’enregistrement automatique (l’application n’a pas de dossier de données)
app-discard-failed = impossible de supprimer l’entrée du journal dans { $folder } : { $error }
app-changed-on-disk = { $file } a changé sur le disque depuis que vous l’avez ouvert.
app-arrange-thread-failed = la tâche de disposition a échoué : { $error }
app-arrange-nothing-to-apply = il n’y a aucune disposition à appliquer ; lancez d’abord la disposition
app-internal-error = Plenary a rencontré une erreur interne ({ $error }). Le programme reste ouvert ; les modifications non enregistrées sont conservées dans le journal d’enregistrement automatique. Merci de signaler ce problème.
app-journal-unreadable = le programme non enregistré ne peut pas être récupéré : { $error }
app-not-a-journal-entry = « { $id } » n’est pas une entrée du journal
app-new-window-failed = impossible d’ouvrir une nouvelle fenêtre : { $error }
app-no-browser = aucun navigateur ne peut être ouvert d’ici
app-not-a-recent-file = { $path } n’est pas un fichier récent

## Window titles ("Untitled — Plenary"): the name of a document without a file, of the
## bundled example, and the mark of a document open read-only.

window-title-untitled = Sans titre
window-title-example = Exemple
window-title-read-only = (lecture seule)
