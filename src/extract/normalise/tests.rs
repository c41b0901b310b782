use super::*;
use crate::model::{Resume, Work};

fn s(v: &str) -> Option<String> {
    Some(v.to_string())
}

fn at(rfc3339: &str) -> DateTime<FixedOffset> {
    DateTime::parse_from_rfc3339(rfc3339).unwrap()
}

#[test]
fn clear_mobiles_in_every_shape() {
    for shown in [
        "13912345678",
        "+86 139 1234 5678",
        "0086-139-1234-5678",
        "86-13912345678",
        "139-1234-5678",
        "１３９１２３４５６７８",
        " 139 1234 5678 ",
    ] {
        let c = phone(shown);
        assert_eq!(c.state, ContactState::Clear, "{shown}");
        assert_eq!(c.value.as_deref(), Some("13912345678"), "{shown}");
        assert_eq!(c.masked, None);
    }
}

#[test]
fn masked_phones_keep_their_shape_and_no_value() {
    for (shown, masked) in [
        ("138****1234", "138****1234"),
        ("138 **** 1234", "138****1234"),
        ("+86 138****1234", "138****1234"),
        ("****", "****"),
    ] {
        let c = phone(shown);
        assert_eq!(c.state, ContactState::Masked, "{shown}");
        assert_eq!(c.value, None);
        assert_eq!(c.masked.as_deref(), Some(masked));
    }
}

#[test]
fn a_mobile_among_several_numbers_or_notes() {
    assert_eq!(
        phone("021-12345678 / 139 1234 5678").value.as_deref(),
        Some("13912345678")
    );
    assert_eq!(
        phone("13812345678（微信同号）").value.as_deref(),
        Some("13812345678")
    );
    assert_eq!(
        phone("138****5678（下载后可见）").state,
        ContactState::Masked
    );
    assert_eq!(phone("310101198506120011").state, ContactState::Absent);
    assert_eq!(
        email("Li@163.com（常用）").value.as_deref(),
        Some("li@163.com")
    );
}

#[test]
fn landlines_and_junk_are_not_mobiles() {
    for shown in [
        "021-12345678",
        "0755-8888 6666",
        "12345678901",
        "1391234567",
        "电话",
        "",
    ] {
        let c = phone(shown);
        assert_eq!(c.state, ContactState::Absent, "{shown}");
        assert_eq!(c.value, None);
    }
}

#[test]
fn obfuscated_and_virtual_phones_are_never_clear() {
    let pua = "1\u{E0A1}\u{E0A2}12345678";
    assert_eq!(phone(pua).state, ContactState::Obfuscated);
    assert_eq!(phone(pua).value, None);
    let ent = "&#xe0a1;&#xe0b2;&#xe0a1;";
    assert_eq!(phone(ent).state, ContactState::Obfuscated);
    assert!(is_obfuscated(ent));
    assert!(!is_obfuscated("13912345678 &#x4e2d;"));
    let v = virtual_phone("17012345678");
    assert_eq!(v.state, ContactState::Virtual);
    assert_eq!(v.value, None);
    assert_eq!(v.masked.as_deref(), Some("17012345678"));
    assert_eq!(virtual_phone("").state, ContactState::Absent);
}

#[test]
fn phones_found_in_text_skip_id_numbers() {
    let c = phone_in_text("身份证 310101198506120011 手机：139 1234 5678");
    assert_eq!(c.value.as_deref(), Some("13912345678"));
    assert_eq!(
        phone_in_text("联系电话 138****1234").state,
        ContactState::Masked
    );
    assert_eq!(
        phone_in_text("电话 021-12345678").state,
        ContactState::Absent
    );
}

#[test]
fn emails_clear_masked_obfuscated() {
    let c = email("  WangJianGuo85@QQ.com ");
    assert_eq!(c.state, ContactState::Clear);
    assert_eq!(c.value.as_deref(), Some("wangjianguo85@qq.com"));
    let m = email("a***@qq.com");
    assert_eq!(m.state, ContactState::Masked);
    assert_eq!(m.value, None);
    assert_eq!(m.masked.as_deref(), Some("a***@qq.com"));
    assert_eq!(email("wang@").state, ContactState::Absent);
    assert_eq!(email("\u{E001}@qq.com").state, ContactState::Obfuscated);
    assert_eq!(
        email_in_text("邮箱：lixiuying@163.com 电话")
            .value
            .as_deref(),
        Some("lixiuying@163.com")
    );
    assert_eq!(
        email("ｌｉｘｉｕｙｉｎｇ＠１６３．ｃｏｍ").value.as_deref(),
        Some("lixiuying@163.com")
    );
}

