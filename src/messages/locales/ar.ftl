# رسائل نواة Plenary باللغة العربية (التعارضات وأسباب الرفض وتقارير الاستيراد).
# الملف الإنكليزي (en.ftl) هو المرجع: المعرّفات نفسها والمتغيرات نفسها.

## القوائم

list-separator = {"، "}
clause-separator = {"، و"}
as-said = { $text }

## التعارضات

conflict-quoted = «{ $title }»
conflict-break-inside = «{ $session }» ({ $when }) تبدأ أو تنتهي أثناء الاستراحة «{ $break }» ({ $start }–{ $end })
conflict-break-over = «{ $session }» ({ $when }) تمتد إلى الاستراحة «{ $break }» ({ $start }–{ $end })
conflict-outside-day-hours = «{ $session }» ({ $when }) خارج ساعات العمل ليوم { $date } ({ $start }–{ $end })
conflict-non-working-day = «{ $session }» ({ $when }) في { $day }، وهو { $dayKind ->
    [weekend] يوم عطلة نهاية الأسبوع
    [holiday] يوم عطلة رسمية
   *[working] يوم عمل
}
conflict-outside-meeting-dates = «{ $session }» ({ $when }) في { $day }، وهو ليس من أيام الاجتماع
conflict-capacity-exceeded = عدد المشاركين المتوقع في «{ $session }» هو { $attendance }، لكن القاعة { $room } لا تتسع إلا لـ { $capacity }
conflict-interpretation-unavailable = «{ $session }» تحتاج إلى ترجمة شفوية ({ $languages }) لكن القاعة { $room } ليس فيها مقصورات للترجمة الشفوية
conflict-room-clash = «{ $a }» و«{ $b }» تستخدمان القاعة { $room } في { $when }
conflict-person-clash = { $persons }: مشاركة في «{ $a }» و«{ $b }» في الوقت نفسه ({ $when })
conflict-body-clash = «{ $a }» و«{ $b }» تتداخلان في { $when }، لكن { $reasons }
conflict-reason-same-body = كلتاهما من اجتماعات { $body }
conflict-reason-contains = { $outer } تضم { $inner }
conflict-exclusive-both = «{ $a }» و«{ $b }» حصريتان لكنهما تتداخلان في { $when }
conflict-exclusive-beside = «{ $session }» تُعقد بالتزامن مع الجلسة الحصرية «{ $exclusive }» في { $when }
conflict-order = يجب أن تنتهي «{ $earlier }» قبل أن تبدأ «{ $later }»، لكنها تنتهي في { $end } وتبدأ «{ $later }» في { $start }
conflict-no-overlap = يجب ألا تتداخل «{ $a }» و«{ $b }»، لكنهما تُعقدان كلتاهما في { $when }
conflict-fixed-time = «{ $session }» مثبتة في { $fixed } لكنها موضوعة في { $placed }
conflict-interpreters-overbooked = تُعقد حتى { $peak } من الجلسات المترجمة في وقت واحد في { $when }، لكن { $teams ->
    [0] لا توجد أي فرقة مترجمين
   *[other] عدد فرق المترجمين { $teams } فقط
}: { $sessions }
conflict-at-some-time = في وقت ما

## تقرير التعارضات في سطر الأوامر (`plenary check`)

check-no-conflicts = لا تعارضات.
check-acknowledged = مقبول: { $reason }
check-summary = الأخطاء: { $errors }، التحذيرات: { $warnings }، الملاحظات: { $infos }، المقبولة: { $acknowledged }

## أسباب الرفض: لماذا لم يغيّر أمرٌ شيئًا. يضع التطبيق اسم الأمر في البداية.

