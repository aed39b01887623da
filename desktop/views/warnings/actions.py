"""What the page's buttons do: each write an ``Operation`` through its form; exports read in one
session and write the file. Every function takes the page (its workspace and current row)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox

from desktop.errors import UserError
from desktop.services.kernel.cn_format import cn_date
from desktop.services.kernel.timeutil import to_local, today_local
from desktop.services.warnings import core
from desktop.services.warnings.query import get_warning
from desktop.services.warnings.settings import load_rule_settings
from desktop.views.errors import show_refusal
from desktop.views.form_dialog import open_form, run_or_raise
from desktop.views.operations import Operation
from desktop.views.warnings.conflicts import IssueConflicts
from desktop.views.warnings.dialogs import AdjustDialog, ExtendDialog, IssueDialog, ReasonDialog


def _submit(page, work):
    """A form's submit: ``work(session)`` as an Operation; a refusal goes back into the form."""
    return run_or_raise(
        page, page.workspace, work, title=QCoreApplication.translate("WarningsPage", "无法保存")
    )


def issue(page, row) -> IssueDialog:
    """签发: the suggestion read afresh; the save compares the version read here (the conflict
    dialog moves it), not the list's."""
    today, expiry_days = today_local(), load_rule_settings().expiry_days
    row = page.workspace.read(lambda s: get_warning(s, row.id, today=today))
    conflicts = IssueConflicts(page.workspace, row, today, expiry_days)
    dialog = IssueDialog(
        lambda draft: _submit(page, lambda s: core.issue_suggestion(s, row.id, draft, version=conflicts.version)),
        row,
        today,
        expiry_days,
        page,
    )
    dialog.edits(conflicts)
    open_form(dialog, lambda _result: page.select_after_save(row.id))
    return dialog


def adjust(page, row) -> AdjustDialog:
    dialog = AdjustDialog(
        lambda change: _submit(
            page, lambda s: core.adjust_level(s, row.id, change.level, change.reason, version=row.version)
        ),
        row,
        page,
    )
    open_form(dialog, lambda _result: page.select_after_save(row.id))
    return dialog


def extend(page, row) -> ExtendDialog:
    dialog = ExtendDialog(
        lambda ext: _submit(
            page, lambda s: core.extend_warning(s, row.id, ext.until, ext.reason, version=row.version)
        ),
        row,
        load_rule_settings().expiry_days,
        page,
    )
    open_form(dialog, lambda _result: page.select_after_save(row.id))
    return dialog


def _reason_form(page, row, act, title: str, prompt: str) -> ReasonDialog:
    dialog = ReasonDialog(
        lambda reason: _submit(page, lambda s: act(s, row.id, reason, version=row.version)),
        title.format(name=row.enterprise),
        prompt,
        page,
    )
    open_form(dialog, lambda _result: page.select_after_save(row.id))
    return dialog


def lift(page, row) -> ReasonDialog:
    return _reason_form(
        page,
        row,
        core.lift_warning,
        QCoreApplication.translate("WarningsPage", "解除预警：{name}"),
        QCoreApplication.translate("WarningsPage", "解除理由(&R)："),
    )


def dismiss(page, row) -> ReasonDialog:
    return _reason_form(
        page,
        row,
        core.dismiss_suggestion,
        QCoreApplication.translate("WarningsPage", "不予预警：{name}"),
        QCoreApplication.translate("WarningsPage", "不予预警的理由(&R)："),
    )


def put_on_agenda(page, row) -> int | None:
    from desktop.services.warnings.agenda import next_warning_meeting, put_on_next_agenda

    def work(session):
        meeting_id = put_on_next_agenda(session, row.id)
        meeting = next_warning_meeting(session)
        return meeting_id, meeting.title, to_local(meeting.start).date()

    result = Operation(
        page, page.workspace, work, title=QCoreApplication.translate("WarningsPage", "无法列入议程")
    ).run()
    if result is not None:
        _meeting_id, title, day = result
        QMessageBox.information(
            page,
            QCoreApplication.translate("WarningsPage", "已列入议程"),
            QCoreApplication.translate("WarningsPage", "已列入{date}“{title}”的议程。").format(
                date=cn_date(day), title=title
            ),
        )
        return result[0]
    return None


