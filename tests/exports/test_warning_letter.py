"""预警提示函, the meeting's warning list and the report, read back (python-docx, openpyxl)."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date, datetime, timedelta, timezone

import openpyxl
import pytest
from docx import Document
from docx.oxml.ns import qn

from desktop.exports.warning_letter import write_warning_letter, write_warning_list
from desktop.exports.warning_report import write_warning_report
from desktop.services.warnings import core
from desktop.services.warnings.core import WarningDraft
from desktop.services.warnings.documents import warning_letter, warning_list, warning_report
from tests.services.warning_support import suggested
from tests.support import need

NOW = datetime(2026, 3, 2, 2, tzinfo=timezone.utc)


def run(db, work):
    return db.run(work, "测试员")[0]


def issued(db, drill=False, enterprise=0, level="orange", now=NOW):
    wid = suggested(db, level, enterprise=enterprise, drill=drill)
    run(db, lambda s: core.issue_suggestion(s, wid, WarningDraft(
        starts=date(2026, 3, 2), measures="督促企业制定欠薪清偿计划", scope="生产车间职工"), now=now))
    return wid


def letter_docx(db, wid, tmp_path):
    with db.reading() as s:
        letter = warning_letter(s, wid)
    return write_warning_letter(letter, tmp_path / f"letter{wid}.docx")


def texts(path) -> list[str]:
    doc = Document(str(path))
    cells = [c.text for t in doc.tables for row in t.rows for c in row.cells]
    return [p.text for p in doc.paragraphs] + cells


def test_the_letter_has_its_title_number_enterprise_level_and_measures(db, tmp_path):
    wid = issued(db)
    path = letter_docx(db, wid, tmp_path)
    doc = Document(str(path))
    paras = [p.text for p in doc.paragraphs]
    assert paras[0] == "预警提示函" and doc.paragraphs[0].style.name == "公文标题"
    assert paras[1] == "经开工预〔2026〕1号" and doc.paragraphs[1].style.name == "发文字号"
    assert paras[2] == "北京甲科技有限公司："
    all_text = "\n".join(texts(path))
    assert "发布橙色（II级）预警" in all_text and "督促企业制定欠薪清偿计划" in all_text
    assert "2026年3月2日" in paras and "演练" not in all_text
    assert all(r._element.rPr.rFonts.get(qn("w:eastAsia")) for p in doc.paragraphs for r in p.runs)


def test_a_drill_letter_is_marked_and_takes_no_number(db, tmp_path):
    path = letter_docx(db, issued(db, drill=True), tmp_path)
    paras = [p.text for p in Document(str(path)).paragraphs]
    assert paras[0].startswith("【演练】") and paras[1] == "预警提示函（演练）"
    assert paras[2] == "演练文书　不编号" and "〔" not in paras[2]


def test_the_letter_lists_the_changes_of_its_chain(db, tmp_path):
    wid = issued(db)
    run(db, lambda s: core.adjust_level(s, wid, "red", "欠薪扩大", now=NOW + timedelta(days=5)))
    text = "\n".join(texts(letter_docx(db, wid, tmp_path)))
    assert "预警变更情况" in text and "2026年3月7日，调整为红色（I级）预警，理由：欠薪扩大。" in text


def test_a_suggestion_has_no_letter(db):
    wid = suggested(db)
    with db.reading() as s, pytest.raises(Exception, match="尚未签发"):
        warning_letter(s, wid)


def test_the_meeting_list_puts_red_first_and_keeps_drills_out_of_the_count(db, tmp_path):
    issued(db, level="orange")
    issued(db, level="red", enterprise=1)
    issued(db, level="red", drill=True, enterprise=2)
    with db.reading() as s:
        data = warning_list(s, today=date(2026, 3, 5))
    path = write_warning_list(data, tmp_path / "清单.docx")
    doc = Document(str(path))
    assert doc.paragraphs[0].text == "劳资矛盾预警清单"
    assert "共2项，其中红色（I级）1项、橙色（II级）1项；另有演练预警1项" in doc.paragraphs[1].text
    names = [row.cells[1].text for row in doc.tables[0].rows[1:]]
    assert names == ["北京乙制造有限公司", "北京甲科技有限公司", "北京丙物流有限公司（演练）"]


def test_the_report_has_a_row_per_warning_and_one_per_message(db, tmp_path):
    a = issued(db)
    run(db, lambda s: core.lift_warning(s, a, "已补发", now=NOW + timedelta(days=1)))
    issued(db, enterprise=1, now=datetime(2026, 6, 1, 2, tzinfo=timezone.utc))
    with db.reading() as s:
        report = warning_report(s, date(2026, 3, 1), date(2026, 3, 31))
    path = write_warning_report(tmp_path / "预警.xlsx", report)
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == ["预警", "消息记录"]
    rows = list(book["预警"].values)
    assert rows[0][:3] == ("编号", "提示函编号", "企业名称")
    assert [(r[1], r[2], r[8]) for r in rows[1:]] == [("经开工预〔2026〕1号", "北京甲科技有限公司", "已解除")]
    messages = list(book["消息记录"].values)
    assert [(r[2], r[3], r[7]) for r in messages[1:]] == [(1, "签发", "欠薪1.5个月，在1至2个月之间。"),
                                                          (2, "解除", "已补发")]
    assert messages[1][9] == datetime(2026, 3, 2, 10, 0)


@pytest.mark.slow
def test_the_letter_renders_in_libreoffice(db, tmp_path):
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    need(soffice is not None, "LibreOffice (soffice) is not installed")
    need(shutil.which("pdftotext") is not None, "poppler-utils (pdftotext) is not installed")
    path = letter_docx(db, issued(db, drill=True), tmp_path)
    subprocess.run([soffice, "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path), str(path)],
                   check=True, capture_output=True, timeout=180)
    text = subprocess.run(["pdftotext", "-layout", str(path.with_suffix(".pdf")), "-"],
                          check=True, capture_output=True, text=True).stdout.replace(" ", "")
    assert "预警提示函（演练）" in text and "【演练】" in text and "北京甲科技有限公司" in text
