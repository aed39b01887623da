"""Suggestions follow the screening results: made, updated, withdrawn, and left alone once decided."""

from __future__ import annotations

from datetime import date, datetime, timezone
from decimal import Decimal

from sqlalchemy import select

from desktop.models import EarlyWarning, Enterprise, ScreeningCampaign, ScreeningEntry
from desktop.services.warnings.suggest import suggest_for_entries

NOW = datetime(2027, 1, 10, 2, tzinfo=timezone.utc)


def setup(db, results):
    """A campaign over one enterprise per result; results are dicts of entry fields (None: not screened)."""
    with db.transaction() as s:
        campaign = ScreeningCampaign(name="2027年春节前欠薪排查", first_day=date(2027, 1, 4), last_day=date(2027, 1, 29))
        s.add(campaign)
        s.flush()
        ids = []
        for n, result in enumerate(results):
            enterprise = Enterprise(name=f"企业{n}", uscc=None, employees=100)
            s.add(enterprise)
            s.flush()
            entry = ScreeningEntry(campaign_id=campaign.id, enterprise_id=enterprise.id,
                                   **({"screened_at": NOW, **result} if result is not None else {}))
            s.add(entry)
            s.flush()
            ids.append(entry.id)
    return ids


def run(db, ids):
    with db.transaction() as s:
        return suggest_for_entries(s, ids)


def warnings(db):
    with db.reading() as s:
        return [(w.entry_id, w.status, w.level, w.category) for w in
                s.scalars(select(EarlyWarning).order_by(EarlyWarning.entry_id))]


def set_result(db, entry_id, **values):
    with db.transaction() as s:
        entry = s.get(ScreeningEntry, entry_id)
        for key, value in values.items():
            setattr(entry, key, value)


def test_screened_results_with_a_finding_become_suggestions(db):
    ids = setup(db, [{"arrears_months": Decimal(3)}, {"arrears_months": Decimal(0)}, None,
                     {"insurance_months": Decimal(2)}])
    outcome = run(db, ids)
    assert len(outcome.created) == 2 and not outcome.updated and not outcome.withdrawn
    assert warnings(db) == [(ids[0], "suggested", "red", "arrears"), (ids[3], "suggested", "blue", "insurance")]
    with db.reading() as s:
        red = s.get(EarlyWarning, outcome.created[0])
        assert red.suggested_level == "red" and red.reason == "欠薪3个月，超过2个月。"


def test_a_changed_result_updates_its_suggestion_and_a_cleared_one_withdraws_it(db):
    ids = setup(db, [{"arrears_months": Decimal("0.5")}, {"workers_affected": 12}])
    first = run(db, ids)
    set_result(db, ids[0], arrears_months=Decimal("1.5"))
    set_result(db, ids[1], workers_affected=3)
    again = run(db, ids)
    assert again.updated == [first.created[0]] and again.withdrawn == [first.created[1]] and not again.created
    assert warnings(db) == [(ids[0], "suggested", "orange", "arrears")]
    assert run(db, ids).updated == []   # the same results change nothing


def test_an_entry_already_decided_gets_no_new_suggestion(db):
    ids = setup(db, [{"arrears_months": Decimal(3)}, {"arrears_months": Decimal(3)}])
    made = run(db, ids).created
    with db.transaction() as s:
        s.get(EarlyWarning, made[0]).status = "active"
        s.get(EarlyWarning, made[1]).status = "dismissed"
    set_result(db, ids[0], arrears_months=Decimal(5))
    outcome = run(db, ids)
    assert (outcome.created, outcome.updated, outcome.withdrawn) == ([], [], [])


def test_an_active_warning_at_least_as_severe_covers_a_new_result_of_its_enterprise(db):
    ids = setup(db, [{"arrears_months": Decimal("1.5")}])
    with db.transaction() as s:
        entry = s.get(ScreeningEntry, ids[0])
        s.add(EarlyWarning(enterprise_id=entry.enterprise_id, status="active", level="red", category="arrears"))
        s.add(EarlyWarning(enterprise_id=entry.enterprise_id, status="active", level="red", category="arrears",
                           drill=True))
    assert run(db, ids).created == []
    with db.transaction() as s:
        for w in s.scalars(select(EarlyWarning).where(EarlyWarning.drill.is_(False))):
            w.level = "yellow"   # now less severe than the orange the result calls for
    assert len(run(db, ids).created) == 1
