"""Dispute-case intake, numbering, stage moves, the 卷宗 gate, masking and the warning link,
read back from the database (SQLite, and PostgreSQL when TRIPARTITE_TEST_PG_URL is set)."""

from __future__ import annotations

import multiprocessing
import threading
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from desktop.db import open_database
from desktop.errors import NotFoundError, ValidationError
from desktop.models import AuditEntry, CaseParty, CaseStep, DisputeCase
from desktop.services.disputes import core
from desktop.services.disputes.casefile import CHECKLIST, checklist, mark_document
from desktop.services.disputes.query import case_detail, list_cases
from desktop.services.disputes.stages import Advance, advance_case
from desktop.services.kernel.validation import id_number_is_valid
from tests.conftest import PG_URL
from tests.services.warning_support import add_enterprises, add_suggestion

_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)


def id_number(body: str = "11011219900307123") -> str:
    """A GB 11643 number: ``body`` (17 digits) and its computed check character."""
    check = (12 - sum(int(d) * w for d, w in zip(body, _WEIGHTS)) % 11) % 11
    return body + ("X" if check == 10 else str(check))


GOOD_ID = id_number()
PHONE = "13812345678"


def wrong_check(number: str) -> str:
    return number[:17] + ("0" if number[17] != "0" else "1")


def draft(enterprise_id: int, received: date = date(2026, 3, 2), **kwargs) -> core.CaseDraft:
    values = {"category": "劳动报酬", "parties": (core.PartyInput("张三", GOOD_ID, PHONE),),
              "claims": (core.ClaimInput("支付拖欠工资", Decimal("12000")),)} | kwargs
    return core.CaseDraft(enterprise_id=enterprise_id, received=received, **values)


def enterprises(db) -> list[int]:
    from desktop.models import Enterprise

    def work(s):
        return [e.id for e in s.query(Enterprise).order_by(Enterprise.id)] or add_enterprises(s)
    return db.run(work, "测试员")[0]


def new_case(db, received: date = date(2026, 3, 2), **kwargs) -> int:
    enterprise = enterprises(db)[0]
    return db.run(lambda s: core.create_case(s, draft(enterprise, received, **kwargs), user="秘书"), "秘书")[0]


def advance(db, case_id: int, to: str, on: date, **kwargs) -> int:
    return db.run(lambda s: advance_case(s, case_id, Advance(to, on, **kwargs), user="秘书"), "秘书")[0]


def agree(db, case_id: int, on: date, perform_by: date) -> None:
    advance(db, case_id, "达成协议", on, terms="企业于履行期限前支付工资12000元", perform_by=perform_by)


def count_cases(db) -> int:
    with db.reading() as s:
        return s.scalar(select(func.count()).select_from(DisputeCase))


# ---------------------------------------------------------------- intake validation

def test_a_case_is_saved_with_its_parties_claims_and_first_step(db):
    case_id = new_case(db)
    with db.reading() as s:
        case = s.get(DisputeCase, case_id)
        parties = s.scalars(select(CaseParty).where(CaseParty.case_id == case_id)).all()
        steps = s.scalars(select(CaseStep).where(CaseStep.case_id == case_id)).all()
        assert (case.stage, case.category, case.workers, case.collective) == ("received", "remuneration", 1, False)
        assert [(p.name, p.id_number, p.phone) for p in parties] == [("张三", GOOD_ID, PHONE)]
        assert [(st.seq, st.stage, st.happened_on) for st in steps] == [(1, "received", date(2026, 3, 2))]


def test_the_helper_makes_valid_id_numbers():
    assert id_number_is_valid(GOOD_ID)
    assert not id_number_is_valid(wrong_check(GOOD_ID))


@pytest.mark.parametrize(("kwargs", "field"), [
    ({"parties": (core.PartyInput("张三", wrong_check(GOOD_ID)),)}, "id_number"),
    ({"parties": (core.PartyInput("张三", "", "138-12ab"),)}, "phone"),
    ({"category": "劳动"}, "category"),          # 劳动关系 / 劳动合同 / 劳动保护 / 劳动报酬 / 劳动争议
    ({"category": "房屋买卖"}, "category"),
    ({"parties": ()}, "parties"),
    ({"workers": 5, "parties": tuple(core.PartyInput(f"工人{i}") for i in range(6))}, "workers"),
])
def test_intake_refuses_bad_input_and_writes_nothing(db, kwargs, field):
    enterprise = enterprises(db)[0]
    with pytest.raises(ValidationError) as refused:
        db.run(lambda s: core.create_case(s, draft(enterprise, **kwargs)), "秘书")
    assert refused.value.field == field
    assert count_cases(db) == 0


