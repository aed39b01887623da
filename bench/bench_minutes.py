"""Minutes: .docx generation (one, and a batch of 100) and search on the large demo database.

Targets: one document in under 0.2 s, 100 in under 10 s. The floor, measured in the same run,
is the cheapest way to make the same file: a plain string template that puts pre-escaped XML
into the template's document.xml and writes the zip, no python-docx. Search is timed against
a raw sqlite3 ``LIKE '%term%'`` scan of every minutes text (the floor for a query no index
serves).

    python bench/bench_minutes.py [--database large.db] [--pg URL]

Without ``--database`` a large demo database is generated in a temporary folder first (~15 s).
"""

from __future__ import annotations

import argparse
import html
import io
import os
import sqlite3
import statistics
import sys
import tempfile
import time
import zipfile
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import select  # noqa: E402

from desktop.db import open_database  # noqa: E402
from desktop.exports.minutes_docx import default_template, render_minutes_docx  # noqa: E402
from desktop.models import Minutes  # noqa: E402
from desktop.services.demo import generate  # noqa: E402
from desktop.services.minutes.content import content_from_json, paragraphs  # noqa: E402
from desktop.services.minutes.search import search_minutes  # noqa: E402

BATCH = 100
QUERIES = ("欠薪", "集体协商", "农民工工资", "欠薪 集体协商", "鲸鱼", "欠")


def large_demo(folder: Path) -> Path:
    path = folder / "large.db"
    db = open_database(str(path), create=True)
    try:
        with db.transaction("bench") as session:
            generate(session, "large", 1, date(2026, 11, 24), "bench")
    finally:
        db.dispose()
    return path


def contents(db, count: int):
    with db.reading() as session:
        rows = session.scalars(select(Minutes.content).where(Minutes.state.in_(("issued", "distributed")))
                               .order_by(Minutes.id).limit(count)).all()
    return [content_from_json(r) for r in rows]


def median_time(work, repeat: int = 5) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        work()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


class StringFloor:
    """The same template filled by str.replace on document.xml, written with zipfile."""

    def __init__(self, template: Path) -> None:
        with zipfile.ZipFile(template) as z:
            self.members = {i.filename: z.read(i) for i in z.infolist()}
        self.xml = self.members["word/document.xml"].decode()

    def render(self, content) -> bytes:
        def p(text: str) -> str:
            return (f'<w:p><w:pPr><w:pStyle w:val="公文正文"/></w:pPr><w:r><w:rPr>'
                    f'<w:rFonts w:eastAsia="仿宋_GB2312"/></w:rPr><w:t>{html.escape(text)}</w:t></w:r></w:p>')
        body = "".join(p(t) for t in paragraphs(content)[2:])
        xml = self.xml
        for key, value in (("标题", content.title), ("文号", content.doc_number),
                           ("出席", "、".join(content.attendance.present)),
                           ("请假", "、".join(content.attendance.leave)),
                           ("列席", "、".join(content.attendance.observers)), ("抄送", content.cc),
                           ("印发机关", content.issuer), ("印发日期", str(content.printed_on))):
            xml = xml.replace("{{" + key + "}}", html.escape(value))
        start = xml.rfind("<w:p>", 0, xml.index("{{正文}}"))
        start = max(start, xml.rfind("<w:p ", 0, xml.index("{{正文}}")))
        end = xml.index("</w:p>", xml.index("{{正文}}")) + len("</w:p>")
        xml = xml[:start] + body + xml[end:]
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
            for name, data in self.members.items():
                z.writestr(name, xml.encode() if name == "word/document.xml" else data)
        return out.getvalue()


def bench_docx(db, folder: Path) -> None:
    batch = contents(db, BATCH)
    one = batch[0]
    chars = sum(len(t) for t in paragraphs(one))
    floor = StringFloor(default_template())
    cold_start = time.perf_counter()
    (folder / "one.docx").write_bytes(render_minutes_docx(one))
    cold = time.perf_counter() - cold_start
    single = median_time(lambda: (folder / "one.docx").write_bytes(render_minutes_docx(one)))
    single_floor = median_time(lambda: (folder / "floor.docx").write_bytes(floor.render(one)))

    def run_batch(render, stem):
        for i, content in enumerate(batch):
            (folder / f"{stem}{i}.docx").write_bytes(render(content))

    batch_time = median_time(lambda: run_batch(render_minutes_docx, "b"), 1)
    batch_floor = median_time(lambda: run_batch(floor.render, "f"), 1)
    print(f"one minutes (.docx, {chars} characters): first {cold * 1000:.0f} ms, "
          f"median {single * 1000:.1f} ms (target < 200 ms); floor {single_floor * 1000:.1f} ms; "
          f"ratio {single / single_floor:.1f}x")
    print(f"batch of {len(batch)}: {batch_time:.2f} s (target < 10 s); floor {batch_floor:.2f} s; "
          f"ratio {batch_time / batch_floor:.1f}x")


def bench_search(db, label: str, raw_path: Path | None) -> None:
    print(f"search ({label}):")
    raw = sqlite3.connect(str(raw_path)) if raw_path else None
    with db.reading() as session:
        search_minutes(session, "预热")
        for query in QUERIES:
            result = None

            def work(q=query):
                nonlocal result
                result = search_minutes(session, q)

            took = median_time(work, 3)
            line = (f"  {query!r:16} {took * 1000:7.1f} ms  {result.minutes_total:5} minutes, "
                    f"{result.decisions_total:5} decisions")
            if raw is not None:
                terms = query.split()
                sql = "SELECT id FROM minutes WHERE " + " AND ".join(["text LIKE ?"] * len(terms))
                floor = median_time(lambda t=terms, q=sql: raw.execute(q, [f"%{x}%" for x in t]).fetchall(), 3)
                line += f"   floor (raw LIKE scan) {floor * 1000:6.1f} ms, ratio {took / floor:.2f}x"
            print(line)
    if raw is not None:
        raw.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database", type=Path, help="a large demo SQLite file (made if omitted)")
    parser.add_argument("--pg", default=os.environ.get("TRIPARTITE_BENCH_PG_URL"),
                        help="also time search on this PostgreSQL database (large demo loaded)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-minutes-") as tmp:
        folder = Path(tmp)
        path = args.database or large_demo(folder)
        db = open_database(str(path))
        try:
            bench_docx(db, folder)
            bench_search(db, "SQLite, FTS5 trigram + LIKE for 1-2 characters", path)
        finally:
            db.dispose()
        if args.pg:
            pg = open_database(args.pg)
            try:
                bench_search(pg, "PostgreSQL, pg_trgm ILIKE + strpos for 1-2 characters", None)
            finally:
                pg.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
