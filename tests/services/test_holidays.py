"""Working days: chinesecalendar for known years, the user's table over it, weekends beyond."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from desktop.config import LOCAL_TZ
from desktop.errors import ValidationError
from desktop.services.dates.holidays import (
    DayKind,
    DaySource,
    ScheduleImportError,
    day_info,
    day_warning,
    import_schedule,
    import_schedule_file,
    is_working_day,
    list_holidays,
    next_working_day,
    remove_holiday,
    set_holiday,
    shift_to_working_day,
    working_days_between,
)

SPRING_FESTIVAL_2026 = [date(2026, 2, d) for d in range(15, 24)]   # 2026-02-15 .. 02-23
MAKEUP_SATURDAY_2026 = date(2026, 2, 14)                           # 春节调休上班 (a Saturday)


def test_2026_spring_festival_days_are_holidays(db):
    with db.reading() as session:
        infos = [day_info(session, d) for d in SPRING_FESTIVAL_2026]
    assert {i.kind for i in infos} == {DayKind.HOLIDAY.value}
    assert {i.name for i in infos} == {"春节"}
    assert all(i.known and i.source == DaySource.CHINESECALENDAR.value for i in infos)


def test_2026_makeup_saturday_counts_as_a_working_day(db):
    with db.reading() as session:
        info = day_info(session, MAKEUP_SATURDAY_2026)
        assert MAKEUP_SATURDAY_2026.weekday() == 5
        assert info.kind == DayKind.MAKEUP_WORKDAY.value and "春节" in info.name
        assert is_working_day(session, MAKEUP_SATURDAY_2026)
        assert not is_working_day(session, date(2026, 2, 21))  # a Saturday inside the holiday


def test_national_day_warning_names_the_holiday(db):
    with db.reading() as session:
        assert day_warning(day_info(session, date(2026, 10, 1))) == "2026-10-01 是法定节假日（国庆节）"
        assert day_warning(day_info(session, date(2026, 10, 9))) is None


def test_unknown_year_falls_back_to_weekends_and_says_so(db):
    with db.reading() as session:
        saturday = day_info(session, date(2027, 1, 2))
        monday = day_info(session, date(2027, 1, 4))
    assert (saturday.kind, saturday.known, saturday.source) == (
        DayKind.WEEKEND.value, False, DaySource.WEEKEND_FALLBACK.value)
    assert (monday.kind, monday.known) == (DayKind.WORKDAY.value, False)


@pytest.mark.parametrize(("day", "name"), [
    (date(2027, 1, 1), "元旦"),
    (date(2027, 2, 5), "春节"),      # 除夕 is 腊月廿九: lunar year 2026 has no 30th of the 12th month
    (date(2027, 2, 8), "春节"),      # 正月初三
    (date(2027, 4, 5), "清明节"),
    (date(2027, 5, 2), "劳动节"),
    (date(2027, 6, 9), "端午节"),
    (date(2027, 9, 15), "中秋节"),
    (date(2027, 10, 3), "国庆节"),
    (date(2031, 10, 1), "中秋节"),   # 中秋 on National Day: the day keeps one name
])
def test_unknown_year_still_knows_its_statutory_holidays_as_provisional(db, day, name):
    with db.reading() as session:
        info = day_info(session, day)
    assert (info.kind, info.name, info.known, info.source) == (
        DayKind.HOLIDAY.value, name, False, DaySource.STATUTORY.value)


def test_unknown_year_has_no_bridging_days_or_makeup_saturdays(db):
    with db.reading() as session:
        assert day_info(session, date(2027, 2, 9)).kind == DayKind.WORKDAY.value   # 初四
        assert day_info(session, date(2027, 10, 4)).kind == DayKind.WORKDAY.value
        assert day_info(session, date(2027, 2, 20)).kind == DayKind.WEEKEND.value


def test_user_table_overrides_chinesecalendar(db):
    with db.transaction() as session:
        set_holiday(session, date(2026, 3, 2), "holiday", "临时放假")
        set_holiday(session, MAKEUP_SATURDAY_2026, "holiday", "改为休息")
    with db.reading() as session:
        assert day_info(session, date(2026, 3, 2)).kind == DayKind.HOLIDAY.value
        assert day_info(session, date(2026, 3, 2)).source == DaySource.TABLE.value
        assert not is_working_day(session, MAKEUP_SATURDAY_2026)
    with db.transaction() as session:
        assert remove_holiday(session, MAKEUP_SATURDAY_2026)
    with db.reading() as session:
        assert is_working_day(session, MAKEUP_SATURDAY_2026)


def test_cache_is_cleared_by_a_write_in_the_same_session(db):
    with db.transaction() as session:
        assert is_working_day(session, date(2026, 3, 3))
        set_holiday(session, date(2026, 3, 3), "holiday", "临时")
        assert not is_working_day(session, date(2026, 3, 3))


def test_next_working_day_skips_the_national_day_week(db):
    with db.reading() as session:
        assert next_working_day(session, date(2026, 9, 30)) == date(2026, 10, 8)
        assert next_working_day(session, date(2026, 10, 8), inclusive=True) == date(2026, 10, 8)
        assert next_working_day(session, date(2026, 2, 13)) == MAKEUP_SATURDAY_2026


def test_working_days_between_counts_both_ends(db):
    with db.reading() as session:
        # Mon 2026-09-28 .. Sun 2026-10-11: 28, 29, 30 Sep, 8, 9, 10 (调休 Saturday) Oct
        assert working_days_between(session, date(2026, 9, 28), date(2026, 10, 11)) == 6
        assert working_days_between(session, date(2026, 10, 2), date(2026, 10, 1)) == 0


def test_shift_to_working_day_keeps_the_local_time(db):
    start = datetime(2026, 10, 1, 14, 30, tzinfo=LOCAL_TZ)
    with db.reading() as session:
        moved = shift_to_working_day(session, start)
    assert moved.astimezone(LOCAL_TZ) == datetime(2026, 10, 8, 14, 30, tzinfo=LOCAL_TZ)


SCHEDULE_2027 = """date,kind,name
2027-01-01,holiday,元旦
2027-02-06,休,春节
2027-02-07,holiday,春节
2027-02-20,workday,春节调休上班
"""


def test_imported_schedule_makes_a_new_year_known(db, tmp_path):
    path = tmp_path / "2027.csv"
    path.write_text(SCHEDULE_2027, encoding="utf-8-sig")
    with db.transaction() as session:
        result = import_schedule_file(session, path)
    assert (result.years, result.added) == ((2027,), 4)
    with db.reading() as session:
        assert day_info(session, date(2027, 1, 1)).kind == DayKind.HOLIDAY.value
        assert day_info(session, date(2027, 2, 20)).kind == DayKind.MAKEUP_WORKDAY.value
        plain = day_info(session, date(2027, 3, 6))   # a Saturday the schedule does not name
        assert (plain.kind, plain.known, plain.source) == (DayKind.WEEKEND.value, True, "table")


def test_reimport_replaces_the_year(db):
    with db.transaction() as session:
        import_schedule(session, SCHEDULE_2027)
        result = import_schedule(session, "2027-01-01,holiday,元旦\n")
    assert (result.removed, result.updated, result.added) == (3, 0, 0)
    with db.reading() as session:
        assert [h.date for h in list_holidays(session, 2027)] == [date(2027, 1, 1)]


def test_bad_schedule_is_refused_with_line_numbers_and_nothing_saved(db):
    text = "2027-01-01,holiday,元旦\n2027-02-30,holiday,春节\n2027-02-07,放风,春节\n2027-01-01,holiday,重复\n"
    with db.transaction() as session, pytest.raises(ScheduleImportError) as caught:
        import_schedule(session, text)
    assert [n for n, _ in caught.value.problems] == [2, 3, 4]
    assert "第2行" in str(caught.value) and "第3行" in str(caught.value)
    with db.reading() as session:
        assert list_holidays(session, 2027) == []


def test_empty_schedule_is_refused(db):
    with pytest.raises(ValidationError, match="没有任何日期"), db.transaction() as session:
        import_schedule(session, "date,kind,name\n# 2027\n")
