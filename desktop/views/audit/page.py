"""The 操作日志 page: the audit log filtered by person, kind of record, Beijing dates and text, a
page of entries at a time (newest first), the selected entry's every field change, and the
filtered list exported to .xlsx in the background. Personal data is masked by the service.

Every write adds entries, so the page follows every topic of the change hub (reloading when on
screen, else when shown next).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import partial
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from desktop.changes import Topic
from desktop.exports.audit_sheet import export_audit
from desktop.services.audit.query import (
    PAGE_SIZE,
    AuditChoices,
    AuditFilter,
    AuditPage,
    AuditRow,
    audit_choices,
    audit_page,
)
from desktop.services.kernel.timeutil import to_local
from desktop.views.actions.filter_bar import OptionalDate
from desktop.views.audit.model import AuditTableModel, ChangeTableModel, label
from desktop.views.changes import Subscription
from desktop.views.inputs import ChoiceCombo
from desktop.views.loading import PageLoader
from desktop.views.operations import Operation
from desktop.views.record_table import RecordTable
from desktop.views.workspace import Workspace

TEXT_DELAY_MS = 300   # typing in the text filter reads once it pauses


@dataclass(frozen=True)
class PageData:
    page: AuditPage
    choices: AuditChoices


def read_page(session: Session, flt: AuditFilter, offset: int) -> PageData:
    return PageData(audit_page(session, flt, offset, PAGE_SIZE), audit_choices(session))


class AuditLogPage(QWidget):
    """See the module docstring."""

    selection_changed = Signal()

    def __init__(self, workspace: Workspace, parent=None) -> None:
        super().__init__(parent)
        self._ws = workspace
        self._offset = 0
        self._total = 0
        self.title_label = QLabel(self.tr("操作日志"), objectName="pageTitle")
        self.count_label = QLabel(objectName="pageSubtitle")
        self.notice_label = QLabel(objectName="pageStatus", wordWrap=True)
        self._make_filters()
        self.previous_button = QPushButton(self.tr("上一页"))
        self.next_button = QPushButton(self.tr("下一页"))
        self.export_button = QPushButton(self.tr("导出 Excel…"))
        self.model = AuditTableModel(self)
        self.table = RecordTable(self.model)
        self.detail_label = QLabel(wordWrap=True, textInteractionFlags=Qt.TextInteractionFlag.TextSelectableByMouse)
        self.change_model = ChangeTableModel(self)
        self.changes_table = RecordTable(self.change_model)
        self.changes_table.setWordWrap(True)
        self.loader = PageLoader(workspace, self)
        self._text_timer = QTimer(self, singleShot=True, interval=TEXT_DELAY_MS)
        self._lay_out()
        self.subscription = Subscription(workspace.hub, self, tuple(Topic), self.refresh)
        self._connect()
        self._show_detail()

    def _make_filters(self) -> None:
        self.text_edit = QLineEdit(placeholderText=self.tr("按字段、修改前后的值或操作人筛选"), clearButtonEnabled=True)
        self.user_combo = ChoiceCombo()
        self.kind_combo = ChoiceCombo()
        self._set_choices(AuditChoices((), ()))
        self.first_edit = OptionalDate()
        self.last_edit = OptionalDate()

    def _lay_out(self) -> None:
        heading = QHBoxLayout()
        heading.addWidget(self.title_label)
        heading.addWidget(self.count_label, 1, Qt.AlignmentFlag.AlignBottom)
        heading.addWidget(self.loader.status_label, 0, Qt.AlignmentFlag.AlignBottom)
        filters = QHBoxLayout()
        filters.addWidget(self.text_edit, 1)
        filters.addWidget(self.user_combo)
        filters.addWidget(self.kind_combo)
        filters.addWidget(QLabel(self.tr("日期")))
        filters.addWidget(self.first_edit)
        filters.addWidget(QLabel(self.tr("至")))
        filters.addWidget(self.last_edit)
        buttons = QHBoxLayout()
        buttons.addWidget(self.previous_button)
        buttons.addWidget(self.next_button)
        buttons.addStretch(1)
        buttons.addWidget(self.export_button)
        detail = QWidget()
        detail_layout = QVBoxLayout(detail)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        detail_layout.addWidget(self.detail_label)
        detail_layout.addWidget(self.changes_table, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(heading)
        layout.addLayout(filters)
        layout.addLayout(buttons)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.notice_label)

    def _connect(self) -> None:
        self.text_edit.textChanged.connect(self._on_text_edit_text_changed)
        self._text_timer.timeout.connect(self._on_filter_changed)
        for combo in (self.user_combo, self.kind_combo):
            combo.currentIndexChanged.connect(self._on_filter_changed)
        for edit in (self.first_edit, self.last_edit):
            edit.dateChanged.connect(self._on_filter_changed)
        self.previous_button.clicked.connect(partial(self._on_page_button_clicked, -1))
        self.next_button.clicked.connect(partial(self._on_page_button_clicked, 1))
        self.export_button.clicked.connect(self._on_export_button_clicked)
        self.table.selection_changed.connect(self._on_table_selection_changed)

    # What the main window calls.
    def refresh(self) -> None:
        """Read the current page of the filtered log (on a worker), keeping the selection."""
        self.loader.load(partial(read_page, flt=self.current_filter(), offset=self._offset), self._show_data)

    def can_edit(self) -> bool:
        return False

    def can_delete(self) -> bool:
        return False

    def edit_current(self) -> None:
        """The log is never edited."""

    def delete_current(self) -> None:
        """The log is never edited."""

    def set_phones_revealed(self, _revealed: bool) -> None:
        """The log always shows phone numbers masked."""

    # The filter and the rows.
    def current_filter(self) -> AuditFilter:
        first, last = self.first_edit.value(), self.last_edit.value()
        if first and last and first > last:
            first, last = last, first
        return AuditFilter(self.kind_combo.value(), self.user_combo.value(), first, last,
                           self.text_edit.text().strip() or None)

    def current_row(self) -> AuditRow | None:
        return self.table.current_row()

    def _show_data(self, data: PageData) -> None:
        self._set_choices(data.choices)
        self._total, self._offset = data.page.total, data.page.offset
        self.table.set_rows(data.page.rows)
        if self.current_row() is None and data.page.rows:
            self.table.select_id(data.page.rows[0].id)
        self._update_count()
        self._show_detail()

    def _set_choices(self, choices: AuditChoices) -> None:
        for combo, items, everyone in (
                (self.user_combo, [(u, u) for u in choices.users], self.tr("全部操作人")),
                (self.kind_combo, [(label(name), kind) for kind, name in choices.kinds], self.tr("全部记录类型"))):
            current = combo.value()
            combo.blockSignals(True)   # the same filter, with the choices the log has now
            combo.set_choices([(everyone, None), *items], current)
            if current is not None and combo.value() != current:
                combo.addItem(str(label(current)), current)
                combo.set_value(current)
            combo.blockSignals(False)

    def _update_count(self) -> None:
        shown = self.model.rowCount()
        if not self._total:
            self.count_label.setText(self.tr("没有符合条件的记录"))
        else:
            self.count_label.setText(self.tr("第 {first}–{last} 条，共 {n} 条").format(
                first=self._offset + 1, last=self._offset + shown, n=self._total))
        self.previous_button.setEnabled(self._offset > 0)
        self.next_button.setEnabled(self._offset + shown < self._total)

    def _show_detail(self) -> None:
        row = self.current_row()
        self.change_model.set_changes(row.changes if row else ())
        if row is None:
            self.detail_label.setText(self.tr("选择一条记录查看每个字段的修改。"))
            return
        record = label(row.entity_label) + (f" #{row.entity_id}" if row.entity_id is not None else "")
        self.detail_label.setText(self.tr("{when}　{user}　{action}　{record}").format(
            when=to_local(row.at).strftime("%Y-%m-%d %H:%M:%S"), user=row.user,
            action=label(row.action_label), record=record))

    def export(self) -> Operation | None:
        """Ask for a file and write the filtered log to it in the background."""
        path, _filter = QFileDialog.getSaveFileName(self, self.tr("导出操作日志"), str(Path.home() / self.tr("操作日志.xlsx")),
                                                    self.tr("Excel 表格 (*.xlsx)"))
        if not path:
            return None
        path = path if path.lower().endswith(".xlsx") else path + ".xlsx"
        flt = self.current_filter()
        op = Operation(self, self._ws, lambda job: job.read(lambda s: export_audit(s, path, flt, progress=job.progress)),
                       title=self.tr("无法导出操作日志"), key="export_audit")
        op.finished.connect(lambda count: self.notice_label.setText(
            self.tr("已导出 {n} 条操作日志：{path}").format(n=count, path=path)))
        op.run_in_background(self.tr("正在导出操作日志…"))
        return op

    # Slots.
    def _on_text_edit_text_changed(self, _text: str) -> None:
        self._text_timer.start()

    def _on_filter_changed(self, *_args) -> None:
        self._offset = 0
        self.refresh()

    def _on_page_button_clicked(self, step: int) -> None:
        self._offset = max(0, self._offset + step * PAGE_SIZE)
        self.refresh()

    def _on_export_button_clicked(self) -> None:
        self.export()

    def _on_table_selection_changed(self) -> None:
        self._show_detail()
        self.selection_changed.emit()
