# La interfaz de Plenary en español. Cada línea es `identificador = texto`; `{ $nombre }` lo
# rellena la aplicación. Los plurales siguen las categorías CLDR
# (https://projectfluent.org/fluent/guide/selectors.html). No cambie los identificadores.

language-autonym = Español
language-menu = Idioma de la interfaz

header-undo-title = Deshacer { $what } (Ctrl+Z)
header-redo-title = Rehacer { $what } (Ctrl+Mayús+Z)
header-nothing-to-undo = Nada que deshacer
header-nothing-to-redo = Nada que rehacer
header-unsaved-title = El programa tiene cambios sin guardar
header-edited = Modificado
header-conflict-summary = Resumen de conflictos
header-open = Abrir…
header-open-title = Abrir un programa (Ctrl+O)
header-save = Guardar
header-save-title = Guardar (Ctrl+S; Guardar como: Ctrl+Mayús+S)
header-revisions = Revisiones
header-revisions-title = Publicar y comparar revisiones
header-undo = Deshacer
header-redo = Rehacer

## Tipos de sesión y número de conflictos

kind-plenary = Plenaria
kind-working-party = Grupo de Trabajo
kind-question = Cuestión
kind-training = Formación
kind-management = Dirección
kind-briefing = Sesión informativa
kind-webinar = Seminario web
kind-social = Acto social
kind-other = Otro

count-error = { $n ->
    [one] { $n } error
   *[other] { $n } errores
}
count-warning = { $n ->
    [one] { $n } advertencia
   *[other] { $n } advertencias
}
count-info = { $n ->
    [one] { $n } nota
   *[other] { $n } notas
}
count-acknowledged = { $n ->
    [one] { $n } aceptado
   *[other] { $n } aceptados
}
no-conflicts = Sin conflictos
untitled-session = Sesión sin título
untitled-session-at = Sesión sin título, { $day } { $times }

## Tipos de conflicto

conflict-kind-room-clash = Sala ocupada
conflict-kind-person-clash = Persona en dos lugares
conflict-kind-body-clash = Órgano reunido dos veces
conflict-kind-exclusive-overlap = Junto a una sesión exclusiva
conflict-kind-break-overlap = Durante una pausa
conflict-kind-outside-day-hours = Fuera del horario del día
conflict-kind-non-working-day = En fin de semana o festivo
conflict-kind-outside-meeting-dates = Fuera de las fechas de la reunión
conflict-kind-order-violation = Orden no respetado
conflict-kind-capacity-exceeded = Sala demasiado pequeña
conflict-kind-interpretation-unavailable = Sin cabinas de interpretación
conflict-kind-interpreters-overbooked = Intérpretes sobrecargados

## Barra de herramientas

toolbar-label = Vista
toolbar-view = Vista
toolbar-new-session = Nueva sesión
toolbar-new-session-title = Una nueva sesión, con el título listo para escribir (N); o haga doble clic en la cuadrícula donde vaya
toolbar-days = Días
toolbar-rooms = Salas
toolbar-bodies = Órganos
toolbar-bodies-title = Una fila por órgano, una columna por media jornada: dónde se reúne cada Grupo de Trabajo y cada Cuestión
toolbar-annex = Anexo
toolbar-translations = Traducciones
toolbar-translations-title = Todos los textos de la reunión, una columna por idioma
toolbar-orientation-rows-title = Días en filas, el tiempo de izquierda a derecha: pasar a días en columnas
toolbar-orientation-columns-title = Días en columnas, el tiempo hacia abajo: pasar a días en filas
toolbar-days-as-rows = Días en filas
toolbar-condensed = Compacto
toolbar-snap = Paso
toolbar-snap-minutes = { $n } min
toolbar-search = Buscar sesiones
toolbar-filter-room = Filtrar por sala
toolbar-all-rooms = Todas las salas
toolbar-filter-body = Filtrar por órgano
toolbar-all-bodies = Todos los órganos
toolbar-filter-kind = Filtrar por tipo
toolbar-all-kinds = Todos los tipos
toolbar-filter-person = Filtrar por persona
toolbar-all-persons = Todas las personas
toolbar-shown = { $n ->
    [0] Ninguna sesión coincide
    [one] { $n } mostrada
   *[other] { $n } mostradas
}
toolbar-clear = Borrar

## Paleta de sesiones sin programar

palette-heading = Sin programar
palette-arrange = Organizar…
palette-arrange-title = Dejar que Plenary coloque las sesiones donde no causen conflictos
palette-item-label = { $title }, { $kind }, sin programar
palette-item-title = { $kind }: arrástrela a un día para programarla
palette-empty = Todas las sesiones están programadas. Arrastre una aquí para quitarla del programa.
# La marca de una sesión provisional («por confirmar»)
tbd = Por conf.

## Bloques de sesión

