"""Document numbers under concurrent issuers: never a duplicate, never a gap.

SQLite: two threads, each with its own session and connection, issue at the same moment.
PostgreSQL (when TRIPARTITE_TEST_PG_URL is set): two processes.
"""

from __future__ import annotations

import multiprocessing
import threading

import pytest
from sqlalchemy import select

from desktop.db import open_database
from desktop.models import DocumentNumber
from desktop.services.kernel.units import DatabaseUnits
from desktop.services.minutes.workflow import issue, submit_for_review
from tests.conftest import PG_URL
from tests.services.meeting_support import local
from tests.services.minutes_support import held_meeting, write_minutes

PER_ISSUER = 6


def _reviewed(db, count: int) -> list[int]:
    ids = []
    with db.transaction() as s:
        for i in range(count):
            minutes_id = write_minutes(s, held_meeting(s, title=f"第{i + 1}次全体会议",
                                                       start=local(2026, 1, 5 + i)))
            submit_for_review(s, minutes_id)
            ids.append(minutes_id)
    return ids


def _serials(db) -> list[int]:
    with db.reading() as s:
        return sorted(s.scalars(select(DocumentNumber.serial)))


def _issue_all(url: str, minutes_ids: list[int], start=None) -> list[str]:
    db = open_database(url, upgrade=False)
    try:
        if start is not None:
            start.wait()
        return [issue(DatabaseUnits(db, "签发人"), m) for m in minutes_ids]
    finally:
        db.dispose()


def test_two_threads_issuing_at_once_get_consecutive_unique_serials(db):
    if not db.is_sqlite:
        pytest.skip("the PostgreSQL variant uses processes")
    ids = _reviewed(db, 2 * PER_ISSUER)
    start = threading.Barrier(2)
    results: list[list[str]] = [[], []]
    errors: list[BaseException] = []

    def run(slot: int) -> None:
        try:
            start.wait()
            results[slot] = [issue(DatabaseUnits(db, f"签发人{slot}"), m) for m in ids[slot::2]]
        except BaseException as exc:  # reported below: a thread's exception is otherwise lost
            errors.append(exc)

    threads = [threading.Thread(target=run, args=(slot,)) for slot in (0, 1)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert not errors
    numbers = results[0] + results[1]
    assert len(set(numbers)) == 2 * PER_ISSUER
    assert _serials(db) == list(range(1, 2 * PER_ISSUER + 1))


def test_two_processes_issuing_at_once_get_consecutive_unique_serials(db, db_url):
    if db.is_sqlite:
        pytest.skip("processes are exercised on PostgreSQL (TRIPARTITE_TEST_PG_URL)")
    assert PG_URL
    ids = _reviewed(db, 2 * PER_ISSUER)
    ctx = multiprocessing.get_context("spawn")
    with ctx.Manager() as manager, ctx.Pool(2) as pool:
        start = manager.Barrier(2)
        runs = [pool.apply_async(_issue_all, (db_url, ids[slot::2], start)) for slot in (0, 1)]
        numbers = [n for run in runs for n in run.get(120)]
    assert len(set(numbers)) == 2 * PER_ISSUER
    assert _serials(db) == list(range(1, 2 * PER_ISSUER + 1))
