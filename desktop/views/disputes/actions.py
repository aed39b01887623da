"""What the cases page does: its QActions (made once, in ``CaseActions``) and the operations behind
them. Every write is an ``Operation`` (a form's through ``run_or_raise``, so a refusal stays in the
form); the hub then announces Topic.CASES and the pages reload themselves. Every function takes the
page (its workspace, current row and case view)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget
from sqlalchemy import select

from desktop.models import CaseParty
from desktop.services.disputes import core, stages
from desktop.services.disputes.labels import NEXT_STAGES
from desktop.services.disputes.query import (
    OPEN,
    AdjustmentRow,
    CaseRow,
    case_detail,
    hearing_choices,
)
from desktop.services.enterprises.core import create_enterprise, list_enterprises
from desktop.services.kernel.permissions import Permission
from desktop.services.kernel.timeutil import today_local
from desktop.views.disputes.clock_dialogs import extendable, pausable, paused
from desktop.views.form_dialog import open_form, run_or_raise
from desktop.views.operations import Operation
from desktop.views.roles import needs

if TYPE_CHECKING:  # the dialogs load when first opened: the register tab is built on a body switch
    from desktop.views.disputes.advance_dialog import AdvanceDialog
    from desktop.views.disputes.clock_dialogs import (
        EndPauseDialog,
        ExtendClockDialog,
        PauseClockDialog,
    )
    from desktop.views.disputes.intake_dialog import CaseIntakeDialog, Intake

CONTEXT = "CasesPage"
#: D2's dialogs, each built as ``X(workspace, parent)``: (module, class), shown when the module exists.
OFFICE_DIALOGS = ("calculator", "rules", "mediators")


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def _submit(page, work):
    return run_or_raise(page, page.workspace, work, title=QCoreApplication.translate("CasesPage", "无法保存"))


def _run(page, work, title: str):
    return Operation(page, page.workspace, work, title=title).run()


# ---------------------------------------------------------------- intake

def _pick_lists(page):
    return page.workspace.read(lambda s: (list_enterprises(s), core.list_mediators(s)))


def _with_employer(session, intake: Intake):
    if intake.new_enterprise is None:
        return intake.draft
    return replace(intake.draft, enterprise_id=create_enterprise(session, intake.new_enterprise))


def new_case(page) -> CaseIntakeDialog:
    """受理登记; a new employer is added in the same transaction as the case."""
    from desktop.views.disputes.intake_dialog import CaseIntakeDialog

    user = page.workspace.user
    enterprises, mediators = _pick_lists(page)
    dialog = CaseIntakeDialog(
        lambda intake: _submit(page, lambda s: core.create_case(s, _with_employer(s, intake), user=user)),
        enterprises, mediators, today_local(), parent=page)
    open_form(dialog, page.select_after_save)
    return dialog


def _kept_numbers(session, case_id: int, intake: Intake):
    """The draft with the stored ID and phone numbers wherever the form still shows them masked."""
    from desktop.views.disputes.kept_numbers import with_stored_numbers

    if not intake.kept:
        return intake.draft
    stored = {p.seq: p for p in session.scalars(select(CaseParty).where(CaseParty.case_id == case_id))}
    parties = list(intake.draft.parties)
    for index, seq in intake.kept.items():
        parties[index], _real = with_stored_numbers(parties[index], stored.get(seq), stored.values())
    return replace(intake.draft, parties=tuple(parties))


def edit_case(page, row: CaseRow) -> CaseIntakeDialog:
    """修改 the intake details; the numbers stay masked on screen and are kept unless retyped.
    The save compares the version read here (the conflict dialog moves it), not the list's."""
    from desktop.views.disputes.conflicts import CaseConflicts
    from desktop.views.disputes.intake_dialog import CaseIntakeDialog

    enterprises, mediators = _pick_lists(page)
    detail = page.workspace.read(lambda s: case_detail(s, row.id))
    conflicts = CaseConflicts(page.workspace, detail, enterprises, mediators)

    def work(s, intake: Intake):
        draft = replace(_kept_numbers(s, row.id, intake), enterprise_id=_with_employer(s, intake).enterprise_id)
        core.update_case(s, row.id, draft, version=conflicts.version)
        return row.id
    dialog = CaseIntakeDialog(lambda intake: _submit(page, lambda s: work(s, intake)), enterprises, mediators,
                              today_local(), detail, page)
    dialog.edits(conflicts)
    open_form(dialog, page.select_after_save)
    return dialog


# ---------------------------------------------------------------- stages and clocks

def advance(page, row: CaseRow) -> AdvanceDialog:
    from desktop.views.disputes.advance_dialog import AdvanceDialog

    user = page.workspace.user
    today = today_local()
    claims, hearings = page.workspace.read(lambda s: (case_detail(s, row.id).claims, hearing_choices(s, today)))
    dialog = AdvanceDialog(
        lambda step: _submit(page, lambda s: stages.advance_case(s, row.id, step, version=row.version, user=user)),
        row, today, user, page, claims, hearings)
    open_form(dialog, lambda _seq: page.select_after_save(row.id))
    return dialog


