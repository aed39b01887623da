"""GUI fixtures: a main window on the seeded test database, and finding the dialog it opened.

Every GUI test is guarded: after it, deferred deletes are flushed and a top-level window
still visible fails the test (close what you open, or hand it to ``qtbot.addWidget``).
"""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox, QWidget

from desktop.config import Identity
from desktop.views.loading import PageLoader
from desktop.views.main_window import MainWindow
from desktop.views.settings import open_settings
from desktop.views.workspace import Workspace


@pytest.fixture(autouse=True)
def no_window_left(qapp):
    """Fail a test that leaves a visible top-level window, then flush the deferred deletes.

    pytest-qt has closed the widgets given to ``qtbot.addWidget`` by now, so what is still
    visible was opened by the test and never closed. Looked at before the flush: a dialog whose
    parent qtbot deletes would otherwise vanish with it and hide the leak.
    """
    yield
    QApplication.processEvents()
    left = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
    names = ", ".join(f"{type(w).__name__}({w.windowTitle()!r})" for w in left)
    for widget in left:  # so that the next test starts clean
        widget.close()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QApplication.processEvents()
    if left:
        pytest.fail(f"the test left {len(left)} visible top-level window(s): {names}", pytrace=False)


@pytest.fixture(scope="session", autouse=True)
def gui_switch_interval():
    """The GIL switch interval the real app runs with (desktop.app.run_gui sets it)."""
    import sys

    from desktop.app import GUI_SWITCH_INTERVAL_S

    before = sys.getswitchinterval()
    sys.setswitchinterval(GUI_SWITCH_INTERVAL_S)
    yield
    sys.setswitchinterval(before)


@pytest.fixture
def workspace(db):
    return Workspace(db, Identity("测试员", "经开区总工会"))


@pytest.fixture
def window(qtbot, workspace):
    """A shown main window; qtbot closes it (saving its settings) after the test."""
    main = MainWindow(workspace, open_settings())
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    wait_loaded(qtbot, main)
    return main


def write(workspace: Workspace, work):
    """A change made outside the screens under test (a setup step, another program, another
    secretary): committed in one transaction and announced on the hub, as an operation would be."""
    result, changes = workspace.db.run(work, workspace.user)
    workspace.announce(changes)
    return result


def wait_loaded(qtbot, widget: QWidget | None = None, timeout: int = 5000) -> None:
    """Wait, as a user does, until every page under ``widget`` (default: every window) has shown
    what it was reading in the background."""
    def idle() -> bool:
        tops = [widget] if widget is not None else QApplication.topLevelWidgets()
        return not any(loader.loading for top in tops for loader in top.findChildren(PageLoader))

    qtbot.waitUntil(idle, timeout=timeout)


def find_window(qtbot, cls) -> QWidget:
    """The visible top-level widget of type ``cls`` (dialogs opened with open() are such)."""
    found: list[QWidget] = []

    def visible():
        found[:] = [w for w in QApplication.topLevelWidgets() if isinstance(w, cls) and w.isVisible()]
        assert found, f"no visible {cls.__name__}"

    qtbot.waitUntil(visible, timeout=2000)
    return found[0]


def click_ok(qtbot, dialog) -> None:
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def type_text(qtbot, widget, text: str) -> None:
    """Type as a user does: keys for ASCII, an input-method commit for Chinese.

    QTest.keyClicks only knows ASCII keys (it aborts on others); a Chinese IME hands the
    widget a QInputMethodEvent with the committed text, so that is what is sent here.
    """
    for run in re.findall(r"[\x00-\x7f]+|[^\x00-\x7f]+", text):
        if run.isascii():
            qtbot.keyClicks(widget, run)
        else:
            event = QInputMethodEvent()
            event.setCommitString(run)
            QApplication.sendEvent(widget, event)


def type_into(qtbot, edit, text: str) -> None:
    """Replace the text of ``edit`` by typing."""
    edit.clear()
    type_text(qtbot, edit, text)


def click_row(qtbot, table, row: int, double: bool = False) -> None:
    """Click (or double-click) the first cell of proxy row ``row`` like a user does."""
    rect = table.visualRect(table.model().index(row, 0))
    point = QPoint(rect.center())
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=point)
    if double:  # a real double-click is a click, then the double-click event (the view wants both)
        qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=point)


def row_of(table, column: int, text: str) -> int:
    """The proxy row whose ``column`` shows ``text``, or -1."""
    model = table.model()
    return next((r for r in range(model.rowCount()) if model.index(r, column).data() == text), -1)


class MessageBoxes:
    """Records the static QMessageBox calls and answers questions."""

    def __init__(self, monkeypatch, answer) -> None:
        self.calls: list[tuple[str, str, str]] = []
        for kind in ("warning", "critical", "information", "about"):
            monkeypatch.setattr(QMessageBox, kind, self._recorder(kind))
        monkeypatch.setattr(QMessageBox, "question", self._question(answer))

    def _recorder(self, kind):
        def record(parent, title, text, *args, **kwargs):
            self.calls.append((kind, title, text))
            return QMessageBox.StandardButton.Ok
        return record

    def _question(self, answer):
        def ask(parent, title, text, *args, **kwargs):
            self.calls.append(("question", title, text))
            return answer
        return ask

    def texts(self, kind: str) -> list[str]:
        return [text for k, _title, text in self.calls if k == kind]


@pytest.fixture
def boxes(monkeypatch):
    """Message boxes that never block; questions are answered Yes."""
    return MessageBoxes(monkeypatch, QMessageBox.StandardButton.Yes)
