"""Working days in mainland China: statutory holidays, 调休 make-up working days and weekends.

Sources, first match wins:
1. the user's ``holidays`` table (hand entries and imported schedules), which overrides
2. the ``chinesecalendar`` package (2004 up to the last year it ships), else
3. the statutory holiday days (``statutory``) and plain weekends, reported with ``known=False``
   so the user can be told the year is not loaded and dates computed from it are provisional.

A year chinesecalendar does not know counts as known once the table holds at least one
``holiday`` row of it, so an imported 2027 schedule makes 2027 fully known. Look-ups are cached per session and year
(``session.info``); every writer here clears that cache.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import Enum
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.errors import ValidationError
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.models import Holiday, HolidayKind
from desktop.services.dates.statutory import FIRST_YEAR, statutory_holidays
from desktop.services.kernel.timeutil import to_local

_CACHE_KEY = "holidays.by_year"
_WEEKDAYS = "一二三四五六日"


class DayKind(str, Enum):
    """What a day is for work."""

    WORKDAY = "workday"
    WEEKEND = "weekend"
    HOLIDAY = "holiday"
    MAKEUP_WORKDAY = "makeup_workday"   # 调休上班: a weekend day that is worked


class DaySource(str, Enum):
    """Which source decided a DayInfo."""

    TABLE = "table"
    CHINESECALENDAR = "chinesecalendar"
    WEEKEND_FALLBACK = "weekend_fallback"
    STATUTORY = "statutory"   # a statutory holiday day of a year whose schedule is not loaded


WORKING_KINDS = (DayKind.WORKDAY.value, DayKind.MAKEUP_WORKDAY.value)


@dataclass(frozen=True)
class DayInfo:
    """What one calendar day is; ``known`` is False when no source knows its year."""

    date: date
    kind: str
    name: str
    source: str
    known: bool

    @property
    def is_working_day(self) -> bool:
        return self.kind in WORKING_KINDS


@dataclass(frozen=True)
class HolidayRow:
    """One row of the user's holiday table."""

    id: int
    date: date
    kind: str
    name: str
    source: str
    version: int


@dataclass(frozen=True)
class ScheduleEntry:
    """One parsed line of a schedule file."""

    line: int
    date: date
    kind: str
    name: str


@dataclass(frozen=True)
class ImportResult:
    """What an import changed, per year."""

    years: tuple[int, ...]
    added: int
    updated: int
    removed: int


class ScheduleImportError(ValidationError):
    """A schedule file with bad lines; ``problems`` holds (line number, message) pairs."""

    def __init__(self, problems: list[tuple[int, str]]) -> None:
        self.problems = tuple(problems)
        shown = "；".join(f"第{n}行：{text}" for n, text in problems[:10])
        more = f"；另有{len(problems) - 10}处错误" if len(problems) > 10 else ""
        super().__init__(
            QT_TRANSLATE_NOOP("Errors", "节假日安排文件有错误，未导入任何内容：{details}"),
            field="file", details=shown + more,
        )


# ---------------------------------------------------------------- look-ups

def day_info(session: Session, day: date) -> DayInfo:
    """What ``day`` is: the user table overrides chinesecalendar; unknown years fall back to weekends."""
    if isinstance(day, datetime):
        day = to_local(day).date()
    table = _table_year(session, day.year)
    weekend = day.weekday() >= 5
    if day in table:
        kind, name = table[day]
        if kind == HolidayKind.HOLIDAY.value:
            return DayInfo(day, DayKind.HOLIDAY.value, name, DaySource.TABLE.value, True)
        kind = DayKind.MAKEUP_WORKDAY.value if weekend else DayKind.WORKDAY.value
        return DayInfo(day, kind, name, DaySource.TABLE.value, True)
    package = _chinesecalendar_day(day)
    if package is not None:
        return package
    if _table_knows_year(table):
        return _plain_day(day, DaySource.TABLE.value, True)
    return _statutory_or_plain_day(day)


def is_working_day(session: Session, day: date) -> bool:
    """True on workdays and 调休 make-up working days."""
    return day_info(session, day).is_working_day


def next_working_day(session: Session, day: date, *, inclusive: bool = False) -> date:
    """The first working day after ``day`` (on or after it when ``inclusive``)."""
    candidate = day if inclusive else day + timedelta(days=1)
    for _ in range(366):
        if is_working_day(session, candidate):
            return candidate
        candidate += timedelta(days=1)
    raise ValidationError(QT_TRANSLATE_NOOP("Errors", "{day} 之后一年内没有工作日，请检查节假日表。"),
                          day=day.isoformat())


def working_days_between(session: Session, first: date, last: date) -> int:
    """How many working days lie in ``first``..``last``, both included (0 when last < first)."""
    count, day = 0, first
    while day <= last:
        count += is_working_day(session, day)
        day += timedelta(days=1)
    return count


