//! What each conflict kind means, and how its conflicts read.
//!
//! The engine (`engine.rs`) decides *which* sessions, pairs, constraints and stretches of
//! time to look at; this module decides *whether* they conflict and builds the
//! [`Conflict`]: key, sessions, subjects and message. Both the full check and the
//! incremental update call these same functions, so the two can only differ in what they
//! choose to look at, never in what they find.
//!
//! Every message is built from the conflict's own items only (its sessions' titles and
//! times, its room, persons, bodies, break or constraint), so an unrelated edit never changes
//! it. Severity and acknowledgement are not part of what is built here: they come from the
//! timetable when conflicts are read out.
//!
//! Why one file of this length: every kind's meaning and wording side by side, so a reviewer
//! sees all the rules at once; the engine decides where they apply.

use std::collections::{BTreeSet, HashMap};

use chrono::{DateTime, NaiveDate};

use crate::model::{
    Body, BodyId, BodyKind, Break, BreakKind, ConflictKind, Constraint, Day, DayKind, Lang,
    Placement, Room, RoomId, Rule, Session, SessionId, Severity, Timetable, text_in,
};
use crate::time::{Stamp, TimeOfDay};

use super::Conflict;
use crate::messages::{Arg, Message};

/// A point in time as minutes since 1970-01-01T00:00 local: the engine's ordering key.
pub(super) type Minute = i64;

/// The half-open interval `[start, end)` of a placement, in minutes; a point's (or
/// open-ended item's) is the one minute of its start, so it meets what runs at that minute
/// (see [`Placement::overlaps`]) and nothing that ends there.
pub(super) fn span_of(pl: &Placement) -> (Minute, Minute) {
    let start = pl.start.epoch_minutes();
    (start, pl.end.epoch_minutes().max(start + 1))
}

/// The stamp at `minute`, for messages about computed instants (interpreter peaks).
fn stamp_at(minute: Minute) -> Option<Stamp> {
    DateTime::from_timestamp(minute.checked_mul(60)?, 0).map(|d| Stamp::from_naive(d.naive_utc()))
}

/// The key of the conflict of `kind` about `sessions`, with an optional subject after `@`.
/// Pairs are written `a+b` with ids sorted, so a key names its sessions exactly. Ids are
/// written with `%`, `+` and `@` percent-escaped, so ids that contain them (an iCalendar UID
/// such as `42@example.org`) cannot make two different conflicts share a key.
pub(super) fn key(kind: ConflictKind, sessions: &[&SessionId], subject: Option<&str>) -> String {
    let mut k = String::with_capacity(48);
    k.push_str(kind.name());
    k.push(':');
    for (i, s) in sessions.iter().enumerate() {
        if i > 0 {
            k.push('+');
        }
        push_escaped(&mut k, s.as_str());
    }
    if let Some(subject) = subject {
        k.push('@');
        push_escaped(&mut k, subject);
    }
    k
}

fn push_escaped(key: &mut String, id: &str) {
    for c in id.chars() {
        match c {
            '%' => key.push_str("%25"),
            '+' => key.push_str("%2B"),
            '@' => key.push_str("%40"),
            c => key.push(c),
        }
    }
}

/// The kind named by a key's prefix, if any.
pub(super) fn kind_of_key(key: &str) -> Option<ConflictKind> {
    let (name, _) = key.split_once(':')?;
    ConflictKind::ALL.into_iter().find(|k| k.name() == name)
}

/// A conflict with no subjects yet; severity and acknowledgement are filled in on read-out,
/// and so is its English `message` ([`in_english`]): the engine's updates, the arranger's
/// trial placements and the feasibility map build many conflicts that nobody reads, and
/// writing each one's words is the dearest part of building it.
fn conflict(kind: ConflictKind, key: String, sessions: Vec<SessionId>, words: Message) -> Conflict {
    Conflict {
        key,
        kind,
        severity: Severity::Info,
        sessions,
        rooms: Vec::new(),
        persons: Vec::new(),
        bodies: Vec::new(),
        breaks: Vec::new(),
        constraints: Vec::new(),
        message: String::new(),
        words,
        acknowledged: false,
        reason: None,
    }
}

