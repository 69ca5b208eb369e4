//! A series of bodies typed at once: "Q1/2-Q4/2 under WP1/2" is Questions 1/2, 2/2, 3/2 and
//! 4/2 under Working Party 1/2. [`parse_series`] reads the text (pure, no timetable); the
//! add command (`Command::AddBodySeries`) finds the parent and adds the bodies as one undo
//! step.
//!
//! Accepted forms (spaces and case do not matter; "-", "–", "—" and "to" join the ends):
//! `Q1/2-Q4/2`, `Q1-4/2`, `Q1/2-4/2`, `Q1-Q4/2`, `Questions 1-4/2`, one body (`Q3/2`),
//! Working Parties (`WP1/2-WP3/2`), a Study Group (`SG2`), each optionally followed by
//! `under <short name>`. A series of Working Parties or Questions typed without "under" goes
//! under the Study Group of its number when the meeting has one ("WP1/2" under "SG2"): that is
//! the add command's, which knows the bodies.

use crate::model::{BodyKind, Lang, Text};

/// The most bodies one series adds: a longer one is almost surely a typing slip.
pub const MAX_SERIES: u32 = 50;

/// The bodies a series text names.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Series {
    /// Questions, Working Parties or Study Groups.
    pub kind: BodyKind,
    /// The first number.
    pub first: u32,
    /// The last number (at least `first`).
    pub last: u32,
    /// What follows the slash: the Study Group's number ("2" in Q1/2); empty when the text
    /// gave none.
    pub group: String,
    /// The short name (or id) of the body to put them under, as typed after "under".
    pub parent: Option<String>,
}

impl Series {
    /// The short name of the Study Group a series of Working Parties or Questions belongs
    /// to by its number ("SG2" for "Q1/2-Q4/2"); `None` for a Study Group or a series typed
    /// without a group.
    pub fn study_group(&self) -> Option<String> {
        let own = matches!(self.kind, BodyKind::WorkingParty | BodyKind::Question);
        (own && !self.group.is_empty()).then(|| format!("SG{}", self.group))
    }
}

/// Why a series text cannot be read; each message shows the form to use.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum SeriesError {
    /// Nothing was typed.
    #[error("type a series such as Q1/2-Q4/2 under WP1/2")]
    Empty,
    /// The text is not of any accepted form.
    #[error(
        "'{text}' is not a series of bodies; write it as Q1/2-Q4/2 (Questions 1/2 to 4/2), \
         WP1/2-WP3/2 or SG2, optionally followed by 'under WP1/2'"
    )]
    Unreadable {
        /// What was typed (the part at fault).
        text: String,
    },
    /// "under" with no body after it.
    #[error("'{text}': say which body the series goes under, as in 'under WP1/2'")]
    NoParentNamed {
        /// What was typed.
        text: String,
    },
    /// The last number is below the first.
    #[error("the series runs from {first} down to {last}; write the lower number first")]
    Backwards {
        /// The first number typed.
        first: u32,
        /// The last number typed.
        last: u32,
    },
    /// The two ends name different Study Groups ("Q1/2-Q4/3").
    #[error("the series mixes /{a} and /{b}; both ends must be of the same Study Group")]
    GroupsDiffer {
        /// The first end's group.
        a: String,
        /// The last end's group.
        b: String,
    },
    /// The two ends name different kinds ("Q1/2-WP3/2").
    #[error("'{text}' mixes Questions and Working Parties; a series is of one kind")]
    KindsDiffer {
        /// What was typed.
        text: String,
    },
    /// More than [`MAX_SERIES`] bodies.
    #[error("a series of {count} bodies is too long (at most {MAX_SERIES} at once)")]
    TooLong {
        /// How many it would add.
        count: u32,
    },
}

