//! What the JSON reader (serde_json) says about a text it cannot read, as messages.
//!
//! serde_json says it in English only, and as text: its syntax errors are a fixed list
//! (`expected `,` or `}``, `EOF while parsing a string`, ...) and its data errors follow
//! serde's own few forms (`invalid type: string "x", expected u32`, `missing field `id``,
//! `unknown field `x`, expected one of ...`). Each is read back here into a message id with
//! its arguments; the names in backquotes, and what the reading expected (`u32`, `struct
//! Session`, a model type's own words), are kept as they are. A text of no known form
//! (a model type's own refusal, such as an unreadable time) is passed on as it is.

use super::{Arg, Message};

/// The message of what serde_json said (`text`, without its " at line L column C").
pub fn reason(text: &str) -> Message {
    if let Some(m) = fixed(text) {
        return Message::new(m);
    }
    if let Some(offset) = text
        .strip_prefix("not UTF-8 text (invalid byte at offset ")
        .and_then(|r| r.strip_suffix(')'))
    {
        return Message::new("json-not-utf8").with("offset", offset);
    }
    // The model's own readers of times (`crate::time::ClockParseError`).
    for (suffix, id) in [
        ("' is not a time HH:MM (00:00 to 24:00)", "json-not-a-time"),
        ("' is not a date-time YYYY-MM-DDTHH:MM", "json-not-a-stamp"),
    ] {
        if let Some(value) = text.strip_prefix('\'').and_then(|r| r.strip_suffix(suffix)) {
            return Message::new(id).with("value", value);
        }
    }
    if let Some(rest) = text.strip_prefix("invalid type: ") {
        return found_expected("json-invalid-type", rest);
    }
    if let Some(rest) = text.strip_prefix("invalid value: ") {
        return found_expected("json-invalid-value", rest);
    }
    if let Some((length, expected)) = text
        .strip_prefix("invalid length ")
        .and_then(|r| r.split_once(", expected "))
    {
        return Message::new("json-invalid-length")
            .with("length", length)
            .with("expected", expected);
    }
    if let Some(field) = quoted_whole(text, "missing field ") {
        return Message::new("json-missing-field").with("field", field);
    }
    if let Some(field) = quoted_whole(text, "duplicate field ") {
        return Message::new("json-duplicate-field").with("field", field);
    }
    for (prefix, id, none_id) in [
        (
            "unknown field ",
            "json-unknown-field",
            "json-unknown-field-none",
        ),
        (
            "unknown variant ",
            "json-unknown-variant",
            "json-unknown-variant-none",
        ),
    ] {
        if let Some(rest) = text.strip_prefix(prefix)
            && let Some((name, tail)) = backquoted(rest)
        {
            if let Some(expected) = tail.strip_prefix(", expected one of ") {
                return Message::new(id)
                    .with("name", name)
                    .with("expected", expected);
            }
            if let Some(expected) = tail.strip_prefix(", expected ") {
                return Message::new(id)
                    .with("name", name)
                    .with("expected", expected);
            }
            return Message::new(none_id).with("name", name);
        }
    }
    Message::as_said(text)
}

/// serde_json's syntax errors, each a fixed sentence.
fn fixed(text: &str) -> Option<&'static str> {
    Some(match text {
        "EOF while parsing a list" => "json-eof-list",
        "EOF while parsing an object" => "json-eof-object",
        "EOF while parsing a string" => "json-eof-string",
        "EOF while parsing a value" => "json-eof-value",
        "expected `:`" => "json-expected-colon",
        "expected `,` or `]`" => "json-expected-comma-or-bracket",
        "expected `,` or `}`" => "json-expected-comma-or-brace",
        "expected ident" => "json-expected-ident",
        "expected value" => "json-expected-value",
        "invalid escape" => "json-invalid-escape",
        "invalid number" => "json-invalid-number",
        "number out of range" => "json-number-out-of-range",
        "invalid unicode code point" => "json-invalid-unicode",
        "control character (\\u0000-\\u001F) found while parsing a string" => {
            "json-control-character"
        }
        "key must be a string" => "json-key-must-be-string",
        "lone leading surrogate in hex escape" | "unexpected end of hex escape" => {
            "json-invalid-unicode"
        }
        "trailing comma" => "json-trailing-comma",
        "trailing characters" => "json-trailing-characters",
        "recursion limit exceeded" => "json-too-deep",
        _ => return None,
    })
}

