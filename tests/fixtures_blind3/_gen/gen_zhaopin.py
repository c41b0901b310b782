"""zhaopin: zc3 (rd6 recommend panel + API, unlocked, virtual number, encrypted resumeNo),
zc4 (ihr 'dave' template, locked, masked phone/email, warehouse), zc5 (job posting: not a resume)."""
from urllib.parse import quote
from common import gold, work, edu, write_case

# ---------------------------------------------------------------- zc3
TOKEN = "Kc8VwpT2yLq)MdR4nZs7Xg"
KEY = "5E2C9A17B04D6F3E8A1C7B9D2F4E6A80"
TS = "1796171234567"
assert len(TOKEN) == 22 and len(KEY) == 32
RESUME_NO = f"{TOKEN}_1_1;{KEY};{TS}"
RESUME_NO_Q = quote(TOKEN, safe="") + "_1_1%3B" + KEY + "%3B" + TS
URL1 = "https://rd6.zhaopin.com/app/recommend?jobNumber=CC482917365J40567812309&tab=recommend&page=1"
CAP1 = "2026-12-03T09:42:00+08:00"
SELF1 = "A2驾照，驾龄17年，持危险货物道路运输驾驶员从业资格证。十年危化品运输经验，熟悉广深、深莞线路，安全意识强，无重大事故。"

html1 = f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>推荐人才 - 智联招聘</title>
<link rel="stylesheet" href="https://fecdn.zhaopin.cn/rd6/app.9c1e7f.css"></head>
<body class="rd6">
<div id="app">
 <header class="km-header"><span class="km-header__org">深圳市安捷达危险品运输有限公司</span><span class="km-header__user">招聘者：林经理</span></header>
 <div class="recommend-page">
  <div class="recommend-job-bar"><span class="recommend-job-bar__title">危险品运输司机（A2）</span><span class="recommend-job-bar__city">深圳</span></div>
  <ul class="recommend-list">
   <li class="recommend-item" data-index="0"><div class="talent-card"><span class="talent-card__name">张先生</span><span class="talent-card__info">39岁 · 12年 · 中专 · 东莞</span><span class="talent-card__last">东莞市某货运公司 · 货车司机</span></div></li>
   <li class="recommend-item is-active" data-index="1"><div class="talent-card"><span class="talent-card__name">周海峰</span><span class="talent-card__info">43岁 · 22年 · 高中 · 深圳</span><span class="talent-card__last">深圳市鹏运危化物流有限公司 · 危险品运输司机</span></div></li>
   <li class="recommend-item" data-index="2"><div class="talent-card"><span class="talent-card__name">邱女士</span><span class="talent-card__info">31岁 · 8年 · 大专 · 深圳</span><span class="talent-card__last">深圳某供应链公司 · 调度</span></div></li>
  </ul>
  <div class="km-drawer is-open">
   <div class="new-resume-detail--inner">
    <div class="resume-basic">
     <div class="resume-basic__top"><span class="resume-basic__name">周海峰</span><span class="resume-basic__active">今日活跃</span>
      <span class="resume-basic__id resume-content--letter-spacing">ID：{TOKEN}</span></div>
     <div class="resume-basic__labels"><span>男</span><i>|</i><span>43岁</span><i>|</i><span>22年</span><i>|</i><span>高中</span><i>|</i><span>已婚</span></div>
     <div class="resume-basic__sub"><span>现居住：深圳-宝安区</span><span>户口：湖南-衡阳</span><span class="resume-basic__status">在职，考虑机会</span></div>
     <div class="resume-basic__contact">
      <div class="resume-basic__phone"><span class="label">手机：</span><span class="value">16600517342转8821</span><span class="tag-virtual">隐私号</span><span class="hint">该号码为隐私保护号码，通话由平台转接</span></div>
      <div class="resume-basic__email"><span class="label">邮箱：</span><span class="value">haifeng.zhou@example.net</span></div>
     </div>
    </div>
    <div class="resume-section is-career-objective"><h3 class="resume-section__title">求职意向</h3>
     <div class="resume-content__property"><span class="key">期望职位</span><span class="val">危险品运输司机</span></div>
     <div class="resume-content__property"><span class="key">期望地点</span><span class="val">深圳、东莞</span></div>
     <div class="resume-content__property"><span class="key">期望月薪</span><span class="val">12001-15000元/月</span></div>
     <div class="resume-content__property"><span class="key">工作性质</span><span class="val">全职</span></div>
     <div class="resume-content__property"><span class="key">期望行业</span><span class="val">交通/运输</span></div>
    </div>
    <div class="resume-section is-work"><h3 class="resume-section__title">工作经历</h3>
     <div class="resume-timeline__item"><div class="resume-timeline__head"><span class="company">深圳市鹏运危化物流有限公司</span><span class="time">2016.03 - 至今</span></div>
      <div class="resume-timeline__job">危险品运输司机 <span class="salary">10001-15000元/月</span></div>
      <p class="resume-timeline__desc">驾驶30吨危化品罐式半挂车，运输液化石油气，跑广深、深莞线路，十年安全行驶零事故。</p></div>
     <div class="resume-timeline__item"><div class="resume-timeline__head"><span class="company">东莞市恒达货运有限公司</span><span class="time">2008.07 - 2016.02</span></div>
      <div class="resume-timeline__job">货车司机 <span class="salary">6001-8000元/月</span></div>
      <p class="resume-timeline__desc">驾驶9.6米厢式货车，负责珠三角零担货物配送。</p></div>
     <div class="resume-timeline__item"><div class="resume-timeline__head"><span class="company">衡阳市顺通汽车运输公司</span><span class="time">2004.03 - 2008.06</span></div>
      <div class="resume-timeline__job">跟车员 <span class="salary">2001-4000元/月</span></div>
      <p class="resume-timeline__desc">跟车装卸，协助驾驶员完成长途运输。</p></div>
    </div>
    <div class="resume-section is-education"><h3 class="resume-section__title">教育经历</h3>
     <div class="resume-timeline__item"><span class="school">衡阳市晴岚中学</span><span class="time">2000.09 - 2003.07</span><span class="degree">高中</span></div>
    </div>
    <div class="resume-section is-certificate"><h3 class="resume-section__title">证书</h3>
     <ul><li>2009.05 A2驾驶证</li><li>2012.08 危险货物道路运输驾驶员从业资格证</li></ul></div>
    <div class="resume-section is-comment"><h3 class="resume-section__title">自我评价</h3>
     <p class="resume-section__body">{SELF1}</p></div>
   </div>
  </div>
 </div>
