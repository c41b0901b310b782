//! `hirebridge resumes list|show|export`.

use crate::store::resumes;
use clap::Subcommand;
use std::io::Write;

#[derive(Subcommand)]
pub enum ResumesCommand {
    /// Newest first, one line each.
    List {
        #[arg(long, default_value_t = 50)]
        limit: i64,
    },
    /// One resume as JSON.
    Show { id: i64 },
    /// Every resume as JSON lines (to stdout, or to --output).
    Export {
        #[arg(long, short)]
        output: Option<std::path::PathBuf>,
    },
}

pub fn run(cmd: ResumesCommand) -> i32 {
    let (_paths, _config, store) = match super::open() {
        Ok(x) => x,
        Err(code) => return code,
    };
    let c = store.conn();
    let result = match cmd {
        ResumesCommand::List { limit } => resumes::list(c, limit, 0).map(|rows| {
            for s in rows {
                let r = &s.resume;
                let name = r
                    .real_name
                    .as_deref()
                    .or(r.name_masked.as_deref())
                    .unwrap_or("-");
                println!(
                    "{:>6}  渠道{:<3} {:<24} {:<8} {:<6} {}",
                    s.id,
                    r.source.channel_id,
                    r.source
                        .channel_resume_id
                        .chars()
                        .take(24)
                        .collect::<String>(),
                    name,
                    if r.contact_unlocked() {
                        "已解锁"
                    } else {
                        "未解锁"
                    },
                    s.central_id.as_deref().unwrap_or("未上传")
                );
            }
            0
        }),
        ResumesCommand::Show { id } => resumes::get(c, id).map(|found| match found {
            Some(s) => {
                println!(
                    "{}",
                    serde_json::to_string_pretty(&s.resume).unwrap_or_default()
                );
                0
            }
            None => {
                eprintln!("没有该ID简历 / no resume {id}");
                1
            }
        }),
        ResumesCommand::Export { output } => export(c, output),
    };
    result.unwrap_or_else(|e| {
        eprintln!("读取本地数据库失败 / store error: {e}");
        2
    })
}

fn export(
    c: &rusqlite::Connection,
    output: Option<std::path::PathBuf>,
) -> crate::store::Result<i32> {
    let mut out: Box<dyn Write> = match &output {
        Some(p) => match std::fs::File::create(p) {
            Ok(f) => Box::new(std::io::BufWriter::new(f)),
            Err(e) => {
                eprintln!("cannot write {}: {e}", p.display());
                return Ok(2);
            }
        },
        None => Box::new(std::io::stdout().lock()),
    };
    let (mut offset, page) = (0, 500);
    loop {
        let rows = resumes::list(c, page, offset)?;
        if rows.is_empty() {
            break;
        }
        for s in &rows {
            let line = serde_json::json!({ "resumeId": s.id.to_string(), "centralId": s.central_id, "resume": s.resume });
            if writeln!(out, "{line}").is_err() {
                return Ok(2);
            }
        }
        offset += page;
    }
    Ok(if out.flush().is_ok() { 0 } else { 2 })
}
