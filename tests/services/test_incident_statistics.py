"""The incident register's yearly figures read back from the database: incidents by level,
workers, minutes to each party's notification, the share within the limit; drills left out."""

from __future__ import annotations

from datetime import timedelta

from desktop.services.incidents import statistics
from tests.services.incident_support import LEARNED, new_incident, notify


def figures(db, year: int = LEARNED.year):
    with db.reading() as s:
        return statistics.year_figures(s, year)


def test_incidents_are_counted_by_level_with_their_workers(db):
    new_incident(db, level=2, workers=120)
    new_incident(db, level=3, workers=40)
    new_incident(db, level=3, learned=LEARNED + timedelta(days=3), workers=15)
    found = figures(db)
    assert found.incidents == 3
    assert found.by_level == ((1, 0), (2, 1), (3, 2), (4, 0))
    assert found.workers == 175


def test_drills_are_left_out_of_every_figure(db):
    real = new_incident(db, level=3, workers=40)
    drill = new_incident(db, level=1, workers=500, drill=True)
    notify(db, real, "公安", LEARNED + timedelta(minutes=30))
    notify(db, drill, "公安", LEARNED + timedelta(minutes=300))
    found = figures(db)
    assert (found.incidents, found.workers, found.level_count(1)) == (1, 40, 0)
    assert (found.notified, found.average_minutes, found.within_limit) == (1, 30.0, 1)


def test_a_year_of_drills_only_has_no_figures(db):
    new_incident(db, level=4, drill=True)
    with db.reading() as s:
        assert statistics.years(s) == []
        assert statistics.statistics(s) == []


def test_average_minutes_and_share_within_the_limit_per_party_and_in_all(db):
    first = new_incident(db, level=2)                       # limit 60 minutes
    second = new_incident(db, level=2, learned=LEARNED + timedelta(days=1))
    notify(db, first, "公安", LEARNED + timedelta(minutes=20))
    notify(db, second, "公安", LEARNED + timedelta(days=1, minutes=80))   # late
    notify(db, first, "信访", LEARNED + timedelta(minutes=40))
    found = figures(db)
    police = next(p for p in found.parties if p.short == "公安分局")
    assert (police.notified, police.average_minutes, police.within_limit) == (2, 50.0, 1)
    assert police.share_within == 0.5 and police.not_notified == 0
    court = next(p for p in found.parties if p.short == "法院")
    assert (court.notified, court.not_notified, court.average_minutes, court.share_within) == (0, 2, None, None)
    assert (found.notified, found.within_limit, found.not_notified) == (3, 2, 11)
    assert found.average_minutes == round((20 + 80 + 40) / 3, 1)
    assert found.share_within == 2 / 3


def test_the_year_is_the_beijing_year_the_office_learned_of_it(db):
    new_year_eve = LEARNED.replace(year=2025, month=12, day=31, hour=23, minute=30)   # 15:30 UTC
    new_incident(db, learned=new_year_eve)
    new_incident(db, learned=new_year_eve + timedelta(hours=1))            # 2026 in Beijing
    with db.reading() as s:
        assert statistics.years(s) == [2026, 2025]
        assert [f.incidents for f in statistics.statistics(s)] == [1, 1]