</div>
<script src="https://fecdn.zhaopin.cn/rd6/app.9c1e7f.js"></script>
</body></html>
"""

list_rows = [
    {"id": "Vb3Lq9Xe2TmPa0Rz7KcYwA_1_1", "userName": "张先生", "userId": 771203948, "gender": "男", "isFemale": False,
     "age": 39, "workYears": "12年", "eduLevel": "中专", "city": "广东-东莞-长安镇", "desiredCitys": [{"cityName": "东莞", "provinceName": "广东"}],
     "major": "", "school": "", "lastCompany": "东莞市某货运公司", "lastJob": "货车司机",
     "lastJobDetail": {"beginDate": "2015-01", "endDate": "", "companyName": "东莞市某货运公司", "jobName": "货车司机", "description": "城配"},
     "industry": "交通/运输", "selfEvaluation": "吃苦耐劳", "resumeSource": 2, "resumeSourceName": "推荐", "email": "", "phone": "",
     "jobNumber": "CC482917365J40567812309", "number": "Vb3Lq9Xe2TmPa0Rz7KcYwA", "modifyDate": "2026-12-01", "modifyDateInitial": 1796086800000},
    {"id": TOKEN + "_1_1", "userName": "周海峰", "userId": 680417352, "gender": "男", "isFemale": False,
     "age": 43, "workYears": "22年", "eduLevel": "高中", "city": "广东-深圳-宝安区",
     "desiredCitys": [{"cityName": "深圳", "provinceName": "广东"}, {"cityName": "东莞", "provinceName": "广东"}],
     "major": "", "school": "衡阳市晴岚中学", "lastCompany": "深圳市鹏运危化物流有限公司", "lastJob": "危险品运输司机",
     "lastJobDetail": {"beginDate": "2016-03", "endDate": "", "companyName": "深圳市鹏运危化物流有限公司", "jobName": "危险品运输司机",
                       "description": "驾驶30吨危化品罐式半挂车，运输液化石油气，跑广深、深莞线路，十年安全行驶零事故。"},
     "industry": "交通/运输", "selfEvaluation": SELF1, "resumeSource": 2, "resumeSourceName": "推荐", "email": "", "phone": "",
     "jobNumber": "CC482917365J40567812309", "number": TOKEN, "modifyDate": "2026-12-02", "modifyDateInitial": 1796173200000},
    {"id": "Hq5Tn1Wc8ZsKd3Ly0FeJuB_1_1", "userName": "邱女士", "userId": 559120437, "gender": "女", "isFemale": True,
     "age": 31, "workYears": "8年", "eduLevel": "大专", "city": "广东-深圳-龙华区", "desiredCitys": [{"cityName": "深圳", "provinceName": "广东"}],
     "major": "物流管理", "school": "深圳某职业学院", "lastCompany": "深圳某供应链公司", "lastJob": "调度",
     "lastJobDetail": {"beginDate": "2019-04", "endDate": "", "companyName": "深圳某供应链公司", "jobName": "调度", "description": "车辆调度"},
     "industry": "物流/仓储", "selfEvaluation": "细心", "resumeSource": 2, "resumeSourceName": "推荐", "email": "", "phone": "",
     "jobNumber": "CC482917365J40567812309", "number": "Hq5Tn1Wc8ZsKd3Ly0FeJuB", "modifyDate": "2026-11-30", "modifyDateInitial": 1796000400000},
]

detail_body = {
    "code": 200,
    "message": "成功",
    "data": {
        "resumeNumber": RESUME_NO,
        "candidate": {
            "userName": "周海峰", "mobilePhone": "", "virtual_mobile": "16600517342转8821",
            "email": "haifeng.zhou@example.net", "homePhone": "", "workPhone": "",
            "birthYear": 1983, "birthMonth": 6, "birthDay": 14, "address": "深圳-宝安区",
            "cityId": "765", "workYearsRangeId": "200403", "photo": "",
        },
        "detail": {
            "Gender": "男", "MaritalStatus": "已婚", "PoliticsBackGround": "群众",
            "HuKouProvinceId": "546", "HuKouCityId": "559", "CurrentSalary": "1000115000",
            "DesiredSalaryScope": "1200115000", "DesiredIndustry": "交通/运输",
            "DesiredEmploymentType": "全职", "CommentContent": SELF1, "PostalCode": "",
            "WorkExperience": [
                {"CompanyName": "深圳市鹏运危化物流有限公司", "JobTitle": "危险品运输司机", "DateStart": "2016-03", "DateEnd": "",
                 "WorkDescription": "驾驶30吨危化品罐式半挂车，运输液化石油气，跑广深、深莞线路，十年安全行驶零事故。", "Salary": "1000115000"},
                {"CompanyName": "东莞市恒达货运有限公司", "JobTitle": "货车司机", "DateStart": "2008-07", "DateEnd": "2016-02",
                 "WorkDescription": "驾驶9.6米厢式货车，负责珠三角零担货物配送。", "Salary": "0600108000"},
                {"CompanyName": "衡阳市顺通汽车运输公司", "JobTitle": "跟车员", "DateStart": "2004-03", "DateEnd": "2008-06",
                 "WorkDescription": "跟车装卸，协助驾驶员完成长途运输。", "Salary": "0200104000"},
            ],
            "ProjectExperience": [],
            "EducationExperience": [
                {"SchoolName": "衡阳市晴岚中学", "MajorName": "", "DateStart": "2000-09", "DateEnd": "2003-07", "EducationLevel": "高中"},
            ],
            "Training": [], "LanguageSkill": [],
            "AchieveCertificate": [
                {"CertificateName": "A2驾驶证", "AchieveDate": "2009-05"},
                {"CertificateName": "危险货物道路运输驾驶员从业资格证", "AchieveDate": "2012-08"},
            ],
        },
        "jobResume": {"modifieddate": 1796173200000, "labeltype": 2},
        "job": {"jobTitle": "危险品运输司机（A2）", "orgName": "深圳市安捷达危险品运输有限公司"},
    },
}

api1 = [
    {"url": "https://rd6.zhaopin.com/api/rd/resume/list?_=1796171200000&x-zp-page-request-id=8f2c61d0a4e94b7f-1796171200000-512093",
     "body": {"code": 200, "data": {"total": 3, "dataList": list_rows}}},
    {"url": f"https://rd6.zhaopin.com/api/rd/resume/detail?resumeNo={RESUME_NO_Q}&_={TS}&x-zp-page-request-id=8f2c61d0a4e94b7f-{TS}-601744&x-zp-client-id=3d5e2b71-9a0c-4f18-b6e2-71c0d9a4f3e5",
     "body": detail_body},
]

gold1 = gold(
    url=URL1, captured_at=CAP1, channel_id=1, resume_id=TOKEN, raw_id=RESUME_NO,
    real_name="周海峰", gender="男", age=43, birth_date="1983-06-14", married=1,
    living_place="深圳-宝安区", birth_place="湖南-衡阳",
    phone=None, phone_state="virtual", phone_masked="16600517342转8821",
    email="haifeng.zhou@example.net", email_state="clear",
    education_level="高中", work_experience=22, status=1, want_job=True,
    expected_regions=["深圳", "东莞"], expected_salary=[12001, 15000], target_post="危险品运输司机",
    self_evaluation=SELF1, dl="A2", driving_experience=17, rtqc="危险货物运输驾驶员",
    vehicle_types=["罐式车", "厢式货车"],
    work_history=[
        work("2016-03", None, "深圳市鹏运危化物流有限公司", "危险品运输司机",
             "驾驶30吨危化品罐式半挂车，运输液化石油气，跑广深、深莞线路，十年安全行驶零事故。", "罐式车", load=-1),
        work("2008-07", "2016-02", "东莞市恒达货运有限公司", "货车司机",
             "驾驶9.6米厢式货车，负责珠三角零担货物配送。", "厢式货车", length=9.6),
        work("2004-03", "2008-06", "衡阳市顺通汽车运输公司", "跟车员", "跟车装卸，协助驾驶员完成长途运输。"),
    ],
    education_history=[edu("2000-09", "2003-07", "衡阳市晴岚中学", None, "高中")],
)

write_case("zhaopin", "zc3_rd6_recommend_panel_api_virtual_a2_tanker_zhouhaifeng",
           description="zhaopin rd6 recommend page: 3 list cards plus open detail drawer (.new-resume-detail--inner); rd api list (3 rows) + detail with ENCRYPTED resumeNo; unlocked but phone is a virtual_mobile relay (16600517342转8821), clear email; A2 + 危货驾驶员证; salary codes; data.job is the recruiter's own job (trap)",
           url=URL1, html=html1, captured_at=CAP1, person="blind3-1", gold_obj=gold1, api_payloads=api1)

# ---------------------------------------------------------------- zc4
RN2 = "620481375529"
URL2 = f"https://ihr.zhaopin.com/resume/details/?resumeNo={RN2}_1_1&searchresume=1&t=1796342000"
CAP2 = "2026-12-04T15:20:00+08:00"
SELF2 = "熟悉WMS系统，负责过A4纸质单据与电子单据的双轨归档，B2B电商仓库出入库管理经验丰富。持C1驾驶证、叉车操作证（N1），能带班管理。"

html2 = f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>简历详情 - 智联招聘企业版</title></head>
<body>
<div class="dave-wrap" id="resumeDetail">
 <div class="dave-top">简历编号：<span class="resume-no">{RN2}_1_1</span>&nbsp;&nbsp;更新时间：2026-11-29</div>
 <div class="dave-baseInfo">
  <div class="userNameContainer"><span class="userName">刘先生</span><span class="unlock-tip">（下载简历后可查看完整姓名及联系方式）</span></div>
  <div class="dave-baseInfo-cont">
   <span class="icon-sex">男</span>&nbsp;|&nbsp;<span class="age">36岁</span>&nbsp;|&nbsp;<span class="icon-bag">13年工作经验</span>&nbsp;|&nbsp;<span class="icon-hat">大专</span>&nbsp;|&nbsp;<span class="marry">未婚</span>
  </div>
  <div class="dave-baseInfo-cont dave-baseInfo-addr">现居住地：天津-滨海新区&nbsp;&nbsp;|&nbsp;&nbsp;户口：河北-沧州</div>
  <div class="phoneEmailContainer">
   <span class="telephone">166****5820</span>
   <span class="email">l****@example.com</span>
   <a class="btn-download" href="javascript:;">下载简历</a>
  </div>
 </div>
 <div class="dave-resDetail">
  <div class="dave-resDetail-jobIntention">
   <h3>求职意向</h3>
   <table>
    <tr><td class="t">期望工作地区：</td><td>天津、北京</td></tr>
    <tr><td class="t">期望月薪：</td><td>10001-15000元/月</td></tr>
    <tr><td class="t">目前状况：</td><td>离职，正在找工作</td></tr>
    <tr><td class="t">期望工作性质：</td><td>全职</td></tr>
    <tr><td class="t">期望从事职业：</td><td>仓储主管</td></tr>
    <tr><td class="t">期望从事行业：</td><td>物流/仓储</td></tr>
   </table>
  </div>
  <div class="dave-resDetail-selfEval"><h3>自我评价</h3><p>{SELF2}</p></div>
  <div class="dave-resDetail-workExpInfo">
   <h3>工作经历</h3>
   <div class="workExp-item">
    <h2 class="company_name">天津港联仓储物流有限公司</h2>
    <p class="time">2019.04-2026.10（7年6个月）</p>
    <h5>仓储主管&nbsp;|&nbsp;10001-15000元/月</h5>
    <p class="company_info">物流/仓储&nbsp;|&nbsp;企业性质：民营&nbsp;|&nbsp;规模：500-999人</p>
    <p class="work_desc">工作描述：管理2万平米电商仓库，带领25人团队完成入库、分拣、出库，库存准确率99.9%。</p>
   </div>
   <div class="workExp-item">
    <h2 class="company_name">天津鑫达通物流有限公司</h2>
    <p class="time">2013.07-2019.03（5年9个月）</p>
    <h5>仓库管理员&nbsp;|&nbsp;4001-6000元/月</h5>
    <p class="company_info">物流/仓储&nbsp;|&nbsp;企业性质：民营&nbsp;|&nbsp;规模：100-499人</p>
    <p class="work_desc">工作描述：负责出入库登记、盘点及叉车作业调度。</p>
   </div>
  </div>
  <div class="dave-resDetail-eduExpInfo">
   <h3>教育经历</h3>
   <div class="eduExp-item"><span class="time">2010.09-2013.07</span>&nbsp;<span class="school_name">天津海河交通职业学院</span>&nbsp;|&nbsp;<span class="major">物流管理</span>&nbsp;|&nbsp;<span class="degree">大专</span></div>
  </div>
  <div class="dave-resDetail-certInfo">
   <h3>证书</h3>
   <p>2012.05&nbsp;&nbsp;C1驾驶证</p>
   <p>2015.09&nbsp;&nbsp;叉车操作证（N1）</p>
  </div>
 </div>
</div>
</body></html>
"""

