"""Forms of the warning actions: issue a suggestion, adjust the level, extend, and a reason box
for lift and dismiss. Each hands its data to a submit callable; a refusal stays in the form."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QLabel, QPlainTextEdit, QSpinBox

from desktop.models import LEVEL_ORDER
from desktop.services.enterprises.core import MAX_WORKERS
from desktop.services.warnings.core import WarningDraft
from desktop.services.warnings.query import WarningRow
from desktop.views.form_dialog import FormDialog
from desktop.views.inputs import ChoiceCombo
from desktop.views.warnings.model import level_label


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _day(edit: QDateEdit) -> date:
    d = edit.date()
    return date(d.year(), d.month(), d.day())


def date_edit(day: date) -> QDateEdit:
    return QDateEdit(_qdate(day), calendarPopup=True, displayFormat="yyyy-MM-dd")


def text_box(text: str = "", lines: int = 3) -> QPlainTextEdit:
    box = QPlainTextEdit(text)
    box.setTabChangesFocus(True)
    box.setFixedHeight(box.fontMetrics().lineSpacing() * lines + 14)
    return box


def level_combo(current: str) -> ChoiceCombo:
    combo = ChoiceCombo()
    combo.set_choices([(level_label(lv.value), lv.value) for lv in LEVEL_ORDER], current)
    return combo


def issue_values(row: WarningRow, today: date, expiry_days: int) -> dict:
    """The 签发 form's fields for ``row``: a suggestion starts today and runs the rule's days."""
    starts = row.starts or today
    return {"level": row.level, "starts": starts, "expires": row.expires or starts + timedelta(days=expiry_days),
            "scope": row.scope, "workers_affected": row.workers_affected, "watch": row.watch,
            "measures": row.measures}


class IssueDialog(FormDialog):
    """签发: the suggestion's fields, editable; the reason is needed only for another level."""

    def __init__(self, submit: Callable[[WarningDraft], object], row: WarningRow, today: date,
                 expiry_days: int, parent=None) -> None:
        super().__init__(submit, parent)
        self._today, self._expiry_days = today, expiry_days
        self._suggested = row.suggested_level or row.level
        self.setWindowTitle(self.tr("签发预警：{name}").format(name=row.enterprise))
        self.setMinimumWidth(520)
        self.basis_label = self.add_field(self.tr("建议理由："), QLabel(wordWrap=True))
        self.level_combo = self.add_field(self.tr("预警级别(&L)："), level_combo(row.level), "level")
        self.starts_edit = self.add_field(self.tr("开始日期(&S)："), date_edit(today), "starts")
        self.expires_edit = self.add_field(self.tr("有效期至(&E)："), date_edit(today), "expires")
        self.scope_edit = self.add_field(self.tr("影响范围："), text_box("", 2), "scope")
        self.workers_spin = self.add_field(self.tr("涉及职工人数："), QSpinBox(), "workers_affected")
        self.workers_spin.setRange(-1, MAX_WORKERS)
        self.workers_spin.setSpecialValueText(self.tr("未知"))
        self.watch_edit = self.add_field(self.tr("需关注事项："), text_box(), "watch")
        self.measures_edit = self.add_field(self.tr("措施："), text_box(), "measures")
        self.reason_edit = self.add_field(self.tr("改变级别的理由(&R)："), text_box("", 2), "reason")
        self.reason_edit.setPlaceholderText(self.tr("签发级别与建议级别不同时必填"))
        self.load_row(row)
        self.level_combo.currentIndexChanged.connect(self._on_level_combo_changed)
        self._on_level_combo_changed()

    def load_row(self, row: WarningRow) -> None:
        """Fill the form with the suggestion ``row`` (when it opens, and 采用已保存的内容)."""
        values = issue_values(row, self._today, self._expiry_days)
        self.basis_label.setText(row.reason or self.tr("（无）"))
        self.level_combo.set_value(values["level"])
        self.starts_edit.setDate(_qdate(values["starts"]))
        self.expires_edit.setDate(_qdate(values["expires"]))
        self.scope_edit.setPlainText(values["scope"])
        workers = values["workers_affected"]
        self.workers_spin.setValue(-1 if workers is None else workers)
        self.watch_edit.setPlainText(values["watch"])
        self.measures_edit.setPlainText(values["measures"])
        self.set_suggested(row.suggested_level or row.level)

    def set_suggested(self, level: str) -> None:
        """The level the rule suggests now: a reason is asked for any other."""
        self._suggested = level
        self._on_level_combo_changed()

    def _on_level_combo_changed(self, *_args) -> None:
        self.reason_edit.setEnabled(self.level_combo.value() != self._suggested)

    def data(self) -> WarningDraft:
        workers = self.workers_spin.value()
        return WarningDraft(
            level=self.level_combo.value(),
            reason=self.reason_edit.toPlainText() if self.reason_edit.isEnabled() else "",
            starts=_day(self.starts_edit), expires=_day(self.expires_edit),
            scope=self.scope_edit.toPlainText(), workers_affected=None if workers < 0 else workers,
            watch=self.watch_edit.toPlainText(), measures=self.measures_edit.toPlainText())


@dataclass(frozen=True)
class LevelChange:
    level: str
    reason: str


class AdjustDialog(FormDialog):
    """调整级别: a level other than the current one, and why."""

    def __init__(self, submit: Callable[[LevelChange], object], row: WarningRow, parent=None) -> None:
        super().__init__(submit, parent)
        self.setWindowTitle(self.tr("调整预警级别：{name}").format(name=row.enterprise))
        self.setMinimumWidth(440)
        self.add_field(self.tr("当前级别："), QLabel(level_label(row.level)))
        other = next(lv.value for lv in LEVEL_ORDER if lv.value != row.level)
        self.level_combo = self.add_field(self.tr("新级别(&L)："), level_combo(other), "level")
        self.reason_edit = self.add_field(self.tr("理由(&R)："), text_box(), "reason")

    def data(self) -> LevelChange:
        return LevelChange(self.level_combo.value(), self.reason_edit.toPlainText())


@dataclass(frozen=True)
class Extension:
    until: date
    reason: str


class ExtendDialog(FormDialog):
    """延期: a later expiry."""

    def __init__(self, submit: Callable[[Extension], object], row: WarningRow, expiry_days: int,
                 parent=None) -> None:
        super().__init__(submit, parent)
        self.setWindowTitle(self.tr("延长预警有效期：{name}").format(name=row.enterprise))
        self.setMinimumWidth(440)
        current = row.expires or date.today()
        self.add_field(self.tr("现有效期至："), QLabel(current.isoformat()))
        self.until_edit = self.add_field(self.tr("延期至(&U)："),
                                         date_edit(current + timedelta(days=expiry_days)), "expires")
        self.reason_edit = self.add_field(self.tr("理由(&R)："), text_box("", 2), "reason")

    def data(self) -> Extension:
        return Extension(_day(self.until_edit), self.reason_edit.toPlainText())


class ReasonDialog(FormDialog):
    """A reason, required (解除, 不予预警)."""

    def __init__(self, submit: Callable[[str], object], title: str, prompt: str, parent=None) -> None:
        super().__init__(submit, parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(440)
        self.reason_edit = self.add_field(prompt, text_box(), "reason")

    def data(self) -> str:
        return self.reason_edit.toPlainText()
