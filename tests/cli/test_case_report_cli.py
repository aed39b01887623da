"""``report cases``: both formats read back, the period, and the usage errors that exit 2."""

from __future__ import annotations

from datetime import date

import openpyxl
import pytest
from docx import Document

from desktop.cli import main
from tests.services.test_dispute_cases import GOOD_ID, advance, new_case


@pytest.fixture
def url(db) -> str:
    settled = new_case(db, date(2026, 3, 2))
    advance(db, settled, "达成协议", date(2026, 3, 10), terms="支付工资", perform_by=date(2026, 4, 1))
    new_case(db, date(2026, 3, 5))
    new_case(db, date(2026, 5, 5))
    return db.target.url.render_as_string(hide_password=False)


def cli(url, *args) -> int:
    return main(["--database", url, "report", "cases", *args])


def summary(path) -> dict:
    rows = openpyxl.load_workbook(path)["汇总"].iter_rows(min_row=2, values_only=True)
    return dict(rows)


def test_the_workbook_counts_the_cases_of_the_period(url, tmp_path, capsys):
    out = tmp_path / "march.xlsx"
    assert cli(url, "--from", "2026-03-01", "--to", "2026-03-31", "-o", str(out)) == 0
    figures = summary(out)
    assert (figures["受理案件"], figures["达成协议"]) == (2, 1)
    assert "已导出 2 件案件" in capsys.readouterr().out


def test_without_a_period_every_case_counts(url, tmp_path):
    out = tmp_path / "all.xlsx"
    assert cli(url, "-o", str(out)) == 0
    assert summary(out)["受理案件"] == 3
    assert len(list(openpyxl.load_workbook(out)["案件清单"].iter_rows(min_row=2))) == 3


def test_the_case_list_is_masked(url, tmp_path):
    out = tmp_path / "all.xlsx"
    assert cli(url, "-o", str(out)) == 0
    values = [v for row in openpyxl.load_workbook(out)["案件清单"].iter_rows(values_only=True) for v in row]
    assert GOOD_ID not in map(str, values)


def test_the_document_is_written_in_the_official_layout(url, tmp_path):
    out = tmp_path / "march.docx"
    assert cli(url, "--from", "2026-03-01", "--to", "2026-03-31", "-o", str(out)) == 0
    paragraphs = [p for p in Document(str(out)).paragraphs]
    assert paragraphs[0].text == "劳动争议调解工作情况统计" and paragraphs[0].style.name == "公文标题"
    assert any("共受理劳动争议案件2件" in p.text for p in paragraphs)


def test_another_suffix_exits_2_and_writes_nothing(url, tmp_path, capsys):
    out = tmp_path / "cases.csv"
    assert cli(url, "-o", str(out)) == 2
    assert not out.exists()
    assert ".xlsx 或 .docx" in capsys.readouterr().err


def test_from_after_to_exits_2(url, tmp_path, capsys):
    out = tmp_path / "cases.xlsx"
    assert cli(url, "--from", "2026-04-01", "--to", "2026-03-01", "-o", str(out)) == 2
    assert not out.exists()
    assert "--from 晚于 --to" in capsys.readouterr().err


def test_a_bad_date_exits_2(url, tmp_path):
    with pytest.raises(SystemExit) as exited:
        cli(url, "--from", "2026-02-30", "-o", str(tmp_path / "cases.xlsx"))
    assert exited.value.code == 2
