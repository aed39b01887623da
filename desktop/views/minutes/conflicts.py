"""The minutes editor's side of a save conflict: the draft's parts, the version as stored, refilling.

The window's save compares ``MinutesConflicts.version``: the version of the row whose text the
editor was last filled with (``follow``), never one read again at save time. Sections are
compared as the plain text of the document (heading, then each paragraph with its list mark):
bold is not something two people's versions are told apart by.
"""

from __future__ import annotations

from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication
from sqlalchemy.orm import Session

from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.models import Minutes
from desktop.models.base import utcnow
from desktop.services.minutes.content import MinutesContent, block_lines, decision_label
from desktop.services.minutes.core import MinutesView, get_minutes
from desktop.views.conflict_dialog import ConflictSource
from desktop.views.workspace import Workspace


class MinutesForm(Protocol):
    """What the conflict source uses of the minutes window (which imports this module)."""

    editor: Any
    meeting_id: int

    def windowTitle(self) -> str: ...  # noqa: N802 - Qt API
    def show_view(self, view: MinutesView) -> None: ...
    def save(self) -> Any: ...

CONTEXT = "MinutesConflicts"

HEAD_LABELS = {  # the page's parts above the sections, in its order
    "title": QT_TRANSLATE_NOOP("MinutesConflicts", "标题"),
    "intro": QT_TRANSLATE_NOOP("MinutesConflicts", "开头"),
}
SECTION_LABEL = QT_TRANSLATE_NOOP("MinutesConflicts", "第 {n} 节")
TAIL_LABELS = {  # and below them
    "decisions": QT_TRANSLATE_NOOP("MinutesConflicts", "会议议定"),
    "closing": QT_TRANSLATE_NOOP("MinutesConflicts", "结束语"),
    "present": QT_TRANSLATE_NOOP("MinutesConflicts", "出席"),
    "leave": QT_TRANSLATE_NOOP("MinutesConflicts", "请假"),
    "observers": QT_TRANSLATE_NOOP("MinutesConflicts", "列席"),
    "recorder": QT_TRANSLATE_NOOP("MinutesConflicts", "记录"),
    "cc": QT_TRANSLATE_NOOP("MinutesConflicts", "抄送"),
    "issuer": QT_TRANSLATE_NOOP("MinutesConflicts", "印发机关"),
}


def section_field(n: int) -> str:
    return f"section_{n}"


def content_fields(content: MinutesContent) -> dict[str, object]:
    """What the editor saves of ``content``, by field name, as the conflict dialog compares it."""
    a = content.attendance
    fields: dict[str, object] = {"title": content.title, "intro": content.intro}
    for n, section in enumerate(content.sections, 1):
        fields[section_field(n)] = "\n".join([section.heading, *block_lines(section.blocks)])
    fields.update(
        decisions="\n".join(decision_label(i) + d.text for i, d in enumerate(content.decisions, 1)),
        closing=content.closing, present=a.present, leave=a.leave, observers=a.observers,
        recorder=a.recorder, cc=content.cc, issuer=content.issuer)
    return fields


class MinutesConflicts(ConflictSource):
    """The draft on screen in a ``MinutesWindow`` (``MinutesForm``): keeping mine saves it again, taking the
    stored one refills the window with the version as stored now."""

    entity = Minutes.__tablename__

    def __init__(self, workspace: Workspace, window: MinutesForm) -> None:
        super().__init__(workspace, 0, 0)
        self._window = window
        self._version_no: int | None = None
        self._stored_sections = 0   # of the record last read by ``stored``

    def follow(self, view: MinutesView) -> None:
        """The editor now holds ``view``'s text: its next save compares ``view.version``."""
        if (view.id, view.version) != (self.entity_id, self.version):
            self.opened_at = utcnow()
        self.entity_id, self.version, self._version_no = view.id, view.version, view.version_no

    def title(self) -> str:
        return self._window.windowTitle()

    def labels(self) -> dict[str, str]:
        def tr(text: str) -> str:
            return QCoreApplication.translate(CONTEXT, text)

        count = max(len(self._window.editor.section_editors()), self._stored_sections)
        sections = {section_field(n): tr(SECTION_LABEL).format(n=n) for n in range(1, count + 1)}
        return {**{f: tr(t) for f, t in HEAD_LABELS.items()}, **sections,
                **{f: tr(t) for f, t in TAIL_LABELS.items()}}

    def mine(self) -> dict:
        return content_fields(self._window.editor.content())

    def stored(self, session: Session) -> tuple[int, dict]:
        view = get_minutes(session, self._window.meeting_id, self._version_no)
        self._stored_sections = len(view.content.sections)
        return view.version, {**content_fields(view.content), "view": view}

    def take(self, stored: dict, version: int) -> None:
        self._window.show_view(stored["view"])

    def resubmit(self, version: int) -> None:
        self.version = version
        self._window.save()
