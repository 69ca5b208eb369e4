//! The annex notes the user controls: the overrides of derived notes and free notes
//! ([`AnnexNote`]), and how notes are marked and headed ([`NoteStyle`]).

use serde::{Deserialize, Serialize};

use super::{Text, is_false};

/// How the notes under the annex table are marked and headed, one choice per document.
///
/// It lives in the [`Meeting`](super::Meeting) because it is a setting of the letter as a whole, like the
/// meeting's languages, and travels and undoes with it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct NoteStyle {
    /// How notes are numbered under the table and marked in the cells.
    #[serde(default, skip_serializing_if = "MarkerStyle::is_default")]
    pub markers: MarkerStyle,
    /// The cells carry no markers at all (the notes keep their numbers): the seed letter's
    /// Annex C has none.
    #[serde(default, skip_serializing_if = "is_false")]
    pub hide_markers: bool,
    /// The heading of the notes per language ("Notes by TSB:"); a language without one
    /// gets the annex's own heading ("Notes:").
    #[serde(default, skip_serializing_if = "Text::is_empty")]
    pub heading: Text,
}

impl NoteStyle {
    /// Whether every setting is the default (numbers, markers shown, the usual heading).
    pub fn is_default(&self) -> bool {
        *self == NoteStyle::default()
    }
}

/// How notes are numbered and marked.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum MarkerStyle {
    /// 1, 2, 3, ...
    #[default]
    Numbers,
    /// a, b, c, ..., z, aa, ab, ...
    Letters,
    /// (a), (b), (c), ...
    ParenLetters,
}

impl MarkerStyle {
    /// All styles, in the order the app offers them.
    pub const ALL: [MarkerStyle; 3] = [
        MarkerStyle::Numbers,
        MarkerStyle::Letters,
        MarkerStyle::ParenLetters,
    ];

    /// Whether it is the default style (numbers).
    pub fn is_default(&self) -> bool {
        *self == MarkerStyle::Numbers
    }

    /// The name used in files, on the command line and on the wire.
    pub fn name(self) -> &'static str {
        match self {
            MarkerStyle::Numbers => "numbers",
            MarkerStyle::Letters => "letters",
            MarkerStyle::ParenLetters => "parenLetters",
        }
    }

    /// The marker of note `number` (1-based) with the Latin alphabet: "3", "c", "(c)".
    pub fn marker(self, number: u32) -> String {
        self.marker_in(number, LATIN)
    }

    /// The marker of note `number` (1-based) with `alphabet` for the letter styles ("3",
    /// "в", "(в)"). Letters go on past the alphabet's end as spreadsheet columns do: "aa",
    /// "ab", ...
    pub fn marker_in(self, number: u32, alphabet: &[&str]) -> String {
        match self {
            MarkerStyle::Numbers => number.to_string(),
            MarkerStyle::Letters => letters(number, alphabet),
            MarkerStyle::ParenLetters => format!("({})", letters(number, alphabet)),
        }
    }
}

/// The Latin letters a to z, the letters of the marker styles by default.
pub const LATIN: &[&str] = &[
    "a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l", "m", "n", "o", "p", "q", "r", "s",
    "t", "u", "v", "w", "x", "y", "z",
];

/// `1` -> "a", `26` -> "z", `27` -> "aa" with the Latin alphabet (bijective numbering in
/// the alphabet's base); `0` or an empty alphabet -> "".
fn letters(mut n: u32, alphabet: &[&str]) -> String {
    let base = alphabet.len() as u32;
    if base == 0 {
        return String::new();
    }
    let mut out = Vec::new();
    while n > 0 {
        n -= 1;
        out.push(alphabet[(n % base) as usize]);
        n /= base;
    }
    out.reverse();
    out.concat()
}

/// The user's hand on one note under the annex table: where it goes in the order, and the
/// text it says instead of the derived one; or a free note of the user's own.
///
/// Notes are derived from the sessions on every export; an entry names its note by the
/// note's stable key (`"hours"` for the standard-hours note, `"session:<id>"` for a note
/// about sessions, `<id>` being the lowest id among them; see `docs/annex.md`). An entry
/// whose key matches no note is kept (the note may come back) but ignored, with a warning
/// in the export report. An entry whose key is `"free:<id>"` is a free note: it is not
/// derived from sessions, it says its text and exists as long as the entry does (since
/// format version 6).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct AnnexNote {
    /// The key of the note it is about.
    pub key: String,
    /// The user placed this note: the ordered entries, in list order, fix the order of
    /// their notes; every other note keeps its derived place after the nearest ordered note
    /// that precedes it in derived order.
    #[serde(default, skip_serializing_if = "is_false")]
    pub ordered: bool,
    /// The note's whole text per language, replacing the derived one in that language;
    /// `{times}` in it is replaced by the derived dates and times.
    #[serde(default, skip_serializing_if = "Text::is_empty")]
    pub text: Text,
}