#[test]
fn names_clear_or_masked() {
    assert_eq!(name(" 王建国 "), (s("王建国"), None));
    assert_eq!(name("欧阳 娜娜"), (s("欧阳娜娜"), None));
    assert_eq!(name("张先生"), (None, s("张先生")));
    assert_eq!(name("李女士"), (None, s("李女士")));
    assert_eq!(name("陈先生（登录企业会员后查看）"), (None, s("陈先生")));
    assert_eq!(name("王建国(Jianguo)"), (s("王建国"), None));
    assert_eq!(name("李**"), (None, s("李**")));
    assert_eq!(name("王**"), (None, s("王**")));
    assert_eq!(name("王某"), (None, s("王某")));
    assert_eq!(name("陈经理"), (None, s("陈经理")));
    assert_eq!(name("王总"), (None, s("王总")));
    assert_eq!(name("隐藏姓名"), (None, s("隐藏姓名")));
    assert_eq!(name("&#xe0a1;建国").0, None);
    assert_eq!(name(""), (None, None));
    assert_eq!(name("-"), (None, None));
}

#[test]
fn gender_and_marriage() {
    assert_eq!(gender("男"), s("男"));
    assert_eq!(gender("女 | 36岁"), s("女"));
    assert_eq!(gender("Male"), s("男"));
    assert_eq!(gender("男女不限"), None);
    assert_eq!(gender(""), None);
    assert_eq!(married("未婚"), Some(0));
    assert_eq!(married("已婚已育"), Some(1));
    assert_eq!(married("离异"), Some(-1));
    assert_eq!(married("保密"), None);
}

#[test]
fn dates_as_precise_as_shown() {
    assert_eq!(date("1985年6月12日"), s("1985-06-12"));
    assert_eq!(date("1990.03"), s("1990-03"));
    assert_eq!(date("1979"), s("1979"));
    assert_eq!(date("1990/3/5"), s("1990-03-05"));
    assert_eq!(date("１９８５－０６"), s("1985-06"));
    assert_eq!(date("1609459200000"), s("2021-01-01"));
    assert_eq!(date("不详"), None);
    assert_eq!(month("2018-02-15"), s("2018-02"));
    assert_eq!(month("2012"), s("2012"));
}

#[test]
fn date_ranges_in_every_shape() {
    let r = |b: &str, e: Option<&str>, c: bool| DateRange {
        begin: s(b),
        end: e.map(str::to_string),
        current: c,
    };
    assert_eq!(date_range("2015.03-至今"), r("2015-03", None, true));
    assert_eq!(
        date_range("2015.03 - 2018.06"),
        r("2015-03", Some("2018-06"), false)
    );
    assert_eq!(
        date_range("2015/03–2018/06"),
        r("2015-03", Some("2018-06"), false)
    );
    assert_eq!(date_range("2015年3月 - 至今"), r("2015-03", None, true));
    assert_eq!(
        date_range("2015年3月至2018年6月"),
        r("2015-03", Some("2018-06"), false)
    );
    assert_eq!(date_range("2012 - 2015"), r("2012", Some("2015"), false));
    assert_eq!(date_range("2012-2015"), r("2012", Some("2015"), false));
    assert_eq!(
        date_range("2015-03-2018-06"),
        r("2015-03", Some("2018-06"), false)
    );
    assert_eq!(date_range("2023.11 ~ 现在"), r("2023-11", None, true));
    assert_eq!(
        date_range("2019.7 — 2020.1"),
        r("2019-07", Some("2020-01"), false)
    );
    assert_eq!(date_range("2019.07 到 今"), r("2019-07", None, true));
    assert_eq!(date_range("2018-02"), r("2018-02", None, false));
    assert_eq!(date_range(""), DateRange::default());
}

