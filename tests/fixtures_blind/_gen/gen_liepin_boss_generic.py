from common import write, resume, work, edu
import json

# ---------------------------------------------------------------- liepin 1: h.liepin headhunter detail, unlocked
rid = "8b1f3e2a9c7d4b60a2e5f1c3d7098a4e"
url = "https://h.liepin.com/resume/showresumedetail/?id=" + rid + "&position=0&source=search"
cap = "2026-11-19T10:10:00+08:00"
html = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>简历详情-猎聘猎头</title>
<script src="//concat.lietou-static.com/fe-h-pc/security.min.js"></script></head><body>
<div class="header-nav">猎聘 · 猎头工作台 <a>职位</a> <a>人才库</a></div>
<div class="resume-detail">
 <div class="title-info"><div class="clearfix"><div class="float-left"><small>简历编号：</small><small>""" + rid + """</small><small>更新时间：2026-11-17</small></div></div></div>
 <ul class="individual-info">
  <li><span class="individual-info-cont">彭卫东 · 男 · 41岁 · 已婚</span></li>
  <li><span class="individual-info-cont">上海-闵行区 · 在职，看看新机会 · 19年工作经验</span></li>
  <li><span class="individual-info-cont">本科 · 统招</span></li>
  <li><span class="individual-info-cont">手机：<em>166 5550 2314</em>　邮箱：<em>pengweidong@163.com</em></span></li>
 </ul>
 <div class="resume-job-intention"><h3>求职意向</h3>
  <p>期望职位：车队经理　期望城市：上海、杭州　期望年薪：24万</p></div>
 <div class="resume-self"><h3>自我评价</h3><p>A1驾照，驾龄18年，持道路旅客运输从业资格证，熟悉客运车队安全管理。</p></div>
 <div class="resume-work" id="workexp_anchor"><h3>工作经历</h3>
  <div class="work-experience"><p class="work-cont-company-name">上海申程旅游客运有限公司</p><p class="work-time">2018.07 - 至今</p>
   <p class="work-title">车队经理</p><p class="work-desc">管理40辆大型客车的调度、安全培训与年审。</p></div>
  <div class="work-experience"><p class="work-cont-company-name">上海浦西巴士有限公司</p><p class="work-time">2011.03 - 2018.06</p>
   <p class="work-title">公交车司机</p><p class="work-desc">驾驶大型客车，负责闵行区公交线路。</p></div>
  <div class="work-experience"><p class="work-cont-company-name">上海飞虹出租汽车有限公司</p><p class="work-time">2007.07 - 2011.02</p>
   <p class="work-title">出租车司机</p><p class="work-desc">驾驶出租车，市区营运。</p></div>
 </div>
 <div class="resume-edu"><h3>教育经历</h3>
  <div class="edu-experience"><p class="edu-school">长安大学</p><p>交通运输 · 本科 · 2003.09 - 2007.07</p></div></div>
