"""An incident's report (初报, 续报二, 日报（第3期）, 总结评估报告) as .docx in the official layout
(python-docx through ``OfficialDocument``, the template the office may restyle).

The document carries the report as it was written: its heading in the plans' form
(``XX公司欠薪聚集情况续报二``), who reported it and when, the number line
``（2026）联动第1号 · 续报二``, the body with its ``一、`` lines as 黑体 headings, the notification
board as a table in the 初报 and the 总结评估 (as it stood when the report was sent), and the
reporting office with the date. A drill's report is marked 演练 in its heading, in red at the top
of every page and as a diagonal watermark, so it cannot pass for a real one. Reports hold no
personal data (the persons involved stay in the register), so no audit entry is written.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy.orm import Session

from desktop.exports.case_docs_parts import plain, right
from desktop.exports.incident_docs_parts import (
    BOARD_HEADERS,
    BOARD_WIDTHS,
    BoardLine,
    board_line,
    mark_drill,
    red_line,
    repeat_header_row,
    short_time,
)
from desktop.exports.official import OfficialDocument
from desktop.models import Enterprise, Incident, IncidentReport, ReportKind
from desktop.services.incidents.board import board
from desktop.services.incidents.labels import report_title
from desktop.services.kernel.cn_format import cn_date
from desktop.services.kernel.records import get_or_refuse
from desktop.services.kernel.timeutil import to_local

ISSUER = "经开区总工会"
DRILL_PREFIX = "【演练】"
DRILL_BANNER = "本报告为演练文书，不作为正式报告，不计入统计。"
NUMBER_SEPARATOR = " · "
WITH_BOARD = (ReportKind.INITIAL.value, ReportKind.FINAL.value)
_LEVEL_1 = re.compile(r"^[一二三四五六七八九十]+、")
_LEVEL_2 = re.compile(r"^（[一二三四五六七八九十]+）")


@dataclass(frozen=True)
class IncidentReportDocument:
    """What one report's document shows."""

    report_id: int
    kind: str
    title: str               # 续报二
    heading: str             # 【演练】XX公司欠薪聚集情况续报二
    number: str              # （2026）联动第1号 · 续报二
    reported_at: datetime
    issuer: str
    body: str
    drill: bool
    board: tuple[BoardLine, ...]   # empty for a 续报 or 日报


def _subject(incident: Incident, enterprise: Enterprise) -> str:
    """The incident as the heading names it: with its enterprise unless the title already does."""
    return incident.title if enterprise.name in incident.title else enterprise.name + incident.title


def report_document(session: Session, report_id: int, *, issuer: str = ISSUER) -> IncidentReportDocument:
    """Read report ``report_id`` with its incident (and its board as of the report's time)."""
    report = get_or_refuse(session, IncidentReport, report_id)
    incident = session.get(Incident, report.incident_id)
    enterprise = session.get(Enterprise, incident.enterprise_id)
    title = report_title(report.kind, report.kind_seq)
    heading = (DRILL_PREFIX if incident.drill else "") + f"{_subject(incident, enterprise)}情况{title}"
    rows = (tuple(board_line(r, report.reported_at) for r in board(session, incident.id, as_of=report.reported_at))
            if report.kind in WITH_BOARD else ())
    return IncidentReportDocument(report.id, report.kind, title, heading, incident.number + NUMBER_SEPARATOR + title,
                                  report.reported_at, issuer, report.body, incident.drill, rows)


def _when(value: datetime) -> str:
    """``2026年3月2日10:20``: short enough for the reporting line to fit one line of 28 characters."""
    local = to_local(value)
    return f"{cn_date(local.date())}{local.hour:02d}:{local.minute:02d}"


def _body(doc: OfficialDocument, text: str) -> None:
    """The report's lines: ``一、`` lines in 黑体, ``（一）`` lines in 楷体, the rest as body text."""
    for line in (raw.strip() for raw in text.splitlines()):
        if not line:
            continue
        if _LEVEL_1.match(line):
            doc.heading(1, line)
        elif _LEVEL_2.match(line):
            doc.heading(2, line)
        else:
            doc.paragraph(line)


def _board(doc: OfficialDocument, data: IncidentReportDocument) -> None:
    caption = "联动单位通报签收情况" if data.kind == ReportKind.INITIAL.value else "联动单位响应情况"
    plain(doc, f"附表：{caption}（截至{short_time(data.reported_at)}）", "出席标签").paragraph_format.keep_with_next = True
    repeat_header_row(doc.table(BOARD_HEADERS, [line.cells() for line in data.board], BOARD_WIDTHS,
                                row_height_mm=8))
    late = sum(1 for line in data.board if line.late != "否")
    total = len(data.board)
    doc.paragraph(f"共{total}家联动单位，" + (f"{late}家未在时限内收到通报。" if late else "均在时限内收到通报。"))


def write_report_document(data: IncidentReportDocument, path: Path, template: Path | None = None) -> Path:
    """Write the report's document to ``path`` (atomically) in the official layout."""
    doc = OfficialDocument(template)
    if data.drill:
        mark_drill(doc)
        red_line(doc, DRILL_PREFIX + DRILL_BANNER)
    doc.title(data.heading)
    doc.paragraph(data.number, "发文字号")
    plain(doc, f"报送单位：{data.issuer}　报送时间：{_when(data.reported_at)}")
    _body(doc, data.body)
    if data.board:
        _board(doc, data)
    plain(doc)
    right(doc, data.issuer)
    right(doc, cn_date(to_local(data.reported_at).date()))
    return doc.save(Path(path))


def write_incident_report(session: Session, report_id: int, path: Path, *, template: Path | None = None,
                          issuer: str = ISSUER) -> Path:
    """Write report ``report_id`` as .docx to ``path``; nothing is written when it is refused."""
    return write_report_document(report_document(session, report_id, issuer=issuer), path, template)


__all__ = ["IncidentReportDocument", "report_document", "write_incident_report", "write_report_document"]