gold2 = gold(
    url=URL2, captured_at=CAP2, channel_id=1, resume_id=RN2, raw_id=RN2 + "_1_1",
    name_masked="刘先生", gender="男", age=36, married=0,
    living_place="天津-滨海新区", birth_place="河北-沧州",
    phone_state="masked", phone_masked="166****5820",
    email_state="masked", email_masked="l****@example.com",
    education_level="大专", work_experience=13, status=0, want_job=True,
    expected_regions=["天津", "北京"], expected_salary=[10001, 15000], target_post="仓储主管",
    self_evaluation=SELF2, dl="C1",
    work_history=[
        work("2019-04", "2026-10", "天津港联仓储物流有限公司", "仓储主管",
             "管理2万平米电商仓库，带领25人团队完成入库、分拣、出库，库存准确率99.9%。",
             industry="物流/仓储", scale=1000),
        work("2013-07", "2019-03", "天津鑫达通物流有限公司", "仓库管理员",
             "负责出入库登记、盘点及叉车作业调度。", industry="物流/仓储", scale=500),
    ],
    education_history=[edu("2010-09", "2013-07", "天津海河交通职业学院", "物流管理", "大专")],
)

write_case("zhaopin", "zc4_ihr_dave_locked_masked_warehouse_c1_liu",
           description="zhaopin old ihr host, 'dave' template DOM only, locked: masked name 刘先生, masked phone 166****5820 and email; warehouse supervisor (non-driver); C1 in certs; traps: A4纸, B2B, 叉车证(N1) are not licence classes; 叉车 is not a road vehicle type",
           url=URL2, html=html2, captured_at=CAP2, person="blind3-2", gold_obj=gold2)

