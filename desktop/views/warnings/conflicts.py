"""The 签发 form's side of a save conflict: the suggestion's fields, as stored now, refilling.

A suggestion changes under an open form when a screening result is entered again (its level,
reasons and workers) or when another PC issues or dismisses it; the status row says the latter,
and keeping one's own values then gets the service's refusal in the form.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication
from sqlalchemy.orm import Session

from desktop.i18n import LABELS, QT_TRANSLATE_NOOP
from desktop.services.warnings.labels import STATUS_LABELS
from desktop.services.warnings.query import WarningRow, get_warning
from desktop.views.form_dialog import FormConflicts
from desktop.views.warnings.dialogs import issue_values
from desktop.views.warnings.model import level_label
from desktop.views.workspace import Workspace

CONTEXT = "WarningConflicts"

LABEL_TEXTS = {  # the form's fields in its order, as the conflict dialog names them
    "status": QT_TRANSLATE_NOOP("WarningConflicts", "状态"),
    "level": QT_TRANSLATE_NOOP("WarningConflicts", "预警级别"),
    "starts": QT_TRANSLATE_NOOP("WarningConflicts", "开始日期"),
    "expires": QT_TRANSLATE_NOOP("WarningConflicts", "有效期至"),
    "scope": QT_TRANSLATE_NOOP("WarningConflicts", "影响范围"),
    "workers_affected": QT_TRANSLATE_NOOP("WarningConflicts", "涉及职工人数"),
    "watch": QT_TRANSLATE_NOOP("WarningConflicts", "需关注事项"),
    "measures": QT_TRANSLATE_NOOP("WarningConflicts", "措施"),
}


class IssueConflicts(FormConflicts):
    """A suggestion's issuing fields (``WarningDraft``); the status it had when the form opened."""

    entity = "warnings"
    label_context, label_texts = CONTEXT, LABEL_TEXTS

    def __init__(self, workspace: Workspace, row: WarningRow, today: date, expiry_days: int) -> None:
        super().__init__(workspace, row.id, row.version)
        self._status = row.status
        self._today, self._expiry_days = today, expiry_days
        self._read: WarningRow | None = None   # the suggestion as the last conflict read it

    def mine(self) -> dict:
        draft = self.form.data()
        return {"status": self._status, "level": draft.level, "starts": draft.starts, "expires": draft.expires,
                "scope": draft.scope, "workers_affected": draft.workers_affected, "watch": draft.watch,
                "measures": draft.measures}

    def stored(self, session: Session) -> tuple[int, dict]:
        row = get_warning(session, self.entity_id, today=self._today)
        values = issue_values(row, self._today, self._expiry_days)
        self._read = row
        return row.version, {**values, "status": row.status, "row": row}

    def take(self, stored: dict, version: int) -> None:
        row = stored["row"]
        self._status = row.status
        self.form.load_row(row)

    def resubmit(self, version: int) -> None:
        # The stored suggestion's level decides whether a reason is asked for (a re-screening
        # may have moved it): the form enables its reason box before saving again.
        if self._read is not None:
            self.form.set_suggested(self._read.suggested_level or self._read.level)
        super().resubmit(version)

    def shown(self, field: str, value: object) -> object:
        if field == "status" and value in STATUS_LABELS:
            return QCoreApplication.translate(LABELS, STATUS_LABELS[value])
        if field == "level" and isinstance(value, str):
            return level_label(value)
        if field == "workers_affected" and value is None:
            return QCoreApplication.translate("IssueDialog", "未知")
        return value
