"""Adding or editing one agenda item: title, presenter, planned minutes, notes."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QSpinBox

from desktop.services.meetings.agenda import MAX_ITEM_MINUTES, AgendaItemData, AgendaItemRow
from desktop.views.form_dialog import FormDialog


class AgendaItemDialog(FormDialog):
    """The presenter is picked from the invitees or typed freely."""

    def __init__(self, submit: Callable[[AgendaItemData], object],
                 presenters: Sequence[tuple[int, str]], row: AgendaItemRow | None = None,
                 parent=None) -> None:
        super().__init__(submit, parent)
        self.setWindowTitle(self.tr("编辑议题") if row else self.tr("添加议题"))
        self.setMinimumWidth(460)
        self.title_edit = self.add_field(self.tr("议题(&T)："), QLineEdit(), "title")
        self.presenter_combo = self.add_field(self.tr("汇报人(&P)："), QComboBox(editable=True),
                                              "presenter_id")
        self.presenter_combo.addItem("", None)
        for person_id, name in presenters:
            self.presenter_combo.addItem(name, person_id)
        self.minutes_spin = self.add_field(
            self.tr("计划用时(&M)："), QSpinBox(minimum=1, maximum=MAX_ITEM_MINUTES, value=15,
                                          suffix=self.tr(" 分钟")), "planned_minutes")
        self.notes_edit = self.add_field(self.tr("说明(&N)："), QPlainTextEdit(), "notes")
        self.notes_edit.setTabChangesFocus(True)
        if row is not None:
            self.title_edit.setText(row.title)
            index = self.presenter_combo.findData(row.presenter_id) if row.presenter_id else -1
            if index >= 0:
                self.presenter_combo.setCurrentIndex(index)
            else:
                self.presenter_combo.setEditText(row.presenter)
            self.minutes_spin.setValue(row.planned_minutes)
            self.notes_edit.setPlainText(row.notes)

    def data(self) -> AgendaItemData:
        text = self.presenter_combo.currentText().strip()
        index = self.presenter_combo.findText(text)
        person_id = self.presenter_combo.itemData(index) if index > 0 else None
        return AgendaItemData(title=self.title_edit.text(), presenter_id=person_id,
                              presenter="" if person_id else text,
                              planned_minutes=self.minutes_spin.value(),
                              notes=self.notes_edit.toPlainText())
