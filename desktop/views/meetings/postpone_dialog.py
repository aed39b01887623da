"""Postponing a meeting: its new start and end, in Asia/Shanghai time."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from PySide6.QtWidgets import QLabel

from desktop.services.meetings.queries import MeetingRow
from desktop.views.form_dialog import FormDialog
from desktop.views.meetings.timefields import LocalDateTimeEdit


@dataclass(frozen=True)
class NewTime:
    start: datetime
    end: datetime


class PostponeDialog(FormDialog):
    """Pre-filled with the meeting's times; keeps the length when the start moves."""

    def __init__(self, submit: Callable[[NewTime], object], row: MeetingRow, parent=None) -> None:
        super().__init__(submit, parent)
        self.setWindowTitle(self.tr("推迟会议"))
        self.setMinimumWidth(420)
        self._length = row.end - row.start
        self.add_field(self.tr("会议："), QLabel(row.title))
        self.start_edit = self.add_field(self.tr("新的开始时间(&S)："), LocalDateTimeEdit(), "start")
        self.end_edit = self.add_field(self.tr("新的结束时间(&E)："), LocalDateTimeEdit(), "end")
        self.start_edit.set_value(row.start)
        self.end_edit.set_value(row.end)
        self.start_edit.dateTimeChanged.connect(self._on_start_edit_date_time_changed)

    def data(self) -> NewTime:
        return NewTime(self.start_edit.value(), self.end_edit.value())

    def _on_start_edit_date_time_changed(self, _value) -> None:
        self.end_edit.set_value(self.start_edit.value() + self._length)
