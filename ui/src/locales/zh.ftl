# Plenary 界面的中文（简体）文本。每行为“标识符 = 文本”；`{ $名称 }` 由程序填入。
# 复数形式按 CLDR 类别书写（https://projectfluent.org/fluent/guide/selectors.html）。请勿修改标识符。

language-autonym = 中文
language-menu = 界面语言

header-undo-title = 撤销“{ $what }”（Ctrl+Z）
header-redo-title = 重做“{ $what }”（Ctrl+Shift+Z）
header-nothing-to-undo = 没有可撤销的操作
header-nothing-to-redo = 没有可重做的操作
header-unsaved-title = 日程表有未保存的更改
header-edited = 已编辑
header-conflict-summary = 冲突概况
header-open = 打开…
header-open-title = 打开日程表（Ctrl+O）
header-save = 保存
header-save-title = 保存（Ctrl+S；另存为：Ctrl+Shift+S）
header-revisions = 修订版
header-revisions-title = 发布和比较修订版
header-undo = 撤销
header-redo = 重做

## 会议类型和冲突数

kind-plenary = 全体会议
kind-working-party = 工作组
kind-question = 课题
kind-training = 培训
kind-management = 管理
kind-briefing = 情况介绍会
kind-webinar = 网络研讨会
kind-social = 社交活动
kind-other = 其他

count-error = { $n } 个错误
count-warning = { $n } 个警告
count-info = { $n } 个提示
count-acknowledged = { $n } 个已接受
no-conflicts = 无冲突
untitled-session = 未命名会议
untitled-session-at = 未命名会议，{ $day } { $times }

## 冲突类型

conflict-kind-room-clash = 会议室冲突
conflict-kind-person-clash = 同一人同时在两处
conflict-kind-body-clash = 机构同时开两场会
conflict-kind-exclusive-overlap = 与专场会议并行
conflict-kind-break-overlap = 占用休息时间
conflict-kind-outside-day-hours = 超出当日会议时间
conflict-kind-non-working-day = 在周末或节假日
conflict-kind-outside-meeting-dates = 超出会议日期
conflict-kind-order-violation = 顺序不符
conflict-kind-capacity-exceeded = 会议室太小
conflict-kind-interpretation-unavailable = 无同传箱
conflict-kind-interpreters-overbooked = 口译员排班过满

## 工具栏

toolbar-label = 视图
toolbar-view = 视图
toolbar-new-session = 新建会议
toolbar-new-session-title = 新建一场会议，可直接输入标题（N）；或在网格中要放置的位置双击
toolbar-days = 按日
toolbar-rooms = 按会议室
toolbar-bodies = 按机构
toolbar-bodies-title = 每个机构一行，每半天一列：各工作组和各课题在何时开会
toolbar-annex = 附件
toolbar-translations = 译文
toolbar-translations-title = 会议的全部文本，每种语言一列
toolbar-orientation-rows-title = 日期为行，时间从左到右：切换为日期为列
toolbar-orientation-columns-title = 日期为列，时间从上到下：切换为日期为行
toolbar-days-as-rows = 日期为行
toolbar-condensed = 紧凑
toolbar-snap = 对齐
toolbar-snap-minutes = { $n } 分钟
toolbar-search = 搜索会议
toolbar-filter-room = 按会议室筛选
toolbar-all-rooms = 所有会议室
toolbar-filter-body = 按机构筛选
toolbar-all-bodies = 所有机构
toolbar-filter-kind = 按类型筛选
toolbar-all-kinds = 所有类型
toolbar-filter-person = 按人员筛选
toolbar-all-persons = 所有人员
toolbar-shown = { $n ->
    [0] 没有匹配的会议
   *[other] 显示 { $n } 场
}
toolbar-clear = 清除

## 未排定会议面板

palette-heading = 未排定
palette-arrange = 自动排定…
palette-arrange-title = 让 Plenary 把会议放到不产生冲突的位置
palette-item-label = { $title }，{ $kind }，未排定
palette-item-title = { $kind }：拖到某一天即可排定
palette-empty = 所有会议均已排定。把会议拖到这里即可取消排定。
# 暂定会议的标记（“待定”）
tbd = 待定

## 会议块

