from common import write, resume, work, edu
import json

# ---------------------------------------------------------------- zhaopin 1: rd5 unlocked, API + DOM
url = "https://rd5.zhaopin.com/resume/detail?resumeNo=624810337215_1_1&openFrom=1&keyword=%E5%8E%A2%E5%BC%8F%E8%B4%A7%E8%BD%A6&z=3"
cap = "2026-11-19T14:22:00+08:00"
api = {
    "code": 200, "message": "成功",
    "data": {
        "resumeNumber": "624810337215_1_1",
        "candidate": {
            "userName": "孙立强", "mobilePhone": "16600031427", "email": "SunLiqiang82@126.com",
            "homePhone": "", "workPhone": "", "birthYear": 1982, "birthMonth": 9, "birthDay": 3,
            "address": "天津-滨海新区", "cityId": 531, "workYearsRangeId": "200407",
            "photo": "https://mypics.zhaopin.cn/avatar/2026/11/fake-a1b2c3.jpg",
        },
        "detail": {
            "Gender": "男", "MaritalStatus": "已婚", "PoliticsBackGround": "群众",
            "CurrentSalary": "0600008000", "DesiredSalaryScope": "0800110000",
            "DesiredIndustry": "物流/仓储", "DesiredEmploymentType": "全职",
            "CommentContent": "持A2驾驶证，驾龄15年，有道路货物运输从业资格证。\n常年驾驶6.8米厢式货车跑京津冀城际配送，无重大事故。",
            "PostalCode": "",
            "WorkExperience": [
                {"CompanyName": "天津顺路达物流有限公司", "JobTitle": "厢式货车司机", "DateStart": "2018-04",
                 "DateEnd": "至今", "WorkDescription": "驾驶6.8米厢式货车，负责天津至北京、唐山城际配送。", "Salary": "0800110000"},
                {"CompanyName": "沧州宏运汽车运输有限公司", "JobTitle": "货车司机", "DateStart": "2009-06",
                 "DateEnd": "2018-03", "WorkDescription": "驾驶平板车运输钢材，载重30吨，主跑河北省内短途。", "Salary": "0600008000"},
                {"CompanyName": "天津港散货物流中心", "JobTitle": "装卸工", "DateStart": "2004-07",
                 "DateEnd": "2009-05", "WorkDescription": "负责散货装卸与理货。", "Salary": "0300004000"},
            ],
            "ProjectExperience": [],
            "EducationExperience": [
                {"SchoolName": "沧州市交通技工学校", "MajorName": "汽车驾驶", "DateStart": "2001-09", "DateEnd": "2004-07"}
            ],
            "Training": [], "LanguageSkill": [],
            "AchieveCertificate": [
                {"CertificateName": "A2驾驶证", "AchieveDate": "2011-05"},
                {"CertificateName": "道路运输从业资格证（货运）", "AchieveDate": "2012-03"},
            ],
        },
        "jobResume": {"modifieddate": 1763450000000, "labeltype": 1},
        "job": {"jobTitle": "城配司机", "orgName": "天津某供应链管理有限公司"},
    },
}
html = """<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>简历详情-智联招聘</title>
<link rel="stylesheet" href="//fecdn.zhaopin.cn/rd5/css/app.8f3a2c.css">
<script>window.__ZP_PAGE_REQUEST_ID__="9c0e1b7a44d24f5e8a3b6c1d2e0f9a87-1763533320000-556677";</script>
</head><body>
<div class="rd-header"><a class="rd-header__logo" href="//rd5.zhaopin.com">智联招聘</a>
<ul class="rd-nav"><li>首页</li><li>职位管理</li><li class="is-active">简历管理</li><li>人才搜索</li></ul></div>
<div id="resume-detail-wrapper"><div id="resumeDetail">
<div class="resume-content is-mb-0"><div class="resume-content__header">
  <span class="resume-content--letter-spacing">ID：624810337215</span>
  <span class="resume-content__candidate-name resume-tomb" data-bind="textQ: candidateName">孙立强</span>
  <p class="resume-content__labels">
    <span data-bind="$key: genderDesc">男</span><i>|</i>
    <span data-bind="text: age">44岁</span><i>|</i>
    <span data-bind="text: workYears">22年</span><i>|</i>
    <span data-bind="text: eduLevel()">中技</span><i>|</i>
    <span data-bind="text: maritalStatus()">已婚</span>
  </p>
  <p class="resume-content__labels--sub">现居住地：<span data-bind="textQ: currentCity()">天津-滨海新区</span></p>
  <div class="resume-content__mobile-phone">手机：<span data-bind="textQ: mobilePhone">166&nbsp;0003&nbsp;1427</span></div>
  <div class="resume-content__email">邮箱：<span data-bind="textQ: email">SunLiqiang82@126.com</span></div>
</div></div>
<div class="resume-content__section is-career-objective" data-bind="visible: hasObjective">
  <div class="resume-content__section-header">求职意向</div>
  <div class="resume-content__section-body">
    <dl class="resume-content__property"><dt>期望工作地区：</dt><dd>天津、北京</dd></dl>
    <dl class="resume-content__property"><dt>期望月薪：</dt><dd>8001-10000元/月</dd></dl>
    <dl class="resume-content__property"><dt>目前状况：</dt><dd>在职，考虑机会</dd></dl>
    <dl class="resume-content__property"><dt>期望工作性质：</dt><dd>全职</dd></dl>
    <dl class="resume-content__property"><dt>期望从事职业：</dt><dd>货车司机</dd></dl>
    <dl class="resume-content__property"><dt>期望从事行业：</dt><dd>物流/仓储</dd></dl>
  </div></div>
<div class="resume-content__section" data-bind="visible: hasComment">
  <div class="resume-content__section-header">自我评价</div>
  <div class="resume-content__section-body"><p>持A2驾驶证，驾龄15年，有道路货物运输从业资格证。<br>常年驾驶6.8米厢式货车跑京津冀城际配送，无重大事故。</p></div></div>
<div class="resume-content__section" data-bind="visible: workExperience().length">
  <div class="resume-content__section-header">工作经历</div>
  <div class="resume-content__section-body">
   <div class="timeline__item"><div class="timeline__time">2018.04 - 至今</div>
     <span data-bind="textQ: data.companyName">天津顺路达物流有限公司</span><span class="timeline__title">厢式货车司机</span>
     <dd data-bind="textQ: data.workDescription">驾驶6.8米厢式货车，负责天津至北京、唐山城际配送。</dd></div>
   <div class="timeline__item"><div class="timeline__time">2009.06 - 2018.03</div>
     <span data-bind="textQ: data.companyName">沧州宏运汽车运输有限公司</span><span class="timeline__title">货车司机</span>
     <dd data-bind="textQ: data.workDescription">驾驶平板车运输钢材，载重30吨，主跑河北省内短途。</dd></div>
   <div class="timeline__item"><div class="timeline__time">2004.07 - 2009.05</div>
     <span data-bind="textQ: data.companyName">天津港散货物流中心</span><span class="timeline__title">装卸工</span>
     <dd data-bind="textQ: data.workDescription">负责散货装卸与理货。</dd></div>
  </div></div>
<div class="resume-content__section" data-bind="visible: educationExperience().length">
  <div class="resume-content__section-header">教育经历</div>
  <div class="resume-content__section-body">
   <div class="timeline__item"><div class="timeline__time">2001.09 - 2004.07</div>
     <span data-bind="textQ: data.schoolName">沧州市交通技工学校</span><span>汽车驾驶</span><span>中技</span></div>
  </div></div>
<div class="resume-content__section"><div class="resume-content__section-header">证书</div>
  <div class="resume-content__section-body"><p>2011.05 A2驾驶证</p><p>2012.03 道路运输从业资格证（货运）</p></div></div>
</div></div>
<div class="rd-footer">© 智联招聘 京ICP证000000号</div>
<script src="//fecdn.zhaopin.cn/rd5/js/vendor.3b1c9e.js"></script>
</body></html>
"""
gold = resume(1, "624810337215", url, cap, raw_id="624810337215_1_1", lic="A2",
    real_name="孙立强", gender="男", age=44, birth_date="1982-09-03", married=1,
    living_place="天津-滨海新区", phone="16600031427", phone_state="clear",
    email="sunliqiang82@126.com", email_state="clear", education=2, education_level="中专/中技",
    work_experience=22, status=1, want_job=True, target_city="天津", expected_regions=["天津", "北京"],
    expected_salary=[8001, 10000], target_post="货车司机",
    self_evaluation="持A2驾驶证，驾龄15年，有道路货物运输从业资格证。\n常年驾驶6.8米厢式货车跑京津冀城际配送，无重大事故。",
    driving_experience=15, rtqc_license_class="货物运输驾驶员", vehicle_types=["厢式货车", "平板式货车"],
    work_history=[
        work("2018-04", None, "天津顺路达物流有限公司", "厢式货车司机", "驾驶6.8米厢式货车，负责天津至北京、唐山城际配送。", current=True, vtype="厢式货车", length=9.6),
        work("2009-06", "2018-03", "沧州宏运汽车运输有限公司", "货车司机", "驾驶平板车运输钢材，载重30吨，主跑河北省内短途。", vtype="平板式货车", load=-1),
        work("2004-07", "2009-05", "天津港散货物流中心", "装卸工", "负责散货装卸与理货。"),
    ],
    education_history=[edu("2001-09", "2004-07", "沧州市交通技工学校", "汽车驾驶", "中专/中技")])
