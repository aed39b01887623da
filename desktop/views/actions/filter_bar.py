"""The filters above the action list.

Structural filters (body, organisation, owner, status, due range) reload the list from the
database (``filter_changed``); the text box filters the loaded list in memory (``text_changed``).
A filter coming from the dashboard may hold what the bar has no field for (an ageing bucket, a
month opened or closed): it is shown as a note with a button that drops it. A filter shown
before the pickers have their choices (the list and its choices load in the background) is
kept and applied when the choices come.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QSize, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyle,
    QStyleOptionComboBox,
    QToolButton,
    QWidget,
)

from desktop.i18n import LABELS
from desktop.services.actions.detail import Choice
from desktop.services.actions.query import STATUS_FILTERS, ActionFilter
from desktop.services.actions.timing import AGEING_LABELS, STATUS_LABELS
from desktop.views.actions.dialogs import qdate
from desktop.views.inputs import ChoiceCombo

NO_DATE = QDate(2000, 1, 1)   # the minimum of the date boxes stands for "no limit"
YEAR, MONTH, ALL = "year", "month", "all"
PERIODS = {YEAR: QT_TRANSLATE_NOOP("ActionFilterBar", "本年"), MONTH: QT_TRANSLATE_NOOP("ActionFilterBar", "本月"),
           ALL: QT_TRANSLATE_NOOP("ActionFilterBar", "全部")}


def period_range(period: str, today: date) -> tuple[date | None, date | None]:
    """The due dates a quick filter stands for (both ends included); (None, None) for 全部."""
    if period == YEAR:
        return date(today.year, 1, 1), date(today.year, 12, 31)
    if period == MONTH:
        following = date(today.year + today.month // 12, today.month % 12 + 1, 1)
        return today.replace(day=1), date.fromordinal(following.toordinal() - 1)
    return None, None


def _label(text: str) -> str:
    return QCoreApplication.translate(LABELS, text)


def _hold_text(combo: QComboBox, text: str) -> None:
    """At least wide enough for ``text`` (a long name may still be cut: "全部…" may not)."""
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    contents = QSize(combo.fontMetrics().horizontalAdvance(text), combo.fontMetrics().height())
    combo.setMinimumWidth(combo.style().sizeFromContents(QStyle.ContentsType.CT_ComboBox, option, contents, combo).width())


class OptionalDate(QDateEdit):
    """A date box whose minimum shows as 不限 and means no limit."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent, calendarPopup=True, displayFormat="yyyy-MM-dd")
        self.setMinimumDate(NO_DATE)
        self.setSpecialValueText(self.tr("不限"))
        self.setDate(NO_DATE)

    def value(self) -> date | None:
        return None if self.date() == NO_DATE else self.date().toPython()

    def set_value(self, value: date | None) -> None:
        self.setDate(qdate(value) if value else NO_DATE)


