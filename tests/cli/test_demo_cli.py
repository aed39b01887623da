"""``tripartite demo``: the verb end to end through ``desktop.cli.main``."""

from __future__ import annotations

import json
import re

import pytest
from sqlalchemy import func, select

from desktop.cli import main
from desktop.db import open_database
from desktop.models import Base, Meeting


def _counts(url: str) -> dict[str, int]:
    database = open_database(url)
    try:
        with database.reading() as s:
            return {t.name: s.scalar(select(func.count()).select_from(t))
                    for t in Base.metadata.sorted_tables}
    finally:
        database.dispose()


def test_demo_fills_an_empty_database_and_prints_a_summary(db_url, capsys):
    assert main(["--database", db_url, "demo", "--scale", "small", "--today", "2026-03-01"]) == 0
    out = capsys.readouterr().out
    counts = _counts(db_url)
    assert counts["meetings"] > 50 and counts["action_items"] > 100
    assert "基准日 2026-03-01" in out and "用时" in out
    shown = re.search(r"^\s+会议\s+([\d,]+)$", out, re.MULTILINE).group(1)
    assert int(shown.replace(",", "")) == counts["meetings"]


def test_demo_refuses_a_database_that_has_meetings(db_url, capsys):
    assert main(["--database", db_url, "demo", "--scale", "small", "--seed", "5"]) == 0
    before = _counts(db_url)
    capsys.readouterr()
    assert main(["--database", db_url, "demo", "--scale", "small", "--seed", "6"]) == 1
    err = capsys.readouterr().err
    assert "已有" in err and "会议" in err
    assert _counts(db_url) == before


@pytest.mark.parametrize("argv", [
    ["demo", "--scale", "small", "--today", "2026-02-30"],
    ["demo", "--scale", "small", "--today", "24/11/2026"],
    ["demo", "--scale", "huge"],
    ["demo"],
])
def test_demo_usage_errors_exit_2_without_creating_a_database(tmp_path, capsys, argv):
    path = tmp_path / "never.db"
    with pytest.raises(SystemExit) as exc:
        main(["--database", str(path), *argv])
    assert exc.value.code == 2
    assert "用法错误" in capsys.readouterr().err
    assert not path.exists()


def test_list_meetings_as_json_reads_the_demo_data(db_url, capsys):
    assert main(["--database", db_url, "demo", "--scale", "small", "--today", "2026-11-24"]) == 0
    capsys.readouterr()
    assert main(["--database", db_url, "list", "meetings", "--format", "json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    database = open_database(db_url)
    try:
        with database.reading() as s:
            total = s.scalar(select(func.count()).select_from(Meeting))
    finally:
        database.dispose()
    assert len(rows) == total
    assert {r["body"] for r in rows} == {"tripartite", "dispute", "warning", "linkage", "bimonthly"}
    assert all(r["start"].endswith("+08:00") for r in rows)
    assert {r["status"] for r in rows} >= {"held", "planned"}
