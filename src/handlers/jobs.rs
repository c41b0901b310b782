//! batch_job_sync, job_sync_all, channel_upgrade: job postings and search rules.

use super::{Ctx, Outcome};
use crate::fields;
use crate::protocol::{fields::channel_id, fields::id_string, Failure, Request};
use crate::store::{jobs, outbox};
use serde_json::{json, Value};
use std::sync::Arc;

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
    let _ = outbox_id;
    if sent == 0 {
        return Ok(fields! {
            "coalesced" => coalesced,
            "msg" => "这些职位在冷却时间内已刷新过，本次未重复提交（避免重复扣点）",
        });
    }
    Ok(fields! {
        "queued" => true,
        "coalesced" => coalesced,
        "msg" => "已加入刷新队列，网络恢复后自动提交",
    })
}

pub async fn job_sync_all(ctx: &Arc<Ctx>) -> Outcome {
    Err(ctx.central_unavailable())
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
    Ok(fields! { "queued" => true })
}
