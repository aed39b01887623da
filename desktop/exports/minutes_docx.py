"""Minutes (会议纪要) as .docx, filled into a template with {{占位符}} (python-docx).

The template (``resources/templates/minutes.docx`` unless the user names another, made by
tools/make_template.py) carries the page, grid, footer page numbers, named styles and the
纪要 layout. Filling keeps all of it: a placeholder inside a paragraph is replaced in the run
that holds it (so the run keeps its formatting, even when Word has split the placeholder over
several runs); ``{{正文}}`` must stand alone in its paragraph, which is replaced by the body
paragraphs in the template's named styles. An attendance line with nobody on it is removed.
Attachments follow the body as GB/T 9704 lays them out: one empty line, then 附件： two
characters in, the names without their extension, numbered 1. 2. … when there are several, each
further number under the first.
Every run of the result names its East Asian font (``w:rFonts/@w:eastAsia``), or Word and WPS
would show the Chinese in the default font.
"""

from __future__ import annotations

import io
import re
from collections.abc import Sequence
from pathlib import Path, PurePath

from docx import Document
from docx.document import Document as DocxDocument
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Twips
from docx.text.paragraph import Paragraph

from desktop.errors import UserError
from desktop.exports.atomic import atomic_write_bytes
from desktop.exports.official import set_east_asian_font, style_east_asian_font
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.paths import resource
from desktop.services.kernel.archives import check_unpacked_size
from desktop.services.minutes.content import (
    BULLET,
    MinutesContent,
    attendance_entries,
    cn_date,
    decision_label,
)
from desktop.text import strip_controls

DEFAULT_TEMPLATE = ("templates", "minutes.docx")
PLACEHOLDERS = ("标题", "文号", "出席", "请假", "列席", "正文", "抄送", "印发机关", "印发日期")
BODY_STYLES = ("公文正文", "一级标题", "二级标题", "三级标题")
UNISSUED_DATE = "　　年　　月　　日"
_FIELD = re.compile(r"\{\{([^{}]+)\}\}")
_templates: dict[tuple, bytes] = {}


def default_template() -> Path:
    return resource(*DEFAULT_TEMPLATE)


def _template_bytes(path: Path) -> bytes:
    """The template file, read once per version of it (the batch fills it a hundred times)."""
    try:
        stat = path.stat()
        key = (str(path), stat.st_mtime_ns, stat.st_size)
        if key not in _templates:
            _templates.clear()
            _templates[key] = path.read_bytes()
        return _templates[key]
    except OSError as exc:
        raise UserError(QT_TRANSLATE_NOOP("Errors", "无法打开纪要模板 {path}：{reason}"),
                        path=path, reason=exc.strerror or exc) from None


def _open(path: Path) -> DocxDocument:
    data = _template_bytes(path)
    check_unpacked_size(io.BytesIO(data), path.name)  # a zip bomb is refused before python-docx
    try:
        return Document(io.BytesIO(data))
    except UserError:
        raise
    except Exception as exc:  # python-docx raises several kinds for a bad package
        raise UserError(QT_TRANSLATE_NOOP("Errors", "无法打开纪要模板 {path}：{reason}"),
                        path=path, reason=exc) from None


def _paragraphs(doc: DocxDocument) -> list[Paragraph]:
    """Body paragraphs, including those inside tables (a secretary may lay the block out so)."""
    body = doc.element.body
    return [Paragraph(p, doc._body) for p in body.iter(qn("w:p"))]


def check_template(doc: DocxDocument, path: Path) -> None:
    """Refuse a template without every placeholder or without the body styles, naming them."""
    found = {m.group(1).strip() for p in _paragraphs(doc) for m in _FIELD.finditer(p.text)}
    missing = [f"{{{{{name}}}}}" for name in PLACEHOLDERS if name not in found]
    if missing:
        raise UserError(QT_TRANSLATE_NOOP("Errors", "纪要模板 {path} 缺少以下占位符：{names}"),
                        path=path, names="、".join(missing))
    names = {s.name for s in doc.styles}
    lacking = [n for n in BODY_STYLES if n not in names]
    if lacking:
        raise UserError(QT_TRANSLATE_NOOP("Errors", "纪要模板 {path} 缺少以下样式：{names}"),
                        path=path, names="、".join(lacking))


