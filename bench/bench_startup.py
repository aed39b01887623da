"""Cold start of the real app on the large demo database, against a bare PySide6 window (the floor).

    python bench/bench_startup.py [--runs N] [--cache-dir DIR] [--breakdown] [--memory]
                                  [--today YYYY-MM-DD]

The large demo database is made once with the app's own command (``tripartite demo --scale
large``) under a cache folder outside the repository (``--cache-dir``; by default the user's
cache folder) and reused while the schema revision, seed and day are the same.

Each run is a whole new process, ``QT_QPA_PLATFORM=offscreen``, a fresh settings folder:

* the app: ``python -m desktop --database FILE`` with ``TRIPARTITE_QUIT_AFTER_PAINT=1``, which
  prints the seconds since its process started at the first paint of the main window (its
  navigation and first page; the file is opened by SQLAlchemy after it, ``desktop.quick_open``),
  then again when that page has its data (``first-content``), and quits;
* the floor: a bare ``QMainWindow`` holding a ``QTableWidget`` of the open action items fetched
  with raw ``sqlite3``, quitting on its first paint and timed the same way (its data is there at
  its first paint).

Bytecode as a user has it: pip compiles an installed package to ``.pyc`` files, but a checkout
run with ``PYTHONDONTWRITEBYTECODE=1`` recompiles every module of ``desktop`` on each start (about
0.2 s). So the benchmark first compiles ``desktop/`` (``compileall``, as ``python -m compileall -q``), starts the children
without ``PYTHONDONTWRITEBYTECODE``, and makes one warm-up start of each that is not counted
(it also brings the database and the libraries into the page cache for both).

Medians of ``--runs`` (default 5) and the ratio app / floor are printed (target at most 2.0x,
on the first paint), then the app's first content and its ratio to the floor (no target: it
says how long the page shows 正在加载…), with the load average before and after: other work on
the machine skews both.
``--breakdown`` starts the app once more under ``python -X importtime`` and prints where its
time goes: the imports by owner (SQLAlchemy, PySide6, our models, views and the rest of
``desktop``; a standard-library module counts for whoever imported it first), then everything
after them (opening the database, building the window with its first page, the first paint).
The profiler inflates imports a little; read it for proportions.
``--memory`` also starts the app once more, shows every page of the navigation in turn, and
prints the peak resident memory (``resource.getrusage``; target under 400 MB; not on Windows).
Exit status 1 when a target is missed.
"""

from __future__ import annotations

import argparse
import compileall
import os
import re
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import textwrap
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from desktop.migrations import HEAD  # noqa: E402 - a constant; imports nothing heavy

TARGET_RATIO, TARGET_MB = 2.0, 400

# Seconds since this process started, from /proc (clock ticks since boot); the same in both.
SINCE_START = """
def since_start():
    import os, time
    try:
        with open("/proc/self/stat", encoding="ascii") as stat:
            ticks = int(stat.read().rsplit(")", 1)[1].split()[19])
    except (OSError, IndexError, ValueError):
        return float("nan")
    return time.clock_gettime(time.CLOCK_BOOTTIME) - ticks / os.sysconf("SC_CLK_TCK")
"""

FLOOR = SINCE_START + """
import sqlite3, sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QTableWidget, QTableWidgetItem

app = QApplication(sys.argv[:1])
conn = sqlite3.connect(sys.argv[1])
rows = conn.execute(
    "SELECT a.id, a.title, b.name, coalesce(o.name, ''), coalesce(a.due, ''), a.status, a.progress"
    " FROM action_items a JOIN bodies b ON b.id = a.body_id"
    " LEFT JOIN organisations o ON o.id = a.lead_org_id"
    " WHERE a.status IN ('not_started', 'in_progress', 'awaiting_signoff')"
    " ORDER BY a.due, a.id").fetchall()
conn.close()
window = QMainWindow()
table = QTableWidget(len(rows), 7)
table.setHorizontalHeaderLabels(["编号", "事项", "机制", "牵头单位", "期限", "状态", "进度"])
# PySide6 6.12.0's QTableWidget.setItem releases one reference to None per call (a refcount bug:
# Python aborts with "deallocating None" after some thousands); hold one reference per call.
pinned_nones = [None] * (len(rows) * 7)
for r, row in enumerate(rows):
    for c, value in enumerate(row):
        table.setItem(r, c, QTableWidgetItem(str(value)))
window.setCentralWidget(table)
window.resize(1200, 780)


class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if watched is window and event.type() == QEvent.Type.Paint:
            window.removeEventFilter(self)
            QTimer.singleShot(0, self.report)
        return False

    def report(self):
        print(f"first-paint {since_start():.4f} rows={len(rows)}", flush=True)
        app.quit()


first_paint = FirstPaint()
window.installEventFilter(first_paint)
window.show()
sys.exit(app.exec())
"""

