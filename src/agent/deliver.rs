//! Delivering one outbox item to central. Runs without the store: everything it needs was read
//! when the item was claimed, and everything it learns goes back as [`Event`]s, which the
//! agent's loop commits in order (so a resume's central id is recorded before its item is done).

use crate::central::resume_form::{self, RecordKind};
use crate::central::{Central, CentralError};
use crate::model::Resume;
use crate::store::outbox;
use serde_json::{json, Value};
use std::collections::BTreeMap;
use tokio::sync::mpsc::UnboundedSender;

/// An item as claimed, with what its delivery needs from the store.
#[derive(Debug, Clone)]
pub struct Job {
    pub id: i64,
    pub kind: String,
    pub resume_id: Option<i64>,
    pub payload: Value,
    pub key: String,
    pub context: Context,
    /// An earlier attempt sent the create and never recorded its answer.
    pub create_sent_before: bool,
}

#[derive(Debug, Clone, Default)]
pub struct Context {
    /// The resume row, for uploads and links: (data, central id, channel, board resume id).
    pub resume: Option<ResumeRow>,
    /// Records central already has for this resume: (kind, record key) → (central id, data).
    pub records: BTreeMap<(String, String), (Option<String>, String)>,
}

#[derive(Debug, Clone)]
pub struct ResumeRow {
    pub data: String,
    pub central_id: Option<String>,
    pub channel_id: i64,
    pub channel_resume_id: String,
}

#[derive(Debug)]
pub enum Event {
    Created {
        item: i64,
        resume: i64,
        central_id: String,
    },
    /// A record's central state after a call; `central_id: None` = deleted.
    Record {
        resume: i64,
        kind: String,
        key: String,
        central_id: Option<String>,
        data: String,
    },
    Finished {
        item: i64,
        outcome: Outcome,
    },
}

#[derive(Debug, Clone, PartialEq)]
pub enum Outcome {
    Done {
        result: Option<String>,
    },
    Transient {
        reason: String,
        maybe_committed: bool,
    },
    Permanent {
        reason: String,
    },
}

impl From<CentralError> for Outcome {
    fn from(e: CentralError) -> Outcome {
        match e {
            CentralError::Transient {
                reason,
                maybe_committed,
            } => Outcome::Transient {
                reason,
                maybe_committed,
            },
            other => Outcome::Permanent {
                reason: other.to_string(),
            },
        }
    }
}

pub async fn deliver(central: &Central, job: Job, events: &UnboundedSender<Event>) {
    let outcome = match attempt(central, &job, events).await {
        Ok(result) => Outcome::Done { result },
        Err(e) => e,
    };
    let _ = events.send(Event::Finished {
        item: job.id,
        outcome,
    });
}

fn permanent(reason: impl Into<String>) -> Outcome {
    Outcome::Permanent {
        reason: reason.into(),
    }
}

async fn attempt(
    central: &Central,
    job: &Job,
    events: &UnboundedSender<Event>,
) -> Result<Option<String>, Outcome> {
    match job.kind.as_str() {
        outbox::RESUME_UPLOAD => upload(central, job, events).await.map(|_| None),
        outbox::RESUME_LINK => {
            let row = job
                .context
                .resume
                .as_ref()
                .ok_or_else(|| permanent("本地简历不存在"))?;
            let central_id = row
                .central_id
                .as_deref()
                .ok_or_else(|| permanent("简历尚未上传到中心，无法关联职位"))?;
            let position = job
                .payload
                .get("position")
                .map(|p| match p {
                    Value::String(s) => s.clone(),
                    other => other.to_string(),
                })
                .ok_or_else(|| permanent("resume_link without position"))?;
            central
                .link_resume(
                    central_id,
                    &position,
                    row.channel_id,
                    &row.channel_resume_id,
                    &header_key(&[&job.key]),
                )
                .await?;
            Ok(None)
        }
        outbox::CONTACT_REPORT => {
            central
                .report_contact(&job.payload, &header_key(&[&job.key]))
                .await?;
            Ok(None)
        }
        outbox::JOB_REFRESH => {
            let refreshes = job
                .payload
                .get("refreshes")
                .cloned()
                .ok_or_else(|| permanent("job_refresh without refreshes"))?;
            let fails = central
                .refresh_jobs(&refreshes, &header_key(&[&job.key]))
                .await?;
            Ok(Some(json!({ "fails": fails }).to_string()))
        }
        outbox::SEARCH_RULES => {
            central
                .save_search_rules(&job.payload, &header_key(&[&job.key]))
                .await?;
            Ok(None)
        }
        other => Err(permanent(format!("unknown outbox kind {other}"))),
    }
}

