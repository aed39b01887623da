"""Recurrence rules (RFC 5545 RRULE text): presets, validation, expansion and a Chinese description.

Rules are expanded with python-dateutil in Asia/Shanghai wall time (so "every two months at
14:30" stays at 14:30 local) and the dates come back as aware UTC datetimes, as they are stored.
``UNTIL`` is always kept in UTC form (``...Z``): a bare date is read as the end of that local day.
This module needs no database; holiday handling lives in ``holidays`` and ``meetings_series``.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone
from enum import Enum

from dateutil.rrule import rrulestr

from desktop.config import LOCAL_TZ
from desktop.errors import ValidationError
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.services.kernel.timeutil import LAST_DAY
from desktop.services.kernel.validation import printable


class Preset(str, Enum):
    """The recurrence choices the dialog offers."""

    BIMONTHLY = "bimonthly"   # 每两个月
    MONTHLY = "monthly"       # 每月
    QUARTERLY = "quarterly"   # 每季度
    WEEKLY = "weekly"         # 每周
    CUSTOM = "custom"         # 自定义 RRULE


class MonthlyBy(str, Enum):
    """Where a monthly preset falls in the month."""

    MONTH_DAY = "month_day"   # on the start's day of the month (BYMONTHDAY=15)
    WEEKDAY = "weekday"       # on the start's Nth weekday (BYDAY=3TH; a 5th one becomes -1, last)
    LAST_DAY = "last_day"     # on the last day of the month (BYMONTHDAY=-1)


class HolidayPolicy(str, Enum):
    """What a series does with an occurrence on a non-working day."""

    KEEP = "keep"                  # leave an occurrence on its rule date, holiday or not
    NEXT_WORKDAY = "next_workday"  # move it to the next working day, same local time


PRESET_LABELS = {
    Preset.BIMONTHLY.value: QT_TRANSLATE_NOOP("Labels", "每两个月"),
    Preset.MONTHLY.value: QT_TRANSLATE_NOOP("Labels", "每月"),
    Preset.QUARTERLY.value: QT_TRANSLATE_NOOP("Labels", "每季度"),
    Preset.WEEKLY.value: QT_TRANSLATE_NOOP("Labels", "每周"),
    Preset.CUSTOM.value: QT_TRANSLATE_NOOP("Labels", "自定义"),
}
HOLIDAY_POLICY_LABELS = {
    HolidayPolicy.KEEP.value: QT_TRANSLATE_NOOP("Labels", "节假日照常"),
    HolidayPolicy.NEXT_WORKDAY.value: QT_TRANSLATE_NOOP("Labels", "遇节假日顺延至下一个工作日"),
}
_INTERVALS = {Preset.BIMONTHLY.value: 2, Preset.MONTHLY.value: 1, Preset.QUARTERLY.value: 3}
_DAY_CODES = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
_DAY_NAMES = "一二三四五六日"
_NUMERALS = {2: "两", 3: "三", 4: "四", 5: "五", 6: "六", 7: "七", 8: "八", 9: "九", 10: "十"}
_ORDINALS = {1: "第一个", 2: "第二个", 3: "第三个", 4: "第四个", 5: "第五个", -1: "最后一个",
             -2: "倒数第二个"}
_KEYS = ("FREQ", "INTERVAL", "BYMONTH", "BYMONTHDAY", "BYDAY", "BYSETPOS", "BYWEEKNO",
         "BYYEARDAY", "WKST", "COUNT", "UNTIL")
_RANGES = {"BYMONTH": (1, 12), "BYMONTHDAY": (1, 31), "BYSETPOS": (1, 366),
           "BYWEEKNO": (1, 53), "BYYEARDAY": (1, 366)}
_FREQS = ("DAILY", "WEEKLY", "MONTHLY", "YEARLY")
_SEARCH_YEARS = 50
_ONE_SECOND = timedelta(seconds=1)
_LAST_MOMENT = datetime.combine(LAST_DAY, time(23, 59, 59), LOCAL_TZ).astimezone(timezone.utc)


@dataclass(frozen=True)
class RuleEnd:
    """How a rule ends: ``count`` times, or on ``until`` (a local date), or never (both None)."""

    count: int | None
    until: date | None


def _error(template: str, **params) -> ValidationError:
    # a rule comes from files too: what the message quotes of it is made printable (no NUL, no
    # escape sequence reaches the preview or the terminal)
    return ValidationError(template, field="rrule",
                           **{k: printable(v, 80) if isinstance(v, str) else v for k, v in params.items()})


# ---------------------------------------------------------------- text <-> parts

def _parts(rule: str) -> dict[str, str]:
    text = "".join((rule or "").split()).upper()
    if text.startswith("RRULE:"):
        text = text[6:]
    if not text:
        raise _error(QT_TRANSLATE_NOOP("Errors", "请填写重复规则。"))
    parts: dict[str, str] = {}
    for piece in text.strip(";").split(";"):
        key, sep, value = piece.partition("=")
        if not sep or not value:
            raise _error(QT_TRANSLATE_NOOP("Errors", "重复规则格式不正确：“{piece}”应为“名称=值”。"),
                         piece=piece)
        if key not in _KEYS:
            raise _error(QT_TRANSLATE_NOOP("Errors", "重复规则中的“{key}”不受支持。"), key=key)
        if key in parts:
            raise _error(QT_TRANSLATE_NOOP("Errors", "重复规则中“{key}”出现了两次。"), key=key)
        parts[key] = value
    return parts


def _join(parts: dict[str, str]) -> str:
    return ";".join(f"{k}={parts[k]}" for k in _KEYS if k in parts)


def _utc_text(moment: datetime) -> str:
    return moment.astimezone(timezone.utc).strftime("%Y%m%dT%H%M%SZ")


def _until_moment(value: str) -> datetime:
    """An UNTIL value as an aware UTC datetime; bare dates and floating times are local."""
    try:
        if len(value) == 8:
            day = datetime.strptime(value, "%Y%m%d").date()
            return datetime.combine(day, time(23, 59, 59), LOCAL_TZ).astimezone(timezone.utc)
        if value.endswith("Z"):
            return datetime.strptime(value, "%Y%m%dT%H%M%SZ").replace(tzinfo=timezone.utc)
        return datetime.strptime(value, "%Y%m%dT%H%M%S").replace(tzinfo=LOCAL_TZ).astimezone(
            timezone.utc)
    except ValueError:
        raise _error(QT_TRANSLATE_NOOP("Errors", "重复规则的截止日期（UNTIL）“{value}”无效。"),
                     value=value) from None


def normalise_rule(rule: str) -> str:
    """Upper-case, canonical order, UNTIL in UTC; refuses what the app does not support."""
    parts = _parts(rule)
    freq = parts.get("FREQ")
    if freq is None:
        raise _error(QT_TRANSLATE_NOOP("Errors", "重复规则缺少 FREQ（重复频率）。"))
    if freq not in _FREQS:
        raise _error(QT_TRANSLATE_NOOP(
            "Errors", "重复频率“{freq}”不受支持：应为 DAILY、WEEKLY、MONTHLY 或 YEARLY（最短为每天）。"),
            freq=freq)
    if "COUNT" in parts and "UNTIL" in parts:
        raise _error(QT_TRANSLATE_NOOP("Errors", "重复规则不能同时指定次数（COUNT）和截止日期（UNTIL）。"))
    for key, low, high, label in (("COUNT", 1, 1000, "重复次数"), ("INTERVAL", 1, 99, "间隔")):
        if key in parts and not (parts[key].isdigit() and low <= int(parts[key]) <= high):
            raise _error(QT_TRANSLATE_NOOP("Errors", "{label}应为 {low} 到 {high} 之间的整数。"),
                         label=label, low=low, high=high)
    for key, (low, high) in _RANGES.items():
        for value in parts.get(key, "").split(",") if key in parts else ():
            if not (value.lstrip("+-").isdigit() and low <= abs(int(value)) <= high) \
                    or (key == "BYMONTH" and value.startswith("-")):
                raise _error(QT_TRANSLATE_NOOP("Errors", "重复规则中 {key}={value} 超出范围。"),
                             key=key, value=value)
    if "UNTIL" in parts:  # an end past the supported range (UNTIL=99991231) ends with the range
        parts["UNTIL"] = _utc_text(min(_until_moment(parts["UNTIL"]), _LAST_MOMENT))
    if parts.get("INTERVAL") == "1":
        del parts["INTERVAL"]
    return _join(parts)


def _rrule(rule: str, dtstart: datetime):
    try:
        return rrulestr(rule, dtstart=dtstart.astimezone(LOCAL_TZ))
    except (ValueError, TypeError) as exc:
        raise _error(QT_TRANSLATE_NOOP("Errors", "重复规则无法识别：{reason}"), reason=str(exc)) from None


def validate_rule(rule: str, dtstart: datetime) -> str:
    """The normalised rule; refuses one that produces no date from ``dtstart`` on."""
    _check_aware(dtstart)
    text = normalise_rule(rule)
    if first_occurrence(text, dtstart) is None:
        parts = _parts(text)
        if "UNTIL" in parts and _until_moment(parts["UNTIL"]) < dtstart:
            raise _error(QT_TRANSLATE_NOOP("Errors", "重复规则的截止日期早于开始时间，不会产生任何日期。"))
        raise _error(QT_TRANSLATE_NOOP(
            "Errors", "该重复规则不会产生任何日期（例如“每年 2 月 31 日”），请修改。"))
    return text


def _check_aware(moment: datetime) -> None:
    if moment.tzinfo is None:
        raise ValueError("naive datetime given where an aware one is required")


# ---------------------------------------------------------------- expansion

def expand(rule: str, dtstart: datetime, *, until: datetime | None = None,
           after: datetime | None = None, exdates: Iterable[datetime] = (),
           limit: int | None = None) -> list[datetime]:
    """Rule dates (aware UTC) from ``dtstart``, after ``after`` (exclusive), up to ``until``.

    ``until`` is required for a rule without COUNT or UNTIL. ``exdates`` are left out; at most
    ``limit`` dates are returned (a cap, so a rule of thousands of dates is never all built).
    """
    _check_aware(dtstart)
    parts = _parts(rule)
    if until is None and "COUNT" not in parts and "UNTIL" not in parts:
        raise ValueError("an open-ended rule needs an ``until`` bound to expand")
    skip = {e.astimezone(timezone.utc) for e in exdates}
    out = []
    for moment in _rrule(rule, dtstart):
        moment = moment.astimezone(timezone.utc)
        if until is not None and moment > until:
            break
        if (after is None or moment > after) and moment not in skip:
            if limit is not None and len(out) >= limit:
                break
            out.append(moment)
    return out


def occurrences(rule: str, dtstart: datetime) -> Iterator[datetime]:
    """Every rule date (aware UTC) from ``dtstart`` on, lazily: the caller decides where to stop."""
    _check_aware(dtstart)
    for moment in _rrule(rule, dtstart):
        yield moment.astimezone(timezone.utc)


def first_occurrence(rule: str, dtstart: datetime) -> datetime | None:
    """The first date the rule gives within fifty years of ``dtstart``, or None."""
    bound = dtstart + timedelta(days=366 * _SEARCH_YEARS)
    for moment in _rrule(rule, dtstart):
        return moment.astimezone(timezone.utc) if moment <= bound else None
    return None


def is_open_ended(rule: str) -> bool:
    """True for a rule with neither COUNT nor UNTIL."""
    parts = _parts(rule)
    return "COUNT" not in parts and "UNTIL" not in parts


def rule_end(rule: str) -> RuleEnd:
    """How the rule ends (COUNT, or UNTIL as a local date)."""
    parts = _parts(rule)
    count = int(parts["COUNT"]) if "COUNT" in parts else None
    until = _until_moment(parts["UNTIL"]).astimezone(LOCAL_TZ).date() if "UNTIL" in parts else None
    return RuleEnd(count, until)


def until_moment(rule: str) -> datetime | None:
    """The rule's UNTIL as aware UTC, or None."""
    parts = _parts(rule)
    return _until_moment(parts["UNTIL"]) if "UNTIL" in parts else None


