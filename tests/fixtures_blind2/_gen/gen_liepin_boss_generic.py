from common import *

# ---------- liepin 1: h.liepin detail unlocked, fleet leader, 年薪18万, B2 ----------
rid = "5c2e9f1a7b3d48e6a0c1f2e3d4b5a697"
url = "https://h.liepin.com/resume/showresumedetail/?id=" + rid + "&position=3&source=search"
cap = "2026-11-24T10:12:00+08:00"
html = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>简历详情-猎聘猎头版</title></head><body>
<div class="resume-detail-wrap">
<div class="title-info"><div class="clearfix"><div class="float-left"><small>更新时间：2026-11-22</small><small>简历编号：""" + rid + """</small></div></div></div>
<ul class="individual-info">
 <li><div class="individual-info-cont">贺志鹏&nbsp;·&nbsp;男&nbsp;·&nbsp;40岁&nbsp;·&nbsp;武汉-洪山区</div></li>
 <li><div class="individual-info-cont">车队长&nbsp;·&nbsp;武汉长江冷链物流有限公司&nbsp;·&nbsp;15年工作经验</div></li>
 <li><div class="individual-info-cont">本科&nbsp;·&nbsp;统招&nbsp;·&nbsp;已婚</div></li>
 <li><div class="individual-info-cont">手机：<em>16788016642</em>&nbsp;&nbsp;邮箱：<em>hezhipeng@hotmail.com</em></div></li>
</ul>
<div class="resume-job-intention"><h3>求职意向</h3>
 <p>期望职位：<span>车队经理</span></p><p>期望城市：<span>武汉、襄阳</span></p><p>期望年薪：<span>18万</span></p><p>当前状态：<span>在职，看看新机会</span></p></div>
<div class="resume-work" id="workexp_anchor"><h3>工作经历</h3>
 <div class="work-experience">
  <div class="work-cont"><p class="work-cont-company-name">武汉长江冷链物流有限公司</p><span class="work-time">2019.07 - 至今</span>
   <p class="work-cont-info">行业：交通/运输/物流　公司规模：500-999人</p>
   <p class="work-cont-title">车队长　<span>所在部门：运输部</span></p>
   <p class="work-cont-desc">职责：负责车队调度、司机排班与安全管理，下属司机60人。</p></div>
  <div class="work-cont"><p class="work-cont-company-name">武汉鑫通汽车运输有限公司</p><span class="work-time">2011.08 - 2019.06</span>
   <p class="work-cont-info">行业：交通/运输/物流　公司规模：50-99人</p>
   <p class="work-cont-title">冷藏车司机</p>
   <p class="work-cont-desc">职责：驾驶9.6米冷藏车跑武汉—长沙、武汉—郑州线路，载重12吨。</p></div>
 </div></div>
<div class="resume-edu"><h3>教育经历</h3>
 <div class="edu-cont"><p class="edu-school">武汉理工大学</p><span class="edu-time">2007.09 - 2011.06</span><p>交通运输　|　本科（统招）</p></div></div>
