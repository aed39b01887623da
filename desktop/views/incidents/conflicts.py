"""The incident edit form's side of a save conflict: its fields, the incident as stored, refilling.

ID and phone numbers stay masked in the conflict dialog (and on the clipboard): the stored
incident is read masked, and a number the user retyped in full is masked before it is shown.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy.orm import Session

from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.models import Incident
from desktop.services.enterprises.core import EnterpriseRow
from desktop.services.incidents.query import IncidentDetail, incident_detail
from desktop.services.kernel.records import get_or_refuse
from desktop.services.kernel.validation import mask_id_number, mask_phone
from desktop.views.disputes.intake_widgets import employer_shown
from desktop.views.disputes.kept_numbers import masked
from desktop.views.form_dialog import FormConflicts
from desktop.views.incidents.model import level_label
from desktop.views.workspace import Workspace

CONTEXT = "IncidentConflicts"

LABEL_TEXTS = {  # the form's fields in its order, as the conflict dialog names them
    "enterprise": QT_TRANSLATE_NOOP("IncidentConflicts", "企业"),
    "title": QT_TRANSLATE_NOOP("IncidentConflicts", "事件名称"),
    "level": QT_TRANSLATE_NOOP("IncidentConflicts", "事件级别"),
    "began_at": QT_TRANSLATE_NOOP("IncidentConflicts", "发生时间"),
    "learned_at": QT_TRANSLATE_NOOP("IncidentConflicts", "获悉时间"),
    "workers": QT_TRANSLATE_NOOP("IncidentConflicts", "涉及职工人数"),
    "place": QT_TRANSLATE_NOOP("IncidentConflicts", "地点"),
    "happened": QT_TRANSLATE_NOOP("IncidentConflicts", "事件经过"),
    "demands": QT_TRANSLATE_NOOP("IncidentConflicts", "主要诉求"),
    "measures": QT_TRANSLATE_NOOP("IncidentConflicts", "已采取措施"),
    "drill": QT_TRANSLATE_NOOP("IncidentConflicts", "演练"),
    "persons": QT_TRANSLATE_NOOP("IncidentConflicts", "涉及人员"),
}


def detail_values(detail: IncidentDetail, enterprise_id: int) -> dict:
    """The incident's editable fields as the form holds them."""
    row = detail.row
    return {"enterprise": enterprise_id, "title": row.title, "level": row.level, "began_at": row.began_at,
            "learned_at": row.learned_at, "workers": row.workers, "place": detail.place,
            "happened": detail.happened, "demands": detail.demands, "measures": detail.measures,
            "drill": bool(row.drill),
            "persons": tuple((p.name, p.id_number, p.phone, p.role) for p in detail.persons)}


def form_values(form) -> dict:
    """What the form (an ``IncidentForm``) says, in the same shape as ``detail_values``."""
    d = form.draft
    enterprise = form.new_enterprise.name if form.new_enterprise is not None else d.enterprise_id
    return {"enterprise": enterprise, "title": d.title, "level": d.level, "began_at": d.began_at,
            "learned_at": d.learned_at, "workers": d.workers, "place": d.place, "happened": d.happened,
            "demands": d.demands, "measures": d.measures, "drill": bool(d.drill),
            "persons": tuple((p.name, p.id_number, p.phone, p.role) for p in d.persons)}


class IncidentConflicts(FormConflicts):
    """An incident's form fields (``IncidentDraft``), names shown for the ids and levels."""

    entity = "incidents"
    label_context, label_texts = CONTEXT, LABEL_TEXTS

    def __init__(self, workspace: Workspace, detail: IncidentDetail, enterprise_id: int,
                 enterprises: Sequence[EnterpriseRow]) -> None:
        super().__init__(workspace, detail.row.id, detail.row.version)
        self._enterprises = {e.id: e.name for e in enterprises}
        self._enterprises.setdefault(enterprise_id, detail.row.enterprise)

    def mine(self) -> dict:
        return form_values(self.form.data())

    def stored(self, session: Session) -> tuple[int, dict]:
        detail = incident_detail(session, self.entity_id)   # masked
        enterprise_id = get_or_refuse(session, Incident, self.entity_id).enterprise_id
        self._enterprises.setdefault(enterprise_id, detail.row.enterprise)
        return detail.row.version, {**detail_values(detail, enterprise_id), "detail": detail}

    def take(self, stored: dict, version: int) -> None:
        self.form.load_detail(stored["detail"], stored["enterprise"])

    def shown(self, field: str, value: object) -> object:
        if field == "enterprise":
            return employer_shown(self._enterprises, value)
        if field == "level" and isinstance(value, int):
            return level_label(value)
        if field == "persons":
            return [" ".join(p for p in (f"{name}（{role}）" if role else name, masked(id_number, mask_id_number),
                                         masked(phone, mask_phone)) if p)
                    for name, id_number, phone, role in value or ()]
        return value