class _Filler:
    """Fills one document; knows each style's East Asian font."""

    def __init__(self, doc: DocxDocument) -> None:
        self.doc = doc
        self._fonts: dict[str, str] = {}

    def font(self, style) -> str:
        name = style.name if style is not None else "Normal"
        if name not in self._fonts:
            self._fonts[name] = style_east_asian_font(self.doc, name) if style is not None else ""
        return self._fonts[name]

    # Inline placeholders ------------------------------------------------------------
    def replace_inline(self, para: Paragraph, values: dict[str, str]) -> None:
        """Replace each {{name}} of ``values`` in ``para``, even when split over runs."""
        runs = para.runs
        text = "".join(r.text for r in runs)
        matches = [m for m in _FIELD.finditer(text) if m.group(1).strip() in values]
        for match in reversed(matches):
            self._splice(runs, match.start(), match.end(), values[match.group(1).strip()])

    @staticmethod
    def _splice(runs, start: int, end: int, value: str) -> None:
        pos, first = 0, True
        for run in runs:
            text, lo, hi = run.text, pos, pos + len(run.text)
            pos = hi
            if hi <= start or lo >= end:
                continue
            a, b = max(start, lo) - lo, min(end, hi) - lo
            run.text = text[:a] + (strip_controls(value) if first else "") + text[b:]
            first = False

    # Body paragraphs ----------------------------------------------------------------
    def insert_before(self, anchor: Paragraph, style: str, runs: list[tuple[str, str, bool]]):
        """A new paragraph in ``style`` before ``anchor``; runs are (text, font style, bold)."""
        p = OxmlElement("w:p")
        anchor._p.addprevious(p)
        para = Paragraph(p, anchor._parent)
        para.style = self.doc.styles[style]
        for text, font_style, bold in runs:
            run = para.add_run(strip_controls(text))  # XML holds no NUL, whatever a database kept
            font = self.font(self.doc.styles[font_style or style])
            if font:
                set_east_asian_font(run, font)
            if bold:
                run.bold = True
        return para

    def fonts_on_every_run(self) -> None:
        """Name the East Asian font on each run that does not: its paragraph style's."""
        for para in _paragraphs(self.doc):
            font = self.font(para.style)
            if not font:
                continue
            for run in para.runs:
                r_pr = run._element.rPr
                fonts = r_pr.rFonts if r_pr is not None else None
                if fonts is None or not fonts.get(qn("w:eastAsia")):
                    set_east_asian_font(run, font)


def _body(content: MinutesContent) -> list[tuple[str, list[tuple[str, str, bool]]]]:
    """(style, runs) of each body paragraph: intro, sections, decisions, closing."""
    out = []
    if content.intro:
        out.append(("公文正文", [(content.intro, "", False)]))
    for section in content.sections:
        if section.heading:
            out.append(("一级标题", [(section.heading, "", False)]))
        number = 0
        for block in section.blocks:
            number = number + 1 if block.kind == "number" else 0
            prefix = BULLET if block.kind == "bullet" else (f"{number}. " if number else "")
            runs = [(prefix, "", False)] if prefix else []
            runs += [(r.text, "", r.bold) for r in block.runs if r.text]
            if runs:
                out.append(("公文正文", runs))
    if content.decisions:
        out.append(("一级标题", [("会议议定：", "", False)]))
        for i, decision in enumerate(content.decisions, 1):
            out.append(("公文正文", [(decision_label(i), "二级标题", False), (decision.text, "", False)]))
    if content.closing:
        out.append(("公文正文", [(content.closing, "", False)]))
    return out


ATTACHMENT_LABEL = "附件："
CHAR_TWIPS = 320  # one character of 三号 (16 pt), the body's size


def attachment_lines(names: Sequence[str]) -> list[str]:
    """The 附件说明 lines: ``附件：名称``, or ``附件：1. 名称`` then ``2. 名称`` …"""
    stems = [PurePath(n).stem if PurePath(n).suffix else n for n in names]
    if len(stems) == 1:
        return [ATTACHMENT_LABEL + stems[0]]
    return [(ATTACHMENT_LABEL if i == 1 else "") + f"{i}. {stem}" for i, stem in enumerate(stems, 1)]


def _attachments(filler: _Filler, anchor: Paragraph, names: Sequence[str]) -> None:
    if not names:
        return
    filler.insert_before(anchor, "公文正文", [])
    for i, line in enumerate(attachment_lines(names)):
        para = filler.insert_before(anchor, "公文正文", [(line, "", False)])
        if i:  # under the first number: two characters of indent plus 附件：
            para.paragraph_format.first_line_indent = Twips(CHAR_TWIPS * (2 + len(ATTACHMENT_LABEL)))


def _values(content: MinutesContent) -> dict[str, str]:
    lines = dict(attendance_entries(content.attendance))
    return {
        "标题": content.title, "文号": content.doc_number,
        "出席": lines.get("出席：", ""), "请假": lines.get("请假：", ""), "列席": lines.get("列席：", ""),
        "抄送": content.cc.rstrip("。"), "印发机关": content.issuer,
        "印发日期": cn_date(content.printed_on) if content.printed_on else UNISSUED_DATE,
    }


def fill(content: MinutesContent, template: Path | None = None,
         attachments: Sequence[str] = ()) -> DocxDocument:
    """The filled python-docx document; ``attachments`` are the names of the minutes' files."""
    path = Path(template) if template else default_template()
    doc = _open(path)
    check_template(doc, path)
    filler = _Filler(doc)
    values = _values(content)
    empty_lines = {k for k in ("出席", "请假", "列席", "文号", "抄送") if not values[k]}
    for para in _paragraphs(doc):
        names = {m.group(1).strip() for m in _FIELD.finditer(para.text)}
        if "正文" in names:
            for style, runs in _body(content):
                filler.insert_before(para, style, runs)
            _attachments(filler, para, attachments)
            para._p.getparent().remove(para._p)
        elif names & empty_lines:
            para._p.getparent().remove(para._p)
        elif names:
            filler.replace_inline(para, values)
    filler.fonts_on_every_run()
    return doc


def render_minutes_docx(content: MinutesContent, template: Path | None = None,
                        attachments: Sequence[str] = ()) -> bytes:
    """The .docx file's bytes (for an attachment or a batch)."""
    out = io.BytesIO()
    fill(content, template, attachments).save(out)
    return out.getvalue()


def write_minutes_docx(content: MinutesContent, path: Path, template: Path | None = None,
                       attachments: Sequence[str] = ()) -> Path:
    """Write the minutes to ``path`` atomically."""
    return atomic_write_bytes(Path(path), render_minutes_docx(content, template, attachments))
