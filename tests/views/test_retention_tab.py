"""设置 → 保存期限: the years typed are saved with the other tabs on OK and read back from the
database; a refused value shows a Chinese refusal on the tab and writes no rule at all."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from desktop.models import RetentionRule
from desktop.services.retention.rules import retention_rules
from desktop.views.settings_dialog import SettingsDialog
from tests.views.conftest import click_ok, find_window

pytestmark = pytest.mark.gui


def open_tab(qtbot, window) -> SettingsDialog:
    window.actions.settings.trigger()
    dialog = find_window(qtbot, SettingsDialog)
    dialog.tabs.setCurrentWidget(dialog.retention_tab)
    return dialog


def type_years(qtbot, spin, years: int) -> None:
    spin.setFocus()
    spin.lineEdit().selectAll()
    qtbot.keyClicks(spin, str(years))


def test_the_tab_saves_the_years_typed(qtbot, window):
    dialog = open_tab(qtbot, window)
    assert dialog.tabs.tabText(dialog.tabs.currentIndex()) == "保存期限"
    fields = dialog.retention_tab.fields
    assert (fields["cases.personal_years"].value(), fields["cases.archive_years"].value()) == (3, 10)
    type_years(qtbot, fields["cases.personal_years"], 5)
    type_years(qtbot, fields["incidents.archive_years"], 30)
    click_ok(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    rules = {r.register: r for r in window._ws.read(retention_rules)}
    assert (rules["cases"].personal_years, rules["cases"].archive_years, rules["cases"].customised) == (5, 10, True)
    assert (rules["incidents"].personal_years, rules["incidents"].archive_years) == (3, 30)
    assert not rules["screenings"].customised


def test_a_refused_value_is_explained_and_nothing_is_written(qtbot, window):
    dialog = open_tab(qtbot, window)
    fields = dialog.retention_tab.fields
    type_years(qtbot, fields["cases.personal_years"], 5)
    type_years(qtbot, fields["incidents.personal_years"], 0)
    click_ok(qtbot, dialog)
    assert dialog.isVisible() and dialog.tabs.currentWidget() is dialog.retention_tab
    assert "个人信息至少保存1年" in dialog.retention_tab.error_label.text()
    assert dialog.focusWidget() is fields["incidents.personal_years"]   # the field the refusal names
    assert window._ws.read(lambda s: s.scalar(select(func.count()).select_from(RetentionRule))) == 0
    dialog.reject()