impl SeriesError {
    /// The refusal as a message of the message files (`Display` is its English).
    pub fn message(&self) -> crate::messages::Message {
        use crate::messages::Message;
        match self {
            SeriesError::Empty => Message::new("series-empty"),
            SeriesError::Unreadable { text } => {
                Message::new("series-unreadable").with("text", text)
            }
            SeriesError::NoParentNamed { text } => {
                Message::new("series-no-parent-named").with("text", text)
            }
            SeriesError::Backwards { first, last } => Message::new("series-backwards")
                .with("first", first.to_string())
                .with("last", last.to_string()),
            SeriesError::GroupsDiffer { a, b } => Message::new("series-groups-differ")
                .with("a", a)
                .with("b", b),
            SeriesError::KindsDiffer { text } => {
                Message::new("series-kinds-differ").with("text", text)
            }
            SeriesError::TooLong { count } => Message::new("series-too-long")
                .with("count", *count)
                .with("max", MAX_SERIES),
        }
    }
}

/// Reads a series text (see the module docs for the forms).
pub fn parse_series(text: &str) -> Result<Series, SeriesError> {
    let text = text.trim();
    if text.is_empty() {
        return Err(SeriesError::Empty);
    }
    let (range, parent) = split_under(text)?;
    let joined = range
        .replace(['–', '—'], "-")
        .to_lowercase()
        .replace(" to ", "-");
    let compact: String = joined.chars().filter(|c| !c.is_whitespace()).collect();
    let unreadable = || SeriesError::Unreadable {
        text: range.to_owned(),
    };
    let ends: Vec<&str> = compact.split('-').collect();
    let (a, b) = match ends.as_slice() {
        [one] => (end(one).ok_or_else(unreadable)?, None),
        [from, to] => (
            end(from).ok_or_else(unreadable)?,
            Some(end(to).ok_or_else(unreadable)?),
        ),
        _ => return Err(unreadable()),
    };
    let b = b.unwrap_or_else(|| a.clone());
    let kind = match (a.kind, b.kind) {
        (Some(x), Some(y)) if x != y => {
            return Err(SeriesError::KindsDiffer {
                text: range.to_owned(),
            });
        }
        (Some(k), _) | (None, Some(k)) => k,
        (None, None) => return Err(unreadable()),
    };
    let group = match (a.group, b.group) {
        (Some(x), Some(y)) if x != y => return Err(SeriesError::GroupsDiffer { a: x, b: y }),
        (Some(g), _) | (None, Some(g)) => g,
        (None, None) => String::new(),
    };
    if b.number < a.number {
        return Err(SeriesError::Backwards {
            first: a.number,
            last: b.number,
        });
    }
    let count = b.number - a.number + 1;
    if count > MAX_SERIES {
        return Err(SeriesError::TooLong { count });
    }
    Ok(Series {
        kind,
        first: a.number,
        last: b.number,
        group,
        parent,
    })
}

/// The series and the parent named after "under" (or "in").
fn split_under(text: &str) -> Result<(&str, Option<String>), SeriesError> {
    // ASCII lowercasing keeps every byte offset, so an offset in `lower` is one in `text`.
    let lower = text.to_ascii_lowercase();
    let found = [" under ", " in "]
        .iter()
        .filter_map(|w| lower.find(w).map(|i| (i, w.len())))
        .min();
    let ends_with_under = lower.ends_with(" under") || lower == "under";
    match found {
        Some((i, len)) => {
            let parent = text[i + len..].trim();
            if parent.is_empty() {
                return Err(SeriesError::NoParentNamed { text: text.into() });
            }
            Ok((text[..i].trim(), Some(parent.to_owned())))
        }
        _ if ends_with_under => Err(SeriesError::NoParentNamed { text: text.into() }),
        _ => Ok((text, None)),
    }
}

/// One end of a series: "q1/2", "4/2", "wp3", "questions1".
#[derive(Clone)]
struct End {
    kind: Option<BodyKind>,
    number: u32,
    group: Option<String>,
}

fn end(s: &str) -> Option<End> {
    let digits_at = s.find(|c: char| c.is_ascii_digit())?;
    let (prefix, rest) = s.split_at(digits_at);
    let kind = match prefix {
        "" => None,
        "q" | "question" | "questions" => Some(BodyKind::Question),
        "wp" | "workingparty" | "workingparties" => Some(BodyKind::WorkingParty),
        "sg" | "studygroup" | "studygroups" => Some(BodyKind::StudyGroup),
        _ => return None,
    };
    let (number, group) = match rest.split_once('/') {
        Some((n, g)) => {
            let ok = !g.is_empty() && g.chars().all(|c| c.is_ascii_alphanumeric());
            (n, ok.then(|| g.to_uppercase()).map(Some)?)
        }
        None => (rest, None),
    };
    if number.is_empty() || !number.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    Some(End {
        kind,
        number: number.parse().ok()?,
        group,
    })
}

