# Los mensajes del núcleo de Plenary en español (conflictos, rechazos, informes de importación).
# El inglés (en.ftl) es la referencia: mismos identificadores, mismas variables.

## Listas

list-separator = {", "}
clause-separator = {", y "}

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
refusal-as-said = { $text }

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
