# Plenary 核心的中文消息（冲突、拒绝、导入报告）。
# 以英文文件（en.ftl）为准：标识相同，变量相同。

## 列表

list-separator = {"、"}
clause-separator = {"，并且"}

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
