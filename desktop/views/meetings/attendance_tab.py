"""Attendance on the day: each invitee present, on leave, absent or delegated, and the quorum."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import astuple, dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.changes import Changes
from desktop.i18n import LABELS
from desktop.models import AttendanceStatus
from desktop.services.calendar.ics_replies import REPLY_LABELS, set_reply
from desktop.services.calendar.queries import Candidate, candidate_people
from desktop.services.calendar.types import REPLIES
from desktop.services.kernel.permissions import Permission
from desktop.services.meetings import attendance
from desktop.services.meetings.attendance import ATTENDANCE_LABELS, QuorumResult
from desktop.services.meetings.queries import AttendeeRow, list_attendees
from desktop.views.changes import Subscription
from desktop.views.meetings import shows_meeting
from desktop.views.meetings.attendees_editor import role_label
from desktop.views.operations import Operation
from desktop.views.record_table import RecordTable
from desktop.views.roles import needs
from desktop.views.table_model import ROW_ROLE, Column, RowTableModel
from desktop.views.workspace import Workspace

S = AttendanceStatus


def status_label(status: str) -> str:
    return QCoreApplication.translate(LABELS, ATTENDANCE_LABELS.get(status, status))


@dataclass(frozen=True)
class AttendanceLine(AttendeeRow):
    """An invitee's row with the ``id`` (the attendance id) the record table selects by."""

    @property
    def id(self) -> int:
        return self.attendance_id


class AttendanceModel(RowTableModel):
    """``AttendanceLine`` per invitee."""

    CONTEXT = "AttendanceModel"
    COLUMNS = (
        Column(QT_TRANSLATE_NOOP("AttendanceModel", "姓名"), lambda a: a.name),
        Column(QT_TRANSLATE_NOOP("AttendanceModel", "单位"), lambda a: a.organisation),
        Column(QT_TRANSLATE_NOOP("AttendanceModel", "身份"), lambda a: role_label(a.role)),
        Column(QT_TRANSLATE_NOOP("AttendanceModel", "出席情况"), lambda a: status_label(a.status)),
        Column(QT_TRANSLATE_NOOP("AttendanceModel", "受委托人"), lambda a: a.delegate_name),
        Column(QT_TRANSLATE_NOOP("AttendanceModel", "回执"),
               lambda a: QCoreApplication.translate(LABELS, REPLY_LABELS.get(a.reply, a.reply))),
    )
    STRETCH_COLUMN = 1


