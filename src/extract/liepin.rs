//! Board extractor: not written yet, so pages of this board go through the generic extractor.

use super::{ExtractError, Page};
use crate::model::Resume;

pub fn extract(page: &Page) -> Result<Resume, ExtractError> {
    super::generic::extract(page)
}
