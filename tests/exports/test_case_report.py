"""The case report read back: the workbook's five sheets with openpyxl, the official-layout
report with python-docx, figures checked against cases created in the test."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import openpyxl
import pytest
from docx import Document
from sqlalchemy import update

from desktop.errors import UserError
from desktop.exports.case_report import write_case_report
from desktop.models import CaseClaim
from desktop.services.disputes import core
from desktop.services.disputes.statistics import case_statistics
from tests.services.test_dispute_cases import GOOD_ID, PHONE, advance, agree, new_case

SHEETS = ["汇总", "按类别", "按来源", "按调解员", "案件清单"]


@pytest.fixture
def board(db):
    """Three March cases: one settled on time for 8000 of 12000, one failed and closed, one at 受理."""
    wang = db.run(lambda s: core.add_mediator(s, "王调解"), "秘书")[0]
    settled = new_case(db, date(2026, 3, 2), mediator_id=wang)
    agree(db, settled, date(2026, 3, 10), date(2026, 4, 10))
    db.run(lambda s: s.execute(update(CaseClaim).where(CaseClaim.case_id == settled)
                               .values(agreed_amount=Decimal("8000"))), "秘书")
    failed = new_case(db, date(2026, 3, 3), category="确认劳动关系", source="online")
    advance(db, failed, "调解不成", date(2026, 3, 9))
    advance(db, failed, "结案", date(2026, 3, 13))
    new_case(db, date(2026, 3, 4), mediation_body="enterprise")
    new_case(db, date(2026, 4, 1))                                     # outside the period
    with db.reading() as s:
        return case_statistics(s, date(2026, 3, 1), date(2026, 3, 31), today=date(2026, 6, 30))


def sheet_rows(path, title) -> list[tuple]:
    book = openpyxl.load_workbook(path)
    return [tuple(r) for r in book[title].iter_rows(values_only=True)]


def summary(path) -> dict:
    return dict(sheet_rows(path, "汇总")[1:])


def test_the_workbook_has_its_five_sheets(board, tmp_path):
    path = write_case_report(tmp_path / "cases.xlsx", board)
    assert openpyxl.load_workbook(path).sheetnames == SHEETS


def test_the_summary_sheet_holds_the_period_figures(board, tmp_path):
    figures = summary(write_case_report(tmp_path / "cases.xlsx", board))
    assert (figures["受理案件"], figures["进入调解"], figures["达成协议"], figures["调解不成"]) == (3, 2, 1, 1)
    assert (figures["涉及职工人数"], figures["请求金额（元）"], figures["协议金额（元）"]) == (3, 36000, 8000)
    assert figures["期限内达成协议占达成协议的比例"] == "100.0%"
    assert figures["受理至结案天数（中位数）"] == 10
    assert figures["工会调解占受理案件的比例"] == "66.7%"


def test_the_category_sheet_counts_each_category(board, tmp_path):
    rows = sheet_rows(write_case_report(tmp_path / "cases.xlsx", board), "按类别")
    by_name = {r[0]: r[1:5] for r in rows[1:]}
    assert by_name["确认劳动关系"] == (1, 1, 0, 1)
    assert by_name["劳动报酬、工伤医疗费、经济补偿或者赔偿金"] == (2, 1, 1, 0)


def test_the_mediator_sheet_counts_each_mediator(board, tmp_path):
    rows = sheet_rows(write_case_report(tmp_path / "cases.xlsx", board), "按调解员")
    assert [(r[0], r[1]) for r in rows[1:]] == [("未指定调解员", 2), ("王调解", 1)]


def test_the_case_list_has_one_row_per_case_with_numbers_masked(board, tmp_path):
    rows = sheet_rows(write_case_report(tmp_path / "cases.xlsx", board), "案件清单")
    header, cases = rows[0], rows[1:]
    assert [r[header.index("案号")] for r in cases] == [
        "（2026）经开工调字第1号", "（2026）经开工调字第2号", "（2026）经开工调字第3号"]
    ids, phones = header.index("身份证号（遮蔽）"), header.index("联系电话（遮蔽）")
    assert {r[ids] for r in cases} == {GOOD_ID[:6] + "********" + GOOD_ID[-4:]}
    assert {r[phones] for r in cases} == {"138****5678"}
    text = repr(rows)
    assert GOOD_ID not in text and PHONE not in text


def docx_text(path) -> str:
    doc = Document(str(path))
    cells = [c.text for t in doc.tables for row in t.rows for c in row.cells]
    return "\n".join([p.text for p in doc.paragraphs] + cells)


def test_the_document_states_the_figures_in_words(board, tmp_path):
    text = docx_text(write_case_report(tmp_path / "cases.docx", board))
    assert "劳动争议调解工作情况统计" in text
    assert "2026年3月1日至2026年3月31日，共受理劳动争议案件3件，涉及职工3人" in text
    assert "达成调解协议1件，协议金额8,000.00元；调解不成1件" in text
    assert "占达成协议案件的100.0%" in text and "中位数为10日" in text and "占受理案件的66.7%" in text


def test_the_document_tables_list_categories_sources_and_mediators(board, tmp_path):
    doc = Document(str(write_case_report(tmp_path / "cases.docx", board)))
    firsts = [[row.cells[0].text for row in t.rows] for t in doc.tables]
    assert firsts[0] == ["争议类别", "确认劳动关系", "劳动报酬、工伤医疗费、经济补偿或者赔偿金"]
    assert firsts[1] == ["案件来源", "当事人申请", "线上申请"]
    assert firsts[2] == ["调解员", "未指定调解员", "王调解"]


def test_the_document_names_no_worker(board, tmp_path):
    text = docx_text(write_case_report(tmp_path / "cases.docx", board))
    assert "张三" not in text and GOOD_ID[-4:] not in text and PHONE[-4:] not in text


def test_another_suffix_is_refused_and_writes_nothing(board, tmp_path):
    with pytest.raises(UserError):
        write_case_report(tmp_path / "cases.csv", board)
    assert not (tmp_path / "cases.csv").exists()