change-added = 新增
change-moved = 已移动
change-changed = 已更改
change-arranged = 新位置
change-placed = 已放入
change-since = 自{ $since }以来{ $what }
change-the-revision = 该修订版
mark-error = 冲突（错误）
mark-warning = 冲突（警告）
mark-info = 冲突（提示）
mark-acknowledged = 已接受的冲突
session-tentative-name = 暂定
session-exclusive-name = 专场
session-tentative = 暂定
session-tentative-title = 暂定（待定）
session-exclusive-title = 专场：同时不得举行其他会议
session-exclusive-short = 专场
session-drag-start = 拖动以更改开始时间
session-drag-end = 拖动以更改结束时间

## 通用词

ok = 确定
cancel = 取消
close = 关闭

## 冲突面板

conflicts-heading = 冲突
conflicts-empty = 无冲突。日程表没有问题。
conflicts-group-error = 错误
conflicts-group-warning = 警告
conflicts-group-info = 提示
conflicts-group-acknowledged = 已接受
conflicts-new = 新
conflicts-new-title = 由最近一次编辑引起
conflicts-acknowledged = 已接受
conflicts-acknowledged-because = 已接受：{ $reason }
conflicts-reason-label = 为何可以接受此冲突
conflicts-reason-placeholder = 为何可以接受？
conflicts-unacknowledge = 取消接受
conflicts-acknowledge = 接受…
conflicts-show-all = 全部显示（{ $n }）
conflicts-show-fewer = 收起

## 开始页（没有日期的文档）

start-heading = 设置会议
start-intro = 此日程表还没有日期。请先填写会议标题、城市、首日和末日、标准时间及语言；随后一次性生成所有日期。
start-set-up = 设置会议…
start-open = 打开日程表…
start-recent = 最近的日程表
start-example = 示例
start-example-name = 示例会议
start-example-what = 一份完整的日程表，可随意浏览

## 网格的右键菜单

grid-menu-label = 网格：{ $when }
grid-menu-new = 在此新建会议
grid-menu-paste = 粘贴到此处
grid-menu-paste-title = 请先复制一场会议（Ctrl+C）

## 错误横幅

error-command-refused = 该更改被拒绝
error-invalid-document = 无法读取文档
error-io = 读写文件失败
error-locked = 其他人已打开此文档
error-read-only = 此文档以只读方式打开
error-internal = 出现错误
error-retry = 重试
error-dismiss = 关闭

## 文件相关对话框

save-as = 另存为…
disk-title = 磁盘上的文件已更改
disk-question = 其他人或其他程序保存了该文件。是否用此日程表覆盖它？对方的更改将丢失。
disk-overwrite = 覆盖

locked-title = 其他人已打开此日程表
locked-read-only-term = 只读
locked-read-only-what = 查看；您的更改可以保存到另一个文件。
locked-copy-term = 副本
locked-copy-what = 一份未命名的副本，可保存到任意位置。
locked-anyway-term = 仍然打开
locked-anyway-what = 与对方同时编辑。每次保存前都会先检查文件，任何一方都不会在未经询问的情况下覆盖另一方。
locked-open-anyway = 仍然打开
locked-open-copy = 打开副本
locked-open-read-only = 以只读方式打开

unsaved-title = 保存更改？
unsaved-question = “{ $name }”有未保存的更改。在{ $doing }之前保存吗？如果不保存，更改将丢失。
unsaved-discard = 不保存
doing-open-another = 打开另一个日程表
doing-new-meeting = 新建会议
doing-close = 关闭
doing-import-again = 重新导入文件

setup-failed = 无法设置会议。

## 文件对话框

file-plenary-timetable = Plenary 日程表
file-schedules = 日程（frab、iCalendar、xCal、CSV、Excel）
file-open-title = 打开日程表
file-save-title = 保存日程表
file-import-title = 导入日程
file-export-title = 导出

## 输入的时间和日期

typed-time-empty = 请输入时间，例如 09:30。
typed-time-malformed = “{ $text }”不是时间：请写成 09:30、0930 或 9.30。
typed-time-minutes-digits = “{ $text }”：分钟请写两位数（例如 12:05 或 12:50）。
typed-time-am-pm = “{ $text }”：使用 am 或 pm 时，小时为 1 至 12。
typed-time-minutes = “{ $text }”不是时间：分钟最大为 59。
typed-time-day-end = “{ $text }”不是时间：一天在 24:00 结束。
typed-date-empty = 请输入日期，例如 { $example }。
typed-date-no-month-name = “{ $text }”：没有名为“{ $name }”的月份。
typed-date-year = “{ $text }”：请写完整年份，例如 { $example }。
typed-date-malformed = “{ $text }”不是日期：请写成 { $example }。
typed-date-no-month = “{ $text }”不是日期：没有 { $month } 月（请写成 { $example }）。
typed-date-days = “{ $text }”不是日期：该月只有 { $days } 天。

