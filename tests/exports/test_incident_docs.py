"""An incident's reports as .docx read back with python-docx: heading, number line, 续报二, the
board table as of the report's time, headings in 黑体, the drill marks; and rendered by LibreOffice."""

from __future__ import annotations

import shutil
import subprocess
from datetime import timedelta

import pytest
from docx import Document
from docx.oxml.ns import qn

from desktop.errors import UserError
from desktop.exports.incident_docs import write_incident_report
from desktop.exports.official_style import FONT_HEI
from desktop.services.incidents import core, reports
from tests.services.incident_support import LEARNED, ack, new_incident, notify
from tests.support import need

VML = "urn:schemas-microsoft-com:vml"


def add_report(db, incident_id, kind, at, body=None) -> int:
    def work(s):
        text = body if body is not None else reports.draft(s, incident_id, kind, as_of=at)
        return reports.add_report(s, incident_id, kind, text, at=at, user="秘书")[0]
    return db.run(work, "秘书")[0]


def export(db, report_id, tmp_path, name="report.docx"):
    with db.reading() as s:
        return write_incident_report(s, report_id, tmp_path / name)


def paragraphs(path) -> list[str]:
    return [p.text for p in Document(str(path)).paragraphs]


def board_rows(path) -> list[list[str]]:
    table = Document(str(path)).tables[0]
    return [[c.text for c in row.cells] for row in table.rows]


def reported_incident(db) -> tuple[int, int]:
    """A level II incident: 公安 told in time and acknowledged, 信访 told late, the rest not yet."""
    incident_id = new_incident(db, level=2)
    notify(db, incident_id, "公安", LEARNED + timedelta(minutes=25))
    ack(db, incident_id, "公安", LEARNED + timedelta(minutes=30))
    notify(db, incident_id, "信访", LEARNED + timedelta(minutes=75), channel="传真")
    return incident_id, add_report(db, incident_id, "initial", LEARNED + timedelta(minutes=80))


def test_the_initial_report_has_its_heading_number_and_reporting_line(db, tmp_path):
    _incident, report_id = reported_incident(db)
    doc = Document(str(export(db, report_id, tmp_path)))
    paras = doc.paragraphs
    assert paras[0].text == "北京甲科技有限公司欠薪聚集情况初报" and paras[0].style.name == "公文标题"
    assert paras[1].text == "（2026）联动第1号 · 初报" and paras[1].style.name == "发文字号"
    assert paras[2].text == "报送单位：经开区总工会　报送时间：2026年3月2日10:20"
    assert [p.text for p in paras[-2:]] == ["经开区总工会", "2026年3月2日"]
    assert "演练" not in "".join(p.text for p in paras)


def test_body_lines_starting_with_a_chinese_numeral_are_level_one_headings_in_hei(db, tmp_path):
    _incident, report_id = reported_incident(db)
    doc = Document(str(export(db, report_id, tmp_path)))
    headings = [p for p in doc.paragraphs if p.style.name == "一级标题"]
    assert [p.text for p in headings] == ["一、基本情况", "二、职工主要诉求", "三、已采取的措施",
                                          "四、通报情况", "五、下一步工作"]
    assert {r._element.rPr.rFonts.get(qn("w:eastAsia")) for p in headings for r in p.runs} == {FONT_HEI}
    body = [p.text for p in doc.paragraphs if p.style.name == "公文正文"]
    assert any(t.startswith("2026年3月2日8时40分，北京甲科技有限公司发生欠薪聚集") for t in body)


def test_the_initial_report_shows_the_board_as_a_table_with_late_marks(db, tmp_path):
    _incident, report_id = reported_incident(db)
    rows = board_rows(export(db, report_id, tmp_path))
    assert rows[0] == ["单位", "通报时间", "方式", "签收时间", "是否超时"]
    by_party = {r[0]: r[1:] for r in rows[1:]}
    assert len(by_party) == 7
    police = next(v for k, v in by_party.items() if "公安" in k)
    petitions = next(v for k, v in by_party.items() if "信访" in k)
    assert police == ["3月2日09:25", "电话", "3月2日09:30", "否"]
    assert petitions == ["3月2日10:15", "传真", "—", "是，超15分钟"]
    assert sum(1 for v in by_party.values() if v == ["—", "—", "—", "未通报，已超时"]) == 5