VISIT_EVERY_PAGE = """
import resource, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from desktop import app
from desktop.views.main_window import MainWindow
from desktop.views.navigation import ITEM_ROLE

qt = QApplication(sys.argv[:1])


def visit():
    window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow))
    model = window.navigation.nav_model
    keys = [model.index(r).data(ITEM_ROLE).key for r in range(model.rowCount())]
    for key in filter(None, keys):
        window.show_page(key)
        window.repaint()
        qt.processEvents()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux
    print(f"peak-rss-mb {peak / 1024:.1f} pages={len(window.built_pages())}", flush=True)
    window.close()


QTimer.singleShot(500, visit)
sys.exit(app.run_gui(sys.argv[1]))
"""


def default_cache_dir() -> Path:
    import platformdirs

    return platformdirs.user_cache_path("tripartite-bench", appauthor=False)


def demo_database(cache: Path, seed: int, today: date) -> Path:
    """The large demo database for this schema, seed and day: made once, then reused."""
    cache.mkdir(parents=True, exist_ok=True)
    path = cache / f"demo-large-seed{seed}-{today.isoformat()}-rev{HEAD}.db"
    if path.exists():
        return path
    partial = path.with_suffix(".partial.db")
    for leftover in cache.glob(partial.name + "*"):
        leftover.unlink()
    print(f"making the large demo database (once): {path}", flush=True)
    subprocess.run([sys.executable, "-m", "desktop", "--database", str(partial), "demo",
                    "--scale", "large", "--seed", str(seed), "--today", today.isoformat()],
                   check=True, cwd=ROOT, env=environment(cache))
    conn = sqlite3.connect(partial)  # fold the write-ahead log in: one file to rename
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    partial.rename(path)
    return path


def environment(folder: Path) -> dict[str, str]:
    """Offscreen Qt, a known user, settings and data in a fresh folder: a first start."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", TRIPARTITE_USER="基准测试",
               TRIPARTITE_LANG="zh", TRIPARTITE_CONFIG_DIR=str(folder / "config"),
               TRIPARTITE_DATA_DIR=str(folder / "data"))
    env.pop("TRIPARTITE_DATABASE_URL", None)
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # as installed: .pyc files are read, not recompiled
    env["PYTHONPATH"] = os.pathsep.join(filter(None, (str(ROOT), env.get("PYTHONPATH"))))
    return env


def first_paint(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Seconds from the process's start to its first painted window and to its first content
    (the same for a program that reports no ``first-content``), as it reports them."""
    out = subprocess.run(command, capture_output=True, text=True, env=env, cwd=ROOT, timeout=300)
    lines = out.stdout.splitlines()
    paint = next((line for line in lines if line.startswith("first-paint ")), None)
    if paint is None:
        raise SystemExit(f"no first paint reported by {command[:3]}…:\n{out.stdout}\n{out.stderr}")
    content = next((line for line in lines if line.startswith("first-content ")), paint)
    return float(paint.split()[1]), float(content.split()[1])


def compile_bytecode() -> None:
    """The ``.pyc`` files of ``desktop`` that pip writes when it installs the app."""
    if not compileall.compile_dir(str(ROOT / "desktop"), quiet=1):
        raise SystemExit("compileall failed on desktop/")


