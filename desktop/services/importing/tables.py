"""Reading the tables offices keep: .xlsx (openpyxl) and .csv in the encodings Excel writes."""

from __future__ import annotations

import codecs
import csv
import io
import re
import warnings
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path

from desktop.errors import UserError
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.progress import Progress
from desktop.services.kernel.archives import ArchiveTooLarge, check_unpacked_size
from desktop.services.kernel.validation import printable
from desktop.text import strip_controls

HEADER_SCAN_ROWS = 10
# README "Limits": a .csv of at most 100 MB, an .xlsx that unpacks to at most 100 MB
# (kernel.archives), and at most 100,000 rows with text; beyond them a file is refused unread.
MAX_CSV_BYTES = 100 * 2**20
MAX_ROWS = 100_000
PREFERRED_SHEETS = ("联系人", "通讯录")
CSV_DELIMITERS = (",", "\t", ";")
_HEADER_NOISE = re.compile(r"[\s*＊:：]|[（(][^）)]*[）)]")


STEP_ROWS = 100  # progress (and a possible cancel) every so many rows
READING = QT_TRANSLATE_NOOP("Progress", "正在读取文件…")
CHECKING = QT_TRANSLATE_NOOP("Progress", "正在核对第 {done}/{total} 行")


def stepped(rows: Sequence, progress: Progress, text: str = CHECKING) -> Iterator:
    """``rows`` one by one, reporting progress every ``STEP_ROWS``; ``Cancelled`` stops it."""
    total = len(rows)
    for done, row in enumerate(rows):
        if done % STEP_ROWS == 0:
            progress.step(done, total, text, dict(done=done, total=total))
        yield row


class ImportFileError(UserError):
    """A file that cannot be read as a table, or whose header is not understood."""


@dataclass(frozen=True)
class Table:
    """The non-empty rows of one sheet as text, each with its row number in the sheet."""

    path: str
    sheet: str
    rows: tuple[tuple[int, tuple[str, ...]], ...]

    @property
    def name(self) -> str:
        return Path(self.path).name


@dataclass(frozen=True)
class Header:
    """Where the header row is and which column holds which field (first column first)."""

    row: int
    columns: Mapping[str, tuple[int, ...]]
    labels: tuple[str, ...]
    ignored: tuple[str, ...]


def read_table(path: str | Path) -> Table:
    """The first sheet (or one named 联系人/通讯录) of an .xlsx, or a .csv, as text cells."""
    if "\x00" in str(path):  # os.stat raises ValueError for it
        raise ImportFileError(QT_TRANSLATE_NOOP("Errors", "找不到文件：{path}"), path=printable(path))
    path = Path(path).expanduser().resolve()
    if not path.exists():
        raise ImportFileError(QT_TRANSLATE_NOOP("Errors", "找不到文件：{path}"), path=path)
    if not path.is_file():
        raise ImportFileError(QT_TRANSLATE_NOOP("Errors", "不是文件：{path}"), path=path)
    suffix = path.suffix.lower()
    if suffix == ".xlsx":
        return _read_xlsx(path)
    if suffix == ".csv":
        return _read_csv(path)
    if suffix in (".xls", ".et", ".wps"):
        raise ImportFileError(
            QT_TRANSLATE_NOOP("Errors", "不支持旧版表格文件“{name}”：请在 Excel 或 WPS 中另存为 .xlsx 后再导入。"),
            name=path.name,
        )
    raise ImportFileError(
        QT_TRANSLATE_NOOP("Errors", "不支持的文件类型“{name}”：请使用 .xlsx 或 .csv 文件。"), name=path.name
    )


