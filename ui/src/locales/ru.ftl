# Интерфейс Plenary на русском языке. Каждая строка — `идентификатор = текст`; `{ $имя }`
# подставляет приложение. Формы множественного числа — по категориям CLDR
# (https://projectfluent.org/fluent/guide/selectors.html). Не меняйте идентификаторы.

language-autonym = Русский
language-menu = Язык интерфейса

header-undo-title = Отменить: { $what } (Ctrl+Z)
header-redo-title = Повторить: { $what } (Ctrl+Shift+Z)
header-nothing-to-undo = Нечего отменять
header-nothing-to-redo = Нечего повторять
header-unsaved-title = В расписании есть несохранённые изменения
header-edited = Изменено
header-conflict-summary = Сводка конфликтов
header-open = Открыть…
header-open-title = Открыть расписание (Ctrl+O)
header-save = Сохранить
header-save-title = Сохранить (Ctrl+S; сохранить как: Ctrl+Shift+S)
header-revisions = Редакции
header-revisions-title = Опубликовать и сравнить редакции
header-undo = Отменить
header-redo = Повторить

## Виды заседаний и число конфликтов

kind-plenary = Пленарное заседание
kind-working-party = Рабочая группа
kind-question = Вопрос
kind-training = Обучение
kind-management = Руководство
kind-briefing = Брифинг
kind-webinar = Вебинар
kind-social = Неофициальное мероприятие
kind-other = Другое

count-error = { $n ->
    [one] { $n } ошибка
    [few] { $n } ошибки
   *[many] { $n } ошибок
}
count-warning = { $n ->
    [one] { $n } предупреждение
    [few] { $n } предупреждения
   *[many] { $n } предупреждений
}
count-info = { $n ->
    [one] { $n } замечание
    [few] { $n } замечания
   *[many] { $n } замечаний
}
count-acknowledged = { $n ->
    [one] { $n } принят
    [few] { $n } принято
   *[many] { $n } принято
}
no-conflicts = Конфликтов нет
untitled-session = Заседание без названия
untitled-session-at = Заседание без названия, { $day } { $times }

## Виды конфликтов

conflict-kind-room-clash = Зал занят
conflict-kind-person-clash = Человек в двух местах
conflict-kind-body-clash = Орган заседает дважды
conflict-kind-exclusive-overlap = Рядом с исключительным заседанием
conflict-kind-break-overlap = Во время перерыва
conflict-kind-outside-day-hours = Вне рабочих часов дня
conflict-kind-non-working-day = В выходной или праздничный день
conflict-kind-outside-meeting-dates = Вне дат собрания
conflict-kind-order-violation = Нарушен порядок
conflict-kind-capacity-exceeded = Зал слишком мал
conflict-kind-interpretation-unavailable = Нет кабин для устного перевода
conflict-kind-interpreters-overbooked = Устные переводчики перегружены

## Панель инструментов

toolbar-label = Вид
toolbar-view = Вид
toolbar-new-session = Новое заседание
toolbar-new-session-title = Новое заседание, название можно сразу ввести (N); или дважды щёлкните по сетке в нужном месте
toolbar-days = Дни
toolbar-rooms = Залы
toolbar-bodies = Органы
toolbar-bodies-title = Строка на каждый орган, столбец на каждую половину дня: где заседает каждая Рабочая группа и каждый Вопрос
toolbar-annex = Приложение
toolbar-translations = Переводы
toolbar-translations-title = Все тексты собрания, по столбцу на каждый язык
toolbar-orientation-rows-title = Дни строками, время слева направо: переключить на дни столбцами
toolbar-orientation-columns-title = Дни столбцами, время сверху вниз: переключить на дни строками
toolbar-days-as-rows = Дни строками
toolbar-condensed = Компактно
toolbar-snap = Шаг
toolbar-snap-minutes = { $n } мин
toolbar-search = Поиск заседаний
toolbar-filter-room = Фильтр по залу
toolbar-all-rooms = Все залы
toolbar-filter-body = Фильтр по органу
toolbar-all-bodies = Все органы
toolbar-filter-kind = Фильтр по виду
toolbar-all-kinds = Все виды
toolbar-filter-person = Фильтр по участнику
toolbar-all-persons = Все участники
toolbar-shown = { $n ->
    [0] Ни одно заседание не подходит
   *[other] Показано: { $n }
}
toolbar-clear = Сбросить

## Палитра незапланированных заседаний

palette-heading = Не запланированы
palette-arrange = Расставить…
palette-arrange-title = Пусть Plenary расставит заседания туда, где они не вызывают конфликтов
palette-item-label = { $title }, { $kind }, не запланировано
palette-item-title = { $kind }: перетащите на день, чтобы запланировать
palette-empty = Все заседания запланированы. Перетащите заседание сюда, чтобы снять его с расписания.
# Отметка предварительного заседания («будет уточнено»)
tbd = Уточн.

## Блоки заседаний