def with_end(rule: str, *, count: int | None = None, until: date | datetime | None = None) -> str:
    """The rule with its end replaced: ``count`` times, up to ``until`` (a local date), or never."""
    if count is not None and until is not None:
        raise _error(QT_TRANSLATE_NOOP("Errors", "重复规则不能同时指定次数（COUNT）和截止日期（UNTIL）。"))
    parts = _parts(rule)
    parts.pop("COUNT", None)
    parts.pop("UNTIL", None)
    if count is not None:
        parts["COUNT"] = str(count)
    if isinstance(until, datetime):
        parts["UNTIL"] = _utc_text(until)
    elif until is not None:
        parts["UNTIL"] = until.strftime("%Y%m%d")
    return normalise_rule(_join(parts))


# ---------------------------------------------------------------- presets

def _nth_weekday(day: date) -> str:
    nth = (day.day - 1) // 7 + 1
    return f"{-1 if nth == 5 else nth}{_DAY_CODES[day.weekday()]}"


def preset_rule(preset: str, start: datetime, *, by: str = MonthlyBy.MONTH_DAY.value,
                custom: str = "", count: int | None = None, until: date | None = None) -> str:
    """RRULE text for a preset, anchored on ``start``'s local date.

    ``preset_rule("bimonthly", 2026-01-15 09:30)`` → ``FREQ=MONTHLY;INTERVAL=2;BYMONTHDAY=15``;
    with ``by="weekday"`` → ``FREQ=MONTHLY;INTERVAL=2;BYDAY=3TH``.
    """
    _check_aware(start)
    day = start.astimezone(LOCAL_TZ).date()
    if preset == Preset.CUSTOM.value:
        base = custom
    elif preset == Preset.WEEKLY.value:
        base = f"FREQ=WEEKLY;BYDAY={_DAY_CODES[day.weekday()]}"
    elif preset in _INTERVALS:
        anchor = {MonthlyBy.MONTH_DAY.value: f"BYMONTHDAY={day.day}",
                  MonthlyBy.WEEKDAY.value: f"BYDAY={_nth_weekday(day)}",
                  MonthlyBy.LAST_DAY.value: "BYMONTHDAY=-1"}.get(by)
        if anchor is None:
            raise ValueError(f"unknown monthly anchor {by!r}")
        base = f"FREQ=MONTHLY;INTERVAL={_INTERVALS[preset]};{anchor}"
    else:
        raise ValueError(f"unknown preset {preset!r}")
    return with_end(base, count=count, until=until)


