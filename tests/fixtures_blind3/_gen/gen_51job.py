"""51job: jc3 (confidential folder view, no #tdseekname, hidSeqID != hidUserID, B2 truck driver),
jc4 (ResumeView unlocked, bus driver A1, two phones; same person as generic/xc3)."""
from common import gold, work, edu, write_case


def kv(label, value):
    return f'<tr><td class="keys">{label}</td><td class="txt2">{value}</td></tr>'


# ---------------------------------------------------------------- jc3
UID1 = "483920175"
URL1 = "https://ehire.51job.com/Candidate/ResumeViewFolder.aspx?hidSeqID=20671934582&hidFolder=EMP&pageCode=24"
CAP1 = "2026-12-05T10:12:00+08:00"
SELF1 = "持B2驾照，驾龄14年，有道路货物运输从业资格证，开过9.6米厢式货车和6.8米仓栅车，长途短途都可以，服从安排。"

html1 = f"""<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>简历查看 - 前程无忧</title></head>
<body>
<form id="form1" method="post" action="./ResumeViewFolder.aspx?hidSeqID=20671934582&amp;hidFolder=EMP">
<input type="hidden" name="hidUserID" id="hidUserID" value="{UID1}">
<input type="hidden" name="hidSeqID" id="hidSeqID" value="20671934582">
<input type="hidden" name="hidFolder" id="hidFolder" value="EMP">
<div id="divResume">
<table class="box1" width="100%"><tr><td id="headwrap"><img src="https://img01.51jobcdn.com/im/2009/resume/head_default.gif"></td><td><span class="blue1">ID:{UID1}</span>&nbsp;&nbsp;<span id="applyUpdateTime">更新时间：2026-11-27</span></td></tr></table>
<table class="infr" cellpadding="0" cellspacing="0" border="0">
<tbody>
 <tr><td colspan="4" class="name_secret"><span class="secret">该简历已设置为保密，下载后可查看姓名和联系方式</span></td></tr>
 <tr><td class="keys">电　话：</td><td class="txt1">下载后可见</td><td class="keys">手　机：</td><td class="txt1"></td></tr>
 <tr><td class="summary">男&nbsp;|&nbsp;42岁（1984年3月9日）&nbsp;|&nbsp;现居住 东莞&nbsp;|&nbsp;15年工作经验</td></tr>
</tbody>
</table>
<div id="applyJob">应聘职位：干线货车司机（B2）&nbsp;&nbsp;应聘公司：东莞市前锋速运有限公司&nbsp;&nbsp;投递时间：2026-11-26</div>
<table class="box2" width="100%">
 {kv('户口/国籍：', '湖北-荆州')}
 <tr><td class="keys">目前年收入：</td><td class="txt2"><span class="f16">9</span> 万元 （包含基本工资、补贴、奖金）</td></tr>
 {kv('婚姻状况：', '已婚')}
 {kv('政治面貌：', '群众')}
</table>
<table class="box2" width="100%"><tr><td class="plate1">求职意向</td></tr>
 {kv('工作类型：', '全职')}
 {kv('地点：', '<span class="tag">东莞</span><span class="tag">惠州</span>')}
 {kv('期望薪资：', '8000-10000元/月')}
 {kv('职能/职位：', '<span class="tag">货运司机</span>')}
 {kv('行业：', '<span class="tag">交通/运输/物流</span>')}
 {kv('到岗时间：', '随时')}
 {kv('求职状态：', '我目前已离职，可快速到岗')}
 {kv('自我评价：', SELF1)}
</table>
<table width="100%"><tr id="divInfo"><td>
 <table class="box"><tr><td class="plate1">工作经验</td></tr>
  <tr><td class="time">2018/05-2026/08</td><td class="rtbox"><span class="bold">东莞市捷畅供应链管理有限公司</span>（150-500人）</td></tr>
  <tr><td class="rtbox plate_right"><span class="bold">货车司机</span></td><td class="tb2">交通/运输/物流 | 民营公司</td></tr>
  <tr><td class="tb1" colspan="2">驾驶9.6米厢式货车，负责东莞至华东干线运输，月均行驶1.2万公里。</td></tr>
  <tr><td class="time">2011/03-2018/04</td><td class="rtbox"><span class="bold">惠州市利源物流有限公司</span>（少于50人）</td></tr>
  <tr><td class="rtbox plate_right"><span class="bold">司机</span></td><td class="tb2">交通/运输/物流 | 民营公司</td></tr>
  <tr><td class="tb1" colspan="2">驾驶6.8米仓栅式货车配送建材。</td></tr>
 </table>
 <table class="box"><tr><td class="plate1">教育经历</td></tr>
  <tr><td class="time">1999/09-2002/07</td><td class="rtbox"><span class="bold">荆州市沙市松涛中学</span></td></tr>
  <tr><td class="phd tb1">高中</td></tr>
 </table>
 <table class="box"><tr><td class="plate1">技能特长</td></tr>
  <tr><td class="tb1">证书：B2驾驶证（2012年）、道路货物运输从业资格证</td></tr>
 </table>
</td></tr></table>
</div>
</form>
</body></html>
"""