change-added = Nueva
change-moved = Movida
change-changed = Modificada
change-arranged = Nuevo lugar
change-placed = Colocada
change-since = { $what } desde { $since }
change-the-revision = la revisión
mark-error = Conflicto (error)
mark-warning = Conflicto (advertencia)
mark-info = Conflicto (nota)
mark-acknowledged = Conflicto aceptado
session-tentative-name = provisional
session-exclusive-name = exclusiva
session-tentative = Provisional
session-tentative-title = Provisional (por confirmar)
session-exclusive-title = Exclusiva: nada puede celebrarse en paralelo
session-exclusive-short = Excl.
session-drag-start = Arrastre para cambiar el inicio
session-drag-end = Arrastre para cambiar el final

## Palabras comunes

ok = Aceptar
cancel = Cancelar
close = Cerrar

## Panel de conflictos

conflicts-heading = Conflictos
conflicts-empty = Sin conflictos. El programa está despejado.
conflicts-group-error = Errores
conflicts-group-warning = Advertencias
conflicts-group-info = Notas
conflicts-group-acknowledged = Aceptados
conflicts-new = Nuevo
conflicts-new-title = Causado por el último cambio
conflicts-acknowledged = Aceptado
conflicts-acknowledged-because = Aceptado: { $reason }
conflicts-reason-label = Por qué este conflicto es aceptable
conflicts-reason-placeholder = ¿Por qué es aceptable?
conflicts-unacknowledge = Dejar de aceptar
conflicts-acknowledge = Aceptar…
conflicts-show-all = Mostrar todos ({ $n })
conflicts-show-fewer = Mostrar menos

## Pantalla de inicio (un documento sin días)

start-heading = Preparar la reunión
start-intro = Este programa aún no tiene días. Empiece por el título de la reunión, la ciudad, el primer y el último día, el horario habitual y los idiomas; los días se crean entonces de una vez.
start-set-up = Preparar la reunión…
start-open = Abrir un programa…
start-recent = Programas recientes
start-example = Ejemplo
start-example-name = La reunión de ejemplo
start-example-what = Un programa completo para explorar

## Menú contextual de la cuadrícula

grid-menu-label = Cuadrícula en { $when }
grid-menu-new = Nueva sesión aquí
grid-menu-paste = Pegar aquí
grid-menu-paste-title = Copie primero una sesión (Ctrl+C)

## Banda de error

error-command-refused = Ese cambio fue rechazado
error-invalid-document = No se pudo leer el documento
error-io = Falló la lectura o escritura de un archivo
error-locked = Otra persona tiene abierto este documento
error-read-only = Este documento está abierto en solo lectura
error-internal = Algo salió mal
error-retry = Reintentar
error-dismiss = Cerrar

## Diálogos sobre el archivo

save-as = Guardar como…
disk-title = El archivo cambió en el disco
disk-question = Otra persona u otro programa lo guardó. ¿Sobrescribirlo con este programa y perder sus cambios?
disk-overwrite = Sobrescribir

locked-title = Otra persona tiene abierto este programa
locked-read-only-term = Solo lectura
locked-read-only-what = para consultarlo; sus cambios pueden guardarse en otro archivo.
locked-copy-term = Una copia
locked-copy-what = una copia sin título, guardada donde usted elija.
locked-anyway-term = De todos modos
locked-anyway-what = modificarlo como lo hacen ellos. Cada guardado comprueba antes el archivo: nadie sobrescribe al otro sin que se le pregunte.
locked-open-anyway = Abrir de todos modos
locked-open-copy = Abrir una copia
locked-open-read-only = Abrir en solo lectura

unsaved-title = ¿Guardar los cambios?
unsaved-question = «{ $name }» tiene cambios sin guardar. ¿Guardarlos antes de { $doing }? Si no los guarda, se perderán.
unsaved-discard = No guardar
doing-open-another = abrir otro programa
doing-new-meeting = empezar una nueva reunión
doing-close = cerrar
doing-import-again = volver a importar el archivo

setup-failed = No se pudo preparar la reunión.

## Diálogos de archivos

file-plenary-timetable = Programa de Plenary
file-schedules = Programas (frab, iCalendar, xCal, CSV, Excel)
file-open-title = Abrir programa
file-save-title = Guardar programa
file-import-title = Importar un programa
file-export-title = Exportar

## Horas y fechas escritas

typed-time-empty = Escriba una hora, p. ej. 09:30.
typed-time-malformed = «{ $text }» no es una hora: escríbala como 09:30, 0930 o 9.30.
typed-time-minutes-digits = «{ $text }»: escriba los minutos con dos cifras (p. ej. 12:05 o 12:50).
typed-time-am-pm = «{ $text }»: con am o pm la hora va de 1 a 12.
typed-time-minutes = «{ $text }» no es una hora: los minutos llegan hasta 59.
typed-time-day-end = «{ $text }» no es una hora: el día termina a las 24:00.
typed-date-empty = Escriba una fecha, p. ej. { $example }.
typed-date-no-month-name = «{ $text }»: no hay ningún mes «{ $name }».
typed-date-year = «{ $text }»: escriba el año completo, p. ej. { $example }.
typed-date-malformed = «{ $text }» no es una fecha: escríbala como { $example }.
typed-date-no-month = «{ $text }» no es una fecha: no hay mes { $month } (escríbala como { $example }).
typed-date-days = «{ $text }» no es una fecha: ese mes tiene { $days } días.

## Días

