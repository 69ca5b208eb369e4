# Plenary 核心的中文消息（冲突、拒绝、导入报告）。
# 以英文文件（en.ftl）为准：标识相同，变量相同。

## 列表

list-separator = {"、"}
clause-separator = {"，并且"}
as-said = { $text }

## 冲突

conflict-quoted = “{ $title }”
conflict-break-inside = “{ $session }”（{ $when }）在休息“{ $break }”（{ $start }–{ $end }）期间开始或结束
conflict-break-over = “{ $session }”（{ $when }）占用了休息“{ $break }”（{ $start }–{ $end }）
conflict-outside-day-hours = “{ $session }”（{ $when }）超出了 { $date } 的会议时间（{ $start }–{ $end }）
conflict-non-working-day = “{ $session }”（{ $when }）在 { $day }，{ $dayKind ->
    [weekend] 这一天是周末
    [holiday] 这一天是节假日
   *[working] 这一天是工作日
}
conflict-outside-meeting-dates = “{ $session }”（{ $when }）在 { $day }，这一天不是会议日
conflict-capacity-exceeded = “{ $session }”预计有 { $attendance } 人参加，但会议室 { $room } 只有 { $capacity } 个座位
conflict-interpretation-unavailable = “{ $session }”需要口译（{ $languages }），但会议室 { $room } 没有口译箱
conflict-room-clash = “{ $a }”和“{ $b }”在 { $when } 同时使用会议室 { $room }
conflict-person-clash = { $persons } 在 { $when } 同时参加“{ $a }”和“{ $b }”
conflict-body-clash = “{ $a }”和“{ $b }”在 { $when } 重叠，但{ $reasons }
conflict-reason-same-body = 两者都是 { $body } 的会议
conflict-reason-contains = { $outer } 包含 { $inner }
conflict-exclusive-both = “{ $a }”和“{ $b }”都是独占会议，却在 { $when } 重叠
conflict-exclusive-beside = “{ $session }”与独占会议“{ $exclusive }”在 { $when } 同时进行
conflict-order = “{ $earlier }”必须在“{ $later }”开始前结束，但它在 { $end } 结束，而“{ $later }”在 { $start } 开始
conflict-no-overlap = “{ $a }”和“{ $b }”不得重叠，但两者都在 { $when } 进行
conflict-fixed-time = “{ $session }”固定在 { $fixed }，却被安排在 { $placed }
conflict-interpreters-overbooked = { $when } 同时进行的口译会议多达 { $peak } 场，但{ $teams ->
    [0] 没有口译小组
   *[other] 只有 { $teams } 个口译小组
}：{ $sessions }
conflict-at-some-time = 某个时间

## 命令行的冲突报告（`plenary check`）

check-no-conflicts = 无冲突。
check-acknowledged = 已接受：{ $reason }
check-summary = 错误 { $errors } 个，警告 { $warnings } 个，提示 { $infos } 个，已接受 { $acknowledged } 个

## 拒绝：命令为何未作任何更改。应用会在前面加上命令名称。

edit-refused = { $label }：{ $reason }
edit-broken = { $label }：此更改会使日程无效：{ $problems }
refusal-not-found = 没有{ $what }“{ $id }”
refusal-duplicate = 标识“{ $id }”已被占用（{ $what }）
refusal-not-scheduled = 会议“{ $session }”尚未安排；请先安排，再移动或调整时长
refusal-end-not-after-start = 结束时间（{ $end }）必须晚于开始时间（{ $start }）；时间未更改
refusal-no-length = 会议“{ $session }”是时间点或没有结束时间，无法设置结束时间；请先将其改为时段
refusal-out-of-range = { $what }“{ $id }”：{ $start } 加 { $minutes } 分钟超出了可用日期范围
refusal-date-out-of-range = { $date } 移动 { $days } 天后超出了可用日期范围
refusal-body-has-children = 机构“{ $body }”下仍有“{ $child }”；请先删除或移走它
refusal-body-under-itself = 不能把 { $body } 放在它自己之下
refusal-body-cycle = 不能把 { $body } 放在 { $parent } 之下：{ $parent } 是 { $body } 的下属机构之一
refusal-series-parent-unknown = 没有可放置该系列的机构 { $name }；请先添加它或检查其简称
refusal-series-taken = 机构 { $short } 已存在；该系列会将其添加两次
refusal-no-reason = 冲突“{ $key }”：接受冲突需要说明理由（为何可以接受）
refusal-swap-with-itself = 不能将 { $date } 与其自身交换
refusal-blank-revision-label = 修订版需要一个标签（例如 Rev.1）
refusal-revision-label-taken = 标签为“{ $label }”的修订版已存在；请另选标签
refusal-no-days = 会议没有可移动的日期
refusal-weekday-changed = { $start } 是{ $weekday }，但会议从{ $firstWeekday }开始；请选择一个{ $firstWeekday }，使每一天保持原来的星期
refusal-pointless-rule = 约束“{ $constraint }”：{ $fault }
refusal-no-sessions = 未指定任何会议
refusal-stale-arrangement = 此安排生成后文档已更改；请重新安排
refusal-hard-preference = 偏好（{ $preference }）只接受软权重（整数），不接受“hard”