def test_an_unknown_employer_is_refused_and_nothing_is_written(db):
    enterprises(db)
    with pytest.raises(NotFoundError):
        db.run(lambda s: core.create_case(s, draft(999999)), "秘书")
    assert count_cases(db) == 0


def test_an_ambiguous_category_names_the_candidates():
    with pytest.raises(ValidationError) as refused:
        core.resolve_category("劳动")
    assert refused.value.field == "category"
    assert "不明确" in str(refused.value)
    assert core.resolve_category("工伤医疗费") == "remuneration"


def test_ten_workers_make_a_collective_case(db):
    case_id = new_case(db, workers=12, parties=(core.PartyInput("代表甲", role="representative"),
                                                core.PartyInput("代表乙", role="representative")))
    with db.reading() as s:
        assert s.get(DisputeCase, case_id).collective is True


# ---------------------------------------------------------------- numbering

def _numbers(db) -> list[tuple[int, int, str]]:
    with db.reading() as s:
        return [tuple(r) for r in s.execute(select(DisputeCase.number_year, DisputeCase.number_serial,
                                                   DisputeCase.number).order_by(DisputeCase.id))]


def test_case_numbers_run_per_received_year(db):
    for received in (date(2025, 12, 30), date(2026, 1, 5), date(2025, 12, 31), date(2026, 2, 1)):
        new_case(db, received)
    assert _numbers(db) == [(2025, 1, "（2025）经开工调字第1号"), (2026, 1, "（2026）经开工调字第1号"),
                            (2025, 2, "（2025）经开工调字第2号"), (2026, 2, "（2026）经开工调字第2号")]


PER_WRITER = 5


def _save_all(url: str, enterprise_id: int, count: int, start=None) -> list[int]:
    db = open_database(url, upgrade=False)
    try:
        if start is not None:
            start.wait()
        return [db.run(lambda s: core.create_case(s, draft(enterprise_id)), "秘书")[0] for _ in range(count)]
    finally:
        db.dispose()


