"""Version history of the minutes and a paragraph comparison of two versions."""

from __future__ import annotations

import html

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from desktop.services.minutes.history import DiffLine, VersionRow
from desktop.views.inputs import ChoiceCombo
from desktop.views.minutes.models import VersionsModel
from desktop.views.record_table import RecordTable

_STYLE = {"equal": "", "delete": "background:#fde2e1; text-decoration:line-through;",
          "insert": "background:#e3f6e5;"}
_MARK = {"equal": "　", "delete": "－", "insert": "＋"}


def diff_html(lines: list[DiffLine]) -> str:
    rows = [f'<p style="margin:2px 0; {_STYLE[d.kind]}">{_MARK[d.kind]} {html.escape(d.text)}</p>'
            for d in lines]
    return "".join(rows)


class HistoryPanel(QWidget):
    """Versions, newest first; open one, or compare two."""

    version_chosen = Signal(int)            # version_no to show in the editor
    compare_requested = Signal(int, int)    # old, new

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.model = VersionsModel(self)
        self.table = RecordTable(self.model)
        self.open_button = QPushButton(self.tr("查看所选版本"))
        self.old_combo, self.new_combo = ChoiceCombo(), ChoiceCombo()
        self.compare_button = QPushButton(self.tr("比较"))
        self.diff_view = QTextBrowser()
        bar = QHBoxLayout()
        bar.addWidget(self.open_button)
        bar.addStretch(1)
        bar.addWidget(QLabel(self.tr("比较")))
        bar.addWidget(self.old_combo)
        bar.addWidget(QLabel(self.tr("与")))
        bar.addWidget(self.new_combo)
        bar.addWidget(self.compare_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 2)
        layout.addLayout(bar)
        layout.addWidget(self.diff_view, 3)
        self.open_button.clicked.connect(self._on_open_button_clicked)
        self.table.row_activated.connect(self._on_table_row_activated)
        self.compare_button.clicked.connect(self._on_compare_button_clicked)

    def set_versions(self, rows: list[VersionRow]) -> None:
        self.table.set_rows(rows)
        choices = [(self.tr("第 {n} 版").format(n=r.version_no), r.version_no) for r in rows]
        self.old_combo.set_choices(choices, rows[1].version_no if len(rows) > 1 else None)
        self.new_combo.set_choices(choices, rows[0].version_no if rows else None)
        self.compare_button.setEnabled(len(rows) > 1)

    def show_diff(self, lines: list[DiffLine]) -> None:
        self.diff_view.setHtml(diff_html(lines))

    def _on_open_button_clicked(self) -> None:
        row = self.table.current_row()
        if row is not None:
            self.version_chosen.emit(row.version_no)

    def _on_table_row_activated(self, row: VersionRow) -> None:
        self.version_chosen.emit(row.version_no)

    def _on_compare_button_clicked(self) -> None:
        self.compare_requested.emit(self.old_combo.value(), self.new_combo.value())
