"""58: fc3 (resumedownload view, web-font obfuscated mobile/name in DOM + JSONP downloadlist with
3 rows, A2 flatbed driver), fc4 (older jianli detail DOM, masked phone, 网约车 driver, 面议)."""
import base64
import json
from common import gold, work, edu, write_case

# per-page font: digit -> private-use code point (the page's woff maps them back)
PUA = {"0": "\ue0a3", "1": "\ue1b4", "2": "\ue2c5", "3": "\ue3d6", "4": "\ue4e7",
       "5": "\ue5f8", "6": "\ue609", "7": "\ue71a", "8": "\ue82b", "9": "\ue93c"}
NAME_PUA = ["\ue2b7", "\ue0c4"]  # two given-name glyphs


def pua(s):
    return "".join(PUA.get(c, c) for c in s)


def ent(s):
    """the same text as &#x...; entities (as 58's JSON carries it)"""
    return "".join(f"&#x{ord(c):x};" if 0xE000 <= ord(c) <= 0xF8FF else c for c in s)


FAKE_WOFF = base64.b64encode(b"wOFF\x00\x01\x00\x00" + bytes(range(64)) * 3).decode()

# ---------------------------------------------------------------- fc3
RID = "3187642095871263744"
FONTKEY = "7b1c9e2f04d3a6b8"
URL1 = f"https://employer.58.com/resumedownload?resumeid={RID}&fontKey={FONTKEY}&PGTID=0d302408-0000-1e3b-9a41-5c6f0d2e8b17"
CAP1 = "2026-12-07T16:48:00+08:00"
MOBILE = "16628470593"
NAME_SHOWN = "马" + "".join(NAME_PUA)
LETTER = "A2驾照，驾龄12年，有货运资格证，常年跑13米平板半挂运输钢材，熟悉京港澳高速。"

rows = [
    {"resumeid": "3187642095871260118", "trueName": ent("刘" + "\ue3a9\ue5c2"), "familyName": "刘", "sex": "0", "age": 45,
     "workYear": "10年以上", "targetPosition": "货车司机", "targetSalary": "面议", "expectArea": "开封",
     "letter": "B2驾照，能吃苦。", "mobile": ent(pua("16600113344")), "picUrl": "", "updateDate": 1796540000000,
     "experiences": [{"startDate": "2015.03", "endDate": "至今", "company": "开封某运输队", "positionName": "货车司机", "description": "短途配送"}]},
    {"resumeid": RID, "trueName": ent(NAME_SHOWN), "familyName": "马", "sex": "0", "age": 39,
     "workYear": "10年以上", "targetPosition": "平板车司机", "targetSalary": "8000-12000元", "expectArea": "郑州",
     "letter": LETTER, "mobile": ent(pua(MOBILE)), "picUrl": "https://pic1.58cdn.com.cn/m1/bigimage/n_v2default.png",
     "updateDate": 1796626800000,
     "experiences": [
         {"startDate": "2018.04", "endDate": "至今", "company": "郑州中原钢运物流有限公司", "positionName": "平板车司机",
          "description": "驾驶13米平板半挂车运输钢卷，单车载重32吨。"},
         {"startDate": "2013.05", "endDate": "2018.03", "company": "新乡市宏运汽车运输队", "positionName": "货车司机",
          "description": "驾驶6.8米栏板货车短途配送。"},
     ]},
    {"resumeid": "3187642095871259907", "trueName": ent("杨" + "\ue4d0"), "familyName": "杨", "sex": "1", "age": 33,
     "workYear": "5年", "targetPosition": "仓库文员", "targetSalary": "4000-5000元", "expectArea": "郑州",
     "letter": "细心。", "mobile": ent(pua("16699887766")), "picUrl": "", "updateDate": 1796450000000,
     "experiences": []},
]
jsonp = "jQuery112408476193_1796626900123(" + json.dumps({"status": 0, "msg": "ok", "data": {"pageindex": 1, "total": 3, "fontKey": FONTKEY, "resumeList": rows}}, ensure_ascii=False) + ")"

