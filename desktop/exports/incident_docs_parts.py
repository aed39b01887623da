"""Pieces of an incident report's document: the drill marks (a red 演练文件 line in the page header
and a diagonal 演练 watermark behind the text) and the board's lines as the table shows them.

The watermark is the VML text shape Word itself writes for 设计 → 水印 (a ``v:textpath`` in the
header, rotated 315°, behind the text); LibreOffice and WPS read it too. python-docx has no API
for it, so the XML is built here.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement, parse_xml
from docx.shared import Pt, RGBColor

from desktop.exports.official import OfficialDocument, set_east_asian_font
from desktop.exports.official_style import FONT_HEI
from desktop.services.incidents.board import BoardRow
from desktop.services.incidents.labels import CHANNEL_LABELS
from desktop.services.kernel.timeutil import to_local

DRILL_HEADER = "演练文件"
DRILL_WATERMARK = "演练"
RED = RGBColor(0xE0, 0x00, 0x00)

_VML = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"')
_FORMULAS = ("sum #0 0 10800", "prod #0 2 1", "sum 21600 0 @1", "sum 0 0 @2", "sum 21600 0 @3",
             "if @0 @3 0", "if @0 21600 @1", "if @0 0 @2", "if @0 @4 21600", "mid @5 @6", "mid @8 @5",
             "mid @7 @8", "mid @6 @7", "sum @6 0 @5")
_SHAPE_STYLE = ("position:absolute;margin-left:0;margin-top:0;width:420pt;height:140pt;rotation:315;"
                "z-index:-251657216;mso-position-horizontal:center;mso-position-horizontal-relative:margin;"
                "mso-position-vertical:center;mso-position-vertical-relative:margin")


def _watermark_xml(text: str) -> str:
    formulas = "".join(f'<v:f eqn="{f}"/>' for f in _FORMULAS)
    return (
        f'<w:r {_VML}><w:pict>'
        '<v:shapetype id="_x0000_t136" coordsize="21600,21600" o:spt="136" adj="10800" '
        'path="m@7,l@8,m@5,21600l@6,21600e">'
        f'<v:formulas>{formulas}</v:formulas>'
        '<v:path textpathok="t" o:connecttype="custom" o:connectlocs="@9,0;@10,10800;@11,21600;@12,10800" '
        'o:connectangles="270,180,90,0"/><v:textpath on="t" fitshape="t"/>'
        '<o:lock v:ext="edit" text="t" shapetype="t"/></v:shapetype>'
        f'<v:shape id="DrillWaterMark" o:spid="_x0000_s2049" type="#_x0000_t136" style="{_SHAPE_STYLE}" '
        'o:allowincell="f" fillcolor="#e00000" stroked="f">'
        '<v:fill opacity=".25"/>'
        f'<v:textpath style="font-family:&quot;{FONT_HEI}&quot;;font-size:1pt" string="{text}"/>'
        '</v:shape></w:pict></w:r>')


def mark_drill(doc: OfficialDocument) -> None:
    """演练文件 in red at the top of every page, and the diagonal watermark behind the text."""
    header = doc.doc.sections[0].header
    header.is_linked_to_previous = False
    para = header.paragraphs[0] if header.paragraphs else header.add_paragraph()
    para.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = para.add_run(DRILL_HEADER)
    run.bold, run.font.size, run.font.color.rgb = True, Pt(16), RED
    set_east_asian_font(run, FONT_HEI)
    para._p.append(parse_xml(_watermark_xml(DRILL_WATERMARK)))


def red_line(doc: OfficialDocument, text: str):
    """A centred line in red 黑体 in the body (the drill banner under the header)."""
    para = doc.paragraph("", "出席标签")
    para.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = doc.run(para, text, "出席标签")
    run.font.color.rgb = RED
    return para


# ---------------------------------------------------------------- the board as a table

BOARD_HEADERS = ["单位", "通报时间", "方式", "签收时间", "是否超时"]
BOARD_WIDTHS = [38, 34, 13, 34, 37]


@dataclass(frozen=True)
class BoardLine:
    """One party's row as the report shows it, as of the report's time."""

    party: str
    notified: str
    channel: str
    acknowledged: str
    late: str

    def cells(self) -> list[str]:
        return [self.party, self.notified, self.channel, self.acknowledged, self.late]


def repeat_header_row(table) -> None:
    """The table's first row repeats at the top of each page it runs onto (``w:tblHeader``)."""
    tr_pr = table.rows[0]._tr.get_or_add_trPr()
    tr_pr.append(OxmlElement("w:tblHeader"))


def short_time(value: datetime) -> str:
    """``3月2日09:25`` in Asia/Shanghai."""
    local = to_local(value)
    return f"{local.month}月{local.day}日{local.hour:02d}:{local.minute:02d}"


def board_line(row: BoardRow, as_of: datetime) -> BoardLine:
    """The row as it stood at ``as_of``: a notification or acknowledgement recorded for a later
    moment is not shown, so a report exported again later says what it said when it was sent."""
    notified = row.notified_at if row.notified_at is not None and row.notified_at <= as_of else None
    acknowledged = (row.acknowledged_at if notified is not None and row.acknowledged_at is not None
                    and row.acknowledged_at <= as_of else None)
    if notified is not None:
        over = -int((row.deadline - notified).total_seconds() // 60)   # whole minutes, rounded up
        late = f"是，超{over}分钟" if notified > row.deadline else "否"
        channel = CHANNEL_LABELS.get(row.channel, row.channel) or "—"
    else:
        late = "未通报，已超时" if as_of > row.deadline else "未通报"
        channel = "—"
    return BoardLine(row.party, short_time(notified) if notified else "—", channel,
                     short_time(acknowledged) if acknowledged else "—", late)
