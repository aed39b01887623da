"""期限计算器: the last day of one clock rule from a start date, as the command line's ``deadline``.

Reads only: the rules (``rules.load_rules``) and the holiday calendar in a reading session each
time the rule, the date or the mode changes. Counting is the period engine's (民法典 Arts.
200–203); the rule's legal basis and how it counts are shown under the answer.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from desktop.changes import Topic
from desktop.errors import UserError
from desktop.services.disputes.clocks import compute_due, session_calendar
from desktop.services.disputes.periods import Due, Mode
from desktop.services.disputes.rules import Rule, load_rules
from desktop.services.kernel.cn_format import cn_date
from desktop.services.kernel.timeutil import FIRST_DAY, LAST_DAY, check_supported, today_local
from desktop.views.changes import Subscription
from desktop.views.errors import error_text
from desktop.views.inputs import ChoiceCombo
from desktop.views.workspace import Workspace

CONTEXT = "DeadlineCalculatorDialog"
BY_RULE = ""
WEEKDAYS = (QT_TRANSLATE_NOOP("DeadlineCalculatorDialog", "星期一"), QT_TRANSLATE_NOOP("DeadlineCalculatorDialog", "星期二"),
            QT_TRANSLATE_NOOP("DeadlineCalculatorDialog", "星期三"), QT_TRANSLATE_NOOP("DeadlineCalculatorDialog", "星期四"),
            QT_TRANSLATE_NOOP("DeadlineCalculatorDialog", "星期五"), QT_TRANSLATE_NOOP("DeadlineCalculatorDialog", "星期六"),
            QT_TRANSLATE_NOOP("DeadlineCalculatorDialog", "星期日"))


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def day_with_weekday(day: date) -> str:
    """``2026年3月2日（星期一）``."""
    return f"{cn_date(day)}（{QCoreApplication.translate(CONTEXT, WEEKDAYS[day.weekday()])}）"


def calculate(session, rule: Rule, start: date, mode: str) -> Due:
    """The last day of ``rule`` from ``start``; ``mode`` BY_RULE keeps the rule's own."""
    check_supported(start, "start")
    return compute_due(replace(rule, mode=mode or rule.mode), start, session_calendar(session))


class DeadlineCalculatorDialog(QDialog):
    """Rule, start date and mode in; the last day, any rest-day shift, provisional, basis out."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.setWindowTitle(self.tr("期限计算器"))
        self.setMinimumWidth(520)
        self.rules = workspace.read(load_rules)
        self.due: Due | None = None
        self.rule_combo = ChoiceCombo()
        self._fill_rules()
        self.start_edit = QDateEdit(calendarPopup=True, displayFormat="yyyy-MM-dd")
        self.start_edit.setDateRange(_qdate(FIRST_DAY), _qdate(LAST_DAY))
        self.start_edit.setDate(_qdate(today_local()))
        self.mode_combo = ChoiceCombo()
        self.mode_combo.set_choices([(self.tr("按规则"), BY_RULE), (self.tr("顺延（末日遇休息日顺延）"), Mode.SHIFT.value),
                                     (self.tr("不顺延（末日即期满日）"), Mode.EXACT.value)], BY_RULE)
        self.result_label = QLabel(objectName="calculatorResult",
                                   textInteractionFlags=Qt.TextInteractionFlag.TextSelectableByMouse)
        self.result_label.setStyleSheet("font-size: 15px; font-weight: bold;")
        self.shift_label = QLabel(objectName="calculatorShift", wordWrap=True)
        self.provisional_label = QLabel(objectName="calculatorProvisional", wordWrap=True)
        self.provisional_label.setStyleSheet("color: #b36b00;")
        self.basis_label = QLabel(objectName="calculatorBasis", wordWrap=True,
                                  textInteractionFlags=Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self._lay_out()
        self.rule_combo.currentIndexChanged.connect(self._on_input_changed)
        self.mode_combo.currentIndexChanged.connect(self._on_input_changed)
        self.start_edit.dateChanged.connect(self._on_input_changed)
        self.buttons.rejected.connect(self.reject)
        # The rules are announced under Topic.CASES: an edit in 期限规则 shows here at once.
        self.subscription = Subscription(workspace.hub, self, (Topic.CASES,), self._on_rules_changed)
        self._on_input_changed()

    def _fill_rules(self) -> None:
        current = self.rule_combo.value()
        self.rule_combo.blockSignals(True)
        self.rule_combo.set_choices([(f"{r.name}（{key}）", key) for key, r in self.rules.items()], current)
        self.rule_combo.blockSignals(False)

    def _on_rules_changed(self) -> None:
        self.rules = self.workspace.read(load_rules)
        self._fill_rules()
        self._on_input_changed()

    def _lay_out(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("期限规则(&R)："), self.rule_combo)
        form.addRow(self.tr("起算日期(&S)："), self.start_edit)
        form.addRow(self.tr("末日处理(&M)："), self.mode_combo)
        form.addRow(self.tr("最后一日："), self.result_label)
        form.addRow("", self.shift_label)
        form.addRow("", self.provisional_label)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.basis_label)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

    def set_inputs(self, rule: str, start: date, mode: str = BY_RULE) -> None:
        """Choose the rule, the start date and the mode (as a user would in the form)."""
        self.rule_combo.set_value(rule)
        self.mode_combo.set_value(mode)
        self.start_edit.setDate(_qdate(start))

    def start(self) -> date:
        d = self.start_edit.date()
        return date(d.year(), d.month(), d.day())

    def _on_input_changed(self, *_args) -> None:
        rule = self.rules[self.rule_combo.value()]
        try:
            self.due = self.workspace.read(lambda s: calculate(s, rule, self.start(), self.mode_combo.value()))
        except UserError as exc:
            self.due = None
            self.result_label.setText(error_text(exc))
        else:
            self.result_label.setText(day_with_weekday(self.due.day))
        self._show_notes(rule)

    def _show_notes(self, rule: Rule) -> None:
        due = self.due
        shifted = due is not None and due.unshifted is not None and due.unshifted != due.day
        self.shift_label.setText(self.tr("（末日为休息日，已顺延自 {day}）").format(
            day=day_with_weekday(due.unshifted)) if shifted else "")
        self.shift_label.setVisible(shifted)
        provisional = due is not None and due.provisional
        self.provisional_label.setText(self.tr("暂定：该年节假日安排尚未录入") if provisional else "")
        self.provisional_label.setVisible(provisional)
        shown = replace(rule, mode=self.mode_combo.value() or rule.mode)
        lines = [self.tr("自{start}起算。").format(start=rule.start_event),
                 self.tr("计算方法：{counts}。").format(counts=shown.counts), rule.basis]
        if not rule.verified:
            lines.append(self.tr("（依据未核实）"))
        if rule.note:
            lines.append(rule.note)
        self.basis_label.setText("\n".join(lines))
