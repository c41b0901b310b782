from common import *

# ---------- zhaopin 1: rd6 recommend panel + detail API, virtual number, B2 9.6米高栏 ----------
url = "https://rd6.zhaopin.com/app/recommend?jobNumber=CC320918860J90250127000&tab=1"
cap = "2026-11-23T09:32:00+08:00"
api = [{"url": "https://rd6.zhaopin.com/api/rd/resume/detail?resumeNo=738205519064_1_1&_=1763861520311&x-zp-page-request-id=5e1f0a2b3c4d4e5f9a8b7c6d5e4f3a2b-1763861520000-901234&x-zp-client-id=8a7b6c5d-4e3f-4a2b-9c1d-0e9f8a7b6c5d",
        "body": {"code": 200, "message": "成功", "data": {
            "resumeNumber": "738205519064_1_1",
            "candidate": {"userName": "韦建军", "mobilePhone": "", "virtual_mobile": "16705550123",
                          "email": "weijianjun_85@163.com", "homePhone": "", "workPhone": "",
                          "birthYear": 1985, "birthMonth": 4, "birthDay": 17, "address": "南宁-青秀区",
                          "cityId": 785, "workYearsRangeId": "201007", "photo": ""},
            "detail": {"Gender": "男", "MaritalStatus": "已婚", "PoliticsBackGround": "群众",
                       "HuKouProvinceId": 546, "HuKouCityId": 785,
                       "CurrentSalary": "0800110000", "DesiredSalaryScope": "1000115000",
                       "DesiredIndustry": "交通/运输,物流/仓储", "DesiredEmploymentType": "全职",
                       "CommentContent": "B2驾照，驾龄14年，持道路货物运输从业资格证。\n开过9.6米高栏车和4.2米厢式货车，熟悉广西、广东线路，能吃苦。",
                       "PostalCode": "530000",
                       "WorkExperience": [
                           {"CompanyName": "南宁桂通物流有限公司", "JobTitle": "干线司机", "DateStart": "2017-05", "DateEnd": "2026-08",
                            "WorkDescription": "驾驶9.6米高栏车跑南宁—广州干线，载重18吨。", "Salary": "0800110000"},
                           {"CompanyName": "柳州市鸿发运输有限公司", "JobTitle": "厢式货车司机", "DateStart": "2012-03", "DateEnd": "2017-04",
                            "WorkDescription": "驾驶4.2米厢式货车负责柳州市区快递中转配送。", "Salary": "0450006000"},
                           {"CompanyName": "南宁市兴宁区鑫达汽修厂", "JobTitle": "汽修学徒", "DateStart": "2010-07", "DateEnd": "2012-02",
                            "WorkDescription": "车辆保养、轮胎更换。", "Salary": "0200003000"}],
                       "ProjectExperience": [],
                       "EducationExperience": [{"SchoolName": "南宁市第三职业技术学校", "MajorName": "汽车运用与维修", "DateStart": "2007-09", "DateEnd": "2010-07"}],
                       "Training": [], "LanguageSkill": [],
                       "AchieveCertificate": [{"CertificateName": "B2驾驶证", "AchieveDate": "2012-08"},
                                              {"CertificateName": "道路运输从业资格证", "AchieveDate": "2013-01"}]},
            "jobResume": {"modifieddate": 1763790000000, "labeltype": 2},
            "job": {"jobTitle": "干线司机（9.6米）", "orgName": "南宁某供应链有限公司"}}}}]
html = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>推荐人才 - 智联招聘</title></head><body>
<div id="app"><div class="recommend-list"><div class="recommend-item is-active" data-resume-number="738205519064_1_1">韦建军 41岁 16年 中专</div></div>
<div class="new-resume-detail"><div class="new-resume-detail--inner">
 <div class="resume-content is-mb-0"><div class="resume-content__header">
  <span class="resume-content__candidate-name resume-tomb" data-bind="textQ: candidateName">韦建军</span>
  <span class="resume-content--letter-spacing">ID：738205519064</span>
  <p class="resume-content__labels"><span data-bind="$key: genderDesc">男</span><span data-bind="text: age">41岁</span><span data-bind="text: workYears">16年</span><span data-bind="text: eduLevel()">中专</span><span data-bind="text: maritalStatus()">已婚</span></p>
  <p class="resume-content__labels--sub"><span data-bind="textQ: currentCity()">现居南宁-青秀区</span></p>
  <div class="resume-content__mobile-phone"><span data-bind="textQ: mobilePhone">167&nbsp;0555&nbsp;0123</span><i class="resume-content__virtual-tag" title="该号码为隐私保护虚拟号，通话结束后失效">虚拟号</i></div>
  <div class="resume-content__email"><span data-bind="textQ: email">weijianjun_85@163.com</span></div>
 </div></div>
 <div class="resume-content__section is-career-objective" data-bind="visible: hasCareerObjective">
  <div class="resume-content__section-header">求职意向</div>
  <div class="resume-content__section-body">
   <dl class="resume-content__property"><dt>期望工作地区：</dt><dd>南宁、柳州</dd></dl>
   <dl class="resume-content__property"><dt>期望月薪：</dt><dd>10001-15000元/月</dd></dl>
   <dl class="resume-content__property"><dt>目前状况：</dt><dd>我目前已离职，可快速到岗</dd></dl>
   <dl class="resume-content__property"><dt>期望工作性质：</dt><dd>全职</dd></dl>
   <dl class="resume-content__property"><dt>期望从事职业：</dt><dd>货车司机</dd></dl>
   <dl class="resume-content__property"><dt>期望从事行业：</dt><dd>交通/运输，物流/仓储</dd></dl>
  </div></div>
 <div class="resume-content__section" data-bind="with: commentContent"><div class="resume-content__section-header">自我评价</div>
  <div class="resume-content__section-body"><p>B2驾照，驾龄14年，持道路货物运输从业资格证。<br>开过9.6米高栏车和4.2米厢式货车，熟悉广西、广东线路，能吃苦。</p></div></div>
 <div class="resume-content__section" data-bind="foreach: workExperience"><div class="resume-content__section-header">工作经历</div>
  <div class="resume-content__section-body">
   <div class="timeline__item"><span class="timeline__time">2017.05 - 2026.08</span><span data-bind="textQ: data.companyName">南宁桂通物流有限公司</span><span data-bind="textQ: data.jobTitle">干线司机</span><span>8001-10000元/月</span><dd data-bind="textQ: data.workDescription">驾驶9.6米高栏车跑南宁—广州干线，载重18吨。</dd></div>
   <div class="timeline__item"><span class="timeline__time">2012.03 - 2017.04</span><span data-bind="textQ: data.companyName">柳州市鸿发运输有限公司</span><span data-bind="textQ: data.jobTitle">厢式货车司机</span><span>4500-6000元/月</span><dd data-bind="textQ: data.workDescription">驾驶4.2米厢式货车负责柳州市区快递中转配送。</dd></div>
   <div class="timeline__item"><span class="timeline__time">2010.07 - 2012.02</span><span data-bind="textQ: data.companyName">南宁市兴宁区鑫达汽修厂</span><span data-bind="textQ: data.jobTitle">汽修学徒</span><span>2000-3000元/月</span><dd data-bind="textQ: data.workDescription">车辆保养、轮胎更换。</dd></div>
  </div></div>
 <div class="resume-content__section" data-bind="foreach: educationExperience"><div class="resume-content__section-header">教育经历</div>
  <div class="resume-content__section-body"><div class="timeline__item"><span class="timeline__time">2007.09 - 2010.07</span><span data-bind="textQ: data.schoolName">南宁市第三职业技术学校</span><span data-bind="text: data.educationLevel">中专</span><span data-bind="textQ: data.majorName">汽车运用与维修</span></div></div></div>
 <div class="resume-content__section"><div class="resume-content__section-header">证书</div>
  <div class="resume-content__section-body"><p>2012.08 B2驾驶证</p><p>2013.01 道路运输从业资格证</p></div></div>