change-added = Новое
change-moved = Перенесено
change-changed = Изменено
change-arranged = Новое место
change-placed = Размещено
change-since = { $what } после { $since }
change-the-revision = редакции
mark-error = Конфликт (ошибка)
mark-warning = Конфликт (предупреждение)
mark-info = Конфликт (замечание)
mark-acknowledged = Принятый конфликт
session-tentative-name = предварительно
session-exclusive-name = исключительное
session-tentative = Предварительно
session-tentative-title = Предварительно (будет уточнено)
session-exclusive-title = Исключительное: параллельно ничего проводить нельзя
session-exclusive-short = Искл.
session-drag-start = Перетащите, чтобы изменить начало
session-drag-end = Перетащите, чтобы изменить конец

## Общие слова

ok = ОК
cancel = Отмена
close = Закрыть

## Панель конфликтов

conflicts-heading = Конфликты
conflicts-empty = Конфликтов нет. Расписание в порядке.
conflicts-group-error = Ошибки
conflicts-group-warning = Предупреждения
conflicts-group-info = Замечания
conflicts-group-acknowledged = Принятые
conflicts-new = Новый
conflicts-new-title = Вызван последним изменением
conflicts-acknowledged = Принят
conflicts-acknowledged-because = Принят: { $reason }
conflicts-reason-label = Почему этот конфликт допустим
conflicts-reason-placeholder = Почему он допустим?
conflicts-unacknowledge = Отменить принятие
conflicts-acknowledge = Принять…
conflicts-show-all = Показать все ({ $n })
conflicts-show-fewer = Показать меньше

## Начальный экран (документ без дней)

start-heading = Подготовить собрание
start-intro = В этом расписании ещё нет дней. Начните с названия собрания, города, первого и последнего дня, обычных часов работы и языков; дни будут созданы сразу.
start-set-up = Подготовить собрание…
start-open = Открыть расписание…
start-recent = Недавние расписания
start-example = Пример
start-example-name = Пример собрания
start-example-what = Готовое расписание для ознакомления

## Контекстное меню сетки

grid-menu-label = Сетка: { $when }
grid-menu-new = Новое заседание здесь
grid-menu-paste = Вставить сюда
grid-menu-paste-title = Сначала скопируйте заседание (Ctrl+C)

## Сообщение об ошибке

error-command-refused = Это изменение отклонено
error-invalid-document = Не удалось прочитать документ
error-io = Не удалось прочитать или записать файл
error-locked = Этот документ открыт у другого пользователя
error-read-only = Этот документ открыт только для чтения
error-internal = Что-то пошло не так
error-retry = Повторить
error-dismiss = Закрыть

## Диалоги о файле

save-as = Сохранить как…
disk-title = Файл изменён на диске
disk-question = Его сохранил другой человек или другая программа. Перезаписать его этим расписанием, потеряв их изменения?
disk-overwrite = Перезаписать

locked-title = Это расписание открыто у другого пользователя
locked-read-only-term = Только чтение
locked-read-only-what = просмотреть его; ваши изменения можно сохранить в другой файл.
locked-copy-term = Копия
locked-copy-what = безымянная копия, которую можно сохранить где угодно.
locked-anyway-term = Всё равно
locked-anyway-what = редактировать его, как и они. Каждое сохранение сначала проверяет файл, поэтому никто не перезапишет чужую работу без вопроса.
locked-open-anyway = Всё равно открыть
locked-open-copy = Открыть копию
locked-open-read-only = Открыть только для чтения

unsaved-title = Сохранить изменения?
unsaved-question = В «{ $name }» есть несохранённые изменения. Сохранить их перед тем, как { $doing }? Если не сохранить, они будут потеряны.
unsaved-discard = Не сохранять
doing-open-another = открыть другое расписание
doing-new-meeting = начать новое собрание
doing-close = закрыть
doing-import-again = снова импортировать файл

setup-failed = Не удалось подготовить собрание.

## Диалоги файлов

file-plenary-timetable = Расписание Plenary
file-schedules = Расписания (frab, iCalendar, xCal, CSV, Excel)
file-open-title = Открыть расписание
file-save-title = Сохранить расписание
file-import-title = Импортировать расписание
file-export-title = Экспорт

## Вводимые время и даты

typed-time-empty = Введите время, например 09:30.
typed-time-malformed = «{ $text }» — не время: пишите 09:30, 0930 или 9.30.
typed-time-minutes-digits = «{ $text }»: пишите минуты двумя цифрами (например, 12:05 или 12:50).
typed-time-am-pm = «{ $text }»: с am или pm час может быть от 1 до 12.
typed-time-minutes = «{ $text }» — не время: минут не больше 59.
typed-time-day-end = «{ $text }» — не время: день заканчивается в 24:00.
typed-date-empty = Введите дату, например { $example }.
typed-date-no-month-name = «{ $text }»: нет месяца «{ $name }».
typed-date-year = «{ $text }»: пишите год полностью, например { $example }.
typed-date-malformed = «{ $text }» — не дата: пишите { $example }.
typed-date-no-month = «{ $text }» — не дата: нет месяца { $month } (пишите { $example }).
typed-date-days = «{ $text }» — не дата: в этом месяце { $days } дн.

## Дни

day-weekend = Выходные
day-holiday = Праздник
day-outside = Вне дат
day-note = Примечание: { $note }

## Дни, показанные сводно, и следы изменений

