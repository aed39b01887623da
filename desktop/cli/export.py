"""``export minutes MEETING_ID -o FILE.docx|FILE.pdf``.

``export`` is a group: another module adds its own kind (``export calendar`` …) through
``export_verbs(sub)``, whichever module registers first.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop.cli.common import open_db, path_arg, record_id
from desktop.exports.minutes_export import export_minutes
from desktop.services.attachments.core import Target, list_for
from desktop.services.minutes.core import get_minutes


def export_verbs(sub):
    """The sub-verbs of ``export`` (created on first use), to which each kind adds its parser."""
    parser = sub.choices.get("export")
    if parser is None:
        parser = sub.add_parser("export", help="导出文件（会议纪要等）",
                                description="把数据导出为可以发送、打印或归档的文件。")
        parser.export_verbs = parser.add_subparsers(dest="export_kind", metavar="KIND", required=True)
    return parser.export_verbs


def register(sub) -> None:
    p = export_verbs(sub).add_parser(
        "minutes", help="把会议纪要导出为 .docx 或 .pdf（公文版式）",
        description="导出会议纪要：文件后缀决定格式（.docx 或 .pdf）；默认导出最新版本。"
                    "PDF 由 LibreOffice 生成，未安装时改用 Qt 的 PDF 输出。")
    p.add_argument("meeting_id", metavar="MEETING_ID", type=record_id)
    p.add_argument("--version", dest="version_no", type=record_id, metavar="N", help="导出第 N 版（默认最新版）")
    p.add_argument("-o", "--output", type=path_arg, required=True, metavar="FILE", help="输出文件（.docx 或 .pdf）")
    p.add_argument("--template", type=path_arg, metavar="FILE.docx", help="使用另一份纪要模板（须含全部占位符）")
    p.set_defaults(func=cmd_export_minutes)


def qt_pdf_fallback():
    """Qt's PDF writer, used only when LibreOffice is missing (Qt imported only then)."""
    from desktop.rendering.pdf import write_pdf_offscreen

    return write_pdf_offscreen


def cmd_export_minutes(args: argparse.Namespace) -> int:
    db = open_db(args)
    try:
        with db.reading() as session:
            view = get_minutes(session, args.meeting_id, args.version_no)
            names = [r.name for r in list_for(session, Target("minutes", args.meeting_id))]
    finally:
        db.dispose()
    content = view.content.with_changes(doc_number=view.document_number)
    out = export_minutes(content, Path(args.output), template=args.template and Path(args.template),
                         pdf_fallback=_LazyFallback(), attachments=names)
    print(out)
    return 0


class _LazyFallback:
    """Imports Qt only if the fallback is actually needed."""

    def __call__(self, content, path):
        return qt_pdf_fallback()(content, path)