</div></div></div></body></html>
"""
g = gold(url, cap, 1, "738205519064", "738205519064_1_1",
         real_name="韦建军", gender="男", age=41, birth_date="1985-04-17", married=1, living_place="南宁-青秀区",
         phone_state="virtual", phone_masked="16705550123", email="weijianjun_85@163.com", email_state="clear",
         education_level="中专/中技", work_experience=16, status=0, want_job=True, target_city="南宁",
         expected_regions=["南宁", "柳州"], expected_salary=[10001, 15000], target_post="货车司机",
         self_evaluation="B2驾照，驾龄14年，持道路货物运输从业资格证。\n开过9.6米高栏车和4.2米厢式货车，熟悉广西、广东线路，能吃苦。",
         dl_license_class="B2", driving_experience=14, rtqc_license_class="货物运输驾驶员",
         vehicle_types=["栏板式货车", "厢式货车"],
         work_history=[W("2017-05", "2026-08", "南宁桂通物流有限公司", "干线司机", "驾驶9.6米高栏车跑南宁—广州干线，载重18吨。", vt="栏板式货车", load=-1, length=9.6),
                       W("2012-03", "2017-04", "柳州市鸿发运输有限公司", "厢式货车司机", "驾驶4.2米厢式货车负责柳州市区快递中转配送。", vt="厢式货车", length=6),
                       W("2010-07", "2012-02", "南宁市兴宁区鑫达汽修厂", "汽修学徒", "车辆保养、轮胎更换。")],
         education_history=[E("2007-09", "2010-07", "南宁市第三职业技术学校", "汽车运用与维修", "中专/中技")])
write("zhaopin", "zc1_rd6_panel_api_virtual_b2_lanban", "zhaopin rd6 recommend panel (.new-resume-detail--inner) + detail API; unlocked name/email but virtual_mobile only; B2 9.6米高栏 18吨 + 4.2米厢式; 离职", url, cap, "blind2-1", html=html, api=api, g=g)

# ---------- zhaopin 2: rd5 DOM only, locked, 女 C1 网约车/商务车 ----------
url = "https://rd5.zhaopin.com/resume/detail?resumeNo=519377420816_1_1&openFrom=5&keyword=%E5%8F%B8%E6%9C%BA&z=1"
cap = "2026-11-23T11:05:00+08:00"
html = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>简历详情-智联招聘</title></head><body>
<div id="resume-detail-wrapper"><div id="resumeDetail">
<div class="resume-content is-mb-0"><div class="resume-content__header">
 <div class="resume-content__status"><span class="resume-content--letter-spacing">ID：519377420816</span><span>更新时间：2026.11.20</span></div>
 <span class="resume-content__candidate-name resume-tomb" data-bind="textQ: candidateName">潘女士</span>
 <p class="resume-content__labels"><span data-bind="$key: genderDesc">女</span><i>|</i><span data-bind="text: age">38岁</span><i>|</i><span data-bind="text: workYears">12年</span><i>|</i><span data-bind="text: eduLevel()">大专</span><i>|</i><span data-bind="text: maritalStatus()">已婚</span></p>
 <p class="resume-content__labels--sub"><span data-bind="textQ: currentCity()">现居住地：佛山&nbsp;南海区</span></p>
 <div class="resume-content__mobile-phone"><span data-bind="textQ: mobilePhone"></span><a class="resume-button resume-button--primary">获取联系方式</a></div>
 <div class="resume-content__email"><span data-bind="textQ: email"></span></div>
</div></div>
<div class="resume-content__section is-career-objective" data-bind="visible: true">
 <div class="resume-content__section-header"><h3>求职意向</h3></div>
 <div class="resume-content__section-body">
  <div class="resume-content__property"><span class="resume-content__property-key">期望工作地区：</span><span class="resume-content__property-value">佛山、广州</span></div>
  <div class="resume-content__property"><span class="resume-content__property-key">期望月薪：</span><span class="resume-content__property-value">6001-8000元/月</span></div>
  <div class="resume-content__property"><span class="resume-content__property-key">目前状况：</span><span class="resume-content__property-value">我目前在职，正考虑换个新环境</span></div>
  <div class="resume-content__property"><span class="resume-content__property-key">期望工作性质：</span><span class="resume-content__property-value">全职</span></div>
  <div class="resume-content__property"><span class="resume-content__property-key">期望从事职业：</span><span class="resume-content__property-value">商务车司机</span></div>
 </div></div>
<div class="resume-content__section" data-bind="if: workExperience().length">
 <div class="resume-content__section-header"><h3>工作经历</h3></div>
 <div class="resume-content__section-body">
  <div class="timeline__item"><div class="timeline__time">2019.05&nbsp;-&nbsp;至今<span>（7年6个月）</span></div>
   <h4><span data-bind="textQ: data.companyName">佛山市快行汽车租赁有限公司</span></h4>
   <p><span data-bind="textQ: data.jobName">商务车司机</span>｜<span>8001-10000元/月</span></p>
   <dl><dt>工作描述：</dt><dd data-bind="textQ: data.workDescription">驾驶别克GL8七座商务车，负责企业客户机场、高铁站接送。</dd></dl></div>
  <div class="timeline__item"><div class="timeline__time">2014.09&nbsp;-&nbsp;2019.04<span>（4年8个月）</span></div>
   <h4><span data-bind="textQ: data.companyName">广州顺行网约车服务有限公司</span></h4>
   <p><span data-bind="textQ: data.jobName">网约车司机</span>｜<span>6001-8000元/月</span></p>
   <dl><dt>工作描述：</dt><dd data-bind="textQ: data.workDescription">从事网约车运营，累计完成订单1.2万单，好评率99%。</dd></dl></div>
 </div></div>
<div class="resume-content__section" data-bind="if: educationExperience().length">
 <div class="resume-content__section-header"><h3>教育经历</h3></div>
 <div class="resume-content__section-body">
  <div class="timeline__item"><div class="timeline__time">2011.09&nbsp;-&nbsp;2014.07</div>
   <h4><span data-bind="textQ: data.schoolName">佛山职业技术学院</span></h4><p><span>大专</span>｜<span data-bind="textQ: data.majorName">物流管理</span></p></div>
 </div></div>
<div class="resume-content__section"><div class="resume-content__section-header"><h3>自我评价</h3></div>
 <div class="resume-content__section-body"><p data-bind="textQ: commentContent">C1驾照，驾龄10年，持网络预约出租汽车驾驶员证。开过七座商务车，接送过企业高管，服务意识强。</p></div></div>
</div></div></body></html>
"""
g = gold(url, cap, 1, "519377420816", "519377420816_1_1",
         name_masked="潘女士", gender="女", age=38, married=1, living_place="佛山-南海区",
         education_level="大专", work_experience=12, status=1, want_job=True, target_city="佛山",
         expected_regions=["佛山", "广州"], expected_salary=[6001, 8000], target_post="商务车司机",
         self_evaluation="C1驾照，驾龄10年，持网络预约出租汽车驾驶员证。开过七座商务车，接送过企业高管，服务意识强。",
         dl_license_class="C1", driving_experience=10, rtqc_license_class="网约车驾驶员",
         vehicle_types=["小型客车", "小型轿车"],
         work_history=[W("2019-05", None, "佛山市快行汽车租赁有限公司", "商务车司机", "驾驶别克GL8七座商务车，负责企业客户机场、高铁站接送。", current=True, vt="小型客车"),
                       W("2014-09", "2019-04", "广州顺行网约车服务有限公司", "网约车司机", "从事网约车运营，累计完成订单1.2万单，好评率99%。", vt="小型轿车")],
         education_history=[E("2011-09", "2014-07", "佛山职业技术学院", "物流管理", "大专")])
