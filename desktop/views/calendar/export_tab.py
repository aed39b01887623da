"""Export an .ics file: everything, one body, one person's meetings or one meeting, optionally
limited to a date range. The export runs in the background with progress and 取消; a cancelled
export leaves no file (it is written beside the target and renamed at the end)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop.exports.atomic import atomic_write
from desktop.exports.ics import export_calendar
from desktop.exports.publish import ics_options
from desktop.services.bodies.core import list_bodies
from desktop.services.calendar.export import ExportSelection, collect_events
from desktop.services.calendar.settings import load_calendar_settings
from desktop.services.directory.core import list_people
from desktop.services.kernel.timeutil import today_local
from desktop.views.calendar.organiser import ask_organiser_once
from desktop.views.operations import Operation
from desktop.views.workspace import Workspace

ALL, BODY, PERSON, MEETING = range(4)
KEY = "export-ics"
READING = QT_TRANSLATE_NOOP("ExportTab", "正在读取会议…")
WRITING = QT_TRANSLATE_NOOP("ExportTab", "正在写入 {n} 个日程…")


def _export_work(selection: ExportSelection, path: Path):
    """Background work: read the meetings, write the file through a temporary sibling."""
    def work(job):
        job.progress.step(text=QCoreApplication.translate("ExportTab", READING))
        data = job.read(lambda s: collect_events(s, selection))
        options = ics_options(load_calendar_settings())
        job.progress.step(text=QCoreApplication.translate("ExportTab", WRITING).format(n=len(data.entries)))

        def write(tmp: Path) -> None:
            content = export_calendar(data, options)
            job.progress.check()  # a cancel before the rename leaves no file
            tmp.write_bytes(content)
        return atomic_write(path, write), len(data.entries)
    return work


class ExportTab(QWidget):
    """Scope choices and an 导出… button that asks where to save."""

    exported = Signal(Path, int)  # the file, the number of events

    def __init__(self, workspace: Workspace, meeting_id: int | None = None, parent=None) -> None:
        super().__init__(parent)
        self._ws = workspace
        self._meeting_id = meeting_id
        self.scope = QButtonGroup(self)
        self.all_radio = QRadioButton(self.tr("全部机制"))
        self.body_radio = QRadioButton(self.tr("某一机制"))
        self.person_radio = QRadioButton(self.tr("某位参会人的会议"))
        self.meeting_radio = QRadioButton(self.tr("本次会议"))
        for n, radio in enumerate((self.all_radio, self.body_radio, self.person_radio, self.meeting_radio)):
            self.scope.addButton(radio, n)
        self.body_combo = QComboBox()
        self.person_combo = QComboBox()
        self.person_combo.setEditable(True)  # type to find a name among hundreds
        self.range_box = QCheckBox(self.tr("只导出以下日期范围内的会议"))
        self.first_edit = QDateEdit(calendarPopup=True, displayFormat="yyyy-MM-dd")
        self.last_edit = QDateEdit(calendarPopup=True, displayFormat="yyyy-MM-dd")
        self.note_label = QLabel(wordWrap=True)
        self.export_button = QPushButton(self.tr("导出…"))
        self._lay_out()
        self._fill()

        self.scope.idToggled.connect(self._on_scope_id_toggled)
        self.range_box.toggled.connect(self._on_range_box_toggled)
        self.export_button.clicked.connect(self._on_export_button_clicked)
        (self.meeting_radio if meeting_id else self.all_radio).setChecked(True)
        self._update()

    def _lay_out(self) -> None:
        form = QFormLayout()
        form.addRow(self.all_radio)
        form.addRow(self.body_radio, self.body_combo)
        form.addRow(self.person_radio, self.person_combo)
        form.addRow(self.meeting_radio)
        dates = QHBoxLayout()
        dates.addWidget(self.first_edit)
        dates.addWidget(QLabel(self.tr("至")))
        dates.addWidget(self.last_edit)
        dates.addStretch(1)
        form.addRow(self.range_box)
        form.addRow(dates)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note_label)
        layout.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.export_button)
        layout.addLayout(row)

    def _fill(self) -> None:
        bodies, people = self._ws.read(lambda s: (list_bodies(s), list_people(s)))
        for body in bodies:
            self.body_combo.addItem(body.name, body.key)
        for person in people:
            label = f"{person.name}（{person.organisation}）" if person.organisation else person.name
            self.person_combo.addItem(label, person.id)
        today = today_local()
        self.first_edit.setDate(QDate(today.year, today.month, 1))
        self.last_edit.setDate(QDate(today.year, 12, 31))
        self.meeting_radio.setVisible(self._meeting_id is not None)

    def selection(self) -> ExportSelection:
        """What the choices say."""
        kind = self.scope.checkedId()
        first = self.first_edit.date().toPython() if self.range_box.isChecked() else None
        last = self.last_edit.date().toPython() if self.range_box.isChecked() else None
        return ExportSelection(
            body=self.body_combo.currentData() if kind == BODY else None,
            person_id=self.person_combo.currentData() if kind == PERSON else None,
            meeting_id=self._meeting_id if kind == MEETING else None, first=first, last=last)

    def _update(self) -> None:
        kind = self.scope.checkedId()
        self.body_combo.setEnabled(kind == BODY)
        self.person_combo.setEnabled(kind == PERSON)
        ranged = self.range_box.isChecked()
        self.first_edit.setEnabled(ranged)
        self.last_edit.setEnabled(ranged)
        if self.selection().series_form:
            note = self.tr("系列会议写成一个重复日程（含例外），适合导入或订阅后长期使用。")
        elif ranged:
            note = self.tr("限定日期范围时不写重复规则：系列会议的每一次单独写成一个日程（含已取消的，"
                           "标记为取消）。导入回本库时更新对应的那一次，导入到其他库则成为单独的会议。")
        else:
            note = self.tr("每次会议单独写成一个日程（含已取消的会议，标记为取消）。")
        self.note_label.setText(note)

    def _on_scope_id_toggled(self, _id: int, checked: bool) -> None:
        if checked:
            self._update()

    def _on_range_box_toggled(self, _checked: bool) -> None:
        self._update()

    def _default_name(self) -> str:
        kind = self.scope.checkedId()
        if kind == BODY:
            return f"{self.body_combo.currentData()}.ics"
        return {PERSON: "person.ics", MEETING: "meeting.ics"}.get(kind, "all.ics")

    def _on_export_button_clicked(self) -> None:
        if not ask_organiser_once(self):
            return
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("导出日历"), self._default_name(), self.tr("日历文件 (*.ics)"))
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> Operation | None:
        """Write the chosen calendar to ``path`` in the background; a refusal is shown, never
        silent. None when an export is already running."""
        if path.suffix.lower() != ".ics":
            path = path.with_name(path.name + ".ics")
        op = Operation(self, self._ws, _export_work(self.selection(), path),
                       title=self.tr("无法导出日历"), key=KEY)
        op.finished.connect(self._on_export_finished)
        if not op.run_in_background(self.tr("正在导出日历…")):
            return None
        op.dialog.setWindowTitle(self.tr("导出日历"))
        return op

    def _on_export_finished(self, outcome: tuple[Path, int]) -> None:
        path, n = outcome
        QMessageBox.information(self, self.tr("已导出"), self.tr("已导出 {n} 个日程到：\n{path}").format(
            n=n, path=path))
        self.exported.emit(path, n)
