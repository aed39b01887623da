"""``export case ID --document KIND -o FILE.docx``: one of a dispute case's documents.

A document addressed to the parties carries ID and phone numbers in full, so its export writes
an audit entry in the same transaction; the file is written inside it and removed again if the
transaction fails, so no full number leaves without its entry. A document that does not fit the
case's stage exits 1 with one Chinese line and writes nothing; ``-o`` not ending in .docx exits 2.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from desktop.cli.common import open_db, path_arg, record_id, user
from desktop.cli.export import export_verbs
from desktop.exports.case_docs import export_case_document
from desktop.services.disputes.documents import DOCUMENTS, TITLES

DOCUMENT_HELP = "、".join(f"{key} {title}" for key, title in TITLES.items())


def register(sub) -> None:
    p = export_verbs(sub).add_parser(
        "case", help="导出案件文书（.docx，公文版式）：调解协议书、受理通知书等",
        description="导出一件争议案件的文书。发给当事人的文书（除案件情况摘要外）载明完整的身份证号码和电话，"
                    "每次导出记入审计日志；案件情况摘要隐去号码中间位。")
    p.add_argument("case_id", metavar="ID", type=record_id, help="案件编号（见 list cases）")
    p.add_argument("--document", required=True, choices=DOCUMENTS, metavar="KIND", help="文书：" + DOCUMENT_HELP)
    p.add_argument("-o", "--output", type=path_arg, required=True, metavar="FILE.docx", help="输出文件（.docx）")
    p.add_argument("--template", type=path_arg, metavar="FILE.docx", help="使用另一份公文模板（须含公文样式）")
    p.set_defaults(func=cmd_export_case)


def _identity(path: Path) -> tuple[int, int] | None:
    try:
        stat = path.stat()
    except OSError:
        return None
    return stat.st_ino, stat.st_mtime_ns


def cmd_export_case(args: argparse.Namespace) -> int:
    out = Path(args.output)
    if out.suffix.lower() != ".docx":
        print("tripartite: 用法错误：-o 的文件应以 .docx 结尾", file=sys.stderr)
        return 2
    template = Path(args.template) if args.template else None
    before = _identity(out)
    db = open_db(args)
    try:
        db.run(lambda s: export_case_document(s, args.case_id, args.document, out, template=template), user())
    except BaseException:
        if _identity(out) != before:   # written, but its audit entry was not committed: remove it
            out.unlink(missing_ok=True)
        raise
    finally:
        db.dispose()
    print(out)
    return 0