#[test]
fn ages_shown_and_computed() {
    assert_eq!(age("35岁"), Some(35));
    assert_eq!(age("35"), Some(35));
    assert_eq!(age("35 周岁"), Some(35));
    assert_eq!(age("350岁"), None);
    assert_eq!(age("abc"), None);
    let d = NaiveDate::from_ymd_opt(2026, 11, 20).unwrap();
    assert_eq!(age_at("1985-06-12", d), Some(41));
    assert_eq!(age_at("1985-12-01", d), Some(40));
    assert_eq!(age_at("1985-11-21", d), Some(40));
    assert_eq!(age_at("1985-11-20", d), Some(41));
    assert_eq!(age_at("1990-03", d), Some(36));
    assert_eq!(age_at("1979", d), Some(47));
    assert_eq!(age_at("", d), None);
}

#[test]
fn work_years_shapes() {
    assert_eq!(work_years("10年以上"), Some(10));
    assert_eq!(work_years("3-5年"), Some(3));
    assert_eq!(work_years("应届生"), Some(0));
    assert_eq!(work_years("无工作经验"), Some(0));
    assert_eq!(work_years("5年工作经验"), Some(5));
    assert_eq!(work_years("十年以上"), Some(10));
    assert_eq!(work_years("1年以下"), Some(0));
    assert_eq!(work_years("经验不限"), None);
    let d = NaiveDate::from_ymd_opt(2026, 11, 20).unwrap();
    assert_eq!(work_years_since("201007", d), Some(16));
}

#[test]
fn education_codes_and_levels() {
    let e = |c: i64, l: &str| (Some(c), s(l));
    assert_eq!(education("初中"), e(2, "初中及以下"));
    assert_eq!(education("小学"), e(1, "初中及以下"));
    assert_eq!(education("高中"), e(2, "高中"));
    assert_eq!(education("中专"), e(2, "中专/中技"));
    assert_eq!(education("中技"), e(2, "中专/中技"));
    assert_eq!(education("大专"), e(3, "大专"));
    assert_eq!(education("专科"), e(3, "大专"));
    assert_eq!(education("本科"), e(4, "本科"));
    assert_eq!(education("统招本科"), e(4, "本科"));
    assert_eq!(education("研究生"), e(4, "硕士"));
    assert_eq!(education("MBA"), e(4, "硕士"));
    assert_eq!(education("博士研究生"), e(4, "博士"));
    assert_eq!(education("不限"), (None, None));
}

#[test]
fn job_status_and_wish() {
    assert_eq!(job_status("在职，考虑机会"), (Some(1), Some(true)));
    assert_eq!(job_status("在职，急寻新工作"), (Some(1), Some(true)));
    assert_eq!(job_status("离职-随时到岗"), (Some(0), Some(true)));
    assert_eq!(job_status("离职，正在找工作"), (Some(0), Some(true)));
    assert_eq!(job_status("在职，暂不考虑"), (Some(1), Some(false)));
    assert_eq!(job_status("个体经营"), (Some(-1), None));
    assert_eq!(job_status("在职-月内到岗"), (Some(1), Some(true)));
    assert_eq!(job_status("离职-随时到岗"), (Some(0), Some(true)));
    assert_eq!(job_status(""), (None, None));
}

#[test]
fn salaries_in_every_shape() {
    assert_eq!(salary("8000-10000元/月"), vec![8000, 10000]);
    assert_eq!(salary("8千-1万"), vec![8000, 10000]);
    assert_eq!(salary("1.5万"), vec![15000]);
    assert_eq!(salary("1-1.5万"), vec![10000, 15000]);
    assert_eq!(salary("1.5-2万/月"), vec![15000, 20000]);
    assert_eq!(salary("8-12K"), vec![8000, 12000]);
    assert_eq!(salary("15K·13薪"), vec![15000]);
    assert_eq!(salary("15-25K·14薪"), vec![15000, 25000]);
    assert_eq!(salary("面议"), Vec::<i64>::new());
    assert_eq!(salary("年薪20万"), vec![16667]);
    assert_eq!(salary("年薪26万·13薪"), vec![20000]);
    assert_eq!(salary("20-30万/年"), vec![16667, 25000]);
    assert_eq!(salary("10万以上"), vec![8333]);
    assert_eq!(salary("8000元/月以上"), vec![8000]);
    assert_eq!(salary("５０００－８０００"), vec![5000, 8000]);
    assert_eq!(salary("3000元以下"), vec![0, 3000]);
    assert_eq!(salary(""), Vec::<i64>::new());
    assert_eq!(salary("200元/天"), Vec::<i64>::new());
    assert_eq!(salary("年薪10-15万"), vec![8333, 12500]);
    assert_eq!(salary("8k以上"), vec![8000]);
    assert_eq!(salary("1万-1.5万元/月"), vec![10000, 15000]);
    assert_eq!(annual_salary("12 万元"), vec![10000]);
}

