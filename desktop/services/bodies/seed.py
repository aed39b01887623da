"""The five bodies and plausible, editable member organisations for each side (DOMAIN.md)."""

from __future__ import annotations

import json

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models import Body, Membership, Organisation, OrgKind, Person, Representative

K = OrgKind
ORGS = [
    # name, short name, kind, phone
    ("经开区管理委员会", "管委会", K.GOVERNMENT, "010-67881000"),
    ("经开区人力资源和社会保障局", "人社局", K.LABOUR_DEPT, "010-67881200"),
    ("经开区劳动保障监察大队", "劳动监察", K.LABOUR_DEPT, "010-67881230"),
    ("经开区劳动人事争议仲裁院", "仲裁院", K.ARBITRATION, "010-67881260"),
    ("经开区总工会", "总工会", K.UNION, "010-67881300"),
    ("经开区总工会劳动争议调解中心", "工会调解中心", K.UNION, "010-67881330"),
    ("经开区企业联合会（企业家协会）", "企联", K.EMPLOYER, "010-67881400"),
    ("经开区工商业联合会", "工商联", K.EMPLOYER, "010-67881420"),
    ("经开区人民法院", "法院", K.COURT, "010-67881500"),
    ("经开区公安分局", "公安分局", K.POLICE, "010-67881600"),
    ("经开区信访办公室", "信访办", K.PETITION, "010-67881700"),
    ("经开区司法局", "司法局", K.JUSTICE, "010-67881800"),
    ("经开区营商合作局", "营商合作局", K.GOVERNMENT, "010-67881900"),
]

# body key, name, short name, doc code, quorum rule, rhythm, colour, description, members
# members: (short org name, side, role, seats)
BODIES = [
    ("tripartite", "劳动关系三方协调机制", "三方协调委员会", "经开三方纪", {"type": "all_sides"},
     "每季度召开全体会议，必要时临时召开", "#c0392b",
     "由人力资源社会保障部门、工会和企业方面代表组成的三方协调委员会，研究解决劳动关系重大问题，"
     "推动集体协商和和谐劳动关系创建。",
     [("人社局", "政府方", "主任单位", 3), ("总工会", "工会方", "副主任单位", 3),
      ("企联", "企业方", "副主任单位", 2), ("工商联", "企业方", "成员单位", 1)]),
    ("dispute", "劳动争议三方调处机制", "争议调处", "经开调处纪", {"type": "all_sides"},
     "按案件召开，定期联席会商", "#2980b9",
     "工会调解中心、劳动人事争议仲裁院和人民法院联动，推进裁调衔接、诉调对接，化解劳动争议于基层。",
     [("工会调解中心", "工会方", "召集单位", 2), ("仲裁院", "仲裁方", "成员单位", 2),
      ("法院", "司法方", "成员单位", 2)]),
    ("warning", "劳资矛盾预警机制", "预警机制", "经开预警纪", {"type": "fraction", "value": 0.5},
     "专项排查（如春节前欠薪排查）及月度研判", "#e67e22",
     "工会、人社（劳动监察）与管委会共同开展劳资矛盾排查，对欠薪、欠缴社保、裁员搬迁等风险分级预警、"
     "及时处置。",
     [("总工会", "工会方", "牵头单位", 2), ("劳动监察", "政府方", "成员单位", 2),
      ("管委会", "政府方", "成员单位", 1)]),
    ("linkage", "群体突发事件七方联动机制", "七方联动", "经开联动纪", {"type": "fraction", "value": 0.5},
     "事件发生时启动，并定期演练", "#8e44ad",
     "管委会、人社、工会、公安、信访、法院、司法七方联动，快速响应和妥善处置劳动关系领域群体性突发事件。",
     [("管委会", "联动单位", "牵头单位", 1), ("人社局", "联动单位", "成员单位", 1),
      ("总工会", "联动单位", "成员单位", 1), ("公安分局", "联动单位", "成员单位", 1),
      ("信访办", "联动单位", "成员单位", 1), ("法院", "联动单位", "成员单位", 1),
      ("司法局", "联动单位", "成员单位", 1)]),
    ("bimonthly", "双月沟通机制", "双月沟通会", "经开沟通纪", {"type": "none"},
     "每两个月召开一次沟通会（FREQ=MONTHLY;INTERVAL=2）", "#27ae60",
     "工会与管委会相关部门、企业代表每两个月沟通一次，通报劳动关系形势，协调解决职工反映的问题。",
     [("总工会", "工会方", "召集单位", 2), ("管委会", "政府方", "成员单位", 1),
      ("营商合作局", "政府方", "成员单位", 1), ("人社局", "政府方", "成员单位", 1),
      ("企联", "企业方", "成员单位", 2)]),
]

# (short org name, person, title, position in bodies, extension)
PEOPLE = [
    ("总工会", "王建国", "常务副主席", "委员", "01"), ("总工会", "李秀梅", "权益保障部部长", "联络员", "02"),
    ("人社局", "张志强", "副局长", "委员", "01"), ("人社局", "刘芳", "劳动关系科科长", "联络员", "02"),
    ("企联", "陈立新", "秘书长", "委员", "01"), ("工商联", "赵丽娟", "副秘书长", "委员", "01"),
    ("工会调解中心", "孙海燕", "主任", "委员", "01"), ("仲裁院", "周文斌", "院长", "委员", "01"),
    ("法院", "吴晓东", "民事审判庭庭长", "委员", "01"), ("劳动监察", "郑国华", "大队长", "委员", "01"),
    ("管委会", "黄伟", "副主任", "委员", "01"), ("公安分局", "马俊", "治安支队副支队长", "委员", "01"),
    ("信访办", "朱红", "主任", "委员", "01"), ("司法局", "胡明", "副局长", "委员", "01"),
    ("营商合作局", "郭静", "企业服务处处长", "委员", "01"),
]


def needs_seed(session: Session) -> bool:
    """Whether the database has no bodies yet (one cheap query: the start-up asks it)."""
    return session.execute(select(Body.__table__.c.id).limit(1)).first() is None


def seed(session: Session) -> bool:
    """Seed the bodies, their members and representatives once; False when already seeded."""
    existing = set(session.scalars(select(Body.key)))
    if existing:
        return False
    orgs = {}
    for name, short, kind, phone in ORGS:
        org = session.scalar(select(Organisation).where(Organisation.name == name))
        if org is None:
            org = Organisation(name=name, short_name=short, kind=kind.value, phone=phone)
            session.add(org)
        orgs[short] = org
    session.flush()
    people = {}
    for short, name, title, _position, ext in PEOPLE:
        base = orgs[short].phone
        person = Person(name=name, organisation_id=orgs[short].id, title=title,
                        phone=f"{base[:-1]}{ext[-1]}")
        session.add(person)
        people.setdefault(short, []).append((person, _position))
    session.flush()
    for order, (key, name, short, code, quorum, rhythm, color, desc, members) in enumerate(BODIES, 1):
        body = Body(key=key, name=name, short_name=short, doc_code=code,
                    quorum_rule=json.dumps(quorum), rhythm=rhythm, color=color,
                    description=desc, sort_order=order)
        session.add(body)
        session.flush()
        for m_order, (org_short, side, role, seats) in enumerate(members, 1):
            membership = Membership(body_id=body.id, organisation_id=orgs[org_short].id, side=side,
                                    role=role, seats=seats, sort_order=m_order)
            session.add(membership)
            session.flush()
            for person, position in people.get(org_short, [])[:seats]:
                session.add(Representative(membership_id=membership.id, person_id=person.id,
                                           position=position))
    session.flush()
    return True
