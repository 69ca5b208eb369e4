# واجهة Plenary باللغة العربية. كل سطر على الصورة `المعرّف = النص`، ويملأ البرنامج `{ $الاسم }`.
# صيغ العدد وفق فئات CLDR (صفر، واحد، اثنان، قليل، كثير، غير ذلك):
# https://projectfluent.org/fluent/guide/selectors.html — لا تغيّروا المعرّفات.

language-autonym = العربية
language-menu = لغة الواجهة

header-undo-title = تراجع عن { $what } (Ctrl+Z)
header-redo-title = إعادة { $what } (Ctrl+Shift+Z)
header-nothing-to-undo = لا شيء للتراجع عنه
header-nothing-to-redo = لا شيء لإعادته
header-unsaved-title = في الجدول الزمني تغييرات غير محفوظة
header-edited = مُعدَّل
header-conflict-summary = ملخص التعارضات
header-open = فتح…
header-open-title = فتح جدول زمني (Ctrl+O)
header-save = حفظ
header-save-title = حفظ (Ctrl+S؛ الحفظ باسم: Ctrl+Shift+S)
header-revisions = المراجعات
header-revisions-title = نشر المراجعات ومقارنتها
header-undo = تراجع
header-redo = إعادة

## أنواع الجلسات وأعداد التعارضات

kind-plenary = جلسة عامة
kind-working-party = فرقة عمل
kind-question = مسألة
kind-training = تدريب
kind-management = إدارة
kind-briefing = جلسة إحاطة
kind-webinar = ندوة عبر الويب
kind-social = مناسبة اجتماعية
kind-other = أخرى

count-error = { $n ->
    [zero] لا أخطاء
    [one] خطأ واحد
    [two] خطآن
    [few] { $n } أخطاء
    [many] { $n } خطأً
   *[other] { $n } خطأ
}
count-warning = { $n ->
    [zero] لا تحذيرات
    [one] تحذير واحد
    [two] تحذيران
    [few] { $n } تحذيرات
    [many] { $n } تحذيرًا
   *[other] { $n } تحذير
}
count-info = { $n ->
    [zero] لا ملاحظات
    [one] ملاحظة واحدة
    [two] ملاحظتان
    [few] { $n } ملاحظات
    [many] { $n } ملاحظةً
   *[other] { $n } ملاحظة
}
count-acknowledged = { $n ->
    [zero] لا تعارض مقبول
    [one] تعارض مقبول واحد
    [two] تعارضان مقبولان
    [few] { $n } تعارضات مقبولة
    [many] { $n } تعارضًا مقبولًا
   *[other] { $n } تعارض مقبول
}
no-conflicts = لا تعارضات
untitled-session = جلسة بلا عنوان
untitled-session-at = جلسة بلا عنوان، { $day } { $times }

## أنواع التعارض

conflict-kind-room-clash = تعارض في القاعة
conflict-kind-person-clash = شخص في مكانين
conflict-kind-body-clash = هيئة تجتمع مرتين
conflict-kind-exclusive-overlap = بجانب جلسة حصرية
conflict-kind-break-overlap = أثناء استراحة
conflict-kind-outside-day-hours = خارج ساعات اليوم
conflict-kind-non-working-day = في عطلة نهاية الأسبوع أو عطلة رسمية
conflict-kind-outside-meeting-dates = خارج تواريخ الاجتماع
conflict-kind-order-violation = ترتيب غير محترم
conflict-kind-capacity-exceeded = القاعة صغيرة جدًا
conflict-kind-interpretation-unavailable = لا مقصورات للترجمة الشفوية
conflict-kind-interpreters-overbooked = المترجمون الشفويون مثقلون

## شريط الأدوات

toolbar-label = العرض
toolbar-view = العرض
toolbar-new-session = جلسة جديدة
toolbar-new-session-title = جلسة جديدة، عنوانها جاهز للكتابة (N)؛ أو انقر نقرًا مزدوجًا على الشبكة في موضعها
toolbar-days = الأيام
toolbar-rooms = القاعات
toolbar-bodies = الهيئات
toolbar-bodies-title = صف لكل هيئة، وعمود لكل نصف يوم: أين تجتمع كل فرقة عمل وكل مسألة
toolbar-annex = الملحق
toolbar-translations = الترجمات
toolbar-translations-title = كل نصوص الاجتماع، عمود لكل لغة
toolbar-orientation-rows-title = الأيام صفوفًا والوقت أفقيًا: التبديل إلى الأيام أعمدةً
toolbar-orientation-columns-title = الأيام أعمدةً والوقت من الأعلى إلى الأسفل: التبديل إلى الأيام صفوفًا
toolbar-days-as-rows = الأيام صفوفًا
toolbar-condensed = مضغوط
toolbar-snap = الخطوة
toolbar-snap-minutes = { $n } دقيقة
toolbar-search = البحث في الجلسات
toolbar-filter-room = التصفية حسب القاعة
toolbar-all-rooms = كل القاعات
toolbar-filter-body = التصفية حسب الهيئة
toolbar-all-bodies = كل الهيئات
toolbar-filter-kind = التصفية حسب النوع
toolbar-all-kinds = كل الأنواع
toolbar-filter-person = التصفية حسب الشخص
toolbar-all-persons = كل الأشخاص
toolbar-shown = { $n ->
    [0] لا جلسة مطابقة
   *[other] المعروض: { $n }
}
toolbar-clear = مسح

## لوحة الجلسات غير المجدولة

palette-heading = غير مجدولة
palette-arrange = ترتيب…
palette-arrange-title = دع Plenary يضع الجلسات حيث لا تسبب أي تعارض
palette-item-label = { $title }، { $kind }، غير مجدولة
palette-item-title = { $kind }: اسحبها إلى يوم لجدولتها
palette-empty = كل الجلسات مجدولة. اسحب جلسة إلى هنا لإلغاء جدولتها.
# علامة الجلسة المؤقتة («يُحدَّد لاحقًا»)
tbd = لاحقًا

## كتل الجلسات