edit-refused = { $label }: { $reason }
edit-broken = { $label }: سيؤدي التغيير إلى إفساد الجدول الزمني: { $problems }
refusal-not-found = لا يوجد { $what } «{ $id }»
refusal-duplicate = المعرّف «{ $id }» مستخدم بالفعل ({ $what })
refusal-not-scheduled = الجلسة «{ $session }» غير مجدولة؛ جدولها قبل نقلها أو تغيير مدتها
refusal-end-not-after-start = يجب أن تكون النهاية ({ $end }) بعد البداية ({ $start })؛ لم تتغير الأوقات
refusal-no-length = الجلسة «{ $session }» لحظة زمنية أو بلا نهاية محددة، فلا نهاية لها تُضبط؛ اجعلها فترة أولاً
refusal-out-of-range = { $what } «{ $id }»: { $start } زائد { $minutes } دقيقة خارج نطاق التواريخ الممكنة
refusal-date-out-of-range = { $date } بعد نقله { $days } يومًا خارج نطاق التواريخ الممكنة
refusal-body-has-children = لا تزال الهيئة «{ $body }» تضم «{ $child }»؛ احذفها أو انقلها أولاً
refusal-body-under-itself = لا يمكن وضع { $body } تحت نفسها
refusal-body-cycle = لا يمكن وضع { $body } تحت { $parent }: { $parent } من الهيئات التابعة لـ { $body }
refusal-series-parent-unknown = لا توجد هيئة { $name } توضع السلسلة تحتها؛ أضفها أولاً أو تحقق من اسمها المختصر
refusal-series-taken = توجد بالفعل هيئة { $short }؛ ستضيفها السلسلة مرتين
refusal-no-reason = التعارض «{ $key }»: قبول التعارض يتطلب سببًا (لماذا هو مقبول)
refusal-swap-with-itself = لا يمكن تبديل { $date } مع نفسه
refusal-blank-revision-label = تحتاج المراجعة إلى تسمية (مثل Rev.1)
refusal-revision-label-taken = توجد بالفعل مراجعة بالتسمية «{ $label }»؛ اختر تسمية أخرى
refusal-no-days = لا توجد أيام في الاجتماع لنقلها
refusal-weekday-changed = يوافق { $start } يوم { $weekday } لكن الاجتماع يبدأ يوم { $firstWeekday }؛ اختر يوم { $firstWeekday } كي يحافظ كل يوم على يومه من الأسبوع
refusal-pointless-rule = القيد «{ $constraint }»: { $fault }
refusal-no-sessions = لم تُحدَّد أي جلسة
refusal-stale-arrangement = تغيّرت الوثيقة منذ إعداد هذا الترتيب؛ أعد الترتيب
refusal-hard-preference = التفضيل ({ $preference }) يأخذ وزنًا مرنًا (عددًا صحيحًا)، لا «hard»

## ما يسمّيه الرفض ($what أعلاه)

item-session = جلسة
item-room = قاعة
item-body = هيئة
item-person = شخص
item-slot = فترة
item-break = استراحة
item-constraint = قيد
item-day = يوم
item-annex-note = ملاحظة الملحق
item-free-note = ملاحظة حرة
item-acknowledged-conflict = تعارض مقبول

## عبارات سطر الأوامر

cli-command-refused = { $file }: رُفض الأمر { $number } ({ $label }): { $reason }؛ لم يُكتب شيء
cli-cannot-arrange = { $file }: تتعذر الجدولة: { $reason }
cli-arrange-placed = وُضعت { $placed } من { $inScope } جلسة ضمن النطاق (نُقل منها { $moved })، وبقي { $unplaced } دون جدولة.
cli-arrange-conflicts-left = التعارضات الإلزامية المتبقية: { $hard }؛ التعارضات المرنة: { $soft }.
cli-arrange-score = النتيجة { $score } (بداية جشعة { $greedy })، قُيّمت { $evaluated } نقلة في { $seconds } ث{ $stopped ->
    [yes] {" "}(بلغ الحد الزمني).
   *[no] .
}
cli-arrange-out-of-reach = عدد التعارضات الإلزامية التي لا تشمل إلا جلسات مثبتة أو جلسات خارج النطاق، ولا ينقلها الترتيب: { $count }
cli-arrange-blocked-by = يعوقها: { $rules }
cli-arrange-would-fit = ممكن: { $relaxation }

## تقارير الاستيراد: الموضع في الملف وما فعله الاستيراد

import-at-file = (الملف)
import-at-line = السطر { $line }
import-at-line-column = السطر { $line }، العمود { $column }
import-at-sheet = الورقة «{ $sheet }»
import-at-sheet-row = الورقة «{ $sheet }»، الصف { $row }
import-at-sheet-column = الورقة «{ $sheet }»، العمود { $column }
import-at-sheet-row-column = الورقة «{ $sheet }»، الصف { $row }، العمود { $column }
import-skipped = متروك
import-guessed = مُخمَّن
import-repaired = مُصلَح

