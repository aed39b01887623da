"""Work on a pool thread, its outcome back on the UI thread, and no Qt object freed off it.

A pool thread must never drop the last reference to a Qt object. A QObject that belongs to the
UI thread (a page, a dialog, an ``Operation``, a signal bridge) destroyed on a worker races with
the UI thread's event loop and crashes it at random: CI died with a segmentation fault while a
test waited for a background publish, when the worker released the operation's bridge after the
UI thread had already let go of it.

So a ``Task`` holds what it needs (the callback for the UI thread, the work and its arguments)
in one list. When the work is done the list is refilled with the callback and the outcome and
carried to the UI thread by the one ``Relay`` (made on the UI thread, never deleted), which
empties the list there before calling back. Whatever the worker still holds afterwards is an
empty list. ``post(call, *args)`` sends a call the same way without any work (progress reports).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThread, Signal, Slot


class Relay(QObject):
    """Lives on the UI thread; carries lists ``[call, *args]`` there and empties them first."""

    carried = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self.carried.connect(self.deliver, Qt.ConnectionType.QueuedConnection)

    @Slot(object)
    def deliver(self, box: list) -> None:
        call, *args = box
        box.clear()   # the worker's last reference is now to an empty list
        call(*args)


_relay: Relay | None = None


def relay() -> Relay:
    """The relay, made on first use; the first use must be on the UI thread."""
    global _relay
    if _relay is None:
        app = QCoreApplication.instance()
        if app is not None and QThread.currentThread() != app.thread():
            raise RuntimeError("the relay must be made on the UI thread")
        _relay = Relay()
    return _relay


def post(call: Callable[..., None], *args: Any) -> None:
    """Call ``call(*args)`` on the UI thread, soon; from any thread once the relay exists."""
    if _relay is None:
        raise RuntimeError("the relay does not exist yet: make it on the UI thread first")
    _relay.carried.emit([call, *args])


class Task(QRunnable):
    """``compute(*args)`` on a pool thread, then ``on_done(result, error)`` on the UI thread.

    ``error`` is the exception ``compute`` raised (``result`` is then None), or None.
    """

    def __init__(self, compute: Callable[..., Any], on_done: Callable[[Any, BaseException | None], None],
                 *args: Any) -> None:
        super().__init__()
        self.setAutoDelete(True)
        relay()   # on the UI thread, before any worker needs it
        self._box: list = [_call_back, on_done, compute, args]

    def run(self) -> None:
        box, self._box = self._box, []
        del self   # a caught exception's traceback keeps this frame: let it hold the list only
        try:
            box.extend((box[2](*box[3]), None))   # (appended: nothing is let go of here)
        except BaseException as exc:  # noqa: BLE001 - every outcome goes back to the UI thread
            box.extend((None, exc))
        _relay.carried.emit(box)


def _call_back(on_done, _compute, _args, result, error) -> None:
    on_done(result, error)   # the work and its arguments go when this returns, on the UI thread
