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

## الثوابت المخالَفة في المستند: ما الخطأ (يُذكر المكان أولاً، مسارًا في JSON)

problem-at = { $path }: { $problem }
one-after-another = { $first }؛ { $rest }
problem-time-zone = «{ $zone }» ليست منطقة زمنية في IANA (مثل Europe/Zurich)
problem-city-empty = مدينة الاجتماع فارغة؛ اذكرها أو احذفها ليظهر اسم مدينة المنطقة الزمنية
problem-hard-preference = يأخذ التفضيل وزنًا مرنًا (عددًا صحيحًا)، لا «hard»
problem-zero-default-length = لا يمكن أن تكون مدة الجلسة الجديدة 0 دقيقة
problem-blank-notes-heading = عنوان ملاحظات الملحق باللغة { $lang } فارغ؛ اكتب عنوانًا أو احذفه ليُستخدم العنوان المعتاد
problem-end-not-after-start = النهاية { $end } ليست بعد البداية { $start }
problem-day-order = { $date } لا يأتي بعد اليوم السابق { $previous } (الأيام لا تتكرر وهي مرتبة بحسب التاريخ)
problem-slot-backwards = تنتهي الفترة «{ $slot }» في { $end } قبل أن تبدأ في { $start }
problem-slot-not-meeting-day = للفترة «{ $slot }» أوقات في { $date }، وهو ليس من أيام الاجتماع
problem-slot-day-backwards = تنتهي الفترة «{ $slot }» في { $end } قبل أن تبدأ في { $start } يوم { $date }
problem-break-backwards = تنتهي الاستراحة «{ $break }» في { $end } قبل أن تبدأ في { $start }
problem-break-not-meeting-day = الاستراحة «{ $break }» في { $date }، وهو ليس من أيام الاجتماع
problem-body-hours-backwards = للهيئة «{ $body }» ساعات عمل تنتهي في { $end } قبل أن تبدأ في { $start }
problem-body-hours-order = للهيئة «{ $body }» ساعات عمل تبدأ في { $start } ولا تلي الساعات السابقة (الساعات مرتبة زمنيًا ولا تتداخل)
problem-body-unknown-room = تفضّل الهيئة «{ $body }» القاعة «{ $room }»، ولا توجد قاعة بهذا الاسم
problem-body-unknown-parent = الهيئة الأم للهيئة «{ $body }» هي «{ $parent }»، ولا توجد هيئة بهذا الاسم
problem-body-cycle = الهيئة «{ $body }» سلف لنفسها (في شجرة الهيئات حلقة)
problem-constraint-unknown-session = يذكر القيد «{ $constraint }» الجلسة «{ $session }» (رقم { $index })، ولا توجد جلسة بهذا الاسم
problem-constraint-backwards = يحدد القيد «{ $constraint }» نهاية { $end } قبل بدايته
problem-acknowledgement-key = القبول مسجل تحت «{ $key }» لكنه يذكر «{ $named }»
problem-revision-label-twice = تسمية المراجعة «{ $label }» مستخدمة مرتين
problem-id-empty = المعرّف فارغ
problem-id-filed-under = المعرّف «{ $id }» مسجل تحت «{ $key }»
problem-duplicate-id = المعرّف «{ $id }» مكرر (استُخدم أولاً في { $first })
problem-acknowledged-twice = التعارض «{ $key }» مقبول مرتين
problem-note-override-no-key = النص البديل لملاحظة الملحق يحتاج إلى مفتاح ملاحظته
problem-note-overridden-twice = نص ملاحظة الملحق «{ $key }» مستبدل مرتين (أولاً في { $first })
problem-free-note-key = مفتاح الملاحظة الحرة «{ $key }» يحتاج إلى معرّف بلا مسافات بعد «free:»
problem-session-untitled = الجلسة «{ $session }» بلا عنوان
problem-session-unknown-room = الجلسة «{ $session }» في القاعة «{ $room }»، ولا توجد قاعة بهذا الاسم
problem-session-unknown-preferred-room = تفضّل الجلسة «{ $session }» القاعة «{ $room }»، ولا توجد قاعة بهذا الاسم
problem-session-window-backwards = للجلسة «{ $session }» فترة مسموح بها من { $start } إلى { $end } تنتهي قبل أن تبدأ
problem-session-unknown-body = تذكر الجلسة «{ $session }» الهيئة «{ $body }»، ولا توجد هيئة بهذا الاسم
problem-session-unknown-person = تذكر الجلسة «{ $session }» الشخص «{ $person }»، ولا يوجد شخص بهذا الاسم
problem-session-blank-mark = الجلسة «{ $session }» معلَّمة بمفتاح ملاحظة فارغ؛ اذكر ملاحظة أو أزل العلامة
problem-session-bad-mark = الجلسة «{ $session }»: { $reason }
problem-session-unknown-free-note = الجلسة «{ $session }» معلَّمة بالملاحظة الحرة «{ $key }»، ولا توجد ملاحظة بهذا الاسم
problem-session-scheduled-minutes = الجلسة «{ $session }» مجدولة، فمدتها هي مدة موضعها لا عدد من الدقائق
problem-session-zero-minutes = الجلسة «{ $session }» غير مجدولة ومدتها 0 دقيقة
problem-session-point-with-end = الجلسة «{ $session }» لحظة زمنية أو بلا نهاية محددة، فينتهي موضعها حيث يبدأ ({ $start }) لا في { $end }
problem-session-no-length = الجلسة «{ $session }» بلا مدة: تبدأ وتنتهي في { $start }
problem-session-backwards = تنتهي الجلسة «{ $session }» في { $end } قبل أن تبدأ في { $start }

