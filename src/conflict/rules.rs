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
use std::fmt;
use std::hash::{BuildHasherDefault, Hasher};

use chrono::{DateTime, NaiveDate};

use crate::model::{
    BodyId, BodyKind, Break, BreakKind, ConflictKind, Constraint, Day, DayKind, Lang, Placement,
    Room, RoomId, Rule, Session, SessionId, Severity, Timetable, text_in,
};
use crate::time::{Stamp, TimeOfDay};

use super::Conflict;

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

/// A conflict with no subjects yet; severity and acknowledgement are filled in on read-out.
fn conflict(
    kind: ConflictKind,
    key: String,
    sessions: Vec<SessionId>,
    message: String,
) -> Conflict {
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
        message,
        acknowledged: false,
        reason: None,
    }
}

/// `“Title”`, in English (else any language the title has).
struct Quoted<'a>(&'a Session);

impl fmt::Display for Quoted<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "“{}”", text_in(&self.0.title, Lang::En))
    }
}

fn quoted(s: &Session) -> Quoted<'_> {
    Quoted(s)
}

/// A date as people write it in a message: `Wed 20 Sep` (the meeting's year is on every
/// screen and page around it), never the file's ISO form.
struct OnDay(NaiveDate);

impl fmt::Display for OnDay {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0.format("%a %-d %b"))
    }
}

/// `Wed 20 Sep 09:00–12:30`; an end at midnight reads `24:00`, and a span over midnight
/// names both dates.
struct When(Stamp, Stamp);

impl fmt::Display for When {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (start, end) = (self.0, self.1);
        let (sd, ed) = (OnDay(start.date()), OnDay(end.date()));
        if start >= end {
            // A point in time or an open-ended item: its start only.
            write!(f, "{sd} {}", start.time())
        } else if sd.0 == ed.0 {
            write!(f, "{sd} {}–{}", start.time(), end.time())
        } else if end.time().minutes() == 0 && sd.0.succ_opt() == Some(ed.0) {
            write!(f, "{sd} {}–24:00", start.time())
        } else {
            write!(f, "{sd} {}–{ed} {}", start.time(), end.time())
        }
    }
}

fn placement_text(pl: &Placement) -> When {
    When(pl.start, pl.end)
}

/// The shared part of two overlapping placements.
fn overlap_text(a: &Placement, b: &Placement) -> When {
    When(a.start.max(b.start), a.end.min(b.end))
}

/// `Wed 20 Sep 09:00`.
struct At(Stamp);

impl fmt::Display for At {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", OnDay(self.0.date()), self.0.time())
    }
}

fn stamp_text(s: Stamp) -> At {
    At(s)
}

/// A fast, deterministic hasher for the engine's own maps (ids and minutes it built
/// itself, so no untrusted input to defend against): the "Fx" hash of rustc.
#[derive(Clone, Copy, Default)]
pub(super) struct FxHasher {
    hash: u64,
}

impl FxHasher {
    const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

    fn add(&mut self, word: u64) {
        self.hash = (self.hash.rotate_left(5) ^ word).wrapping_mul(Self::SEED);
    }
}

impl Hasher for FxHasher {
    fn write(&mut self, bytes: &[u8]) {
        // Eight bytes at a time, read as one little-endian word (a single load).
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            let mut word = [0u8; 8];
            word.copy_from_slice(chunk);
            self.add(u64::from_le_bytes(word));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let word = rest
                .iter()
                .enumerate()
                .fold(0u64, |w, (k, b)| w | (u64::from(*b) << (8 * k)));
            self.add(word);
        }
    }

    fn write_u8(&mut self, i: u8) {
        self.add(u64::from(i));
    }

    fn write_u32(&mut self, i: u32) {
        self.add(u64::from(i));
    }

    fn write_u64(&mut self, i: u64) {
        self.add(i);
    }

    fn write_i64(&mut self, i: i64) {
        self.add(i as u64);
    }

    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }

    fn finish(&self) -> u64 {
        self.hash
    }
}

/// A hash map with [`FxHasher`].
pub(super) type FxMap<K, V> = HashMap<K, V, BuildHasherDefault<FxHasher>>;

