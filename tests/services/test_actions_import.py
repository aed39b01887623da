"""Importing a 督办台账 from .xlsx: preview, rejected rows with reasons, nothing half-imported."""

from __future__ import annotations

from datetime import date, datetime

import openpyxl
import pytest
from sqlalchemy import func, select

from desktop.models import ActionItem
from desktop.services.actions import importing as actions_import
from desktop.services.actions.detail import get_action
from desktop.services.actions.importing import apply_action_import, plan_action_import
from desktop.services.importing import ImportFileError, ImportRefused
from tests.services.action_support import new_action

HEADER = ["序号", "督办事项", "所属机制", "牵头单位", "协办单位", "责任人", "完成时限", "办理状态", "完成进度", "备注"]


def _ledger(tmp_path, rows, name="督办台账.xlsx"):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["经开区2026年督办事项台账"])       # a title row above the header
    sheet.append(HEADER)
    for row in rows:
        sheet.append(row)
    path = tmp_path / name
    book.save(path)
    return path


GOOD = [
    [1, "修订劳动争议联合调解工作规程", "劳动争议三方调处机制", "仲裁院", "工会调解中心、法院", "周文斌",
     datetime(2026, 12, 31), "办理中", 0.6, "第二次征求意见"],
    [2, "核查在建项目农民工工资专用账户", "warning", "劳动监察", "", "", "2026年10月15日", "已办结", "", ""],
]


def _count(db) -> int:
    with db.reading() as s:
        return s.scalar(select(func.count()).select_from(ActionItem))


def test_preview_shows_rows_with_their_stored_values(db, tmp_path):
    path = _ledger(tmp_path, [GOOD[0], [*GOOD[1][:3], "经开区劳动保障监察大队", *GOOD[1][4:]]])
    with db.reading() as s:
        plan = plan_action_import(s, path)
    assert plan.header_row == 2 and plan.ignored_columns == ("序号",)
    first, second = plan.rows
    assert (first.row, first.accepted, first.body_key, first.due, first.status, first.progress) == (
        3, True, "dispute", date(2026, 12, 31), "in_progress", 60)
    assert (second.body_key, second.due, second.status, second.progress) == (
        "warning", date(2026, 10, 15), "done", 100)
    assert _count(db) == 0                                        # a preview writes nothing


def test_rejected_rows_name_their_row_and_reason(db, tmp_path):
    new_action(db, body="tripartite", title="已有事项", lead="总工会")
    path = _ledger(tmp_path, [
        GOOD[0],
        ["", "", "tripartite", "总工会"],                                      # row 4: no title
        ["", "事项乙", "tripartite", "不存在的单位"],                            # row 5
        ["", "事项丙", "tripartite", "总工会", "", "", "明年"],                  # row 6
        ["", "事项丁", "tripartite", "总工会", "", "", "", "差不多了"],          # row 7
        ["", "修订劳动争议联合调解工作规程", "dispute", "仲裁院"],              # row 8: same as row 3
        ["", "已有事项", "三方协调委员会", "总工会"],                            # row 9: stored already
        ["", "事项戊", "", "总工会"],                                           # row 10: no body
        ["", "事项己", "tripartite", "总工会", "", "查无此人"],                  # row 11
    ])
    with db.reading() as s:
        plan = plan_action_import(s, path)
    reasons = {r.row: r.report for r in plan.rejected}
    assert sorted(reasons) == [4, 5, 6, 7, 8, 9, 10, 11]
    assert "督办事项为空" in reasons[4] and "不存在的单位" in reasons[5]
    assert "明年" in reasons[6] and "差不多了" in reasons[7]
    assert "与第3行是同一事项" in reasons[8] and "已有相同的督办事项" in reasons[9]
    assert "所属机制" in reasons[10] and "查无此人" in reasons[11]
    assert reasons[5].startswith("第5行：")


def test_rejected_rows_refuse_the_import_unless_skipped(db, tmp_path):
    path = _ledger(tmp_path, [GOOD[0], ["", "事项乙", "tripartite", "不存在的单位"], GOOD[1]])
    with pytest.raises(ImportRefused), db.transaction("测试员") as s:
        apply_action_import(s, plan_action_import(s, path))
    assert _count(db) == 0
    with db.transaction("测试员") as s:
        ids = apply_action_import(s, plan_action_import(s, path), allow_rejected=True)
    assert len(ids) == 2 and _count(db) == 2
    with db.reading() as s:
        item, closed = get_action(s, ids[0]), get_action(s, ids[1])
    assert item.co_organisations == ("经开区人民法院", "经开区总工会劳动争议调解中心")
    assert (item.owner, item.description, item.progress) == ("周文斌", "第二次征求意见", 60)
    assert (closed.status, closed.closed_by) == ("done", "测试员") and closed.closed_at is not None


def test_a_failure_while_writing_leaves_nothing_behind(db, tmp_path, monkeypatch):
    path = _ledger(tmp_path, GOOD)
    real = actions_import.create_action
    calls = []

    def fail_second(session, *args, **kwargs):
        calls.append(1)
        if len(calls) == 2:
            from desktop.errors import ValidationError
            raise ValidationError("模拟失败。")
        return real(session, *args, **kwargs)

    monkeypatch.setattr(actions_import, "create_action", fail_second)
    with pytest.raises(ImportRefused, match="第4行"), db.transaction("测试员") as s:
        apply_action_import(s, plan_action_import(s, path))
    assert _count(db) == 0


def test_default_body_fills_rows_without_one(db, tmp_path):
    path = _ledger(tmp_path, [["", "事项甲", "", "总工会"]])
    with db.reading() as s:
        plan = plan_action_import(s, path, default_body="bimonthly")
    assert plan.rows[0].accepted and plan.rows[0].body_key == "bimonthly"


def test_a_file_without_a_title_column_is_refused(db, tmp_path):
    book = openpyxl.Workbook()
    book.active.append(["姓名", "电话"])
    book.save(tmp_path / "people.xlsx")
    with pytest.raises(ImportFileError, match="督办事项"), db.reading() as s:
        plan_action_import(s, tmp_path / "people.xlsx")