## تقارير الاستيراد: ما تخطاه الاستيراد أو خمّنه أو أصلحه

import-title-above-header = { $source ->
    [excel] الصف
   *[csv] السطر
} الذي فوق العناوين هو عنوان الاجتماع: «{ $title }»
import-times-in-utc = الأوقات في { $format } بلا منطقة زمنية: المنطقة الزمنية للاجتماع هي UTC (حدد المنطقة الحقيقية باستخدام ‎--time-zone)
import-unknown-columns = تم تجاهل أعمدة غير معروفة: { $columns }
import-empty-row = صف فارغ
import-unknown-kind = النوع «{ $kind }» ليس من أنواع Plenary؛ اعتُبر «other»
import-unknown-annex = الملحق «{ $annex }» ليس cell أو note أو both أو hidden؛ اعتُبر cell
import-duplicate-session-id = معرّف مكرر: الجلسة «{ $id }» موجودة بالفعل، وهذه صارت «{ $fresh }»
import-untitled-session = الجلسة «{ $id }» بلا عنوان؛ سُمّيت «(untitled)»
import-break-past-midnight = الاستراحة «{ $break }» تتجاوز منتصف الليل؛ استراحات Plenary تقع داخل يوم واحد
import-break-not-meeting-day = الاستراحة «{ $break }» في { $date }، وهو ليس من أيام الاجتماع
import-title-from-file-name = لا يذكر الملف عنوانًا للاجتماع؛ العنوان «{ $title }» مأخوذ من اسم الملف
import-taken-as-body = اعتُبر «{ $name }» { $kind ->
    [study-group] لجنة دراسات
    [working-party] فرقة عمل
    [question] مسألة
    [management] فريق إدارة
    [track] محورًا
   *[group] مجموعة
} (لا يجوز أن تُعقد جلساته بالتوازي)، لا محورًا

## تحذيرات الملحق: ما لا يذكره الملحق أو يذكره بلغة أخرى

annex-quoted = «{ $title }»
annex-slot = { $slot } { $start }-{ $end }
annex-slots = من { $first } إلى { $last } { $start }-{ $end }
annex-times-differ = { $count ->
    [one] الجلسة
   *[other] الجلسات
} { $sessions }: { $date } { $start }-{ $end } يختلف عن { $slot } ولا تذكر أي ملاحظة أوقاتها (الملحق «cell» بلا ملاحظة؛ اختر «both» لإضافة واحدة)
annex-text-fallback = الجلسة «{ $session }»: { $what ->
    [note] لا يوجد نص للملاحظة
   *[label] لا توجد تسمية ولا عنوان
} بلغة { $lang }؛ استُخدم النص بلغة { $used } مع العلامة [{ $used }]
annex-no-body = الجلسة «{ $session }»: ليست لها هيئة، لذا يعرضها تخطيط الهيئات { $noted ->
    [yes] في ملاحظتها فقط
   *[no] في لا مكان
}
annex-outside-days = الجلسة «{ $session }»: في { $date }، خارج أيام الاجتماع، فلا صف لها؛ تُعرض في ملاحظة بدلاً من ذلك
annex-override-matches-no-note = ملاحظة الملحق المعدّلة «{ $key }» لا تطابق أي ملاحظة في تخطيط { $layout }؛ تم تجاهلها
annex-free-note-empty = الملاحظة الحرة «{ $key }» بلا نص في أي لغة؛ تم إسقاطها
annex-free-note-fallback = الملاحظة الحرة «{ $key }»: لا يوجد نص بلغة { $lang }؛ استُخدم النص بلغة { $used } مع العلامة [{ $used }]
annex-mark-matches-no-note = الجلسة «{ $session }» معلَّمة بالملاحظة «{ $key }» التي ليست من ملاحظات تخطيط { $layout }؛ بلا إشارة
annex-empty = جدول الملحق فارغ: { $reason }
annex-empty-unscheduled = لم تُجدول أي جلسة بعد
annex-empty-no-slots = يعرض تخطيط { $layout } الجلسات حسب الفترات (صباحًا، بعد الظهر) وليس في الاجتماع أي فترة: أضف فترات في لوحة الاجتماع، أو صدّر تخطيط الهيئات
annex-empty-no-bodies = في تخطيط الهيئات صف لكل هيئة ولا تذكر أي جلسة مجدولة هيئة: حدد هيئات الجلسات، أو صدّر تخطيط الأيام
annex-empty-no-working-day = لا تقع أي جلسة مجدولة في يوم عمل من أيام الاجتماع ضمن فتراته (تخطيط جدول الأعمال يسرد كل جلسة بوقتها)
export-no-fonts = لم يُعثر على خطوط؛ سيخلو ملف PDF من النص (ثبّت fonts-noto-core وfonts-noto-cjk، أو مرّر ‎--fonts DIR)
publish-annex-warning = الملحق ({ $lang }): { $warning }
export-pdf-warning = PDF: { $warning }