aggregate-sessions = { $n ->
    [one] { $n } заседание
    [few] { $n } заседания
   *[many] { $n } заседаний
}
aggregate-in-conflict = { $count }, в конфликте: { $n }
aggregate-label = { $what }, { $times }; развернуть день
aggregate-title = { $what }, { $times }. Щёлкните, чтобы увидеть их.
ghost-was-here-title = Было здесь в { $since }: { $title }, { $times }
ghost-removed = Удалено: { $title }
ghost-was-here = Было здесь: { $title }

drag-checking = Проверка…
drag-no-new-conflict = Новых конфликтов нет
drag-new-conflicts = { $n ->
    [one] { $n } новый конфликт
    [few] { $n } новых конфликта
   *[other] { $n } новых конфликтов
}

## Сетка

grid-no-room = Без зала
grid-local-times = Всё время указано по месту проведения собрания ({ $zone })
fit-legend = Где можно начать:
fit-clean = без конфликтов
fit-warnings = предупреждения
fit-errors = ошибки

## Восстановление после сбоя

recovery-title = Восстановить несохранённые изменения?
recovery-intro = { $n ->
    [one] В прошлый раз Plenary закрылся не штатно. Он сохранил это расписание с несохранёнными изменениями.
   *[other] В прошлый раз Plenary закрылся не штатно. Он сохранил эти расписания с несохранёнными изменениями.
}
recovery-autosaved = автосохранение: { $when }
recovery-unsaved-edits = { $n ->
    [one] { $n } несохранённое изменение
    [few] { $n } несохранённых изменения
   *[many] { $n } несохранённых изменений
}
recovery-problem = Восстановить нельзя: { $problem }
recovery-recover = Восстановить
recovery-discard = Удалить
recovery-hint-many = Plenary редактирует одно расписание за раз: остальные будут предложены снова при следующем запуске.
recovery-hint-one = «Позже» сохраняет его до следующего запуска.
recovery-later = Позже

## Боковые панели

panel-show = Показать: { $label }
panel-hide = Скрыть: { $label }
panel-hide-title = Скрыть: { $label } (сетка займёт всю ширину)

time-field-title = 09:30, 0930, 9.30 или 930

## Органы

series-label = Серия органов
series-title = Исследовательская комиссия (SG2), рабочие группы (WP1/2-WP2/2, под SG2, если она есть) или Вопросы (Q1/2-Q4/2 under WP1/2)
series-add = Добавить серию

## Отчёт об импорте

import-heading = { $n ->
    [one] Импортировано { $n } событие из { $format }
    [few] Импортировано { $n } события из { $format }
   *[many] Импортировано { $n } событий из { $format }
}
import-as-breaks = (как перерывы: { $n })
import-counts = пропущено: { $skipped }, угадано: { $guessed }, исправлено: { $repaired }
import-zone-guessed = В файле не сказано, по каким часам указано время: оно прочитано по времени { $zone }.
import-zone-keep = Оставить
import-zone-or = или прочитать по времени
import-zone-placeholder = город или пояс, например Europe/Brussels
import-again-in = Импортировать снова по времени { $zone }
import-again = Импортировать снова
import-action-skipped = пропущено
import-action-guessed = угадано
import-action-repaired = исправлено
import-nothing = Ничего не пропущено, не угадано и не исправлено.

## Примечания под таблицей приложения

remove = Удалить
notes-label = Примечания под таблицей
notes-markers = Знаки сносок
notes-no-markers = Без знаков сносок в ячейках
notes-heading = Заголовок примечаний
notes-heading-placeholder = Обычный заголовок (Примечания:)
notes-own = Собственные примечания
notes-text-of = Текст примечания { $key }
notes-text-new = Текст нового примечания
notes-new-placeholder = Собственное примечание (например: Бейджи выдаются у входа Montbrillant.)
notes-add = Добавить примечание
notes-mark-session = Отметить заседание
notes-choose-session = Выберите заседание…
notes-with-marker = знаком сноски примечания
notes-no-note = без примечания (снять знак)
notes-mark = Отметить

bodies-joint = { $title } (совместное: { $bodies })
bodies-label = Органы по половинам дня
bodies-failure = Не удалось построить вид органов: { $failure }
bodies-empty = Органов пока нет. Введите их здесь, по одной серии: Исследовательская комиссия («SG2»), её рабочие группы («WP1/2-WP2/2»), затем их Вопросы («Q1/2-Q4/2 under WP1/2»). Раздел «Органы» панели «Собрание» изменяет их названия и место в дереве.
bodies-no-days = У собрания ещё нет дней или интервалов. Подготовьте собрание, чтобы получить его дни и половины дней.
bodies-not-a-meeting-day = { $day }: не день собрания
bodies-place-label = Назначить заседание { $body } на { $day }, { $slot }
bodies-place-title = Назначить сюда заседание { $body }
bodies-hint = Щёлкните по пустой ячейке, чтобы назначить туда заседание органа (обычное время интервала, его обычный зал); перетащите заседание в другую ячейку его строки, чтобы перенести; Delete удаляет выбранное. ⧉ отмечает совместное заседание.

## Приложение

