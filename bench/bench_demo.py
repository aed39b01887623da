"""Wall time of ``demo --scale large`` on a fresh SQLite file against a raw sqlite3 floor.

The floor is measured in the same run: every row the demo left in the database is read back
(untimed) and inserted into a second, freshly migrated file with plain ``sqlite3`` executemany,
one transaction, the same pragmas and indexes. The ratio says what SQLAlchemy Core and the
Python that invents the data cost on top of SQLite itself.

    python bench/bench_demo.py [--seed N] [--today YYYY-MM-DD] [--pg URL]

``--pg`` (or TRIPARTITE_BENCH_PG_URL) also times the same fill on an empty PostgreSQL database.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from desktop.db import open_database  # noqa: E402
from desktop.models import Base  # noqa: E402
from desktop.services.demo import generate  # noqa: E402


def timed_demo(url: str, seed: int, today: date) -> tuple[float, int]:
    """Open (migrating a new database), seed and fill in one transaction; seconds and rows."""
    started = time.perf_counter()
    database = open_database(url, create=True)
    try:
        with database.transaction("bench") as session:
            summary = generate(session, "large", seed, today, "bench")
    finally:
        database.dispose()
    return time.perf_counter() - started, sum(n for _t, n in summary.counts)


def raw_floor(source: Path, target: Path) -> tuple[float, int]:
    """Seconds to insert all of ``source``'s rows into a fresh ``target`` with raw sqlite3."""
    open_database(str(target), create=True).dispose()        # the same schema, migrated
    tables = [t.name for t in Base.metadata.sorted_tables]
    src = sqlite3.connect(source)
    data = {}
    for name in tables:
        columns = [row[1] for row in src.execute(f'PRAGMA table_info("{name}")')]
        rows = src.execute(f'SELECT {", ".join(q(c) for c in columns)} FROM "{name}"').fetchall()
        data[name] = (columns, rows)
    src.close()
    dst = sqlite3.connect(target, isolation_level=None)
    for pragma in ("foreign_keys = ON", "journal_mode = WAL", "synchronous = NORMAL"):
        dst.execute(f"PRAGMA {pragma}")
    started = time.perf_counter()
    dst.execute("BEGIN")
    for name in tables:
        columns, rows = data[name]
        if rows:
            marks = ", ".join("?" * len(columns))
            dst.executemany(
                f'INSERT INTO "{name}" ({", ".join(q(c) for c in columns)}) VALUES ({marks})', rows)
    dst.execute("COMMIT")
    elapsed = time.perf_counter() - started
    dst.close()
    return elapsed, sum(len(rows) for _c, rows in data.values())


def q(name: str) -> str:
    return f'"{name}"'


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--today", type=date.fromisoformat, default=date(2026, 11, 24))
    parser.add_argument("--pg", default=os.environ.get("TRIPARTITE_BENCH_PG_URL"),
                        help="an EMPTY PostgreSQL database (URL) to time as well")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        demo_file, floor_file = Path(tmp) / "demo.db", Path(tmp) / "floor.db"
        demo_s, written = timed_demo(str(demo_file), args.seed, args.today)
        floor_s, copied = raw_floor(demo_file, floor_file)
        size_mb = demo_file.stat().st_size / 1e6
    print(f"demo --scale large (SQLite, fresh file): {demo_s:6.1f} s  "
          f"({written:,} rows generated, {size_mb:,.0f} MB)")
    print(f"raw sqlite3 executemany, same rows:      {floor_s:6.1f} s  ({copied:,} rows)")
    print(f"ratio demo / floor:                      {demo_s / floor_s:6.1f}x")
    if args.pg:
        pg_s, pg_rows = timed_demo(args.pg, args.seed, args.today)
        print(f"demo --scale large (PostgreSQL):         {pg_s:6.1f} s  ({pg_rows:,} rows)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
