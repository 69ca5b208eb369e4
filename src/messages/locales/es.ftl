# Los mensajes del núcleo de Plenary en español (conflictos, rechazos, informes de importación).
# El inglés (en.ftl) es la referencia: mismos identificadores, mismas variables.

## Listas

list-separator = {", "}
clause-separator = {", y "}
as-said = { $text }

## Conflictos

conflict-quoted = «{ $title }»
conflict-break-inside = «{ $session }» ({ $when }) empieza o termina durante la pausa «{ $break }» ({ $start }–{ $end })
conflict-break-over = «{ $session }» ({ $when }) se solapa con la pausa «{ $break }» ({ $start }–{ $end })
conflict-outside-day-hours = «{ $session }» ({ $when }) está fuera del horario del { $date } ({ $start }–{ $end })
conflict-non-working-day = «{ $session }» ({ $when }) es el { $day }, { $dayKind ->
    [weekend] un día de fin de semana
    [holiday] un día festivo
   *[working] un día laborable
}
conflict-outside-meeting-dates = «{ $session }» ({ $when }) es el { $day }, que no es un día de la reunión
conflict-capacity-exceeded = «{ $session }» espera { $attendance } participantes, pero la sala { $room } tiene { $capacity } plazas
conflict-interpretation-unavailable = «{ $session }» necesita interpretación ({ $languages }), pero la sala { $room } no tiene cabinas de interpretación
conflict-room-clash = «{ $a }» y «{ $b }» usan la sala { $room } el { $when }
conflict-person-clash = { $persons } { $count ->
    [one] está
   *[other] están
} a la vez en «{ $a }» y en «{ $b }» el { $when }
conflict-body-clash = «{ $a }» y «{ $b }» se solapan el { $when }, pero { $reasons }
conflict-reason-same-body = ambas son reuniones de { $body }
conflict-reason-contains = { $outer } comprende { $inner }
conflict-exclusive-both = «{ $a }» y «{ $b }» son exclusivas, pero se solapan el { $when }
conflict-exclusive-beside = «{ $session }» coincide con la sesión exclusiva «{ $exclusive }» el { $when }
conflict-order = «{ $earlier }» debe terminar antes de que empiece «{ $later }», pero termina el { $end } y «{ $later }» empieza el { $start }
conflict-no-overlap = «{ $a }» y «{ $b }» no deben solaparse, pero ambas son el { $when }
conflict-fixed-time = «{ $session }» está fijada el { $fixed }, pero colocada el { $placed }
conflict-interpreters-overbooked = hasta { $peak } sesiones con interpretación coinciden el { $when }, pero { $teams ->
    [0] no hay equipos de intérpretes
    [one] solo hay 1 equipo de intérpretes
   *[other] solo hay { $teams } equipos de intérpretes
}: { $sessions }
conflict-at-some-time = en algún momento

## El informe de conflictos de la línea de órdenes (`plenary check`)

check-no-conflicts = Sin conflictos.
check-acknowledged = aceptado: { $reason }
check-summary = errores: { $errors }, advertencias: { $warnings }, notas: { $infos }, aceptados: { $acknowledged }

## Rechazos: por qué una orden no cambió nada. La aplicación antepone el nombre de la orden.

edit-refused = { $label }: { $reason }
edit-broken = { $label }: el cambio dejaría el horario no válido: { $problems }
refusal-not-found = no hay { $what } «{ $id }»
refusal-duplicate = el identificador «{ $id }» ya está en uso ({ $what })
refusal-not-scheduled = la sesión «{ $session }» no está programada; prográmela antes de moverla o cambiar su duración
refusal-end-not-after-start = el final ({ $end }) debe ser posterior al inicio ({ $start }); las horas no cambian
refusal-no-length = la sesión «{ $session }» es un instante o no tiene final fijado, así que no tiene final que ajustar; conviértala antes en un intervalo
refusal-out-of-range = { $what } «{ $id }»: { $start } más { $minutes } minutos queda fuera de las fechas posibles
refusal-date-out-of-range = { $date } desplazado { $days } días queda fuera de las fechas posibles
refusal-body-has-children = el órgano «{ $body }» aún tiene «{ $child }» debajo; elimínelo o muévalo primero
refusal-body-under-itself = no se puede poner { $body } debajo de sí mismo
refusal-body-cycle = no se puede poner { $body } debajo de { $parent }: { $parent } es uno de los órganos que dependen de { $body }
refusal-series-parent-unknown = no hay ningún órgano { $name } debajo del cual poner la serie; añádalo primero o compruebe su nombre corto
refusal-series-taken = ya existe un órgano { $short }; la serie lo añadiría dos veces
refusal-no-reason = conflicto «{ $key }»: aceptar un conflicto requiere un motivo (por qué es aceptable)
refusal-swap-with-itself = no se puede intercambiar el { $date } consigo mismo
refusal-blank-revision-label = una revisión necesita una etiqueta (p. ej., Rev.1)
refusal-revision-label-taken = ya existe una revisión con la etiqueta «{ $label }»; elija otra
refusal-no-days = la reunión no tiene días que mover
refusal-weekday-changed = el { $start } es { $weekday }, pero la reunión empieza en { $firstWeekday }; elija un { $firstWeekday } para que cada día conserve su día de la semana
refusal-pointless-rule = restricción «{ $constraint }»: { $fault }
refusal-no-sessions = no se indicó ninguna sesión
refusal-stale-arrangement = el documento ha cambiado desde que se hizo esta organización; vuelva a organizar
refusal-hard-preference = una preferencia ({ $preference }) lleva un peso flexible (un número entero), no «hard»

