"""The audit log as .xlsx (openpyxl write-only, through ``sheets``): one row per entry of a filtered
list, newest first, with the personal data masked as on the page.

修改前 and 修改后 list each changed field on its own line as ``字段：值``, so an entry that
changed three fields stays one row and every value keeps its field. Times are Beijing time.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from sqlalchemy.orm import Session

from desktop.exports.sheets import Sheet, SheetColumn, write_xlsx
from desktop.progress import NO_PROGRESS, Progress
from desktop.services.audit.query import AuditFilter, AuditRow, count_audit, iter_audit
from desktop.services.kernel.timeutil import to_local

SHEET_TITLE = "操作日志"


def _values(row: AuditRow, side: str) -> str:
    return "\n".join(f"{c.label}：{getattr(c, side) or ''}" for c in row.changes)


COLUMNS = (
    SheetColumn("时间", 18, lambda r: to_local(r.at).replace(tzinfo=None)),
    SheetColumn("操作人", 14, lambda r: r.user),
    SheetColumn("记录", 16, lambda r: r.entity_label),
    SheetColumn("编号", 8, lambda r: r.entity_id),
    SheetColumn("操作", 14, lambda r: r.action_label),
    SheetColumn("字段", 28, lambda r: r.fields_text),
    SheetColumn("修改前", 40, lambda r: _values(r, "before")),
    SheetColumn("修改后", 40, lambda r: _values(r, "after")),
)


class _Entries(Iterable[AuditRow]):
    """The matching entries, read as the sheet is written; ``len`` (for the progress) is counted
    first, ``written`` is how many were written."""

    def __init__(self, session: Session, flt: AuditFilter) -> None:
        self._session, self._flt = session, flt
        self._total = count_audit(session, flt)
        self.written = 0

    def __len__(self) -> int:
        return self._total

    def __iter__(self) -> Iterator[AuditRow]:
        for row in iter_audit(self._session, self._flt):
            self.written += 1
            yield row


def export_audit(session: Session, path: str | Path, flt: AuditFilter | None = None, *,
                 progress: Progress = NO_PROGRESS) -> int:
    """Write the entries ``flt`` selects (all without it) to ``path``; how many were written."""
    entries = _Entries(session, flt or AuditFilter())
    write_xlsx(Path(path), [Sheet(SHEET_TITLE, COLUMNS, entries)], progress)
    return entries.written