def cold_starts(database: Path, runs: int) -> tuple[list[tuple[float, float]], list[float]]:
    """``runs`` starts of the app (first paint, first content) and of the floor, alternating so
    both see the same machine, after one warm-up start of each that is not counted."""
    app_s: list[tuple[float, float]] = []
    floor_s: list[float] = []
    floor_script = Path(tempfile.mkdtemp()) / "floor.py"
    floor_script.write_text(textwrap.dedent(FLOOR), encoding="utf-8")
    for _ in range(runs + 1):
        with tempfile.TemporaryDirectory() as tmp:
            env = dict(environment(Path(tmp)), TRIPARTITE_QUIT_AFTER_PAINT="1")
            app_s.append(first_paint([sys.executable, "-m", "desktop", "--database", str(database)], env))
        with tempfile.TemporaryDirectory() as tmp:
            floor_s.append(first_paint([sys.executable, str(floor_script), str(database)],
                                       environment(Path(tmp)))[0])
    return app_s[1:], floor_s[1:]


def peak_memory_mb(database: Path) -> tuple[float, str]:
    """Peak resident memory of the app after it has shown every page, and how many it built."""
    with tempfile.TemporaryDirectory() as tmp:
        out = subprocess.run([sys.executable, "-c", VISIT_EVERY_PAGE, str(database)],
                             capture_output=True, text=True, env=environment(Path(tmp)), cwd=ROOT,
                             timeout=600)
    line = next((line for line in out.stdout.splitlines() if line.startswith("peak-rss-mb ")), None)
    if line is None:
        raise SystemExit(f"the page visit reported nothing:\n{out.stdout}\n{out.stderr}")
    return float(line.split()[1]), line.split()[2].removeprefix("pages=")


# Import owners for --breakdown, by module-name prefix; the first match wins.
OWNERS = (
    ("sqlalchemy", "SQLAlchemy (import)"), ("PySide6", "PySide6 (import)"),
    ("shiboken", "PySide6 (import)"), ("desktop.models", "our models (declaring them)"),
    ("desktop.views", "our views (import)"), ("desktop", "our db, services, config (import)"),
)


def import_owners(report: str) -> dict[str, float]:
    """Seconds of import per owner from ``-X importtime`` output (children are listed before
    their parent, indented two spaces deeper)."""
    pending: dict[int, list[tuple[str, float, list]]] = {}
    for line in report.splitlines():
        if not line.startswith("import time:") or line.count("|") != 2 or "self [us]" in line:
            continue
        self_us, _cumulative, name = line.split("|", 2)
        depth = (len(name) - len(name.lstrip(" ")) - 1) // 2
        node = (name.strip(), int(self_us.split(":")[-1]) / 1e6, pending.pop(depth + 1, []))
        pending.setdefault(depth, []).append(node)
    roots = pending.get(0, [])
    totals: dict[str, float] = {}

    def walk(node, owner: str) -> None:
        name, seconds, children = node
        owner = next((o for prefix, o in OWNERS if name == prefix or name.startswith(prefix + ".")
                      or (prefix == "shiboken" and name.startswith(prefix))), owner)
        totals[owner] = totals.get(owner, 0.0) + seconds
        for child in children:
            walk(child, owner)

    for root in roots:
        walk(root, "Python, site, other libraries (import)")
    return totals