## Lo que nombra un rechazo ($what arriba)

item-session = sesión
item-room = sala
item-body = órgano
item-person = persona
item-slot = franja
item-break = pausa
item-constraint = restricción
item-day = día
item-annex-note = nota del anexo
item-free-note = nota libre
item-acknowledged-conflict = conflicto aceptado

## Las frases de la línea de órdenes

cli-command-refused = { $file }: orden { $number } ({ $label }) rechazada: { $reason }; no se ha escrito nada
cli-cannot-arrange = { $file }: no se puede organizar: { $reason }
cli-arrange-placed = { $placed } de { $inScope } sesiones del ámbito colocadas ({ $moved } movidas), { $unplaced } sin programar.
cli-arrange-conflicts-left = Conflictos estrictos restantes: { $hard }; conflictos flexibles: { $soft }.
cli-arrange-score = Puntuación { $score } (inicio voraz { $greedy }), { $evaluated } movimientos evaluados en { $seconds } s{ $stopped ->
    [yes] {" "}(límite de tiempo alcanzado).
   *[no] .
}
cli-arrange-out-of-reach = { $count } conflicto(s) estricto(s) solo afectan a sesiones fijadas o fuera del ámbito, que la organización no mueve:
cli-arrange-blocked-by = bloqueada por: { $rules }
cli-arrange-would-fit = cabría: { $relaxation }

## Informes de importación: dónde en el archivo, qué hizo la importación

import-at-file = (archivo)
import-at-line = línea { $line }
import-at-line-column = línea { $line }, columna { $column }
import-at-sheet = hoja «{ $sheet }»
import-at-sheet-row = hoja «{ $sheet }», fila { $row }
import-at-sheet-column = hoja «{ $sheet }», columna { $column }
import-at-sheet-row-column = hoja «{ $sheet }», fila { $row }, columna { $column }
import-skipped = omitido
import-guessed = deducido
import-repaired = reparado

## Informes de importación: lo que la importación omitió, dedujo o reparó

import-title-above-header = la { $source ->
    [excel] fila
   *[csv] línea
} sobre el encabezado es el título de la reunión: «{ $title }»
import-times-in-utc = las horas de { $format } no indican zona: la zona de la reunión es UTC (indique la zona real con --time-zone)
import-unknown-columns = columna(s) desconocida(s) omitida(s): { $columns }
import-empty-row = fila vacía
import-unknown-kind = el tipo «{ $kind }» no es un tipo de Plenary; se toma como «other»
import-unknown-annex = el anexo «{ $annex }» no es cell, note, both ni hidden; se toma como cell
import-duplicate-session-id = identificador duplicado: la sesión «{ $id }» ya existe, esta pasa a ser «{ $fresh }»
import-untitled-session = la sesión «{ $id }» no tiene título; se titula «(untitled)»
import-break-past-midnight = la pausa «{ $break }» pasa de la medianoche; las pausas de Plenary caben en un día
import-break-not-meeting-day = la pausa «{ $break }» el { $date }, que no es un día de la reunión
import-title-from-file-name = el archivo no da título a la reunión; es «{ $title }», tomado del nombre del archivo
import-taken-as-body = «{ $name }» se toma como { $kind ->
    [study-group] una Comisión de Estudio
    [working-party] un Grupo de Trabajo
    [question] una Cuestión
    [management] un equipo de dirección
    [track] un tema
   *[group] un grupo
} (sus sesiones no pueden celebrarse en paralelo), no como un tema

## Avisos del anexo: lo que el anexo no dice, o dice en otro idioma

annex-quoted = «{ $title }»
annex-slot = { $slot } { $start }-{ $end }
annex-slots = { $first } a { $last } { $start }-{ $end }
annex-times-differ = { $count ->
    [one] sesión
   *[other] sesiones
} { $sessions }: el { $date } { $start }-{ $end } difiere de { $slot } y ninguna nota da sus horas (el anexo «cell» no tiene nota; elija «both» para añadir una)
annex-text-fallback = sesión «{ $session }»: { $what ->
    [note] no hay texto de nota
   *[label] no hay etiqueta ni título
} en { $lang }; se usa el texto en { $used }, marcado [{ $used }]
annex-no-body = sesión «{ $session }»: no tiene órgano, así que la presentación por órganos la muestra { $noted ->
    [yes] solo en su nota
   *[no] en ningún sitio
}
annex-outside-days = sesión «{ $session }»: el { $date }, fuera de los días de la reunión, no tiene fila; se muestra en una nota
annex-override-matches-no-note = la nota del anexo modificada «{ $key }» no corresponde a ninguna nota de la presentación { $layout }; se ignora
annex-free-note-empty = la nota libre «{ $key }» no tiene texto en ningún idioma; se omite
annex-free-note-fallback = nota libre «{ $key }»: no hay texto en { $lang }; se usa el texto en { $used }, marcado [{ $used }]
annex-mark-matches-no-note = la sesión «{ $session }» está marcada con la nota «{ $key }», que no es una nota de la presentación { $layout }; sin llamada
annex-empty = la tabla del anexo está vacía: { $reason }
annex-empty-unscheduled = todavía no hay ninguna sesión programada
annex-empty-no-slots = la presentación { $layout } muestra las sesiones por franja (mañana, tarde) y la reunión no tiene ninguna: añada franjas en el panel Reunión o exporte la presentación por órganos
annex-empty-no-bodies = la presentación por órganos tiene una fila por órgano y ninguna sesión programada nombra un órgano: asigne órganos a las sesiones o exporte la presentación por días
annex-empty-no-working-day = ninguna sesión programada cae en un día laborable de la reunión dentro de sus franjas (la presentación agenda lista cada sesión a su hora)
export-no-fonts = no se encontraron fuentes; el PDF no tendrá texto (instale fonts-noto-core y fonts-noto-cjk, o indique --fonts CARPETA)
publish-annex-warning = anexo ({ $lang }): { $warning }
export-pdf-warning = PDF: { $warning }

