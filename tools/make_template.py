"""Write resources/templates/official.docx and minutes.docx: the GB/T 9704 page, grid, footer
and named styles; the minutes template adds the 纪要 layout with {{占位符}} to fill.

Run once when the layout rules change; a secretary may then restyle the files in Word or WPS
and the app keeps filling them by style name and placeholder.
"""

from __future__ import annotations

import sys
from pathlib import Path

from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING, WD_TAB_ALIGNMENT
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


def base_document(title: str):
    """A document with the page, grid, footer page numbers and named styles, and no body."""
    doc = Document()
    add_styles(doc)
    section = doc.sections[0]
    page_setup(section)
    doc.settings.odd_and_even_pages_header_footer = True
    page_number(doc, section.footer.paragraphs[0], WD_ALIGN_PARAGRAPH.RIGHT)
    page_number(doc, section.even_page_footer.paragraphs[0], WD_ALIGN_PARAGRAPH.LEFT)
    core = doc.core_properties
    core.title, core.author, core.comments = title, "三方联席秘书台", "GB/T 9704-2012 版式"
    body = doc.element.body
    for child in list(body):
        if child.tag != qn("w:sectPr"):
            body.remove(child)
    return doc


def build(path: Path) -> None:
    doc = base_document("公文模板")
    path.parent.mkdir(parents=True, exist_ok=True)
    doc.save(str(path))


# ---------------------------------------------------------------- 纪要 (minutes)

def border(paragraph, edge: str, eighths_pt: int) -> None:
    """A rule above or below a paragraph: the 版记 lines (GB/T 9704: 0.35 mm outer, 0.25 inner)."""
    p_pr = paragraph._p.get_or_add_pPr()
    borders = p_pr.find(qn("w:pBdr"))
    if borders is None:
        borders = OxmlElement("w:pBdr")
        p_pr.append(borders)
    line = OxmlElement(f"w:{edge}")
    for key, value in (("val", "single"), ("sz", str(eighths_pt)), ("space", "1"), ("color", "000000")):
        line.set(qn(f"w:{key}"), value)
    borders.append(line)


def text_run(paragraph, text: str, east_asia: str):
    run = paragraph.add_run(text)
    set_fonts(run._element, east_asia)
    return run


def attendance_style(doc) -> None:
    """出席名单: 仿宋, two characters in, wrapped lines aligned after the label's colon."""
    style = doc.styles.add_style(S.MINUTES_ATTENDANCE_STYLE, WD_STYLE_TYPE.PARAGRAPH)
    style.base_style = doc.styles["公文正文"]
    style.quick_style = True
    style.paragraph_format.left_indent = Pt(S.BODY_PT * 5)
    style.paragraph_format.first_line_indent = Pt(-S.BODY_PT * 3)
    style.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.LEFT


def build_minutes(path: Path) -> None:
    doc = base_document("会议纪要模板")
    attendance_style(doc)
    for style, text in (("公文标题", "{{标题}}"), ("发文字号", "{{文号}}"), ("公文正文", "{{正文}}")):
        text_run(doc.add_paragraph(style=style), text, S.STYLES_BY_NAME[style].east_asia)
    doc.add_paragraph(style="公文正文")
    for label, key in (("出席：", "出席"), ("请假：", "请假"), ("列席：", "列席")):
        para = doc.add_paragraph(style=S.MINUTES_ATTENDANCE_STYLE)
        text_run(para, label, S.FONT_HEI)           # 3号黑体 label, names in the style's 仿宋
        text_run(para, f"{{{{{key}}}}}", S.FONT_BODY)
    doc.add_paragraph(style="公文正文")
    cc = doc.add_paragraph(style="版记")
    cc.paragraph_format.left_indent = Pt(S.NOTE_PT * 4)       # wrapped lines align after 抄送：
    cc.paragraph_format.first_line_indent = Pt(-S.NOTE_PT * 3)
    cc.paragraph_format.right_indent = Pt(S.NOTE_PT)
    text_run(cc, "抄送：{{抄送}}。", S.FONT_BODY)
    border(cc, "top", 8)
    border(cc, "bottom", 6)
    issued = doc.add_paragraph(style="版记")
    issued.paragraph_format.left_indent = issued.paragraph_format.right_indent = Pt(S.NOTE_PT)
    text_block = Mm(S.PAGE_WIDTH_MM - S.MARGIN_LEFT_MM - S.MARGIN_RIGHT_MM)
    issued.paragraph_format.tab_stops.add_tab_stop(text_block - Pt(2 * S.NOTE_PT), WD_TAB_ALIGNMENT.RIGHT)
    text_run(issued, "{{印发机关}}\t{{印发日期}}印发", S.FONT_BODY)
    border(issued, "bottom", 8)
    path.parent.mkdir(parents=True, exist_ok=True)
    doc.save(str(path))


if __name__ == "__main__":
    folder = ROOT / "resources" / "templates"
    chosen = sys.argv[1:] or ["official.docx", "minutes.docx"]
    for name, make in (("official.docx", build), ("minutes.docx", build_minutes)):
        if name in chosen:
            make(folder / name)
            print(f"wrote {(folder / name).relative_to(ROOT)}")