def test_the_board_tables_header_row_repeats_on_the_next_page(db, tmp_path):
    _incident, report_id = reported_incident(db)
    first_row = Document(str(export(db, report_id, tmp_path))).tables[0].rows[0]._tr
    assert first_row.trPr.find(qn("w:tblHeader")) is not None


def test_the_board_shows_what_stood_at_the_reports_time_when_exported_later(db, tmp_path):
    incident_id, report_id = reported_incident(db)
    notify(db, incident_id, "法院", LEARNED + timedelta(minutes=90))      # after the 初报 went out
    court = next(r for r in board_rows(export(db, report_id, tmp_path))[1:] if "法院" in r[0])
    assert court[1:] == ["—", "—", "—", "未通报，已超时"]


def test_the_second_followup_says_xubao_er_in_heading_and_number_and_has_no_table(db, tmp_path):
    incident_id, _initial = reported_incident(db)
    add_report(db, incident_id, "followup", LEARNED + timedelta(minutes=120))
    second = add_report(db, incident_id, "followup", LEARNED + timedelta(minutes=180),
                        body="自续报一以来的新情况：\n1. 企业已筹措资金。")
    doc = Document(str(export(db, second, tmp_path)))
    assert doc.paragraphs[0].text == "北京甲科技有限公司欠薪聚集情况续报二"
    assert doc.paragraphs[1].text == "（2026）联动第1号 · 续报二"
    assert "1. 企业已筹措资金。" in [p.text for p in doc.paragraphs]
    assert doc.tables == []


def test_the_final_report_carries_the_board(db, tmp_path):
    incident_id, _initial = reported_incident(db)
    db.run(lambda s: core.close_incident(s, incident_id, "企业补发工资，职工散去",
                                         at=LEARNED + timedelta(hours=5)), "秘书")
    final = add_report(db, incident_id, "final", LEARNED + timedelta(hours=6))
    path = export(db, final, tmp_path)
    assert paragraphs(path)[0] == "北京甲科技有限公司欠薪聚集情况总结评估报告"
    assert len(board_rows(path)) == 8
    assert "企业补发工资，职工散去" in paragraphs(path)


def test_a_drill_report_is_marked_in_its_heading_header_and_watermark(db, tmp_path):
    incident_id = new_incident(db, drill=True)
    report_id = add_report(db, incident_id, "initial", LEARNED + timedelta(minutes=10))
    doc = Document(str(export(db, report_id, tmp_path)))
    titles = [p.text for p in doc.paragraphs if p.style.name == "公文标题"]
    assert titles == ["【演练】北京甲科技有限公司欠薪聚集情况初报"]
    header = doc.sections[0].header
    assert not header.is_linked_to_previous
    run = header.paragraphs[0].runs[0]
    assert (run.text, str(run.font.color.rgb)) == ("演练文件", "E00000")
    marks = header._element.findall(f".//{{{VML}}}textpath")
    assert [m.get("string") for m in marks if m.get("string")] == ["演练"]


def test_an_unknown_report_is_refused_and_nothing_is_written(db, tmp_path):
    with pytest.raises(UserError):
        export(db, 999, tmp_path)
    assert list(tmp_path.glob("*.docx")) == []


# ---------------------------------------------------------------- rendered

@pytest.mark.slow
def test_libreoffice_renders_a_drill_initial_report_with_its_board(db, tmp_path):
    from desktop.exports.docx_pdf import docx_to_pdf, find_soffice

    need(find_soffice() is not None, "LibreOffice (soffice) is not installed")
    need(shutil.which("pdftoppm") is not None and shutil.which("pdftotext") is not None,
         "poppler-utils (pdftoppm, pdftotext) are not installed")
    incident_id = new_incident(db, level=2, drill=True)
    notify(db, incident_id, "公安", LEARNED + timedelta(minutes=25))
    report_id = add_report(db, incident_id, "initial", LEARNED + timedelta(minutes=80))
    pdf = docx_to_pdf(export(db, report_id, tmp_path), tmp_path / "report.pdf")
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True,
                          check=True, text=True).stdout.replace(" ", "")
    assert "演练文件" in text and "【演练】北京甲科技有限公司" in text and "联动第1号·初报" in text
    assert "是否超时" in text and "未通报，已超时" in text
    subprocess.run(["pdftoppm", "-r", "60", "-png", str(pdf), str(tmp_path / "page")], check=True)
    assert sorted(p.name for p in tmp_path.glob("page-*.png"))
