//! Page → canonical resume. The board is chosen from the URL's host; unknown hosts go to the
//! generic extractor. Board extractors prefer the page's own JSON (`apiPayloads`) over the DOM.

mod boss;
mod capture;
pub mod eval;
mod ganji;
mod generic;
mod job51;
mod liepin;
pub mod normalise;
mod shown;
mod wuba;
mod zhaopin;

use crate::channels::{ChannelTable, OTHER_SITE};
use crate::model::Resume;
use chrono::{DateTime, FixedOffset};
use serde::Deserialize;

/// A JSON response the page itself loaded, as the extension captured it.
#[derive(Debug, Clone, Deserialize)]
pub struct ApiPayload {
    #[serde(default)]
    pub url: String,
    /// A JSON value, or a string holding JSON or JSONP.
    #[serde(default)]
    pub body: serde_json::Value,
}

/// What the extension sent for one page.
#[derive(Debug, Clone)]
pub struct Page<'a> {
    pub url: &'a str,
    pub html: Option<&'a str>,
    pub api_payloads: &'a [ApiPayload],
    pub text: Option<&'a str>,
    /// Capture time: ages and "至今" are relative to it.
    pub captured_at: DateTime<FixedOffset>,
}

#[derive(Debug, thiserror::Error, PartialEq)]
pub enum ExtractError {
    #[error("not a resume page: {0}")]
    NotAResume(String),
}

/// Turns a page into a resume with `source` filled in (channel, board resume id, url, time).
pub fn extract(page: &Page, channels: &ChannelTable) -> Result<Resume, ExtractError> {
    let host = url::Url::parse(page.url)
        .ok()
        .and_then(|u| u.host_str().map(str::to_string))
        .unwrap_or_default();
    let channel_id = channels.for_host(&host).map_or(OTHER_SITE, |c| c.id);
    // Each board module returns a resume with `source.channel_resume_id` (and `raw_id` where the
    // board's id has parts) set; the common `source` fields are filled in here.
    let board: fn(&Page) -> Result<Resume, ExtractError> = match channel_id {
        1 => zhaopin::extract,
        2 => job51::extract,
        3 => wuba::extract,
        4 => ganji::extract,
        8 => boss::extract,
        10 => liepin::extract,
        _ => generic::extract,
    };
    let mut resume = board(page)?;
    resume.source.channel_id = channel_id;
    if resume.source.channel_resume_id.is_empty() {
        resume.source.channel_resume_id = page_key(page.url);
    }
    resume.source.url = page.url.to_string();
    resume.source.crawled_at = page.captured_at.to_rfc3339();
    Ok(resume)
}

/// Identity of a page on a site that gives no resume id: the URL without its fragment.
fn page_key(url: &str) -> String {
    url.split('#').next().unwrap_or(url).to_string()
}
