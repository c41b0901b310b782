//! The job-board messages through the real binary (`hirebridge call` starts a real host over
//! pipes), against the test central server; the host starts a real agent for queued work.

mod support;

use hirebridge::config::{AgentConfig, Config};
use hirebridge::model::ContactState;
use hirebridge::paths::Paths;
use hirebridge::store::{positions, Store};
use serde_json::{json, Value};
use std::process::Command;
use std::time::Duration;
use support::central_server::{CentralServer, ChannelSetup, Down, Faults};

struct Env {
    dir: tempfile::TempDir,
    server: CentralServer,
}

impl Env {
    fn new() -> Env {
        let server = CentralServer::start();
        let dir = tempfile::tempdir().unwrap();
        let mut central = server.central_config();
        // Generous: a click-path wait ends as soon as central answers, and a loaded machine
        // must not turn an answer into a fallback. Offline cases shorten it per call.
        central.click_budget_ms = 20_000;
        Config {
            central,
            agent: AgentConfig {
                autostart: true,
                idle_exit_secs: 2,
                concurrency: 4,
                backoff_base_ms: 50,
                backoff_cap_secs: 1,
                hold_uncertain_creates: false,
            },
            ..Config::default()
        }
        .write_file(&Paths::under(dir.path()).config_file())
        .unwrap();
        let env = Env { dir, server };
        let r = env.call(json!({"type": "LoginInit", "account": "zhanghu", "orgId": "0123456789abcdef0123456789abcdef"}));
        assert_eq!(r["ok"], true, "{r}");
        env
    }

    fn store(&self) -> Store {
        Store::open(&Paths::under(self.dir.path()).store_file()).unwrap()
    }

    fn command(&self, request: &Value) -> Command {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_hirebridge"));
        cmd.arg("call")
            .arg(request.to_string())
            .env("HIREBRIDGE_HOME", self.dir.path());
        cmd
    }

    fn call(&self, request: Value) -> Value {
        self.call_env(request, &[])
    }

    fn call_env(&self, request: Value, env: &[(&str, &str)]) -> Value {
        let mut cmd = self.command(&request);
        cmd.envs(env.iter().copied());
        let out = cmd.output().unwrap();
        serde_json::from_slice(&out.stdout)
            .unwrap_or_else(|e| panic!("{e}: {}", String::from_utf8_lossy(&out.stderr)))
    }

    /// A locked resume in the store (masked phone), as a crawl of a board page leaves it.
    fn locked_resume(&self, channel: i64, board_id: &str) -> i64 {
        let mut r = support::invented_resume(7);
        r.source.channel_id = channel;
        r.source.channel_resume_id = board_id.into();
        r.real_name = None;
        r.name_masked = Some("测先生".into());
        r.phone = None;
        r.phone_state = ContactState::Masked;
        r.phone_masked = Some("139****0007".into());
        r.email = None;
        r.email_state = ContactState::Absent;
        support::insert_resume(self.store().conn(), &r)
    }
}

impl Drop for Env {
    fn drop(&mut self) {
        // Stop the agent the hosts started for this directory (by its recorded pid).
        if let Some(pid) = hirebridge::agent::running_pid(&Paths::under(self.dir.path())) {
            terminate(pid);
        }
    }
}

#[cfg(unix)]
fn terminate(pid: u32) {
    if let Ok(pid) = libc::pid_t::try_from(pid) {
        if pid > 1 {
            // SAFETY: kill(2) on one positive pid.
            unsafe { libc::kill(pid, libc::SIGTERM) };
        }
    }
}

#[cfg(not(unix))]
fn terminate(pid: u32) {
    let _ = Command::new("taskkill")
        .args(["/PID", &pid.to_string(), "/F"])
        .status();
}

#[test]
fn channel_state_is_live_and_falls_back_to_the_store() {
    let env = Env::new();
    env.server.set_channel(1, ChannelSetup::ready(120));
    let r = env.call(json!({"type": "isLogin_auto", "channels": [1, 2]}));
    assert_eq!(r["type"], "isLogin");
    assert_eq!(r["ok"], true);
    assert_eq!(r["channels"][0]["isLogin"], true);
    assert_eq!(r["channels"][0]["point"], 120);
    assert_eq!(r["channels"][1]["isLogin"], false);
    assert!(r.get("stale").is_none(), "{r}");
    let r = env.call(json!({"type": "job_channel_pointer", "channels": [1]}));
    assert_eq!(r["channels"][0]["point"], 120);
    assert!(r.get("stale").is_none(), "{r}");

    env.server.set_down(Some(Down::Refuse));
    let r = env.call(json!({"type": "isLogin_auto", "channel": [1]}));
    assert_eq!(
        (r["stale"].clone(), r["channels"][0]["point"].clone()),
        (json!(true), json!(120))
    );
    let r = env.call(json!({"type": "job_channel_pointer", "channels": [1]}));
    assert_eq!(r["stale"], true);
}

