"""Demonstration data: a reproducible, realistic year (``small``) or decade (``large``) of work.

``generate`` fills a database that has no meetings yet with the five bodies' meetings,
attendance, agendas, minutes, document numbers, decisions and action items around ``today``.
Rows are written with Core ``insert()`` executemany in chunks (see ``writer``); the caller
owns the transaction, so a failure leaves nothing behind.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from desktop.errors import UserError, ValidationError
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.models import AuditEntry, Meeting, utcnow
from desktop.models.access import writing_connection
from desktop.services.bodies.seed import seed as seed_bodies
from desktop.services.demo import (
    actions,
    directory,
    disputes,
    incidents,
    mail,
    meetings,
    plan,
    records,
    screening,
)
from desktop.services.demo.context import SCALES, Ctx
from desktop.services.demo.writer import BulkWriter
from desktop.services.minutes.search import search_index_paused

__all__ = ["SCALES", "TABLE_LABELS", "DemoRefusedError", "DemoSummary", "generate"]

TABLE_LABELS = {
    "people": QT_TRANSLATE_NOOP("Labels", "联系人"),
    "representatives": QT_TRANSLATE_NOOP("Labels", "机制代表"),
    "rooms": QT_TRANSLATE_NOOP("Labels", "会议室"),
    "enterprises": QT_TRANSLATE_NOOP("Labels", "企业"),
    "meeting_series": QT_TRANSLATE_NOOP("Labels", "系列会议"),
    "meetings": QT_TRANSLATE_NOOP("Labels", "会议"),
    "attendance": QT_TRANSLATE_NOOP("Labels", "参会记录"),
    "agenda_items": QT_TRANSLATE_NOOP("Labels", "议程"),
    "document_numbers": QT_TRANSLATE_NOOP("Labels", "发文字号"),
    "minutes": QT_TRANSLATE_NOOP("Labels", "会议纪要"),
    "minutes_deliveries": QT_TRANSLATE_NOOP("Labels", "纪要分发记录"),
    "decisions": QT_TRANSLATE_NOOP("Labels", "议定事项"),
    "action_items": QT_TRANSLATE_NOOP("Labels", "督办事项"),
    "action_co_organisations": QT_TRANSLATE_NOOP("Labels", "督办协办单位"),
    "action_updates": QT_TRANSLATE_NOOP("Labels", "督办进展"),
    "screening_campaigns": QT_TRANSLATE_NOOP("Labels", "排查"),
    "screening_entries": QT_TRANSLATE_NOOP("Labels", "排查结果"),
    "warnings": QT_TRANSLATE_NOOP("Labels", "预警"),
    "warning_messages": QT_TRANSLATE_NOOP("Labels", "预警消息"),
    "mediators": QT_TRANSLATE_NOOP("Labels", "调解员"),
    "dispute_cases": QT_TRANSLATE_NOOP("Labels", "劳动争议案件"),
    "case_parties": QT_TRANSLATE_NOOP("Labels", "案件当事人"),
    "case_claims": QT_TRANSLATE_NOOP("Labels", "请求事项"),
    "case_steps": QT_TRANSLATE_NOOP("Labels", "案件办理步骤"),
    "clock_adjustments": QT_TRANSLATE_NOOP("Labels", "期限延期与中止"),
    "case_documents": QT_TRANSLATE_NOOP("Labels", "卷宗材料"),
    "incidents": QT_TRANSLATE_NOOP("Labels", "突发事件"),
}


class DemoRefusedError(UserError):
    """The database already holds meetings: demonstration data would mix with real work."""


@dataclass(frozen=True)
class DemoSummary:
    scale: str
    seed: int
    today: date
    first: date
    last: date
    counts: tuple[tuple[str, int], ...]   # (table, rows written), in TABLE_LABELS order

    def count(self, table: str) -> int:
        return dict(self.counts).get(table, 0)


def generate(session: Session, scale: str, seed: int, today: date, user: str = "demo") -> DemoSummary:
    """Fill the database around ``today``; refuses one that already holds meetings."""
    if scale not in SCALES:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "未知的演示数据规模：{scale}（可选 small、large）。"),
                              field="scale", scale=scale)
    existing = session.scalar(select(func.count()).select_from(Meeting))
    if existing:
        raise DemoRefusedError(QT_TRANSLATE_NOOP(
            "Errors", "数据库中已有 {n} 个会议，演示数据只能写入没有会议的数据库，以免与真实工作数据混在一起。"
                      "请换一个新的数据库文件（--database）再运行。"), n=existing)
    seed_bodies(session)
    ctx = Ctx(SCALES[scale], seed, today, user, BulkWriter(session))
    mail.address_seeded_people(session)
    directory.load(session, ctx)
    directory.build_people(ctx)
    directory.build_rooms(session, ctx)
    directory.build_enterprises(session, ctx)
    screening.build(ctx)
    disputes.build(session, ctx)
    plans = plan.plan_meetings(ctx)
    meetings.plan_people_and_agenda(ctx, plans)
    records.plan_minutes(ctx, plans)
    records.number_documents(ctx, plans)
    actions.plan_decisions(ctx, plans)
    with search_index_paused(session):  # one FTS rebuild instead of a trigger per row
        for item in plans:
            meetings.write_meeting(ctx, item)
            if item.record is not None:
                records.write_minutes(ctx, item)
                actions.write_actions(ctx, item)
        ctx.writer.finish()
    incidents.build(session, ctx)   # through the register's services, after the meetings they link
    counts = tuple((t, ctx.writer.counts.get(t, 0)) for t in TABLE_LABELS)
    _audit(session, user, scale, seed, today, counts)
    return DemoSummary(scale, seed, today, ctx.first, ctx.last, counts)


def _audit(session: Session, user: str, scale: str, seed: int, today: date, counts) -> None:
    """One summary entry instead of one per generated row."""
    changes = {"scale": [None, scale], "seed": [None, seed], "today": [None, today.isoformat()],
               "rows": [None, dict(counts)]}
    writing_connection(session).execute(insert(AuditEntry.__table__), [{
        "at": utcnow(), "user": user, "entity": "demo", "entity_id": None, "action": "demo",
        "changes": json.dumps(changes, ensure_ascii=False),
    }])
