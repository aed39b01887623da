"""RFC 5545 writer: plain string building, fast enough to rewrite a feed on every change.

The ``icalendar`` library takes forty to fifty times longer to build and serialise the same events
(bench/bench_ics.py), so it is kept for parsing imports and checking output in tests.

What is written, and why:
- CRLF line ends; lines folded at 75 octets, never inside a UTF-8 character.
- Times as ``TZID=Asia/Shanghai`` local times with a minimal VTIMEZONE (+0800 STANDARD only, no
  1986-1991 DST rules); local time is always UTC+8 here so it agrees with that VTIMEZONE.
  All-day meetings as ``VALUE=DATE``.
- DTSTAMP: in a file without METHOD, RFC 5545 makes it the time the event was last revised, so
  exports and feeds write the meeting's ``updated_at`` (stable bytes, cacheable); invitations
  (with METHOD) write the time the message is made.
- STATUS: cancelled -> CANCELLED; planned, held and postponed -> CONFIRMED. A postponed meeting
  has a definite new time; TENTATIVE would mark it doubtful in clients (Outlook shows it hatched
  and free/busy counts it differently), so it is CONFIRMED and its DESCRIPTION says 已延期.
- ORGANIZER the secretariat; ATTENDEE with CN, ROLE and PARTSTAT; a person without an e-mail
  address gets a stable ``urn:uuid:`` address (a valid URI that icalendar and ical.js accept
  and no client will try to mail).
- A DISPLAY VALARM per the user's setting (none for cancelled events or invitations).
- Exports and feeds carry no METHOD; NAME (RFC 7986) and X-WR-CALNAME both name the calendar.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from desktop import __version__
from desktop.models import AttendeeRole, MeetingStatus
from desktop.services.calendar.export import CalendarEvent, ExportData
from desktop.services.calendar.reads import paused_gc
from desktop.services.calendar.types import describe_event, person_urn

PRODID = f"-//TripartiteSecretariat//三方联席秘书台 {__version__}//ZH"
TZID = "Asia/Shanghai"
UTC_OFFSET = timedelta(hours=8)
VTIMEZONE = (
    "BEGIN:VTIMEZONE\r\n"
    f"TZID:{TZID}\r\n"
    f"X-LIC-LOCATION:{TZID}\r\n"
    "BEGIN:STANDARD\r\n"
    "DTSTART:19700101T000000\r\n"
    "TZOFFSETFROM:+0800\r\n"
    "TZOFFSETTO:+0800\r\n"
    "TZNAME:CST\r\n"
    "END:STANDARD\r\n"
    "END:VTIMEZONE\r\n"
).encode()
ROLES = {AttendeeRole.CHAIR.value: "CHAIR", AttendeeRole.MEMBER.value: "REQ-PARTICIPANT",
         AttendeeRole.OBSERVER.value: "OPT-PARTICIPANT", AttendeeRole.RECORDER.value: "NON-PARTICIPANT"}
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
_LIMIT = 75
_CANCELLED = MeetingStatus.CANCELLED.value


@dataclass(frozen=True)
class IcsOptions:
    """What every event shares: the organiser and the reminder (0: none)."""

    organizer_name: str
    organizer_email: str
    reminder_minutes: int = 30


# ---------------------------------------------------------------- lines

def fold(line: bytes) -> bytes:
    """One content line with CRLF, folded at 75 octets without splitting a UTF-8 character."""
    if len(line) <= _LIMIT:
        return line + b"\r\n"
    out, start, room = [], 0, _LIMIT
    while len(line) - start > room:
        cut = start + room
        while line[cut] & 0xC0 == 0x80:  # a continuation byte: step back to the character start
            cut -= 1
        out.append(line[start:cut])
        start, room = cut, _LIMIT - 1  # continuation lines start with one space
    out.append(line[start:])
    return b"\r\n ".join(out) + b"\r\n"


def text(value: str) -> str:
    """A TEXT value: backslash, semicolon, comma and newlines escaped; control characters gone."""
    value = value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    value = value.replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n")
    return _CONTROL.sub("", value) if _CONTROL.search(value) else value


def param(value: str) -> str:
    """A parameter value, quoted when it holds ``:;,``; quotes and controls cannot appear."""
    value = _CONTROL.sub("", value.replace("\n", " ")).replace('"', "'")
    return f'"{value}"' if any(c in value for c in ':;,') else value


def _basic(moment: datetime) -> str:
    """``YYYYMMDDTHHMMSS`` of a datetime's own fields (isoformat is much faster than strftime)."""
    return moment.isoformat()[:19].replace("-", "").replace(":", "")


