"""A case's clocks: extensions and pauses first (where deadline engines break), then days left,
amber and red, provisional years, and which clocks run at which stage."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from desktop.errors import ValidationError
from desktop.models import ClockAdjustment
from desktop.services.disputes import stages
from desktop.services.disputes.query import clocks_due_within, get_case
from desktop.services.disputes.rules import CONFIRMATION, LIMITATION, MEDIATION, PERFORMANCE
from tests.services.test_dispute_cases import advance, agree, new_case

RECEIVED = date(2026, 3, 2)          # Mon; +15 = Tue 03-17
DUE = date(2026, 3, 17)


def clock(db, case_id: int, key: str = MEDIATION, today: date = date(2026, 3, 5)):
    with db.reading() as s:
        found = {c.rule: c for c in get_case(s, case_id, today=today).clocks}
    return found.get(key)


def extend(db, case_id: int, days: int, key: str = MEDIATION) -> int:
    return db.run(lambda s: stages.extend_clock(s, case_id, key, days, "双方同意延期"), "秘书")[0]


def pause(db, case_id: int, first: date) -> int:
    return db.run(lambda s: stages.pause_clock(s, case_id, MEDIATION, first, "申请人住院"), "秘书")[0]


def end_pause(db, case_id: int, last: date) -> None:
    db.run(lambda s: stages.end_pause(s, case_id, MEDIATION, last), "秘书")


def remove(db, adjustment_id: int) -> None:
    db.run(lambda s: stages.remove_adjustment(s, adjustment_id, user="秘书"), "秘书")


# ---------------------------------------------------------------- extensions and pauses

def test_an_extension_moves_the_last_day(db):
    case_id = new_case(db, RECEIVED)
    extend(db, case_id, 5)
    assert (clock(db, case_id).due, clock(db, case_id).extension_days) == (date(2026, 3, 23), 5)  # Sun 22 → Mon


def test_removing_the_extension_goes_back_to_the_original_day(db):
    case_id = new_case(db, RECEIVED)
    remove(db, extend(db, case_id, 5))
    assert (clock(db, case_id).due, clock(db, case_id).extension_days) == (DUE, 0)
    with db.reading() as s:
        assert s.scalars(select(ClockAdjustment.removed_by)).all() == ["秘书"]   # the row stays


def test_two_extensions_add_up_and_removing_one_keeps_the_other(db):
    case_id = new_case(db, RECEIVED)
    first = extend(db, case_id, 3)
    extend(db, case_id, 4)
    assert clock(db, case_id).due == date(2026, 3, 24)     # 17 + 7
    remove(db, first)
    assert clock(db, case_id).due == date(2026, 3, 23)     # 17 + 4 = Sat 21 → Mon 23


def test_an_extension_beyond_the_cap_is_refused_in_chinese(db):
    case_id = new_case(db, RECEIVED)
    extend(db, case_id, 10)
    with pytest.raises(ValidationError) as refused:
        extend(db, case_id, 6)
    assert "最多可延期15日，已延期10日" in str(refused.value)
    assert clock(db, case_id).extension_days == 10


def test_the_performance_date_cannot_be_extended(db):
    case_id = new_case(db, RECEIVED)
    agree(db, case_id, date(2026, 3, 10), date(2026, 3, 31))
    with pytest.raises(ValidationError):
        extend(db, case_id, 3, PERFORMANCE)


def test_an_open_pause_leaves_no_last_day_and_shows_paused(db):
    case_id = new_case(db, RECEIVED)
    pause(db, case_id, date(2026, 3, 6))
    found = clock(db, case_id)
    assert (found.due, found.days_left, found.state, found.paused) == (None, None, "paused", True)


def test_ending_a_pause_moves_the_last_day_by_the_paused_days(db):
    case_id = new_case(db, RECEIVED)
    pause(db, case_id, date(2026, 3, 6))
    end_pause(db, case_id, date(2026, 3, 9))           # 4 days paused: 17 + 4 = Sat 21 → Mon 23
    found = clock(db, case_id)
    assert (found.due, found.state) == (date(2026, 3, 23), "ok")


def test_removing_an_ended_pause_goes_back_to_the_original_day(db):
    case_id = new_case(db, RECEIVED)
    adjustment = pause(db, case_id, date(2026, 3, 6))
    end_pause(db, case_id, date(2026, 3, 9))
    remove(db, adjustment)
    assert clock(db, case_id).due == DUE


def test_a_pause_starting_after_the_period_ended_has_no_effect(db):
    case_id = new_case(db, RECEIVED)
    pause(db, case_id, date(2026, 3, 18))
    end_pause(db, case_id, date(2026, 3, 25))
    assert clock(db, case_id).due == DUE


def test_a_pause_on_the_last_day_itself_counts(db):
    case_id = new_case(db, RECEIVED)
    pause(db, case_id, DUE)
    end_pause(db, case_id, DUE)                         # one day: Tue 17 → Wed 18
    assert clock(db, case_id).due == date(2026, 3, 18)


def test_removing_an_open_pause_lets_the_clock_run_again(db):
    case_id = new_case(db, RECEIVED)
    remove(db, pause(db, case_id, date(2026, 3, 6)))
    found = clock(db, case_id)
    assert (found.due, found.state) == (DUE, "ok")


def test_a_second_pause_while_one_is_open_is_refused(db):
    case_id = new_case(db, RECEIVED)
    pause(db, case_id, date(2026, 3, 6))
    with pytest.raises(ValidationError):
        pause(db, case_id, date(2026, 3, 7))


def test_a_pause_cannot_end_before_it_began(db):
    case_id = new_case(db, RECEIVED)
    pause(db, case_id, date(2026, 3, 6))
    with pytest.raises(ValidationError):
        end_pause(db, case_id, date(2026, 3, 5))


def test_a_pause_and_an_extension_together(db):
    case_id = new_case(db, RECEIVED)
    extend(db, case_id, 2)                              # 17 + 2 = 19
    pause(db, case_id, date(2026, 3, 10))
    end_pause(db, case_id, date(2026, 3, 12))           # + 3 = Sun 22 → Mon 23
    assert clock(db, case_id).due == date(2026, 3, 23)


# ---------------------------------------------------------------- days left and state

@pytest.mark.parametrize(("today", "left", "state"), [
    (date(2026, 3, 13), 4, "ok"), (date(2026, 3, 14), 3, "amber"), (date(2026, 3, 16), 1, "amber"),
    (date(2026, 3, 17), 0, "amber"), (date(2026, 3, 18), -1, "red")])
def test_days_left_and_state(db, today, left, state):
    case_id = new_case(db, RECEIVED)
    found = clock(db, case_id, today=today)
    assert (found.days_left, found.state) == (left, state)


def test_on_its_due_day_the_case_says_arbitration_may_be_applied_for(db):
    case_id = new_case(db, RECEIVED)
    assert "可以依法申请仲裁" in clock(db, case_id, today=DUE).note
    assert clock(db, case_id, today=date(2026, 3, 16)).note == ""


def test_an_extended_clock_is_not_overdue_on_its_original_day(db):
    case_id = new_case(db, RECEIVED)
    extend(db, case_id, 5)
    found = clock(db, case_id, today=date(2026, 3, 18))      # the day after the original 03-17
    assert (found.due, found.days_left, found.state) == (date(2026, 3, 23), 5, "ok")


def test_a_clock_in_a_year_beyond_the_data_is_provisional(db):
    case_id = new_case(db, RECEIVED, knew_on=date(2026, 1, 1))   # +1y = Fri 2027-01-01 元旦 → Mon 01-04
    found = clock(db, case_id, LIMITATION)
    assert (found.due, found.provisional) == (date(2027, 1, 4), True)
    assert clock(db, case_id, MEDIATION).provisional is False


def test_clocks_due_within_a_week_are_listed_and_paused_ones_are_not(db):
    near, far, paused = (new_case(db, RECEIVED), new_case(db, date(2026, 3, 10)), new_case(db, RECEIVED))
    pause(db, paused, date(2026, 3, 5))
    with db.reading() as s:
        due = clocks_due_within(s, 7, today=date(2026, 3, 12))
    assert [(d.case_id, d.clock.rule) for d in due] == [(near, MEDIATION)]
    assert far not in [d.case_id for d in due]


# ---------------------------------------------------------------- which clocks run when

def _rules(db, case_id: int, today: date = date(2026, 3, 20)) -> list[str]:
    with db.reading() as s:
        return [c.rule for c in get_case(s, case_id, today=today).clocks]


def test_a_received_case_runs_mediation_and_with_a_knew_on_day_the_limitation(db):
    assert _rules(db, new_case(db, RECEIVED)) == [MEDIATION]
    assert _rules(db, new_case(db, RECEIVED, knew_on=date(2026, 1, 10))) == [MEDIATION, LIMITATION]


def test_wage_arrears_during_employment_run_no_limitation_clock(db):
    case_id = new_case(db, RECEIVED, knew_on=date(2026, 1, 10), arrears_in_employment=True)
    assert _rules(db, case_id) == [MEDIATION]


def test_an_agreement_starts_judicial_confirmation_and_the_performance_date(db):
    case_id = new_case(db, RECEIVED)
    agree(db, case_id, date(2026, 3, 10), date(2026, 3, 31))
    with db.reading() as s:
        found = {c.rule: c.due for c in get_case(s, case_id, today=date(2026, 3, 20)).clocks}
    assert found == {CONFIRMATION: date(2026, 4, 9), PERFORMANCE: date(2026, 3, 31)}   # +30 = Thu 04-09


def test_a_closed_case_runs_no_clock(db):
    case_id = new_case(db, RECEIVED)
    advance(db, case_id, "调解不成", date(2026, 3, 17))
    assert _rules(db, case_id) == []
    advance(db, case_id, "结案", date(2026, 3, 18))
    assert _rules(db, case_id) == []
