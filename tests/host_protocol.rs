//! Every message type over the real binary and real pipes: a success and a failure each.

mod common;

use common::{generic_page, Home, Host};
use serde_json::{json, Value};

fn count(home: &Home, sql: &str) -> i64 {
    let c = rusqlite::Connection::open(home.store()).unwrap();
    c.query_row(sql, [], |r| r.get(0)).unwrap()
}

fn assert_failure(reply: &Value, code: &str) {
    assert_eq!(reply["ok"], false, "{reply}");
    assert_eq!(reply["code"], code, "{reply}");
    let msg = reply["msg"].as_str().unwrap_or_default();
    assert!(
        msg.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)),
        "msg must be Chinese: {reply}"
    );
}

#[test]
fn hello_and_envelope_shapes() {
    let home = Home::new();
    let mut h = Host::start(&home);
    let r = h.call(json!({"type":"hello","timestamp":1521796852268_i64,"requestId":"q1"}));
    assert_eq!(r["ok"], true);
    assert_eq!(r["type"], "hello");
    assert_eq!(r["timestamp"], 1521796852268_i64);
    assert_eq!(r["requestId"], "q1");
    assert_eq!(r["protocol"], 1);
    assert!(r["capabilities"]
        .as_array()
        .unwrap()
        .contains(&json!("download_confrim")));
    assert_eq!(r["version"], env!("CARGO_PKG_VERSION"));

    let r = h.call(json!({"JsToPython":{"type":"hello","timestamp":"77"}}));
    assert_eq!(r["PythonToJs"]["ok"], true);
    assert_eq!(r["PythonToJs"]["timestamp"], "77");
    let r = h.call(json!({"pluginToPython":{"type":"hello"}}));
    assert_eq!(r["PythonToPlugin"]["ok"], true);
    assert!(
        r["PythonToPlugin"]["timestamp"].is_i64(),
        "no timestamp sent: host time is used"
    );
    // Double-encoded, as the old desktop client sent.
    let r = h.call(json!(json!({"type":"hello","timestamp":3}).to_string()));
    assert_eq!(
        (r["ok"].clone(), r["timestamp"].clone()),
        (json!(true), json!(3))
    );

    // Failure: a wrapper whose inner hello is cut short.
    let r = h.call(json!({"JsToPython": "{\"type\":\"hello\""}));
    assert_failure(&r["PythonToJs"], "bad_request");
    let (status, tail) = h.close();
    assert!(status.success());
    assert!(tail.is_empty());
}

#[test]
fn login_init_both_shapes() {
    let home = Home::new();
    let mut h = Host::start(&home);
    let org = "0123456789abcdef0123456789abcdef";
    let r = h.call(json!({"ClientToPython":{"LoginInit":{"Account":"zhanghu","CompID":org}}}));
    assert_eq!(r, json!({"ClientToPython":{"result":"0","desc":"正确"}}));
    let r = h.call(json!({"type":"hello"}));
    assert_eq!(
        (r["account"].clone(), r["orgId"].clone()),
        (json!("zhanghu"), json!(org))
    );

    let r = h.call(json!({"type":"LoginInit","account":"lisi","orgId":org,"timestamp":9}));
    assert_eq!(
        (r["ok"].clone(), r["type"].clone()),
        (json!(true), json!("LoginInit"))
    );
    assert_eq!(h.call(json!({"type":"hello"}))["account"], "lisi");

    let r = h.call(json!({"type":"LoginInit","account":"lisi"}));
    assert_failure(&r, "bad_request");
    let r = h.call(json!({"ClientToPython":{"LoginInit":{"Account":""}}}));
    assert_eq!(r["ClientToPython"]["result"], "1");
    assert_eq!(r["ClientToPython"]["code"], "bad_request");
}