<div class="resume-self"><h3>自我评价</h3><p>B2驾驶证，驾龄16年，曾驾驶9.6米冷藏车，现管理冷链车队。</p></div>
</div></body></html>
"""
g = gold(url, cap, 10, rid,
         real_name="贺志鹏", gender="男", age=40, married=1, living_place="武汉-洪山区",
         phone="16788016642", phone_state="clear", email="hezhipeng@hotmail.com", email_state="clear",
         education_level="本科", work_experience=15, status=1, want_job=True, target_city="武汉", expected_regions=["武汉", "襄阳"],
         expected_salary=[15000], target_post="车队经理", self_evaluation="B2驾驶证，驾龄16年，曾驾驶9.6米冷藏车，现管理冷链车队。",
         dl_license_class="B2", driving_experience=16, vehicle_types=["厢式货车"],
         work_history=[W("2019-07", None, "武汉长江冷链物流有限公司", "车队长", "负责车队调度、司机排班与安全管理，下属司机60人。", current=True, industry="交通/运输/物流", scale=1000, dept="运输部"),
                       W("2011-08", "2019-06", "武汉鑫通汽车运输有限公司", "冷藏车司机", "驾驶9.6米冷藏车跑武汉—长沙、武汉—郑州线路，载重12吨。", industry="交通/运输/物流", scale=100, vt="厢式货车", load=14, length=9.6)],
         education_history=[E("2007-09", "2011-06", "武汉理工大学", "交通运输", "本科")])
write("liepin", "lc1_h_detail_unlocked_annual_salary_b2_fleet", "liepin h.liepin detail unlocked: ·-separated individual-info with &nbsp;, id in title-info small, 期望年薪 18万 (→ monthly), company scale/dept/industry rows; B2 9.6米冷藏", url, cap, "blind2-9", html=html, g=g)

# ---------- liepin 2: lpt modal locked, hashed classes, B2 渣土/平板 ----------
rid = "9d7e3c1b5a2f4068b1c2d3e4f5a6b7c8"
url = "https://lpt.liepin.com/recommend?jobId=61237890&tab=recommend"
cap = "2026-11-24T10:40:00+08:00"
html = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>推荐人才 - 猎聘企业版</title></head><body>
<div id="root"><div class="recommendResumes--c81de"><div data-tlg-elem-id="b_pc_home_hp_res_listcard" class="resumeCard--9a1f0">邓** 31岁 8年 中专 成都</div></div>
<div class="ant-lpt-modal-root"><div class="ant-lpt-modal" role="dialog"><div class="ant-lpt-modal-content"><div class="ant-lpt-modal-body">
<div class="newResumeLeft--f3a9c">
 <div class="resumeHeader--2b7d1"><span class="name--e01a4">邓**</span><span class="activeTag--77c2e">今日活跃</span>
  <a class="detailLink--5c3b9" href="https://lpt.liepin.com/cvview/showresumedetail?resIdEncode=""" + rid + """&amp;position=1&amp;jobId=61237890" target="_blank">查看完整简历</a></div>
 <div class="baseInfo--3e8f2"><span>男</span><span class="split--0a1b2">·</span><span>31岁</span><span class="split--0a1b2">·</span><span>成都-双流区</span><span class="split--0a1b2">·</span><span>8年工作经验</span><span class="split--0a1b2">·</span><span>中专</span></div>
 <div class="contactInfo--6d4a1"><span class="phone--1f9e3">167****0958</span><span class="email--8b2c7">d****@qq.com</span><button class="unlockBtn--4e6a2">获取联系方式</button></div>
 <div class="jobIntention--9f1c4"><div class="title--aa12b">求职意向</div>
  <div class="row--3c5d7"><span class="label--7e8f9">期望职位</span><span class="value--1a2b3">渣土车司机</span></div>
  <div class="row--3c5d7"><span class="label--7e8f9">期望城市</span><span class="value--1a2b3">成都</span></div>
  <div class="row--3c5d7"><span class="label--7e8f9">期望薪资</span><span class="value--1a2b3">8-12k·14薪</span></div>
  <div class="row--3c5d7"><span class="label--7e8f9">求职状态</span><span class="value--1a2b3">离职，正在找工作</span></div></div>
 <div class="workExp--0c9d8"><div class="title--aa12b">工作经历</div>
  <div class="expItem--5b6c7"><div class="company--2d3e4">成都蜀道土石方工程有限公司</div><div class="time--8f9a0">2021.04 - 2026.06</div><div class="position--4b5c6">渣土车司机</div><div class="desc--6e7f8">驾驶自卸车运输渣土，核载14吨。</div></div>
  <div class="expItem--5b6c7"><div class="company--2d3e4">成都锦程物流有限公司</div><div class="time--8f9a0">2018.02 - 2021.03</div><div class="position--4b5c6">平板车司机</div><div class="desc--6e7f8">驾驶平板车运输工程机械。</div></div></div>
 <div class="eduExp--1a0b9"><div class="title--aa12b">教育经历</div>
  <div class="expItem--5b6c7"><div class="school--3f4a5">四川交通运输职业学校</div><div class="time--8f9a0">2015.09 - 2018.06</div><div class="major--7c8d9">汽车驾驶 · 中专</div></div></div>
 <div class="selfEval--2e3f4"><div class="title--aa12b">自我评价</div><p>持B2驾照，有道路货物运输从业资格证，驾龄9年。开过自卸车、平板车。</p></div>
</div></div></div></div></div></div></body></html>
"""
g = gold(url, cap, 10, rid,
         name_masked="邓**", gender="男", age=31, living_place="成都-双流区",
         phone_state="masked", phone_masked="167****0958", email_state="masked", email_masked="d****@qq.com",
         education_level="中专/中技", work_experience=8, status=0, want_job=True, target_city="成都", expected_regions=["成都"],
         expected_salary=[8000, 12000], target_post="渣土车司机",
         self_evaluation="持B2驾照，有道路货物运输从业资格证，驾龄9年。开过自卸车、平板车。",
         dl_license_class="B2", driving_experience=9, rtqc_license_class="货物运输驾驶员", vehicle_types=["自卸车", "平板式货车"],
         work_history=[W("2021-04", "2026-06", "成都蜀道土石方工程有限公司", "渣土车司机", "驾驶自卸车运输渣土，核载14吨。", vt="自卸车", load=14),
                       W("2018-02", "2021-03", "成都锦程物流有限公司", "平板车司机", "驾驶平板车运输工程机械。", vt="平板式货车")],
         education_history=[E("2015-09", "2018-06", "四川交通运输职业学校", "汽车驾驶", "中专/中技")])
