//! The central client against the test central server, endpoint by endpoint, over real HTTP.

mod support;

use hirebridge::central::resume_form::{self, RecordKind};
use hirebridge::central::{Central, CentralError, Identity};
use hirebridge::model::{ContactState, Resume};
use serde_json::json;
use support::central_server::{CentralServer, ChannelSetup, Down, Faults};

fn client(server: &CentralServer) -> Central {
    Central::new(&server.central_config())
        .unwrap()
        .with_identity(Identity {
            account: Some("zhanghu".into()),
            org_id: Some("0123456789abcdef0123456789abcdef".into()),
        })
}

#[tokio::test]
async fn resume_create_update_and_records() {
    let server = CentralServer::start();
    let c = client(&server);
    let mut r = support::invented_resume(1);
    r.age = Some(70); // outside 16-60: the server drops it
    r.email = Some("not-an-email".into()); // no '@': the client already refuses to send it
    let id = c
        .create_resume(&resume_form::basic_fields(&r), "k-create-1")
        .await
        .unwrap();
    assert_eq!(id.len(), 24);
    assert!(id.bytes().all(|b| b.is_ascii_hexdigit()));
    let stored = server.resume(&id).unwrap();
    assert_eq!(stored.fields["real_name"], "测试司机1");
    assert_eq!(stored.fields["phone"], "13900000001");
    assert_eq!(stored.fields["expected_salary"], "[8000,12000]");
    assert_eq!(stored.fields["birth_date"], "1971-02-01");
    assert!(!stored.fields.contains_key("age"));
    assert!(!stored.fields.contains_key("email"));

    c.update_resume(&id, &vec![("target_city".into(), "苏州".into())], "k-upd-1")
        .await
        .unwrap();
    assert_eq!(server.resume(&id).unwrap().fields["target_city"], "苏州");

    let recs = resume_form::records(&r);
    let work = recs.iter().find(|x| x.kind == RecordKind::Work).unwrap();
    let wid = c
        .add_record(&id, RecordKind::Work, &work.fields, "k-w1")
        .await
        .unwrap();
    let mut changed = work.fields.clone();
    changed.push(("dept_name".into(), "车队".into()));
    c.update_record(&id, RecordKind::Work, &wid, &changed, "k-w1u")
        .await
        .unwrap();
    assert_eq!(
        server.resume(&id).unwrap().records_of("work")[0]["dept_name"],
        "车队"
    );
    // The server reads `work_id`; the client sent both names with the same value.
    let upd = server
        .requests()
        .into_iter()
        .find(|q| q.idempotency_key.as_deref() == Some("k-w1u"))
        .unwrap();
    assert_eq!(upd.params["w_id"], json!(wid));
    assert_eq!(upd.params["work_id"], json!(wid));

    let edu = recs
        .iter()
        .find(|x| x.kind == RecordKind::Education)
        .unwrap();
    let eid = c
        .add_record(&id, RecordKind::Education, &edu.fields, "k-e1")
        .await
        .unwrap();
    c.update_record(
        &id,
        RecordKind::Education,
        &eid,
        &vec![("major".into(), "汽车维修".into())],
        "k-e1u",
    )
    .await
    .unwrap();
    assert_eq!(
        server.resume(&id).unwrap().records_of("education")[0]["major"],
        "汽车维修"
    );
    c.delete_record(&id, RecordKind::Work, &wid, "k-w1d")
        .await
        .unwrap();
    c.delete_record(&id, RecordKind::Education, &eid, "k-e1d")
        .await
        .unwrap();
    let stored = server.resume(&id).unwrap();
    assert!(stored.records_of("work").is_empty() && stored.records_of("education").is_empty());

    // A deleted record cannot be deleted again: central's reason comes back as permanent.
    let e = c
        .delete_record(&id, RecordKind::Work, &wid, "k-w1d2")
        .await
        .unwrap_err();
    assert_eq!(e.reason(), "记录不存在");
    assert!(!e.is_transient());
    // Every creating call carried its key.
    for q in server.requests() {
        if q.path.starts_with("/wx/") {
            assert!(q.idempotency_key.is_some(), "{} without key", q.path);
        }
    }
}