write("zhaopin", "zb1_rd5_unlocked_api_a2_box", "zhaopin rd5 unlocked: detail API (candidate/detail/jobResume/job) + Knockout DOM; A2 in AchieveCertificate, 6.8米厢式 + 平板 30吨",
      url, cap, "blind-1", html=html,
      payloads=[{"url": "https://rd5.zhaopin.com/api/rd/resume/detail?resumeNo=624810337215_1_1&_=1763533321000&x-zp-page-request-id=9c0e1b7a44d24f5e8a3b6c1d2e0f9a87-1763533320000-556677&x-zp-client-id=1f2e3d4c-5b6a-4978-8a9b-0c1d2e3f4a5b", "body": api}],
      gold=gold)

# ---------------------------------------------------------------- zhaopin 2: locked, encrypted resumeNo, DOM only
tok = "Vb3kQ9xTzR2mLp7wYc4nHg"
raw = tok + "_1_1;8C41E07A9D2B6F35C1E8A4D7B2F09E61;1763785200417"
url = "https://rd5.zhaopin.com/resume/detail?resumeNo=" + tok + "_1_1%3B8C41E07A9D2B6F35C1E8A4D7B2F09E61%3B1763785200417&openFrom=5&keyword=%E5%A4%A7%E5%AE%A2%E8%BD%A6"
cap = "2026-11-22T12:20:00+08:00"
html = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>简历详情 - 智联招聘</title>
<style>.resume-tomb{letter-spacing:1px}</style></head><body class="rd5">
<header class="rd-header">智联招聘 · 企业版 <span class="rd-header__user">HR_重庆渝运</span> <a>退出</a></header>
<div id="resumeDetail">
 <div class="resume-content is-mb-0"><div class="resume-content__header">
  <span class="resume-content--letter-spacing">ID：""" + tok + """</span>
  <span class="resume-content__candidate-name resume-tomb" data-bind="textQ: candidateName">周女士</span>
  <p class="resume-content__labels"><span data-bind="$key: genderDesc">女</span> | <span data-bind="text: age">34岁</span> | <span data-bind="text: workYears">9年</span> | <span data-bind="text: eduLevel()">大专</span> | <span data-bind="text: maritalStatus()">未婚</span></p>
  <p class="resume-content__labels--sub"><span data-bind="textQ: currentCity()">重庆-渝北区</span></p>
  <div class="resume-content__mobile-phone"><span data-bind="textQ: mobilePhone"></span><button class="k-button">查看联系方式</button></div>
  <div class="resume-content__email"><span data-bind="textQ: email"></span></div>
  <div class="resume-content__tip">下载简历后可查看联系方式（消耗1个智联币）</div>
 </div></div>
 <div class="resume-content__section is-career-objective"><div class="resume-content__section-header">求职意向</div>
  <div class="resume-content__section-body">
   <div class="resume-content__property"><span>期望工作地区：</span><span>重庆</span></div>
   <div class="resume-content__property"><span>期望月薪：</span><span>6001-8000元/月</span></div>
   <div class="resume-content__property"><span>目前状况：</span><span>离职，正在找工作</span></div>
   <div class="resume-content__property"><span>期望从事职业：</span><span>公交车司机</span></div>
  </div></div>
 <div class="resume-content__section"><div class="resume-content__section-header">自我评价</div>
  <div class="resume-content__section-body">A1驾照，驾龄9年，持道路旅客运输从业资格证（客运资格证），安全驾驶无事故。</div></div>
 <div class="resume-content__section"><div class="resume-content__section-header">工作经历</div>
  <div class="resume-content__section-body">
   <div class="timeline__item"><p class="timeline__time">2019.08 - 至今</p><h4><span data-bind="textQ: data.companyName">重庆两江公交客运有限公司</span></h4><p>公交车司机</p>
    <dd data-bind="textQ: data.workDescription">驾驶12米大型客车，负责渝北区公交线路运营，连续三年安全行车标兵。</dd></div>
   <div class="timeline__item"><p class="timeline__time">2016.03 - 2019.07</p><h4><span data-bind="textQ: data.companyName">重庆山城旅游客运有限公司</span></h4><p>大巴司机</p>
    <dd data-bind="textQ: data.workDescription">驾驶旅游大型客车，主跑重庆至武隆、仙女山景区线路。</dd></div>
  </div></div>
 <div class="resume-content__section"><div class="resume-content__section-header">教育经历</div>
  <div class="resume-content__section-body">
   <div class="timeline__item"><p class="timeline__time">2011.09 - 2014.06</p><span data-bind="textQ: data.schoolName">重庆交通职业学院</span>&nbsp;|&nbsp;汽车运用技术&nbsp;|&nbsp;大专</div>
  </div></div>
