"""卷宗与证据: a case's file checklist (``casefile.checklist``) and its evidence files.

The checklist shows each document of the county template, required (always, or on the path the
case took) or optional, held ✓, and a required one still missing in red; above it "可以归档" or
"缺少必备材料：…". 标记已有… marks a document held, optionally with one of the case's
attachments; 取消标记 unmarks it. The evidence files are the attachments panel on
``Target("case", id)``: stored in the database, opened, saved as, removed. Every write is an
operation; the panel follows Topic.CASES and Topic.ATTACHMENTS through the change hub.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from desktop.changes import Topic
from desktop.models import DisputeCase
from desktop.services.attachments.core import AttachmentRow, Target, list_for
from desktop.services.disputes.casefile import (
    ChecklistRow,
    checklist,
    mark_document,
    unmark_document,
)
from desktop.views.attachments.panel import AttachmentsPanel
from desktop.views.changes import Subscription
from desktop.views.disputes.rules_dialog import table_beside_buttons
from desktop.views.form_dialog import FormDialog, open_form, run_or_raise
from desktop.views.inputs import ChoiceCombo
from desktop.views.operations import Operation
from desktop.views.record_table import RecordTable
from desktop.views.table_model import Column, RowTableModel
from desktop.views.workspace import Workspace

MISSING = QBrush(QColor("#c0392b"))
NEEDS = {True: QT_TRANSLATE_NOOP("CaseFilePanel", "必备"), False: QT_TRANSLATE_NOOP("CaseFilePanel", "按需")}


def _tr(text: str) -> str:
    return QCoreApplication.translate("CaseFilePanel", text)


@dataclass(frozen=True)
class FileRow:
    """One checklist line as shown (``id``: its place in the template)."""

    id: int
    doc: ChecklistRow
    attachment: str          # the name of the attachment that holds it, or ''

    @property
    def missing(self) -> bool:
        return self.doc.required and not self.doc.held


@dataclass(frozen=True)
class CaseFile:
    number: str
    rows: tuple[FileRow, ...]
    attachments: tuple[AttachmentRow, ...]


def read_case_file(session, case_id: int) -> CaseFile | None:
    """The case's checklist and attachments; None when the case is gone."""
    case = session.get(DisputeCase, case_id)
    if case is None:
        return None
    attachments = list_for(session, Target("case", case_id))
    names = {a.id: a.name for a in attachments}
    rows = tuple(FileRow(i, doc, names.get(doc.attachment_id, "") if doc.attachment_id else "")
                 for i, doc in enumerate(checklist(session, case)))
    return CaseFile(case.number, rows, attachments)


class CaseFileModel(RowTableModel):
    CONTEXT = "CaseFilePanel"
    STRETCH_COLUMN = 4
    COLUMNS = (
        Column(QT_TRANSLATE_NOOP("CaseFilePanel", "材料"), lambda r: QCoreApplication.translate("Labels", r.doc.name)),
        Column(QT_TRANSLATE_NOOP("CaseFilePanel", "要求"), lambda r: _tr(NEEDS[r.doc.required])),
        Column(QT_TRANSLATE_NOOP("CaseFilePanel", "已有"), lambda r: "✓" if r.doc.held else ""),
        Column(QT_TRANSLATE_NOOP("CaseFilePanel", "附件"), lambda r: r.attachment),
        Column(QT_TRANSLATE_NOOP("CaseFilePanel", "备注"), lambda r: r.doc.note),
    )

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.ForegroundRole and index.isValid():
            row = self.rows()[index.row()] if index.row() < len(self.rows()) else None
            if row is not None and row.missing:
                return MISSING
        return super().data(index, role)


@dataclass(frozen=True)
class Mark:
    attachment_id: int | None
    note: str


class MarkDocumentDialog(FormDialog):
    """标记已有: which of the case's attachments holds the document (or none), and a note."""

    def __init__(self, submit, name: str, attachments: tuple[AttachmentRow, ...], current: ChecklistRow,
                 parent: QWidget | None = None) -> None:
        super().__init__(submit, parent)
        self.setWindowTitle(self.tr("标记已有：{name}").format(name=name))
        self.setMinimumWidth(420)
        self.attachment_combo = self.add_field(self.tr("所在附件(&A)："), ChoiceCombo(), "attachment")
        self.attachment_combo.set_choices([(self.tr("（纸质材料，无附件）"), None)]
                                          + [(a.name, a.id) for a in attachments], current.attachment_id)
        self.note_edit = self.add_field(self.tr("备注(&N)："), QLineEdit(current.note), "note")

    def data(self) -> Mark:
        return Mark(self.attachment_combo.value(), self.note_edit.text())


