"""The dashboard's figures: the number first and large, overdue ones in the warning colour."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desktop.views.navigation import DASHBOARD
from tests.views.conftest import wait_loaded
from tests.views.test_actions_quick_filters import window  # noqa: F401 - the window fixture

pytestmark = pytest.mark.gui


@pytest.fixture
def board(qtbot, window):  # noqa: F811 - the imported fixture
    """The dashboard on the small demo generated around today."""
    window.show_page(DASHBOARD)
    wait_loaded(qtbot, window)
    return window.dashboard_page


def test_numbers_are_larger_than_their_captions(board):
    button = board.open_button
    assert button.value_label.text() == f"{board.board.open:,}"
    assert button.value_label.fontInfo().pixelSize() > 1.5 * button.caption_label.fontInfo().pixelSize()
    assert button.value_label.y() < button.caption_label.y()


def test_overdue_figures_are_in_the_warning_colour_and_the_others_not(board):
    assert board.board.overdue > 0
    assert board.overdue_button.warning
    red = board.overdue_button.value_label.palette().color(board.overdue_button.value_label.foregroundRole())
    assert red.name() == "#c5221f"
    assert not board.open_button.warning and not board.awaiting_button.warning
    late = [b for bucket, b in board.ageing_buttons.items() if bucket.value != "on_time"]
    assert all(b.warning == (b.value > 0) for b in late)


def test_a_click_on_a_figure_still_opens_its_items(qtbot, board):
    with qtbot.waitSignal(board.filter_requested):
        qtbot.mouseClick(board.overdue_button, Qt.MouseButton.LeftButton)
