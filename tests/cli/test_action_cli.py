"""``add action``, ``report actions`` and ``report ledger``: ids, files, exit codes, and overdue
counts that agree with the dashboard, the list and a direct SQL count."""

from __future__ import annotations

import json

import openpyxl
import pytest
from sqlalchemy import func, select, text

from desktop.cli import main
from desktop.models import ActionItem, Meeting
from desktop.services.actions.dashboard import dashboard
from desktop.services.actions.query import ActionFilter, count_actions
from desktop.services.demo import generate
from desktop.services.kernel.timeutil import today_local


@pytest.fixture
def url(db) -> str:
    return db.target.url.render_as_string(hide_password=False)


def run(url, *args) -> int:
    return main(["--database", url, *args])


def _count(db) -> int:
    with db.reading() as s:
        return s.scalar(select(func.count()).select_from(ActionItem))


def test_add_action_prints_the_new_id_and_allows_a_past_due_date(db, url, capsys):
    assert run(url, "add", "action", "--body", "warning", "--title", "督促企业补缴社保",
               "--due", "2019-06-30", "--lead", "劳动监察") == 0
    new_id = int(capsys.readouterr().out.strip())
    assert run(url, "list", "actions", "--format", "json") == 0
    [row] = json.loads(capsys.readouterr().out)
    assert row == {"id": new_id, "body": "warning", "title": "督促企业补缴社保", "status": "not_started",
                   "due": "2019-06-30", "lead": "经开区劳动保障监察大队"}


@pytest.mark.parametrize("args", [
    ("--body", "tripartite", "--title", "x", "--lead", "不存在的单位"),
    ("--body", "nosuchbody", "--title", "x"),
    ("--body", "tripartite", "--title", "   "),
    ("--body", "tripartite", "--title", "x", "--meeting", "999999"),
])
def test_refused_add_exits_1_and_writes_nothing(db, url, capsys, args):
    assert run(url, "add", "action", *args) == 1
    assert "错误" in capsys.readouterr().err and _count(db) == 0


def test_meeting_of_another_body_is_refused(db, url, capsys):
    with db.transaction("测试员") as s:
        generate(s, "small", 1, today_local())
        meeting_id = s.scalar(select(Meeting.id).where(Meeting.body.has(key="dispute")).limit(1))
    before = _count(db)
    assert run(url, "add", "action", "--body", "tripartite", "--title", "x", "--meeting", str(meeting_id)) == 1
    assert _count(db) == before


@pytest.mark.parametrize("args", [
    ("add", "action", "--body", "tripartite", "--title", "x", "--due", "2026-13-01"),
    ("add", "action", "--title", "x"),
    ("report", "actions", "-o", "out.pdf"),
    ("report", "actions", "--status", "late", "-o", "out.xlsx"),
    ("report", "ledger", "--year", "2026", "-o", "out.csv"),
    ("report", "ledger", "-o", "out.xlsx"),
])
def test_usage_errors_exit_2(url, args):
    with pytest.raises(SystemExit) as exited:
        code = run(url, *args)
        raise SystemExit(code)
    assert exited.value.code == 2


def test_overdue_counts_agree_between_report_dashboard_list_and_sql(db, url, tmp_path, capsys):
    today = today_local()           # the command line counts against today, so the demo does too
    with db.transaction("测试员") as s:
        generate(s, "small", 1, today)
    with db.reading() as s:
        direct = s.execute(text(
            "SELECT count(*) FROM action_items WHERE due < :today AND status IN "
            "('not_started', 'in_progress', 'awaiting_signoff')"), {"today": today}).scalar()
        board = dashboard(s, today).overdue
        listed = count_actions(s, ActionFilter(status="overdue"), today)
    out = tmp_path / "overdue.xlsx"
    assert run(url, "report", "actions", "--status", "overdue", "-o", str(out)) == 0
    rows = list(openpyxl.load_workbook(out).active.iter_rows(min_row=2, values_only=True))
    assert direct > 0 and len(rows) == board == listed == direct
    assert {r[10] for r in rows} == {"是"}                           # 是否逾期
    assert f"已导出 {direct} 项" in capsys.readouterr().out


def test_report_all_includes_withdrawn_and_writes_csv_and_docx(db, url, tmp_path):
    with db.transaction("测试员") as s:
        generate(s, "small", 1, today_local())
        total = s.scalar(select(func.count()).select_from(ActionItem))
        withdrawn = s.scalar(select(func.count()).where(ActionItem.status == "withdrawn"))
    assert withdrawn > 0
    assert run(url, "report", "actions", "-o", str(tmp_path / "all.csv")) == 0
    lines = (tmp_path / "all.csv").read_text(encoding="utf-8-sig").splitlines()
    assert len(lines) == 1 + total and sum("已撤销" in line for line in lines) == withdrawn
    assert run(url, "report", "actions", "--body", "warning", "-o", str(tmp_path / "通报.docx")) == 0
    assert (tmp_path / "通报.docx").stat().st_size > 0
    assert run(url, "report", "actions", "--body", "nosuch", "-o", str(tmp_path / "x.xlsx")) == 1


def test_report_ledger_writes_xlsx_and_docx(db, url, tmp_path):
    with db.transaction("测试员") as s:
        generate(s, "small", 1, today_local())
    year = today_local().year
    assert run(url, "report", "ledger", "--year", str(year), "-o", str(tmp_path / "l.xlsx")) == 0
    book = openpyxl.load_workbook(tmp_path / "l.xlsx")
    assert book.worksheets[0].max_row == 6
    assert run(url, "report", "ledger", "--year", str(year), "-o", str(tmp_path / "l.docx")) == 0


def _ledger_file(tmp_path, rows):
    book = openpyxl.Workbook()
    book.active.append(["督办事项", "牵头单位", "完成时限"])
    for row in rows:
        book.active.append(row)
    book.save(tmp_path / "台账.xlsx")
    return str(tmp_path / "台账.xlsx")


def test_import_actions_is_all_or_nothing_with_reasons_on_stderr(db, url, tmp_path, capsys):
    path = _ledger_file(tmp_path, [["事项甲", "总工会", "2026-12-01"], ["事项乙", "不存在的单位", ""]])
    assert run(url, "import", "actions", path, "--body", "tripartite") == 1
    assert "第3行" in capsys.readouterr().err and _count(db) == 0
    assert run(url, "import", "actions", path, "--body", "tripartite", "--dry-run", "--skip-rejected") == 0
    assert _count(db) == 0
    assert run(url, "import", "actions", path, "--body", "tripartite", "--skip-rejected") == 0
    assert "已导入 1 项" in capsys.readouterr().out and _count(db) == 1