## المستندات التي لا يمكن فتحها

load-syntax = السطر { $line }، العمود { $column }: ليس JSON صالحًا: { $reason }
load-not-a-document = ليس مستند Plenary: { $reason }
load-too-new = إصدار تنسيق هذا المستند { $found }، لكن هذا الإصدار من Plenary يقرأ الإصدارات حتى { $supported }؛ افتحه بإصدار أحدث من Plenary
load-shape = { $path } (السطر { $line }، العمود { $column }): { $reason }
load-invalid = عدد المشكلات: { $count }: { $problems }
cli-invalid-document = { $file }: عدد المشكلات: { $count }:

## تقارير استيراد ملفات iCalendar (والأحداث من أي تنسيق)

import-ical-floating-time = وقت عائم (بلا TZID ولا Z): اعتُبر وقتًا محليًا في { $zone } (أول مرة هنا)
import-event-cancelled = الحدث «{ $event }» ملغى
import-ical-no-dtstart = الحدث «{ $event }» بلا DTSTART
import-ical-bad-dtstart = ‏DTSTART «{ $value }» ليس تاريخًا ولا تاريخًا ووقتًا
import-ical-bad-dtend = ‏DTEND «{ $value }» ليس تاريخًا ولا تاريخًا ووقتًا؛ تم تجاهله
import-ical-bad-duration = ‏DURATION «{ $value }» ليست مدة وفق RFC 5545
import-event-point-in-time = الحدث «{ $event }» بلا مدة؛ استُورد لحظةً زمنية في { $start }
import-event-no-end = الحدث «{ $event }» لا ينتهي بعد بدايته؛ مدته { $minutes } دقيقة
import-event-all-day = الحدث «{ $event }» يستغرق اليوم كله؛ يمتد من منتصف الليل إلى منتصف الليل
import-ical-not-expanded = لم يُوسَّع { $property }: استُورد التكرار الأول فقط

## تقارير الاستيراد: المناطق الزمنية والأحداث والمصنفات

import-zone-unknown = ‏time_zone_name «{ $zone }» ليس اسم منطقة زمنية في IANA
import-zone-from-city = لا يذكر الملف منطقة زمنية؛ مدينته «{ $city }» تعطي المنطقة { $zone } (حدد غيرها باستخدام ‎--time-zone)
import-city-without-zone = المدينة «{ $city }» لا تدل على أي منطقة زمنية (لا توجد منطقة IANA باسمها)
import-zone-from-offset = لا يذكر الملف منطقة زمنية؛ أوقاته تحمل الفارق { $offset }، لذا فمنطقة الاجتماع هي منطقة الفارق الثابت { $zone } (حدد المنطقة الحقيقية باستخدام ‎--time-zone)
import-zone-utc = لا يذكر الملف منطقة زمنية ولا يعطي فوارق: تُعتبر أوقاته أوقاتًا بتوقيت UTC (حدد المنطقة الحقيقية باستخدام ‎--time-zone)
import-event-beyond-calendar = الحدث «{ $event }» ينتهي خارج حدود التقويم
import-other-sheets-ignored = تُقرأ الجلسات من هذه الورقة؛ تم تجاهل الأوراق الأخرى: { $sheets }