## لماذا ليس الملف مستند Plenary

load-format-other = قيمة «format» فيه { $format }، والمتوقع «plenary»
load-format-missing = ليست فيه العلامة «format»: «plenary»
load-version-missing = «version» فيه مفقود أو ليس عددًا صحيحًا
load-version-zero = الإصدار 0 لم يوجد قط

## ما يقوله قارئ JSON عن نص لا يستطيع قراءته

json-not-utf8 = النص ليس بترميز UTF-8 (بايت غير صالح في الموضع { $offset })
json-eof-list = ينتهي النص في وسط قائمة
json-eof-object = ينتهي النص في وسط كائن
json-eof-string = ينتهي النص في وسط سلسلة نصية
json-eof-value = ينتهي النص حيث تُنتظر قيمة
json-expected-colon = المتوقع «:»
json-expected-comma-or-bracket = المتوقع «,» أو «]»
json-expected-comma-or-brace = المتوقع «,» أو «{"}"}»
json-expected-ident = كلمة غير معروفة (المتوقع true أو false أو null)
json-expected-value = المتوقع قيمة
json-invalid-escape = تسلسل هروب غير صالح
json-invalid-number = عدد غير صالح
json-number-out-of-range = عدد خارج النطاق
json-invalid-unicode = رمز يونيكود غير صالح
json-control-character = حرف تحكم (\u0000-\u001F) داخل سلسلة نصية
json-key-must-be-string = يجب أن يكون المفتاح سلسلة نصية
json-trailing-comma = فاصلة زائدة في النهاية
json-trailing-characters = أحرف زائدة بعد نهاية المستند
json-too-deep = التداخل عميق أكثر من اللازم
json-invalid-type = نوع غير صالح: { $found }؛ المتوقع { $expected }
json-invalid-value = قيمة غير صالحة: { $found }؛ المتوقع { $expected }
json-invalid-length = طول غير صالح { $length }؛ المتوقع { $expected }
json-missing-field = الحقل `{ $field }` مفقود
json-duplicate-field = الحقل `{ $field }` مكرر
json-unknown-field = حقل غير معروف `{ $name }`؛ الحقول الممكنة: { $expected }
json-unknown-field-none = حقل غير معروف `{ $name }`؛ لا حقول ممكنة هنا
json-unknown-variant = قيمة غير معروفة `{ $name }`؛ القيم الممكنة: { $expected }
json-unknown-variant-none = قيمة غير معروفة `{ $name }`؛ لا قيم ممكنة هنا
json-found-string = السلسلة النصية { $value }
json-found-integer = العدد الصحيح { $value }
json-found-number = العدد { $value }
json-found-boolean = القيمة المنطقية { $value }
json-found-character = الحرف { $value }
json-found-null = null
json-found-array = قائمة
json-found-object = كائن
json-not-a-time = «{ $value }» ليس وقتًا بالصيغة HH:MM (من 00:00 إلى 24:00)
json-not-a-stamp = «{ $value }» ليس تاريخًا ووقتًا بالصيغة YYYY-MM-DDTHH:MM

