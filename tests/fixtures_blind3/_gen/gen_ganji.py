"""ganji: gc3 (public 求职 post on a city subdomain, masked name/phone, B2 dump-truck driver),
gc4 (hr.ganji.com employer view + 58-platform JSON, unlocked, dispatcher, C2)."""
from common import gold, work, edu, write_case

# ---------------------------------------------------------------- gc3
PID = "3841205967"
URL1 = f"https://sz.ganji.com/qzsiji/{PID}x.htm"
CAP1 = "2026-12-09T08:55:00+08:00"
SELF1 = "B2驾照，驾龄15年，有货运资格证。开过8吨栏板车和自卸渣土车，能上夜班，服从调度。"
html1 = f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>求职渣土车司机 - 深圳赶集网</title>
<meta name="keywords" content="深圳求职,渣土车司机,赶集网"></head>
<body>
<div class="crumbs"><a href="https://sz.ganji.com/">深圳赶集</a> &gt; <a href="https://sz.ganji.com/qzsiji/">求职司机</a> &gt; 龙岗</div>
<div class="leftBox" id="resume-{PID}">
 <div class="title-line"><h1 class="resume-title">求职渣土车司机</h1><span class="post-time">更新时间：2026-12-02</span><span class="post-id">编号：{PID}</span></div>
 <ul class="basic-info">
  <li><span class="t">姓　　名：</span><span class="c">韦先生</span></li>
  <li><span class="t">性　　别：</span><span class="c">男</span></li>
  <li><span class="t">年　　龄：</span><span class="c">41岁</span></li>
  <li><span class="t">最高学历：</span><span class="c">高中</span></li>
  <li><span class="t">工作年限：</span><span class="c">15年</span></li>
  <li><span class="t">籍　　贯：</span><span class="c">广西-贵港</span></li>
  <li><span class="t">现&nbsp;居&nbsp;住：</span><span class="c">深圳-龙岗区</span></li>
  <li><span class="t">求职状态：</span><span class="c">离职-随时到岗</span></li>
 </ul>
 <div class="want-box">
  <h3>求职意向</h3>
  <p><span class="t">期望职位：</span>渣土车司机</p>
  <p><span class="t">期望地区：</span>深圳、惠州</p>
  <p><span class="t">期望月薪：</span>1.2-1.5万</p>
 </div>
 <div class="contact-box"><span class="t">联系电话：</span><span class="phone">1662207****</span><a class="show-phone" href="javascript:;">点击查看完整号码</a></div>
 <div class="work-box">
  <h3>工作经历</h3>
  <dl class="work-item"><dt>2017年9月 - 2026年11月&nbsp;&nbsp;深圳市宝运土石方工程有限公司&nbsp;&nbsp;渣土车司机</dt>
   <dd>驾驶自卸式渣土车，负责地铁工地渣土外运，夜班为主。</dd></dl>
  <dl class="work-item"><dt>2011年4月 - 2017年8月&nbsp;&nbsp;贵港市联发运输队&nbsp;&nbsp;货车司机</dt>
   <dd>驾驶8吨栏板货车运输建材。</dd></dl>
 </div>
 <div class="edu-box"><h3>教育经历</h3><p>2002年9月 - 2005年7月&nbsp;&nbsp;贵港市梅林中学&nbsp;&nbsp;高中</p></div>
 <div class="self-box"><h3>自我描述</h3><p>{SELF1}</p></div>
</div>
<div class="rightBox">
 <div class="similar"><h3>其他求职者</h3>
  <ul><li><a href="https://sz.ganji.com/qzsiji/3841200011x.htm">求职货车司机 · 黄先生 · 35岁</a></li>
      <li><a href="https://sz.ganji.com/qzsiji/3841199872x.htm">求职叉车司机 · 李先生 · 28岁</a></li></ul></div>
 <div class="safe-tip">赶集提示：求职者信息由用户自行发布，请核实后联系。</div>
