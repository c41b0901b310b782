//! crawl_url (parse the page the recruiter is looking at) and crawl_save (keep it, upload it).

use super::{Ctx, Outcome};
use crate::extract::{self, ApiPayload, ExtractError, Page};
use crate::fields;
use crate::model::Resume;
use crate::protocol::{fields::channel_id, fields::id_string, ErrorCode, Failure, Request};
use crate::store::{outbox, positions, resumes, Store};
use crate::{channels::OTHER_SITE, position_match};
use serde_json::{json, Value};
use std::sync::Arc;

/// Positions offered in a crawl_url reply.
const POSITIONS_OFFERED: usize = 20;

pub async fn crawl_url(ctx: &Arc<Ctx>, req: &Request) -> Outcome {
    let url = match req.get("url") {
        Some(Value::String(u)) if !u.trim().is_empty() => u.trim().to_string(),
        _ => return Err(Failure::bad_request("缺少页面地址（url）")),
    };
    let html = match req.get("html") {
        None | Some(Value::Null) => None,
        Some(Value::String(h)) => Some(h.clone()),
        Some(_) => return Err(Failure::bad_request("html 必须是字符串")),
    };
    let text = match req.get("text") {
        None | Some(Value::Null) => None,
        Some(Value::String(t)) => Some(t.clone()),
        Some(_) => return Err(Failure::bad_request("text 必须是字符串")),
    };
    let payloads: Vec<ApiPayload> = match req.get("apiPayloads") {
        None | Some(Value::Null) => Vec::new(),
        Some(v @ Value::Array(_)) => serde_json::from_value(v.clone())
            .map_err(|_| Failure::bad_request("apiPayloads 的每一项必须是 {url, body} 对象"))?,
        Some(_) => return Err(Failure::bad_request("apiPayloads 必须是列表")),
    };
    let blank = |s: &Option<String>| s.as_deref().is_none_or(|s| s.trim().is_empty());
    if blank(&html) && blank(&text) && payloads.is_empty() {
        return Err(Failure::bad_request(
            "请求中没有页面内容（html、apiPayloads、text 均为空），请刷新页面后重试",
        ));
    }
    // Parsing is CPU work: it runs on a blocking thread but outside the store lock, so other
    // requests' store reads are not queued behind a large page.
    let channels = ctx.channels.clone();
    let extracted = tokio::task::spawn_blocking(move || {
        let page = Page {
            url: &url,
            html: html.as_deref(),
            api_payloads: &payloads,
            text: text.as_deref(),
            captured_at: chrono::Local::now().fixed_offset(),
        };
        extract::extract(&page, &channels)
    })
    .await
    .map_err(|e| {
        log::error!("extractor failed: {e}");
        Failure::new(ErrorCode::Internal)
    })?;
    let resume = extracted.map_err(not_a_resume)?;
    ctx.store(move |s| store_and_describe(s, resume)).await
}

pub fn not_a_resume(e: ExtractError) -> Failure {
    match e {
        ExtractError::NotAResume(why) => {
            log::info!("crawl_url: not a resume ({why})");
            Failure::new(ErrorCode::NotAResume)
        }
    }
}

/// Stores a captured resume and builds the crawl_url reply around it.
pub fn store_and_describe(s: &mut Store, resume: Resume) -> Outcome {
    // A capture is a cache of the page on screen: fsync-free commit keeps crawl_url on the
    // click path fast; crawl_save's synced commit then makes it durable with the upload.
    let (stored, status, dups, all_positions) = s.write_relaxed(|tx| {
        let (stored, status) = resumes::upsert(tx, resume)?;
        let dups = resumes::duplicates(tx, stored.id)?;
        let ps = positions::all(tx)?;
        Ok((stored, status, dups, ps))
    })?;
    let ranked = position_match::rank(&stored.resume, &all_positions, POSITIONS_OFFERED);
    let positions: Vec<Value> = ranked
        .iter()
        .map(|p| json!({ "id": p.id, "title": p.title, "city": p.city, "channelId": p.channel_id }))
        .collect();
    Ok(fields! {
        "status" => status,
        "resumeId" => stored.id.to_string(),
        "channelId" => stored.resume.source.channel_id,
        "channelResumeId" => stored.resume.source.channel_resume_id,
        "contactUnlocked" => stored.resume.contact_unlocked(),
        "userInfo" => stored.resume,
        "positions" => positions,
        "duplicates" => dups,
    })
}

/// Finds a stored resume by our id, or by the board's id when the plugin sent that instead.
pub(super) fn resolve(
    s: &Store,
    resume_id: &str,
    channel: Option<i64>,
) -> crate::store::Result<Option<resumes::Stored>> {
    if let Ok(id) = resume_id.parse::<i64>() {
        if let Some(found) = resumes::get(s.conn(), id)? {
            if channel.is_none_or(|c| c == found.resume.source.channel_id) {
                return Ok(Some(found));
            }
        }
    }
    match channel {
        Some(c) => resumes::find_by_board(s.conn(), c, resume_id),
        None => Ok(None),
    }
}

pub async fn crawl_save(ctx: &Arc<Ctx>, req: &Request) -> Outcome {
    let position = id_string(req.get("position"));
    let inline = match req.get("userInfo") {
        None | Some(Value::Null) => None,
        Some(v @ Value::Object(_)) => Some(
            serde_json::from_value::<Resume>(v.clone())
                .map_err(|e| Failure::bad_request(format!("userInfo 格式不正确：{e}")))?,
        ),
        Some(_) => return Err(Failure::bad_request("userInfo 必须是对象")),
    };
    let resume_id = id_string(req.get("resumeId"));
    if inline.is_none() && resume_id.is_none() {
        return Err(Failure::bad_request("缺少简历编号（resumeId）"));
    }
    let channel = req.get("channelId").and_then(channel_id);
    let rid_for_err = resume_id.clone();
    let saved = ctx
        .store(move |s| {
            let id = match inline {
                // The old test client sent the resume itself: store what was sent, parse nothing.
                Some(mut r) => {
                    if r.source.channel_id == 0 {
                        r.source.channel_id = channel.unwrap_or(OTHER_SITE);
                    }
                    if r.source.channel_resume_id.is_empty() {
                        r.source.channel_resume_id = resume_id
                            .clone()
                            .unwrap_or_else(|| format!("inline-{}", resumes::content_hash(&r)));
                    }
                    s.write(|tx| Ok(resumes::upsert(tx, r)?.0.id))?
                }
                None => match resolve(s, resume_id.as_deref().unwrap_or_default(), channel)? {
                    Some(found) => found.id,
                    None => return Ok(None),
                },
            };
            s.write(|tx| {
                let stored = resumes::get(tx, id)?.expect("resolved above");
                resumes::mark_saved(tx, id, position.as_deref())?;
                let payload = json!({ "resumeId": id });
                let key = format!("upload-{id}-{}", stored.content_hash);
                outbox::enqueue(tx, outbox::RESUME_UPLOAD, Some(id), &payload, &key)?;
                if let Some(p) = &position {
                    let payload = json!({ "resumeId": id, "position": p });
                    outbox::enqueue(
                        tx,
                        outbox::RESUME_LINK,
                        Some(id),
                        &payload,
                        &format!("link-{id}-{p}"),
                    )?;
                }
                Ok(Some(id))
            })
            .map_err(Failure::from)
        })
        .await?;
    match saved {
        Some(id) => {
            ctx.wake_agent();
            Ok(fields! { "queued" => true, "resumeId" => id.to_string() })
        }
        None => Err(Failure::new(ErrorCode::UnknownResume).with("resumeId", rid_for_err)),
    }
}