def extend(page, row: CaseRow) -> ExtendClockDialog:
    from desktop.views.disputes.clock_dialogs import ExtendClockDialog

    user = page.workspace.user
    dialog = ExtendClockDialog(lambda c: _submit(page, lambda s: stages.extend_clock(
        s, row.id, c.rule, c.days, c.reason, version=row.version, user=user)), row, page)
    open_form(dialog, lambda _id: page.select_after_save(row.id))
    return dialog


def pause(page, row: CaseRow) -> PauseClockDialog:
    from desktop.views.disputes.clock_dialogs import PauseClockDialog

    user = page.workspace.user
    dialog = PauseClockDialog(lambda c: _submit(page, lambda s: stages.pause_clock(
        s, row.id, c.rule, c.day, c.reason, version=row.version, user=user)), row, today_local(), page)
    open_form(dialog, lambda _id: page.select_after_save(row.id))
    return dialog


def end_pause(page, row: CaseRow) -> EndPauseDialog:
    from desktop.views.disputes.clock_dialogs import EndPauseDialog

    dialog = EndPauseDialog(lambda c: _submit(page, lambda s: stages.end_pause(
        s, row.id, c.rule, c.day, version=row.version)), row, today_local(), page)
    open_form(dialog, lambda _result: page.select_after_save(row.id))
    return dialog


def remove_adjustment(page, adjustment: AdjustmentRow) -> bool:
    """撤销 an extension or a pause after a question; the clock is recomputed without it."""
    kind = QCoreApplication.translate("CasesPage", "延期") if adjustment.kind == "extension" else QCoreApplication.translate("CasesPage", "中止")
    answer = QMessageBox.question(page, QCoreApplication.translate("CasesPage", "撤销调整"), QCoreApplication.translate(
        "CasesPage", "撤销这次{kind}（{reason}）？期限将按撤销后的情况重新计算，记录保留并注明已撤销。").format(
            kind=kind, reason=adjustment.reason))
    if answer != QMessageBox.StandardButton.Yes:
        return False
    user = page.workspace.user
    _run(page, lambda s: stages.remove_adjustment(s, adjustment.id, user=user), QCoreApplication.translate("CasesPage", "无法撤销"))
    return True


# ---------------------------------------------------------------- the numbers, the warning link

def unmask(page, case_id: int):
    """显示完整号码: the case read in full inside a write, so the audit entry is committed."""
    detail = _run(page, lambda s: case_detail(s, case_id, unmask=True), QCoreApplication.translate("CasesPage", "无法显示完整号码"))
    if detail is not None:
        page.detail.show_detail(detail)
        page.show_status(QCoreApplication.translate("CasesPage", "已显示{number}当事人的完整号码；此操作已记入审计日志。").format(number=detail.row.number))
    return detail


def raise_warning(page, row: CaseRow) -> int | None:
    """提出预警 for a collective case's enterprise: a suggestion (待签发) linked to the case."""
    answer = QMessageBox.question(page, QCoreApplication.translate("CasesPage", "提出预警"), QCoreApplication.translate(
        "CasesPage", "为“{employer}”提出一条劳资矛盾预警建议（待签发），并与案件{number}关联？").format(
            employer=row.employer, number=row.number))
    if answer != QMessageBox.StandardButton.Yes:
        return None
    warning_id = _run(page, lambda s: core.raise_warning_for_case(s, row.id), QCoreApplication.translate("CasesPage", "无法提出预警"))
    if warning_id is not None:
        page.show_status(QCoreApplication.translate("CasesPage", "已提出预警建议（编号 {id}），请到“预警信息”签发。").format(id=warning_id))
    return warning_id


def to_incident(page, row: CaseRow):
    """转为突发事件: the incident form prefilled from the case; the incident keeps the link."""
    from desktop.views.incidents.actions import new_incident_from_case

    return new_incident_from_case(page, page.workspace, row.id)


def open_office_dialog(page, key: str) -> QWidget:
    """One of the office's dialogs: the deadline calculator, the clock rules, the mediator roster."""
    if key == "calculator":
        from desktop.views.disputes.calculator_dialog import DeadlineCalculatorDialog as Dialog
    elif key == "rules":
        from desktop.views.disputes.rules_dialog import ClockRulesDialog as Dialog
    else:
        from desktop.views.disputes.mediators_dialog import MediatorRosterDialog as Dialog
    dialog = Dialog(page.workspace, page)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def open_report_dialog(page) -> QWidget:
    """统计报表: the period's figures as .xlsx or .docx, written in the background."""
    from desktop.views.disputes.report_dialog import CaseReportDialog

    dialog = CaseReportDialog(page.workspace, page)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


