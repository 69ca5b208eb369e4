# رسائل نواة Plenary باللغة العربية (التعارضات وأسباب الرفض وتقارير الاستيراد).
# الملف الإنكليزي (en.ftl) هو المرجع: المعرّفات نفسها والمتغيرات نفسها.

## القوائم

list-separator = {"، "}
clause-separator = {"، و"}

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
