"""liepin: lc3 (lpt recommend with detail modal, CSS-module hashed classes, **** masks, A2 cold-chain),
lc4 (h.liepin headhunter detail, old '·' individual-info DOM, unlocked, fleet manager, 年薪)."""
from common import gold, work, edu, write_case

# ---------------------------------------------------------------- lc3
RES1 = "3c8e1f6a2b9d4e07"
URL1 = "https://lpt.liepin.com/recommend?jobId=51738204&tab=all&curPage=0"
CAP1 = "2026-12-10T10:18:00+08:00"
SELF1 = "持A2驾驶证，驾龄22年，有道路货物运输驾驶员从业资格证。做冷链干线8年，熟悉沪苏浙线路和冷机操作，温控记录规范。"
html1 = f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>推荐人才-猎聘企业版</title></head>
<body>
<div id="root"><div class="recommendResumes--q8d1e">
 <div class="jobSelect--t3k9a">冷链车司机（A2） · 上海</div>
 <div class="listWrap--p0c7b">
  <div data-tlg-elem-id="b_pc_home_hp_res_listcard" class="resumeCard--w2x5n"><span class="cardName--h7j3k">孙**</span><span>男 · 39岁 · 中专 · 工作15年</span><span>上海某物流 · 货车司机</span></div>
  <div data-tlg-elem-id="b_pc_home_hp_res_listcard" class="resumeCard--w2x5n is-active--u1y4r"><span class="cardName--h7j3k">何**</span><span>男 · 45岁 · 大专 · 工作20年</span><span>上海冰程冷链物流有限公司 · 冷链车司机</span></div>
  <div data-tlg-elem-id="b_pc_home_hp_res_listcard" class="resumeCard--w2x5n"><span class="cardName--h7j3k">钱**</span><span>女 · 33岁 · 本科 · 工作10年</span><span>苏州某供应链 · 运输主管</span></div>
 </div>
</div></div>
<div class="ant-lpt-modal-root"><div class="ant-lpt-modal-wrap"><div class="ant-lpt-modal" role="dialog"><div class="ant-lpt-modal-content"><div class="ant-lpt-modal-body">
 <div class="resumeDetail--z6m2c">
  <div class="newResumeLeft--a1b2c">
   <div class="baseInfo--k4r8s">
    <div class="nameLine--e5f1g"><span class="name--v9w3h">何**</span><span class="activeTag--b2n6m">3天内活跃</span></div>
    <div class="tagLine--c7d0f"><span>男</span><span>45岁</span><span>大专</span><span>工作20年</span><span>现居上海-浦东新区</span><span>已婚</span></div>
    <div class="statusLine--g3h8j">求职状态：在职，看看新机会</div>
    <div class="contactLine--m1p4q"><span>手机：166****9021</span><span>邮箱：****@qq.com</span><button class="getContact--r5s2t">获取联系方式</button></div>
    <div class="resIdLine--x0y7z">简历ID：{RES1}</div>
   </div>
   <div class="expect--n8b3v"><div class="moduleTitle--f2k6l">求职意向</div>
    <div class="expectItem--o4i9u"><span>冷链车司机</span><span>上海、苏州</span><span>15-20k·13薪</span><span>交通/运输/物流</span></div></div>
   <div class="workExp--s6t1w"><div class="moduleTitle--f2k6l">工作经历</div>
    <div class="expItem--y3u5p"><div class="expHead--l8q2r"><span class="company--a9s4d">上海冰程冷链物流有限公司</span><span class="time--j6h1k">2018.01-至今（8年11个月）</span></div>
     <div class="expTitle--c5v7b">冷链车司机</div><div class="expDesc--e2w8n">驾驶17.5米冷藏半挂车，负责沪苏浙冷链干线运输，全程温控记录。</div></div>
    <div class="expItem--y3u5p"><div class="expHead--l8q2r"><span class="company--a9s4d">苏州恒鲜食品配送有限公司</span><span class="time--j6h1k">2009.05-2017.12（8年7个月）</span></div>
     <div class="expTitle--c5v7b">冷藏车司机</div><div class="expDesc--e2w8n">驾驶4.2米冷藏厢式货车配送商超生鲜。</div></div>
    <div class="expItem--y3u5p"><div class="expHead--l8q2r"><span class="company--a9s4d">上海浦东合兴货运站</span><span class="time--j6h1k">2006.03-2009.04（3年1个月）</span></div>
     <div class="expTitle--c5v7b">装卸工</div><div class="expDesc--e2w8n">负责货物装卸与理货。</div></div>
   </div>
   <div class="eduExp--i1o3p"><div class="moduleTitle--f2k6l">教育经历</div>
    <div class="eduItem--u7y9t"><span class="school--d4f6g">上海东岸交通职业学院</span><span>汽车运用与维修</span><span>大专</span><span class="time--j6h1k">2003.09-2006.06</span></div></div>
   <div class="cert--h2j4k"><div class="moduleTitle--f2k6l">资格证书</div><span>A2驾驶证</span><span>道路货物运输驾驶员从业资格证</span></div>
   <div class="selfEval--q5w7e"><div class="moduleTitle--f2k6l">自我评价</div><div>{SELF1}</div></div>
  </div>
  <div class="newResumeRight--b3c4d"><a href="https://lpt.liepin.com/resume/showresumedetail/?id={RES1}" target="_blank">新窗口打开</a><button>收藏</button><button>不合适</button></div>
 </div>
