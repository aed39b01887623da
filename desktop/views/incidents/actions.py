"""What the 突发事件 page's incident actions do: 报送报告 (and its Word export), 记录处置措施,
调整级别, 处置结束, 重新启动, 关联联动会议 and 通报时限设置, and opening an incident from a warning
or a dispute case with the link kept. Every write is an ``Operation`` (a form's through
``run_or_raise``, so a refusal stays in the form); the hub then announces Topic.INCIDENTS.
The page functions take the page (its ``workspace``, ``select_after_save`` and ``show_status``)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox
from sqlalchemy import select

from desktop.models import Body, Incident, IncidentMeeting, IncidentReport, Meeting, utcnow
from desktop.services.enterprises.core import list_enterprises
from desktop.services.incidents import core, limits, reports
from desktop.services.incidents.labels import report_title
from desktop.services.incidents.query import incident_row
from desktop.services.kernel.records import get_or_refuse
from desktop.views.form_dialog import open_form, run_or_raise
from desktop.views.incidents.event_dialogs import (
    ActionDialog,
    CloseDialog,
    LevelDialog,
    LinkMeetingDialog,
    ReopenDialog,
)
from desktop.views.incidents.limits_dialog import LimitsDialog
from desktop.views.incidents.model import when
from desktop.views.incidents.report_dialog import ReportDialog
from desktop.views.operations import Operation

CONTEXT = "IncidentsPage"


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def _submit(parent, workspace, work):
    return run_or_raise(parent, workspace, work, title=QCoreApplication.translate("IncidentsPage", "无法保存"))


def _status(page, text: str) -> None:
    if hasattr(page, "show_status"):
        page.show_status(text)


def _then_select(page, incident_id: int):
    return lambda _result: page.select_after_save(incident_id)


# ---------------------------------------------------------------- reports

def _report_choices(session, incident_id: int) -> list[tuple[str, str]]:
    """(kind, the title the report will get) for each kind that may be written now."""
    have = reports.reports(session, incident_id)
    return [(kind, report_title(kind, 1 + sum(r.kind == kind for r in have)))
            for kind in reports.next_kinds(session, incident_id)]


def write_report(page, incident_id: int) -> ReportDialog | None:
    """报送报告: the kinds due now, the body drafted from the register; after saving, 导出 Word."""
    ws, user = page.workspace, page.workspace.user
    row, kinds = ws.read(lambda s: (incident_row(s, incident_id), _report_choices(s, incident_id)))
    if not kinds:
        QMessageBox.information(page, QCoreApplication.translate("IncidentsPage", "报送报告"), QCoreApplication.translate(
            "IncidentsPage", "{number}的总结评估报告已经报送，不再报送报告。").format(number=row.number))
        return None
    dialog = ReportDialog(
        lambda r: _submit(page, ws, lambda s: reports.add_report(s, incident_id, r.kind, r.body, at=r.at, user=user)),
        row.number, kinds, lambda kind: ws.read(lambda s: reports.draft(s, incident_id, kind)), page)
    open_form(dialog, lambda saved: _on_report_saved(page, incident_id, saved))
    return dialog


def _on_report_saved(page, incident_id: int, saved) -> None:
    report_id, title = saved
    page.select_after_save(incident_id)
    _status(page, QCoreApplication.translate("IncidentsPage", "已保存{title}。").format(title=title))
    answer = QMessageBox.question(page, QCoreApplication.translate("IncidentsPage", "导出 Word"), QCoreApplication.translate(
        "IncidentsPage", "已保存{title}。现在导出为 Word 文档吗？").format(title=title))
    if answer == QMessageBox.StandardButton.Yes:
        export_report(page, report_id)


def _report_file_name(session, report_id: int) -> tuple[str, str]:
    report = get_or_refuse(session, IncidentReport, report_id)
    number = session.get(Incident, report.incident_id).number
    return number, report_title(report.kind, report.kind_seq)


def export_report(page, report_id: int) -> Operation | None:
    """One report as .docx in the official layout, written on a pool thread."""
    from desktop.exports.incident_docs import write_incident_report

    number, title = page.workspace.read(lambda s: _report_file_name(s, report_id))
    path, _filter = QFileDialog.getSaveFileName(
        page, QCoreApplication.translate("IncidentsPage", "导出报告"), str(Path.home() / f"{number}{title}.docx"),
        QCoreApplication.translate("IncidentsPage", "Word 文档 (*.docx)"))
    if not path:
        return None
    path = Path(path if path.lower().endswith(".docx") else path + ".docx")
    issuer = page.workspace.identity.organisation
    extra = {"issuer": issuer} if issuer else {}

    def work(job):
        return job.read(lambda s: write_incident_report(s, report_id, path, **extra))

    operation = Operation(page, page.workspace, work, title=QCoreApplication.translate("IncidentsPage", "无法导出报告"),
                          on_success=lambda written: _status(page, QCoreApplication.translate(
                              "IncidentsPage", "已导出{title}：{path}").format(title=title, path=written)),
                          key=f"export-incident-report-{report_id}")
    if not operation.run_in_background(QCoreApplication.translate("IncidentsPage", "正在导出{title}…").format(title=title)):
        return None
    return operation


# ---------------------------------------------------------------- the response

def record_action(page, incident_id: int) -> ActionDialog:
    ws, user = page.workspace, page.workspace.user
    row = ws.read(lambda s: incident_row(s, incident_id))
    dialog = ActionDialog(lambda e: _submit(page, ws, lambda s: core.record_event(
        s, incident_id, e.text, at=e.at, kind=e.kind, user=user)), row, page)
    open_form(dialog, _then_select(page, incident_id))
    return dialog


def change_level(page, incident_id: int) -> LevelDialog:
    ws, user = page.workspace, page.workspace.user
    row = ws.read(lambda s: incident_row(s, incident_id))
    dialog = LevelDialog(lambda c: _submit(page, ws, lambda s: core.change_level(
        s, incident_id, c.level, c.reason, user=user)), row, page)
    open_form(dialog, _then_select(page, incident_id))
    return dialog


def close_incident(page, incident_id: int) -> CloseDialog:
    """处置结束; then offers the 总结评估 report."""
    ws = page.workspace
    row = ws.read(lambda s: incident_row(s, incident_id))
    dialog = CloseDialog(lambda c: _submit(page, ws, lambda s: core.close_incident(
        s, incident_id, c.summary, at=c.at, version=row.version)), row, page)

    def closed(_result) -> None:
        page.select_after_save(incident_id)
        answer = QMessageBox.question(page, QCoreApplication.translate("IncidentsPage", "处置结束"), QCoreApplication.translate(
            "IncidentsPage", "{number}已结束处置。现在报送总结评估报告吗？").format(number=row.number))
        if answer == QMessageBox.StandardButton.Yes:
            write_report(page, incident_id)
    open_form(dialog, closed)
    return dialog


def reopen_incident(page, incident_id: int) -> ReopenDialog:
    ws, user = page.workspace, page.workspace.user
    row = ws.read(lambda s: incident_row(s, incident_id))
    dialog = ReopenDialog(lambda reason: _submit(page, ws, lambda s: core.reopen_incident(
        s, incident_id, reason, user=user)), row, page)
    open_form(dialog, _then_select(page, incident_id))
    return dialog


def _linkage_meetings(session, incident_id: int) -> list[tuple[str, int]]:
    """(label, id) of the ``linkage`` body's meetings not yet linked, newest first."""
    linked = select(IncidentMeeting.meeting_id).where(IncidentMeeting.incident_id == incident_id)
    rows = session.execute(select(Meeting.id, Meeting.title, Meeting.start).join(Body, Body.id == Meeting.body_id)
                           .where(Body.key == "linkage", Meeting.id.not_in(linked))
                           .order_by(Meeting.start.desc(), Meeting.id.desc()))
    return [(f"{when(start)}　{title}", meeting_id) for meeting_id, title, start in rows]