## 拒绝所指的对象（上文的 $what）

item-session = 会议
item-room = 会议室
item-body = 机构
item-person = 人员
item-slot = 时段
item-break = 休息
item-constraint = 约束
item-day = 日期
item-annex-note = 附件注释
item-free-note = 自由注释
item-acknowledged-conflict = 已接受的冲突

## 命令行自身的语句

cli-command-refused = { $file }：第 { $number } 条命令（{ $label }）被拒绝：{ $reason }；未写入任何内容
cli-cannot-arrange = { $file }：无法排定：{ $reason }
cli-arrange-placed = 已排入范围内 { $inScope } 个会议中的 { $placed } 个（移动 { $moved } 个），{ $unplaced } 个未排入。
cli-arrange-conflicts-left = 剩余硬性冲突：{ $hard }；软性冲突：{ $soft }。
cli-arrange-score = 得分 { $score }（贪心起点 { $greedy }），在 { $seconds } 秒内评估了 { $evaluated } 次移动{ $stopped ->
    [yes] （已达时间上限）。
   *[no] 。
}
cli-arrange-out-of-reach = 有 { $count } 个硬性冲突只涉及已固定的会议或范围外的会议，排定不会移动它们：
cli-arrange-blocked-by = 受阻于：{ $rules }
cli-arrange-would-fit = 可放入：{ $relaxation }

## 导入报告：文件中的位置，导入做了什么

import-at-file = （文件）
import-at-line = 第 { $line } 行
import-at-line-column = 第 { $line } 行第 { $column } 列
import-at-sheet = 工作表“{ $sheet }”
import-at-sheet-row = 工作表“{ $sheet }”第 { $row } 行
import-at-sheet-column = 工作表“{ $sheet }”第 { $column } 列
import-at-sheet-row-column = 工作表“{ $sheet }”第 { $row } 行第 { $column } 列
import-skipped = 已跳过
import-guessed = 已推测
import-repaired = 已修复

## 导入报告：导入跳过、推测或修复了什么

import-title-above-header = 表头上方的{ $source ->
    [excel] 行
   *[csv] 行
}是会议标题：“{ $title }”
import-times-in-utc = { $format } 中的时间没有时区：会议时区取 UTC（请用 --time-zone 指定实际时区）
import-unknown-columns = 已忽略未知的列：{ $columns }
import-empty-row = 空行
import-unknown-kind = 类型“{ $kind }”不是 Plenary 的类型；按“other”处理
import-unknown-annex = 附件“{ $annex }”不是 cell、note、both 或 hidden；按 cell 处理
import-duplicate-session-id = 标识重复：会议“{ $id }”已存在，此会议改为“{ $fresh }”
import-untitled-session = 会议“{ $id }”没有标题；标题设为“(untitled)”
import-break-past-midnight = 休息“{ $break }”跨过午夜；Plenary 的休息须在一天之内
import-break-not-meeting-day = 休息“{ $break }”在 { $date }，这一天不是会议日
import-title-from-file-name = 文件中没有会议标题；取自文件名：“{ $title }”
import-taken-as-body = “{ $name }”被视为{ $kind ->
    [study-group] 研究组
    [working-party] 工作组
    [question] 课题
    [management] 管理团队
    [track] 专题
   *[group] 小组
}（其会议不能并行举行），而不是专题

## 附件警告：附件没有说明的内容，或用另一种语言说明的内容

annex-quoted = “{ $title }”
annex-slot = { $slot } { $start }-{ $end }
annex-slots = { $first } 至 { $last } { $start }-{ $end }
annex-times-differ = 会议 { $sessions }：{ $date } { $start }-{ $end } 与 { $slot } 不同，且没有注释说明其时间（附件方式“cell”不加注释；改为“both”即可添加）
annex-text-fallback = 会议“{ $session }”：没有 { $lang } 的{ $what ->
    [note] 注释文字
   *[label] 附件标签或标题
}；改用 { $used } 的文字，并标记 [{ $used }]
annex-no-body = 会议“{ $session }”：没有所属机构，因此按机构的版式{ $noted ->
    [yes] 只在其注释中显示它
   *[no] 不显示它
}
annex-outside-days = 会议“{ $session }”：在 { $date }，不在会议日期内，因此没有所在行；改在注释中显示
annex-override-matches-no-note = 修改过的附件注释“{ $key }”与 { $layout } 版式的任何注释都不对应；已忽略
annex-free-note-empty = 自由注释“{ $key }”在任何语言中都没有文字；已略去
annex-free-note-fallback = 自由注释“{ $key }”：没有 { $lang } 的文字；改用 { $used } 的文字，并标记 [{ $used }]
annex-mark-matches-no-note = 会议“{ $session }”标有注释“{ $key }”，但它不是 { $layout } 版式的注释；不加标记
annex-empty = 附件表格为空：{ $reason }
annex-empty-unscheduled = 尚未安排任何会议
annex-empty-no-slots = { $layout } 版式按时段（上午、下午）显示会议，而会议没有时段：请在“会议”面板中添加时段，或导出按机构的版式
annex-empty-no-bodies = 按机构的版式每个机构一行，而已安排的会议都没有指明机构：请为会议指定机构，或导出按日期的版式
annex-empty-no-working-day = 没有已安排的会议落在会议工作日的时段内（议程版式按时间列出每场会议）
export-no-fonts = 未找到字体；PDF 将没有文字（请安装 fonts-noto-core 和 fonts-noto-cjk，或使用 --fonts 目录）
publish-annex-warning = 附件（{ $lang }）：{ $warning }
export-pdf-warning = PDF：{ $warning }