html1 = f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>已下载的简历 - 58同城招聘</title>
<style>@font-face{{font-family:"customfont";src:url(data:application/font-woff;charset=utf-8;base64,{FAKE_WOFF}) format("woff");}}
.mycustomfont,.resumeFont2,.mycustomf{{font-family:"customfont"!important}}</style>
<script>var ____json4fe = {{fontKey: "{FONTKEY}", resumeid: "{RID}", pageType: "resumedownload"}};</script>
</head>
<body>
<div class="download-page">
 <div class="list-side">
  <div class="resume-row" data-resumeid="3187642095871260118"><span class="trueName mycustomf">刘\ue3a9\ue5c2</span><span>45岁 男</span></div>
  <div class="resume-row cur" data-resumeid="{RID}"><span class="trueName mycustomf">{NAME_SHOWN}</span><span>39岁 男</span></div>
  <div class="resume-row" data-resumeid="3187642095871259907"><span class="trueName mycustomf">杨\ue4d0</span><span>33岁 女</span></div>
 </div>
 <div class="resume-detail" id="resumeDetail" data-resumeid="{RID}">
  <div class="base-info">
   <span id="name" class="trueName mycustomf">{NAME_SHOWN}</span>
   <span class="sex">男</span> · <span class="age"><em class="resumeFont2">{pua('39')}</em>岁</span> · <span class="edu">初中</span> · <span class="workyear">10年以上工作经验</span>
  </div>
  <div class="live">现居：郑州-金水区</div>
  <div class="contact"><span class="label">联系电话：</span><span class="mobile mycustomfont">{pua(MOBILE)}</span><span class="dl-tag">已下载</span></div>
  <div class="intention">
   <p>期望职位：<span class="targetPosition">平板车司机</span></p>
   <p>期望薪资：<span class="targetSalary">8000-12000元</span></p>
   <p>期望地区：<span id="expectLocation">郑州</span></p>
  </div>
  <div class="letter"><h4>自我介绍</h4><p>{LETTER}</p></div>
  <div class="work experience"><h4>工作经历</h4>
   <div class="experience-detail"><p class="itemName">郑州中原钢运物流有限公司</p><p class="pos">平板车司机</p><p class="time">2018.04-至今</p><p class="desc">驾驶13米平板半挂车运输钢卷，单车载重32吨。</p></div>
   <div class="experience-detail"><p class="itemName">新乡市宏运汽车运输队</p><p class="pos">货车司机</p><p class="time">2013.05-2018.03</p><p class="desc">驾驶6.8米栏板货车短途配送。</p></div>
  </div>
 </div>