change-added = جديدة
change-moved = منقولة
change-changed = معدَّلة
change-arranged = مكان جديد
change-placed = موضوعة
change-since = { $what } منذ { $since }
change-the-revision = المراجعة
mark-error = تعارض (خطأ)
mark-warning = تعارض (تحذير)
mark-info = تعارض (ملاحظة)
mark-acknowledged = تعارض مقبول
session-tentative-name = مؤقتة
session-exclusive-name = حصرية
session-tentative = مؤقتة
session-tentative-title = مؤقتة (تُحدَّد لاحقًا)
session-exclusive-title = حصرية: لا يُعقد شيء بالتوازي معها
session-exclusive-short = حصرية
session-drag-start = اسحب لتغيير البداية
session-drag-end = اسحب لتغيير النهاية

## كلمات مشتركة

ok = موافق
cancel = إلغاء
close = إغلاق

## لوحة التعارضات

conflicts-heading = التعارضات
conflicts-empty = لا تعارضات. الجدول الزمني سليم.
conflicts-group-error = الأخطاء
conflicts-group-warning = التحذيرات
conflicts-group-info = الملاحظات
conflicts-group-acknowledged = المقبولة
conflicts-new = جديد
conflicts-new-title = نتج عن آخر تعديل
conflicts-acknowledged = مقبول
conflicts-acknowledged-because = مقبول: { $reason }
conflicts-reason-label = لماذا يُقبل هذا التعارض
conflicts-reason-placeholder = لماذا يُقبل؟
conflicts-unacknowledge = إلغاء القبول
conflicts-acknowledge = قبول…
conflicts-show-all = عرض الكل ({ $n })
conflicts-show-fewer = عرض أقل

## شاشة البداية (وثيقة بلا أيام)

start-heading = إعداد الاجتماع
start-intro = لا أيام في هذا الجدول الزمني بعد. ابدأ بعنوان الاجتماع ومدينته وأول يوم وآخر يوم والساعات المعتادة واللغات؛ فتُنشأ الأيام دفعة واحدة.
start-set-up = إعداد الاجتماع…
start-open = فتح جدول زمني…
start-recent = الجداول الزمنية الأخيرة
start-example = مثال
start-example-name = الاجتماع النموذجي
start-example-what = جدول زمني كامل للاطلاع عليه

## القائمة السياقية للشبكة

grid-menu-label = الشبكة عند { $when }
grid-menu-new = جلسة جديدة هنا
grid-menu-paste = لصق هنا
grid-menu-paste-title = انسخ جلسة أولًا (Ctrl+C)

## شريط الخطأ

error-command-refused = رُفض هذا التغيير
error-invalid-document = تعذّرت قراءة الوثيقة
error-io = فشلت قراءة ملف أو كتابته
error-locked = شخص آخر يفتح هذه الوثيقة
error-read-only = هذه الوثيقة مفتوحة للقراءة فقط
error-internal = حدث خطأ ما
error-retry = إعادة المحاولة
error-dismiss = إغلاق

## مربعات الحوار الخاصة بالملف

save-as = حفظ باسم…
disk-title = تغيّر الملف على القرص
disk-question = حفظه شخص آخر أو برنامج آخر. هل تريد استبداله بهذا الجدول الزمني وفقدان تغييراتهم؟
disk-overwrite = استبدال

locked-title = شخص آخر يفتح هذا الجدول الزمني
locked-read-only-term = للقراءة فقط
locked-read-only-what = للاطلاع عليه؛ ويمكن حفظ تغييراتك في ملف آخر.
locked-copy-term = نسخة
locked-copy-what = نسخة بلا عنوان منه، تُحفظ حيث تشاء.
locked-anyway-term = رغم ذلك
locked-anyway-what = تحريره كما يحرره الآخرون. يتحقق كل حفظ من الملف أولًا، فلا يستبدل أحدكما عمل الآخر دون سؤال.
locked-open-anyway = الفتح رغم ذلك
locked-open-copy = فتح نسخة
locked-open-read-only = الفتح للقراءة فقط

unsaved-title = حفظ التغييرات؟
unsaved-question = في «{ $name }» تغييرات غير محفوظة. هل تريد حفظها قبل { $doing }؟ إن لم تحفظها فستضيع.
unsaved-discard = عدم الحفظ
doing-open-another = فتح جدول زمني آخر
doing-new-meeting = بدء اجتماع جديد
doing-close = الإغلاق
doing-import-again = استيراد الملف مجددًا

setup-failed = تعذّر إعداد الاجتماع.

## مربعات حوار الملفات

file-plenary-timetable = جدول Plenary الزمني
file-schedules = جداول زمنية (frab وiCalendar وxCal وCSV وExcel)
file-open-title = فتح جدول زمني
file-save-title = حفظ الجدول الزمني
file-import-title = استيراد جدول زمني
file-export-title = تصدير

## الأوقات والتواريخ المكتوبة

typed-time-empty = اكتب وقتًا، مثل 09:30.
typed-time-malformed = «{ $text }» ليس وقتًا: اكتبه على الصورة 09:30 أو 0930 أو 9.30.
typed-time-minutes-digits = «{ $text }»: اكتب الدقائق برقمين (مثل 12:05 أو 12:50).
typed-time-am-pm = «{ $text }»: مع am أو pm تكون الساعة من 1 إلى 12.
typed-time-minutes = «{ $text }» ليس وقتًا: الدقائق حتى 59.
typed-time-day-end = «{ $text }» ليس وقتًا: ينتهي اليوم عند 24:00.
typed-date-empty = اكتب تاريخًا، مثل { $example }.
typed-date-no-month-name = «{ $text }»: لا يوجد شهر اسمه «{ $name }».
typed-date-year = «{ $text }»: اكتب السنة كاملة، مثل { $example }.
typed-date-malformed = «{ $text }» ليس تاريخًا: اكتبه على الصورة { $example }.
typed-date-no-month = «{ $text }» ليس تاريخًا: لا يوجد شهر رقمه { $month } (اكتبه على الصورة { $example }).
typed-date-days = «{ $text }» ليس تاريخًا: عدد أيام ذلك الشهر { $days }.

## الأيام

day-weekend = عطلة نهاية الأسبوع
day-holiday = عطلة رسمية
day-outside = خارج التواريخ
day-note = ملاحظة: { $note }

## الأيام المعروضة مجمّعة، وآثار التغييرات

