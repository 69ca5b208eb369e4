# Сообщения ядра Plenary на русском языке (конфликты, отказы, отчёты об импорте).
# Образец — английский файл (en.ftl): те же идентификаторы, те же переменные.

## Списки

list-separator = {", "}
clause-separator = {", и "}
as-said = { $text }

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
cli-cannot-arrange = { $file }: расставить нельзя: { $reason }
cli-arrange-placed = Расставлено заседаний: { $placed } из { $inScope } в области (сдвинуто: { $moved }), без места осталось: { $unplaced }.
cli-arrange-conflicts-left = Осталось строгих конфликтов: { $hard }; мягких: { $soft }.
cli-arrange-score = Оценка { $score } (жадное начало { $greedy }), оценено ходов: { $evaluated } за { $seconds } с{ $stopped ->
    [yes] {" "}(достигнут предел времени).
   *[no] .
}
cli-arrange-out-of-reach = Строгих конфликтов только между закреплёнными заседаниями или заседаниями вне области, которые расстановка не сдвигает: { $count }
cli-arrange-blocked-by = мешают: { $rules }
cli-arrange-would-fit = поместилось бы: { $relaxation }

## Отчёты об импорте: где в файле, что сделал импорт

import-at-file = (файл)
import-at-line = строка { $line }
import-at-line-column = строка { $line }, столбец { $column }
import-at-sheet = лист «{ $sheet }»
import-at-sheet-row = лист «{ $sheet }», строка { $row }
import-at-sheet-column = лист «{ $sheet }», столбец { $column }
import-at-sheet-row-column = лист «{ $sheet }», строка { $row }, столбец { $column }
import-skipped = пропущено
import-guessed = угадано
import-repaired = исправлено

## Отчёты об импорте: что импорт пропустил, угадал или исправил

import-title-above-header = { $source ->
    [excel] строка
   *[csv] строка
} над заголовком — название собрания: «{ $title }»
import-times-in-utc = время в { $format } указано без часового пояса: пояс собрания — UTC (укажите настоящий пояс через --time-zone)
import-unknown-columns = неизвестные столбцы пропущены: { $columns }
import-empty-row = пустая строка
import-unknown-kind = тип «{ $kind }» не является типом Plenary; принят как «other»
import-unknown-annex = приложение «{ $annex }» — не cell, note, both или hidden; принято как cell
import-duplicate-session-id = повторный идентификатор: заседание «{ $id }» уже есть, это получает «{ $fresh }»
import-untitled-session = у заседания «{ $id }» нет названия; названо «(untitled)»
import-break-past-midnight = перерыв «{ $break }» заходит за полночь; перерывы в Plenary укладываются в один день
import-break-not-meeting-day = перерыв «{ $break }» { $date } — это не день собрания
import-title-from-file-name = в файле нет названия собрания; это «{ $title }», по имени файла
import-taken-as-body = «{ $name }» принят как { $kind ->
    [study-group] исследовательская комиссия
    [working-party] рабочая группа
    [question] Вопрос
    [management] руководящая группа
    [track] тема
   *[group] группа
} (его заседания не могут идти параллельно), а не как тема

## Предупреждения о приложении: чего приложение не говорит или говорит на другом языке

annex-quoted = «{ $title }»
annex-slot = { $slot } { $start }-{ $end }
annex-slots = { $first } — { $last } { $start }-{ $end }
annex-times-differ = { $count ->
    [one] заседание
   *[other] заседания
} { $sessions }: { $date } { $start }-{ $end } не совпадает с { $slot }, и ни одно примечание не указывает время (приложение «cell» не даёт примечания; выберите «both», чтобы добавить его)
annex-text-fallback = заседание «{ $session }»: { $what ->
    [note] нет текста примечания
   *[label] нет обозначения или названия
} на языке { $lang }; взят текст на языке { $used } с пометкой [{ $used }]
annex-no-body = заседание «{ $session }»: у него нет органа, поэтому в представлении по органам оно показано { $noted ->
    [yes] только в своём примечании
   *[no] нигде
}
annex-outside-days = заседание «{ $session }»: { $date } — вне дней собрания, поэтому у него нет строки; оно показано в примечании
annex-override-matches-no-note = изменённое примечание «{ $key }» не соответствует ни одному примечанию представления { $layout }; пропущено
annex-free-note-empty = у свободного примечания «{ $key }» нет текста ни на одном языке; пропущено
annex-free-note-fallback = свободное примечание «{ $key }»: нет текста на языке { $lang }; взят текст на языке { $used } с пометкой [{ $used }]
annex-mark-matches-no-note = заседание «{ $session }» отмечено примечанием «{ $key }», которого нет в представлении { $layout }; без ссылки
annex-empty = таблица приложения пуста: { $reason }
annex-empty-unscheduled = ни одно заседание ещё не поставлено в расписание
annex-empty-no-slots = представление { $layout } показывает заседания по интервалам (утро, день), а у собрания их нет: добавьте интервалы на панели «Собрание» или экспортируйте представление по органам
annex-empty-no-bodies = в представлении по органам строка на каждый орган, а ни одно поставленное заседание не называет орган: укажите заседаниям органы или экспортируйте представление по дням
annex-empty-no-working-day = ни одно поставленное заседание не приходится на рабочий день собрания в его интервалах (представление «повестка» перечисляет каждое заседание по времени)
export-no-fonts = шрифты не найдены; в PDF не будет текста (установите fonts-noto-core и fonts-noto-cjk или укажите --fonts ПАПКА)
publish-annex-warning = приложение ({ $lang }): { $warning }
export-pdf-warning = PDF: { $warning }

