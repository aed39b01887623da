"""The publish tab's check box: the folder's files are readable by others unless it is ticked."""

from __future__ import annotations

import os
import stat
import sys

import pytest

from desktop.services.calendar.settings import load_calendar_settings
from tests.views.conftest import type_into
from tests.views.test_calendar_files_dialog import (  # noqa: F401 - fixtures
    click,
    dialog,
    organiser_asked,
    scenario,
    tick,
)

pytestmark = [pytest.mark.gui, pytest.mark.skipif(sys.platform == "win32", reason="POSIX mode bits")]


def modes(folder) -> set[int]:
    return {stat.S_IMODE(os.stat(p).st_mode) for p in folder.glob("*.ics")}


def publish_into(qtbot, tab, folder) -> None:
    type_into(qtbot, tab.folder_edit, str(folder))
    with qtbot.waitSignal(tab.published):
        click(qtbot, tab.publish_button)


def test_published_files_are_readable_by_others_until_the_box_is_ticked(
        qtbot, dialog, scenario, boxes, tmp_path):  # noqa: F811
    folder = tmp_path / "共享日历"
    folder.mkdir()
    tab = dialog(tab="publish").publish_tab
    assert not tab.private_check.isChecked()
    publish_into(qtbot, tab, folder)
    assert modes(folder) == {0o644}
    tick(qtbot, tab.private_check)
    with qtbot.waitSignal(tab.published):
        click(qtbot, tab.publish_button)
    assert modes(folder) == {0o600}
    assert load_calendar_settings().publish_private
    assert dialog(tab="publish").publish_tab.private_check.isChecked()  # kept for next time