</div>
</body></html>
"""
gold1 = gold(
    url=URL1, captured_at=CAP1, channel_id=4, resume_id=PID,
    name_masked="韦先生", gender="男", age=41, living_place="深圳-龙岗区", birth_place="广西-贵港",
    phone_state="masked", phone_masked="1662207****",
    education_level="高中", work_experience=15, status=0, want_job=True,
    expected_regions=["深圳", "惠州"], expected_salary=[12000, 15000], target_post="渣土车司机",
    self_evaluation=SELF1, dl="B2", driving_experience=15, rtqc="货物运输驾驶员",
    vehicle_types=["自卸车", "栏板式货车"],
    work_history=[
        work("2017-09", "2026-11", "深圳市宝运土石方工程有限公司", "渣土车司机",
             "驾驶自卸式渣土车，负责地铁工地渣土外运，夜班为主。", "自卸车"),
        work("2011-04", "2017-08", "贵港市联发运输队", "货车司机",
             "驾驶8吨栏板货车运输建材。", "栏板式货车", load=14),
    ],
    education_history=[edu("2002-09", "2005-07", "贵港市梅林中学", None, "高中")],
)
write_case("ganji", "gc3_public_qiuzhi_post_masked_b2_dumptruck_wei",
           description="ganji public 求职 post (sz.ganji.com/qzsiji/<id>x.htm), label/value list with full-width-space labels; 韦先生; phone masked at the END (1662207****); 1.2-1.5万; B2 + 货运资格证; 渣土/自卸 + 8吨栏板; sidebar with other seekers",
           url=URL1, html=html1, captured_at=CAP1, person="blind3-7", gold_obj=gold1)

# ---------------------------------------------------------------- gc4
RID = "4208817735291846"
URL2 = f"https://hr.ganji.com/resume/view?resumeid={RID}&from=download&source=list"
CAP2 = "2026-12-09T14:40:00+08:00"
LETTER = "物流管理专业本科，6年城配调度经验，熟练使用TMS系统，持C2驾照。"
body2 = {
    "code": 0, "msg": "success",
    "data": {
        "resumeid": RID, "trueName": "苏婉婷", "familyName": "苏", "sex": "1", "age": 29, "workYear": "6年",
        "education": "本科", "targetPosition": "物流调度", "targetSalary": "7000-9000元", "expectArea": "广州",
        "letter": LETTER, "mobile": "16630918845", "email": "Wanting.Su@example.org", "picUrl": "",
        "updateDate": 1796713200000, "liveArea": "广州-白云区", "marriage": "未婚", "jobState": "在职-考虑机会",
        "experiences": [
            {"startDate": "2022-03", "endDate": "至今", "company": "广州速链城配物流有限公司", "positionName": "调度主管",
             "description": "负责120台城配车辆的日常排班与路线规划，带5人调度组。"},
            {"startDate": "2020-07", "endDate": "2022-02", "company": "广州羊城快运有限公司", "positionName": "调度员",
             "description": "负责零担订单录入与司机派单。"},
        ],
        "educations": [
            {"startDate": "2016-09", "endDate": "2020-06", "school": "广州南岭商贸学院", "major": "物流管理", "degree": "本科"},
        ],
    },
}
html2 = f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>简历详情 - 赶集招聘企业版</title></head>
<body>
<div id="app"><div class="gj-resume-view" data-resumeid="{RID}">
 <div class="gj-resume-view__head">
  <span class="name">苏婉婷</span><span class="tag-download">已下载</span>
  <p class="info">女 / 29岁 / 本科 / 6年工作经验 / 未婚</p>
  <p class="live">现居：广州-白云区　　求职状态：在职-考虑机会</p>
  <p class="contact">手机：16630918845　　邮箱：Wanting.Su@example.org</p>
 </div>
 <div class="gj-resume-view__block"><h4>求职意向</h4>
  <p>物流调度 ｜ 广州 ｜ 7000-9000元</p></div>
 <div class="gj-resume-view__block"><h4>工作经历</h4>
  <div class="exp"><b>广州速链城配物流有限公司</b> 调度主管 <i>2022.03-至今</i><p>负责120台城配车辆的日常排班与路线规划，带5人调度组。</p></div>
  <div class="exp"><b>广州羊城快运有限公司</b> 调度员 <i>2020.07-2022.02</i><p>负责零担订单录入与司机派单。</p></div>
 </div>
 <div class="gj-resume-view__block"><h4>教育经历</h4>
  <div class="edu"><b>广州南岭商贸学院</b> 物流管理 本科 <i>2016.09-2020.06</i></div></div>
 <div class="gj-resume-view__block"><h4>自我介绍</h4><p>{LETTER}</p></div>
</div></div>
</body></html>
"""
gold2 = gold(
    url=URL2, captured_at=CAP2, channel_id=4, resume_id=RID,
    real_name="苏婉婷", gender="女", age=29, married=0, living_place="广州-白云区",
    phone="16630918845", phone_state="clear", email="wanting.su@example.org", email_state="clear",
    education_level="本科", work_experience=6, status=1, want_job=True,
    expected_regions=["广州"], expected_salary=[7000, 9000], target_post="物流调度",
    self_evaluation=LETTER, dl="C2",
    work_history=[
        work("2022-03", None, "广州速链城配物流有限公司", "调度主管",
             "负责120台城配车辆的日常排班与路线规划，带5人调度组。"),
        work("2020-07", "2022-02", "广州羊城快运有限公司", "调度员", "负责零担订单录入与司机派单。"),
    ],
    education_history=[edu("2016-09", "2020-06", "广州南岭商贸学院", "物流管理", "本科")],
)
write_case("ganji", "gc4_hr_view_api_unlocked_dispatcher_c2_su",
           description="ganji employer view (hr.ganji.com) with a 58-platform JSON detail (resumeid/trueName/sex/mobile/experiences); downloaded: clear phone + mixed-case email; logistics dispatcher (non-driver); C2 permits only C2",
           url=URL2, html=html2, captured_at=CAP2, person="blind3-8", gold_obj=gold2,
           api_payloads=[{"url": f"https://hr.ganji.com/ajax/resume/detail?resumeid={RID}&_=1796713300000", "body": body2}])
