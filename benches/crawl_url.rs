//! `crawl_url` handling for a 300 KB board page: extraction plus the store write and the
//! reply's duplicate and position look-ups, against a real SQLite file (WAL, synchronous=FULL).
//! Every iteration stores a new resume (a first capture), the common case on the click path.
//!
//! cargo bench --bench crawl_url
//!
//! A second figure is html5ever's parse alone, the part of the first no extractor can avoid.

use criterion::{criterion_group, criterion_main, Criterion};
use hirebridge::channels::ChannelTable;
use hirebridge::extract::{self, ApiPayload, Page};
use hirebridge::handlers::resumes::store_and_describe;
use hirebridge::store::Store;
use serde_json::Value;
use std::path::Path;

const TARGET_BYTES: usize = 300 * 1024;

/// A real fixture page, grown to 300 KB with the kind of bulk real board pages carry
/// (inline scripts and style) placed before `</body>`, so the DOM work is realistic.
fn page_300k() -> (String, String, Vec<ApiPayload>) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/zhaopin");
    let mut cases: Vec<_> = std::fs::read_dir(&dir)
        .expect("zhaopin fixtures")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    cases.sort();
    for case in cases {
        let v: Value = serde_json::from_slice(&std::fs::read(&case).unwrap()).unwrap();
        let (Some(file), Some(url)) = (v["html_file"].as_str(), v["url"].as_str()) else {
            continue;
        };
        if v["expect"] == "not_a_resume" {
            continue;
        }
        let mut html = std::fs::read_to_string(dir.join(file)).unwrap();
        let filler = "<script>window.__zp_track&&window.__zp_track.push({evt:'resume_view',pos:'detail',ts:1700000000000,extra:{from:'recommend',idx:12,page:3}});</script>\n<style>.resume-content__section{margin:0 0 16px}.timeline__item{padding:8px 0;border-bottom:1px solid #eee}</style>\n";
        let at = html.rfind("</body>").unwrap_or(html.len());
        let mut bulk = String::new();
        while html.len() + bulk.len() < TARGET_BYTES {
            bulk.push_str(filler);
        }
        html.insert_str(at, &bulk);
        let payloads: Vec<ApiPayload> =
            serde_json::from_value(v["apiPayloads"].clone()).unwrap_or_default();
        return (url.to_string(), html, payloads);
    }
    panic!("no zhaopin fixture with an html page");
}

fn bench(c: &mut Criterion) {
    let (url, html, payloads) = page_300k();
    let channels = ChannelTable::default();
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(&dir.path().join("bench.db")).unwrap();
    let mut n = 0u64;
    c.bench_function(
        &format!("crawl_url {} KB page: extract + store", html.len() / 1024),
        |b| {
            b.iter(|| {
                n += 1;
                let page = Page {
                    url: &url,
                    html: Some(&html),
                    api_payloads: &payloads,
                    text: None,
                    captured_at: chrono::Local::now().fixed_offset(),
                };
                let mut resume = extract::extract(&page, &channels).expect("fixture is a resume");
                // Each iteration is a new resume, as when the recruiter opens the next candidate:
                // the insert and its durable commit are part of what is measured.
                resume.source.channel_resume_id =
                    format!("{}-{n}", resume.source.channel_resume_id);
                // A different person each time (phone, email, name), so the duplicate look-up
                // does not grow with the run.
                resume.phone = Some(format!("139{n:08}"));
                resume.email = Some(format!("bench{n}@example.com"));
                resume.real_name = Some(format!("测试{n}"));
                store_and_describe(&mut store, resume).expect("stored")
            })
        },
    );
    // The floor under the figure above: html5ever building the DOM of the same page, which every
    // DOM extractor needs before it can look at anything.
    c.bench_function(
        &format!("html5ever parse of the same {} KB page", html.len() / 1024),
        |b| b.iter(|| scraper::Html::parse_document(&html)),
    );
}

criterion_group!(benches, bench);
criterion_main!(benches);
