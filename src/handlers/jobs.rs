//! batch_job_sync, job_sync_all, channel_upgrade: job postings and search rules.

use super::{central_failure, Ctx, Outcome};
use crate::fields;
use crate::protocol::{fields::channel_id, fields::id_string, ErrorCode, Failure, Request};
use crate::store::{jobs, outbox, positions};
use serde_json::{json, Value};
use std::sync::Arc;
use std::time::{Duration, Instant};

/// A validated refresh request: per channel, the job ids to refresh.
fn parse_refreshes(ctx: &Ctx, req: &Request) -> Result<Vec<(i64, Vec<String>)>, Failure> {
    let list = req
        .get("Jobids")
        .or_else(|| req.get("jobIds"))
        .ok_or_else(|| Failure::bad_request("缺少 Jobids（要刷新的职位列表）"))?;
    let entries = list
        .as_array()
        .filter(|a| !a.is_empty())
        .ok_or_else(|| Failure::bad_request("Jobids 必须是非空列表"))?;
    let mut out: Vec<(i64, Vec<String>)> = Vec::new();
    for (i, e) in entries.iter().enumerate() {
        let n = i + 1;
        let ch = e
            .get("channelId")
            .and_then(channel_id)
            .ok_or_else(|| Failure::bad_request(format!("Jobids 第 {n} 项缺少有效的 channelId")))?;
        let channel = ctx
            .channels
            .get(ch)
            .ok_or_else(|| Failure::bad_request(format!("Jobids 第 {n} 项的渠道 {ch} 未知")))?;
        if !channel.refresh {
            return Err(Failure::bad_request(format!(
                "{} 不支持职位刷新",
                channel.name
            )));
        }
        let ids: Vec<String> = e
            .get("ids")
            .and_then(Value::as_array)
            .map(|a| a.iter().filter_map(|v| id_string(Some(v))).collect())
            .unwrap_or_default();
        if ids.is_empty() {
            return Err(Failure::bad_request(format!(
                "Jobids 第 {n} 项（{}）的职位编号列表 ids 为空",
                channel.name
            )));
        }
        match out.iter_mut().find(|(c, _)| *c == ch) {
            Some((_, existing)) => existing.extend(ids),
            None => out.push((ch, ids)),
        }
    }
    Ok(out)
}

pub async fn batch_job_sync(ctx: &Arc<Ctx>, req: &Request) -> Outcome {
    let requested = parse_refreshes(ctx, req)?;
    let cooldown_ms = (ctx.config.refresh_cooldown_secs as i64).saturating_mul(1000);
    let (outbox_id, sent, coalesced) = ctx
        .store(move |s| {
            s.write(|tx| {
                let mut to_send: Vec<Value> = Vec::new();
                let (mut sent, mut coalesced) = (0usize, 0usize);
                for (ch, ids) in &requested {
                    let mut fresh = Vec::new();
                    for id in ids {
                        if !fresh.contains(id) && jobs::claim_refresh(tx, *ch, id, cooldown_ms)? {
                            fresh.push(id.clone());
                        } else {
                            coalesced += 1;
                        }
                    }
                    sent += fresh.len();
                    if !fresh.is_empty() {
                        to_send.push(json!({ "channelId": ch, "ids": fresh }));
                    }
                }
                if to_send.is_empty() {
                    return Ok((None, 0, coalesced));
                }
                let key = outbox::new_key("refresh");
                let id = outbox::enqueue(
                    tx,
                    outbox::JOB_REFRESH,
                    None,
                    &json!({ "refreshes": to_send }),
                    &key,
                )?;
                for entry in &to_send {
                    let ch = entry["channelId"].as_i64().unwrap_or_default();
                    for job in entry["ids"].as_array().into_iter().flatten() {
                        jobs::set_refresh_outbox(tx, ch, job.as_str().unwrap_or_default(), id)?;
                    }
                }
                Ok((Some(id), sent, coalesced))
            })
            .map_err(Failure::from)
        })
        .await?;
    if sent == 0 {
        return Ok(fields! {
            "coalesced" => coalesced,
            "msg" => "这些职位在冷却时间内已刷新过，本次未重复提交（避免重复扣点）",
        });
    }
    if let Some(id) = outbox_id {
        if let Some(answer) = await_refresh(ctx, id).await? {
            release_failed(ctx, id, &answer).await?;
            return refresh_reply(ctx, answer, coalesced);
        }
    }
    Ok(fields! {
        "queued" => true,
        "coalesced" => coalesced,
        "msg" => "已加入刷新队列，网络恢复后自动提交",
    })
}

