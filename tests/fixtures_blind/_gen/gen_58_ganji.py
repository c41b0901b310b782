from common import write, resume, work, edu
import base64, json

# A fake WOFF blob: the header magic and junk, enough to look like the real embed.
WOFF = base64.b64encode(b"wOFF\x00\x01\x00\x00" + bytes(range(256)) * 3).decode()

def ent(cps):
    return "".join("&#x%x;" % c for c in cps)

def pua(cps):
    return "".join(chr(c) for c in cps)

# ---------------------------------------------------------------- 58 1: deliverlist JSONP, obfuscated
name_cp = [0xe3a1, 0xe0f4, 0xe21c]
mob_cp = [0xe1b2, 0xe0c5, 0xe0c5, 0xe2d3, 0xe311, 0xe0a7, 0xe19e, 0xe2d3, 0xe0c5, 0xe344, 0xe1b2]
rid = "8812406637215500"
url = "https://employer.58.com/resumereceive?pageindex=1&pagesize=20&status=0"
cap = "2026-11-21T11:03:00+08:00"
row = {
    "resumeid": rid, "trueName": ent(name_cp), "age": 39, "workYear": "10年",
    "targetPosition": "挂车司机", "targetSalary": "8000-12000", "expectArea": "成都",
    "letter": "A2驾照，驾龄11年，持道路货物运输从业资格证，开过平板车和罐车。",
    "mobile": ent(mob_cp), "picUrl": "https://pic1.58cdn.com.cn/m1/bigimage/n_v2fake.png",
    "updateDate": 1763600000000,
    "experiences": [
        {"startDate": "2017.03", "endDate": "至今", "company": "成都蓉欧物流有限公司", "positionName": "平板车司机",
         "description": "驾驶13米平板车运输钢材，主跑川渝线路。"},
        {"startDate": "2013.05", "endDate": "2017.02", "company": "四川川化危险品运输有限公司", "positionName": "罐车司机",
         "description": "驾驶液化气罐车，负责省内加气站配送。"},
    ],
}
body = "jQuery1830987654321_1763694180000(" + json.dumps({"status": 0, "msg": "ok", "data": {"total": 1, "pageindex": 1, "list": [row]}}, ensure_ascii=False) + ")"
html = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>收到的简历 - 58同城招聘</title>
<style>@font-face{font-family:"customfont";src:url(data:application/font-woff;charset=utf-8;base64,""" + WOFF + """) format("woff")}
.mycustomfont{font-family:customfont}</style>
<script>var ____json4fe = {fontKey: "a7c2e91f3b", locallist:[{"dispid":"102","listname":"cd"}], isVip: true};</script>
</head><body>
<div class="header">58同城 · 招聘管理 <a href="/resumereceive">收到的简历</a> <a href="/resumedownload">下载的简历</a></div>
<ul class="resume-list">
 <li class="resume-item" data-resumeid=\"""" + rid + """\">
  <span class="trueName mycustomf mycustomfont">""" + ent(name_cp) + """</span>
  <span class="info">男&nbsp;|&nbsp;39岁&nbsp;|&nbsp;10年经验</span>
  <span class="target">期望：挂车司机 · 成都 · 8000-12000元/月</span>
  <span class="mobile resumeFont2 mycustomfont">""" + ent(mob_cp) + """</span>
  <p class="letter">A2驾照，驾龄11年，持道路货物运输从业资格证，开过平板车和罐车。</p>
 </li>