## Documentos que no se pueden abrir

load-syntax = línea { $line }, columna { $column }: JSON no válido: { $reason }
load-not-a-document = no es un documento de Plenary: { $reason }
load-too-new = este documento tiene la versión de formato { $found }, pero este Plenary lee versiones hasta la { $supported }; ábralo con un Plenary más reciente
load-shape = { $path } (línea { $line }, columna { $column }): { $reason }
load-invalid = { $count } problema(s): { $problems }
cli-invalid-document = { $file }: { $count } problema(s):

## Informes de importación de archivos iCalendar (y eventos de cualquier formato)

import-ical-floating-time = hora flotante (sin TZID ni Z): se toma como hora local de { $zone } (primera vez aquí)
import-event-cancelled = el evento «{ $event }» está cancelado
import-ical-no-dtstart = el evento «{ $event }» no tiene DTSTART
import-ical-bad-dtstart = DTSTART «{ $value }» no es una fecha ni una fecha y hora
import-ical-bad-dtend = DTEND «{ $value }» no es una fecha ni una fecha y hora; se ignora
import-ical-bad-duration = DURATION «{ $value }» no es una duración RFC 5545
import-event-point-in-time = el evento «{ $event }» no tiene duración; se importa como un instante a las { $start }
import-event-no-end = el evento «{ $event }» no termina después de empezar; dura { $minutes } min
import-event-all-day = el evento «{ $event }» dura todo el día; va de medianoche a medianoche
import-ical-not-expanded = { $property } no se expande: solo se importa la primera repetición

## Informes de importación: zonas horarias, eventos, libros

import-zone-unknown = time_zone_name «{ $zone }» no es un nombre de zona IANA
import-zone-from-city = el archivo no nombra zona horaria; su ciudad «{ $city }» da la zona { $zone } (indique otra con --time-zone)
import-city-without-zone = la ciudad «{ $city }» no nombra ninguna zona horaria (ninguna zona IANA lleva su nombre)
import-zone-from-offset = el archivo no nombra zona horaria; sus horas llevan el desfase { $offset }, así que la zona de la reunión es la de desfase fijo { $zone } (indique la zona real con --time-zone)
import-zone-utc = el archivo no nombra zona horaria ni da desfases: sus horas se toman como horas UTC (indique la zona real con --time-zone)
import-event-beyond-calendar = el evento «{ $event }» termina más allá del calendario
import-other-sheets-ignored = las sesiones se leen de esta hoja; otra(s) hoja(s) omitida(s): { $sheets }

## The arranger: why a session was left out, what blocks it, what would let it fit.

arrange-name = { $name }
arrange-no-place = { $session } no tiene ningún lugar posible: sus franjas permitidas, su duración y las reglas de cada día y sala (estrictas según los pesos de organización) descartan todos los días
arrange-fits-but-breaks = { $session } cabe en { $free } de sus { $places } lugares en cuanto a salas, personas y órganos, pero cada uno incumple una restricción de orden u otra regla estricta, o la búsqueda terminó antes
arrange-no-free-place = { $session } no tiene ningún lugar libre: los { $places } lugares se solapan ({ $blockers })
arrange-blocks = { $n } { $what }
arrange-left-in-conflict = { $session } queda en conflicto: { $conflicts }
arrange-one-after-another = { $first }; { $rest }
arrange-room-taken = sala { $room } ocupada
arrange-person-busy = { $person } ocupado/a
arrange-body-meeting = reunión de { $body }
arrange-body-above-meeting = reunión de { $body } (o de un órgano superior)
arrange-beside-exclusive = sesión junto a una sesión exclusiva
arrange-exclusive-meeting = sesión exclusiva
arrange-rule-places = { $what } ({ $n } { $n ->
    [one] lugar
   *[other] lugares
})
arrange-relaxation = sin «{ $what }» cabría en { $n } { $n ->
    [one] lugar
   *[other] lugares
} (el primero: { $first })
arrange-place = { $when }
arrange-place-in = { $when } en la sala { $room }

## The arranger's refusals

