"""Case statistics of a period, checked against cases created and moved on in the test and read
back from the database (SQLite, and PostgreSQL when TRIPARTITE_TEST_PG_URL is set)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import update

from desktop.models import CaseClaim
from desktop.services.disputes import core
from desktop.services.disputes.rules import MEDIATION
from desktop.services.disputes.stages import extend_clock
from desktop.services.disputes.statistics import case_statistics
from tests.services.test_dispute_cases import GOOD_ID, PHONE, advance, agree, enterprises, new_case

MARCH = (date(2026, 3, 1), date(2026, 3, 31))


def stats(db, first=MARCH[0], last=MARCH[1]):
    with db.reading() as s:
        return case_statistics(s, first, last, today=date(2026, 6, 30))


def set_agreed(db, case_id: int, amount: Decimal | None) -> None:
    db.run(lambda s: s.execute(update(CaseClaim).where(CaseClaim.case_id == case_id)
                               .values(agreed_amount=amount)), "秘书")


def mediator(db, name: str) -> int:
    return db.run(lambda s: core.add_mediator(s, name), "秘书")[0]


def test_only_cases_received_in_the_period_count(db):
    new_case(db, date(2026, 2, 28))
    new_case(db, date(2026, 3, 1))
    new_case(db, date(2026, 3, 31))
    new_case(db, date(2026, 4, 1))
    assert stats(db).total.received == 2
    assert stats(db, None, None).total.received == 4


def test_mediated_settled_failed_and_handed_on_follow_the_timeline(db):
    new_case(db, date(2026, 3, 2))                                     # still at 受理
    talking = new_case(db, date(2026, 3, 2))
    advance(db, talking, "调解中", date(2026, 3, 3))
    settled = new_case(db, date(2026, 3, 2))
    agree(db, settled, date(2026, 3, 10), date(2026, 4, 10))
    confirmed = new_case(db, date(2026, 3, 2))
    agree(db, confirmed, date(2026, 3, 10), date(2026, 4, 10))
    advance(db, confirmed, "申请司法确认", date(2026, 3, 12))
    failed = new_case(db, date(2026, 3, 2))
    advance(db, failed, "调解不成", date(2026, 3, 5))
    advance(db, failed, "转仲裁", date(2026, 3, 6))
    total = stats(db).total
    assert (total.received, total.mediated, total.settled, total.failed, total.handed_on) == (5, 4, 2, 1, 2)


def test_figures_by_category_and_source_list_every_kind_in_order(db):
    new_case(db, date(2026, 3, 2), category="确认劳动关系", source="online")
    new_case(db, date(2026, 3, 3), category="劳动报酬")
    new_case(db, date(2026, 3, 4), category="劳动报酬", source="online")
    board = stats(db)
    by_category = {g.key: g.received for g in board.by_category}
    assert by_category == {"relation": 1, "contract": 0, "dismissal": 0, "conditions": 0,
                           "remuneration": 2, "other": 0}
    assert [g.key for g in board.by_category][0] == "relation"
    assert {g.key: g.received for g in board.by_source}["online"] == 2
    assert {g.key: g.received for g in board.by_source}["window"] == 1


def test_figures_by_mediator_put_cases_without_one_apart(db):
    wang = mediator(db, "王调解")
    new_case(db, date(2026, 3, 2), mediator_id=wang)
    new_case(db, date(2026, 3, 3), mediator_id=wang)
    new_case(db, date(2026, 3, 4))
    assert [(g.name, g.received) for g in stats(db).by_mediator] == [("王调解", 2), ("未指定调解员", 1)]


def test_workers_and_amounts_claimed_add_up(db):
    enterprise = enterprises(db)[0]
    draft = core.CaseDraft(enterprise_id=enterprise, received=date(2026, 3, 5), category="劳动报酬",
                           parties=(core.PartyInput("李四"), core.PartyInput("王五")), workers=12,
                           claims=(core.ClaimInput("工资", Decimal("3000.50")), core.ClaimInput("补偿", None)))
    db.run(lambda s: core.create_case(s, draft), "秘书")
    new_case(db, date(2026, 3, 6))                                      # one worker, 12000 claimed
    total = stats(db).total
    assert (total.workers, total.claimed) == (13, Decimal("15000.50"))


def test_amounts_agreed_count_settled_cases_only_and_none_counts_nothing(db):
    settled = new_case(db, date(2026, 3, 2))
    agree(db, settled, date(2026, 3, 10), date(2026, 4, 10))
    set_agreed(db, settled, Decimal("8000"))
    unagreed = new_case(db, date(2026, 3, 2))
    agree(db, unagreed, date(2026, 3, 10), date(2026, 4, 10))
    set_agreed(db, unagreed, None)
    failed = new_case(db, date(2026, 3, 2))
    set_agreed(db, failed, Decimal("500"))                              # not settled: not counted
    advance(db, failed, "调解不成", date(2026, 3, 5))
    assert stats(db).total.agreed == Decimal("8000")


def test_settled_within_the_15_days_counts_the_last_day_itself(db):
    on_time = new_case(db, date(2026, 3, 2))                            # last day 2026-03-17
    agree(db, on_time, date(2026, 3, 17), date(2026, 4, 10))
    late = new_case(db, date(2026, 3, 2))
    agree(db, late, date(2026, 3, 18), date(2026, 4, 10))
    board = stats(db)
    assert {c.id: c.in_time for c in board.cases} == {on_time: True, late: False}
    assert (board.settled_in_time, board.in_time_share) == (1, 0.5)


def test_an_extension_moves_the_15_day_limit_for_the_share(db):
    extended = new_case(db, date(2026, 3, 2))
    db.run(lambda s: extend_clock(s, extended, MEDIATION, 5, "双方同意延期"), "秘书")
    agree(db, extended, date(2026, 3, 20), date(2026, 4, 10))           # after 03-17, before 03-23
    line = stats(db).cases[0]
    assert (line.mediation_due, line.in_time) == (date(2026, 3, 23), True)


def test_no_settlement_gives_no_share(db):
    new_case(db, date(2026, 3, 2))
    assert stats(db).in_time_share is None


def test_median_days_to_close_counts_closed_cases_only(db):
    for received, closed in ((date(2026, 3, 2), date(2026, 3, 12)), (date(2026, 3, 2), date(2026, 3, 22)),
                             (date(2026, 3, 3), date(2026, 3, 8))):
        case_id = new_case(db, received)
        advance(db, case_id, "调解不成", received)
        advance(db, case_id, "结案", closed)
    new_case(db, date(2026, 3, 4))                                      # open: not counted
    board = stats(db)
    assert (board.closed, board.median_days_to_close) == (3, 10.0)


def test_the_union_mediated_share_is_over_all_cases(db):
    new_case(db, date(2026, 3, 2))                                      # township (the default)
    new_case(db, date(2026, 3, 2), mediation_body="enterprise")
    new_case(db, date(2026, 3, 2), mediation_body="peoples")
    new_case(db, date(2026, 3, 2))
    board = stats(db)
    assert (board.union_mediated, board.union_share) == (2, 0.5)


def test_the_case_list_holds_masked_numbers_only(db):
    new_case(db, date(2026, 3, 2))
    line = stats(db).cases[0]
    assert GOOD_ID not in line.id_numbers and PHONE not in line.phones
    assert (line.id_numbers, line.phones) == (GOOD_ID[:6] + "********" + GOOD_ID[-4:], "138****5678")
