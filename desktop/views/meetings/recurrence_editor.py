"""The recurrence tab: a preset or a custom RRULE, how the series ends, and holiday handling."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.config import LOCAL_TZ
from desktop.errors import ValidationError
from desktop.i18n import LABELS
from desktop.services.dates import recurrence as rr
from desktop.views.inputs import ChoiceCombo
from desktop.views.meetings.timefields import LocalDateEdit

END_NEVER, END_UNTIL, END_COUNT = "never", "until", "count"
_ORDINALS = {1: QT_TRANSLATE_NOOP("RecurrenceEditor", "第一个"),
             2: QT_TRANSLATE_NOOP("RecurrenceEditor", "第二个"),
             3: QT_TRANSLATE_NOOP("RecurrenceEditor", "第三个"),
             4: QT_TRANSLATE_NOOP("RecurrenceEditor", "第四个"),
             -1: QT_TRANSLATE_NOOP("RecurrenceEditor", "最后一个")}
_WEEKDAYS = (QT_TRANSLATE_NOOP("RecurrenceEditor", "星期一"), QT_TRANSLATE_NOOP("RecurrenceEditor", "星期二"),
             QT_TRANSLATE_NOOP("RecurrenceEditor", "星期三"), QT_TRANSLATE_NOOP("RecurrenceEditor", "星期四"),
             QT_TRANSLATE_NOOP("RecurrenceEditor", "星期五"), QT_TRANSLATE_NOOP("RecurrenceEditor", "星期六"),
             QT_TRANSLATE_NOOP("RecurrenceEditor", "星期日"))


class RecurrenceEditor(QWidget):
    """``rule()`` gives the RRULE text (None when the meeting does not repeat)."""

    changed = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._start = datetime.now(LOCAL_TZ)
        self._last_rule = ""   # the last rule the presets gave: 自定义 starts from it
        self.repeat_check = QCheckBox(self.tr("重复召开(&P)"))
        self.preset_combo = ChoiceCombo()
        self.preset_combo.set_choices((QCoreApplication.translate(LABELS, label), value)
                                      for value, label in rr.PRESET_LABELS.items())
        self.anchor_combo = ChoiceCombo()
        self.custom_edit = QLineEdit()
        self.never_radio = QRadioButton(self.tr("永不结束（保存两年内的会议，以后自动续排）"))
        self.until_radio = QRadioButton(self.tr("截止日期："))
        self.count_radio = QRadioButton(self.tr("共"))
        self.until_edit = LocalDateEdit()
        self.count_spin = QSpinBox(minimum=1, maximum=1000, value=6, suffix=self.tr(" 次"))
        self.end_group = QButtonGroup(self)
        for radio in (self.never_radio, self.until_radio, self.count_radio):
            self.end_group.addButton(radio)
        self.never_radio.setChecked(True)
        self.policy_combo = ChoiceCombo()
        self.policy_combo.set_choices((QCoreApplication.translate(LABELS, label), value)
                                      for value, label in rr.HOLIDAY_POLICY_LABELS.items())
        self.description_label = QLabel(objectName="recurrenceDescription", wordWrap=True)
        self.note_label = QLabel(wordWrap=True, objectName="pageSubtitle")
        self.note_label.hide()
        self._lay_out()
        self.set_start(self._start)
        self.preset_combo.currentIndexChanged.connect(self._on_preset_combo_changed)
        for signal in (self.repeat_check.toggled,
                       self.anchor_combo.currentIndexChanged, self.custom_edit.textChanged,
                       self.end_group.buttonToggled, self.until_edit.dateChanged,
                       self.count_spin.valueChanged, self.policy_combo.currentIndexChanged):
            signal.connect(self._on_input_changed)
        self._update_enabled()

    def _lay_out(self) -> None:
        self.form_widget = QWidget()
        self.form = form = QFormLayout(self.form_widget)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("频率(&F)："), self.preset_combo)
        form.addRow(self.tr("日期(&D)："), self.anchor_combo)
        form.addRow(self.tr("自定义规则(&R)："), self.custom_edit)
        ends = QGridLayout()
        ends.addWidget(self.never_radio, 0, 0, 1, 2)
        ends.addWidget(self.until_radio, 1, 0)
        ends.addWidget(self.until_edit, 1, 1)
        ends.addWidget(self.count_radio, 2, 0)
        ends.addWidget(self.count_spin, 2, 1)
        ends.setColumnStretch(2, 1)
        form.addRow(self.tr("结束："), ends)
        form.addRow(self.tr("遇节假日(&H)："), self.policy_combo)
        form.addRow(self.tr("规则："), self.description_label)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note_label)
        layout.addWidget(self.repeat_check)
        layout.addWidget(self.form_widget)
        layout.addStretch(1)

    # ------------------------------------------------------------ in and out
    def set_start(self, start: datetime) -> None:
        """Anchor the monthly choices on the first meeting's local date."""
        self._start = start
        day = start.astimezone(LOCAL_TZ).date()
        nth = (day.day - 1) // 7 + 1
        nth = -1 if nth == 5 else nth
        current = self.anchor_combo.value()
        self.anchor_combo.blockSignals(True)
        self.anchor_combo.set_choices((
            (self.tr("每次在{day}日").format(day=day.day), rr.MonthlyBy.MONTH_DAY.value),
            (self.tr("每次在{nth}{weekday}").format(nth=self.tr(_ORDINALS[nth]),
                                                    weekday=self.tr(_WEEKDAYS[day.weekday()])),
             rr.MonthlyBy.WEEKDAY.value),
            (self.tr("每次在当月最后一天"), rr.MonthlyBy.LAST_DAY.value),
        ), current or rr.MonthlyBy.MONTH_DAY.value)
        self.anchor_combo.blockSignals(False)
        if self.until_edit.value() < day:
            self.until_edit.set_value(date(day.year, 12, 31))
        self._describe()

    def load(self, rule: str, policy: str) -> None:
        """Show an existing series' rule."""
        preset, anchor = rr.detect_preset(rule)
        if preset != rr.Preset.CUSTOM.value and not self._preset_gives(rule, preset, anchor):
            preset, anchor = rr.Preset.CUSTOM.value, ""   # e.g. BYDAY=3TH on a meeting held another day
        end = rr.rule_end(rule)
        self.repeat_check.setChecked(True)
        self.preset_combo.set_value(preset)
        if anchor:
            self.anchor_combo.set_value(anchor)
        self.custom_edit.setText(rule if preset == rr.Preset.CUSTOM.value else "")
        if end.count is not None:
            self.count_radio.setChecked(True)
            self.count_spin.setValue(end.count)
        elif end.until is not None:
            self.until_radio.setChecked(True)
            self.until_edit.set_value(end.until)
        else:
            self.never_radio.setChecked(True)
        self.policy_combo.set_value(policy)
        self._update_enabled()
        self._describe()

    def _preset_gives(self, rule: str, preset: str, anchor: str) -> bool:
        """Whether the preset and anchor, on this start, make ``rule`` again (its end aside)."""
        made = rr.preset_rule(preset, self._start, by=anchor or rr.MonthlyBy.MONTH_DAY.value)
        return _without_end(made) == _without_end(rule)

    def set_note(self, text: str) -> None:
        self.note_label.setText(text)
        self.note_label.setVisible(bool(text))

    def set_repeat_editable(self, editable: bool) -> None:
        """An existing meeting cannot start or stop being a series here."""
        self.repeat_check.setEnabled(editable)

    def repeats(self) -> bool:
        return self.repeat_check.isChecked()

    def end_kind(self) -> str:
        if self.count_radio.isChecked():
            return END_COUNT
        return END_UNTIL if self.until_radio.isChecked() else END_NEVER

    def rule(self) -> str | None:
        """The RRULE for the current choices; raises ValidationError for a bad custom rule."""
        if not self.repeats():
            return None
        preset, kind = self.preset_combo.value(), self.end_kind()
        count = self.count_spin.value() if kind == END_COUNT else None
        until = self.until_edit.value() if kind == END_UNTIL else None
        if preset == rr.Preset.CUSTOM.value and kind == END_NEVER:
            return rr.normalise_rule(self.custom_edit.text())  # keeps the rule's own COUNT/UNTIL
        return rr.preset_rule(preset, self._start, by=self.anchor_combo.value(),
                              custom=self.custom_edit.text(), count=count, until=until)

    def policy(self) -> str:
        return self.policy_combo.value()

    # ------------------------------------------------------------ slots
    def _on_preset_combo_changed(self, *_args) -> None:
        if self.preset_combo.value() == rr.Preset.CUSTOM.value and not self.custom_edit.text() and self._last_rule:
            self.custom_edit.blockSignals(True)
            self.custom_edit.setText(_without_end(self._last_rule))   # the rule the controls said
            self.custom_edit.blockSignals(False)
        self._on_input_changed()

    def _on_input_changed(self, *_args) -> None:
        self._update_enabled()
        self._describe()
        self.changed.emit()

    def _update_enabled(self) -> None:
        self.form_widget.setEnabled(self.repeats())
        custom = self.preset_combo.value() == rr.Preset.CUSTOM.value
        weekly = self.preset_combo.value() == rr.Preset.WEEKLY.value
        # Only what applies is shown: the raw rule when 自定义 was chosen, the day for the monthly
        # presets ("每次在4日" beside a custom rule contradicted it).
        self.form.setRowVisible(self.custom_edit, custom)
        self.form.setRowVisible(self.anchor_combo, not custom and not weekly)
        self.until_edit.setEnabled(self.until_radio.isChecked())
        self.count_spin.setEnabled(self.count_radio.isChecked())

    def _describe(self) -> None:
        if not self.repeats():
            self.description_label.setText(self.tr("不重复"))
            return
        try:
            rule = self.rule()
            text = rr.describe(rule, self._start) if rule else ""
            if rule and self.preset_combo.value() != rr.Preset.CUSTOM.value:
                self._last_rule = rule
        except ValidationError:
            text = self.tr("（规则不完整）")
        self.description_label.setText(text)



def _without_end(rule: str) -> str:
    """The rule without its COUNT or UNTIL, canonical."""
    parts = rr.normalise_rule(rule).split(";")
    return ";".join(p for p in parts if not p.startswith(("COUNT=", "UNTIL=")))