impl Series {
    /// The numbers of the series as ITU writes them: "1/2", ... ("1" without a group).
    pub fn numbers(&self) -> Vec<String> {
        (self.first..=self.last).map(|n| self.number(n)).collect()
    }

    fn number(&self, n: u32) -> String {
        if self.group.is_empty() {
            n.to_string()
        } else {
            format!("{n}/{}", self.group)
        }
    }

    /// The short name of the body numbered `number` ("Q1/2", "WP1/2", "SG2").
    pub fn short(&self, number: &str) -> String {
        match self.kind {
            BodyKind::WorkingParty => format!("WP{number}"),
            BodyKind::StudyGroup => format!("SG{number}"),
            _ => format!("Q{number}"),
        }
    }

    /// The full name of the body numbered `number` in each of `langs`, as ITU documents
    /// write it ("Question 1/2", "Groupe de travail 1/2", "第1/2号课题").
    pub fn name(&self, number: &str, langs: &[Lang]) -> Text {
        langs
            .iter()
            .map(|lang| (*lang, full_name(self.kind, *lang, number)))
            .collect()
    }

    /// The label as a message: the kind, how many and the numbers, so each language names
    /// the bodies its own way ([`Series::label`] is its English).
    pub fn label_words(&self) -> crate::messages::Message {
        let kind = match self.kind {
            BodyKind::WorkingParty => "working-party",
            BodyKind::StudyGroup => "study-group",
            _ => "question",
        };
        let numbers = if self.first == self.last {
            self.number(self.first)
        } else {
            format!("{}–{}", self.number(self.first), self.number(self.last))
        };
        crate::messages::Message::new("command-add-series")
            .with("kind", kind)
            .with("count", self.last - self.first + 1)
            .with("numbers", numbers)
    }

    /// The undo label: "Add Questions 1/2–4/2", "Add Question 3/2".
    pub fn label(&self) -> String {
        let (one, many) = match self.kind {
            BodyKind::WorkingParty => ("Working Party", "Working Parties"),
            BodyKind::StudyGroup => ("Study Group", "Study Groups"),
            _ => ("Question", "Questions"),
        };
        if self.first == self.last {
            format!("Add {one} {}", self.number(self.first))
        } else {
            format!(
                "Add {many} {}–{}",
                self.number(self.first),
                self.number(self.last)
            )
        }
    }
}