</div>
<script>var zpGlobal={env:"prod",rd:5};</script>
</body></html>
"""
gold = resume(1, tok, url, cap, raw_id=raw, lic="A1",
    name_masked="周女士", gender="女", age=34, married=0, living_place="重庆-渝北区",
    education=3, education_level="大专", work_experience=9, status=0, want_job=True,
    target_city="重庆", expected_regions=["重庆"], expected_salary=[6001, 8000], target_post="公交车司机",
    self_evaluation="A1驾照，驾龄9年，持道路旅客运输从业资格证（客运资格证），安全驾驶无事故。",
    driving_experience=9, rtqc_license_class="旅客运输驾驶员", vehicle_types=["大型客车"],
    work_history=[
        work("2019-08", None, "重庆两江公交客运有限公司", "公交车司机", "驾驶12米大型客车，负责渝北区公交线路运营，连续三年安全行车标兵。", current=True, vtype="大型客车"),
        work("2016-03", "2019-07", "重庆山城旅游客运有限公司", "大巴司机", "驾驶旅游大型客车，主跑重庆至武隆、仙女山景区线路。", vtype="大型客车"),
    ],
    education_history=[edu("2011-09", "2014-06", "重庆交通职业学院", "汽车运用技术", "大专")])
write("zhaopin", "zb2_rd5_locked_encrypted_a1_bus", "zhaopin rd5 locked (masked name, empty contacts), encrypted resumeNo with %3B, DOM only; A1 bus driver, 客运资格证",
      url, cap, "blind-2", html=html, gold=gold)

# ---------------------------------------------------------------- 51job 1: unlocked classic table
url = "https://ehire.51job.com/Candidate/ResumeView.aspx?hidUserID=427718305&hidEvents=23&pageCode=83&hidKey=9b2e41c07d8f4a6b93e5d1c2f0a7b846"
cap = "2026-11-18T16:05:00+08:00"
html = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"/><title>简历查看 - 前程无忧 ehire</title>
<link href="//img01.51jobcdn.com/ehire/css/resume.css" rel="stylesheet"/></head><body>
<form id="form1" method="post" action="./ResumeView.aspx?hidUserID=427718305">
<input type="hidden" id="hidUserID" name="hidUserID" value="427718305"/>
<input type="hidden" id="hidKey" value="9b2e41c07d8f4a6b93e5d1c2f0a7b846"/>
<div id="headwrap"><a href="/Navigate.aspx">首页</a> | <a>职位</a> | <a>简历中心</a></div><span>ID:427718305</span>
<div id="divResume">
<table class="box1" cellpadding="0" cellspacing="0"><tr><td id="tdseekname">韩志鹏<a class="chat" href="javascript:void(0)">和Ta聊聊</a></td></tr></table>
<table class="infr" cellpadding="0" cellspacing="0"><tbody>
 <tr><td colspan="4">更新时间：<span id="applyUpdateTime">2026-11-16</span>　应聘职位：<span id="applyJob">9.6米厢式货车司机</span></td></tr>
 <tr><td class="keys">电　话：</td><td>&nbsp;</td><td class="keys">手机：</td><td>16612345670（手机）</td></tr>
 <tr><td colspan="4"><div class="rv_mail_limit"><a href="mailto:hanzhipeng88@qq.com">hanzhipeng88@qq.com</a></div></td></tr>
 <tr><td class="keys">基本信息</td><td>男&nbsp;|&nbsp;38 岁（1988年11月5日）&nbsp;|&nbsp;现居住 广州-白云区&nbsp;|&nbsp;8年工作经验</td></tr>
</tbody></table>
<table class="box2"><tbody>
 <tr><td class="keys">户口/国籍：</td><td class="txt1">湖南-邵阳</td><td class="keys">目前年收入：</td><td class="txt2"><span class="f16">9</span> 万元</td></tr>
 <tr><td class="keys">婚姻状况：</td><td class="txt1">已婚</td><td class="keys">政治面貌：</td><td class="txt2">群众</td></tr>
</tbody></table>
<table class="box3"><tbody>
 <tr><td class="plate1">求职意向</td></tr>
 <tr><td class="keys">工作类型：</td><td class="txt2">全职</td></tr>
 <tr><td class="keys">地点：</td><td class="txt2"><span class="tag">广州</span><span class="tag">佛山</span></td></tr>
 <tr><td class="keys">期望薪资：</td><td class="txt2">8000-10000元/月</td></tr>
 <tr><td class="keys">职能/职位：</td><td class="txt2"><span class="tag">货车司机</span></td></tr>
 <tr><td class="keys">行业：</td><td class="txt2">交通/运输/物流</td></tr>
 <tr><td class="keys">自我评价：</td><td class="txt2">B2驾照，驾龄10年，持货运从业资格证；熟悉广佛地区路线，驾驶9.6米厢式货车经验丰富。<br/>服从安排，能吃苦。</td></tr>
</tbody></table>
<table><tbody>
<tr id="divInfo"><td class="plate1">工作经验</td></tr>
<tr><td class="time">2020/03&ndash;至今</td><td class="rtbox"><span class="bold">广州粤通物流有限公司</span></td></tr>
<tr><td class="rtbox plate_right"><span class="bold">厢式货车司机</span>&nbsp;运输部</td></tr>
<tr><td class="tb1">交通/运输/物流&nbsp;|&nbsp;100-499人</td></tr>
<tr><td class="tb1">驾驶9.6米厢式货车，负责广州至深圳、东莞线路的整车运输。</td></tr>
<tr><td class="time">2018/06&ndash;2020/02</td><td class="rtbox"><span class="bold">佛山市南海区鸿兴建材有限公司</span></td></tr>
<tr><td class="rtbox plate_right"><span class="bold">送货司机</span></td></tr>
<tr><td class="tb1">建材&nbsp;|&nbsp;少于50人</td></tr>
<tr><td class="tb1">驾驶4.2米厢式货车配送建材到工地及门店。</td></tr>
<tr><td class="plate1">教育经历</td></tr>
<tr><td class="time">2004/09&ndash;2007/07</td><td class="rtbox"><span class="bold">邵阳市第二中学</span></td></tr>
<tr><td class="phd tb1">高中</td></tr>
</tbody></table>
</div></form>
<script type="text/javascript" src="//js.51jobcdn.com/ehire/js/resumeview.js?v=20261101"></script>
</body></html>
"""
gold = resume(2, "427718305", url, cap, lic="B2",
    real_name="韩志鹏", gender="男", age=38, birth_date="1988-11-05", married=1,
    living_place="广州-白云区", birth_place="湖南-邵阳", phone="16612345670", phone_state="clear",
    email="hanzhipeng88@qq.com", email_state="clear", education=2, education_level="高中",
    work_experience=8, target_city="广州", expected_regions=["广州", "佛山"], expected_salary=[8000, 10000],
    target_post="货车司机",
    self_evaluation="B2驾照，驾龄10年，持货运从业资格证；熟悉广佛地区路线，驾驶9.6米厢式货车经验丰富。\n服从安排，能吃苦。",
    driving_experience=10, rtqc_license_class="货物运输驾驶员", vehicle_types=["厢式货车"],
    work_history=[
        work("2020-03", None, "广州粤通物流有限公司", "厢式货车司机", "驾驶9.6米厢式货车，负责广州至深圳、东莞线路的整车运输。", current=True,
             industry="交通/运输/物流", scale=500, dept="运输部", vtype="厢式货车", length=9.6),
        work("2018-06", "2020-02", "佛山市南海区鸿兴建材有限公司", "送货司机", "驾驶4.2米厢式货车配送建材到工地及门店。",
             industry="建材", scale=50, vtype="厢式货车", length=6),
    ],
    education_history=[edu("2004-09", "2007-07", "邵阳市第二中学", None, "高中")])
