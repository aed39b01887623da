"""What each body meets about: its tracks (rhythms), meeting titles and agenda items."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import time


@dataclass(frozen=True)
class Track:
    """One kind of meeting of a body: a recurring series when ``rrule`` is set."""

    kind: str
    title: str                 # format fields: year, n, q, month, park, topic, ent, n_workers, ...
    series_title: str = ""
    rrule: str | None = None
    months: tuple[int, ...] = ()   # a series starts in the first of these months in range
    at: time = time(9, 30)
    minutes: int = 120
    room: str = "union"
    per_park: bool = False
    large_only: bool = False


TRACKS = {
    "tripartite": (
        Track("plenary", "三方协调委员会{year}年第{q}季度全体会议", "三方协调委员会季度全体会议",
              "FREQ=MONTHLY;INTERVAL=3;BYDAY=3TH", (3, 6, 9, 12), time(9, 30), 150, "admin"),
        Track("liaison", "三方协调委员会联络员{month}月例会", "三方协调委员会联络员例会",
              "FREQ=MONTHLY;BYDAY=1WE", tuple(range(1, 13)), time(14, 30), 90, "union",
              large_only=True),
        Track("adhoc", "三方协调委员会专题会议（{topic}）", minutes=120, room="admin"),
    ),
    "dispute": (
        Track("joint", "劳动争议三方调处{year}年{month}月联席会议", "劳动争议三方调处月度联席会议",
              "FREQ=MONTHLY;BYDAY=2TU", tuple(range(1, 13)), time(14, 30), 120, "mediation"),
        Track("case", "关于{ent}{n_workers}名职工{claim}争议的三方会商会", minutes=90,
              room="mediation"),
    ),
    "warning": (
        Track("monthly", "劳资矛盾风险{year}年{month}月研判会", "劳资矛盾风险月度研判会",
              "FREQ=MONTHLY;BYDAY=-1WE", tuple(range(1, 13)), time(9, 0), 90, "union"),
        Track("park_monthly", "{park}劳资矛盾{year}年{month}月研判会", "{park}劳资矛盾月度研判会",
              "FREQ=MONTHLY;BYDAY=3TU", tuple(range(1, 13)), time(14, 0), 60, "", per_park=True),
        Track("screening", "{title}", minutes=120, room="hall"),
    ),
    "linkage": (
        Track("liaison", "七方联动机制{year}年第{q}季度联络员会议", "七方联动机制季度联络员会议",
              "FREQ=MONTHLY;INTERVAL=3;BYDAY=2FR", (1, 4, 7, 10), time(9, 30), 90, "command",
              large_only=True),
        Track("drill", "{title}", minutes=180, room="command"),
        Track("incident", "关于{ent}职工{incident}事件的联动处置会议", minutes=90, room="command"),
    ),
    "bimonthly": (
        Track("bimonthly", "{year}年第{n}次双月沟通会", "双月沟通会",
              "FREQ=MONTHLY;INTERVAL=2;BYDAY=3TH", (1, 3, 5, 7, 9, 11), time(9, 30), 120, "union"),
        Track("park_bimonthly", "{park}{year}年第{n}次双月沟通会", "{park}双月沟通会",
              "FREQ=MONTHLY;INTERVAL=2;BYDAY=2WE", (2, 4, 6, 8, 10, 12), time(14, 30), 90, "",
              per_park=True),
    ),
}

TRIPARTITE_TOPICS = (
    "工资集体协商“要约行动”推进", "企业工资指导线发布", "和谐劳动关系创建示范评审", "新就业形态劳动者权益保障",
    "重点企业经济性裁员研判", "劳动定额标准行业协商", "高温津贴落实情况督查", "劳动关系形势分析",
    "集体合同履约情况检查", "企业民主管理规范化建设", "劳动用工风险防控", "产业工人队伍建设改革",
)

FOLLOW_UP = "上次会议议定事项落实情况"

# (title, presenter organisation short name, prose theme, minutes)
AGENDA = {
    "plenary": (
        ("通报本季度全区劳动关系形势", "人社局", "harmony", 20),
        ("通报工资集体协商和集体合同签订情况", "总工会", "bargain", 20),
        ("审议{year}年和谐劳动关系创建示范企业推荐名单", "人社局", "harmony", 25),
        ("研究企业工资指导线建议方案", "企联", "bargain", 25),
        ("通报欠薪治理和劳动保障监察执法情况", "人社局", "wage", 20),
        ("研究新就业形态劳动者权益保障工作", "总工会", "gig", 20),
        ("听取企业方面关于用工成本和稳岗的意见", "企联", "layoff", 15),
        ("研究集体合同履约情况检查方案", "总工会", "contract", 20),
    ),
    "liaison": (
        ("各成员单位报送本月工作进展", "人社局", "harmony", 20),
        ("梳理需提请委员会研究的事项", "总工会", "bargain", 20),
        ("研究近期劳动关系风险提示", "人社局", "screening", 15),
    ),
    "adhoc": (
        ("{topic}情况汇报", "人社局", "harmony", 25),
        ("{topic}工作方案说明", "总工会", "bargain", 25),
        ("企业方面意见建议", "企联", "layoff", 20),
        ("各方讨论并形成意见", "人社局", "harmony", 30),
    ),
    "joint": (
        ("通报上月劳动争议受理和调解情况", "工会调解中心", "mediation", 20),
        ("通报仲裁立案和裁调衔接情况", "仲裁院", "mediation", 20),
        ("通报诉调对接和司法确认情况", "法院", "legal", 20),
        ("研究重大疑难和集体劳动争议案件", "工会调解中心", "mediation", 30),
        ("研究“一窗受理、联合调解”流程优化", "仲裁院", "mediation", 20),
        ("通报法律援助和普法宣传情况", "工会调解中心", "legal", 15),
    ),
    "case": (
        ("案件基本情况和职工诉求", "工会调解中心", "mediation", 20),
        ("企业方面说明和用工情况核查", "仲裁院", "contract", 20),
        ("法律适用和调解方案研究", "法院", "legal", 25),
        ("确定调解方案和分工", "工会调解中心", "mediation", 15),
    ),
    "monthly": (
        ("通报本月欠薪线索和处置情况", "劳动监察", "wage", 20),
        ("通报工会劳动关系监测点信息", "总工会", "screening", 20),
        ("研判重点企业风险等级", "劳动监察", "screening", 25),
        ("通报企业裁员、搬迁和停产情况", "管委会", "layoff", 15),
        ("通报社会保险欠缴情况", "劳动监察", "insurance", 15),
    ),
    "park_monthly": (
        ("片区企业劳动关系动态", "总工会", "screening", 20),
        ("重点企业风险核查情况", "劳动监察", "wage", 20),
        ("片区整改督办事项", "管委会", "screening", 15),
    ),
    "screening": (
        ("通报排查工作方案和时间安排", "总工会", "screening", 20),
        ("通报欠薪隐患排查发现的问题", "劳动监察", "wage", 25),
        ("研究重点企业分级预警和处置措施", "劳动监察", "screening", 25),
        ("部署工程建设领域农民工工资专项检查", "管委会", "wage", 20),
        ("研究社保欠缴和裁员风险企业的跟踪措施", "总工会", "insurance", 20),
    ),
    "drill": (
        ("演练方案和各方职责说明", "管委会", "drill", 20),
        ("模拟群体性讨薪事件现场处置", "公安分局", "emergency", 90),
        ("信访接待和法律释明", "信访办", "legal", 20),
        ("演练点评和预案修订意见", "管委会", "drill", 30),
    ),
    "incident": (
        ("事件基本情况和现场态势", "公安分局", "emergency", 15),
        ("职工诉求和企业欠薪核查情况", "人社局", "wage", 20),
        ("工会介入和职工情绪疏导情况", "总工会", "mediation", 15),
        ("司法保障和法律援助安排", "法院", "legal", 15),
        ("确定处置方案和责任分工", "管委会", "emergency", 20),
    ),
    "bimonthly": (
        ("通报近两月全区劳动关系和职工服务情况", "总工会", "services", 20),
        ("管委会有关部门通报惠企稳岗政策落实情况", "营商合作局", "layoff", 20),
        ("企业代表反映用工和职工诉求", "企联", "services", 30),
        ("人社局通报社会保险和就业服务情况", "人社局", "insurance", 20),
        ("研究职工反映集中的问题", "总工会", "services", 20),
    ),
    "park_bimonthly": (
        ("片区企业用工和职工诉求情况", "总工会", "services", 25),
        ("片区惠企政策和职工服务事项", "营商合作局", "services", 20),
        ("企业代表发言", "企联", "layoff", 25),
    ),
}