annex-label = Приложение к письму
annex-what = Приложение к письму в том виде, в каком оно будет экспортировано; оно следует за каждым изменением.
annex-language = Язык
annex-layout = Макет
# The core's annex layouts and export formats, by their names on the wire ($label: the core's English).
layout-name = { $name ->
    [days] Дни × интервалы
    [bodies] Органы × полудни
    [plan] План распределения времени
    [agenda] Повестка дня (строка на пункт)
   *[other] { $label }
}
annex-failure = Не удалось построить приложение: { $failure }
annex-warnings = { $n ->
    [one] { $n } расхождение приложения с расписанием
    [few] { $n } расхождения приложения с расписанием
   *[many] { $n } расхождений приложения с расписанием
}
annex-rendering = Построение приложения…

body-kind-study-group = Исследовательская комиссия
body-kind-working-party = Рабочая группа
body-kind-question = Вопрос
body-kind-management = Руководящая группа
body-kind-track = Направление
body-kind-other = Другая группа
body-tree-heading = Органы
body-tree-grip = Перетащите на другой орган, чтобы подчинить ему
body-tree-expand = Полное название { $body } на каждом языке
body-tree-short = Краткое название { $body }
body-tree-name = Полное название { $body }
body-tree-full-name = Полное название
body-tree-own-hours = Собственные часы
body-tree-period-start = Начало периода { $n } для { $body }
body-tree-period-end = Конец периода { $n } для { $body }
body-tree-period-remove = Удалить период { $n } для { $body }
body-tree-day-hours = Часы и перерывы дня
body-tree-add-period = Добавить период
body-tree-parallel = Заседает параллельно с { $parent }
body-tree-its-parent = вышестоящим органом
body-tree-kind = Вид { $body }
body-tree-in = в
body-tree-parent = Вышестоящий орган для { $body }
body-tree-top-level-option = (верхний уровень)
body-tree-remove = Удалить орган { $body }
body-tree-top-level = Верхний уровень
body-tree-drop-top = Перетащите сюда для верхнего уровня
body-tree-add = Добавить орган
body-tree-hint = Перетащите орган на другой, чтобы подчинить ему.

## Подготовка собрания

setup-new-meeting = Новое собрание
setup-first-day-missing = Введите первый день собрания.
setup-languages = Языки собрания
setup-title-in = Название ({ $lang })
setup-main-language = (основной язык)
setup-make-main = сделать основным
setup-city = Город (задаёт часовой пояс)
setup-city-placeholder = например, Женева (обязательно)
setup-clocks-of = Время { $zone }
setup-zone-hint = Город из списка или пояс, например Europe/Zurich
setup-venue = Место проведения
setup-venue-placeholder = Штаб-квартира МСЭ
setup-first-day = Первый день
setup-last-day = Последний день
setup-days-off = Выходные дни каждой недели
setup-template = Часы, интервалы и перерывы
setup-template-itu-t = МСЭ-T: 09:30-12:30 и 14:30-17:30, кофе 30 мин
setup-template-itu-t-early = МСЭ-T, утро с 09:00
setup-template-blank = Пустой: без интервалов и перерывов
setup-template-keep = Сохранить текущие часы, интервалы и перерывы
# The letters of a date field's placeholder (dd/mm/yyyy), in the order the language writes dates.
date-pattern-day = ДД
date-pattern-month = ММ
date-pattern-year = ГГГГ
setup-apply = Применить
setup-create = Создать собрание

## Панель «Собрание»

meeting-heading = Собрание
meeting-title = Название
meeting-day-starts = Начало дня
meeting-day-ends = Конец дня
meeting-day-working = Рабочий день
meeting-remove-day = Удалить { $date }
meeting-kind-of = Вид дня { $date }
meeting-start-of = Начало дня { $date }
meeting-end-of = Конец дня { $date }
meeting-new-day = Новый день
meeting-add-day = Добавить день
meeting-slots = Интервалы
meeting-slot-name = Название интервала
meeting-slot-start = Начало интервала
meeting-slot-end = Конец интервала
meeting-remove-slot = Удалить интервал
meeting-slot-start-on = Начало интервала { $date }
meeting-slot-end-on = Конец интервала { $date }
meeting-usual-times-on = Обычное время { $date }
meeting-other-times-label = Другое время в какой-либо день
meeting-other-times = Другое время в…
meeting-add-slot = Добавить интервал
meeting-breaks = Перерывы
meeting-break-coffee = Кофе-брейк
meeting-break-meal = Обед
meeting-break-other = Другой
meeting-break-name = Название перерыва
meeting-break-kind = Вид перерыва
meeting-remove-break = Удалить перерыв
meeting-break-start = Начало перерыва
meeting-break-end = Конец перерыва
meeting-break-day = День перерыва
meeting-every-working-day = Каждый рабочий день
meeting-add-break = Добавить перерыв
meeting-room-name = Название зала
meeting-seats = Мест
meeting-booths = Кабины
meeting-booths-title = Кабины для устного перевода
meeting-remove-room = Удалить зал { $name }
meeting-add-room = Добавить зал
meeting-persons = Участники
meeting-person-name = Имя
meeting-role = Роль
meeting-remove-person = Удалить: { $name }
meeting-add-person = Добавить участника
meeting-constraints = Ограничения
meeting-remove-constraint = Удалить ограничение
meeting-why = Причина
meeting-why-placeholder = Причина (примечание)
meeting-first-session = Первое заседание
meeting-second-session = Второе заседание
meeting-session-option = Заседание…
meeting-rule = Правило
meeting-rule-before = до
meeting-rule-in-sequence = затем, подряд,
meeting-rule-no-overlap = не должны пересекаться
meeting-rule-fixed-time = закреплено во времени
meeting-rule-text-before = { $earlier } до { $later }
meeting-rule-text-in-sequence = Подряд: { $sessions }
meeting-rule-text-no-overlap = Без пересечения: { $sessions }
meeting-rule-text-fixed-time = { $session } закреплено на { $at }
meeting-place-first = Сначала разместите заседание: закрепляется его место
meeting-add-constraint = Добавить ограничение
meeting-severities = Серьёзность
meeting-severity-default = По умолчанию
severity-error = ошибка
severity-warning = предупреждение
severity-info = замечание