arrange-not-a-working-day = no se puede organizar nada: el { $date } no es un día laborable de la reunión
arrange-no-working-days = no se puede organizar nada: la reunión no tiene días laborables
arrange-too-few-room-hours = las sesiones necesitan { $needed } horas-sala, pero las salas ofrecen { $available } ({ $rooms } salas en { $days } días laborables): añada salas o días, o deje sesiones fuera
arrange-order-cycle = las restricciones de orden forman un círculo: { $cycle }; ningún orden puede cumplirlas
arrange-before = { $earlier } antes de { $later }
arrange-pinned-clash = hay sesiones fijadas en conflicto, y la organización nunca las mueve: { $conflict }
revision-unknown-none = no existe la revisión «{ $label }»: todavía no se ha publicado ninguna
revision-unknown = no existe la revisión «{ $label }» (publicadas: { $known })

## Import reports: slots, frab and JSON notes, CSV encodings

import-slot = { $name } { $start }-{ $end }
import-slots-one = el archivo no tiene franjas: { $first }, { $how }
import-slots-two = el archivo no tiene franjas: { $first } y { $second }, { $how }
import-slots-from-meal-break = según la pausa para comer
import-slots-from-lunch-gap = según la pausa sin sesiones hacia el mediodía
import-slots-whole-day = una sola franja para todo el día: no hay pausa para comer y hay sesiones al mediodía
import-frab-bad-day-change = day_change «{ $value }» no es una hora HH:MM[:SS]
import-frab-no-conference = no hay elemento <conference>: la reunión no tiene título
import-frab-day-without-date = <day> no tiene un atributo date válido («{ $value }»); sus eventos necesitan su propia <date>
import-frab-no-days = no hay «days»: el programa no tiene eventos
import-frab-days-not-array = «days» es { $kind }, no una lista
import-frab-json-day-without-date = el día no tiene una fecha válida; sus eventos necesitan su propia «date»
import-frab-room-events-not-array = los eventos de la sala son { $kind }, no una lista
import-frab-event-not-object = el evento es { $kind }, no un objeto
json-null = null
json-boolean = un booleano
json-number = un número
json-string = una cadena
json-array = una lista
json-object = un objeto
import-csv-utf16-by-mark = leído como { $encoding } (lo indica su marca de orden de bytes)
import-csv-utf16-by-zeros = leído como { $encoding } (sin marca de orden de bytes; uno de cada dos bytes de su texto es cero)
import-csv-windows-1252 = no es UTF-8 (el byte { $byte } de la línea { $line } no lo es); leído como Windows-1252 (Europa occidental, incluye Latin-1): revise las letras acentuadas
import-utf16-big-endian = UTF-16 (big-endian)
import-utf16-little-endian = UTF-16 (little-endian)
import-at-path = { $path }

## Refusals of a series of bodies and of the meeting's set-up

series-empty = escriba una serie, por ejemplo Q1/2-Q4/2 under WP1/2
series-unreadable = «{ $text }» no es una serie de órganos; escríbala como Q1/2-Q4/2 (Cuestiones 1/2 a 4/2), WP1/2-WP3/2 o SG2, seguida opcionalmente de «under WP1/2»
series-no-parent-named = «{ $text }»: indique bajo qué órgano va la serie, como en «under WP1/2»
series-backwards = la serie va de { $first } hacia abajo hasta { $last }; escriba primero el número menor
series-groups-differ = la serie mezcla /{ $a } y /{ $b }; ambos extremos deben ser de la misma Comisión de Estudio
series-kinds-differ = «{ $text }» mezcla Cuestiones y Grupos de Trabajo; una serie es de un solo tipo
series-too-long = una serie de { $count } órganos es demasiado larga (como mucho { $max } a la vez)
setup-no-language = elija al menos un idioma de la reunión
setup-no-title = dé un título a la reunión
setup-unknown-place = no existe la ciudad ni la zona horaria «{ $place }»; elija una ciudad de la lista (p. ej. Ginebra) o escriba una zona IANA (p. ej. Europe/Zurich)
setup-last-before-first = el último día ({ $last }) es anterior al primero ({ $first })
setup-too-long = del { $first } al { $last } son { $days } días; una reunión creada de una vez dura como mucho { $max }
setup-sessions-outside = { $count } sesión(es) están colocadas fuera del { $first } al { $last } (la primera el { $date }); muévalas o desprográmelas antes de cambiar las fechas

## Import reports of iCalendar files: the file's lines and time zones

import-ical-not-a-content-line = no es una línea de contenido (sin «:»): «{ $line }»
import-ical-end-closes-unclosed = END:{ $component } cierra { $unclosed }, que seguía(n) abierto(s)
import-ical-end-without-begin = END:{ $component } sin BEGIN:{ $component }
import-ical-ends-inside-vevent = el archivo termina dentro de este VEVENT; se conserva lo que contiene
import-ical-windows-zone = el TZID «{ $tzid }» es un nombre de zona de Windows; se toma como la zona IANA { $zone } (correspondencia Windows-IANA de CLDR), con sus reglas de horario de verano
import-ical-vtimezone-offset = el TZID «{ $tzid }» no es una zona IANA; el desfase estándar de su VTIMEZONE da la zona de desfase fijo { $zone } (se ignoran las reglas de horario de verano)
import-ical-unknown-tzid = el TZID «{ $tzid }» no es una zona IANA ni lo define un VTIMEZONE utilizable; sus horas se toman como flotantes
import-ical-no-zone = el calendario no nombra ninguna zona horaria: la zona de la reunión es UTC (indique la zona real con --time-zone)

## Invariantes incumplidos de un documento: qué falla (delante se indica dónde, como ruta JSON)

