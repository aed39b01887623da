"""PageLoader: reads on a worker, applies on the UI thread, newest load wins, errors shown."""

from __future__ import annotations

import threading
import time

import pytest
from PySide6.QtCore import Qt, QThread, QTimer
from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget
from sqlalchemy import func, select

from desktop.models import Organisation
from desktop.views.loading import PageLoader

pytestmark = pytest.mark.gui


@pytest.fixture
def page(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    return widget


@pytest.fixture
def loader(page, workspace):
    loader = PageLoader(workspace, page)
    QVBoxLayout(page).addWidget(loader.status_label)
    return loader


def _organisations(session) -> int:
    return session.scalar(select(func.count()).select_from(Organisation))


def test_the_read_runs_on_a_worker_and_the_result_is_applied_on_the_ui_thread(qtbot, loader, workspace):
    threads, applied = [], []

    def read(session):
        threads.append(threading.current_thread())
        return _organisations(session)

    def apply(count):
        applied.append((count, QThread.currentThread() is QApplication.instance().thread()))

    with qtbot.waitSignal(loader.loaded):
        loader.load(read, apply)
        assert loader.loading
    assert threads and threads[0] is not threading.main_thread()
    assert applied == [(workspace.read(_organisations), True)] and not loader.loading


def test_a_newer_load_supersedes_an_older_one_whose_result_is_dropped(qtbot, loader):
    release = threading.Event()
    applied = []

    def slow(_session):
        release.wait(5)
        return "old"

    loader.load(slow, applied.append)
    loader.load(lambda _s: "new", applied.append)
    release.set()
    qtbot.waitSignal(loader.loaded).wait()
    qtbot.wait(50)  # nothing else arrives later
    assert applied == ["new"] and not loader.loading


def test_a_failed_read_is_shown_in_the_page_not_raised(qtbot, loader):
    applied = []

    def broken(_session):
        raise ValueError("磁盘坏了")

    with qtbot.waitSignal(loader.failed) as failed:
        loader.load(broken, applied.append)
    assert isinstance(failed.args[0], ValueError) and applied == []
    assert loader.status_label.isVisible() and "磁盘坏了" in loader.status_label.text()
    with qtbot.waitSignal(loader.loaded):   # the next good load clears it
        loader.load(lambda _s: 1, applied.append)
    assert applied == [1] and not loader.status_label.isVisible()


def test_the_ui_thread_keeps_ticking_during_a_slow_read(qtbot, loader):
    ticks = []
    timer = QTimer(interval=10, timerType=Qt.TimerType.PreciseTimer)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start()

    def slow(session):
        deadline = time.perf_counter() + 0.5
        while time.perf_counter() < deadline:
            _organisations(session)
        return "done"

    with qtbot.waitSignal(loader.loaded, timeout=5000):
        loader.load(slow, lambda _r: None)
    timer.stop()
    gaps = [b - a for a, b in zip(ticks, ticks[1:])]
    # read on the UI thread, the 0.5 s read would be one gap of 0.5 s; half of it leaves room
    # for a machine busy with other work
    assert len(ticks) > 5 and max(gaps) < 0.25


def test_a_slow_read_shows_the_loading_hint_until_it_is_done(qtbot, loader):
    release = threading.Event()
    loader.load(lambda _s: release.wait(5), lambda _r: None)
    qtbot.waitUntil(lambda: loader.status_label.isVisible())
    assert loader.status_label.text() == "正在加载…"
    release.set()
    qtbot.waitUntil(lambda: not loader.status_label.isVisible())