</ul>
<div class="pager"><a class="cur">1</a></div>
<script src="//j1.58cdn.com.cn/job/pc/employer/resume/list.js?v=2026"></script>
</body></html>
"""
gold = resume(3, rid, url, cap, lic="A2",
    name_masked=pua(name_cp), gender="男", age=39, phone_state="obfuscated", phone_masked=pua(mob_cp),
    work_experience=10, target_city="成都", expected_regions=["成都"], expected_salary=[8000, 12000],
    target_post="挂车司机", self_evaluation="A2驾照，驾龄11年，持道路货物运输从业资格证，开过平板车和罐车。",
    driving_experience=11, rtqc_license_class="货物运输驾驶员", vehicle_types=["平板式货车", "罐式车"],
    work_history=[
        work("2017-03", None, "成都蓉欧物流有限公司", "平板车司机", "驾驶13米平板车运输钢材，主跑川渝线路。", current=True, vtype="平板式货车", length=17.5),
        work("2013-05", "2017-02", "四川川化危险品运输有限公司", "罐车司机", "驾驶液化气罐车，负责省内加气站配送。", vtype="罐式车"),
    ])
write("58", "wb1_receive_jsonp_obfuscated_a2_flatbed", "58 resumereceive list page (no resumeid in URL), one deliverlist JSONP row with &#xe…; trueName/mobile and base64 WOFF; A2 平板/罐车",
      url, cap, "blind-5", html=html,
      payloads=[{"url": "https://employer.58.com/resume/deliverlist?pageindex=1&callback=jQuery1830987654321_1763694180000&_=1763694180001", "body": body}],
      gold=gold)

# ---------------------------------------------------------------- 58 2: downloaded detail, clear contact
rid = "46017729380521"
url = "https://employer.58.com/resumedetail?resumeid=46017729380521&from=downloadlist"
cap = "2026-11-21T15:48:00+08:00"
html = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>马春燕的简历 - 58同城</title>
<style>@font-face{font-family:"customfont";src:url(data:application/font-woff;charset=utf-8;base64,""" + WOFF + """)}</style>
<script>var ____json4fe = {fontKey: "0e4d1b77c2", resumeid: \"""" + rid + """\"};</script></head><body>
<div class="nav">58同城 &gt; 招聘 &gt; 简历管理 &gt; 下载的简历</div>
<div class="resume-detail">
 <div class="base-info">
  <h1 id="name">马春燕</h1>
  <p class="base-detail"><span>女</span><span>31岁</span><span>高中</span><span>10年工作经验</span></p>
  <p class="contact">联系电话：<span class="phone">16623450987</span>&nbsp;&nbsp;<span class="tip">（已下载，可直接联系）</span></p>
 </div>
 <div class="expect">
  <p>期望职位：<span id="expectJob">送货司机</span></p>
  <p>期望地区：<span id="expectLocation">廊坊</span></p>
  <p>期望薪资：<span id="expectSalary">5000-6000元/月</span></p>
 </div>
 <div class="self-intro"><h3>自我介绍</h3><p>C1驾照，8年驾龄，熟悉廊坊、北京南部路况，开车稳。</p></div>
 <div class="work experience"><h3>工作经历</h3>
  <div class="experience-detail"><p class="itemName">廊坊市安次区顺心商贸有限公司</p><p class="itemPos">送货司机</p>
   <p class="itemTime">2019.05-至今</p><p class="itemDesc">驾驶4.2米厢式货车为社区超市送货。</p></div>
  <div class="experience-detail"><p class="itemName">廊坊万家福超市</p><p class="itemPos">理货员</p>
   <p class="itemTime">2016.03-2019.04</p><p class="itemDesc">负责货架理货、补货。</p></div>
 </div>
 <div class="education experience"><h3>教育经历</h3>
  <div class="edu-detail"><span class="college-name">廊坊市第十五中学</span><span class="edu-time">2010-2013</span><span class="edu-level">高中</span></div>
 </div>
</div>
<div class="footer">58同城 版权所有</div></body></html>
"""
gold = resume(3, rid, url, cap, lic="C1",
    real_name="马春燕", gender="女", age=31, phone="16623450987", phone_state="clear",
    education=2, education_level="高中", work_experience=10, target_city="廊坊", expected_regions=["廊坊"],
    expected_salary=[5000, 6000], target_post="送货司机",
    self_evaluation="C1驾照，8年驾龄，熟悉廊坊、北京南部路况，开车稳。", driving_experience=8,
    vehicle_types=["厢式货车"],
    work_history=[
        work("2019-05", None, "廊坊市安次区顺心商贸有限公司", "送货司机", "驾驶4.2米厢式货车为社区超市送货。", current=True, vtype="厢式货车", length=6),
        work("2016-03", "2019-04", "廊坊万家福超市", "理货员", "负责货架理货、补货。"),
    ],
    education_history=[edu("2010", "2013", "廊坊市第十五中学", None, "高中")])
write("58", "wb2_downloaded_detail_clear_c1", "58 downloaded resume detail (#name/#expectLocation/.experience-detail), clear phone despite a @font-face on the page; C1 4.2米厢式",
      url, cap, "blind-6", html=html, gold=gold)

