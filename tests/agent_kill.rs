//! The real `hirebridge agent` process killed with SIGKILL at random moments while it drains
//! to the test central server: nothing may be lost, and nothing duplicated when central
//! honours `Idempotency-Key`. Rounds: HIREBRIDGE_KILL_ROUNDS (default 20).

mod support;

use hirebridge::config::{AgentConfig, Config};
use hirebridge::paths::Paths;
use hirebridge::store::{outbox, Store};
use std::collections::HashMap;
use std::process::{Command, Stdio};
use std::time::Duration;
use support::central_server::{CentralServer, Faults};

const PER_ROUND: usize = 15;

fn rounds() -> usize {
    std::env::var("HIREBRIDGE_KILL_ROUNDS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(20)
}

fn agent(home: &std::path::Path) -> std::process::Child {
    Command::new(env!("CARGO_BIN_EXE_hirebridge"))
        .arg("agent")
        .env("HIREBRIDGE_HOME", home)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("start hirebridge agent")
}

struct KillRun {
    resumes: usize,
    on_server: usize,
    lost: usize,
    duplicates: usize,
    uncertain_at_kills: i64,
}

fn kill_run(honour: bool, seed: u64) -> KillRun {
    let server = CentralServer::start();
    server.set_idempotency(honour);
    server.seed_faults(seed);
    // Slow some requests so that kills land while requests are in flight.
    server.set_faults(Faults {
        latency_rate: 0.3,
        latency_ms: 40,
        ..Faults::default()
    });
    let dir = tempfile::tempdir().unwrap();
    let paths = Paths::under(dir.path());
    Config {
        central: server.central_config(),
        agent: AgentConfig {
            autostart: false,
            idle_exit_secs: 1,
            concurrency: 8,
            backoff_base_ms: 20,
            backoff_cap_secs: 1,
            hold_uncertain_creates: false,
        },
        ..Config::default()
    }
    .write_file(&paths.config_file())
    .unwrap();
    let mut store = Store::open(&paths.store_file()).unwrap();
    let mut rng = fastrand::Rng::with_seed(seed);
    let mut ids = Vec::new();
    let mut uncertain_at_kills = 0;
    let n = rounds();
    for round in 0..n {
        ids.extend(support::queue_uploads(
            &mut store,
            round * PER_ROUND,
            PER_ROUND,
        ));
        let mut child = agent(dir.path());
        std::thread::sleep(Duration::from_millis(rng.u64(30..400)));
        child.kill().unwrap(); // SIGKILL on Unix
        child.wait().unwrap();
        uncertain_at_kills += outbox::counts(store.conn()).unwrap().uncertain;
    }
    // Last run undisturbed: it drains what is left and exits when idle.
    let status = agent(dir.path()).wait().unwrap();
    assert!(status.success());
    let c = outbox::counts(store.conn()).unwrap();
    assert_eq!((c.pending, c.parked), (0, 0), "everything delivered");

    let mut by_phone: HashMap<String, usize> = HashMap::new();
    for r in server.resumes() {
        *by_phone.entry(r.fields["phone"].clone()).or_default() += 1;
    }
    let mut lost = 0;
    for (i, &id) in ids.iter().enumerate() {
        let phone = support::invented_resume(i).phone.unwrap();
        match support::central_id(store.conn(), id).and_then(|cid| server.resume(&cid)) {
            Some(r) if r.fields["phone"] == phone => {
                if honour {
                    assert_eq!(
                        (r.records_of("work").len(), r.records_of("education").len()),
                        (2, 1),
                        "records of {}",
                        r.id
                    );
                }
            }
            _ => lost += 1,
        }
    }
    KillRun {
        resumes: ids.len(),
        on_server: server.resumes().len(),
        lost,
        duplicates: by_phone.values().map(|n| n - 1).sum(),
        uncertain_at_kills,
    }
}

#[test]
fn sigkilled_agent_loses_nothing_and_duplicates_nothing() {
    let r = kill_run(true, 42);
    eprintln!(
        "kill rounds {}: {} resumes, {} on server, lost {}, duplicated {}, uncertain creates seen after kills {}",
        rounds(), r.resumes, r.on_server, r.lost, r.duplicates, r.uncertain_at_kills
    );
    assert_eq!((r.lost, r.duplicates, r.on_server), (0, 0, r.resumes));
}

#[test]
fn without_idempotency_kills_duplicate_only_uncertain_creates() {
    let r = kill_run(false, 43);
    eprintln!(
        "kill rounds {} (idempotency OFF): {} resumes, {} on server, lost {}, duplicated {}, uncertain creates seen after kills {}",
        rounds(), r.resumes, r.on_server, r.lost, r.duplicates, r.uncertain_at_kills
    );
    assert_eq!(r.lost, 0);
    // A duplicate needs a create that was sent and whose answer was not recorded, which is
    // exactly what `uncertain` counts after each kill.
    assert!(r.duplicates as i64 <= r.uncertain_at_kills);
}