</div></body></html>
"""
gold = resume(10, rid, url, cap, lic="A1",
    real_name="彭卫东", gender="男", age=41, married=1, living_place="上海-闵行区",
    phone="16655502314", phone_state="clear", email="pengweidong@163.com", email_state="clear",
    education=4, education_level="本科", work_experience=19, status=1, want_job=True,
    target_city="上海", expected_regions=["上海", "杭州"], expected_salary=[20000], target_post="车队经理",
    self_evaluation="A1驾照，驾龄18年，持道路旅客运输从业资格证，熟悉客运车队安全管理。",
    driving_experience=18, rtqc_license_class="旅客运输驾驶员", vehicle_types=["大型客车", "小型轿车"],
    work_history=[
        work("2018-07", None, "上海申程旅游客运有限公司", "车队经理", "管理40辆大型客车的调度、安全培训与年审。", current=True, vtype="大型客车"),
        work("2011-03", "2018-06", "上海浦西巴士有限公司", "公交车司机", "驾驶大型客车，负责闵行区公交线路。", vtype="大型客车"),
        work("2007-07", "2011-02", "上海飞虹出租汽车有限公司", "出租车司机", "驾驶出租车，市区营运。", vtype="小型轿车"),
    ],
    education_history=[edu("2003-09", "2007-07", "长安大学", "交通运输", "本科")])
write("liepin", "lb1_h_detail_unlocked_a1_fleet", "liepin h.liepin headhunter detail unlocked: · separated individual-info, 年薪24万, A1 bus fleet manager with a taxi past",
      url, cap, "blind-8", html=html, gold=gold)

# ---------------------------------------------------------------- liepin 2: lpt modal locked, hashed classes
rid = "e41c07b9a53d42f8b6a0d2c9f17e5b83"
url = "https://lpt.liepin.com/recommend"
cap = "2026-11-22T08:55:00+08:00"
html = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>推荐人才 - 猎聘企业版</title></head><body>
<div id="root"><div class="recommendResumes--k3j9d">
 <div data-tlg-elem-id="b_pc_home_hp_res_listcard" class="resumeCard--p0x1z">宋先生 · 36岁 · 大专 · 南京</div>
 <div data-tlg-elem-id="b_pc_home_hp_res_listcard" class="resumeCard--p0x1z">何女士 · 28岁 · 本科 · 苏州</div>
</div>
<div class="ant-lpt-modal"><div class="ant-lpt-modal-content"><div class="newResumeLeft--b7c2q">
 <div class="resumeHeader--h2k8w">
  <span class="resumeName--n4t6y">宋先生</span>
  <span class="resumeBase--q8r1e">男 · 36岁 · 南京-六合区 · 12年工作经验 · 大专</span>
  <span class="resumeStatus--s5u3i">在职，暂不考虑</span>
  <div class="resumeContact--c9v2m"><span>手机：166****4410</span><span>邮箱：s****@126.com</span><button>获取联系方式</button></div>
  <a class="resumeLink--l1m0n" href="https://lpt.liepin.com/resume/showresumedetail/?id=""" + rid + """&index=0" target="_blank">在新窗口查看</a>
 </div>
 <section class="resumeSection--x7y8z"><h4>求职意向</h4>
  <div class="intention--a5b6c"><span>危化品运输调度主管</span><span>南京</span><span>15-20k·13薪</span></div></section>
 <section class="resumeSection--x7y8z"><h4>工作经历</h4>
  <div class="workItem--w1e2r"><div class="workCompany--c3d4f">南京扬子石化物流有限公司</div><div class="workTime--t5g6h">2019.03-至今</div>
   <div class="workTitle--j7k8l">罐车车队长</div><div class="workDesc--m9n0o">带领15辆危化品罐车，负责调度与安全检查，本人兼顾驾驶。</div></div>
  <div class="workItem--w1e2r"><div class="workCompany--c3d4f">南京长江危险品运输有限公司</div><div class="workTime--t5g6h">2014.06-2019.02</div>
   <div class="workTitle--j7k8l">罐车司机</div><div class="workDesc--m9n0o">驾驶危化品罐车，华东区域配送。</div></div>
 </section>
 <section class="resumeSection--x7y8z"><h4>教育经历</h4>
  <div class="eduItem--e1f2g"><span>南京交通职业技术学院</span><span>汽车运用技术</span><span>大专</span><span>2011.09-2014.06</span></div></section>
 <section class="resumeSection--x7y8z"><h4>自我评价</h4>
  <p>A2驾照，驾龄12年，持危险货物道路运输从业资格证（危货证）。</p></section>
</div></div></div></div>
<script src="//concat.lietou-static.com/fe-lpt-pc/v5/js/recommend.8d2e.js"></script>
</body></html>
"""
gold = resume(10, rid, url, cap, lic="A2",
    name_masked="宋先生", gender="男", age=36, living_place="南京-六合区",
    phone_state="masked", phone_masked="166****4410", email_state="masked", email_masked="s****@126.com",
    education=3, education_level="大专", work_experience=12, status=1, want_job=False,
    target_city="南京", expected_regions=["南京"], expected_salary=[15000, 20000], target_post="危化品运输调度主管",
    self_evaluation="A2驾照，驾龄12年，持危险货物道路运输从业资格证（危货证）。",
    driving_experience=12, rtqc_license_class="危险货物运输驾驶员", vehicle_types=["罐式车"],
    work_history=[
        work("2019-03", None, "南京扬子石化物流有限公司", "罐车车队长", "带领15辆危化品罐车，负责调度与安全检查，本人兼顾驾驶。", current=True, vtype="罐式车"),
        work("2014-06", "2019-02", "南京长江危险品运输有限公司", "罐车司机", "驾驶危化品罐车，华东区域配送。", vtype="罐式车"),
    ],
    education_history=[edu("2011-09", "2014-06", "南京交通职业技术学院", "汽车运用技术", "大专")])
