"""Demo incidents of the seven-party register, written through the register's own services (so
numbers, boards, reports and their drafts are what the application would make):

- an open Ⅱ级 incident learned of two days before the demo's now: two parties late (one told
  after the hour, one never told), one told but not acknowledged; 初报 and 续报一, response
  actions and, when the demo has one, a linked meeting of the linkage body; its 日报 is due;
- a closed Ⅲ级 incident of some forty days ago, every party told in time, with 初报, 续报一,
  日报（第1期） and the 总结评估报告;
- a closed Ⅳ级 drill (演练) three weeks ago, left out of the statistics.

Days run back from the demo's ``today`` (or the real one, when that is earlier: the services
refuse a time in the future), at office hours. Persons have made-up names, valid ID numbers and mobiles.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models import Body, Meeting, utcnow
from desktop.services.demo.clock import local
from desktop.services.demo.context import Ctx, EnterpriseInfo
from desktop.services.demo.disputes import id_number
from desktop.services.demo.names import INCIDENTS, mobile, person_name
from desktop.services.incidents import board, core, reports
from desktop.services.kernel.timeutil import to_local

#: Per board position: (channel, minutes after learning it was told or None, minutes it was acknowledged or None).
Plan = tuple[tuple[str, int | None, int | None], ...]
OPEN_PLAN: Plan = (("phone", 8, 12), ("phone", 15, 25), ("phone", 10, 18), ("phone", 20, 22),
                   ("fax", 95, 130), ("phone", None, None), ("sms", 40, None))
CLOSED_PLAN: Plan = tuple(("phone", 10 * n, 10 * n + 15) for n in range(1, 8))
DRILL_PLAN: Plan = tuple(("system", 20 + 5 * n, 60 + 5 * n) for n in range(7))
ADDRESSES = ("马驹桥镇", "台湖镇", "张家湾镇", "瀛海镇", "亦庄镇")


@dataclass(frozen=True)
class Story:
    """One demo incident: how long before now it was learned of, and what happened after."""

    level: int
    days_back: int
    hour: time                                   # of learning of it, local
    workers: int
    plan: Plan
    persons: int
    reports: tuple[tuple[str, timedelta], ...]   # (kind, after learning)
    actions: tuple[tuple[timedelta, str], ...]
    closed_after: timedelta | None = None
    drill: bool = False


H = timedelta(hours=1)
STORIES = (
    Story(3, 40, time(10, 5), 35, CLOSED_PLAN, 2,
          (("initial", 0.8 * H), ("followup", 5 * H), ("daily", 26 * H), ("final", 72 * H)),
          ((0.3 * H, "园区工会、人社局工作人员到达现场，劝导职工有序表达诉求"),
           (3 * H, "人社局劳动保障监察大队进场核查工资发放记录"),
           (28 * H, "企业与职工代表达成工资支付方案，职工陆续返岗")),
          closed_after=46 * H),
    Story(4, 21, time(9, 30), 20, DRILL_PLAN, 1, (("initial", 1.5 * H), ("final", 30 * H)),
          ((0.5 * H, "模拟现场处置：联动单位按预案到场，设立临时接待点"),
           (2 * H, "模拟协商：工会组织职工代表与企业协商")),
          closed_after=4 * H, drill=True),
    Story(2, 2, time(9, 40), 86, OPEN_PLAN, 3, (("initial", 0.85 * H), ("followup", 6 * H)),
          ((0.25 * H, "公安分局派员到场维持秩序，园区工会、人社局工作人员赶赴现场"),
           (1.5 * H, "设立临时接待点，登记职工诉求，推选职工代表5名"),
           (4 * H, "人社局责令企业限期提交工资支付计划"),
           (8 * H, "管委会组织企业负责人与职工代表首次协商"))),
)


def build(session: Session, ctx: Ctx) -> list[int]:
    """The three incidents, oldest first; nothing when the demo has no enterprises or the
    linkage body no members. Returns their ids."""
    if not ctx.enterprises or not core.linkage_parties(session):
        return []
    rng = ctx.rng("incidents")
    now = min(ctx.stamp, utcnow() - timedelta(minutes=1))
    made = [_story(session, ctx, rng, story, to_local(now).date(), now) for story in STORIES]
    ctx.writer.counts["incidents"] += len(made)
    return made


def _story(session: Session, ctx: Ctx, rng: random.Random, story: Story, today: date, now: datetime) -> int:
    learned = local(today - timedelta(days=story.days_back), story.hour)
    enterprise = _enterprise(rng, ctx.enterprises, story.workers)
    incident_id = core.create_incident(session, _draft(rng, story, enterprise, learned), user=ctx.user)
    _notify(session, incident_id, story.plan, learned)
    for after, text in story.actions:
        core.record_event(session, incident_id, text, at=learned + after, user=ctx.user)
    if not story.drill and story.closed_after is None:
        _link_meeting(session, incident_id, learned, now)
    for kind, after in story.reports:
        at = learned + after
        if kind == "final" and story.closed_after is not None:
            core.close_incident(session, incident_id, _summary(story), at=learned + story.closed_after)
        body = reports.draft(session, incident_id, kind, as_of=at)
        reports.add_report(session, incident_id, kind, body, at=at, user=ctx.user)
    return incident_id


def _enterprise(rng: random.Random, enterprises: list[EnterpriseInfo], workers: int) -> EnterpriseInfo:
    large = [e for e in enterprises if e.employees >= workers * 2]
    return rng.choice(large or enterprises)


def _draft(rng: random.Random, story: Story, enterprise: EnterpriseInfo, learned: datetime) -> core.IncidentDraft:
    workers = min(story.workers, enterprise.employees)
    if story.drill:
        title, happened = "群体性事件七方联动应急演练", f"模拟{enterprise.name}部分职工因欠薪在厂区门口聚集。"
    else:
        cause = rng.choice(INCIDENTS)
        title = f"{enterprise.name}{cause}"
        happened = f"{enterprise.name}{cause}，约{workers}名职工在厂区门口聚集，情绪较为激动。"
    persons = tuple(core.PersonInput(person_name(rng), id_number(rng), mobile(rng),
                                     f"北京市通州区{rng.choice(ADDRESSES)}{rng.randint(1, 99)}号")
                    for _ in range(story.persons))
    return core.IncidentDraft(
        enterprise_id=enterprise.id, title=title, level=story.level, began_at=learned - timedelta(minutes=25),
        learned_at=learned, workers=workers, place=f"{enterprise.name}厂区正门", happened=happened,
        demands="足额支付拖欠的工资，明确补发时间" if not story.drill else "（演练）支付拖欠工资",
        measures="园区工会接报后立即向联动单位通报，派员赶赴现场。", drill=story.drill, persons=persons)


def _notify(session: Session, incident_id: int, plan: Plan, learned: datetime) -> None:
    contacts = ("值班室", "指挥中心", "办公室", "值班领导")
    for n, (row, (channel, told, acked)) in enumerate(zip(board.board(session, incident_id), plan)):
        if told is None:
            continue
        board.notify(session, incident_id, row.id, channel, at=learned + timedelta(minutes=told),
                     contact=contacts[n % len(contacts)])
        if acked is not None:
            board.acknowledge(session, incident_id, row.id, at=learned + timedelta(minutes=acked), by="值班员")


def _link_meeting(session: Session, incident_id: int, learned: datetime, now: datetime) -> None:
    """The linkage meeting held during the incident, else the latest before now, if there is one."""
    past = (select(Meeting.id).join(Body, Body.id == Meeting.body_id)
            .where(Body.key == "linkage", Meeting.start <= now).order_by(Meeting.start.desc()))
    during = session.scalar(past.where(Meeting.start >= learned).limit(1))
    meeting_id = during if during is not None else session.scalar(past.limit(1))
    if meeting_id is not None:
        core.link_meeting(session, incident_id, meeting_id)


def _summary(story: Story) -> str:
    if story.drill:
        return "演练按预案完成，各联动单位均在时限内响应，达到检验联动机制的目的。"
    return "企业制定工资支付方案并当场兑付首期款项，职工返岗，事件平息，未发生次生事件。"