problem-at = { $path }: { $problem }
one-after-another = { $first }; { $rest }
problem-time-zone = «{ $zone }» no es una zona horaria IANA (p. ej. Europe/Zurich)
problem-city-empty = la ciudad de la reunión está vacía; indíquela u omítala para mostrar la ciudad de la zona horaria
problem-hard-preference = una preferencia lleva un peso flexible (un número entero), no «hard»
problem-zero-default-length = la duración de una sesión nueva no puede ser de 0 minutos
problem-blank-notes-heading = el título { $lang } de las notas del anexo está en blanco; escriba uno u omítalo para usar el título habitual
problem-end-not-after-start = el final { $end } no es posterior al inicio { $start }
problem-day-order = el { $date } no es posterior al día anterior, el { $previous } (los días son únicos y están en orden de fecha)
problem-slot-backwards = la franja «{ $slot }» termina a las { $end }, antes de empezar a las { $start }
problem-slot-not-meeting-day = la franja «{ $slot }» tiene horas el { $date }, que no es un día de la reunión
problem-slot-day-backwards = la franja «{ $slot }» termina a las { $end }, antes de empezar a las { $start }, el { $date }
problem-break-backwards = la pausa «{ $break }» termina a las { $end }, antes de empezar a las { $start }
problem-break-not-meeting-day = la pausa «{ $break }» es el { $date }, que no es un día de la reunión
problem-body-hours-backwards = el órgano «{ $body }» tiene un horario que termina a las { $end }, antes de empezar a las { $start }
problem-body-hours-order = el órgano «{ $body }» tiene un horario desde las { $start } que no sigue al anterior (los horarios van en orden cronológico y no se solapan)
problem-body-unknown-room = el órgano «{ $body }» prefiere la sala «{ $room }», que no es una sala
problem-body-unknown-parent = el órgano «{ $body }» depende de «{ $parent }», que no es un órgano
problem-body-cycle = el órgano «{ $body }» es su propio antecesor (el árbol de órganos forma un ciclo)
problem-constraint-unknown-session = la restricción «{ $constraint }» nombra la sesión «{ $session }» (n.º { $index }), que no es una sesión
problem-constraint-backwards = la restricción «{ $constraint }» fija un final ({ $end }) anterior a su inicio
problem-acknowledgement-key = la aceptación está archivada como «{ $key }» pero nombra «{ $named }»
problem-revision-label-twice = la etiqueta de revisión «{ $label }» se usa dos veces
problem-id-empty = el identificador está vacío
problem-id-filed-under = el identificador «{ $id }» está archivado como «{ $key }»
problem-duplicate-id = identificador «{ $id }» duplicado (usado primero en { $first })
problem-acknowledged-twice = el conflicto «{ $key }» está aceptado dos veces
problem-note-override-no-key = un texto que sustituye a una nota del anexo necesita la clave de su nota
problem-note-overridden-twice = la nota del anexo «{ $key }» está sustituida dos veces (primero en { $first })
problem-free-note-key = la clave de nota libre «{ $key }» necesita un identificador sin espacios después de «free:»
problem-session-untitled = la sesión «{ $session }» no tiene título
problem-session-unknown-room = la sesión «{ $session }» está en la sala «{ $room }», que no es una sala
problem-session-unknown-preferred-room = la sesión «{ $session }» prefiere la sala «{ $room }», que no es una sala
problem-session-window-backwards = la sesión «{ $session }» tiene un intervalo permitido de { $start } a { $end }, que termina antes de empezar
problem-session-unknown-body = la sesión «{ $session }» nombra el órgano «{ $body }», que no es un órgano
problem-session-unknown-person = la sesión «{ $session }» nombra a la persona «{ $person }», que no es una persona
problem-session-blank-mark = la sesión «{ $session }» lleva una clave de nota en blanco; nombre una nota o quite la marca
problem-session-bad-mark = sesión «{ $session }»: { $reason }
problem-session-unknown-free-note = la sesión «{ $session }» lleva la nota libre «{ $key }», que no es una nota
problem-session-scheduled-minutes = la sesión «{ $session }» está programada, así que su duración es la de su colocación, no un número de minutos
problem-session-zero-minutes = la sesión «{ $session }» no está programada y tiene una duración de 0 minutos
problem-session-point-with-end = la sesión «{ $session }» es un instante o no tiene final fijado, así que su colocación termina donde empieza ({ $start }), no a las { $end }
problem-session-no-length = la sesión «{ $session }» no tiene duración: empieza y termina a las { $start }
problem-session-backwards = la sesión «{ $session }» termina a las { $end }, antes de empezar a las { $start }

## Por qué un archivo no es un documento de Plenary

load-format-other = su «format» es { $format }, no «plenary»
load-format-missing = no lleva la marca «format»: «plenary»
load-version-missing = falta su «version» o no es un número entero
load-version-zero = la versión 0 nunca existió

## Lo que dice el lector JSON de un texto que no puede leer