write("liepin", "lc2_lpt_modal_locked_hashed_b2_muck", "liepin lpt recommend modal locked: hashed CSS-module classes, 邓** / 167****0958 / d****@qq.com, id only in resIdEncode link, 8-12k·14薪; B2 自卸/平板", url, cap, "blind2-10", html=html, g=g)

# ---------- boss 1: c-resume iframe canvas + WASM-captured detail JSON, A2 危化品罐车 ----------
gid = "7b4e1d0c9a8f3e2d1XJz5q~~"
url = "https://www.zhipin.com/web/frame/c-resume/?encryptGeekId=" + gid + "&source=recommend"
cap = "2026-11-24T11:20:00+08:00"
html = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>BOSS直聘</title>
<script src="https://static.zhipin.com/assets/zhipin/wasm/resume/wasm_canvas-1.2.7.js"></script></head>
<body><div id="resume"><div class="resume-canvas-wrap"><canvas id="resumeCanvas" width="760" height="2140" style="width:760px;height:2140px"></canvas></div></div></body></html>
"""
api = [{"url": "https://www.zhipin.com/wapi/zpjob/view/geek/info?encryptGeekId=" + gid + "&securityId=pQ7r-fakeSec0ff1ce~~&_=1763954400000",
        "body": {"code": 0, "message": "Success", "zpData": {
            "geekDetailInfo": {"encryptGeekId": gid, "geekName": "钟永福", "gender": 1, "genderDesc": "男", "ageDesc": "42岁",
                               "degreeCategory": "初中", "workYearDesc": "10年以上", "applyStatusDesc": "离职-随时到岗",
                               "userDescription": "A2驾照，驾龄15年，持危险货物道路运输从业资格证和押运员证。开过危化品罐车、17.5米平板车，跑过川渝线。"},
            "geekExpectList": [{"positionName": "危险品运输司机", "locationName": "重庆", "salaryDesc": "13-18K", "industryDesc": "物流/仓储"},
                               {"positionName": "危险品运输司机", "locationName": "成都", "salaryDesc": "13-18K", "industryDesc": "物流/仓储"}],
            "geekWorkExpList": [{"company": "重庆渝化危险品运输有限公司", "positionName": "危化品司机", "startDate": "2016.05", "endDate": "2026.09",
                                 "responsibility": "驾驶危化品罐车运输液化气，主跑重庆至成都。", "workEmphasisList": ["危化品运输", "罐车"]},
                                {"company": "达州宏运物流有限公司", "positionName": "货车司机", "startDate": "2011.03", "endDate": "2016.04",
                                 "responsibility": "驾驶17.5米平板车运输钢材，载重35吨。", "workEmphasisList": ["长途运输"]}],
            "geekProjExpList": [],
            "geekEduExpList": [{"school": "达州市通川区第二中学", "major": "", "degreeName": "初中", "startDate": "2000", "endDate": "2003"}],
            "geekCertificationList": [{"certName": "A2驾驶证"}, {"certName": "危险货物道路运输从业资格证"}, {"certName": "危险货物道路运输押运人员从业资格证"}],
            "resumeModuleInfoList": [], "geekWorkPositionExpDescList": []}}}]
g = gold(url, cap, 8, gid,
         real_name="钟永福", gender="男", age=42, education_level="初中及以下", work_experience=10, status=0, want_job=True,
         target_city="重庆", expected_regions=["重庆", "成都"], expected_salary=[13000, 18000], target_post="危险品运输司机",
         self_evaluation="A2驾照，驾龄15年，持危险货物道路运输从业资格证和押运员证。开过危化品罐车、17.5米平板车，跑过川渝线。",
         dl_license_class="A2", driving_experience=15, rtqc_license_class="危险货物运输驾驶员", vehicle_types=["罐式车", "平板式货车"],
         work_history=[W("2016-05", "2026-09", "重庆渝化危险品运输有限公司", "危化品司机", "驾驶危化品罐车运输液化气，主跑重庆至成都。", vt="罐式车"),
                       W("2011-03", "2016-04", "达州宏运物流有限公司", "货车司机", "驾驶17.5米平板车运输钢材，载重35吨。", vt="平板式货车", load=-1, length=17.5)],
         education_history=[E("2000", "2003", "达州市通川区第二中学", None, "初中及以下")])
write("boss", "bc1_c_resume_canvas_wasm_payload_a2_tanker", "BOSS c-resume iframe: canvas only in HTML, WASM-captured detail JSON (geekDetailInfo/geekWorkExpList/...) as apiPayload; 10年以上, 13-18K, two expected cities; A2 危化品罐车 + 押运证", url, cap, "blind2-11", html=html, api=api, g=g)

# ---------- boss 2: chat page, iframe src carries the id, inline text only, C1 城配 ----------
gid = "e5a9c3b71d2f4086a1Qw3eR~"
url = "https://www.zhipin.com/web/chat/index?id=53847261&source=0"
cap = "2026-11-24T11:48:00+08:00"
html = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>BOSS直聘 - 沟通</title></head><body>
<div id="container"><div class="chat-conversation"><div class="user-list"><div class="geek-item selected" data-id="53847261"><span class="geek-name">祁文斌</span><span class="time">11:40</span><p class="push-text">您好，城配司机的岗位还招吗？</p></div></div>
<div class="chat-record"><div class="message-item"><p class="text">您好，城配司机的岗位还招吗？</p></div></div>
<div class="resume-panel"><iframe name="resumeFrame" src="https://www.zhipin.com/web/frame/c-resume/?encryptGeekId=""" + gid + """&amp;source=chat" width="760" height="900"></iframe></div>
<div class="chat-op"><span class="btn-getcontact iboss-phone">换电话</span><span class="iboss-wechat">换微信</span></div></div></div></body></html>
"""
text = """祁文斌
刚刚活跃
27岁  6年  大专  在职-考虑机会
期望职位
---
杭州  城配司机  物流/仓储  8-12K
工作经历
---
杭州顺风顺水供应链有限公司
城配司机
2021.03 - 至今
驾驶4.2米厢式货车负责杭州市区商超配送，日均送货点15个。
浙江申通快递有限公司萧山分公司
快递员
2019.07 - 2021.02
负责片区快递收派。
教育经历
---
浙江交通职业技术学院
物流管理  大专
2016 - 2019
资格证书
---
C1驾驶证
自我评价
---
C1驾照，驾龄7年，开4.2米厢式货车做城配，熟悉杭州各区道路。"""
g = gold("https://www.zhipin.com/web/chat/index?id=53847261&source=0", cap, 8, gid,
         real_name="祁文斌", age=27, education_level="大专", work_experience=6, status=1, want_job=True,
         target_city="杭州", expected_regions=["杭州"], expected_salary=[8000, 12000], target_post="城配司机",
         self_evaluation="C1驾照，驾龄7年，开4.2米厢式货车做城配，熟悉杭州各区道路。",
         dl_license_class="C1", driving_experience=7, vehicle_types=["厢式货车"],
         work_history=[W("2021-03", None, "杭州顺风顺水供应链有限公司", "城配司机", "驾驶4.2米厢式货车负责杭州市区商超配送，日均送货点15个。", current=True, vt="厢式货车", length=6),
                       W("2019-07", "2021-02", "浙江申通快递有限公司萧山分公司", "快递员", "负责片区快递收派。")],
         education_history=[E("2016", "2019", "浙江交通职业技术学院", "物流管理", "大专")])