/// `c` with its English `message` written from its words, as every conflict is read out.
pub(super) fn in_english(mut c: Conflict) -> Conflict {
    if c.message.is_empty() {
        c.message = c.words.to_string();
    }
    c
}

/// A session's title as messages name it: in the language the message is written in where
/// the title has it, else in English, else any language the title has (the message files
/// put it in quotes).
fn title(s: &Session) -> Arg {
    Arg::title(&s.title, text_in(&s.title, Lang::En))
}

/// `Wed 20 Sep 09:00–12:30` in English: the placement's day and times.
fn placement_text(pl: &Placement) -> Arg {
    Arg::Span {
        start: pl.start,
        end: pl.end,
    }
}

/// The shared part of two overlapping placements.
fn overlap_text(a: &Placement, b: &Placement) -> Arg {
    Arg::Span {
        start: a.start.max(b.start),
        end: a.end.min(b.end),
    }
}

/// A hash map of the engine keyed by ids of the timetable (rooms, persons, bodies, sessions,
/// constraints) or by numbers it computed, hashed as the model's maps are
/// ([`crate::model::IdHasher`]: fast, and seeded, since the ids come from files).
pub(super) type IdHashMap<K, V> = HashMap<K, V, crate::model::IdHasher>;

/// The body tree, taken once from the timetable: each body's number and proper ancestors
/// (nearest first), so pair checks and grouping need no walk up the tree.
#[derive(Debug, Default)]
pub(super) struct BodyTree {
    index: IdHashMap<BodyId, u32>,
    /// Numbers of the bodies that never clash (tracks).
    tracks: Vec<bool>,
    ancestors: Vec<Vec<BodyId>>,
    ancestor_numbers: Vec<Vec<u32>>,
}

impl BodyTree {
    pub(super) fn new(t: &Timetable) -> BodyTree {
        let index: IdHashMap<BodyId, u32> = t
            .bodies
            .keys()
            .enumerate()
            .map(|(i, b)| (b.clone(), i as u32))
            .collect();
        let tracks: Vec<bool> = t
            .bodies
            .values()
            .map(|b| b.kind == BodyKind::Track)
            .collect();
        // Each body's parent by number, looked up once, so the chains below are walked by
        // number (as `Timetable::body_and_ancestors` walks them by id).
        let parents: Vec<Option<u32>> = t
            .bodies
            .values()
            .map(|b| b.parent.as_ref().and_then(|p| index.get(p).copied()))
            .collect();
        let bodies: Vec<&Body> = t.bodies.values().collect();
        let ancestor_numbers: Vec<Vec<u32>> = (0..bodies.len())
            .map(|n| {
                // A body that meets in parallel with its parent by design cuts the chain:
                // neither it nor the bodies under it clash with the bodies above it. A
                // cycle (which validation forbids) stops the walk where it closes.
                let mut chain = Vec::new();
                let mut current = n;
                while !bodies[current].parallel_with_parent
                    && let Some(parent) = parents[current]
                {
                    let parent = parent as usize;
                    if parent == n || chain.contains(&(parent as u32)) {
                        break;
                    }
                    chain.push(parent as u32);
                    current = parent;
                }
                chain.retain(|&a| !tracks[a as usize]);
                chain
            })
            .collect();
        let ancestors = ancestor_numbers
            .iter()
            .map(|list| {
                list.iter()
                    .map(|&a| bodies[a as usize].id.clone())
                    .collect()
            })
            .collect();
        BodyTree {
            index,
            tracks,
            ancestors,
            ancestor_numbers,
        }
    }

    /// Whether `b` is a track, whose sessions never clash as a body.
    pub(super) fn is_track(&self, b: &BodyId) -> bool {
        self.number(b)
            .is_some_and(|n| self.tracks.get(n as usize).copied().unwrap_or(false))
    }

    /// Whether body number `n` is a track.
    pub(super) fn is_track_number(&self, n: u32) -> bool {
        self.tracks.get(n as usize).copied().unwrap_or(false)
    }

