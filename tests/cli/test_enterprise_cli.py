"""``tripartite import enterprises`` and ``list enterprises``: exit codes, messages, JSON fields."""

from __future__ import annotations

import json

import pytest

from desktop.cli import main
from desktop.services.enterprises.core import list_enterprises
from tests.services.enterprise_support import codes, write_csv, write_xlsx, wrong_check

C = codes(3, seed=11)
ROWS = [["北京甲科技有限公司", C[0], "景盛南四街1号", "马驹桥片区", "软件", 120, "是", "否", "王强", "13812345678"],
        ["北京乙制造有限公司", C[1], "科创十三街2号", "台湖片区", "制造", "35", "否", "否", "", ""]]
BAD = ["北京丙物流有限公司", wrong_check(C[2]), "", "", "", "", "", "", "", ""]


@pytest.fixture
def url(db) -> str:
    return db.target.url.render_as_string(hide_password=False)


def stored(db) -> list[str]:
    with db.reading() as s:
        return sorted(r.uscc for r in list_enterprises(s))


def test_import_writes_every_row_and_prints_the_preview(db, url, tmp_path, capsys):
    path = write_xlsx(tmp_path / "企业.xlsx", ROWS)
    assert main(["--database", url, "import", "enterprises", str(path)]) == 0
    out = capsys.readouterr().out
    assert "预览：新增 2 家、更新 0 家、无变化 0 家、拒绝 0 行" in out
    assert "已导入：新增 2 家企业" in out
    assert stored(db) == sorted(C[:2])


def test_a_rejected_row_exits_1_writes_nothing_and_is_reported_by_number(db, url, tmp_path, capsys):
    path = write_csv(tmp_path / "企业.csv", [*ROWS, BAD], encoding="gb18030")
    assert main(["--database", url, "import", "enterprises", str(path)]) == 1
    err = capsys.readouterr().err
    assert any(line.startswith("第4行：") and "校验位不正确" in line for line in err.splitlines())
    assert stored(db) == []


def test_skip_rejected_imports_the_rest(db, url, tmp_path):
    path = write_csv(tmp_path / "企业.csv", [*ROWS, BAD])
    assert main(["--database", url, "import", "enterprises", "--skip-rejected", str(path)]) == 0
    assert stored(db) == sorted(C[:2])


def test_dry_run_writes_nothing(db, url, tmp_path, capsys):
    path = write_xlsx(tmp_path / "企业.xlsx", ROWS)
    assert main(["--database", url, "import", "enterprises", "--dry-run", str(path)]) == 0
    assert "试运行" in capsys.readouterr().out
    assert stored(db) == []


def test_list_enterprises_as_json_has_the_contract_fields(db, url, tmp_path, capsys):
    main(["--database", url, "import", "enterprises", str(write_xlsx(tmp_path / "e.xlsx", ROWS))])
    capsys.readouterr()
    assert main(["--database", url, "list", "enterprises", "--format", "json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [sorted(r) for r in rows] == [["id", "name", "park", "union", "uscc", "workers"]] * 2
    assert [(r["name"], r["uscc"], r["park"], r["workers"], r["union"]) for r in rows] == [
        ("北京甲科技有限公司", C[0], "马驹桥片区", 120, True), ("北京乙制造有限公司", C[1], "台湖片区", 35, False)]


def test_list_enterprises_as_a_table(db, url, tmp_path, capsys):
    main(["--database", url, "import", "enterprises", str(write_xlsx(tmp_path / "e.xlsx", ROWS))])
    capsys.readouterr()
    assert main(["--database", url, "list", "enterprises"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split() == ["id", "name", "uscc", "park", "workers", "union"]
    assert C[1] in lines[2]
