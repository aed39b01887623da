"""The meeting dialog's first tab: body, title, time, place, online link and notes."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services.bodies.core import BodyRow
from desktop.services.kernel.permissions import Permission
from desktop.services.meetings.rooms import RoomRow
from desktop.views.inputs import ChoiceCombo
from desktop.views.meetings.timefields import LocalDateTimeEdit
from desktop.views.roles import needs

DEFAULT_LENGTH = timedelta(hours=2)


class DetailsForm(QWidget):
    """Emits ``changed`` on every edit; ``new_room_requested`` when the user wants another room."""

    changed = Signal()
    body_changed = Signal(str)
    new_room_requested = Signal()

    def __init__(self, bodies: Sequence[BodyRow], rooms: Sequence[RoomRow], parent=None) -> None:
        super().__init__(parent)
        self.body_combo = ChoiceCombo()
        self.body_combo.set_choices((b.name, b.key) for b in bodies)
        self.title_edit = QLineEdit(placeholderText=self.tr("如 2026年第一次双月沟通会"))
        self.start_edit = LocalDateTimeEdit()
        self.end_edit = LocalDateTimeEdit()
        self.all_day_check = QCheckBox(self.tr("全天"))
        self.room_combo = ChoiceCombo()
        self.new_room_button = needs(QToolButton(text=self.tr("新建会议室…")), Permission.WRITE)
        self.location_edit = QLineEdit(placeholderText=self.tr("不在登记的会议室时填写，如 某企业三楼会议室"))
        self.online_edit = QLineEdit(placeholderText="https://")
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setFixedHeight(72)
        self.set_rooms(rooms)
        self._length = DEFAULT_LENGTH
        self._lay_out()

        self.body_combo.currentIndexChanged.connect(self._on_body_combo_current_index_changed)
        self.title_edit.textChanged.connect(self.changed)
        self.start_edit.dateTimeChanged.connect(self._on_start_edit_date_time_changed)
        self.end_edit.dateTimeChanged.connect(self._on_end_edit_date_time_changed)
        self.all_day_check.toggled.connect(self._on_all_day_check_toggled)
        self.room_combo.currentIndexChanged.connect(self.changed)
        self.new_room_button.clicked.connect(self.new_room_requested)
        self.location_edit.textChanged.connect(self.changed)
        self.online_edit.textChanged.connect(self.changed)
        self.notes_edit.textChanged.connect(self.changed)

    def _lay_out(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("机制(&B)："), self.body_combo)
        form.addRow(self.tr("会议名称(&T)："), self.title_edit)
        when = QHBoxLayout()
        when.addWidget(self.start_edit, 1)
        when.addWidget(self.all_day_check)
        form.addRow(self._label(self.tr("开始(&S)："), self.start_edit), when)
        form.addRow(self.tr("结束(&E)："), self.end_edit)
        room = QHBoxLayout()
        room.addWidget(self.room_combo, 1)
        room.addWidget(self.new_room_button)
        form.addRow(self._label(self.tr("会议室(&R)："), self.room_combo), room)
        form.addRow(self.tr("其他地点(&L)："), self.location_edit)
        form.addRow(self.tr("线上会议链接(&U)："), self.online_edit)
        form.addRow(self.tr("备注(&N)："), self.notes_edit)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addStretch(1)

    @staticmethod
    def _label(text: str, buddy: QWidget) -> QLabel:
        # a row holding a layout gets no buddy from QFormLayout: "&S" would show literally
        label = QLabel(text)
        label.setBuddy(buddy)
        return label

    # ------------------------------------------------------------ values
    def set_rooms(self, rooms: Sequence[RoomRow], current: int | None = None) -> None:
        self.room_combo.set_choices([(self.tr("（不使用登记的会议室）"), None),
                                     *((r.name, r.id) for r in rooms)], current)

    def set_values(self, *, body: str, title: str, start: datetime, end: datetime,
                   all_day: bool = False, room_id: int | None = None, location: str = "",
                   online_url: str = "", notes: str = "") -> None:
        self.body_combo.set_value(body)
        self.title_edit.setText(title)
        self.all_day_check.setChecked(all_day)
        if all_day and end - start >= timedelta(days=1):
            end -= timedelta(days=1)  # the form shows the last day, not the midnight after it
        self.start_edit.set_value(start)
        self.end_edit.set_value(end)
        self._length = end - start
        self.room_combo.set_value(room_id)
        self.location_edit.setText(location)
        self.online_edit.setText(online_url)
        self.notes_edit.setPlainText(notes)

    def body(self) -> str:
        return self.body_combo.value() or ""

    def start(self) -> datetime:
        return self.start_edit.value()

    def end(self) -> datetime:
        return self.end_edit.value()

    def values(self) -> dict:
        """The MeetingData fields this tab holds."""
        all_day, end = self.all_day_check.isChecked(), self.end()
        if all_day:  # the form names the last day; the service wants the midnight after it
            end = end.replace(hour=0, minute=0) + timedelta(days=1)
        return {"body": self.body(), "title": self.title_edit.text(), "start": self.start(),
                "end": end, "all_day": all_day,
                "room_id": self.room_combo.value(), "location": self.location_edit.text(),
                "online_url": self.online_edit.text(), "notes": self.notes_edit.toPlainText()}

    def focus_field(self, field: str | None) -> None:
        widget = {"body": self.body_combo, "title": self.title_edit, "start": self.start_edit,
                  "end": self.end_edit, "room_id": self.room_combo, "location": self.location_edit,
                  "online_url": self.online_edit, "notes": self.notes_edit}.get(field or "")
        if widget is not None:
            widget.setFocus()

    # ------------------------------------------------------------ slots
    def _on_body_combo_current_index_changed(self, _index: int) -> None:
        self.body_changed.emit(self.body())
        self.changed.emit()

    def _on_start_edit_date_time_changed(self, _value) -> None:
        # moving the start keeps the meeting's length, as calendar programs do
        self.end_edit.blockSignals(True)
        self.end_edit.set_value(self.start() + self._length)
        self.end_edit.blockSignals(False)
        self.changed.emit()

    def _on_end_edit_date_time_changed(self, _value) -> None:
        self._length = self.end() - self.start()
        self.changed.emit()

    def _on_all_day_check_toggled(self, checked: bool) -> None:
        self.start_edit.set_date_only(checked)
        self.end_edit.set_date_only(checked)
        self.changed.emit()