aggregate-sessions = { $n ->
    [zero] لا جلسات
    [one] جلسة واحدة
    [two] جلستان
    [few] { $n } جلسات
    [many] { $n } جلسةً
   *[other] { $n } جلسة
}
aggregate-in-conflict = { $count }، منها { $n } في تعارض
aggregate-label = { $what }، { $times }؛ توسيع اليوم
aggregate-title = { $what }، { $times }. انقر لرؤيتها.
ghost-was-here-title = كانت هنا في { $since }: { $title }، { $times }
ghost-removed = حُذفت: { $title }
ghost-was-here = كانت هنا: { $title }

drag-checking = جارٍ التحقق…
drag-no-new-conflict = لا تعارض جديد
drag-new-conflicts = { $n ->
    [one] تعارض جديد واحد
    [two] تعارضان جديدان
    [few] { $n } تعارضات جديدة
   *[other] { $n } تعارضًا جديدًا
}

## الشبكة

grid-no-room = بلا قاعة
grid-local-times = كل الأوقات بالتوقيت المحلي لمكان الاجتماع ({ $zone })
fit-legend = حيث يمكن أن تبدأ:
fit-clean = لا تعارض
fit-warnings = تحذيرات
fit-errors = أخطاء

## الاسترداد بعد توقف مفاجئ

recovery-title = استرداد التغييرات غير المحفوظة؟
recovery-intro = { $n ->
    [one] لم يُغلق Plenary على نحو طبيعي في المرة الماضية. وقد احتفظ بهذا الجدول الزمني مع تغييرات لم تُحفظ.
   *[other] لم يُغلق Plenary على نحو طبيعي في المرة الماضية. وقد احتفظ بهذه الجداول الزمنية مع تغييرات لم تُحفظ.
}
recovery-autosaved = حُفظ تلقائيًا في { $when }
recovery-unsaved-edits = { $n ->
    [zero] لا تعديلات غير محفوظة
    [one] تعديل واحد غير محفوظ
    [two] تعديلان غير محفوظين
    [few] { $n } تعديلات غير محفوظة
    [many] { $n } تعديلًا غير محفوظ
   *[other] { $n } تعديل غير محفوظ
}
recovery-problem = لا يمكن استرداده: { $problem }
recovery-recover = استرداد
recovery-discard = تجاهل
recovery-hint-many = يحرر Plenary جدولًا زمنيًا واحدًا في كل مرة: وتُعرض الجداول الأخرى مجددًا عند التشغيل التالي.
recovery-hint-one = «لاحقًا» يحتفظ به إلى التشغيل التالي.
recovery-later = لاحقًا

## اللوحات الجانبية

panel-show = إظهار: { $label }
panel-hide = إخفاء: { $label }
panel-hide-title = إخفاء: { $label } (تأخذ الشبكة العرض كله)

time-field-title = 09:30 أو 0930 أو 9.30 أو 930

## الهيئات

series-label = سلسلة من الهيئات
series-title = لجنة دراسات (SG2)، أو فرق عمل (WP1/2-WP2/2، توضع تحت SG2 إن وُجدت)، أو مسائل (Q1/2-Q4/2 under WP1/2)
series-add = إضافة السلسلة

## تقرير الاستيراد

import-heading = { $n ->
    [zero] لم يُستورد أي حدث من { $format }
    [one] استُورد حدث واحد من { $format }
    [two] استُورد حدثان من { $format }
    [few] استُوردت { $n } أحداث من { $format }
    [many] استُورد { $n } حدثًا من { $format }
   *[other] استُورد { $n } حدث من { $format }
}
import-as-breaks = (منها { $n } استراحات)
import-counts = المتروك: { $skipped }، المُخمَّن: { $guessed }، المُصلَح: { $repaired }
import-zone-guessed = لا يذكر الملف أي توقيت تتبعه أوقاته: فقُرئت بتوقيت { $zone }.
import-zone-keep = إبقاء
import-zone-or = أو قراءتها بتوقيت
import-zone-placeholder = مدينة، أو منطقة زمنية مثل Europe/Brussels
import-again-in = الاستيراد مجددًا بتوقيت { $zone }
import-again = الاستيراد مجددًا
import-action-skipped = متروك
import-action-guessed = مُخمَّن
import-action-repaired = مُصلَح
import-nothing = لم يُترك شيء ولم يُخمَّن ولم يُصلَح.

## الحواشي تحت جدول الملحق

remove = إزالة
notes-label = الحواشي تحت الجدول
notes-markers = علامات الحواشي
notes-no-markers = بلا علامات في الخانات
notes-heading = عنوان الحواشي
notes-heading-placeholder = العنوان المعتاد (ملاحظات:)
notes-own = حواشٍ خاصة بك
notes-text-of = نص الحاشية { $key }
notes-text-new = نص حاشية جديدة
notes-new-placeholder = حاشية خاصة بك (مثل: تُستلم الشارات عند مدخل Montbrillant.)
notes-add = إضافة حاشية
notes-mark-session = وسم جلسة
notes-choose-session = اختر جلسة…
notes-with-marker = بعلامة الحاشية
notes-no-note = بلا حاشية (إزالة علامتها)
notes-mark = وسم

bodies-joint = { $title } (مشتركة: { $bodies })
bodies-label = الهيئات حسب نصف اليوم
bodies-failure = تعذّر رسم عرض الهيئات: { $failure }
bodies-empty = لا هيئات بعد. اكتبها هنا، سلسلة تلو الأخرى: لجنة الدراسات («SG2»)، ثم فرق عملها («WP1/2-WP2/2»)، ثم مسائلها («Q1/2-Q4/2 under WP1/2»). ويحرر قسم الهيئات في لوحة الاجتماع أسماءها ومواضعها في الشجرة.
bodies-no-days = لا أيام ولا فترات للاجتماع بعد. أعدّ الاجتماع لتحصل على أيامه وأنصاف أيامه.
bodies-not-a-meeting-day = { $day }: ليس يوم اجتماع
bodies-place-label = وضع اجتماع لـ { $body } في { $day }، { $slot }
bodies-place-title = وضع اجتماع لـ { $body } هنا
bodies-hint = انقر خانة فارغة لتضع فيها اجتماع الهيئة (بالأوقات المعتادة للفترة وقاعتها المعتادة)؛ واسحب اجتماعًا إلى خانة أخرى في صفه لنقله؛ ويزيل مفتاح Delete الاجتماع المحدد. ⧉ تدل على جلسة مشتركة.