</div></div></div></div></div>
</body></html>
"""
gold1 = gold(
    url=URL1, captured_at=CAP1, channel_id=10, resume_id=RES1,
    name_masked="何**", gender="男", age=45, married=1, living_place="上海-浦东新区",
    phone_state="masked", phone_masked="166****9021", email_state="masked", email_masked="****@qq.com",
    education_level="大专", work_experience=20, status=1, want_job=True,
    expected_regions=["上海", "苏州"], expected_salary=[15000, 20000], target_post="冷链车司机",
    self_evaluation=SELF1, dl="A2", driving_experience=22, rtqc="货物运输驾驶员",
    vehicle_types=["厢式货车"],
    work_history=[
        work("2018-01", None, "上海冰程冷链物流有限公司", "冷链车司机",
             "驾驶17.5米冷藏半挂车，负责沪苏浙冷链干线运输，全程温控记录。", "厢式货车", length=17.5),
        work("2009-05", "2017-12", "苏州恒鲜食品配送有限公司", "冷藏车司机",
             "驾驶4.2米冷藏厢式货车配送商超生鲜。", "厢式货车", length=6),
        work("2006-03", "2009-04", "上海浦东合兴货运站", "装卸工", "负责货物装卸与理货。"),
    ],
    education_history=[edu("2003-09", "2006-06", "上海东岸交通职业学院", "汽车运用与维修", "大专")],
)
write_case("liepin", "lc3_lpt_recommend_modal_hashed_masked_a2_coldchain_he",
           description="liepin lpt recommend page with three list cards and the .ant-lpt-modal detail open (newResumeLeft--a1b2c, all classes hashed); masked 何** / 166****9021 / ****@qq.com; 15-20k·13薪 (monthly, not divided); A2 cold-chain 冷藏半挂 17.5米 and 4.2米",
           url=URL1, html=html1, captured_at=CAP1, person="blind3-9", gold_obj=gold1)

# ---------------------------------------------------------------- lc4
RES2 = "9d41b7e2c05a836f"
URL2 = f"https://h.liepin.com/resume/showresumedetail/?id={RES2}&sfrom=search_job_pc&imscid=R000000075"
CAP2 = "2026-12-10T16:05:00+08:00"
SELF2 = "从危险品运输司机做到车队经理，驾龄16年，持A2驾驶证及危险货物道路运输驾驶员从业资格证，熟悉危化品运输法规与车队安全管理。"
html2 = f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>简历详情-猎聘猎头版</title></head>
<body>
<div class="resume-main">
 <div class="title-info"><div class="clearfix"><div class="float-left"><small>最后登录：2026-12-09</small><small>ID：{RES2}</small></div><div class="float-right"><a class="btn-chat">立即沟通</a></div></div></div>
 <div class="resume-basic">
  <ul class="individual-info">
   <li><div class="individual-info-cont">陈建国 · 男 · 41岁 · 已婚 · 现居武汉-洪山区</div></li>
   <li><div class="individual-info-cont">车队经理 · 武汉江诚危化品运输有限公司 · 工作18年 · 目前年薪18万</div></li>
   <li><div class="individual-info-cont">本科 · 武汉东湖交通学院 · 交通运输</div></li>
   <li><div class="individual-info-cont">手机：<em>166 7130 2258</em>&nbsp;&nbsp;邮箱：<em>chenjianguo_fleet@example.com</em></div></li>
  </ul>
 </div>
 <div class="resume-expect">
  <h3>职业意向</h3>
  <table><tr><td>期望职位：</td><td>物流经理</td><td>期望地点：</td><td>武汉</td></tr>
  <tr><td>期望年薪：</td><td>24万</td><td>求职状态：</td><td>在职，看看机会</td></tr></table>
 </div>
 <div class="resume-work" id="workexp_anchor">
  <h3>工作经历</h3>
  <div class="work-experience">
   <div class="work-cont"><p class="work-cont-company-name">武汉江诚危化品运输有限公司</p><p class="work-time">2019/08 — 至今</p>
    <p class="work-title">车队经理 · 运输部</p><p class="work-desc">管理60台危险品运输车辆及120名驾驶员、押运员，负责安全培训与调度。</p></div>
   <div class="work-cont"><p class="work-cont-company-name">湖北楚运物流集团有限公司</p><p class="work-time">2012/04 — 2019/07</p>
    <p class="work-title">危险品运输司机 · 车队</p><p class="work-desc">驾驶罐式半挂车运输成品油。</p></div>
   <div class="work-cont"><p class="work-cont-company-name">孝感市安达货运有限公司</p><p class="work-time">2008/07 — 2012/03</p>
    <p class="work-title">货车司机</p><p class="work-desc">驾驶9.6米厢式货车往返武汉孝感。</p></div>
  </div>
 </div>
 <div class="resume-edu"><h3>教育经历</h3>
  <div class="edu-cont"><p class="edu-school">武汉东湖交通学院</p><p>交通运输 · 本科 · 2004/09 — 2008/06</p></div></div>
 <div class="resume-self"><h3>自我评价</h3><p>{SELF2}</p></div>
</div>
</body></html>
"""
gold2 = gold(
    url=URL2, captured_at=CAP2, channel_id=10, resume_id=RES2,
    real_name="陈建国", gender="男", age=41, married=1, living_place="武汉-洪山区",
    phone="16671302258", phone_state="clear", email="chenjianguo_fleet@example.com", email_state="clear",
    education_level="本科", work_experience=18, status=1, want_job=True,
    expected_regions=["武汉"], expected_salary=[20000], target_post="物流经理",
    self_evaluation=SELF2, dl="A2", driving_experience=16, rtqc="危险货物运输驾驶员",
    vehicle_types=["罐式车", "厢式货车"],
    work_history=[
        work("2019-08", None, "武汉江诚危化品运输有限公司", "车队经理",
             "管理60台危险品运输车辆及120名驾驶员、押运员，负责安全培训与调度。", dept="运输部"),
        work("2012-04", "2019-07", "湖北楚运物流集团有限公司", "危险品运输司机",
             "驾驶罐式半挂车运输成品油。", "罐式车", dept="车队"),
        work("2008-07", "2012-03", "孝感市安达货运有限公司", "货车司机",
             "驾驶9.6米厢式货车往返武汉孝感。", "厢式货车", length=9.6),
    ],
    education_history=[edu("2004-09", "2008-06", "武汉东湖交通学院", "交通运输", "本科")],
)
write_case("liepin", "lc4_h_showresumedetail_unlocked_fleet_manager_annual_chen",
           description="liepin headhunter detail (h.liepin.com showresumedetail?id=), old DOM: .title-info small ID, '·'-split .individual-info lines, contacts in <em> (phone with spaces); unlocked; 期望年薪24万 -> [20000] vs current 年薪18万; fleet manager, A2 + 危货驾驶员证; post '· 部门' suffix; same name/age/gender as boss/bc3 but a different person",
           url=URL2, html=html2, captured_at=CAP2, person="blind3-10", gold_obj=gold2)
