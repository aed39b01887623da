"""预警规则 from the warnings page: thresholds saved, then pending suggestions made again in the background."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from sqlalchemy import select

from desktop.models import EarlyWarning
from desktop.services.warnings.settings import RuleSettings, load_rule_settings
from desktop.views.warnings.page import WarningsPage
from desktop.views.warnings.rules_dialog import RuleSettingsDialog
from tests.services.test_warning_suggestions import run, setup
from tests.views.conftest import find_window, wait_loaded

pytestmark = pytest.mark.gui


@pytest.fixture
def page(qtbot, workspace):
    widget = WarningsPage(workspace)
    qtbot.addWidget(widget)
    widget.show()
    widget.refresh()
    wait_loaded(qtbot, widget)
    return widget


def _ok(dialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def levels(db) -> list[str]:
    with db.reading() as s:
        return list(s.scalars(select(EarlyWarning.level).where(EarlyWarning.status == "suggested")))


def test_new_thresholds_are_saved_and_the_suggestions_follow_them(qtbot, page, db, workspace, boxes):
    ids = setup(db, [{"arrears_months": Decimal("1.5")}, {"arrears_months": Decimal("0.4")}])
    run(db, ids)
    assert sorted(levels(db)) == ["orange", "yellow"]
    qtbot.mouseClick(page.rules_button, Qt.MouseButton.LeftButton)
    dialog = find_window(qtbot, RuleSettingsDialog)
    dialog.red_spin.setValue(1.0)
    dialog.orange_spin.setValue(0.3)
    _ok(dialog)
    assert load_rule_settings() == RuleSettings(red_over_months=Decimal(1), orange_from_months=Decimal("0.3"))
    qtbot.waitUntil(lambda: bool(boxes.texts("information")), timeout=10000)
    assert "更新 2 条" in boxes.texts("information")[0]
    assert sorted(levels(db)) == ["orange", "red"]


def test_orange_above_red_is_refused_under_the_form_and_nothing_is_saved(qtbot, page):
    qtbot.mouseClick(page.rules_button, Qt.MouseButton.LeftButton)
    dialog = find_window(qtbot, RuleSettingsDialog)
    dialog.orange_spin.setValue(3.0)
    _ok(dialog)
    assert dialog.isVisible() and "不能高于红色预警的界限" in dialog.error_message
    assert load_rule_settings() == RuleSettings()
    dialog.reject()