/// The body tree, taken once from the timetable: each body's number and proper ancestors
/// (nearest first), so pair checks and grouping need no walk up the tree.
#[derive(Debug, Default)]
pub(super) struct BodyTree {
    index: FxMap<BodyId, u32>,
    /// Numbers of the bodies that never clash (tracks).
    tracks: Vec<bool>,
    ancestors: Vec<Vec<BodyId>>,
    ancestor_numbers: Vec<Vec<u32>>,
}

impl BodyTree {
    pub(super) fn new(t: &Timetable) -> BodyTree {
        let index: FxMap<BodyId, u32> = t
            .bodies
            .keys()
            .enumerate()
            .map(|(i, b)| (b.clone(), i as u32))
            .collect();
        let is_track = |b: &BodyId| t.bodies.get(b).is_some_and(|x| x.kind == BodyKind::Track);
        let tracks = t
            .bodies
            .values()
            .map(|b| b.kind == BodyKind::Track)
            .collect();
        let ancestors: Vec<Vec<BodyId>> = t
            .bodies
            .keys()
            .map(|b| {
                // A body that meets in parallel with its parent by design cuts the chain:
                // neither it nor the bodies under it clash with the bodies above it.
                let chain = t.body_and_ancestors(b);
                let cut = chain
                    .iter()
                    .position(|x| t.bodies.get(*x).is_some_and(|x| x.parallel_with_parent))
                    .map_or(chain.len(), |k| k + 1);
                chain[1..cut]
                    .iter()
                    .filter(|x| !is_track(x))
                    .map(|x| (*x).clone())
                    .collect()
            })
            .collect();
        let ancestor_numbers = ancestors
            .iter()
            .map(|list| list.iter().filter_map(|a| index.get(a).copied()).collect())
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
    breaks: FxMap<i64, Vec<(&'t Break, Minute, Minute)>>,
    /// Rooms by id, for one cheap lookup per session.
    rooms: FxMap<&'t RoomId, &'t Room>,
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
            breaks: FxMap::default(),
            rooms: t.rooms.iter().collect(),
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
        let what = match b.kind {
            BreakKind::Coffee => "starts or ends inside",
            BreakKind::Meal | BreakKind::Other => "runs over",
        };
        let mut c = conflict(
            ConflictKind::BreakOverlap,
            key(ConflictKind::BreakOverlap, &[id], Some(b.id.as_str())),
            vec![id.clone()],
            format!(
                "{} ({}) {what} the break “{}” ({}–{})",
                quoted(s),
                placement_text(pl),
                text_in(&b.name, Lang::En),
                b.start,
                b.end
            ),
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
                format!(
                    "{} ({}) is outside the hours of {} ({}–{})",
                    quoted(s),
                    placement_text(pl),
                    d.date,
                    hours.start,
                    hours.end
                ),
            ));
            break;
        }
    }

    if let Some((_, d)) = within.iter().find(|(_, d)| d.kind != DayKind::Working) {
        let kind = match d.kind {
            DayKind::Weekend => "a weekend day",
            DayKind::Holiday => "a holiday",
            DayKind::Working => "a working day",
        };
        out.push(conflict(
            ConflictKind::NonWorkingDay,
            key(ConflictKind::NonWorkingDay, &[id], None),
            vec![id.clone()],
            format!(
                "{} ({}) is on {}, {kind}",
                quoted(s),
                placement_text(pl),
                OnDay(d.date)
            ),
        ));
    }

    if !t.days.is_empty()
        && let Some(date) = cal.first_non_meeting_day(first, last).and_then(date_of)
    {
        out.push(conflict(
            ConflictKind::OutsideMeetingDates,
            key(ConflictKind::OutsideMeetingDates, &[id], None),
            vec![id.clone()],
            format!(
                "{} ({}) is on {}, which is not a day of the meeting",
                quoted(s),
                placement_text(pl),
                OnDay(date)
            ),
        ));
    }

    let Some(&room) = s.room.as_ref().and_then(|r| cal.rooms.get(r)) else {
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
            format!(
                "{} expects {attendance} participants but room {} seats {capacity}",
                quoted(s),
                room.name
            ),
        );
        c.rooms = vec![room.id.clone()];
        out.push(c);
    }
    if !s.interpretation.is_empty() && !room.interpretation {
        let langs: Vec<&str> = s.interpretation.iter().map(|l| l.code()).collect();
        let mut c = conflict(
            ConflictKind::InterpretationUnavailable,
            key(
                ConflictKind::InterpretationUnavailable,
                &[id],
                Some(room.id.as_str()),
            ),
            vec![id.clone()],
            format!(
                "{} needs interpretation ({}) but room {} has no interpretation booths",
                quoted(s),
                langs.join(", "),
                room.name
            ),
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
            format!(
                "{} and {} both use room {name} on {}",
                quoted(a),
                quoted(b),
                overlap_text(pa, pb)
            ),
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
        let verb = if names.len() == 1 { "is" } else { "are" };
        let mut c = conflict(
            ConflictKind::PersonClash,
            key(ConflictKind::PersonClash, &ids, None),
            pair(),
            format!(
                "{} {verb} in both {} and {} on {}",
                names.join(", "),
                quoted(a),
                quoted(b),
                overlap_text(pa, pb)
            ),
        );
        c.persons = shared.into_iter().cloned().collect();
        out.push(c);
    }

    let mut reasons: Vec<String> = Vec::new();
    let mut bodies: Vec<&BodyId> = Vec::new();
    let short = |x: &BodyId| {
        t.bodies
            .get(x)
            .map_or(x.as_str().to_owned(), |body| body.short.clone())
    };
    for x in a.bodies.iter().filter(|x| !tree.is_track(x)) {
        for y in b.bodies.iter().filter(|y| !tree.is_track(y)) {
            let reason = if x == y {
                format!("both are meetings of {}", short(x))
            } else if tree.ancestors(y).contains(x) {
                format!("{} contains {}", short(x), short(y))
            } else if tree.ancestors(x).contains(y) {
                format!("{} contains {}", short(y), short(x))
            } else {
                continue;
            };
            bodies.extend([x, y]);
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
            format!(
                "{} and {} overlap on {}, but {}",
                quoted(a),
                quoted(b),
                overlap_text(pa, pb),
                reasons.join(", and ")
            ),
        );
        c.bodies = bodies.into_iter().cloned().collect();
        out.push(c);
    }

    if a.exclusive || b.exclusive {
        let message = match (a.exclusive, b.exclusive) {
            (true, true) => format!(
                "{} and {} are both exclusive but overlap on {}",
                quoted(a),
                quoted(b),
                overlap_text(pa, pb)
            ),
            (true, false) => format!(
                "{} runs beside the exclusive {} on {}",
                quoted(b),
                quoted(a),
                overlap_text(pa, pb)
            ),
            _ => format!(
                "{} runs beside the exclusive {} on {}",
                quoted(a),
                quoted(b),
                overlap_text(pa, pb)
            ),
        };
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
    let mut push_pair = |out: &mut Vec<Conflict>, a: &Session, b: &Session, message: String| {
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
        format!(
            "{} must end before {} starts, but it ends at {} and {} starts at {}",
            quoted(a),
            quoted(b),
            stamp_text(pa.end),
            quoted(b),
            stamp_text(pb.start)
        )
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
                        let message = format!(
                            "{} and {} must not overlap, but both run on {}",
                            quoted(x.0),
                            quoted(y.0),
                            overlap_text(x.1, y.1)
                        );
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
                    format!(
                        "{} is fixed at {} but placed at {}",
                        quoted(s),
                        placement_text(placement),
                        placement_text(pl)
                    ),
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
    let titles: Vec<String> = sessions.iter().map(|s| quoted(s).to_string()).collect();
    let when = match (stamp_at(start), stamp_at(end)) {
        (Some(s), Some(e)) => When(s, e).to_string(),
        _ => String::from("at some time"),
    };
    let teams_text = match teams {
        0 => "are no interpreter teams".to_owned(),
        1 => "is only 1 interpreter team".to_owned(),
        n => format!("are only {n} interpreter teams"),
    };
    Period {
        start,
        end,
        conflict: conflict(
            ConflictKind::InterpretersOverbooked,
            key(ConflictKind::InterpretersOverbooked, &ids, None),
            ids.iter().map(|s| (*s).clone()).collect(),
            format!(
                "up to {peak} interpreted sessions run at once on {when}, but there {teams_text}: {}",
                titles.join(", ")
            ),
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
