"""Importing the enterprise register from .xlsx, and its filter per keystroke, on 15,550 rows.

    python bench/bench_enterprises.py [--rows N] [--runs N]

Figures (medians of ``--runs``, each on a fresh SQLite file):

* import: ``plan_enterprise_import`` + ``apply_enterprise_import`` of an .xlsx of 15,550
  enterprises (reading, normalising and checking every code, the preview, the ORM writes with
  their audit rows, one transaction), against the floor measured in the same run: openpyxl
  read-only rows plus one sqlite3 ``executemany`` of the same values — target at most 2x;
* the 企业名录 filter: each prefix of a name typed into the page's model (filter, model reset,
  the first screen of a 1200 x 800 table painted offscreen), median and worst — target under
  100 ms.
Exit status 1 when a target is missed.
"""

from __future__ import annotations

import argparse
import os
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import openpyxl  # noqa: E402
from PySide6.QtWidgets import QApplication, QTableView  # noqa: E402

from desktop.db import open_database  # noqa: E402
from desktop.services.enterprises.core import list_enterprises  # noqa: E402
from desktop.services.enterprises.importing import apply_enterprise_import, plan_enterprise_import  # noqa: E402
from desktop.services.kernel.validation import USCC_ALPHABET, uscc_check_char  # noqa: E402
from desktop.views.enterprises.model import EnterpriseTableModel  # noqa: E402

TARGET_RATIO, TARGET_KEY_MS = 2.0, 100
HEADER = ["企业名称", "统一社会信用代码", "注册地址", "所属园区/街道", "行业", "职工人数", "是否建会",
          "是否签订集体合同", "联系人", "联系电话"]
PARKS = ("马驹桥片区", "台湖片区", "瀛海片区", "长子营片区", "青云店片区", "采育片区", "核心区")
INDUSTRIES = ("软件和信息技术服务", "汽车零部件制造", "生物医药", "物流仓储", "餐饮", "建筑安装")


def make_rows(n: int) -> list[list]:
    rng = random.Random(15550)
    codes: set[str] = set()
    rows = []
    while len(rows) < n:
        first17 = rng.choice("9Y") + "1110302" + "".join(rng.choice(USCC_ALPHABET) for _ in range(9))
        code = first17 + uscc_check_char(first17)
        if code in codes:
            continue
        codes.add(code)
        i = len(rows)
        rows.append([f"北京{rng.choice('华宏瑞新恒泰')}{i}科技有限公司", code, f"景盛南四街{i % 300}号",
                     rng.choice(PARKS), rng.choice(INDUSTRIES), rng.randint(3, 3000),
                     rng.choice("是否"), rng.choice("是否"), "王强", f"138{rng.randint(0, 99_999_999):08d}"])
    return rows


def write_xlsx(path: Path, rows: list[list]) -> None:
    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet("企业名录")
    sheet.append(HEADER)
    for row in rows:
        sheet.append(row)
    book.save(path)


def floor(xlsx: Path, db_path: Path) -> float:
    """openpyxl read-only rows, then one sqlite3 executemany of the same values."""
    open_database(str(db_path), create=True).dispose()   # the same schema, made outside the timing
    started = time.perf_counter()
    book = openpyxl.load_workbook(xlsx, read_only=True, data_only=True)
    rows = list(book.worksheets[0].iter_rows(min_row=2, values_only=True))
    book.close()
    now = datetime.now(timezone.utc).replace(tzinfo=None).isoformat(" ")
    values = [(n, c, a, p, ind, w, u == "是", k == "是", cn, cp, 1, now, now)
              for n, c, a, p, ind, w, u, k, cn, cp in rows]
    conn = sqlite3.connect(db_path)
    with conn:
        conn.executemany(
            "INSERT INTO enterprises (name, uscc, address, park, industry, employees, has_union, has_contract,"
            " contact_name, contact_phone, version, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
            values)
    conn.close()
    return time.perf_counter() - started


def app_import(xlsx: Path, db_path: Path) -> float:
    database = open_database(str(db_path), create=True)
    try:
        started = time.perf_counter()
        with database.transaction("bench") as session:
            plan = plan_enterprise_import(session, xlsx)
            result = apply_enterprise_import(session, plan)
        elapsed = time.perf_counter() - started
        assert result.created == len(plan.rows), result
        return elapsed
    finally:
        database.dispose()


def filter_times(db_path: Path) -> list[float]:
    database = open_database(str(db_path))
    try:
        with database.reading() as session:
            rows = list_enterprises(session)
    finally:
        database.dispose()
    app = QApplication.instance() or QApplication([])
    model = EnterpriseTableModel()
    model.set_rows(rows)
    view = QTableView()
    view.setModel(model)
    view.verticalHeader().hide()
    view.resize(1200, 800)
    view.show()
    app.processEvents()
    name = rows[len(rows) // 2].name
    typed = [name[:n] for n in range(1, len(name) + 1)] + [name[:n] for n in range(len(name) - 1, -1, -1)]
    times = []
    for text in typed:
        started = time.perf_counter()
        model.set_filter(text)
        view.viewport().repaint()
        app.processEvents()
        times.append(time.perf_counter() - started)
    view.close()
    return times


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=15_550)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        xlsx = folder / "enterprises.xlsx"
        write_xlsx(xlsx, make_rows(args.rows))
        floors, apps = [], []
        for run in range(args.runs):
            floors.append(floor(xlsx, folder / f"floor{run}.db"))
            apps.append(app_import(xlsx, folder / f"app{run}.db"))
        keys = filter_times(folder / "app0.db")
    f, a = statistics.median(floors), statistics.median(apps)
    median_ms, worst_ms = statistics.median(keys) * 1000, max(keys) * 1000
    print(f"import {args.rows} enterprises from .xlsx: app {a:.2f} s, floor {f:.2f} s, "
          f"ratio {a / f:.2f} (target <= {TARGET_RATIO})")
    print(f"filter keystroke on {args.rows} rows: median {median_ms:.1f} ms, worst {worst_ms:.1f} ms "
          f"over {len(keys)} prefixes (target < {TARGET_KEY_MS} ms)")
    return 0 if a / f <= TARGET_RATIO and worst_ms < TARGET_KEY_MS else 1


if __name__ == "__main__":
    sys.exit(main())
