"""The period engine (民法典 Arts. 200–203) on the real holiday calendar, against last days
computed by hand.

Each row: start, rule, mode, the hand-computed last day, whether it is provisional, and why.
``M`` = mediation_15 (15 days), ``J`` = judicial_confirmation_30 (30 days), ``L`` =
arbitration_limitation_1y (one year), ``1m`` = a one-month period (the 1-year rule with its
length set to one month, for Art. 202's month without a corresponding day). Holidays (国务院办公厅
放假通知): 2024 春节 02-10..17 (调休 Sun 02-04, Sun 02-18), 国庆 10-01..07 (调休 Sun 09-29, Sat 10-12);
2025 元旦 01-01, 春节 01-28..02-04 (调休 Sun 01-26, Sat 02-08), 清明 04-04..06, 劳动节 05-01..05
(调休 Sun 04-27), 端午 05-31..06-02, 国庆中秋 10-01..08 (调休 Sun 09-28, Sat 10-11); 2026 元旦
01-01..03 (调休 Sun 01-04), 春节 02-15..23 (调休 Sat 02-14, Sat 02-28), 清明 04-04..06, 劳动节
05-01..05 (调休 Sat 05-09), 端午 06-19..21, 中秋 09-25..27, 国庆 10-01..07 (调休 Sun 09-20,
Sat 10-10). 2027+ is not in the data: statutory days only (放假办法 2024), weekends, no 调休;
2027 元旦 01-01, 春节 02-05..08, 清明 04-05, 劳动节 05-01..02, 国庆 10-01..03; 2028 元旦 01-01,
春节 01-25..28, 国庆 10-01..03.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from desktop.services.disputes.clocks import compute_due, session_calendar
from desktop.services.disputes.periods import end_of_period
from desktop.services.disputes.rules import CONFIRMATION, LIMITATION, MEDIATION, load_rules

KEYS = {"M": MEDIATION, "J": CONFIRMATION, "L": LIMITATION, "1m": LIMITATION}
D = date.fromisoformat

# (start, rule, mode, expected last day, provisional, why)
CASES = [
    # ---- Spring Festival 2026 (02-15 Sun .. 02-23 Mon; 调休 Sat 02-14 and Sat 02-28)
    ("2026-01-31", "M", "shift", "2026-02-24", False, "+15 = Sun 02-15, 春节 02-15..23 → Tue 24"),
    ("2026-01-31", "M", "exact", "2026-02-15", False, "+15 = Sun 02-15, exact: no shift"),
    ("2026-01-30", "M", "shift", "2026-02-14", False, "+15 = Sat 02-14, a 调休 working Saturday: no shift"),
    ("2026-02-01", "M", "shift", "2026-02-24", False, "+15 = Mon 02-16 inside 春节 → Tue 24"),
    ("2026-02-06", "M", "shift", "2026-02-24", False, "+15 = Sat 02-21 inside 春节 2026-02-15..23 → Tue 24"),
    ("2026-02-06", "M", "exact", "2026-02-21", False, "+15 = Sat 02-21, exact"),
    ("2026-02-08", "M", "shift", "2026-02-24", False, "+15 = Mon 02-23, the last day of 春节 → Tue 24"),
    ("2026-02-09", "M", "shift", "2026-02-24", False, "+15 = Tue 02-24, first working day after 春节"),
    ("2026-02-13", "M", "shift", "2026-02-28", False, "+15 = Sat 02-28, 调休 working Saturday"),
    ("2026-02-14", "M", "shift", "2026-03-02", False, "+15 = Sun 03-01 (Feb has 28) → Mon 03-02"),
    ("2026-01-29", "M", "shift", "2026-02-13", False, "+15 = Fri 02-13, a working day"),
    ("2026-01-16", "J", "shift", "2026-02-24", False, "+30 = Sun 02-15 in 春节 → Tue 24"),
    ("2026-01-22", "J", "shift", "2026-02-24", False, "+30 = Sat 02-21 in 春节 → Tue 24"),
    ("2026-01-22", "J", "exact", "2026-02-21", False, "+30 = Sat 02-21, exact"),
    ("2026-01-15", "J", "shift", "2026-02-14", False, "+30 = Sat 02-14, 调休 working Saturday"),
    ("2026-01-29", "J", "shift", "2026-02-28", False, "+30 = Sat 02-28, 调休 working Saturday"),
    ("2026-01-30", "J", "shift", "2026-03-02", False, "+30 = Sun 03-01 → Mon 03-02"),
    ("2025-02-15", "L", "shift", "2026-02-24", False, "+1y = Sun 2026-02-15 in 春节 → Tue 24"),
    ("2025-02-21", "L", "shift", "2026-02-24", False, "+1y = Sat 2026-02-21 in 春节 → Tue 24"),
    ("2025-02-21", "L", "exact", "2026-02-21", False, "+1y = Sat 2026-02-21, exact"),
    ("2025-02-14", "L", "shift", "2026-02-14", False, "+1y = Sat 2026-02-14, 调休 working Saturday"),
    # ---- Spring Festival 2025 (01-28 Tue .. 02-04 Tue; 调休 Sun 01-26 and Sat 02-08)
    ("2025-01-13", "M", "shift", "2025-02-05", False, "+15 = Tue 01-28 (除夕) in 春节 → Wed 02-05"),
    ("2025-01-17", "M", "shift", "2025-02-05", False, "+15 = Sat 02-01 in 春节 → Wed 02-05"),
    ("2025-01-17", "M", "exact", "2025-02-01", False, "+15 = Sat 02-01, exact"),
    ("2025-01-20", "M", "shift", "2025-02-05", False, "+15 = Tue 02-04, last day of 春节 → Wed 05"),
    ("2025-01-11", "M", "shift", "2025-01-26", False, "+15 = Sun 01-26, 调休 working Sunday"),
    ("2025-01-24", "M", "shift", "2025-02-08", False, "+15 = Sat 02-08, 调休 working Saturday"),
    ("2025-01-25", "M", "shift", "2025-02-10", False, "+15 = Sun 02-09 → Mon 02-10"),
    ("2025-01-12", "M", "shift", "2025-01-27", False, "+15 = Mon 01-27, a working day"),
    ("2024-12-29", "J", "shift", "2025-02-05", False, "+30 = Tue 2025-01-28 in 春节 → Wed 02-05"),
    ("2024-12-27", "J", "shift", "2025-01-26", False, "+30 = Sun 01-26, 调休 working Sunday"),
    ("2025-01-02", "J", "exact", "2025-02-01", False, "+30 = Sat 02-01, exact"),
    ("2025-01-02", "J", "shift", "2025-02-05", False, "+30 = Sat 02-01 in 春节 → Wed 02-05"),
    ("2024-01-28", "L", "shift", "2025-02-05", False, "+1y = Tue 2025-01-28 in 春节 → Wed 02-05"),
    ("2024-02-01", "L", "shift", "2025-02-05", False, "+1y = Sat 2025-02-01 in 春节 → Wed 02-05"),
    ("2024-01-26", "L", "shift", "2025-01-26", False, "+1y = Sun 2025-01-26, 调休 working Sunday"),
    ("2024-02-01", "L", "exact", "2025-02-01", False, "+1y = Sat 2025-02-01, exact"),
    # ---- Spring Festival 2024 (02-10 Sat .. 02-17 Sat; 调休 Sun 02-04 and Sun 02-18)
    ("2024-01-26", "M", "shift", "2024-02-18", False, "+15 = Sat 02-10 in 春节; 02-18 is a 调休 Sunday"),
    ("2024-01-20", "M", "shift", "2024-02-04", False, "+15 = Sun 02-04, 调休 working Sunday"),
    ("2024-01-29", "M", "shift", "2024-02-18", False, "+15 = Tue 02-13 in 春节 → 调休 Sun 02-18"),
    # ---- other 调休 working weekends
    ("2025-04-12", "M", "shift", "2025-04-27", False, "+15 = Sun 04-27, 调休 for 劳动节"),
    ("2025-09-13", "M", "shift", "2025-09-28", False, "+15 = Sun 09-28, 调休 for 国庆"),
    ("2025-09-26", "M", "shift", "2025-10-11", False, "+15 = Sat 10-11, 调休 for 国庆"),
    ("2026-04-24", "M", "shift", "2026-05-09", False, "+15 = Sat 05-09, 调休 for 劳动节"),
    ("2026-09-05", "M", "shift", "2026-09-20", False, "+15 = Sun 09-20, 调休 for 国庆"),
    ("2026-09-25", "M", "shift", "2026-10-10", False, "+15 = Sat 10-10, 调休 for 国庆"),
    ("2025-12-20", "M", "shift", "2026-01-04", False, "+15 = Sun 2026-01-04, 调休 for 元旦"),
    ("2025-12-05", "J", "shift", "2026-01-04", False, "+30 = Sun 2026-01-04, 调休 for 元旦"),
    ("2026-04-25", "M", "shift", "2026-05-11", False, "+15 = Sun 05-10 (the 调休 day is Sat 05-09) → Mon 11"),
    # ---- National Day
    ("2025-09-16", "M", "shift", "2025-10-09", False, "+15 = Wed 10-01, 国庆中秋 10-01..08 → Thu 10-09"),
    ("2025-09-16", "M", "exact", "2025-10-01", False, "+15 = Wed 10-01, exact"),
    ("2025-09-20", "M", "shift", "2025-10-09", False, "+15 = Sun 10-05 in 国庆 → Thu 10-09"),
    ("2025-09-23", "M", "shift", "2025-10-09", False, "+15 = Wed 10-08, last day of 国庆 → Thu 10-09"),
    ("2025-09-08", "J", "shift", "2025-10-09", False, "+30 = Wed 10-08 in 国庆 → Thu 10-09"),
    ("2025-09-01", "J", "shift", "2025-10-09", False, "+30 = Wed 10-01 in 国庆 → Thu 10-09"),
    ("2024-10-01", "L", "shift", "2025-10-09", False, "+1y = Wed 2025-10-01 in 国庆 → Thu 10-09"),
    ("2024-10-05", "L", "shift", "2025-10-09", False, "+1y = Sun 2025-10-05 in 国庆 → Thu 10-09"),
    ("2026-09-16", "M", "shift", "2026-10-08", False, "+15 = Thu 10-01, 国庆 10-01..07 → Thu 10-08"),
    ("2026-09-22", "M", "shift", "2026-10-08", False, "+15 = Wed 10-07, last day of 国庆 → Thu 10-08"),
    ("2026-09-22", "M", "exact", "2026-10-07", False, "+15 = Wed 10-07, exact"),
    ("2026-09-03", "J", "shift", "2026-10-08", False, "+30 = Sat 10-03 in 国庆 → Thu 10-08"),
    ("2025-10-03", "L", "shift", "2026-10-08", False, "+1y = Sat 2026-10-03 in 国庆 → Thu 10-08"),
    ("2026-09-10", "M", "shift", "2026-09-28", False, "+15 = Fri 09-25, 中秋 09-25..27 → Mon 09-28"),
    ("2024-09-16", "M", "shift", "2024-10-08", False, "+15 = Tue 10-01, 国庆 10-01..07 → Tue 10-08"),
    ("2024-09-14", "M", "shift", "2024-09-29", False, "+15 = Sun 09-29, 调休 for 国庆"),
    # ---- year ends
    ("2025-12-17", "M", "shift", "2026-01-04", False, "+15 = Thu 2026-01-01, 元旦 01-01..03 → 调休 Sun 01-04"),
    ("2025-12-16", "M", "shift", "2025-12-31", False, "+15 = Wed 12-31, a working day"),
    ("2025-12-19", "M", "shift", "2026-01-04", False, "+15 = Sat 2026-01-03 in 元旦 → 调休 Sun 01-04"),
    ("2025-12-02", "J", "shift", "2026-01-04", False, "+30 = Thu 2026-01-01 in 元旦 → Sun 01-04"),
    ("2025-01-01", "L", "shift", "2026-01-04", False, "+1y = Thu 2026-01-01 in 元旦 → Sun 01-04"),
    ("2025-01-01", "L", "exact", "2026-01-01", False, "+1y = Thu 2026-01-01, exact"),
    ("2024-12-31", "L", "shift", "2025-12-31", False, "+1y = Wed 2025-12-31, a working day"),
    ("2024-12-17", "M", "shift", "2025-01-02", False, "+15 = Wed 2025-01-01 (元旦, one day) → Thu 01-02"),
    ("2024-12-02", "J", "shift", "2025-01-02", False, "+30 = Wed 2025-01-01 → Thu 01-02"),
    ("2024-01-01", "L", "shift", "2025-01-02", False, "+1y = Wed 2025-01-01 → Thu 01-02"),
    ("2024-12-14", "M", "shift", "2024-12-30", False, "+15 = Sun 12-29 → Mon 12-30"),
    ("2026-12-17", "M", "shift", "2027-01-04", True, "+15 = Fri 2027-01-01 元旦 (statutory), Sat, Sun → Mon 01-04"),
    ("2026-12-16", "M", "shift", "2026-12-31", False, "+15 = Thu 2026-12-31, known year"),
    ("2026-12-17", "M", "exact", "2027-01-01", False, "+15 = Fri 2027-01-01, exact: no calendar needed"),
    ("2026-01-01", "L", "shift", "2027-01-04", True, "+1y = Fri 2027-01-01 元旦 → Mon 01-04, provisional"),
    ("2026-12-02", "J", "shift", "2027-01-04", True, "+30 = Fri 2027-01-01 → Mon 01-04, provisional"),
    # ---- February 29 and months without the corresponding day (Art. 202)
    ("2024-02-29", "L", "shift", "2025-02-28", False, "+1y: 2025 has no 02-29 → Fri 02-28"),
    ("2024-02-29", "L", "exact", "2025-02-28", False, "+1y: no 2025-02-29 → 02-28"),
    ("2024-02-28", "L", "shift", "2025-02-28", False, "+1y = Fri 2025-02-28"),
    ("2023-02-28", "L", "shift", "2024-02-28", False, "+1y = Wed 2024-02-28 (not 02-29)"),
    ("2027-02-28", "L", "shift", "2028-02-28", True, "+1y = Mon 2028-02-28, year not in the data"),
    ("2028-02-29", "L", "shift", "2029-02-28", True, "+1y: 2029 has no 02-29 → Wed 02-28, provisional"),
    ("2028-02-29", "L", "exact", "2029-02-28", False, "+1y → 2029-02-28, exact"),
    ("2024-02-14", "M", "shift", "2024-02-29", False, "+15 = Thu 02-29 (leap year)"),
    ("2025-02-14", "M", "shift", "2025-03-03", False, "+15 = Sat 03-01 (Feb has 28) → Mon 03-03"),
    ("2024-01-30", "J", "shift", "2024-02-29", False, "+30 = Thu 2024-02-29"),
    ("2025-01-30", "J", "shift", "2025-03-03", False, "+30 = Sat 03-01 → Mon 03-03"),
    ("2025-01-31", "1m", "shift", "2025-02-28", False, "+1 month: no 02-31 → Fri 02-28"),
    ("2024-01-31", "1m", "shift", "2024-02-29", False, "+1 month: no 02-31 → Thu 02-29 (leap)"),
    ("2025-03-31", "1m", "shift", "2025-04-30", False, "+1 month: no 04-31 → Wed 04-30"),
    ("2025-05-31", "1m", "shift", "2025-06-30", False, "+1 month: no 06-31 → Mon 06-30"),
    ("2025-08-31", "1m", "shift", "2025-09-30", False, "+1 month: no 09-31 → Tue 09-30"),
    ("2026-10-31", "1m", "exact", "2026-11-30", False, "+1 month: no 11-31 → 11-30"),
    # ---- years beyond the data (statutory days, weekends, no 调休; provisional)
    ("2027-01-21", "M", "shift", "2027-02-09", True, "+15 = Fri 02-05 (除夕), 春节 02-05..08 → Tue 09"),
    ("2027-01-24", "M", "shift", "2027-02-09", True, "+15 = Mon 02-08 (初三) → Tue 09"),
    ("2027-01-24", "M", "exact", "2027-02-08", False, "+15 = Mon 02-08, exact"),
    ("2026-02-06", "L", "shift", "2027-02-09", True, "+1y = Sat 2027-02-06 in 春节 → Tue 02-09"),
    ("2027-09-16", "M", "shift", "2027-10-04", True, "+15 = Fri 10-01, 国庆 10-01..03 → Mon 10-04"),
    ("2027-09-02", "J", "shift", "2027-10-04", True, "+30 = Sat 10-02 → Mon 10-04"),
    ("2027-09-19", "M", "shift", "2027-10-04", True, "+15 = Mon 10-04, no shift but the year is unknown"),
    ("2027-03-10", "M", "shift", "2027-03-25", True, "+15 = Thu 03-25, a weekday of an unknown year"),
    ("2027-03-21", "M", "shift", "2027-04-06", True, "+15 = Mon 04-05 清明 → Tue 04-06"),
    ("2027-04-16", "M", "shift", "2027-05-03", True, "+15 = Sat 05-01 劳动节 (May 1–2) → Mon 05-03"),
    ("2028-01-10", "M", "shift", "2028-01-31", True, "+15 = Tue 01-25 除夕, 春节 01-25..28, weekend → Mon 31"),
    ("2028-09-16", "M", "shift", "2028-10-04", True, "+15 = Sun 10-01, 国庆 10-01..03 → Wed 10-04"),
    ("2027-12-16", "M", "shift", "2027-12-31", True, "+15 = Fri 12-31, unknown year"),
    ("2027-01-01", "L", "shift", "2028-01-03", True, "+1y = Sat 2028-01-01 元旦, Sun → Mon 01-03"),
    # ---- a last day on a plain Sunday or Saturday (docassemble #355)
    ("2025-06-07", "M", "shift", "2025-06-23", False, "+15 = Sun 06-22 → Mon 06-23"),
    ("2025-06-07", "M", "exact", "2025-06-22", False, "+15 = Sun 06-22, exact: stays on the Sunday"),
    ("2025-05-23", "J", "shift", "2025-06-23", False, "+30 = Sun 06-22 → Mon 06-23"),
    ("2024-06-22", "L", "shift", "2025-06-23", False, "+1y = Sun 2025-06-22 → Mon 06-23"),
    ("2026-03-07", "M", "shift", "2026-03-23", False, "+15 = Sun 03-22 → Mon 03-23"),
    ("2025-03-22", "L", "shift", "2026-03-23", False, "+1y = Sun 2026-03-22 → Mon 03-23"),
    ("2026-03-06", "M", "shift", "2026-03-23", False, "+15 = Sat 03-21, not a 调休 day → Mon 03-23"),
    # ---- other holidays and plain working days
    ("2025-03-03", "M", "shift", "2025-03-18", False, "+15 = Tue 03-18, a working day"),
    ("2025-03-03", "J", "shift", "2025-04-02", False, "+30 = Wed 04-02, a working day"),
    ("2025-03-05", "J", "shift", "2025-04-07", False, "+30 = Fri 04-04, 清明 04-04..06 → Mon 04-07"),
    ("2025-05-17", "M", "shift", "2025-06-03", False, "+15 = Sun 06-01, 端午 05-31..06-02 → Tue 06-03"),
    ("2025-04-16", "M", "shift", "2025-05-06", False, "+15 = Thu 05-01, 劳动节 05-01..05 → Tue 05-06"),
    ("2025-04-01", "J", "exact", "2025-05-01", False, "+30 = Thu 05-01, exact"),
    ("2026-04-01", "J", "shift", "2026-05-06", False, "+30 = Fri 05-01, 劳动节 05-01..05 → Wed 05-06"),
    ("2026-06-04", "M", "shift", "2026-06-22", False, "+15 = Fri 06-19, 端午 06-19..21 → Mon 06-22"),
    ("2026-03-21", "M", "shift", "2026-04-07", False, "+15 = Sun 04-05, 清明 04-04..06 → Tue 04-07"),
]


@pytest.fixture(scope="module")
def calendar_db(tmp_path_factory):
    """One SQLite database for the whole table: the period engine reads only the (empty) holiday
    table and chinesecalendar, so the backend plays no part (the stored-holiday paths are tested
    on both backends in test_holidays and test_dispute_clocks)."""
    from desktop.db import open_database

    database = open_database(str(tmp_path_factory.mktemp("periods") / "periods.db"), create=True)
    yield database
    database.dispose()


def _due(session, start: str, key: str, mode: str):
    rule = load_rules(session)[KEYS[key]]
    rule = replace(rule, mode=mode, **({"amount": 1, "unit": "month"} if key == "1m" else {}))
    return compute_due(rule, D(start), session_calendar(session))


def test_the_table_has_at_least_a_hundred_distinct_cases():
    assert len(CASES) >= 100
    assert len({row[:3] for row in CASES}) == len(CASES)


@pytest.mark.parametrize(("start", "key", "mode", "expected", "provisional", "why"), CASES,
                         ids=[f"{r[1]}-{r[2]}-{r[0]}" for r in CASES])
def test_last_day_matches_the_hand_computed_one(calendar_db, start, key, mode, expected, provisional, why):
    with calendar_db.reading() as session:
        due = _due(session, start, key, mode)
    assert (due.day, due.provisional) == (D(expected), provisional), why


def test_a_shifted_last_day_keeps_the_unshifted_one(db):
    with db.reading() as session:
        due = _due(session, "2026-02-06", "M", "shift")
    assert (due.day, due.unshifted) == (D("2026-02-24"), D("2026-02-21"))


def test_a_day_period_does_not_count_the_starting_day():
    assert end_of_period(D("2026-03-01"), 15, "day") == D("2026-03-16")


def test_a_year_from_february_29_ends_on_february_28():
    assert end_of_period(D("2028-02-29"), 1, "year") == D("2029-02-28")
