"""Minutes drawn by Qt: printing (QPrinter) and the PDF when LibreOffice is not installed.

Qt cannot lay out a .docx, so this draws the same content in the same page geometry (A4, text
block 156 x 225 mm from top 37 / left 28 mm, 3号仿宋 body, 2号小标宋 title, ``— N —`` page
numbers 7 mm below the text block, odd pages right, even pages left) with QTextDocument.
"""

from __future__ import annotations

import html
import os
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QFont,
    QGuiApplication,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextBlockFormat,
    QTextCursor,
    QTextDocument,
)

from desktop.exports import official_style as S
from desktop.exports.atomic import atomic_write
from desktop.services.minutes.content import (
    MinutesContent,
    attendance_entries,
    block_lines,
    decision_label,
    issue_line,
)

FANGSONG = f"'{S.FONT_BODY}', 'FangSong', 'STFangsong', 'Noto Serif CJK SC', serif"
HEI = f"'{S.FONT_HEI}', 'SimHei', 'Noto Sans CJK SC', sans-serif"
KAI = f"'{S.FONT_KAI}', 'KaiTi', 'STKaiti', 'Noto Serif CJK SC', serif"
TITLE = f"'{S.FONT_TITLE}', 'SimSun', 'Noto Serif CJK SC', serif"
PAGE_NUMBER_GAP_MM = 7


_px_per_pt = [300 / 72]  # set by minutes_html: Qt's rich text takes indents and heights in px


def _p(text: str, family: str = FANGSONG, size: float = S.BODY_PT, indent: bool = True,
       align: str = "justify", bold_runs=None) -> str:
    body = bold_runs if bold_runs is not None else html.escape(text)
    px = _px_per_pt[0]
    first = f"text-indent:{2 * size * px:.0f}px;" if indent else ""
    return (f'<p style="font-family:{family}; font-size:{size}pt; {first} text-align:{align};'
            f' margin:0;">{body}</p>')


def minutes_html(content: MinutesContent, dpi: float = 300) -> str:
    """The minutes as HTML that QTextDocument lays out like the 纪要 template at ``dpi``."""
    _px_per_pt[0] = dpi / 72
    parts = [_p(content.title, TITLE, S.TITLE_PT, False, "center")]
    if content.doc_number:
        parts.append(_p(content.doc_number, indent=False, align="center"))
    parts.append(_p(" ", indent=False))
    if content.intro:
        parts.append(_p(content.intro))
    for section in content.sections:
        parts.append(_p(section.heading, HEI))
        for block, line in zip(section.blocks, block_lines(section.blocks)):
            prefix = line[: len(line) - len(block.text)]
            runs = html.escape(prefix) + "".join(
                f"<b>{html.escape(r.text)}</b>" if r.bold else html.escape(r.text) for r in block.runs)
            parts.append(_p("", bold_runs=runs))
    if content.decisions:
        parts.append(_p("会议议定：", HEI))
        for i, d in enumerate(content.decisions, 1):
            label = f'<span style="font-family:{KAI};">{html.escape(decision_label(i))}</span>'
            parts.append(_p("", bold_runs=label + html.escape(d.text)))
    if content.closing:
        parts.append(_p(content.closing))
    parts.append(_p(" ", indent=False))
    for label, names in attendance_entries(content.attendance):
        runs = f'<span style="font-family:{HEI};">{label}</span>{html.escape(names)}'
        parts.append(_p("", bold_runs=runs))
    parts.append(_p(" ", indent=False))
    if content.cc:
        parts.append(_p(f"抄送：{content.cc.rstrip('。')}。", size=S.NOTE_PT, indent=False))
    parts.append(_p(issue_line(content), size=S.NOTE_PT, indent=False))
    return "<html><body>" + "".join(parts) + "</body></html>"


def page_layout() -> QPageLayout:
    margins = QMarginsF(S.MARGIN_LEFT_MM, S.MARGIN_TOP_MM, S.MARGIN_RIGHT_MM, S.MARGIN_BOTTOM_MM)
    return QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                       margins, QPageLayout.Unit.Millimeter)


def _line_grid(doc: QTextDocument, pitch: float) -> None:
    """Every line ``pitch`` high (the 22-line grid); the title's larger lines at least that."""
    cursor = QTextCursor(doc)
    block = doc.begin()
    while block.isValid():
        fmt = block.blockFormat()
        kind = QTextBlockFormat.LineHeightTypes.MinimumHeight if block.blockNumber() == 0 \
            else QTextBlockFormat.LineHeightTypes.FixedHeight
        fmt.setLineHeight(pitch, kind.value)
        cursor.setPosition(block.position())
        cursor.setBlockFormat(fmt)
        block = block.next()


def render(content: MinutesContent, device: QPagedPaintDevice) -> int:
    """Draw the minutes on ``device`` (a QPrinter or QPdfWriter); returns the page count."""
    device.setPageLayout(page_layout())
    dpi = device.resolution()
    block = page_layout().paintRectPixels(dpi)
    doc = QTextDocument()
    doc.documentLayout().setPaintDevice(device)
    doc.setDocumentMargin(0)
    doc.setHtml(minutes_html(content, dpi))
    _line_grid(doc, S.LINE_PITCH_TWIPS / 20 / 72 * 96)  # QTextBlockFormat heights are in 1/96 in
    doc.setPageSize(QSizeF(block.width(), block.height()))
    gap = PAGE_NUMBER_GAP_MM / 25.4 * dpi
    painter = QPainter(device)
    try:
        number_font = QFont(["宋体", "SimSun", "Noto Serif CJK SC"])
        number_font.setPointSizeF(S.NOTE_PT)
        for page in range(doc.pageCount()):
            if page:
                device.newPage()
            painter.save()
            painter.translate(0, -page * block.height())
            doc.drawContents(painter, QRectF(0, page * block.height(), block.width(), block.height()))
            painter.restore()
            painter.setFont(number_font)
            align = Qt.AlignmentFlag.AlignRight if page % 2 == 0 else Qt.AlignmentFlag.AlignLeft
            painter.drawText(QRectF(0, block.height() + gap, block.width(), gap * 2),
                             int(align | Qt.AlignmentFlag.AlignTop), f"— {page + 1} —")
        return doc.pageCount()
    finally:
        painter.end()


def write_pdf(content: MinutesContent, path: Path) -> Path:
    """A PDF drawn by Qt (needs a QGuiApplication), written atomically."""
    def draw(tmp: Path) -> None:
        writer = QPdfWriter(str(tmp))
        writer.setResolution(300)
        writer.setTitle(content.title)
        writer.setCreator("三方联席秘书台")
        render(content, writer)

    return atomic_write(Path(path), draw)


def write_pdf_offscreen(content: MinutesContent, path: Path) -> Path:
    """``write_pdf`` from the command line: an application on the offscreen platform.

    A QApplication rather than a QGuiApplication, so widgets still work should the same
    process go on to show some (the test suite does)."""
    if QGuiApplication.instance() is None:
        from PySide6.QtWidgets import QApplication

        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        write_pdf_offscreen.app = QApplication([])  # kept alive for the process
    return write_pdf(content, path)