def cell_text(value: object) -> str:
    """A cell as the text a person reads: 13812345678.0 → '13812345678', dates as YYYY-MM-DD."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == time() else value.isoformat(" ", "minutes")
    if isinstance(value, (date, time)):
        return value.isoformat()
    return strip_controls(str(value)).strip()  # a preview must never echo an escape sequence


def _unreadable(path: Path, reason: object) -> ImportFileError:
    return ImportFileError(
        QT_TRANSLATE_NOOP("Errors", "无法读取文件 {path}：{reason}"), path=path, reason=reason
    )


def _read_xlsx(path: Path) -> Table:
    import openpyxl

    try:
        check_unpacked_size(path, path.name)
    except ArchiveTooLarge as exc:
        raise ImportFileError(exc.template, **exc.params) from None
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # "no default style" and similar from other tools
            book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except OSError as exc:
        raise _unreadable(path, exc.strerror or exc) from None
    except Exception:  # noqa: BLE001 - a damaged package fails in zlib, lxml, openpyxl… alike
        raise _unreadable(path, "不是有效的 .xlsx 文件") from None
    try:
        if not book.worksheets:
            raise _unreadable(path, "文件中没有工作表")
        sheet = next((book[n] for n in PREFERRED_SHEETS if n in book.sheetnames), book.worksheets[0])
        # Read-only mode trusts the file's <dimension>, which some tools write wrongly.
        sheet.reset_dimensions()
        return Table(str(path), sheet.title, _nonempty_rows(sheet.iter_rows(values_only=True), path))
    except UserError:
        raise
    except Exception:  # noqa: BLE001 - read-only mode parses the sheet while it is iterated
        raise _unreadable(path, "工作表内容已损坏，不是有效的 .xlsx 文件") from None
    finally:
        book.close()


def _read_csv(path: Path) -> Table:
    try:
        if path.stat().st_size > MAX_CSV_BYTES:
            raise ImportFileError(QT_TRANSLATE_NOOP(
                "Errors", "文件“{name}”超过 {limit} MB 的上限，未读取：请分成几个文件后再导入。"),
                name=path.name, limit=MAX_CSV_BYTES // 2**20)
        raw = path.read_bytes()
    except OSError as exc:
        raise _unreadable(path, exc.strerror or exc) from None
    text = decode_text(raw)
    if text is None:
        raise _unreadable(path, "无法识别文字编码（应为 UTF-8 或 GB18030）")
    delimiter = sniff_delimiter(text)
    records = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        rows = _nonempty_rows(records, path)
    except csv.Error as exc:
        raise _unreadable(path, printable(exc, 200)) from None
    return Table(str(path), "", rows)


def _nonempty_rows(records: Iterable[Iterable[object]], path: Path) -> tuple[tuple[int, tuple[str, ...]], ...]:
    # Sheets formatted down to row 1048576 yield a million empty rows: keep only rows with text.
    rows = []
    for number, record in enumerate(records, start=1):
        cells = [cell_text(v) for v in record]
        while cells and not cells[-1]:
            cells.pop()
        if cells:
            if len(rows) == MAX_ROWS:
                raise ImportFileError(QT_TRANSLATE_NOOP(
                    "Errors", "文件“{name}”第{row}行起超过了一次最多导入 {limit} 行的上限：请分成几个文件后再导入。"),
                    name=path.name, row=number, limit=MAX_ROWS)
            rows.append((number, tuple(cells)))
    return tuple(rows)


def decode_text(raw: bytes) -> str | None:
    """UTF-8 with or without BOM, UTF-16 with BOM, else GB18030 (Excel on Chinese Windows)."""
    if raw.startswith(codecs.BOM_UTF8):
        encodings = ("utf-8-sig",)
    elif raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encodings = ("utf-16",)
    else:
        encodings = ("utf-8", "gb18030")
    for encoding in encodings:
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    return None


def sniff_delimiter(text: str) -> str:
    """The delimiter that splits the first lines into the most fields (ties: comma, tab, semicolon)."""
    sample = [line for line in text.splitlines()[:HEADER_SCAN_ROWS * 2] if line.strip()]

    def fields(delimiter: str) -> int:
        try:
            return sum(len(r) for r in csv.reader(sample, delimiter=delimiter))
        except csv.Error:
            return 0

    return max(CSV_DELIMITERS, key=fields)


def normalise_label(text: str) -> str:
    """'* 手机（必填）：' → '手机'; 'E-Mail' → 'e-mail'."""
    return _HEADER_NOISE.sub("", text).lower()


def find_header(table: Table, synonyms: Mapping[str, Iterable[str]]) -> Header | None:
    """The row among the first ten that names the most known fields; None when none does."""
    lookup = {normalise_label(s): field for field, names in synonyms.items() for s in names}
    best: Header | None = None
    for number, cells in table.rows:
        if number > HEADER_SCAN_ROWS:
            break
        columns: dict[str, list[int]] = {}
        ignored = []
        for index, label in enumerate(cells):
            field = lookup.get(normalise_label(label))
            if field:
                columns.setdefault(field, []).append(index)
            elif label:
                ignored.append(label)
        if columns and (best is None or len(columns) > len(best.columns)):
            labels = tuple(c for c in cells if c)
            best = Header(number, {k: tuple(v) for k, v in columns.items()}, labels, tuple(ignored))
    return best


def first_labels(table: Table) -> tuple[str, ...]:
    """The cells of the first non-empty row: what to show when no header is recognised."""
    return tuple(c for c in table.rows[0][1] if c) if table.rows else ()
