"""boss: bc3 (chat page, c-resume iframe/canvas only; resume only in the extension's `text`),
bc4 (recommend page: geek list JSON with 3 cards + the WASM-captured detail payload of the open one)."""
from common import gold, work, edu, write_case

# ---------------------------------------------------------------- bc3
GID1 = "e3b7c91f0a4d2c58-1XZ0tq9FVM~"
URL1 = "https://www.zhipin.com/web/chat/index?id=608115273&source=0"
CAP1 = "2026-12-11T09:30:00+08:00"
SELF1 = "驾龄16年，持B1驾照和客运从业资格证，熟悉长株潭道路，服务态度好。"
html1 = f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>BOSS直聘</title></head>
<body>
<div id="wrap"><div class="chat-container">
 <div class="chat-user-list">
  <div class="geek-item selected" data-id="608115273"><span class="geek-name">陈建国</span><span class="source-job">中巴司机</span><span class="time">09:12</span></div>
  <div class="geek-item" data-id="608110042"><span class="geek-name">彭师傅</span><span class="source-job">中巴司机</span><span class="time">昨天</span></div>
  <div class="geek-item" data-id="608099177"><span class="geek-name">龙女士</span><span class="source-job">调度员</span><span class="time">12月08日</span></div>
 </div>
 <div class="chat-conversation">
  <div class="base-info join-text-wrap"><span class="name-box">陈建国</span><span>41岁</span><span>10年以上</span><span>高中</span></div>
  <div class="message-list">
   <div class="item-friend"><p class="text">您好，我对中巴司机这个岗位很感兴趣。</p></div>
   <div class="item-myself"><p class="text">您好，方便发一下简历吗？</p></div>
  </div>
  <div class="chat-op"><span class="btn-getcontact">换电话</span><span class="iboss-wechat">换微信</span></div>
 </div>
 <div class="resume-panel">
  <iframe src="https://www.zhipin.com/web/frame/c-resume/?encryptGeekId={GID1}&amp;securityId=Yv3k0rT9pS2_q8WmLz1Nx4bC6dA7eF" name="c-resume" width="100%" height="900"></iframe>
 </div>