## The arranger: why a session was left out, what blocks it, what would let it fit.

arrange-name = { $name }
arrange-no-place = لا يوجد أي مكان لـ { $session }: فتراتها المسموح بها ومدتها وقواعد كل يوم وكل قاعة (الإلزامية حسب أوزان الترتيب) تستبعد كل الأيام
arrange-fits-but-breaks = تتسع { $session } من حيث القاعات والأشخاص والهيئات في { $free } من أماكنها البالغ عددها { $places }، لكن كلًّا منها يخالف قيد ترتيب أو قاعدة إلزامية أخرى، أو انتهى البحث قبل ذلك
arrange-no-free-place = لا يوجد مكان شاغر لـ { $session }: جميع الأماكن ({ $places }) متداخلة ({ $blockers })
arrange-blocks = { $n }: { $what }
arrange-left-in-conflict = تبقى { $session } في تعارض: { $conflicts }
arrange-one-after-another = { $first }؛ { $rest }
arrange-room-taken = القاعة { $room } مشغولة
arrange-person-busy = { $person } مشغول
arrange-body-meeting = اجتماع { $body }
arrange-body-above-meeting = اجتماع { $body } (أو هيئة أعلى منها)
arrange-beside-exclusive = جلسة بجانب جلسة حصرية
arrange-exclusive-meeting = جلسة حصرية
arrange-rule-places = { $what } (عدد الأماكن: { $n })
arrange-relaxation = لولا «{ $what }» لاتسعت في عدد من الأماكن قدره { $n } (أولها: { $first })
arrange-place = { $when }
arrange-place-in = { $when } في القاعة { $room }

## The arranger's refusals

arrange-not-a-working-day = لا يمكن ترتيب أي شيء: { $date } ليس يوم عمل في الاجتماع
arrange-no-working-days = لا يمكن ترتيب أي شيء: ليس للاجتماع أيام عمل
arrange-too-few-room-hours = تحتاج الجلسات إلى { $needed } ساعة-قاعة لكن القاعات توفر { $available } (عدد القاعات: { $rooms }، أيام العمل: { $days }): أضف قاعات أو أيامًا، أو استبعد بعض الجلسات
arrange-order-cycle = قيود الترتيب تدور في حلقة: { $cycle }؛ لا يمكن لأي ترتيب أن يفي بها
arrange-before = { $earlier } قبل { $later }
arrange-pinned-clash = جلسات مثبتة متعارضة، والترتيب لا ينقلها أبدًا: { $conflict }
revision-unknown-none = لا توجد مراجعة «{ $label }»: لم تُنشر أي مراجعة بعد
revision-unknown = لا توجد مراجعة «{ $label }» (المنشورة: { $known })

## Import reports: slots, frab and JSON notes, CSV encodings

import-slot = { $name } { $start }-{ $end }
import-slots-one = لا توجد فترات في الملف: { $first }، { $how }
import-slots-two = لا توجد فترات في الملف: { $first } و{ $second }، { $how }
import-slots-from-meal-break = بحسب استراحة الوجبة
import-slots-from-lunch-gap = بحسب الاستراحة التي لا تُعقد فيها جلسات قرب الظهر
import-slots-whole-day = فترة واحدة لليوم كله: لا توجد استراحة وجبة، والجلسات تُعقد وقت الظهر
import-frab-bad-day-change = day_change '{ $value }' ليس وقتًا بصيغة HH:MM[:SS]
import-frab-no-conference = لا يوجد عنصر <conference>: ليس للاجتماع عنوان
import-frab-day-without-date = ليس لـ <day> سمة date صالحة ('{ $value }')؛ تحتاج فعالياته إلى <date> خاص بها
import-frab-no-days = لا يوجد "days": ليس في الجدول أي فعاليات
import-frab-days-not-array = "days" هو { $kind }، وليس مصفوفة
import-frab-json-day-without-date = ليس لليوم تاريخ صالح؛ تحتاج فعالياته إلى "date" خاص بها
import-frab-room-events-not-array = فعاليات القاعة هي { $kind }، وليست مصفوفة
import-frab-event-not-object = الفعالية هي { $kind }، وليست كائنًا
json-null = null
json-boolean = قيمة منطقية
json-number = رقم
json-string = سلسلة نصية
json-array = مصفوفة
json-object = كائن
import-csv-utf16-by-mark = قُرئ بترميز { $encoding } (كما تدل علامة ترتيب البايتات)
import-csv-utf16-by-zeros = قُرئ بترميز { $encoding } (لا توجد علامة ترتيب البايتات؛ كل بايت ثانٍ من نصه صفر)
import-csv-windows-1252 = ليس UTF-8 (البايت { $byte } في السطر { $line } ليس كذلك)؛ قُرئ بترميز Windows-1252 (أوروبا الغربية، ويشمل Latin-1): تحقق من الحروف ذات العلامات
import-utf16-big-endian = UTF-16 (big-endian)
import-utf16-little-endian = UTF-16 (little-endian)
import-at-path = { $path }