## لماذا لا تقول قاعدة القيد شيئًا ($fault في refusal-pointless-rule)

rule-fault-repeated = تذكر الجلسة «{ $session }» مرتين؛ القاعدة تربط بين جلسات مختلفة
rule-fault-too-few = تحتاج إلى جلستين مختلفتين على الأقل
rule-fault-one-sided = تحتاج إلى جلسة قبل وجلسة بعد

## الأوامر كما يسمّيها الرفض في أوله («نقل الجلسة: ...»)

command-add-session = إضافة جلسة
command-edit-session = تعديل الجلسة
command-schedule-session = جدولة الجلسة
command-move-session = نقل الجلسة
command-resize-session = تغيير مدة الجلسة
command-set-session-timing = تغيير نوع توقيت الجلسة
command-unschedule-session = إلغاء جدولة الجلسة
command-duplicate-session = نسخ الجلسة
command-delete-session = حذف الجلسة
command-paste-sessions = لصق جلسات
command-paste-sessions-count = لصق الجلسات ({ $count })
command-delete-sessions = حذف جلسات
command-delete-sessions-count = حذف الجلسات ({ $count })
command-move-sessions = نقل جلسات
command-add-break = إضافة استراحة
command-edit-break = تعديل الاستراحة
command-remove-break = حذف الاستراحة
command-add-slot = إضافة فترة
command-edit-slot = تعديل الفترة
command-remove-slot = حذف الفترة
command-set-slot-times-of-a-day = تحديد أوقات فترة في يوم واحد
command-add-day = إضافة يوم
command-edit-day = تعديل اليوم
command-remove-day = حذف اليوم
command-add-room = إضافة قاعة
command-edit-room = تعديل القاعة
command-remove-room = حذف القاعة
command-add-body = إضافة هيئة
command-edit-body = تعديل الهيئة
command-remove-body = حذف الهيئة
command-move-body = نقل الهيئة
command-add-bodies = إضافة هيئات
command-add-series = إضافة { $kind ->
    [working-party] { $count ->
        [one] الفرقة العاملة
       *[other] الفرق العاملة
    }
    [study-group] { $count ->
        [one] لجنة الدراسات
       *[other] لجان الدراسات
    }
   *[question] { $count ->
        [one] المسألة
       *[other] المسائل
    }
} { $numbers }
command-place-meeting = وضع جلسة
command-add-person = إضافة شخص
command-edit-person = تعديل الشخص
command-remove-person = حذف الشخص
command-add-constraint = إضافة قيد
command-edit-constraint = تعديل القيد
command-remove-constraint = حذف القيد
command-acknowledge-conflict = قبول التعارض
command-unacknowledge-conflict = إلغاء قبول التعارض
command-set-severity = تغيير درجة الخطورة
command-edit-meeting = تعديل الاجتماع
command-shift-day = إزاحة اليوم
command-swap-days = تبديل اليومين
command-publish-revision = نشر المراجعة
command-move-note = نقل الملاحظة
command-edit-note-text = تعديل نص الملاحظة
command-reset-note-order = استعادة ترتيب الملاحظات
command-add-free-note = إضافة ملاحظة حرة
command-remove-free-note = حذف الملاحظة الحرة
command-mark-session = تعليم الجلسة
command-set-note-markers = تغيير علامات الإحالة
command-edit-notes-heading = تعديل عنوان الملاحظات
command-move-meeting = نقل الاجتماع
command-set-up-meeting = إعداد الاجتماع
command-pin-sessions = تثبيت الجلسات
command-set-allowed-windows = تحديد الفترات المسموح بها
command-set-preferred-room = تحديد القاعة المفضلة
command-set-bodys-preferred-room = تحديد القاعة المفضلة للهيئة
command-set-arrange-weight = تحديد وزن الترتيب
command-arrange-sessions = ترتيب الجلسات
command-edit-translation = تعديل الترجمة