    /// How many bodies the tree numbers.
    pub(super) fn len(&self) -> usize {
        self.ancestors.len()
    }

    /// The number of `b`, if it is in the tree.
    pub(super) fn number(&self, b: &BodyId) -> Option<u32> {
        self.index.get(b).copied()
    }

    /// Proper ancestors of body number `n`, nearest first.
    pub(super) fn ancestor_numbers(&self, n: u32) -> &[u32] {
        self.ancestor_numbers
            .get(n as usize)
            .map_or(&[], Vec::as_slice)
    }

    /// Proper ancestors of `b`, nearest first; none for an unknown body.
    pub(super) fn ancestors(&self, b: &BodyId) -> &[BodyId] {
        self.number(b)
            .and_then(|n| self.ancestors.get(n as usize))
            .map_or(&[], Vec::as_slice)
    }
}

/// The day number of a minute: days since 1970-01-01, the date in integer form.
fn day_number(minute: Minute) -> i64 {
    minute.div_euclid(MINUTES_PER_DAY)
}

const MINUTES_PER_DAY: i64 = 1440;

/// The date of a day number.
fn date_of(day: i64) -> Option<NaiveDate> {
    // 1970-01-01 is day 719,163 of the common era.
    NaiveDate::from_num_days_from_ce_opt(i32::try_from(day.checked_add(719_163)?).ok()?)
}

