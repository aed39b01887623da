"""Minutes as .docx read back: A4 and the GB/T 9704 margins, East Asian fonts on every run, the
document number, the attendance block, every decision, the closing block; templates refused
for missing placeholders; a LibreOffice render that must succeed."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date

import pytest
from docx import Document
from docx.oxml.ns import qn
from docx.shared import Mm

from desktop.errors import UserError
from desktop.exports import official_style as S
from desktop.exports.docx_pdf import docx_to_pdf, find_soffice
from desktop.exports.minutes_docx import default_template, write_minutes_docx
from desktop.exports.minutes_export import export_minutes
from desktop.services.minutes.content import (
    AttendanceLines,
    Block,
    DecisionLine,
    MinutesContent,
    Run,
    Section,
)
from tests.support import need

NUMBER = "经开三方纪〔2026〕3号"
DECISIONS = ("由人社局牵头开展春节前欠薪专项排查。", "总工会会同企联推进集体协商。", "建立月度研判制度。")


def content(**changes) -> MinutesContent:
    base = MinutesContent(
        title="2026年第四季度三方协调委员会全体会议纪要", doc_number=NUMBER,
        intro="2026年11月20日，张志强主持召开会议。现将会议议定事项纪要如下：",
        sections=(Section("一、欠薪风险研判", (
            Block.plain("会议听取了欠薪风险排查情况的汇报。"),
            Block((Run("会议强调，", True), Run("要压实属地责任。")),),
            Block.plain("建立台账", "number"), Block.plain("逐户回访", "number"),
            Block.plain("每周调度", "bullet"))),),
        decisions=tuple(DecisionLine(t) for t in DECISIONS), closing="会议要求抓好落实。",
        attendance=AttendanceLines(("张志强（人社局）", "王建国（总工会）"), ("陈立新（企联）",), ()),
        cc="市人力资源和社会保障局，市总工会", issuer="劳动关系三方协调机制办公室",
        printed_on=date(2026, 11, 24))
    return base.with_changes(**changes)


@pytest.fixture
def written(tmp_path):
    path = write_minutes_docx(content(), tmp_path / "minutes.docx")
    return Document(str(path))


def _mm(length) -> float:
    return round(length / Mm(1), 1)


def _texts(doc) -> list[str]:
    return [p.text for p in doc.paragraphs]


def _east_asia(run) -> str | None:
    r_pr = run._element.rPr
    return r_pr.rFonts.get(qn("w:eastAsia")) if r_pr is not None and r_pr.rFonts is not None else None


def test_page_is_a4_with_gb_margins_and_text_block(written):
    section = written.sections[0]
    assert (_mm(section.page_width), _mm(section.page_height)) == (210, 297)
    assert (_mm(section.top_margin), _mm(section.left_margin)) == (37, 28)
    assert _mm(section.page_width - section.left_margin - section.right_margin) == 156
    assert _mm(section.page_height - section.top_margin - section.bottom_margin) == 225


def test_every_run_names_its_east_asian_font(written):
    runs = [r for p in written.paragraphs for r in p.runs if r.text]
    assert runs and all(_east_asia(r) for r in runs)
    by_text = {r.text: _east_asia(r) for r in runs}
    assert by_text[content().title] == S.FONT_TITLE
    assert by_text["一、欠薪风险研判"] == S.FONT_HEI
    assert by_text["会议听取了欠薪风险排查情况的汇报。"] == S.FONT_BODY
    assert by_text["（一）"] == S.FONT_KAI and by_text[DECISIONS[0]] == S.FONT_BODY
    assert by_text["出席："] == S.FONT_HEI and by_text["张志强（人社局）、王建国（总工会）"] == S.FONT_BODY


def test_title_number_and_body_use_the_named_styles(written):
    styles = {p.text: p.style.name for p in written.paragraphs}
    assert styles[content().title] == "公文标题" and styles[NUMBER] == "发文字号"
    assert styles["一、欠薪风险研判"] == "一级标题"
    assert styles["会议听取了欠薪风险排查情况的汇报。"] == "公文正文"
    bold = [r.text for p in written.paragraphs for r in p.runs if r.bold]
    assert bold == ["会议强调，"]


def test_lists_decisions_attendance_and_closing_block(written):
    texts = _texts(written)
    assert "1. 建立台账" in texts and "2. 逐户回访" in texts and "• 每周调度" in texts
    assert [t for t in texts if t.startswith("（")] == [
        f"（{n}）{d}" for n, d in zip("一二三", DECISIONS)]
    assert "出席：张志强（人社局）、王建国（总工会）" in texts and "请假：陈立新（企联）" in texts
    assert not any(t.startswith("列席") for t in texts)  # nobody observed: the line is left out
    assert "抄送：市人力资源和社会保障局，市总工会。" in texts
    assert "劳动关系三方协调机制办公室\t2026年11月24日印发" in texts
    assert not any("{{" in t for t in texts)


def test_page_numbers_stay_in_the_footer(written):
    footer = written.sections[0].footer.paragraphs[0]
    assert footer.text.startswith("— ") and footer.text.endswith(" —")
    assert footer._p.find(qn("w:fldSimple")).get(qn("w:instr")) == "PAGE"


def test_unissued_minutes_print_a_blank_date_and_no_number(tmp_path):
    doc = Document(str(write_minutes_docx(content(doc_number="", printed_on=None), tmp_path / "d.docx")))
    texts = _texts(doc)
    assert NUMBER not in texts and "劳动关系三方协调机制办公室\t　　年　　月　　日印发" in texts


def test_template_without_placeholders_is_refused_naming_them(tmp_path):
    bare = Document(str(default_template()))
    for p in bare.paragraphs:
        if "{{抄送}}" in p.text or "{{正文}}" in p.text:
            for run in p.runs:
                run.text = ""
    bare.save(str(tmp_path / "bare.docx"))
    with pytest.raises(UserError) as err:
        write_minutes_docx(content(), tmp_path / "out.docx", tmp_path / "bare.docx")
    assert "{{正文}}" in str(err.value) and "{{抄送}}" in str(err.value)
    assert "{{标题}}" not in str(err.value)
    assert not (tmp_path / "out.docx").exists()


def test_placeholder_split_over_runs_by_word_is_filled_keeping_the_runs(tmp_path):
    doc = Document(str(default_template()))
    [title] = [p for p in doc.paragraphs if p.text == "{{标题}}"]
    run = title.runs[0]
    run.text = "{{标"
    extra = title.add_run("题}}")
    extra.italic = True
    doc.save(str(tmp_path / "split.docx"))
    out = Document(str(write_minutes_docx(content(), tmp_path / "o.docx", tmp_path / "split.docx")))
    assert out.paragraphs[0].text == content().title and out.paragraphs[0].style.name == "公文标题"


def test_unknown_suffix_is_refused(tmp_path):
    with pytest.raises(UserError, match=".txt"):
        export_minutes(content(), tmp_path / "a.txt")


def test_libreoffice_renders_the_minutes_to_pdf_pages(tmp_path):
    need(find_soffice() is not None, "LibreOffice (soffice) is not installed")
    need(shutil.which("pdftoppm") is not None and shutil.which("pdftotext") is not None,
         "poppler-utils (pdftoppm, pdftotext) are not installed")
    docx_path = write_minutes_docx(content(), tmp_path / "m.docx")
    pdf = docx_to_pdf(docx_path, tmp_path / "m.pdf")
    assert pdf.read_bytes().startswith(b"%PDF")
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True,
                          check=True, text=True).stdout
    squeezed = text.replace(" ", "")
    assert "经开三方纪〔2026〕3号" in squeezed and "2026年11月24日印发" in squeezed
    assert "—1—" in squeezed
    subprocess.run(["pdftoppm", "-r", "40", "-png", str(pdf), str(tmp_path / "page")], check=True)
    assert sorted(p.name for p in tmp_path.glob("page-*.png"))


def test_a_failing_converter_is_an_error_and_leaves_no_file(tmp_path, monkeypatch):
    monkeypatch.setenv("TRIPARTITE_SOFFICE", "false")  # a "LibreOffice" that exits 1
    docx_path = write_minutes_docx(content(), tmp_path / "m.docx")
    with pytest.raises(UserError, match="LibreOffice 转换 PDF 失败"):
        docx_to_pdf(docx_path, tmp_path / "m.pdf")
    assert not (tmp_path / "m.pdf").exists()


def test_without_libreoffice_or_fallback_pdf_is_refused(tmp_path, monkeypatch):
    monkeypatch.setenv("TRIPARTITE_SOFFICE", "none")
    with pytest.raises(UserError, match="未找到 LibreOffice"):
        export_minutes(content(), tmp_path / "m.pdf")
