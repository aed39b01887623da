"""Attach, list, read, copy out and remove files; the totals for 关于/数据库信息.

A file is read in chunks while its SHA-256 is computed, refused past the size limit, and read a
second time to check its hash: a file still being written (a scan arriving, a document being
saved) is refused rather than stored half. The same bytes attached twice share one content row;
removing the last link removes the content in the same transaction.
"""

from __future__ import annotations

import hashlib
import stat
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.changes import Changes, Topic, note
from desktop.errors import NotFoundError, UserError
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.models import (
    ActionItem,
    ActionUpdate,
    AgendaItem,
    Attachment,
    AttachmentContent,
    DisputeCase,
    Meeting,
    Minutes,
)
from desktop.services.attachments.names import check_file_name
from desktop.services.attachments.settings import MB, load_attachment_settings
from desktop.services.kernel.settings_file import write_atomically

CHUNK = 1024 * 1024
#: Target kind → the link column it sets.
TARGET_KINDS = {"meeting": "meeting_id", "agenda": "agenda_item_id", "minutes": "minutes_meeting_id",
                "action": "action_id", "report": "action_update_id", "case": "case_id"}


@dataclass(frozen=True)
class Target:
    """Where a file is attached: ``kind`` in TARGET_KINDS and the id of that row (for
    ``minutes``, the meeting's id: the attachments belong to every version)."""

    kind: str
    id: int

    def __post_init__(self) -> None:
        if self.kind not in TARGET_KINDS:
            raise ValueError(f"unknown attachment target {self.kind!r}")

    @property
    def column(self):
        return getattr(Attachment, TARGET_KINDS[self.kind])


@dataclass(frozen=True)
class AttachmentRow:
    """One attachment as the screens and the command line show it."""

    id: int
    name: str
    size: int
    sha256: str
    added: datetime          # aware UTC
    by: str
    target: Target


@dataclass(frozen=True)
class Totals:
    links: int               # attachments
    files: int               # distinct contents stored
    bytes: int


def target_of(link: Attachment) -> Target:
    for kind, column in TARGET_KINDS.items():
        value = getattr(link, column)
        if value is not None:
            return Target(kind, value)
    raise AssertionError("an attachment without a target")  # the CHECK forbids it


def _row(link: Attachment, size: int) -> AttachmentRow:
    return AttachmentRow(link.id, link.name, size, link.sha256, link.added_at, link.added_by,
                         target_of(link))


# ---------------------------------------------------------------- where

_MISSING = {
    "meeting": QT_TRANSLATE_NOOP("Errors", "会议不存在（编号 {id}）。"),
    "agenda": QT_TRANSLATE_NOOP("Errors", "议程事项不存在（编号 {id}）。"),
    "action": QT_TRANSLATE_NOOP("Errors", "督办事项不存在（编号 {id}）。"),
    "report": QT_TRANSLATE_NOOP("Errors", "进展报告不存在（编号 {id}）。"),
    "case": QT_TRANSLATE_NOOP("Errors", "案件不存在（编号 {id}）。"),
}


def _missing(kind: str, row_id: int) -> NotFoundError:
    return NotFoundError(_MISSING[kind], id=row_id)


def check_target(session: Session, target: Target) -> Changes:
    """What a change of ``target``'s attachments changes for the screens; refuses a missing target.

    The links themselves are announced under Topic.ATTACHMENTS; the screens that show a meeting
    or an action item learn it under their own topic and id."""
    if target.kind in ("meeting", "minutes"):
        if session.get(Meeting, target.id) is None:
            raise _missing("meeting", target.id)
        if target.kind == "minutes":
            if session.scalar(select(Minutes.id).where(Minutes.meeting_id == target.id).limit(1)) is None:
                raise NotFoundError(QT_TRANSLATE_NOOP("Errors", "该会议还没有纪要（会议编号 {id}）。"),
                                    id=target.id)
            return Changes.of(ids={Topic.MEETINGS: [target.id], Topic.MINUTES: [target.id]})
        return Changes.meetings([target.id])
    if target.kind == "agenda":
        meeting_id = session.scalar(select(AgendaItem.meeting_id).where(AgendaItem.id == target.id))
        if meeting_id is None:
            raise _missing("agenda", target.id)
        return Changes.meetings([meeting_id])
    if target.kind == "action":
        if session.get(ActionItem, target.id) is None:
            raise _missing("action", target.id)
        return Changes.of(ids={Topic.ACTIONS: [target.id]})
    if target.kind == "case":
        if session.get(DisputeCase, target.id) is None:
            raise _missing("case", target.id)
        return Changes.of(ids={Topic.CASES: [target.id]})
    action_id = session.scalar(select(ActionUpdate.action_id).where(ActionUpdate.id == target.id))
    if action_id is None:
        raise _missing("report", target.id)
    return Changes.of(ids={Topic.ACTIONS: [action_id]})