json-not-utf8 = no es texto UTF-8 (byte no válido en la posición { $offset })
json-eof-list = el texto termina en medio de una lista
json-eof-object = el texto termina en medio de un objeto
json-eof-string = el texto termina en medio de una cadena
json-eof-value = el texto termina donde se esperaba un valor
json-expected-colon = se esperaba «:»
json-expected-comma-or-bracket = se esperaba «,» o «]»
json-expected-comma-or-brace = se esperaba «,» o «{"}"}»
json-expected-ident = palabra desconocida (se esperaba true, false o null)
json-expected-value = se esperaba un valor
json-invalid-escape = secuencia de escape no válida
json-invalid-number = número no válido
json-number-out-of-range = número fuera de rango
json-invalid-unicode = punto de código Unicode no válido
json-control-character = carácter de control (\u0000-\u001F) dentro de una cadena
json-key-must-be-string = una clave debe ser una cadena
json-trailing-comma = coma sobrante al final
json-trailing-characters = caracteres sobrantes después del final del documento
json-too-deep = anidamiento demasiado profundo
json-invalid-type = tipo no válido: { $found }; se esperaba { $expected }
json-invalid-value = valor no válido: { $found }; se esperaba { $expected }
json-invalid-length = longitud no válida { $length }; se esperaba { $expected }
json-missing-field = falta el campo `{ $field }`
json-duplicate-field = campo `{ $field }` duplicado
json-unknown-field = campo desconocido `{ $name }`; campos posibles: { $expected }
json-unknown-field-none = campo desconocido `{ $name }`; aquí no cabe ningún campo
json-unknown-variant = valor desconocido `{ $name }`; valores posibles: { $expected }
json-unknown-variant-none = valor desconocido `{ $name }`; aquí no cabe ningún valor
json-found-string = cadena { $value }
json-found-integer = entero { $value }
json-found-number = número { $value }
json-found-boolean = booleano { $value }
json-found-character = carácter { $value }
json-found-null = null
json-found-array = una lista
json-found-object = un objeto
json-not-a-time = «{ $value }» no es una hora HH:MM (de 00:00 a 24:00)
json-not-a-stamp = «{ $value }» no es una fecha y hora AAAA-MM-DDTHH:MM

## Por qué la regla de una restricción no dice nada ($fault de refusal-pointless-rule)

rule-fault-repeated = nombra dos veces la sesión «{ $session }»; una regla relaciona sesiones distintas
rule-fault-too-few = necesita al menos dos sesiones distintas
rule-fault-one-sided = necesita una sesión antes y una sesión después

## Las órdenes, tal como un rechazo las nombra delante («Mover sesión: ...»)

command-add-session = Añadir sesión
command-edit-session = Modificar sesión
command-schedule-session = Programar sesión
command-move-session = Mover sesión
command-resize-session = Cambiar duración de la sesión
command-set-session-timing = Cambiar tipo de horario de la sesión
command-unschedule-session = Quitar sesión del programa
command-duplicate-session = Duplicar sesión
command-delete-session = Eliminar sesión
command-paste-sessions = Pegar sesiones
command-paste-sessions-count = Pegar { $count } sesiones
command-delete-sessions = Eliminar sesiones
command-delete-sessions-count = Eliminar { $count } sesiones
command-move-sessions = Mover sesiones
command-add-break = Añadir pausa
command-edit-break = Modificar pausa
command-remove-break = Eliminar pausa
command-add-slot = Añadir franja
command-edit-slot = Modificar franja
command-remove-slot = Eliminar franja
command-set-slot-times-of-a-day = Fijar las horas de una franja en un día
command-add-day = Añadir día
command-edit-day = Modificar día
command-remove-day = Eliminar día
command-add-room = Añadir sala
command-edit-room = Modificar sala
command-remove-room = Eliminar sala
command-add-body = Añadir órgano
command-edit-body = Modificar órgano
command-remove-body = Eliminar órgano
command-move-body = Mover órgano
command-add-bodies = Añadir órganos
command-add-series = Añadir { $kind ->
    [working-party] { $count ->
        [one] Grupo de Trabajo
       *[other] Grupos de Trabajo
    }
    [study-group] { $count ->
        [one] Comisión de Estudio
       *[other] Comisiones de Estudio
    }
   *[question] { $count ->
        [one] Cuestión
       *[other] Cuestiones
    }
} { $numbers }
command-place-meeting = Colocar sesión
command-add-person = Añadir persona
command-edit-person = Modificar persona
command-remove-person = Eliminar persona
command-add-constraint = Añadir restricción
command-edit-constraint = Modificar restricción
command-remove-constraint = Eliminar restricción
command-acknowledge-conflict = Aceptar conflicto
command-unacknowledge-conflict = Dejar de aceptar conflicto
command-set-severity = Cambiar gravedad
command-edit-meeting = Modificar reunión
command-shift-day = Desplazar día
command-swap-days = Intercambiar días
command-publish-revision = Publicar revisión
command-move-note = Mover nota
command-edit-note-text = Modificar texto de la nota
command-reset-note-order = Restablecer orden de las notas
command-add-free-note = Añadir nota libre
command-remove-free-note = Eliminar nota libre
command-mark-session = Marcar sesión
command-set-note-markers = Cambiar llamadas de nota
command-edit-notes-heading = Modificar título de las notas
command-move-meeting = Mover reunión
command-set-up-meeting = Configurar reunión
command-pin-sessions = Fijar sesiones
command-set-allowed-windows = Fijar intervalos permitidos
command-set-preferred-room = Fijar sala preferida
command-set-bodys-preferred-room = Fijar sala preferida del órgano
command-set-arrange-weight = Fijar peso de organización
command-arrange-sessions = Organizar sesiones
command-edit-translation = Modificar traducción

