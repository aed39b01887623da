"""Work handed to a pool thread lets go of everything on the UI thread.

The worst ordering is forced: the worker, after sending its outcome, waits until the UI thread
has delivered it and only then ends. Before the hand-off the worker then dropped the last
reference to the operation's signal bridge (a QObject of the UI thread) and CI died with a
segmentation fault; now every object the work held dies on the UI thread.
"""

from __future__ import annotations

import gc
import threading

import pytest
import shiboken6
from PySide6.QtWidgets import QWidget

from desktop.views import handoff
from desktop.views.handoff import Task
from desktop.views.loading import PageLoader
from desktop.views.operations import Operation

pytestmark = pytest.mark.gui
WAIT_MS = 10000


class Tracked:
    """Records on which thread it was freed; callable, so it can be the work itself."""

    freed_on: list[str] = []

    def __init__(self, value=None) -> None:
        self.value = value

    def __call__(self, *args):
        return Tracked(self.value)

    def __del__(self) -> None:
        Tracked.freed_on.append(threading.current_thread().name)


def holding(fn, tracked=None):
    """``fn`` with a ``Tracked`` object in its closure (as a page's bound method holds the page)."""
    kept = tracked if tracked is not None else Tracked()
    return lambda *args: (kept, fn(*args))[1]


@pytest.fixture
def worker_ends_last(monkeypatch):
    """The worker's run() returns only after the UI thread has handled what it sent."""
    delivered = threading.Event()
    real = handoff.relay()
    real_deliver = handoff.Relay.deliver

    def deliver(self, box):
        real_deliver(self, box)
        delivered.set()
    monkeypatch.setattr(handoff.Relay, "deliver", deliver)
    relay = handoff.Relay()   # connects the patched deliver

    class Carried:
        def emit(self, box):
            delivered.clear()
            relay.carried.emit(box)
            if threading.current_thread() is not threading.main_thread():
                assert delivered.wait(WAIT_MS / 1000), "the UI thread never delivered"

    class Slow:
        carried = Carried()
    monkeypatch.setattr(handoff, "_relay", Slow())
    yield
    monkeypatch.setattr(handoff, "_relay", real)


@pytest.fixture
def freed():
    Tracked.freed_on = []
    yield Tracked.freed_on


def _settle(qtbot, done: list, count: int) -> None:
    qtbot.waitUntil(lambda: len(done) == count, timeout=WAIT_MS)
    qtbot.wait(50)   # the workers end after the UI thread has delivered
    gc.collect()


def test_a_task_calls_back_on_the_ui_thread_with_the_result_or_the_error(qtbot):
    from PySide6.QtCore import QThreadPool

    from desktop.views.handoff import relay
    relay()
    seen = []

    def fail():
        raise ValueError("坏了")
    QThreadPool.globalInstance().start(Task(lambda a, b: a + b, lambda r, e: seen.append((r, e)), 2, 3))
    QThreadPool.globalInstance().start(Task(fail, lambda r, e: seen.append((r, type(e), str(e)))))
    qtbot.waitUntil(lambda: len(seen) == 2, timeout=WAIT_MS)
    assert (5, None) in seen and (None, ValueError, "坏了") in seen


def test_what_a_task_held_is_freed_on_the_ui_thread(qtbot, worker_ends_last, freed):
    from PySide6.QtCore import QThreadPool
    done = []
    for n in range(10):
        work, arg = Tracked(n), Tracked(n)
        QThreadPool.globalInstance().start(Task(work, holding(lambda r, e: done.append(1)), arg))
        del work, arg
    _settle(qtbot, done, 10)
    assert len(freed) == 40   # work, its argument, the callback's object and the result, ten times
    assert set(freed) == {"MainThread"}, freed


def test_an_operation_in_the_background_lets_go_on_the_ui_thread(qtbot, workspace, worker_ends_last, freed):
    page = QWidget()
    qtbot.addWidget(page)
    done = []
    for n in range(5):
        work = Tracked(n)
        op = Operation(page, workspace, holding(lambda job, work=work: job.read(lambda s: work()), work), title="t",
                       on_success=lambda result: done.append(result.value))
        assert op.run_in_background("…", quiet=True)
        del op, work
    _settle(qtbot, done, 5)
    assert sorted(done) == [0, 1, 2, 3, 4]
    assert freed and set(freed) == {"MainThread"}, freed


def test_a_page_deleted_while_its_data_loads_is_left_alone(qtbot, workspace, worker_ends_last, freed):
    page = QWidget()
    loader = PageLoader(workspace, page)
    applied, gate = [], threading.Event()

    def read(_session):
        assert gate.wait(WAIT_MS / 1000)   # still reading when the page goes
        return Tracked(1)
    loader.load(holding(read), applied.append)
    shiboken6.delete(page)   # the page and its loader (a child) are gone now, mid-read
    gate.set()
    del page, loader
    qtbot.wait(200)
    gc.collect()
    assert applied == []
    assert freed and set(freed) == {"MainThread"}, freed


def test_a_finished_operation_is_freed_without_the_cyclic_collector(qtbot, workspace):
    """No reference cycle keeps an operation: the cyclic GC may run on any thread, and an
    operation (a QObject of the UI thread) it freed on a worker would crash the app."""
    import weakref

    page = QWidget()
    qtbot.addWidget(page)
    done = []
    op = Operation(page, workspace, lambda job: job.read(lambda s: 1), title="t",
                   on_success=done.append)
    gone = weakref.ref(op)
    gc.disable()
    try:
        assert op.run_in_background("…", quiet=True)
        del op
        qtbot.waitUntil(lambda: done == [1], timeout=WAIT_MS)
        qtbot.waitUntil(lambda: gone() is None, timeout=WAIT_MS)
    finally:
        gc.enable()
