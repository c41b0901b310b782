import json
from common import *

# ---------- 58 1: downloadlist, JSONP body as a string, downloaded (clear), A2 13米高栏半挂 ----------
url = "https://employer.58.com/resume/downloadlist?pageindex=1&fontKey=8f2c61d0a4b94e3e"
cap = "2026-11-23T16:20:00+08:00"
row = {"resumeid": "40285117736402", "trueName": "蒋德明", "familyName": "蒋", "sex": "0", "age": 44,
       "workYear": "15年", "targetPosition": "半挂车司机", "targetSalary": "1.2-1.6万", "expectArea": "郑州,西安",
       "letter": "A2驾照，驾龄16年，持道路货物运输从业资格证。开13米高栏半挂跑长途，可接受双驾。",
       "mobile": "16791288305", "picUrl": "https://pic1.58cdn.com.cn/m1/bigimage/n_v3fake0001.png",
       "updateDate": 1763785000000,
       "experiences": [{"startDate": "2016.04", "endDate": "至今", "company": "郑州中原汇通物流有限公司", "positionName": "半挂车司机",
                        "description": "驾驶13米高栏半挂车，郑州至西安、兰州干线运输，载重32吨。"},
                       {"startDate": "2010.06", "endDate": "2016.03", "company": "新乡市宏达运输有限公司", "positionName": "自卸车司机",
                        "description": "驾驶自卸车拉砂石料，核载10吨。"}]}
body = "jQuery18309912470036_1763885990000(" + json.dumps({"status": 0, "msg": "ok", "data": {"total": 1, "pageindex": 1, "pagesize": 20, "list": [row]}}, ensure_ascii=False) + ")"
api = [{"url": "https://employer.58.com/resume/downloadlist?pageindex=1&fontKey=8f2c61d0a4b94e3e&callback=jQuery18309912470036_1763885990000&_=1763885990001", "body": body}]
html = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>已下载简历 - 58同城招聘</title>
<style>@font-face{font-family:"customfont";src:url(data:application/font-woff;charset=utf-8;base64,""" + FAKE_WOFF + """) format("woff")}.mycustomfont{font-family:customfont}</style>
<script>var ____json4fe = {fontKey: "8f2c61d0a4b94e3e", catentry: [{dispid: "9224", name: "司机", listname: "siji"}], locallist: [{dispid: "342", name: "郑州", listname: "zz"}]};</script>
</head><body><div id="app"><div class="resume-manage"><div class="tab"><a class="cur">已下载</a><a>收到的简历</a></div>
<ul class="resume-list">
 <li class="resume-item" data-resumeid="40285117736402">
  <div class="base"><span class="trueName mycustomf">蒋德明</span><span class="sex">男</span><span class="age resumeFont2">44岁</span><span class="workyear">15年工作经验</span></div>
  <div class="expect">期望：半挂车司机&nbsp;|&nbsp;郑州、西安&nbsp;|&nbsp;1.2-1.6万</div>
  <div class="mobile">电话：<span class="resumeFont2">16791288305</span></div>
  <div class="lastexp">2016.04-至今&nbsp;郑州中原汇通物流有限公司&nbsp;半挂车司机</div>
 </li></ul></div></div></body></html>
