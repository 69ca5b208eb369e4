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

## Нарушенные инварианты документа: что не так (место, путь JSON, указывается впереди)

problem-at = { $path }: { $problem }
one-after-another = { $first }; { $rest }
problem-time-zone = «{ $zone }» — не часовой пояс IANA (например, Europe/Zurich)
problem-city-empty = город собрания не указан; укажите его или удалите поле, чтобы показывался город часового пояса
problem-hard-preference = предпочтение принимает мягкий вес (целое число), а не «hard»
problem-zero-default-length = длительность нового заседания не может быть 0 минут
problem-blank-notes-heading = заголовок примечаний к приложению на языке { $lang } пуст; напишите его или удалите, чтобы использовался обычный заголовок
problem-end-not-after-start = конец { $end } не позже начала { $start }
problem-day-order = { $date } не следует за предыдущим днём { $previous } (дни не повторяются и идут по порядку дат)
problem-slot-backwards = временной интервал «{ $slot }» заканчивается в { $end }, раньше своего начала в { $start }
problem-slot-not-meeting-day = у временного интервала «{ $slot }» есть время на { $date }, а это не день собрания
problem-slot-day-backwards = временной интервал «{ $slot }» заканчивается в { $end }, раньше своего начала в { $start }, { $date }
problem-break-backwards = перерыв «{ $break }» заканчивается в { $end }, раньше своего начала в { $start }
problem-break-not-meeting-day = перерыв «{ $break }» приходится на { $date }, а это не день собрания
problem-body-hours-backwards = у органа «{ $body }» есть часы работы, которые заканчиваются в { $end }, раньше своего начала в { $start }
problem-body-hours-order = у органа «{ $body }» часы работы с { $start } не следуют за предыдущими (часы идут по порядку времени и не пересекаются)
problem-body-unknown-room = орган «{ $body }» предпочитает зал «{ $room }», но такого зала нет
problem-body-unknown-parent = у органа «{ $body }» указан вышестоящий орган «{ $parent }», но такого органа нет
problem-body-cycle = орган «{ $body }» оказывается собственным предком (в дереве органов есть цикл)
problem-constraint-unknown-session = ограничение «{ $constraint }» называет заседание «{ $session }» (№ { $index }), но такого заседания нет
problem-constraint-backwards = ограничение «{ $constraint }» задаёт конец { $end } раньше своего начала
problem-acknowledgement-key = принятие записано под ключом «{ $key }», но называет «{ $named }»
problem-revision-label-twice = обозначение редакции «{ $label }» использовано дважды
problem-id-empty = идентификатор пуст
problem-id-filed-under = идентификатор «{ $id }» записан под ключом «{ $key }»
problem-duplicate-id = повторный идентификатор «{ $id }» (впервые использован в { $first })
problem-acknowledged-twice = конфликт «{ $key }» принят дважды
problem-note-override-no-key = для замены текста примечания к приложению нужен ключ этого примечания
problem-note-overridden-twice = текст примечания к приложению «{ $key }» заменён дважды (впервые в { $first })
problem-free-note-key = ключу свободного примечания «{ $key }» нужен идентификатор без пробелов после «free:»
problem-session-untitled = у заседания «{ $session }» нет названия
problem-session-unknown-room = заседание «{ $session }» проходит в зале «{ $room }», но такого зала нет
problem-session-unknown-preferred-room = заседание «{ $session }» предпочитает зал «{ $room }», но такого зала нет
problem-session-window-backwards = у заседания «{ $session }» допустимый интервал с { $start } по { $end } заканчивается раньше своего начала
problem-session-unknown-body = заседание «{ $session }» называет орган «{ $body }», но такого органа нет
problem-session-unknown-person = заседание «{ $session }» называет участника «{ $person }», но такого участника нет
problem-session-blank-mark = заседание «{ $session }» помечено пустым ключом примечания; укажите примечание или снимите пометку
problem-session-bad-mark = заседание «{ $session }»: { $reason }
problem-session-unknown-free-note = заседание «{ $session }» помечено свободным примечанием «{ $key }», но такого примечания нет
problem-session-scheduled-minutes = заседание «{ $session }» поставлено в расписание, поэтому его длительность задаётся размещением, а не числом минут
problem-session-zero-minutes = заседание «{ $session }» не поставлено в расписание и имеет длительность 0 минут
problem-session-point-with-end = заседание «{ $session }» — момент времени или без заданного конца, поэтому его размещение заканчивается там же, где начинается ({ $start }), а не в { $end }
problem-session-no-length = у заседания «{ $session }» нет длительности: оно начинается и заканчивается в { $start }
problem-session-backwards = заседание «{ $session }» заканчивается в { $end }, раньше своего начала в { $start }

