"""Loading a row by id and guarding a save against a stale form: shared by every feature."""

from __future__ import annotations

from sqlalchemy.orm import Session

from desktop.errors import ConcurrencyError, NotFoundError
from desktop.i18n import QT_TRANSLATE_NOOP


def get_or_refuse(session: Session, entity, row_id: int):
    """The ``entity`` row with id ``row_id``; a NotFoundError when it is gone."""
    obj = session.get(entity, row_id)
    if obj is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("Errors", "记录不存在（编号 {id}），可能已被删除。"), id=row_id)
    return obj


def check_version(obj, version: int | None) -> None:
    """A form saves against the version it loaded; someone else's save in between is refused."""
    if version is not None and obj.version != version:
        raise ConcurrencyError(QT_TRANSLATE_NOOP("Errors", "该记录已被他人修改，请刷新后重试。"))