## Refusals of a series of bodies and of the meeting's set-up

series-empty = اكتب سلسلة مثل Q1/2-Q4/2 under WP1/2
series-unreadable = '{ $text }' ليست سلسلة هيئات؛ اكتبها بصيغة Q1/2-Q4/2 (المسائل 1/2 إلى 4/2) أو WP1/2-WP3/2 أو SG2، ويمكن أن يليها 'under WP1/2'
series-no-parent-named = '{ $text }': حدد الهيئة التي تندرج تحتها السلسلة، مثل 'under WP1/2'
series-backwards = السلسلة تنازلية من { $first } إلى { $last }؛ اكتب الرقم الأصغر أولًا
series-groups-differ = السلسلة تخلط بين /{ $a } و/{ $b }؛ يجب أن يكون الطرفان من لجنة الدراسات نفسها
series-kinds-differ = '{ $text }' تخلط بين المسائل وفرق العمل؛ السلسلة من نوع واحد
series-too-long = سلسلة من { $count } هيئة طويلة جدًا (الحد الأقصى { $max } في المرة الواحدة)
setup-no-language = اختر لغة واحدة على الأقل للاجتماع
setup-no-title = أعطِ الاجتماع عنوانًا
setup-unknown-place = لا توجد مدينة أو منطقة زمنية '{ $place }'؛ اختر مدينة من القائمة (مثل جنيف) أو اكتب منطقة IANA (مثل Europe/Zurich)
setup-last-before-first = اليوم الأخير ({ $last }) قبل اليوم الأول ({ $first })
setup-too-long = من { $first } إلى { $last } يساوي { $days } يومًا؛ الاجتماع المُعدّ دفعة واحدة يستمر { $max } يومًا على الأكثر
setup-sessions-outside = عدد الجلسات الموضوعة خارج الفترة من { $first } إلى { $last }: { $count } (أولها في { $date })؛ انقلها أو ألغِ جدولتها قبل تغيير التواريخ

## Import reports of iCalendar files: the file's lines and time zones

import-ical-not-a-content-line = ليس سطر محتوى (لا يوجد ':'): '{ $line }'
import-ical-end-closes-unclosed = END:{ $component } يغلق { $unclosed } غير المغلق
import-ical-end-without-begin = END:{ $component } دون BEGIN:{ $component }
import-ical-ends-inside-vevent = ينتهي الملف داخل هذا VEVENT؛ يُحتفظ بما فيه
import-ical-windows-zone = TZID '{ $tzid }' اسم منطقة زمنية في Windows؛ أُخذ على أنه منطقة IANA { $zone } (مطابقة CLDR بين Windows وIANA)، مع قواعد التوقيت الصيفي الخاصة بها
import-ical-vtimezone-offset = TZID '{ $tzid }' ليس منطقة IANA؛ الإزاحة القياسية في VTIMEZONE الخاص به تعطي المنطقة ذات الإزاحة الثابتة { $zone } (تُتجاهل قواعد التوقيت الصيفي)
import-ical-unknown-tzid = TZID '{ $tzid }' ليس منطقة IANA ولا يعرّفه VTIMEZONE صالح؛ تؤخذ أوقاته على أنها عائمة
import-ical-no-zone = لا يسمي التقويم أي منطقة زمنية: منطقة الاجتماع هي UTC (حدد المنطقة الحقيقية باستخدام --time-zone)