## الملحق

annex-label = ملحق الرسالة
annex-what = ملحق الرسالة كما سيُصدَّر؛ ويتبع كل تعديل.
annex-language = اللغة
annex-layout = التخطيط
# The core's annex layouts and export formats, by their names on the wire ($label: the core's English).
layout-name = { $name ->
    [days] الأيام × الفترات
    [bodies] الهيئات × أنصاف الأيام
    [plan] خطة إدارة الوقت
    [agenda] جدول الأعمال (سطر لكل بند)
   *[other] { $label }
}
annex-failure = تعذّر رسم الملحق: { $failure }
annex-warnings = { $n ->
    [zero] لا اختلاف بين الملحق والجدول الزمني
    [one] اختلاف واحد بين الملحق والجدول الزمني
    [two] اختلافان بين الملحق والجدول الزمني
    [few] { $n } اختلافات بين الملحق والجدول الزمني
    [many] { $n } اختلافًا بين الملحق والجدول الزمني
   *[other] { $n } اختلاف بين الملحق والجدول الزمني
}
annex-rendering = جارٍ إعداد الملحق…

body-kind-study-group = لجنة دراسات
body-kind-working-party = فرقة عمل
body-kind-question = مسألة
body-kind-management = فريق الإدارة
body-kind-track = مسار
body-kind-other = فريق آخر
body-tree-heading = الهيئات
body-tree-grip = اسحبها إلى هيئة أخرى لوضعها تحتها
body-tree-expand = الاسم الكامل لـ { $body } بكل لغة
body-tree-short = الاسم المختصر لـ { $body }
body-tree-name = الاسم الكامل لـ { $body }
body-tree-full-name = الاسم الكامل
body-tree-own-hours = ساعات خاصة
body-tree-period-start = بداية الفترة { $n } لـ { $body }
body-tree-period-end = نهاية الفترة { $n } لـ { $body }
body-tree-period-remove = إزالة الفترة { $n } لـ { $body }
body-tree-day-hours = ساعات اليوم واستراحاته
body-tree-add-period = إضافة فترة
body-tree-parallel = تجتمع بالتوازي مع { $parent }
body-tree-its-parent = الهيئة الأم
body-tree-kind = نوع { $body }
body-tree-in = ضمن
body-tree-parent = الهيئة الأم لـ { $body }
body-tree-top-level-option = (المستوى الأعلى)
body-tree-remove = إزالة الهيئة { $body }
body-tree-top-level = المستوى الأعلى
body-tree-drop-top = أفلتها هنا للمستوى الأعلى
body-tree-add = إضافة هيئة
body-tree-hint = اسحب هيئة إلى أخرى لوضعها تحتها.

## إعداد اجتماع

setup-new-meeting = اجتماع جديد
setup-first-day-missing = اكتب أول يوم في الاجتماع.
setup-languages = لغات الاجتماع
setup-title-in = العنوان بـ{ $lang }
setup-main-language = (اللغة الرئيسية)
setup-make-main = جعلها الرئيسية
setup-city = المدينة (تحدد المنطقة الزمنية)
setup-city-placeholder = مثل جنيف (إلزامي)
setup-clocks-of = توقيت { $zone }
setup-zone-hint = مدينة من القائمة، أو منطقة زمنية مثل Europe/Zurich
setup-venue = المكان
setup-venue-placeholder = مقر الاتحاد الدولي للاتصالات
setup-first-day = أول يوم
setup-last-day = آخر يوم
setup-days-off = أيام العطلة كل أسبوع
setup-template = الساعات والفترات والاستراحات
setup-template-itu-t = قطاع تقييس الاتصالات: 09:30-12:30 و14:30-17:30، استراحة قهوة 30 دقيقة
setup-template-itu-t-early = قطاع تقييس الاتصالات، تبدأ الصباحات الساعة 09:00
setup-template-blank = فارغ: بلا فترات ولا استراحات
setup-template-keep = الإبقاء على الساعات والفترات والاستراحات الحالية
# The letters of a date field's placeholder (dd/mm/yyyy), in the order the language writes dates.
date-pattern-day = يوم
date-pattern-month = شهر
date-pattern-year = سنة
setup-apply = تطبيق
setup-create = إنشاء الاجتماع

## لوحة الاجتماع

meeting-heading = الاجتماع
meeting-title = العنوان
meeting-day-starts = بداية اليوم
meeting-day-ends = نهاية اليوم
meeting-day-working = يوم عمل
meeting-remove-day = إزالة { $date }
meeting-kind-of = نوع { $date }
meeting-start-of = بداية { $date }
meeting-end-of = نهاية { $date }
meeting-new-day = يوم جديد
meeting-add-day = إضافة يوم
meeting-slots = الفترات
meeting-slot-name = اسم الفترة
meeting-slot-start = بداية الفترة
meeting-slot-end = نهاية الفترة
meeting-remove-slot = إزالة الفترة
meeting-slot-start-on = بداية الفترة في { $date }
meeting-slot-end-on = نهاية الفترة في { $date }
meeting-usual-times-on = الأوقات المعتادة في { $date }
meeting-other-times-label = أوقات أخرى في يوم ما
meeting-other-times = أوقات أخرى في…
meeting-add-slot = إضافة فترة
meeting-breaks = الاستراحات
meeting-break-coffee = استراحة قهوة
meeting-break-meal = وجبة
meeting-break-other = أخرى
meeting-break-name = اسم الاستراحة
meeting-break-kind = نوع الاستراحة
meeting-remove-break = إزالة الاستراحة
meeting-break-start = بداية الاستراحة
meeting-break-end = نهاية الاستراحة
meeting-break-day = يوم الاستراحة
meeting-every-working-day = كل يوم عمل
meeting-add-break = إضافة استراحة
meeting-room-name = اسم القاعة
meeting-seats = المقاعد
meeting-booths = المقصورات
meeting-booths-title = مقصورات الترجمة الشفوية
meeting-remove-room = إزالة القاعة { $name }
meeting-add-room = إضافة قاعة
meeting-persons = الأشخاص
meeting-person-name = الاسم
meeting-role = الصفة
meeting-remove-person = إزالة { $name }
meeting-add-person = إضافة شخص
meeting-constraints = القيود
meeting-remove-constraint = إزالة القيد
meeting-why = السبب
meeting-why-placeholder = السبب (ملاحظة)
meeting-first-session = الجلسة الأولى
meeting-second-session = الجلسة الثانية
meeting-session-option = جلسة…
meeting-rule = القاعدة
meeting-rule-before = قبل
meeting-rule-in-sequence = ثم تليها مباشرة
meeting-rule-no-overlap = يجب ألا تتداخل
meeting-rule-fixed-time = وقتها ثابت
meeting-rule-text-before = { $earlier } قبل { $later }
meeting-rule-text-in-sequence = بالتتابع: { $sessions }
meeting-rule-text-no-overlap = دون تداخل: { $sessions }
meeting-rule-text-fixed-time = { $session } ثابتة في { $at }
meeting-place-first = ضع الجلسة أولًا: فموضعها هو الذي يُثبَّت
meeting-add-constraint = إضافة قيد
meeting-severities = درجات الخطورة
meeting-severity-default = الافتراضي
severity-error = خطأ
severity-warning = تحذير
severity-info = ملاحظة

