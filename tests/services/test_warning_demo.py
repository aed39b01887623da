"""The demo's early warning: two campaigns, warnings at every level with real chains, numbered letters."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from desktop.models import (
    EarlyWarning,
    Enterprise,
    ScreeningCampaign,
    ScreeningEntry,
    WarningMessage,
)
from desktop.services.demo import generate
from desktop.services.warnings.suggest import suggest_for_entries

TODAY = date(2026, 12, 3)


@pytest.fixture
def demo(db):
    with db.transaction() as session:
        return generate(session, "small", 1, TODAY)


def test_this_winters_campaign_covers_every_enterprise_and_is_under_way(db, demo):
    with db.reading() as s:
        campaigns = s.execute(select(ScreeningCampaign.name, ScreeningCampaign.without_union,
                                     func.count(ScreeningEntry.id), func.count(ScreeningEntry.screened_at))
                              .join(ScreeningEntry).group_by(ScreeningCampaign.id).order_by(ScreeningCampaign.id)).all()
        enterprises = s.scalar(select(func.count()).select_from(Enterprise))
    (old, old_union, old_n, old_done), (new, _, new_n, new_done) = campaigns
    assert (old, new) == ("2026年春节前欠薪排查", "2027年春节前欠薪排查")
    assert old_union and old_n == old_done < enterprises      # those without a union, all screened
    assert new_n == enterprises and 0 < new_done < new_n
    assert demo.count("screening_entries") == old_n + new_n


def test_active_warnings_are_at_every_level_and_one_is_a_drill(db, demo):
    with db.reading() as s:
        levels = set(s.scalars(select(EarlyWarning.level).where(EarlyWarning.status == "active",
                                                                 EarlyWarning.drill.is_(False))))
        drills = s.scalar(select(func.count()).where(EarlyWarning.drill.is_(True)))
        statuses = set(s.scalars(select(EarlyWarning.status)))
    assert levels == {"red", "orange", "yellow", "blue"}
    assert drills == 1 and statuses == {"suggested", "active", "lifted", "dismissed"}


def test_every_chain_links_each_message_to_the_one_it_replaces_and_matches_the_warning(db, demo):
    with db.reading() as s:
        for warning in s.scalars(select(EarlyWarning)):
            chain = s.scalars(select(WarningMessage).where(WarningMessage.warning_id == warning.id)
                              .order_by(WarningMessage.seq)).all()
            if warning.status in ("suggested", "dismissed"):
                assert chain == [] and warning.letter_serial is None
                continue
            assert [m.seq for m in chain] == list(range(1, len(chain) + 1))
            assert chain[0].kind == "issue" and chain[0].replaces_id is None
            assert all(b.replaces_id == a.id for a, b in zip(chain, chain[1:]))
            assert (chain[-1].kind == "lift") == (warning.status == "lifted")
            assert chain[-1].level == warning.level and chain[-1].expires == warning.expires


def test_letters_are_numbered_per_year_without_gaps(db, demo):
    with db.reading() as s:
        rows = s.execute(select(EarlyWarning.letter_year, EarlyWarning.letter_serial)
                         .where(EarlyWarning.letter_year.is_not(None))).all()
        drill_numbers = s.scalars(select(EarlyWarning.letter_serial).where(EarlyWarning.drill.is_(True))).all()
    assert drill_numbers == [None]   # an exercise uses up no real serial
    by_year: dict[int, list[int]] = {}
    for year, serial in rows:
        by_year.setdefault(year, []).append(serial)
    assert by_year and all(sorted(s) == list(range(1, len(s) + 1)) for s in by_year.values())


def test_the_rule_agrees_with_what_the_demo_suggested(db, demo):
    with db.reading() as s:
        ids = list(s.scalars(select(ScreeningEntry.id)))
    with db.transaction() as s:
        outcome = suggest_for_entries(s, ids)
    assert (outcome.created, outcome.updated, outcome.withdrawn) == ([], [], [])