## Почему файл не является документом Plenary

load-format-other = его поле «format» равно { $format }, а должно быть «plenary»
load-format-missing = в нём нет отметки «format»: «plenary»
load-version-missing = его поле «version» отсутствует или не является целым числом
load-version-zero = версии 0 никогда не было

## Что сообщает модуль чтения JSON о тексте, который он не может прочитать

json-not-utf8 = текст не в кодировке UTF-8 (недопустимый байт в позиции { $offset })
json-eof-list = текст обрывается посреди списка
json-eof-object = текст обрывается посреди объекта
json-eof-string = текст обрывается посреди строки
json-eof-value = текст обрывается там, где ожидается значение
json-expected-colon = ожидается «:»
json-expected-comma-or-bracket = ожидается «,» или «]»
json-expected-comma-or-brace = ожидается «,» или «{"}"}»
json-expected-ident = неизвестное слово (ожидается true, false или null)
json-expected-value = ожидается значение
json-invalid-escape = недопустимая escape-последовательность
json-invalid-number = недопустимое число
json-number-out-of-range = число вне допустимого диапазона
json-invalid-unicode = недопустимый код символа Юникода
json-control-character = управляющий символ (\u0000-\u001F) внутри строки
json-key-must-be-string = ключ должен быть строкой
json-trailing-comma = лишняя запятая в конце
json-trailing-characters = лишние символы после конца документа
json-too-deep = слишком глубокая вложенность
json-invalid-type = недопустимый тип: { $found }; ожидается { $expected }
json-invalid-value = недопустимое значение: { $found }; ожидается { $expected }
json-invalid-length = недопустимая длина { $length }; ожидается { $expected }
json-missing-field = отсутствует поле `{ $field }`
json-duplicate-field = поле `{ $field }` повторяется
json-unknown-field = неизвестное поле `{ $name }`; допустимые поля: { $expected }
json-unknown-field-none = неизвестное поле `{ $name }`; здесь поля не допускаются
json-unknown-variant = неизвестное значение `{ $name }`; допустимые значения: { $expected }
json-unknown-variant-none = неизвестное значение `{ $name }`; здесь значения не допускаются
json-found-string = строка { $value }
json-found-integer = целое число { $value }
json-found-number = число { $value }
json-found-boolean = логическое значение { $value }
json-found-character = символ { $value }
json-found-null = null
json-found-array = список
json-found-object = объект
json-not-a-time = «{ $value }» — не время в формате ЧЧ:ММ (от 00:00 до 24:00)
json-not-a-stamp = «{ $value }» — не дата и время в формате ГГГГ-ММ-ДДTЧЧ:ММ

## Почему правило ограничения ничего не задаёт ($fault в refusal-pointless-rule)

rule-fault-repeated = оно дважды называет заседание «{ $session }»; правило связывает разные заседания
rule-fault-too-few = ему нужны по меньшей мере два разных заседания
rule-fault-one-sided = ему нужны заседание до и заседание после

## Команды так, как их называет отказ в начале («Переместить заседание: ...»)

