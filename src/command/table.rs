//! The `commands!` table: declares [`Command`](super::Command) so that each variant's undo
//! label is written once, as its first doc line, the way Helix's `static_commands!` pairs each
//! command with its text.
//!
//! Every variant must begin with a one-line doc comment that is its label ("/// Move
//! session"); further doc lines may follow it. The macro generates `Command::doc_line`,
//! which [`Command::label`](super::Command::label) reads. A variant without a leading doc line does
//! not match the table and fails to compile.

/// Declares the `Command` enum from the table in `mod.rs` (see the module doc).
macro_rules! commands {
    (
        $(#[$outer:meta])*
        pub enum Command {
            $(
                #[doc = $label:literal]
                $(#[$meta:meta])*
                $variant:ident $({ $($fields:tt)* })?
            ),* $(,)?
        }
    ) => {
        $(#[$outer])*
        pub enum Command {
            $(
                #[doc = $label]
                $(#[$meta])*
                $variant $({ $($fields)* })?,
            )*
        }

        impl Command {
            /// The variant's first doc line: its undo label, as written in the table.
            fn doc_line(&self) -> &'static str {
                match self {
                    $(Command::$variant { .. } => $label.trim(),)*
                }
            }

            /// Every variant's first doc line, in the table's order (each label's message
            /// id, [`Command::label_words`], must be in the message files).
            #[cfg(test)]
            pub(crate) const DOC_LINES: &'static [&'static str] = &[$($label),*];
        }
    };
}
