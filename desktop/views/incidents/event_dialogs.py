"""The forms behind the incident's response actions: 记录处置措施, 调整级别, 处置结束, 重新启动 and
关联联动会议. Each hands what it says to its submit callable (an operation in ``actions``) and
stays open on a refusal."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QLabel

from desktop.errors import ValidationError
from desktop.models import EventKind
from desktop.services.incidents.labels import EVENT_LABELS
from desktop.services.incidents.query import IncidentRow
from desktop.views.disputes.intake_dialog import text_box
from desktop.views.form_dialog import FormDialog
from desktop.views.incidents.board_widget import now_edit
from desktop.views.incidents.model import label, level_label
from desktop.views.inputs import ChoiceCombo


@dataclass(frozen=True)
class EventInput:
    """A response action or a note: what was done, when, and which of the two it is."""

    text: str
    at: datetime
    kind: str = EventKind.ACTION.value


@dataclass(frozen=True)
class LevelChange:
    level: int
    reason: str


@dataclass(frozen=True)
class Closing:
    summary: str
    at: datetime


def _heading(dialog: FormDialog, row: IncidentRow) -> None:
    dialog.setMinimumWidth(480)
    dialog.add_field(dialog.tr("事件："), QLabel(f"{row.number}　{row.title}", wordWrap=True))


class ActionDialog(FormDialog):
    """记录处置措施 (or a plain 情况记录): the text and when (now unless changed)."""

    def __init__(self, submit: Callable[[EventInput], object], row: IncidentRow, parent=None) -> None:
        super().__init__(submit, parent)
        self.setWindowTitle(self.tr("记录处置措施：{number}").format(number=row.number))
        _heading(self, row)
        self.kind_combo = self.add_field(self.tr("类别(&K)："), ChoiceCombo(), "kind")
        self.kind_combo.set_choices([(label(EVENT_LABELS[k.value]), k.value) for k in (EventKind.ACTION,
                                                                                        EventKind.NOTE)])
        self.at_edit = self.add_field(self.tr("时间(&T)："), now_edit(), "at")
        self.text_edit = self.add_field(self.tr("处置情况(&W)："), text_box("", 5), "text")
        self.text_edit.setPlaceholderText(self.tr("如：区人社局劳动监察大队到场核查工资发放情况"))

    def data(self) -> EventInput:
        return EventInput(self.text_edit.toPlainText(), self.at_edit.value(), self.kind_combo.value())


class LevelDialog(FormDialog):
    """调整级别: the new level and why; parties not yet notified get the new level's limit."""

    def __init__(self, submit: Callable[[LevelChange], object], row: IncidentRow, parent=None) -> None:
        super().__init__(submit, parent)
        self._current = row.level
        self.setWindowTitle(self.tr("调整级别：{number}").format(number=row.number))
        _heading(self, row)
        self.add_field(self.tr("当前级别："), QLabel(level_label(row.level)))
        self.level_combo = self.add_field(self.tr("调整为(&L)："), ChoiceCombo(), "level")
        self.level_combo.set_choices([(level_label(level), level) for level in (1, 2, 3, 4)], row.level)
        self.reason_edit = self.add_field(self.tr("理由(&R)："), text_box("", 3), "reason")
        self.add_field("", QLabel(self.tr("尚未通报的联动单位按新级别的时限计算；已通报的不变。"), wordWrap=True))

    def data(self) -> LevelChange:
        level = self.level_combo.value()
        if level == self._current:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "新级别与当前级别相同。"), field="level")
        return LevelChange(level, self.reason_edit.toPlainText())


class CloseDialog(FormDialog):
    """处置结束: the outcome in words and when the response ended; the 总结评估 may follow."""

    def __init__(self, submit: Callable[[Closing], object], row: IncidentRow, parent=None) -> None:
        super().__init__(submit, parent)
        self.setWindowTitle(self.tr("处置结束：{number}").format(number=row.number))
        _heading(self, row)
        self.at_edit = self.add_field(self.tr("结束时间(&T)："), now_edit(), "closed_at")
        self.summary_edit = self.add_field(self.tr("处置结果(&S)："), text_box("", 5), "summary")
        self.summary_edit.setPlaceholderText(self.tr("如：企业已足额支付拖欠工资，职工返岗，现场秩序恢复"))

    def data(self) -> Closing:
        return Closing(self.summary_edit.toPlainText(), self.at_edit.value())


class ReopenDialog(FormDialog):
    """重新启动 a closed incident that flared up again; the reason goes on the timeline."""

    def __init__(self, submit: Callable[[str], object], row: IncidentRow, parent=None) -> None:
        super().__init__(submit, parent)
        self.setWindowTitle(self.tr("重新启动处置：{number}").format(number=row.number))
        _heading(self, row)
        self.reason_edit = self.add_field(self.tr("原因(&R)："), text_box("", 3), "reason")
        self.reason_edit.setPlaceholderText(self.tr("如：企业未按承诺支付，职工再次聚集"))

    def data(self) -> str:
        return self.reason_edit.toPlainText()


class LinkMeetingDialog(FormDialog):
    """关联联动会议: one meeting of the ``linkage`` body, newest first (label, meeting id)."""

    def __init__(self, submit: Callable[[int], object], row: IncidentRow, meetings: Sequence[tuple[str, int]],
                 parent=None) -> None:
        super().__init__(submit, parent)
        self.setWindowTitle(self.tr("关联联动会议：{number}").format(number=row.number))
        _heading(self, row)
        self.meeting_combo = self.add_field(self.tr("会议(&M)："), ChoiceCombo(), "meeting")
        self.meeting_combo.set_choices(list(meetings))
        self.add_field("", QLabel(self.tr("会议作出的决定和督办事项将列入事件的处置经过。"), wordWrap=True))

    def data(self) -> int:
        return self.meeting_combo.value()