day-weekend = Fin de semana
day-holiday = Festivo
day-outside = Fuera de fechas
day-note = Nota: { $note }

## Días dibujados en conjunto, y los rastros de los cambios

aggregate-sessions = { $n ->
    [one] { $n } sesión
   *[other] { $n } sesiones
}
aggregate-in-conflict = { $count }, { $n } en conflicto
aggregate-label = { $what }, { $times }; desplegar el día
aggregate-title = { $what }, { $times }. Haga clic para verlas.
ghost-was-here-title = Estaba aquí en { $since }: { $title }, { $times }
ghost-removed = Eliminada: { $title }
ghost-was-here = Estaba aquí: { $title }

drag-checking = Comprobando…
drag-no-new-conflict = Ningún conflicto nuevo
drag-new-conflicts = { $n ->
    [one] 1 conflicto nuevo
   *[other] { $n } conflictos nuevos
}

## Cuadrícula

grid-no-room = Sin sala
grid-local-times = Todas las horas son locales de la reunión ({ $zone })
fit-legend = Dónde puede empezar:
fit-clean = sin conflicto
fit-warnings = advertencias
fit-errors = errores

## Recuperación tras un cierre inesperado

recovery-title = ¿Recuperar los cambios sin guardar?
recovery-intro = { $n ->
    [one] Plenary no se cerró con normalidad la última vez. Conservó este programa con cambios que no se guardaron.
   *[other] Plenary no se cerró con normalidad la última vez. Conservó estos programas con cambios que no se guardaron.
}
recovery-autosaved = guardado automáticamente el { $when }
recovery-unsaved-edits = { $n ->
    [one] { $n } cambio sin guardar
   *[other] { $n } cambios sin guardar
}
recovery-problem = No se puede recuperar: { $problem }
recovery-recover = Recuperar
recovery-discard = Descartar
recovery-hint-many = Plenary edita un programa a la vez: los demás se ofrecerán de nuevo en el próximo inicio.
recovery-hint-one = «Más tarde» lo conserva para el próximo inicio.
recovery-later = Más tarde

## Paneles laterales

panel-show = Mostrar: { $label }
panel-hide = Ocultar: { $label }
panel-hide-title = Ocultar: { $label } (la cuadrícula ocupa el ancho)

time-field-title = 09:30, 0930, 9.30 o 930

## Órganos

series-label = Serie de órganos
series-title = Una Comisión de Estudio (SG2), Grupos de Trabajo (WP1/2-WP2/2, bajo SG2 si existe) o Cuestiones (Q1/2-Q4/2 under WP1/2)
series-add = Añadir serie

## Informe de importación

import-heading = { $n ->
    [one] { $n } evento importado de { $format }
   *[other] { $n } eventos importados de { $format }
}
import-as-breaks = ({ $n } como pausas)
import-counts = { $skipped } omitidos, { $guessed } deducidos, { $repaired } reparados
import-zone-guessed = El archivo no dice qué reloj siguen sus horas: se leyeron en la hora de { $zone }.
import-zone-keep = Conservar
import-zone-or = o leerlas en la hora de
import-zone-placeholder = una ciudad, o una zona como Europe/Brussels
import-again-in = Importar de nuevo en la hora de { $zone }
import-again = Importar de nuevo
import-action-skipped = omitido
import-action-guessed = deducido
import-action-repaired = reparado
import-nothing = No se omitió, dedujo ni reparó nada.

## Notas bajo el cuadro del anexo

remove = Quitar
notes-label = Notas bajo el cuadro
notes-markers = Llamadas
notes-no-markers = Sin llamadas en las celdas
notes-heading = Encabezado de las notas
notes-heading-placeholder = El encabezado habitual (Notas:)
notes-own = Notas propias
notes-text-of = Texto de la nota { $key }
notes-text-new = Texto de una nota nueva
notes-new-placeholder = Una nota propia (p. ej. Las tarjetas de identificación se recogen en la entrada Montbrillant.)
notes-add = Añadir nota
notes-mark-session = Marcar una sesión
notes-choose-session = Elija una sesión…
notes-with-marker = con la llamada de
notes-no-note = ninguna nota (quitar su llamada)
notes-mark = Marcar

bodies-joint = { $title } (conjunta: { $bodies })
bodies-label = Órganos por media jornada
bodies-failure = No se pudo dibujar la vista de órganos: { $failure }
bodies-empty = Aún no hay órganos. Escríbalos aquí, una serie a la vez: la Comisión de Estudio («SG2»), sus Grupos de Trabajo («WP1/2-WP2/2») y luego sus Cuestiones («Q1/2-Q4/2 under WP1/2»). La sección Órganos del panel Reunión edita sus nombres y su lugar en el árbol.
bodies-no-days = La reunión aún no tiene días ni franjas. Prepare la reunión para obtener sus días y medias jornadas.
bodies-not-a-meeting-day = { $day }: no es día de reunión
bodies-place-label = Colocar una reunión de { $body } el { $day }, { $slot }
bodies-place-title = Colocar aquí una reunión de { $body }
bodies-hint = Haga clic en una celda vacía para colocar allí la reunión del órgano (el horario habitual de la franja, su sala habitual); arrastre una reunión a otra celda de su fila para moverla; Supr elimina la seleccionada. ⧉ marca una sesión conjunta.

