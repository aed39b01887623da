"""Idle-time warm-up: once the start is over, the modules of the pages not yet shown are imported
on a thread of their own, so that a page's first show only builds it.

A page's module is imported when the page is first shown (``main_window.PAGES``): the start
pays for the first page only. But importing a page's module with the services it reads costs
30–60 ms of the UI thread, which on top of building the page made a first visit block the window
for about 100 ms (``bench/bench_stalls.py``). Imported here, on another thread, the UI thread
only shares the interpreter with it (``GUI_SWITCH_INTERVAL_S``: 1 ms turns).

Importing on another thread is safe here because the modules' top levels only define (classes,
signals, solid brushes: no widget, pixmap or font is made at import) and ``desktop`` has no
import cycle (``tests/test_smoke_layers.py``), so two threads cannot wait on each other's
half-imported module. It runs once per process.
"""

from __future__ import annotations

import importlib
import logging
import sys
import threading
from collections.abc import Sequence

log = logging.getLogger(__name__)
_started: threading.Thread | None = None


def warm_up(modules: Sequence[str]) -> threading.Thread | None:
    """Import ``modules`` in turn on a daemon thread; the thread (None when one already ran)."""
    global _started
    if _started is not None:
        return None
    _started = threading.Thread(target=_import_all, args=(tuple(modules),), name="warm-up", daemon=True)
    _started.start()
    return _started


def _import_all(modules: tuple[str, ...]) -> None:
    for name in modules:
        if name in sys.modules:
            continue
        try:
            importlib.import_module(name)
        except Exception:  # noqa: BLE001 - the page's first show imports it again and says why
            log.exception("warming up %s failed", name)