# ---------------------------------------------------------------- ganji 1: locked detail
rid = "5530918274461207"
url = "https://hr.ganji.com/resume/detail/5530918274461207?from=resumesearch&pagetype=search"
cap = "2026-11-20T17:30:00+08:00"
html = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>简历详情_赶集网招聘</title>
<link rel="stylesheet" href="//sta.ganjistatic1.com/hr/resume/detail.css"></head><body>
<div class="gj-header"><a class="logo">赶集网</a><span>企业中心</span><a>职位管理</a><a>简历管理</a></div>
<div class="resume-wrap" data-resumeid=\"""" + rid + """\">
 <div class="resume-head">
  <h2 class="name">刘先生</h2>
  <p class="basic">男&nbsp;/&nbsp;45岁&nbsp;/&nbsp;初中&nbsp;/&nbsp;20年工作经验</p>
  <p class="addr">现居住：郑州-管城回族区</p>
  <p class="tel">联系电话：<em>166****7788</em> <a class="btn-view">查看联系方式</a></p>
 </div>
 <dl class="resume-block"><dt>求职意向</dt>
  <dd><label>期望职位：</label>自卸车司机</dd><dd><label>期望地点：</label>郑州</dd>
  <dd><label>期望薪资：</label>面议</dd><dd><label>求职状态：</label>离职，正在找工作</dd></dl>
 <dl class="resume-block"><dt>自我评价</dt><dd>B2驾驶证，18年驾龄，开过渣土车、自卸车，能跑夜班。</dd></dl>
 <dl class="resume-block work"><dt>工作经历</dt>
  <dd class="item"><p class="t">2016年3月 - 2025年10月　郑州中原建工渣土运输有限公司　渣土车司机</p>
   <p class="d">驾驶自卸车（渣土车）在郑州市区工地运土，载重25吨。</p></dd>
  <dd class="item"><p class="t">2008年4月 - 2016年2月　新郑市龙湖运输队　货车司机</p>
   <p class="d">驾驶6.8米栏板货车，运输建材。</p></dd>
 </dl>
</div>
<script>window.__gjtrack={page:"resume_detail",rid:\"""" + rid + """\"};</script>
</body></html>
"""
gold = resume(4, rid, url, cap, lic="B2",
    name_masked="刘先生", gender="男", age=45, living_place="郑州-管城回族区",
    phone_state="masked", phone_masked="166****7788", education=2, education_level="初中及以下",
    work_experience=20, status=0, want_job=True, target_city="郑州", expected_regions=["郑州"],
    target_post="自卸车司机", self_evaluation="B2驾驶证，18年驾龄，开过渣土车、自卸车，能跑夜班。",
    driving_experience=18, vehicle_types=["自卸车", "栏板式货车"],
    work_history=[
        work("2016-03", "2025-10", "郑州中原建工渣土运输有限公司", "渣土车司机", "驾驶自卸车（渣土车）在郑州市区工地运土，载重25吨。", vtype="自卸车", load=-1),
        work("2008-04", "2016-02", "新郑市龙湖运输队", "货车司机", "驾驶6.8米栏板货车，运输建材。", vtype="栏板式货车", length=9.6),
    ])
write("ganji", "gb1_locked_b2_dump", "ganji resume detail locked: masked name and 166****7788, 面议, 年月 dates with full-width spaces; B2 渣土/自卸",
      url, cap, "blind-7", html=html, gold=gold)

# ---------------------------------------------------------------- ganji 2: a job posting, not a resume
url = "https://zz.ganji.com/zpsiji/48815337201603x.htm"
cap = "2026-11-20T17:35:00+08:00"
html = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>招聘A2货车司机_郑州赶集网</title></head><body>
<div class="gj-header"><a class="logo">赶集网</a> &gt; 郑州 &gt; 司机招聘</div>
<div class="job-detail">
 <h1 class="job-title">招聘A2半挂车司机（长途）</h1>
 <p class="salary">9000-12000元/月</p>
 <ul class="job-tags"><li>五险</li><li>包住</li><li>月休4天</li></ul>
 <div class="job-require"><h3>职位要求</h3>
  <p>学历：不限　经验：5年以上　年龄：25-50岁</p>
  <p>1、持A2驾照，驾龄5年以上，有道路货物运输从业资格证；</p>
  <p>2、熟悉郑州至广州、上海线路者优先；</p></div>
 <div class="company"><h3>公司信息</h3><p class="cname">郑州豫通达物流有限公司</p><p>规模：100-499人　行业：交通/运输/物流</p>
  <p>联系人：张经理　电话：16688880001</p><p>地址：郑州市管城回族区航海东路</p></div>
</div></body></html>
"""
write("ganji", "gb2_job_posting_not_resume", "ganji job posting (招聘 page) with licence requirements, salary and a contact phone: not a resume",
      url, cap, "blind-nar-1", html=html)
