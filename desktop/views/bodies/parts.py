"""The pieces of the body page: its heading with the body's facts, and a titled table section."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.views.bodies.models import quorum_in_words
from desktop.views.record_table import RecordTable
from desktop.views.table_model import RowTableModel

if TYPE_CHECKING:  # (built before the first paint: no SQLAlchemy)
    from desktop.services.bodies.core import BodyRow


class BodyHeader(QWidget):
    """Name and description of one body; ``facts`` (rhythm, document code, quorum rule) is a
    separate widget the page places where it likes."""

    edit_requested = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.colour_bar = QFrame(objectName="bodyColourBar")
        self.colour_bar.setFixedWidth(6)
        self.title_label = QLabel(objectName="pageTitle")
        self.short_name_label = QLabel(objectName="pageSubtitle")
        self.edit_button = QPushButton(self.tr("编辑机制…"))
        self.description_label = QLabel(objectName="bodyDescription", wordWrap=True)
        self.description_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.rhythm_label = QLabel(wordWrap=True)
        self.doc_code_label = QLabel()
        self.quorum_label = QLabel(wordWrap=True)
        self._lay_out()
        self.edit_button.clicked.connect(self.edit_requested)

    def _lay_out(self) -> None:
        title_row = QHBoxLayout()
        title_row.addWidget(self.title_label)
        title_row.addWidget(self.short_name_label, 1, Qt.AlignmentFlag.AlignBottom)
        title_row.addWidget(self.edit_button)
        self.facts = QWidget()
        facts = QGridLayout(self.facts)
        facts.setContentsMargins(0, 0, 0, 0)
        facts.setHorizontalSpacing(12)
        for row, (label, value) in enumerate((
            (self.tr("会议节奏："), self.rhythm_label),
            (self.tr("发文代字："), self.doc_code_label),
            (self.tr("法定人数："), self.quorum_label),
        )):
            caption = QLabel(label, objectName="factCaption")
            facts.addWidget(caption, row, 0, Qt.AlignmentFlag.AlignTop)
            facts.addWidget(value, row, 1)
        facts.setColumnStretch(1, 1)
        text = QVBoxLayout()
        text.addLayout(title_row)
        text.addWidget(self.description_label)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.colour_bar)
        layout.addLayout(text, 1)

    def show_body(self, body: BodyRow) -> None:
        self.colour_bar.setStyleSheet(f"background-color: {body.color}; border-radius: 3px;")
        self.title_label.setText(body.name)
        self.short_name_label.setText(body.short_name)
        self.description_label.setText(body.description)
        self.rhythm_label.setText(body.rhythm or self.tr("（未填写）"))
        self.doc_code_label.setText(body.doc_code)
        self.quorum_label.setText(quorum_in_words(body.quorum_rule))


class TableSection(QWidget):
    """A heading with buttons over a RecordTable of ``model`` (or over ``table`` when given)."""

    def __init__(self, title: str, model: RowTableModel | None, buttons: Sequence[QPushButton],
                 parent=None, *, table: QTableView | None = None) -> None:
        super().__init__(parent)
        self._title = title
        self.title_label = QLabel(title, objectName="sectionTitle")
        self.table = table if table is not None else RecordTable(model)
        heading = QHBoxLayout()
        heading.addWidget(self.title_label, 1)
        for button in buttons:
            heading.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(heading)
        layout.addWidget(self.table, 1)

    def set_rows(self, rows: Sequence) -> None:
        self.table.set_rows(rows)
        self.title_label.setText(f"{self._title}（{len(rows)}）")
