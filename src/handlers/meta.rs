//! hello, LoginInit, status.

use super::{Ctx, Outcome};
use crate::central::Identity;
use crate::fields;
use crate::protocol::{fields::id_string, Failure, Request, MESSAGE_TYPES, PROTOCOL_VERSION};
use crate::store::{meta, outbox, resumes};
use std::sync::Arc;

pub async fn hello(ctx: &Arc<Ctx>) -> Outcome {
    let Identity { account, org_id } = ctx.store(|s| Ok(Identity::from_store(s.conn())?)).await?;
    Ok(fields! {
        "version" => env!("CARGO_PKG_VERSION"),
        "protocol" => PROTOCOL_VERSION,
        "capabilities" => MESSAGE_TYPES,
        "account" => account,
        "orgId" => org_id,
    })
}

pub async fn login_init(ctx: &Arc<Ctx>, req: &Request) -> Outcome {
    let account = id_string(req.get("account").or_else(|| req.get("Account")))
        .ok_or_else(|| Failure::bad_request("缺少账号（account），请重新登录插件"))?;
    let org = id_string(req.get("orgId").or_else(|| req.get("CompID")))
        .ok_or_else(|| Failure::bad_request("缺少公司编号（orgId），请重新登录插件"))?;
    ctx.store(move |s| {
        s.write(|tx| {
            meta::set(tx, meta::ACCOUNT, &account)?;
            meta::set(tx, meta::ORG_ID, &org)
        })?;
        Ok(())
    })
    .await?;
    Ok(fields! {})
}

pub async fn status(ctx: &Arc<Ctx>) -> Outcome {
    let configured = ctx.config.central_url().is_some();
    ctx.store(move |s| {
        let c = s.conn();
        let counts = outbox::counts(c)?;
        let central = if !configured {
            "not_configured".to_string()
        } else {
            meta::get(c, meta::CENTRAL_STATE)?.unwrap_or_else(|| "offline".into())
        };
        let last_sync_at = meta::get(c, meta::LAST_SYNC_AT)?.and_then(|v| v.parse::<i64>().ok());
        Ok(fields! {
            "resumes" => resumes::count(c)?,
            "pendingUploads" => counts.pending,
            "parkedUploads" => counts.parked,
            "uncertainUploads" => counts.uncertain,
            "lastSyncAt" => last_sync_at,
            "lastSyncError" => meta::get(c, meta::LAST_SYNC_ERROR)?,
            "central" => central,
        })
    })
    .await
}
