"""The meeting dialog's side of a save conflict: its fields, the meeting as stored, refilling."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, timedelta
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication
from sqlalchemy.orm import Session

from desktop.config import LOCAL_TZ
from desktop.i18n import LABELS, QT_TRANSLATE_NOOP
from desktop.services.meetings.core import ROLE_LABELS
from desktop.services.meetings.queries import MeetingDetail, get_meeting
from desktop.views.conflict_dialog import ConflictSource
from desktop.views.workspace import Workspace


class MeetingForm(Protocol):
    """What the conflict source uses of the meeting dialog (which imports this module)."""

    details: Any
    attendees: Any

    def windowTitle(self) -> str: ...  # noqa: N802 - Qt API
    def meeting_data(self) -> Any: ...
    def show_stored(self, detail: MeetingDetail) -> None: ...
    def save_over(self, version: int) -> None: ...

CONTEXT = "MeetingConflicts"

LABEL_TEXTS = {  # the dialog's fields in its order, as the conflict dialog names them
    "body": QT_TRANSLATE_NOOP("MeetingConflicts", "机制"),
    "title": QT_TRANSLATE_NOOP("MeetingConflicts", "会议名称"),
    "start": QT_TRANSLATE_NOOP("MeetingConflicts", "开始"),
    "end": QT_TRANSLATE_NOOP("MeetingConflicts", "结束"),
    "all_day": QT_TRANSLATE_NOOP("MeetingConflicts", "全天"),
    "room": QT_TRANSLATE_NOOP("MeetingConflicts", "会议室"),
    "location": QT_TRANSLATE_NOOP("MeetingConflicts", "其他地点"),
    "online_url": QT_TRANSLATE_NOOP("MeetingConflicts", "线上会议链接"),
    "notes": QT_TRANSLATE_NOOP("MeetingConflicts", "备注"),
    "attendees": QT_TRANSLATE_NOOP("MeetingConflicts", "参会人员"),
}


def _invitees(people: Iterable[tuple[str, str]]) -> list[str]:
    """``姓名（角色）`` of each (name, role), sorted: the two sides list them in different orders."""
    return sorted(f"{name}（{QCoreApplication.translate(LABELS, ROLE_LABELS.get(role, role))}）"
                  for name, role in people)


def _when(start: datetime, end: datetime, all_day: bool) -> dict:
    """The times as the form shows them: an all-day meeting by its first and last day."""
    if not all_day:
        return {"start": start, "end": end}
    first, after = start.astimezone(LOCAL_TZ).date(), end.astimezone(LOCAL_TZ).date()
    return {"start": first, "end": max(first, after - timedelta(days=1))}


class MeetingConflicts(ConflictSource):
    """The meeting's own fields (details and invitees), names shown for the body and room.

    ``version`` is the one of the meeting the dialog last showed (opened, saved, refreshed or
    taken); keeping mine saves the dialog's values again over the stored version.
    """

    entity = "meetings"
    label_context, label_texts = CONTEXT, LABEL_TEXTS

    def __init__(self, workspace: Workspace, dialog: MeetingForm, meeting_id: int, version: int) -> None:
        super().__init__(workspace, meeting_id, version)
        self._dialog = dialog

    def title(self) -> str:
        return self._dialog.windowTitle()

    def mine(self) -> dict:
        details, data = self._dialog.details, self._dialog.meeting_data()
        return {"body": details.body_combo.currentText(), "title": data.title,
                **_when(data.start, data.end, data.all_day), "all_day": data.all_day,
                "room": details.room_combo.currentText() if data.room_id is not None else None,
                "location": data.location, "online_url": data.online_url, "notes": data.notes,
                "attendees": _invitees((e.name, e.role) for e in self._dialog.attendees.entries())}

    def stored(self, session: Session) -> tuple[int, dict]:
        detail = get_meeting(session, self.entity_id)
        m = detail.meeting
        return m.version, {"body": m.body_name, "title": m.title, **_when(m.start, m.end, m.all_day),
                           "all_day": m.all_day, "room": m.room or None, "location": m.location,
                           "online_url": detail.online_url, "notes": detail.notes,
                           "attendees": _invitees((a.name, a.role) for a in detail.attendees),
                           "detail": detail}

    def take(self, stored: dict, version: int) -> None:
        detail: MeetingDetail = stored["detail"]
        self._dialog.show_stored(detail)

    def resubmit(self, version: int) -> None:
        self._dialog.save_over(version)