def detect_preset(rule: str) -> tuple[str, str]:
    """(preset, monthly anchor) a dialog should show for ``rule``; ("custom", "") otherwise."""
    parts = _parts(rule)
    parts.pop("COUNT", None)
    parts.pop("UNTIL", None)
    interval = int(parts.pop("INTERVAL", "1"))
    freq = parts.pop("FREQ", "")
    if freq == "WEEKLY" and interval == 1 and list(parts) in ([], ["BYDAY"]) \
            and parts.get("BYDAY", "MO") in _DAY_CODES:
        return Preset.WEEKLY.value, ""
    presets = {v: k for k, v in _INTERVALS.items()}
    if freq != "MONTHLY" or interval not in presets or len(parts) > 1:
        return Preset.CUSTOM.value, ""
    if not parts or parts.get("BYMONTHDAY", "").isdigit():
        return presets[interval], MonthlyBy.MONTH_DAY.value
    if parts.get("BYMONTHDAY") == "-1":
        return presets[interval], MonthlyBy.LAST_DAY.value
    byday = parts.get("BYDAY", "")
    if byday[-2:] in _DAY_CODES and byday[:-2].lstrip("-").isdigit():
        return presets[interval], MonthlyBy.WEEKDAY.value
    return Preset.CUSTOM.value, ""


