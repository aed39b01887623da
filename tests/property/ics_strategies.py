"""Calendar files as Outlook, WPS and phones write them, and as nobody should."""

from __future__ import annotations

from hypothesis import strategies as st

from tests.property.strategies import hostile_text

TZIDS = [None, "China Standard Time", '"China Standard Time"', "Asia/Shanghai", "UTC",
         "(UTC+08:00) Beijing, Chongqing, Hong Kong, Urumqi", "(UTC-05:00) Eastern", "Mars/Olympus",
         "Etc/GMT+14", "../../etc/passwd", "", "Europe/Berlin", "Asia/Kolkata", "\u202eTZ"]
FREQS = ["DAILY", "WEEKLY", "MONTHLY", "YEARLY", "SECONDLY", "MINUTELY", "HOURLY", "FORTNIGHTLY", ""]
COUNTS = [None, 1, 2, 12, 500, 501, 1000, 1001, 1000000000, 0, -1, 10**30]
UNTILS = [None, "20260630", "20260630T235959Z", "99991231", "99991231T235959Z", "19000101",
          "20261301", "20260230", "2026", "00010101T000000Z"]
YEARS = st.sampled_from([1, 1899, 1989, 1990, 2025, 2026, 2027, 2100, 2101, 9999])


@st.composite
def moment(draw) -> tuple[str, str]:
    """(parameters, value) of a DTSTART-like property."""
    year = draw(st.one_of(st.sampled_from([2026, 2026, 2026, 2027]), YEARS))
    month, day = draw(st.integers(1, 12)), draw(st.integers(1, 28))
    if draw(st.booleans()) and draw(st.booleans()):
        return ";VALUE=DATE", f"{year:04d}{month:02d}{day:02d}"
    hour, minute = draw(st.integers(0, 23)), draw(st.sampled_from([0, 30, 59]))
    value = f"{year:04d}{month:02d}{day:02d}T{hour:02d}{minute:02d}00"
    tzid = draw(st.sampled_from(TZIDS))
    if tzid is None:
        return "", value + draw(st.sampled_from(["", "Z"]))
    return f";TZID={tzid}", value


@st.composite
def rrule(draw) -> str:
    parts = [f"FREQ={draw(st.sampled_from(FREQS))}"]
    if (count := draw(st.sampled_from(COUNTS))) is not None:
        parts.append(f"COUNT={count}")
    elif (until := draw(st.sampled_from(UNTILS))) is not None:
        parts.append(f"UNTIL={until}")
    if draw(st.booleans()):
        parts.append(f"INTERVAL={draw(st.sampled_from([1, 2, 0, 99, 100, -3]))}")
    if draw(st.booleans()):
        parts.append(draw(st.sampled_from(["BYDAY=MO", "BYDAY=MO,WE,FR", "BYDAY=3TH", "BYMONTHDAY=31",
                                           "BYMONTH=2;BYMONTHDAY=30", "BYSETPOS=-1;BYDAY=FR",
                                           "BYHOUR=9", "BYDAY=XX", "BYWEEKNO=60"])))
    return ";".join(parts)


def escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


@st.composite
def vevent(draw, uid: str, reply: bool = False) -> list[str]:
    params, value = draw(moment())
    lines = ["BEGIN:VEVENT", f"UID:{uid}", f"DTSTART{params}:{value}"]
    ending = draw(st.sampled_from(["dtend", "duration", "none", "bad-duration"]))
    if ending == "dtend":
        end_params, end_value = draw(moment())
        lines.append(f"DTEND{end_params}:{end_value}")
    elif ending == "duration":
        lines.append("DURATION:" + draw(st.sampled_from(["PT1H", "PT30M", "-PT1H", "P1D", "P1W",
                                                           "PT0S", "P99999999D", "P1000000W"])))
    elif ending == "bad-duration":
        lines.append("DURATION:" + draw(st.sampled_from(["1H", "P", "PT", "PXD"])))
    lines.append("SUMMARY:" + escape(draw(hostile_text())))
    if draw(st.booleans()):
        lines.append("LOCATION:" + escape(draw(hostile_text())))
    if draw(st.booleans()):
        lines.append("DESCRIPTION:" + escape(draw(hostile_text())))
    if draw(st.booleans()):
        lines.append(f"RRULE:{draw(rrule())}")
        if draw(st.booleans()):
            ex_params, ex_value = draw(moment())
            lines.append(f"EXDATE{ex_params}:{ex_value}")
    if draw(st.booleans()):
        lines.append(f"SEQUENCE:{draw(st.sampled_from(['0', '1', '7', '-1', '2147483648', '9' * 25, 'x']))}")
    if reply or draw(st.booleans()):
        stat = draw(st.sampled_from(["ACCEPTED", "DECLINED", "TENTATIVE", "DELEGATED", "NEEDS-ACTION", "MAYBE"]))
        who = draw(st.sampled_from(["wangjg@example.cn", "LIXM@example.cn", "nobody@example.cn", "", "x"]))
        lines.append(f"ATTENDEE;CN={draw(st.sampled_from(['王建国', '李秀梅', '', 'A']))};PARTSTAT={stat}:mailto:{who}")
    if draw(st.booleans()):
        lines.append(f"STATUS:{draw(st.sampled_from(['CONFIRMED', 'CANCELLED', 'TENTATIVE', '']))}")
    if draw(st.booleans()):
        rid_params, rid_value = draw(moment())
        lines.append(f"RECURRENCE-ID{rid_params}:{rid_value}")
    lines.append("END:VEVENT")
    return lines


@st.composite
def calendar(draw, method: str | None = None, max_events: int = 4) -> bytes:
    """A whole file: VCALENDAR, an optional METHOD, a few events sharing a handful of UIDs."""
    method = method if method is not None else draw(st.sampled_from(["", "PUBLISH", "REQUEST", "CANCEL"]))
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//property//test//CN"]
    if method:
        lines.append(f"METHOD:{method}")
    if draw(st.booleans()):
        lines += ["BEGIN:VTIMEZONE", "TZID:Mars/Olympus", "BEGIN:STANDARD", "DTSTART:16010101T000000",
                  "TZOFFSETFROM:+0300", "TZOFFSETTO:+0300", "END:STANDARD", "END:VTIMEZONE"]
    uids = draw(st.lists(st.sampled_from(["a@x", "b@x", "c@x", "long-" + "u" * 120, "  ", "d@x"]),
                         min_size=1, max_size=max_events))
    for uid in uids:
        lines += draw(vevent(uid, reply=method == "REPLY"))
    lines.append("END:VCALENDAR")
    encoding = draw(st.sampled_from(["utf-8", "utf-8-sig", "gb18030"]))
    newline = draw(st.sampled_from(["\r\n", "\n"]))
    return newline.join(lines).encode(encoding, "replace") + newline.encode()