write("51job", "jb1_unlocked_b2_box", "51job ResumeView unlocked, classic table.infr layout, | summary, span.tag places, 9.6米/4.2米 box trucks",
      url, cap, "blind-3", html=html, gold=gold)

# ---------------------------------------------------------------- 51job 2: confidential, folder view
url = "https://ehire.51job.com/Candidate/ResumeViewFolder.aspx?hidSeqID=20571338462&hidFolder=EMP"
cap = "2026-11-20T09:41:00+08:00"
html = """<html><head><meta charset="gb2312"><title>简历 - 前程无忧</title></head><body>
<div id="headwrap"><a>首页</a><a>简历中心</a><a>人才搜索</a></div><span class="resume_id">ID:503316728</span>
<input type="hidden" id="hidUserID" value="503316728" /><input type="hidden" id="hidSeqID" value="20571338462" />
<div class="secret-tip">该简历为保密简历，下载后可查看姓名及联系方式。<a class="btn" id="btnDownload">下载简历（扣1点）</a></div>
<table class="infr"><tbody>
 <tr><td colspan="4">更新时间：<span id="applyUpdateTime">2026-11-19</span></td></tr>
 <tr><td class="keys">手　机：</td><td>&nbsp;</td><td class="keys">联系方式：</td><td>166****5521</td></tr>
 <tr><td colspan="4"><div class="rv_mail_limit">下载后可见</div></td></tr>
 <tr><td class="keys">概况</td><td>女 | 30 岁（1996年2月14日） | 现居住 苏州-昆山 | 6年工作经验</td></tr>
</tbody></table>
<table class="box2"><tbody>
 <tr><td class="keys">婚姻状况：</td><td class="txt1">未婚</td></tr>
 <tr><td class="keys">地点：</td><td class="txt2"><span class="tag">苏州</span></td></tr>
 <tr><td class="keys">期望薪资：</td><td class="txt2">6-8千/月</td></tr>
 <tr><td class="keys">职能/职位：</td><td class="txt2"><span class="tag">城配司机</span></td></tr>
 <tr><td class="keys">自我评价：</td><td class="txt2">C1驾照，驾龄6年。熟悉昆山、苏州市区道路，开4.2米冷藏车做商超配送，守时细心。</td></tr>
</tbody></table>
<table><tbody>
<tr id="divInfo"><td>工作经验</td></tr>
<tr><td class="time">2023/04 -- 至今</td><td><span class="bold">昆山鲜达冷链配送有限公司</span></td></tr>
<tr><td class="rtbox plate_right"><span class="bold">冷藏车司机</span></td></tr>
<tr><td class="tb1">驾驶4.2米冷藏车，为昆山30余家商超配送生鲜。</td></tr>
<tr><td class="time">2020/07 -- 2023/03</td><td><span class="bold">苏州优选电商仓储有限公司</span></td></tr>
<tr><td class="rtbox plate_right"><span class="bold">仓管员</span></td></tr>
<tr><td class="tb1">负责入库验收、库存盘点。</td></tr>
<tr><td>教育经历</td></tr>
<tr><td class="time">2014/09 -- 2017/06</td><td><span class="bold">苏州工业职业技术学院</span></td></tr>
<tr><td class="phd tb1">大专 | 物流管理</td></tr>
</tbody></table>
</body></html>
"""
gold = resume(2, "503316728", url, cap, lic="C1",
    gender="女", age=30, birth_date="1996-02-14", married=0, living_place="苏州-昆山",
    phone_state="masked", phone_masked="166****5521", education=3, education_level="大专",
    work_experience=6, target_city="苏州", expected_regions=["苏州"], expected_salary=[6000, 8000],
    target_post="城配司机",
    self_evaluation="C1驾照，驾龄6年。熟悉昆山、苏州市区道路，开4.2米冷藏车做商超配送，守时细心。",
    driving_experience=6, vehicle_types=["厢式货车"],
    work_history=[
        work("2023-04", None, "昆山鲜达冷链配送有限公司", "冷藏车司机", "驾驶4.2米冷藏车，为昆山30余家商超配送生鲜。", current=True, vtype="厢式货车", length=6),
        work("2020-07", "2023-03", "苏州优选电商仓储有限公司", "仓管员", "负责入库验收、库存盘点。"),
    ],
    education_history=[edu("2014-09", "2017-06", "苏州工业职业技术学院", "物流管理", "大专")])
write("51job", "jb2_confidential_folder_c1_cold", "51job ResumeViewFolder (hidSeqID in URL, hidUserID only in hidden input), confidential: no #tdseekname, masked phone; C1 冷藏车",
      url, cap, "blind-4", html=html, gold=gold)
