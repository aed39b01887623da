"""Put a warning on the agenda of the ``warning`` body's next planned meeting, in one action."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.errors import ValidationError
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.models import AgendaItem, Meeting, MeetingStatus, utcnow
from desktop.services.bodies.core import body_by_key
from desktop.services.kernel.cn_format import cn_date
from desktop.services.kernel.timeutil import to_local
from desktop.services.meetings.agenda import AgendaItemData, add_agenda_item
from desktop.services.warnings.labels import CATEGORY_LABELS, LEVEL_LABELS
from desktop.services.warnings.query import get_warning

BODY_KEY = "warning"


def next_warning_meeting(session: Session, now: datetime | None = None) -> Meeting | None:
    """The ``warning`` body's next planned meeting that has not begun."""
    body = body_by_key(session, BODY_KEY)
    return session.scalar(select(Meeting).where(
        Meeting.body_id == body.id, Meeting.status == MeetingStatus.PLANNED.value,
        Meeting.start > (now or utcnow())).order_by(Meeting.start, Meeting.id).limit(1))


def agenda_title(enterprise: str, level: str, category: str) -> str:
    """``北京甲科技有限公司红色预警（欠薪）``."""
    return f"{enterprise}{LEVEL_LABELS.get(level, level)}预警（{CATEGORY_LABELS.get(category, category)}）"


def put_on_next_agenda(session: Session, warning_id: int, *, now: datetime | None = None) -> int:
    """Add the warning as the last item of the next meeting's agenda; returns the meeting's id."""
    row = get_warning(session, warning_id)
    if not row.is_active:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "只有生效中的预警才能列入会议议程。"), field="status")
    meeting = next_warning_meeting(session, now)
    if meeting is None:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "劳资矛盾预警机制还没有安排今后的会议，请先在会议日历中新建一次会议。"), field="meeting")
    title = agenda_title(row.enterprise, row.level, row.category)
    existing = session.scalar(select(AgendaItem.id).where(AgendaItem.meeting_id == meeting.id,
                                                          AgendaItem.title == title))
    if existing is not None:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "该预警已列入{date}会议“{title}”的议程。"),
                              field="meeting", date=cn_date(to_local(meeting.start).date()), title=meeting.title)
    notes = "；".join(x for x in (row.letter_number, row.reason, row.measures and f"措施：{row.measures}") if x)
    add_agenda_item(session, meeting.id, AgendaItemData(title=title, planned_minutes=15, notes=notes))
    return meeting.id