## Anexo

annex-label = Anexo de la carta
annex-what = El anexo de la carta tal como se exportará; sigue cada cambio.
annex-language = Idioma
annex-layout = Presentación
# The core's annex layouts and export formats, by their names on the wire ($label: the core's English).
layout-name = { $name ->
    [days] Días × franjas
    [bodies] Órganos × medias jornadas
    [plan] Plan de gestión del tiempo
    [agenda] Orden del día (una fila por punto)
   *[other] { $label }
}
annex-failure = No se pudo dibujar el anexo: { $failure }
annex-warnings = { $n ->
    [one] { $n } punto que el anexo no dice como el programa
   *[other] { $n } puntos que el anexo no dice como el programa
}
annex-rendering = Componiendo el anexo…

body-kind-study-group = Comisión de Estudio
body-kind-working-party = Grupo de Trabajo
body-kind-question = Cuestión
body-kind-management = Equipo de dirección
body-kind-track = Línea temática
body-kind-other = Otro grupo
body-tree-heading = Órganos
body-tree-grip = Arrastre sobre otro órgano para colocarlo debajo de él
body-tree-expand = Nombre completo de { $body } en cada idioma
body-tree-short = Nombre corto de { $body }
body-tree-name = Nombre completo de { $body }
body-tree-full-name = Nombre completo
body-tree-own-hours = Horario propio
body-tree-period-start = Inicio del periodo { $n } de { $body }
body-tree-period-end = Fin del periodo { $n } de { $body }
body-tree-period-remove = Quitar el periodo { $n } de { $body }
body-tree-day-hours = El horario y las pausas del día
body-tree-add-period = Añadir periodo
body-tree-parallel = Se reúne en paralelo con { $parent }
body-tree-its-parent = su órgano superior
body-tree-kind = Tipo de { $body }
body-tree-in = en
body-tree-parent = Órgano superior de { $body }
body-tree-top-level-option = (nivel superior)
body-tree-remove = Quitar el órgano { $body }
body-tree-top-level = Nivel superior
body-tree-drop-top = Suelte aquí para el nivel superior
body-tree-add = Añadir órgano
body-tree-hint = Arrastre un órgano sobre otro para colocarlo debajo de él.

## Preparación de una reunión

setup-new-meeting = Nueva reunión
setup-first-day-missing = Escriba el primer día de la reunión.
setup-languages = Idiomas de la reunión
setup-title-in = Título en { $lang }
setup-main-language = (idioma principal)
setup-make-main = hacer principal
setup-city = Ciudad (fija el huso horario)
setup-city-placeholder = p. ej. Ginebra (obligatorio)
setup-clocks-of = Hora de { $zone }
setup-zone-hint = Una ciudad de la lista, o una zona como Europe/Zurich
setup-venue = Lugar
setup-venue-placeholder = Sede de la UIT
setup-first-day = Primer día
setup-last-day = Último día
setup-days-off = Días libres cada semana
setup-template = Horario, franjas y pausas
setup-template-itu-t = UIT-T: 09:30-12:30 y 14:30-17:30, café 30 min
setup-template-itu-t-early = UIT-T, mañanas desde las 09:00
setup-template-blank = Vacío: sin franjas ni pausas
setup-template-keep = Mantener el horario, las franjas y las pausas actuales
# The letters of a date field's placeholder (dd/mm/yyyy), in the order the language writes dates.
date-pattern-day = dd
date-pattern-month = mm
date-pattern-year = aaaa
setup-apply = Aplicar
setup-create = Crear la reunión

## Panel Reunión

meeting-heading = Reunión
meeting-title = Título
meeting-day-starts = Inicio del día
meeting-day-ends = Fin del día
meeting-day-working = Día laborable
meeting-remove-day = Quitar el { $date }
meeting-kind-of = Tipo del { $date }
meeting-start-of = Inicio del { $date }
meeting-end-of = Fin del { $date }
meeting-new-day = Nuevo día
meeting-add-day = Añadir día
meeting-slots = Franjas
meeting-slot-name = Nombre de la franja
meeting-slot-start = Inicio de la franja
meeting-slot-end = Fin de la franja
meeting-remove-slot = Quitar la franja
meeting-slot-start-on = Inicio de la franja el { $date }
meeting-slot-end-on = Fin de la franja el { $date }
meeting-usual-times-on = Horario habitual el { $date }
meeting-other-times-label = Otro horario un día
meeting-other-times = Otro horario el…
meeting-add-slot = Añadir franja
meeting-breaks = Pausas
meeting-break-coffee = Café
meeting-break-meal = Comida
meeting-break-other = Otra
meeting-break-name = Nombre de la pausa
meeting-break-kind = Tipo de pausa
meeting-remove-break = Quitar la pausa
meeting-break-start = Inicio de la pausa
meeting-break-end = Fin de la pausa
meeting-break-day = Día de la pausa
meeting-every-working-day = Todos los días laborables
meeting-add-break = Añadir pausa
meeting-room-name = Nombre de la sala
meeting-seats = Plazas
meeting-booths = Cabinas
meeting-booths-title = Cabinas de interpretación
meeting-remove-room = Quitar la sala { $name }
meeting-add-room = Añadir sala
meeting-persons = Personas
meeting-person-name = Nombre
meeting-role = Cargo
meeting-remove-person = Quitar a { $name }
meeting-add-person = Añadir persona
meeting-constraints = Restricciones
meeting-remove-constraint = Quitar la restricción
meeting-why = Motivo
meeting-why-placeholder = Motivo (nota)
meeting-first-session = Primera sesión
meeting-second-session = Segunda sesión
meeting-session-option = Sesión…
meeting-rule = Regla
meeting-rule-before = antes de
meeting-rule-in-sequence = y luego, seguida de,
meeting-rule-no-overlap = no deben solaparse
meeting-rule-fixed-time = está fijada en el tiempo
meeting-rule-text-before = { $earlier } antes de { $later }
meeting-rule-text-in-sequence = Seguidas: { $sessions }
meeting-rule-text-no-overlap = Sin solaparse: { $sessions }
meeting-rule-text-fixed-time = { $session } fijada a las { $at }
meeting-place-first = Coloque primero la sesión: lo que se fija es su lugar
meeting-add-constraint = Añadir restricción
meeting-severities = Gravedad
meeting-severity-default = Por defecto
severity-error = error
severity-warning = advertencia
severity-info = nota