## خصائص الجلسة

props-label = الخصائص
props-of = خصائص
props-session = الجلسة
props-many-selected = { $n ->
    [two] حُددت جلستان: اسحب إحداهما أو استخدم مفاتيح الأسهم لتحريكهما معًا.
    [few] حُددت { $n } جلسات: اسحب إحداها أو استخدم مفاتيح الأسهم لتحريكها معًا.
    [many] حُددت { $n } جلسةً: اسحب إحداها أو استخدم مفاتيح الأسهم لتحريكها معًا.
   *[other] حُددت { $n } جلسة: اسحب إحداها أو استخدم مفاتيح الأسهم لتحريكها معًا.
}
props-none-selected = حدد جلسة لتحريرها. ولإنشاء جلسة، انقر نقرًا مزدوجًا على الشبكة في موضعها، أو اسحب هناك، أو اضغط N.
props-kind = النوع
props-timing = التوقيت
props-timing-span = من بداية إلى نهاية
props-timing-point = لحظة محددة (بداية فقط)
props-timing-open-ended = مفتوحة النهاية (بداية بلا نهاية محددة)
props-when = الموعد
props-start = البداية
props-end = النهاية
props-unschedule = إلغاء الجدولة
props-unscheduled = غير مجدولة: اسحبها من اللوحة إلى يوم.
props-room = القاعة
props-exclusive = حصرية
props-pinned = مثبَّتة
props-pinned-title = لا يحرّك الترتيب التلقائي جلسة مثبَّتة أبدًا
props-preferred-room = القاعة المفضلة
props-preferred-room-title = القاعة التي يجربها الترتيب التلقائي أولًا
props-none = لا شيء
props-no-bodies = لا هيئات بعد (تبويب الاجتماع).
props-no-persons = لا أشخاص بعد (تبويب الاجتماع).
choice-find = ابحث بين { $n }…
choice-none-yet = لم يُختر شيء: اكتب اسمًا أعلاه للبحث عنه.
choice-no-match = لا شيء يطابق.
choice-more = تطابق { $n } أخرى: اكتب المزيد من الاسم.
props-annex-cell = في خانة
props-annex-note-only = في حاشية
props-annex-both = في خانة وحاشية
props-annex-hidden = ليست في الملحق
props-annex-label = التسمية في الملحق
props-annex-label-placeholder = العنوان
props-annex-note = الحاشية في الملحق
props-annex-note-placeholder = العنوان مع أوقاته
props-duplicate = تكرار
props-delete = حذف

## المراجعات

revisions-copied = نُسخ.
revisions-no-clipboard = الحافظة غير متاحة هنا: حدد النص واضغط Ctrl+C.
revisions-close = إغلاق المراجعات
revisions-empty = لم تُنشر أي مراجعة بعد. انشر مراجعة لتقارن بها الإصدارات اللاحقة.
revisions-list = المراجعات المنشورة، الأحدث أولًا
revisions-publish-heading = نشر مراجعة
revisions-label = التسمية
revisions-date = التاريخ
revisions-comment = تعليق (اختياري)
revisions-comment-placeholder = الغرض من هذه المراجعة
revisions-publish = نشر { $label }
revisions-revision = المراجعة
revisions-compare = مقارنة
revisions-from = من
revisions-to = إلى
revisions-current = الحالة الراهنة
revisions-overlay = إظهار التغييرات منذ { $since } في الشبكة
revisions-a-revision = مراجعة
revisions-changes = التغييرات من { $from } إلى { $to }
revisions-the-current = الحالة الراهنة
revisions-no-changes = لا تغييرات.
revisions-show = إظهارها في الشبكة
revisions-summary = ملخص للبريد الإلكتروني
revisions-form = الشكل
revisions-plain = نص عادي
revisions-copy = نسخ

## التصدير