gold1 = gold(
    url=URL1, captured_at=CAP1, channel_id=2, resume_id=UID1,
    gender="男", age=42, birth_date="1984-03-09", married=1,
    living_place="东莞", birth_place="湖北-荆州",
    education_level="高中", work_experience=15, status=0, want_job=True,
    expected_regions=["东莞", "惠州"], expected_salary=[8000, 10000], target_post="货运司机",
    self_evaluation=SELF1, dl="B2", driving_experience=14, rtqc="货物运输驾驶员",
    vehicle_types=["厢式货车", "仓栅式货车"],
    work_history=[
        work("2018-05", "2026-08", "东莞市捷畅供应链管理有限公司", "货车司机",
             "驾驶9.6米厢式货车，负责东莞至华东干线运输，月均行驶1.2万公里。", "厢式货车", length=9.6,
             industry="交通/运输/物流", scale=500),
        work("2011-03", "2018-04", "惠州市利源物流有限公司", "司机",
             "驾驶6.8米仓栅式货车配送建材。", "仓栅式货车", length=9.6,
             industry="交通/运输/物流", scale=50),
    ],
    education_history=[edu("1999-09", "2002-07", "荆州市沙市松涛中学", None, "高中")],
)
write_case("51job", "jc3_folder_confidential_no_name_b2_truck",
           description="51job ResumeViewFolder (hidSeqID in URL, person id only in #hidUserID), confidential resume: no #tdseekname, no contacts; summary line with birth date; 目前年收入 9万 (current, not expected); B2 + 货运资格证 in self-evaluation; applied-job block is the recruiter's",
           url=URL1, html=html1, captured_at=CAP1, person="blind3-3", gold_obj=gold1)

# ---------------------------------------------------------------- jc4
UID2 = "512847360"
URL2 = f"https://ehire.51job.com/Candidate/ResumeView.aspx?hidUserID={UID2}&hidEvents=23&pageCode=83&hidKey=7c41e09ab25d3f68e1c0a9b7d4f2e356"
CAP2 = "2026-12-06T14:30:00+08:00"
SELF2 = "A1驾照，驾龄18年，持道路旅客运输驾驶员从业资格证。开过旅游大巴和纯电动公交车，熟悉杭州及周边道路，无责任事故。"