#[test]
fn batch_job_sync_reports_central_answer_or_queues() {
    let env = Env::new();
    env.server.set_channel(1, ChannelSetup::ready(50));
    env.server.set_channel(
        2,
        ChannelSetup {
            is_login: false,
            ..ChannelSetup::ready(50)
        },
    );
    env.server.fail_job(1, "CC-gone");
    let r = env.call(
        json!({"type": "batch_job_sync", "Jobids": [{"channelId": 1, "ids": ["CC1", "CC2"]}]}),
    );
    assert_eq!(r["ok"], true, "{r}");
    assert!(r.get("queued").is_none(), "answered within the budget: {r}");
    let r = env.call(
        json!({"type": "batch_job_sync", "Jobids": [{"channelId": 1, "ids": ["CC3", "CC-gone"]}]}),
    );
    assert_eq!(
        (r["ok"].clone(), r["code"].clone()),
        (json!(false), json!("refresh_failed")),
        "{r}"
    );
    assert_eq!(r["fails"][0]["ids"], json!(["CC-gone"]));
    assert!(r["msg"]
        .as_str()
        .unwrap()
        .contains("智联招聘 1 个职位刷新失败"));
    // The failed one spent nothing, so asking again is sent again; the refreshed one is
    // within its cool-down and is not.
    let r = env.call(
        json!({"type": "batch_job_sync", "Jobids": [{"channelId": 1, "ids": ["CC3", "CC-gone"]}]}),
    );
    assert_eq!(r["code"], "refresh_failed", "{r}");
    assert_eq!(r["fails"][0]["ids"], json!(["CC-gone"]));
    let sent = |job: &str| {
        env.server
            .requests()
            .iter()
            .filter(|q| q.path.ends_with("/jobs/refresh") && q.params.to_string().contains(job))
            .count()
    };
    assert_eq!((sent("CC-gone"), sent("CC3")), (2, 1));
    let r =
        env.call(json!({"type": "batch_job_sync", "Jobids": [{"channelId": 2, "ids": ["Q1"]}]}));
    assert_eq!(r["code"], "channel_not_logged_in", "{r}");

    env.server.set_down(Some(Down::Refuse));
    let r = env.call_env(
        json!({"type": "batch_job_sync", "Jobids": [{"channelId": 1, "ids": ["CC9"]}]}),
        &[("HIREBRIDGE_CLICK_BUDGET_MS", "300")],
    );
    assert_eq!(
        (r["ok"].clone(), r["queued"].clone()),
        (json!(true), json!(true)),
        "{r}"
    );
    env.server.set_down(None);
    support::wait_for(
        Duration::from_secs(60),
        "the queued refresh to reach central",
        || env.server.refreshes().iter().any(|(_, id)| id == "CC9"),
    );
    let mut refreshed: Vec<String> = env
        .server
        .refreshes()
        .into_iter()
        .map(|(_, id)| id)
        .collect();
    refreshed.sort();
    assert_eq!(refreshed, vec!["CC1", "CC2", "CC3", "CC9"]);
}

#[test]
fn job_sync_all_stores_positions() {
    let env = Env::new();
    env.server.set_positions(vec![
        json!({"id": "p1", "title": "A2货车司机", "city": "上海", "channelId": 1, "channelJobId": "CC1", "status": 1, "salary": "8000-12000"}),
        json!({"id": 2, "title": "B2客车司机", "city": "杭州", "channelId": 2, "channelJobId": 778, "status": 1}),
    ]);
    let r = env.call(json!({"type": "job_sync_all"}));
    assert_eq!(
        (r["ok"].clone(), r["count"].clone()),
        (json!(true), json!(2)),
        "{r}"
    );
    let stored = positions::all(env.store().conn()).unwrap();
    assert_eq!(stored.len(), 2);
    assert!(stored
        .iter()
        .any(|p| p.id == "2" && p.channel_job_id.as_deref() == Some("778")));
    env.server.set_down(Some(Down::Refuse));
    let r = env.call(json!({"type": "job_sync_all"}));
    assert_eq!(r["code"], "central_unreachable", "{r}");
}

