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