## Archivos que no pueden importarse en absoluto

import-error-not-utf8 = línea { $line }, columna { $column }: no es texto UTF-8: byte no válido en la posición { $offset }
import-error-xml = línea { $line }, columna { $column }: XML mal formado: { $reason }
import-error-json = línea { $line }, columna { $column }: JSON no válido: { $reason }
import-error-ical = línea { $line }: no es iCalendar: { $reason }
import-error-csv = línea { $line }: no es un CSV de Plenary: { $reason }
import-error-workbook = no es un libro de Excel (.xlsx) que Plenary pueda leer: { $reason }
import-error-sheet = { $at }: no es una hoja de Plenary: { $reason }
import-error-not-a-schedule = { $at }: no es un programa frab: { $reason }
import-error-unknown-time-zone = «{ $zone }» no es un nombre de zona horaria IANA (p. ej. Europe/Zurich)
import-error-not-xcal = { $at }: no es xCal: { $reason }
import-error-invalid = el programa importado es incoherente ({ $count } problema(s)): { $problems }
xcal-root-not-icalendar = el elemento raíz es <{ $element }>, no <icalendar>
xcal-no-vcalendar = <icalendar> no contiene ningún <vcalendar>
frab-root-not-schedule = el elemento raíz es <{ $element }>, no <schedule>
frab-no-schedule-object = no hay ningún objeto «schedule»
frab-no-conference-object = no hay ningún objeto «conference»
ical-empty = el archivo está vacío
ical-not-begin-vcalendar = empieza por «{ $start }», no por BEGIN:VCALENDAR
cli-import-failed = { $file } (como { $format }): { $reason }

## Exportaciones que fallan, y nombres pedidos que no existen

export-failed = exportación { $format }: { $reason }
export-cannot-write = no se puede escribir: { $error }
export-unknown-body = no hay ningún órgano «{ $body }» en este programa
export-bad-time-zone = la zona horaria de la reunión, «{ $zone }», no es un nombre de zona IANA
export-workbook-failed = no se puede generar el libro: { $error }
export-docx-failed = no se puede escribir el paquete DOCX: { $error }
export-pdf-failed = no se puede generar el PDF: { $error }
export-no-pdf = este plenary se compiló sin la función `pdf`; vuelva a compilarlo con `cargo build --features pdf`, o exporte annex-docx y convierta el archivo
refusal-unknown-layout = presentación de anexo desconocida «{ $layout }»; valores posibles: days, bodies, plan o agenda
refusal-unknown-language = no existe el idioma «{ $code }»; valores posibles: ar, zh, en, fr, ru o es
refusal-unknown-export-format = no existe el formato de exportación «{ $format }»
refusal-unknown-session = no hay ninguna sesión con el identificador «{ $session }»
refusal-bad-range = las horas pedidas (de { $from } a { $to } minutos después de medianoche, cada { $step } minutos) no forman un intervalo de un solo día con un paso de 1 a 1440 minutos
refusal-publish-unknown-revision = ninguna revisión tiene la etiqueta «{ $label }»; el documento tiene: { $known }

## Rechazos de archivos por la línea de órdenes, y por qué no se reconoce el formato de un archivo

cli-cannot-read = no se puede leer { $file }: { $error }
cli-cannot-write = no se puede escribir { $file }: { $error }
cli-cannot-publish = no se puede publicar en { $folder }: { $error }
cli-not-a-document = { $file }: no es un documento de Plenary; impórtelo primero con `plenary import`
cli-already-a-document = { $file }: ya es un documento de Plenary; no hay nada que importar (compruébelo, expórtelo o revíselo tal cual)
cli-taken-for-a-document = se toma por un documento de Plenary (JSON sin clave «schedule»), pero no lo es: { $reason }
cli-not-importable = { $file }: no es un archivo que Plenary importe: { $reason }. Plenary importa programas frab (XML, JSON), iCalendar, xCal, CSV y libros de Excel; si el archivo es de uno de estos formatos, indíquelo con --from { $formats }
cli-unknown-body = --body { $body }: ningún órgano tiene este identificador o nombre corto (órganos: { $known })
undetected-extension = su extensión «.{ $extension }» no corresponde a ningún formato que Plenary importe
undetected-no-extension = su nombre no tiene ninguna extensión que indique un formato
undetected-empty = el archivo está vacío, y { $name }
undetected-not-text = su contenido no es texto (el byte { $byte } en la posición { $offset }, línea { $line }, columna { $column }, no es UTF-8)
undetected-unknown-text = su contenido no es XML, ni JSON, ni iCalendar (empieza por «{ $start }»)
undetected-content-and-name = { $content }, y { $name }

## Etiquetas de deshacer: lo que hizo un paso.

