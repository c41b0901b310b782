//! isLogin, isLogin_auto, job_channel_pointer: job-board account state per channel.

use super::{Ctx, Outcome};
use crate::fields;
use crate::protocol::{fields::channel_list, Request};
use crate::store::channels;
use serde_json::{json, Value};
use std::sync::Arc;

/// One entry per requested channel, in request order; a channel the store knows nothing about
/// is reported logged out with unknown points, never left out.
async fn from_store(
    ctx: &Arc<Ctx>,
    ids: Vec<i64>,
    with_login: bool,
) -> Result<Vec<Value>, crate::protocol::Failure> {
    ctx.store(move |s| {
        let mut out = Vec::with_capacity(ids.len());
        for id in ids {
            let state = channels::get(s.conn(), id)?;
            let mut e = json!({ "id": id.to_string(), "channelId": id });
            match state {
                Some(st) => {
                    if with_login {
                        e["isLogin"] = json!(st.is_login);
                    }
                    e["point"] = json!(st.point);
                    e["updatedAt"] = json!(chrono::DateTime::from_timestamp_millis(st.updated_at)
                        .map(|t| t.to_rfc3339()));
                }
                None => {
                    if with_login {
                        e["isLogin"] = json!(false);
                    }
                    e["point"] = json!(-1);
                    e["updatedAt"] = Value::Null;
                }
            }
            out.push(e);
        }
        Ok(out)
    })
    .await
}

pub async fn is_login(ctx: &Arc<Ctx>, req: &Request) -> Outcome {
    let ids = channel_list(&req.body)?;
    Ok(fields! { "channels" => from_store(ctx, ids, true).await? })
}

/// Asks central for the live state of `ids` within the click budget and stores it. False when
/// central could not answer in time (or is not configured): the store's state is then stale.
pub(super) async fn refresh_from_central(ctx: &Arc<Ctx>, ids: &[i64]) -> bool {
    let central = match ctx.central(ctx.click_budget()).await {
        Ok(c) => c,
        Err(_) => return false,
    };
    let states = match central.channels(ids).await {
        Ok(s) => s,
        Err(e) => {
            log::info!("channel state from central failed: {e}");
            return false;
        }
    };
    let stored = ctx
        .store(move |s| {
            s.write(|tx| {
                for st in &states {
                    channels::put(tx, st)?;
                }
                Ok(())
            })
            .map_err(crate::protocol::Failure::from)
        })
        .await;
    stored.is_ok()
}

async fn live_or_stale(ctx: &Arc<Ctx>, req: &Request, with_login: bool) -> Outcome {
    let ids = channel_list(&req.body)?;
    let live = refresh_from_central(ctx, &ids).await;
    let mut reply = fields! { "channels" => from_store(ctx, ids, with_login).await? };
    if !live {
        reply.insert("stale".into(), json!(true));
    }
    Ok(reply)
}

/// Live login state and points from central; the store's, marked stale, when it cannot answer.
pub async fn is_login_auto(ctx: &Arc<Ctx>, req: &Request) -> Outcome {
    live_or_stale(ctx, req, true).await
}

/// Remaining points per channel, live when central answers within the click budget.
pub async fn job_channel_pointer(ctx: &Arc<Ctx>, req: &Request) -> Outcome {
    live_or_stale(ctx, req, false).await
}