#[test]
fn channel_state_requests_answer_every_channel() {
    let home = Home::new();
    let mut h = Host::start(&home);
    let r = h.call(json!({"type":"isLogin","channels":[1,"2",999],"timestamp":5}));
    assert_eq!(r["ok"], true);
    let ch = r["channels"].as_array().unwrap();
    assert_eq!(ch.len(), 3, "never silently omitted: {r}");
    assert_eq!(
        ch[1],
        json!({"id":"2","channelId":2,"isLogin":false,"point":-1,"updatedAt":null})
    );
    assert_eq!(ch[2]["id"], "999");
    let r = h.call(json!({"type":"isLogin","channel":[1]}));
    assert_eq!(r["channels"][0]["channelId"], 1);
    assert_failure(
        &h.call(json!({"type":"isLogin","channels":["abc"]})),
        "bad_request",
    );

    let r = h.call(json!({"type":"isLogin_auto","channels":[1]}));
    assert_eq!(
        (r["type"].clone(), r["ok"].clone(), r["stale"].clone()),
        (json!("isLogin"), json!(true), json!(true))
    );
    let r = h.call(json!({"type":"isLogin_auto"}));
    assert_eq!(r["type"], "isLogin");
    assert_failure(&r, "bad_request");

    let r = h.call(json!({"type":"job_channel_pointer","channels":[1,2]}));
    assert_eq!(
        r["channels"][1],
        json!({"id":"2","channelId":2,"point":-1,"updatedAt":null})
    );
    assert_eq!(r["stale"], true);
    assert_failure(
        &h.call(json!({"type":"job_channel_pointer","channels":[]})),
        "bad_request",
    );
}

#[test]
fn batch_job_sync_validates_queues_and_coalesces() {
    let home = Home::new();
    let mut h = Host::start(&home);
    let ok = h.call(json!({"type":"batch_job_sync","Jobids":[{"channelId":1,"ids":["CC358286719J00145731008",12]},{"channelId":"2","ids":["x1"]}]}));
    assert_eq!(
        (ok["ok"].clone(), ok["queued"].clone()),
        (json!(true), json!(true)),
        "{ok}"
    );
    assert_eq!(
        count(
            &home,
            "SELECT count(*) FROM outbox WHERE kind='job_refresh'"
        ),
        1
    );
    assert_eq!(count(&home, "SELECT count(*) FROM refreshes"), 3);
    // Within the cool-down: not sent again (boards charge per refresh).
    let again = h.call(json!({"type":"batch_job_sync","jobIds":[{"channelId":1,"ids":["CC358286719J00145731008"]}]}));
    assert_eq!(again["ok"], true);
    assert_eq!(again["coalesced"], 1);
    assert_eq!(
        count(
            &home,
            "SELECT count(*) FROM outbox WHERE kind='job_refresh'"
        ),
        1
    );

    for bad in [
        json!({"type":"batch_job_sync"}),
        json!({"type":"batch_job_sync","Jobids":[]}),
        json!({"type":"batch_job_sync","Jobids":[{"channelId":77,"ids":["a"]}]}),
        json!({"type":"batch_job_sync","Jobids":[{"channelId":1,"ids":[]}]}),
        json!({"type":"batch_job_sync","Jobids":[{"channelId":8,"ids":["a"]}]}),
    ] {
        let r = h.call(bad.clone());
        assert_failure(&r, "bad_request");
    }
    assert_eq!(
        count(&home, "SELECT count(*) FROM outbox"),
        1,
        "rejected requests queue nothing"
    );
}

#[test]
fn job_sync_all_needs_central() {
    let home = Home::new();
    let mut h = Host::start(&home);
    let r = h.call(json!({"type":"job_sync_all","timestamp":22345}));
    assert_failure(&r, "not_configured");
    assert_eq!(r["timestamp"], 22345);
}

