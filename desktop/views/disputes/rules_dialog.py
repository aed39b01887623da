"""期限规则: the case clocks' rules with their legal basis, whether it was verified and how each
counts; 修改… saves the office's version (``rules.save_rule``, refused when someone else saved
first), 恢复默认 returns a rule to the code's default (``rules.reset_rule``). Both are
operations; the hub announces Topic.CASES, which every case screen and this dialog follow.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.changes import Topic
from desktop.services.disputes.periods import Mode, Unit
from desktop.services.disputes.rules import Rule, load_rules, reset_rule, save_rule
from desktop.views.changes import Subscription
from desktop.views.disputes.intake_dialog import text_box
from desktop.views.form_dialog import FormDialog, open_form, run_or_raise
from desktop.views.inputs import ChoiceCombo
from desktop.views.operations import Operation
from desktop.views.record_table import RecordTable
from desktop.views.table_model import Column, RowTableModel
from desktop.views.workspace import Workspace

CONTEXT = "ClockRulesDialog"
UNITS = {Unit.DAY.value: QT_TRANSLATE_NOOP("ClockRulesDialog", "日"), Unit.MONTH.value: QT_TRANSLATE_NOOP("ClockRulesDialog", "个月"),
         Unit.YEAR.value: QT_TRANSLATE_NOOP("ClockRulesDialog", "年")}
MODES = {Mode.SHIFT.value: QT_TRANSLATE_NOOP("ClockRulesDialog", "顺延"), Mode.EXACT.value: QT_TRANSLATE_NOOP("ClockRulesDialog", "不顺延")}

VERIFIED = {True: QT_TRANSLATE_NOOP("ClockRulesDialog", "已核实"), False: QT_TRANSLATE_NOOP("ClockRulesDialog", "未核实")}
SOURCES = {True: QT_TRANSLATE_NOOP("ClockRulesDialog", "本单位修改"), False: QT_TRANSLATE_NOOP("ClockRulesDialog", "默认")}
DAYS = QT_TRANSLATE_NOOP("ClockRulesDialog", "{n} 天")


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


@dataclass(frozen=True)
class RuleRow:
    """A rule in the table (``id``: its place, for keeping the selection)."""

    id: int
    rule: Rule


class RulesModel(RowTableModel):
    CONTEXT = CONTEXT
    STRETCH_COLUMN = 3
    COLUMNS = (
        Column(QT_TRANSLATE_NOOP("ClockRulesDialog", "规则"), lambda r: r.rule.key),
        Column(QT_TRANSLATE_NOOP("ClockRulesDialog", "名称"), lambda r: r.rule.name),
        Column(QT_TRANSLATE_NOOP("ClockRulesDialog", "计算方法"), lambda r: r.rule.counts),
        Column(QT_TRANSLATE_NOOP("ClockRulesDialog", "法律依据"), lambda r: r.rule.basis),
        Column(QT_TRANSLATE_NOOP("ClockRulesDialog", "核实"), lambda r: _tr(VERIFIED[r.rule.verified])),
        Column(QT_TRANSLATE_NOOP("ClockRulesDialog", "末日处理"), lambda r: _tr(MODES[r.rule.mode])),
        Column(QT_TRANSLATE_NOOP("ClockRulesDialog", "最长延期"),
               lambda r: _tr(DAYS).format(n=r.rule.max_extension_days), numeric=True),
        Column(QT_TRANSLATE_NOOP("ClockRulesDialog", "来源"),
               lambda r: _tr(SOURCES[bool(r.rule.version)])),
    )

    def row_tooltip(self, row: RuleRow) -> str:
        rule = row.rule
        return "\n".join(x for x in (f"{rule.name}（{rule.key}）", rule.counts, rule.basis, rule.note) if x)


def table_beside_buttons(table: QWidget, *buttons: QWidget) -> QHBoxLayout:
    """A table with its buttons in a column on its right (the office dialogs and the 卷宗 panel)."""
    side = QVBoxLayout()
    for button in buttons:
        side.addWidget(button)
    side.addStretch(1)
    row = QHBoxLayout()
    row.addWidget(table, 1)
    row.addLayout(side)
    return row


def lay_out_list_dialog(dialog: QDialog, table: QWidget, buttons, hint: QLabel, box: QDialogButtonBox) -> None:
    """The table beside its buttons, a hint under it, then 关闭."""
    layout = QVBoxLayout(dialog)
    layout.addLayout(table_beside_buttons(table, *buttons), 1)
    layout.addWidget(hint)
    layout.addWidget(box)


def _choices(labels: dict[str, str], current: str) -> ChoiceCombo:
    combo = ChoiceCombo()
    combo.set_choices([(_tr(text), key) for key, text in labels.items()], current)
    return combo


@dataclass(frozen=True)
class RuleEdit:
    amount: int
    unit: str
    mode: str
    basis: str
    verified: bool
    max_extension_days: int
    note: str


class RuleEditDialog(FormDialog):
    """One rule's amount, unit, mode, basis, verified, maximum extension and note."""

    def __init__(self, submit, rule: Rule, parent: QWidget | None = None) -> None:
        super().__init__(submit, parent)
        self.setWindowTitle(self.tr("修改期限规则：{name}").format(name=rule.name))
        self.setMinimumWidth(560)
        self.add_field(self.tr("起算："), QLabel(rule.start_event, wordWrap=True))
        self.amount_spin = self.add_field(self.tr("期间长度(&A)："), QSpinBox(minimum=0, maximum=3650), "amount")
        self.amount_spin.setValue(rule.amount)
        self.unit_combo = self.add_field(self.tr("单位(&U)："), _choices(UNITS, rule.unit), "unit")
        self.mode_combo = self.add_field(self.tr("末日处理(&M)："), _choices(MODES, rule.mode), "mode")
        self.basis_edit = self.add_field(self.tr("法律依据(&B)："), text_box(rule.basis, 4), "basis")
        self.verified_check = self.add_field("", QCheckBox(self.tr("依据已对照公布的法律文本核实(&V)")), "verified")
        self.verified_check.setChecked(rule.verified)
        self.extension_spin = self.add_field(self.tr("最长延期(&E)："), QSpinBox(
            minimum=0, maximum=365, suffix=self.tr(" 天")), "max_extension_days")
        self.extension_spin.setValue(rule.max_extension_days)
        self.note_edit = self.add_field(self.tr("说明(&N)："), text_box(rule.note, 3), "note")

    def data(self) -> RuleEdit:
        return RuleEdit(self.amount_spin.value(), self.unit_combo.value(), self.mode_combo.value(),
                        self.basis_edit.toPlainText(), self.verified_check.isChecked(),
                        self.extension_spin.value(), self.note_edit.toPlainText())


