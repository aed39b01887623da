"""A presence hint outlives nothing: a form freed with its hint (by Qt or by Python's garbage
collector) raises nothing and takes this PC's entry away."""

from __future__ import annotations

import gc
import threading

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QThreadPool
from PySide6.QtWidgets import QDialog, QVBoxLayout
from shiboken6 import isValid

from desktop.services.sync import presence
from desktop.views.presence_hint import PresenceHint
from tests.services.action_support import new_action

pytestmark = pytest.mark.gui


def _shown_form(qtbot, workspace, item: int) -> tuple[QDialog, PresenceHint]:
    """A shown form whose hint has written this PC's entry."""
    form = QDialog()
    QVBoxLayout(form)
    hint = PresenceHint(workspace, form, "action_items", item)
    form.layout().addWidget(hint)
    form.show()
    qtbot.waitUntil(lambda: _entries(workspace, item) == ["测试员"] and not hint._busy, timeout=5000)
    return form, hint


def _entries(workspace, item: int) -> list[str]:
    with workspace.db.reading() as s:
        return [e.user for e in presence.others(s, "action_items", item, "another-pc")]


def test_a_form_deleted_by_qt_takes_its_entry_away(qtbot, workspace, db):
    item = new_action(db)
    form, hint = _shown_form(qtbot, workspace, item)
    form.deleteLater()
    del form
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QCoreApplication.processEvents()
    assert not isValid(hint)
    qtbot.waitUntil(lambda: _entries(workspace, item) == [], timeout=5000)


def test_a_form_freed_by_the_garbage_collector_takes_its_entry_away(qtbot, workspace, db):
    item = new_action(db)
    form, hint = _shown_form(qtbot, workspace, item)
    form.hint = hint
    form.itself = form          # a reference cycle: only the garbage collector frees the form
    del form, hint
    gc.collect()
    QCoreApplication.processEvents()
    qtbot.waitUntil(lambda: _entries(workspace, item) == [], timeout=5000)


def test_closing_during_a_heartbeat_leaves_no_entry_behind(qtbot, workspace, db, monkeypatch):
    """The leave waits for a heartbeat still running, which would otherwise write the entry back
    after it was taken away (the colleague would see "正在编辑" for another 90 s)."""
    item = new_action(db)
    form, hint = _shown_form(qtbot, workspace, item)
    started, release = threading.Event(), threading.Event()
    beat = presence.heartbeat

    def slow_heartbeat(*args, **kwargs):
        started.set()
        release.wait(5)
        return beat(*args, **kwargs)
    monkeypatch.setattr(presence, "heartbeat", slow_heartbeat)
    hint.beat()
    assert started.wait(5)
    form.close()                       # the leave is asked for while the heartbeat runs
    qtbot.wait(300)                    # time for a leave started now to run before the heartbeat
    release.set()
    qtbot.waitUntil(lambda: not hint._busy, timeout=5000)
    QThreadPool.globalInstance().waitForDone(5000)
    assert _entries(workspace, item) == []
    form.deleteLater()
