"""Reading .ics files from Outlook, Thunderbird, WPS and phones into plain event rows.

A strict pre-scan runs first, because ``icalendar`` forgives or reports without a line number:
every content line (after unfolding) must be ``NAME[;PARAM=…]:value``; BEGIN and END must pair
up; dates and times must be real dates. The first fault refuses the whole file with its line.

Time zones: Windows names as Outlook writes them (``TZID=China Standard Time``) and Outlook's
display names (``(UTC+08:00) Beijing, Chongqing, Hong Kong, Urumqi``) map to IANA zones; IANA
names are used as they are; any other TZID uses the file's own VTIMEZONE, else Beijing time
with a warning. Floating times are Beijing time; UTC stays UTC; DATE values are all-day.
"""

from __future__ import annotations

import calendar as _calendar
import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import icalendar

from desktop.config import LOCAL_TZ
from desktop.errors import UserError
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.services.kernel.timeutil import RANGE_TEXT, in_supported_range
from desktop.services.kernel.validation import printable
from desktop.text import strip_controls

# The Windows zones of the Unicode CLDR windowsZones table most likely to reach this office.
WINDOWS_ZONES = {
    "China Standard Time": "Asia/Shanghai",
    "Taipei Standard Time": "Asia/Taipei",
    "Singapore Standard Time": "Asia/Singapore",
    "North Asia East Standard Time": "Asia/Irkutsk",
    "Ulaanbaatar Standard Time": "Asia/Ulaanbaatar",
    "W. Australia Standard Time": "Australia/Perth",
    "Tokyo Standard Time": "Asia/Tokyo",
    "Korea Standard Time": "Asia/Seoul",
    "SE Asia Standard Time": "Asia/Bangkok",
    "India Standard Time": "Asia/Kolkata",
    "Arabian Standard Time": "Asia/Dubai",
    "Russian Standard Time": "Europe/Moscow",
    "AUS Eastern Standard Time": "Australia/Sydney",
    "New Zealand Standard Time": "Pacific/Auckland",
    "GMT Standard Time": "Europe/London",
    "Greenwich Standard Time": "Atlantic/Reykjavik",
    "W. Europe Standard Time": "Europe/Berlin",
    "Romance Standard Time": "Europe/Paris",
    "Central Europe Standard Time": "Europe/Budapest",
    "Central European Standard Time": "Europe/Warsaw",
    "E. Europe Standard Time": "Europe/Chisinau",
    "FLE Standard Time": "Europe/Kiev",
    "Eastern Standard Time": "America/New_York",
    "Central Standard Time": "America/Chicago",
    "Mountain Standard Time": "America/Denver",
    "Pacific Standard Time": "America/Los_Angeles",
    "Hawaiian Standard Time": "Pacific/Honolulu",
    "UTC": "UTC",
    "Coordinated Universal Time": "UTC",
}
_OFFSET_NAME = re.compile(r"\((?:UTC|GMT)\s*([+-])(\d{1,2}):?(\d{2})\)")
_NAME = r"[A-Za-z0-9-]+"
_PVALUE = r'(?:"[^"]*"|[^";:,]*)'
_LINE = re.compile(rf"({_NAME})((?:;{_NAME}={_PVALUE}(?:,{_PVALUE})*)*):(.*)", re.DOTALL)
_DATE_PROPS = {"DTSTART", "DTEND", "DUE", "RECURRENCE-ID", "EXDATE", "RDATE", "DTSTAMP",
               "CREATED", "LAST-MODIFIED"}
_DATE_VALUE = re.compile(r"(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})Z?)?")
# What one file may hold (README: "Limits"): 20 MB is read in a few seconds, 5,000 events import
# in about 15 s on a 2-core office PC; beyond them a file is refused before anything is built.
MAX_FILE_BYTES = 20 * 2**20
MAX_EVENTS = 5000
_DURATION = re.compile(r"[+-]?P(?:\d+W|(?:\d+D)?(?:T(?:\d+H)?(?:\d+M)?(?:\d+S)?)?)")


