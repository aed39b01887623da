"""A minutes version to a .docx or .pdf file, chosen by the file's suffix."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from desktop.errors import UserError
from desktop.exports.docx_pdf import docx_bytes_to_pdf, find_soffice
from desktop.exports.minutes_docx import render_minutes_docx, write_minutes_docx
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.services.minutes.content import MinutesContent

# (content, path) -> path: Qt's PDF writer, handed in by the GUI or the command line.
PdfWriter = Callable[[MinutesContent, Path], Path]
SUFFIXES = (".docx", ".pdf")


def file_stem(content: MinutesContent) -> str:
    """A file name for the minutes: the document number, else the title."""
    name = content.doc_number or content.title or "会议纪要"
    return "".join("_" if ch in '\\/:*?"<>|' else ch for ch in name)


def write_minutes_pdf(content: MinutesContent, path: Path, *, template: Path | None = None,
                      fallback: PdfWriter | None = None, attachments: Sequence[str] = ()) -> Path:
    """PDF through LibreOffice when installed, else ``fallback`` (which lists no attachments);
    UserError when neither."""
    if find_soffice() is not None:
        return docx_bytes_to_pdf(render_minutes_docx(content, template, attachments), Path(path),
                                 name=file_stem(content))
    if fallback is None:
        raise UserError(QT_TRANSLATE_NOOP(
            "Errors", "未找到 LibreOffice，无法生成 PDF。请安装 LibreOffice，或先导出 .docx 再另存为 PDF。"))
    return fallback(content, Path(path))


def export_minutes(content: MinutesContent, path: Path, *, template: Path | None = None,
                   pdf_fallback: PdfWriter | None = None, attachments: Sequence[str] = ()) -> Path:
    """Write ``path`` (.docx or .pdf) atomically; ``attachments``: names for the 附件 list."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == ".docx":
        return write_minutes_docx(content, path, template, attachments)
    if suffix == ".pdf":
        return write_minutes_pdf(content, path, template=template, fallback=pdf_fallback,
                                 attachments=attachments)
    raise UserError(QT_TRANSLATE_NOOP("Errors", "不支持的文件类型“{suffix}”：请用 .docx 或 .pdf。"),
                    suffix=path.suffix or path.name)
