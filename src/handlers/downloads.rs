//! download_confrim (sic) and download_resume: unlocking a resume's contact details.
//!
//! Unlocking spends the recruiter's paid points on the board, so the store is asked first:
//! contacts already known are returned without spending anything.

use super::channels::refresh_from_central;
use super::resumes::resolve;
use super::{central_failure, Ctx, Outcome};
use crate::central::CentralError;
use crate::fields;
use crate::protocol::{fields::channel_id, fields::id_string, ErrorCode, Failure, Request};
use crate::store::{channels, outbox, resumes, unlocks};
use serde_json::{json, Value};
use std::sync::Arc;
use std::time::{Duration, Instant};

/// What every download request names, validated, with the stored resume when there is one.
pub(super) struct Target {
    pub resume_id: String,
    pub channel_id: i64,
    pub stored: resumes::Stored,
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
        stored,
        pay_types,
    })
}

/// The reply fields for contacts the store already holds, if it holds clear ones.
pub(super) fn known_contact(t: &Target) -> Option<serde_json::Map<String, Value>> {
    let r = &t.stored.resume;
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

/// Payment options and balances for the channel, live from central (the plugin shows them
/// before the recruiter pays), or the contacts when they are already known.
pub async fn download_confirm(ctx: &Arc<Ctx>, req: &Request) -> Outcome {
    let t = target(ctx, req).await?;
    if let Some(mut m) = known_contact(&t) {
        m.insert("alreadyDownloaded".into(), json!(true));
        m.insert("payType".into(), t.pay_types.clone());
        return Ok(m);
    }
    if !refresh_from_central(ctx, &[t.channel_id]).await {
        return Err(t.fail(ctx.central_unavailable()));
    }
    let ch = t.channel_id;
    let state = ctx
        .store(move |s| channels::get(s.conn(), ch).map_err(Failure::from))
        .await?;
    let Some(state) = state else {
        return Err(t.fail(Failure::new(ErrorCode::ChannelNotLoggedIn)));
    };
    if !state.is_login {
        return Err(t.fail(Failure::new(ErrorCode::ChannelNotLoggedIn)));
    }
    if state.download == Some(false) {
        return Err(t.fail(Failure::new(ErrorCode::DownloadUnsupported)));
    }
    Ok(fields! {
        "resumeId" => t.resume_id,
        "channelId" => t.channel_id,
        "payType" => state.pay_types,
    })
}

/// Unlocks the contacts, spending the board's points exactly once per (channel, resume) even
/// when several host processes ask at the same moment: the `unlocks` row decides who calls
/// central; the others wait for that outcome.
pub async fn download_resume(ctx: &Arc<Ctx>, req: &Request) -> Outcome {
    let t = target(ctx, req).await?;
    if let Some(mut m) = known_contact(&t) {
        m.insert("alreadyDownloaded".into(), json!(true));
        return Ok(m);
    }
    let pay_type = req.get("payType").and_then(channel_id).unwrap_or(1);
    let stored = &t.stored;
    let local_id = stored.id;
    let ch = t.channel_id;
    let board_id = stored.resume.source.channel_resume_id.clone();
    let timeout = Duration::from_millis(ctx.config.central.request_timeout_ms.max(1));
    let central = ctx.central(timeout).await.map_err(|f| t.fail(f))?;
    let account = central.identity().account.clone();
    // A claim older than one request timeout (plus slack) belongs to a requester that died.
    let stale_ms = timeout.as_millis() as i64 + 5_000;
    let give_up = Instant::now() + timeout * 2 + Duration::from_secs(5);

    let key = loop {
        let (b, a) = (board_id.clone(), account.clone());
        let claim = ctx
            .store(move |s| {
                s.write(|tx| unlocks::claim(tx, ch, &b, a.as_deref(), pay_type, stale_ms))
                    .map_err(Failure::from)
            })
            .await?;
        match claim {
            unlocks::Claim::Spend { key } => break key,
            unlocks::Claim::Done => {
                let again = target(ctx, req).await?;
                return match known_contact(&again) {
                    Some(mut m) => {
                        m.insert("alreadyDownloaded".into(), json!(true));
                        Ok(m)
                    }
                    None => Err(t.fail(Failure::new(ErrorCode::Internal))),
                };
            }
            unlocks::Claim::Wait => {
                if Instant::now() >= give_up {
                    return Err(t.fail(Failure::msg(
                        ErrorCode::CentralUnreachable,
                        "该简历正在另一个窗口中下载，请稍后重试",
                    )));
                }
                tokio::time::sleep(Duration::from_millis(100)).await;
            }
        }
    };

    let answer = central.download_resume(ch, &board_id, pay_type, &key).await;
    let b = board_id.clone();
    match answer {
        Ok(u) => {
            let (name, phone, email) = (u.name.clone(), u.phone.clone(), u.email.clone());
            let resume = ctx
                .store(move |s| {
                    s.write(|tx| {
                        let resume = resumes::set_contact(
                            tx,
                            local_id,
                            name.as_deref(),
                            phone.as_deref(),
                            email.as_deref(),
                        )?;
                        unlocks::finish(tx, ch, &b, unlocks::DONE, "success")?;
                        let report = json!({
                            "channel": ch, "channelId": b, "name": name, "phone": phone, "email": email,
                        });
                        outbox::enqueue(tx, outbox::CONTACT_REPORT, None, &report, &format!("contact-{key}"))?;
                        if let Some(r) = &resume {
                            let upload = format!("upload-{local_id}-{}", resumes::content_hash(r));
                            outbox::enqueue(tx, outbox::RESUME_UPLOAD, Some(local_id), &json!({ "resumeId": local_id }), &upload)?;
                        }
                        Ok(resume)
                    })
                    .map_err(Failure::from)
                })
                .await?;
            ctx.wake_agent();
            let r = resume.unwrap_or_default();
            Ok(fields! {
                "resumeId" => t.resume_id,
                "channelId" => t.channel_id,
                "name" => r.real_name.or(u.name),
                "phone" => r.phone.filter(|_| r.phone_state.is_clear()).or(u.phone),
                "email" => r.email.filter(|_| r.email_state.is_clear()).or(u.email),
            })
        }
        Err(e) => {
            // Refused: nothing was spent, a later request starts afresh. Answer lost: central
            // may have spent, so the claim is left for the next requester with the same key.
            let (state, outcome) = match &e {
                CentralError::Transient { reason, .. } => {
                    (unlocks::PENDING, format!("no answer: {reason}"))
                }
                other => (unlocks::FAILED, other.to_string()),
            };
            ctx.store(move |s| {
                s.write(|tx| unlocks::finish(tx, ch, &b, state, &outcome))
                    .map_err(Failure::from)
            })
            .await?;
            Err(t.fail(central_failure(e)))
        }
    }
}