class IcsFormatError(UserError):
    """A malformed file; ``line`` is the 1-based physical line of the fault (None if unknown)."""

    def __init__(self, template: str, line: int | None = None, **params: object) -> None:
        self.line = line  # text from the file is quoted with its control characters escaped
        super().__init__(template, line=line, **{k: printable(v) if isinstance(v, str) else v
                                                 for k, v in params.items()})


@dataclass(frozen=True)
class ScannedFile:
    text: str
    event_lines: tuple[int, ...]   # the line of each BEGIN:VEVENT, in file order
    encoding: str


def _error(line: int, template: str, **params) -> IcsFormatError:
    return IcsFormatError(QT_TRANSLATE_NOOP("Errors", "日历文件第 {line} 行有误：{what}"), line,
                          what=template.format(**params) if params else template)


def decode(data: bytes) -> tuple[str, str]:
    """UTF-8 (as RFC 5545 says); an old Chinese export in GB18030 is accepted too."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as exc:
        bad_line = data[:exc.start].count(b"\n") + 1
    try:
        return data.decode("gb18030"), "gb18030"
    except UnicodeDecodeError:
        raise _error(bad_line, QT_TRANSLATE_NOOP("Errors", "不是 UTF-8 编码的文本。")) from None


_BREAK = re.compile(r"\r\n|\r|\n")


def logical_lines(text: str) -> list[tuple[int, str]]:
    """[(first physical line number, unfolded line)], blank lines left out.

    Lines end at CR LF, LF or a lone CR, as icalendar reads them; not at the other breaks
    ``str.splitlines`` knows (U+2028, NEL, form feed), which may stand inside a value.
    """
    out: list[tuple[int, str]] = []
    for number, raw in enumerate(_BREAK.split(text), 1):
        if raw[:1] in (" ", "\t") and out:
            out[-1] = (out[-1][0], out[-1][1] + raw[1:])
        elif raw.strip():
            out.append((number, raw))
    return out


def too_large(size: int) -> IcsFormatError:
    return IcsFormatError(QT_TRANSLATE_NOOP(
        "Errors", "日历文件过大（{size} MB）：一次最多导入 {limit} MB，请分批导出后再导入。"), None,
        size=round(size / 2**20, 1), limit=MAX_FILE_BYTES // 2**20)


def scan(data: bytes) -> ScannedFile:
    """Decode and check the structure and the limits; raises IcsFormatError with the first bad line."""
    if len(data) > MAX_FILE_BYTES:
        raise too_large(len(data))
    text, encoding = decode(data)
    text = _BREAK.sub("\r\n", text)  # a lone CR ends a line for icalendar too
    stack: list[tuple[str, int]] = []
    events: list[int] = []
    calendars = 0
    lines = logical_lines(text)
    for number, line in lines:
        match = _LINE.fullmatch(line)
        if match is None:
            if ":" not in line:
                raise _error(number, QT_TRANSLATE_NOOP("Errors", "缺少冒号（“{text}”）。"), text=line[:40])
            raise _error(number, QT_TRANSLATE_NOOP("Errors", "属性名或参数格式不正确（“{text}”）。"),
                         text=line[:40])
        name, value = match.group(1).upper(), match.group(3)
        if name in ("BEGIN", "END"):
            calendars += _begin_end(stack, name, value.strip().upper(), number, events)
        elif not stack:
            raise _error(number, QT_TRANSLATE_NOOP("Errors", "内容不在 BEGIN:VCALENDAR 与 END:VCALENDAR 之间。"))
        else:
            _check_value(name, match.group(2), value, number, stack[-1][0])
    if stack:
        what, begun = stack[-1]
        last = lines[-1][0] if lines else 1
        raise _error(last, QT_TRANSLATE_NOOP("Errors", "第 {begun} 行的 BEGIN:{what} 没有对应的 END:{what}。"),
                     begun=begun, what=what)
    if not calendars:
        raise _error(1, QT_TRANSLATE_NOOP("Errors", "不是日历文件：没有 BEGIN:VCALENDAR。"))
    return ScannedFile(text, tuple(events), encoding)


def _begin_end(stack: list, name: str, what: str, number: int, events: list[int]) -> int:
    if not re.fullmatch(_NAME, what):
        raise _error(number, QT_TRANSLATE_NOOP("Errors", "{name} 后的组件名“{what}”不正确。"), name=name, what=what)
    if name == "BEGIN":
        if not stack and what != "VCALENDAR":
            raise _error(number, QT_TRANSLATE_NOOP("Errors", "日历应以 BEGIN:VCALENDAR 开始，而不是 BEGIN:{what}。"),
                         what=what)
        if what == "VEVENT":
            if len(events) == MAX_EVENTS:
                raise _error(number, QT_TRANSLATE_NOOP(
                    "Errors", "从本行起超过了一次最多导入 {limit} 个日程的上限，请分批导出后再导入。"),
                    limit=MAX_EVENTS)
            events.append(number)
        stack.append((what, number))
        return 1 if what == "VCALENDAR" else 0
    if not stack:
        raise _error(number, QT_TRANSLATE_NOOP("Errors", "多余的 END:{what}。"), what=what)
    if stack[-1][0] != what:
        raise _error(number, QT_TRANSLATE_NOOP(
            "Errors", "END:{what} 与第 {begun} 行的 BEGIN:{open} 不对应。"),
            what=what, begun=stack[-1][1], open=stack[-1][0])
    stack.pop()
    return 0


def _check_value(name: str, params: str, value: str, number: int, component: str) -> None:
    if name in _DATE_PROPS and "VALUE=PERIOD" not in params.upper():
        for item in value.split(","):
            if not _is_date(item.strip()):
                raise _error(number, QT_TRANSLATE_NOOP("Errors", "{name} 的日期时间“{value}”无效。"),
                             name=name, value=item.strip()[:30])
    elif name == "RRULE":
        until = re.search(r"UNTIL=([^;]*)", value.upper())
        if until and not _is_date(until.group(1)):
            raise _error(number, QT_TRANSLATE_NOOP("Errors", "RRULE 的截止日期（UNTIL）“{value}”无效。"),
                         value=until.group(1)[:30])
    elif name == "DURATION" and component == "VEVENT" and not _DURATION.fullmatch(value.strip()):
        raise _error(number, QT_TRANSLATE_NOOP("Errors", "DURATION 的值“{value}”无效。"), value=value[:30])


def _is_date(value: str) -> bool:
    match = _DATE_VALUE.fullmatch(value)
    if match is None:
        return False
    year, month, day = (int(g) for g in match.groups()[:3])
    if not (1 <= month <= 12 and 1 <= day <= _calendar.monthrange(year or 1, month)[1]):
        return False
    if match.group(4) is None:
        return True
    hour, minute, second = (int(g) for g in match.groups()[3:])
    return hour < 24 and minute < 60 and second <= 60


# ---------------------------------------------------------------- time zones

def zone_for(tzid: str | None) -> tzinfo | None:
    """The zone a TZID names, by the Windows table, IANA or an "(UTC+08:00) …" display name."""
    if not tzid:
        return None
    tzid = tzid.strip().strip('"')
    if tzid in WINDOWS_ZONES:
        return ZoneInfo(WINDOWS_ZONES[tzid])
    if match := _OFFSET_NAME.search(tzid):
        sign, hours, minutes = match.groups()
        offset = timedelta(hours=int(hours), minutes=int(minutes)) * (-1 if sign == "-" else 1)
        return LOCAL_TZ if offset == timedelta(hours=8) else timezone(offset)
    try:
        return ZoneInfo(tzid)
    except (ZoneInfoNotFoundError, ValueError):
        return None


def to_moment(value, tzid: str | None, warnings: list[str],
              own_zones: frozenset[str] | None = None) -> tuple[datetime, bool]:
    """(aware datetime, all-day) from an icalendar date or datetime and its TZID parameter.

    ``own_zones``: the TZIDs the file defines in its VTIMEZONEs. icalendar remembers every
    VTIMEZONE it has ever parsed, process-wide, so without this a zone from an earlier file
    would silently stand in for one this file names but does not define.
    """
    if not isinstance(value, datetime):
        return datetime.combine(value, time(0), LOCAL_TZ), True
    zone = zone_for(tzid)
    if zone is not None:
        return value.replace(tzinfo=zone), False
    if value.tzinfo is not None and (not tzid or own_zones is None or tzid in own_zones):
        return value, False   # UTC, or the file's own VTIMEZONE
    if tzid:
        note = QT_TRANSLATE_NOOP("Errors", "不认识的时区“{tzid}”，已按北京时间处理。").format(
            tzid=printable(tzid, 60))
        if note not in warnings:
            warnings.append(note)
    return value.replace(tzinfo=LOCAL_TZ), False


def as_date(value) -> date:
    return value.date() if isinstance(value, datetime) else value


# ---------------------------------------------------------------- events

@dataclass(frozen=True)
class ImportedAttendee:
    name: str
    address: str     # "mailto:…" or another URI, as written
    role: str        # the app's role: chair|member|observer|recorder
    partstat: str


@dataclass(frozen=True)
class ImportedEvent:
    """One VEVENT as the app understands it; times aware."""

    uid: str
    sequence: int
    title: str
    start: datetime
    end: datetime
    all_day: bool
    location: str
    description: str
    url: str
    cancelled: bool
    rrule: str
    exdates: tuple[datetime, ...]
    recurrence_id: datetime | None
    attendees: tuple[ImportedAttendee, ...]
    line: int


@dataclass(frozen=True)
class ParsedFile:
    method: str
    events: tuple[ImportedEvent, ...]
    warnings: tuple[str, ...]
    encoding: str


_ROLES = {"CHAIR": "chair", "REQ-PARTICIPANT": "member", "OPT-PARTICIPANT": "observer",
          "NON-PARTICIPANT": "recorder"}
DEFAULT_LENGTH = timedelta(hours=1)
# Properties RFC 5545 allows once in a VEVENT; icalendar returns a list when one is repeated.
_ONCE = ("UID", "DTSTART", "DTEND", "DURATION", "RECURRENCE-ID", "SEQUENCE", "SUMMARY", "LOCATION",
         "DESCRIPTION", "STATUS", "URL", "RRULE", "X-MICROSOFT-CDO-ALLDAYEVENT")


def read_events(data: bytes) -> ParsedFile:
    """Every VEVENT of the file; IcsFormatError (with the line) when the file is malformed."""
    scanned = scan(data)
    try:
        calendars = icalendar.Calendar.from_ical(scanned.text, multiple=True)
    except Exception as exc:  # noqa: BLE001 - icalendar raises AttributeError, KeyError… on bad input
        raise IcsFormatError(QT_TRANSLATE_NOOP("Errors", "无法读取日历文件：{reason}"), None,
                             reason=str(exc) or type(exc).__name__) from None
    warnings: list[str] = []
    components = [e for cal in calendars for e in cal.walk("VEVENT")]
    method = next((str(c.get("METHOD", "")).upper() for c in calendars if c.get("METHOD")), "")
    own = frozenset(str(tz.get("TZID", "")) for cal in calendars for tz in cal.walk("VTIMEZONE"))
    events = tuple(_event(c, line, method, warnings, own) for c, line in zip(components, scanned.event_lines))
    return ParsedFile(method, events, tuple(warnings), scanned.encoding)


def _event(c, line: int, method: str, warnings: list[str], own: frozenset[str]) -> ImportedEvent:
    if c.errors:
        prop, reason = c.errors[0]
        raise _error(line, QT_TRANSLATE_NOOP("Errors", "从本行开始的日程中，{prop} 无法识别：{reason}"),
                     prop=prop, reason=reason)
    twice = next((name for name in _ONCE if isinstance(c.get(name), list)), None)
    if twice:
        raise _error(line, QT_TRANSLATE_NOOP("Errors", "从本行开始的日程中，{prop} 出现了不止一次。"), prop=twice)
    if c.get("DTSTART") is None or not _uid(c):
        raise _error(line, QT_TRANSLATE_NOOP("Errors", "从本行开始的日程缺少 UID 或 DTSTART。"))
    start_prop = c.get("DTSTART")
    start, all_day = to_moment(start_prop.dt, start_prop.params.get("TZID"), warnings, own)
    if str(c.get("X-MICROSOFT-CDO-ALLDAYEVENT", "")).upper() == "TRUE" and not all_day:
        start, all_day = datetime.combine(start.date(), time(0), LOCAL_TZ), True
    end = _end(c, start, all_day, line, warnings, own)
    rid_prop = c.get("RECURRENCE-ID")
    recurrence_id = to_moment(rid_prop.dt, rid_prop.params.get("TZID"), warnings, own)[0] if rid_prop else None
    exdates = _exdates(c, warnings, own)
    # EXDATE and RECURRENCE-ID too: year 1 in a zone east of UTC underflows when made UTC
    for moment in (start, end, *exdates, *([recurrence_id] if recurrence_id else [])):
        if not in_supported_range(moment):
            raise _error(line, QT_TRANSLATE_NOOP("Errors", "从本行开始的日程日期超出支持的范围（{range}）：{value}"),
                         range=RANGE_TEXT, value=moment.isoformat()[:10])
    return ImportedEvent(
        uid=_uid(c), sequence=int(c.get("SEQUENCE", 0) or 0),
        title=_one_line(c.get("SUMMARY", "")), start=start, end=end, all_day=all_day,
        location=_one_line(c.get("LOCATION", "")),
        description=strip_controls(str(c.get("DESCRIPTION", "")).replace("\r\n", "\n")).strip(),
        url=strip_controls(str(c.get("URL", ""))).strip(),
        cancelled=str(c.get("STATUS", "")).upper() == "CANCELLED" or method == "CANCEL",
        rrule=c.get("RRULE").to_ical().decode() if c.get("RRULE") is not None else "",
        exdates=exdates, recurrence_id=recurrence_id,
        attendees=tuple(_attendees(c)), line=line)


def _uid(c) -> str:
    """The UID as it will be stored (desktop.db strips control characters from every column),
    so matching a UID with a stored one never misses over a NUL the database would drop."""
    return strip_controls(str(c.get("UID", ""))).strip()


def _one_line(value) -> str:
    """A title or place: no control characters (NUL, ANSI escapes, bidi overrides), one space."""
    return " ".join(strip_controls(str(value)).split())


def _end(c, start: datetime, all_day: bool, line: int, warnings: list[str], own: frozenset[str]) -> datetime:
    try:
        if (prop := c.get("DTEND")) is not None:
            end = to_moment(prop.dt, prop.params.get("TZID"), warnings, own)[0]
        elif (duration := c.get("DURATION")) is not None:
            end = start + duration.dt
        else:
            end = start + (timedelta(days=1) if all_day else DEFAULT_LENGTH)
    except OverflowError:
        raise _error(line, QT_TRANSLATE_NOOP("Errors", "从本行开始的日程日期超出支持的范围（{range}）：{value}"),
                     range=RANGE_TEXT, value=str(c.get("DURATION", "")).strip()) from None
    if all_day and isinstance(end, datetime) and end.timetz() != time(0, tzinfo=end.tzinfo):
        end = datetime.combine(end.date() + timedelta(days=1), time(0), LOCAL_TZ)
    if end > start:
        return end
    note = QT_TRANSLATE_NOOP("Errors", "第 {line} 行起的日程结束不晚于开始（或时长为负），已按{length}导入。").format(
        line=line, length="一天" if all_day else "一小时")
    warnings.append(note)
    return start + (timedelta(days=1) if all_day else DEFAULT_LENGTH)


def _exdates(c, warnings: list[str], own: frozenset[str]) -> tuple[datetime, ...]:
    props = c.get("EXDATE")
    if props is None:
        return ()
    out = []
    for prop in props if isinstance(props, list) else [props]:
        for item in prop.dts:
            out.append(to_moment(item.dt, item.params.get("TZID") or prop.params.get("TZID"), warnings, own)[0])
    return tuple(out)


def _attendees(c):
    props = c.get("ATTENDEE")
    for prop in props if isinstance(props, list) else [props] if props is not None else []:
        role = _ROLES.get(str(prop.params.get("ROLE", "REQ-PARTICIPANT")).upper(), "member")
        yield ImportedAttendee(_one_line(prop.params.get("CN", "")), strip_controls(str(prop)).strip(), role,
                               str(prop.params.get("PARTSTAT", "NEEDS-ACTION")).upper())