# ---------------------------------------------------------------- zc5: job posting (not a resume)
URL3 = "https://jobs.zhaopin.com/CC482917365J40567812309.htm"
CAP3 = "2026-12-03T10:05:00+08:00"
html3 = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>【深圳危险品运输司机（A2）_招聘】-深圳市安捷达危险品运输有限公司-智联招聘</title></head>
<body>
<div class="job-summary">
 <h3 class="summary-plane__title">危险品运输司机（A2）</h3>
 <span class="summary-plane__salary">1万-1.5万·13薪</span>
 <ul class="summary-plane__info"><li>深圳-宝安区</li><li>5-10年</li><li>学历不限</li><li>招3人</li></ul>
 <div class="highlights"><span>五险一金</span><span>包住</span><span>节日福利</span></div>
</div>
<div class="describtion">
 <h3>职位描述</h3>
 <div class="describtion__detail-content">
  岗位职责：<br>1、驾驶危化品罐式半挂车，运输液化石油气；<br>2、负责车辆日常检查与保养。<br>
  任职要求：<br>1、持A2驾照，驾龄5年以上；<br>2、持危险货物道路运输驾驶员从业资格证；<br>3、年龄45岁以下，男性，身体健康。
 </div>
</div>
<div class="company">
 <a class="company__title" href="https://company.zhaopin.com/CZ482917360.htm">深圳市安捷达危险品运输有限公司</a>
 <div class="company__detail"><span>民营</span><span>100-499人</span><span>交通/运输</span></div>
 <div class="job-address">工作地址：深圳市宝安区福永街道凤凰工业区</div>
 <div class="contact">联系人：林经理　联系电话：16633770091　邮箱：hr@anjieda-demo.example.com</div>
</div>
<div class="similar-jobs"><h3>相似职位</h3><ul><li>重卡司机（A2） 8千-1.2万</li><li>油罐车司机 9千-1.3万</li></ul></div>
</body></html>
"""
write_case("zhaopin", "zc5_job_posting_a2_driver_not_a_resume",
           description="NOT A RESUME: zhaopin public job posting (jobs.zhaopin.com) for an A2 tanker driver; has salary, licence requirements, age, a contact name and a 166 phone, but no candidate",
           url=URL3, html=html3, captured_at=CAP3, person=None, gold_obj=None, expect="not_a_resume")
