"""Writing a meeting's notice (会议通知 with its 回执) or sign-in sheet (签到表) as .docx."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

from desktop.errors import UserError
from desktop.exports.meeting_docs import write_notice, write_sign_in_sheet
from desktop.services.calendar.queries import reply_by
from desktop.services.kernel.timeutil import today_local
from desktop.services.meetings.core import get_meeting_row
from desktop.services.meetings.documents import meeting_doc_data
from desktop.views.errors import show_refusal
from desktop.views.workspace import Workspace

CONTEXT = "MeetingDocuments"
NOTICE, SIGN_IN = "notice", "sign_in"
_UNSAFE = re.compile(r'[\\/:*?"<>|\r\n\t]+')


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def default_file_name(kind: str, title: str) -> str:
    """``关于召开{title}的通知.docx`` or ``{title}签到表.docx``, safe on Windows."""
    clean = _UNSAFE.sub(" ", title).strip() or _tr("会议")
    name = _tr("关于召开{title}的通知").format(title=clean) if kind == NOTICE \
        else _tr("{title}签到表").format(title=clean)
    return f"{name}.docx"


def _documents_folder() -> Path:
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(folder) if folder else Path.home()


def generate(parent: QWidget, workspace: Workspace, meeting_id: int, title: str, kind: str) -> Path | None:
    """Ask where to save, then write the document; the saved path, or None (cancelled/refused)."""
    caption = _tr("保存会议通知") if kind == NOTICE else _tr("保存签到表")
    suggested = str(_documents_folder() / default_file_name(kind, title))
    path, _filter = QFileDialog.getSaveFileName(parent, caption, suggested, _tr("Word 文档 (*.docx)"))
    if not path:
        return None
    target = Path(path) if path.lower().endswith(".docx") else Path(f"{path}.docx")
    try:
        data = workspace.read(lambda s: _doc_data(s, meeting_id))
        writer = write_notice if kind == NOTICE else write_sign_in_sheet
        return writer(data, target)
    except UserError as exc:
        show_refusal(parent, _tr("无法生成文档"), exc)
    except OSError as exc:
        show_refusal(parent, _tr("无法生成文档"), UserError(
            QT_TRANSLATE_NOOP("Errors", "无法写入文件“{path}”：{reason}"), path=str(target), reason=exc.strerror or str(exc)))
    return None


def _doc_data(session, meeting_id: int):
    today = today_local()
    start = get_meeting_row(session, meeting_id).start
    return meeting_doc_data(session, meeting_id, issued_on=today,
                            reply_by=reply_by(session, start, today))
