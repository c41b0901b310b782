//! Draining 10,000 queued resume uploads (each: create + 2 work + 1 education records, so
//! 40,000 requests) from a real store file to the local test central server.
//!
//! `cargo bench --bench drain` (HIREBRIDGE_DRAIN_N to change the count).

#[path = "../tests/support/mod.rs"]
mod support;

use criterion::{criterion_group, criterion_main, Criterion};
use hirebridge::config::{AgentConfig, Config};
use hirebridge::paths::Paths;
use hirebridge::store::{outbox, Store};
use std::time::{Duration, Instant};
use support::central_server::CentralServer;

fn n() -> usize {
    std::env::var("HIREBRIDGE_DRAIN_N")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(10_000)
}

fn drain_once(server: &CentralServer, n: usize) -> Duration {
    let dir = tempfile::tempdir().unwrap();
    let paths = Paths::under(dir.path());
    let mut store = Store::open(&paths.store_file()).unwrap();
    support::queue_uploads(&mut store, 0, n);
    let config = Config {
        central: server.central_config(),
        agent: AgentConfig {
            autostart: false,
            idle_exit_secs: 0,
            concurrency: 16,
            ..AgentConfig::default()
        },
        ..Config::default()
    };
    let start = Instant::now();
    assert_eq!(hirebridge::agent::run(&paths, &config, true), 0);
    let took = start.elapsed();
    let c = outbox::counts(store.conn()).unwrap();
    assert_eq!((c.pending, c.parked, c.done), (0, 0, n as i64));
    took
}

fn bench(c: &mut Criterion) {
    let n = n();
    let mut group = c.benchmark_group("drain");
    group.sample_size(10);
    group.warm_up_time(Duration::from_millis(1));
    group.measurement_time(Duration::from_secs(1));
    group.bench_function(format!("{n}_uploads"), |b| {
        b.iter_custom(|iters| {
            let server = CentralServer::start();
            let mut total = Duration::ZERO;
            for _ in 0..iters {
                let took = drain_once(&server, n);
                eprintln!("drained {n} uploads in {:.2} s", took.as_secs_f64());
                total += took;
            }
            total
        })
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