## Свойства заседания

props-label = Свойства
props-of = Свойства
props-session = Заседание
props-many-selected = { $n ->
    [one] Выбрано { $n } заседание: перетащите его или используйте клавиши со стрелками.
    [few] Выбрано { $n } заседания: перетащите одно из них или используйте клавиши со стрелками, чтобы переместить их вместе.
   *[many] Выбрано { $n } заседаний: перетащите одно из них или используйте клавиши со стрелками, чтобы переместить их вместе.
}
props-none-selected = Выберите заседание, чтобы изменить его. Чтобы создать заседание, дважды щёлкните по сетке в нужном месте, протяните мышью или нажмите N.
props-kind = Вид
props-timing = Продолжительность
props-timing-span = От начала до конца
props-timing-point = Момент времени (только начало)
props-timing-open-ended = Без конца (начало без установленного окончания)
props-when = Когда
props-start = Начало
props-end = Конец
props-unschedule = Снять с расписания
props-unscheduled = Не запланировано: перетащите его из палитры на день.
props-room = Зал
props-exclusive = Исключительное
props-pinned = Закреплено
props-pinned-title = Автоматическая расстановка никогда не перемещает закреплённое заседание
props-preferred-room = Предпочтительный зал
props-preferred-room-title = Зал, который автоматическая расстановка пробует первым
props-none = Нет
props-no-bodies = Органов пока нет (вкладка «Собрание»).
props-no-persons = Участников пока нет (вкладка «Собрание»).
choice-find = Поиск среди { $n }…
choice-none-yet = Ничего не выбрано: введите имя выше, чтобы найти.
choice-no-match = Совпадений нет.
choice-more = Ещё совпадений: { $n }. Уточните имя.
props-annex-cell = В ячейке
props-annex-note-only = В примечании
props-annex-both = В ячейке и в примечании
props-annex-hidden = Не в приложении
props-annex-label = Подпись в приложении
props-annex-label-placeholder = Название
props-annex-note = Примечание в приложении
props-annex-note-placeholder = Название и время
props-duplicate = Дублировать
props-delete = Удалить

## Редакции

revisions-copied = Скопировано.
revisions-no-clipboard = Буфер обмена здесь недоступен: выделите текст и нажмите Ctrl+C.
revisions-close = Закрыть редакции
revisions-empty = Ни одна редакция ещё не опубликована. Опубликуйте редакцию, чтобы сравнивать с ней следующие версии.
revisions-list = Опубликованные редакции, новые сверху
revisions-publish-heading = Опубликовать редакцию
revisions-label = Обозначение
revisions-date = Дата
revisions-comment = Комментарий (необязательно)
revisions-comment-placeholder = Для чего эта редакция
revisions-publish = Опубликовать { $label }
revisions-revision = редакцию
revisions-compare = Сравнить
revisions-from = С
revisions-to = По
revisions-current = Текущее состояние
revisions-overlay = Показать в сетке изменения после { $since }
revisions-a-revision = редакции
revisions-changes = Изменения с { $from } по { $to }
revisions-the-current = текущее состояние
revisions-no-changes = Изменений нет.
revisions-show = Показать в сетке
revisions-summary = Сводка для письма
revisions-form = Формат
revisions-plain = Простой текст
revisions-copy = Копировать

## Экспорт