class CaseFilePanel(QWidget):
    """The 卷宗 checklist with 标记已有… / 取消标记, and the evidence files; ``show_case(id)``."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self._case_id: int | None = None
        self._file: CaseFile | None = None
        self.mark_dialog: MarkDocumentDialog | None = None
        self.status_label = QLabel(objectName="caseFileStatus", wordWrap=True)
        self.model = CaseFileModel(self)
        self.table = RecordTable(self.model)
        self.mark_button = QPushButton(self.tr("标记已有(&M)…"))
        self.unmark_button = QPushButton(self.tr("取消标记(&U)"))
        self.evidence = AttachmentsPanel(workspace, None, self,
                                       unsaved_hint=self.tr("选择一个案件后可添加证据材料。"))
        self._lay_out()
        self.mark_button.clicked.connect(self._on_mark_button_clicked)
        self.unmark_button.clicked.connect(self._on_unmark_button_clicked)
        self.table.row_activated.connect(self.mark_document)
        self.table.selection_changed.connect(self._update_buttons)
        self.subscription = Subscription(workspace.hub, self, (Topic.CASES, Topic.ATTACHMENTS), self.reload)
        self.reload()

    def _lay_out(self) -> None:
        row = table_beside_buttons(self.table, self.mark_button, self.unmark_button)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("<b>" + self.tr("卷宗材料") + "</b>"))
        layout.addWidget(self.status_label)
        layout.addLayout(row, 3)
        layout.addWidget(QLabel("<b>" + self.tr("证据材料") + "</b>"))
        layout.addWidget(self.evidence, 2)

    # What the case view calls.
    @property
    def case_id(self) -> int | None:
        return self._case_id

    def show_case(self, case_id: int | None) -> None:
        """Show the file of ``case_id`` (None: no case chosen)."""
        self._case_id = case_id
        self.evidence.set_target(Target("case", case_id) if case_id is not None else None)
        self.reload()

    def reload(self) -> None:
        case_id = self._case_id
        self._file = self.workspace.read(lambda s: read_case_file(s, case_id)) if case_id is not None else None
        self.table.set_rows(self._file.rows if self._file else ())
        self._show_status()
        self._update_buttons()

    def rows(self) -> tuple[FileRow, ...]:
        return self.model.rows()

    def select_document(self, key: str) -> bool:
        return self.table.select_id(next((r.id for r in self.rows() if r.doc.key == key), -1))

    def _show_status(self) -> None:
        missing = [r for r in self.rows() if r.missing]
        if self._file is None:
            text, colour = self.tr("选择一个案件查看其卷宗。"), ""
        elif missing:
            text = self.tr("缺少必备材料：{names}").format(
                names="、".join(QCoreApplication.translate("Labels", r.doc.name) for r in missing))
            colour = "#c0392b"
        else:
            text, colour = self.tr("必备材料齐全，可以归档。"), "#1e7e34"
        self.status_label.setText(text)
        self.status_label.setStyleSheet(f"color: {colour};" if colour else "")

    def _update_buttons(self) -> None:
        row = self.table.current_row()
        self.mark_button.setEnabled(row is not None)
        self.unmark_button.setEnabled(row is not None and row.doc.held)

    # Marking.
    def mark_document(self, row: FileRow | None = None) -> MarkDocumentDialog | None:
        row = row or self.table.current_row()
        if row is None or self._file is None:
            return None
        case_id, key, user = self._case_id, row.doc.key, self.workspace.user

        def submit(mark: Mark) -> None:
            run_or_raise(self, self.workspace, lambda s: mark_document(
                s, case_id, key, attachment_id=mark.attachment_id, note=mark.note, user=user),
                title=self.tr("无法标记卷宗材料"))
        self.mark_dialog = MarkDocumentDialog(submit, QCoreApplication.translate("Labels", row.doc.name),
                                              self._file.attachments, row.doc, self)
        open_form(self.mark_dialog)
        return self.mark_dialog

    def unmark_document(self, row: FileRow | None = None) -> bool:
        row = row or self.table.current_row()
        if row is None or not row.doc.held or self._case_id is None:
            return False
        case_id, key = self._case_id, row.doc.key
        operation = Operation(self, self.workspace, lambda s: unmark_document(s, case_id, key),
                              title=self.tr("无法取消标记"))
        return bool(operation.run())

    def _on_mark_button_clicked(self) -> None:
        self.mark_document()

    def _on_unmark_button_clicked(self) -> None:
        self.unmark_document()
