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

## Отказы: почему команда ничего не изменила. Приложение ставит название команды впереди.

edit-refused = { $label }: { $reason }
edit-broken = { $label }: изменение нарушило бы расписание: { $problems }
refusal-not-found = не найдено: { $what } «{ $id }»
refusal-duplicate = идентификатор «{ $id }» уже занят ({ $what })
refusal-not-scheduled = заседание «{ $session }» не поставлено в расписание; сначала поставьте его, затем перемещайте или меняйте длительность
refusal-end-not-after-start = конец ({ $end }) должен быть позже начала ({ $start }); время не изменено
refusal-no-length = заседание «{ $session }» — момент времени или без заданного конца, и задать ему конец нельзя; сначала сделайте его интервалом
refusal-out-of-range = { $what } «{ $id }»: { $start } плюс { $minutes } мин — за пределами допустимых дат
refusal-date-out-of-range = { $date } со сдвигом на { $days } дн. — за пределами допустимых дат
refusal-body-has-children = под органом «{ $body }» ещё есть «{ $child }»; сначала удалите или переместите его
refusal-body-under-itself = нельзя поместить { $body } под самого себя
refusal-body-cycle = нельзя поместить { $body } под { $parent }: { $parent } входит в { $body }
refusal-series-parent-unknown = органа { $name }, под который можно поместить серию, нет; сначала добавьте его или проверьте краткое название
refusal-series-taken = орган { $short } уже есть; серия добавила бы его дважды
refusal-no-reason = конфликт «{ $key }»: чтобы принять конфликт, нужна причина (почему он допустим)
refusal-swap-with-itself = нельзя поменять { $date } местами с самим собой
refusal-blank-revision-label = у редакции должно быть обозначение (например, Rev.1)
refusal-revision-label-taken = редакция «{ $label }» уже есть; выберите другое обозначение
refusal-no-days = у собрания нет дней, которые можно перенести
refusal-weekday-changed = { $start } — { $weekday }, а собрание начинается в день «{ $firstWeekday }»; выберите день «{ $firstWeekday }», чтобы каждый день сохранил свой день недели
refusal-pointless-rule = ограничение «{ $constraint }»: { $fault }
refusal-no-sessions = не указано ни одного заседания
refusal-stale-arrangement = документ изменился после этой расстановки; выполните расстановку заново
refusal-hard-preference = предпочтение ({ $preference }) принимает мягкий вес (целое число), а не «hard»
refusal-as-said = { $text }

## Что называет отказ ($what выше)

item-session = заседание
item-room = зал
item-body = орган
item-person = участник
item-slot = временной интервал
item-break = перерыв
item-constraint = ограничение
item-day = день
item-annex-note = примечание к приложению
item-free-note = свободное примечание
item-acknowledged-conflict = принятый конфликт

## Фразы командной строки

cli-command-refused = { $file }: команда { $number } ({ $label }) отклонена: { $reason }; ничего не записано