## 无法打开的文档

load-syntax = 第 { $line } 行第 { $column } 列：不是有效的 JSON：{ $reason }
load-not-a-document = 不是 Plenary 文档：{ $reason }
load-too-new = 此文档的格式版本为 { $found }，而此 Plenary 只能读取不高于 { $supported } 的版本；请用更新的 Plenary 打开
load-shape = { $path }（第 { $line } 行第 { $column } 列）：{ $reason }
load-invalid = { $count } 个问题：{ $problems }
cli-invalid-document = { $file }：{ $count } 个问题：

## iCalendar 文件的导入报告（以及任何格式的事件）

import-ical-floating-time = 浮动时间（无 TZID，也无 Z）：按 { $zone } 的当地时间处理（首次出现于此）
import-event-cancelled = 事件“{ $event }”已取消
import-ical-no-dtstart = 事件“{ $event }”没有 DTSTART
import-ical-bad-dtstart = DTSTART“{ $value }”不是日期或日期时间
import-ical-bad-dtend = DTEND“{ $value }”不是日期或日期时间；已忽略
import-ical-bad-duration = DURATION“{ $value }”不是 RFC 5545 时长
import-event-point-in-time = 事件“{ $event }”没有时长；作为 { $start } 的时间点导入
import-event-no-end = 事件“{ $event }”的结束不晚于开始；按 { $minutes } 分钟计
import-event-all-day = 事件“{ $event }”为全天事件；从午夜持续到午夜
import-ical-not-expanded = 未展开 { $property }：只导入第一次出现

## 导入报告：时区、事件、工作簿

import-zone-unknown = time_zone_name“{ $zone }”不是 IANA 时区名称
import-zone-from-city = 文件未指明时区；按其城市“{ $city }”取时区 { $zone }（可用 --time-zone 指定其他时区）
import-city-without-zone = 城市“{ $city }”不对应任何时区（没有以它命名的 IANA 时区）
import-zone-from-offset = 文件未指明时区；其时间带有偏移 { $offset }，因此会议时区为固定偏移时区 { $zone }（请用 --time-zone 指定实际时区）
import-zone-utc = 文件未指明时区，也没有偏移：其时间按 UTC 时间处理（请用 --time-zone 指定实际时区）
import-event-beyond-calendar = 事件“{ $event }”的结束超出了日历范围
import-other-sheets-ignored = 会议从此工作表读取；已忽略其他工作表：{ $sheets }

## The arranger: why a session was left out, what blocks it, what would let it fit.

arrange-name = { $name }
arrange-no-place = { $session }没有任何可用位置：其允许的时段、时长以及每天和每个会议室的规则（按排定权重为硬性）排除了所有日期
arrange-fits-but-breaks = 就会议室、人员和机构而言，{ $session }可放入其 { $places } 个位置中的 { $free } 个，但每个位置都违反某个顺序约束或其他硬性规则，或搜索提前结束
arrange-no-free-place = { $session }没有空闲位置：全部 { $places } 个位置均有重叠（{ $blockers }）
arrange-blocks = { $n } 个：{ $what }
arrange-left-in-conflict = { $session }仍有冲突：{ $conflicts }
arrange-one-after-another = { $first }；{ $rest }
arrange-room-taken = 会议室 { $room } 已占用
arrange-person-busy = { $person } 没有空
arrange-body-meeting = { $body } 正在开会
arrange-body-above-meeting = { $body }（或其上级机构）正在开会
arrange-beside-exclusive = 与独占会议并行的会议
arrange-exclusive-meeting = 独占会议
arrange-rule-places = { $what }（{ $n } 个位置）
arrange-relaxation = 若没有“{ $what }”，可放入 { $n } 个位置（第一个：{ $first }）
arrange-place = { $when }
arrange-place-in = { $when }，会议室 { $room }

## The arranger's refusals