## Propiedades de una sesión

props-label = Propiedades
props-of = Propiedades de
props-session = Sesión
props-many-selected = { $n } sesiones seleccionadas: arrastre una de ellas o use las flechas para moverlas juntas.
props-none-selected = Seleccione una sesión para editarla. Para crear una, haga doble clic en la cuadrícula donde vaya, arrastre allí o pulse N.
props-kind = Tipo
props-timing = Duración
props-timing-span = De un inicio a un final
props-timing-point = Un momento concreto (solo inicio)
props-timing-open-ended = Sin final fijado (un inicio, sin final)
props-when = Cuándo
props-start = Inicio
props-end = Fin
props-unschedule = Quitar del programa
props-unscheduled = Sin programar: arrástrela de la paleta a un día.
props-room = Sala
props-exclusive = Exclusiva
props-pinned = Fijada
props-pinned-title = La organización automática nunca mueve una sesión fijada
props-preferred-room = Sala preferida
props-preferred-room-title = La sala que la organización automática prueba primero
props-none = Ninguna
props-no-bodies = Aún no hay órganos (pestaña Reunión).
props-no-persons = Aún no hay personas (pestaña Reunión).
choice-find = Buscar entre { $n }…
choice-none-yet = Nada elegido: escriba un nombre arriba para encontrarlo.
choice-no-match = Nada coincide.
choice-more = { $n } más coinciden: escriba más del nombre.
props-annex-cell = En una celda
props-annex-note-only = En una nota
props-annex-both = En una celda y una nota
props-annex-hidden = No en el anexo
props-annex-label = Etiqueta en el anexo
props-annex-label-placeholder = El título
props-annex-note = Nota en el anexo
props-annex-note-placeholder = El título, con su horario
props-duplicate = Duplicar
props-delete = Eliminar

## Revisiones

revisions-copied = Copiado.
revisions-no-clipboard = El portapapeles no está disponible aquí: seleccione el texto y pulse Ctrl+C.
revisions-close = Cerrar las revisiones
revisions-empty = Aún no se ha publicado ninguna revisión. Publique una para comparar con ella las versiones posteriores.
revisions-list = Revisiones publicadas, la más reciente primero
revisions-publish-heading = Publicar una revisión
revisions-label = Etiqueta
revisions-date = Fecha
revisions-comment = Comentario (opcional)
revisions-comment-placeholder = Para qué es esta revisión
revisions-publish = Publicar { $label }
revisions-revision = la revisión
revisions-compare = Comparar
revisions-from = De
revisions-to = A
revisions-current = Estado actual
revisions-overlay = Mostrar en la cuadrícula los cambios desde { $since }
revisions-a-revision = una revisión
revisions-changes = Cambios de { $from } a { $to }
revisions-the-current = el estado actual
revisions-no-changes = Sin cambios.
revisions-show = Mostrarlo en la cuadrícula
revisions-summary = Resumen para el correo electrónico
revisions-form = Forma
revisions-plain = Texto sin formato
revisions-copy = Copiar

## Exportación