## ملفات يتعذر استيرادها كليًا

import-error-not-utf8 = السطر { $line }، العمود { $column }: النص ليس بترميز UTF-8: بايت غير صالح في الموضع { $offset }
import-error-xml = السطر { $line }، العمود { $column }: XML غير سليم البنية: { $reason }
import-error-json = السطر { $line }، العمود { $column }: ليس JSON صالحًا: { $reason }
import-error-ical = السطر { $line }: ليس iCalendar: { $reason }
import-error-csv = السطر { $line }: ليس ملف CSV خاصًا بـ Plenary: { $reason }
import-error-workbook = ليس مصنف Excel (.xlsx) يستطيع Plenary قراءته: { $reason }
import-error-sheet = { $at }: ليست ورقة خاصة بـ Plenary: { $reason }
import-error-not-a-schedule = { $at }: ليس برنامج frab: { $reason }
import-error-unknown-time-zone = «{ $zone }» ليس اسم منطقة زمنية في IANA (مثل Europe/Zurich)
import-error-not-xcal = { $at }: ليس xCal: { $reason }
import-error-invalid = الجدول الزمني المستورد غير متسق (عدد المشكلات: { $count }): { $problems }
xcal-root-not-icalendar = العنصر الجذر هو <{ $element }>، والمتوقع <icalendar>
xcal-no-vcalendar = لا يحتوي <icalendar> على أي <vcalendar>
frab-root-not-schedule = العنصر الجذر هو <{ $element }>، والمتوقع <schedule>
frab-no-schedule-object = لا يوجد كائن «schedule»
frab-no-conference-object = لا يوجد كائن «conference»
ical-empty = الملف فارغ
ical-not-begin-vcalendar = يبدأ بـ «{ $start }»، والمتوقع BEGIN:VCALENDAR
cli-import-failed = { $file } (بتنسيق { $format }): { $reason }

## عمليات تصدير تفشل، وأسماء مطلوبة غير موجودة

export-failed = تصدير { $format }: { $reason }
export-cannot-write = تتعذر الكتابة: { $error }
export-unknown-body = لا توجد هيئة «{ $body }» في هذا الجدول الزمني
export-bad-time-zone = المنطقة الزمنية للاجتماع «{ $zone }» ليست اسم منطقة في IANA
export-workbook-failed = يتعذر إنشاء المصنف: { $error }
export-docx-failed = تتعذر كتابة حزمة DOCX: { $error }
export-pdf-failed = يتعذر إنشاء ملف PDF: { $error }
export-no-pdf = بُني هذا الإصدار من plenary دون الميزة `pdf`؛ أعد بناءه بالأمر `cargo build --features pdf`، أو صدّر annex-docx وحوّل الملف
refusal-unknown-layout = تخطيط ملحق غير معروف «{ $layout }»؛ القيم الممكنة: days أو bodies أو plan أو agenda
refusal-unknown-language = لا توجد لغة «{ $code }»؛ القيم الممكنة: ar أو zh أو en أو fr أو ru أو es
refusal-unknown-export-format = لا يوجد تنسيق تصدير «{ $format }»
refusal-unknown-session = لا توجد جلسة بالمعرّف «{ $session }»
refusal-bad-range = الأوقات المطلوبة (من { $from } إلى { $to } دقيقة بعد منتصف الليل، كل { $step } دقيقة) لا تشكل نطاقًا داخل يوم واحد بخطوة من 1 إلى 1440 دقيقة
refusal-publish-unknown-revision = لا توجد مراجعة بالتسمية «{ $label }»؛ المراجعات في المستند: { $known }

## رفض سطر الأوامر للملفات، ولماذا يتعذر التعرف على تنسيق ملف