write("boss", "bc2_chat_iframe_inline_text_c1_van", "BOSS chat page: id only in the c-resume iframe src (chat URL has a numeric chat id), resume as visible text; no gender shown; 在职-考虑机会, year-only education; C1 4.2米厢式", url, cap, "blind2-12", html=html, text=text, g=g)

# ---------- generic 1: cjol detail unlocked, +86 phone, upper-case email, C1 ----------
url = "https://www.cjol.com/Resume/ResumeView.aspx?ResumeID=30771508&from=search"
cap = "2026-11-24T13:05:00+08:00"
html = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>简历预览 - 中国人才热线</title></head><body>
<div id="div_resume"><div class="head_box"><span class="jobseeker_name">彭立新</span><span class="resume_no">简历编号：30771508</span><span class="refresh">最近更新：2026-11-18</span></div>
<table class="base_table">
 <tr><td class="label">性别：</td><td>男</td><td class="label">年龄：</td><td>36岁</td></tr>
 <tr><td class="label">学历：</td><td>大专</td><td class="label">工作年限：</td><td>12年</td></tr>
 <tr><td class="label">现居地：</td><td>深圳-龙岗区</td><td class="label">户口：</td><td>广东-梅州</td></tr>
 <tr><td class="label">婚姻状况：</td><td>已婚</td><td class="label">驾照：</td><td>C1</td></tr>
 <tr><td class="label">手机：</td><td>+86&nbsp;167-5530-2817</td><td class="label">邮箱：</td><td>PengLX@163.COM</td></tr>