export-format = Formato
format-name = { $name ->
    [annex-docx] Documento de Word
    [annex-pdf] PDF
    [annex-html] Página web
    [annex-md] Markdown
    [annex-txt] Texto sin formato
    [frab-xml] schedule.xml de frab
    [frab-json] schedule.json de frab
    [ics] iCalendar
    [csv] CSV (una fila por sesión)
    [xlsx] Libro de Excel
   *[other] { $label }
}
export-other-tools = Para otras herramientas
export-version = Versión
export-mark-changes = Marcar los cambios desde
export-no-marks = Sin marcas
export-missing = { $n ->
    [one] Un texto no tiene versión en { $lang } y se muestra en otro idioma: { $which }.
   *[other] { $more ->
        [0] { $n } textos no tienen versión en { $lang } y se muestran en otro idioma: { $which }.
       *[other] { $n } textos no tienen versión en { $lang } y se muestran en otro idioma: { $which } y { $more } más.
    }
}
export-missing-meeting-title = el título de la reunión
export-missing-session-title = sesión «{ $owner }» (título)
export-missing-annex-label = sesión «{ $owner }» (etiqueta en el anexo)
export-missing-annex-note = sesión «{ $owner }» (nota en el anexo)
export-missing-body-name = órgano «{ $owner }» (nombre completo)
export-missing-slot-name = franja «{ $owner }» (nombre)
export-missing-break-name = pausa «{ $owner }» (nombre)
export-missing-notes-heading = el encabezado de las notas
export-missing-free-note = nota libre «{ $owner }» (texto)
export-fill = Completarlos…
export-not-meeting-lang = El { $lang } no es uno de los idiomas de la reunión (Reunión › Preparar).
export-hint-annex = El anexo tal como se escribirá, en esta presentación e idioma:
export-hint-other = { $format } contiene cada sesión con su horario, sala y órganos; el anexo de abajo es de referencia.
export-preview-failed = Falló la vista previa: { $error }
export-preview = Vista previa del anexo
export-rendering = Componiendo la vista previa…
export-notes-frozen = Las notas de { $revision } son las publicadas; elija el estado actual para editar las notas.
export-notes-failed = No se pudieron listar las notas: { $error }
export-no-notes = Este anexo no tiene notas.
export-note-text = Texto de la nota { $n }
export-note-up = Subir la nota { $n }
export-note-down = Bajar la nota { $n }
export-note-derived = Texto derivado: { $text }
export-note-reset = Volver al texto derivado
export-saved = Guardado { $path }.
export-saving = Guardando…
# $name: the format's name on the wire, for the words a language needs mid-sentence.
export-save = { $name ->
    [annex-docx] Guardar el documento de Word…
    [annex-html] Guardar la página web…
    [annex-txt] Guardar en texto sin formato…
    [csv] Guardar en CSV…
    [xlsx] Guardar el libro de Excel…
   *[other] Guardar { $format }…
}

## Traducciones de los textos de la reunión

translations-meeting-title = Título de la reunión
translations-session-title = Título de la sesión
translations-body-name = Nombre del órgano
translations-notes-heading = Encabezado de las notas
translations-free-note = Nota libre
translations-missing-only = Solo las filas a las que les falta un texto
translations-missing-in = Falta en
translations-in-any = en cualquier idioma
translations-in = en { $lang }
translations-count = { $n ->
    [0] { $lang }: completo
    [one] { $lang }: falta { $n }
   *[other] { $lang }: faltan { $n }
}
translations-failure = No se pudieron listar los textos: { $failure }
translations-listing = Listando los textos…
translations-none-missing = No falta ningún texto.
translations-none-missing-in = No falta ningún texto en { $lang }.
translations-no-texts = El documento aún no tiene textos.
translations-show-every = Mostrar todos los textos
translations-text = Texto
translations-cell = { $what } en { $lang }
translations-cell-of = { $what } de { $owner } en { $lang }
translations-missing = Falta
translations-copy-into = Copiar al { $lang } desde
translations-copy-from = Copiar desde…

## La ventana

app-timetable = Programa
app-filter-empty = Ninguna sesión coincide con el filtro: la cuadrícula está vacía.
app-clear-filter = Borrar el filtro
app-side-panel = Conflictos y paleta
app-loading = Cargando el programa…
app-none-open = No hay ningún programa abierto.
app-this-timetable = Este programa

## Mejores lugares para una sesión (panel de propiedades)
places-best = Mejores lugares
places-fit-clean = sin conflictos
places-fit-info = solo notas
places-fit-warning = advertencias
places-fit-error = errores
places-title = Colocarla aquí ({ $fit })
places-title-kinds = Colocarla aquí ({ $fit }: { $kinds })

## Impresión (Archivo > Imprimir)
print-untitled = Reunión sin título
print-printed = Impreso el { $date }

## Disposición: franjas permitidas y pesos
windows-legend = Franjas permitidas
windows-legend-title = Dónde puede colocar la disposición esta sesión; ninguna: en cualquier momento del horario del día
windows-none = En cualquier momento del horario del día.
windows-every-day = Todos los días
windows-remove = Quitar
windows-remove-title = Quitar esta franja
windows-day = Día de la nueva franja
windows-start = Inicio de la nueva franja
windows-end = Fin de la nueva franja
windows-add = Añadir franja
weight-default = Predeterminado
weight-hard = Obligatorio
weight-soft = Flexible
weight-aria = { $label }: peso al disponer
weight-soft-aria = { $label }: peso flexible
weight-title = El coste de cada conflicto de este tipo al disponer
weight-invalid = «{ $typed }» no es un peso: escriba un número entero, 0 o más
pref-working-party-days = Una Cuestión fuera de los días de su Grupo de Trabajo
pref-split-across-lunch = Sesiones de un órgano divididas por el almuerzo

