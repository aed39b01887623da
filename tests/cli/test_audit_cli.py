"""``list audit`` and ``export audit``: the JSON contract (Beijing times, masked changes), each
filter read back, usage errors (a bad date, an unknown kind, audit options elsewhere) exit 2."""

from __future__ import annotations

import json
from datetime import datetime, timezone

import openpyxl
import pytest

from desktop.cli import main
from desktop.models import AuditEntry

CONTRACT = ["id", "at", "user", "entity", "entity_label", "entity_id", "action", "action_label", "changes"]
CHANGE_CONTRACT = ["field", "label", "before", "after"]


def entry(db, user: str, entity: str, *, at: datetime, changes: dict) -> None:
    db.run(lambda s: s.add(AuditEntry(at=at, user=user, entity=entity, entity_id=3, action="update",
                                      changes=json.dumps(changes, ensure_ascii=False))), "系统")


@pytest.fixture
def url(db) -> str:
    entry(db, "王秘书", "case_parties", at=datetime(2026, 3, 1, 16, 30, tzinfo=timezone.utc),
          changes={"phone": ["", "13812345678"]})
    entry(db, "李秘书", "meetings", at=datetime(2026, 3, 5, 2, 0, tzinfo=timezone.utc),
          changes={"title": ["例会", "联席会议"]})
    return db.target.url.render_as_string(hide_password=False)


def listed(url, capsys, *extra) -> list[dict]:
    capsys.readouterr()
    assert main(["--database", url, "list", "audit", "--format", "json", *extra]) == 0
    return json.loads(capsys.readouterr().out)


def usage_error(url, capsys, *args) -> str:
    capsys.readouterr()
    with pytest.raises(SystemExit) as exit_info:
        main(["--database", url, *args])
    assert exit_info.value.code == 2
    return capsys.readouterr().err


def test_the_json_contract_with_beijing_time_and_masked_values(url, capsys):
    [record] = listed(url, capsys, "--user", "王秘书")
    assert list(record) == CONTRACT and list(record["changes"][0]) == CHANGE_CONTRACT
    assert (record["at"], record["entity"], record["entity_label"], record["entity_id"], record["action"]) == (
        "2026-03-02T00:30:00+08:00", "case_parties", "案件当事人", 3, "update")
    assert record["changes"] == [{"field": "phone", "label": "电话", "before": "", "after": "138****5678"}]


def test_the_kind_filter_takes_a_chinese_name(url, capsys):
    assert [r["user"] for r in listed(url, capsys, "--entity", "会议")] == ["李秘书"]


def test_the_date_filter_reads_beijing_days(url, capsys):
    found = listed(url, capsys, "--from", "2026-03-02", "--to", "2026-03-04")
    assert [r["user"] for r in found] == ["王秘书"]


def test_the_text_filter(url, capsys):
    assert [r["user"] for r in listed(url, capsys, "--text", "例会")] == ["李秘书"]


def test_the_table_lists_the_entry(url, capsys):
    capsys.readouterr()
    assert main(["--database", url, "list", "audit", "--user", "李秘书"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 2 and "会议" in lines[1] and "2026-03-05 10:00" in lines[1] and "标题" in lines[1]


def test_a_bad_date_is_a_usage_error(url, capsys):
    assert "YYYY-MM-DD" in usage_error(url, capsys, "list", "audit", "--from", "2026-13-01")


def test_an_unknown_kind_is_a_usage_error(url, capsys):
    assert "未知的记录类型" in usage_error(url, capsys, "list", "audit", "--entity", "无此类")


def test_audit_options_are_refused_for_other_lists(url, capsys):
    capsys.readouterr()
    assert main(["--database", url, "list", "meetings", "--user", "王秘书"]) == 2
    assert "不接受" in capsys.readouterr().err


def test_export_writes_the_filtered_masked_sheet(url, capsys, tmp_path):
    out = tmp_path / "log.xlsx"
    assert main(["--database", url, "export", "audit", "-o", str(out), "--user", "王秘书"]) == 0
    rows = list(openpyxl.load_workbook(out)["操作日志"].iter_rows(min_row=2, values_only=True))
    assert [(r[1], r[2], r[7]) for r in rows] == [("王秘书", "案件当事人", "电话：138****5678")]
    assert "（1 条）" in capsys.readouterr().out
