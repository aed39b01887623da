"""Stall watchdog: how long each user action of the main window blocks the event loop.

    python bench/bench_stalls.py [--cache-dir DIR] [--seed N] [--today YYYY-MM-DD] [--timeout S]

On the large demo database (made once with ``tripartite demo --scale large`` under a cache folder
outside the repository, shared with ``bench_startup.py``; each run works on a copy, since it
saves), the real ``MainWindow`` is built offscreen and driven through its public behaviour:
``show_page(key)`` for every page of the navigation, opening a meeting and a new one, opening
and saving an action item through ``MainActions.edit``, and the 督办 list's export. A 10 ms
``QTimer`` on the UI thread records the longest gap between two of its ticks while each action
runs and settles (until no worker of the thread pool is busy and no progress dialog is shown).

The garbage collector is handled as the app handles it: off while the window is built, then the
start's objects frozen (``desktop.app.collect_garbage_again``); a collection of the second
generation over them took 44-78 ms and landed in whichever action was running.

Printed per action: the worst gap, the stall (the gap less the 10 ms interval: how long the loop
did not run), and the ratio of the gap to the floor, the worst gap of the same timer with no
work measured in the same run. Target: every user action stalls less than 100 ms. Exit status 1
when one does not. The machine's other load shows in the floor; compare runs by the ratio.
"""

from __future__ import annotations

import argparse
import gc
import os
import shutil
import sqlite3
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE.parent), str(HERE)]

from bench_startup import default_cache_dir, demo_database  # noqa: E402 - the same cached file

TICK_MS = 10
TARGET_MS = 100
SETTLE_S = 0.3
OPEN_STATUSES = ("not_started", "in_progress", "awaiting_signoff")


@dataclass(frozen=True)
class Stall:
    action: str
    gap_s: float
    user_action: bool = True
    timed_out: bool = False

    @property
    def stall_ms(self) -> float:
        return max(0.0, self.gap_s * 1000 - TICK_MS)


def set_environment(folder: Path) -> None:
    """Offscreen Qt, a known user, settings and data in a fresh folder (before Qt is imported)."""
    os.environ.update(QT_QPA_PLATFORM="offscreen", TRIPARTITE_USER="基准测试", TRIPARTITE_LANG="zh",
                      TRIPARTITE_CONFIG_DIR=str(folder / "config"), TRIPARTITE_DATA_DIR=str(folder / "data"))
    os.environ.pop("TRIPARTITE_DATABASE_URL", None)
    (folder / "config").mkdir()
    (folder / "data").mkdir()


def pick_rows(database: Path) -> tuple[int, int]:
    """The meeting with the most attendees and the first open action item, read with sqlite3."""
    conn = sqlite3.connect(database)
    try:
        meeting_id = conn.execute("SELECT meeting_id FROM attendance GROUP BY meeting_id "
                                  "ORDER BY count(*) DESC, meeting_id LIMIT 1").fetchone()[0]
        marks = ", ".join("?" * len(OPEN_STATUSES))
        action_id = conn.execute(f"SELECT id FROM action_items WHERE status IN ({marks}) "
                                 "ORDER BY due, id LIMIT 1", OPEN_STATUSES).fetchone()[0]
    finally:
        conn.close()
    return meeting_id, action_id