#[tokio::test]
async fn masked_phone_is_never_sent_and_a_bad_phone_is_refused() {
    let server = CentralServer::start();
    let c = client(&server);
    let r = Resume {
        real_name: Some("测试甲".into()),
        phone: Some("138****1234".into()),
        phone_state: ContactState::Masked,
        phone_masked: Some("138****1234".into()),
        ..Resume::default()
    };
    let id = c
        .create_resume(&resume_form::basic_fields(&r), "k1")
        .await
        .unwrap();
    assert!(!server.resume(&id).unwrap().fields.contains_key("phone"));
    let e = c
        .create_resume(&vec![("phone".into(), "138****1234".into())], "k2")
        .await
        .unwrap_err();
    assert_eq!(e.reason(), "手机号码格式错误");
    assert!(!e.is_transient());
    assert!(server.requests().iter().all(|q| q
        .params
        .get("phone")
        .is_none_or(|p| p != "138****1234")
        || q.idempotency_key.as_deref() == Some("k2")));
}

#[tokio::test]
async fn plugin_endpoints() {
    let server = CentralServer::start();
    server.set_channel(1, ChannelSetup::ready(3));
    server.set_channel(
        2,
        ChannelSetup {
            is_login: false,
            ..ChannelSetup::ready(5)
        },
    );
    server.set_channel(
        8,
        ChannelSetup {
            download: false,
            refresh: false,
            ..ChannelSetup::ready(5)
        },
    );
    server.set_positions(vec![json!({"id":"p1","title":"A2货车司机","city":"上海","channelId":1,"channelJobId":"CC1","status":1,"salary":"8000-12000"})]);
    let c = client(&server);

    let chans = c.channels(&[1, 2, 99]).await.unwrap();
    assert_eq!(chans.len(), 3);
    assert!(chans[0].is_login && chans[0].point == 3 && chans[0].download == Some(true));
    assert_eq!(chans[0].pay_types.as_array().unwrap().len(), 2);
    assert!(!chans[1].is_login);
    let q = server.requests().pop().unwrap();
    assert_eq!(q.params["account"], "zhanghu");

    server.fail_job(1, "CC-gone");
    let fails = c
        .refresh_jobs(
            &json!([{"channelId":1,"ids":["CC1","CC-gone"]},{"channelId":2,"ids":["X"]}]),
            "r1",
        )
        .await
        .unwrap();
    assert_eq!(fails.len(), 2);
    assert_eq!(server.refreshes(), vec![(1, "CC1".to_string())]);
    let body = server.requests().pop().unwrap().params;
    assert_eq!(body["orgId"], "0123456789abcdef0123456789abcdef");

    assert_eq!(c.positions().await.unwrap()[0]["id"], "p1");

    let u = c.download_resume(1, "BR1", 1, "d1").await.unwrap();
    assert!(u.phone.as_deref().is_some_and(|p| p.len() == 11));
    assert_eq!(server.spends(1, "BR1"), 1);
    // Same key again: the server answers the first answer and spends nothing more.
    let again = c.download_resume(1, "BR1", 1, "d1").await.unwrap();
    assert_eq!(again, u);
    assert_eq!(server.spends(1, "BR1"), 1);
    let e = c.download_resume(8, "BR2", 1, "d2").await.unwrap_err();
    assert_eq!(e.code(), Some("download_unsupported"));
    let e = c.download_resume(2, "BR2", 1, "d3").await.unwrap_err();
    assert_eq!(e.code(), Some("channel_not_logged_in"));
    c.download_resume(1, "BR3", 1, "d4").await.unwrap();
    // The refresh spent one point and two downloads two: none left.
    let e = c.download_resume(1, "BR4", 1, "d5").await.unwrap_err();
    assert_eq!(
        (e.code(), e.reason().as_str()),
        (Some("insufficient_points"), "下载点数不足或解析失败")
    );

    c.report_contact(&json!({"channel":1,"channelId":"BR1","name":"测试乙","phone":"13900000009","email":"b@example.cn"}), "c1")
        .await
        .unwrap();
    assert_eq!(server.contact_reports()[0]["channelId"], "BR1");

    let id = c
        .create_resume(&vec![("real_name".into(), "测试丙".into())], "cr")
        .await
        .unwrap();
    c.link_resume(&id, "p1", 1, "BR1", "l1").await.unwrap();
    assert_eq!(server.links()[0]["position"], "p1");
    let e = c
        .link_resume("000000000000000000000000", "p1", 1, "BR1", "l2")
        .await
        .unwrap_err();
    assert_eq!(e.reason(), "简历不存在");

    c.save_search_rules(
        &json!({"channel":1,"jobId":"j1","json":{"keyWord":"A2"}}),
        "s1",
    )
    .await
    .unwrap();
    assert_eq!(server.search_rules()[0]["json"]["keyWord"], "A2");
    for q in server.requests() {
        if q.method == "POST" {
            assert!(q.idempotency_key.is_some(), "{} without key", q.path);
        }
    }
}

