"""The minutes window of one meeting: edit, workflow, history, export, print, distribute.

``open_minutes_window(workspace, meeting_id, parent)`` is what other screens call. Every write is
an ``Operation`` (issuing runs in the background, as it may retry); the window shows its meeting's
minutes again whenever the change hub says they changed, unless the user has unsaved edits that
another screen's change would overwrite.

A save refused because another PC saved first opens the field-by-field conflict dialog
(``conflicts.MinutesConflicts``); the draft's page says who else has it open (``PresenceHint``);
the signed-in role's controls are locked (``roles``), a role that may not write reads the draft.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from desktop.changes import Changes, Topic
from desktop.errors import ConcurrencyError, UserError
from desktop.exports.minutes_export import export_minutes, file_stem
from desktop.rendering.pdf import render, write_pdf
from desktop.services.attachments.core import Target, list_for
from desktop.services.directory.core import list_organisations, list_people
from desktop.services.kernel.permissions import Permission, allowed
from desktop.services.minutes.actions import actions_of_meeting, decisions_to_actions
from desktop.services.minutes.core import (
    STATE_LABELS,
    attendance_lines,
    get_minutes,
    open_minutes,
    save_draft,
)
from desktop.services.minutes.history import compare_versions, list_versions
from desktop.services.minutes.workflow import (
    ConfirmationRequired,
    issue,
    return_to_draft,
    start_correction,
    submit_for_review,
)
from desktop.views.attachments.panel import AttachmentsPanel
from desktop.views.conflict_dialog import settle
from desktop.views.errors import show_refusal
from desktop.views.form_dialog import FormDialog, run_or_raise
from desktop.views.minutes.conflicts import MinutesConflicts
from desktop.views.minutes.dialogs import DecisionActionDialog, NoteDialog
from desktop.views.minutes.distribution import DistributionPanel
from desktop.views.minutes.editor import DecisionsEditor, DocumentScroll, MinutesEditor
from desktop.views.minutes.history import HistoryPanel
from desktop.views.minutes.read_view import MinutesReadView
from desktop.views.operations import Operation
from desktop.views.presence_hint import PresenceHint
from desktop.views.roles import apply_role, needs, refusal
from desktop.views.workspace import Workspace


class MinutesWindow(QMainWindow):
    """Shows the current version (or an older one, read-only) of one meeting's minutes."""

    def __init__(self, workspace: Workspace, meeting_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ws, self.meeting_id = workspace, meeting_id
        self.view = None
        self._shown = None  # the content as loaded: what the editor holds when nothing was edited
        self.issue_operation: Operation | None = None
        self._dialog: FormDialog | None = None
        self._shown_version: tuple[int, int] | None = None   # (minutes id, version) on screen
        self.conflicts = MinutesConflicts(workspace, self)   # what a save compares
        self.presence_hint = PresenceHint(workspace, self, MinutesConflicts.entity)
        self.role_label = QLabel(objectName="minutesRoleNote", wordWrap=True)
        self.role_label.setStyleSheet("color: #4b5563; padding: 4px 8px;")
        self.role_label.setText(refusal(workspace.role, Permission.WRITE) or "")
        self.create_actions()
        self.editor = MinutesEditor()
        self.document = DocumentScroll(self.editor)
        self.read_view = MinutesReadView((self.print_action, self.export_docx_action, self.export_pdf_action))
        self.pages = QStackedWidget()
        self.pages.addWidget(self._edit_page())
        self.pages.addWidget(self.read_view)
        self.history = HistoryPanel()
        self.distribution = DistributionPanel(workspace, meeting_id)
        self.attachments = AttachmentsPanel(workspace, Target("minutes", meeting_id))
        self.state_label = QLabel()
        self.tabs = QTabWidget()
        self.tabs.addTab(self.pages, self.tr("纪要"))
        self.tabs.addTab(self.attachments, self.tr("附件"))
        self.tabs.addTab(self.history, self.tr("版本历史"))
        self.tabs.addTab(self.distribution, self.tr("分发"))
        self.setCentralWidget(self.tabs)
        self.statusBar().addPermanentWidget(self.state_label)
        for box in self.editor.text_boxes():
            self.document.follow(box)
        self.editor.section_added.connect(self._on_editor_section_added)
        self.editor.attendance_refresh_requested.connect(self._on_editor_attendance_refresh_requested)
        self.editor.decisions.action_requested.connect(self._on_decisions_action_requested)
        self.read_view.decisions.action_requested.connect(self._on_decisions_action_requested)
        self.history.version_chosen.connect(self._on_history_version_chosen)
        self.history.compare_requested.connect(self._on_history_compare_requested)
        self.resize(1160, 820)
        # Freed by Qt once closed, on the UI thread: the closure below holds the window out of
        # reach of Python's cycle collector, which may run on a pool thread (the presence hint's
        # heartbeat) and must never free a widget there.
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.destroyed.connect(lambda *_args: self)
        run_or_raise(self, workspace, lambda s: open_minutes(s, meeting_id, workspace.user),
                     title=self.tr("无法打开会议纪要"))
        self.load()
        apply_role(self, workspace.role)
        workspace.hub.changed.connect(self._on_hub_changed)

    def _edit_page(self) -> QWidget:
        """The formatting buttons over the page being edited (they stay while the page scrolls)."""
        bar = QToolBar(self.tr("格式"))
        for action in self.editor.format.all():
            bar.addAction(action)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.presence_hint)
        layout.addWidget(self.role_label)
        layout.addWidget(bar)
        layout.addWidget(self.document, 1)
        self.edit_page = page
        return page

    @property
    def decisions(self) -> DecisionsEditor:
        """The decisions on screen: the editor's while a draft, the read view's otherwise."""
        return self.editor.decisions if self.pages.currentWidget() is self.edit_page else self.read_view.decisions

    def create_actions(self) -> None:
        bar = self.addToolBar(self.tr("纪要"))
        bar.setObjectName("minutesToolBar")

        def make(name, text, slot, keys=None, permission=None):
            action = QAction(text, self, objectName=f"action_{name}")
            if permission is not None:
                needs(action, permission)
            if keys is not None:
                action.setShortcut(QKeySequence(keys))
            action.triggered.connect(slot)
            bar.addAction(action)
            return action

        write, issue_ = Permission.WRITE, Permission.ISSUE_MINUTES
        self.save_action = make("save", self.tr("保存"), self._on_save_action_triggered,
                                QKeySequence.StandardKey.Save, write)
        self.submit_action = make("submit", self.tr("提交审核"), self._on_submit_action_triggered, None, write)
        self.return_action = make("return", self.tr("退回"), self._on_return_action_triggered, None, write)
        self.issue_action = make("issue", self.tr("签发"), self._on_issue_action_triggered, None, issue_)
        self.correct_action = make("correct", self.tr("更正"), self._on_correct_action_triggered, None, write)
        bar.addSeparator()
        self.export_docx_action = make("export_docx", self.tr("导出 .docx…"), self._on_export_docx_action_triggered)
        self.export_pdf_action = make("export_pdf", self.tr("导出 PDF…"), self._on_export_pdf_action_triggered)
        self.print_action = make("print", self.tr("打印…"), self._on_print_action_triggered,
                                 QKeySequence.StandardKey.Print)

    # Loading ----------------------------------------------------------------------
    def load(self, version_no: int | None = None) -> None:
        self.show_view(self._ws.read(lambda s: get_minutes(s, self.meeting_id, version_no)))

    def show_view(self, v) -> None:
        """Put version ``v`` on screen; a save of the draft then compares ``v.version``."""
        self.view = v
        self.editor.set_content(v.content.with_changes(doc_number=v.document_number))
        self._shown = self.editor.content()
        self.conflicts.follow(v)
        self.presence_hint.set_record(v.id if v.editable else None)
        writes = allowed(self._ws.role, Permission.WRITE)
        self.editor.set_editable(v.editable and writes)
        self.role_label.setVisible(v.editable and not writes)
        self.history.set_versions(self._ws.read(lambda s: list_versions(s, self.meeting_id)))
        self.distribution.load(v.id, v.is_latest and v.state in ("issued", "distributed"))
        self._show_page(v)
        latest, state = v.is_latest, v.state
        self.attachments.set_read_only(not (latest and state in ("draft", "review")), self.tr(
            "纪要已签发或这是旧版本，附件不能更改（签发的文件列有这些附件）；如需更改，请先“更正”。"))
        for action, on in ((self.save_action, v.editable), (self.submit_action, v.editable),
                           (self.return_action, latest and state == "review"),
                           (self.issue_action, latest and state == "review"),
                           (self.correct_action, latest and state in ("issued", "distributed"))):
            action.setEnabled(on)
            action.setVisible(on)   # only the steps this version can take: no row of greyed buttons
        self.setWindowTitle(self.tr("会议纪要 - {title}").format(title=v.content.title))
        self.state_label.setText(self._state_text(v))

    def _state_text(self, v) -> str:
        text = self.tr("第 {n} 版 · {state}").format(
            n=v.version_no, state=QCoreApplication.translate("Labels", STATE_LABELS[v.state]))
        if v.document_number:
            text += f" · {v.document_number}"
        if not v.is_latest:
            text += self.tr("（旧版本，只读）")
        if v.review_note and v.state == "draft":
            text += self.tr(" · 退回意见：{note}").format(note=v.review_note)
        return text

    def _show_page(self, v) -> None:
        """A draft on the editing page, anything else on the read view; a version newly put on
        screen opens at its top (a reload of the same one stays where the user is)."""
        fresh = self._shown_version != (v.id, v.version_no)
        self._shown_version = (v.id, v.version_no)
        if v.editable:
            self.pages.setCurrentWidget(self.edit_page)
            if fresh:
                self.document.to_top()
            return
        actions = self._ws.read(lambda s: actions_of_meeting(s, self.meeting_id))
        self.read_view.show_minutes(self.shown_content(), self._state_text(v), actions)
        self.pages.setCurrentWidget(self.read_view)

    # The change hub ---------------------------------------------------------------
    def _on_hub_changed(self, changes: Changes, source: QObject | None) -> None:
        if changes.touches(Topic.ACTIONS) and self.pages.currentWidget() is self.read_view:
            self.read_view.mark_actions(self._ws.read(lambda s: actions_of_meeting(s, self.meeting_id)))
        ids = changes.ids(Topic.MINUTES)
        if ids is not None and self.meeting_id not in ids:
            return
        if self._is_from(self.attachments, source):
            return  # the panel shows its own files; the minutes text did not change
        if self._is_own(source) or not self.is_edited():
            self.load(None if self.view.is_latest else self.view.version_no)

    def _is_own(self, source: QObject | None) -> bool:
        return self._is_from(self, source)

    @staticmethod
    def _is_from(widget: QWidget, source: QObject | None) -> bool:
        return source is widget or (isinstance(source, QWidget) and isValid(source)
                                    and widget.isAncestorOf(source))

    def is_edited(self) -> bool:
        """Whether the editor holds changes not yet saved."""
        return self.view.editable and self.editor.content() != self._shown

    # Workflow ---------------------------------------------------------------------
    def _write(self, title: str, work) -> bool:
        """``work(session)`` as an operation; the hub then reloads the window. False if refused."""
        operation = Operation(self, self._ws, work, title=title)
        operation.run()
        return operation.error is None

    def _submit(self, title: str, work):
        """The same for a dialog's OK: a refusal is raised for the dialog to show."""
        return run_or_raise(self, self._ws, work, title=title)

    def save(self) -> bool:
        """Save the draft over the version its text came from; a newer one opens the conflict
        dialog (the text stays in the editor whatever is chosen there)."""
        content, minutes_id, version = self.editor.content(), self.view.id, self.conflicts.version
        title = self.tr("无法保存纪要")
        operation = Operation(self, self._ws, lambda s: save_draft(s, minutes_id, content, version),
                              title=title, on_failure=lambda exc: self._on_save_refused(title, exc))
        operation.run()
        return operation.error is None

    def _on_save_refused(self, title: str, exc: BaseException) -> None:
        if isinstance(exc, ConcurrencyError):
            settle(self, self.conflicts, lambda refused: show_refusal(self, title, refused))
        elif isinstance(exc, UserError):
            show_refusal(self, title, exc)

    def _on_save_action_triggered(self) -> None:
        self.save()

    def _on_submit_action_triggered(self) -> None:
        if self.save():
            v = self.view
            self._write(self.tr("无法提交审核"), lambda s: submit_for_review(s, v.id, v.version))

    def _on_return_action_triggered(self) -> None:
        v = self.view
        dialog = NoteDialog(lambda note: self._submit(self.tr("无法退回"), lambda s: return_to_draft(
            s, v.id, note, v.version)), self.tr("退回修改"), self.tr("退回意见"), self)
        self.open_dialog(dialog)

    def issue(self, confirm_empty: bool = False) -> Operation | None:
        """Issue the minutes in the background (the number is taken with retries); the started
        operation, or None while an issue of the same minutes is still running."""
        v = self.view

        def work(job) -> str | None:
            try:
                return issue(job, v.id, confirm_empty=confirm_empty, version=v.version)
            except ConfirmationRequired:
                return None  # nothing written: ask on the UI thread, then issue again

        operation = Operation(self, self._ws, work, title=self.tr("无法签发"),
                              on_success=self._on_issue_done, key=f"issue-minutes:{v.id}")
        if not operation.run_in_background(self.tr("正在签发纪要…"), cancellable=False):
            return None
        self.issue_operation = operation
        return operation

    def _on_issue_done(self, number: str | None) -> None:
        if number is not None:
            return
        answer = QMessageBox.question(self, self.tr("签发纪要"), self.tr("这份纪要没有议定事项。确定要签发吗？"))
        if answer == QMessageBox.StandardButton.Yes:
            self.issue(confirm_empty=True)

    def _on_issue_action_triggered(self) -> None:
        self.issue()

    def _on_correct_action_triggered(self) -> None:
        dialog = NoteDialog(lambda note: self._submit(self.tr("无法更正"), lambda s: start_correction(
            s, self.meeting_id, note)), self.tr("更正纪要"), self.tr("更正说明"), self)
        self.open_dialog(dialog)

    def open_dialog(self, dialog: FormDialog, on_saved=None) -> None:
        """Show ``dialog`` window-modally; ``on_saved(result)`` once accepted.

        Not open_form's WA_DeleteOnClose: freeing the dialog's last Python reference inside its
        own C++ destructor (the accepted-slot's closure) crashes PySide 6.12. The window keeps
        the current dialog and lets Qt delete the previous one.
        """
        if self._dialog is not None:
            self._dialog.deleteLater()
        self._dialog = dialog
        if on_saved is not None:
            dialog.accepted.connect(lambda: on_saved(self._dialog.result_value))
        dialog.open()

    def _on_editor_section_added(self, section) -> None:
        self.document.follow(section.edit)

    def _on_editor_attendance_refresh_requested(self) -> None:
        self.editor.set_attendance(self._ws.read(lambda s: attendance_lines(s, self.meeting_id)))

    def _on_decisions_action_requested(self, decision_id: int) -> None:
        if not decision_id:
            QMessageBox.information(self, self.tr("转为督办事项"),
                                    self.tr("请先选择一项已保存的议定事项（新添加的请先保存）。"))
            return
        text = next((d.text for d in self.view.content.decisions if d.id == decision_id), "")
        orgs = self._ws.read(list_organisations)
        people = self._ws.read(list_people)
        dialog = DecisionActionDialog(lambda spec: self._submit(self.tr("无法转为督办事项"), lambda s: (
            decisions_to_actions(s, [spec]))), decision_id, text, orgs, people, self)
        self.open_dialog(dialog, lambda ids: self.statusBar().showMessage(
            self.tr("已生成督办事项（编号 {id}）。").format(id=ids[0]), 8000))

    # History ----------------------------------------------------------------------
    def _on_history_version_chosen(self, version_no: int) -> None:
        self.load(version_no)
        self.tabs.setCurrentIndex(0)

    def _on_history_compare_requested(self, old: int, new: int) -> None:
        self.history.show_diff(self._ws.read(lambda s: compare_versions(s, self.meeting_id, old, new)))

    # Export and print -------------------------------------------------------------
    def shown_content(self):
        return self.view.content.with_changes(doc_number=self.view.document_number)

    def attachment_names(self) -> list[str]:
        """The names for the 附件 list of the exported document, in the order added."""
        target = Target("minutes", self.meeting_id)
        return [r.name for r in self._ws.read(lambda s: list_for(s, target))]

    def export_to(self, path: Path) -> Path | None:
        try:
            return export_minutes(self.shown_content(), path, pdf_fallback=write_pdf,
                                  attachments=self.attachment_names())
        except UserError as exc:
            show_refusal(self, self.tr("无法导出"), exc)
            return None

    def _ask_path(self, suffix: str, kind: str) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("导出纪要"),
                                              f"{file_stem(self.shown_content())}{suffix}", kind)
        if not name:
            return None
        path = Path(name)
        return path if path.suffix.lower() == suffix else path.with_suffix(suffix)

    def _on_export_docx_action_triggered(self) -> None:
        if (path := self._ask_path(".docx", self.tr("Word 文档 (*.docx)"))) and self.export_to(path):
            self.statusBar().showMessage(self.tr("已导出：{path}").format(path=path), 8000)

    def _on_export_pdf_action_triggered(self) -> None:
        if (path := self._ask_path(".pdf", self.tr("PDF 文件 (*.pdf)"))) and self.export_to(path):
            self.statusBar().showMessage(self.tr("已导出：{path}").format(path=path), 8000)

    def print_to(self, printer: QPrinter) -> int:
        """Draw the shown version on ``printer``; the page count."""
        return render(self.shown_content(), printer)

    def _on_print_action_triggered(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.print_to(printer)


def open_minutes_window(workspace: Workspace, meeting_id: int, parent: QWidget | None = None
                        ) -> MinutesWindow:
    """Open (and show) the minutes of ``meeting_id``; a first draft is made when there is none."""
    window = MinutesWindow(workspace, meeting_id, parent)
    if parent is not None:
        window.setWindowFlag(Qt.WindowType.Window, True)
    window.show()
    return window