write("zhaopin", "zc2_rd5_dom_locked_female_c1_wangyue", "zhaopin rd5 Knockout DOM only, locked (潘女士, empty phone/email), plain resumeNo; &nbsp; dates, C1 + 网约车证, 商务车/网约车", url, cap, "blind2-2", html=html, g=g)

# ---------- 51job 1: ResumeView unlocked, A1 bus ----------
url = "https://ehire.51job.com/Candidate/ResumeView.aspx?hidUserID=613902774&hidEvents=23&pageCode=83&hidKey=4c1e9a7b2d3f4e5a6b7c8d9e0f1a2b3c"
cap = "2026-11-23T14:40:00+08:00"
html = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"/><title>简历查看 - 前程无忧 网才</title></head><body>
<form id="form1" method="post" action="./ResumeView.aspx?hidUserID=613902774&amp;hidEvents=23&amp;pageCode=83&amp;hidKey=4c1e9a7b2d3f4e5a6b7c8d9e0f1a2b3c">
<input type="hidden" name="hidUserID" id="hidUserID" value="613902774" />
<input type="hidden" name="hidSeqID" id="hidSeqID" value="" />
<div id="headwrap"></div><span class="ID">ID:613902774</span>
<div id="divResume"><table class="box1" width="100%"><tr><td>
<table class="infr" width="100%"><tbody>
 <tr><td id="tdseekname" class="name">卢国栋<a class="chat" href="javascript:void(0)">和Ta聊聊</a></td></tr>
 <tr><td>手　机：</td><td>&nbsp;</td><td>&nbsp;</td><td class="tel">167&nbsp;3380&nbsp;2291</td></tr>
 <tr><td><div class="rv_mail_limit">E-mail：<a href="mailto:40718826@qq.com">40718826@qq.com</a></div></td></tr>
 <tr><td colspan="4">男&nbsp;|&nbsp;1979年11月3日（47岁）&nbsp;|&nbsp;现居住 石家庄-裕华区&nbsp;|&nbsp;20年工作经验</td></tr>