# ---------------------------------------------------------------- reading a file

def _refuse(template: str, path: Path, **params) -> UserError:
    return UserError(template, path=path, **params)


def _too_large(path: Path, limit: int) -> UserError:
    return _refuse(QT_TRANSLATE_NOOP("Errors", "文件 {path} 超过附件大小上限 {limit} MB，未添加。"),
                   path, limit=f"{limit / MB:g}")


def _hash_file(path: Path, limit: int, keep: bool) -> tuple[str, bytes]:
    digest, chunks, total = hashlib.sha256(), [], 0
    with path.open("rb") as fh:
        while chunk := fh.read(CHUNK):
            total += len(chunk)
            if total > limit:
                raise _too_large(path, limit)
            digest.update(chunk)
            if keep:
                chunks.append(chunk)
    return digest.hexdigest(), b"".join(chunks)


def read_source(path: Path | str, limit: int) -> tuple[bytes, str]:
    """The file's bytes and SHA-256; UserError for a folder, an unreadable, too large or
    changing file."""
    path = Path(path)
    try:
        before = path.stat()
        if stat.S_ISDIR(before.st_mode):
            raise _refuse(QT_TRANSLATE_NOOP("Errors", "{path} 是文件夹，不能作为附件。请选择文件。"), path)
        if not stat.S_ISREG(before.st_mode):
            raise _refuse(QT_TRANSLATE_NOOP("Errors", "{path} 不是普通文件，不能作为附件。"), path)
        if before.st_size > limit:
            raise _too_large(path, limit)
        sha, data = _hash_file(path, limit, keep=True)
        again, _ = _hash_file(path, limit, keep=False)
        after = path.stat()
    except FileNotFoundError:
        raise _refuse(QT_TRANSLATE_NOOP("Errors", "文件不存在：{path}"), path) from None
    except OSError as exc:
        raise _refuse(QT_TRANSLATE_NOOP("Errors", "无法读取文件 {path}：{reason}"), path,
                      reason=exc.strerror or exc) from None
    if again != sha or (after.st_size, after.st_mtime_ns) != (before.st_size, before.st_mtime_ns) \
            or len(data) != after.st_size:
        raise _refuse(QT_TRANSLATE_NOOP(
            "Errors", "文件 {path} 在读取过程中发生了变化（可能仍在保存或复制），未添加。请稍后重试。"), path)
    return data, sha


# ---------------------------------------------------------------- writing

def attach(session: Session, target: Target, source: Path | str | bytes, name: str | None = None,
           *, limit: int | None = None) -> int:
    """Attach a file (a path, or bytes with a ``name``) to ``target``; the new attachment's id."""
    limit = limit or load_attachment_settings().file_limit
    is_bytes = isinstance(source, (bytes, bytearray))
    name = check_file_name(name if name is not None or is_bytes else Path(source).name)
    changes = check_target(session, target)
    if is_bytes:
        data = bytes(source)
        if len(data) > limit:
            raise UserError(QT_TRANSLATE_NOOP("Errors", "“{name}”超过附件大小上限 {limit} MB，未添加。"),
                            name=name, limit=f"{limit / MB:g}")
        sha = hashlib.sha256(data).hexdigest()
    else:
        data, sha = read_source(source, limit)
    if session.get(AttachmentContent, sha) is None:
        session.add(AttachmentContent(sha256=sha, size=len(data), data=data))
        session.flush()  # no relationship orders the two inserts: the content goes first
    link = Attachment(sha256=sha, name=name, added_by=session.info.get("user") or "",
                      **{TARGET_KINDS[target.kind]: target.id})
    session.add(link)
    session.flush()
    note(session, changes)
    return link.id