def shift_to_working_day(session: Session, start: datetime) -> datetime:
    """``start`` moved to the first working day on or after its local date, same local time."""
    local = to_local(start)
    target = next_working_day(session, local.date(), inclusive=True)
    return (local + timedelta(days=(target - local.date()).days)).astimezone(start.tzinfo)


def day_warning(info: DayInfo) -> str | None:
    """A one-line Chinese warning for a meeting on a non-working day, else None."""
    if info.kind == DayKind.HOLIDAY.value:
        return QT_TRANSLATE_NOOP("Labels", "{day} 是法定节假日（{name}）").format(
            day=info.date.isoformat(), name=info.name or "节假日")
    if info.kind == DayKind.WEEKEND.value:
        return QT_TRANSLATE_NOOP("Labels", "{day} 是星期{weekday}（休息日）").format(
            day=info.date.isoformat(), weekday=_WEEKDAYS[info.date.weekday()])
    return None


def unknown_year_note(year: int) -> str:
    """The note shown once for a year no source knows."""
    return QT_TRANSLATE_NOOP(
        "Labels", "{year}年的法定节假日安排尚未导入，只知法定节假日、不知调休（可在节假日表中导入）。"
    ).format(year=year)


def _plain_day(day: date, source: str, known: bool) -> DayInfo:
    if day.weekday() >= 5:
        return DayInfo(day, DayKind.WEEKEND.value, "", source, known)
    return DayInfo(day, DayKind.WORKDAY.value, "", source, known)


def _statutory_or_plain_day(day: date) -> DayInfo:
    """An unloaded year: its statutory holiday days are still known; weekends, no 调休."""
    if day.year >= FIRST_YEAR:
        name = statutory_holidays(day.year).get(day)
        if name:
            return DayInfo(day, DayKind.HOLIDAY.value, name, DaySource.STATUTORY.value, False)
    return _plain_day(day, DaySource.WEEKEND_FALLBACK.value, False)


def _chinesecalendar_day(day: date) -> DayInfo | None:
    try:
        import chinese_calendar
    except ImportError:  # the package is optional at run time: fall back to weekends
        return None
    try:
        on_holiday, english = chinese_calendar.get_holiday_detail(day)
    except NotImplementedError:  # a year the package does not know (2027+ for 1.11)
        return None
    name = _chinese_name(chinese_calendar, english)
    source = DaySource.CHINESECALENDAR.value
    weekend = day.weekday() >= 5
    if on_holiday:
        if english:
            return DayInfo(day, DayKind.HOLIDAY.value, name, source, True)
        return DayInfo(day, DayKind.WEEKEND.value, "", source, True)
    if weekend:  # worked although a weekend: 调休
        return DayInfo(day, DayKind.MAKEUP_WORKDAY.value, f"{name}调休上班" if name else "调休上班",
                       source, True)
    return DayInfo(day, DayKind.WORKDAY.value, "", source, True)


def _chinese_name(module, english: str | None) -> str:
    if not english:
        return ""
    for member in module.Holiday:
        if member.value == english:
            return member.chinese
    return english


def _table_year(session: Session, year: int) -> dict[date, tuple[str, str]]:
    cache = session.info.setdefault(_CACHE_KEY, {})
    if year not in cache:
        rows = session.execute(
            select(Holiday.date, Holiday.kind, Holiday.name)
            .where(Holiday.date >= date(year, 1, 1), Holiday.date <= date(year, 12, 31))
        )
        cache[year] = {d: (k, n) for d, k, n in rows}
    return cache[year]


def _table_knows_year(table: dict[date, tuple[str, str]]) -> bool:
    return any(kind == HolidayKind.HOLIDAY.value for kind, _ in table.values())


def _forget(session: Session) -> None:
    session.info.pop(_CACHE_KEY, None)


# ---------------------------------------------------------------- the user's table

def list_holidays(session: Session, year: int | None = None) -> list[HolidayRow]:
    """The user's table (optionally one year), by date."""
    query = select(Holiday).order_by(Holiday.date)
    if year is not None:
        query = query.where(Holiday.date >= date(year, 1, 1), Holiday.date <= date(year, 12, 31))
    return [HolidayRow(h.id, h.date, h.kind, h.name, h.source, h.version)
            for h in session.scalars(query)]


def set_holiday(session: Session, day: date, kind: str, name: str = "", source: str = "user") -> int:
    """Add or replace the table's entry for ``day``; returns its id."""
    cleaned = _clean_kind(kind)
    if cleaned is None:
        raise ValidationError(_KIND_MESSAGE, field="kind", value=kind)
    row = session.scalar(select(Holiday).where(Holiday.date == day))
    if row is None:
        row = Holiday(date=day)
        session.add(row)
    row.kind, row.name, row.source = cleaned, name.strip()[:100], source[:200]
    session.flush()
    _forget(session)
    return row.id