#[test]
fn zhaopin_salary_codes() {
    assert_eq!(zhaopin_salary_code("0800110000"), vec![8001, 10000]);
    assert_eq!(zhaopin_salary_code("600008000"), vec![6000, 8000]);
    assert_eq!(zhaopin_salary_code("1000115000"), vec![10001, 15000]);
    assert_eq!(zhaopin_salary_code("0000000000"), Vec::<i64>::new());
    assert_eq!(zhaopin_salary_code("面议"), Vec::<i64>::new());
}

#[test]
fn places_and_text() {
    assert_eq!(place("上海 - 浦东新区"), s("上海-浦东新区"));
    assert_eq!(place("上海－浦东新区"), s("上海-浦东新区"));
    assert_eq!(place("广东—深圳"), s("广东-深圳"));
    assert_eq!(place("　北京\u{a0}"), s("北京"));
    assert_eq!(place(""), None);
    assert_eq!(places("上海、苏州，杭州"), vec!["上海", "苏州", "杭州"]);
    assert_eq!(
        text_block("  吃苦耐劳，\r\n\r\n  持A2驾照&nbsp;&nbsp;驾龄12年 \n"),
        s("吃苦耐劳，\n持A2驾照 驾龄12年")
    );
    assert_eq!(text_block(" \n "), None);
    assert_eq!(clean("  a\u{3000} b "), s("a b"));
}

#[test]
fn licences_only_next_to_licence_words() {
    let perm = |v: &[&str]| v.iter().map(|x| x.to_string()).collect::<Vec<_>>();
    assert_eq!(
        licences("持A2驾照，驾龄8年"),
        (
            s("A2"),
            perm(&["A2", "B1", "B2", "C1", "C2", "C3", "C4", "C6", "M"])
        )
    );
    assert_eq!(
        licences("B2证"),
        (s("B2"), perm(&["B2", "C1", "C2", "C3", "C4", "M"]))
    );
    assert_eq!(licences("驾驶证：A1/A2").0, s("A1"));
    assert_eq!(
        licences("驾驶证：A1/A2").1,
        perm(&["A1", "A2", "A3", "B1", "B2", "C1", "C2", "C3", "C4", "C6", "M"])
    );
    assert_eq!(
        licences("准驾车型：C1"),
        (s("C1"), perm(&["C1", "C2", "C3", "C4"]))
    );
    assert_eq!(
        licences("持有Ｂ２驾驶证"),
        (s("B2"), perm(&["B2", "C1", "C2", "C3", "C4", "M"]))
    );
    assert_eq!(licences("持A2类驾驶证").0, s("A2"));
    assert_eq!(licences("驾照C1和B2").0, s("B2"));
    assert_eq!(licences("C3驾照"), (s("C3"), perm(&["C3", "C4"])));
    assert_eq!(licences("D驾照"), (s("D"), perm(&["D"])));
    assert_eq!(
        licences("B1B2驾照").0,
        s("B1"),
        "neither implies the other: first in order"
    );
    assert_eq!(licences("持B2、C1驾照").0, s("B2"));
    for not_licence in [
        "会用A4纸打印",
        "A3打印机",
        "通过B2级英语考试",
        "持B2级英语证书",
        "A2",
        "住在C1栋",
        "驾驶MPV车辆",
        "会PDF",
        "E证",
    ] {
        assert_eq!(licences(not_licence), (None, vec![]), "{not_licence}");
    }
    assert_eq!(
        licence_classes_in_certificates("A2、叉车证、电工证"),
        perm(&["A2"])
    );
    assert_eq!(
        licence_classes_in_certificates("B2级英语"),
        Vec::<String>::new()
    );
    assert_eq!(
        expand_licences(&perm(&["c1", "C2"])),
        (s("C1"), perm(&["C1", "C2", "C3", "C4"]))
    );
}