</div>
</body></html>
"""

api1 = [{"url": f"https://employer.58.com/resume/downloadlist?pageindex=1&pagesize=20&fontKey={FONTKEY}&callback=jQuery112408476193_1796626900123&_=1796626900124",
         "body": jsonp}]

gold1 = gold(
    url=URL1, captured_at=CAP1, channel_id=3, resume_id=RID,
    name_masked=NAME_SHOWN, gender="男", age=39, living_place="郑州-金水区",
    phone_state="obfuscated", phone_masked=pua(MOBILE),
    education_level="初中及以下", work_experience=10,
    expected_regions=["郑州"], expected_salary=[8000, 12000], target_post="平板车司机",
    self_evaluation=LETTER, dl="A2", driving_experience=12, rtqc="货物运输驾驶员",
    vehicle_types=["平板式货车", "栏板式货车"],
    work_history=[
        work("2018-04", None, "郑州中原钢运物流有限公司", "平板车司机",
             "驾驶13米平板半挂车运输钢卷，单车载重32吨。", "平板式货车", load=-1, length=17.5),
        work("2013-05", "2018-03", "新乡市宏运汽车运输队", "货车司机",
             "驾驶6.8米栏板货车短途配送。", "栏板式货车", length=9.6),
    ],
)
write_case("58", "fc3_resumedownload_font_obfuscated_jsonp_list_a2_flatbed",
           description="58 resumedownload view: base64 WOFF @font-face + ____json4fe fontKey; name given-name glyphs and mobile are private-use code points (raw in DOM, &#x..; entities in JSONP); JSONP downloadlist with 3 rows, the URL's resumeid picks row 2; JSON age is a clear int; 初中; A2 flatbed 13米 32吨",
           url=URL1, html=html1, captured_at=CAP1, person="blind3-5", gold_obj=gold1, api_payloads=api1)

# ---------------------------------------------------------------- fc4
RID2 = "2461893075"
URL2 = f"https://jianli.58.com/resumedetail/single/{RID2}?from=search&city=cd&PGTID=0d3021ab-0006-6f1c-22e7-9b4c81a03f52"
CAP2 = "2026-12-08T11:02:00+08:00"
SELF2 = "持C1驾照，驾龄9年，已取得网络预约出租汽车驾驶员证，服务评分4.98，无违章记录。"
html2 = f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>罗女士 - 网约车司机 - 成都58同城</title></head>
<body>
<div class="resume-wrap" id="resumeWrap">
 <div class="resume-top">
  <div class="resume-id">简历编号：{RID2}&nbsp;&nbsp;<span class="update">更新于：2026-12-06</span></div>
  <div class="base">
   <h1 id="name">罗女士</h1>
   <p class="base-detail"><span>女</span><em>|</em><span>34岁</span><em>|</em><span>大专</span><em>|</em><span>11年工作经验</span><em>|</em><span>已婚</span></p>
   <p class="base-live">现居住地：成都-武侯区</p>
   <p class="base-status">求职状态：在职，考虑换工作</p>
  </div>
  <div class="contact-box"><span class="tel">联系电话：166****3307</span><a class="btn-download" href="javascript:void(0)">下载简历查看联系方式</a></div>
 </div>
 <div class="expect">
  <h3>求职意向</h3>
  <ul>
   <li>期望职位：<span class="pos">网约车司机</span></li>
   <li>期望地点：<span id="expectLocation">成都</span></li>
   <li>期望薪资：<span class="salary">面议</span></li>
  </ul>
 </div>
 <div class="work experience">
  <h3>工作经历</h3>
  <div class="experience-detail">
   <p class="itemName">成都优驰出行科技有限公司</p>
   <p class="item-pos">网约车司机&nbsp;&nbsp;<span class="item-time">2020年7月 - 至今</span></p>
   <p class="item-desc">平台快车、专车运营，车型为新能源轿车，累计服务4万单。</p>
  </div>
  <div class="experience-detail">
   <p class="itemName">成都蓉驰出租汽车有限公司</p>
   <p class="item-pos">出租车司机&nbsp;&nbsp;<span class="item-time">2015年3月 - 2020年6月</span></p>
   <p class="item-desc">城区出租车营运，熟悉成都主城区道路。</p>
  </div>
 </div>
 <div class="education experience">
  <h3>教育经历</h3>
  <div class="edu-detail"><span class="college-name">成都锦程职业技术学院</span><span class="edu-major">汽车运用技术</span><span class="edu-degree">大专</span><span class="edu-time">2009年9月 - 2012年6月</span></div>
 </div>
 <div class="self-intro"><h3>自我介绍</h3><p>{SELF2}</p></div>
 <div class="recommend-other"><h3>看过该简历的人还看了</h3>
  <ul><li>王先生 · 38岁 · 出租车司机 · 166****5512</li><li>李女士 · 29岁 · 网约车司机 · 166****0987</li></ul></div>
</div>
</body></html>
"""
gold2 = gold(
    url=URL2, captured_at=CAP2, channel_id=3, resume_id=RID2,
    name_masked="罗女士", gender="女", age=34, married=1, living_place="成都-武侯区",
    phone_state="masked", phone_masked="166****3307",
    education_level="大专", work_experience=11, status=1, want_job=True,
    expected_regions=["成都"], expected_salary=[], target_post="网约车司机",
    self_evaluation=SELF2, dl="C1", driving_experience=9, rtqc="网约车驾驶员",
    vehicle_types=["小型轿车"],
    work_history=[
        work("2020-07", None, "成都优驰出行科技有限公司", "网约车司机",
             "平台快车、专车运营，车型为新能源轿车，累计服务4万单。", "小型轿车"),
        work("2015-03", "2020-06", "成都蓉驰出租汽车有限公司", "出租车司机",
             "城区出租车营运，熟悉成都主城区道路。", "小型轿车"),
    ],
    education_history=[edu("2009-09", "2012-06", "成都锦程职业技术学院", "汽车运用技术", "大专")],
)
write_case("58", "fc4_jianli_detail_masked_female_wangyueche_c1_luo",
           description="58 older jianli detail DOM (#name, #expectLocation, .work.experience .experience-detail .itemName, .education.experience .edu-detail .college-name); locked: 罗女士 + 166****3307; 面议; dates '2020年7月 - 至今'; C1 + 网约车证; 'also viewed' block with other people's masked phones",
           url=URL2, html=html2, captured_at=CAP2, person="blind3-6", gold_obj=gold2)