## Publicación del sitio web (Archivo > Publicar sitio web…)
publish-pick-title = Publicar el sitio web en
publish-title = Publicar sitio web
publish-into = En
publish-choose = Elegir otra carpeta…
publish-planning = Calculando lo que se escribirá…
publish-files = { $count ->
    [one] { $count } archivo
   *[other] { $count } archivos
}
publish-what-revision = El sitio web de la revisión { $revision }, la última publicada: { $extent }.
publish-what-draft = Aún no se ha publicado ninguna revisión: el sitio web muestra el programa tal como está, marcado como borrador: { $extent }.
publish-new-folder = Una carpeta nueva: todos los archivos son nuevos.
publish-nothing-changes = La carpeta ya contiene este sitio web: nada cambiará.
publish-summary = { $added } nuevos, { $changed } modificados, { $removed } eliminados; { $unchanged } quedan como están.
publish-warnings = El anexo no dice todo lo que dice el programa ({ $count ->
    [one] { $count } punto
   *[other] { $count } puntos
})
publish-added = Nuevos ({ $count })
publish-changed = Modificados ({ $count })
publish-removed = Eliminados ({ $count })
publish-more = y { $count } más
publish-busy = Publicando…
publish-done = { $files } publicados en { $dir }.
publish-open = Abrir en el navegador
publish-close = Cerrar
publish-cancel = Cancelar
publish-run = Publicar
revisions-offer-site = { $label } está publicada. ¿Publicar también el sitio web, para que la vean los delegados?
revisions-publish-site = Publicar sitio web…
revisions-offer-later = Ahora no

## Los menús nativos. Un identificador que termina en -mac es el texto en macOS donde difiere.

menu-plenary = Plenary
menu-file = Archivo
menu-edit = Edición
menu-view = Ver
menu-window = Ventana
menu-help = Ayuda
menu-file-new = Nuevo
menu-file-open = Abrir…
menu-file-recent = Abrir reciente
menu-file-recent-none = No hay archivos recientes
menu-file-clear-recent = Borrar la lista
menu-file-save = Guardar
menu-file-save-as = Guardar como…
menu-file-import = Importar…
menu-file-export = Exportar…
menu-file-publish = Publicar sitio web…
menu-file-print = Imprimir…
menu-file-close = Cerrar
menu-file-quit = Salir
menu-edit-undo = Deshacer
menu-edit-redo = Rehacer
menu-edit-new-session = Nueva sesión
menu-edit-copy = Copiar
menu-edit-copy-mac = Copiar sesiones
menu-edit-paste = Pegar (duplicar)
menu-edit-paste-mac = Pegar sesiones (duplicar)
menu-edit-delete = Eliminar
menu-edit-delete-mac = Eliminar sesiones
menu-edit-select-all = Seleccionar todo
menu-edit-select-all-mac = Seleccionar todas las sesiones
menu-edit-properties = Editar propiedades
menu-arrange = Organizar
menu-arrange-unscheduled = Organizar las sesiones sin programar…
menu-arrange-all = Organizar todas las sesiones…
menu-arrange-selection = Organizar las sesiones seleccionadas…
menu-arrange-day = Organizar un día…
menu-view-days = Días
menu-view-rooms = Salas
menu-view-bodies = Órganos
menu-view-annex = Anexo
menu-view-translations = Traducciones
menu-view-orientation = Días en filas
menu-view-condensed = Compacto
menu-view-snap-5 = Paso de 5 minutos
menu-view-snap-15 = Paso de 15 minutos
menu-view-snap-30 = Paso de 30 minutos
menu-view-revisions = Revisiones
menu-view-theme-system = Apariencia: como el sistema
menu-view-theme-light = Apariencia: clara
menu-view-theme-dark = Apariencia: oscura
menu-window-zoom = Zoom
menu-help-guide = Guía del usuario
menu-help-guide-mac = Guía del usuario de Plenary
menu-help-about = Acerca de Plenary