html2 = f"""<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>郑国梁的简历 - 前程无忧</title></head>
<body>
<input type="hidden" name="hidUserID" id="hidUserID" value="{UID2}">
<div id="divResume">
<table class="box1" width="100%"><tr><td id="headwrap"><img src="https://img01.51jobcdn.com/im/2009/resume/head_default.gif"></td><td><span class="blue1">人才ID：{UID2}</span>&nbsp;&nbsp;<span id="applyUpdateTime">更新时间：2026-12-01</span></td></tr></table>
<table class="infr" cellpadding="0" cellspacing="0" border="0">
<tbody>
 <tr><td id="tdseekname" colspan="4">郑国梁<span class="chat">和Ta聊聊</span></td></tr>
 <tr><td class="keys">电　话：</td><td class="txt1">0571-82345678（家）</td><td class="keys">手　机：</td><td class="txt1">166-5803-2217</td></tr>
 <tr><td class="summary">男&nbsp;|&nbsp;47岁（1979年11月2日）&nbsp;|&nbsp;现居住 杭州-萧山区&nbsp;|&nbsp;20年工作经验</td></tr>
 <tr><td class="keys">E-mail：</td><td colspan="3"><div class="rv_mail_limit"><a href="mailto:ZhengGuoliang_Bus@example.com">ZhengGuoliang_Bus@example.com</a></div></td></tr>
</tbody>
</table>
<table class="box2" width="100%">
 {kv('户口/国籍：', '浙江-金华')}
 <tr><td class="keys">目前年收入：</td><td class="txt2"><span class="f16">10</span> 万元</td></tr>
 {kv('婚姻状况：', '已婚')}
</table>
<table class="box2" width="100%"><tr><td class="plate1">求职意向</td></tr>
 {kv('工作类型：', '全职')}
 {kv('地点：', '<span class="tag">杭州</span>')}
 {kv('期望薪资：', '0.8-1.2万/月')}
 {kv('职能/职位：', '<span class="tag">大客车司机</span>')}
 {kv('行业：', '<span class="tag">交通/运输/物流</span>')}
 {kv('求职状态：', '在职，考虑换个环境')}
 {kv('自我评价：', SELF2)}
</table>
<table width="100%"><tr id="divInfo"><td>
 <table class="box"><tr><td class="plate1">工作经验</td></tr>
  <tr><td class="time">2014/06-至今</td><td class="rtbox"><span class="bold">杭州顺萧公共交通有限公司</span>（1000-5000人）</td></tr>
  <tr><td class="rtbox plate_right"><span class="bold">公交车驾驶员</span></td><td class="tb2">交通/运输/物流 | 国企</td></tr>
  <tr><td class="tb1" colspan="2">驾驶12米纯电动公交车，负责萧山城区3条线路运营。</td></tr>
  <tr><td class="time">2006/04-2014/05</td><td class="rtbox"><span class="bold">金华市通达旅游客运有限公司</span>（150-500人）</td></tr>
  <tr><td class="rtbox plate_right"><span class="bold">大巴司机</span></td><td class="tb2">交通/运输/物流 | 民营公司</td></tr>
  <tr><td class="tb1" colspan="2">驾驶45座旅游大巴，负责省内旅游包车及企业班车。</td></tr>
 </table>
 <table class="box"><tr><td class="plate1">教育经历</td></tr>
  <tr><td class="time">1995/09-1998/07</td><td class="rtbox"><span class="bold">金华市婺城青禾中学</span></td></tr>
  <tr><td class="phd tb1">高中</td></tr>
 </table>
</td></tr></table>
</div>
</body></html>
"""

WORK2 = [
    work("2014-06", None, "杭州顺萧公共交通有限公司", "公交车驾驶员",
         "驾驶12米纯电动公交车，负责萧山城区3条线路运营。", "大型客车", industry="交通/运输/物流", scale=-1),
    work("2006-04", "2014-05", "金华市通达旅游客运有限公司", "大巴司机",
         "驾驶45座旅游大巴，负责省内旅游包车及企业班车。", "大型客车", industry="交通/运输/物流", scale=500),
]
gold2 = gold(
    url=URL2, captured_at=CAP2, channel_id=2, resume_id=UID2,
    real_name="郑国梁", gender="男", age=47, birth_date="1979-11-02", married=1,
    living_place="杭州-萧山区", birth_place="浙江-金华",
    phone="16658032217", phone_state="clear",
    email="zhengguoliang_bus@example.com", email_state="clear",
    education_level="高中", work_experience=20, status=1, want_job=True,
    expected_regions=["杭州"], expected_salary=[8000, 12000], target_post="大客车司机",
    self_evaluation=SELF2, dl="A1", driving_experience=18, rtqc="旅客运输驾驶员",
    vehicle_types=["大型客车"], work_history=WORK2,
    education_history=[edu("1995-09", "1998-07", "金华市婺城青禾中学", None, "高中")],
)
write_case("51job", "jc4_resumeview_unlocked_bus_a1_two_phones_zheng",
           description="51job ResumeView unlocked (#tdseekname '郑国梁和Ta聊聊'), 人才ID text; landline + dashed mobile 166-5803-2217; mixed-case email; 0.8-1.2万/月; A1 + 客运资格证; same person as generic/xc3 (hzrc)",
           url=URL2, html=html2, captured_at=CAP2, person="blind3-4", gold_obj=gold2)