## 日期

day-weekend = 周末
day-holiday = 节假日
day-outside = 会期以外
day-note = 备注：{ $note }

## 汇总显示的日期，以及更改的痕迹

aggregate-sessions = { $n } 场会议
aggregate-in-conflict = { $count }，其中 { $n } 场有冲突
aggregate-label = { $what }，{ $times }；展开这一天
aggregate-title = { $what }，{ $times }。点击查看。
ghost-was-here-title = 在{ $since }中位于此处：{ $title }，{ $times }
ghost-removed = 已删除：{ $title }
ghost-was-here = 原位于此处：{ $title }

drag-checking = 正在检查…
drag-no-new-conflict = 无新冲突
drag-new-conflicts = { $n } 个新冲突

## 网格

grid-no-room = 无会议室
grid-local-times = 所有时间均为会议当地时间（{ $zone }）
fit-legend = 可开始的位置：
fit-clean = 无冲突
fit-warnings = 警告
fit-errors = 错误

## 意外关闭后的恢复

recovery-title = 恢复未保存的更改？
recovery-intro = Plenary 上次未正常关闭。它保留了有未保存更改的日程表。
recovery-autosaved = 自动保存于 { $when }
recovery-unsaved-edits = { $n } 处未保存的编辑
recovery-problem = 无法恢复：{ $problem }
recovery-recover = 恢复
recovery-discard = 丢弃
recovery-hint-many = Plenary 一次编辑一个日程表：其余的将在下次启动时再次提供。
recovery-hint-one = 选择“稍后”将保留到下次启动。
recovery-later = 稍后

## 侧面板

panel-show = 显示：{ $label }
panel-hide = 隐藏：{ $label }
panel-hide-title = 隐藏：{ $label }（网格占满宽度）

time-field-title = 09:30、0930、9.30 或 930

## 机构

series-label = 一系列机构
series-title = 研究组（SG2）、工作组（WP1/2-WP2/2，如有 SG2 则置于其下）或课题（Q1/2-Q4/2 under WP1/2）
series-add = 添加系列

## 导入报告

import-heading = 已从 { $format } 导入 { $n } 个事件
import-as-breaks = （其中 { $n } 个作为休息）
import-counts = 跳过 { $skipped } 个，推测 { $guessed } 个，修复 { $repaired } 个
import-zone-guessed = 文件未说明其时间所依据的时区：已按 { $zone } 时间读取。
import-zone-keep = 保留
import-zone-or = 或按以下时区读取
import-zone-placeholder = 城市，或时区，例如 Europe/Brussels
import-again-in = 按 { $zone } 时间重新导入
import-again = 重新导入
import-action-skipped = 已跳过
import-action-guessed = 已推测
import-action-repaired = 已修复
import-nothing = 没有跳过、推测或修复任何内容。

## 附件表格下方的注释

remove = 删除
notes-label = 表格下方的注释
notes-markers = 注释标记
notes-no-markers = 单元格中不显示标记
notes-heading = 注释标题
notes-heading-placeholder = 通常的标题（注：）
notes-own = 自定义注释
notes-text-of = 注释 { $key } 的文本
notes-text-new = 新注释的文本
notes-new-placeholder = 自定义注释（例如：请在 Montbrillant 入口领取证件。）
notes-add = 添加注释
notes-mark-session = 标记会议
notes-choose-session = 选择会议…
notes-with-marker = 使用以下注释的标记
notes-no-note = 无注释（去掉其标记）
notes-mark = 标记

bodies-joint = { $title }（联合：{ $bodies }）
bodies-label = 各机构按半天排列
bodies-failure = 无法绘制机构视图：{ $failure }
bodies-empty = 还没有机构。请在此逐个系列输入：研究组（“SG2”）、其工作组（“WP1/2-WP2/2”），然后是各工作组的课题（“Q1/2-Q4/2 under WP1/2”）。会议面板的“机构”部分可编辑其名称及在树中的位置。
bodies-no-days = 会议还没有日期或时段。请设置会议以生成日期和半天时段。
bodies-not-a-meeting-day = { $day }：非会议日
bodies-place-label = 在 { $day }，{ $slot } 安排 { $body } 的会议
bodies-place-title = 在此安排 { $body } 的会议
bodies-hint = 点击空单元格即可在此安排该机构的会议（使用该时段的标准时间及其常用会议室）；把会议拖到同一行的其他单元格即可移动；按 Delete 删除所选会议。⧉ 表示联合会议。

