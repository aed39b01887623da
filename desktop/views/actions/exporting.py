"""导出当前列表 in the background: report rows read, then the .xlsx/.csv written, with 取消.

100,000 items take about 13 s as .xlsx, so the window must keep painting meanwhile. The file is
written beside the target and renamed at the end: a cancelled export leaves no file and no
temporary file. A second press while an export runs starts nothing.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.exports.action_reports import write_action_list
from desktop.services.actions.query import ActionList, ActionRow
from desktop.services.actions.reports import export_rows
from desktop.views.operations import Operation
from desktop.views.workspace import Workspace

CONTEXT = "ActionListExport"
KEY = "export-action-list"


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def _work(rows: Sequence[ActionRow], listing: ActionList, path: Path):
    def work(job) -> tuple[Path, int]:
        data = job.read(lambda s: export_rows(s, rows, listing.names, listing.counter, job.progress))
        return write_action_list(path, data, job.progress), len(data)
    return work


def start_action_list_export(parent: QWidget, workspace: Workspace, rows: Sequence[ActionRow],
                             listing: ActionList, path: Path) -> Operation | None:
    """Export ``rows`` (the list as shown) to ``path``; the started Operation, or None when an
    export is already running. Shows 已导出 when done, the refusal when refused."""
    rows = list(rows)  # the model may reload meanwhile: keep the rows as they were shown

    def done(outcome: tuple[Path, int]) -> None:
        written, n = outcome
        QMessageBox.information(parent, _tr("已导出"), _tr("已导出 {n} 项到 {path}").format(n=n, path=written))

    op = Operation(parent, workspace, _work(rows, listing, Path(path)), title=_tr("无法导出"),
                   on_success=done, key=KEY)
    if not op.run_in_background(_tr("正在导出 {n} 项督办事项…").format(n=len(rows))):
        return None
    op.dialog.setWindowTitle(_tr("导出当前列表"))
    return op
