"""The screening sheet: exported, filled in with openpyxl, imported, read back from the database."""

from __future__ import annotations

from decimal import Decimal

import openpyxl
import pytest
from sqlalchemy import func, select

from desktop.errors import UserError
from desktop.exports.screening_sheet import export_screening_sheet
from desktop.models import EarlyWarning, ScreeningEntry
from desktop.services.importing import ImportFileError, ImportRefused
from desktop.services.screenings.core import list_entries, set_result
from desktop.services.screenings.plan import SHEET_HEADERS, SheetAction
from desktop.services.screenings.results import ResultData
from desktop.services.screenings.sheet import (
    apply_sheet_import,
    ensure_sheet_plan_current,
    plan_sheet_import,
)
from tests.services.enterprise_support import write_csv, wrong_check
from tests.services.screening_support import C, fill_sheet, new_campaign, seed_register

OTHER = "91110000600037341L"   # a valid code the register does not hold


@pytest.fixture
def campaign(db):
    seed_register(db)
    return new_campaign(db)


@pytest.fixture
def sheet(db, campaign, tmp_path):
    path = tmp_path / "排查表.xlsx"
    with db.reading() as s:
        export_screening_sheet(s, campaign, path)
    return path


def entries(db, campaign) -> dict[str, object]:
    with db.reading() as s:
        return {e.enterprise: e for e in list_entries(s, campaign)}


def plan(db, campaign, path):
    with db.reading() as s:
        return plan_sheet_import(s, campaign, path)


def apply(db, the_plan, **kw):
    return db.run(lambda s: apply_sheet_import(s, the_plan, **kw), "测试员")[0]


def screened_count(db) -> int:
    with db.reading() as s:
        return s.scalar(select(func.count()).select_from(ScreeningEntry).where(ScreeningEntry.screened_at.is_not(None)))


def test_the_sheet_has_the_eight_headers_in_order_and_the_code_and_name_filled(db, sheet, campaign):
    book = openpyxl.load_workbook(sheet)
    rows = list(book.active.iter_rows(values_only=True))
    assert rows[0][:8] == SHEET_HEADERS
    assert rows[0][8:] == ("负责单位", "所属园区/街道")
    assert len(rows) == 7
    by_code = {r[0]: r for r in rows[1:]}
    assert by_code[C[0]][1] == "北京甲科技有限公司" and by_code[C[0]][9] == "马驹桥片区"
    assert all(v is None for r in rows[1:] for v in r[2:8])
    assert book.active.title == "2027年春节前欠薪排查"


def test_round_trip_writes_the_results_and_suggests_warnings(db, sheet, campaign, tmp_path):
    filled = fill_sheet(sheet, tmp_path / "回收.xlsx", {
        C[0]: [2.5, 30, 1_200_000, 0, 0, "已约谈"],
        C[1]: [0, 0, 0, 0, 0],
        "北京己无码商店": [0.5, 2, 8000, None, None],     # no code: matched by its name
    })
    the_plan = plan(db, campaign, filled)
    counts = the_plan.counts
    assert (counts.new, counts.changed, counts.unchanged, counts.empty, counts.rejected) == (3, 0, 0, 3, 0)
    result = apply(db, the_plan)
    got = entries(db, campaign)
    first = got["北京甲科技有限公司"]
    assert (first.arrears_months, first.workers_affected, first.amount_owed, first.notes, first.screened_by) == (
        Decimal("2.5"), 30, Decimal(1_200_000), "已约谈", "测试员")
    assert got["北京乙制造有限公司"].screened and not got["北京乙制造有限公司"].found_problem
    assert got["北京己无码商店"].insurance_months is None and got["北京己无码商店"].screened
    assert not got["北京丙物流有限公司"].screened        # its row was left empty
    with db.reading() as s:
        suggested = s.scalar(select(func.count()).select_from(EarlyWarning))
    assert result.new == 3 and result.suggested == suggested == 2
    assert "预警建议新增 2 条" in result.summary.text


def test_a_second_import_tells_changed_from_unchanged_and_leaves_empty_rows_alone(db, sheet, campaign, tmp_path):
    apply(db, plan(db, campaign, fill_sheet(sheet, tmp_path / "1.xlsx", {C[0]: [1, 5, 100, 0, 0],
                                                                         C[1]: [0, 0, 0, 0, 0]})))
    again = plan(db, campaign, fill_sheet(sheet, tmp_path / "2.xlsx", {C[0]: [1, 5, 100, 0, 0],
                                                                       C[2]: [3, 8, 0, 0, 0]}))
    by_row = {r.uscc: r for r in again.rows}
    assert by_row[C[0]].action is SheetAction.UNCHANGED
    assert by_row[C[1]].action is SheetAction.EMPTY       # screened before, left as it is
    assert by_row[C[2]].action is SheetAction.NEW
    changed = plan(db, campaign, fill_sheet(sheet, tmp_path / "3.xlsx", {C[0]: [1.5, 5, 100, 0, 0]}))
    row = next(r for r in changed.rows if r.uscc == C[0])
    assert row.action is SheetAction.CHANGED and "欠薪月数" in row.reason_text
    apply(db, again)
    assert entries(db, campaign)["北京乙制造有限公司"].screened