def remove_holiday(session: Session, day: date) -> bool:
    """Remove the table's entry for ``day`` (chinesecalendar applies again); False if none."""
    row = session.scalar(select(Holiday).where(Holiday.date == day))
    if row is None:
        return False
    session.delete(row)
    session.flush()
    _forget(session)
    return True


_KIND_MESSAGE = QT_TRANSLATE_NOOP("Errors", "类型“{value}”无效：应为 holiday（放假）或 workday（调休上班）。")
_KIND_WORDS = {
    HolidayKind.HOLIDAY.value: ("holiday", "休", "假", "放假", "休息", "节假日", "法定节假日"),
    HolidayKind.WORKDAY.value: ("workday", "班", "上班", "补班", "调休上班", "工作日"),
}
_HEADER_WORDS = {"date", "日期"}


def _clean_kind(text: str) -> str | None:
    word = text.strip().lower()
    for kind, words in _KIND_WORDS.items():
        if word in words:
            return kind
    return None


def parse_schedule(text: str) -> list[ScheduleEntry]:
    """Lines ``date,kind,name`` (a header, blank lines and ``#`` comments allowed).

    Dates are YYYY-MM-DD (or YYYY/MM/DD); kind is holiday/workday or 放假/上班/休/班. Every bad
    line is reported with its number in one ScheduleImportError.
    """
    entries, problems, seen = [], [], {}
    rows = csv.reader(io.StringIO(text.replace("，", ",").replace("\t", ",")))
    for number, cells in enumerate(rows, start=1):
        cells = [c.strip() for c in cells]
        if not any(cells) or cells[0].startswith("#"):
            continue
        if number == 1 and cells[0].lower() in _HEADER_WORDS:
            continue
        entry, problem = _parse_line(number, cells)
        if problem:
            problems.append((number, problem))
        elif entry.date in seen:
            problems.append((number, f"日期 {entry.date.isoformat()} 与第{seen[entry.date]}行重复"))
        else:
            seen[entry.date] = number
            entries.append(entry)
    if problems:
        raise ScheduleImportError(problems)
    if not entries:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "节假日安排文件中没有任何日期。"), field="file")
    return entries


def _parse_line(number: int, cells: list[str]) -> tuple[ScheduleEntry | None, str | None]:
    if len(cells) < 2:
        return None, "应为“日期,类型,名称”三列"
    try:
        day = date.fromisoformat(cells[0].replace("/", "-"))
    except ValueError:
        return None, f"日期“{cells[0]}”无效，应为 YYYY-MM-DD"
    kind = _clean_kind(cells[1])
    if kind is None:
        return None, f"类型“{cells[1]}”无效，应为 holiday（放假）或 workday（上班）"
    name = cells[2] if len(cells) > 2 else ""
    if len(name) > 100:
        return None, "名称过长（最多100个字）"
    return ScheduleEntry(number, day, kind, name), None


def read_schedule_file(path: Path) -> str:
    """A schedule file's text: UTF-8 (with or without BOM), else GB18030 as Excel saves it."""
    data = Path(path).read_bytes()
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("gb18030", errors="replace")


def import_schedule(session: Session, text: str, source: str = "import", *,
                    replace_years: bool = True) -> ImportResult:
    """Load a year's schedule, all or nothing.

    With ``replace_years`` the file is the whole truth for each year it mentions: the table's
    other rows of those years are removed, so a corrected schedule leaves no stale days.
    """
    entries = parse_schedule(text)
    years = tuple(sorted({e.date.year for e in entries}))
    existing = {h.date: h for h in session.scalars(select(Holiday).where(
        Holiday.date >= date(years[0], 1, 1), Holiday.date <= date(years[-1], 12, 31)))}
    removed = 0
    if replace_years:
        wanted = {e.date for e in entries}
        for day, row in existing.items():
            if day.year in years and day not in wanted:
                session.delete(row)  # one by one, so the audit log records each
                removed += 1
    added = updated = 0
    for entry in entries:
        row = existing.get(entry.date)
        if row is None:
            session.add(Holiday(date=entry.date, kind=entry.kind, name=entry.name, source=source[:200]))
            added += 1
        elif (row.kind, row.name) != (entry.kind, entry.name) or row.source != source[:200]:
            row.kind, row.name, row.source = entry.kind, entry.name, source[:200]
            updated += 1
    session.flush()
    _forget(session)
    return ImportResult(years, added, updated, removed)


def import_schedule_file(session: Session, path: Path, *, replace_years: bool = True) -> ImportResult:
    """``import_schedule`` on a file's text; the file name is the source."""
    return import_schedule(session, read_schedule_file(path), Path(path).name,
                           replace_years=replace_years)


def non_working_days(session: Session, days: Iterable[date]) -> list[DayInfo]:
    """The DayInfo of every day in ``days`` that is not a working day, in the given order."""
    return [info for info in (day_info(session, d) for d in days) if not info.is_working_day]
