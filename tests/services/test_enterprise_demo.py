"""The demonstration register: every enterprise in a park, unions and collective contracts varied."""

from __future__ import annotations

from collections import Counter
from datetime import date

from desktop.services.demo import generate
from desktop.services.enterprises.core import list_enterprises, list_parks


def test_demo_enterprises_have_parks_unions_and_contracts(db):
    with db.transaction("测试员") as session:
        generate(session, "small", 1, date(2026, 11, 24))
    with db.reading() as s:
        rows = list_enterprises(s)
        parks = list_parks(s)
    assert len(rows) == 300 and all(r.park for r in rows) and len(parks) >= 5
    pairs = Counter((r.has_union, r.has_contract) for r in rows)
    assert pairs[(True, True)] and pairs[(True, False)] and pairs[(False, False)]
    assert pairs[(False, True)] < pairs[(True, True)]   # contracts come mostly with a union
