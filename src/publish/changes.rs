//! The changelog.
use super::{Published, SiteFile};

pub(super) fn changelog(_p: &Published<'_>) -> Vec<SiteFile> {
    Vec::new()
}
