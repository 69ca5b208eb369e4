//! The static site.
use super::{Published, SiteFile};

pub(super) fn pages(_p: &Published<'_>) -> Vec<SiteFile> {
    Vec::new()
}
