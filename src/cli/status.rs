//! `hirebridge status`.

use crate::store::{meta, outbox, resumes};

pub fn run(json: bool) -> i32 {
    let (_paths, config, store) = match super::open() {
        Ok(x) => x,
        Err(code) => return code,
    };
    let c = store.conn();
    let gather = || -> crate::store::Result<serde_json::Value> {
        let counts = outbox::counts(c)?;
        let central = match config.central_url() {
            None => "not_configured".to_string(),
            Some(_) => meta::get(c, meta::CENTRAL_STATE)?.unwrap_or_else(|| "offline".into()),
        };
        let last_sync = meta::get(c, meta::LAST_SYNC_AT)?
            .and_then(|v| v.parse::<i64>().ok())
            .and_then(chrono::DateTime::from_timestamp_millis)
            .map(|t| t.with_timezone(&chrono::Local).to_rfc3339());
        Ok(serde_json::json!({
            "resumes": resumes::count(c)?,
            "pendingUploads": counts.pending,
            "parkedUploads": counts.parked,
            "uncertainUploads": counts.uncertain,
            "deliveredUploads": counts.done,
            "lastSyncAt": last_sync,
            "lastSyncError": meta::get(c, meta::LAST_SYNC_ERROR)?,
            "lastQueueError": outbox::last_error(c)?,
            "central": central,
            "centralUrl": config.central_url(),
        }))
    };
    let s = match gather() {
        Ok(s) => s,
        Err(e) => {
            eprintln!("读取本地数据库失败 / store error: {e}");
            return 2;
        }
    };
    if json {
        println!("{}", serde_json::to_string_pretty(&s).unwrap_or_default());
        return 0;
    }
    let text = |k: &str| match &s[k] {
        serde_json::Value::Null => "-".to_string(),
        serde_json::Value::String(v) => v.clone(),
        v => v.to_string(),
    };
    println!("简历 resumes:            {}", text("resumes"));
    println!("待上传 pending uploads:   {}", text("pendingUploads"));
    println!("已搁置 parked uploads:    {}", text("parkedUploads"));
    println!("待确认 uncertain creates: {}", text("uncertainUploads"));
    println!("已送达 delivered:         {}", text("deliveredUploads"));
    println!("上次同步 last sync:       {}", text("lastSyncAt"));
    println!("上次错误 last error:      {}", text("lastSyncError"));
    println!("队列错误 queue error:     {}", text("lastQueueError"));
    println!(
        "服务器 central:           {} {}",
        text("central"),
        text("centralUrl")
    );
    0
}
