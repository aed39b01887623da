"""What a user can do to one item or to a selection, each as a dialog and one transaction.

Shared by the list page and the item's detail dialog. Every save is an ``Operation``: the change
hub tells the screens that show the item (the list, the detail, the dashboard).
"""

from __future__ import annotations

from dataclasses import replace
from functools import partial

from PySide6.QtCore import QObject, QSettings
from PySide6.QtWidgets import QWidget

from desktop.errors import UserError
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.models import ActionStatus
from desktop.services.actions import bulk as actions_bulk
from desktop.services.actions import core as actions
from desktop.services.actions.chase import chase_letter, record_sent
from desktop.services.actions.detail import (
    ActionDetail,
    get_action,
    organisation_choices,
    people_choices,
)
from desktop.services.attachments.core import Target
from desktop.services.bodies.core import list_bodies
from desktop.views.actions.conflicts import ActionConflicts
from desktop.views.actions.dialogs import (
    ActionDialog,
    ChaseChoice,
    ChaseDialog,
    DueDialog,
    FormChoices,
    NoteDialog,
    ProgressDialog,
    ProgressReport,
    ReassignDialog,
)
from desktop.views.attachments.attaching import attach_in_background, check_before_reading
from desktop.views.form_dialog import open_form, run_or_raise
from desktop.views.workspace import Workspace

S = ActionStatus
CHASE_FOLDER = "followup/chase_folder"


def load_choices(session) -> FormChoices:
    return FormChoices(tuple((b.key, b.name) for b in list_bodies(session)),
                       tuple(organisation_choices(session)), tuple(people_choices(session)))


