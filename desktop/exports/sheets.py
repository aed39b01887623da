"""Tables as .xlsx (openpyxl, write-only) and .csv (UTF-8 with BOM), safe against formula injection.

A cell whose text starts with ``=``, ``+``, ``-`` or ``@`` would run as a formula in Excel and
WPS. In .xlsx such a cell is written as a string cell with the quote-prefix style (Excel shows a
leading apostrophe in the formula bar and never evaluates it); in .csv, which carries no types,
the text gets a leading apostrophe. Every sheet: row 1 is the header, each further row one
record, dates as real dates, fixed column widths, the header frozen.

The rows are written into the temporary file that ``atomic_write`` renames at the end, so a
``Cancelled`` from ``progress.step`` (or any failure) leaves no file and no temporary file.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterable, Iterator, Sequence, Sized
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from desktop.exports.atomic import atomic_write
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.progress import NO_PROGRESS, Progress

FORMULA_STARTS = ("=", "+", "-", "@")
DATE_FORMAT = "yyyy-mm-dd"
STEP_ROWS = 500  # progress (and a possible cancel) every so many rows
WRITING = QT_TRANSLATE_NOOP("Progress", "正在写入第 {done}/{total} 行")
SAVING = QT_TRANSLATE_NOOP("Progress", "正在保存文件…")


@dataclass(frozen=True)
class SheetColumn:
    """A header, a width in characters and how to read the value from a record."""

    title: str
    width: float
    value: Callable[[Any], object]


@dataclass(frozen=True)
class Sheet:
    title: str
    columns: Sequence[SheetColumn]
    records: Iterable[Any]


def is_formula_like(text: str) -> bool:
    return text.startswith(FORMULA_STARTS)


def csv_text(value: object) -> str:
    """A value as a .csv field: dates ISO, None empty, formula-like text behind an apostrophe."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, datetime):
        return value.isoformat(" ", "minutes")
    if isinstance(value, date):
        return value.isoformat()
    text = str(value)
    return "'" + text if is_formula_like(text) else text


class _Counter:
    """Counts the rows written across sheets and reports every ``STEP_ROWS``."""

    def __init__(self, progress: Progress, total: int) -> None:
        self.progress, self.total, self.done = progress, total, 0

    def each(self, records: Iterable[Any]) -> Iterator[Any]:
        for record in records:
            if self.done % STEP_ROWS == 0:
                self.progress.step(self.done, self.total, WRITING, dict(done=self.done, total=self.total))
            self.done += 1
            yield record

    def saving(self) -> None:
        self.progress.step(self.total, self.total, SAVING)


def _total(records: Iterable[Any]) -> int:
    return len(records) if isinstance(records, Sized) else 0


def write_csv(path: Path, columns: Sequence[SheetColumn], records: Iterable[Any],
              progress: Progress = NO_PROGRESS) -> Path:
    """UTF-8 with BOM (Excel and WPS then read Chinese correctly), CRLF line ends."""
    counter = _Counter(progress, _total(records))

    def write(tmp: Path) -> None:
        out = io.StringIO(newline="")
        writer = csv.writer(out, lineterminator="\r\n")
        writer.writerow([c.title for c in columns])
        for record in counter.each(records):
            writer.writerow([csv_text(c.value(record)) for c in columns])
        counter.saving()
        tmp.write_bytes(out.getvalue().encode("utf-8-sig"))
    return atomic_write(Path(path), write)


def write_xlsx(path: Path, sheets: Sequence[Sheet], progress: Progress = NO_PROGRESS) -> Path:
    """One worksheet per ``Sheet``, written atomically."""
    counter = _Counter(progress, sum(_total(s.records) for s in sheets))

    def write(tmp: Path) -> None:
        import openpyxl

        book = openpyxl.Workbook(write_only=True)
        try:
            for sheet in sheets:
                _write_sheet(book, sheet, counter)
            counter.saving()
        except BaseException:
            _abandon(book)
            raise
        book.save(str(tmp))
    return atomic_write(Path(path), write)


def _abandon(book) -> None:
    """Close a cancelled write-only book's sheets in order (left to the garbage collector, their
    streams close in any order and lxml complains)."""
    for ws in book.worksheets:
        try:
            ws.close()
        except Exception:  # noqa: BLE001, S110 - already closed or broken: it is thrown away anyway
            pass


def _write_sheet(book, sheet: Sheet, counter: _Counter) -> None:
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    ws = book.create_sheet(sheet.title[:31])
    for number, column in enumerate(sheet.columns, start=1):
        ws.column_dimensions[get_column_letter(number)].width = column.width
    ws.freeze_panes = "A2"
    bold = Font(bold=True)
    header = []
    for column in sheet.columns:
        cell = WriteOnlyCell(ws, value=column.title)
        cell.font = bold
        header.append(cell)
    ws.append(header)
    for record in counter.each(sheet.records):
        ws.append([_cell(ws, WriteOnlyCell, c.value(record)) for c in sheet.columns])


def _cell(ws, cell_type, value: object):
    if value is None or isinstance(value, (int, float)) and not isinstance(value, bool):
        return value
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, (date, datetime)):
        cell = cell_type(ws, value=value)
        cell.number_format = DATE_FORMAT if not isinstance(value, datetime) else "yyyy-mm-dd hh:mm"
        return cell
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    text = ILLEGAL_CHARACTERS_RE.sub("", str(value))  # control characters make openpyxl refuse
    if not is_formula_like(text):
        return text
    cell = cell_type(ws, value=text)
    cell.data_type = "s"      # openpyxl would make it a formula ("f") from the leading "="
    cell.quotePrefix = True
    return cell