/// "`name`" and what follows it.
fn backquoted(text: &str) -> Option<(&str, &str)> {
    let rest = text.strip_prefix('`')?;
    let end = rest.find('`')?;
    Some((&rest[..end], &rest[end + 1..]))
}

/// The name of "prefix `name`" when that is the whole text.
fn quoted_whole<'a>(text: &'a str, prefix: &str) -> Option<&'a str> {
    backquoted(text.strip_prefix(prefix)?).and_then(|(name, tail)| tail.is_empty().then_some(name))
}

/// "FOUND, expected EXPECTED" of an invalid type or value.
fn found_expected(id: &str, rest: &str) -> Message {
    match rest.rsplit_once(", expected ") {
        Some((found, expected)) => Message::new(id)
            .with("found", unexpected(found))
            .with("expected", expected),
        None => Message::as_said(format!("{id}: {rest}")),
    }
}

/// What serde found, in the words of each language (serde's `Unexpected`): its kind named,
/// its value as it is.
fn unexpected(found: &str) -> Arg {
    for (prefix, id) in [
        ("string ", "json-found-string"),
        ("integer ", "json-found-integer"),
        ("floating point ", "json-found-number"),
        ("boolean ", "json-found-boolean"),
        ("character ", "json-found-character"),
    ] {
        if let Some(value) = found.strip_prefix(prefix) {
            return Message::new(id).with("value", value).into();
        }
    }
    let id = match found {
        "null" | "unit value" | "Option value" => "json-found-null",
        "sequence" => "json-found-array",
        "map" => "json-found-object",
        _ => return Arg::from(found),
    };
    Message::new(id).into()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Lang;

    #[test]
    fn serde_jsons_sentences_read_back_as_they_were_in_english() {
        for text in [
            "EOF while parsing an object",
            "expected `,` or `}`",
            "trailing comma",
            "invalid type: string \"x\", expected u32",
            "invalid type: null, expected a sequence",
            "invalid value: integer `-1`, expected u32",
            "invalid length 3, expected a tuple of size 2",
            "missing field `id`",
            "duplicate field `id`",
            "unknown field `colour`, expected one of `id`, `title`",
            "unknown field `colour`, there are no fields",
            "unknown variant `lunchh`, expected one of `lunch`, `coffee`",
            "not UTF-8 text (invalid byte at offset 12)",
            "'25:30' is not a time HH:MM (00:00 to 24:00)",
            "'2017-09-20 09:00' is not a date-time YYYY-MM-DDTHH:MM",
        ] {
            let said = reason(text);
            assert_ne!(said.id, "as-said", "{text}");
            assert_eq!(said.to_string(), text);
        }
        assert_eq!(reason("25:00 is no time").id, "as-said");
    }

    #[test]
    fn serde_jsons_sentences_are_written_in_each_language() {
        let said = reason("expected `,` or `}`");
        assert_eq!(
            said.text(Lang::Fr),
            "«\u{a0},\u{a0}» ou «\u{a0}}\u{a0}» attendu"
        );
        let said = reason("invalid type: string \"x\", expected u32");
        assert_eq!(
            said.text(Lang::Es),
            "tipo no válido: cadena \"x\"; se esperaba u32"
        );
        assert!(reason("missing field `id`").text(Lang::Ru).contains("`id`"));
        assert!(
            reason("EOF while parsing a string")
                .text(Lang::Zh)
                .contains("字符串")
        );
    }
}
