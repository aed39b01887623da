"""One item in full: its facts, its history (reports, sign-off, reopenings, chases) and the
commands its status allows."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, QSettings, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
)

from desktop.changes import Topic
from desktop.errors import UserError
from desktop.i18n import LABELS
from desktop.services.actions.detail import ActionDetail, UpdateRow, get_action
from desktop.services.actions.timing import PRIORITY_LABELS, STATUS_LABELS, UPDATE_KIND_LABELS
from desktop.services.attachments.core import Target, list_for
from desktop.services.kernel.permissions import Permission
from desktop.services.kernel.timeutil import to_local
from desktop.views.actions.commands import ItemCommands, allowed
from desktop.views.attachments.dialog import AttachmentsDialog, open_replacing
from desktop.views.changes import Subscription
from desktop.views.errors import show_refusal
from desktop.views.record_table import RecordTable
from desktop.views.roles import apply_role, needs
from desktop.views.table_model import ROW_ROLE, SORT_ROLE, Column, RowTableModel
from desktop.views.workspace import Workspace


def _label(text: str) -> str:
    return QCoreApplication.translate(LABELS, text)


EVIDENCE_COLUMN = 5



def tag_item_commands(controls) -> None:
    """Mark the 督办 commands (buttons or actions by key) with the permission each takes."""
    for key, control in controls.items():
        if key == "sign_off":
            needs(control, Permission.SIGN_OFF_ACTION)
        elif key in ("new", "edit", "report", "reopen", "withdraw", "chase", "reassign", "set_due", "import"):
            needs(control, Permission.WRITE)

class HistoryModel(RowTableModel):
    """The item's history, oldest first, with each row's count of 佐证材料 (evidence files)."""

    CONTEXT = "HistoryModel"
    STRETCH_COLUMN = 4
    COLUMNS = (
        Column(QT_TRANSLATE_NOOP("HistoryModel", "日期"), lambda u: u.reported_on.isoformat()),
        Column(QT_TRANSLATE_NOOP("HistoryModel", "类型"), lambda u: _label(UPDATE_KIND_LABELS.get(u.kind, u.kind))),
        Column(QT_TRANSLATE_NOOP("HistoryModel", "进度"),
               lambda u: f"{u.percent}%" if u.percent is not None else "", numeric=True),
        Column(QT_TRANSLATE_NOOP("HistoryModel", "记录人"), lambda u: u.recorded_by),
        Column(QT_TRANSLATE_NOOP("HistoryModel", "内容"), lambda u: u.text),
        Column(QT_TRANSLATE_NOOP("HistoryModel", "佐证材料"), lambda u: ""),   # filled in by data()
    )

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._evidence: dict[int, int] = {}

    def set_evidence(self, counts: Mapping[int, int]) -> None:
        """Evidence counts by history row id; call before ``set_rows``, which resets the view."""
        self._evidence = dict(counts)

    def evidence(self, update_id: int) -> int:
        return self._evidence.get(update_id, 0)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if index.isValid() and index.column() == EVIDENCE_COLUMN and role in (Qt.ItemDataRole.DisplayRole,
                                                                               SORT_ROLE):
            row = super().data(index, ROW_ROLE)
            count = self.evidence(row.id) if row is not None else 0
            if role == SORT_ROLE:
                return count
            return QCoreApplication.translate("HistoryModel", "{n} 个文件").format(n=count) if count else ""
        return super().data(index, role)

    def row_tooltip(self, row: UpdateRow) -> str:
        count = self.evidence(row.id)
        return QCoreApplication.translate("HistoryModel", "双击查看这次汇报的 {n} 个佐证材料").format(n=count) \
            if count else ""


def evidence_counts(session, history: Sequence[UpdateRow]) -> dict[int, int]:
    """How many files each history row carries (a history is short: one query a row)."""
    return {u.id: n for u in history if (n := len(list_for(session, Target("report", u.id))))}


class ActionDetailDialog(QDialog):
    """Reloads itself when the change hub says its item changed (its own commands included)."""

    COMMANDS = (("edit", QT_TRANSLATE_NOOP("ActionDetailDialog", "编辑…")),
                ("report", QT_TRANSLATE_NOOP("ActionDetailDialog", "汇报进展…")),
                ("sign_off", QT_TRANSLATE_NOOP("ActionDetailDialog", "办结确认…")),
                ("reopen", QT_TRANSLATE_NOOP("ActionDetailDialog", "重新打开…")),
                ("withdraw", QT_TRANSLATE_NOOP("ActionDetailDialog", "撤销…")),
                ("chase", QT_TRANSLATE_NOOP("ActionDetailDialog", "催办…")))

    def __init__(self, workspace: Workspace, action_id: int, settings: QSettings | None = None,
                 parent=None) -> None:
        super().__init__(parent)
        self._ws = workspace
        self._id = action_id
        self.commands = ItemCommands(workspace, self, settings)   # its dialogs open over this one
        self.resize(760, 620)
        self.title_label = QLabel(objectName="pageTitle", wordWrap=True)
        self.facts = QFormLayout()
        self.history = RecordTable(HistoryModel())
        self.buttons = {key: QPushButton(self.tr(text)) for key, text in self.COMMANDS}
        tag_item_commands(self.buttons)
        self.evidence_button = QPushButton(self.tr("佐证材料…"))
        self.evidence_button.setToolTip(self.tr("查看、添加选中汇报的佐证材料（照片、扫描件等）"))
        self.evidence_dialog: AttachmentsDialog | None = None
        self.close_buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self._lay_out()
        for key, button in self.buttons.items():
            button.clicked.connect(lambda _checked=False, k=key: getattr(self.commands, k)(self._id))
        self.close_buttons.rejected.connect(self.reject)
        self.evidence_button.clicked.connect(self._on_evidence_button_clicked)
        self.history.row_activated.connect(self.open_evidence)
        self.history.selection_changed.connect(self._on_history_selection_changed)
        # Any change to action items: a history row (a chase) is announced under its own id.
        self.subscription = Subscription(workspace.hub, self, (Topic.ACTIONS,), self.reload)
        apply_role(self, workspace.role)
        self.reload()

    def _lay_out(self) -> None:
        row = QHBoxLayout()
        for button in self.buttons.values():
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.evidence_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title_label)
        layout.addLayout(self.facts)
        layout.addWidget(QLabel(self.tr("办理记录")))
        layout.addWidget(self.history, 1)
        layout.addLayout(row)
        layout.addWidget(self.close_buttons)

    def reload(self) -> None:
        try:
            detail, counts = self._ws.read(lambda s: _with_evidence(get_action(s, self._id), s))
        except UserError as exc:
            show_refusal(self, self.tr("无法打开督办事项"), exc)
            self.reject()
            return
        self.setWindowTitle(self.tr("督办事项 {id}").format(id=detail.id))
        self.title_label.setText(detail.title)
        while self.facts.rowCount():
            self.facts.removeRow(0)
        for label, value in self._facts(detail):
            self.facts.addRow(label, QLabel(value, wordWrap=True))
        self.history.source_model.set_evidence(counts)
        self.history.set_rows(list(detail.history))
        rules = allowed(detail.status)
        for key, button in self.buttons.items():
            button.setEnabled(rules[key])
        self._on_history_selection_changed()

    def _facts(self, d: ActionDetail) -> list[tuple[str, str]]:
        facts = [(self.tr("所属机制："), d.body_name)]
        if d.meeting_title:
            facts.append((self.tr("来源会议："), f"{d.meeting_day} {d.meeting_title}"))
        if d.decision_text:
            facts.append((self.tr("议定事项："), d.decision_text))
        facts += [
            (self.tr("牵头单位："), d.lead or self.tr("（未指定）")),
            (self.tr("协办单位："), "、".join(d.co_organisations) or self.tr("（无）")),
            (self.tr("责任人："), d.owner or self.tr("（未指定）")),
            (self.tr("完成期限："), d.due.isoformat() if d.due else self.tr("未设定")),
            (self.tr("状态："), f"{_label(STATUS_LABELS[d.status])}　{d.progress}%　"
                              f"{self.tr('优先级')} {_label(PRIORITY_LABELS.get(d.priority, d.priority))}"),
            (self.tr("汇报周期："), self.tr("每 {n} 天").format(n=d.report_every_days)
             if d.report_every_days else self.tr("不要求定期汇报")),
        ]
        if d.closed_at is not None:
            facts.append((self.tr("办结/撤销："), f"{to_local(d.closed_at):%Y-%m-%d} {d.closed_by}：{d.close_note}"))
        if d.description:
            facts.append((self.tr("说明："), d.description))
        return facts

    def history_rows(self) -> tuple[UpdateRow, ...]:
        return self.history.source_model.rows()

    def evidence_count(self, update_id: int) -> int:
        return self.history.source_model.evidence(update_id)

    def open_evidence(self, u: UpdateRow | None = None) -> AttachmentsDialog | None:
        """The 佐证材料 of the selected history row (a report) in a dialog over this one."""
        u = u or self.history.current_row()
        if u is None:
            return None
        title = self.tr("佐证材料：{day} {kind}").format(
            day=u.reported_on.isoformat(), kind=_label(UPDATE_KIND_LABELS.get(u.kind, u.kind)))
        dialog = AttachmentsDialog(self._ws, Target("report", u.id), title, u.text, self)
        self.evidence_dialog = open_replacing(self.evidence_dialog, dialog)
        return dialog

    def _on_evidence_button_clicked(self) -> None:
        self.open_evidence()

    def _on_history_selection_changed(self) -> None:
        self.evidence_button.setEnabled(self.history.current_row() is not None)


def _with_evidence(detail: ActionDetail, session) -> tuple[ActionDetail, dict[int, int]]:
    return detail, evidence_counts(session, detail.history)
