"""generic: xc3 (hzrc.com 杭州人才网, a known channel without a dedicated extractor: label/value
table with full-width-space labels; same person as 51job/jc4), xc4 (job5156 智通人才网, not in the
channel table: API JSON + dl/dt/dd DOM, locked, B2 tanker driver)."""
from common import gold, work, edu, write_case

# ---------------------------------------------------------------- xc3
HID = "7720518"
URL1 = f"https://www.hzrc.com/company/resume/show.html?id={HID}&from=search"
CAP1 = "2026-12-12T10:40:00+08:00"
SELF1 = "A1驾照，驾龄18年，持道路旅客运输驾驶员从业资格证。开过旅游大巴和纯电动公交车，熟悉杭州及周边道路，无责任事故。"


def row(*cells):
    out = []
    for i in range(0, len(cells), 2):
        out.append(f"<th>{cells[i]}</th><td>{cells[i + 1]}</td>")
    return "<tr>" + "".join(out) + "</tr>"


html1 = f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>郑国梁的个人简历 - 杭州人才网</title></head>
<body>
<div class="top-bar">杭州人才网 · 企业会员中心</div>
<div class="resume-box">
 <div class="resume-hd"><h2>个人简历</h2><span>简历编号：{HID}</span><span>更新日期：2026-12-03</span></div>
 <table class="resume-table" border="1" cellspacing="0">
  <caption>基本信息</caption>
  {row('姓　　名', '郑国梁', '性　　别', '男')}
  {row('出生年月', '1979-11', '年　　龄', '47岁')}
  {row('户　　籍', '浙江-金华', '现居住地', '杭州-萧山区')}
  {row('婚姻状况', '已婚', '学　　历', '高中')}
  {row('工作年限', '20年', '求职状态', '在职，考虑机会')}
  {row('手　　机', '16658032217', '电子邮箱', 'zhengguoliang_bus@example.com')}
 </table>
 <table class="resume-table" border="1" cellspacing="0">
  <caption>求职意向</caption>
  {row('期望岗位', '大客车司机', '期望地点', '杭州')}
  {row('期望月薪', '8000-12000元/月', '到岗时间', '一个月内')}
 </table>
 <table class="resume-table" border="1" cellspacing="0">
  <caption>驾驶信息</caption>
  {row('驾驶证', 'A1', '驾　　龄', '18年')}
  {row('从业资格', '道路旅客运输驾驶员', '', '')}
 </table>
 <div class="resume-sec"><h3>工作经历</h3>
  <div class="item"><p><b>2014年6月—至今</b>　杭州顺萧公共交通有限公司　公交车驾驶员</p><p>驾驶12米纯电动公交车，负责萧山城区3条线路运营。</p></div>
  <div class="item"><p><b>2006年4月—2014年5月</b>　金华市通达旅游客运有限公司　大巴司机</p><p>驾驶45座旅游大巴，负责省内旅游包车及企业班车。</p></div>
 </div>
 <div class="resume-sec"><h3>教育经历</h3>
  <div class="item"><p><b>1995年9月—1998年7月</b>　金华市婺城青禾中学　高中</p></div>
 </div>
 <div class="resume-sec"><h3>自我评价</h3><p>{SELF1}</p></div>