/// The meeting's days and the breaks in force per date, in minutes, looked up once per
/// date during a check.
pub(super) struct Calendar<'t> {
    t: &'t Timetable,
    /// Meeting days by day number, in date order (as `t.days` is).
    days: Vec<(i64, &'t Day)>,
    /// Breaks in force per day number, with their absolute spans.
    breaks: IdHashMap<i64, Vec<(&'t Break, Minute, Minute)>>,
    /// Rooms by id, for one cheap lookup per session.
    rooms: IdHashMap<&'t RoomId, &'t Room>,
    /// The room looked up last: a session's room is most often the one before's (a file
    /// lists a room's sessions together), which one comparison finds without hashing.
    last_room: Option<&'t Room>,
    /// Whether any body has hours of its own: if none does, no session needs its bodies
    /// looked up for them.
    body_hours: bool,
}

impl<'t> Calendar<'t> {
    pub(super) fn new(t: &'t Timetable) -> Calendar<'t> {
        let days = t
            .days
            .iter()
            .map(|d| {
                (
                    day_number(TimeOfDay::MIDNIGHT.on(d.date).epoch_minutes()),
                    d,
                )
            })
            .collect();
        Calendar {
            t,
            days,
            breaks: IdHashMap::default(),
            rooms: t.rooms.iter().collect(),
            last_room: None,
            body_hours: t.bodies.values().any(|b| !b.hours.is_empty()),
        }
    }

    /// The meeting days with day numbers in `[first, last]`.
    fn days_within(&self, first: i64, last: i64) -> &[(i64, &'t Day)] {
        let lo = self.days.partition_point(|(d, _)| *d < first);
        let hi = self.days.partition_point(|(d, _)| *d <= last).max(lo);
        &self.days[lo..hi]
    }

    /// The first day number in `[first, last]` that is not a meeting day. Steps over at most
    /// the meeting days in range, so it is cheap even for a very long session.
    fn first_non_meeting_day(&self, first: i64, last: i64) -> Option<i64> {
        let mut expected = first;
        for &(d, _) in self.days_within(first, last) {
            if d != expected {
                break;
            }
            expected += 1;
        }
        (expected <= last).then_some(expected)
    }

    /// The room `id`, if the timetable has it.
    fn room(&mut self, id: &RoomId) -> Option<&'t Room> {
        match self.last_room {
            Some(room) if room.id == *id => Some(room),
            _ => {
                let room = self.rooms.get(id).copied();
                self.last_room = room.or(self.last_room);
                room
            }
        }
    }

    fn breaks_on(&mut self, day: i64) -> &[(&'t Break, Minute, Minute)] {
        let t = self.t;
        self.breaks.entry(day).or_insert_with(|| {
            let Some(date) = date_of(day) else {
                return Vec::new();
            };
            let midnight = day * MINUTES_PER_DAY;
            t.breaks_on(date)
                .into_iter()
                .map(|b| {
                    let start = midnight + i64::from(b.start.minutes());
                    (b, start, midnight + i64::from(b.end.minutes()))
                })
                .collect()
        })
    }
}

// ---------------------------------------------------------------------------------------
// One session

/// Whether the session `[ss, se)` runs over the break `[bs, be)` of kind `kind`.
///
/// A coffee break is taken inside a running session: spanning it whole is fine (even when
/// the session starts or ends exactly with it), but starting or ending strictly inside it,
/// or lying entirely within it, is not. Any other break may not be overlapped at all.
pub(super) fn runs_over_break(
    kind: BreakKind,
    ss: Minute,
    se: Minute,
    bs: Minute,
    be: Minute,
) -> bool {
    if !(ss < be && bs < se) {
        return false;
    }
    match kind {
        BreakKind::Coffee => (bs < ss && ss < be) || (bs < se && se < be) || (bs <= ss && se <= be),
        BreakKind::Meal | BreakKind::Other => true,
    }
}

/// The periods of its bodies' own hours ([`crate::model::Body::hours`]) that hold the whole
/// session `[ss, se)`, as minutes of day `day` (the day it starts on); none when the session
/// keeps to the day's hours and breaks.
fn body_windows(
    t: &Timetable,
    s: &Session,
    day: i64,
    (ss, se): (Minute, Minute),
) -> Vec<(Minute, Minute)> {
    let midnight = day * MINUTES_PER_DAY;
    s.bodies
        .iter()
        .filter_map(|b| t.bodies.get(b))
        .flat_map(|b| &b.hours)
        .map(|h| {
            (
                midnight + i64::from(h.start.minutes()),
                midnight + i64::from(h.end.minutes()),
            )
        })
        .filter(|&(ps, pe)| ps <= ss && se <= pe)
        .collect()
}

/// The conflicts of `s` (placed at `pl`) on its own: breaks, day hours, day kinds, meeting
/// dates, room capacity and interpretation.
pub(super) fn session_conflicts<'t>(
    cal: &mut Calendar<'t>,
    s: &Session,
    pl: &Placement,
    (ss, se): (Minute, Minute),
    out: &mut Vec<Conflict>,
) {
    let t = cal.t;
    // A point in time or an open-ended item has no end to judge: it takes no time from a
    // break, and it is within the hours when its start is (17:30 is within 09:30-17:30).
    // Never an invented end.
    let instant = pl.is_instant();
    let se = if instant { ss } else { se };
    // The day numbers the session covers: of its start to of its last minute.
    let first = day_number(ss);
    let last = day_number(se - 1).max(first);
    let id = &s.id;

    // Breaks, checked on the first and last day, every meeting day between, and one other
    // day between if there is one (each such day is covered whole and has the standard
    // breaks, so one stands for all). One conflict per break, whatever the days.
    let windows = if cal.body_hours {
        body_windows(t, s, first, (ss, se))
    } else {
        Vec::new()
    };
    let mut over: Vec<&'t Break> = Vec::new();
    let mut check_day = |cal: &mut Calendar<'t>, day: i64| {
        for &(b, bs, be) in cal.breaks_on(day) {
            let excused = windows.iter().any(|&(ps, pe)| !(ps <= bs && be <= pe));
            if !excused
                && runs_over_break(b.kind, ss, se, bs, be)
                && !over.iter().any(|x| x.id == b.id)
            {
                over.push(b);
            }
        }
    };
    if !instant {
        check_day(cal, first);
    }
    if last > first {
        check_day(cal, last);
        let middle: Vec<i64> = cal
            .days_within(first + 1, last - 1)
            .iter()
            .map(|(d, _)| *d)
            .chain(cal.first_non_meeting_day(first + 1, last - 1))
            .collect();
        for day in middle {
            check_day(cal, day);
        }
    }
    for b in over {
        let id_of_message = match b.kind {
            BreakKind::Coffee => "conflict-break-inside",
            BreakKind::Meal | BreakKind::Other => "conflict-break-over",
        };
        let mut c = conflict(
            ConflictKind::BreakOverlap,
            key(ConflictKind::BreakOverlap, &[id], Some(b.id.as_str())),
            vec![id.clone()],
            Message::new(id_of_message)
                .with("session", title(s))
                .with("when", placement_text(pl))
                .with("break", Arg::title(&b.name, text_in(&b.name, Lang::En)))
                .with("start", b.start)
                .with("end", b.end),
        );
        c.breaks = vec![b.id.clone()];
        out.push(c);
    }

    let within = cal.days_within(first, last);

    // Hours: only on working days of the meeting.
    for &(day, d) in within.iter().filter(|(_, d)| d.kind == DayKind::Working) {
        let hours = d.hours.unwrap_or(t.meeting.hours);
        let midnight = day * MINUTES_PER_DAY;
        let (open, close) = (
            midnight + i64::from(hours.start.minutes()),
            midnight + i64::from(hours.end.minutes()),
        );
        let (part_start, part_end) = (ss.max(midnight), se.min(midnight + MINUTES_PER_DAY));
        if (part_start < open || part_end > close) && windows.is_empty() {
            out.push(conflict(
                ConflictKind::OutsideDayHours,
                key(ConflictKind::OutsideDayHours, &[id], None),
                vec![id.clone()],
                Message::new("conflict-outside-day-hours")
                    .with("session", title(s))
                    .with("when", placement_text(pl))
                    .with("date", d.date.to_string())
                    .with("start", hours.start)
                    .with("end", hours.end),
            ));
            break;
        }
    }

    if let Some((_, d)) = within.iter().find(|(_, d)| d.kind != DayKind::Working) {
        let kind = match d.kind {
            DayKind::Weekend => "weekend",
            DayKind::Holiday => "holiday",
            DayKind::Working => "working",
        };
        out.push(conflict(
            ConflictKind::NonWorkingDay,
            key(ConflictKind::NonWorkingDay, &[id], None),
            vec![id.clone()],
            Message::new("conflict-non-working-day")
                .with("session", title(s))
                .with("when", placement_text(pl))
                .with("day", d.date)
                .with("dayKind", kind),
        ));
    }

    if !t.days.is_empty()
        && let Some(date) = cal.first_non_meeting_day(first, last).and_then(date_of)
    {
        out.push(conflict(
            ConflictKind::OutsideMeetingDates,
            key(ConflictKind::OutsideMeetingDates, &[id], None),
            vec![id.clone()],
            Message::new("conflict-outside-meeting-dates")
                .with("session", title(s))
                .with("when", placement_text(pl))
                .with("day", date),
        ));
    }

    let Some(room) = s.room.as_ref().and_then(|r| cal.room(r)) else {
        return;
    };
    if let (Some(attendance), Some(capacity)) = (s.attendance, room.capacity)
        && attendance > capacity
    {
        let mut c = conflict(
            ConflictKind::CapacityExceeded,
            key(
                ConflictKind::CapacityExceeded,
                &[id],
                Some(room.id.as_str()),
            ),
            vec![id.clone()],
            Message::new("conflict-capacity-exceeded")
                .with("session", title(s))
                .with("attendance", attendance)
                .with("room", &room.name)
                .with("capacity", capacity),
        );
        c.rooms = vec![room.id.clone()];
        out.push(c);
    }
    if !s.interpretation.is_empty() && !room.interpretation {
        let langs: Vec<Arg> = s.interpretation.iter().map(|l| l.code().into()).collect();
        let mut c = conflict(
            ConflictKind::InterpretationUnavailable,
            key(
                ConflictKind::InterpretationUnavailable,
                &[id],
                Some(room.id.as_str()),
            ),
            vec![id.clone()],
            Message::new("conflict-interpretation-unavailable")
                .with("session", title(s))
                .with("languages", Arg::List(langs))
                .with("room", &room.name),
        );
        c.rooms = vec![room.id.clone()];
        out.push(c);
    }
}

// ---------------------------------------------------------------------------------------
// Two sessions

/// The conflicts between two distinct sessions placed at `pa` and `pb`: same room, shared
/// persons, related bodies, an exclusive one. Nothing when they do not overlap. Either order
/// of the arguments gives the same result.
pub(super) fn pair_conflicts(
    t: &Timetable,
    tree: &BodyTree,
    (a, pa): (&Session, &Placement),
    (b, pb): (&Session, &Placement),
    out: &mut Vec<Conflict>,
) {
    if !pa.overlaps(pb) || a.id == b.id {
        return;
    }
    let ((a, pa), (b, pb)) = if a.id < b.id {
        ((a, pa), (b, pb))
    } else {
        ((b, pb), (a, pa))
    };
    let ids = [&a.id, &b.id];
    let pair = || vec![a.id.clone(), b.id.clone()];

    if let (Some(ra), Some(rb)) = (&a.room, &b.room)
        && ra == rb
    {
        let name = t.rooms.get(ra).map_or(ra.as_str(), |r| r.name.as_str());
        let mut c = conflict(
            ConflictKind::RoomClash,
            key(ConflictKind::RoomClash, &ids, Some(ra.as_str())),
            pair(),
            Message::new("conflict-room-clash")
                .with("a", title(a))
                .with("b", title(b))
                .with("room", name)
                .with("when", overlap_text(pa, pb)),
        );
        c.rooms = vec![ra.clone()];
        out.push(c);
    }

    let mut shared: Vec<_> = a.persons.iter().filter(|p| b.persons.contains(p)).collect();
    if !shared.is_empty() {
        shared.sort_unstable();
        shared.dedup();
        let names: Vec<&str> = shared
            .iter()
            .map(|p| t.persons.get(*p).map_or(p.as_str(), |x| x.name.as_str()))
            .collect();
        let mut c = conflict(
            ConflictKind::PersonClash,
            key(ConflictKind::PersonClash, &ids, None),
            pair(),
            Message::new("conflict-person-clash")
                .with("count", names.len())
                .with(
                    "persons",
                    Arg::List(names.into_iter().map(Arg::from).collect()),
                )
                .with("a", title(a))
                .with("b", title(b))
                .with("when", overlap_text(pa, pb)),
        );
        c.persons = shared.into_iter().cloned().collect();
        out.push(c);
    }

    let mut reasons: Vec<Arg> = Vec::new();
    let mut bodies: Vec<&BodyId> = Vec::new();
    let short = |x: &BodyId| {
        t.bodies
            .get(x)
            .map_or(x.as_str().to_owned(), |body| body.short.clone())
    };
    for x in a.bodies.iter().filter(|x| !tree.is_track(x)) {
        for y in b.bodies.iter().filter(|y| !tree.is_track(y)) {
            let reason = if x == y {
                Message::new("conflict-reason-same-body").with("body", short(x))
            } else if tree.ancestors(y).contains(x) {
                Message::new("conflict-reason-contains")
                    .with("outer", short(x))
                    .with("inner", short(y))
            } else if tree.ancestors(x).contains(y) {
                Message::new("conflict-reason-contains")
                    .with("outer", short(y))
                    .with("inner", short(x))
            } else {
                continue;
            };
            bodies.extend([x, y]);
            let reason = Arg::from(reason);
            if !reasons.contains(&reason) {
                reasons.push(reason);
            }
        }
    }
    if !reasons.is_empty() {
        bodies.sort_unstable();
        bodies.dedup();
        let mut c = conflict(
            ConflictKind::BodyClash,
            key(ConflictKind::BodyClash, &ids, None),
            pair(),
            Message::new("conflict-body-clash")
                .with("a", title(a))
                .with("b", title(b))
                .with("when", overlap_text(pa, pb))
                .with("reasons", Arg::Clauses(reasons)),
        );
        c.bodies = bodies.into_iter().cloned().collect();
        out.push(c);
    }

    if a.exclusive || b.exclusive {
        let message = match (a.exclusive, b.exclusive) {
            (true, true) => Message::new("conflict-exclusive-both")
                .with("a", title(a))
                .with("b", title(b)),
            (true, false) => Message::new("conflict-exclusive-beside")
                .with("session", title(b))
                .with("exclusive", title(a)),
            _ => Message::new("conflict-exclusive-beside")
                .with("session", title(a))
                .with("exclusive", title(b)),
        }
        .with("when", overlap_text(pa, pb));
        out.push(conflict(
            ConflictKind::ExclusiveOverlap,
            key(ConflictKind::ExclusiveOverlap, &ids, None),
            pair(),
            message,
        ));
    }
}

// ---------------------------------------------------------------------------------------
// One constraint

/// The violations of constraint `c`: one per violating pair of sessions (a pair named
/// twice, through repeated ids, gives one conflict: the first found), or one for a fixed-time
/// session placed elsewhere. Unscheduled sessions satisfy every rule, and a session is
/// never compared with itself.
pub(super) fn constraint_conflicts(t: &Timetable, c: &Constraint, out: &mut Vec<Conflict>) {
    let placed = |id: &SessionId| {
        t.sessions
            .get(id)
            .and_then(|s| s.placement.as_ref().map(|pl| (s, pl)))
    };
    let mut seen: BTreeSet<String> = BTreeSet::new();
    let mut push_pair = |out: &mut Vec<Conflict>, a: &Session, b: &Session, message: Message| {
        let mut ids = [&a.id, &b.id];
        ids.sort_unstable();
        let k = key(ConflictKind::OrderViolation, &ids, Some(c.id.as_str()));
        if seen.insert(k.clone()) {
            let mut x = conflict(
                ConflictKind::OrderViolation,
                k,
                ids.iter().map(|s| (*s).clone()).collect(),
                message,
            );
            x.constraints = vec![c.id.clone()];
            out.push(x);
        }
    };
    let order_message = |(a, pa): (&Session, &Placement), (b, pb): (&Session, &Placement)| {
        Message::new("conflict-order")
            .with("earlier", title(a))
            .with("later", title(b))
            .with("end", pa.end)
            .with("start", pb.start)
    };
    match &c.rule {
        Rule::Before { earlier, later } => {
            for e in earlier.iter().filter_map(&placed) {
                for l in later.iter().filter_map(&placed) {
                    if e.0.id != l.0.id && e.1.end > l.1.start {
                        push_pair(out, e.0, l.0, order_message(e, l));
                    }
                }
            }
        }
        Rule::InSequence { sessions } => {
            let placed: Vec<_> = sessions.iter().filter_map(&placed).collect();
            for w in placed.windows(2) {
                let (x, y) = (w[0], w[1]);
                if x.0.id != y.0.id && x.1.end > y.1.start {
                    push_pair(out, x.0, y.0, order_message(x, y));
                }
            }
        }
        Rule::NoOverlap { sessions } => {
            let placed: Vec<_> = sessions.iter().filter_map(&placed).collect();
            for (i, x) in placed.iter().enumerate() {
                for y in &placed[i + 1..] {
                    if x.0.id != y.0.id && x.1.overlaps(y.1) {
                        let message = Message::new("conflict-no-overlap")
                            .with("a", title(x.0))
                            .with("b", title(y.0))
                            .with("when", overlap_text(x.1, y.1));
                        push_pair(out, x.0, y.0, message);
                    }
                }
            }
        }
        Rule::FixedTime { session, placement } => {
            // A point in time or open-ended item is fixed by its start: it has no end.
            let moved = |s: &Session, pl: &Placement| {
                if s.timing.is_span() {
                    pl != placement
                } else {
                    pl.start != placement.start
                }
            };
            if let Some((s, pl)) = placed(session)
                && moved(s, pl)
            {
                let mut x = conflict(
                    ConflictKind::OrderViolation,
                    key(ConflictKind::OrderViolation, &[&s.id], Some(c.id.as_str())),
                    vec![s.id.clone()],
                    Message::new("conflict-fixed-time")
                        .with("session", title(s))
                        .with("fixed", placement_text(placement))
                        .with("placed", placement_text(pl)),
                );
                x.constraints = vec![c.id.clone()];
                out.push(x);
            }
        }
    }
}

// ---------------------------------------------------------------------------------------
// Interpreter teams

/// One overbooked period: a maximal stretch of time `[start, end)` during which more
/// interpreted sessions run than there are interpreter teams.
pub(super) struct Period {
    pub(super) start: Minute,
    pub(super) end: Minute,
    pub(super) conflict: Conflict,
}

/// The overbooked periods among `active` (interpreted sessions with their spans, every one
/// that overlaps the window being looked at), given `teams` interpreter teams.
///
/// A period lists every interpreted session that overlaps it. The caller chooses the window
/// so that no period crosses its edges (see `Engine::refresh_periods`), so periods are
/// computed from `active` alone.
pub(super) fn overbooked_periods(
    teams: u32,
    active: &[(&Session, Minute, Minute)],
    out: &mut Vec<Period>,
) {
    let teams = i64::from(teams);
    // Ends sort before starts at the same minute: half-open intervals that touch do not
    // overlap.
    let mut events: Vec<(Minute, i64)> = Vec::with_capacity(active.len() * 2);
    for &(_, s, e) in active {
        events.push((s, 1));
        events.push((e, -1));
    }
    events.sort_unstable();
    let mut count = 0i64;
    let mut run: Option<(Minute, i64)> = None; // (start, peak)
    let mut i = 0;
    while i < events.len() {
        let at = events[i].0;
        while i < events.len() && events[i].0 == at {
            count += events[i].1;
            i += 1;
        }
        match run {
            None if count > teams => run = Some((at, count)),
            Some((start, peak)) if count > teams => run = Some((start, peak.max(count))),
            Some((start, peak)) => {
                run = None;
                out.push(period(teams, active, start, at, peak));
            }
            None => {}
        }
    }
}

fn period(
    teams: i64,
    active: &[(&Session, Minute, Minute)],
    start: Minute,
    end: Minute,
    peak: i64,
) -> Period {
    let mut sessions: Vec<&Session> = active
        .iter()
        .filter(|(_, s, e)| *s < end && start < *e)
        .map(|(x, _, _)| *x)
        .collect();
    sessions.sort_unstable_by(|x, y| x.id.cmp(&y.id));
    sessions.dedup_by(|x, y| x.id == y.id);
    let ids: Vec<&SessionId> = sessions.iter().map(|s| &s.id).collect();
    let titles: Vec<Arg> = sessions
        .iter()
        .map(|s| {
            Message::new("conflict-quoted")
                .with("title", title(s))
                .into()
        })
        .collect();
    let when = match (stamp_at(start), stamp_at(end)) {
        (Some(start), Some(end)) => Arg::Span { start, end },
        _ => Message::new("conflict-at-some-time").into(),
    };
    Period {
        start,
        end,
        conflict: conflict(
            ConflictKind::InterpretersOverbooked,
            key(ConflictKind::InterpretersOverbooked, &ids, None),
            ids.iter().map(|s| (*s).clone()).collect(),
            Message::new("conflict-interpreters-overbooked")
                .with("peak", peak)
                .with("when", when)
                .with("teams", teams)
                .with("sessions", Arg::List(titles)),
        ),
    }
}

#[cfg(test)]
mod key_tests {
    use super::*;

    #[test]
    fn ids_with_separators_cannot_make_two_conflicts_share_a_key() {
        let (a, b, ab) = (
            SessionId::from("a"),
            SessionId::from("b"),
            SessionId::from("a+b"),
        );
        let pair = key(ConflictKind::RoomClash, &[&a, &b], Some("r"));
        let single = key(ConflictKind::RoomClash, &[&ab], Some("r"));
        assert_ne!(pair, single);
        let at = SessionId::from("42@example.org");
        assert_eq!(
            key(ConflictKind::NonWorkingDay, &[&at], None),
            "nonWorkingDay:42%40example.org"
        );
        assert_eq!(kind_of_key(&pair), Some(ConflictKind::RoomClash));
    }
}
