"""The case edit form's side of a save conflict: its fields, the case as stored, refilling.

ID and phone numbers stay masked in the conflict dialog (and on the clipboard): the stored case
is read masked, and a number the user retyped in full is masked before it is shown.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from PySide6.QtCore import QCoreApplication
from sqlalchemy.orm import Session

from desktop.i18n import LABELS, QT_TRANSLATE_NOOP
from desktop.services.disputes.labels import BODY_LABELS, CATEGORY_LABELS, SOURCE_LABELS
from desktop.services.disputes.query import CaseDetail, case_detail
from desktop.services.enterprises.core import EnterpriseRow
from desktop.services.kernel.validation import mask_id_number, mask_phone
from desktop.views.disputes.intake_dialog import ROLES, Intake
from desktop.views.disputes.intake_widgets import employer_shown
from desktop.views.disputes.kept_numbers import masked
from desktop.views.form_dialog import FormConflicts
from desktop.views.workspace import Workspace

CONTEXT = "CaseConflicts"

LABEL_TEXTS = {  # the form's fields in its order, as the conflict dialog names them
    "enterprise": QT_TRANSLATE_NOOP("CaseConflicts", "用人单位"),
    "received": QT_TRANSLATE_NOOP("CaseConflicts", "受理日期"),
    "category": QT_TRANSLATE_NOOP("CaseConflicts", "争议类别"),
    "source": QT_TRANSLATE_NOOP("CaseConflicts", "来源"),
    "mediation_body": QT_TRANSLATE_NOOP("CaseConflicts", "调解组织"),
    "mediator_id": QT_TRANSLATE_NOOP("CaseConflicts", "调解员"),
    "knew_on": QT_TRANSLATE_NOOP("CaseConflicts", "知道权利被侵害之日"),
    "arrears_in_employment": QT_TRANSLATE_NOOP("CaseConflicts", "劳动关系存续期间拖欠劳动报酬"),
    "workers": QT_TRANSLATE_NOOP("CaseConflicts", "涉及职工人数"),
    "parties": QT_TRANSLATE_NOOP("CaseConflicts", "当事人"),
    "claims": QT_TRANSLATE_NOOP("CaseConflicts", "请求事项"),
    "matter": QT_TRANSLATE_NOOP("CaseConflicts", "争议事项"),
    "reasons": QT_TRANSLATE_NOOP("CaseConflicts", "事实与理由"),
    "oral": QT_TRANSLATE_NOOP("CaseConflicts", "口头申请"),
}
CHOICE_LABELS = {"category": CATEGORY_LABELS, "source": SOURCE_LABELS, "mediation_body": BODY_LABELS}


def amount_text(amount: Decimal | None) -> str:
    return "" if amount is None else format(Decimal(amount).normalize(), "f")


def detail_values(detail: CaseDetail) -> dict:
    """The case's editable fields as the form holds them."""
    row, case = detail.row, detail.case
    return {"enterprise": row.enterprise_id, "received": row.received, "category": row.category,
            "source": row.source, "mediation_body": case.get("mediation_body"),
            "mediator_id": case.get("mediator_id"), "knew_on": case.get("knew_on"),
            "arrears_in_employment": bool(case.get("arrears_in_employment")), "workers": row.workers,
            "parties": tuple((p.name, p.id_number, p.phone, p.address, p.role) for p in detail.parties),
            "claims": tuple((c.text, c.amount) for c in detail.claims),
            "matter": case.get("matter", ""), "reasons": case.get("reasons", ""), "oral": bool(case.get("oral"))}


def intake_values(intake: Intake) -> dict:
    """What the form says, in the same shape as ``detail_values``."""
    d = intake.draft
    enterprise = intake.new_enterprise.name if intake.new_enterprise is not None else d.enterprise_id
    return {"enterprise": enterprise, "received": d.received, "category": d.category, "source": d.source,
            "mediation_body": d.mediation_body, "mediator_id": d.mediator_id, "knew_on": d.knew_on,
            "arrears_in_employment": bool(d.arrears_in_employment), "workers": d.workers,
            "parties": tuple((p.name, p.id_number, p.phone, p.address, p.role) for p in d.parties),
            "claims": tuple((c.text, c.amount) for c in d.claims),
            "matter": d.matter, "reasons": d.reasons, "oral": bool(d.oral)}


class CaseConflicts(FormConflicts):
    """A case's intake fields (``CaseDraft``), names shown for the ids and keys."""

    entity = "dispute_cases"
    label_context, label_texts = CONTEXT, LABEL_TEXTS

    def __init__(self, workspace: Workspace, detail: CaseDetail, enterprises: Sequence[EnterpriseRow],
                 mediators: Sequence[tuple]) -> None:
        super().__init__(workspace, detail.row.id, detail.row.version)
        self._enterprises = {e.id: e.name for e in enterprises}
        self._mediators = {m[0]: m[1] for m in mediators}

    def mine(self) -> dict:
        return intake_values(self.form.data())

    def stored(self, session: Session) -> tuple[int, dict]:
        detail = case_detail(session, self.entity_id)   # masked
        self._enterprises.setdefault(detail.row.enterprise_id, detail.row.employer)
        return detail.row.version, {**detail_values(detail), "detail": detail}

    def take(self, stored: dict, version: int) -> None:
        self.form.load_detail(stored["detail"])

    def shown(self, field: str, value: object) -> object:
        if field == "enterprise":
            return employer_shown(self._enterprises, value)
        if field == "mediator_id":
            return self._mediators.get(value, value)
        if field in CHOICE_LABELS and value in CHOICE_LABELS[field]:
            return QCoreApplication.translate(LABELS, CHOICE_LABELS[field][value])
        if field == "parties":
            return [self._party(*party) for party in value or ()]
        if field == "claims":
            return [f"{text}（{amount_text(amount)}元）" if amount is not None else text
                    for text, amount in value or ()]
        return value

    @staticmethod
    def _party(name: str, id_number: str, phone: str, address: str, role: str) -> str:
        role_text = next((QCoreApplication.translate("CaseIntakeDialog", text) for key, text in ROLES
                          if key == role), role)
        parts = (masked(id_number, mask_id_number), masked(phone, mask_phone), address)
        return " ".join([f"{name}（{role_text}）", *(p for p in parts if p)])
