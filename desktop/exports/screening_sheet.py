"""The .xlsx a screening campaign sends out, and the list of enterprises not screened yet.

One row per entry: the eight header cells of the issue in their order (code and name filled,
the result cells empty for the screening unit to fill in), then 负责单位 and 所属园区/街道. The
list of enterprises not screened yet is the same sheet for those entries only, so it can be
sent out again and read back by the same import.
"""

from __future__ import annotations

import re
from pathlib import Path

from sqlalchemy.orm import Session

from desktop.errors import UserError
from desktop.exports.sheets import Sheet, SheetColumn, write_xlsx
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.progress import NO_PROGRESS, Progress
from desktop.services.screenings.core import EntryRow, get_campaign, list_entries
from desktop.services.screenings.plan import EXTRA_HEADERS, SHEET_HEADERS

_WIDTHS = (22, 36, 10, 12, 14, 12, 10, 30)
_SHEET_NAME_NOISE = re.compile(r"[\[\]:*?/\\]")


def _columns() -> list[SheetColumn]:
    filled = {SHEET_HEADERS[0]: lambda e: e.uscc, SHEET_HEADERS[1]: lambda e: e.enterprise}
    columns = [SheetColumn(title, width, filled.get(title, lambda _e: None))
               for title, width in zip(SHEET_HEADERS, _WIDTHS)]
    columns.append(SheetColumn(EXTRA_HEADERS[0], 24, lambda e: e.responsible))
    columns.append(SheetColumn(EXTRA_HEADERS[1], 18, lambda e: e.park))
    return columns


def sheet_title(name: str) -> str:
    """A worksheet name Excel accepts: no []:*?/\\, at most 31 characters."""
    return _SHEET_NAME_NOISE.sub("_", name).strip("'")[:31] or "排查表"


def export_screening_sheet(session: Session, campaign_id: int, path: str | Path, *,
                           unscreened: bool = False, progress: Progress = NO_PROGRESS) -> int:
    """Write the campaign's sheet (``unscreened``: only entries not screened yet); how many rows.

    Refused when ``unscreened`` is asked for and every enterprise has been screened.
    """
    campaign = get_campaign(session, campaign_id)
    entries: list[EntryRow] = list_entries(session, campaign_id)
    if unscreened:
        entries = [e for e in entries if not e.screened]
        if not entries:
            raise UserError(QT_TRANSLATE_NOOP("Errors", "“{name}”的企业都已排查，没有未排查名单可导出。"),
                            name=campaign.name)
    title = sheet_title(campaign.name + ("（未排查）" if unscreened else ""))
    write_xlsx(Path(path), [Sheet(title, _columns(), entries)], progress)
    return len(entries)