class ClockRulesDialog(QDialog):
    """The rules table with 修改… and 恢复默认; follows Topic.CASES."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.edit_dialog: RuleEditDialog | None = None
        self.setWindowTitle(self.tr("期限规则"))
        self.resize(980, 360)
        self.model = RulesModel(self)
        self.table = RecordTable(self.model)
        self.edit_button = QPushButton(self.tr("修改(&E)…"))
        self.reset_button = QPushButton(self.tr("恢复默认(&D)"))
        self.hint_label = QLabel(self.tr(
            "期间按民法典第二百零一条至第二百零三条计算：起算当日不计入；按年、月计算的，到期月的对应日为最后一日，"
            "没有对应日的为该月末日；“顺延”的规则，最后一日为休息日的顺延至下一工作日。"), wordWrap=True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        lay_out_list_dialog(self, self.table, (self.edit_button, self.reset_button), self.hint_label, self.buttons)
        self.edit_button.clicked.connect(self._on_edit_button_clicked)
        self.reset_button.clicked.connect(self._on_reset_button_clicked)
        self.table.row_activated.connect(self.edit_rule)
        self.table.selection_changed.connect(self._update_buttons)
        self.buttons.rejected.connect(self.reject)
        self.subscription = Subscription(workspace.hub, self, (Topic.CASES,), self.reload)
        self.reload()
        self.table.selectRow(0)


    def reload(self) -> None:
        rules = self.workspace.read(load_rules)
        self.table.set_rows([RuleRow(i, r) for i, r in enumerate(rules.values())])
        self._update_buttons()

    def current_rule(self) -> Rule | None:
        row = self.table.current_row()
        return row.rule if row is not None else None

    def select_rule(self, key: str) -> bool:
        index = next((r.id for r in self.model.rows() if r.rule.key == key), -1)
        return self.table.select_id(index)

    def _update_buttons(self) -> None:
        rule = self.current_rule()
        self.edit_button.setEnabled(rule is not None)
        self.reset_button.setEnabled(rule is not None and rule.version > 0)

    def edit_rule(self, row: RuleRow | None = None) -> RuleEditDialog | None:
        rule = row.rule if row is not None else self.current_rule()
        if rule is None:
            return None
        user = self.workspace.user

        def submit(edit: RuleEdit) -> Rule:
            return run_or_raise(self, self.workspace, lambda s: save_rule(
                s, rule.key, amount=edit.amount, unit=edit.unit, mode=edit.mode, basis=edit.basis,
                verified=edit.verified, max_extension_days=edit.max_extension_days, note=edit.note,
                version=rule.version, user=user), title=self.tr("无法保存期限规则"))
        self.edit_dialog = RuleEditDialog(submit, rule, self)
        open_form(self.edit_dialog)
        return self.edit_dialog

    def reset_current(self) -> bool:
        rule = self.current_rule()
        if rule is None or not rule.version:
            return False
        answer = QMessageBox.question(self, self.tr("恢复默认"), self.tr(
            "把“{name}”恢复为程序的默认规则？本单位的修改将被删除。").format(name=rule.name))
        if answer != QMessageBox.StandardButton.Yes:
            return False
        operation = Operation(self, self.workspace, lambda s: reset_rule(s, rule.key),
                              title=self.tr("无法恢复默认规则"))
        return operation.run() is not None

    def _on_edit_button_clicked(self) -> None:
        self.edit_rule()

    def _on_reset_button_clicked(self) -> None:
        self.reset_current()