/// Creates or updates the resume, then brings its records in line with the current resume:
/// add the new ones, update the changed ones, delete the ones no longer there.
async fn upload(
    central: &Central,
    job: &Job,
    events: &UnboundedSender<Event>,
) -> Result<(), Outcome> {
    let resume_id = job
        .resume_id
        .ok_or_else(|| permanent("resume_upload without resume_id"))?;
    let row = job
        .context
        .resume
        .as_ref()
        .ok_or_else(|| permanent("本地简历不存在"))?;
    let resume: Resume = serde_json::from_str(&row.data)
        .map_err(|e| permanent(format!("stored resume is not valid JSON: {e}")))?;
    let fields = resume_form::basic_fields(&resume);
    let central_id = match &row.central_id {
        Some(id) => {
            central
                .update_resume(id, &fields, &header_key(&[&job.key, "update"]))
                .await?;
            id.clone()
        }
        None => {
            let id = central
                .create_resume(&fields, &header_key(&[&job.key, "create"]))
                .await?;
            let _ = events.send(Event::Created {
                item: job.id,
                resume: resume_id,
                central_id: id.clone(),
            });
            id
        }
    };

    let current = resume_form::records(&resume);
    let mut known = job.context.records.clone();
    for rec in &current {
        let kind = rec.kind.as_str().to_string();
        let data = serde_json::to_string(&rec.fields).expect("form serialises");
        let existing = known.remove(&(kind.clone(), rec.key.clone()));
        let op_key = |op: &str| header_key(&[&job.key, op, &kind, &rec.key]);
        let record_id = match existing {
            Some((Some(cid), old)) if old == data => Some(cid),
            Some((Some(cid), _)) => {
                match central
                    .update_record(&central_id, rec.kind, &cid, &rec.fields, &op_key("update"))
                    .await
                {
                    Ok(()) => Some(cid),
                    // Gone on the server (deleted there): add it again below.
                    Err(CentralError::Permanent { .. }) => None,
                    Err(e) => return Err(e.into()),
                }
            }
            _ => None,
        };
        let record_id = match record_id {
            Some(id) => id,
            None => {
                central
                    .add_record(&central_id, rec.kind, &rec.fields, &op_key("add"))
                    .await?
            }
        };
        let _ = events.send(Event::Record {
            resume: resume_id,
            kind,
            key: rec.key.clone(),
            central_id: Some(record_id),
            data,
        });
    }
    for ((kind, key), (cid, data)) in known {
        if let (Some(cid), Some(k)) = (cid, RecordKind::parse(&kind)) {
            match central
                .delete_record(
                    &central_id,
                    k,
                    &cid,
                    &header_key(&[&job.key, "delete", &kind, &key]),
                )
                .await
            {
                // Already gone on the server is what we wanted.
                Ok(()) | Err(CentralError::Permanent { .. }) => {}
                Err(e) => return Err(e.into()),
            }
        }
        let _ = events.send(Event::Record {
            resume: resume_id,
            kind,
            key,
            central_id: None,
            data,
        });
    }
    Ok(())
}

/// An `Idempotency-Key` value: the item's key plus the step, as visible ASCII. Parts that are
/// not plain ASCII (record keys hold company names) are replaced by a stable hash.
pub fn header_key(parts: &[&str]) -> String {
    parts
        .iter()
        .map(|p| {
            if !p.is_empty() && p.bytes().all(|b| b.is_ascii_graphic() && b != b':') {
                p.to_string()
            } else {
                format!("h{:016x}", fnv1a(p.as_bytes()))
            }
        })
        .collect::<Vec<_>>()
        .join(":")
}

fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325u64, |h, b| {
        (h ^ *b as u64).wrapping_mul(0x0100_0000_01b3)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn header_keys_are_ascii_and_stable() {
        let a = header_key(&["resume_upload-1", "add", "work", "顺达物流|2019-03"]);
        assert!(a.is_ascii());
        assert!(a.starts_with("resume_upload-1:add:work:h"));
        assert_eq!(
            a,
            header_key(&["resume_upload-1", "add", "work", "顺达物流|2019-03"])
        );
        assert_ne!(
            a,
            header_key(&["resume_upload-1", "add", "work", "顺达物流|2019-04"])
        );
    }
}