class AttendanceTab(QWidget):
    """Every change is an operation; the tab reloads when the hub says its meeting changed."""

    def __init__(self, workspace: Workspace, parent=None) -> None:
        super().__init__(parent)
        self._ws = workspace
        self._meeting_id: int | None = None
        self._people: list[Candidate] = []
        self.table = RecordTable(AttendanceModel())
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setSortingEnabled(False)
        self.quorum_label = QLabel(objectName="quorumLabel", wordWrap=True)
        self.present_button = QPushButton(self.tr("出席"))
        self.leave_button = QPushButton(self.tr("请假"))
        self.absent_button = QPushButton(self.tr("缺席"))
        self.delegate_button = QPushButton(self.tr("委托…"))
        self.all_present_button = QPushButton(self.tr("全部出席"))
        self.reply_button = QPushButton(self.tr("记录回执…"))
        for button in (self.present_button, self.leave_button, self.absent_button, self.delegate_button, self.all_present_button, self.reply_button):
            needs(button, Permission.WRITE)
        buttons = QHBoxLayout()
        for button in (self.present_button, self.leave_button, self.absent_button, self.delegate_button,
                       self.reply_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.all_present_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.quorum_label)
        self.present_button.clicked.connect(self._on_present_button_clicked)
        self.leave_button.clicked.connect(self._on_leave_button_clicked)
        self.absent_button.clicked.connect(self._on_absent_button_clicked)
        self.delegate_button.clicked.connect(self._on_delegate_button_clicked)
        self.all_present_button.clicked.connect(self._on_all_present_button_clicked)
        self.reply_button.clicked.connect(self._on_reply_button_clicked)
        self.table.selection_changed.connect(self._update_buttons)
        self.subscription = Subscription(workspace.hub, self, (), self.refresh, wants=self._shows)
        self._update_buttons()

    def _shows(self, changes: Changes) -> bool:
        return shows_meeting(changes, self._meeting_id)

    def set_meeting(self, meeting_id: int) -> None:
        self._meeting_id = meeting_id
        self._people = []
        self.refresh()

    def refresh(self) -> None:
        if self._meeting_id is None:
            return
        meeting_id = self._meeting_id
        rows, result = self._ws.read(lambda s: (list_attendees(s, meeting_id),
                                                attendance.quorum(s, meeting_id)))
        self.table.set_rows([AttendanceLine(*astuple(r)) for r in rows])
        self._show_quorum(result)
        self._update_buttons()

    def _show_quorum(self, result: QuorumResult) -> None:
        if result.rule == "none":
            text, colour = self.tr("法定人数：本机制不设要求（实到 {n} 人）").format(n=result.present), "#374151"
        elif result.met:
            text, colour = self.tr("法定人数：已达到（实到 {n} 人）").format(n=result.present), "#15803d"
        elif result.rule == "all_sides":
            text = self.tr("法定人数：未达到，缺少：{sides}").format(sides="、".join(result.missing_sides))
            colour = "#b91c1c"
        else:
            text = self.tr("法定人数：未达到（应到 {expected} 人，实到 {present} 人，至少需要 {required} 人）").format(
                expected=result.expected, present=result.present, required=result.required)
            colour = "#b91c1c"
        self.quorum_label.setStyleSheet(f"color: {colour}; font-weight: bold;")
        self.quorum_label.setText(text)

    def selected(self) -> list[AttendeeRow]:
        return [i.data(ROW_ROLE) for i in self.table.selectionModel().selectedRows()]

    def set_status(self, rows: Sequence[AttendeeRow], status: str, *, delegate_id: int | None = None,
                   delegate_name: str = "") -> bool:
        meeting_id = self._meeting_id
        return self._run(lambda s: [attendance.set_attendance(
            s, meeting_id, r.person_id, status, delegate_id=delegate_id,
            delegate_name=delegate_name, version=r.version) for r in rows], self.tr("无法记录出席情况"))

    def _run(self, work, title: str) -> bool:
        """``work`` as an operation (the hub reloads the tab); after a refusal, read it again."""
        operation = Operation(self, self._ws, work, title=title)
        operation.run()
        if operation.error is not None:
            self.refresh()  # a refusal may mean someone else changed the list
        return operation.error is None

    def _ask_delegate(self, row: AttendeeRow) -> tuple[int | None, str] | None:
        if not self._people:
            self._people = self._ws.read(lambda s: candidate_people(s, None))
        labels = [f"{p.name} · {p.organisation}" if p.organisation else p.name
                  for p in self._people if p.person_id != row.person_id]
        text, ok = QInputDialog.getItem(
            self, self.tr("委托出席"),
            self.tr("{name}委托谁出席？（可从联系人中选择，或直接填写姓名）").format(name=row.name),
            labels, 0, True)
        text = text.strip() if ok else ""
        if not text:
            return None
        person = next((p for p in self._people if text in (p.name, f"{p.name} · {p.organisation}")), None)
        return (person.person_id, person.name) if person else (None, text)

    def _on_present_button_clicked(self) -> None:
        self.set_status(self.selected(), S.PRESENT.value)

    def _on_leave_button_clicked(self) -> None:
        self.set_status(self.selected(), S.LEAVE.value)

    def _on_absent_button_clicked(self) -> None:
        self.set_status(self.selected(), S.ABSENT.value)

    def _on_delegate_button_clicked(self) -> None:
        rows = self.selected()
        if len(rows) != 1:
            return
        answer = self._ask_delegate(rows[0])
        if answer is not None:
            self.set_status(rows, S.DELEGATED.value, delegate_id=answer[0], delegate_name=answer[1])

    def _on_reply_button_clicked(self) -> None:
        """Record the reply slip (回执) of the selected invitees by hand."""
        rows = self.selected()
        if not rows:
            return
        labels = [QCoreApplication.translate(LABELS, REPLY_LABELS[r]) for r in REPLIES]
        current = labels.index(QCoreApplication.translate(LABELS, REPLY_LABELS.get(rows[0].reply, "none")))
        text, ok = QInputDialog.getItem(self, self.tr("记录回执"), self.tr("回执："), labels, current, False)
        if not ok or text not in labels:
            return
        reply, meeting_id = REPLIES[labels.index(text)], self._meeting_id
        self._run(lambda s: [set_reply(s, meeting_id, r.person_id, reply) for r in rows],
                  self.tr("无法记录回执"))

    def _on_all_present_button_clicked(self) -> None:
        self.set_status(self.table.source_model.rows(), S.PRESENT.value)

    def _update_buttons(self, *_args) -> None:
        count = len(self.selected())
        for button in (self.present_button, self.leave_button, self.absent_button):
            button.setEnabled(count > 0)
        self.delegate_button.setEnabled(count == 1)
        self.reply_button.setEnabled(count > 0)
        self.all_present_button.setEnabled(self.table.source_model.rowCount() > 0)
