"""No cut text at the window's default size, in Chinese and in English: every page of the
navigation and the main dialogs, on the small demo data (long titles, every column filled).

A header section, label, button or tab whose text needs more room than it has fails the test,
naming the widget and the text (tests/views/elision.py measures). Long free text inside table
cells may elide: it has a tooltip.
"""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QTranslator

from desktop.paths import resource
from desktop.services.demo import generate
from desktop.views.main_window import MainWindow
from desktop.views.navigation import ITEM_ROLE
from desktop.views.settings import open_settings
from tests.views.conftest import wait_loaded
from tests.views.elision import clipped

DEFAULT_SIZE = (1200, 780)
TODAY = date(2026, 12, 3)
SETTLE_MS = 1000


@pytest.fixture(params=["zh", "en"])
def language(request, qapp):
    """The UI language: Chinese is the source; English loads the app's own .qm."""
    translator = QTranslator()
    if request.param == "en":
        assert translator.load(str(resource("translations", "tripartite_en.qm")))
        qapp.installTranslator(translator)
    yield request.param
    qapp.removeTranslator(translator)


@pytest.fixture
def demo_window(qtbot, workspace, language):
    """The main window, at its default size, on the small demo data."""
    workspace.db.run(lambda s: generate(s, "small", 1, TODAY), workspace.user)
    main = MainWindow(workspace, open_settings())
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    wait_loaded(qtbot, main)
    assert (main.width(), main.height()) == DEFAULT_SIZE
    return main


def _page_keys(main: MainWindow) -> list[str]:
    model = main.navigation.nav_model
    items = (model.index(row).data(ITEM_ROLE) for row in range(model.rowCount()))
    return [item.key for item in items if not item.is_heading]


def settled_problems(qtbot, widget) -> list[str]:
    """What is still cut once the layouts have settled (a second after the data came, at most:
    a word-wrapped label takes its height in a later layout pass)."""
    wait_loaded(qtbot, widget)
    try:
        qtbot.waitUntil(lambda: not clipped(widget), timeout=SETTLE_MS)
    except qtbot.TimeoutError:
        return clipped(widget)
    return []


def test_no_page_cuts_its_text_at_the_default_size(qtbot, demo_window):
    problems = []
    for key in _page_keys(demo_window):
        assert demo_window.show_page(key)
        problems += [f"[{key}] {p}" for p in settled_problems(qtbot, demo_window)]
        if demo_window.width() > DEFAULT_SIZE[0]:
            problems.append(f"[{key}] the page widened the window to {demo_window.width()} px")
    assert not problems, "\n".join(problems)
