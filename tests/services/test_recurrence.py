"""RRULE presets, validation, expansion in Asia/Shanghai wall time and the Chinese description."""

from __future__ import annotations

from datetime import date, datetime, timezone

import pytest

from desktop.config import LOCAL_TZ
from desktop.errors import ValidationError
from desktop.services.dates import recurrence as rr

START = datetime(2026, 1, 15, 9, 30, tzinfo=LOCAL_TZ)   # a Thursday, the 3rd of the month


def local_days(moments):
    return [m.astimezone(LOCAL_TZ).date() for m in moments]


def test_bimonthly_presets_on_a_day_or_on_the_nth_weekday():
    assert rr.preset_rule("bimonthly", START) == "FREQ=MONTHLY;INTERVAL=2;BYMONTHDAY=15"
    assert rr.preset_rule("bimonthly", START, by="weekday") == "FREQ=MONTHLY;INTERVAL=2;BYDAY=3TH"
    assert rr.preset_rule("quarterly", START, count=4) == "FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=15;COUNT=4"
    assert rr.preset_rule("weekly", START) == "FREQ=WEEKLY;BYDAY=TH"
    assert rr.preset_rule("custom", START, custom="rrule:freq=yearly") == "FREQ=YEARLY"


def test_presets_are_recognised_back_for_the_dialog():
    assert rr.detect_preset("FREQ=MONTHLY;INTERVAL=2;BYDAY=3TH;COUNT=6") == ("bimonthly", "weekday")
    assert rr.detect_preset("FREQ=MONTHLY;INTERVAL=3") == ("quarterly", "month_day")
    assert rr.detect_preset("FREQ=WEEKLY;BYDAY=MO") == ("weekly", "")
    assert rr.detect_preset("FREQ=DAILY;INTERVAL=3") == ("custom", "")


def test_bimonthly_from_15_january_gives_six_dates_in_2026():
    rule = rr.preset_rule("bimonthly", START, until=date(2026, 12, 31))
    dates = rr.expand(rule, START)
    assert local_days(dates) == [date(2026, m, 15) for m in (1, 3, 5, 7, 9, 11)]
    assert all(m.tzinfo == timezone.utc and m.astimezone(LOCAL_TZ).hour == 9 for m in dates)


def test_expansion_keeps_local_wall_time_across_utc_midnight():
    early = datetime(2026, 1, 15, 7, 0, tzinfo=LOCAL_TZ)   # 23:00 UTC the day before
    dates = rr.expand("FREQ=MONTHLY;BYMONTHDAY=15;COUNT=3", early)
    assert [m.astimezone(LOCAL_TZ).strftime("%m-%d %H:%M") for m in dates] == [
        "01-15 07:00", "02-15 07:00", "03-15 07:00"]


def test_until_date_means_the_end_of_that_local_day():
    rule = rr.with_end("FREQ=MONTHLY;INTERVAL=2;BYMONTHDAY=15", until=date(2026, 11, 15))
    assert rule.endswith("UNTIL=20261115T155959Z")
    assert local_days(rr.expand(rule, START))[-1] == date(2026, 11, 15)
    assert rr.rule_end(rule) == rr.RuleEnd(None, date(2026, 11, 15))


def test_open_rule_needs_a_bound_and_exdates_are_left_out():
    with pytest.raises(ValueError):
        rr.expand("FREQ=MONTHLY", START)
    skip = datetime(2026, 3, 15, 9, 30, tzinfo=LOCAL_TZ)
    dates = rr.expand("FREQ=MONTHLY;INTERVAL=2", START, until=datetime(2026, 6, 1, tzinfo=LOCAL_TZ),
                      exdates=[skip])
    assert local_days(dates) == [date(2026, 1, 15), date(2026, 5, 15)]


@pytest.mark.parametrize("rule", ["FREQ=MONTHLY;BYMONTH=2;BYMONTHDAY=31",
                                  "FREQ=YEARLY;BYMONTH=4;BYMONTHDAY=31",
                                  "FREQ=MONTHLY;UNTIL=20250101"])
def test_a_rule_that_never_produces_a_date_is_refused(rule):
    with pytest.raises(ValidationError, match="不会产生任何日期"):
        rr.validate_rule(rule, START)