export-format = Формат
format-name = { $name ->
    [annex-docx] Документ Word
    [annex-pdf] PDF
    [annex-html] Веб-страница
    [annex-md] Markdown
    [annex-txt] Простой текст
    [frab-xml] schedule.xml (frab)
    [frab-json] schedule.json (frab)
    [ics] iCalendar
    [csv] CSV (строка на заседание)
    [xlsx] Книга Excel
   *[other] { $label }
}
export-other-tools = Для других программ
export-version = Версия
export-mark-changes = Отметить изменения после
export-no-marks = Без отметок
export-missing = { $n ->
    [one] У { $n } текста нет версии ({ $lang }), он показан на другом языке: { $which }.
   *[other] { $more ->
        [0] У { $n } текстов нет версии ({ $lang }), они показаны на другом языке: { $which }.
       *[other] У { $n } текстов нет версии ({ $lang }), они показаны на другом языке: { $which } и ещё { $more }.
    }
}
export-missing-meeting-title = название собрания
export-missing-session-title = заседание «{ $owner }» (название)
export-missing-annex-label = заседание «{ $owner }» (подпись в приложении)
export-missing-annex-note = заседание «{ $owner }» (примечание в приложении)
export-missing-body-name = орган «{ $owner }» (полное название)
export-missing-slot-name = интервал «{ $owner }» (название)
export-missing-break-name = перерыв «{ $owner }» (название)
export-missing-notes-heading = заголовок примечаний
export-missing-free-note = свободное примечание «{ $owner }» (текст)
export-fill = Заполнить…
export-not-meeting-lang = Язык «{ $lang }» не входит в языки собрания (Собрание › Подготовить).
export-hint-annex = Приложение в том виде, в каком оно будет записано, в этом макете и на этом языке:
export-hint-other = { $format } содержит каждое заседание с его временем, залом и органами; приложение ниже дано для справки.
export-preview-failed = Не удалось построить предварительный просмотр: { $error }
export-preview = Предварительный просмотр приложения
export-rendering = Построение предварительного просмотра…
export-notes-frozen = Примечания { $revision } такие, как опубликованы; выберите текущее состояние, чтобы изменить примечания.
export-notes-failed = Не удалось получить список примечаний: { $error }
export-no-notes = В этом приложении нет примечаний.
export-note-text = Текст примечания { $n }
export-note-up = Переместить примечание { $n } вверх
export-note-down = Переместить примечание { $n } вниз
export-note-derived = Производный текст: { $text }
export-note-reset = Вернуть производный текст
export-saved = Сохранено: { $path }.
export-saving = Сохранение…
# $name: the format's name on the wire, for the words a language needs mid-sentence.
export-save = { $name ->
    [annex-docx] Сохранить документ Word…
    [annex-html] Сохранить веб-страницу…
    [annex-txt] Сохранить простой текст…
    [csv] Сохранить CSV…
    [xlsx] Сохранить книгу Excel…
   *[other] Сохранить { $format }…
}

## Переводы текстов собрания

translations-meeting-title = Название собрания
translations-session-title = Название заседания
translations-body-name = Название органа
translations-notes-heading = Заголовок примечаний
translations-free-note = Свободное примечание
translations-missing-only = Только строки, где не хватает текста
translations-missing-in = Нет на языке
translations-in-any = на любом языке
translations-in = { $lang }
translations-count = { $n ->
    [0] { $lang }: всё готово
   *[other] { $lang }: не хватает { $n }
}
translations-failure = Не удалось получить список текстов: { $failure }
translations-listing = Получение списка текстов…
translations-none-missing = Все тексты на месте.
translations-none-missing-in = Все тексты есть ({ $lang }).
translations-no-texts = В документе ещё нет текстов.
translations-show-every = Показать все тексты
translations-text = Текст
translations-cell = { $what } ({ $lang })
translations-cell-of = { $what }: { $owner } ({ $lang })
translations-missing = Нет текста
translations-copy-into = Скопировать в «{ $lang }» из
translations-copy-from = Скопировать из…

## Окно

app-timetable = Расписание
app-filter-empty = Ни одно заседание не подходит под фильтр, поэтому сетка пуста.
app-clear-filter = Сбросить фильтр
app-side-panel = Конфликты и палитра
app-loading = Загрузка расписания…
app-none-open = Ни одно расписание не открыто.
app-this-timetable = Это расписание

## Лучшие места для заседания (панель свойств)
places-best = Лучшие места
places-fit-clean = без конфликтов
places-fit-info = только замечания
places-fit-warning = предупреждения
places-fit-error = ошибки
places-title = Поставить сюда ({ $fit })
places-title-kinds = Поставить сюда ({ $fit }: { $kinds })

## Печать (Файл > Печать)
print-untitled = Совещание без названия
print-printed = Напечатано { $date }

## Расстановка: разрешённые окна и веса
windows-legend = Разрешённые окна
windows-legend-title = Где расстановка может поставить это заседание; нет окон: в любое время рабочих часов дня
windows-none = В любое время рабочих часов дня.
windows-every-day = Каждый день
windows-remove = Удалить
windows-remove-title = Удалить это окно
windows-day = День нового окна
windows-start = Начало нового окна
windows-end = Конец нового окна
windows-add = Добавить окно
weight-default = По умолчанию
weight-hard = Обязательно
weight-soft = Мягко
weight-aria = { $label }: вес при расстановке
weight-soft-aria = { $label }: мягкий вес
weight-title = Цена каждого такого конфликта при расстановке
weight-invalid = «{ $typed }» — не вес: введите целое число, 0 или больше
pref-working-party-days = Вопрос вне дней своей Рабочей группы
pref-split-across-lunch = Заседания органа, разделённые обедом