def test_two_writers_saving_at_once_get_consecutive_unique_numbers(db):
    if not db.is_sqlite:
        pytest.skip("the PostgreSQL variant uses processes")
    enterprise = enterprises(db)[0]
    start, errors = threading.Barrier(2), []

    def run() -> None:
        try:
            start.wait()
            for _ in range(PER_WRITER):
                db.run(lambda s: core.create_case(s, draft(enterprise)), "秘书")
        except BaseException as exc:  # reported below: a thread's exception is otherwise lost
            errors.append(exc)

    threads = [threading.Thread(target=run) for _ in (0, 1)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert not errors
    assert sorted(serial for _, serial, _ in _numbers(db)) == list(range(1, 2 * PER_WRITER + 1))


def test_two_processes_saving_at_once_get_consecutive_unique_numbers(db, db_url):
    if db.is_sqlite:
        pytest.skip("processes are exercised on PostgreSQL (TRIPARTITE_TEST_PG_URL)")
    assert PG_URL
    enterprise = enterprises(db)[0]
    ctx = multiprocessing.get_context("spawn")
    with ctx.Manager() as manager, ctx.Pool(2) as pool:
        start = manager.Barrier(2)
        runs = [pool.apply_async(_save_all, (db_url, enterprise, PER_WRITER, start)) for _ in (0, 1)]
        [run.get(120) for run in runs]
    assert sorted(serial for _, serial, _ in _numbers(db)) == list(range(1, 2 * PER_WRITER + 1))


# ---------------------------------------------------------------- stage moves

def _stage(db, case_id: int) -> str:
    with db.reading() as s:
        return s.get(DisputeCase, case_id).stage


def test_a_case_moves_on_and_each_step_is_on_the_timeline(db):
    case_id = new_case(db)
    advance(db, case_id, "调解中", date(2026, 3, 3), note="第一次调解会")
    agree(db, case_id, date(2026, 3, 10), date(2026, 3, 31))
    with db.reading() as s:
        case = s.get(DisputeCase, case_id)
        steps = s.execute(select(CaseStep.stage, CaseStep.happened_on, CaseStep.note)
                          .where(CaseStep.case_id == case_id).order_by(CaseStep.seq)).all()
        assert (case.stage, case.agreement_on, case.perform_by) == ("agreed", date(2026, 3, 10), date(2026, 3, 31))
    assert [tuple(r) for r in steps] == [("received", date(2026, 3, 2), ""),
                                         ("mediating", date(2026, 3, 3), "第一次调解会"),
                                         ("agreed", date(2026, 3, 10), "")]


def test_a_move_not_allowed_from_the_stage_is_refused(db):
    case_id = new_case(db)
    with pytest.raises(ValidationError):
        advance(db, case_id, "回访", date(2026, 3, 3))
    assert _stage(db, case_id) == "received"


@pytest.mark.parametrize("kwargs", [{"terms": "", "perform_by": date(2026, 3, 31)},
                                    {"terms": "支付工资", "perform_by": None},
                                    {"terms": "支付工资", "perform_by": date(2026, 3, 1)}])
def test_an_agreement_needs_terms_and_a_perform_by_day_not_before_it(db, kwargs):
    case_id = new_case(db)
    with pytest.raises(ValidationError):
        advance(db, case_id, "达成协议", date(2026, 3, 5), **kwargs)
    assert _stage(db, case_id) == "received"


def test_a_failed_mediation_may_close_straight_away(db):
    case_id = new_case(db)
    advance(db, case_id, "调解不成", date(2026, 3, 17))
    advance(db, case_id, "结案", date(2026, 3, 18))
    with db.reading() as s:
        assert (s.get(DisputeCase, case_id).stage, s.get(DisputeCase, case_id).closed_on) == (
            "closed", date(2026, 3, 18))


def test_an_agreement_is_visited_before_the_case_closes(db):
    case_id = new_case(db)
    agree(db, case_id, date(2026, 3, 10), date(2026, 3, 31))
    with pytest.raises(ValidationError) as refused:
        advance(db, case_id, "结案", date(2026, 4, 1))
    assert refused.value.field == "stage"
    advance(db, case_id, "回访", date(2026, 4, 2))
    advance(db, case_id, "结案", date(2026, 4, 3))
    assert _stage(db, case_id) == "closed"


def test_a_step_dated_before_the_previous_one_is_refused(db):
    case_id = new_case(db)
    with pytest.raises(ValidationError):
        advance(db, case_id, "调解中", date(2026, 3, 1))


def _closed_failed_case(db) -> int:
    case_id = new_case(db)
    advance(db, case_id, "调解不成", date(2026, 3, 17))
    advance(db, case_id, "结案", date(2026, 3, 18))
    return case_id


def test_archiving_is_refused_while_a_required_document_is_missing(db):
    case_id = _closed_failed_case(db)
    for doc in CHECKLIST:
        if doc.key != "termination":
            db.run(lambda s, k=doc.key: mark_document(s, case_id, k), "秘书")
    with pytest.raises(ValidationError) as refused:
        advance(db, case_id, "归档", date(2026, 3, 20))
    assert refused.value.field == "stage"
    assert _stage(db, case_id) == "closed"


def test_archiving_is_allowed_once_every_required_document_is_held(db):
    case_id = _closed_failed_case(db)
    with db.reading() as s:
        required = [r.key for r in checklist(s, s.get(DisputeCase, case_id)) if r.required]
    assert "termination" in required and "agreement" not in required
    for key in required:
        db.run(lambda s, k=key: mark_document(s, case_id, k), "秘书")
    advance(db, case_id, "归档", date(2026, 3, 20))
    with db.reading() as s:
        assert (s.get(DisputeCase, case_id).stage, s.get(DisputeCase, case_id).archived_on) == (
            "archived", date(2026, 3, 20))


# ---------------------------------------------------------------- masking

def _reveals(db) -> int:
    with db.reading() as s:
        return s.scalar(select(func.count()).select_from(AuditEntry).where(AuditEntry.action == "reveal"))


def test_case_detail_masks_id_and_phone_numbers_by_default(db):
    case_id = new_case(db)
    with db.reading() as s:
        party = case_detail(s, case_id).parties[0]
    assert (party.id_number, party.phone) == (GOOD_ID[:6] + "********" + GOOD_ID[-4:], "138****5678")
    assert _reveals(db) == 0


def test_list_cases_shows_no_full_id_number(db):
    case_id = new_case(db)
    with db.reading() as s:
        rows = list_cases(s, "all")
    assert [r.id for r in rows] == [case_id]
    assert GOOD_ID not in repr(rows) and PHONE not in repr(rows)


def test_unmasking_shows_the_numbers_and_writes_a_reveal_audit_entry(db):
    case_id = new_case(db)
    party = db.run(lambda s: case_detail(s, case_id, unmask=True).parties[0], "秘书")[0]
    assert (party.id_number, party.phone) == (GOOD_ID, PHONE)
    with db.reading() as s:
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "reveal")).one()
        assert (entry.entity, entry.user) == (f"dispute_case:{case_id}", "秘书")