## Документы, которые не открываются

load-syntax = строка { $line }, столбец { $column }: недопустимый JSON: { $reason }
load-not-a-document = это не документ Plenary: { $reason }
load-too-new = у документа версия формата { $found }, а этот Plenary читает версии до { $supported }; откройте его в более новом Plenary
load-shape = { $path } (строка { $line }, столбец { $column }): { $reason }
load-invalid = проблем: { $count }: { $problems }
cli-invalid-document = { $file }: проблем: { $count }:

## Отчёты об импорте файлов iCalendar (и событий любого формата)

import-ical-floating-time = плавающее время (нет TZID и Z): принято как местное время пояса { $zone } (впервые здесь)
import-event-cancelled = событие «{ $event }» отменено
import-ical-no-dtstart = у события «{ $event }» нет DTSTART
import-ical-bad-dtstart = DTSTART «{ $value }» — не дата и не дата со временем
import-ical-bad-dtend = DTEND «{ $value }» — не дата и не дата со временем; пропущено
import-ical-bad-duration = DURATION «{ $value }» — не длительность по RFC 5545
import-event-point-in-time = у события «{ $event }» нет длительности; импортировано как момент времени { $start }
import-event-no-end = событие «{ $event }» не заканчивается после начала; длится { $minutes } мин
import-event-all-day = событие «{ $event }» — на весь день; оно идёт от полуночи до полуночи
import-ical-not-expanded = { $property } не развёрнуто: импортировано только первое повторение

## Отчёты об импорте: часовые пояса, события, книги

import-zone-unknown = time_zone_name «{ $zone }» — не название пояса IANA
import-zone-from-city = в файле не указан часовой пояс; его город «{ $city }» даёт пояс { $zone } (укажите другой через --time-zone)
import-city-without-zone = город «{ $city }» не называет часовой пояс (нет пояса IANA с таким названием)
import-zone-from-offset = в файле не указан часовой пояс; его время несёт смещение { $offset }, поэтому пояс собрания — пояс с постоянным смещением { $zone } (укажите настоящий пояс через --time-zone)
import-zone-utc = в файле не указан часовой пояс и нет смещений: его время принято как время UTC (укажите настоящий пояс через --time-zone)
import-event-beyond-calendar = событие «{ $event }» заканчивается за пределами календаря
import-other-sheets-ignored = заседания читаются с этого листа; другие листы пропущены: { $sheets }

## The arranger: why a session was left out, what blocks it, what would let it fit.

arrange-name = { $name }
arrange-no-place = для «{ $session }» нет ни одного места: разрешённые окна, длительность и правила каждого дня и зала (строгие по весам расстановки) исключают все дни
arrange-fits-but-breaks = «{ $session }» помещается по залам, людям и органам в { $free } из { $places } мест, но каждое нарушает ограничение порядка или другое строгое правило, либо поиск закончился раньше
arrange-no-free-place = для «{ $session }» нет свободного места: все места ({ $places }) заняты ({ $blockers })
arrange-blocks = { $n }: { $what }
arrange-left-in-conflict = «{ $session }» остаётся в конфликте: { $conflicts }
arrange-one-after-another = { $first }; { $rest }
arrange-room-taken = зал { $room } занят
arrange-person-busy = { $person } занят(а)
arrange-body-meeting = заседание { $body }
arrange-body-above-meeting = заседание { $body } (или вышестоящего органа)
arrange-beside-exclusive = заседание рядом с исключительным
arrange-exclusive-meeting = исключительное заседание
arrange-rule-places = { $what } (мест: { $n })
arrange-relaxation = без ограничения «{ $what }» заседание поместилось бы в { $n } { $n ->
    [one] место
    [few] места
   *[other] мест
} (первое: { $first })
arrange-place = { $when }
arrange-place-in = { $when }, зал { $room }

## The arranger's refusals