</table>
<div class="section"><h3 class="section_title">求职意向</h3><table class="kv_table">
 <tr><td class="label">期望职位：</td><td>仓库配送司机</td></tr>
 <tr><td class="label">期望地点：</td><td>深圳</td></tr>
 <tr><td class="label">期望薪资：</td><td>8000-10000元/月</td></tr>
 <tr><td class="label">求职状态：</td><td>在职，考虑机会</td></tr></table></div>
<div class="section"><h3 class="section_title">工作经验</h3>
 <div class="work_item"><p class="work_head"><b>2016.05～至今</b>　深圳市速达通物流有限公司　|　仓库配送司机</p>
  <p class="work_desc">驾驶4.2米厢式货车，负责仓库到门店配送，兼做出入库盘点。</p></div>
 <div class="work_item"><p class="work_head"><b>2014.07～2016.04</b>　深圳市龙岗区鹏程搬家服务部　|　搬家司机</p>
  <p class="work_desc">驾驶厢式货车承接居民搬家业务。</p></div></div>
<div class="section"><h3 class="section_title">教育经历</h3>
 <div class="edu_item"><b>2011.09～2014.06</b>　梅州职业技术学院　|　汽车检测与维修技术　|　大专</div></div>
<div class="section"><h3 class="section_title">自我评价</h3><p class="self_desc">持C1驾驶证，驾龄10年；为人踏实，熟悉深圳各区道路。</p></div>
</div></body></html>
"""
g = gold(url, cap, 0, "www.cjol.com:30771508",
         real_name="彭立新", gender="男", age=36, married=1, living_place="深圳-龙岗区", birth_place="广东-梅州",
         phone="16755302817", phone_state="clear", email="penglx@163.com", email_state="clear",
         education_level="大专", work_experience=12, status=1, want_job=True, target_city="深圳", expected_regions=["深圳"],
         expected_salary=[8000, 10000], target_post="仓库配送司机", self_evaluation="持C1驾驶证，驾龄10年；为人踏实，熟悉深圳各区道路。",
         dl_license_class="C1", driving_experience=10, vehicle_types=["厢式货车"],
         work_history=[W("2016-05", None, "深圳市速达通物流有限公司", "仓库配送司机", "驾驶4.2米厢式货车，负责仓库到门店配送，兼做出入库盘点。", current=True, vt="厢式货车", length=6),
                       W("2014-07", "2016-04", "深圳市龙岗区鹏程搬家服务部", "搬家司机", "驾驶厢式货车承接居民搬家业务。", vt="厢式货车")],
         education_history=[E("2011-09", "2014-06", "梅州职业技术学院", "汽车检测与维修技术", "大专")])
write("generic", "nc1_cjol_unlocked_plus86_c1_van", "generic (cjol.com): label tables, +86 dashed phone, upper-case email, ～ date ranges, 驾照：C1 row; C1 4.2米厢式", url, cap, "blind2-13", html=html, g=g)

# ---------- generic 2: regional site, Word-like table, locked, A2, 离异, 年薪, year-only work ----------
url = "http://www.hrbrc.cn/company/resume_show.php?resume_id=701235&act=view"
cap = "2026-11-24T13:30:00+08:00"
html = """<!DOCTYPE html><html><head><meta charset="gbk"><title>个人简历_哈尔滨人才网</title></head><body>
<div class="main"><table class="resume_table" border="1" cellspacing="0">
 <tr><th colspan="4">个　人　简　历</th></tr>
 <tr><td>姓　　名：</td><td>陈先生（登录企业会员后查看）</td><td>性　　别：</td><td>男</td></tr>
 <tr><td>出生年月：</td><td>1983年7月</td><td>民　　族：</td><td>汉族</td></tr>
 <tr><td>学　　历：</td><td>高中</td><td>婚姻状况：</td><td>离异</td></tr>
 <tr><td>籍　　贯：</td><td>黑龙江-绥化</td><td>现住址：</td><td>哈尔滨-道里区</td></tr>
 <tr><td>工作年限：</td><td>17年</td><td>联系电话：</td><td>167****5203&nbsp;<a href="/company/buy.php">（查看需消耗1点）</a></td></tr>
 <tr><td>驾驶证：</td><td>A2（2009年增驾）</td><td>驾　　龄：</td><td>17年</td></tr>
 <tr><td>从业资格证：</td><td colspan="3">货运资格证</td></tr>
 <tr><th colspan="4">求职意向</th></tr>
 <tr><td>期望岗位：</td><td>牵引车司机</td><td>期望地区：</td><td>哈尔滨、大庆</td></tr>
 <tr><td>期望待遇：</td><td>年薪12万</td><td>求职状态：</td><td>离职，正在找工作</td></tr>
 <tr><th colspan="4">工作经历</th></tr>
 <tr><td colspan="4">2018年4月—2026年10月　哈尔滨北方冷运物流有限公司　牵引车司机<br/>驾驶17.5米冷藏半挂跑哈尔滨—北京线路，载重30吨。</td></tr>
 <tr><td colspan="4">2009年—2018年　大庆市油田运输公司　罐车司机<br/>驾驶油罐车往返油田与炼厂。</td></tr>
 <tr><th colspan="4">教育经历</th></tr>
 <tr><td colspan="4">1999年—2002年　绥化市第二中学　高中</td></tr>
 <tr><th colspan="4">自我评价</th></tr>
 <tr><td colspan="4">A2驾照，驾龄17年，有货运资格证。吃苦耐劳，能适应长途和冬季冰雪路面。</td></tr>