export-format = الصيغة
format-name = { $name ->
    [annex-docx] مستند Word
    [annex-pdf] PDF
    [annex-html] صفحة ويب
    [annex-md] Markdown
    [annex-txt] نص عادي
    [frab-xml] ملف frab schedule.xml
    [frab-json] ملف frab schedule.json
    [ics] iCalendar
    [csv] CSV (سطر لكل جلسة)
    [xlsx] مصنف Excel
   *[other] { $label }
}
export-other-tools = لأدوات أخرى
export-version = الإصدار
export-mark-changes = وسم التغييرات منذ
export-no-marks = بلا وسوم
export-missing = { $n ->
    [one] نص واحد ليست له نسخة بـ{ $lang }، فيُعرض بلغة أخرى: { $which }.
    [two] نصان ليست لهما نسخة بـ{ $lang }، فيُعرضان بلغة أخرى: { $which }.
   *[other] { $more ->
        [0] { $n } من النصوص ليست لها نسخة بـ{ $lang }، فتُعرض بلغة أخرى: { $which }.
       *[other] { $n } من النصوص ليست لها نسخة بـ{ $lang }، فتُعرض بلغة أخرى: { $which }، و{ $more } غيرها.
    }
}
export-missing-meeting-title = عنوان الاجتماع
export-missing-session-title = الجلسة «{ $owner }» (العنوان)
export-missing-annex-label = الجلسة «{ $owner }» (التسمية في الملحق)
export-missing-annex-note = الجلسة «{ $owner }» (الحاشية في الملحق)
export-missing-body-name = الهيئة «{ $owner }» (الاسم الكامل)
export-missing-slot-name = الفترة «{ $owner }» (الاسم)
export-missing-break-name = الاستراحة «{ $owner }» (الاسم)
export-missing-notes-heading = عنوان الحواشي
export-missing-free-note = الحاشية الحرة «{ $owner }» (النص)
export-fill = إكمالها…
export-not-meeting-lang = { $lang } ليست من لغات الاجتماع (الاجتماع › الإعداد).
export-hint-annex = الملحق كما سيُكتب، بهذا التخطيط وهذه اللغة:
export-hint-other = يحوي { $format } كل جلسة بأوقاتها وقاعتها وهيئاتها؛ والملحق أدناه للاستئناس.
export-preview-failed = فشلت المعاينة: { $error }
export-preview = معاينة الملحق
export-rendering = جارٍ إعداد المعاينة…
export-notes-frozen = حواشي { $revision } كما نُشرت؛ اختر الحالة الراهنة لتحرير الحواشي.
export-notes-failed = تعذّر سرد الحواشي: { $error }
export-no-notes = لا حواشي في هذا الملحق.
export-note-text = نص الحاشية { $n }
export-note-up = نقل الحاشية { $n } إلى الأعلى
export-note-down = نقل الحاشية { $n } إلى الأسفل
export-note-derived = النص المشتق: { $text }
export-note-reset = الرجوع إلى النص المشتق
export-saved = حُفظ { $path }.
export-saving = جارٍ الحفظ…
export-save = حفظ { $format }…

## ترجمات نصوص الاجتماع

translations-meeting-title = عنوان الاجتماع
translations-session-title = عنوان الجلسة
translations-body-name = اسم الهيئة
translations-notes-heading = عنوان الحواشي
translations-free-note = حاشية حرة
translations-missing-only = الصفوف التي ينقصها نص فقط
translations-missing-in = الناقص في
translations-in-any = أي لغة
translations-in = { $lang }
translations-count = { $n ->
    [0] { $lang }: مكتملة
   *[other] { $lang }: ينقص { $n }
}
translations-failure = تعذّر سرد النصوص: { $failure }
translations-listing = جارٍ سرد النصوص…
translations-none-missing = لا ينقص أي نص.
translations-none-missing-in = لا ينقص أي نص بـ{ $lang }.
translations-no-texts = لا نصوص في الوثيقة بعد.
translations-show-every = إظهار كل النصوص
translations-text = النص
translations-cell = { $what } بـ{ $lang }
translations-cell-of = { $what } لـ { $owner } بـ{ $lang }
translations-missing = ناقص
translations-copy-into = النسخ إلى { $lang } من
translations-copy-from = النسخ من…

## النافذة

app-timetable = الجدول الزمني
app-filter-empty = لا جلسة تطابق عامل التصفية، لذا فالشبكة فارغة.
app-clear-filter = مسح عامل التصفية
app-side-panel = التعارضات واللوحة
app-loading = جارٍ تحميل الجدول الزمني…
app-none-open = لا جدول زمنيًا مفتوحًا.
app-this-timetable = هذا الجدول الزمني

## أفضل الأماكن للجلسة (لوحة الخصائص)
places-best = أفضل الأماكن
places-fit-clean = بلا تعارض
places-fit-info = ملاحظات فقط
places-fit-warning = تحذيرات
places-fit-error = أخطاء
places-title = ضعها هنا ({ $fit })
places-title-kinds = ضعها هنا ({ $fit }: { $kinds })

## الطباعة (ملف > طباعة)
print-untitled = اجتماع بلا عنوان
print-printed = طُبع في { $date }

## الترتيب: الفترات المسموح بها والأوزان
windows-legend = الفترات المسموح بها
windows-legend-title = حيث يمكن للترتيب وضع هذه الجلسة؛ لا شيء: في أي وقت ضمن ساعات اليوم
windows-none = في أي وقت ضمن ساعات اليوم.
windows-every-day = كل يوم
windows-remove = إزالة
windows-remove-title = إزالة هذه الفترة
windows-day = يوم الفترة الجديدة
windows-start = بداية الفترة الجديدة
windows-end = نهاية الفترة الجديدة
windows-add = إضافة فترة
weight-default = افتراضي
weight-hard = إلزامي
weight-soft = مرن
weight-aria = { $label }: الوزن عند الترتيب
weight-soft-aria = { $label }: وزن مرن
weight-title = كلفة كل تعارض من هذا النوع عند الترتيب
weight-invalid = ”{ $typed }“ ليس وزنًا: اكتب عددًا صحيحًا، 0 أو أكثر
pref-working-party-days = مسألة خارج أيام فرقة العمل التابعة لها
pref-split-across-lunch = جلسات هيئة يفصل بينها الغداء

## نشر الموقع الإلكتروني (ملف > نشر الموقع الإلكتروني…)
publish-pick-title = نشر الموقع الإلكتروني في
publish-title = نشر الموقع الإلكتروني
publish-into = في
publish-choose = اختيار مجلد آخر…
publish-planning = جارٍ تحديد ما سيُكتب…
publish-files = { $count ->
    [zero] لا ملفات
    [one] ملف واحد
    [two] ملفان
    [few] { $count } ملفات
    [many] { $count } ملفًا
   *[other] { $count } ملف
}
publish-what-revision = الموقع الإلكتروني للمراجعة { $revision }، آخر مراجعة منشورة: { $extent }.
publish-what-draft = لم تُنشر أي مراجعة بعد: يعرض الموقع الإلكتروني الجدول الزمني كما هو الآن، موسومًا بأنه مسودة: { $extent }.
publish-new-folder = مجلد جديد: كل الملفات جديدة.
publish-nothing-changes = المجلد يحتوي هذا الموقع الإلكتروني بالفعل: لن يتغير شيء.
publish-summary = جديدة: { $added }، معدَّلة: { $changed }، محذوفة: { $removed }؛ تبقى كما هي: { $unchanged }.
publish-warnings = لا يذكر الملحق كل ما في الجدول الزمني (الملاحظات: { $count })
publish-added = جديدة ({ $count })
publish-changed = معدَّلة ({ $count })
publish-removed = محذوفة ({ $count })
publish-more = و{ $count } أخرى
publish-busy = جارٍ النشر…
publish-done = نُشر { $files } في { $dir }.
publish-open = فتح في المتصفح
publish-close = إغلاق
publish-cancel = إلغاء
publish-run = نشر
revisions-offer-site = نُشرت { $label }. هل تريد نشر الموقع الإلكتروني أيضًا ليراها المندوبون؟
revisions-publish-site = نشر الموقع الإلكتروني…
revisions-offer-later = ليس الآن