arrange-not-a-working-day = расставить ничего нельзя: { $date } — не рабочий день собрания
arrange-no-working-days = расставить ничего нельзя: у собрания нет рабочих дней
arrange-too-few-room-hours = заседаниям нужно зало-часов: { $needed }, а у залов есть { $available } (залов: { $rooms }, рабочих дней: { $days }): добавьте залы или дни либо исключите заседания
arrange-order-cycle = ограничения порядка образуют круг: { $cycle }; никакой порядок не может их выполнить
arrange-before = { $earlier } раньше, чем { $later }
arrange-pinned-clash = закреплённые заседания конфликтуют, а расстановка их никогда не сдвигает: { $conflict }
revision-unknown-none = редакции «{ $label }» нет: ни одна ещё не опубликована
revision-unknown = редакции «{ $label }» нет (опубликованы: { $known })

## Import reports: slots, frab and JSON notes, CSV encodings

import-slot = { $name } { $start }-{ $end }
import-slots-one = в файле нет интервалов: { $first }, { $how }
import-slots-two = в файле нет интервалов: { $first } и { $second }, { $how }
import-slots-from-meal-break = по перерыву на обед
import-slots-from-lunch-gap = по перерыву около полудня, когда нет заседаний
import-slots-whole-day = один интервал на весь день: перерыва на обед нет, и заседания идут в полдень
import-frab-bad-day-change = day_change «{ $value }» — не время ЧЧ:ММ[:СС]
import-frab-no-conference = нет элемента <conference>: у собрания нет названия
import-frab-day-without-date = у <day> нет правильного атрибута date («{ $value }»); его событиям нужна своя <date>
import-frab-no-days = нет «days»: в расписании нет событий
import-frab-days-not-array = «days» — { $kind }, а не массив
import-frab-json-day-without-date = у дня нет правильной даты; его событиям нужна своя «date»
import-frab-room-events-not-array = события зала — { $kind }, а не массив
import-frab-event-not-object = событие — { $kind }, а не объект
json-null = null
json-boolean = логическое значение
json-number = число
json-string = строка
json-array = массив
json-object = объект
import-csv-utf16-by-mark = прочитан как { $encoding } (так указывает метка порядка байтов)
import-csv-utf16-by-zeros = прочитан как { $encoding } (метки порядка байтов нет; каждый второй байт текста нулевой)
import-csv-windows-1252 = не UTF-8 (байт { $byte } в строке { $line }); прочитан как Windows-1252 (западноевропейская, включает Latin-1): проверьте буквы с диакритикой
import-utf16-big-endian = UTF-16 (big-endian)
import-utf16-little-endian = UTF-16 (little-endian)
import-at-path = { $path }

## Refusals of a series of bodies and of the meeting's set-up

series-empty = введите серию, например Q1/2-Q4/2 under WP1/2
series-unreadable = «{ $text }» — не серия органов; запишите её как Q1/2-Q4/2 (Вопросы с 1/2 по 4/2), WP1/2-WP3/2 или SG2, при необходимости с «under WP1/2» в конце
series-no-parent-named = «{ $text }»: укажите, под каким органом идёт серия, например «under WP1/2»
series-backwards = серия идёт от { $first } вниз до { $last }; сначала пишите меньший номер
series-groups-differ = в серии смешаны /{ $a } и /{ $b }; оба конца должны относиться к одной исследовательской комиссии
series-kinds-differ = в «{ $text }» смешаны Вопросы и Рабочие группы; серия состоит из органов одного вида
series-too-long = серия из { $count } органов слишком длинная (не больше { $max } за раз)
setup-no-language = выберите хотя бы один язык собрания
setup-no-title = дайте собранию название
setup-unknown-place = нет города или часового пояса «{ $place }»; выберите город из списка (например, Женева) или введите пояс IANA (например, Europe/Zurich)
setup-last-before-first = последний день ({ $last }) раньше первого ({ $first })
setup-too-long = с { $first } по { $last } — дней: { $days }; собрание, создаваемое сразу, длится не больше { $max } дн.
setup-sessions-outside = заседаний вне периода с { $first } по { $last }: { $count } (первое — { $date }); перенесите их или снимите с расписания, прежде чем менять даты

## Import reports of iCalendar files: the file's lines and time zones

import-ical-not-a-content-line = не строка содержимого (нет «:»): «{ $line }»
import-ical-end-closes-unclosed = END:{ $component } закрывает незакрытые { $unclosed }
import-ical-end-without-begin = END:{ $component } без BEGIN:{ $component }
import-ical-ends-inside-vevent = файл обрывается внутри этого VEVENT; то, что в нём есть, сохранено
import-ical-windows-zone = TZID «{ $tzid }» — имя пояса Windows; принят как пояс IANA { $zone } (соответствие Windows–IANA из CLDR), с его правилами летнего времени
import-ical-vtimezone-offset = TZID «{ $tzid }» — не пояс IANA; стандартное смещение его VTIMEZONE даёт пояс с постоянным смещением { $zone } (правила летнего времени не учитываются)
import-ical-unknown-tzid = TZID «{ $tzid }» — не пояс IANA и не задан пригодным VTIMEZONE; его время считается плавающим
import-ical-no-zone = в календаре не указан часовой пояс: пояс собрания — UTC (укажите настоящий пояс через --time-zone)