def _link(session: Session, attachment_id: int) -> Attachment:
    link = session.get(Attachment, attachment_id)
    if link is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("Errors", "附件不存在（编号 {id}），可能已被删除。"),
                            id=attachment_id)
    return link


def detach(session: Session, attachment_id: int) -> AttachmentRow:
    """Remove one attachment; its content too when nothing else links to it. What was removed."""
    link = _link(session, attachment_id)
    size = session.scalar(select(AttachmentContent.size).where(AttachmentContent.sha256 == link.sha256))
    row = _row(link, size or 0)
    changes = check_target(session, row.target)
    session.delete(link)
    session.flush()
    others = session.scalar(select(func.count()).select_from(Attachment)
                            .where(Attachment.sha256 == row.sha256))
    if not others:
        content = session.get(AttachmentContent, row.sha256)
        if content is not None:
            session.delete(content)
            session.flush()
    note(session, changes)
    return row


# ---------------------------------------------------------------- reading

def _rows(session: Session, *where) -> tuple[AttachmentRow, ...]:
    query = (select(Attachment, AttachmentContent.size)
             .join(AttachmentContent, AttachmentContent.sha256 == Attachment.sha256)
             .where(*where).order_by(Attachment.added_at, Attachment.id))
    return tuple(_row(link, size) for link, size in session.execute(query))


def list_for(session: Session, target: Target) -> tuple[AttachmentRow, ...]:
    """The attachments of ``target``, oldest first."""
    return _rows(session, target.column == target.id)


def meeting_materials(session: Session, meeting_id: int) -> tuple[AttachmentRow, ...]:
    """会议材料: the meeting's own, then each agenda item's in agenda order."""
    own = _rows(session, Attachment.meeting_id == meeting_id)
    items = session.scalars(select(AgendaItem.id).where(AgendaItem.meeting_id == meeting_id)
                            .order_by(AgendaItem.position, AgendaItem.id)).all()
    by_item = {i: [] for i in items}
    for row in _rows(session, Attachment.agenda_item_id.in_(items)) if items else ():
        by_item[row.target.id].append(row)
    return own + tuple(r for i in items for r in by_item[i])


def get_attachment(session: Session, attachment_id: int) -> AttachmentRow:
    link = _link(session, attachment_id)
    size = session.scalar(select(AttachmentContent.size).where(AttachmentContent.sha256 == link.sha256))
    return _row(link, size or 0)


def read_bytes(session: Session, attachment_id: int) -> bytes:
    """The file's bytes, checked against their SHA-256."""
    link = _link(session, attachment_id)
    data = session.scalar(select(AttachmentContent.data).where(AttachmentContent.sha256 == link.sha256))
    if data is None or hashlib.sha256(data).hexdigest() != link.sha256:
        raise UserError(QT_TRANSLATE_NOOP("Errors", "附件“{name}”的内容已损坏（校验值不符）。"),
                        name=link.name)
    return bytes(data)


def export_copy(session: Session, attachment_id: int, path: Path | str) -> Path:
    """Save a copy atomically, readable by its owner only (it may hold personal data)."""
    destination = copy_destination(session, attachment_id, path)
    return write_atomically(destination, read_bytes(session, attachment_id))  # mode 0600 stays


def copy_destination(session: Session, attachment_id: int, path: Path | str) -> Path:
    """Where a copy saved to ``path`` goes: into it with the file's name when it is a folder;
    UserError when its folder does not exist."""
    path = Path(path)
    if path.is_dir():
        path = path / get_attachment(session, attachment_id).name
    if not path.parent.is_dir():
        raise UserError(QT_TRANSLATE_NOOP("Errors", "保存位置不存在：{folder}"), folder=path.parent)
    return path


def totals(session: Session) -> Totals:
    """How many attachments, distinct files and bytes the database holds."""
    links = session.scalar(select(func.count()).select_from(Attachment)) or 0
    files, size = session.execute(select(func.count(), func.coalesce(func.sum(AttachmentContent.size), 0))).one()
    return Totals(links, files or 0, int(size or 0))