#[test]
fn crawl_url_stores_and_recrawl_is_unchanged() {
    let home = Home::new();
    let mut h = Host::start(&home);
    let page = generic_page("陈志强", "13811112222");
    let req = json!({"type":"crawl_url","url":"https://jobs.example.cn/cv/1001","html":page});
    let r = h.call(req.clone());
    assert_eq!(r["ok"], true, "{r}");
    assert_eq!(r["status"], "new");
    assert_eq!(r["channelId"], 0);
    assert_eq!(r["userInfo"]["phone"], "13811112222");
    assert_eq!(r["contactUnlocked"], true);
    assert!(r["positions"].as_array().unwrap().is_empty());
    assert!(r["duplicates"].as_array().unwrap().is_empty());
    let id = r["resumeId"].as_str().unwrap().to_string();
    let again = h.call(req);
    assert_eq!(
        (again["status"].clone(), again["resumeId"].clone()),
        (json!("unchanged"), json!(id))
    );

    // The same person on another site is reported as a duplicate, not merged.
    let other = h.call(json!({"type":"crawl_url","url":"https://cv.example.org/p/9","html":generic_page("陈志强", "+86 13811112222")}));
    assert_eq!(other["status"], "new");
    assert_eq!(other["duplicates"][0]["resumeId"], id);
    assert_eq!(other["duplicates"][0]["matchedOn"], "phone");
    assert_eq!(count(&home, "SELECT count(*) FROM resumes"), 2);

    assert_failure(
        &h.call(json!({"type":"crawl_url","url":"https://x.example/a"})),
        "bad_request",
    );
    assert_failure(
        &h.call(json!({"type":"crawl_url","html":"<p>x</p>"})),
        "bad_request",
    );
    let not = h.call(json!({"type":"crawl_url","url":"https://news.example.com/a","html":"<html><body><h1>今日新闻</h1><p>天气晴。</p></body></html>"}));
    assert_failure(&not, "not_a_resume");
}

#[test]
fn crawl_save_queues_upload_and_link() {
    let home = Home::new();
    let mut h = Host::start(&home);
    let r = h.call(json!({"type":"crawl_url","url":"https://jobs.example.cn/cv/2","html":generic_page("周立新", "13911113333")}));
    let id = r["resumeId"].as_str().unwrap().to_string();
    let saved = h.call(json!({"pluginToPython":{"type":"crawl_save","timestamp":22345,"resumeId":id,"position":"p1"}}));
    assert_eq!(saved["PythonToPlugin"]["ok"], true, "{saved}");
    assert_eq!(saved["PythonToPlugin"]["queued"], true);
    assert_eq!(
        count(
            &home,
            "SELECT count(*) FROM outbox WHERE kind='resume_upload'"
        ),
        1
    );
    assert_eq!(
        count(
            &home,
            "SELECT count(*) FROM outbox WHERE kind='resume_link'"
        ),
        1
    );
    // Saving the same thing twice is one logical operation.
    h.call(json!({"type":"crawl_save","resumeId":id,"position":"p1"}));
    assert_eq!(count(&home, "SELECT count(*) FROM outbox"), 2);

    // The old test client's inline userInfo is stored as sent.
    let inline = h.call(json!({"type":"crawl_save","channelId":1,"resumeId":"519299559408","userInfo":{"real_name":"韩梅","phone":"13722223333","phone_state":"clear"}}));
    assert_eq!(inline["ok"], true, "{inline}");
    assert_eq!(
        count(
            &home,
            "SELECT count(*) FROM resumes WHERE channel_id=1 AND channel_resume_id='519299559408'"
        ),
        1
    );

    let unknown = h.call(json!({"type":"crawl_save","resumeId":"987654","position":"p1"}));
    assert_failure(&unknown, "unknown_resume");
    assert_failure(
        &h.call(json!({"type":"crawl_save","userInfo":"not an object"})),
        "bad_request",
    );
}

