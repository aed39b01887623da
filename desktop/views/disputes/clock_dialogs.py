"""延期, 中止 and 结束中止 of one running clock of a case. Each hands a ``ClockChange`` to its submit
callable; 撤销 (taking an extension or pause back) is a question in ``actions``."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date

from PySide6.QtWidgets import QLabel, QSpinBox

from desktop.services.disputes.clocks import Clock
from desktop.services.disputes.query import CaseRow
from desktop.services.disputes.rules import PERFORMANCE
from desktop.views.disputes.intake_dialog import date_edit, day_of, text_box
from desktop.views.disputes.model import days_text
from desktop.views.form_dialog import FormDialog
from desktop.views.inputs import ChoiceCombo


@dataclass(frozen=True)
class ClockChange:
    rule: str
    days: int = 0
    day: date | None = None
    reason: str = ""


def extendable(row: CaseRow) -> list[Clock]:
    return [c for c in row.clocks if c.rule != PERFORMANCE and not c.paused]


def pausable(row: CaseRow) -> list[Clock]:
    return [c for c in row.clocks if not c.paused]


def paused(row: CaseRow) -> list[Clock]:
    return [c for c in row.clocks if c.paused]


class _ClockDialog(FormDialog):
    """A clock of the case to act on, then the fields of the subclass."""

    def __init__(self, submit: Callable[[ClockChange], object], clocks: Sequence[Clock], parent=None) -> None:
        super().__init__(submit, parent)
        self.setMinimumWidth(460)
        self.rule_combo = self.add_field(self.tr("期限(&R)："), ChoiceCombo(), "rule")
        self.rule_combo.set_choices([(f"{c.name}（{c.due or ''} {days_text(c)}）", c.rule) for c in clocks])


class ExtendClockDialog(_ClockDialog):
    """延期, with both parties' consent; the cap is the rule's and the service checks it."""

    def __init__(self, submit, row: CaseRow, parent=None) -> None:
        super().__init__(submit, extendable(row), parent)
        self.setWindowTitle(self.tr("延期：{number}").format(number=row.number))
        self.days_spin = self.add_field(self.tr("延长天数(&D)："), QSpinBox(minimum=1, maximum=365, value=15), "days")
        self.days_spin.setSuffix(self.tr(" 日"))
        self.reason_edit = self.add_field(self.tr("理由(&W)："), text_box("", 3), "reason")
        self.reason_edit.setPlaceholderText(self.tr("双方当事人同意延期的情况"))

    def data(self) -> ClockChange:
        return ClockChange(self.rule_combo.value(), days=self.days_spin.value(),
                           reason=self.reason_edit.toPlainText())


class PauseClockDialog(_ClockDialog):
    """中止 from a day; the clock stands still until 结束中止."""

    def __init__(self, submit, row: CaseRow, today: date, parent=None) -> None:
        super().__init__(submit, pausable(row), parent)
        self.setWindowTitle(self.tr("中止期限：{number}").format(number=row.number))
        self.day_edit = self.add_field(self.tr("中止开始日(&F)："), date_edit(today), "first_day")
        self.reason_edit = self.add_field(self.tr("理由(&W)："), text_box("", 3), "reason")

    def data(self) -> ClockChange:
        return ClockChange(self.rule_combo.value(), day=day_of(self.day_edit), reason=self.reason_edit.toPlainText())


class EndPauseDialog(_ClockDialog):
    """结束中止: the last paused day; the clock runs again from the day after."""

    def __init__(self, submit, row: CaseRow, today: date, parent=None) -> None:
        super().__init__(submit, paused(row), parent)
        self.setWindowTitle(self.tr("结束中止：{number}").format(number=row.number))
        self.day_edit = self.add_field(self.tr("中止最后一日(&L)："), date_edit(today), "last_day")
        self.add_field("", QLabel(self.tr("期限自该日的次日起继续计算。")))

    def data(self) -> ClockChange:
        return ClockChange(self.rule_combo.value(), day=day_of(self.day_edit))