arrange-not-a-working-day = 无法排定：{ $date } 不是会议的工作日
arrange-no-working-days = 无法排定：会议没有工作日
arrange-too-few-room-hours = 各会议需要 { $needed } 会议室小时，但会议室只有 { $available }（{ $rooms } 个会议室，{ $days } 个工作日）：请增加会议室或日期，或不排部分会议
arrange-order-cycle = 顺序约束形成循环：{ $cycle }；任何顺序都无法满足
arrange-before = { $earlier }早于{ $later }
arrange-pinned-clash = 已固定的会议相互冲突，而排定从不移动它们：{ $conflict }
revision-unknown-none = 没有修订版“{ $label }”：尚未发布任何修订版
revision-unknown = 没有修订版“{ $label }”（已发布：{ $known }）

## Import reports: slots, frab and JSON notes, CSV encodings

import-slot = { $name } { $start }-{ $end }
import-slots-one = 文件中没有时段：{ $first }，{ $how }
import-slots-two = 文件中没有时段：{ $first }和{ $second }，{ $how }
import-slots-from-meal-break = 依据用餐休息
import-slots-from-lunch-gap = 依据中午前后没有会议的空档
import-slots-whole-day = 全天一个时段：没有用餐休息，且中午有会议
import-frab-bad-day-change = day_change“{ $value }”不是 HH:MM[:SS] 格式的时间
import-frab-no-conference = 没有 <conference> 元素：会议没有标题
import-frab-day-without-date = <day> 没有有效的 date 属性（“{ $value }”）；其活动需要各自的 <date>
import-frab-no-days = 没有“days”：日程中没有活动
import-frab-days-not-array = “days”是{ $kind }，不是数组
import-frab-json-day-without-date = 该日没有有效日期；其活动需要各自的“date”
import-frab-room-events-not-array = 会议室的活动是{ $kind }，不是数组
import-frab-event-not-object = 活动是{ $kind }，不是对象
json-null = null
json-boolean = 布尔值
json-number = 数字
json-string = 字符串
json-array = 数组
json-object = 对象
import-csv-utf16-by-mark = 按 { $encoding } 读取（其字节顺序标记如此表明）
import-csv-utf16-by-zeros = 按 { $encoding } 读取（没有字节顺序标记；其文本每隔一个字节为零）
import-csv-windows-1252 = 不是 UTF-8（第 { $line } 行的字节 { $byte } 不是）；按 Windows-1252（西欧，包括 Latin-1）读取：请检查带重音的字母
import-utf16-big-endian = UTF-16（大端序）
import-utf16-little-endian = UTF-16（小端序）
import-at-path = { $path }

## Refusals of a series of bodies and of the meeting's set-up

series-empty = 请输入一个系列，例如 Q1/2-Q4/2 under WP1/2
series-unreadable = “{ $text }”不是机构系列；请写成 Q1/2-Q4/2（课题 1/2 至 4/2）、WP1/2-WP3/2 或 SG2，后面可加“under WP1/2”
series-no-parent-named = “{ $text }”：请说明该系列隶属于哪个机构，例如“under WP1/2”
series-backwards = 该系列从 { $first } 递减到 { $last }；请先写较小的编号
series-groups-differ = 该系列混合了 /{ $a } 和 /{ $b }；两端必须属于同一研究组
series-kinds-differ = “{ $text }”混合了课题和工作组；一个系列只能是一种
series-too-long = { $count } 个机构的系列太长（一次最多 { $max } 个）
setup-no-language = 请至少选择一种会议语言
setup-no-title = 请为会议输入标题
setup-unknown-place = 没有名为“{ $place }”的城市或时区；请从列表中选择城市（如日内瓦）或输入 IANA 时区（如 Europe/Zurich）
setup-last-before-first = 最后一天（{ $last }）早于第一天（{ $first }）
setup-too-long = { $first } 至 { $last } 共 { $days } 天；一次设置的会议最多 { $max } 天
setup-sessions-outside = 有 { $count } 个会议排在 { $first } 至 { $last } 之外（第一个在 { $date }）；更改日期前请移动它们或取消排定

## Import reports of iCalendar files: the file's lines and time zones

import-ical-not-a-content-line = 不是内容行（没有“:”）：“{ $line }”
import-ical-end-closes-unclosed = END:{ $component } 关闭了未关闭的 { $unclosed }
import-ical-end-without-begin = END:{ $component } 没有对应的 BEGIN:{ $component }
import-ical-ends-inside-vevent = 文件在此 VEVENT 内结束；保留其已有内容
import-ical-windows-zone = TZID“{ $tzid }”是 Windows 时区名；按 IANA 时区 { $zone } 处理（CLDR 的 Windows 到 IANA 映射），含其夏令时规则
import-ical-vtimezone-offset = TZID“{ $tzid }”不是 IANA 时区；其 VTIMEZONE 的标准偏移给出固定偏移时区 { $zone }（忽略夏令时规则）
import-ical-unknown-tzid = TZID“{ $tzid }”既不是 IANA 时区，也没有可用的 VTIMEZONE 定义；其时间按浮动时间处理
import-ical-no-zone = 日历未指定时区：会议时区为 UTC（请用 --time-zone 指定实际时区）

