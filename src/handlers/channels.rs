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

/// Live state needs central; until it answers, the store's state is marked stale.
pub async fn is_login_auto(ctx: &Arc<Ctx>, req: &Request) -> Outcome {
    let ids = channel_list(&req.body)?;
    Ok(fields! { "channels" => from_store(ctx, ids, true).await?, "stale" => true })
}

pub async fn job_channel_pointer(ctx: &Arc<Ctx>, req: &Request) -> Outcome {
    let ids = channel_list(&req.body)?;
    Ok(fields! { "channels" => from_store(ctx, ids, false).await?, "stale" => true })
}
