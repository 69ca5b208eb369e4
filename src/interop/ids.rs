//! Small pieces every importer and exporter shares: slugs, stable UUIDs, line lookup.

/// Lowercase ASCII letters and digits of `text`, other runs collapsed to `sep`; never empty
/// (`"x"` when `text` has no letter or digit).
pub fn slug(text: &str, sep: char) -> String {
    let mut out = String::with_capacity(text.len());
    let mut pending = false;
    for c in text.chars() {
        if c.is_ascii_alphanumeric() {
            if pending && !out.is_empty() {
                out.push(sep);
            }
            pending = false;
            out.push(c.to_ascii_lowercase());
        } else {
            pending = true;
        }
    }
    if out.is_empty() {
        out.push('x');
    }
    out
}

/// A UUID-shaped identifier (version 8, "custom") derived from `parts` by two FNV-1a hashes:
/// the same parts always give the same UUID, so a re-export keeps its UIDs and guids and a
/// calendar updates its entries rather than duplicating them. Not cryptographic: it only
/// has to be stable and, in practice, unique within one timetable.
pub fn stable_uuid(parts: &[&str]) -> String {
    // Lane a is FNV-1a proper; lane b, a variant with another basis and a rotation, makes
    // the other 64 bits.
    let mut a = crate::fnv::Fnv1a::default();
    let mut b: u64 = 0x6c62_272e_07bb_0142;
    for part in parts {
        for byte in part.bytes().chain(std::iter::once(0xff)) {
            a.write(&[byte]);
            b ^= u64::from(byte);
            b = b.wrapping_mul(crate::fnv::PRIME).rotate_left(5);
        }
    }
    let a = a.finish();
    let bytes: Vec<u8> = a.to_be_bytes().into_iter().chain(b.to_be_bytes()).collect();
    let mut hex = String::with_capacity(36);
    for (i, byte) in bytes.iter().enumerate() {
        let byte = match i {
            6 => (byte & 0x0f) | 0x80,
            8 => (byte & 0x3f) | 0x80,
            _ => *byte,
        };
        if matches!(i, 4 | 6 | 8 | 10) {
            hex.push('-');
        }
        hex.push_str(&format!("{byte:02x}"));
    }
    hex
}

/// The UUID (version 5, RFC 9562) of item `id` of kind `kind` (`session`, `room`, ...) in
/// the document `document`: the namespace is itself the version 5 UUID of
/// `urn:plenary:document:<document>` in the URL namespace. Standard, so any tool can derive
/// the same guid from the same names; the same session keeps it across revisions.
pub fn document_uuid(document: &str, kind: &str, id: &str) -> String {
    let namespace = uuid::Uuid::new_v5(
        &uuid::Uuid::NAMESPACE_URL,
        format!("urn:plenary:document:{document}").as_bytes(),
    );
    uuid::Uuid::new_v5(&namespace, format!("{kind}:{id}").as_bytes()).to_string()
}

/// Byte offsets to 1-based line and column, in O(log lines) per lookup (XML parsers'
/// own lookups scan from the start, too slow for thousands of events).
pub struct Lines {
    starts: Vec<usize>,
}

impl Lines {
    /// Indexes the line starts of `text`.
    pub fn new(text: &str) -> Lines {
        let mut starts = vec![0];
        starts.extend(memchr::memchr_iter(b'\n', text.as_bytes()).map(|i| i + 1));
        Lines { starts }
    }

    /// Line and column (in characters) of byte `offset` in `text`.
    pub fn at(&self, text: &str, offset: usize) -> (usize, usize) {
        let line = match self.starts.binary_search(&offset) {
            Ok(i) => i,
            Err(i) => i.saturating_sub(1),
        };
        let start = self.starts.get(line).copied().unwrap_or(0);
        let column = text
            .get(start..offset.min(text.len()))
            .map_or(1, |s| s.chars().count() + 1);
        (line + 1, column)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slug_keeps_letters_and_digits_only() {
        assert_eq!(slug("Saal 1", '-'), "saal-1");
        assert_eq!(slug("  H.2215 (Ferrer) ", '-'), "h-2215-ferrer");
        assert_eq!(slug("…", '_'), "x");
    }

    #[test]
    fn stable_uuid_is_stable_and_uuid_shaped() {
        let a = stable_uuid(&["meeting", "s1"]);
        assert_eq!(a, stable_uuid(&["meeting", "s1"]));
        assert_ne!(a, stable_uuid(&["meeting", "s2"]));
        assert_ne!(stable_uuid(&["ab", "c"]), stable_uuid(&["a", "bc"]));
        assert_eq!(a.len(), 36);
        assert_eq!(&a[14..15], "8", "version 8: {a}");
    }

    #[test]
    fn document_uuid_is_version_5_and_stable() {
        let a = document_uuid("doc", "session", "s1");
        assert_eq!(a, document_uuid("doc", "session", "s1"));
        assert_ne!(a, document_uuid("doc", "session", "s2"));
        assert_ne!(a, document_uuid("other", "session", "s1"));
        assert_eq!(&a[14..15], "5", "version 5: {a}");
    }

    #[test]
    fn lines_finds_line_and_column() {
        let text = "ab\ncdé\nf";
        let lines = Lines::new(text);
        assert_eq!(lines.at(text, 0), (1, 1));
        assert_eq!(lines.at(text, 3), (2, 1));
        assert_eq!(lines.at(text, 7), (2, 4));
        assert_eq!(lines.at(text, 8), (3, 1));
    }
}
