//! User intents and the primitive edits they compile to.
//!
//! A [`Command`] is one gesture of the user (drop a session on a new time, rename a room).
//! [`Command::compile`] turns it into a [`Transaction`]: a list of primitive [`Edit`]s, each
//! carrying the value before and after. One generic mechanism ([`Transaction::apply`],
//! [`Transaction::invert`]) applies and undoes every transaction, so no command writes its own
//! undo, and undo is exact: removed items come back at their old position, and undoing every
//! edit gives back a timetable that saves to the same bytes.
//!
//! A gesture on several sessions at once (paste, delete of a selection) is one command, so it
//! is one undo step: it compiles each part in the state the parts before it leave and
//! composes their transactions ([`Transaction::compose`]).
//!
//! Compiling leaves the timetable as it found it; it fails (with nothing changed) when the
//! command names something that does not exist or would break an invariant, and says why in
//! a [`CommandError`].
//!
//! | file | what it holds |
//! |---|---|
//! | `mod.rs` | [`Command`]: one variant per gesture, its first doc line its generic label |
//! | `table.rs` | the `commands!` table that pairs each variant with its label |
//! | `compile.rs` | [`Command::label`], [`Command::compile`]: which code builds which command |
//! | `describe.rs` | [`Command::describe_words`]: the undo label that names what was done ("Move Q4/12 to 14:00") |
//! | `build.rs` | the builder: applies edits as it records them; generic add, edit, remove |
//! | `items.rs` | the keyed collections: what a removal detaches, where the core picks ids |
//! | `bodies.rs` | the body tree and the Bodies view: reparent, add a series, place a body's meeting in a slot, move a session to a slot |
//! | `sessions.rs` | scheduling, moving, resizing and duplicating sessions |
//! | `calendar.rs` | days and dates: add, edit, remove, shift, swap, move the meeting |
//! | `publishing.rs` | revisions and annex notes (order, texts) |
//! | `notes.rs` | the user's own notes: free notes, sessions marked with a note, markers and heading |
//! | `conflicts.rs` | acknowledgements and severities |
//! | `texts.rs` | one language of one text anywhere in the document (the Translations view) |
//! | `edit.rs` | [`Edit`], [`Change`]: primitive edits, their one generic apply and invert |
//! | `transaction.rs` | [`Transaction`]: apply, invert, compose, and their laws |
//! | `error.rs` | [`CommandError`]: why a command is refused |

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::arrange::{ArrangeMode, ArrangeScope};
use crate::model::{
    ArrangeWeight, Body, BodyId, Break, BreakId, ConflictKind, Constraint, ConstraintId, Day,
    Hours, Meeting, Person, PersonId, Placement, Room, RoomId, Session, SessionId, Severity, Slot,
    SlotId, Timing, Window,
};
use crate::template::MeetingSetup;
use crate::time::Stamp;

#[macro_use]
mod table;
mod arrange;
mod bodies;
mod build;
mod calendar;
mod compile;
mod conflicts;
mod describe;
mod edit;
mod error;
mod items;
mod notes;
mod publishing;
mod sessions;
mod texts;
mod transaction;

pub use arrange::record as record_arrangement;
pub use bodies::usual_room;
pub use edit::{Change, Edit};
pub use error::CommandError;
pub use publishing::suggest_revision_label;
pub use transaction::Transaction;

