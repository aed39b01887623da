"""Reports as the contingency plans ask for them: one 初报, then 续报一、续报二 … that give only
what changed since the report before, a 日报 while an incident stays open past a day, and one
closing 总结评估.

A report is written once and never edited; its number is allocated in the saving transaction
(the incident's row is locked first, and a unique key refuses a duplicate), so numbers of each
kind run 1, 2, 3 … without gaps.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.errors import ValidationError
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.models import (
    Enterprise,
    Incident,
    IncidentReport,
    IncidentStatus,
    ReportKind,
    utcnow,
)
from desktop.models.audit_chain import lock_writers
from desktop.services.incidents.board import board
from desktop.services.incidents.core import MAX_TEXT, check_moment
from desktop.services.incidents.labels import CHANNEL_LABELS, LEVEL_SHORT, report_title
from desktop.services.incidents.timeline import timeline
from desktop.services.kernel.records import get_or_refuse
from desktop.services.kernel.timeutil import to_local

K = ReportKind
DAILY_AFTER = timedelta(days=1)
_REPORTED = {"report", "opened", "learned"}   # timeline kinds a 续报 does not repeat


@dataclass(frozen=True)
class ReportRow:
    id: int
    kind: str
    kind_seq: int
    title: str
    reported_at: datetime
    author: str
    body: str


def reports(session: Session, incident_id: int) -> list[ReportRow]:
    """The reports of an incident in the order they were written."""
    rows = session.scalars(select(IncidentReport).where(IncidentReport.incident_id == incident_id)
                           .order_by(IncidentReport.reported_at, IncidentReport.id))
    return [ReportRow(r.id, r.kind, r.kind_seq, report_title(r.kind, r.kind_seq), r.reported_at, r.author, r.body)
            for r in rows]


def next_kinds(session: Session, incident_id: int) -> list[str]:
    """The kinds of report that may be written now, first the one usually due."""
    incident = get_or_refuse(session, Incident, incident_id)
    have = set(session.scalars(select(IncidentReport.kind).where(IncidentReport.incident_id == incident_id)))
    if K.INITIAL.value not in have:
        return [K.INITIAL.value]
    if incident.status == IncidentStatus.CLOSED.value:
        return [] if K.FINAL.value in have else [K.FINAL.value]
    return [K.FOLLOWUP.value, K.DAILY.value]


def add_report(session: Session, incident_id: int, kind: str, body: str, *, at: datetime | None = None,
               user: str = "") -> tuple[int, str]:
    """Write a report; returns (id, title such as 续报二)."""
    incident = _locked(session, incident_id)
    if kind not in next_kinds(session, incident_id):
        raise ValidationError(_refusal(session, incident, kind), field="kind")
    text = (body or "").strip()
    if not text:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "报告内容不能为空。"), field="body")
    if len(text) > MAX_TEXT * 4:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "内容过长（最多{n}个字）。"), field="body", n=MAX_TEXT * 4)
    last = session.scalar(select(func.max(IncidentReport.kind_seq))
                          .where(IncidentReport.incident_id == incident_id, IncidentReport.kind == kind))
    seq = (last or 0) + 1
    report = IncidentReport(incident_id=incident_id, kind=kind, kind_seq=seq, body=text, author=user[:100],
                            reported_at=check_moment(at or utcnow(), "at", not_before=incident.began_at))
    session.add(report)
    session.flush()
    return report.id, report_title(kind, seq)


def _locked(session: Session, incident_id: int) -> Incident:
    """The incident row, locked for this transaction on PostgreSQL (SQLite writers are serial).
    The writers' lock comes first, as for every writer: holding the row while waiting for it
    could deadlock with a writer that holds it and waits for the row."""
    lock_writers(session.connection())
    query = select(Incident).where(Incident.id == incident_id)
    if session.get_bind().dialect.name == "postgresql":
        query = query.with_for_update()
    incident = session.scalars(query).first()
    return incident if incident is not None else get_or_refuse(session, Incident, incident_id)


def _refusal(session: Session, incident: Incident, kind: str) -> str:
    have = set(session.scalars(select(IncidentReport.kind).where(IncidentReport.incident_id == incident.id)))
    if kind not in {k.value for k in K}:
        return QT_TRANSLATE_NOOP("Errors", "没有这种报告。")
    if K.INITIAL.value not in have and kind != K.INITIAL.value:
        return QT_TRANSLATE_NOOP("Errors", "请先报送初报。")
    if kind == K.INITIAL.value:
        return QT_TRANSLATE_NOOP("Errors", "初报已经报送，后续情况请报送续报。")
    if kind == K.FINAL.value:
        return (QT_TRANSLATE_NOOP("Errors", "总结评估报告已经报送。") if K.FINAL.value in have
                else QT_TRANSLATE_NOOP("Errors", "事件处置结束后才能报送总结评估报告。"))
    return QT_TRANSLATE_NOOP("Errors", "事件已结束，不能再报送续报或日报，请报送总结评估报告。")


# ---------------------------------------------------------------- drafts

def draft(session: Session, incident_id: int, kind: str, *, as_of: datetime | None = None) -> str:
    """A first draft of the report's body for the secretary to edit before saving."""
    incident = get_or_refuse(session, Incident, incident_id)
    as_of = as_of or utcnow()
    if kind == K.INITIAL.value:
        return _initial(session, incident, as_of)
    if kind == K.FINAL.value:
        return _final(session, incident)
    return _changes_since_last(session, incident, as_of, daily=kind == K.DAILY.value)


