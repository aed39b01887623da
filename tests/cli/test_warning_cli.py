"""``list warnings``, ``warning issue|adjust|extend|lift|dismiss|agenda``, ``report warnings`` and
``export letter``: exit codes, output and the JSON contract."""

from __future__ import annotations

import json
from datetime import timedelta

import openpyxl
import pytest
from docx import Document

from desktop.cli import main
from desktop.services.kernel.timeutil import today_local
from desktop.services.meetings.core import create_meeting
from desktop.services.warnings.query import get_warning, timeline
from tests.services.meeting_support import local, meeting_data
from tests.services.warning_support import C, suggested

FIELDS = ["id", "uscc", "enterprise", "level", "status", "reason", "messages"]


@pytest.fixture
def url(db) -> str:
    return db.target.url.render_as_string(hide_password=False)


def cli(url, *args) -> int:
    return main(["--database", url, *args])


def listed(url, capsys, *args) -> list[dict]:
    capsys.readouterr()
    assert cli(url, "list", "warnings", "--format", "json", *args) == 0
    return json.loads(capsys.readouterr().out)


def test_list_warnings_gives_the_contract_fields_one_entry_per_warning(db, url, capsys):
    wid = suggested(db, "orange")
    rows = listed(url, capsys)
    assert [list(r) for r in rows] == [FIELDS]
    assert rows[0] == {"id": wid, "uscc": C[0], "enterprise": "北京甲科技有限公司", "level": "orange",
                       "status": "suggested", "reason": "欠薪1.5个月，在1至2个月之间。", "messages": 0}


def test_issue_adjust_extend_lift_through_the_command_line(db, url, capsys):
    wid = suggested(db, "orange")
    assert cli(url, "warning", "issue", str(wid)) == 0
    assert capsys.readouterr().out.strip() == str(wid)
    assert cli(url, "warning", "adjust", str(wid), "--level", "red", "--reason", "欠薪扩大") == 0
    until = (today_local() + timedelta(days=200)).isoformat()
    assert cli(url, "warning", "extend", str(wid), "--until", until) == 0
    assert [(r["level"], r["status"], r["messages"]) for r in listed(url, capsys, "--status", "active")] == [
        ("red", "active", 3)]
    assert cli(url, "warning", "lift", str(wid), "--reason", "已补发") == 0
    assert listed(url, capsys, "--status", "active") == []
    assert [(r["status"], r["messages"]) for r in listed(url, capsys, "--status", "lifted")] == [("lifted", 4)]
    with db.reading() as s:
        assert [m.kind for m in timeline(s, wid)] == ["issue", "adjust", "extend", "lift"]


def test_issuing_at_another_level_without_a_reason_exits_1_with_one_line(db, url, capsys):
    wid = suggested(db, "orange")
    assert cli(url, "warning", "issue", str(wid), "--level", "red") == 1
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0 and "与建议级别（橙色）不同，请说明理由" in err
    assert cli(url, "warning", "issue", str(wid), "--level", "red", "--reason", "涉及人数多") == 0
    with db.reading() as s:
        assert get_warning(s, wid).level == "red"


def test_lift_without_reason_and_a_bad_level_are_usage_errors(db, url, capsys):
    wid = suggested(db)
    with pytest.raises(SystemExit) as ex:
        cli(url, "warning", "lift", str(wid))
    assert ex.value.code == 2
    with pytest.raises(SystemExit) as ex:
        cli(url, "warning", "adjust", str(wid), "--level", "purple", "--reason", "x")
    assert ex.value.code == 2


def test_a_lifted_warning_is_refused_with_exit_1(db, url, capsys):
    wid = suggested(db)
    cli(url, "warning", "issue", str(wid))
    cli(url, "warning", "lift", str(wid), "--reason", "已解决")
    capsys.readouterr()
    assert cli(url, "warning", "adjust", str(wid), "--level", "red", "--reason", "x") == 1
    assert capsys.readouterr().err == "tripartite: 错误：该预警已解除，不能再作任何处理。\n"


def test_dismissed_ones_are_left_out_by_default_and_listed_with_all(db, url, capsys):
    a, b = suggested(db), suggested(db, enterprise=1)
    assert cli(url, "warning", "dismiss", str(b), "--reason", "误报") == 0
    assert [r["id"] for r in listed(url, capsys)] == [a]
    assert [(r["id"], r["status"]) for r in listed(url, capsys, "--status", "all")] == [
        (a, "suggested"), (b, "dismissed")]


def test_status_is_refused_for_other_kinds(url, capsys):
    assert cli(url, "list", "enterprises", "--status", "active") == 2


def test_report_warnings_writes_the_xlsx(db, url, tmp_path, capsys):
    wid = suggested(db)
    cli(url, "warning", "issue", str(wid))
    out = tmp_path / "r.xlsx"
    today = today_local().isoformat()
    assert cli(url, "report", "warnings", "--from", today, "--to", today, "-o", str(out)) == 0
    assert "已导出 1 个预警、1 条消息" in capsys.readouterr().out
    rows = list(openpyxl.load_workbook(out)["预警"].values)
    assert rows[1][0] == wid and rows[1][2] == "北京甲科技有限公司"
    assert cli(url, "report", "warnings", "-o", str(tmp_path / "r.csv")) == 2


def test_export_letter_writes_the_docx(db, url, tmp_path):
    wid = suggested(db)
    cli(url, "warning", "issue", str(wid))
    out = tmp_path / "函.docx"
    assert cli(url, "export", "letter", str(wid), "-o", str(out)) == 0
    assert Document(str(out)).paragraphs[0].text == "预警提示函"


def test_agenda_puts_the_warning_on_the_next_meeting_or_says_there_is_none(db, url, capsys):
    wid = suggested(db)
    cli(url, "warning", "issue", str(wid))
    capsys.readouterr()
    assert cli(url, "warning", "agenda", str(wid)) == 1
    assert "还没有安排今后的会议" in capsys.readouterr().err
    start = local(*(today_local() + timedelta(days=5)).timetuple()[:3])
    meeting = db.run(lambda s: create_meeting(s, meeting_data(start, body="warning", title="预警例会")))[0]
    assert cli(url, "warning", "agenda", str(wid)) == 0
    assert capsys.readouterr().out.strip() == str(meeting)
