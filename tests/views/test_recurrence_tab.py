"""The recurrence tab says one thing: its controls and its summary agree, and the raw rule is
there only when the user chose 自定义."""

from __future__ import annotations

from desktop.views.meetings.recurrence_editor import RecurrenceEditor
from tests.views.calendar_support import local
from tests.views.conftest import type_into

THIRD_THURSDAY_RULE = "FREQ=MONTHLY;INTERVAL=2;BYDAY=3TH"


def editor(qtbot, start) -> RecurrenceEditor:
    widget = RecurrenceEditor()
    qtbot.addWidget(widget)
    widget.set_start(start)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_a_new_meeting_shows_no_raw_rule_until_custom_is_chosen(qtbot):
    rec = editor(qtbot, local(2026, 12, 4, 9, 0))
    rec.repeat_check.setChecked(True)
    rec.preset_combo.set_value("monthly")
    assert not rec.custom_edit.isVisible() and rec.anchor_combo.isVisible()
    assert rec.anchor_combo.currentText() == "每次在4日"
    assert rec.description_label.text().startswith("每月4日")

    rec.preset_combo.set_value("custom")
    assert rec.custom_edit.isVisible() and not rec.anchor_combo.isVisible()
    assert rec.custom_edit.text() == "FREQ=MONTHLY;BYMONTHDAY=4"   # what the controls said
    assert rec.description_label.text().startswith("每月4日")


def test_a_custom_rule_that_no_preset_gives_on_this_day_is_shown_as_custom(qtbot):
    rec = editor(qtbot, local(2026, 12, 4, 9, 0))   # a Friday, not a third Thursday
    rec.load(THIRD_THURSDAY_RULE, "none")
    assert rec.preset_combo.value() == "custom"
    assert rec.custom_edit.isVisible() and rec.custom_edit.text() == THIRD_THURSDAY_RULE
    assert not rec.anchor_combo.isVisible()
    assert rec.description_label.text().startswith("每两个月的第三个星期四")
    assert rec.rule() == THIRD_THURSDAY_RULE


def test_a_rule_a_preset_gives_on_this_day_shows_the_preset_and_its_day(qtbot):
    rec = editor(qtbot, local(2026, 12, 17, 9, 0))  # the third Thursday of December
    rec.load(THIRD_THURSDAY_RULE, "none")
    assert rec.preset_combo.value() == "bimonthly" and not rec.custom_edit.isVisible()
    assert rec.anchor_combo.currentText() == "每次在第三个星期四"
    assert rec.description_label.text().startswith("每两个月的第三个星期四")


def test_a_custom_rule_typed_is_summarised(qtbot):
    rec = editor(qtbot, local(2026, 12, 4, 9, 0))
    rec.repeat_check.setChecked(True)
    rec.preset_combo.set_value("custom")
    type_into(qtbot, rec.custom_edit, THIRD_THURSDAY_RULE)
    assert rec.description_label.text().startswith("每两个月的第三个星期四")
    rec.custom_edit.clear()   # the user may empty the field: it is not filled again under them
    assert rec.custom_edit.text() == ""