def _save_path(page, title: str, name: str) -> Path | None:
    path, _filter = QFileDialog.getSaveFileName(
        page, title, str(Path.home() / name), QCoreApplication.translate("WarningsPage", "Word 文档 (*.docx)")
    )
    if not path:
        return None
    return Path(path) if path.lower().endswith(".docx") else Path(path + ".docx")


def export_letter(page, row) -> Path | None:
    from desktop.exports.warning_letter import write_warning_letter
    from desktop.services.warnings.documents import warning_letter

    path = _save_path(
        page,
        QCoreApplication.translate("WarningsPage", "导出预警提示函"),
        QCoreApplication.translate("WarningsPage", "预警提示函-{name}.docx").format(name=row.enterprise),
    )
    if path is None:
        return None
    try:
        letter = page.workspace.read(lambda s: warning_letter(s, row.id))
        written = write_warning_letter(letter, path)
    except UserError as exc:
        show_refusal(page, QCoreApplication.translate("WarningsPage", "无法导出预警提示函"), exc)
        return None
    page.show_status(
        QCoreApplication.translate("WarningsPage", "已导出预警提示函：{path}").format(path=written)
    )
    return written


def export_list(page, ids: list[int] | None = None) -> Path | None:
    from desktop.exports.warning_letter import write_warning_list
    from desktop.services.warnings.documents import warning_list

    path = _save_path(
        page,
        QCoreApplication.translate("WarningsPage", "导出预警清单"),
        QCoreApplication.translate("WarningsPage", "劳资矛盾预警清单.docx"),
    )
    if path is None:
        return None
    try:
        data = page.workspace.read(lambda s: warning_list(s, ids))
        written = write_warning_list(data, path)
    except UserError as exc:
        show_refusal(page, QCoreApplication.translate("WarningsPage", "无法导出预警清单"), exc)
        return None
    page.show_status(
        QCoreApplication.translate("WarningsPage", "已导出预警清单（{n} 项）：{path}").format(
            n=len(data.rows), path=written
        )
    )
    return written


def _prefill(dialog, draft) -> None:
    """The intake form as the warning says: its enterprise, category, source, workers, matter."""
    dialog.employer.combo.setCurrentIndex(dialog.employer.combo.findData(draft.enterprise_id))
    dialog.category_combo.set_value(draft.category)
    dialog.source_combo.set_value(draft.source)
    if draft.workers:
        dialog.workers_spin.setValue(draft.workers)
    dialog.matter_edit.setPlainText(draft.matter)


def to_case(page, row):
    """转为案件: the intake form prefilled from the warning; the new case keeps the link to it."""
    from desktop.services.disputes import core as cases
    from desktop.services.enterprises.core import create_enterprise, list_enterprises
    from desktop.views.disputes.intake_dialog import CaseIntakeDialog

    draft, enterprises, mediators = page.workspace.read(lambda s: (
        cases.draft_from_warning(s, row.id), list_enterprises(s), cases.list_mediators(s)))
    user = page.workspace.user

    def create(session, intake):
        employer = (create_enterprise(session, intake.new_enterprise) if intake.new_enterprise is not None
                    else intake.draft.enterprise_id)
        case_id = cases.create_case(session, replace(intake.draft, enterprise_id=employer, warning_id=row.id),
                                    user=user)
        return dict(cases.cases_of_warning(session, row.id))[case_id]

    dialog = CaseIntakeDialog(lambda intake: _submit(page, lambda s: create(s, intake)),
                              enterprises, mediators, today_local(), parent=page)
    dialog.setWindowTitle(QCoreApplication.translate("WarningsPage", "转为案件：{name}").format(name=row.enterprise))
    _prefill(dialog, draft)

    def saved(number: str) -> None:
        page.show_status(QCoreApplication.translate("WarningsPage", "已转为争议案件{number}，可在“争议案件”中办理。")
                         .format(number=number))
        page.select_after_save(row.id)
    open_form(dialog, saved)
    return dialog


def to_incident(page, row):
    """启动突发事件处置: the incident form prefilled from the warning; the incident keeps the link."""
    from desktop.views.incidents.actions import new_incident_from_warning

    return new_incident_from_warning(page, page.workspace, row.id)