command-add-session = Добавить заседание
command-edit-session = Изменить заседание
command-schedule-session = Поставить заседание в расписание
command-move-session = Переместить заседание
command-resize-session = Изменить длительность заседания
command-set-session-timing = Изменить тип времени заседания
command-unschedule-session = Снять заседание с расписания
command-duplicate-session = Дублировать заседание
command-delete-session = Удалить заседание
command-paste-sessions = Вставить заседания
command-paste-sessions-count = Вставить заседания ({ $count })
command-delete-sessions = Удалить заседания
command-delete-sessions-count = Удалить заседания ({ $count })
command-move-sessions = Переместить заседания
command-add-break = Добавить перерыв
command-edit-break = Изменить перерыв
command-remove-break = Удалить перерыв
command-add-slot = Добавить временной интервал
command-edit-slot = Изменить временной интервал
command-remove-slot = Удалить временной интервал
command-set-slot-times-of-a-day = Задать время интервала на один день
command-add-day = Добавить день
command-edit-day = Изменить день
command-remove-day = Удалить день
command-add-room = Добавить зал
command-edit-room = Изменить зал
command-remove-room = Удалить зал
command-add-body = Добавить орган
command-edit-body = Изменить орган
command-remove-body = Удалить орган
command-move-body = Переместить орган
command-add-bodies = Добавить органы
command-add-series = Добавить { $kind ->
    [working-party] { $count ->
        [one] Рабочую группу
       *[other] Рабочие группы
    }
    [study-group] { $count ->
        [one] Исследовательскую комиссию
       *[other] Исследовательские комиссии
    }
   *[question] { $count ->
        [one] Вопрос
       *[other] Вопросы
    }
} { $numbers }
command-place-meeting = Разместить заседание
command-add-person = Добавить участника
command-edit-person = Изменить участника
command-remove-person = Удалить участника
command-add-constraint = Добавить ограничение
command-edit-constraint = Изменить ограничение
command-remove-constraint = Удалить ограничение
command-acknowledge-conflict = Принять конфликт
command-unacknowledge-conflict = Отменить принятие конфликта
command-set-severity = Изменить серьёзность
command-edit-meeting = Изменить собрание
command-shift-day = Сдвинуть день
command-swap-days = Поменять дни местами
command-publish-revision = Опубликовать редакцию
command-move-note = Переместить примечание
command-edit-note-text = Изменить текст примечания
command-reset-note-order = Восстановить порядок примечаний
command-add-free-note = Добавить свободное примечание
command-remove-free-note = Удалить свободное примечание
command-mark-session = Пометить заседание
command-set-note-markers = Изменить знаки сносок
command-edit-notes-heading = Изменить заголовок примечаний
command-move-meeting = Перенести собрание
command-set-up-meeting = Настроить собрание
command-pin-sessions = Закрепить заседания
command-set-allowed-windows = Задать допустимые интервалы
command-set-preferred-room = Задать предпочтительный зал
command-set-bodys-preferred-room = Задать предпочтительный зал органа
command-set-arrange-weight = Задать вес расстановки
command-arrange-sessions = Расставить заседания
command-edit-translation = Изменить перевод

## Файлы, которые невозможно импортировать

import-error-not-utf8 = строка { $line }, столбец { $column }: текст не в кодировке UTF-8: недопустимый байт в позиции { $offset }
import-error-xml = строка { $line }, столбец { $column }: некорректный XML: { $reason }
import-error-json = строка { $line }, столбец { $column }: недопустимый JSON: { $reason }
import-error-ical = строка { $line }: это не iCalendar: { $reason }
import-error-csv = строка { $line }: это не CSV Plenary: { $reason }
import-error-workbook = это не книга Excel (.xlsx), которую может прочитать Plenary: { $reason }
import-error-sheet = { $at }: это не лист Plenary: { $reason }
import-error-not-a-schedule = { $at }: это не программа frab: { $reason }
import-error-unknown-time-zone = «{ $zone }» — не название часового пояса IANA (например, Europe/Zurich)
import-error-not-xcal = { $at }: это не xCal: { $reason }
import-error-invalid = импортированное расписание несогласованно (проблем: { $count }): { $problems }
xcal-root-not-icalendar = корневой элемент — <{ $element }>, а ожидается <icalendar>
xcal-no-vcalendar = в <icalendar> нет ни одного <vcalendar>
frab-root-not-schedule = корневой элемент — <{ $element }>, а ожидается <schedule>
frab-no-schedule-object = нет объекта «schedule»
frab-no-conference-object = нет объекта «conference»
ical-empty = файл пуст
ical-not-begin-vcalendar = он начинается с «{ $start }», а ожидается BEGIN:VCALENDAR
cli-import-failed = { $file } (как { $format }): { $reason }

## Неудавшийся экспорт и несуществующие запрошенные имена