"""
g = gold(url, cap, 3, "40285117736402",
         real_name="蒋德明", gender="男", age=44, phone="16791288305", phone_state="clear",
         work_experience=15, target_city="郑州", expected_regions=["郑州", "西安"], expected_salary=[12000, 16000],
         target_post="半挂车司机", self_evaluation="A2驾照，驾龄16年，持道路货物运输从业资格证。开13米高栏半挂跑长途，可接受双驾。",
         dl_license_class="A2", driving_experience=16, rtqc_license_class="货物运输驾驶员",
         vehicle_types=["栏板式货车", "自卸车"],
         work_history=[W("2016-04", None, "郑州中原汇通物流有限公司", "半挂车司机", "驾驶13米高栏半挂车，郑州至西安、兰州干线运输，载重32吨。", current=True, vt="栏板式货车", load=-1, length=17.5),
                       W("2010-06", "2016-03", "新乡市宏达运输有限公司", "自卸车司机", "驾驶自卸车拉砂石料，核载10吨。", vt="自卸车", load=14)])
write("58", "wc1_downloadlist_jsonp_string_clear_a2_13m", "58 downloadlist after download: apiPayload body is a JSONP *string*, clear trueName/mobile; fontKey + @font-face present but text clear; 1.2-1.6万; A2 13米高栏半挂 32吨 + 自卸", url, cap, "blind2-5", html=html, api=api, g=g)

# ---------- 58 2: detail DOM, name masked, age/phone/years obfuscated (PUA), B2 渣土 ----------
url = "https://employer.58.com/resume/detail?resumeid=51880273641097&from=recommend&psid=173061842207592184731"
cap = "2026-11-23T16:31:00+08:00"
pua_age = "&#xe4d2;&#xe1a7;"
pua_phone = "&#xe1a7;&#xe5b3;&#xe30c;&#xe4d2;&#xe2e9;&#xe5b3;&#xe1a7;&#xe30c;&#xe3f8;&#xe2e9;&#xe4d2;"
pua_years = "&#xe30c;"
def dec(s):
    return "".join(chr(int(x, 16)) for x in s.replace("&#x", " ").replace(";", "").split())
html = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>简历详情 - 58同城</title>
<style type="text/css">@font-face{font-family:"customfont";src:url(data:application/font-woff;charset=utf-8;base64,""" + FAKE_WOFF + """) format("woff")}
.resumeFont2,.mycustomf{font-family:"customfont"!important}</style>
<script type="text/javascript">var ____json4fe = {fontKey: "c71d09a3e5f24b88", resumeid: "51880273641097", pagetype: "detail"};</script>
</head><body><div class="resume-detail" id="resumeDetail">
<div class="base-info">
 <span id="name" class="trueName mycustomf">杜先生</span>
 <span class="sex">男</span><i class="line">|</i><span class="age resumeFont2">""" + pua_age + """岁</span><i class="line">|</i><span class="workyear"><em class="resumeFont2">""" + pua_years + """</em>年工作经验</span><i class="line">|</i><span class="edu">高中</span>
 <div class="contact">手机号：<span class="mobile resumeFont2">""" + pua_phone + """</span><a class="btn-phone">查看联系方式</a></div>
</div>
<div class="expect"><h3>求职意向</h3>
 <p>期望职位：<span id="expectCate">渣土车司机</span></p>
 <p>期望地区：<span id="expectLocation">东莞、深圳</span></p>
 <p>期望薪资：<span id="expectSalary">9000-12000元/月</span></p>
</div>
<div class="work experience"><h3>工作经历</h3>
 <div class="experience-detail"><p class="itemName">东莞市恒基土石方工程有限公司</p><p class="itemPos">渣土车司机</p><p class="itemTime">2020年3月-至今</p>
  <p class="itemDesc">驾驶后八轮渣土车，核载15吨，负责长安、虎门工地土方外运。</p></div>
 <div class="experience-detail"><p class="itemName">深圳市宝安区福永顺通运输车队</p><p class="itemPos">货车司机</p><p class="itemTime">2016年7月-2020年2月</p>
  <p class="itemDesc">驾驶4.2米厢式货车，负责工厂到仓库的短驳。</p></div>
</div>
<div class="education experience"><h3>教育经历</h3>
 <div class="edu-detail"><p class="college-name">衡阳市第五中学</p><p class="edu-level">高中</p><p class="edu-time">2010年9月-2013年6月</p></div>
</div>
<div class="letter"><h3>自我介绍</h3><p>持B2驾驶证，驾龄九年，开过渣土车、泥头车，熟悉东莞、深圳工地线路，能上夜班。</p></div>
</div></body></html>
"""
g = gold(url, cap, 3, "51880273641097",
         name_masked="杜先生", gender="男", phone_state="obfuscated", phone_masked=dec(pua_phone),
         education_level="高中", target_city="东莞", expected_regions=["东莞", "深圳"], expected_salary=[9000, 12000],
         target_post="渣土车司机", self_evaluation="持B2驾驶证，驾龄九年，开过渣土车、泥头车，熟悉东莞、深圳工地线路，能上夜班。",
         dl_license_class="B2", driving_experience=9, vehicle_types=["自卸车", "厢式货车"],
         work_history=[W("2020-03", None, "东莞市恒基土石方工程有限公司", "渣土车司机", "驾驶后八轮渣土车，核载15吨，负责长安、虎门工地土方外运。", current=True, vt="自卸车", load=-1),
                       W("2016-07", "2020-02", "深圳市宝安区福永顺通运输车队", "货车司机", "驾驶4.2米厢式货车，负责工厂到仓库的短驳。", vt="厢式货车", length=6)],
         education_history=[E("2010-09", "2013-06", "衡阳市第五中学", None, "高中")])