## Публикация веб-сайта (Файл > Опубликовать веб-сайт…)
publish-pick-title = Опубликовать веб-сайт в папке
publish-title = Опубликовать веб-сайт
publish-into = В папку
publish-choose = Выбрать другую папку…
publish-planning = Определяется, что будет записано…
publish-files = { $count ->
    [one] { $count } файл
    [few] { $count } файла
   *[many] { $count } файлов
}
publish-what-revision = Веб-сайт редакции { $revision }, последней опубликованной: { $extent }.
publish-what-draft = Ни одна редакция ещё не опубликована: веб-сайт показывает расписание в нынешнем виде, с пометкой «проект»: { $extent }.
publish-new-folder = Новая папка: все файлы новые.
publish-nothing-changes = В папке уже этот веб-сайт: ничего не изменится.
publish-summary = Новых: { $added }, изменённых: { $changed }, удалённых: { $removed }; без изменений: { $unchanged }.
publish-warnings = Приложение говорит не всё, что есть в расписании (замечаний: { $count })
publish-added = Новые ({ $count })
publish-changed = Изменённые ({ $count })
publish-removed = Удалённые ({ $count })
publish-more = и ещё { $count }
publish-busy = Публикация…
publish-done = Опубликовано в { $dir }: { $files }.
publish-open = Открыть в браузере
publish-close = Закрыть
publish-cancel = Отмена
publish-run = Опубликовать
revisions-offer-site = { $label } опубликована. Опубликовать и веб-сайт, чтобы делегаты её увидели?
revisions-publish-site = Опубликовать веб-сайт…
revisions-offer-later = Не сейчас

## Системные меню. Идентификатор с окончанием -mac — текст в macOS, где он отличается.

menu-plenary = Plenary
menu-file = Файл
menu-edit = Правка
menu-view = Вид
menu-window = Окно
menu-help = Справка
menu-file-new = Создать
menu-file-open = Открыть…
menu-file-recent = Недавние файлы
menu-file-recent-none = Нет недавних файлов
menu-file-clear-recent = Очистить список
menu-file-save = Сохранить
menu-file-save-as = Сохранить как…
menu-file-import = Импорт…
menu-file-export = Экспорт…
menu-file-publish = Опубликовать веб-сайт…
menu-file-print = Печать…
menu-file-close = Закрыть
menu-file-quit = Выход
menu-edit-undo = Отменить
menu-edit-redo = Повторить
menu-edit-new-session = Новое заседание
menu-edit-copy = Копировать
menu-edit-copy-mac = Копировать заседания
menu-edit-paste = Вставить (дублировать)
menu-edit-paste-mac = Вставить заседания (дублировать)
menu-edit-delete = Удалить
menu-edit-delete-mac = Удалить заседания
menu-edit-select-all = Выделить все
menu-edit-select-all-mac = Выделить все заседания
menu-edit-properties = Изменить свойства
menu-arrange = Расстановка
menu-arrange-unscheduled = Расставить незапланированные заседания…
menu-arrange-all = Расставить все заседания…
menu-arrange-selection = Расставить выбранные заседания…
menu-arrange-day = Расставить один день…
menu-view-days = Дни
menu-view-rooms = Залы
menu-view-bodies = Органы
menu-view-annex = Приложение
menu-view-translations = Переводы
menu-view-orientation = Дни строками
menu-view-condensed = Компактно
menu-view-snap-5 = Шаг 5 минут
menu-view-snap-15 = Шаг 15 минут
menu-view-snap-30 = Шаг 30 минут
menu-view-revisions = Редакции
menu-view-theme-system = Оформление: как в системе
menu-view-theme-light = Оформление: светлое
menu-view-theme-dark = Оформление: тёмное
menu-window-zoom = Изменить масштаб
menu-help-guide = Руководство пользователя
menu-help-guide-mac = Руководство пользователя Plenary
menu-help-about = О программе Plenary