undo-untitled-session = sesión sin título
undo-add-session = Añadir { $session }
undo-add-session-on = Añadir { $session } el { $at }
undo-rename = Cambiar el nombre de { $session } a { $new }
undo-edit-title = Editar el título de { $session }
undo-put-in-room = Poner { $session } en { $room }
undo-take-out-of-room = Quitar { $session } de su sala
undo-change-kind = Cambiar el tipo de { $session }
undo-mark-tentative = Marcar { $session } como provisional
undo-confirm = Confirmar { $session }
undo-make-exclusive = Hacer exclusiva { $session }
undo-make-not-exclusive = Hacer no exclusiva { $session }
undo-edit = Editar { $session }
undo-schedule = Programar { $session } el { $at }
undo-move = Mover { $session } a { $to }
undo-move-into = Mover { $session } a { $to }, sala { $room }
undo-resize = Cambiar la duración de { $session } a { $start }–{ $end }
undo-make-span = Hacer de { $session } un intervalo
undo-make-point = Hacer de { $session } un momento puntual
undo-make-open-ended = Dejar { $session } sin hora de fin
undo-unschedule = Quitar { $session } del programa
undo-duplicate = Duplicar { $session }
undo-duplicate-to = Duplicar { $session } en { $at }
undo-delete = Eliminar { $session }
undo-pin = Fijar { $session }
undo-unpin = Dejar de fijar { $session }
undo-pin-count = Fijar { $count } sesiones
undo-unpin-count = Dejar de fijar { $count } sesiones
undo-prefer-room = Preferir { $room } para { $session }
undo-prefer-no-room = Ninguna sala preferida para { $session }
undo-windows-none = Permitir { $session } a cualquier hora
undo-windows =
    { $count ->
        [one] Dar a { $session } una franja permitida
       *[other] Dar a { $session } { $count } franjas permitidas
    }
undo-move-sessions-later = Retrasar { $count } sesiones { $by }
undo-move-sessions-earlier = Adelantar { $count } sesiones { $by }
undo-move-sessions-nothing = Mover { $count } sesiones sin desplazamiento
undo-days =
    { $count ->
        [one] { $count } día
       *[other] { $count } días
    }
undo-hours = { $count } h
undo-minutes = { $count } min
undo-slot-day-times = Fijar { $slot } del { $day } en { $start }–{ $end }
undo-slot-usual-times = Devolver a { $slot } del { $day } su horario habitual
undo-mark-note = Marcar { $session } con la nota { $note }
undo-unmark-note = Quitar la llamada de nota de { $session }
undo-remove-note = Eliminar la nota { $note }
undo-note-free = «{ $id }»
undo-note-hours = del horario normal
undo-hide-markers = Ocultar las llamadas de nota
undo-markers-numbers = Marcar las notas con números
undo-markers-letters = Marcar las notas con letras
undo-markers-paren-letters = Marcar las notas con (a), (b), ...
undo-notes-heading = Titular las notas en { $lang }: { $text }
undo-notes-heading-reset = Restablecer el título de las notas en { $lang }
undo-arrange =
    { $count ->
        [one] Organizar { $count } sesión
       *[other] Organizar { $count } sesiones
    }

## Hojas de cálculo (CSV y Excel) que no se pueden importar.

import-no-title-column = la fila de encabezado no tiene columna «title» (tiene: { $has }); las columnas son: { $columns }
import-xlsx-damaged = el libro está dañado: una parte no se puede leer (ábralo en una hoja de cálculo y guárdelo de nuevo, o guárdelo como CSV)
import-xlsx-old-xls = { $reason } (es un archivo .xls antiguo de Excel 97-2003: guárdelo como .xlsx o como CSV)
import-xlsx-not-zip = { $reason } (un archivo .xlsx es un paquete ZIP, y este archivo no lo es)
import-xlsx-no-worksheet = el libro no tiene ninguna hoja de cálculo
import-xlsx-no-title-sheet = ninguna hoja tiene una fila de encabezado con una columna «title»
import-xlsx-sheet-unreadable = no se puede leer la hoja «{ $sheet }»: { $reason }
import-xlsx-sheet-unreadable-after = no se puede leer la hoja «{ $sheet }» después de la fila { $row }: { $reason }
import-xlsx-cell-error = la celda contiene el error { $error }; se lee como vacía
import-xlsx-sheet-empty = la hoja está vacía (su primera fila debe nombrar las columnas: id, title, kind, start, end, ...)

## Lo que dice la línea de órdenes al terminar.

cli-wrote-import = se escribió { $file } ({ $sessions } sesiones, { $rooms } salas, { $persons } personas, { $days } días)
cli-publish-would = Se publicarían { $files } archivo(s) en { $dir }: { $added } nuevo(s), { $changed } modificado(s), { $unchanged } sin cambios, { $removed } eliminado(s)
cli-publish-would-new = Se publicarían { $files } archivo(s) en { $dir } (una carpeta nueva): { $added } nuevo(s), { $changed } modificado(s), { $unchanged } sin cambios, { $removed } eliminado(s)
cli-published = Se publicaron { $files } archivo(s), { $kb } kB, en { $dir }
cli-revised = se publicó { $label } ({ $date })
cli-arrange-nothing-written = no se escribió nada (indique -o SALIDA o --in-place)
cli-not-canonical = { $file } no está en forma canónica (ejecute `plenary fmt` sobre él)
cli-font-unreadable = no se puede leer la fuente { $file }

## Lo que dice el lector XML de Plenary de un archivo XML mal formado.

xml-second-root = un segundo elemento raíz después del primero
xml-text-outside-root = texto fuera del elemento raíz
xml-ends-inside = el archivo termina antes de cerrarse <{ $element }>
xml-no-root = no hay elemento raíz
xml-unknown-entity = entidad desconocida «&{ $name };»