</table></div></body></html>
"""
g = gold(url, cap, 0, "www.hrbrc.cn:701235",
         name_masked="陈先生", gender="男", age=43, birth_date="1983-07", married=-1, living_place="哈尔滨-道里区", birth_place="黑龙江-绥化",
         phone_state="masked", phone_masked="167****5203", education_level="高中", work_experience=17, status=0, want_job=True,
         target_city="哈尔滨", expected_regions=["哈尔滨", "大庆"], expected_salary=[10000], target_post="牵引车司机",
         self_evaluation="A2驾照，驾龄17年，有货运资格证。吃苦耐劳，能适应长途和冬季冰雪路面。",
         dl_license_class="A2", driving_experience=17, rtqc_license_class="货物运输驾驶员", vehicle_types=["厢式货车", "罐式车"],
         work_history=[W("2018-04", "2026-10", "哈尔滨北方冷运物流有限公司", "牵引车司机", "驾驶17.5米冷藏半挂跑哈尔滨—北京线路，载重30吨。", vt="厢式货车", load=-1, length=17.5),
                       W("2009", "2018", "大庆市油田运输公司", "罐车司机", "驾驶油罐车往返油田与炼厂。", vt="罐式车")],
         education_history=[E("1999", "2002", "绥化市第二中学", None, "高中")])
write("generic", "nc2_regional_table_locked_a2_reefer_tanker", "generic regional site (hrbrc.cn): Word-like table with full-width-spaced labels, masked 陈先生/167****5203, 出生年月 only, 离异, 年薪12万, year-only work range; A2 冷藏半挂 + 油罐车", url, cap, "blind2-14", html=html, g=g)