</tbody></table>
<table class="box2"><tbody>
 <tr><td class="keys">户口/国籍：</td><td class="txt1">河北-邢台</td><td class="keys">目前年收入：</td><td class="txt2"><span class="f16">9</span> 万元（包含基本工资、补贴、奖金）</td></tr>
 <tr><td class="keys">政治面貌：</td><td class="txt1">群众</td><td class="keys">婚姻状况：</td><td class="txt2">已婚</td></tr>
 <tr><td class="keys">求职状态：</td><td class="txt1" colspan="3">离职，正在找工作</td></tr>
</tbody></table>
<table class="box2"><tbody><tr><td class="plate1">求职意向</td></tr>
 <tr><td class="keys">工作类型：</td><td class="txt2">全职</td></tr>
 <tr><td class="keys">地点：</td><td class="txt2"><span class="tag">石家庄</span><span class="tag">保定</span></td></tr>
 <tr><td class="keys">期望薪资：</td><td class="txt2">1-1.5万/月</td></tr>
 <tr><td class="keys">职能/职位：</td><td class="txt2"><span class="tag">大客车司机</span></td></tr>
 <tr><td class="keys">行业：</td><td class="txt2"><span class="tag">交通/运输</span></td></tr>
 <tr><td class="keys">自我评价：</td><td class="txt2">A1驾照，驾龄18年，持道路旅客运输从业资格证。<br/>跑过省际大巴和城市公交，安全行驶100万公里无事故。</td></tr>
</tbody></table>
<table><tr id="divInfo"><td>
 <table class="box3"><tr><td class="plate1">工作经验</td></tr>
  <tr><td class="time">2014/03--2026/09</td><td class="rtbox"><span class="bold">河北燕赵长途客运有限公司</span></td></tr>
  <tr><td></td><td class="rtbox plate_right"><span class="bold">大客车司机</span></td></tr>
  <tr><td></td><td class="tb1">驾驶45座大巴，跑石家庄—北京、石家庄—天津省际班线。</td></tr>
  <tr><td class="time">2008/05--2014/02</td><td class="rtbox"><span class="bold">石家庄公交总公司</span></td></tr>
  <tr><td></td><td class="rtbox plate_right"><span class="bold">公交车驾驶员</span></td></tr>
  <tr><td></td><td class="tb1">驾驶12米公交车，负责市区线路运营。</td></tr>
  <tr><td class="time">2006/07--2008/04</td><td class="rtbox"><span class="bold">邢台市通达物流有限公司</span></td></tr>
  <tr><td></td><td class="rtbox plate_right"><span class="bold">货车司机</span></td></tr>
  <tr><td></td><td class="tb1">驾驶厢式货车做市内配送。</td></tr>
 </table>
 <table class="box3"><tr><td class="plate1">教育经历</td></tr>
  <tr><td class="time">2003/09--2006/07</td><td class="rtbox"><span class="bold">邢台市交通职业技术学校</span></td></tr>
  <tr><td></td><td class="phd tb1">中专&nbsp;|&nbsp;汽车驾驶与维修</td></tr>
 </table>
 <table class="box3"><tr><td class="plate1">技能特长</td></tr><tr><td class="tb1">A1驾驶证（2008年增驾）</td></tr></table>