cli-cannot-read = تتعذر قراءة { $file }: { $error }
cli-cannot-write = تتعذر كتابة { $file }: { $error }
cli-cannot-publish = يتعذر النشر في { $folder }: { $error }
cli-not-a-document = { $file }: ليس مستند Plenary؛ استورده أولاً بالأمر `plenary import`
cli-already-a-document = { $file }: مستند Plenary بالفعل؛ لا شيء يُستورد (افحصه أو صدّره أو راجعه كما هو)
cli-taken-for-a-document = يُحسب مستند Plenary (ملف JSON بلا مفتاح «schedule»)، لكنه ليس كذلك: { $reason }
cli-not-importable = { $file }: ليس ملفًا يستورده Plenary: { $reason }. يستورد Plenary برامج frab ‏(XML وJSON) وiCalendar وxCal وCSV ومصنفات Excel؛ إذا كان الملف بأحد هذه التنسيقات فاذكره بالخيار --from { $formats }
cli-unknown-body = --body { $body }: لا توجد هيئة بهذا المعرّف أو الاسم المختصر (الهيئات: { $known })
undetected-extension = امتداده «.{ $extension }» لا يدل على أي تنسيق يستورده Plenary
undetected-no-extension = ليس في اسمه امتداد يدل على تنسيق
undetected-empty = الملف فارغ، و{ $name }
undetected-not-text = محتواه ليس نصًا (البايت { $byte } في الموضع { $offset }، السطر { $line }، العمود { $column }، ليس بترميز UTF-8)
undetected-unknown-text = محتواه ليس XML ولا JSON ولا iCalendar (يبدأ بـ «{ $start }»)
undetected-content-and-name = { $content }، و{ $name }

## تسميات التراجع: ما فعلته خطوة.

undo-untitled-session = جلسة بلا عنوان
undo-add-session = إضافة { $session }
undo-add-session-on = إضافة { $session } في { $at }
undo-rename = إعادة تسمية { $session } إلى { $new }
undo-edit-title = تحرير عنوان { $session }
undo-put-in-room = وضع { $session } في { $room }
undo-take-out-of-room = إخراج { $session } من قاعتها
undo-change-kind = تغيير نوع { $session }
undo-mark-tentative = وسم { $session } بأنها مؤقتة
undo-confirm = تأكيد { $session }
undo-make-exclusive = جعل { $session } حصرية
undo-make-not-exclusive = جعل { $session } غير حصرية
undo-edit = تحرير { $session }
undo-schedule = جدولة { $session } في { $at }
undo-move = نقل { $session } إلى { $to }
undo-move-into = نقل { $session } إلى { $to }، القاعة { $room }
undo-resize = تغيير توقيت { $session } إلى { $start }–{ $end }
undo-make-span = جعل { $session } فترة
undo-make-point = جعل { $session } لحظة زمنية
undo-make-open-ended = ترك { $session } بلا وقت انتهاء
undo-unschedule = إلغاء جدولة { $session }
undo-duplicate = نسخ { $session }
undo-duplicate-to = نسخ { $session } إلى { $at }
undo-delete = حذف { $session }
undo-pin = تثبيت { $session }
undo-unpin = إلغاء تثبيت { $session }
undo-pin-count = تثبيت الجلسات ({ $count })
undo-unpin-count = إلغاء تثبيت الجلسات ({ $count })
undo-prefer-room = تفضيل { $room } لـ { $session }
undo-prefer-no-room = بلا قاعة مفضلة لـ { $session }
undo-windows-none = السماح بعقد { $session } في أي وقت
undo-windows = تحديد فترات مسموح بها لـ { $session } ({ $count })
undo-move-sessions-later = تأخير الجلسات ({ $count }) بمقدار { $by }
undo-move-sessions-earlier = تقديم الجلسات ({ $count }) بمقدار { $by }
undo-move-sessions-nothing = نقل الجلسات ({ $count }) دون تغيير الوقت
undo-days =
    { $count ->
        [one] يوم واحد
        [two] يومان
        [few] { $count } أيام
       *[other] { $count } يومًا
    }
