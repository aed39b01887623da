"""导入排查结果: the enterprise import dialog's flow (background preview, rejected rows, all at once)
for a campaign's returned sheet.

Only what differs is here: the preview's columns, the plan and apply calls, and the summary,
which after the import also says how many warnings were suggested.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtGui import QColor

from desktop.i18n import LABELS
from desktop.services.screenings.plan import SHEET_ACTION_LABELS, SheetAction, SheetPlan, SheetRow
from desktop.services.screenings.sheet import (
    apply_sheet_import,
    ensure_sheet_plan_current,
    plan_sheet_import,
)
from desktop.views.enterprises.import_dialog import EnterpriseImportDialog
from desktop.views.importing.preview_model import translated
from desktop.views.operations import Operation
from desktop.views.table_model import Column, RowTableModel
from desktop.views.workspace import Workspace

KEY = "import-screening-sheet"   # one sheet import (or preview) at a time
_BACKGROUND = {SheetAction.NEW: QColor("#e6f4ea"), SheetAction.CHANGED: QColor("#e3effb"),
               SheetAction.UNCHANGED: QColor("#f1f1f1"), SheetAction.EMPTY: QColor("#ffffff"),
               SheetAction.REJECT: QColor("#fde7e9")}


def _cell(field: str):
    return lambda r: r.text(field)


class SheetPreviewModel(RowTableModel):
    """One row of the sheet per line, coloured by what will happen to it."""

    CONTEXT = "SheetPreviewModel"
    COLUMNS = (
        Column(QT_TRANSLATE_NOOP("SheetPreviewModel", "行号"), lambda r: r.row, numeric=True),
        Column(QT_TRANSLATE_NOOP("SheetPreviewModel", "处理"),
               lambda r: QCoreApplication.translate(LABELS, SHEET_ACTION_LABELS[r.action])),
        Column(QT_TRANSLATE_NOOP("SheetPreviewModel", "企业名称"), lambda r: r.name),
        Column(QT_TRANSLATE_NOOP("SheetPreviewModel", "统一社会信用代码"), lambda r: r.uscc),
        Column(QT_TRANSLATE_NOOP("SheetPreviewModel", "欠薪月数"), _cell("arrears_months"), numeric=True),
        Column(QT_TRANSLATE_NOOP("SheetPreviewModel", "涉及职工"), _cell("workers_affected"), numeric=True),
        Column(QT_TRANSLATE_NOOP("SheetPreviewModel", "欠薪金额（元）"), _cell("amount_owed"), numeric=True),
        Column(QT_TRANSLATE_NOOP("SheetPreviewModel", "社保欠缴月数"), _cell("insurance_months"), numeric=True),
        Column(QT_TRANSLATE_NOOP("SheetPreviewModel", "拟裁减"), _cell("planned_layoffs"), numeric=True),
        Column(QT_TRANSLATE_NOOP("SheetPreviewModel", "备注"), _cell("notes")),
        Column(QT_TRANSLATE_NOOP("SheetPreviewModel", "说明"), lambda r: translated(r.reason)),
    )

    def row_tooltip(self, row: SheetRow) -> str:
        return translated(row.reason)

    def row_tint(self, row: SheetRow) -> QColor:
        return _BACKGROUND[row.action]


class SheetImportDialog(EnterpriseImportDialog):
    """Previews a returned sheet against the campaign and writes its results in one transaction."""

    sheet_imported = Signal(object)  # SheetResult

    def __init__(self, workspace: Workspace, campaign_id: int, campaign_name: str, parent=None) -> None:
        super().__init__(workspace, parent)
        self.campaign_id = campaign_id
        self.setWindowTitle(self.tr("导入排查结果：{name}").format(name=campaign_name))
        self.model = SheetPreviewModel(self)
        self.table.setModel(self.model)
        self.enterprises_imported.connect(self.sheet_imported)
        self._show_plan(None)

    def load(self, path: str) -> Operation | None:
        """Preview ``path`` in the background; a refused file is explained and nothing is kept."""
        campaign = self.campaign_id
        op = Operation(self, self._ws,
                       lambda job: job.read(lambda s: plan_sheet_import(s, campaign, path, job.progress)),
                       title=self.tr("无法导入该文件"), key=KEY)
        op.finished.connect(self._on_preview_finished)
        op.failed.connect(self._on_preview_failed)
        return self._start(op, self.tr("正在读取排查表…"))

    def _summary(self, plan: SheetPlan | None) -> str:
        if plan is None:
            return self.tr("选择填好的排查表（.xlsx 或 .csv）后，这里会列出每一行将如何处理；确认后才会写入。"
                           "结果各栏都空着的行视为未排查，不会改动。")
        return super()._summary(plan)

    def _on_import_button_clicked(self) -> None:
        plan, allow = self._plan, self.skip_rejected_box.isChecked()
        if plan is None or not plan.can_apply(allow_rejected=allow) or self.operation is not None:
            return

        def work(job):
            def apply(session):
                ensure_sheet_plan_current(session, plan, job.progress)
                return apply_sheet_import(session, plan, allow_rejected=allow, progress=job.progress)
            return job.write(apply)

        op = Operation(self, self._ws, work, title=self.tr("导入失败"), key=KEY)
        op.finished.connect(self._on_import_finished)
        op.failed.connect(self._on_import_failed)
        self._start(op, self.tr("正在导入排查结果…"))
