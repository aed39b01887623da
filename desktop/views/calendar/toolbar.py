"""The calendar's toolbar: previous/today/next, the period shown, body filter, view switch."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QToolButton,
    QWidget,
)

from desktop.services.bodies.core import BodyRow
from desktop.views.calendar.periods import Period, ViewMode
from desktop.views.icons import themed_icon
from desktop.views.inputs import ChoiceCombo
from desktop.views.navigation import marker_icon


class CalendarToolbar(QWidget):
    navigate_requested = Signal(int)       # -1 previous, +1 next
    today_requested = Signal()
    body_chosen = Signal(object)           # a body key, or None for all bodies
    mode_chosen = Signal(str)              # a ViewMode value
    new_meeting_requested = Signal()
    holidays_requested = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.prev_button = QToolButton(text="‹", toolTip=self.tr("上一页（PageUp）"), autoRaise=True)
        self.next_button = QToolButton(text="›", toolTip=self.tr("下一页（PageDown）"), autoRaise=True)
        self.today_button = QToolButton(text=self.tr("今天(&T)"))
        self.period_label = QLabel(objectName="pageTitle")
        # a narrow window cuts the title rather than growing: the page must fit small screens
        self.period_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.body_combo = ChoiceCombo()
        self.body_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.body_combo.setMinimumContentsLength(8)
        self.mode_group = QButtonGroup(self)
        self.mode_buttons: dict[str, QToolButton] = {}
        for mode, text in ((ViewMode.MONTH.value, self.tr("月")), (ViewMode.WEEK.value, self.tr("周")),
                           (ViewMode.LIST.value, self.tr("列表"))):
            button = QToolButton(text=text, checkable=True, objectName=f"mode_{mode}")
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            self.mode_group.addButton(button)
            self.mode_buttons[mode] = button
        # tool buttons, not push buttons: a push button is at least 80 px wide in most styles
        self.new_button = QToolButton(icon=themed_icon("add"), text=self.tr("新建会议…"))
        self.new_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.holidays_button = QToolButton(text=self.tr("节假日…"))
        for button in (self.prev_button, self.next_button):
            font = button.font()
            font.setPointSizeF(font.pointSizeF() * 1.5)
            button.setFont(font)
        self._lay_out()
        self.prev_button.clicked.connect(self._on_prev_button_clicked)
        self.next_button.clicked.connect(self._on_next_button_clicked)
        self.today_button.clicked.connect(self.today_requested)
        self.body_combo.currentIndexChanged.connect(self._on_body_combo_current_index_changed)
        self.mode_group.buttonClicked.connect(self._on_mode_group_button_clicked)
        self.new_button.clicked.connect(self.new_meeting_requested)
        self.holidays_button.clicked.connect(self.holidays_requested)

    def _lay_out(self) -> None:
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.prev_button)
        layout.addWidget(self.today_button)
        layout.addWidget(self.next_button)
        layout.addSpacing(4)
        layout.addWidget(self.period_label, 1)
        layout.addWidget(self.body_combo)
        layout.addSpacing(4)
        for button in self.mode_buttons.values():
            layout.addWidget(button)
        layout.addSpacing(4)
        layout.addWidget(self.holidays_button)
        layout.addWidget(self.new_button)

    def set_bodies(self, bodies: Sequence[BodyRow], current: str | None) -> None:
        self.body_combo.blockSignals(True)
        self.body_combo.set_choices([(self.tr("全部机制"), None), *((b.name, b.key) for b in bodies)],
                                    current)
        for index, body in enumerate(bodies, start=1):
            self.body_combo.setItemIcon(index, marker_icon(body.color))
        self.body_combo.blockSignals(False)

    def body(self) -> str | None:
        return self.body_combo.value()

    def show_period(self, period: Period) -> None:
        self.mode_buttons[period.mode].setChecked(True)
        if period.mode == ViewMode.WEEK.value:
            first, last = period.first, period.last
            end = self.tr("{d}日").format(d=last.day) if last.month == first.month \
                else self.tr("{m}月{d}日").format(m=last.month, d=last.day)
            text = self.tr("{y}年{m}月{d}日 – {end}").format(y=first.year, m=first.month, d=first.day, end=end)
        else:
            text = self.tr("{y}年{m}月").format(y=period.anchor.year, m=period.anchor.month)
        self.period_label.setText(text)

    def _on_prev_button_clicked(self) -> None:
        self.navigate_requested.emit(-1)

    def _on_next_button_clicked(self) -> None:
        self.navigate_requested.emit(1)

    def _on_body_combo_current_index_changed(self, _index: int) -> None:
        self.body_chosen.emit(self.body())

    def _on_mode_group_button_clicked(self, button: QToolButton) -> None:
        mode = next(m for m, b in self.mode_buttons.items() if b is button)
        self.mode_chosen.emit(mode)