## القوائم الأصلية. المعرّف المنتهي بـ -mac هو النص في macOS حيث يختلف.

menu-plenary = Plenary
menu-file = ملف
menu-edit = تحرير
menu-view = عرض
menu-window = نافذة
menu-help = مساعدة
menu-file-new = جديد
menu-file-open = فتح…
menu-file-recent = فتح ملف حديث
menu-file-recent-none = لا ملفات حديثة
menu-file-clear-recent = مسح القائمة
menu-file-save = حفظ
menu-file-save-as = حفظ باسم…
menu-file-import = استيراد…
menu-file-export = تصدير…
menu-file-publish = نشر الموقع الإلكتروني…
menu-file-print = طباعة…
menu-file-close = إغلاق
menu-file-quit = إنهاء
menu-edit-undo = تراجع
menu-edit-redo = إعادة
menu-edit-new-session = جلسة جديدة
menu-edit-copy = نسخ
menu-edit-copy-mac = نسخ الجلسات
menu-edit-paste = لصق (تكرار)
menu-edit-paste-mac = لصق الجلسات (تكرار)
menu-edit-delete = حذف
menu-edit-delete-mac = حذف الجلسات
menu-edit-select-all = تحديد الكل
menu-edit-select-all-mac = تحديد كل الجلسات
menu-edit-properties = تحرير الخصائص
menu-arrange = الترتيب
menu-arrange-unscheduled = ترتيب الجلسات غير المجدولة…
menu-arrange-all = ترتيب كل الجلسات…
menu-arrange-selection = ترتيب الجلسات المحددة…
menu-arrange-day = ترتيب يوم واحد…
menu-view-days = الأيام
menu-view-rooms = القاعات
menu-view-bodies = الهيئات
menu-view-annex = الملحق
menu-view-translations = الترجمات
menu-view-orientation = الأيام صفوفًا
menu-view-condensed = مضغوط
menu-view-snap-5 = خطوة 5 دقائق
menu-view-snap-15 = خطوة 15 دقيقة
menu-view-snap-30 = خطوة 30 دقيقة
menu-view-revisions = المراجعات
menu-view-theme-system = المظهر: كالنظام
menu-view-theme-light = المظهر: فاتح
menu-view-theme-dark = المظهر: داكن
menu-window-zoom = تكبير/تصغير
menu-help-guide = دليل المستخدم
menu-help-guide-mac = دليل مستخدم Plenary
menu-help-about = حول Plenary

## The Arrange dialog and its preview on the grid
arrange-title = ترتيب الجلسات
arrange-which = أيّ الجلسات
arrange-scope-unscheduled = غير المجدولة ({ $n }): تبقى الأخرى في أماكنها
arrange-scope-all = كل الجلسات ما عدا المثبَّتة
arrange-scope-selection = الجلسات المحدَّدة ({ $n })
arrange-scope-day = جلسات يوم واحد، داخل ذلك اليوم:
arrange-day-label = اليوم المراد ترتيبه
arrange-limit-before = التوقف بعد
arrange-limit-after = ثانية على الأكثر (فارغ: حتى لا يتحسن شيء)
arrange-limit-label = الحد الزمني بالثواني (فارغ: حتى يستقر البحث)
arrange-from-scratch = من البداية (وإلا فتحريك أقل عدد ممكن من الجلسات الموضوعة)
arrange-run = ترتيب
arrange-stop = إيقاف
arrange-running = جارٍ الترتيب…
arrange-stopping = جارٍ الإيقاف: يُحتفَظ بأفضل ما وُجد حتى الآن…
arrange-elapsed = الوقت المنقضي
arrange-seconds = { $s } ث
arrange-best = أفضل نتيجة حتى الآن
arrange-hard-now = التعارضات التي يجب ألا تبقى
arrange-unplaced-now = غير مجدولة
arrange-n-of = { $n } من { $total }
arrange-tried = التحريكات المجرَّبة
arrange-stopped = توقّف قبل النهاية: هذا أفضل ما وُجد حتى الآن.
arrange-placed-of = وُضعت { $n } من { $total }.
arrange-would-move = { $n ->
    [zero] لن تُنقل أي جلسة.
    [one] ستُنقل جلسة واحدة.
    [two] ستُنقل جلستان.
    [few] ستُنقل { $n } جلسات.
    [many] ستُنقل { $n } جلسةً.
   *[other] ستُنقل { $n } جلسة.
}
arrange-moves-nothing = لن يُنقل شيء.
arrange-no-hard-left = لن يبقى أي تعارض من التعارضات التي يجب ألا تبقى.
arrange-hard-would-remain = { $n ->
    [zero] لن يبقى أي تعارض يجب ألا يبقى.
    [one] سيبقى تعارض واحد يجب ألا يبقى.
    [two] سيبقى تعارضان يجب ألا يبقيا.
    [few] ستبقى { $n } تعارضات يجب ألا تبقى.
    [many] سيبقى { $n } تعارضًا يجب ألا تبقى.
   *[other] سيبقى { $n } تعارض يجب ألا تبقى.
}
arrange-out-of-reach = { $n ->
    [zero] لا يقتصر أيٌّ منها على جلسات مثبَّتة أو خارج النطاق.
    [one] يقتصر هذا التعارض على جلسات مثبَّتة أو خارج النطاق، لا يحرّكها الترتيب:
    [two] يقتصر اثنان منها على جلسات مثبَّتة أو خارج النطاق، لا يحرّكها الترتيب:
    [few] تقتصر { $n } منها على جلسات مثبَّتة أو خارج النطاق، لا يحرّكها الترتيب:
    [many] يقتصر { $n } منها على جلسات مثبَّتة أو خارج النطاق، لا يحرّكها الترتيب:
   *[other] يقتصر { $n } منها على جلسات مثبَّتة أو خارج النطاق، لا يحرّكها الترتيب:
}
arrange-until-apply = تعرض الشبكة الترتيب المقترح؛ لا يتغير شيء حتى تطبّقه، ثم يعيد التراجع كل شيء في خطوة واحدة.
arrange-legend = ما تعرضه الشبكة
arrange-legend-moved = { $n ->
    [zero] لا جلسات في أماكن جديدة
    [one] جلسة واحدة في مكانها الجديد
    [two] جلستان في مكانيهما الجديدين
    [few] { $n } جلسات في أماكنها الجديدة
    [many] { $n } جلسةً في أماكنها الجديدة
   *[other] { $n } جلسة في أماكنها الجديدة
}
arrange-legend-placed = { $n ->
    [zero] لم توضع أي جلسة غير مجدولة
    [one] وُضعت جلسة واحدة غير مجدولة
    [two] وُضعت جلستان غير مجدولتين
    [few] وُضعت { $n } جلسات غير مجدولة
    [many] وُضعت { $n } جلسةً غير مجدولة
   *[other] وُضعت { $n } جلسة غير مجدولة
}
arrange-legend-away = مكانها الحالي
arrange-legend-out = { $n ->
    [zero] لا جلسات تُترك غير مجدولة
    [one] جلسة واحدة تُترك غير مجدولة (في مكانها الحالي)
    [two] جلستان تُتركان غير مجدولتين (في مكانيهما الحاليين)
    [few] { $n } جلسات تُترك غير مجدولة (في أماكنها الحالية)
    [many] { $n } جلسةً تُترك غير مجدولة (في أماكنها الحالية)
   *[other] { $n } جلسة تُترك غير مجدولة (في أماكنها الحالية)
}
arrange-list = التحريكات واحدًا واحدًا
arrange-col-session = الجلسة
arrange-col-from = من
arrange-col-to = إلى
arrange-show = إظهارها في الشبكة
arrange-nowhere = غير مجدولة
arrange-left = مستبعدة أو ما زالت في تعارض:
arrange-discard = تجاهُل
arrange-apply = { $n ->
    [zero] تطبيق: لا جلسات
    [one] تطبيق: ترتيب جلسة واحدة
    [two] تطبيق: ترتيب جلستين
    [few] تطبيق: ترتيب { $n } جلسات
    [many] تطبيق: ترتيب { $n } جلسةً
   *[other] تطبيق: ترتيب { $n } جلسة
}
arrange-nothing-to-apply = لا شيء للتطبيق
arrange-moved-here = ستنتقل إلى هنا من { $from }
arrange-placed-here = ستوضع هنا (غير مجدولة حاليًا)
arrange-ghost-away = تغادر من هنا: { $title }
arrange-ghost-away-title = { $title } ({ $times }) ستغادر هذا المكان
arrange-ghost-out = مستبعدة: { $title }
arrange-ghost-out-title = { $title } ({ $times }) ستُترك غير مجدولة