def breakdown(database: Path) -> None:
    """One start under ``-X importtime``: import seconds by owner, then the rest to the paint."""
    with tempfile.TemporaryDirectory() as tmp:
        env = dict(environment(Path(tmp)), TRIPARTITE_QUIT_AFTER_PAINT="1")
        out = subprocess.run([sys.executable, "-X", "importtime", "-m", "desktop", "--database",
                              str(database)], capture_output=True, text=True, env=env, cwd=ROOT,
                             timeout=300)
    line = next((x for x in out.stdout.splitlines() if x.startswith("first-paint ")), None)
    if line is None:
        raise SystemExit(f"no first paint reported:\n{out.stdout}\n{out.stderr}")
    paint = float(line.split()[1])
    # only what was imported before the first paint (the app repeats its line on stderr)
    report = out.stderr.split("first-paint ", 1)[0]
    owners = import_owners(report)
    imports = sum(owners.values())
    print(f"breakdown of one start under -X importtime (first paint at {paint:.3f} s):")
    for owner, seconds in sorted(owners.items(), key=lambda kv: -kv[1]):
        print(f"  {owner:45s} {seconds * 1000:6.0f} ms")
    print(f"  {'everything else (start, peek, window, paint)':45s} "
          f"{(paint - imports) * 1000:6.0f} ms")
    content = next((x for x in out.stdout.splitlines() if x.startswith("first-content ")), None)
    if content is not None:
        # Two threads import at once after the paint, where -X importtime's self times go wrong
        # (negative): only the cumulative times of SQLAlchemy and the models are read there.
        after = out.stderr.split("first-paint ", 1)[1]
        shown = float(content.split()[1])
        print(f"then, until the first page has its data ({shown:.3f} s, {(shown - paint) * 1000:.0f} ms after the paint):")
        for name in ("sqlalchemy", "desktop.models"):
            found = re.search(rf"^import time:\s+-?\d+ \|\s+(\d+) \|\s+{re.escape(name)}\s*$", after, re.MULTILINE)
            if found:
                print(f"  {name + ' (import, cumulative, in the opening thread)':58s} {int(found[1]) / 1000:6.0f} ms")
        print("  then opening the file and the first page's read, on a pool thread")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--today", type=date.fromisoformat, default=date(2026, 11, 24))
    parser.add_argument("--cache-dir", type=Path, default=None,
                        help="where the demo database is kept (default: the user's cache folder)")
    parser.add_argument("--breakdown", action="store_true",
                        help="also start once under -X importtime and print where the time goes")
    parser.add_argument("--memory", action="store_true",
                        help="also visit every page once and print the peak resident memory")
    args = parser.parse_args()
    database = demo_database(args.cache_dir or default_cache_dir(), args.seed, args.today)
    compile_bytecode()
    load_before = os.getloadavg() if hasattr(os, "getloadavg") else None
    starts, floor_s = cold_starts(database, args.runs)
    load_after = os.getloadavg() if hasattr(os, "getloadavg") else None
    app_s, content_s = [paint for paint, _ in starts], [content for _, content in starts]
    app_median, floor_median = statistics.median(app_s), statistics.median(floor_s)
    ratio = app_median / floor_median
    print(f"database: {database} ({database.stat().st_size / 1e6:,.0f} MB)")
    print("bytecode: desktop/ compiled with compileall, children may write .pyc; one uncounted "
          "warm-up start of each")
    if load_before and load_after:
        print(f"load average (1 min) before / after: {load_before[0]:.2f} / {load_after[0]:.2f} "
              f"on {os.cpu_count()} CPUs")
    print(f"app   launch -> first paint, median of {args.runs}: {app_median:6.3f} s  "
          f"({', '.join(f'{s:.3f}' for s in app_s)})")
    print(f"floor launch -> first paint, median of {args.runs}: {floor_median:6.3f} s  "
          f"({', '.join(f'{s:.3f}' for s in floor_s)})")
    print(f"ratio app / floor: {ratio:.2f}x (target <= {TARGET_RATIO:.1f}x)")
    content_median = statistics.median(content_s)
    print(f"app   launch -> first page's data, median of {args.runs}: {content_median:6.3f} s  "
          f"({', '.join(f'{s:.3f}' for s in content_s)}); ratio to the floor {content_median / floor_median:.2f}x")
    ok = ratio <= TARGET_RATIO
    if args.breakdown:
        breakdown(database)
    if args.memory:
        if sys.platform == "win32":
            print("peak resident memory: skipped (resource.getrusage is not on Windows)")
        else:
            mb, pages = peak_memory_mb(database)
            print(f"peak resident memory after every page ({pages} pages built): {mb:,.0f} MB "
                  f"(target < {TARGET_MB} MB)")
            ok = ok and mb < TARGET_MB
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