def _when(value: datetime) -> str:
    local = to_local(value)
    return f"{local.year}年{local.month}月{local.day}日{local.hour}时{local.minute:02d}分"


def _facts(session: Session, incident: Incident) -> str:
    enterprise = session.get(Enterprise, incident.enterprise_id)
    place = f"在{incident.place}" if incident.place else ""
    who = f"，涉及职工约{incident.workers}人" if incident.workers else ""
    return (f"{_when(incident.began_at)}，{enterprise.name}{place}发生{incident.title}{who}。"
            f"事件暂定为{LEVEL_SHORT[incident.level]}。")


def _board_line(session: Session, incident: Incident, as_of: datetime) -> str:
    rows = board(session, incident.id, as_of=as_of)
    told = [r for r in rows if r.notified_at is not None]
    parts = [f"已通报{len(told)}家联动单位（共{len(rows)}家）"]
    if told:
        parts.append("：" + "、".join(f"{r.short}（{CHANNEL_LABELS.get(r.channel, r.channel)}）" for r in told))
    late = [r.short for r in rows if r.late]
    if late:
        parts.append(f"；超过时限的：{'、'.join(late)}")
    waiting = [r.short for r in rows if r.notified_at is not None and r.acknowledged_at is None]
    if waiting:
        parts.append(f"；尚未签收的：{'、'.join(waiting)}")
    return "".join(parts) + "。"


def _initial(session: Session, incident: Incident, as_of: datetime) -> str:
    lines = ["一、基本情况", _facts(session, incident)]
    if incident.happened:
        lines.append(incident.happened)
    lines += ["二、职工主要诉求", incident.demands or "（待核实）",
              "三、已采取的措施", incident.measures or "（待补充）",
              "四、通报情况", _board_line(session, incident, as_of),
              "五、下一步工作", "（待补充）"]
    return "\n".join(lines)


def _changes_since_last(session: Session, incident: Incident, as_of: datetime, *, daily: bool) -> str:
    last = session.scalars(select(IncidentReport).where(IncidentReport.incident_id == incident.id)
                           .order_by(IncidentReport.reported_at.desc(), IncidentReport.id.desc())).first()
    since = last.reported_at if last is not None else incident.learned_at
    changed = [e for e in timeline(session, incident.id) if since < e.at <= as_of and e.kind not in _REPORTED]
    head = (f"截至{_when(as_of)}，事件仍在处置中。" if daily else "")
    ref = report_title(last.kind, last.kind_seq) if last is not None else "初报"
    lines = [head + f"自{ref}（{_when(since)}）以来的新情况："] if head else [f"自{ref}（{_when(since)}）以来的新情况："]
    lines += [f"{i}. {_when(e.at)}　{e.label}：{e.text}" for i, e in enumerate(changed, 1)]
    if not changed:
        lines.append("无新的变化。")
    lines += ["", "通报情况：" + _board_line(session, incident, as_of)]
    return "\n".join(lines)


def _final(session: Session, incident: Incident) -> str:
    steps = [e for e in timeline(session, incident.id) if e.kind in ("action", "level", "meeting", "item")]
    rows = board(session, incident.id, as_of=incident.closed_at or utcnow())
    late = [r.short for r in rows if r.late]
    lines = ["一、事件概况", _facts(session, incident),
             "二、处置经过"] + [f"{_when(e.at)}，{e.text}" for e in steps] + [
             "三、处置结果", incident.summary or "（待补充）",
             "四、联动响应情况", _board_line(session, incident, incident.closed_at or utcnow())
             + ("全部单位均在时限内收到通报。" if not late else ""),
             "五、经验与不足", "（待补充）",
             "六、改进措施", "（待补充）"]
    return "\n".join(lines)


# ---------------------------------------------------------------- the daily reminder

def daily_report_due(session: Session, incident_id: int, *, as_of: datetime | None = None) -> bool:
    """True while an open incident has run more than a day and no report went out in the last 24 hours."""
    incident = get_or_refuse(session, Incident, incident_id)
    as_of = as_of or utcnow()
    if incident.status != IncidentStatus.OPEN.value or as_of - incident.learned_at <= DAILY_AFTER:
        return False
    latest = session.scalar(select(func.max(IncidentReport.reported_at))
                            .where(IncidentReport.incident_id == incident_id))
    return latest is None or as_of - latest >= DAILY_AFTER
