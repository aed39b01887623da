"""The Qt binding keeps Python's reference counts: PySide6 6.12.0 released None once more on every
call of a void method (setEnabled, setItem…), and a long session then aborted the interpreter
("Fatal Python error: none_dealloc"). A bad upgrade fails here instead of in a user's day."""

from __future__ import annotations

import gc
import sys

import pytest
from PySide6.QtWidgets import QTableWidget, QTableWidgetItem, QWidget

pytestmark = pytest.mark.gui


@pytest.mark.parametrize("call", ["setEnabled", "setItem"])
def test_void_calls_do_not_release_none(qtbot, call):
    widget, table = QWidget(), QTableWidget(2, 2)
    qtbot.addWidget(widget)
    qtbot.addWidget(table)
    work = {"setEnabled": lambda: widget.setEnabled(True),
            "setItem": lambda: table.setItem(0, 0, QTableWidgetItem("x"))}[call]
    gc.disable()
    try:
        before = sys.getrefcount(None)
        for _ in range(1000):
            work()
        after = sys.getrefcount(None)
    finally:
        gc.enable()
    assert after - before > -50, f"{call} released None {before - after} times in 1000 calls"
