# Сообщения ядра Plenary на русском языке (конфликты, отказы, отчёты об импорте).
# Образец — английский файл (en.ftl): те же идентификаторы, те же переменные.

## Списки

list-separator = {", "}
clause-separator = {", и "}

## Конфликты

conflict-quoted = «{ $title }»
conflict-break-inside = «{ $session }» ({ $when }) начинается или заканчивается во время перерыва «{ $break }» ({ $start }–{ $end })
conflict-break-over = «{ $session }» ({ $when }) заходит на перерыв «{ $break }» ({ $start }–{ $end })
conflict-outside-day-hours = «{ $session }» ({ $when }) выходит за рабочие часы дня { $date } ({ $start }–{ $end })
conflict-non-working-day = «{ $session }» ({ $when }) приходится на { $day } — { $dayKind ->
    [weekend] выходной день
    [holiday] праздничный день
   *[working] рабочий день
}
conflict-outside-meeting-dates = «{ $session }» ({ $when }) приходится на { $day } — это не день собрания
conflict-capacity-exceeded = «{ $session }»: ожидается участников — { $attendance }, а мест в зале { $room } — { $capacity }
conflict-interpretation-unavailable = для «{ $session }» нужен устный перевод ({ $languages }), но в зале { $room } нет кабин для переводчиков
conflict-room-clash = «{ $a }» и «{ $b }» одновременно занимают зал { $room } ({ $when })
conflict-person-clash = { $persons } { $count ->
    [one] участвует
   *[other] участвуют
} одновременно в «{ $a }» и в «{ $b }» ({ $when })
conflict-body-clash = «{ $a }» и «{ $b }» пересекаются ({ $when }), но { $reasons }
conflict-reason-same-body = оба являются заседаниями { $body }
conflict-reason-contains = { $outer } включает { $inner }
conflict-exclusive-both = «{ $a }» и «{ $b }» — оба исключительные, но пересекаются ({ $when })
conflict-exclusive-beside = «{ $session }» идёт одновременно с исключительным заседанием «{ $exclusive }» ({ $when })
conflict-order = «{ $earlier }» должно закончиться до начала «{ $later }», но заканчивается { $end }, а «{ $later }» начинается { $start }
conflict-no-overlap = «{ $a }» и «{ $b }» не должны пересекаться, но оба идут одновременно ({ $when })
conflict-fixed-time = «{ $session }» закреплено на { $fixed }, но поставлено на { $placed }
conflict-interpreters-overbooked = одновременно идут до { $peak } заседаний с устным переводом ({ $when }), но { $teams ->
    [0] групп переводчиков нет
    [one] есть только { $teams } группа переводчиков
    [few] есть только { $teams } группы переводчиков
   *[other] есть только { $teams } групп переводчиков
}: { $sessions }
conflict-at-some-time = в какой-то момент

## Отчёт о конфликтах в командной строке (`plenary check`)

check-no-conflicts = Конфликтов нет.
check-acknowledged = принят: { $reason }
check-summary = ошибок: { $errors }, предупреждений: { $warnings }, замечаний: { $infos }, принято: { $acknowledged }