## 文档中不成立的不变条件：问题所在（位置以 JSON 路径写在前面）

problem-at = { $path }：{ $problem }
one-after-another = { $first }；{ $rest }
problem-time-zone = “{ $zone }”不是 IANA 时区（例如 Europe/Zurich）
problem-city-empty = 会议的城市为空；请填写城市，或删除此项以显示时区本身的城市
problem-hard-preference = 偏好只接受软权重（整数），不接受“hard”
problem-zero-default-length = 新会议的时长不能为 0 分钟
problem-blank-notes-heading = 附件注释的 { $lang } 标题为空；请填写标题，或删除此项以使用通常的标题
problem-end-not-after-start = 结束时间 { $end } 不晚于开始时间 { $start }
problem-day-order = { $date } 不在前一天 { $previous } 之后（日期不得重复并须按日期排序）
problem-slot-backwards = 时段“{ $slot }”在 { $end } 结束，早于其开始时间 { $start }
problem-slot-not-meeting-day = 时段“{ $slot }”在 { $date } 有时间，但该日不是会议日
problem-slot-day-backwards = 时段“{ $slot }”在 { $date } 于 { $end } 结束，早于其开始时间 { $start }
problem-break-backwards = 休息“{ $break }”在 { $end } 结束，早于其开始时间 { $start }
problem-break-not-meeting-day = 休息“{ $break }”在 { $date }，但该日不是会议日
problem-body-hours-backwards = 机构“{ $body }”有一段工作时间在 { $end } 结束，早于其开始时间 { $start }
problem-body-hours-order = 机构“{ $body }”自 { $start } 起的工作时间未接在前一段之后（各段工作时间须按时间顺序排列且互不重叠）
problem-body-unknown-room = 机构“{ $body }”偏好会议室“{ $room }”，但不存在该会议室
problem-body-unknown-parent = 机构“{ $body }”的上级机构为“{ $parent }”，但不存在该机构
problem-body-cycle = 机构“{ $body }”是其自身的上级（机构树中存在循环）
problem-constraint-unknown-session = 约束“{ $constraint }”提到会议“{ $session }”（第 { $index } 个），但不存在该会议
problem-constraint-backwards = 约束“{ $constraint }”规定的结束时间 { $end } 早于其开始时间
problem-acknowledgement-key = 接受记录归于“{ $key }”名下，却指向“{ $named }”
problem-revision-label-twice = 修订版标签“{ $label }”使用了两次
problem-id-empty = 标识为空
problem-id-filed-under = 标识“{ $id }”归于“{ $key }”名下
problem-duplicate-id = 标识“{ $id }”重复（首次用于 { $first }）
problem-acknowledged-twice = 冲突“{ $key }”被接受了两次
problem-note-override-no-key = 替换附件注释的文字需要其注释的键
problem-note-overridden-twice = 附件注释“{ $key }”被替换了两次（首次在 { $first }）
problem-free-note-key = 自由注释的键“{ $key }”在“free:”之后需要一个不含空格的标识
problem-session-untitled = 会议“{ $session }”没有标题
problem-session-unknown-room = 会议“{ $session }”在会议室“{ $room }”举行，但不存在该会议室
problem-session-unknown-preferred-room = 会议“{ $session }”偏好会议室“{ $room }”，但不存在该会议室
problem-session-window-backwards = 会议“{ $session }”的允许时段从 { $start } 到 { $end }，结束早于开始
problem-session-unknown-body = 会议“{ $session }”提到机构“{ $body }”，但不存在该机构
problem-session-unknown-person = 会议“{ $session }”提到人员“{ $person }”，但不存在该人员
problem-session-blank-mark = 会议“{ $session }”标有空的注释键；请指定一条注释或去掉标记
problem-session-bad-mark = 会议“{ $session }”：{ $reason }
problem-session-unknown-free-note = 会议“{ $session }”标有自由注释“{ $key }”，但不存在该注释
problem-session-scheduled-minutes = 会议“{ $session }”已安排，其时长由安排位置决定，而不是分钟数
problem-session-zero-minutes = 会议“{ $session }”未安排，时长为 0 分钟
problem-session-point-with-end = 会议“{ $session }”是时间点或没有结束时间，其安排位置应在开始处（{ $start }）结束，而不是在 { $end }
problem-session-no-length = 会议“{ $session }”没有时长：开始和结束都在 { $start }
problem-session-backwards = 会议“{ $session }”在 { $end } 结束，早于其开始时间 { $start }

## 文件为何不是 Plenary 文档

load-format-other = 其“format”为 { $format }，而应为“plenary”
load-format-missing = 没有“format”: “plenary”标记
load-version-missing = 其“version”缺失或不是整数
load-version-zero = 从未有过版本 0

## JSON 读取器对无法读取的文本的说明