## 附件

annex-label = 信函附件
annex-what = 信函附件导出后的样子；随每次编辑更新。
annex-language = 语言
annex-layout = 版式
# The core's annex layouts and export formats, by their names on the wire ($label: the core's English).
layout-name = { $name ->
    [days] 日期 × 时段
    [bodies] 机构 × 半天
    [plan] 时间管理计划
    [agenda] 议程（每项一行）
   *[other] { $label }
}
annex-failure = 无法绘制附件：{ $failure }
annex-warnings = 附件中有 { $n } 处与日程表不一致
annex-rendering = 正在生成附件…

body-kind-study-group = 研究组
body-kind-working-party = 工作组
body-kind-question = 课题
body-kind-management = 管理团队
body-kind-track = 专题
body-kind-other = 其他小组
body-tree-heading = 机构
body-tree-grip = 拖到另一个机构上，将其置于该机构之下
body-tree-expand = { $body } 在各语言中的全称
body-tree-short = { $body } 的简称
body-tree-name = { $body } 的全称
body-tree-full-name = 全称
body-tree-own-hours = 自有时间
body-tree-period-start = { $body } 第 { $n } 时段的开始
body-tree-period-end = { $body } 第 { $n } 时段的结束
body-tree-period-remove = 删除 { $body } 的第 { $n } 时段
body-tree-day-hours = 当天的会议时间和休息
body-tree-add-period = 添加时段
body-tree-parallel = 与 { $parent } 同时开会
body-tree-its-parent = 上级机构
body-tree-kind = { $body } 的类型
body-tree-in = 隶属
body-tree-parent = { $body } 的上级机构
body-tree-top-level-option = （顶层）
body-tree-remove = 删除机构 { $body }
body-tree-top-level = 顶层
body-tree-drop-top = 拖放到此处作为顶层
body-tree-add = 添加机构
body-tree-hint = 把一个机构拖到另一个机构上，即可将其置于该机构之下。

## 设置会议

setup-new-meeting = 新建会议
setup-first-day-missing = 请输入会议的首日。
setup-languages = 会议语言
setup-title-in = 标题（{ $lang }）
setup-main-language = （主要语言）
setup-make-main = 设为主要语言
setup-city = 城市（决定时区）
setup-city-placeholder = 例如：日内瓦（必填）
setup-clocks-of = { $zone } 时间
setup-zone-hint = 列表中的城市，或时区，例如 Europe/Zurich
setup-venue = 地点
setup-venue-placeholder = 国际电联总部
setup-first-day = 首日
setup-last-day = 末日
setup-days-off = 每周休息日
setup-template = 会议时间、时段和休息
setup-template-itu-t = ITU-T：09:30-12:30 和 14:30-17:30，茶歇 30 分钟
setup-template-itu-t-early = ITU-T，上午 09:00 开始
setup-template-blank = 空白：无时段和休息
setup-template-keep = 保留当前的会议时间、时段和休息
# The letters of a date field's placeholder (dd/mm/yyyy), in the order the language writes dates.
date-pattern-day = 日
date-pattern-month = 月
date-pattern-year = 年
setup-apply = 应用
setup-create = 创建会议

## 会议面板

