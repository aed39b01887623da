"""通报时限设置: the minutes allowed to notify the member parties, one per level (levels I and II
within 1 hour by the contingency plans). They apply to incidents opened or re-graded from then on."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QLabel, QSpinBox

from desktop.services.incidents.labels import LEVELS
from desktop.services.incidents.limits import DEFAULT_MINUTES, MAX_MINUTES
from desktop.views.form_dialog import FormDialog
from desktop.views.incidents.model import level_label, minutes_text


class LimitsDialog(FormDialog):
    """One spin box per level; ``data()`` gives only the levels whose minutes changed."""

    def __init__(self, submit: Callable[[dict[int, int]], object], current: dict[int, int], parent=None) -> None:
        super().__init__(submit, parent)
        self._current = dict(current)
        self.setWindowTitle(self.tr("通报时限设置"))
        self.setMinimumWidth(460)
        self.spins: dict[int, QSpinBox] = {}
        for level in LEVELS:
            spin = QSpinBox(minimum=1, maximum=MAX_MINUTES)
            spin.setSuffix(self.tr(" 分钟"))
            spin.setValue(current.get(level, DEFAULT_MINUTES[level]))
            spin.setToolTip(self.tr("默认{limit}").format(limit=minutes_text(DEFAULT_MINUTES[level])))
            self.spins[level] = self.add_field(level_label(level) + self.tr("："), spin, f"level{level}")
        self.add_field("", QLabel(self.tr("自获悉事件时起算，适用于此后新建或调整级别的事件；"
                                          "已通报的联动单位不受影响。"), wordWrap=True))

    def data(self) -> dict[int, int]:
        values = {level: spin.value() for level, spin in self.spins.items()}
        return {level: minutes for level, minutes in values.items() if minutes != self._current.get(level)}