class Bench:
    """The watchdog timer and the driver: each action is run, then the loop spins until settled."""

    def __init__(self, timeout_s: float) -> None:
        from PySide6.QtCore import Qt, QTimer
        from PySide6.QtWidgets import QApplication

        from desktop.app import GUI_SWITCH_INTERVAL_S

        sys.setswitchinterval(GUI_SWITCH_INTERVAL_S)  # as run_gui sets it for the real app
        self.app = QApplication.instance() or QApplication(sys.argv[:1])
        self.timeout_s = timeout_s
        self.results: list[Stall] = []
        self._worst = 0.0
        self._last = time.perf_counter()
        self._tick = QTimer()
        self._tick.setTimerType(Qt.TimerType.PreciseTimer)
        self._tick.setInterval(TICK_MS)
        self._tick.timeout.connect(self._on_tick)
        self._tick.start()

    def _on_tick(self) -> None:
        now = time.perf_counter()
        self._worst = max(self._worst, now - self._last)
        self._last = now

    def measure(self, name: str, action: Callable[[], object], until: Callable[[], bool] = lambda: True,
                *, minimum_s: float = SETTLE_S, user_action: bool = True) -> Stall:
        """The worst tick gap while ``action`` runs and the window settles."""
        self._worst, self._last = 0.0, time.perf_counter()
        action()
        settled = self.spin(minimum_s, until)
        stall = Stall(name, self._worst, user_action, timed_out=not settled)
        self.results.append(stall)
        print(f"  {name:<40} {stall.gap_s * 1000:8.1f} ms{'  (timed out)' if not settled else ''}",
              flush=True)
        return stall

    def spin(self, minimum_s: float, until: Callable[[], bool] = lambda: True) -> bool:
        """Run the event loop for ``minimum_s``, then until ``until()`` and no background work."""
        from PySide6.QtCore import QEventLoop, QThreadPool, QTimer

        started = time.perf_counter()
        loop = QEventLoop()
        outcome = {"settled": False}

        def check() -> None:
            elapsed = time.perf_counter() - started
            if elapsed >= minimum_s and until() and QThreadPool.globalInstance().activeThreadCount() == 0 \
                    and not _progress_shown():
                outcome["settled"] = True
                loop.quit()
            elif elapsed > self.timeout_s:
                loop.quit()

        poll = QTimer()
        poll.setInterval(20)
        poll.timeout.connect(check)
        poll.start()
        loop.exec()
        poll.stop()
        return outcome["settled"]


def quiet_qt_warnings() -> None:
    """Drop the offscreen platform's note on size hints; pass every other message on."""
    from PySide6.QtCore import qInstallMessageHandler

    def handler(_kind, _context, message: str) -> None:
        if "propagateSizeHints" not in message:
            print(message, file=sys.stderr)

    quiet_qt_warnings.handler = handler  # kept alive while Qt holds it
    qInstallMessageHandler(handler)


def _progress_shown() -> bool:
    from PySide6.QtWidgets import QApplication, QProgressDialog

    return any(isinstance(w, QProgressDialog) and w.isVisible() for w in QApplication.topLevelWidgets())


def _visible(cls) -> list:
    from PySide6.QtWidgets import QApplication

    return [w for w in QApplication.topLevelWidgets() if isinstance(w, cls) and w.isVisible()]


def quiet_dialogs(export_to: Path) -> list[str]:
    """Message boxes answer at once (and are recorded); the save dialog names ``export_to``."""
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    said: list[str] = []

    def record(_parent, title, text, *_args, **_kwargs):
        said.append(f"{title}: {text}")
        return QMessageBox.StandardButton.Yes

    for kind in ("warning", "critical", "information", "question"):
        setattr(QMessageBox, kind, staticmethod(record))
    QFileDialog.getSaveFileName = staticmethod(lambda *_a, **_k: (str(export_to), "*.xlsx"))
    return said


def build_window(database: Path):
    from desktop.app import load_stylesheet
    from desktop.config import Identity
    from desktop.db import open_database
    from desktop.views.changes import ChangeHub
    from desktop.views.main_window import MainWindow
    from desktop.views.settings import open_settings
    from desktop.views.workspace import Workspace

    workspace = Workspace(open_database(str(database)), Identity("基准测试", "经开区总工会"), ChangeHub())
    window = MainWindow(workspace, open_settings())
    window.setStyleSheet(load_stylesheet())
    window.resize(1280, 800)
    window.show()
    return window, workspace


def page_keys(window) -> list[str]:
    from desktop.views.navigation import ITEM_ROLE

    model = window.navigation.nav_model
    return [key for key in (model.index(r).data(ITEM_ROLE).key for r in range(model.rowCount())) if key]


def drive(bench: Bench, database: Path, export_to: Path) -> list[str]:
    """Every measured action, in the order a user might do them."""
    meeting_id, action_id = pick_rows(database)
    said = quiet_dialogs(export_to)
    holder: dict = {}
    gc.disable()   # as desktop.__main__ starts the app: no collection while the start builds
    bench.measure("start-up: build and show (not an action)",
                  lambda: holder.update(built=build_window(database)), user_action=False)
    window, workspace = holder["built"]
    from desktop.app import collect_garbage_again

    collect_garbage_again()   # and as desktop.app after the first paint: what start-up made is frozen
    bench.measure("idle main window", lambda: None, minimum_s=2.0)
    for key in page_keys(window):
        bench.measure(f"show page {key}", lambda key=key: window.show_page(key))
    for key in page_keys(window)[:2]:
        bench.measure(f"show page {key} again", lambda key=key: window.show_page(key))
    measure_meetings(bench, window, meeting_id)
    measure_action_item(bench, window, action_id)
    measure_export(bench, window, export_to)
    from desktop.views.navigation import DASHBOARD

    bench.measure("show page dashboard (stale after the save)", lambda: window.show_page(DASHBOARD))
    window.close()
    workspace.db.dispose()
    return said