meeting-heading = 会议
meeting-title = 标题
meeting-day-starts = 每日开始
meeting-day-ends = 每日结束
meeting-day-working = 工作日
meeting-remove-day = 删除 { $date }
meeting-kind-of = { $date } 的类型
meeting-start-of = { $date } 的开始时间
meeting-end-of = { $date } 的结束时间
meeting-new-day = 新日期
meeting-add-day = 添加日期
meeting-slots = 时段
meeting-slot-name = 时段名称
meeting-slot-start = 时段开始
meeting-slot-end = 时段结束
meeting-remove-slot = 删除时段
meeting-slot-start-on = { $date } 的时段开始
meeting-slot-end-on = { $date } 的时段结束
meeting-usual-times-on = { $date } 恢复通常时间
meeting-other-times-label = 某天使用其他时间
meeting-other-times = 其他时间的日期…
meeting-add-slot = 添加时段
meeting-breaks = 休息
meeting-break-coffee = 茶歇
meeting-break-meal = 用餐
meeting-break-other = 其他
meeting-break-name = 休息名称
meeting-break-kind = 休息类型
meeting-remove-break = 删除休息
meeting-break-start = 休息开始
meeting-break-end = 休息结束
meeting-break-day = 休息日期
meeting-every-working-day = 每个工作日
meeting-add-break = 添加休息
meeting-room-name = 会议室名称
meeting-seats = 座位
meeting-booths = 同传箱
meeting-booths-title = 同声传译箱
meeting-remove-room = 删除会议室 { $name }
meeting-add-room = 添加会议室
meeting-persons = 人员
meeting-person-name = 姓名
meeting-role = 职务
meeting-remove-person = 删除 { $name }
meeting-add-person = 添加人员
meeting-constraints = 约束
meeting-remove-constraint = 删除约束
meeting-why = 原因
meeting-why-placeholder = 原因（备注）
meeting-first-session = 第一场会议
meeting-second-session = 第二场会议
meeting-session-option = 会议…
meeting-rule = 规则
meeting-rule-before = 先于
meeting-rule-in-sequence = 之后紧接着
meeting-rule-no-overlap = 不得重叠
meeting-rule-fixed-time = 时间固定
meeting-rule-text-before = { $earlier } 先于 { $later }
meeting-rule-text-in-sequence = 依次：{ $sessions }
meeting-rule-text-no-overlap = 不重叠：{ $sessions }
meeting-rule-text-fixed-time = { $session } 固定于 { $at }
meeting-place-first = 请先安排该会议：固定的是它的位置
meeting-add-constraint = 添加约束
meeting-severities = 严重程度
meeting-severity-default = 默认
severity-error = 错误
severity-warning = 警告
severity-info = 提示

## 会议属性

props-label = 属性
props-of = 属性
props-session = 场次
props-many-selected = 已选择 { $n } 场会议：拖动其中一场，或用方向键将它们一起移动。
props-none-selected = 选择一场会议即可编辑。要新建会议，请在网格中要放置的位置双击、拖动，或按 N。
props-kind = 类型
props-timing = 时间方式
props-timing-span = 有开始和结束
props-timing-point = 时间点（仅开始）
props-timing-open-ended = 不定结束（有开始，无固定结束）
props-when = 时间
props-start = 开始
props-end = 结束
props-unschedule = 取消排定
props-unscheduled = 未排定：从面板拖到某一天。
props-room = 会议室
props-exclusive = 专场
props-pinned = 已固定
props-pinned-title = 自动排定从不移动已固定的会议
props-preferred-room = 首选会议室
props-preferred-room-title = 自动排定首先尝试的会议室
props-none = 无
props-no-bodies = 还没有机构（见“会议”标签页）。
props-no-persons = 还没有人员（见“会议”标签页）。
choice-find = 在 { $n } 项中查找…
choice-none-yet = 尚未选择：在上方输入名称查找。
choice-no-match = 没有匹配项。
choice-more = 另有 { $n } 项匹配：请输入更多名称。
props-annex-cell = 在单元格中
props-annex-note-only = 在注释中
props-annex-both = 在单元格和注释中
props-annex-hidden = 不在附件中
props-annex-label = 附件中的标签
props-annex-label-placeholder = 标题
props-annex-note = 附件中的注释
props-annex-note-placeholder = 标题及其时间
props-duplicate = 复制一份
props-delete = 删除

## 修订版

revisions-copied = 已复制。
revisions-no-clipboard = 此处无法使用剪贴板：请选中文本并按 Ctrl+C。
revisions-close = 关闭修订版
revisions-empty = 尚未发布修订版。发布一版后即可与之后的版本比较。
revisions-list = 已发布的修订版，最新的在前
revisions-publish-heading = 发布修订版
revisions-label = 标签
revisions-date = 日期
revisions-comment = 说明（可选）
revisions-comment-placeholder = 此修订版的用途
revisions-publish = 发布 { $label }
revisions-revision = 修订版
revisions-compare = 比较
revisions-from = 从
revisions-to = 到
revisions-current = 当前状态
revisions-overlay = 在网格中显示自 { $since } 以来的更改
revisions-a-revision = 某修订版
revisions-changes = 从 { $from } 到 { $to } 的更改
revisions-the-current = 当前状态
revisions-no-changes = 没有更改。
revisions-show = 在网格中显示
revisions-summary = 电子邮件摘要
revisions-form = 格式
revisions-plain = 纯文本
revisions-copy = 复制

## 导出

