"""The 督办 edit form's side of a save conflict: its fields, the item as stored, refilling."""

from __future__ import annotations

from dataclasses import asdict

from PySide6.QtCore import QCoreApplication
from sqlalchemy.orm import Session

from desktop.i18n import LABELS, QT_TRANSLATE_NOOP
from desktop.services.actions.detail import ActionDetail, get_action
from desktop.services.actions.timing import PRIORITY_LABELS
from desktop.views.form_dialog import FormConflicts
from desktop.views.workspace import Workspace

CONTEXT = "ActionConflicts"


LABEL_TEXTS = {  # the form's fields in its order, as the conflict dialog names them
    "title": QT_TRANSLATE_NOOP("ActionConflicts", "督办事项"),
    "description": QT_TRANSLATE_NOOP("ActionConflicts", "说明"),
    "lead_org_id": QT_TRANSLATE_NOOP("ActionConflicts", "牵头单位"),
    "co_org_ids": QT_TRANSLATE_NOOP("ActionConflicts", "协办单位"),
    "owner_id": QT_TRANSLATE_NOOP("ActionConflicts", "责任人"),
    "due": QT_TRANSLATE_NOOP("ActionConflicts", "完成期限"),
    "priority": QT_TRANSLATE_NOOP("ActionConflicts", "优先级"),
    "report_every_days": QT_TRANSLATE_NOOP("ActionConflicts", "汇报周期（天）"),
}


class ActionConflicts(FormConflicts):
    """An item's editable fields (``ActionFields``), names shown for the ids."""

    entity = "action_items"
    label_context, label_texts = CONTEXT, LABEL_TEXTS

    def __init__(self, workspace: Workspace, detail: ActionDetail, choices) -> None:
        super().__init__(workspace, detail.id, detail.version)
        self._orgs = {c.id: c.name for c in choices.organisations}
        self._people = {p.id: f"{p.name}（{p.detail}）" if p.detail else p.name for p in choices.people}

    def mine(self) -> dict:
        return asdict(self.form.fields())

    def stored(self, session: Session) -> tuple[int, dict]:
        detail = get_action(session, self.entity_id)
        return detail.version, {**asdict(detail.fields()), "detail": detail}

    def take(self, stored: dict, version: int) -> None:
        self.form.load_detail(stored["detail"])

    def shown(self, field: str, value: object) -> object:
        if field == "lead_org_id":
            return self._orgs.get(value, value)
        if field == "co_org_ids":
            return sorted(str(self._orgs.get(v, v)) for v in value or ())
        if field == "owner_id":
            return self._people.get(value, value)
        if field == "priority" and value in PRIORITY_LABELS:
            return QCoreApplication.translate(LABELS, PRIORITY_LABELS[value])
        return value