json-not-utf8 = 不是 UTF-8 文本（位置 { $offset } 处的字节无效）
json-eof-list = 文本在列表中间结束
json-eof-object = 文本在对象中间结束
json-eof-string = 文本在字符串中间结束
json-eof-value = 文本在应有值的地方结束
json-expected-colon = 此处应为“:”
json-expected-comma-or-bracket = 此处应为“,”或“]”
json-expected-comma-or-brace = 此处应为“,”或“{"}"}”
json-expected-ident = 未知的词（应为 true、false 或 null）
json-expected-value = 此处应为一个值
json-invalid-escape = 无效的转义序列
json-invalid-number = 无效的数字
json-number-out-of-range = 数字超出范围
json-invalid-unicode = 无效的 Unicode 码位
json-control-character = 字符串中有控制字符（\u0000-\u001F）
json-key-must-be-string = 键必须是字符串
json-trailing-comma = 末尾有多余的逗号
json-trailing-characters = 文档结束后有多余的字符
json-too-deep = 嵌套层次过深
json-invalid-type = 类型无效：{ $found }；应为 { $expected }
json-invalid-value = 值无效：{ $found }；应为 { $expected }
json-invalid-length = 长度 { $length } 无效；应为 { $expected }
json-missing-field = 缺少字段 `{ $field }`
json-duplicate-field = 字段 `{ $field }` 重复
json-unknown-field = 未知字段 `{ $name }`；可用字段：{ $expected }
json-unknown-field-none = 未知字段 `{ $name }`；此处不允许任何字段
json-unknown-variant = 未知值 `{ $name }`；可用值：{ $expected }
json-unknown-variant-none = 未知值 `{ $name }`；此处不允许任何值
json-found-string = 字符串 { $value }
json-found-integer = 整数 { $value }
json-found-number = 数字 { $value }
json-found-boolean = 布尔值 { $value }
json-found-character = 字符 { $value }
json-found-null = null
json-found-array = 列表
json-found-object = 对象
json-not-a-time = “{ $value }”不是 HH:MM 格式的时间（00:00 至 24:00）
json-not-a-stamp = “{ $value }”不是 YYYY-MM-DDTHH:MM 格式的日期时间

## 约束的规则为何没有意义（refusal-pointless-rule 中的 $fault）

rule-fault-repeated = 它两次提到会议“{ $session }”；规则应关联不同的会议
rule-fault-too-few = 它至少需要两个不同的会议
rule-fault-one-sided = 它需要一个在前的会议和一个在后的会议

## 拒绝开头所称的命令（“移动会议：……”）

command-add-session = 添加会议
command-edit-session = 编辑会议
command-schedule-session = 安排会议
command-move-session = 移动会议
command-resize-session = 调整会议时长
command-set-session-timing = 设置会议的时间类型
command-unschedule-session = 取消安排会议
command-duplicate-session = 复制会议
command-delete-session = 删除会议
command-paste-sessions = 粘贴会议
command-paste-sessions-count = 粘贴 { $count } 个会议
command-delete-sessions = 删除会议
command-delete-sessions-count = 删除 { $count } 个会议
command-move-sessions = 移动会议
command-add-break = 添加休息
command-edit-break = 编辑休息
command-remove-break = 删除休息
command-add-slot = 添加时段
command-edit-slot = 编辑时段
command-remove-slot = 删除时段
command-set-slot-times-of-a-day = 设置某日的时段时间
command-add-day = 添加日期
command-edit-day = 编辑日期
command-remove-day = 删除日期
command-add-room = 添加会议室
command-edit-room = 编辑会议室
command-remove-room = 删除会议室
command-add-body = 添加机构
command-edit-body = 编辑机构
command-remove-body = 删除机构
command-move-body = 移动机构
command-add-bodies = 添加机构
command-add-series = 添加{ $kind ->
    [working-party] 工作组
    [study-group] 研究组
   *[question] 课题
} { $numbers }
command-place-meeting = 放置会议
command-add-person = 添加人员
command-edit-person = 编辑人员
command-remove-person = 删除人员
command-add-constraint = 添加约束
command-edit-constraint = 编辑约束
command-remove-constraint = 删除约束
command-acknowledge-conflict = 接受冲突
command-unacknowledge-conflict = 取消接受冲突
command-set-severity = 设置严重程度
command-edit-meeting = 编辑会议信息
command-shift-day = 移动日期
command-swap-days = 交换日期
command-publish-revision = 发布修订版
command-move-note = 移动注释
command-edit-note-text = 编辑注释文字
command-reset-note-order = 恢复注释顺序
command-add-free-note = 添加自由注释
command-remove-free-note = 删除自由注释
command-mark-session = 标记会议
command-set-note-markers = 设置注释标记
command-edit-notes-heading = 编辑注释标题
command-move-meeting = 移动整个会议
command-set-up-meeting = 设置会议
command-pin-sessions = 固定会议
command-set-allowed-windows = 设置允许时段
command-set-preferred-room = 设置偏好会议室
command-set-bodys-preferred-room = 设置机构的偏好会议室
command-set-arrange-weight = 设置排定权重
command-arrange-sessions = 排定会议
command-edit-translation = 编辑译文