/// "Question 1/2" in `lang` (ITU's names for its bodies in its six languages).
fn full_name(kind: BodyKind, lang: Lang, n: &str) -> String {
    match (kind, lang) {
        (BodyKind::WorkingParty, Lang::Ar) => format!("الفرقة العاملة {n}"),
        (BodyKind::WorkingParty, Lang::Zh) => format!("第{n}工作组"),
        (BodyKind::WorkingParty, Lang::Fr) => format!("Groupe de travail {n}"),
        (BodyKind::WorkingParty, Lang::Ru) => format!("Рабочая группа {n}"),
        (BodyKind::WorkingParty, Lang::Es) => format!("Grupo de Trabajo {n}"),
        (BodyKind::WorkingParty, Lang::En) => format!("Working Party {n}"),
        (BodyKind::StudyGroup, Lang::Ar) => format!("لجنة الدراسات {n}"),
        (BodyKind::StudyGroup, Lang::Zh) => format!("第{n}研究组"),
        (BodyKind::StudyGroup, Lang::Fr) => format!("Commission d'études {n}"),
        (BodyKind::StudyGroup, Lang::Ru) => format!("Исследовательская комиссия {n}"),
        (BodyKind::StudyGroup, Lang::Es) => format!("Comisión de Estudio {n}"),
        (BodyKind::StudyGroup, Lang::En) => format!("Study Group {n}"),
        (_, Lang::Ar) => format!("المسألة {n}"),
        (_, Lang::Zh) => format!("第{n}号课题"),
        (_, Lang::Fr) => format!("Question {n}"),
        (_, Lang::Ru) => format!("Вопрос {n}"),
        (_, Lang::Es) => format!("Cuestión {n}"),
        (_, Lang::En) => format!("Question {n}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn q(first: u32, last: u32, parent: Option<&str>) -> Series {
        Series {
            kind: BodyKind::Question,
            first,
            last,
            group: "2".into(),
            parent: parent.map(String::from),
        }
    }

    #[test]
    fn every_accepted_form_reads_as_the_same_series() {
        for text in [
            "Q1/2-Q4/2",
            "Q1-4/2",
            "Q1/2-4/2",
            "Q1-Q4/2",
            "q1/2 – q4/2",
            "Questions 1-4/2",
            "Q1/2 to Q4/2",
        ] {
            assert_eq!(parse_series(text), Ok(q(1, 4, None)), "{text}");
        }
    }

    #[test]
    fn under_names_the_parent_as_typed() {
        assert_eq!(
            parse_series("Q1/2-Q4/2 under WP1/2"),
            Ok(q(1, 4, Some("WP1/2")))
        );
        assert_eq!(parse_series("Q3/2 UNDER SG2"), Ok(q(3, 3, Some("SG2"))));
    }

    #[test]
    fn working_parties_and_labels() {
        let s = parse_series("WP1/2-WP3/2").expect("a series");
        assert_eq!(s.kind, BodyKind::WorkingParty);
        assert_eq!(s.label(), "Add Working Parties 1/2–3/2");
        assert_eq!(q(1, 4, None).label(), "Add Questions 1/2–4/2");
        assert_eq!(q(3, 3, None).label(), "Add Question 3/2");
        assert_eq!(s.short("1/2"), "WP1/2");
        assert_eq!(
            q(1, 1, None).name("1/2", &[Lang::Fr, Lang::Zh]),
            Text::from([
                (Lang::Fr, "Question 1/2".to_owned()),
                (Lang::Zh, "第1/2号课题".to_owned())
            ])
        );
    }

    #[test]
    fn a_study_group_is_a_series_of_one_named_as_itu_names_it() {
        for text in ["SG2", "sg 2", "Study Group 2"] {
            let s = parse_series(text).expect(text);
            assert_eq!(s.kind, BodyKind::StudyGroup, "{text}");
            assert_eq!(s.numbers(), ["2"], "{text}");
            assert_eq!(s.short("2"), "SG2");
            assert_eq!(s.label(), "Add Study Group 2");
            assert_eq!(s.study_group(), None, "a Study Group is under none");
        }
        assert_eq!(
            parse_series("SG2")
                .expect("SG2")
                .name("2", &[Lang::En, Lang::Fr, Lang::Zh]),
            Text::from([
                (Lang::En, "Study Group 2".to_owned()),
                (Lang::Fr, "Commission d'études 2".to_owned()),
                (Lang::Zh, "第2研究组".to_owned()),
            ])
        );
        assert_eq!(q(1, 4, None).study_group().as_deref(), Some("SG2"));
        assert_eq!(
            parse_series("WP1-WP2").expect("no group").study_group(),
            None,
            "no number, no Study Group"
        );
    }

    #[test]
    fn bad_input_says_what_is_wrong_and_how_to_write_it() {
        let message = |text: &str| parse_series(text).expect_err(text).to_string();
        assert_eq!(message(""), "type a series such as Q1/2-Q4/2 under WP1/2");
        assert!(message("X1-4/2").contains("'X1-4/2' is not a series"));
        assert!(message("Q1/2-Q4/2-Q5/2").contains("write it as Q1/2-Q4/2"));
        assert_eq!(
            message("Q4/2-Q1/2"),
            "the series runs from 4 down to 1; write the lower number first"
        );
        assert!(message("Q1/2-Q4/3").contains("mixes /2 and /3"));
        assert!(message("Q1/2-WP3/2").contains("mixes Questions and Working Parties"));
        assert!(message("Q1/2-Q4/2 under").contains("say which body"));
        assert!(message("Q1-99/2").contains("too long"));
        assert!(
            message("1-4/2").contains("is not a series"),
            "no kind given"
        );
    }
}
