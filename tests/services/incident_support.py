"""Incidents for the register's tests: one enterprise, a fixed moment the office learned of it."""

from __future__ import annotations

from datetime import datetime, timedelta

from desktop.config import LOCAL_TZ
from desktop.models import Enterprise
from desktop.services.incidents import board, core
from tests.services.warning_support import add_enterprises

LEARNED = datetime(2026, 3, 2, 9, 0, tzinfo=LOCAL_TZ)


def enterprise_id(db) -> int:
    def work(s):
        return [e.id for e in s.query(Enterprise).order_by(Enterprise.id)] or add_enterprises(s)
    return db.run(work, "测试员")[0][0]


def new_incident(db, level: int = 3, learned: datetime = LEARNED, **kwargs) -> int:
    values = {"title": "欠薪聚集", "workers": 40} | kwargs
    draft = core.IncidentDraft(enterprise_id=enterprise_id(db), level=level, began_at=learned - timedelta(minutes=20),
                               learned_at=learned, **values)
    return db.run(lambda s: core.create_incident(s, draft, user="秘书"), "秘书")[0]


def notify(db, incident_id: int, party: str, at: datetime, channel: str = "电话") -> None:
    def work(s):
        board.notify(s, incident_id, board.find_party(s, incident_id, party).id, channel, at=at, user="秘书")
    db.run(work, "秘书")


def ack(db, incident_id: int, party: str, at: datetime, by: str = "值班员") -> None:
    def work(s):
        board.acknowledge(s, incident_id, board.find_party(s, incident_id, party).id, at=at, by=by)
    db.run(work, "秘书")
