"""Time to open a body's page (its 工作台) on the large demo database.

    python bench/bench_body_page.py [--database big.db] [--runs N] [--size 1200x800]

Without ``--database`` a large demo is generated into a temporary file first (about 40 s).
The page reads in the background (PageLoader), so two moments are timed for each of the five
bodies, switching from another body as a click in the navigation does (medians of ``--runs``):

* shown: ``show_body(key)`` returns and the page is painted (``grab()``) — what the UI thread
  spends before the user sees the page react;
* ready: the read done on the worker, its result applied to the widgets and the page painted
  again with the new body's data — target under 100 ms;

and, once, the first open: the page built, shown, its data applied and painted.

The floor, measured in the same run: the page's read alone (``body_overview`` plus the
members, one session, on the UI thread) and ``grab()`` of a bare QWidget of the same size.
Exit status 1 when a target is missed.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import QEventLoop, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from desktop.app import GUI_SWITCH_INTERVAL_S  # noqa: E402
from desktop.config import Identity  # noqa: E402
from desktop.db import open_database  # noqa: E402
from desktop.services.bodies.core import list_memberships  # noqa: E402
from desktop.services.bodies.overview import body_overview  # noqa: E402
from desktop.services.demo import generate  # noqa: E402
from desktop.services.kernel.timeutil import today_local  # noqa: E402
from desktop.views.bodies.body_page import BodyPage  # noqa: E402
from desktop.views.workspace import Workspace  # noqa: E402

TARGET_READY_MS = 100
KEYS = ("tripartite", "dispute", "warning", "linkage", "bimonthly")


def fill(path: Path) -> float:
    started = time.perf_counter()
    database = open_database(str(path), create=True)
    try:
        with database.transaction("bench") as session:
            generate(session, "large", 1, today_local(), "bench")
    finally:
        database.dispose()
    return time.perf_counter() - started


def wait_loaded(page: BodyPage) -> None:
    if not page.loader.loading:
        return
    loop = QEventLoop()
    page.loader.loaded.connect(loop.quit)
    page.loader.failed.connect(loop.quit)
    QTimer.singleShot(10_000, loop.quit)
    loop.exec()
    page.loader.loaded.disconnect(loop.quit)
    page.loader.failed.disconnect(loop.quit)


def open_body(page: BodyPage, key: str) -> tuple[float, float]:
    """(shown, ready) seconds for switching the page to ``key``."""
    started = time.perf_counter()
    page.show_body(key)
    page.grab()
    shown = time.perf_counter() - started
    wait_loaded(page)
    page.grab()
    ready = time.perf_counter() - started
    assert page.body is not None and page.body.key == key, key
    return shown, ready


def first_open(workspace: Workspace, width: int, height: int) -> float:
    started = time.perf_counter()
    page = BodyPage(workspace)
    page.resize(width, height)
    page.show()
    page.show_body("tripartite")
    wait_loaded(page)
    page.grab()
    elapsed = time.perf_counter() - started
    page.close()
    page.deleteLater()
    return elapsed


def floor(database, key: str, bare: QWidget) -> float:
    started = time.perf_counter()
    with database.reading() as session:
        body_overview(session, key)
        list_memberships(session, key)
    bare.grab()
    return time.perf_counter() - started


def run(app: QApplication, path: Path, runs: int, width: int, height: int) -> int:
    database = open_database(str(path), upgrade=False)
    try:
        workspace = Workspace(database, Identity("bench"))
        first_ms = first_open(workspace, width, height) * 1000
        page = BodyPage(workspace)
        page.resize(width, height)
        page.show()
        bare = QWidget()
        bare.resize(width, height)
        bare.show()
        app.processEvents()
        open_body(page, "bimonthly")   # warm the caches alike
        results: dict[str, tuple[list[float], list[float], list[float]]] = {k: ([], [], []) for k in KEYS}
        for _ in range(runs):
            for key in KEYS:         # each open is a switch from the body before it
                shown, ready = open_body(page, key)
                results[key][0].append(shown)
                results[key][1].append(ready)
                results[key][2].append(floor(database, key, bare))
        return report(page, results, first_ms, width, height)
    finally:
        database.dispose()


def report(page: BodyPage, results, first_ms: float, width: int, height: int) -> int:
    print(f"body page {width}x{height} px, medians of {len(next(iter(results.values()))[0])} runs\n")
    print("body          open items  shown   ready | floor (read + bare grab)  ready/floor")
    worst = 0.0
    for key, (shown, ready, floors) in results.items():
        page.show_body(key)
        wait_loaded(page)
        items = page.overview.figures.open_items
        s, r, f = (statistics.median(v) * 1000 for v in (shown, ready, floors))
        worst = max(worst, r)
        print(f"{key:12} {items:10,} {s:6.1f} {r:7.1f} | {f:24.1f}  {r / f:11.2f}")
    print(f"\nfirst open (page built, shown, data applied, painted): {first_ms:.1f} ms")
    print(f"slowest ready: {worst:.1f} ms (target < {TARGET_READY_MS} ms)")
    return 1 if worst >= TARGET_READY_MS else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database", type=Path, help="a large demo database (generated when omitted)")
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--size", default="1200x800", help="the page's size in pixels")
    args = parser.parse_args()
    width, height = (int(v) for v in args.size.split("x"))
    sys.setswitchinterval(GUI_SWITCH_INTERVAL_S)  # as run_gui sets it for the real app
    app = QApplication.instance() or QApplication(sys.argv)
    with tempfile.TemporaryDirectory() as folder:
        path = args.database
        if path is None:
            path = Path(folder) / "large.db"
            print("generating the large demo …", flush=True)
            print(f"filled in {fill(path):.1f} s", flush=True)
        return run(app, path, args.runs, width, height)


if __name__ == "__main__":
    sys.exit(main())