def rebase_rule(rule: str, old_start: datetime, new_start: datetime) -> str:
    """Move the parts of ``rule`` that were anchored on ``old_start``'s date to ``new_start``'s.

    A series moved from the 15th to the 16th must also say BYMONTHDAY=16, or the rule would keep
    giving the 15th. Parts not derived from the old date are left alone.
    """
    old = old_start.astimezone(LOCAL_TZ).date()
    new = new_start.astimezone(LOCAL_TZ).date()
    if old == new:
        return rule
    parts = _parts(rule)
    if parts.get("BYMONTHDAY") == str(old.day):
        parts["BYMONTHDAY"] = str(new.day)
    if parts.get("BYMONTH") == str(old.month):
        parts["BYMONTH"] = str(new.month)
    byday = parts.get("BYDAY")
    if byday == _DAY_CODES[old.weekday()]:
        parts["BYDAY"] = _DAY_CODES[new.weekday()]
    elif byday == _nth_weekday(old):
        parts["BYDAY"] = _nth_weekday(new)
    return normalise_rule(_join(parts))


# ---------------------------------------------------------------- description

def describe(rule: str, dtstart: datetime, *, all_day: bool = False) -> str:
    """A Chinese sentence: ``每两个月的15日 09:30，共6次``."""
    parts = _parts(normalise_rule(rule))
    local = dtstart.astimezone(LOCAL_TZ)
    body = _describe_pattern(parts, local)
    if body is None:
        return QT_TRANSLATE_NOOP("Labels", "自定义规则（{rule}）").format(rule=_join(parts))
    if not all_day:
        body += f" {local:%H:%M}"
    end = rule_end(_join(parts))
    if end.count is not None:
        body += f"，共{end.count}次"
    elif end.until is not None:
        body += f"，至{end.until.year}年{end.until.month}月{end.until.day}日"
    return body