@pytest.mark.parametrize(("rule", "words"), [
    ("", "请填写重复规则"), ("FREQ=HOURLY", "最短为每天"), ("INTERVAL=2", "缺少 FREQ"),
    ("FREQ=MONTHLY;COUNT=2;UNTIL=20261231", "不能同时"), ("FREQ=MONTHLY;BYMONTH=13", "超出范围"),
    ("FREQ=WEEKLY;BYDAY=XX", "无法识别"), ("FREQ=MONTHLY;FOO=1", "不受支持"), ("FREQ", "格式不正确"),
])
def test_bad_rules_get_a_chinese_message(rule, words):
    with pytest.raises(ValidationError, match=words):
        rr.validate_rule(rule, START)


def test_leap_day_rule_is_accepted():
    assert rr.validate_rule("FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29", START)


@pytest.mark.parametrize(("rule", "text"), [
    ("FREQ=MONTHLY;INTERVAL=2;BYMONTHDAY=15;COUNT=6", "每两个月的15日 09:30，共6次"),
    ("FREQ=MONTHLY;INTERVAL=2;BYDAY=3TH", "每两个月的第三个星期四 09:30"),
    ("FREQ=MONTHLY;INTERVAL=3;UNTIL=20261231T155959Z", "每季度的15日 09:30，至2026年12月31日"),
    ("FREQ=MONTHLY;BYMONTHDAY=-1", "每月最后一天 09:30"),
    ("FREQ=WEEKLY;BYDAY=MO,WE", "每周星期一、三 09:30"),
    ("FREQ=DAILY;INTERVAL=2", "每两天 09:30"),
    ("FREQ=YEARLY;BYWEEKNO=20", "自定义规则（FREQ=YEARLY;BYWEEKNO=20）"),
])
def test_description_in_chinese(rule, text):
    assert rr.describe(rule, START) == text


def test_rebase_moves_the_anchor_with_the_date():
    moved = datetime(2026, 1, 22, 9, 30, tzinfo=LOCAL_TZ)
    assert rr.rebase_rule("FREQ=MONTHLY;INTERVAL=2;BYMONTHDAY=15", START, moved) == \
        "FREQ=MONTHLY;INTERVAL=2;BYMONTHDAY=22"
    assert rr.rebase_rule("FREQ=MONTHLY;INTERVAL=2;BYDAY=3TH", START, moved) == \
        "FREQ=MONTHLY;INTERVAL=2;BYDAY=4TH"
    assert rr.rebase_rule("FREQ=MONTHLY;BYMONTHDAY=1", START, moved) == "FREQ=MONTHLY;BYMONTHDAY=1"


def test_truncated_rule_ends_on_its_last_date_before_the_cut():
    cut = datetime(2026, 7, 15, 9, 30, tzinfo=LOCAL_TZ)
    rule = rr.truncated_before("FREQ=MONTHLY;INTERVAL=2;COUNT=12", START, cut)
    assert "COUNT" not in rule
    assert local_days(rr.expand(rule, START)) == [date(2026, 1, 15), date(2026, 3, 15), date(2026, 5, 15)]


def test_exdates_round_trip_as_utc():
    text = rr.exdates_to_json([datetime(2026, 3, 15, 9, 30, tzinfo=LOCAL_TZ)])
    assert text == '["2026-03-15T01:30:00+00:00"]'
    assert rr.exdates_from_json('["2026-03-15T01:30:00Z"]') == rr.exdates_from_json(text)


@pytest.mark.parametrize("rule", ["FREQ=WEEKLY;\x00COUNT=3", "FREQ=WEEKLY;\x1b[31mX=1", "FREQ=WEEKLY;COUNT\u202e"])
def test_a_refused_rule_quotes_its_parts_printably(rule):
    """A rule read from a file may carry a NUL or an escape: the refusal quotes it escaped (found
    by the .ics property test), so neither the preview nor the terminal receives it."""
    with pytest.raises(ValidationError) as refused:
        rr.normalise_rule(rule)
    quoted = [str(v) for v in refused.value.params.values()]
    assert quoted and all(text.isprintable() for text in quoted)