## The Arrange dialog and its preview on the grid
arrange-title = Organizar las sesiones
arrange-which = Qué sesiones
arrange-scope-unscheduled = Las no programadas ({ $n }): las demás se quedan donde están
arrange-scope-all = Todas las sesiones salvo las fijadas
arrange-scope-selection = Las seleccionadas ({ $n })
arrange-scope-day = Las sesiones de un día, dentro de ese día:
arrange-day-label = El día que organizar
arrange-limit-before = Detenerse tras
arrange-limit-after = segundos como máximo (vacío: hasta que nada mejore)
arrange-limit-label = Límite de tiempo en segundos (vacío: hasta que la búsqueda se estabilice)
arrange-from-scratch = Desde cero (si no, mover el menor número posible de sesiones ya colocadas)
arrange-run = Organizar
arrange-stop = Detener
arrange-running = Organizando…
arrange-stopping = Deteniendo: se conserva lo mejor encontrado…
arrange-elapsed = Tiempo transcurrido
arrange-seconds = { $s } s
arrange-best = Mejor puntuación hasta ahora
arrange-hard-now = Conflictos que no deben quedar
arrange-unplaced-now = Sin programar
arrange-n-of = { $n } de { $total }
arrange-tried = Movimientos probados
arrange-stopped = Detenido antes de terminar: esto es lo mejor encontrado.
arrange-placed-of = { $n } colocadas de { $total }.
arrange-would-move = { $n ->
    [one] Se movería { $n } sesión.
   *[other] Se moverían { $n } sesiones.
}
arrange-moves-nothing = No se movería nada.
arrange-no-hard-left = No quedaría ningún conflicto de los que no deben quedar.
arrange-hard-would-remain = { $n ->
    [one] Quedaría { $n } conflicto que no debe quedar.
   *[other] Quedarían { $n } conflictos que no deben quedar.
}
arrange-out-of-reach = { $n ->
    [one] Este solo afecta a sesiones fijadas o fuera del alcance, que la organización no mueve:
   *[other] { $n } de ellos solo afectan a sesiones fijadas o fuera del alcance, que la organización no mueve:
}
arrange-until-apply = La cuadrícula muestra la organización; nada cambia hasta que la aplique, y deshacer la revierte entera en un solo paso.
arrange-legend = Lo que muestra la cuadrícula
arrange-legend-moved = { $n ->
    [one] { $n } sesión en su nuevo lugar
   *[other] { $n } sesiones en su nuevo lugar
}
arrange-legend-placed = { $n ->
    [one] { $n } sesión no programada colocada
   *[other] { $n } sesiones no programadas colocadas
}
arrange-legend-away = Dónde está ahora
arrange-legend-out = { $n ->
    [one] { $n } sesión que queda sin programar (donde está ahora)
   *[other] { $n } sesiones que quedan sin programar (donde están ahora)
}
arrange-list = Los movimientos uno a uno
arrange-col-session = Sesión
arrange-col-from = Desde
arrange-col-to = Hasta
arrange-show = Mostrarla en la cuadrícula
arrange-nowhere = sin programar
arrange-left = Excluidas o aún en conflicto:
arrange-discard = Descartar
arrange-apply = { $n ->
    [one] Aplicar: organizar { $n } sesión
   *[other] Aplicar: organizar { $n } sesiones
}
arrange-nothing-to-apply = Nada que aplicar
arrange-moved-here = se movería aquí desde { $from }
arrange-placed-here = se colocaría aquí (ahora sin programar)
arrange-ghost-away = Se va de aquí: { $title }
arrange-ghost-away-title = { $title } ({ $times }) dejaría este lugar
arrange-ghost-out = Excluida: { $title }
arrange-ghost-out-title = { $title } ({ $times }) quedaría sin programar

## The desktop app's own errors (a file that cannot be read or written, a document someone
## else has open): what the error banner says, in place of the app's English.

app-not-picked = { $path }: Plenary solo abre y guarda archivos elegidos en sus diálogos de archivo
app-in-file = { $path }: { $reason }
app-not-importable = { $path }: no es un archivo que Plenary importe (programa frab XML o JSON, iCalendar, xCal, CSV, libro de Excel); abra los documentos de Plenary con Archivo > Abrir
app-import-failed = { $path } (como { $format }): { $reason }
app-locked = { $file } está abierto por { $user } en { $host } desde { $since }.
app-read-only = { $file } está abierto en modo de solo lectura, porque otra persona lo tenía abierto: guarde sus cambios en otro archivo con Guardar como.
app-save-failed = No se pudo guardar { $path }: { $reason }. El calendario sigue abierto con sus cambios sin guardar; corrija el problema y vuelva a guardar, o elija otro lugar con Guardar como.
app-save-no-folder = la carpeta { $folder } ya no existe
app-save-not-allowed = Plenary no tiene permiso para escribir ahí ({ $error })
app-save-disk-full = el disco está lleno ({ $error })
app-untitled = este documento aún no tiene archivo: elija dónde guardarlo
app-file-error = { $path }: { $error }
app-publish-nothing-yet = { $folder }: todavía no hay nada publicado ahí
app-publish-browser = no se puede abrir { $path } en un navegador: { $error }
app-publish-no-folder = elija primero la carpeta donde publicar
app-no-journal = no hay diario de guardado automático (la aplicación no tiene carpeta de datos)
app-discard-failed = no se puede descartar la entrada del diario en { $folder }: { $error }
app-changed-on-disk = { $file } ha cambiado en el disco desde que lo abrió.
app-arrange-thread-failed = ha fallado el proceso de organización: { $error }
app-arrange-nothing-to-apply = no hay ninguna organización que aplicar; organice primero
app-internal-error = Plenary ha sufrido un error interno ({ $error }). El programa sigue abierto; los cambios no guardados se conservan en el diario de guardado automático. Le rogamos que informe del problema.
app-journal-unreadable = no se puede recuperar el programa no guardado: { $error }
app-not-a-journal-entry = «{ $id }» no es una entrada del diario
app-new-window-failed = no se ha podido abrir una ventana nueva: { $error }
app-no-browser = desde aquí no se puede abrir ningún navegador
app-not-a-recent-file = { $path } no es un archivo reciente

## Window titles ("Untitled — Plenary"): the name of a document without a file, of the
## bundled example, and the mark of a document open read-only.

window-title-untitled = Sin título
window-title-example = Ejemplo
window-title-read-only = (solo lectura)