export-failed = экспорт { $format }: { $reason }
export-cannot-write = запись невозможна: { $error }
export-unknown-body = в этом расписании нет органа «{ $body }»
export-bad-time-zone = часовой пояс собрания «{ $zone }» — не название пояса IANA
export-workbook-failed = не удаётся составить книгу: { $error }
export-docx-failed = не удаётся записать пакет DOCX: { $error }
export-pdf-failed = не удаётся создать PDF: { $error }
export-no-pdf = этот plenary собран без функции `pdf`; пересоберите его командой `cargo build --features pdf` или экспортируйте annex-docx и преобразуйте файл
refusal-unknown-layout = неизвестный макет приложения «{ $layout }»; допустимые: days, bodies, plan или agenda
refusal-unknown-language = языка «{ $code }» нет; допустимые: ar, zh, en, fr, ru или es
refusal-unknown-export-format = формата экспорта «{ $format }» нет
refusal-unknown-session = заседания с идентификатором «{ $session }» нет
refusal-bad-range = запрошенное время (с { $from } по { $to } мин после полуночи, шаг { $step } мин) не образует интервал в пределах одних суток с шагом от 1 до 1440 минут
refusal-publish-unknown-revision = нет редакции с обозначением «{ $label }»; в документе есть: { $known }

## Отказы командной строки, связанные с файлами, и почему не удаётся определить формат файла

cli-cannot-read = не удаётся прочитать { $file }: { $error }
cli-cannot-write = не удаётся записать { $file }: { $error }
cli-cannot-publish = не удаётся опубликовать в { $folder }: { $error }
cli-not-a-document = { $file }: это не документ Plenary; сначала импортируйте его командой `plenary import`
cli-already-a-document = { $file }: это уже документ Plenary; импортировать нечего (проверяйте, экспортируйте или редактируйте его как есть)
cli-taken-for-a-document = он принят за документ Plenary (JSON без ключа «schedule»), но таковым не является: { $reason }
cli-not-importable = { $file }: Plenary не импортирует такие файлы: { $reason }. Plenary импортирует программы frab (XML, JSON), iCalendar, xCal, CSV и книги Excel; если файл в одном из этих форматов, укажите его с помощью --from { $formats }
cli-unknown-body = --body { $body }: ни у одного органа нет такого идентификатора или краткого названия (органы: { $known })
undetected-extension = его расширение «.{ $extension }» не соответствует ни одному формату, который импортирует Plenary
undetected-no-extension = в его имени нет расширения, указывающего формат
undetected-empty = файл пуст, и { $name }
undetected-not-text = его содержимое не является текстом (байт { $byte } в позиции { $offset }, строка { $line }, столбец { $column }, — не UTF-8)
undetected-unknown-text = его содержимое — не XML, не JSON и не iCalendar (оно начинается с «{ $start }»)
undetected-content-and-name = { $content }, и { $name }

## Подписи отмены: что сделал шаг.

undo-untitled-session = заседание без названия
undo-add-session = Добавить { $session }
undo-add-session-on = Добавить { $session } на { $at }
undo-rename = Переименовать { $session } в { $new }
undo-edit-title = Изменить название: { $session }
undo-put-in-room = Поместить { $session } в { $room }
undo-take-out-of-room = Убрать { $session } из зала
undo-change-kind = Изменить тип: { $session }
undo-mark-tentative = Отметить { $session } как предварительное
undo-confirm = Подтвердить { $session }
undo-make-exclusive = Сделать { $session } исключительным
undo-make-not-exclusive = Сделать { $session } неисключительным
undo-edit = Изменить { $session }
undo-schedule = Запланировать { $session } на { $at }
undo-move = Перенести { $session } на { $to }
undo-move-into = Перенести { $session } на { $to }, зал { $room }
undo-resize = Изменить время { $session }: { $start }–{ $end }
undo-make-span = Сделать { $session } интервалом
undo-make-point = Сделать { $session } моментом времени
undo-make-open-ended = Оставить { $session } без времени окончания
undo-unschedule = Снять { $session } с расписания
undo-duplicate = Дублировать { $session }
undo-duplicate-to = Дублировать { $session } на { $at }
undo-delete = Удалить { $session }
undo-pin = Закрепить { $session }
undo-unpin = Открепить { $session }
undo-pin-count = Закрепить заседания: { $count }
undo-unpin-count = Открепить заседания: { $count }
undo-prefer-room = Предпочесть { $room } для { $session }
undo-prefer-no-room = Без предпочтительного зала для { $session }
undo-windows-none = Разрешить { $session } в любое время
undo-windows = Задать для { $session } разрешённые интервалы: { $count }
undo-move-sessions-later = Сдвинуть заседания ({ $count }) на { $by } позже
undo-move-sessions-earlier = Сдвинуть заседания ({ $count }) на { $by } раньше
undo-move-sessions-nothing = Сдвинуть заседания ({ $count }) без смещения
undo-days =
    { $count ->
        [one] { $count } день
        [few] { $count } дня
       *[other] { $count } дней
    }