def link_meeting(page, incident_id: int) -> LinkMeetingDialog | None:
    ws = page.workspace
    row, meetings = ws.read(lambda s: (incident_row(s, incident_id), _linkage_meetings(s, incident_id)))
    if not meetings:
        QMessageBox.information(page, QCoreApplication.translate("IncidentsPage", "关联联动会议"), QCoreApplication.translate(
            "IncidentsPage", "“群体突发事件七方联动机制”没有可关联的会议。请先在日程中安排该机制的会议。"))
        return None
    dialog = LinkMeetingDialog(lambda meeting_id: _submit(page, ws, lambda s: core.link_meeting(
        s, incident_id, meeting_id)), row, meetings, page)
    open_form(dialog, _then_select(page, incident_id))
    return dialog


def open_limits(page) -> LimitsDialog:
    """通报时限设置: the four levels' limits, the changed ones stored in one transaction."""
    ws, user = page.workspace, page.workspace.user

    def save(s, changed: dict[int, int]) -> dict[int, int]:
        for level, minutes in changed.items():
            limits.set_limit(s, level, minutes, user=user)
        return changed
    dialog = LimitsDialog(lambda changed: _submit(page, ws, lambda s: save(s, changed)), ws.read(limits.limits), page)
    open_form(dialog, lambda _changed: _status(page, QCoreApplication.translate("IncidentsPage", "已保存通报时限。")))
    return dialog