## The desktop app's own errors (a file that cannot be read or written, a document someone
## else has open): what the error banner says, in place of the app's English.

app-not-picked = { $path }: لا يفتح Plenary ولا يحفظ إلا الملفات المختارة في نوافذ الملفات الخاصة به
app-in-file = { $path }: { $reason }
app-not-importable = { $path }: ليس ملفًا يستورده Plenary (جدول frab بصيغة XML أو JSON، أو iCalendar، أو xCal، أو CSV، أو مصنف Excel)؛ افتح مستندات Plenary من ملف > فتح
app-import-failed = { $path } (بصيغة { $format }): { $reason }
app-locked = { $file } مفتوح لدى { $user } على { $host } منذ { $since }.
app-read-only = { $file } مفتوح للقراءة فقط لأن شخصًا آخر كان قد فتحه: احفظ تغييراتك في ملف آخر باستخدام حفظ باسم.
app-save-failed = تعذّر حفظ { $path }: { $reason }. لا يزال الجدول الزمني مفتوحًا بتغييراته غير المحفوظة؛ أصلح ذلك واحفظ مجددًا، أو اختر مكانًا آخر باستخدام حفظ باسم.
app-save-no-folder = المجلد { $folder } لم يعد موجودًا
app-save-not-allowed = لا يُسمح لـ Plenary بالكتابة هناك ({ $error })
app-save-disk-full = القرص ممتلئ ({ $error })
app-untitled = ليس لهذا المستند ملف بعد: اختر مكان حفظه
app-file-error = { $path }: { $error }
app-publish-nothing-yet = { $folder }: لم يُنشر شيء هناك بعد
app-publish-browser = تعذّر فتح { $path } في متصفح: { $error }
app-publish-no-folder = اختر أولًا المجلد الذي تريد النشر فيه
app-no-journal = لا يوجد سجل حفظ تلقائي (ليس للتطبيق مجلد بيانات)
app-discard-failed = تعذّر حذف مدخل السجل في { $folder }: { $error }
app-changed-on-disk = تغيّر { $file } على القرص منذ أن فتحته.
app-arrange-thread-failed = تعطّلت عملية الترتيب: { $error }
app-arrange-nothing-to-apply = لا يوجد ترتيب لتطبيقه؛ رتّب أولاً
app-internal-error = واجه Plenary خطأً داخليًا ({ $error }). لا يزال الجدول الزمني مفتوحًا، والتغييرات غير المحفوظة محفوظة في سجل الحفظ التلقائي. يُرجى الإبلاغ عن هذا الخطأ.
app-journal-unreadable = يتعذر استرداد الجدول الزمني غير المحفوظ: { $error }
app-not-a-journal-entry = «{ $id }» ليس مدخلاً في السجل
app-new-window-failed = تعذّر فتح نافذة جديدة: { $error }
app-no-browser = لا يمكن فتح أي متصفح من هنا
app-not-a-recent-file = { $path } ليس من الملفات الأخيرة

## Window titles ("Untitled — Plenary"): the name of a document without a file, of the
## bundled example, and the mark of a document open read-only.

window-title-untitled = بلا عنوان
window-title-example = مثال
window-title-read-only = (للقراءة فقط)