class ItemCommands(QObject):
    """Opens the dialogs; every save is one operation."""

    def __init__(self, workspace: Workspace, parent: QWidget, settings: QSettings | None = None) -> None:
        super().__init__(parent)
        self._ws = workspace
        self._parent = parent
        self._settings = settings

    def _detail(self, action_id: int) -> ActionDetail:
        return self._ws.read(lambda s: get_action(s, action_id))

    def _write(self, work, title: str):
        """``work`` as an operation; a refusal is raised for the form to show."""
        return run_or_raise(self._parent, self._ws, work, title=title)

    # One item.
    def create(self, body_key: str | None = None) -> None:
        choices = self._ws.read(load_choices)
        open_form(ActionDialog(self._create, choices, None, body_key, self._parent))

    def _create(self, data) -> int:
        body_key, fields = data
        return self._write(lambda s: actions.create_action(s, body_key, fields), self.tr("无法新建督办事项"))

    def edit(self, action_id: int) -> ActionDialog:
        """The edit form; its save compares the version read here (the conflict dialog moves it)."""
        detail = self._detail(action_id)
        choices = self._ws.read(load_choices)
        conflicts = ActionConflicts(self._ws, detail, choices)
        dialog = ActionDialog(lambda fields: self._save(action_id, conflicts.version, fields), choices,
                              detail, parent=self._parent)
        dialog.edits(conflicts)
        open_form(dialog)
        return dialog

    def _save(self, action_id: int, version: int, fields) -> None:
        self._write(lambda s: actions.update_action(s, action_id, fields, version), self.tr("无法保存督办事项"))

    def report(self, action_id: int) -> None:
        d = self._detail(action_id)
        submit = partial(self._report, action_id, d.version)
        open_form(ProgressDialog(submit, d.title, d.progress, self._parent))

    def _report(self, action_id: int, version: int, report: ProgressReport) -> int:
        """Save the report, then attach its evidence in the background; the report's id.

        The files are checked first (names, folders, sizes), so the common refusals keep the
        form open with nothing saved; reading and hashing them is left to the worker."""
        if report.evidence:
            check_before_reading(report.evidence)
        update_id = self._write(lambda s: actions.report_progress(
            s, action_id, report.text, report.percent, report.on, version), self.tr("无法汇报进展"))
        if report.evidence:
            attach_in_background(self._parent, self._ws, Target("report", update_id), report.evidence,
                                 title=self.tr("汇报已保存，但佐证材料未能添加"))
        return update_id

    def sign_off(self, action_id: int) -> None:
        d = self._detail(action_id)
        work = partial(self._note, actions.sign_off, action_id, d.version)
        open_form(NoteDialog(work, self.tr("办结确认：{title}").format(title=d.title),
                             self.tr("办结意见："), self.tr("经核实，已按要求办结。"), self._parent))

    def reopen(self, action_id: int) -> None:
        d = self._detail(action_id)
        work = partial(self._note, actions.reopen, action_id, d.version)
        open_form(NoteDialog(work, self.tr("重新打开：{title}").format(title=d.title),
                             self.tr("理由："), parent=self._parent))

    def withdraw(self, action_id: int) -> None:
        d = self._detail(action_id)
        work = partial(self._note, actions.withdraw, action_id, d.version)
        open_form(NoteDialog(work, self.tr("撤销：{title}").format(title=d.title),
                             self.tr("撤销理由："), parent=self._parent))

    def _note(self, rule, action_id: int, version: int, text: str) -> None:
        self._write(lambda s: rule(s, action_id, text, version=version), self.tr("无法保存督办事项"))

    def chase(self, action_id: int) -> None:
        from desktop.services.mail.core import load_settings  # keyring: imported when first needed

        letter = self._ws.read(lambda s: chase_letter(s, action_id))
        folder = self._settings.value(CHASE_FOLDER, "") if self._settings else ""
        dialog = ChaseDialog(partial(self._chase, action_id), letter.title, "; ".join(letter.recipients),
                             folder if isinstance(folder, str) else "", self._parent)
        dialog.sender_edit.setText(load_settings().sender)
        open_form(dialog)

    def _chase(self, action_id: int, choice: ChaseChoice) -> list:
        if not (choice.docx or choice.eml):
            raise UserError(QT_TRANSLATE_NOOP("Errors", "请至少选择生成催办单或催办邮件。"))
        # python-docx and the mail settings (keyring) are imported when first needed
        from desktop.exports.action_chase import write_chase_docx, write_chase_eml
        from desktop.services.mail.core import load_settings

        letter = self._ws.read(lambda s: chase_letter(s, action_id))
        written, docx = [], None
        if choice.docx:
            docx = write_chase_docx(letter, choice.folder / f"催办单-{action_id}.docx")
            written.append(docx)
        if choice.eml:
            settings = replace(load_settings(), sender=choice.sender) if choice.sender else None
            written.append(write_chase_eml(letter, choice.folder / f"催办-{action_id}.eml", settings, docx))
        channels = tuple(c for c, on in (("docx", choice.docx), ("eml", choice.eml)) if on)
        self._write(lambda s: record_sent(s, letter, channels), self.tr("无法记录催办"))
        if self._settings is not None:
            self._settings.setValue(CHASE_FOLDER, str(choice.folder))
        return written

    # A selection.
    def set_due(self, ids: list[int], versions: dict[int, int]) -> None:
        open_form(DueDialog(lambda due: self._write(
            lambda s: actions_bulk.bulk_set_due(s, ids, due, versions), self.tr("无法调整期限")),
            len(ids), self._parent))

    def reassign(self, ids: list[int], versions: dict[int, int]) -> None:
        choices = self._ws.read(load_choices)
        open_form(ReassignDialog(lambda values: self._write(
            lambda s: actions_bulk.bulk_reassign(s, ids, versions=versions, **values), self.tr("无法改派")),
            choices, len(ids), self._parent))


def allowed(status: str) -> dict[str, bool]:
    """Which commands an item in ``status`` takes."""
    open_ = status in (S.NOT_STARTED.value, S.IN_PROGRESS.value, S.AWAITING_SIGNOFF.value)
    return {"edit": True, "report": open_, "sign_off": status == S.AWAITING_SIGNOFF.value,
            "reopen": status in (S.DONE.value, S.WITHDRAWN.value, S.AWAITING_SIGNOFF.value),
            "withdraw": open_, "chase": open_}
