//! Escaping in every export (written next).
