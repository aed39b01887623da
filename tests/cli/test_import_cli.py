"""``tripartite import people``: exit codes, messages, and what lands in the database."""

from __future__ import annotations

import csv
import os
import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest

import desktop
from desktop.cli import main
from desktop.services.directory.core import list_people

HEADER = ["姓名", "单位", "职务", "手机", "邮箱"]
GOOD = [HEADER, ["陈新", "总工会", "干事", 13812345678, "chen@example.cn"], ["林芳", "新成立的协会", "秘书长", "", ""]]
WITH_REJECT = [*GOOD, ["周强", "总工会", "", "123", ""]]


def write_xlsx(path: Path, rows) -> Path:
    book = openpyxl.Workbook()
    for row in rows:
        book.active.append(row)
    book.save(path)
    return path


@pytest.fixture
def url(db) -> str:
    return db.target.url.render_as_string(hide_password=False)


def names(db) -> set[str]:
    with db.reading() as session:
        return {p.name for p in list_people(session)}


def test_import_writes_the_file_and_exits_0(db, url, tmp_path, capsys):
    path = write_xlsx(tmp_path / "通讯录.xlsx", GOOD)
    assert main(["--database", url, "import", "people", str(path)]) == 0
    out = capsys.readouterr().out
    assert "预览：新增 2 人、更新 0 人、无变化 0 人、新增单位 1 个、拒绝 0 行" in out
    assert "已导入：新增 2 人、更新 0 人、新增单位 1 个。" in out
    assert {"陈新", "林芳"} <= names(db)


def test_rejected_rows_are_reported_and_nothing_is_written(db, url, tmp_path, capsys):
    path = write_xlsx(tmp_path / "p.xlsx", WITH_REJECT)
    assert main(["--database", url, "import", "people", str(path)]) == 1
    captured = capsys.readouterr()
    assert "拒绝 1 行" in captured.out
    assert "第4行：电话号码“123”格式不正确" in captured.err
    assert "--skip-rejected" in captured.err
    assert not {"陈新", "林芳", "周强"} & names(db)


def test_skip_rejected_imports_the_other_rows(db, url, tmp_path, capsys):
    path = write_xlsx(tmp_path / "p.xlsx", WITH_REJECT)
    assert main(["--database", url, "import", "people", str(path), "--skip-rejected"]) == 0
    assert "第4行：" in capsys.readouterr().err
    assert {"陈新", "林芳"} <= names(db) and "周强" not in names(db)


def test_dry_run_previews_without_writing(db, url, tmp_path, capsys):
    path = write_xlsx(tmp_path / "p.xlsx", GOOD)
    assert main(["--database", url, "import", "people", str(path), "--dry-run"]) == 0
    assert "试运行：未写入任何数据。" in capsys.readouterr().out
    assert not {"陈新", "林芳"} & names(db)


def test_dry_run_with_rejects_exits_1(db, url, tmp_path, capsys):
    path = write_xlsx(tmp_path / "p.xlsx", WITH_REJECT)
    assert main(["--database", url, "import", "people", str(path), "--dry-run"]) == 1


@pytest.mark.parametrize(("name", "content", "message"), [
    ("missing.xlsx", None, "找不到文件："),
    ("contacts.txt", b"x", "不支持的文件类型“contacts.txt”：请使用 .xlsx 或 .csv 文件。"),
    ("broken.xlsx", b"x", "不是有效的 .xlsx 文件"),
])
def test_a_bad_file_is_one_chinese_line_and_exit_1(tmp_path, capsys, name, content, message):
    path = tmp_path / name
    if content is not None:
        path.write_bytes(content)
    target = tmp_path / "never.db"
    assert main(["--database", str(target), "import", "people", str(path)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("tripartite: 错误：") and message in err and err.count("\n") == 1
    assert not target.exists()  # refused before any database was created


def test_a_file_without_a_name_column_is_refused(url, tmp_path, capsys):
    path = tmp_path / "p.csv"
    with open(path, "w", encoding="gb18030", newline="") as fh:
        csv.writer(fh).writerows([["单位", "电话"], ["总工会", "13812345678"]])
    assert main(["--database", url, "import", "people", str(path)]) == 1
    assert "没有“姓名”列" in capsys.readouterr().err


def test_import_without_a_kind_is_a_usage_error(capsys):
    with pytest.raises(SystemExit) as caught:
        main(["import"])
    assert caught.value.code == 2


def test_python_m_desktop_imports_a_bom_csv(db, url, tmp_path):
    path = tmp_path / "p.csv"
    with open(path, "w", encoding="utf-8-sig", newline="") as fh:
        csv.writer(fh).writerows([HEADER, ["陈新", "总工会", "干事", "13812345678", ""]])
    root = Path(desktop.__file__).resolve().parent.parent
    run = subprocess.run(
        [sys.executable, "-m", "desktop", "--database", url, "import", "people", str(path)],
        cwd=root, env={**os.environ, "PYTHONIOENCODING": "utf-8"}, capture_output=True, text=True,
        encoding="utf-8", timeout=120,
    )
    assert run.returncode == 0, run.stderr
    assert "新增 1 人" in run.stdout
    assert "陈新" in names(db)