</td></tr></table>
<div id="applyUpdateTime">更新时间：2026-11-21</div>
</td></tr></table></div></form></body></html>
"""
g = gold(url, cap, 2, "613902774",
         real_name="卢国栋", gender="男", age=47, birth_date="1979-11-03", married=1, living_place="石家庄-裕华区",
         birth_place="河北-邢台", phone="16733802291", phone_state="clear", email="40718826@qq.com", email_state="clear",
         education_level="中专/中技", work_experience=20, status=0, want_job=True, target_city="石家庄",
         expected_regions=["石家庄", "保定"], expected_salary=[10000, 15000], target_post="大客车司机",
         self_evaluation="A1驾照，驾龄18年，持道路旅客运输从业资格证。\n跑过省际大巴和城市公交，安全行驶100万公里无事故。",
         dl_license_class="A1", driving_experience=18, rtqc_license_class="旅客运输驾驶员",
         vehicle_types=["大型客车", "厢式货车"],
         work_history=[W("2014-03", "2026-09", "河北燕赵长途客运有限公司", "大客车司机", "驾驶45座大巴，跑石家庄—北京、石家庄—天津省际班线。", vt="大型客车"),
                       W("2008-05", "2014-02", "石家庄公交总公司", "公交车驾驶员", "驾驶12米公交车，负责市区线路运营。", vt="大型客车"),
                       W("2006-07", "2008-04", "邢台市通达物流有限公司", "货车司机", "驾驶厢式货车做市内配送。", vt="厢式货车")],
         education_history=[E("2003-09", "2006-07", "邢台市交通职业技术学校", "汽车驾驶与维修", "中专/中技")])
write("51job", "jc1_resumeview_unlocked_qqmail_a1_bus", "51job ResumeView unlocked: #tdseekname, spaced phone with &nbsp;, QQ mail, 户口, 年收入 (annual, not expected), 1-1.5万/月, 2014/03--2026/09 dates; A1 大巴/公交", url, cap, "blind2-3", html=html, g=g)

# ---------- 51job 2: job posting (not a resume) ----------
url = "https://jobs.51job.com/shijiazhuang/152233441.html?s=sou_sou_soulb&t=0_0"
cap = "2026-11-23T14:52:00+08:00"
html = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>【石家庄B2货车司机_招聘】石家庄冀运通物流有限公司-前程无忧官方招聘网站</title></head><body>
<div class="tCompanyPage"><div class="tCompany_center">
 <div class="tHeader tHjob"><div class="in"><div class="cn">
  <h1 title="B2货车司机">B2货车司机</h1><strong>8千-1.2万·13薪</strong>
  <p class="cname"><a title="石家庄冀运通物流有限公司">石家庄冀运通物流有限公司</a></p>
  <p class="msg ltype" title="石家庄-长安区&nbsp;&nbsp;|&nbsp;&nbsp;3-4年经验&nbsp;&nbsp;|&nbsp;&nbsp;初中及以下&nbsp;&nbsp;|&nbsp;&nbsp;招2人&nbsp;&nbsp;|&nbsp;&nbsp;11-20发布">石家庄-长安区&nbsp;&nbsp;|&nbsp;&nbsp;3-4年经验&nbsp;&nbsp;|&nbsp;&nbsp;初中及以下&nbsp;&nbsp;|&nbsp;&nbsp;招2人&nbsp;&nbsp;|&nbsp;&nbsp;11-20发布</p>
 </div><div class="jtag"><span class="sp4">五险一金</span><span class="sp4">包吃</span><span class="sp4">年终奖金</span></div>
 <div class="op"><a class="but_sq" id="app_ck">申请职位</a><a class="but_sc">收藏</a></div></div></div>
 <div class="tCompany_main">
  <div class="tBorderTop_box"><h2><span class="bname">职位信息</span></h2>
   <div class="bmsg job_msg inbox">
    <p>岗位职责：</p><p>1、驾驶9.6米厢式货车，负责石家庄至北京、天津的干线运输；</p><p>2、做好车辆日常保养，按时完成配送任务。</p>
    <p>任职要求：</p><p>1、持B2及以上驾驶证，驾龄3年以上，有道路货物运输从业资格证；</p><p>2、年龄25-50岁，身体健康，无不良驾驶记录。</p>
    <div class="mt10"><p class="fp"><span class="label">职能类别：</span><a class="el tdn">货运司机</a></p></div>
   </div></div>
  <div class="tBorderTop_box"><h2><span class="bname">联系方式</span></h2>
   <div class="bmsg inbox"><p class="fp"><span class="label">上班地址：</span>石家庄市长安区建设北大街物流园12号</p><p class="fp"><span class="label">联系人：</span>王经理</p></div></div>
  <div class="tBorderTop_box"><h2><span class="bname">公司信息</span></h2>
   <div class="tmsg inbox">石家庄冀运通物流有限公司成立于2012年，自有车辆80余台，主营京津冀城际货运与仓储服务。</div>
   <p class="at">民营公司&nbsp;|&nbsp;150-500人&nbsp;|&nbsp;交通/运输</p></div>
 </div></div></div></body></html>
"""
write("51job", "jc2_job_posting_not_resume", "51job public job posting (jobs.51job.com) for a B2 driver: has salary, 驾龄, licence words, contact person — not a resume", url, cap, None, html=html)
