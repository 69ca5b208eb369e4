//! From a command to its transaction: the label, and which family's code builds which
//! command. Adding, editing and removing an item of any keyed collection is one generic
//! call; the rest is in the family files.

use std::borrow::Cow;
use std::collections::BTreeSet;

use super::build::Builder;
use super::error::CommandError;
use super::transaction::Transaction;
use super::{Command, arrange, bodies, calendar, conflicts, notes, publishing, sessions, texts};
use crate::model::{Body, Break, Constraint, Person, Room, Session, SessionId, Slot, Timetable};

impl Command {
    /// The generic label: "Move session", "Add room", ... (the variant's first doc line), and
    /// for a gesture on several sessions their number: "Paste 3 sessions". A paste or delete
    /// of one session is labelled as that one command ("Delete session"). What a refusal is
    /// prefixed with; the undo label is [`Command::describe_words`]'s.
    pub fn label(&self) -> Cow<'static, str> {
        match self.parts() {
            Some(parts) if parts.len() == 1 => parts[0].label(),
            Some(parts) => {
                let line = self.doc_line();
                let (verb, noun) = line.split_once(' ').unwrap_or((line, ""));
                Cow::Owned(format!("{verb} {} {noun}", parts.len()))
            }
            None => match self {
                Command::AddBodySeries { series } => {
                    bodies::series_label(series).map_or(Cow::Borrowed(self.doc_line()), Cow::Owned)
                }
                _ => Cow::Borrowed(self.doc_line()),
            },
        }
    }

    /// [`Command::label`] as a message id with its arguments, so a refusal names the command
    /// in the reader's language: `command-` and the label in lower case with dashes
    /// (`command-move-session`), the number of sessions of a gesture on several
    /// (`command-paste-sessions-count`), and a series of bodies by its kind and numbers.
    pub fn label_words(&self) -> crate::messages::Message {
        use crate::messages::Message;
        match self.parts() {
            Some(parts) if parts.len() == 1 => parts[0].label_words(),
            Some(parts) => Message::new(&format!("{}-count", label_id(self.doc_line())))
                .with("count", parts.len()),
            None => match self {
                Command::AddBodySeries { series } => crate::bodies::parse_series(series)
                    .map_or_else(
                        |_| Message::new(&label_id(self.doc_line())),
                        |s| s.label_words(),
                    ),
                _ => Message::new(&label_id(self.doc_line())),
            },
        }
    }

    /// The one-session commands a gesture on several sessions is made of, each id once in
    /// the order given; `None` for every other command.
    pub(super) fn parts(&self) -> Option<Vec<Command>> {
        let each = |ids: &[SessionId], part: fn(SessionId) -> Command| {
            let mut seen = BTreeSet::new();
            ids.iter()
                .filter(|id| seen.insert(*id))
                .map(|id| part(id.clone()))
                .collect()
        };
        match self {
            Command::PasteSessions { ids, .. } => Some(each(ids, |id| Command::DuplicateSession {
                id,
                placement: None,
            })),
            Command::DeleteSessions { ids } => Some(each(ids, |id| Command::DeleteSession { id })),
            _ => None,
        }
    }

    /// A paste's parts with their copies placed `by_minutes` after their originals (a
    /// "Paste here"); every other command's parts as they are.
    fn placed(&self, parts: Vec<Command>, t: &Timetable) -> Result<Vec<Command>, CommandError> {
        let Command::PasteSessions {
            by_minutes: Some(by),
            ..
        } = self
        else {
            return Ok(parts);
        };
        parts
            .into_iter()
            .map(|part| match part {
                Command::DuplicateSession { id, .. } => {
                    let placement = match t.sessions.get(&id).and_then(|s| s.placement) {
                        Some(pl) => Some(sessions::shifted(&pl, "session", &id, *by)?),
                        None => None,
                    };
                    Ok(Command::DuplicateSession { id, placement })
                }
                other => Ok(other),
            })
            .collect()
    }

    /// Compiles the command against `t` into a transaction, or refuses it; either way `t`
    /// is left as it was.
    ///
    /// A gesture on several sessions compiles each part in the state the parts before it
    /// leave and composes their transactions ([`Transaction::compose`]), so it is one undo
    /// step with one label, and a refused part refuses the whole.
    pub fn compile(&self, t: &mut Timetable) -> Result<Transaction, CommandError> {
        if let Command::Arrange {
            scope,
            mode,
            seed,
            budget,
        } = self
        {
            return super::arrange::compile(t, scope, mode, *seed, *budget);
        }
        let words = self.describe_words(t);
        if let Some(parts) = self
            .parts()
            .map(|parts| self.placed(parts, t))
            .transpose()?
        {
            if parts.is_empty() {
                return Err(CommandError::NoSessions);
            }
            let mut whole = Transaction::worded(words, Vec::new());
            let mut outcome = Ok(());
            for part in &parts {
                match part.compile(t) {
                    Ok(tx) => {
                        tx.apply(t);
                        whole = whole.compose(tx);
                    }
                    Err(e) => {
                        outcome = Err(e);
                        break;
                    }
                }
            }
            whole.invert().apply(t);
            return outcome.map(|()| whole);
        }
        let mut b = Builder::new(t);
        self.build(&mut b)?;
        Ok(Transaction::worded(words, b.finish()))
    }

    fn build(&self, b: &mut Builder<'_>) -> Result<(), CommandError> {
        match self {
            Command::AddSession { session } => b.add(session.clone()),
            Command::EditSession { session } => b.edit(session.clone()),
            Command::DeleteSession { id } => b.remove::<Session>(id),
            Command::AddBreak { r#break } => b.add(r#break.clone()),
            Command::EditBreak { r#break } => b.edit(r#break.clone()),
            Command::RemoveBreak { id } => b.remove::<Break>(id),
            Command::AddSlot { slot } => b.add(slot.clone()),
            Command::EditSlot { slot } => b.edit(slot.clone()),
            Command::RemoveSlot { id } => b.remove::<Slot>(id),
            Command::SetSlotDayTimes { slot, date, times } => {
                calendar::set_slot_day_times(b, slot, *date, *times)
            }
            Command::AddRoom { room } => b.add(room.clone()),
            Command::EditRoom { room } => b.edit(room.clone()),
            Command::RemoveRoom { id } => b.remove::<Room>(id),
            Command::AddBody { body } => b.add(body.clone()),
            Command::EditBody { body } => b.edit(body.clone()),
            Command::RemoveBody { id } => b.remove::<Body>(id),
            Command::ReparentBody { id, parent } => bodies::reparent(b, id, parent),
            Command::AddBodySeries { series } => bodies::add_series(b, series),
            Command::PlaceBodyMeeting { body, date, slot } => {
                bodies::place_meeting(b, body, *date, slot)
            }
            Command::MoveSessionToSlot { id, date, slot } => {
                bodies::move_to_slot(b, id, *date, slot)
            }
            Command::AddPerson { person } => b.add(person.clone()),
            Command::EditPerson { person } => b.edit(person.clone()),
            Command::RemovePerson { id } => b.remove::<Person>(id),
            Command::AddConstraint { constraint } => b.add(constraint.clone()),
            Command::EditConstraint { constraint } => b.edit(constraint.clone()),
            Command::RemoveConstraint { id } => b.remove::<Constraint>(id),

            Command::ScheduleSession {
                id,
                placement,
                room,
            } => sessions::schedule(b, id, placement, room),
            Command::MoveSession { id, start, room } => sessions::move_to(b, id, start, room),
            Command::ResizeSession { id, start, end } => sessions::resize(b, id, start, end),
            Command::SetSessionTiming { id, timing } => sessions::set_timing(b, id, *timing),
            Command::UnscheduleSession { id } => sessions::unschedule(b, id),
            Command::DuplicateSession { id, placement } => sessions::duplicate(b, id, placement),
            Command::MoveSessions { ids, by_minutes } => sessions::move_by(b, ids, *by_minutes),
            Command::PasteSessions { .. } | Command::DeleteSessions { .. } => {
                unreachable!("compile splits a gesture on several sessions into its parts")
            }

            Command::AddDay { day } => calendar::add_day(b, day),
            Command::EditDay { day } => calendar::edit_day(b, day),
            Command::RemoveDay { date } => calendar::remove_day(b, *date),
            Command::ShiftDay { from, to } => calendar::shift_day(b, *from, *to),
            Command::SwapDays { a, b: other } => calendar::swap_days(b, *a, *other),
            Command::MoveMeeting { start } => calendar::move_meeting(b, *start),
            Command::SetUpMeeting { setup } => calendar::set_up(b, setup),
            Command::SetText { place, lang, text } => texts::set_text(b, place, *lang, text),
            Command::SetPinned { ids, pinned } => arrange::set_pinned(b, ids, *pinned),
            Command::SetSessionWindows { id, windows } => arrange::set_windows(b, id, windows),
            Command::SetPreferredRoom { id, room } => arrange::set_preferred_room(b, id, room),
            Command::SetBodyPreferredRoom { body, room } => {
                arrange::set_body_preferred_room(b, body, room)
            }
            Command::SetArrangeWeight { kind, weight } => arrange::set_weight(b, *kind, *weight),
            Command::Arrange { .. } => unreachable!("compile runs the arranger itself"),
            Command::EditMeeting { meeting } => {
                b.push(super::Edit::Meeting {
                    before: Box::new(b.timetable().meeting.clone()),
                    after: Box::new(meeting.clone()),
                });
                Ok(())
            }

            Command::AcknowledgeConflict { key, reason } => conflicts::acknowledge(b, key, reason),
            Command::UnacknowledgeConflict { key } => conflicts::unacknowledge(b, key),
            Command::SetSeverity { kind, severity } => {
                conflicts::set_severity(b, *kind, *severity);
                Ok(())
            }

            Command::PublishRevision {
                label,
                date,
                comment,
            } => publishing::publish_revision(b, label, *date, comment),
            Command::MoveAnnexNote {
                key,
                to_index,
                layout,
            } => publishing::move_annex_note(b, key, *to_index, *layout),
            Command::SetAnnexNoteText { key, lang, text } => {
                publishing::set_annex_note_text(b, key, *lang, text.as_deref())
            }
            Command::ResetAnnexNoteOrder => {
                publishing::reset_annex_note_order(b);
                Ok(())
            }
            Command::AddFreeNote { id, text } => notes::add_free_note(b, id, text),
            Command::RemoveFreeNote { key } => notes::remove_free_note(b, key),
            Command::MarkSession { id, key } => notes::mark_session(b, id, key.as_deref()),
            Command::SetNoteMarkers { markers, hidden } => {
                notes::set_markers(b, *markers, *hidden);
                Ok(())
            }
            Command::SetNotesHeading { lang, text } => {
                notes::set_heading(b, *lang, text.as_deref());
                Ok(())
            }
        }
    }
}

/// The message id of a command's label: "Set body's preferred room" is
/// `command-set-bodys-preferred-room`.
pub(crate) fn label_id(label: &str) -> String {
    let words: Vec<String> = label
        .split_whitespace()
        .map(|w| {
            w.chars()
                .filter(char::is_ascii_alphanumeric)
                .collect::<String>()
                .to_ascii_lowercase()
        })
        .filter(|w| !w.is_empty())
        .collect();
    format!("command-{}", words.join("-"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::messages::has;
    use crate::model::Lang;

    #[test]
    fn every_commands_label_has_its_words_in_every_file_and_english_says_the_label() {
        for line in Command::DOC_LINES {
            let label = line.trim();
            let id = label_id(label);
            for lang in Lang::ALL {
                assert!(has(lang, &id), "{}.ftl lacks {id}", lang.code());
            }
            assert_eq!(crate::messages::Message::new(&id).to_string(), label);
        }
    }

    #[test]
    fn a_gesture_on_several_sessions_and_a_series_are_named_by_their_number() {
        let paste = Command::PasteSessions {
            ids: vec!["a".into(), "b".into(), "c".into()],
            by_minutes: None,
        };
        assert_eq!(paste.label_words().to_string(), paste.label());
        assert_eq!(paste.label_words().text(Lang::Zh), "粘贴 3 个会议");
        let one = Command::DeleteSessions {
            ids: vec!["a".into()],
        };
        assert_eq!(one.label_words().to_string(), "Delete session");
        for (text, fr) in [
            ("Q1/2-Q4/2 under WP1/2", "Ajouter les Questions 1/2–4/2"),
            ("WP3/2", "Ajouter le Groupe de travail 3/2"),
            ("SG2-SG3", "Ajouter les Commissions d’études 2–3"),
        ] {
            let series = Command::AddBodySeries {
                series: text.into(),
            };
            assert_eq!(series.label_words().to_string(), series.label(), "{text}");
            assert_eq!(series.label_words().text(Lang::Fr), fr);
        }
    }
}