# ---------------------------------------------------------------- the warning link

def test_a_warning_turned_into_a_case_is_linked_both_ways(db):
    enterprise = enterprises(db)[0]
    warning_id = db.run(lambda s: add_suggestion(s, enterprise), "秘书")[0]

    def work(s):
        base = core.draft_from_warning(s, warning_id, date(2026, 3, 2))
        return core.create_case(s, core.CaseDraft(**{**base.__dict__, "parties": (core.PartyInput("李四"),)}))
    case_id = db.run(work, "秘书")[0]
    with db.reading() as s:
        case = s.get(DisputeCase, case_id)
        assert (case.warning_id, case.source, case.workers) == (warning_id, "warning", 25)
        assert core.cases_of_warning(s, warning_id) == [(case_id, case.number)]


def test_a_collective_case_raises_a_warning_linked_back_to_it(db):
    case_id = new_case(db, workers=15)
    warning_id = db.run(lambda s: core.raise_warning_for_case(s, case_id), "秘书")[0]
    with db.reading() as s:
        case = s.get(DisputeCase, case_id)
        assert case.warning_id == warning_id
        assert core.cases_of_warning(s, warning_id) == [(case_id, case.number)]
    with pytest.raises(ValidationError):
        db.run(lambda s: core.raise_warning_for_case(s, case_id), "秘书")


def test_an_agreement_records_the_amounts_agreed_per_claim(db):
    from desktop.models import CaseClaim

    case_id = new_case(db, claims=(core.ClaimInput("支付拖欠工资", Decimal("12000")),
                                   core.ClaimInput("经济补偿", Decimal("6000"))))
    advance(db, case_id, "达成协议", date(2026, 3, 10), terms="分两期支付", perform_by=date(2026, 3, 31),
            agreed_amounts=("10000", None))
    with db.reading() as s:
        agreed = [c.agreed_amount for c in s.query(CaseClaim).filter_by(case_id=case_id).order_by(CaseClaim.seq)]
    assert agreed == [Decimal("10000.00"), None]


def test_more_agreed_amounts_than_claims_are_refused_and_nothing_is_written(db):
    case_id = new_case(db)
    with pytest.raises(ValidationError, match="协议金额有2项"):
        advance(db, case_id, "达成协议", date(2026, 3, 10), terms="支付", perform_by=date(2026, 3, 31),
                agreed_amounts=("1", "2"))
    with db.reading() as s:
        assert s.get(DisputeCase, case_id).stage == "received"


def test_a_step_can_name_its_mediation_hearing_a_meeting_of_the_dispute_body(db):
    from datetime import datetime, timezone

    from desktop.models import Body, Meeting
    from desktop.services.disputes.query import case_detail, hearing_choices

    def add_meetings(s):
        bodies = {b.key: b.id for b in s.query(Body)}
        when = datetime(2026, 3, 5, 2, 0, tzinfo=timezone.utc)   # 10:00 in Beijing
        hearing = Meeting(uid="hearing@test", body_id=bodies["dispute"], title="张三案调解会", start=when, end=when)
        other = Meeting(uid="other@test", body_id=bodies["bimonthly"], title="双月沟通会", start=when, end=when)
        s.add_all([hearing, other])
        s.flush()
        return hearing.id
    hearing = db.run(add_meetings, "秘书")[0]
    case_id = new_case(db)
    with db.reading() as s:
        assert hearing_choices(s, date(2026, 3, 6)) == [(hearing, "2026-03-05 张三案调解会")]   # not the other body's
    advance(db, case_id, "调解中", date(2026, 3, 5), meeting_id=hearing)
    with db.reading() as s:
        step = case_detail(s, case_id).steps[-1]
    assert (step.meeting_id, step.meeting) == (hearing, "2026-03-05 张三案调解会")