#[test]
fn driving_years_and_qualifications() {
    assert_eq!(driving_years("驾龄8年"), Some(8));
    assert_eq!(driving_years("12年驾龄"), Some(12));
    assert_eq!(driving_years("驾龄：十二年"), Some(12));
    assert_eq!(driving_years("10年以上驾驶经验"), Some(10));
    assert_eq!(driving_years("工作8年"), None);
    assert_eq!(rtqc("道路货物运输驾驶员从业资格证"), s("货物运输驾驶员"));
    assert_eq!(rtqc("有货运资格证"), s("货物运输驾驶员"));
    assert_eq!(rtqc("持危险品从业资格证"), s("危险货物运输驾驶员"));
    assert_eq!(rtqc("危险货物运输驾驶员"), s("危险货物运输驾驶员"));
    assert_eq!(rtqc("危险货物押运员证"), s("危险货物押运员"));
    assert_eq!(
        rtqc("持危险货物道路运输押运人员从业资格证"),
        s("危险货物押运员")
    );
    assert_eq!(
        rtqc("A2驾驶证、危险货物道路运输从业资格证、危险货物道路运输押运人员从业资格证"),
        s("危险货物运输驾驶员")
    );
    assert_eq!(
        rtqc("持危险货物道路运输从业资格证和押运员证"),
        s("危险货物运输驾驶员")
    );
    assert_eq!(rtqc("客运资格证"), s("旅客运输驾驶员"));
    assert_eq!(rtqc("网约车驾驶员证"), s("网约车驾驶员"));
    assert_eq!(rtqc("出租车资格证"), s("出租汽车驾驶员"));
    assert_eq!(rtqc("道路运输从业资格证（货物运输）"), s("货物运输驾驶员"));
    assert_eq!(rtqc("有从业资格证（货运）"), s("货物运输驾驶员"));
    assert_eq!(rtqc("从业资格证：客运"), s("旅客运输驾驶员"));
    assert_eq!(rtqc("在道路货物运输公司工作"), None);
    assert_eq!(rtqc("有从业资格证"), None);
    assert_eq!(rtqc("开危化品罐车"), None);
}

#[test]
fn vehicles_and_tiers() {
    assert_eq!(vehicle_types("驾驶重型半挂牵引车"), vec!["其他"]);
    assert_eq!(vehicle_types("9.6米厢式货车，冷链运输"), vec!["厢式货车"]);
    assert_eq!(vehicle_types("危化品罐车"), vec!["罐式车"]);
    assert_eq!(vehicle_types("渣土车司机"), vec!["自卸车"]);
    assert_eq!(
        vehicle_types("开过大巴和网约车"),
        vec!["小型轿车", "大型客车"]
    );
    assert_eq!(vehicle_types("叉车司机"), Vec::<String>::new());
    assert_eq!(vehicle_types("洋山港集装箱短驳"), Vec::<String>::new());
    assert_eq!(vehicle_type("厢式货车"), s("厢式货车"));
    assert_eq!(vehicle_type("高栏车"), s("栏板式货车"));
    assert_eq!(vehicle_load("载重1.5吨"), Some(1.8));
    assert_eq!(vehicle_load("5吨"), Some(6.0));
    assert_eq!(vehicle_load("载重10t"), Some(14.0));
    assert_eq!(vehicle_load("30吨"), Some(-1.0));
    assert_eq!(vehicle_load("年运输5000吨"), None);
    assert_eq!(vehicle_length("4.2米"), Some(6.0));
    assert_eq!(vehicle_length("9.6米厢车"), Some(9.6));
    assert_eq!(vehicle_length("13米"), Some(17.5));
    assert_eq!(vehicle_length("17.5米"), Some(17.5));
    assert_eq!(vehicle_length("跑了300米"), None);
    assert_eq!(enterprise_scale("少于50人"), Some(50));
    assert_eq!(enterprise_scale("50-99人"), Some(100));
    assert_eq!(enterprise_scale("100-499人"), Some(500));
    assert_eq!(enterprise_scale("500-999人"), Some(1000));
    assert_eq!(enterprise_scale("1000-9999人"), Some(-1));
    assert_eq!(enterprise_scale("10000人以上"), Some(-1));
    assert_eq!(enterprise_scale("500人以上"), None);
    assert_eq!(enterprise_scale("民营"), None);
}

