"""The demo's dispute cases, read back: every stage, clocks near and past, collective and
warning cases, valid ID numbers, the roster, adjustments, and the 卷宗 of archived cases."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from desktop.models import (
    CaseParty,
    CaseStage,
    CaseStep,
    ClockAdjustment,
    DisputeCase,
    EarlyWarning,
    Mediator,
)
from desktop.services.demo import generate
from desktop.services.disputes.casefile import missing_required
from desktop.services.disputes.query import list_cases
from desktop.services.kernel.validation import clean_phone, id_number_is_valid

TODAY = date(2026, 12, 3)


@pytest.fixture
def demo(db):
    with db.transaction() as session:
        return generate(session, "small", 1, TODAY)


def _rows(db):
    with db.reading() as s:
        return list_cases(s, "all", today=TODAY)


def test_about_twenty_five_cases_at_every_stage(db, demo):
    rows = _rows(db)
    assert 20 <= len(rows) <= 30 and demo.count("dispute_cases") == len(rows)
    assert {r.stage for r in rows} == {s.value for s in CaseStage}


def test_some_open_clocks_are_near_and_some_are_past(db, demo):
    lefts = [c.days_left for r in _rows(db) if r.closed_on is None for c in r.clocks if c.days_left is not None]
    assert any(1 <= left <= 3 for left in lefts)
    assert any(left < 0 for left in lefts)


def test_collective_cases_have_ten_workers_or_more_and_representatives(db, demo):
    with db.reading() as s:
        collective = s.execute(select(DisputeCase.id, DisputeCase.workers)
                               .where(DisputeCase.collective.is_(True))).all()
        roles = {i: set(s.scalars(select(CaseParty.role).where(CaseParty.case_id == i))) for i, _ in collective}
    assert collective and all(workers >= 10 for _, workers in collective)
    assert all(r == {"representative"} for r in roles.values())


def test_cases_from_warnings_point_at_a_warning_of_their_enterprise(db, demo):
    with db.reading() as s:
        linked = s.execute(select(DisputeCase.enterprise_id, EarlyWarning.enterprise_id, DisputeCase.source)
                           .join(EarlyWarning, EarlyWarning.id == DisputeCase.warning_id)).all()
    assert linked and all(a == b and source == "warning" for a, b, source in linked)


def test_id_numbers_and_mobiles_are_valid(db, demo):
    with db.reading() as s:
        parties = s.execute(select(CaseParty.id_number, CaseParty.phone)).all()
    assert parties and all(id_number_is_valid(n) and clean_phone(p) == p for n, p in parties)


def test_numbers_run_per_year_without_gaps(db, demo):
    with db.reading() as s:
        found = s.execute(select(DisputeCase.number_year, func.count(), func.max(DisputeCase.number_serial))
                          .group_by(DisputeCase.number_year)).all()
    assert found and all(count == top for _, count, top in found)


def test_the_roster_holds_six_mediators_and_every_case_has_one(db, demo):
    with db.reading() as s:
        assert s.scalar(select(func.count()).select_from(Mediator)) == 6
        assert s.scalar(select(func.count()).select_from(DisputeCase).where(DisputeCase.mediator_id.is_(None))) == 0


def test_extensions_and_pauses_are_on_a_few_cases(db, demo):
    with db.reading() as s:
        kinds = s.scalars(select(ClockAdjustment.kind)).all()
    assert sorted(kinds) == ["extension", "pause", "pause"]
    assert any(c.state == "paused" for r in _rows(db) for c in r.clocks)


def test_archived_cases_hold_every_required_document_and_steps_are_never_after_today(db, demo):
    with db.reading() as s:
        archived = s.scalars(select(DisputeCase).where(DisputeCase.stage == "archived")).all()
        assert archived and all(missing_required(s, c) == [] for c in archived)
        assert s.scalar(select(func.max(CaseStep.happened_on))) <= TODAY


def test_the_same_seed_gives_the_same_cases(db, demo, tmp_path):
    from desktop.db import open_database

    other = open_database(str(tmp_path / "again.db"), create=True)
    try:
        with other.transaction() as session:
            generate(session, "small", 1, TODAY)
        query = select(DisputeCase.number, DisputeCase.stage, DisputeCase.received).order_by(DisputeCase.number)
        with db.reading() as a, other.reading() as b:
            assert a.execute(query).all() == b.execute(query).all()
    finally:
        other.dispose()
