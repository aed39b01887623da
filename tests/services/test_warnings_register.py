"""Letter numbers per year, the dashboard without drills, and the next warning meeting's agenda."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from desktop.errors import ValidationError
from desktop.models import EarlyWarning
from desktop.services.kernel.timeutil import today_local
from desktop.services.meetings.agenda import get_agenda
from desktop.services.meetings.core import create_meeting
from desktop.services.warnings import core
from desktop.services.warnings.agenda import put_on_next_agenda
from desktop.services.warnings.core import WarningDraft
from desktop.services.warnings.dashboard import month_keys, warning_dashboard
from desktop.services.warnings.letters import letter_number_text
from desktop.services.warnings.query import get_warning
from tests.services.meeting_support import local, meeting_data
from tests.services.warning_support import suggested


def run(db, work):
    return db.run(work, "测试员")[0]


def utc(y, mo, d, h=2):
    return datetime(y, mo, d, h, tzinfo=timezone.utc)


def issue(db, wid, now=None, **draft):
    run(db, lambda s: core.issue_suggestion(s, wid, WarningDraft(**draft), now=now))
    with db.reading() as s:
        return get_warning(s, wid)


def numbers(db):
    with db.reading() as s:
        return sorted((w.letter_year, w.letter_serial) for w in s.query(EarlyWarning)
                      if w.letter_serial is not None)


def test_two_letters_of_a_year_get_1_and_2_and_a_new_year_starts_at_1(db):
    a, b, c = suggested(db), suggested(db, enterprise=1), suggested(db, enterprise=2)
    assert issue(db, a, utc(2026, 3, 1)).letter_number == "经开工预〔2026〕1号"
    assert issue(db, b, utc(2026, 11, 2)).letter_number == "经开工预〔2026〕2号"
    assert issue(db, c, utc(2027, 1, 5)).letter_number == "经开工预〔2027〕1号"
    assert numbers(db) == [(2026, 1), (2026, 2), (2027, 1)]


def test_the_year_of_a_letter_is_the_year_in_beijing(db):
    wid = suggested(db)
    assert issue(db, wid, datetime(2026, 12, 31, 16, 30, tzinfo=timezone.utc)).letter_number == \
        "经开工预〔2027〕1号"


def test_a_refused_issue_uses_up_no_number_and_a_drill_takes_none(db):
    a, drill, b = suggested(db), suggested(db, enterprise=1, drill=True), suggested(db, enterprise=2)
    with pytest.raises(ValidationError):
        run(db, lambda s: core.issue_suggestion(s, a, WarningDraft(level="red"), now=utc(2026, 5, 1)))
    assert issue(db, drill, utc(2026, 5, 1)).letter_number == ""
    issue(db, b, utc(2026, 5, 2))
    issue(db, a, utc(2026, 5, 3), level="red", reason="升级")
    assert numbers(db) == [(2026, 1), (2026, 2)]


def test_the_number_has_the_official_brackets_and_no_leading_zero():
    assert letter_number_text(2026, 3) == "经开工预\u30142026\u30153号"


def test_the_dashboard_counts_warnings_in_force_by_level_and_park_without_drills(db):
    today = date(2026, 12, 3)
    red, orange, drill, lifted = (suggested(db, "red"), suggested(db, "orange", enterprise=1),
                                  suggested(db, "red", enterprise=2, drill=True), suggested(db, "blue"))
    suggested(db, "yellow", enterprise=2)
    for wid in (red, orange, drill, lifted):
        issue(db, wid, utc(2026, 11, 20), starts=date(2026, 11, 20), expires=date(2026, 12, 10))
    run(db, lambda s: core.lift_warning(s, lifted, "已解决", now=utc(2026, 12, 1)))
    with db.reading() as s:
        board = warning_dashboard(s, today)
    assert dict(board.by_level) == {"red": 1, "orange": 1, "yellow": 0, "blue": 0}
    assert [(p.park, p.by_level) for p in board.by_park] == [
        ("台湖片区", (0, 1, 0, 0)), ("马驹桥片区", (1, 0, 0, 0))]
    assert [w.id for w in board.expiring] == [red, orange]
    assert (board.suggested, board.expired, board.in_force) == (1, 0, 2)
    months = {m.month: (m.raised, m.lifted) for m in board.months}
    assert months["2026-11"] == (3, 0) and months["2026-12"] == (0, 1)
    assert len(board.months) == 12 and board.months[0].month == "2026-01"


def test_the_dashboard_counts_an_expired_warning_apart(db):
    wid = suggested(db)
    issue(db, wid, utc(2026, 1, 5), starts=date(2026, 1, 5), expires=date(2026, 2, 1))
    with db.reading() as s:
        board = warning_dashboard(s, date(2026, 3, 1))
    assert (board.in_force, board.expired, board.expiring) == (0, 1, ())


def test_month_keys_cross_the_year():
    assert month_keys(date(2026, 2, 15), 3) == ["2025-12", "2026-01", "2026-02"]


def next_meeting(db, days=7, body="warning"):
    start = local(*(today_local() + timedelta(days=days)).timetuple()[:3])
    return run(db, lambda s: create_meeting(s, meeting_data(start, body=body, title="预警工作例会")))


def test_an_active_warning_goes_on_the_next_warning_meeting_once(db):
    later, first = next_meeting(db, 30), next_meeting(db, 7)
    next_meeting(db, 3, body="tripartite")
    wid = suggested(db, "red")
    issue(db, wid)
    assert run(db, lambda s: put_on_next_agenda(s, wid)) == first
    with db.reading() as s:
        items = get_agenda(s, first).items
        assert get_agenda(s, later).items == ()
    assert [i.title for i in items] == ["北京甲科技有限公司红色预警（欠薪）"]
    assert "经开工预〔" in items[0].notes
    with pytest.raises(ValidationError, match="已列入"):
        run(db, lambda s: put_on_next_agenda(s, wid))


def test_no_planned_warning_meeting_ahead_is_refused_clearly(db):
    wid = suggested(db)
    issue(db, wid)
    with pytest.raises(ValidationError, match="还没有安排今后的会议"):
        run(db, lambda s: put_on_next_agenda(s, wid))


def test_a_suggestion_cannot_go_on_the_agenda(db):
    next_meeting(db)
    wid = suggested(db)
    with pytest.raises(ValidationError, match="只有生效中的预警"):
        run(db, lambda s: put_on_next_agenda(s, wid))
