"""案件期限提醒 in the daily reminder, on a fake clock: the case clocks due within 7 days or
passed in one notice, once per Beijing day, and nothing when none is due."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from desktop.views.reminders import MeetingReminders, ReminderNotice
from tests.views.test_dashboard_case_clocks import add_case, due_now

pytestmark = pytest.mark.gui


@pytest.fixture
def clock():
    return [datetime.now(timezone.utc)]


@pytest.fixture
def notice(qtbot):
    widget = ReminderNotice()
    qtbot.addWidget(widget)
    return widget


@pytest.fixture
def reminders(workspace, notice, clock):
    # meeting reminders off: only the case clocks are checked
    return MeetingReminders(workspace, notice, clock=lambda: clock[0], minutes=lambda: 0)


def test_the_clocks_due_soon_are_reminded_in_one_notice(qtbot, workspace, reminders, notice):
    add_case(workspace, 20)
    add_case(workspace, 13)
    add_case(workspace, 0)                      # due in 15 days: not yet
    expected = due_now(workspace)
    with qtbot.waitSignal(reminders.case_clocks_reminded) as reminded:
        reminders.check()
    assert [d.case_id for d in reminded.args[0]] == [d.case_id for d in expected]
    assert not notice.isHidden()
    assert notice.label.text() == "案件期限提醒：2 项期限临近，其中已超期 1 项（见督办看板）"   # one short line
    text = notice.label.toolTip()   # the list
    assert text.startswith("2 项案件期限临近（其中已超期 1 项）")
    assert all(d.number in text for d in expected)
    assert expected[0].clock.due.isoformat() in text


def test_the_reminder_comes_once_a_day(qtbot, workspace, reminders, clock):
    add_case(workspace, 20)
    assert len(reminders.check_case_clocks()) == 1
    clock[0] += timedelta(minutes=1)
    assert reminders.check_case_clocks() == []
    clock[0] += timedelta(days=1)
    with qtbot.waitSignal(reminders.case_clocks_reminded):
        reminders.check()


def test_more_than_three_clocks_are_counted_not_all_named(workspace, reminders, notice):
    for days_ago in (20, 19, 18, 17, 16):
        add_case(workspace, days_ago)
    reminders.check()
    text = notice.label.toolTip()
    assert text.startswith("5 项案件期限临近") and text.endswith("等 5 项")
    assert text.count("经开工调字") == 3


def test_nothing_due_shows_no_notice(qtbot, workspace, reminders, notice):
    add_case(workspace, 0)
    with qtbot.assertNotEmitted(reminders.case_clocks_reminded):
        assert reminders.check_case_clocks() == []
    assert notice.isHidden()


def test_the_timer_reads_off_the_ui_thread_and_reminds_once_back(qtbot, workspace, reminders, notice,
                                                                 monkeypatch):
    """The first check comes a second after the first paint, when the user is at work: its
    reads (the case clocks of every open case) run on a pool thread, the notice here."""
    import threading

    from desktop.services.disputes import query

    add_case(workspace, 20)
    read_on: list[str] = []
    real = query.clocks_due_within

    def recording(session, **kwargs):
        read_on.append(threading.current_thread().name)
        return real(session, **kwargs)

    monkeypatch.setattr(query, "clocks_due_within", recording)
    with qtbot.waitSignal(reminders.case_clocks_reminded, timeout=10000):
        reminders.start()
        assert notice.isHidden()            # nothing read yet on this thread
    reminders.stop()
    assert len(read_on) == 1 and read_on[0] != threading.main_thread().name
    assert not notice.isHidden()
    reminders.check_in_background()         # the same day: nothing read, nothing shown again
    qtbot.waitUntil(lambda: not reminders._reading)
    assert len(read_on) == 1