# ---------------------------------------------------------------- documents

def fill_documents_menu(page, menu) -> None:
    """The case's documents, those that do not fit its stage greyed out (one case: a blink)."""
    from desktop.services.disputes.documents import TITLES, documents_for

    menu.clear()
    row = page.current_row()
    fitting = page.workspace.read(lambda s: documents_for(s, row.id)) if row is not None else []
    for kind, title in TITLES.items():
        act = menu.addAction(QCoreApplication.translate("Labels", title) + "…")
        act.setEnabled(kind in fitting)
        act.triggered.connect(lambda _checked=False, kind=kind, title=title: export_document(page, row, kind, title))


def export_document(page, row: CaseRow, kind: str, title: str) -> Path | None:
    """Write one document; one addressed to the parties carries full numbers, so it is read and
    written inside a write whose audit entry commits with it (the file is removed otherwise)."""
    from desktop.exports.case_docs import export_case_document

    name = f"{title}-{row.number}.docx"
    path, _filter = QFileDialog.getSaveFileName(page, QCoreApplication.translate("CasesPage", "导出文书"), str(Path.home() / name),
                                                QCoreApplication.translate("CasesPage", "Word 文档 (*.docx)"))
    if not path:
        return None
    path = Path(path if path.lower().endswith(".docx") else path + ".docx")
    written: list[Path] = []
    operation = Operation(page, page.workspace, lambda s: written.append(export_case_document(s, row.id, kind, path)),
                          title=QCoreApplication.translate("CasesPage", "无法导出文书"))
    operation.run()
    if operation.error is not None or not written:
        for done in written:
            done.unlink(missing_ok=True)
        return None
    page.show_status(QCoreApplication.translate("CasesPage", "已导出{title}：{path}").format(title=title, path=written[0]))
    return written[0]


# ---------------------------------------------------------------- the actions

class CaseActions(QObject):
    """The page's actions, made once; ``update(row)`` enables what the selected case allows."""

    TEXTS = {
        "new": QT_TRANSLATE_NOOP("CasesPage", "受理登记…"),
        "edit": QT_TRANSLATE_NOOP("CasesPage", "修改…"),
        "advance": QT_TRANSLATE_NOOP("CasesPage", "推进…"),
        "extend": QT_TRANSLATE_NOOP("CasesPage", "延期…"),
        "pause": QT_TRANSLATE_NOOP("CasesPage", "中止…"),
        "end_pause": QT_TRANSLATE_NOOP("CasesPage", "结束中止…"),
        "warning": QT_TRANSLATE_NOOP("CasesPage", "提出预警…"),
        "incident": QT_TRANSLATE_NOOP("CasesPage", "转为突发事件…"),
        "calculator": QT_TRANSLATE_NOOP("CasesPage", "期限计算器…"),
        "rules": QT_TRANSLATE_NOOP("CasesPage", "期限规则…"),
        "mediators": QT_TRANSLATE_NOOP("CasesPage", "调解员名册…"),
        "report": QT_TRANSLATE_NOOP("CasesPage", "统计报表…"),
    }

    def __init__(self, page) -> None:
        super().__init__(page)
        self._page = page
        self.all: dict[str, QAction] = {key: QAction(_tr(text), page) for key, text in self.TEXTS.items()}
        for key in ("new", "edit", "advance", "extend", "pause", "end_pause", "warning", "incident", "mediators"):
            needs(self.all[key], Permission.WRITE)
        needs(self.all["rules"], Permission.MANAGE_RULES)
        self.all["new"].triggered.connect(lambda: new_case(page))
        for key, act in (("edit", edit_case), ("advance", advance), ("extend", extend), ("pause", pause),
                         ("end_pause", end_pause), ("warning", raise_warning), ("incident", to_incident)):
            self.all[key].triggered.connect(lambda _checked=False, act=act: self._on_row_action(act))
        for key in OFFICE_DIALOGS:
            self.all[key].triggered.connect(lambda _checked=False, key=key: open_office_dialog(page, key))
        self.all["report"].triggered.connect(lambda: open_report_dialog(page))

    def __getitem__(self, key: str) -> QAction:
        return self.all[key]

    def _on_row_action(self, act) -> None:
        row = self._page.current_row()
        if row is not None:
            act(self._page, row)

    def update(self, row: CaseRow | None) -> None:
        open_ = row is not None and row.stage in OPEN
        enabled = {
            "edit": open_, "advance": row is not None and bool(NEXT_STAGES.get(row.stage)),
            "extend": open_ and bool(extendable(row)), "pause": open_ and bool(pausable(row)),
            "end_pause": open_ and bool(paused(row)),
            "warning": row is not None and row.collective and row.warning_id is None,
            "incident": row is not None,
        }
        for key, on in enabled.items():
            self.all[key].setEnabled(on)