#[tokio::test]
async fn transport_failures_are_classified() {
    let server = CentralServer::start();
    let mut cfg = server.central_config();
    cfg.request_timeout_ms = 300;
    let c = Central::new(&cfg).unwrap();
    let form = vec![("real_name".to_string(), "测试丁".to_string())];

    server.set_faults(Faults {
        error_rate: 1.0,
        ..Faults::default()
    });
    let e = c.create_resume(&form, "a").await.unwrap_err();
    assert_eq!(
        e,
        CentralError::Transient {
            reason: "HTTP 500: 服务器内部错误".into(),
            maybe_committed: false
        }
    );

    server.set_faults(Faults {
        drop_after_commit_rate: 1.0,
        ..Faults::default()
    });
    let e = c.create_resume(&form, "b").await.unwrap_err();
    assert!(
        matches!(
            e,
            CentralError::Transient {
                maybe_committed: true,
                ..
            }
        ),
        "{e:?}"
    );
    assert_eq!(
        server.resumes().len(),
        1,
        "the dropped create was committed"
    );

    server.set_faults(Faults {
        hang_rate: 1.0,
        hang_ms: 2_000,
        ..Faults::default()
    });
    let e = c.create_resume(&form, "c").await.unwrap_err();
    assert!(
        e.is_transient() && e.reason().starts_with("timeout"),
        "{e:?}"
    );

    server.set_faults(Faults::default());
    server.set_down(Some(Down::Refuse));
    let e = Central::new(&cfg)
        .unwrap()
        .create_resume(&form, "d")
        .await
        .unwrap_err();
    assert!(
        matches!(
            e,
            CentralError::Transient {
                maybe_committed: false,
                ..
            }
        ),
        "{e:?}"
    );
    // Accepting and closing at once (also the client's pooled connection): transient, and
    // nothing was stored.
    server.set_down(Some(Down::Close));
    let e = c.create_resume(&form, "d2").await.unwrap_err();
    assert!(e.is_transient(), "{e:?}");
    server.set_down(None);
    assert_eq!(server.resumes().len(), 1);
    let id = c.create_resume(&form, "e").await.unwrap();
    assert_eq!(id.len(), 24);

    let mut bad = cfg.clone();
    bad.paths
        .insert("resume_opt".into(), "/no/such/path".into());
    let e = Central::new(&bad)
        .unwrap()
        .create_resume(&form, "f")
        .await
        .unwrap_err();
    assert!(!e.is_transient() && e.reason() == "接口不存在", "{e:?}");
}

#[tokio::test]
async fn auth_and_path_overrides_come_from_config() {
    let server = CentralServer::start();
    server.require_token(Some("s3cret-token"));
    server.alias("/v2/positions", "/api/plugin/positions");
    let mut cfg = server.central_config();
    let e = Central::new(&cfg).unwrap().positions().await.unwrap_err();
    assert_eq!(e.reason(), "未登录");
    assert!(!e.is_transient());
    cfg.token = Some("s3cret-token".into());
    cfg.paths.insert("positions".into(), "/v2/positions".into());
    Central::new(&cfg).unwrap().positions().await.unwrap();
    let q = server.requests().pop().unwrap();
    assert_eq!(q.path, "/v2/positions");
    assert_eq!(q.authorization.as_deref(), Some("Bearer s3cret-token"));
    // Debug output of the client never shows the token.
    assert!(!format!("{:?}", Central::new(&cfg).unwrap()).contains("s3cret"));

    server.require_token(None);
    server.require_cookie(Some("session=abc"));
    let cfg = hirebridge::config::CentralConfig {
        cookie: Some("session=abc".into()),
        ..server.central_config()
    };
    Central::new(&cfg).unwrap().positions().await.unwrap();
}