class ActionFilterBar(QWidget):
    filter_changed = Signal()
    text_changed = Signal(str)
    working_days_toggled = Signal(bool)
    period_chosen = Signal(str)    # a quick filter (YEAR, MONTH, ALL) was clicked

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.today = date.today   # the page gives Beijing's today
        self._extra = ActionFilter()          # dashboard-only dimensions, shown as a note
        self._wanted: dict[ChoiceCombo, object] = {}   # values set before their choices came
        self.body_combo = ChoiceCombo()
        self.organisation_combo = ChoiceCombo()
        self.lead_only_box = QCheckBox(self.tr("仅牵头"))
        self.owner_combo = ChoiceCombo()
        self.status_combo = ChoiceCombo()
        self.status_combo.set_choices(
            ((_label(STATUS_LABELS.get(k, v)), k) for k, v in STATUS_FILTERS.items()), "open")
        self.due_from = OptionalDate()
        self.due_to = OptionalDate()
        self.period_group = QButtonGroup(self)
        self.period_buttons: dict[str, QToolButton] = {}
        for key, text in PERIODS.items():
            button = self.period_buttons[key] = QToolButton(text=self.tr(text), checkable=True)
            button.setToolTip(self.tr("按完成期限筛选"))
            self.period_group.addButton(button)
        self.text_edit = QLineEdit(placeholderText=self.tr("按事项、牵头单位或责任人筛选"), clearButtonEnabled=True)
        self.working_days_box = QCheckBox(self.tr("按工作日计算"))
        self.working_days_box.setToolTip(self.tr("逾期天数和临期提醒按工作日计算（扣除法定节假日，计入调休上班日）"))
        self.extra_label = QLabel(objectName="pageSubtitle")
        self.clear_extra_button = QPushButton(self.tr("取消看板条件"))
        for combo in (self.body_combo, self.organisation_combo, self.owner_combo, self.status_combo):
            # long organisation names must not make the page wider than a laptop screen
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(3)
        self.set_choices((), (), ())
        self._lay_out()
        self._show_extra()

        for combo in (self.body_combo, self.organisation_combo, self.owner_combo, self.status_combo):
            combo.currentIndexChanged.connect(lambda _i, c=combo: self._on_combo_changed(c))
        self.lead_only_box.toggled.connect(self._on_structure_changed)
        self.due_from.dateChanged.connect(self._on_structure_changed)
        self.due_to.dateChanged.connect(self._on_structure_changed)
        for key, button in self.period_buttons.items():
            button.clicked.connect(lambda _checked=False, k=key: self._on_period_button_clicked(k))
        self.text_edit.textChanged.connect(self.text_changed)
        self.working_days_box.toggled.connect(self.working_days_toggled)
        self.clear_extra_button.clicked.connect(self._on_clear_extra_button_clicked)

    def _lay_out(self) -> None:
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        cells = ((self.tr("机制"), self.body_combo), (self.tr("单位"), self.organisation_combo),
                 (self.tr("责任人"), self.owner_combo), (self.tr("状态"), self.status_combo))
        for column, (label, widget) in enumerate(cells):
            grid.addWidget(QLabel(label), 0, column * 2)
            grid.addWidget(widget, 0, column * 2 + 1)
        grid.addWidget(self.lead_only_box, 0, 8)
        dates = QHBoxLayout()
        for button in self.period_buttons.values():
            dates.addWidget(button)
        for label, widget in ((self.tr("期限从"), self.due_from), (self.tr("至"), self.due_to)):
            dates.addWidget(QLabel(label))
            dates.addWidget(widget)
        grid.addLayout(dates, 1, 0, 1, 4)
        grid.addWidget(self.text_edit, 1, 4, 1, 3)
        grid.addWidget(self.working_days_box, 1, 7, 1, 2)
        extra = QHBoxLayout()
        extra.addWidget(self.extra_label, 1)
        extra.addWidget(self.clear_extra_button)
        grid.addLayout(extra, 2, 0, 1, 9)

    def set_choices(self, bodies: Sequence[tuple[int, str]], organisations: Sequence[Choice],
                    people: Sequence[Choice]) -> None:
        """Fill the pickers, keeping what is chosen; announces nothing."""
        for combo, everything, items in (
                (self.body_combo, self.tr("全部机制"), bodies),
                (self.organisation_combo, self.tr("全部单位"), [(c.id, c.name) for c in organisations]),
                (self.owner_combo, self.tr("全部责任人"),
                 [(c.id, f"{c.name}（{c.detail}）" if c.detail else c.name) for c in people])):
            current = self._wanted.pop(combo, combo.value())
            combo.blockSignals(True)
            combo.set_choices([(everything, None), *((name, i) for i, name in items)], current)
            combo.blockSignals(False)
            _hold_text(combo, everything)

    def current_filter(self) -> ActionFilter:
        """The structural filter (no text: that part is applied in memory)."""
        return replace(self._extra, body_id=self._value(self.body_combo),
                       organisation_id=self._value(self.organisation_combo),
                       lead_only=self.lead_only_box.isChecked(), owner_id=self._value(self.owner_combo),
                       status=self.status_combo.value() or "all", due_from=self.due_from.value(),
                       due_to=self.due_to.value(), text="")

    def set_filter(self, flt: ActionFilter) -> None:
        """Show ``flt`` (e.g. from the dashboard) and announce one change."""
        widgets = (self.body_combo, self.organisation_combo, self.owner_combo, self.status_combo,
                   self.lead_only_box, self.due_from, self.due_to, self.text_edit)
        for widget in widgets:
            widget.blockSignals(True)
        for combo, value in ((self.body_combo, flt.body_id), (self.organisation_combo, flt.organisation_id),
                             (self.owner_combo, flt.owner_id), (self.status_combo, flt.status)):
            combo.set_value(value)
            if combo.value() != value:   # its choices are still loading
                self._wanted[combo] = value
            else:
                self._wanted.pop(combo, None)
        self.lead_only_box.setChecked(flt.lead_only)
        self.due_from.set_value(flt.due_from)
        self.due_to.set_value(flt.due_to)
        self._check_period()
        self.text_edit.setText(flt.text)
        for widget in widgets:
            widget.blockSignals(False)
        self._extra = ActionFilter(ageing=flt.ageing, created_from=flt.created_from,
                                   created_to=flt.created_to, closed_from=flt.closed_from,
                                   closed_to=flt.closed_to)
        self._show_extra()
        self.filter_changed.emit()

    def set_period(self, period: str) -> None:
        """Show the due dates of a quick filter (YEAR, MONTH, ALL) and announce one change."""
        first, last = period_range(period, self.today())
        for edit, value in ((self.due_from, first), (self.due_to, last)):
            edit.blockSignals(True)
            edit.set_value(value)
            edit.blockSignals(False)
        self._check_period()
        self.filter_changed.emit()

    def period(self) -> str:
        """The quick filter the due dates match, or "" when they were set otherwise."""
        dates = (self.due_from.value(), self.due_to.value())
        return next((key for key in PERIODS if period_range(key, self.today()) == dates), "")

    def _check_period(self) -> None:
        current = self.period()
        self.period_group.setExclusive(False)   # so that none can be checked
        for key, button in self.period_buttons.items():
            button.setChecked(key == current)
        self.period_group.setExclusive(True)

    def text(self) -> str:
        return self.text_edit.text()

    def _value(self, combo: ChoiceCombo) -> object:
        return self._wanted.get(combo, combo.value())

    def _show_extra(self) -> None:
        x, parts = self._extra, []
        if x.ageing is not None:
            parts.append(_label(AGEING_LABELS[x.ageing.value]))
        if x.created_from or x.created_to:
            parts.append(self.tr("立项于 {first} 至 {last}").format(first=x.created_from, last=x.created_to))
        if x.closed_from or x.closed_to:
            parts.append(self.tr("办结于 {first} 至 {last}").format(first=x.closed_from, last=x.closed_to))
        self.extra_label.setText(self.tr("看板条件：{parts}").format(parts="；".join(parts)) if parts else "")
        self.extra_label.setVisible(bool(parts))
        self.clear_extra_button.setVisible(bool(parts))

    def _on_structure_changed(self, *_args) -> None:
        self._check_period()
        self.filter_changed.emit()

    def _on_period_button_clicked(self, period: str) -> None:
        self.set_period(period)
        self.period_chosen.emit(period)

    def _on_combo_changed(self, combo: ChoiceCombo) -> None:
        self._wanted.pop(combo, None)   # the user's choice wins over one still waiting
        self.filter_changed.emit()

    def _on_clear_extra_button_clicked(self) -> None:
        self._extra = ActionFilter()
        self._show_extra()
        self.filter_changed.emit()