## 完全无法导入的文件

import-error-not-utf8 = 第 { $line } 行第 { $column } 列：不是 UTF-8 文本：位置 { $offset } 处的字节无效
import-error-xml = 第 { $line } 行第 { $column } 列：XML 格式不正确：{ $reason }
import-error-json = 第 { $line } 行第 { $column } 列：不是有效的 JSON：{ $reason }
import-error-ical = 第 { $line } 行：不是 iCalendar：{ $reason }
import-error-csv = 第 { $line } 行：不是 Plenary CSV：{ $reason }
import-error-workbook = 不是 Plenary 能读取的 Excel 工作簿（.xlsx）：{ $reason }
import-error-sheet = { $at }：不是 Plenary 工作表：{ $reason }
import-error-not-a-schedule = { $at }：不是 frab 日程：{ $reason }
import-error-unknown-time-zone = “{ $zone }”不是 IANA 时区名称（例如 Europe/Zurich）
import-error-not-xcal = { $at }：不是 xCal：{ $reason }
import-error-invalid = 导入的日程表不一致（{ $count } 个问题）：{ $problems }
xcal-root-not-icalendar = 根元素是 <{ $element }>，而应为 <icalendar>
xcal-no-vcalendar = <icalendar> 中没有任何 <vcalendar>
frab-root-not-schedule = 根元素是 <{ $element }>，而应为 <schedule>
frab-no-schedule-object = 没有“schedule”对象
frab-no-conference-object = 没有“conference”对象
ical-empty = 文件为空
ical-not-begin-vcalendar = 文件以“{ $start }”开头，而应为 BEGIN:VCALENDAR
cli-import-failed = { $file }（作为 { $format }）：{ $reason }

## 失败的导出，以及不存在的名称

export-failed = { $format } 导出：{ $reason }
export-cannot-write = 无法写入：{ $error }
export-unknown-body = 此日程表中没有机构“{ $body }”
export-bad-time-zone = 会议的时区“{ $zone }”不是 IANA 时区名称
export-workbook-failed = 无法生成工作簿：{ $error }
export-docx-failed = 无法写入 DOCX 包：{ $error }
export-pdf-failed = 无法生成 PDF：{ $error }
export-no-pdf = 此 plenary 构建时未启用 `pdf` 功能；请用 `cargo build --features pdf` 重新构建，或导出 annex-docx 后再转换
refusal-unknown-layout = 未知的附件版式“{ $layout }”；可用：days、bodies、plan 或 agenda
refusal-unknown-language = 没有语言“{ $code }”；可用：ar、zh、en、fr、ru 或 es
refusal-unknown-export-format = 没有导出格式“{ $format }”
refusal-unknown-session = 没有标识为“{ $session }”的会议
refusal-bad-range = 所请求的时间（午夜后第 { $from } 至第 { $to } 分钟，每 { $step } 分钟）不构成一天之内、步长为 1 至 1440 分钟的范围
refusal-publish-unknown-revision = 没有标签为“{ $label }”的修订版；文档中有：{ $known }

## 命令行对文件的拒绝，以及无法识别文件格式的原因

cli-cannot-read = 无法读取 { $file }：{ $error }
cli-cannot-write = 无法写入 { $file }：{ $error }
cli-cannot-publish = 无法发布到 { $folder }：{ $error }
cli-not-a-document = { $file }：不是 Plenary 文档；请先用 `plenary import` 导入
cli-already-a-document = { $file }：已经是 Plenary 文档，无须导入（可直接检查、导出或修订）
cli-taken-for-a-document = 它被当作 Plenary 文档（没有“schedule”键的 JSON），但并不是：{ $reason }
cli-not-importable = { $file }：不是 Plenary 可导入的文件：{ $reason }。Plenary 可导入 frab 日程（XML、JSON）、iCalendar、xCal、CSV 和 Excel 工作簿；如果文件属于其中一种格式，请用 --from { $formats } 指明
cli-unknown-body = --body { $body }：没有机构使用此标识或简称（机构：{ $known }）
undetected-extension = 其扩展名“.{ $extension }”不对应 Plenary 可导入的任何格式
undetected-no-extension = 其名称没有表明格式的扩展名
undetected-empty = 文件为空，且{ $name }
undetected-not-text = 其内容不是文本（位置 { $offset }（第 { $line } 行第 { $column } 列）的字节 { $byte } 不是 UTF-8）
undetected-unknown-text = 其内容既不是 XML、JSON，也不是 iCalendar（开头为“{ $start }”）
undetected-content-and-name = { $content }，且{ $name }

## 撤销标签：一步操作做了什么。