## The Arrange dialog and its preview on the grid
arrange-title = Расставить заседания
arrange-which = Какие заседания
arrange-scope-unscheduled = Незапланированные ({ $n }): остальные остаются на своих местах
arrange-scope-all = Все заседания, кроме закреплённых
arrange-scope-selection = Выделенные ({ $n })
arrange-scope-day = Заседания одного дня, в пределах этого дня:
arrange-day-label = День для расстановки
arrange-limit-before = Остановиться через
arrange-limit-after = с, не больше (пусто: пока есть улучшения)
arrange-limit-label = Ограничение времени в секундах (пусто: пока поиск не устоится)
arrange-from-scratch = С нуля (иначе перемещать как можно меньше уже размещённых заседаний)
arrange-run = Расставить
arrange-stop = Остановить
arrange-running = Идёт расстановка…
arrange-stopping = Остановка: сохраняется лучший найденный вариант…
arrange-elapsed = Прошло
arrange-seconds = { $s } с
arrange-best = Лучшая оценка на данный момент
arrange-hard-now = Конфликты, которые не должны остаться
arrange-unplaced-now = Осталось незапланированными
arrange-n-of = { $n } из { $total }
arrange-tried = Проверено ходов
arrange-stopped = Остановлено досрочно: это лучший найденный вариант.
arrange-placed-of = Размещено { $n } из { $total }.
arrange-would-move = { $n ->
    [one] Будет перемещено { $n } заседание.
    [few] Будет перемещено { $n } заседания.
   *[many] Будет перемещено { $n } заседаний.
}
arrange-moves-nothing = Ничего не будет перемещено.
arrange-no-hard-left = Не останется ни одного конфликта из тех, что не должны оставаться.
arrange-hard-would-remain = { $n ->
    [one] Останется { $n } конфликт, который не должен оставаться.
    [few] Останется { $n } конфликта, которые не должны оставаться.
   *[many] Останется { $n } конфликтов, которые не должны оставаться.
}
arrange-out-of-reach = { $n ->
    [one] В этом конфликте участвуют только закреплённые заседания или заседания вне области расстановки, а их расстановка не перемещает:
    [few] В { $n } из них участвуют только закреплённые заседания или заседания вне области расстановки, а их расстановка не перемещает:
   *[many] В { $n } из них участвуют только закреплённые заседания или заседания вне области расстановки, а их расстановка не перемещает:
}
arrange-until-apply = Сетка показывает расстановку; ничего не изменится, пока вы её не примените, а отмена затем вернёт всё за один шаг.
arrange-legend = Что показывает сетка
arrange-legend-moved = { $n ->
    [one] { $n } заседание на новом месте
    [few] { $n } заседания на новых местах
   *[many] { $n } заседаний на новых местах
}
arrange-legend-placed = { $n ->
    [one] { $n } незапланированное заседание размещено
    [few] { $n } незапланированных заседания размещены
   *[many] { $n } незапланированных заседаний размещены
}
arrange-legend-away = Где оно сейчас
arrange-legend-out = { $n ->
    [one] { $n } заседание останется незапланированным (где оно сейчас)
    [few] { $n } заседания останутся незапланированными (где они сейчас)
   *[many] { $n } заседаний останутся незапланированными (где они сейчас)
}
arrange-list = Перемещения по одному
arrange-col-session = Заседание
arrange-col-from = Откуда
arrange-col-to = Куда
arrange-show = Показать в сетке
arrange-nowhere = не запланировано
arrange-left = Не размещены или всё ещё в конфликте:
arrange-discard = Отказаться
arrange-apply = { $n ->
    [one] Применить: расставить { $n } заседание
    [few] Применить: расставить { $n } заседания
   *[many] Применить: расставить { $n } заседаний
}
arrange-nothing-to-apply = Нечего применять
arrange-moved-here = переместится сюда с { $from }
arrange-placed-here = будет размещено здесь (сейчас не запланировано)
arrange-ghost-away = Уходит отсюда: { $title }
arrange-ghost-away-title = { $title } ({ $times }) уйдёт с этого места
arrange-ghost-out = Не размещено: { $title }
arrange-ghost-out-title = { $title } ({ $times }) останется незапланированным

## The desktop app's own errors (a file that cannot be read or written, a document someone
## else has open): what the error banner says, in place of the app's English.

app-not-picked = { $path }: Plenary открывает и сохраняет только файлы, выбранные в его диалогах
app-in-file = { $path }: { $reason }
app-not-importable = { $path }: Plenary не импортирует такие файлы (расписание frab в XML или JSON, iCalendar, xCal, CSV, книга Excel); документы Plenary открывайте через Файл > Открыть
app-import-failed = { $path } (как { $format }): { $reason }
app-locked = { $file } открыт пользователем { $user } на { $host } с { $since }.
app-read-only = { $file } открыт только для чтения, так как его открыл кто-то другой: сохраните изменения в другой файл командой «Сохранить как».
app-save-failed = Не удалось сохранить { $path }: { $reason }. Расписание остаётся открытым со всеми несохранёнными изменениями; устраните причину и сохраните снова или выберите другое место командой «Сохранить как».
app-save-no-folder = папки { $folder } больше нет
app-save-not-allowed = у Plenary нет права записи туда ({ $error })
app-save-disk-full = диск заполнен ({ $error })
app-untitled = у этого документа ещё нет файла: выберите, куда его сохранить
app-file-error = { $path }: { $error }
app-publish-nothing-yet = { $folder }: здесь пока ничего не опубликовано
app-publish-browser = не удаётся открыть { $path } в браузере: { $error }
app-publish-no-folder = сначала выберите папку для публикации
app-no-journal = журнала автосохранения нет (у приложения нет папки данных)
app-discard-failed = не удаётся удалить запись журнала в { $folder }: { $error }
app-changed-on-disk = Файл { $file } изменился на диске после того, как вы его открыли.
app-arrange-thread-failed = сбой потока расстановки: { $error }
app-arrange-nothing-to-apply = нет расстановки для применения; сначала выполните расстановку
app-internal-error = В Plenary произошла внутренняя ошибка ({ $error }). Расписание остаётся открытым; несохранённые изменения хранятся в журнале автосохранения. Пожалуйста, сообщите об этой ошибке.
app-journal-unreadable = не удаётся восстановить несохранённое расписание: { $error }
app-not-a-journal-entry = «{ $id }» — не запись журнала
app-new-window-failed = не удалось открыть новое окно: { $error }
app-no-browser = отсюда нельзя открыть браузер
app-not-a-recent-file = { $path } нет среди недавних файлов

## Window titles ("Untitled — Plenary"): the name of a document without a file, of the
## bundled example, and the mark of a document open read-only.

window-title-untitled = Без названия
window-title-example = Пример
window-title-read-only = (только чтение)