export-format = 格式
format-name = { $name ->
    [annex-docx] Word 文档
    [annex-pdf] PDF
    [annex-html] 网页
    [annex-md] Markdown
    [annex-txt] 纯文本
    [frab-xml] frab schedule.xml
    [frab-json] frab schedule.json
    [ics] iCalendar
    [csv] CSV（每场会议一行）
    [xlsx] Excel 工作簿
   *[other] { $label }
}
export-other-tools = 供其他工具使用
export-version = 版本
export-mark-changes = 标出自以下版本以来的更改
export-no-marks = 不标出
export-missing = { $more ->
    [0] { $n } 条文本没有{ $lang }版本，以其他语言显示：{ $which }。
   *[other] { $n } 条文本没有{ $lang }版本，以其他语言显示：{ $which }，另有 { $more } 条。
}
export-missing-meeting-title = 会议标题
export-missing-session-title = 会议“{ $owner }”（标题）
export-missing-annex-label = 会议“{ $owner }”（附件中的标签）
export-missing-annex-note = 会议“{ $owner }”（附件中的注释）
export-missing-body-name = 机构“{ $owner }”（全称）
export-missing-slot-name = 时段“{ $owner }”（名称）
export-missing-break-name = 休息“{ $owner }”（名称）
export-missing-notes-heading = 注释标题
export-missing-free-note = 自定义注释“{ $owner }”（文本）
export-fill = 去补充…
export-not-meeting-lang = { $lang }不是本次会议的语言（会议 › 设置）。
export-hint-annex = 附件将以此版式和语言写出：
export-hint-other = { $format } 包含每场会议及其时间、会议室和机构；下方附件仅供参考。
export-preview-failed = 预览失败：{ $error }
export-preview = 附件预览
export-rendering = 正在生成预览…
export-notes-frozen = { $revision } 的注释与发布时相同；选择“当前状态”才能编辑注释。
export-notes-failed = 无法列出注释：{ $error }
export-no-notes = 此附件没有注释。
export-note-text = 注释 { $n } 的文本
export-note-up = 上移注释 { $n }
export-note-down = 下移注释 { $n }
export-note-derived = 自动生成的文本：{ $text }
export-note-reset = 恢复自动生成的文本
export-saved = 已保存 { $path }。
export-saving = 正在保存…
export-save = 保存 { $format }…

## 会议文本的译文

translations-meeting-title = 会议标题
translations-session-title = 会议名称
translations-body-name = 机构名称
translations-notes-heading = 注释标题
translations-free-note = 自定义注释
translations-missing-only = 只显示缺少文本的行
translations-missing-in = 缺少的语言
translations-in-any = 任何语言
translations-in = { $lang }
translations-count = { $n ->
    [0] { $lang }：完整
   *[other] { $lang }：缺 { $n } 条
}
translations-failure = 无法列出文本：{ $failure }
translations-listing = 正在列出文本…
translations-none-missing = 没有缺少的文本。
translations-none-missing-in = { $lang }没有缺少的文本。
translations-no-texts = 文档中还没有文本。
translations-show-every = 显示全部文本
translations-text = 文本
translations-cell = { $what }（{ $lang }）
translations-cell-of = { $owner } 的{ $what }（{ $lang }）
translations-missing = 缺少
translations-copy-into = 复制到{ $lang }，来源
translations-copy-from = 复制自…

## 窗口

app-timetable = 日程表
app-filter-empty = 没有符合筛选条件的会议，因此网格为空。
app-clear-filter = 清除筛选
app-side-panel = 冲突和未排定会议
app-loading = 正在加载日程表…
app-none-open = 没有打开的日程表。
app-this-timetable = 此日程表

## 场次的最佳位置（属性面板）
places-best = 最佳位置
places-fit-clean = 无冲突
places-fit-info = 仅有提示
places-fit-warning = 有警告
places-fit-error = 有错误
places-title = 放在这里（{ $fit }）
places-title-kinds = 放在这里（{ $fit }：{ $kinds }）

## 打印（文件 > 打印）
print-untitled = 未命名会议
print-printed = 打印于 { $date }

## 编排：允许的时段和权重
windows-legend = 允许的时段
windows-legend-title = 编排时可放置此场次的时段；无：当天工作时间内的任何时间
windows-none = 当天工作时间内的任何时间。
windows-every-day = 每天
windows-remove = 删除
windows-remove-title = 删除此时段
windows-day = 新时段的日期
windows-start = 新时段的开始
windows-end = 新时段的结束
windows-add = 添加时段
weight-default = 默认
weight-hard = 必须
weight-soft = 可调
weight-aria = { $label }：编排时的权重
weight-soft-aria = { $label }：可调权重
weight-title = 编排时每个此类冲突的代价
weight-invalid = “{ $typed }”不是权重：请输入 0 或更大的整数
pref-working-party-days = 课题不在其工作组的会议日
pref-split-across-lunch = 同一机构的场次被午餐分开

