"""Write resources/templates/official.docx: the GB/T 9704 page, grid, footer and named styles.

Run once when the layout rules change; a secretary may then restyle the file in Word or WPS
and the app keeps filling it by style name.
"""

from __future__ import annotations

import sys
from pathlib import Path

from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from desktop.exports import official_style as S  # noqa: E402

ALIGN = {"left": WD_ALIGN_PARAGRAPH.LEFT, "center": WD_ALIGN_PARAGRAPH.CENTER,
         "right": WD_ALIGN_PARAGRAPH.RIGHT, "justify": WD_ALIGN_PARAGRAPH.JUSTIFY}


def set_fonts(r_pr_owner, east_asia: str, latin: str = S.FONT_LATIN) -> None:
    r_fonts = r_pr_owner.get_or_add_rPr().get_or_add_rFonts()
    for attr in ("w:ascii", "w:hAnsi", "w:cs"):
        r_fonts.set(qn(attr), latin)
    r_fonts.set(qn("w:eastAsia"), east_asia)


def page_setup(section) -> None:
    section.page_width, section.page_height = Mm(S.PAGE_WIDTH_MM), Mm(S.PAGE_HEIGHT_MM)
    section.top_margin, section.bottom_margin = Mm(S.MARGIN_TOP_MM), Mm(S.MARGIN_BOTTOM_MM)
    section.left_margin, section.right_margin = Mm(S.MARGIN_LEFT_MM), Mm(S.MARGIN_RIGHT_MM)
    # The page number's line starts 7 mm below the text block (35 mm from the bottom edge); a
    # footer that reached into the bottom margin would shrink the text block in LibreOffice.
    section.footer_distance = Mm(22)
    sect_pr = section._sectPr
    grid = sect_pr.find(qn("w:docGrid"))
    if grid is None:
        grid = OxmlElement("w:docGrid")
        sect_pr.append(grid)
    grid.set(qn("w:type"), S.GRID_TYPE)
    grid.set(qn("w:linePitch"), str(S.LINE_PITCH_TWIPS))
    grid.set(qn("w:charSpace"), str(S.CHAR_SPACE))


def page_number(doc, paragraph, align) -> None:
    """``— N —`` in 4号宋体: a PAGE field between em-dash runs."""
    paragraph.alignment = align
    paragraph.style = doc.styles["页码"]
    for text in ("— ", None, " —"):
        if text is None:
            field = OxmlElement("w:fldSimple")
            field.set(qn("w:instr"), "PAGE")
            inner = OxmlElement("w:r")
            t = OxmlElement("w:t")
            t.text = "1"
            inner.append(t)
            field.append(inner)
            paragraph._p.append(field)
        else:
            run = paragraph.add_run(text)
            set_fonts(run._element, S.FONT_SONG)


def add_styles(doc) -> None:
    normal = doc.styles["Normal"]
    normal.font.size = Pt(S.BODY_PT)
    set_fonts(normal.element, S.FONT_BODY)
    spacing = OxmlElement("w:spacing")
    spacing.set(qn("w:val"), str(S.CONDENSE_TWENTIETHS))
    normal.element.get_or_add_rPr().append(spacing)
    fmt = normal.paragraph_format
    fmt.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    fmt.line_spacing = Pt(S.LINE_PITCH_TWIPS / 20)
    fmt.space_before = fmt.space_after = Pt(0)
    for spec in S.STYLES:
        style = doc.styles.add_style(spec.name, WD_STYLE_TYPE.PARAGRAPH)
        style.base_style = normal
        style.quick_style = True
        style.font.size = Pt(spec.size_pt)
        style.font.bold = spec.bold
        set_fonts(style.element, spec.east_asia)
        pf = style.paragraph_format
        pf.alignment = ALIGN[spec.align]
        pf.first_line_indent = Pt(spec.size_pt * spec.first_line_chars) if spec.first_line_chars else None
        if spec.space_before_lines:
            pf.space_before = Pt(S.LINE_PITCH_TWIPS / 20 * spec.space_before_lines)
        if spec.space_after_lines:
            pf.space_after = Pt(S.LINE_PITCH_TWIPS / 20 * spec.space_after_lines)
        if spec.size_pt != S.BODY_PT:
            pf.line_spacing_rule = WD_LINE_SPACING.SINGLE if spec.size_pt > S.BODY_PT else WD_LINE_SPACING.EXACTLY
            if spec.size_pt < S.BODY_PT:
                pf.line_spacing = Pt(S.LINE_PITCH_TWIPS / 20)
        if spec.name in ("页码", "表格文字"):
            pf.line_spacing_rule = WD_LINE_SPACING.SINGLE
            snap = OxmlElement("w:snapToGrid")  # table rows and the footer keep their own height
            snap.set(qn("w:val"), "0")
            style.element.get_or_add_pPr().append(snap)


def build(path: Path) -> None:
    doc = Document()
    add_styles(doc)
    section = doc.sections[0]
    page_setup(section)
    doc.settings.odd_and_even_pages_header_footer = True
    page_number(doc, section.footer.paragraphs[0], WD_ALIGN_PARAGRAPH.RIGHT)
    page_number(doc, section.even_page_footer.paragraphs[0], WD_ALIGN_PARAGRAPH.LEFT)
    core = doc.core_properties
    core.title, core.author, core.comments = "公文模板", "三方联席秘书台", "GB/T 9704-2012 版式"
    body = doc.element.body
    for child in list(body):
        if child.tag != qn("w:sectPr"):
            body.remove(child)
    path.parent.mkdir(parents=True, exist_ok=True)
    doc.save(str(path))


if __name__ == "__main__":
    out = ROOT / "resources" / "templates" / "official.docx"
    build(out)
    print(f"wrote {out.relative_to(ROOT)}")
