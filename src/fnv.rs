//! FNV-1a, 64 bits: the one non-cryptographic hash of Plenary, for values that must stay the
//! same across runs, platforms and Rust versions (std's `DefaultHasher` promises none of
//! that): the stable UIDs and guids of the exports ([`crate::interop`]) and the content
//! stamp by which the desktop app notices a file changed on disk. Not for anything an
//! adversary chooses to collide.

/// The FNV-1a offset basis (64 bits).
pub const OFFSET_BASIS: u64 = 0xcbf2_9ce4_8422_2325;
/// The FNV prime (64 bits).
pub const PRIME: u64 = 0x0000_0100_0000_01b3;

/// An FNV-1a hash fed piece by piece: `write` several slices and `finish` equals
/// [`fnv1a`] of their concatenation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Fnv1a(u64);

impl Default for Fnv1a {
    fn default() -> Self {
        Fnv1a(OFFSET_BASIS)
    }
}

impl Fnv1a {
    /// Feeds `bytes`.
    pub fn write(&mut self, bytes: &[u8]) {
        for &byte in bytes {
            self.0 = (self.0 ^ u64::from(byte)).wrapping_mul(PRIME);
        }
    }

    /// The hash of everything fed so far.
    pub fn finish(self) -> u64 {
        self.0
    }
}

/// The 64-bit FNV-1a hash of `bytes`.
pub fn fnv1a(bytes: &[u8]) -> u64 {
    let mut hash = Fnv1a::default();
    hash.write(bytes);
    hash.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The published FNV-1a 64 test vectors (from the reference implementation's test
    /// suite): a change to the arithmetic would change every exported UID.
    #[test]
    fn matches_the_reference_vectors() {
        let cases: [(&str, u64); 3] = [
            ("", 0xcbf2_9ce4_8422_2325),
            ("a", 0xaf63_dc4c_8601_ec8c),
            ("foobar", 0x8594_4171_f739_67e8),
        ];
        for (input, expected) in cases {
            assert_eq!(fnv1a(input.as_bytes()), expected, "fnv1a({input:?})");
        }
    }

    #[test]
    fn feeding_in_pieces_equals_hashing_the_whole() {
        let mut hash = Fnv1a::default();
        hash.write(b"foo");
        hash.write(b"bar");
        assert_eq!(hash.finish(), fnv1a(b"foobar"));
    }
}
