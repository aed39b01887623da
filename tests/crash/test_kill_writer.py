"""SIGKILL a process that writes through the services, at random moments, again and again:
after every kill the file passes ``PRAGMA integrity_check``, opens as the app opens it, and
holds every row whose id the child printed after its commit returned."""

from __future__ import annotations

import random
import sqlite3
import time

import pytest

from tests.conftest import copy_sqlite
from tests.crash.runs import Runs, SpawnedRuns
from tests.crash.support import integrity, opens

pytestmark = pytest.mark.slow

KILLS = 60
CHILD = "tests.crash.writer_child"


def committed(out: bytes) -> list[list[tuple[str, int]]]:
    """The rows of each commit the child printed; a line cut by the kill never counts."""
    commits = []
    for line in out.decode().splitlines(keepends=True):
        if line.startswith("commit ") and line.endswith("\n"):
            commits.append([(t, int(i)) for t, i in (w.split(":") for w in line.split()[1:])])
    return commits


def missing(path, printed: dict[str, set[int]]) -> int:
    conn = sqlite3.connect(str(path))
    try:
        return sum(len(ids - {r[0] for r in conn.execute(f"SELECT id FROM {table}")})  # noqa: S608
                   for table, ids in printed.items())
    finally:
        conn.close()


def kill_repeatedly(tmp_path, template, runs_class, kills: int) -> tuple[int, int, int]:
    path = tmp_path / "crash.db"
    copy_sqlite(template, path)
    rng = random.Random()
    printed: dict[str, set[int]] = {}
    commits = losses = 0
    writers = runs_class(CHILD, tmp_path, str(path))
    try:
        for run in range(kills):
            writers.start(f"w{run}")
            time.sleep(rng.uniform(0.02, 0.5))  # the random moment
            status, out = writers.kill()
            assert status != 0, out.decode(errors="replace")
            for rows in committed(out):
                commits += 1
                for table, ident in rows:
                    printed.setdefault(table, set()).add(ident)
            assert integrity(path) == "ok", f"kill {run + 1}"
            opens(path)
            losses = missing(path, printed)
            assert losses == 0, f"kill {run + 1}: {losses} committed rows missing"
    finally:
        writers.close()
    return kills, commits, losses


def test_sigkill_while_writing_loses_no_commit_and_never_damages_the_file(tmp_path, seeded_template):
    started = time.monotonic()
    kills, commits, losses = kill_repeatedly(tmp_path, seeded_template, Runs, KILLS)
    print(f"crash test (writer, {Runs.__name__}): {kills} kills, {commits} commits, "
          f"{losses} losses in {time.monotonic() - started:.1f} s")
    assert commits >= kills  # the kills landed while it was writing, not before it began


@pytest.mark.skipif(Runs is SpawnedRuns, reason="already the main test on this platform")
def test_a_writer_started_afresh_each_time_survives_kills_too(tmp_path, seeded_template):
    """What Windows runs (a new interpreter per writer), checked here a few times as well."""
    kills, commits, losses = kill_repeatedly(tmp_path, seeded_template, SpawnedRuns, 5)
    print(f"crash test (writer, SpawnedRuns): {kills} kills, {commits} commits, {losses} losses")
    assert losses == 0