#[test]
fn download_confirm_and_download_resume() {
    let env = Env::new();
    env.server.set_channel(1, ChannelSetup::ready(10));
    env.server.set_channel(
        2,
        ChannelSetup {
            is_login: false,
            ..ChannelSetup::ready(10)
        },
    );
    env.server.set_channel(
        3,
        ChannelSetup {
            download: false,
            ..ChannelSetup::ready(10)
        },
    );
    let id = env.locked_resume(1, "ZP-BOARD-1");
    let logged_out = env.locked_resume(2, "J51-1");
    let unsupported = env.locked_resume(3, "W58-1");

    let r =
        env.call(json!({"type": "download_confrim", "resumeId": id.to_string(), "channelId": 1}));
    assert_eq!(r["type"], "download_confrim");
    assert_eq!(r["ok"], true, "{r}");
    assert_eq!(r["payType"][1]["typeName"], "点数下载");
    let r = env.call(
        json!({"type": "download_confrim", "resumeId": logged_out.to_string(), "channelId": 2}),
    );
    assert_eq!(r["code"], "channel_not_logged_in", "{r}");
    let r = env.call(
        json!({"type": "download_confrim", "resumeId": unsupported.to_string(), "channelId": "3"}),
    );
    assert_eq!(r["code"], "download_unsupported", "{r}");

    env.server
        .set_board_contact(1, "ZP-BOARD-1", "测试己", "13900000777", "jiji@example.cn");
    let r = env.call(json!({"type": "download_resume", "resumeId": id.to_string(), "channelId": 1, "payType": 2}));
    assert_eq!(r["ok"], true, "{r}");
    assert_eq!(
        (r["phone"].clone(), r["name"].clone()),
        (json!("13900000777"), json!("测试己"))
    );
    assert_eq!(env.server.spends(1, "ZP-BOARD-1"), 1);
    // Asked again: answered from the store, nothing spent.
    let r = env.call(
        json!({"type": "download_resume", "resumeId": "ZP-BOARD-1", "channelId": 1, "payType": 2}),
    );
    assert_eq!(
        (r["ok"].clone(), r["alreadyDownloaded"].clone()),
        (json!(true), json!(true)),
        "{r}"
    );
    let r =
        env.call(json!({"type": "download_confrim", "resumeId": id.to_string(), "channelId": 1}));
    assert_eq!(r["alreadyDownloaded"], true, "{r}");
    assert_eq!(env.server.spends(1, "ZP-BOARD-1"), 1);
    let unlock = hirebridge::store::unlocks::get(env.store().conn(), 1, "ZP-BOARD-1")
        .unwrap()
        .unwrap();
    assert_eq!(
        (
            unlock.state.as_str(),
            unlock.account.as_deref(),
            unlock.pay_type
        ),
        ("done", Some("zhanghu"), Some(2))
    );
    // The agent the host started reports the contact and uploads the now unlocked resume.
    support::wait_for(Duration::from_secs(60), "contact report and upload", || {
        !env.server.contact_reports().is_empty()
            && env
                .server
                .resumes()
                .iter()
                .any(|r| r.fields.get("phone").map(String::as_str) == Some("13900000777"))
    });
    assert_eq!(env.server.contact_reports()[0]["channelId"], "ZP-BOARD-1");

    // Central's refusal comes through with its code and message, naming the resume.
    env.server.delete_on_board(1, "ZP-GONE");
    let gone = env.locked_resume(1, "ZP-GONE");
    let r = env.call(json!({"type": "download_resume", "resumeId": gone.to_string(), "channelId": 1, "payType": 1}));
    assert_eq!(
        (
            r["ok"].clone(),
            r["msg"].clone(),
            r["resumeId"].clone(),
            r["channelId"].clone()
        ),
        (
            json!(false),
            json!("该简历已删除"),
            json!(gone.to_string()),
            json!(1)
        ),
        "{r}"
    );
}

#[test]
fn ten_concurrent_downloads_from_several_hosts_spend_once() {
    let env = Env::new();
    env.server.set_channel(1, ChannelSetup::ready(10));
    // Slow answers, so the requests really overlap.
    env.server.set_faults(Faults {
        latency_rate: 1.0,
        latency_ms: 300,
        ..Faults::default()
    });
    let id = env.locked_resume(1, "ZP-RACE");
    let request = json!({"type": "download_resume", "resumeId": id.to_string(), "channelId": 1, "payType": 1});
    let children: Vec<_> = (0..10)
        .map(|_| {
            env.command(&request)
                .stdout(std::process::Stdio::piped())
                .spawn()
                .unwrap()
        })
        .collect();
    let replies: Vec<Value> = children
        .into_iter()
        .map(|c| serde_json::from_slice(&c.wait_with_output().unwrap().stdout).unwrap())
        .collect();
    for r in &replies {
        assert_eq!(r["ok"], true, "{r}");
        assert_eq!(r["phone"], replies[0]["phone"]);
    }
    assert_eq!(
        env.server.spends(1, "ZP-RACE"),
        1,
        "ten requests from ten host processes, one spend"
    );
    let downloads = env
        .server
        .requests()
        .iter()
        .filter(|q| q.path == "/api/plugin/resumes/download")
        .count();
    assert_eq!(downloads, 1);
}

#[test]
fn channel_upgrade_reaches_central() {
    let env = Env::new();
    let r = env.call(json!({"type": "channel_upgrade", "channel": 1, "json": {"id": 5, "jobId": "J-77", "channel": 1, "keyWord": "A2", "age": ["23", "60"]}}));
    assert_eq!(r["ok"], true, "{r}");
    support::wait_for(Duration::from_secs(60), "search rules on central", || {
        !env.server.search_rules().is_empty()
    });
    let rules = &env.server.search_rules()[0];
    assert_eq!(
        (
            rules["jobId"].clone(),
            rules["json"]["keyWord"].clone(),
            rules["account"].clone()
        ),
        (json!("J-77"), json!("A2"), json!("zhanghu"))
    );
}