</div></div>
<script src="https://static.zhipin.com/assets/zhipin/wasm/resume/wasm_canvas-1.4.7.js"></script>
</body></html>
"""
text1 = """陈建国
刚刚活跃
41岁  10年以上  高中  离职-随时到岗
期望职位
---
长沙  中巴司机  道路客运  6-8K
工作经历
---
长沙星城校车服务有限公司
校车司机
2019.09 - 2026.10
驾驶19座中巴校车，负责3所小学的上下学接送，6年零事故。
湘潭市惠民客运有限公司
客运司机
2012.03 - 2019.08
驾驶中型客车跑湘潭至长沙城际班线。
教育经历
---
湘潭县梅林中学
高中
2001 - 2004
资格证书
---
B1驾驶证
道路旅客运输驾驶员从业资格证
自我评价
---
""" + SELF1 + "\n"

gold1 = gold(
    url=URL1, captured_at=CAP1, channel_id=8, resume_id=GID1,
    real_name="陈建国", age=41,
    education_level="高中", work_experience=10, status=0, want_job=True,
    expected_regions=["长沙"], expected_salary=[6000, 8000], target_post="中巴司机",
    self_evaluation=SELF1, dl="B1", driving_experience=16, rtqc="旅客运输驾驶员",
    vehicle_types=["中型客车"],
    work_history=[
        work("2019-09", "2026-10", "长沙星城校车服务有限公司", "校车司机",
             "驾驶19座中巴校车，负责3所小学的上下学接送，6年零事故。", "中型客车"),
        work("2012-03", "2019-08", "湘潭市惠民客运有限公司", "客运司机",
             "驾驶中型客车跑湘潭至长沙城际班线。", "中型客车"),
    ],
    education_history=[edu("2001", "2004", "湘潭县梅林中学", None, "高中")],
)
write_case("boss", "bc3_chat_canvas_iframe_text_only_b1_minibus_chen",
           description="BOSS chat page: resume drawn on canvas in the c-resume iframe (outerHTML holds only the iframe; geek id in its src); the resume comes only as the extension's visible `text`; no apiPayloads; no contacts (exchange buttons only); B1 + 客运证, 中巴; education years only; same name/age/gender as liepin/lc4 but a different person",
           url=URL1, html=html1, captured_at=CAP1, person="blind3-11", gold_obj=gold1, text=text1)

# ---------------------------------------------------------------- bc4
GID2 = "9c4e71b2a8f05d63w3A~"
URL2 = "https://www.zhipin.com/web/chat/recommend"
CAP2 = "2026-12-11T15:12:00+08:00"
DESC2 = "驾龄10年，B2驾照，有道路货物运输从业资格证。开6.8米厢式货车跑苏沪锡快递干线，准时率高。"


def card(gid, name, age, degree, years, salary, pos, loc, desc, works, edus):
    return {"encryptGeekId": gid, "geekCard": {
        "encryptGeekId": gid, "geekName": name, "ageDesc": age, "geekDegree": degree, "geekWorkYear": years,
        "salary": salary, "expectPositionName": pos, "expectLocationName": loc, "geekDesc": {"content": desc},
        "geekEdu": {"school": edus[0]["school"], "major": edus[0]["major"]} if edus else {},
        "geekWorks": works, "geekEdus": edus, "activeTimeDesc": "刚刚活跃"}}


list_body = {"code": 0, "message": "Success", "zpData": {"hasMore": True, "geekList": [
    card("4a7d20e9c1b35f86q1Z~", "钱师傅", "44岁", "初中", "10年以上", "10-13K", "货车司机", "苏州", "A2驾照，跑长途。",
         [{"company": "苏州某运输公司", "positionName": "货车司机", "startDate": "2014.03", "endDate": "至今", "responsibility": "长途运输", "workTime": "12年"}], []),
    card(GID2, "姚立新", "38岁", "大专", "8年", "9-12K", "货车司机", "苏州", DESC2,
         [{"company": "苏州顺畅快运有限公司", "positionName": "厢式货车司机", "startDate": "2020.06", "endDate": "至今",
           "responsibility": "驾驶6.8米厢式货车，负责苏州至上海、无锡的快递干线运输。", "workTime": "6年6个月", "workEmphasisList": ["干线运输"]},
          {"company": "无锡鑫源物流有限公司", "positionName": "仓库理货员", "startDate": "2018.03", "endDate": "2020.05",
           "responsibility": "负责货物分拣与装车。", "workTime": "2年2个月", "workEmphasisList": []}],
         [{"school": "无锡太湖交通职业学院", "major": "物流管理", "degreeName": "大专", "startDate": "2015", "endDate": "2018"}]),
    card("b81f3c6d02e97a45k9P~", "唐女士", "30岁", "本科", "5年", "7-9K", "物流专员", "苏州", "细心负责。",
         [{"company": "苏州某电商", "positionName": "物流专员", "startDate": "2021.07", "endDate": "至今", "responsibility": "订单跟踪", "workTime": "5年"}],
         [{"school": "苏州某学院", "major": "物流工程", "degreeName": "本科", "startDate": "2017", "endDate": "2021"}]),
]}}

detail_body = {"code": 0, "message": "Success", "zpData": {
    "geekDetailInfo": {
        "encryptGeekId": GID2, "geekName": "姚立新", "geekGender": 1, "genderDesc": "男", "ageDesc": "38岁",
        "degreeCategory": "大专", "workYearDesc": "8年", "applyStatusDesc": "在职-考虑机会",
        "geekDesc": DESC2, "activeTimeDesc": "刚刚活跃",
    },
    "geekExpPosList": [{"positionName": "货车司机", "locationName": "苏州", "salaryDesc": "9-12K", "industryDesc": "物流/仓储"}],
    "geekWorkExpList": [
        {"company": "苏州顺畅快运有限公司", "positionName": "厢式货车司机", "startDate": "2020.06", "endDate": "",
         "responsibility": "驾驶6.8米厢式货车，负责苏州至上海、无锡的快递干线运输。", "workEmphasisList": ["干线运输"]},
        {"company": "无锡鑫源物流有限公司", "positionName": "仓库理货员", "startDate": "2018.03", "endDate": "2020.05",
         "responsibility": "负责货物分拣与装车。", "workEmphasisList": []},
    ],
    "geekProjExpList": [],
    "geekEduExpList": [{"school": "无锡太湖交通职业学院", "major": "物流管理", "degreeName": "大专", "startDate": "2015", "endDate": "2018"}],
    "geekCertificationList": [{"certName": "B2驾驶证"}, {"certName": "道路货物运输驾驶员从业资格证"}],
    "resumeModuleInfoList": [{"moduleName": "期望职位"}, {"moduleName": "工作经历"}, {"moduleName": "教育经历"}, {"moduleName": "资格证书"}],
    "geekWorkPositionExpDescList": [],
}}

html2 = f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>推荐牛人 - BOSS直聘</title></head>
<body>
<div id="wrap"><div class="recommend-wrap">
 <div class="job-selecter">货车司机（B2） · 苏州 · 9-12K</div>
 <iframe name="recommendFrame" src="https://www.zhipin.com/web/frame/recommend/?jobid=c1f8e2a9d4b7306e1nR~&amp;status=0"></iframe>
 <div class="boss-popup__wrapper resume-dialog">
  <div class="boss-popup__content">
   <div class="resume-common-wrap"><iframe src="https://www.zhipin.com/web/frame/c-resume/?encryptGeekId={GID2}&amp;securityId=Qm8s2dV0kF7_zX4cR1tB9nL3hJ5gP" name="c-resume"></iframe></div>
   <div class="dialog-footer"><span class="btn btn-greet">打招呼</span><span class="btn-getcontact" ka="resume_getcontact_{GID2}">求简历</span></div>
  </div>
 </div>
</div></div>
<script src="https://static.zhipin.com/assets/zhipin/wasm/resume/wasm_canvas-1.4.7.js"></script>
</body></html>
"""
api2 = [
    {"url": "https://www.zhipin.com/wapi/zpjob/rec/geek/list?jobId=c1f8e2a9d4b7306e1nR~&page=1&age=16,-1&gender=0&exchangeResumeWithColleague=0&_=1796973000000",
     "body": list_body},
    {"url": f"https://www.zhipin.com/wapi/zpjob/view/geek/info?encryptGeekId={GID2}&securityId=Qm8s2dV0kF7_zX4cR1tB9nL3hJ5gP&_=1796973120000",
     "body": detail_body},
]
gold2 = gold(
    url=URL2, captured_at=CAP2, channel_id=8, resume_id=GID2,
    real_name="姚立新", gender="男", age=38,
    education_level="大专", work_experience=8, status=1, want_job=True,
    expected_regions=["苏州"], expected_salary=[9000, 12000], target_post="货车司机",
    self_evaluation=DESC2, dl="B2", driving_experience=10, rtqc="货物运输驾驶员",
    vehicle_types=["厢式货车"],
    work_history=[
        work("2020-06", None, "苏州顺畅快运有限公司", "厢式货车司机",
             "驾驶6.8米厢式货车，负责苏州至上海、无锡的快递干线运输。", "厢式货车", length=9.6),
        work("2018-03", "2020-05", "无锡鑫源物流有限公司", "仓库理货员", "负责货物分拣与装车。"),
    ],
    education_history=[edu("2015", "2018", "无锡太湖交通职业学院", "物流管理", "大专")],
)
write_case("boss", "bc4_recommend_geeklist_plus_wasm_detail_b2_van_yao",
           description="BOSS recommend page: outerHTML has only iframes (recommendFrame + c-resume); apiPayloads = rec/geek/list with 3 geekCards (open one is the 2nd) + the detail payload with geekDetailInfo/geekWorkExpList/geekEduExpList/resumeModuleInfoList markers; id also in .btn-getcontact ka; B2 + 货运证 in geekDesc/certs; no contacts",
           url=URL2, html=html2, captured_at=CAP2, person="blind3-12", gold_obj=gold2, api_payloads=api2)
