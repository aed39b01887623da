"""Build documents in the official layout from a template .docx (python-docx).

The template (``resources/templates/official.docx`` unless the user names another) carries
the page setup, the character grid, the footer page numbers and the named styles of
``official_style.STYLES``. This module only adds paragraphs in those styles and sets the
East Asian font of every run, without which Word and WPS show Chinese in the default font.
"""

from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_ROW_HEIGHT_RULE, WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.shared import Mm
from docx.text.paragraph import Paragraph

from desktop.errors import UserError
from desktop.exports.atomic import atomic_write
from desktop.exports.official_style import STYLE_NAMES
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.paths import resource
from desktop.services.kernel.archives import check_unpacked_size
from desktop.text import strip_controls

DEFAULT_TEMPLATE = ("templates", "official.docx")


def default_template() -> Path:
    return resource(*DEFAULT_TEMPLATE)


def set_east_asian_font(run, font_name: str) -> None:
    r_pr = run._element.get_or_add_rPr()
    r_fonts = r_pr.get_or_add_rFonts()
    r_fonts.set(qn("w:eastAsia"), font_name)


def style_east_asian_font(doc: DocxDocument, style_name: str) -> str:
    """The East Asian font a style names (following its base styles)."""
    style = doc.styles[style_name]
    while style is not None:
        r_pr = style.element.rPr
        if r_pr is not None and r_pr.rFonts is not None:
            value = r_pr.rFonts.get(qn("w:eastAsia"))
            if value:
                return value
        style = style.base_style
    return ""


class OfficialDocument:
    """A document being filled in the official layout; ``save`` writes it atomically."""

    def __init__(self, template: Path | None = None) -> None:
        path = Path(template) if template else default_template()
        check_unpacked_size(path, path.name)  # a zip bomb is refused before python-docx reads it
        try:
            self.doc = Document(str(path))
        except Exception as exc:  # python-docx raises several kinds for a bad package
            raise UserError(
                QT_TRANSLATE_NOOP("Errors", "无法打开文书模板 {path}：{reason}"), path=path, reason=exc
            ) from None
        missing = [n for n in STYLE_NAMES if n not in {s.name for s in self.doc.styles}]
        if missing:
            raise UserError(
                QT_TRANSLATE_NOOP("Errors", "文书模板 {path} 缺少以下样式：{names}"),
                path=path, names="、".join(missing),
            )
        self._fonts = {n: style_east_asian_font(self.doc, n) for n in STYLE_NAMES}
        self._clear_body()

    def _clear_body(self) -> None:
        body = self.doc.element.body
        for child in list(body):
            if child.tag != qn("w:sectPr"):
                body.remove(child)

    def paragraph(self, text: str = "", style: str = "公文正文", bold: bool = False) -> Paragraph:
        para = self.doc.add_paragraph(style=style)
        if text:
            self.run(para, text, style, bold=bold)
        return para

    def run(self, para: Paragraph, text: str, style: str | None = None, bold: bool = False):
        run = para.add_run(strip_controls(text))  # XML allows no control character
        font = self._fonts.get(style or para.style.name, "")
        if font:
            set_east_asian_font(run, font)
        if bold:
            run.bold = True
        return run

    def title(self, text: str) -> Paragraph:
        return self.paragraph(text, "公文标题")

    def heading(self, level: int, text: str) -> Paragraph:
        return self.paragraph(text, ("一级标题", "二级标题", "三级标题")[min(level, 3) - 1])

    def labelled(self, label: str, text: str) -> Paragraph:
        """``出席：`` in 黑体 followed by names in 仿宋, as the 纪要 attendance block is set."""
        para = self.doc.add_paragraph(style="公文正文")
        para.paragraph_format.first_line_indent = None
        self.run(para, label, "出席标签")
        self.run(para, text, "公文正文")
        return para

    def table(self, headers: list[str], rows: list[list[str]], widths_mm: list[float],
              row_height_mm: float = 10):
        """A centred grid table; rows at least ``row_height_mm`` high (room to sign by hand)."""
        table = self.doc.add_table(rows=1, cols=len(headers))
        table.style = self.doc.styles["Table Grid"] if "Table Grid" in {
            s.name for s in self.doc.styles} else None
        table.alignment = WD_TABLE_ALIGNMENT.CENTER
        table.autofit = False  # otherwise Word and LibreOffice spread the columns evenly
        for column, width in zip(table.columns, widths_mm):
            column.width = Mm(width)
        for cells in ([headers], rows):
            for values in cells:
                row = table.rows[0] if values is headers else table.add_row()
                row.height, row.height_rule = Mm(row_height_mm), WD_ROW_HEIGHT_RULE.AT_LEAST
                for cell, value, width in zip(row.cells, values, widths_mm):
                    cell.width = Mm(width)
                    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
                    para = cell.paragraphs[0]
                    para.style = self.doc.styles["表格文字"]
                    self.run(para, value, "表格文字", bold=values is headers)
        return table

    def page_break(self) -> None:
        from docx.enum.text import WD_BREAK

        self.doc.add_paragraph(style="公文正文").add_run().add_break(WD_BREAK.PAGE)

    def save(self, path: Path) -> Path:
        """Write atomically: never a half-written file."""
        return atomic_write(Path(path), lambda tmp: self.doc.save(str(tmp)))
