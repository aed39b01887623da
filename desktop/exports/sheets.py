"""Tables as .xlsx (openpyxl, write-only) and .csv (UTF-8 with BOM), safe against formula injection.

A cell whose text starts with ``=``, ``+``, ``-`` or ``@`` would run as a formula in Excel and
WPS. In .xlsx such a cell is written as a string cell with the quote-prefix style (Excel shows a
leading apostrophe in the formula bar and never evaluates it); in .csv, which carries no types,
the text gets a leading apostrophe. Every sheet: row 1 is the header, each further row one
record, dates as real dates, fixed column widths, the header frozen.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from desktop.exports.atomic import atomic_write, atomic_write_bytes

FORMULA_STARTS = ("=", "+", "-", "@")
DATE_FORMAT = "yyyy-mm-dd"


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


def write_csv(path: Path, columns: Sequence[SheetColumn], records: Iterable[Any]) -> Path:
    """UTF-8 with BOM (Excel and WPS then read Chinese correctly), CRLF line ends."""
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([c.title for c in columns])
    for record in records:
        writer.writerow([csv_text(c.value(record)) for c in columns])
    return atomic_write_bytes(Path(path), out.getvalue().encode("utf-8-sig"))


def write_xlsx(path: Path, sheets: Sequence[Sheet]) -> Path:
    """One worksheet per ``Sheet``, written atomically."""
    import openpyxl

    book = openpyxl.Workbook(write_only=True)
    for sheet in sheets:
        _write_sheet(book, sheet)
    return atomic_write(Path(path), lambda tmp: book.save(str(tmp)))


def _write_sheet(book, sheet: Sheet) -> None:
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
    for record in sheet.records:
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