# ---------------------------------------------------------------- from a warning or a case

def _prefill(dialog, draft: core.IncidentDraft) -> None:
    dialog.title_edit.setText(draft.title)
    dialog.level_combo.set_value(draft.level)
    dialog.began_edit.set_value(draft.began_at)
    dialog.learned_edit.set_value(draft.learned_at or draft.began_at)
    dialog.workers_spin.setValue(draft.workers)
    dialog.happened_edit.setPlainText(draft.happened)
    dialog.demands_edit.setPlainText(draft.demands)
    dialog.measures_edit.setPlainText(draft.measures)
    dialog.drill_check.setChecked(draft.drill)


def _new_from(parent, workspace, make_draft, existing, title: str):
    """The intake form prefilled from ``make_draft(session, now)``; the new incident keeps its links."""
    from desktop.views.incidents.intake_dialog import IncidentIntakeDialog, _with_enterprise

    draft, enterprises, before = workspace.read(lambda s: (make_draft(s, utcnow()), list_enterprises(s), existing(s)))
    if before and QMessageBox.question(parent, QCoreApplication.translate("IncidentsPage", "启动突发事件处置"), QCoreApplication.translate(
            "IncidentsPage", "已由此启动过突发事件处置：{numbers}。再新建一起事件吗？").format(
                numbers="、".join(number for _id, number in before))) != QMessageBox.StandardButton.Yes:
        return None
    user = workspace.user

    def create(s, form) -> str:
        made = replace(_with_enterprise(s, form), warning_id=draft.warning_id, case_id=draft.case_id)
        return s.get(Incident, core.create_incident(s, made, user=user)).number
    dialog = IncidentIntakeDialog(lambda form: _submit(parent, workspace, lambda s: create(s, form)), enterprises,
                                  enterprise_id=draft.enterprise_id, parent=parent)
    name = next((e.name for e in enterprises if e.id == draft.enterprise_id), "")
    dialog.setWindowTitle(title.format(name=name))
    _prefill(dialog, draft)
    open_form(dialog, lambda number: _status(parent, QCoreApplication.translate(
        "IncidentsPage", "已启动突发事件处置{number}，请到“突发事件”页面通报联动单位。").format(number=number)))
    return dialog


def new_incident_from_warning(parent, workspace, warning_id: int):
    """启动突发事件处置 from a warning: its enterprise, level, workers and reason; the link is kept."""
    return _new_from(parent, workspace, lambda s, now: core.draft_from_warning(s, warning_id, now),
                     lambda s: core.incidents_of(s, warning_id=warning_id),
                     QCoreApplication.translate("IncidentsPage", "启动突发事件处置：{name}"))


def new_incident_from_case(parent, workspace, case_id: int):
    """转为突发事件 from a dispute case: its employer, workers and matter; the link is kept."""
    return _new_from(parent, workspace, lambda s, now: core.draft_from_case(s, case_id, now),
                     lambda s: core.incidents_of(s, case_id=case_id),
                     QCoreApplication.translate("IncidentsPage", "转为突发事件：{name}"))