write("58", "wc2_detail_font_obfuscated_age_phone_b2_muck", "58 resume detail DOM: masked 杜先生, age/phone/work-years drawn with PUA glyphs of a per-page font (age and years must stay null), 年月 dates, 驾龄九年 in Chinese numerals; B2 渣土", url, cap, "blind2-6", html=html, g=g)

# ---------- ganji 1: detail unlocked, B1 校车/中巴 ----------
url = "https://hr.ganji.com/resume/detail/6627301958844130?from=deliver&source=zpsiji"
cap = "2026-11-23T17:02:00+08:00"
html = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>龚海波的简历 - 赶集网招聘</title></head><body>
<div class="resume-wrap"><div class="resume-head">
 <h1 class="resume-name">龚海波</h1><span class="resume-id">简历编号：6627301958844130</span><span class="update">更新于　2026-11-19</span>
 <div class="contact"><span class="phone">电话：167-2019-4471</span>　<span class="mail">邮箱：gonghaibo@sina.cn</span></div>
</div>
<dl class="resume-info">
 <dt>性　　别：</dt><dd>男</dd><dt>年　　龄：</dt><dd>39岁</dd>
 <dt>学　　历：</dt><dd>高中</dd><dt>工作年限：</dt><dd>14年</dd>
 <dt>现 居 住：</dt><dd>贵阳-南明区</dd><dt>户　　籍：</dt><dd>贵州-遵义</dd>
 <dt>婚姻状况：</dt><dd>已婚</dd><dt>驾　　龄：</dt><dd>12年</dd>
</dl>
<div class="resume-block"><h2>求职意向</h2><dl class="resume-info">
 <dt>期望职位：</dt><dd>校车司机</dd><dt>期望地点：</dt><dd>贵阳</dd>
 <dt>期望薪资：</dt><dd>7千-9千</dd><dt>求职状态：</dt><dd>离职，随时到岗</dd></dl></div>
<div class="resume-block"><h2>工作经历</h2>
 <div class="exp-item"><p class="exp-time">2019年4月　－　2026年8月</p><p class="exp-company">贵阳市乐途校车服务有限公司</p><p class="exp-post">校车司机</p>
  <p class="exp-desc">驾驶19座校车接送学生，连续五年零事故。</p></div>
 <div class="exp-item"><p class="exp-time">2012年9月　－　2019年3月</p><p class="exp-company">贵州黔通客运有限公司</p><p class="exp-post">中巴司机</p>
  <p class="exp-desc">驾驶中巴跑贵阳至遵义县际班线。</p></div>
</div>
<div class="resume-block"><h2>教育经历</h2>
 <div class="edu-item"><p class="edu-time">2009　－　2012</p><p class="edu-school">遵义市第一中学</p><p class="edu-level">高中</p></div></div>
