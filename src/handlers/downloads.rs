//! download_confrim (sic) and download_resume: unlocking a resume's contact details.
//!
//! Unlocking spends the recruiter's paid points on the board, so the store is asked first:
//! contacts already known are returned without spending anything.

use super::resumes::resolve;
use super::{Ctx, Outcome};
use crate::fields;
use crate::protocol::{fields::channel_id, fields::id_string, ErrorCode, Failure, Request};
use crate::store::{channels, resumes};
use serde_json::{json, Value};
use std::sync::Arc;

/// What every download request names, validated, with the stored resume when there is one.
pub(super) struct Target {
    pub resume_id: String,
    pub channel_id: i64,
    pub stored: Option<resumes::Stored>,
    pub pay_types: Value,
}

impl Target {
    /// The old plugin shows this failure on the page, so it must name the resume and channel.
    pub fn fail(&self, f: Failure) -> Failure {
        f.with("resumeId", self.resume_id.clone())
            .with("channelId", self.channel_id)
    }
}

pub(super) async fn target(ctx: &Arc<Ctx>, req: &Request) -> Result<Target, Failure> {
    let resume_id = id_string(req.get("resumeId"));
    let channel = req.get("channelId").and_then(channel_id);
    let (Some(resume_id), Some(channel_id)) = (resume_id.clone(), channel) else {
        return Err(
            Failure::bad_request("缺少简历编号（resumeId）或渠道编号（channelId）")
                .with("resumeId", resume_id)
                .with("channelId", channel),
        );
    };
    let unknown = |f: Failure| {
        f.with("resumeId", resume_id.clone())
            .with("channelId", channel_id)
    };
    let channel = ctx
        .channels
        .get(channel_id)
        .ok_or_else(|| unknown(Failure::new(ErrorCode::UnknownChannel)))?;
    if !channel.download {
        return Err(unknown(Failure::new(ErrorCode::DownloadUnsupported)));
    }
    let rid = resume_id.clone();
    let (stored, pay_types) = ctx
        .store(move |s| {
            let stored = resolve(s, &rid, Some(channel_id))?;
            let pay = channels::get(s.conn(), channel_id)?
                .map(|c| c.pay_types)
                .unwrap_or(json!([]));
            Ok((stored, pay))
        })
        .await?;
    let Some(stored) = stored else {
        return Err(unknown(Failure::new(ErrorCode::UnknownResume)));
    };
    Ok(Target {
        resume_id,
        channel_id,
        stored: Some(stored),
        pay_types,
    })
}

/// The reply fields for contacts the store already holds, if it holds clear ones.
pub(super) fn known_contact(t: &Target) -> Option<serde_json::Map<String, Value>> {
    let r = &t.stored.as_ref()?.resume;
    r.contact_unlocked().then(|| {
        fields! {
            "resumeId" => t.resume_id,
            "channelId" => t.channel_id,
            "name" => r.real_name,
            "phone" => r.phone.as_ref().filter(|_| r.phone_state.is_clear()),
            "email" => r.email.as_ref().filter(|_| r.email_state.is_clear()),
        }
    })
}

pub async fn download_confirm(ctx: &Arc<Ctx>, req: &Request) -> Outcome {
    let t = target(ctx, req).await?;
    if let Some(mut m) = known_contact(&t) {
        m.insert("alreadyDownloaded".into(), json!(true));
        m.insert("payType".into(), t.pay_types.clone());
        return Ok(m);
    }
    Err(t.fail(ctx.central_unavailable()))
}

pub async fn download_resume(ctx: &Arc<Ctx>, req: &Request) -> Outcome {
    let t = target(ctx, req).await?;
    if let Some(mut m) = known_contact(&t) {
        m.insert("alreadyDownloaded".into(), json!(true));
        return Ok(m);
    }
    Err(t.fail(ctx.central_unavailable()))
}
