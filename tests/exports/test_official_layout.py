"""The official-layout template and builder: page, grid, styles and East Asian fonts read back."""

from __future__ import annotations

import shutil
import subprocess

import pytest
from docx import Document
from docx.oxml.ns import qn
from docx.shared import Mm

from desktop.errors import UserError
from desktop.exports import official_style as S
from desktop.exports.official import OfficialDocument, default_template
from tests.support import need

FULL_LINE = "一二三四五六七八九十" * 2 + "一二三四五六七八"  # 28 characters


def _mm(length) -> float:
    return round(length / Mm(1), 1)


def test_template_page_is_a4_with_gb_margins():
    section = Document(str(default_template())).sections[0]
    assert (_mm(section.page_width), _mm(section.page_height)) == (210, 297)
    assert (_mm(section.top_margin), _mm(section.left_margin)) == (37, 28)
    text_w = _mm(section.page_width - section.left_margin - section.right_margin)
    text_h = _mm(section.page_height - section.top_margin - section.bottom_margin)
    assert (text_w, text_h) == (156, 225)


def test_template_has_22_line_grid():
    grid = Document(str(default_template())).sections[0]._sectPr.find(qn("w:docGrid"))
    assert grid.get(qn("w:linePitch")) == "579"
    assert 22 * 579 / 20 <= 225 / 25.4 * 72 < 23 * 579 / 20


def test_body_runs_carry_east_asian_font(tmp_path):
    doc = OfficialDocument()
    doc.title("标题")
    doc.heading(1, "一、会议时间")
    doc.paragraph("正文内容")
    out = doc.save(tmp_path / "a.docx")
    paras = Document(str(out)).paragraphs
    fonts = [run._element.rPr.rFonts.get(qn("w:eastAsia")) for p in paras for run in p.runs]
    assert fonts == [S.FONT_TITLE, S.FONT_HEI, S.FONT_BODY]


def test_template_without_a_style_is_refused_with_its_name(tmp_path):
    bare = tmp_path / "bare.docx"
    Document().save(str(bare))
    with pytest.raises(UserError) as err:
        OfficialDocument(bare)
    assert "公文标题" in str(err.value)


def test_save_into_missing_folder_writes_nothing(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(UserError):
        OfficialDocument().save(out / "nope" / "a.docx")
    assert list(out.iterdir()) == []


def _render_text(docx_path, tmp_path) -> list[str]:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    need(soffice is not None, "LibreOffice (soffice) is not installed")
    need(shutil.which("pdftotext") is not None, "poppler-utils (pdftotext) is not installed")
    subprocess.run([soffice, "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path),
                    str(docx_path)], check=True, capture_output=True, timeout=180)
    pdf = docx_path.with_suffix(".pdf")
    assert pdf.exists(), "LibreOffice did not produce a PDF"
    first_page = subprocess.run(["pdftotext", "-f", "1", "-l", "1", "-layout", str(pdf), "-"],
                                check=True, capture_output=True, text=True).stdout
    return [line.strip() for line in first_page.splitlines() if line.strip()]


@pytest.mark.slow
def test_rendered_page_has_28_characters_a_line_and_22_lines(tmp_path):
    doc = OfficialDocument()
    for _ in range(30):
        doc.paragraph(FULL_LINE).paragraph_format.first_line_indent = 0
    lines = _render_text(doc.save(tmp_path / "grid.docx"), tmp_path)
    body = [line for line in lines if line.startswith("一")]
    assert body[0].replace(" ", "") == FULL_LINE
    assert len(body) == 22