<div class="resume-block"><h2>自我评价</h2><p class="self">B1驾驶证，驾龄12年，持客运资格证，开过校车和中巴，安全意识强。</p></div>
</div></body></html>
"""
g = gold(url, cap, 4, "6627301958844130",
         real_name="龚海波", gender="男", age=39, married=1, living_place="贵阳-南明区", birth_place="贵州-遵义",
         phone="16720194471", phone_state="clear", email="gonghaibo@sina.cn", email_state="clear",
         education_level="高中", work_experience=14, status=0, want_job=True, target_city="贵阳", expected_regions=["贵阳"],
         expected_salary=[7000, 9000], target_post="校车司机",
         self_evaluation="B1驾驶证，驾龄12年，持客运资格证，开过校车和中巴，安全意识强。",
         dl_license_class="B1", driving_experience=12, rtqc_license_class="旅客运输驾驶员", vehicle_types=["中型客车"],
         work_history=[W("2019-04", "2026-08", "贵阳市乐途校车服务有限公司", "校车司机", "驾驶19座校车接送学生，连续五年零事故。", vt="中型客车"),
                       W("2012-09", "2019-03", "贵州黔通客运有限公司", "中巴司机", "驾驶中巴跑贵阳至遵义县际班线。", vt="中型客车")],
         education_history=[E("2009", "2012", "遵义市第一中学", None, "高中")])
write("ganji", "gc1_detail_unlocked_b1_schoolbus", "ganji resume detail unlocked: dashed phone, sina mail, 驾龄 kv row, 7千-9千, full-width-spaced 年月 ranges, year-only education; B1 校车/中巴 + 客运资格证", url, cap, "blind2-7", html=html, g=g)

# ---------- ganji 2: detail locked, 女 C1 出租 ----------
url = "https://hr.ganji.com/resume/detail/6630127749210583?from=search&pagetype=search"
cap = "2026-11-23T17:10:00+08:00"
html = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>韩女士的简历 - 赶集网招聘</title></head><body>
<div class="resume-wrap"><div class="resume-head">
 <h1 class="resume-name">韩女士</h1><span class="resume-id">简历编号：6630127749210583</span>
 <div class="contact"><span class="phone">电话：167****3326</span><a class="btn-download">下载简历查看联系方式</a></div>
</div>
<dl class="resume-info">
 <dt>性　　别：</dt><dd>女</dd><dt>年　　龄：</dt><dd>34岁</dd>
 <dt>学　　历：</dt><dd>中专</dd><dt>工作年限：</dt><dd>8年</dd>
 <dt>现 居 住：</dt><dd>长沙-雨花区</dd>
</dl>
<div class="resume-block"><h2>求职意向</h2><dl class="resume-info">
 <dt>期望职位：</dt><dd>出租车司机</dd><dt>期望地点：</dt><dd>长沙</dd>
 <dt>期望薪资：</dt><dd>面议</dd><dt>求职状态：</dt><dd>在职，急寻新工作</dd></dl></div>
<div class="resume-block"><h2>工作经历</h2>
 <div class="exp-item"><p class="exp-time">2021.10—至今</p><p class="exp-company">长沙市湘运出租汽车有限公司</p><p class="exp-post">出租车司机</p>
  <p class="exp-desc">驾驶出租车跑白班，熟悉长沙城区道路。</p></div>
 <div class="exp-item"><p class="exp-time">2018.03—2021.09</p><p class="exp-company">长沙星城速递有限公司</p><p class="exp-post">快递员</p>
  <p class="exp-desc">负责雨花区片区快递收派。</p></div>
</div>
<div class="resume-block"><h2>教育经历</h2>
 <div class="edu-item"><p class="edu-time">2015.09—2018.06</p><p class="edu-school">长沙市电子工业学校</p><p class="edu-level">中专</p><p class="edu-major">计算机应用</p></div></div>
<div class="resume-block"><h2>自我评价</h2><p class="self">C1驾照，驾龄8年，持出租汽车驾驶员从业资格证，开车稳，服务态度好。</p></div>
</div></body></html>
"""
g = gold(url, cap, 4, "6630127749210583",
         name_masked="韩女士", gender="女", age=34, living_place="长沙-雨花区", phone_state="masked", phone_masked="167****3326",
         education_level="中专/中技", work_experience=8, status=1, want_job=True, target_city="长沙", expected_regions=["长沙"],
         target_post="出租车司机", self_evaluation="C1驾照，驾龄8年，持出租汽车驾驶员从业资格证，开车稳，服务态度好。",
         dl_license_class="C1", driving_experience=8, rtqc_license_class="出租汽车驾驶员", vehicle_types=["小型轿车"],
         work_history=[W("2021-10", None, "长沙市湘运出租汽车有限公司", "出租车司机", "驾驶出租车跑白班，熟悉长沙城区道路。", current=True, vt="小型轿车"),
                       W("2018-03", "2021-09", "长沙星城速递有限公司", "快递员", "负责雨花区片区快递收派。")],
         education_history=[E("2015-09", "2018-06", "长沙市电子工业学校", "计算机应用", "中专/中技")])
write("ganji", "gc2_detail_locked_female_c1_taxi", "ganji resume detail locked: 韩女士, 167****3326, 面议, em-dash ranges; C1 + 出租汽车驾驶员从业资格证", url, cap, "blind2-8", html=html, g=g)
