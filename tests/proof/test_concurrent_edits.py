"""Issue 14's proof in the suite: two processes, different users, the same five records from the
same starting version; every round exactly one save of each record stands and the other is
refused as a conflict; no silent overwrite; the cases both register at once get case numbers
without duplicate or gap (the full 200 rounds: ``python -m tests.proof.concurrent_edits``)."""

from __future__ import annotations

import os

import pytest

from tests.proof import concurrent_edits as proof
from tests.support import need

ROUNDS = 15


def test_two_pcs_never_overwrite_each_other_silently(db_url):
    if "://" not in db_url:
        need(bool(os.environ.get("TRIPARTITE_TEST_PG_URL")), "two PCs share a PostgreSQL server (TRIPARTITE_TEST_PG_URL)")
        pytest.skip("the shared office is a PostgreSQL server; a SQLite file has one writer at a time")
    figures = proof.run(db_url, ROUNDS)
    assert (figures["overwrites"], figures["errors"]) == (0, 0), figures
    for kind, f in figures["records"].items():
        assert (f["saved"], f["conflicts"]) == (ROUNDS, ROUNDS), (kind, f)
    assert figures["numbers"] == {"allocated": 2 * ROUNDS, "duplicates": 0, "gaps": 0, "errors": []}


def test_the_tally_counts_two_accepted_saves_and_a_lost_one_as_overwrites():
    outcomes = {0: [(0, "meeting", "saved", "甲"), (1, "meeting", "saved", "甲1")],
                1: [(0, "meeting", "saved", "乙"), (1, "meeting", "conflict", "乙1")]}
    stored = [{"meeting": (3, "乙")}, {"meeting": (4, "乙1")}]  # round 1: the accepted 甲1 is lost
    figures = proof.tally(outcomes, stored, 2, 0.1)
    assert figures["records"]["meeting"]["overwrites"] == 2 and figures["overwrites"] == 2