undo-hours = { $count } ч
undo-minutes = { $count } мин
undo-slot-day-times = Задать { $slot } на { $day }: { $start }–{ $end }
undo-slot-usual-times = Вернуть { $slot } на { $day } обычное время
undo-mark-note = Отметить { $session } примечанием { $note }
undo-unmark-note = Снять знак примечания с { $session }
undo-remove-note = Удалить примечание { $note }
undo-note-free = «{ $id }»
undo-note-hours = о стандартных часах
undo-hide-markers = Скрыть знаки примечаний
undo-markers-numbers = Обозначить примечания цифрами
undo-markers-letters = Обозначить примечания буквами
undo-markers-paren-letters = Обозначить примечания как (a), (b), ...
undo-notes-heading = Задать заголовок примечаний ({ $lang }): { $text }
undo-notes-heading-reset = Восстановить заголовок примечаний ({ $lang })
undo-arrange = Расставить заседания: { $count }

## Таблицы (CSV и Excel), которые нельзя импортировать.

import-no-title-column = в строке заголовков нет столбца «title» (в ней: { $has }); столбцы: { $columns }
import-xlsx-damaged = книга повреждена: часть её нельзя прочитать (откройте её в табличном редакторе и сохраните заново или сохраните как CSV)
import-xlsx-old-xls = { $reason } (это старый файл .xls Excel 97-2003: сохраните его как .xlsx или CSV)
import-xlsx-not-zip = { $reason } (файл .xlsx — это ZIP-пакет, а этот файл им не является)
import-xlsx-no-worksheet = в книге нет ни одного листа
import-xlsx-no-title-sheet = ни на одном листе нет строки заголовков со столбцом «title»
import-xlsx-sheet-unreadable = лист «{ $sheet }» нельзя прочитать: { $reason }
import-xlsx-sheet-unreadable-after = лист «{ $sheet }» нельзя прочитать после строки { $row }: { $reason }
import-xlsx-cell-error = в ячейке ошибка { $error }; прочитана как пустая
import-xlsx-sheet-empty = лист пуст (его первая строка должна называть столбцы: id, title, kind, start, end, ...)

## Что сообщает командная строка по завершении.

cli-wrote-import = записан { $file } (заседаний: { $sessions }, залов: { $rooms }, лиц: { $persons }, дней: { $days })
cli-publish-would = Было бы опубликовано файлов: { $files } в { $dir }: новых { $added }, изменённых { $changed }, без изменений { $unchanged }, удалённых { $removed }
cli-publish-would-new = Было бы опубликовано файлов: { $files } в { $dir } (новая папка): новых { $added }, изменённых { $changed }, без изменений { $unchanged }, удалённых { $removed }
cli-published = Опубликовано файлов: { $files }, { $kb } КБ, в { $dir }
cli-revised = опубликована { $label } ({ $date })
cli-arrange-nothing-written = ничего не записано (укажите -o ФАЙЛ или --in-place)
cli-not-canonical = { $file } не в канонической форме (выполните для него `plenary fmt`)
cli-font-unreadable = не удаётся прочитать шрифт { $file }

## Что сообщает XML-читатель Plenary о файле с неправильным XML.

xml-second-root = второй корневой элемент после первого
xml-text-outside-root = текст вне корневого элемента
xml-ends-inside = файл заканчивается до закрытия <{ $element }>
xml-no-root = нет корневого элемента
xml-unknown-entity = неизвестная сущность «&{ $name };»
