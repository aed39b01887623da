"""Dialogs of the minutes window: a decision to an action item, and the text asked for a step."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QLabel, QPlainTextEdit

from desktop.services.directory.core import OrganisationRow, PersonRow
from desktop.services.minutes.actions import ActionSpec
from desktop.views.form_dialog import FormDialog
from desktop.views.inputs import ChoiceCombo

DEFAULT_DAYS = 30


class DecisionActionDialog(FormDialog):
    """转为督办事项: lead organisation, owner and due date for one decision."""

    def __init__(self, submit: Callable[[ActionSpec], object], decision_id: int, decision_text: str,
                 organisations: list[OrganisationRow], people: list[PersonRow], parent=None) -> None:
        super().__init__(submit, parent)
        self.setWindowTitle(self.tr("转为督办事项"))
        self._decision_id = decision_id
        text = QLabel(decision_text, wordWrap=True)
        self.lead_combo = ChoiceCombo()
        self.lead_combo.set_choices([(self.tr("（请选择）"), None)] + [(o.name, o.id) for o in organisations])
        self.owner_combo = ChoiceCombo()
        self.owner_combo.set_choices([(self.tr("（暂不指定）"), None)] + [
            (f"{p.name}（{p.organisation}）" if p.organisation else p.name, p.id) for p in people])
        self.due_edit = QDateEdit(calendarPopup=True, displayFormat="yyyy-MM-dd")
        self.due_edit.setDate(QDate(date.today() + timedelta(days=DEFAULT_DAYS)))
        self.add_field(self.tr("议定事项"), text)
        self.add_field(self.tr("牵头单位"), self.lead_combo, "lead_org_id")
        self.add_field(self.tr("责任人"), self.owner_combo, "owner_id")
        self.add_field(self.tr("完成期限"), self.due_edit, "due")

    def data(self) -> ActionSpec:
        return ActionSpec(self._decision_id, self.lead_combo.value(), self.owner_combo.value(),
                          self.due_edit.date().toPython())


class NoteDialog(FormDialog):
    """One required or optional text: the reason for sending back, or what a correction changes."""

    def __init__(self, submit: Callable[[str], object], title: str, label: str, parent=None) -> None:
        super().__init__(submit, parent)
        self.setWindowTitle(title)
        self.note_edit = QPlainTextEdit()
        self.note_edit.setTabChangesFocus(True)
        self.add_field(label, self.note_edit, "change_note")

    def data(self) -> str:
        return self.note_edit.toPlainText().strip()
