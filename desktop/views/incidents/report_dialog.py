"""报送报告: the kind of report that may be written now (初报, then 续报 or 日报, after closing the
总结评估), its body prefilled with a draft to edit, and when it was reported (now unless changed).
A report is written once and never edited, so the form is the only place to get it right."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime

from PySide6.QtWidgets import QLabel, QMessageBox, QPlainTextEdit

from desktop.services.incidents.labels import REPORT_LABELS
from desktop.views.form_dialog import FormDialog
from desktop.views.incidents.board_widget import now_edit
from desktop.views.incidents.model import label
from desktop.views.inputs import ChoiceCombo

BODY_LINES = 16


@dataclass(frozen=True)
class ReportInput:
    """What the form says: the kind (a ``ReportKind`` value), the body, when it was reported."""

    kind: str
    body: str
    at: datetime


class ReportDialog(FormDialog):
    """``kinds``: (kind, the title it will get such as 续报二), the usual one first; ``draft(kind)``
    gives the body to start from. Changing the kind redrafts the body (after asking, once edited)."""

    def __init__(self, submit: Callable[[ReportInput], object], number: str, kinds: Sequence[tuple[str, str]],
                 draft: Callable[[str], str], parent=None) -> None:
        super().__init__(submit, parent)
        self._draft = draft
        self._titles = dict(kinds)
        self._drafted = ""
        self.setWindowTitle(self.tr("报送报告：{number}").format(number=number))
        self.setMinimumWidth(680)
        self.kind_combo = self.add_field(self.tr("报告类别(&K)："), ChoiceCombo(), "kind")
        self.kind_combo.set_choices([(label(REPORT_LABELS.get(kind, kind)), kind) for kind, _title in kinds])
        self.title_label = self.add_field(self.tr("报告名称："), QLabel())
        self.at_edit = self.add_field(self.tr("报送时间(&T)："), now_edit(), "at")
        self.body_edit = self.add_field(self.tr("报告内容(&B)："), QPlainTextEdit(), "body")
        self.body_edit.setTabChangesFocus(True)
        self.body_edit.setMinimumHeight(self.body_edit.fontMetrics().lineSpacing() * BODY_LINES + 14)
        self.add_field("", QLabel(self.tr("续报只写自上次报告以来的新情况。报告保存后不能修改。"), wordWrap=True))
        self._show_kind(self.kind_combo.value())
        self.kind_combo.currentIndexChanged.connect(self._on_kind_combo_changed)

    def _show_kind(self, kind: str) -> None:
        self.title_label.setText(self._titles.get(kind, ""))
        self._drafted = self._draft(kind)
        self.body_edit.setPlainText(self._drafted)

    def _on_kind_combo_changed(self, _index: int) -> None:
        body = self.body_edit.toPlainText()
        if body.strip() and body != self._drafted and QMessageBox.question(
                self, self.tr("更换报告类别"), self.tr("已修改的报告内容将换成新类别的草稿。继续吗？")) \
                != QMessageBox.StandardButton.Yes:
            self.title_label.setText(self._titles.get(self.kind_combo.value(), ""))
            return
        self._show_kind(self.kind_combo.value())

    def data(self) -> ReportInput:
        return ReportInput(self.kind_combo.value(), self.body_edit.toPlainText(), self.at_edit.value())