undo-untitled-session = 无标题会议
undo-add-session = 添加{ $session }
undo-add-session-on = 在{ $at }添加{ $session }
undo-rename = 将{ $session }重命名为{ $new }
undo-edit-title = 编辑{ $session }的标题
undo-put-in-room = 将{ $session }安排在{ $room }
undo-take-out-of-room = 取消{ $session }的会议室
undo-change-kind = 更改{ $session }的类型
undo-mark-tentative = 将{ $session }标为暂定
undo-confirm = 确认{ $session }
undo-make-exclusive = 将{ $session }设为专场
undo-make-not-exclusive = 取消{ $session }的专场
undo-edit = 编辑{ $session }
undo-schedule = 将{ $session }排在{ $at }
undo-move = 将{ $session }移至{ $to }
undo-move-into = 将{ $session }移至{ $to }，{ $room }
undo-resize = 将{ $session }调整为{ $start }–{ $end }
undo-make-span = 将{ $session }设为时段
undo-make-point = 将{ $session }设为时间点
undo-make-open-ended = 将{ $session }设为不定结束时间
undo-unschedule = 取消排定{ $session }
undo-duplicate = 复制{ $session }
undo-duplicate-to = 将{ $session }复制到{ $at }
undo-delete = 删除{ $session }
undo-pin = 固定{ $session }
undo-unpin = 取消固定{ $session }
undo-pin-count = 固定{ $count }个会议
undo-unpin-count = 取消固定{ $count }个会议
undo-prefer-room = 为{ $session }首选{ $room }
undo-prefer-no-room = 取消{ $session }的首选会议室
undo-windows-none = 允许{ $session }安排在任何时间
undo-windows = 为{ $session }设定{ $count }个允许时段
undo-move-sessions-later = 将{ $count }个会议推后{ $by }
undo-move-sessions-earlier = 将{ $count }个会议提前{ $by }
undo-move-sessions-nothing = 移动{ $count }个会议（时间不变）
undo-days = { $count }天
undo-hours = { $count }小时
undo-minutes = { $count }分钟
undo-slot-day-times = 将{ $day }的{ $slot }设为{ $start }–{ $end }
undo-slot-usual-times = 恢复{ $day }的{ $slot }的常规时间
undo-mark-note = 为{ $session }加注{ $note }
undo-unmark-note = 取消{ $session }的注释标记
undo-remove-note = 删除注释{ $note }
undo-note-free = “{ $id }”
undo-note-hours = （标准时间）
undo-hide-markers = 隐藏注释标记
undo-markers-numbers = 用数字标注注释
undo-markers-letters = 用字母标注注释
undo-markers-paren-letters = 用 (a)、(b)…… 标注注释
undo-notes-heading = 将{ $lang }注释标题设为{ $text }
undo-notes-heading-reset = 恢复{ $lang }注释标题
undo-arrange = 自动排定{ $count }个会议

## 无法导入的电子表格（CSV 和 Excel）。

import-no-title-column = 标题行没有“title”列（现有：{ $has }）；可用的列为：{ $columns }
import-xlsx-damaged = 工作簿已损坏：其中一部分无法读取（请用电子表格程序打开并重新保存，或另存为 CSV）
import-xlsx-old-xls = { $reason }（这是旧版 Excel 97-2003 .xls 文件：请另存为 .xlsx 或 CSV）
import-xlsx-not-zip = { $reason }（.xlsx 文件是 ZIP 包，而此文件不是）
import-xlsx-no-worksheet = 工作簿中没有工作表
import-xlsx-no-title-sheet = 没有任何工作表的标题行含有“title”列
import-xlsx-sheet-unreadable = 无法读取工作表“{ $sheet }”：{ $reason }
import-xlsx-sheet-unreadable-after = 无法读取工作表“{ $sheet }”第 { $row } 行之后的内容：{ $reason }
import-xlsx-cell-error = 该单元格含有错误 { $error }；按空值读取
import-xlsx-sheet-empty = 工作表为空（第一行应列出各列名称：id、title、kind、start、end……）

## 命令行完成时的提示。

cli-wrote-import = 已写入 { $file }（{ $sessions } 个会议、{ $rooms } 个会议室、{ $persons } 人、{ $days } 天）
cli-publish-would = 将发布 { $files } 个文件到 { $dir }：新增 { $added }，更改 { $changed }，不变 { $unchanged }，删除 { $removed }
cli-publish-would-new = 将发布 { $files } 个文件到 { $dir }（新文件夹）：新增 { $added }，更改 { $changed }，不变 { $unchanged }，删除 { $removed }
cli-published = 已发布 { $files } 个文件，{ $kb } kB，到 { $dir }
cli-revised = 已发布 { $label }（{ $date }）
cli-arrange-nothing-written = 未写入任何内容（请指定 -o 输出文件 或 --in-place）
cli-not-canonical = { $file } 不是规范格式（请对其运行 `plenary fmt`）
cli-font-unreadable = 无法读取字体 { $file }

## Plenary 的 XML 读取器对格式不正确的 XML 文件的说明。

xml-second-root = 第一个根元素之后又有第二个根元素
xml-text-outside-root = 根元素之外有文本
xml-ends-inside = 文件在 <{ $element }> 关闭之前结束
xml-no-root = 没有根元素
xml-unknown-entity = 未知实体“&{ $name };”