def _every(n: int, unit: str) -> str:
    return f"每{unit}" if n == 1 else f"每{_NUMERALS.get(n, str(n))}{unit}"


def _describe_pattern(parts: dict[str, str], local: datetime) -> str | None:
    rest = {k: v for k, v in parts.items() if k not in ("FREQ", "INTERVAL", "COUNT", "UNTIL", "WKST")}
    n = int(parts.get("INTERVAL", "1"))
    freq = parts["FREQ"]
    if freq == "DAILY" and not rest:
        return _every(n, "天")
    if freq == "WEEKLY" and set(rest) <= {"BYDAY"}:
        codes = rest.get("BYDAY", _DAY_CODES[local.weekday()]).split(",")
        if not all(c in _DAY_CODES for c in codes):
            return None
        days = "、".join(_DAY_NAMES[_DAY_CODES.index(c)] for c in codes)
        return ("每周" if n == 1 else _every(n, "周") + "的") + f"星期{days}"
    if freq == "MONTHLY" and set(rest) <= {"BYMONTHDAY", "BYDAY", "BYSETPOS"}:
        prefix = {1: "每月", 3: "每季度的"}.get(n, _every(n, "个月") + "的")
        anchor = _month_anchor(rest, local)
        return None if anchor is None else prefix + anchor
    if freq == "YEARLY" and set(rest) <= {"BYMONTH", "BYMONTHDAY"}:
        month = rest.get("BYMONTH", str(local.month))
        day = rest.get("BYMONTHDAY", str(local.day))
        if not (month.isdigit() and day.isdigit()):
            return None
        return f"{_every(n, '年')}{int(month)}月{int(day)}日"
    return None


def _month_anchor(rest: dict[str, str], local: datetime) -> str | None:
    if not rest:
        return f"{local.day}日"
    if set(rest) == {"BYMONTHDAY"}:
        value = rest["BYMONTHDAY"]
        if value == "-1":
            return "最后一天"
        return f"{int(value)}日" if value.isdigit() else None
    byday, setpos = rest.get("BYDAY", ""), rest.get("BYSETPOS")
    code, nth = byday[-2:], byday[:-2]
    if setpos is not None and not nth:
        nth = setpos
    if "BYMONTHDAY" in rest or code not in _DAY_CODES or "," in byday:
        return None
    try:
        ordinal = _ORDINALS[int(nth)]
    except (ValueError, KeyError):
        return None
    return f"{ordinal}星期{_DAY_NAMES[_DAY_CODES.index(code)]}"


# ---------------------------------------------------------------- exceptions (EXDATE)

def exdates_from_json(text: str | None) -> list[datetime]:
    """The series' EXDATE list (JSON of ISO UTC datetimes) as sorted aware UTC datetimes."""
    values = json.loads(text or "[]")
    out = set()
    for value in values:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
        out.add((moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc))
                .astimezone(timezone.utc))
    return sorted(out)


def exdates_to_json(values: Iterable[datetime]) -> str:
    """The EXDATE list as stored: sorted, unique ISO UTC datetimes."""
    unique = sorted({v.astimezone(timezone.utc) for v in values})
    return json.dumps([v.isoformat() for v in unique])


def truncated_before(rule: str, dtstart: datetime, moment: datetime) -> str:
    """``rule`` ending before ``moment``: UNTIL = its last date before it (no COUNT)."""
    parts = _parts(rule)
    cutoff = moment.astimezone(timezone.utc) - _ONE_SECOND
    if "UNTIL" in parts:
        cutoff = min(cutoff, _until_moment(parts["UNTIL"]))
    earlier = expand(rule, dtstart, until=cutoff)
    parts.pop("COUNT", None)
    parts["UNTIL"] = _utc_text(earlier[-1] if earlier else cutoff)
    return normalise_rule(_join(parts))