def measure_meetings(bench: Bench, window, meeting_id: int) -> None:
    from desktop.views.meetings.meeting_dialog import MeetingDialog
    from desktop.views.navigation import CALENDAR

    window.show_page(CALENDAR)
    bench.spin(SETTLE_S)
    bench.measure(f"open meeting {meeting_id}", lambda: window.calendar_page.open_meeting(meeting_id),
                  lambda: bool(_visible(MeetingDialog)))
    close_all(bench, MeetingDialog)
    bench.measure("new meeting (MainActions.new_meeting)", window.actions.new_meeting.trigger,
                  lambda: bool(_visible(MeetingDialog)))
    close_all(bench, MeetingDialog)


def measure_action_item(bench: Bench, window, action_id: int) -> None:
    from PySide6.QtWidgets import QDialogButtonBox

    from desktop.views.actions.dialogs import ActionDialog
    from desktop.views.navigation import FOLLOWUP

    window.show_page(FOLLOWUP)
    bench.spin(SETTLE_S)
    page = window.followup_page
    page.table.select_ids([action_id])
    if page.table.current_row() is None:  # not in the default filter: take the first row shown
        page.table.selectRow(0)
    bench.spin(SETTLE_S)
    bench.measure("open action item (MainActions.edit)", window.actions.edit.trigger,
                  lambda: bool(_visible(ActionDialog)))
    dialogs = _visible(ActionDialog)
    if not dialogs:
        print("  (no action item dialog opened: save not measured)")
        return
    dialog = dialogs[0]
    dialog.title_edit.setText(dialog.title_edit.text() + "（核）")
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    bench.measure("save action item (OK)", ok.click, lambda: not _visible(ActionDialog))


def measure_export(bench: Bench, window, export_to: Path) -> None:
    page = window.followup_page
    bench.measure("export the 督办 list (.xlsx)", page.tool_actions["export"].trigger, export_to.exists)


def close_all(bench: Bench, cls) -> None:
    for dialog in _visible(cls):
        dialog.reject()
    bench.spin(SETTLE_S)


def report(results: list[Stall], floor: Stall) -> bool:
    print()
    print(f"floor: a bare {TICK_MS} ms QTimer loop, no work, 2 s: worst gap {floor.gap_s * 1000:.1f} ms")
    print(f"{'action':<48} {'worst gap':>10} {'stall':>9} {'ratio':>7}  under {TARGET_MS} ms")
    ok = True
    for r in results:
        under = r.stall_ms < TARGET_MS and not r.timed_out
        verdict = ("yes" if under else "NO") if r.user_action else "-"
        note = " (timed out)" if r.timed_out else ""
        print(f"{r.action:<48} {r.gap_s * 1000:8.1f} ms {r.stall_ms:6.1f} ms "
              f"{r.gap_s / floor.gap_s:6.1f}x  {verdict}{note}")
        ok = ok and (under or not r.user_action)
    worst = max((r for r in results if r.user_action), key=lambda r: r.gap_s)
    print(f"worst user action: {worst.action}, stall {worst.stall_ms:.0f} ms "
          f"({'under' if ok else 'NOT all under'} {TARGET_MS} ms)")
    return ok


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--today", type=date.fromisoformat, default=date(2026, 11, 24))
    parser.add_argument("--cache-dir", type=Path, default=None,
                        help="where the demo database is kept (default: the user's cache folder)")
    parser.add_argument("--timeout", type=float, default=120.0,
                        help="seconds an action may take to settle (default 120)")
    args = parser.parse_args()
    source = demo_database(args.cache_dir or default_cache_dir(), args.seed, args.today)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        set_environment(folder)
        database = folder / "demo.db"
        shutil.copyfile(source, database)
        bench = Bench(args.timeout)
        quiet_qt_warnings()
        print(f"database: copy of {source} ({source.stat().st_size / 1e6:,.0f} MB)")
        floor = bench.measure("floor", lambda: None, minimum_s=2.0, user_action=False)
        bench.results.clear()
        said = drive(bench, database, folder / "export.xlsx")
        ok = report(bench.results, floor)
        if said:
            print("messages shown: " + " | ".join(said))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
