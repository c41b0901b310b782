//! Generic extractor for sites without a board extractor (placeholder until the extraction issue).

use super::{ExtractError, Page};
use crate::model::{ContactState, Resume};
use regex::Regex;
use std::sync::LazyLock;

static PHONE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?:^|\D)(1[3-9]\d{9})(?:\D|$)").unwrap());
static NAME: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"姓\s*名\s*[:：]\s*([\p{Han}·]{2,6})").unwrap());

pub fn extract(page: &Page) -> Result<Resume, ExtractError> {
    let text = match (page.text, page.html) {
        (Some(t), _) => t.to_string(),
        (None, Some(h)) => scraper::Html::parse_document(h)
            .root_element()
            .text()
            .collect::<Vec<_>>()
            .join(" "),
        (None, None) => String::new(),
    };
    let mut r = Resume::default();
    if let Some(c) = NAME.captures(&text) {
        r.real_name = Some(c[1].to_string());
    }
    if let Some(c) = PHONE.captures(&text) {
        r.phone = Some(c[1].to_string());
        r.phone_state = ContactState::Clear;
    }
    if r.real_name.is_none() && r.phone.is_none() {
        return Err(ExtractError::NotAResume("no name or phone".into()));
    }
    Ok(r)
}