commands! {
    /// One user gesture. The first doc line of each variant is its generic label ("Move
    /// session"), written nowhere else (see [`Command::label`]); the undo label names what
    /// was done where it can ("Undo Move Q4/12 to 14:00", see [`Command::describe_words`]).
    #[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
    #[ts(export)]
    #[serde(rename_all = "camelCase", tag = "type")]
    pub enum Command {
        /// Add session
        #[serde(rename_all = "camelCase")]
        AddSession {
            /// The new session; an empty id asks the core to choose a fresh one.
            session: Session,
        },
        /// Edit session
        #[serde(rename_all = "camelCase")]
        EditSession {
            /// The session with its new values (same id).
            session: Session,
        },
        /// Schedule session
        #[serde(rename_all = "camelCase")]
        ScheduleSession {
            /// The session.
            id: SessionId,
            /// Where to place it.
            placement: Placement,
            /// Also put it in this room.
            #[serde(default, skip_serializing_if = "Option::is_none")]
            #[ts(optional)]
            room: Option<RoomId>,
        },
        /// Move session
        #[serde(rename_all = "camelCase")]
        MoveSession {
            /// The session (must be scheduled).
            id: SessionId,
            /// New start; the length is kept.
            start: Stamp,
            /// Also move it to this room.
            #[serde(default, skip_serializing_if = "Option::is_none")]
            #[ts(optional)]
            room: Option<RoomId>,
        },
        /// Resize session
        #[serde(rename_all = "camelCase")]
        ResizeSession {
            /// The session (must be scheduled).
            id: SessionId,
            /// New start.
            start: Stamp,
            /// New end.
            end: Stamp,
        },
        /// Set session timing
        #[serde(rename_all = "camelCase")]
        SetSessionTiming {
            /// The session.
            id: SessionId,
            /// Span, point in time or open-ended. A scheduled session keeps its start; made
            /// a span again, it gets the document's default length.
            timing: Timing,
        },
        /// Unschedule session
        #[serde(rename_all = "camelCase")]
        UnscheduleSession {
            /// The session; it goes back to the palette.
            id: SessionId,
        },
        /// Duplicate session
        #[serde(rename_all = "camelCase")]
        DuplicateSession {
            /// The session to copy.
            id: SessionId,
            /// Where to place the copy; `None` keeps the original's placement.
            #[serde(default, skip_serializing_if = "Option::is_none")]
            #[ts(optional)]
            placement: Option<Placement>,
        },
        /// Delete session
        #[serde(rename_all = "camelCase")]
        DeleteSession {
            /// The session; it is also removed from every constraint.
            id: SessionId,
        },
        /// Paste sessions
        ///
        /// Duplicates each session as [`Command::DuplicateSession`] does (the copy keeps the
        /// original's placement, or with `by_minutes` that placement moved by so much: "Paste
        /// here"), as one undo step: "Paste 3 sessions" (one session: "Duplicate session").
        #[serde(rename_all = "camelCase")]
        PasteSessions {
            /// The copied sessions, in the order they were picked; a repeated id counts once.
            ids: Vec<SessionId>,
            /// Place each scheduled copy this many minutes after its original (negative is
            /// earlier; 1440 is one day later); unscheduled copies stay unscheduled.
            #[serde(default, skip_serializing_if = "Option::is_none")]
            #[ts(optional, type = "number")]
            by_minutes: Option<i64>,
        },
        /// Delete sessions
        ///
        /// Deletes each session as [`Command::DeleteSession`] does, as one undo step: "Delete 3
        /// sessions" (one session: "Delete session").
        #[serde(rename_all = "camelCase")]
        DeleteSessions {
            /// The sessions; a repeated id counts once.
            ids: Vec<SessionId>,
        },
        /// Move sessions
        #[serde(rename_all = "camelCase")]
        MoveSessions {
            /// The sessions (all must be scheduled).
            ids: Vec<SessionId>,
            /// How far to move them, in minutes (negative is earlier; 1440 is one day later).
            #[ts(type = "number")]
            by_minutes: i64,
        },
        /// Add break
        #[serde(rename_all = "camelCase")]
        AddBreak {
            /// The new break.
            r#break: Break,
        },
        /// Edit break
        #[serde(rename_all = "camelCase")]
        EditBreak {
            /// The break with its new values.
            r#break: Break,
        },
        /// Remove break
        #[serde(rename_all = "camelCase")]
        RemoveBreak {
            /// The break.
            id: BreakId,
        },
        /// Add slot
        #[serde(rename_all = "camelCase")]
        AddSlot {
            /// The new slot.
            slot: Slot,
        },
        /// Edit slot
        #[serde(rename_all = "camelCase")]
        EditSlot {
            /// The slot with its new values.
            slot: Slot,
        },
        /// Remove slot
        #[serde(rename_all = "camelCase")]
        RemoveSlot {
            /// The slot.
            id: SlotId,
        },
        /// Set slot times of a day
        ///
        /// Gives `slot` its own times on `date` (Friday morning 09:00-12:00), or with no
        /// `times` gives it back its standard times on that day.
        #[serde(rename_all = "camelCase")]
        SetSlotDayTimes {
            /// The slot.
            slot: SlotId,
            /// A day of the meeting.
            #[ts(type = "string")]
            date: NaiveDate,
            /// Its start and end on that day; absent: the slot's standard times.
            #[serde(default, skip_serializing_if = "Option::is_none")]
            #[ts(optional)]
            times: Option<Hours>,
        },
        /// Add day
        #[serde(rename_all = "camelCase")]
        AddDay {
            /// The new day (its date must be new).
            day: Day,
        },
        /// Edit day
        #[serde(rename_all = "camelCase")]
        EditDay {
            /// The day with its new values (same date).
            day: Day,
        },
        /// Remove day
        #[serde(rename_all = "camelCase")]
        RemoveDay {
            /// The date; its own breaks go with it, its sessions stay where they are.
            #[ts(type = "string")]
            date: NaiveDate,
        },
        /// Add room
        #[serde(rename_all = "camelCase")]
        AddRoom {
            /// The new room.
            room: Room,
        },
        /// Edit room
        #[serde(rename_all = "camelCase")]
        EditRoom {
            /// The room with its new values.
            room: Room,
        },
        /// Remove room
        #[serde(rename_all = "camelCase")]
        RemoveRoom {
            /// The room; sessions in it are left without a room.
            id: RoomId,
        },
        /// Add body
        #[serde(rename_all = "camelCase")]
        AddBody {
            /// The new body.
            body: Body,
        },
        /// Edit body
        #[serde(rename_all = "camelCase")]
        EditBody {
            /// The body with its new values.
            body: Body,
        },
        /// Remove body
        #[serde(rename_all = "camelCase")]
        RemoveBody {
            /// The body (it must have no child bodies); sessions no longer name it.
            id: BodyId,
        },
        /// Move body
        ///
        /// Puts a body under another (the tree editor's drag); refused when the new parent
        /// is the body itself or one of the bodies under it.
        #[serde(rename_all = "camelCase")]
        ReparentBody {
            /// The body.
            id: BodyId,
            /// Its new parent; `None` puts it at the top of the tree.
            #[serde(default, skip_serializing_if = "Option::is_none")]
            #[ts(optional)]
            parent: Option<BodyId>,
        },
        /// Add bodies
        ///
        /// Adds a series of Questions or Working Parties typed at once ("Q1/2-Q4/2 under
        /// WP1/2", see [`crate::bodies::parse_series`]) as one undo step, labelled by what
        /// it adds ("Add Questions 1/2–4/2").
        #[serde(rename_all = "camelCase")]
        AddBodySeries {
            /// The series as typed.
            series: String,
        },
        /// Place meeting
        ///
        /// The Bodies view's click in an empty cell: a new session of the body in the slot
        /// of the day, at the slot's times that day, in the body's usual room
        /// ([`usual_room`]).
        #[serde(rename_all = "camelCase")]
        PlaceBodyMeeting {
            /// The body that meets.
            body: BodyId,
            /// The day (one of the meeting's).
            #[ts(type = "string")]
            date: NaiveDate,
            /// The slot.
            slot: SlotId,
        },
        /// Move session
        ///
        /// The Bodies view's drag to another cell: the session moves to the slot of the day,
        /// keeping its length and where it starts in its slot.
        #[serde(rename_all = "camelCase")]
        MoveSessionToSlot {
            /// The session (must be scheduled).
            id: SessionId,
            /// The day (one of the meeting's).
            #[ts(type = "string")]
            date: NaiveDate,
            /// The slot.
            slot: SlotId,
        },
        /// Add person
        #[serde(rename_all = "camelCase")]
        AddPerson {
            /// The new person.
            person: Person,
        },
        /// Edit person
        #[serde(rename_all = "camelCase")]
        EditPerson {
            /// The person with new values.
            person: Person,
        },
        /// Remove person
        #[serde(rename_all = "camelCase")]
        RemovePerson {
            /// The person; sessions no longer name them.
            id: PersonId,
        },
        /// Add constraint
        #[serde(rename_all = "camelCase")]
        AddConstraint {
            /// The new constraint.
            constraint: Constraint,
        },
        /// Edit constraint
        #[serde(rename_all = "camelCase")]
        EditConstraint {
            /// The constraint with its new values.
            constraint: Constraint,
        },
        /// Remove constraint
        #[serde(rename_all = "camelCase")]
        RemoveConstraint {
            /// The constraint.
            id: ConstraintId,
        },
        /// Acknowledge conflict
        #[serde(rename_all = "camelCase")]
        AcknowledgeConflict {
            /// The conflict's key.
            key: String,
            /// Why it is acceptable.
            reason: String,
        },
        /// Unacknowledge conflict
        #[serde(rename_all = "camelCase")]
        UnacknowledgeConflict {
            /// The conflict's key.
            key: String,
        },
        /// Set severity
        #[serde(rename_all = "camelCase")]
        SetSeverity {
            /// The kind of conflict.
            kind: ConflictKind,
            /// Its new severity; `None` restores the default.
            #[serde(default, skip_serializing_if = "Option::is_none")]
            #[ts(optional)]
            severity: Option<Severity>,
        },
        /// Edit meeting
        #[serde(rename_all = "camelCase")]
        EditMeeting {
            /// The meeting with its new values.
            meeting: Meeting,
        },
        /// Shift day
        #[serde(rename_all = "camelCase")]
        ShiftDay {
            /// Every session on this date ...
            #[ts(type = "string")]
            from: NaiveDate,
            /// ... moves to the same times on this date.
            #[ts(type = "string")]
            to: NaiveDate,
        },
        /// Swap days
        #[serde(rename_all = "camelCase")]
        SwapDays {
            /// One date.
            #[ts(type = "string")]
            a: NaiveDate,
            /// The other date.
            #[ts(type = "string")]
            b: NaiveDate,
        },
        /// Publish revision
        #[serde(rename_all = "camelCase")]
        PublishRevision {
            /// The label; `None` takes [`suggest_revision_label`]'s suggestion. Must be new.
            #[serde(default, skip_serializing_if = "Option::is_none")]
            #[ts(optional)]
            label: Option<String>,
            /// The publication date (the core has no clock: the client passes today).
            #[ts(type = "string")]
            date: NaiveDate,
            /// What the revision is for.
            #[serde(default, skip_serializing_if = "Option::is_none")]
            #[ts(optional)]
            comment: Option<String>,
        },
        /// Move note
        #[serde(rename_all = "camelCase")]
        MoveAnnexNote {
            /// The note's key (`crate::annex::NoteView::key`).
            key: String,
            /// Its new position (0-based) among the notes of `layout`, in their current final
            /// order; past the end means last. Every note of that layout keeps the order then
            /// shown (see `crate::annex::notes`).
            to_index: u32,
            /// The layout whose notes the index counts (the bodies layout has more notes);
            /// days when absent.
            #[serde(default, skip_serializing_if = "Option::is_none")]
            #[ts(optional)]
            layout: Option<crate::annex::Layout>,
        },
        /// Edit note text
        #[serde(rename_all = "camelCase")]
        SetAnnexNoteText {
            /// The note's key.
            key: String,
            /// The language of the text.
            lang: crate::model::Lang,
            /// The note's whole text in `lang` (`{times}` stands for its derived dates and
            /// times); `None` or blank clears the override, giving back the derived text.
            #[serde(default, skip_serializing_if = "Option::is_none")]
            #[ts(optional)]
            text: Option<String>,
        },
        /// Reset note order
        ResetAnnexNoteOrder,
        /// Add free note
        ///
        /// A note of the user's own under the annex table, tied to no session (see
        /// `crate::annex::notes`); it comes last until moved.
        #[serde(rename_all = "camelCase")]
        AddFreeNote {
            /// Its id: the note's key is `free:<id>`. Empty asks the core for a fresh one
            /// (`note`, `note-2`, ...).
            #[serde(default)]
            id: String,
            /// Its text per language (edit it later with [`Command::SetAnnexNoteText`]).
            text: crate::model::Text,
        },
        /// Remove free note
        ///
        /// Also takes its marker off every session marked with it, as one undo step.
        #[serde(rename_all = "camelCase")]
        RemoveFreeNote {
            /// The note's key (`free:<id>`).
            key: String,
        },
        /// Mark session
        ///
        /// Gives a session's annex items the marker of an existing note without a note of
        /// its own ("see note 3"); `None` takes the mark off.
        #[serde(rename_all = "camelCase")]
        MarkSession {
            /// The session.
            id: SessionId,
            /// The key of the note whose marker it carries; `None` for none.
            #[serde(default, skip_serializing_if = "Option::is_none")]
            #[ts(optional)]
            key: Option<String>,
        },
        /// Set note markers
        #[serde(rename_all = "camelCase")]
        SetNoteMarkers {
            /// How notes are numbered and marked.
            markers: crate::model::MarkerStyle,
            /// The cells carry no markers (the notes keep their numbers).
            hidden: bool,
        },
        /// Edit notes heading
        #[serde(rename_all = "camelCase")]
        SetNotesHeading {
            /// The language of the heading.
            lang: crate::model::Lang,
            /// The heading in `lang` ("Notes by TSB:"); `None` or blank gives back the
            /// usual heading ("Notes:").
            #[serde(default, skip_serializing_if = "Option::is_none")]
            #[ts(optional)]
            text: Option<String>,
        },
        /// Move meeting
        #[serde(rename_all = "camelCase")]
        MoveMeeting {
            /// The new first day; it must fall on the same weekday as the current first day, so
            /// every day keeps its weekday (weekends stay weekends).
            #[ts(type = "string")]
            start: NaiveDate,
        },
        /// Set up meeting
        ///
        /// The set-up form's one command: the meeting's titles, venue, city and zone and
        /// languages, every day from the first to the last (days off by weekday), and the
        /// standard hours, slots and breaks of a template (see [`crate::template`]). Days
        /// kept inside the new dates keep their hours and notes; it is refused when placed
        /// sessions would fall outside the new dates.
        #[serde(rename_all = "camelCase")]
        SetUpMeeting {
            /// What the form says.
            setup: MeetingSetup,
        },
        /// Pin sessions
        ///
        /// Pins or unpins sessions: arranging never moves a pinned session.
        #[serde(rename_all = "camelCase")]
        SetPinned {
            /// The sessions; a repeated id counts once.
            ids: Vec<SessionId>,
            /// Pinned or not.
            pinned: bool,
        },
        /// Set allowed windows
        ///
        /// Where arranging may place a session (none: anywhere within a day's hours).
        #[serde(rename_all = "camelCase")]
        SetSessionWindows {
            /// The session.
            id: SessionId,
            /// Its windows, each ending after it starts.
            windows: Vec<Window>,
        },
        /// Set preferred room
        #[serde(rename_all = "camelCase")]
        SetPreferredRoom {
            /// The session.
            id: SessionId,
            /// The room arranging tries first; `None` for none.
            #[serde(default, skip_serializing_if = "Option::is_none")]
            #[ts(optional)]
            room: Option<RoomId>,
        },
        /// Set body's preferred room
        #[serde(rename_all = "camelCase")]
        SetBodyPreferredRoom {
            /// The body.
            body: BodyId,
            /// The room arranging tries first for its sessions; `None` for none.
            #[serde(default, skip_serializing_if = "Option::is_none")]
            #[ts(optional)]
            room: Option<RoomId>,
        },
        /// Set arrange weight
        #[serde(rename_all = "camelCase")]
        SetArrangeWeight {
            /// The kind of conflict, or the preference.
            kind: crate::model::ArrangeWeightKey,
            /// `"hard"` or a soft weight (soft only for a preference); `None` restores the
            /// default.
            #[serde(default, skip_serializing_if = "Option::is_none")]
            #[ts(optional)]
            weight: Option<ArrangeWeight>,
        },
        /// Arrange sessions
        ///
        /// Places the sessions of `scope` with [`crate::arrange::arrange`], as one undo step
        /// ("Arrange 12 sessions"). Deterministic: the same timetable, seed and budget give
        /// the same placements, so undo and redo (which replay the recorded edits) and a
        /// second run agree. Refused, with the reason, on an input no arrangement can
        /// satisfy.
        #[serde(rename_all = "camelCase")]
        Arrange {
            /// Which sessions may move.
            scope: ArrangeScope,
            /// From scratch or repair.
            mode: ArrangeMode,
            /// The seed of the search.
            #[ts(type = "number")]
            seed: u64,
            /// How many moves the search may evaluate.
            #[ts(type = "number")]
            budget: u64,
        },
        /// Edit translation
        ///
        /// One language of one text of the document (a cell of the Translations view, see
        /// [`crate::translations`]); a blank text removes that language.
        #[serde(rename_all = "camelCase")]
        SetText {
            /// Where the text lives.
            place: crate::translations::TextPlace,
            /// The language.
            lang: crate::model::Lang,
            /// The text in `lang`.
            text: String,
        },
    }
}