#[test]
fn finish_fills_driver_fields_and_age() {
    let mut r = Resume {
        birth_date: s("1985-06-12"),
        self_evaluation: s("持A2驾照，驾龄12年，有道路货物运输驾驶员从业资格证。"),
        work_history: vec![Work {
            post_name: s("牵引车司机"),
            description: s("驾驶重型半挂牵引车跑长途，13米挂车，载重30吨"),
            ..Work::default()
        }],
        ..Resume::default()
    };
    finish(&mut r, at("2026-11-20T10:00:00+08:00"));
    assert_eq!(r.age, Some(41));
    assert_eq!(r.dl_license_class, s("A2"));
    assert!(r.dl_license_classes.contains(&"B2".to_string()));
    assert_eq!(r.driving_experience, Some(12));
    assert_eq!(r.rtqc_license_class, s("货物运输驾驶员"));
    assert_eq!(r.vehicle_types, vec!["其他"]);
    assert_eq!(r.work_history[0].vehicle_type, s("其他"));
    assert_eq!(r.work_history[0].vehicle_length, Some(17.5));
    assert_eq!(r.work_history[0].vehicle_load, Some(-1.0));
}

#[test]
fn finish_ignores_the_wished_post_for_driver_fields() {
    let mut r = Resume {
        target_post: s("重卡司机"),
        ..Resume::default()
    };
    finish(&mut r, at("2026-11-20T10:00:00+08:00"));
    assert!(r.vehicle_types.is_empty());
}

#[test]
fn finish_gives_no_truck_tiers_to_buses() {
    let mut r = Resume {
        work_history: vec![Work {
            description: s("驾驶12米公交车"),
            ..Work::default()
        }],
        ..Resume::default()
    };
    finish(&mut r, at("2026-11-20T10:00:00+08:00"));
    assert_eq!(r.work_history[0].vehicle_type, s("大型客车"));
    assert_eq!(r.work_history[0].vehicle_length, None);
}

#[test]
fn finish_reads_certificate_extras_and_keeps_board_values() {
    let mut r = Resume {
        age: Some(30),
        birth_date: s("1985"),
        dl_license_class: s("c1"),
        ..Resume::default()
    };
    r.extras
        .insert("资格证书".into(), "B2、网约车驾驶员证".into());
    finish(&mut r, at("2026-11-20T10:00:00+08:00"));
    assert_eq!(r.age, Some(30), "a shown age wins over the computed one");
    assert_eq!(
        r.dl_license_class,
        s("C1"),
        "the board's field wins over text"
    );
    assert_eq!(r.rtqc_license_class, s("网约车驾驶员"));

    let mut r = Resume::default();
    r.extras.insert("证书".into(), "B2、电工证".into());
    r.extras.insert("备注".into(), "A4纸".into());
    finish(&mut r, at("2026-11-20T10:00:00+08:00"));
    assert_eq!(r.dl_license_class, s("B2"));
}

#[test]
fn finish_never_keeps_a_hidden_contact_as_value() {
    let mut r = Resume {
        real_name: s("张先生"),
        phone: s("138****1234"),
        phone_state: ContactState::Masked,
        email: s("A***@QQ.com"),
        email_state: ContactState::Masked,
        ..Resume::default()
    };
    finish(&mut r, at("2026-11-20T10:00:00+08:00"));
    assert_eq!(r.real_name, None);
    assert_eq!(r.name_masked, s("张先生"));
    assert_eq!(r.phone, None);
    assert_eq!(r.phone_masked, s("138****1234"));
    assert_eq!(r.email, None);
    assert_eq!(r.email_masked, s("A***@QQ.com"));

    let mut r = Resume {
        phone: s("021-12345678"),
        phone_state: ContactState::Clear,
        email: s("Li@163.COM"),
        email_state: ContactState::Clear,
        ..Resume::default()
    };
    finish(&mut r, at("2026-11-20T10:00:00+08:00"));
    assert_eq!((r.phone, r.phone_state), (None, ContactState::Absent));
    assert_eq!(r.email, s("li@163.com"));
}

#[test]
fn finish_keeps_expected_cities_consistent() {
    let mut r = Resume {
        expected_regions: vec!["上海".into(), "苏州".into()],
        ..Resume::default()
    };
    finish(&mut r, at("2026-11-20T10:00:00+08:00"));
    assert_eq!(r.target_city, s("上海"));
    let mut r = Resume {
        target_city: s("北京"),
        ..Resume::default()
    };
    finish(&mut r, at("2026-11-20T10:00:00+08:00"));
    assert_eq!(r.expected_regions, vec!["北京"]);
}