## 发布网站（文件 > 发布网站…）
publish-pick-title = 将网站发布到
publish-title = 发布网站
publish-into = 发布到
publish-choose = 选择其他文件夹…
publish-planning = 正在确定要写入的内容…
publish-files = { $count } 个文件
publish-what-revision = 修订版 { $revision }（最新发布的修订版）的网站：{ $extent }。
publish-what-draft = 尚未发布任何修订版：网站显示当前的时间表，并标为草稿：{ $extent }。
publish-new-folder = 新文件夹：所有文件都是新的。
publish-nothing-changes = 该文件夹中已是此网站：不会有任何更改。
publish-summary = 新增 { $added } 个，更改 { $changed } 个，删除 { $removed } 个；{ $unchanged } 个保持不变。
publish-warnings = 附件未能反映时间表的全部内容（{ $count } 处）
publish-added = 新增（{ $count }）
publish-changed = 更改（{ $count }）
publish-removed = 删除（{ $count }）
publish-more = 另有 { $count } 个
publish-busy = 正在发布…
publish-done = 已将 { $files }发布到 { $dir }。
publish-open = 在浏览器中打开
publish-close = 关闭
publish-cancel = 取消
publish-run = 发布
revisions-offer-site = { $label } 已发布。是否也发布网站，以便代表们看到？
revisions-publish-site = 发布网站…
revisions-offer-later = 暂不

## 系统菜单。以 -mac 结尾的标识符是 macOS 上不同的文本。

menu-plenary = Plenary
menu-file = 文件
menu-edit = 编辑
menu-view = 视图
menu-window = 窗口
menu-help = 帮助
menu-file-new = 新建
menu-file-open = 打开…
menu-file-recent = 最近打开
menu-file-recent-none = 没有最近的文件
menu-file-clear-recent = 清除列表
menu-file-save = 保存
menu-file-save-as = 另存为…
menu-file-import = 导入…
menu-file-export = 导出…
menu-file-publish = 发布网站…
menu-file-print = 打印…
menu-file-close = 关闭
menu-file-quit = 退出
menu-edit-undo = 撤销
menu-edit-redo = 重做
menu-edit-new-session = 新建会议
menu-edit-copy = 复制
menu-edit-copy-mac = 复制会议
menu-edit-paste = 粘贴（副本）
menu-edit-paste-mac = 粘贴会议（副本）
menu-edit-delete = 删除
menu-edit-delete-mac = 删除会议
menu-edit-select-all = 全选
menu-edit-select-all-mac = 选择所有会议
menu-edit-properties = 编辑属性
menu-arrange = 自动排定
menu-arrange-unscheduled = 自动排定未安排的会议…
menu-arrange-all = 自动排定所有会议…
menu-arrange-selection = 自动排定所选会议…
menu-arrange-day = 自动排定某一天…
menu-view-days = 按日
menu-view-rooms = 按会议室
menu-view-bodies = 按机构
menu-view-annex = 附件
menu-view-translations = 译文
menu-view-orientation = 日期为行
menu-view-condensed = 紧凑
menu-view-snap-5 = 以 5 分钟对齐
menu-view-snap-15 = 以 15 分钟对齐
menu-view-snap-30 = 以 30 分钟对齐
menu-view-revisions = 修订版
menu-view-theme-system = 外观：跟随系统
menu-view-theme-light = 外观：浅色
menu-view-theme-dark = 外观：深色
menu-window-zoom = 缩放
menu-help-guide = 用户指南
menu-help-guide-mac = Plenary 用户指南
menu-help-about = 关于 Plenary