def _as_utc(moment: datetime) -> datetime:
    return moment if moment.tzinfo is timezone.utc else moment.astimezone(timezone.utc)


def utc(moment: datetime) -> str:
    return _basic(_as_utc(moment)) + "Z"


def local(moment: datetime) -> str:
    """Wall time in Asia/Shanghai as the VTIMEZONE above defines it (always UTC+8)."""
    return _basic(_as_utc(moment) + UTC_OFFSET)


def local_date(moment: datetime) -> str:
    return _basic(_as_utc(moment) + UTC_OFFSET)[:8]


def when(name: str, moment: datetime, all_day: bool) -> str:
    if all_day:
        return f"{name};VALUE=DATE:{local_date(moment)}"
    return f"{name};TZID={TZID}:{local(moment)}"


def address(email: str, person_id: int | None = None) -> str:
    """``mailto:`` for an e-mail address, else a stable URN for the person."""
    return f"mailto:{email}" if email else person_urn(person_id)


def rule_text(rrule: str, all_day: bool) -> str:
    """The stored rule; with a DATE DTSTART, UNTIL must be a DATE too (RFC 5545 3.3.10)."""
    if not all_day or "UNTIL=" not in rrule:
        return rrule
    parts = dict(p.split("=", 1) for p in rrule.split(";"))
    until = datetime.strptime(parts["UNTIL"], "%Y%m%dT%H%M%SZ").replace(tzinfo=timezone.utc)
    parts["UNTIL"] = local_date(until)
    return ";".join(f"{k}={v}" for k, v in parts.items())


# ---------------------------------------------------------------- events

def description(event: CalendarEvent) -> str:
    """DESCRIPTION: notes, agenda, link, and how many 会议材料 there are (the files themselves
    stay in the database; a feed is no place for them)."""
    text_ = describe_event(event.status, event.notes, event.agenda, event.online_url)
    if event.materials:
        text_ = "\n\n".join(t for t in (text_, f"会议材料 {event.materials} 份") if t)
    return text_


class Writer:
    """Serialises VEVENTs for one set of options, remembering lines that repeat (an attendee
    with the same role and PARTSTAT appears in hundreds of meetings)."""

    def __init__(self, options: IcsOptions) -> None:
        self.options = options
        self._organizer = fold(f"ORGANIZER;CN={param(options.organizer_name)}:"
                               f"mailto:{options.organizer_email}".encode())
        self._attendees: dict[tuple, bytes] = {}
        self._alarm_tail = f"TRIGGER:-PT{options.reminder_minutes}M\r\nEND:VALARM\r\n".encode()

    def attendee(self, a, rsvp: bool) -> bytes:
        key = (a.person_id, a.name, a.email, a.role, a.partstat, rsvp)
        line = self._attendees.get(key)
        if line is None:
            line = fold(f"ATTENDEE;CN={param(a.name)};ROLE={ROLES.get(a.role, 'REQ-PARTICIPANT')};"
                        f"PARTSTAT={a.partstat}{';RSVP=TRUE' if rsvp else ''}:"
                        f"{address(a.email, a.person_id)}".encode())
            self._attendees[key] = line
        return line

    def vevent(self, event: CalendarEvent, *, dtstamp: datetime | None = None,
               method: str | None = None) -> bytes:
        """One VEVENT, folded, with CRLF line ends."""
        cancelled = event.status == _CANCELLED
        lines = ["BEGIN:VEVENT", f"UID:{event.uid}", f"DTSTAMP:{utc(dtstamp or event.modified)}"]
        if event.recurrence_id is not None:
            lines.append(when("RECURRENCE-ID", event.recurrence_id, event.all_day))
        lines += [f"SEQUENCE:{event.sequence}", "STATUS:CANCELLED" if cancelled else "STATUS:CONFIRMED",
                  when("DTSTART", event.start, event.all_day), when("DTEND", event.end, event.all_day)]
        if event.rrule:
            lines.append(f"RRULE:{rule_text(event.rrule, event.all_day)}")
            lines += [when("EXDATE", moment, event.all_day) for moment in event.exdates]
        lines.append(f"SUMMARY:{text(event.title)}")
        if event.location:
            lines.append(f"LOCATION:{text(event.location)}")
        if desc := description(event):
            lines.append(f"DESCRIPTION:{text(desc)}")
        if event.online_url:
            lines.append(f"URL:{event.online_url}")
        if event.category:
            lines.append(f"CATEGORIES:{text(event.category)}")
        lines += [f"CREATED:{utc(event.created)}", f"LAST-MODIFIED:{utc(event.modified)}"]
        parts = [fold(line.encode()) for line in lines]
        parts.append(self._organizer)
        rsvp = method == "REQUEST"
        parts += [self.attendee(a, rsvp) for a in event.attendees]
        if self.options.reminder_minutes and not cancelled and method is None:
            parts += [b"BEGIN:VALARM\r\nACTION:DISPLAY\r\n",
                      fold(f"DESCRIPTION:{text(event.title)}".encode()), self._alarm_tail]
        parts.append(b"END:VEVENT\r\n")
        return b"".join(parts)