write("liepin", "lb2_lpt_modal_locked_a2_tanker", "liepin lpt recommend modal locked (hashed newResumeLeft--/… classes, **** masks), id only in the detail link; 15-20k·13薪; A2 危货 tanker",
      url, cap, "blind-9", html=html, gold=gold)

# ---------------------------------------------------------------- boss 1: canvas + inline text
gid = "c0f2a71e9b3d5c8e1HV82s~"
url = "https://www.zhipin.com/web/frame/c-resume/?encryptGeekId=" + gid + "&source=chat"
cap = "2026-11-21T20:15:00+08:00"
html = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>在线简历</title>
<script src="https://static.zhipin.com/assets/zhipin/wasm/resume/wasm_canvas-1.2.7.js"></script></head>
<body><div id="resume"><canvas id="resume-canvas" width="860" height="2400"></canvas></div>
<script>window.__INIT__={encryptGeekId:\"""" + gid + """\"};</script></body></html>
"""
text = """邓国华
3日内活跃
47岁  20年  初中  离职-随时到岗
期望职位
---
武汉  自卸车司机  建筑/建材  8-11K
工作经历
---
武汉江城土方工程有限公司
自卸车司机
2019.04 - 至今
驾驶自卸车（渣土车）在武汉市内工地运土，载重20吨，夜班为主。
武汉新港砂石运输队
货车司机
2006.03 - 2019.03
驾驶平板车运输砂石建材。
教育经历
---
孝感市第四中学
初中
1993 - 1996
资格证书
---
B2驾驶证  道路货物运输从业资格证
自我评价
---
B2驾照，驾龄21年，有货运资格证，服从安排。"""
gold = resume(8, gid, url, cap, lic="B2",
    real_name="邓国华", age=47, education=2, education_level="初中及以下", work_experience=20,
    status=0, want_job=True, target_city="武汉", expected_regions=["武汉"], expected_salary=[8000, 11000],
    target_post="自卸车司机", self_evaluation="B2驾照，驾龄21年，有货运资格证，服从安排。",
    driving_experience=21, rtqc_license_class="货物运输驾驶员", vehicle_types=["自卸车", "平板式货车"],
    work_history=[
        work("2019-04", None, "武汉江城土方工程有限公司", "自卸车司机", "驾驶自卸车（渣土车）在武汉市内工地运土，载重20吨，夜班为主。", current=True, vtype="自卸车", load=-1),
        work("2006-03", "2019-03", "武汉新港砂石运输队", "货车司机", "驾驶平板车运输砂石建材。", vtype="平板式货车"),
    ],
    education_history=[edu("1993", "1996", "孝感市第四中学", None, "初中及以下")])
write("boss", "bb1_canvas_inline_text_b2_dump", "BOSS c-resume frame: canvas only + inline visible text (sections with ---); B2 自卸 20吨",
      url, cap, "blind-10", html=html, text=text, gold=gold)

# ---------------------------------------------------------------- boss 2: chat/recommend with geekCard list, id in iframe src
gid = "5d8a2c7f41e09b3a1nXq7w-2Kd~~"
url = "https://www.zhipin.com/web/chat/recommend"
cap = "2026-11-22T19:40:00+08:00"
def card(eid, name, gender, age, deg, wy, sal, pos, loc, desc, works, edus):
    return {"encryptGeekId": eid, "isFriend": 0, "blur": 0,
            "geekCard": {"securityId": "kX9" + eid[:10] + "-fakeSecurity~~", "geekId": 80000000 + len(name),
                         "geekName": name, "geekGender": gender, "ageDesc": age, "geekDegree": deg,
                         "geekWorkYear": wy, "salary": sal, "expectPositionName": pos,
                         "expectLocationName": loc, "geekDesc": {"content": desc, "indexList": []},
                         "geekEdu": {"school": edus[0]["school"], "major": edus[0]["major"], "degreeName": edus[0]["degreeName"]},
                         "geekWorks": works, "geekEdus": edus, "activeTimeDesc": "刚刚活跃"}}
body = {"code": 0, "message": "Success", "zpData": {"hasMore": False, "page": 1, "geekList": [
    card("0a1b2c3d4e5f60718Zr3~~", "罗**", 0, "24岁", "本科", "1年", "5-7K", "物流专员", "广州", "执行力强。",
         [{"company": "广州某供应链", "positionName": "物流专员", "startDate": "2025.07", "endDate": "至今", "responsibility": "跟单。", "workEmphasisList": []}],
         [{"school": "广东工业大学", "major": "物流工程", "degreeName": "本科", "startDate": "2021", "endDate": "2025"}]),
    card(gid, "曹**", 1, "29岁", "中专", "7年", "9-14K", "冷链司机", "广州",
         "C1驾照，驾龄7年，开4.2米冷藏车跑广州市内配送。",
         [{"company": "广州鲜丰冷链物流有限公司", "positionName": "冷藏车司机", "startDate": "2021.07", "endDate": "至今",
           "responsibility": "驾驶4.2米冷藏车，负责广州市内商超配送。", "workEmphasisList": ["冷链"]},
          {"company": "广州市白云区捷顺快运站", "positionName": "厢式货车司机", "startDate": "2019.08", "endDate": "2021.06",
           "responsibility": "驾驶厢式货车派送快运件。", "workEmphasisList": []}],
         [{"school": "广州市交通运输职业学校", "major": "汽车驾驶", "degreeName": "中专", "startDate": "2013", "endDate": "2016"}]),
]}}
html = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>推荐牛人 - BOSS直聘</title></head><body>
<div id="header"><a class="logo">BOSS直聘</a><a>职位管理</a><a class="cur">推荐牛人</a><a>沟通</a></div>
<iframe name="recommendFrame" src="/web/frame/recommend/?jobid=9a8b7c6d5e4f&status=0"></iframe>
<div class="dialog-wrap resume-dialog"><div class="dialog-container">
 <iframe src="https://www.zhipin.com/web/frame/c-resume/?encryptGeekId=""" + gid + """&securityId=kX95d8a2c7f4-fakeSecurity~~&source=recommend" frameborder="0"></iframe>
 <div class="dialog-footer"><button class="btn-greet">打招呼</button></div>
</div></div>
</body></html>
"""
gold = resume(8, gid, url, cap, lic="C1",
    name_masked="曹**", gender="男", age=29, education=2, education_level="中专/中技", work_experience=7,
    target_city="广州", expected_regions=["广州"], expected_salary=[9000, 14000], target_post="冷链司机",
    self_evaluation="C1驾照，驾龄7年，开4.2米冷藏车跑广州市内配送。", driving_experience=7,
    vehicle_types=["厢式货车"],
    work_history=[
        work("2021-07", None, "广州鲜丰冷链物流有限公司", "冷藏车司机", "驾驶4.2米冷藏车，负责广州市内商超配送。", current=True, vtype="厢式货车", length=6),
        work("2019-08", "2021-06", "广州市白云区捷顺快运站", "厢式货车司机", "驾驶厢式货车派送快运件。", vtype="厢式货车"),
    ],
    education_history=[edu("2013", "2016", "广州市交通运输职业学校", "汽车驾驶", "中专/中技")])
write("boss", "bb2_recommend_geekcard_iframe_c1_cold", "BOSS recommend page: geekCard list payload (2 geeks); the open c-resume iframe src picks the geek; masked name 曹**; C1 冷藏车",
      url, cap, "blind-11", html=html,
      payloads=[{"url": "https://www.zhipin.com/wapi/zpjob/rec/geek/list?jobId=9a8b7c6d5e4f&page=1&_=1763811600000", "body": body}],
      gold=gold)

# ---------------------------------------------------------------- generic 1: job5156 key/value page
url = "https://www.job5156.com/corp/resume/view?resumeId=88123407&from=search"
cap = "2026-11-20T11:11:00+08:00"
html = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>个人简历 - 智通人才网</title></head><body>
<div class="top-bar">智通人才网 企业会员中心 | <a>职位管理</a> | <a>简历搜索</a></div>
<div class="resume-box">
 <h2>个人简历 <small>简历编号：88123407</small></h2>
 <table class="base-table">
  <tr><th>姓名：</th><td>欧阳明</td><th>性别：</th><td>男</td></tr>
  <tr><th>出生年月：</th><td>1980年7月</td><th>婚姻状况：</th><td>已婚</td></tr>
  <tr><th>现居住地：</th><td>深圳-宝安区</td><th>户籍：</th><td>广东-梅州</td></tr>
  <tr><th>学历：</th><td>中专</td><th>工作年限：</th><td>20年</td></tr>
  <tr><th>手机：</th><td>166&nbsp;0078&nbsp;3312</td><th>邮箱：</th><td>OuYangMing80@QQ.com</td></tr>
 </table>
 <h3 class="sec">求职意向</h3>
 <table><tr><th>期望职位：</th><td>大客车司机</td></tr><tr><th>期望地点：</th><td>深圳、东莞</td></tr>
  <tr><th>期望薪资：</th><td>1-1.2万/月</td></tr><tr><th>求职状态：</th><td>在职，考虑机会</td></tr></table>
 <h3 class="sec">驾驶信息</h3>
 <table><tr><th>驾驶证：</th><td>A1</td></tr><tr><th>驾龄：</th><td>17年</td></tr><tr><th>从业资格证：</th><td>道路旅客运输驾驶员</td></tr></table>
 <h3 class="sec">工作经历</h3>
 <div class="exp"><p><b>2015.06 - 至今</b>　深圳鹏城巴士有限公司　大客车司机</p><p>驾驶大型客车跑深圳至梅州省际班线。</p></div>
 <div class="exp"><p><b>2006.09 - 2015.05</b>　梅州市汽车运输总公司　中巴司机</p><p>驾驶中型客车跑县城班线。</p></div>
 <h3 class="sec">教育经历</h3>
 <div class="exp"><p><b>1996.09 - 1999.07</b>　梅州市交通技工学校　汽车驾驶与维修　中专</p></div>
 <h3 class="sec">自我评价</h3><p>安全意识强，17年驾驶无重大事故。</p>
</div><div class="foot">© 智通人才网</div></body></html>
"""
gold = resume(0, "www.job5156.com:88123407", url, cap, lic="A1",
    real_name="欧阳明", gender="男", age=46, birth_date="1980-07", married=1, living_place="深圳-宝安区",
    birth_place="广东-梅州", phone="16600783312", phone_state="clear", email="ouyangming80@qq.com", email_state="clear",
    education=2, education_level="中专/中技", work_experience=20, status=1, want_job=True,
    target_city="深圳", expected_regions=["深圳", "东莞"], expected_salary=[10000, 12000], target_post="大客车司机",
    self_evaluation="安全意识强，17年驾驶无重大事故。", driving_experience=17,
    rtqc_license_class="旅客运输驾驶员", vehicle_types=["大型客车", "中型客车"],
    work_history=[
        work("2015-06", None, "深圳鹏城巴士有限公司", "大客车司机", "驾驶大型客车跑深圳至梅州省际班线。", current=True, vtype="大型客车"),
        work("2006-09", "2015-05", "梅州市汽车运输总公司", "中巴司机", "驾驶中型客车跑县城班线。", vtype="中型客车"),
    ],
    education_history=[edu("1996-09", "1999-07", "梅州市交通技工学校", "汽车驾驶与维修", "中专/中技")])
write("generic", "gn1_job5156_kv_a1_coach", "generic (job5156, not in the channel table): th/td key-value table, spaced phone, upper-case QQ email, 1-1.2万; A1 coach driver",
      url, cap, "blind-12", html=html, gold=gold)

# ---------------------------------------------------------------- generic 2: regional site, full-width phone
url = "http://www.qdhr.net/company/resume/view.php?id=5521907"
cap = "2026-11-19T09:00:00+08:00"
html = """<html><head><meta charset="utf-8"><title>孔令霞的简历 - 青岛人才网</title></head><body>
<div class="nav">青岛人才网 &gt; 企业中心 &gt; 简历查看</div>
<div class="resume">
<div class="item"><span class="label">姓　　名：</span>孔令霞</div>
<div class="item"><span class="label">性　　别：</span>女</div>
<div class="item"><span class="label">年　　龄：</span>34岁（1992年生）</div>
<div class="item"><span class="label">婚　　姻：</span>未婚</div>
<div class="item"><span class="label">现居住地：</span>青岛-黄岛区</div>
<div class="item"><span class="label">最高学历：</span>本科</div>
<div class="item"><span class="label">工作经验：</span>7年</div>
<div class="item"><span class="label">联系电话：</span>１６６２２３３４４５５</div>
<div class="item"><span class="label">求职岗位：</span>物流调度</div>
<div class="item"><span class="label">期望地区：</span>青岛</div>
<div class="item"><span class="label">期望月薪：</span>5-7K</div>
<div class="item"><span class="label">证　　书：</span>C1驾驶证；物流师（三级）</div>
<div class="block"><h3>【工作经历】</h3>
<p>2021年7月 - 至今　青岛港联捷物流有限公司　运输调度</p><p>负责车队日常调度、GPS监控与运费结算。</p>
<p>2019年3月 - 2021年6月　青岛海湾进出口贸易有限公司　单证员</p><p>负责报关单证制作与客户对接。</p></div>
<div class="block"><h3>【教育经历】</h3><p>2015年9月 - 2019年6月　青岛理工大学　物流管理　本科</p></div>
<div class="block"><h3>【自我评价】</h3><p>做事细致，沟通能力好，熟悉TMS系统。</p></div>
</div></body></html>
"""
gold = resume(0, "www.qdhr.net:5521907", url, cap, lic="C1",
    real_name="孔令霞", gender="女", age=34, birth_date="1992", married=0, living_place="青岛-黄岛区",
    phone="16622334455", phone_state="clear", education=4, education_level="本科", work_experience=7,
    target_city="青岛", expected_regions=["青岛"], expected_salary=[5000, 7000], target_post="物流调度",
    self_evaluation="做事细致，沟通能力好，熟悉TMS系统。",
    work_history=[
        work("2021-07", None, "青岛港联捷物流有限公司", "运输调度", "负责车队日常调度、GPS监控与运费结算。", current=True),
        work("2019-03", "2021-06", "青岛海湾进出口贸易有限公司", "单证员", "负责报关单证制作与客户对接。"),
    ],
    education_history=[edu("2015-09", "2019-06", "青岛理工大学", "物流管理", "本科")])
write("generic", "gn2_regional_fullwidth_phone_c1_dispatcher", "generic regional talent site: label/value divs with full-width 　 labels, full-width digits phone, 年月 dates; dispatcher with C1 only in 证书",
      url, cap, "blind-13", html=html, gold=gold)