def test_planted_bad_rows_are_rejected_with_their_row_numbers_and_nothing_is_written(db, sheet, campaign, tmp_path):
    filled = fill_sheet(sheet, tmp_path / "坏.xlsx", {C[0]: [1, 5, 100, 0, 0]}, extra_rows=[
        [OTHER, "外区企业", 1, 1, 1, 0, 0],                    # row 8: not in the register
        [wrong_check(C[5]), "错码企业", 0, 0, 0, 0, 0],          # row 9: check character
        [C[1], "北京乙制造有限公司", -1, 0, 0, 0, 0],             # row 10: negative
        [C[2], "北京丙物流有限公司", "两个月", 0, 0, 0, 0],        # row 11: not a number
        [C[3], "北京丁食品有限公司", 121, 0, 0, 0, 0],            # row 12: more than 120 months
        [C[4], "北京戊电子有限公司", 1, 301, 0, 0, 0],            # row 13: more than its 300 workers
        [C[0], "北京甲科技有限公司", 0, 0, 0, 0, 0],              # row 14: duplicate of a row above
        ["", "没有代码的企业", 1, 0, 0, 0, 0],                   # row 15: no code, no match
    ])
    the_plan = plan(db, campaign, filled)
    reports = [r.report for r in the_plan.rejected]
    assert [r.row for r in the_plan.rejected] == [8, 9, 10, 11, 12, 13, 14, 15]
    assert "不在企业名录中" in reports[0] and "校验位不正确" in reports[1]
    assert reports[2] == "第10行：欠薪月数“-1”不能为负数。"
    assert "不是数字" in reports[3] and "应在0到120之间" in reports[4]
    assert reports[5] == "第13行：涉及职工人数“301”多于该企业的职工人数300。"
    assert "重复" in reports[6] and "缺少统一社会信用代码" in reports[7]
    with pytest.raises(ImportRefused, match="有 8 行被拒绝"):
        apply(db, the_plan)
    assert screened_count(db) == 0
    apply(db, the_plan, allow_rejected=True)
    assert screened_count(db) == 1


def test_a_code_of_the_register_outside_the_campaign_is_rejected(db, tmp_path):
    seed_register(db)
    campaign = new_campaign(db, park="马驹桥片区")
    path = tmp_path / "s.xlsx"
    with db.reading() as s:
        export_screening_sheet(s, campaign, path)
    the_plan = plan(db, campaign, fill_sheet(path, tmp_path / "f.xlsx", {}, extra_rows=[
        [C[4], "北京戊电子有限公司", 0, 0, 0, 0, 0]]))
    assert the_plan.rejected[0].reason_text == f"企业“北京戊电子有限公司”（{C[4]}）不在本次排查范围内。"


def test_codes_are_normalised_like_the_enterprise_import(db, campaign, tmp_path):
    full_width = "".join(chr(ord(ch) + 0xFEE0) for ch in C[0].lower())
    path = write_csv(tmp_path / "回收.csv", [[f" {full_width} ", "甲", "1", "2", "300", "0", "0", ""]],
                     encoding="gb18030", header=list(SHEET_HEADERS))
    the_plan = plan(db, campaign, path)
    assert the_plan.counts.new == 1 and the_plan.rows[0].uscc == C[0]


def test_a_file_without_the_sheet_columns_is_refused(db, campaign, tmp_path):
    path = write_csv(tmp_path / "x.csv", [["a", "b"]], header=["姓名", "电话"])
    with pytest.raises(ImportFileError, match="不是排查表"):
        plan(db, campaign, path)


def test_a_preview_overtaken_by_a_result_entered_meanwhile_is_refused(db, sheet, campaign, tmp_path):
    the_plan = plan(db, campaign, fill_sheet(sheet, tmp_path / "f.xlsx", {C[0]: [1, 1, 1, 0, 0]}))
    entry = entries(db, campaign)["北京甲科技有限公司"]
    db.run(lambda s: set_result(s, entry.id, ResultData("2")), "测试员")
    with pytest.raises(ImportRefused, match="预览之后有变化"):
        db.run(lambda s: ensure_sheet_plan_current(s, the_plan), "测试员")


def test_the_unscreened_list_holds_only_the_entries_not_screened(db, campaign, tmp_path):
    got = entries(db, campaign)
    for name in ("北京甲科技有限公司", "北京乙制造有限公司"):
        db.run(lambda s, e=got[name]: set_result(s, e.id, ResultData("0")), "测试员")
    path = tmp_path / "未排查.xlsx"
    with db.reading() as s:
        assert export_screening_sheet(s, campaign, path, unscreened=True) == 4
    rows = list(openpyxl.load_workbook(path).active.iter_rows(values_only=True))
    assert sorted(r[1] for r in rows[1:]) == ["北京丁食品有限公司", "北京丙物流有限公司", "北京己无码商店",
                                              "北京戊电子有限公司"]


def test_the_unscreened_list_of_a_finished_campaign_is_refused(db, campaign, tmp_path):
    for e in entries(db, campaign).values():
        db.run(lambda s, e=e: set_result(s, e.id, ResultData("0")), "测试员")
    with db.reading() as s, pytest.raises(UserError, match="都已排查"):
        export_screening_sheet(s, campaign, tmp_path / "x.xlsx", unscreened=True)
    assert not (tmp_path / "x.xlsx").exists()