</div>
<div class="footer">客服热线：0571-86000000　杭州人才网版权所有</div>
</body></html>
"""
gold1 = gold(
    url=URL1, captured_at=CAP1, channel_id=5, resume_id=HID,
    real_name="郑国梁", gender="男", age=47, birth_date="1979-11", married=1,
    living_place="杭州-萧山区", birth_place="浙江-金华",
    phone="16658032217", phone_state="clear", email="zhengguoliang_bus@example.com", email_state="clear",
    education_level="高中", work_experience=20, status=1, want_job=True,
    expected_regions=["杭州"], expected_salary=[8000, 12000], target_post="大客车司机",
    self_evaluation=SELF1, dl="A1", driving_experience=18, rtqc="旅客运输驾驶员",
    vehicle_types=["大型客车"],
    work_history=[
        work("2014-06", None, "杭州顺萧公共交通有限公司", "公交车驾驶员",
             "驾驶12米纯电动公交车，负责萧山城区3条线路运营。", "大型客车"),
        work("2006-04", "2014-05", "金华市通达旅游客运有限公司", "大巴司机",
             "驾驶45座旅游大巴，负责省内旅游包车及企业班车。", "大型客车"),
    ],
    education_history=[edu("1995-09", "1998-07", "金华市婺城青禾中学", None, "高中")],
)
write_case("generic", "xc3_hzrc_table_unlocked_bus_a1_same_person_as_jc4",
           description="generic: hzrc.com (杭州人才网, channel 5, no dedicated extractor) th/td label table with full-width-space labels, 驾驶信息 block; unlocked; SAME PERSON as 51job/jc4 (same phone + email) -> should be reported as a duplicate",
           url=URL1, html=html1, captured_at=CAP1, person="blind3-4", gold_obj=gold1)

# ---------------------------------------------------------------- xc4
JID = "88120457"
URL2 = f"https://www.job5156.com/corp/resume/detail?resumeId={JID}&posId=2039118"
CAP2 = "2026-12-12T15:25:00+08:00"
SELF2 = "持B2驾驶证，驾龄25年，持危险货物道路运输驾驶员证，开油罐车11年无事故，熟悉佛山、广州加油站网点。"
api_body = {"code": 1, "msg": "ok", "data": {
    "resumeId": int(JID), "perUserId": 30571946, "name": "邓先生", "nameHidden": True,
    "mobile": "166****4410", "email": "", "sexName": "男", "age": 50, "degreeName": "初中",
    "workYearName": "22年", "liveAreaName": "佛山-南海区", "maritalName": "已婚",
    "jobStatusName": "在职，考虑机会", "intentJob": "油罐车司机", "intentArea": ["佛山", "广州"],
    "intentSalaryName": "10000元以上", "selfIntro": SELF2,
    "workList": [
        {"beginDate": "2015-06", "endDate": "", "comName": "佛山市南海汇能石化运输有限公司", "posName": "油罐车司机",
         "workDesc": "驾驶15吨油罐车，配送成品油至加油站。"},
        {"beginDate": "2004-03", "endDate": "2015-05", "comName": "佛山市顺德区宏图货运部", "posName": "货车司机",
         "workDesc": "驾驶5吨栏板货车配送家具。"},
    ],
    "eduList": [{"beginDate": "1989-09", "endDate": "1992-07", "school": "南海区丹灶镇青云中学", "major": "", "degreeName": "初中"}],
}}
html2 = f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>简历详情 - 智通人才网企业版</title></head>
<body>
<div class="corp-header">智通人才网 · 企业中心</div>
<div class="resume-detail" id="resumeDetail" data-resume-id="{JID}">
 <div class="resume-name"><h1>邓先生</h1><span class="hide-tip">（求职者已隐藏姓名）</span><span class="rid">简历ID：{JID}</span></div>
 <dl class="info-list">
  <dt>性别：</dt><dd>男</dd>
  <dt>年龄：</dt><dd>50岁</dd>
  <dt>学历：</dt><dd>初中</dd>
  <dt>工作经验：</dt><dd>22年</dd>
  <dt>现居住地：</dt><dd>佛山-南海区</dd>
  <dt>婚姻状况：</dt><dd>已婚</dd>
  <dt>求职状态：</dt><dd>在职，考虑机会</dd>
  <dt>联系电话：</dt><dd>166****4410 <a class="btn-view">查看联系方式（消耗1点）</a></dd>
 </dl>
 <dl class="intent-list">
  <dt>意向职位：</dt><dd>油罐车司机</dd>
  <dt>意向地区：</dt><dd>佛山，广州</dd>
  <dt>期望月薪：</dt><dd>10000元以上</dd>
 </dl>
 <div class="block"><h3>工作经历</h3>
  <div class="work-item"><p class="hd">2015-06 ~ 至今　佛山市南海汇能石化运输有限公司　油罐车司机</p><p class="bd">驾驶15吨油罐车，配送成品油至加油站。</p></div>
  <div class="work-item"><p class="hd">2004-03 ~ 2015-05　佛山市顺德区宏图货运部　货车司机</p><p class="bd">驾驶5吨栏板货车配送家具。</p></div>
 </div>
 <div class="block"><h3>教育经历</h3><p>1989-09 ~ 1992-07　南海区丹灶镇青云中学　初中</p></div>
 <div class="block"><h3>自我描述</h3><p>{SELF2}</p></div>
</div>
</body></html>
"""
gold2 = gold(
    url=URL2, captured_at=CAP2, channel_id=0, resume_id=JID,
    name_masked="邓先生", gender="男", age=50, married=1, living_place="佛山-南海区",
    phone_state="masked", phone_masked="166****4410",
    education_level="初中及以下", work_experience=22, status=1, want_job=True,
    expected_regions=["佛山", "广州"], expected_salary=[10000], target_post="油罐车司机",
    self_evaluation=SELF2, dl="B2", driving_experience=25, rtqc="危险货物运输驾驶员",
    vehicle_types=["罐式车", "栏板式货车"],
    work_history=[
        work("2015-06", None, "佛山市南海汇能石化运输有限公司", "油罐车司机",
             "驾驶15吨油罐车，配送成品油至加油站。", "罐式车", load=-1),
        work("2004-03", "2015-05", "佛山市顺德区宏图货运部", "货车司机",
             "驾驶5吨栏板货车配送家具。", "栏板式货车", load=6),
    ],
    education_history=[edu("1989-09", "1992-07", "南海区丹灶镇青云中学", None, "初中及以下")],
)
write_case("generic", "xc4_job5156_api_dl_locked_b2_tanker_deng",
           description="generic: job5156 (智通人才网, not in the channel table -> channelId 0) with /api/com/resume/<id> JSON + dt/dd DOM; hidden name 邓先生, masked phone; 10000元以上 -> [10000]; 初中; B2 + 危货驾驶员证; 15吨罐车 / 5吨栏板",
           url=URL2, html=html2, captured_at=CAP2, person="blind3-13", gold_obj=gold2,
           api_payloads=[{"url": f"https://www.job5156.com/api/com/resume/{JID}?_=1797059100000", "body": api_body}])