def vevent(event: CalendarEvent, options: IcsOptions, *, dtstamp: datetime | None = None,
           method: str | None = None) -> bytes:
    """One VEVENT (see ``Writer.vevent``)."""
    return Writer(options).vevent(event, dtstamp=dtstamp, method=method)


def calendar(name: str, events: Iterable[bytes], *, method: str | None = None) -> bytes:
    """A VCALENDAR around serialised VEVENTs; ``name`` empty writes no NAME."""
    head = ["BEGIN:VCALENDAR", "VERSION:2.0", f"PRODID:{PRODID}", "CALSCALE:GREGORIAN"]
    if method:
        head.append(f"METHOD:{method}")
    if name:
        head += [f"NAME:{text(name)}", f"X-WR-CALNAME:{text(name)}", f"X-WR-TIMEZONE:{TZID}"]
    parts = [fold(line.encode("utf-8")) for line in head]
    parts.append(VTIMEZONE)
    parts.extend(events)
    parts.append(b"END:VCALENDAR\r\n")
    return b"".join(parts)


# ---------------------------------------------------------------- cache

class VeventCache:
    """Serialised VEVENTs by entry key and stamp (id, sequence, version, updated_at…).

    Held by whoever republishes (the GUI's Publisher); a change of options empties it.
    """

    def __init__(self) -> None:
        self._items: dict[tuple, tuple[tuple, bytes]] = {}
        self.writer: Writer | None = None

    def use(self, options: IcsOptions) -> Writer:
        """The writer for ``options``; other options than last time empty the cache."""
        if self.writer is None or options != self.writer.options:
            self._items.clear()
            self.writer = Writer(options)
        return self.writer

    def has(self, key: tuple, stamp: tuple) -> bool:
        item = self._items.get(key)
        return item is not None and item[0] == stamp

    def get(self, key: tuple, stamp: tuple) -> bytes | None:
        item = self._items.get(key)
        return item[1] if item is not None and item[0] == stamp else None

    def put(self, key: tuple, stamp: tuple, data: bytes) -> None:
        self._items[key] = (stamp, data)

    def discard(self, keys: Iterable[tuple]) -> None:
        for key in keys:
            self._items.pop(key, None)

    def keep_only(self, keys: set[tuple]) -> None:
        """Forget events no longer exported (deleted meetings)."""
        for key in [k for k in self._items if k not in keys]:
            del self._items[key]

    def clear(self) -> None:
        self._items.clear()

    def __len__(self) -> int:
        return len(self._items)


def serialise(data: ExportData, options: IcsOptions,
              cache: VeventCache | None = None) -> list[tuple[str, bytes]]:
    """[(body key, VEVENT bytes)] in file order; entries without an event come from ``cache``."""
    writer = cache.use(options) if cache is not None else Writer(options)
    with paused_gc():
        return _serialise(data, writer, cache)


def _serialise(data: ExportData, writer: Writer, cache: VeventCache | None) -> list[tuple[str, bytes]]:
    out = []
    for entry in data.entries:
        blob = cache.get(entry.key, entry.stamp) if entry.event is None and cache is not None else None
        if blob is None:
            if entry.event is None:
                raise KeyError(f"{entry.key} is neither built nor cached")
            blob = writer.vevent(entry.event)
            if cache is not None:
                cache.put(entry.key, entry.stamp, blob)
        out.append((entry.body_key, blob))
    return out


def export_calendar(data: ExportData, options: IcsOptions, cache: VeventCache | None = None) -> bytes:
    """The whole .ics file for ``data``."""
    return calendar(data.name, (blob for _key, blob in serialise(data, options, cache)))