#[test]
fn downloads_use_known_contacts_and_fail_clearly() {
    let home = Home::new();
    let mut h = Host::start(&home);
    // An unlocked resume on 智联 (channel 1), and a locked one.
    h.call(json!({"type":"crawl_save","channelId":1,"resumeId":"A100","userInfo":{"real_name":"韩梅","phone":"13722223333","phone_state":"clear"}}));
    h.call(json!({"type":"crawl_save","channelId":1,"resumeId":"B200","userInfo":{"name_masked":"韩女士","phone_state":"masked","phone_masked":"137****3333"}}));

    let r = h.call(json!({"type":"download_confrim","resumeId":"A100","channelId":"1"}));
    assert_eq!(
        r["type"], "download_confrim",
        "the request's type, not the seed's copy-paste"
    );
    assert_eq!(
        (r["ok"].clone(), r["alreadyDownloaded"].clone()),
        (json!(true), json!(true)),
        "{r}"
    );
    assert_eq!(r["phone"], "13722223333");
    let r = h.call(json!({"type":"download_resume","resumeId":"A100","channelId":1,"payType":1}));
    assert_eq!(
        (r["ok"].clone(), r["phone"].clone(), r["name"].clone()),
        (json!(true), json!("13722223333"), json!("韩梅"))
    );

    let locked =
        h.call(json!({"type":"download_resume","resumeId":"B200","channelId":1,"payType":1}));
    assert_failure(&locked, "not_configured");
    assert_eq!(
        (locked["resumeId"].clone(), locked["channelId"].clone()),
        (json!("B200"), json!(1))
    );
    let unknown =
        h.call(json!({"type":"download_resume","resumeId":"nope","channelId":1,"payType":1}));
    assert_failure(&unknown, "unknown_resume");
    assert_eq!(
        (unknown["resumeId"].clone(), unknown["channelId"].clone()),
        (json!("nope"), json!(1))
    );
    let boss = h.call(json!({"type":"download_confrim","resumeId":"x","channelId":8}));
    assert_failure(&boss, "download_unsupported");
    assert_eq!(boss["msg"], "该渠道暂时不提供下载简历功能");
    assert_failure(
        &h.call(json!({"type":"download_confrim","resumeId":"A100"})),
        "bad_request",
    );
}

#[test]
fn channel_upgrade_stores_rules() {
    let home = Home::new();
    let mut h = Host::start(&home);
    let rules = json!({"id":"r1","jobId":"J1","channel":1,"keyWord":"A2司机","place":["上海"],"expectPay":"35000-50000元/月","age":["23","60"]});
    let r = h.call(json!({"type":"channel_upgrade","channel":1,"json":rules}));
    assert_eq!(r["ok"], true, "{r}");
    let r = h.call(
        json!({"type":"channel_upgrade","channel":1,"json":{"jobId":"J1","keyWord":"B2司机"}}),
    );
    assert_eq!(r["ok"], true);
    assert_eq!(
        count(&home, "SELECT count(*) FROM search_rules"),
        1,
        "replaced, not added"
    );
    assert_eq!(
        count(
            &home,
            "SELECT count(*) FROM outbox WHERE kind='search_rules'"
        ),
        2
    );
    assert_failure(
        &h.call(json!({"type":"channel_upgrade","channel":1,"json":[1]})),
        "bad_request",
    );
    assert_failure(
        &h.call(json!({"type":"channel_upgrade","json":{"keyWord":"x"}})),
        "bad_request",
    );
}

#[test]
fn status_counts_and_unknown_types() {
    let home = Home::new();
    let mut h = Host::start(&home);
    h.call(json!({"type":"channel_upgrade","channel":1,"json":{"jobId":"J1"}}));
    let r = h.call(json!({"type":"status"}));
    assert_eq!(r["ok"], true);
    assert_eq!(r["resumes"], 0);
    assert_eq!(r["pendingUploads"], 1);
    assert_eq!(r["central"], "not_configured");
    let r = h.call(json!({"type":"fetch_everything","timestamp":1}));
    assert_failure(&r, "unknown_type");
    assert_eq!(r["msg"], "未知的请求类型: fetch_everything");
    assert_eq!(r["type"], "fetch_everything");
}