undo-hours = { $count } س
undo-minutes = { $count } د
undo-slot-day-times = ضبط { $slot } يوم { $day } على { $start }–{ $end }
undo-slot-usual-times = إعادة { $slot } يوم { $day } إلى مواعيدها المعتادة
undo-mark-note = وسم { $session } بالملاحظة { $note }
undo-unmark-note = إزالة علامة الملاحظة عن { $session }
undo-remove-note = حذف الملاحظة { $note }
undo-note-free = «{ $id }»
undo-note-hours = الخاصة بالساعات المعتادة
undo-hide-markers = إخفاء علامات الملاحظات
undo-markers-numbers = ترقيم الملاحظات بالأرقام
undo-markers-letters = ترقيم الملاحظات بالحروف
undo-markers-paren-letters = ترقيم الملاحظات بـ (a)، (b)، ...
undo-notes-heading = تعيين عنوان الملاحظات ({ $lang }) إلى { $text }
undo-notes-heading-reset = إعادة تعيين عنوان الملاحظات ({ $lang })
undo-arrange = ترتيب الجلسات ({ $count })

## جداول البيانات (CSV وExcel) التي يتعذر استيرادها.

import-no-title-column = صف العناوين لا يحتوي على عمود «title» (يحتوي على: { $has })؛ الأعمدة هي: { $columns }
import-xlsx-damaged = المصنف تالف: تتعذر قراءة جزء منه (افتحه في برنامج جداول بيانات واحفظه من جديد، أو احفظه بصيغة CSV)
import-xlsx-old-xls = { $reason } (هذا ملف ‎.xls‎ قديم من Excel 97-2003: احفظه بصيغة ‎.xlsx‎ أو CSV)
import-xlsx-not-zip = { $reason } (ملف ‎.xlsx‎ حزمة ZIP، وهذا الملف ليس كذلك)
import-xlsx-no-worksheet = لا توجد أي ورقة عمل في المصنف
import-xlsx-no-title-sheet = لا توجد ورقة عمل فيها صف عناوين يحتوي على عمود «title»
import-xlsx-sheet-unreadable = تتعذر قراءة الورقة «{ $sheet }»: { $reason }
import-xlsx-sheet-unreadable-after = تتعذر قراءة الورقة «{ $sheet }» بعد الصف { $row }: { $reason }
import-xlsx-cell-error = تحتوي الخلية على الخطأ { $error }؛ قُرئت فارغة
import-xlsx-sheet-empty = الورقة فارغة (يجب أن يسمّي صفها الأول الأعمدة: id، title، kind، start، end، ...)

## ما يقوله سطر الأوامر عند الانتهاء.

cli-wrote-import = كُتب { $file } (الجلسات: { $sessions }، القاعات: { $rooms }، الأشخاص: { $persons }، الأيام: { $days })
cli-publish-would = سيُنشر { $files } ملفًا في { $dir }: جديدة { $added }، معدّلة { $changed }، دون تغيير { $unchanged }، محذوفة { $removed }
cli-publish-would-new = سيُنشر { $files } ملفًا في { $dir } (مجلد جديد): جديدة { $added }، معدّلة { $changed }، دون تغيير { $unchanged }، محذوفة { $removed }
cli-published = نُشر { $files } ملفًا، { $kb } ك.ب، في { $dir }
cli-revised = نُشرت { $label } ({ $date })
cli-arrange-nothing-written = لم يُكتب شيء (حدّد ‎-o OUT‎ أو ‎--in-place‎)
cli-not-canonical = { $file } ليس بالصيغة القياسية (شغّل ‎`plenary fmt`‎ عليه)
cli-font-unreadable = تتعذر قراءة الخط { $file }

## ما يقوله قارئ XML في Plenary عن ملف XML غير سليم البنية.

xml-second-root = عنصر جذر ثانٍ بعد الأول
xml-text-outside-root = نص خارج العنصر الجذر
xml-ends-inside = ينتهي الملف قبل إغلاق ‎<{ $element }>‎
xml-no-root = لا يوجد عنصر جذر
xml-unknown-entity = كيان غير معروف «&{ $name };»
