"""Everything that happened on an incident, in time order: opening, notifications and
acknowledgements, reports, response actions and level changes, linked meetings of the
``linkage`` body and the 督办 items they decided, and closing."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models import (
    ActionItem,
    Incident,
    IncidentEvent,
    IncidentMeeting,
    IncidentParty,
    IncidentReport,
    Meeting,
)
from desktop.services.incidents.labels import (
    CHANNEL_LABELS,
    EVENT_LABELS,
    LEVEL_SHORT,
    report_title,
)
from desktop.services.kernel.records import get_or_refuse


@dataclass(frozen=True)
class TimelineEntry:
    """One line of the timeline; ``kind`` names its source, ``ref`` the row it came from."""

    at: datetime
    kind: str      # opened | notified | acknowledged | report | action | level | note | meeting | item | closed
    label: str     # the kind in Chinese (事件发生, 通报, 签收, 续报二 …)
    text: str
    by: str = ""
    ref: int | None = None


def timeline(session: Session, incident_id: int) -> list[TimelineEntry]:
    """The timeline of one incident, oldest first (ties keep the order of the sources above)."""
    incident = get_or_refuse(session, Incident, incident_id)
    entries = [TimelineEntry(incident.began_at, "opened", "事件发生", incident.title),
               TimelineEntry(incident.learned_at, "learned", "获悉事件",
                             f"办公室获悉，定为{LEVEL_SHORT[incident.level]}", incident.created_by)]
    entries += _board_entries(session, incident_id)
    entries += [TimelineEntry(r.reported_at, "report", report_title(r.kind, r.kind_seq),
                              _first_line(r.body), r.author, r.id)
                for r in session.scalars(select(IncidentReport).where(IncidentReport.incident_id == incident_id))]
    entries += [TimelineEntry(e.at, e.kind, EVENT_LABELS.get(e.kind, e.kind), e.text, e.by, e.id)
                for e in session.scalars(select(IncidentEvent).where(IncidentEvent.incident_id == incident_id))]
    entries += _meeting_entries(session, incident_id)
    if incident.closed_at is not None:
        entries.append(TimelineEntry(incident.closed_at, "closed", "处置结束", incident.summary))
    return sorted(entries, key=lambda e: e.at)


def _board_entries(session: Session, incident_id: int) -> list[TimelineEntry]:
    out = []
    for p in session.scalars(select(IncidentParty).where(IncidentParty.incident_id == incident_id)):
        if p.notified_at is not None:
            how = CHANNEL_LABELS.get(p.channel, p.channel)
            who = f"（{p.contact}接收）" if p.contact else ""
            out.append(TimelineEntry(p.notified_at, "notified", "通报", f"以{how}通报{p.party}{who}",
                                     p.notified_by, p.id))
        if p.acknowledged_at is not None:
            who = f"（{p.acknowledged_by}）" if p.acknowledged_by else ""
            out.append(TimelineEntry(p.acknowledged_at, "acknowledged", "签收", f"{p.party}签收{who}", "", p.id))
    return out


def _meeting_entries(session: Session, incident_id: int) -> list[TimelineEntry]:
    meetings = session.execute(
        select(Meeting.id, Meeting.start, Meeting.title).join(IncidentMeeting, IncidentMeeting.meeting_id == Meeting.id)
        .where(IncidentMeeting.incident_id == incident_id)).all()
    out = [TimelineEntry(start, "meeting", "联动会议", title, "", mid) for mid, start, title in meetings]
    if meetings:
        items = session.execute(select(ActionItem.id, ActionItem.created_at, ActionItem.title, ActionItem.status)
                                .where(ActionItem.meeting_id.in_([m[0] for m in meetings])))
        out += [TimelineEntry(created, "item", "督办事项", title, "", aid) for aid, created, title, _status in items]
    return out


def _first_line(body: str) -> str:
    line = (body or "").strip().splitlines()
    return line[0][:120] if line else ""