/// Central's answer to a queued refresh, if the agent gets one within the click budget:
/// `Ok(fails)` or the reason central refused the whole request.
async fn await_refresh(
    ctx: &Arc<Ctx>,
    outbox_id: i64,
) -> Result<Option<Result<Vec<Value>, String>>, Failure> {
    if ctx.config.central_url().is_none() {
        return Ok(None);
    }
    // The agent delivers it; make sure there is one (it may have gone idle meanwhile).
    ctx.wake_agent();
    let deadline = Instant::now() + ctx.click_budget();
    loop {
        let outcome = ctx
            .store(move |s| outbox::outcome(s.conn(), outbox_id).map_err(Failure::from))
            .await?;
        match outcome {
            Some(o) if o.state == "done" => {
                let fails = o
                    .result
                    .and_then(|r| serde_json::from_str::<Value>(&r).ok())
                    .and_then(|v| v.get("fails").and_then(Value::as_array).cloned())
                    .unwrap_or_default();
                return Ok(Some(Ok(fails)));
            }
            Some(o) if o.state == "parked" => {
                return Ok(Some(Err(o.last_error.unwrap_or_default())));
            }
            _ => {}
        }
        if Instant::now() >= deadline {
            return Ok(None);
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

/// Refreshes central did not carry out spent nothing: they must not hold the cool-down.
async fn release_failed(
    ctx: &Arc<Ctx>,
    outbox_id: i64,
    answer: &Result<Vec<Value>, String>,
) -> Result<(), Failure> {
    let failed: Option<Vec<(i64, String)>> = match answer {
        Err(_) => None,
        Ok(fails) if fails.is_empty() => return Ok(()),
        Ok(fails) => Some(
            fails
                .iter()
                .flat_map(|f| {
                    let ch = f.get("channelId").and_then(channel_id).unwrap_or_default();
                    f.get("ids")
                        .and_then(Value::as_array)
                        .into_iter()
                        .flatten()
                        .filter_map(move |v| id_string(Some(v)).map(|id| (ch, id)))
                })
                .collect(),
        ),
    };
    ctx.store(move |s| {
        s.write(|tx| jobs::release_refreshes(tx, outbox_id, failed.as_deref()))
            .map_err(Failure::from)
    })
    .await
}

fn refresh_reply(ctx: &Ctx, answer: Result<Vec<Value>, String>, coalesced: usize) -> Outcome {
    let fails = answer.map_err(|reason| Failure::msg(ErrorCode::CentralError, reason))?;
    if fails.is_empty() {
        return Ok(fields! { "coalesced" => coalesced });
    }
    let mut logged_out = false;
    let mut parts = Vec::new();
    let mut listed = Vec::new();
    for f in &fails {
        let ch = f.get("channelId").and_then(channel_id).unwrap_or_default();
        let ids: Vec<String> = f
            .get("ids")
            .and_then(Value::as_array)
            .map(|a| a.iter().filter_map(|v| id_string(Some(v))).collect())
            .unwrap_or_default();
        let reason = f.get("reason").and_then(Value::as_str).unwrap_or("");
        logged_out |= reason.contains("未登录");
        parts.push(format!(
            "{} {} 个职位刷新失败{}",
            ctx.channels.name(ch),
            ids.len(),
            if reason.is_empty() {
                String::new()
            } else {
                format!("：{reason}")
            }
        ));
        listed.push(json!({ "channelId": ch, "ids": ids, "reason": reason }));
    }
    let code = if logged_out {
        ErrorCode::ChannelNotLoggedIn
    } else {
        ErrorCode::RefreshFailed
    };
    Err(Failure::msg(code, parts.join("；")).with("fails", Value::Array(listed)))
}

/// Pulls the organisation's positions from central into the store.
pub async fn job_sync_all(ctx: &Arc<Ctx>) -> Outcome {
    let budget = Duration::from_millis(ctx.config.central.request_timeout_ms.max(1));
    let central = ctx.central(budget).await?;
    let list = central.positions().await.map_err(central_failure)?;
    let rows: Vec<(positions::Position, Value)> = list
        .into_iter()
        .filter_map(|raw| {
            let mut v = raw.clone();
            // Ids arrive as numbers from some deployments.
            v["id"] = json!(id_string(raw.get("id"))?);
            if let Some(j) = id_string(raw.get("channelJobId")) {
                v["channelJobId"] = json!(j);
            }
            let p = serde_json::from_value::<positions::Position>(v).ok()?;
            Some((p, raw))
        })
        .collect();
    let count = ctx
        .store(move |s| {
            s.write(|tx| positions::replace_all(tx, &rows))
                .map_err(Failure::from)
        })
        .await?;
    Ok(fields! { "count" => count })
}

pub async fn channel_upgrade(ctx: &Arc<Ctx>, req: &Request) -> Outcome {
    let ch = req
        .get("channel")
        .or_else(|| req.get("channelId"))
        .and_then(channel_id)
        .or_else(|| {
            req.get("json")
                .and_then(|j| j.get("channel"))
                .and_then(channel_id)
        })
        .ok_or_else(|| Failure::bad_request("缺少渠道编号（channel）"))?;
    if ctx.channels.get(ch).is_none() {
        return Err(Failure::bad_request(format!("渠道 {ch} 未知")));
    }
    let rules = match req.get("json") {
        Some(Value::Object(m)) => Value::Object(m.clone()),
        // The old client sometimes sent the rules as JSON text.
        Some(Value::String(s)) => match serde_json::from_str::<Value>(s) {
            Ok(v @ Value::Object(_)) => v,
            _ => return Err(Failure::bad_request("json（搜索规则）必须是对象")),
        },
        _ => return Err(Failure::bad_request("json（搜索规则）必须是对象")),
    };
    let job_id = id_string(rules.get("jobId")).unwrap_or_default();
    ctx.store(move |s| {
        s.write(|tx| {
            jobs::put_search_rules(tx, ch, &job_id, &rules)?;
            let payload = json!({ "channel": ch, "jobId": job_id, "json": rules });
            outbox::enqueue(
                tx,
                outbox::SEARCH_RULES,
                None,
                &payload,
                &outbox::new_key("rules"),
            )
        })
        .map_err(Failure::from)
    })
    .await?;
    ctx.wake_agent();
    Ok(fields! { "queued" => true })
}