## The Arrange dialog and its preview on the grid
arrange-title = 自动排定会议
arrange-which = 哪些会议
arrange-scope-unscheduled = 未排定的会议（{ $n }）：其他会议保持原位
arrange-scope-all = 除已固定的会议外的所有会议
arrange-scope-selection = 所选会议（{ $n }）
arrange-scope-day = 某一天的会议，仅在当天内排定：
arrange-day-label = 要排定的日期
arrange-limit-before = 最多
arrange-limit-after = 秒后停止（留空：直到不再改进）
arrange-limit-label = 时间限制（秒；留空：直到搜索稳定）
arrange-from-scratch = 从头排定（否则尽量少移动已排定的会议）
arrange-run = 排定
arrange-stop = 停止
arrange-running = 正在排定…
arrange-stopping = 正在停止：保留目前最佳结果…
arrange-elapsed = 已用时间
arrange-seconds = { $s } 秒
arrange-best = 目前最佳分数
arrange-hard-now = 不得保留的冲突
arrange-unplaced-now = 仍未排定
arrange-n-of = { $n } / { $total }
arrange-tried = 已尝试的移动
arrange-stopped = 已提前停止：这是目前找到的最佳结果。
arrange-placed-of = 已排定 { $n } / { $total }。
arrange-would-move = 将移动 { $n } 场会议。
arrange-moves-nothing = 不会移动任何会议。
arrange-no-hard-left = 不会留下任何不得保留的冲突。
arrange-hard-would-remain = 将留下 { $n } 个不得保留的冲突。
arrange-out-of-reach = 其中 { $n } 个只涉及已固定的会议或范围以外的会议，自动排定不会移动它们：
arrange-until-apply = 网格显示的是排定结果；在您应用之前不会有任何改动，应用后可一步撤销全部改动。
arrange-legend = 网格显示的内容
arrange-legend-moved = { $n } 场会议位于新位置
arrange-legend-placed = { $n } 场未排定的会议已放入
arrange-legend-away = 会议现在的位置
arrange-legend-out = { $n } 场会议将保持未排定（现在的位置）
arrange-list = 逐一查看移动
arrange-col-session = 会议
arrange-col-from = 原位置
arrange-col-to = 新位置
arrange-show = 在网格中显示
arrange-nowhere = 未排定
arrange-left = 未排定或仍有冲突的会议：
arrange-discard = 放弃
arrange-apply = 应用：排定 { $n } 场会议
arrange-nothing-to-apply = 无可应用的改动
arrange-moved-here = 将从 { $from } 移到这里
arrange-placed-here = 将放在这里（现在未排定）
arrange-ghost-away = 将移走：{ $title }
arrange-ghost-away-title = { $title }（{ $times }）将离开此位置
arrange-ghost-out = 不再排定：{ $title }
arrange-ghost-out-title = { $title }（{ $times }）将变为未排定

## The desktop app's own errors (a file that cannot be read or written, a document someone
## else has open): what the error banner says, in place of the app's English.

app-not-picked = { $path }：Plenary 只打开和保存在其文件对话框中选择的文件
app-in-file = { $path }：{ $reason }
app-not-importable = { $path }：不是 Plenary 可导入的文件（frab 日程 XML 或 JSON、iCalendar、xCal、CSV、Excel 工作簿）；Plenary 文档请用“文件 > 打开”打开
app-import-failed = { $path }（按 { $format }）：{ $reason }
app-locked = { $file } 已由 { $user } 在 { $host } 上打开（自 { $since } 起）。
app-read-only = { $file } 以只读方式打开，因为其他人已打开它：请用“另存为”将更改保存到另一个文件。
app-save-failed = 无法保存 { $path }：{ $reason }。日程表仍处于打开状态，未保存的更改都在；请解决该问题后再次保存，或用“另存为”选择其他位置。
app-save-no-folder = 文件夹 { $folder } 已不存在
app-save-not-allowed = Plenary 无权写入该位置（{ $error }）
app-save-disk-full = 磁盘已满（{ $error }）
app-untitled = 此文档还没有文件：请选择保存位置
app-file-error = { $path }：{ $error }
app-publish-nothing-yet = { $folder }：那里尚未发布任何内容
app-publish-browser = 无法在浏览器中打开 { $path }：{ $error }
app-publish-no-folder = 请先选择要发布到的文件夹
app-no-journal = 没有自动保存日志（应用没有数据文件夹）
app-discard-failed = 无法丢弃 { $folder } 中的日志条目：{ $error }
app-changed-on-disk = 自您打开 { $file } 以来，它在磁盘上已被更改。
app-arrange-thread-failed = 排定线程失败：{ $error }
app-arrange-nothing-to-apply = 没有可应用的排定结果；请先排定
app-internal-error = Plenary 发生内部错误（{ $error }）。日程表仍处于打开状态；未保存的更改保留在自动保存日志中。请报告此问题。
app-journal-unreadable = 无法恢复未保存的日程表：{ $error }
app-not-a-journal-entry = “{ $id }”不是日志条目
app-new-window-failed = 无法打开新窗口：{ $error }
app-no-browser = 无法从此处打开浏览器
app-not-a-recent-file = { $path } 不是最近使用的文件

## Window titles ("Untitled — Plenary"): the name of a document without a file, of the
## bundled example, and the mark of a document open read-only.

window-title-untitled = 未命名
window-title-example = 示例
window-title-read-only = （只读）
