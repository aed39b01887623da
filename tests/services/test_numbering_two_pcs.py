"""Issue 14: every numbered document and case takes its number from the database inside the
transaction that saves it. Two PCs (two processes, each with its own connection) save at the
same moment, round after round; read back, the numbers of each year are exactly 1..N, no gap,
no duplicate, and every saved record has one.

The numbered things: 会议纪要 文号 (经开三方纪〔2026〕6号), dispute case numbers
(（2026）经开工调字第3号), 预警提示函 numbers (经开工预〔2026〕3号), incident numbers
(（2026）联动第3号) and incident reports (初报, 续报一…, 日报（第N期）). Cases, letters and
incidents alternate between two years, so each year's register restarts at 1 under contention.

Both backends run the same two processes: on SQLite the database's single write lock
serialises them, on PostgreSQL the services' advisory or row locks do.
"""

from __future__ import annotations

import multiprocessing
import threading
from collections import defaultdict
from datetime import date, datetime, timedelta, timezone
from decimal import Decimal

from sqlalchemy import select

from desktop.config import LOCAL_TZ
from desktop.db import Database, open_database
from desktop.errors import ValidationError
from desktop.models import (
    DisputeCase,
    DocumentNumber,
    EarlyWarning,
    Incident,
    IncidentReport,
    Minutes,
)
from desktop.services.disputes import core as cases
from desktop.services.disputes.settings import load_case_settings
from desktop.services.incidents import core as incidents
from desktop.services.incidents import reports
from desktop.services.kernel.units import DatabaseUnits
from desktop.services.minutes.workflow import (
    document_number_text,
    issue,
    issue_minutes,
    submit_for_review,
)
from desktop.services.warnings import core as warnings
from desktop.services.warnings.letters import letter_number_text, warning_number
from tests.services.incident_support import enterprise_id, new_incident
from tests.services.meeting_support import local
from tests.services.minutes_support import held_meeting, write_minutes
from tests.services.warning_support import add_suggestion

PER_PC = 20   # saves per PC: 2 PCs × 20 = 40 numbers per register
CASE_YEARS = (2025, 2026)
LETTER_TIMES = (datetime(2026, 11, 2, 2, tzinfo=timezone.utc), datetime(2027, 1, 5, 2, tzinfo=timezone.utc))
INCIDENT_TIMES = (datetime(2025, 6, 2, 9, tzinfo=LOCAL_TZ), datetime(2026, 3, 2, 9, tzinfo=LOCAL_TZ))


def _pc(url: str, start, job, args: tuple) -> tuple[list | None, str]:
    """One PC: its own engine and connection; ``job`` waits on ``start`` before each save.
    Returns (what it saved, ""), or (None, the error): a failing PC breaks the barrier so the
    other stops at once instead of waiting for it."""
    db = open_database(url, upgrade=False)
    try:
        return job(db, start, *args), ""
    except threading.BrokenBarrierError:
        return None, ""
    except Exception as exc:  # noqa: BLE001 - reported by the test (an IntegrityError is a duplicate)
        start.abort()
        return None, f"{type(exc).__name__}: {str(exc).splitlines()[0]}"
    finally:
        db.dispose()


def two_pcs(db_url: str, job, *args_per_pc: tuple) -> list[list]:
    """Run ``job`` in two processes at once (spawned: the same start as on Windows)."""
    ctx = multiprocessing.get_context("spawn")
    with ctx.Manager() as manager, ctx.Pool(2) as pool:
        start = manager.Barrier(2)
        runs = [pool.apply_async(_pc, (db_url, start, job, args)) for args in args_per_pc]
        results = [run.get(120) for run in runs]
    assert not any(error for _, error in results), [error for _, error in results]
    return [saved for saved, _ in results]


def assert_runs_from_one(numbers: list[tuple[int, int]]) -> None:
    """(year, serial) pairs: in every year exactly 1..N, so no gap and no duplicate."""
    by_year: dict[int, list[int]] = defaultdict(list)
    for year, serial in numbers:
        by_year[year].append(serial)
    for year, serials in by_year.items():
        assert sorted(serials) == list(range(1, len(serials) + 1)), (year, sorted(serials))


# ---------------------------------------------------------------- the jobs, one per register

def _save_cases(db: Database, start, enterprise: int) -> list[int]:
    ids = []
    for i in range(PER_PC):
        draft = cases.CaseDraft(enterprise_id=enterprise, received=date(CASE_YEARS[i % 2], 3, 2),
                                category="劳动报酬", parties=(cases.PartyInput("张三"),),
                                claims=(cases.ClaimInput("支付拖欠工资", Decimal("12000")),))
        start.wait()
        ids.append(db.run(lambda s, d=draft: cases.create_case(s, d, user="秘书"), "秘书")[0])
    return ids


def _issue_letters(db: Database, start, warning_ids: list[int]) -> list[int]:
    for i, wid in enumerate(warning_ids):
        start.wait()
        db.run(lambda s, w=wid, i=i: warnings.issue_suggestion(s, w, now=LETTER_TIMES[i % 2]), "签发人")
    return warning_ids


def _open_incidents(db: Database, start, enterprise: int) -> list[int]:
    ids = []
    for i in range(PER_PC):
        learned = INCIDENT_TIMES[i % 2]
        draft = incidents.IncidentDraft(enterprise_id=enterprise, level=3, title="欠薪聚集", workers=40,
                                        began_at=learned - timedelta(minutes=20), learned_at=learned)
        start.wait()
        ids.append(db.run(lambda s, d=draft: incidents.create_incident(s, d, user="秘书"), "秘书")[0])
    return ids


def _write_reports(db: Database, start, incident_id: int) -> list[str]:
    """Both PCs send the 初报 at once, then 续报 and 日报 by turns; the titles of what was saved."""
    titles = []
    for kind in ["initial"] + ["followup", "daily"] * (PER_PC // 2):
        start.wait()
        try:
            titles.append(db.run(lambda s, k=kind: reports.add_report(s, incident_id, k, "情况", user="秘书"),
                                 "秘书")[0][1])
        except ValidationError:
            titles.append(None)   # the other PC's 初报 came first
    return titles


def _issue_minutes(db: Database, start, minutes_ids: list[int]) -> list[str]:
    numbers = []
    for minutes_id in minutes_ids:
        start.wait()
        numbers.append(issue(DatabaseUnits(db, "签发人"), minutes_id))
    return numbers


# ---------------------------------------------------------------- the tests

def test_two_pcs_saving_cases_get_every_number_of_each_received_year_once(db, db_url):
    saved = two_pcs(db_url, _save_cases, (enterprise_id(db),), (enterprise_id(db),))
    code = load_case_settings().case_code
    with db.reading() as s:
        rows = s.execute(select(DisputeCase.id, DisputeCase.number_year, DisputeCase.number_serial,
                                DisputeCase.number)).all()
    assert sorted(r.id for r in rows) == sorted(saved[0] + saved[1])
    assert_runs_from_one([(r.number_year, r.number_serial) for r in rows])
    assert {r.number_year for r in rows} == set(CASE_YEARS)
    assert all(r.number == cases.case_number_text(r.number_year, r.number_serial, code) for r in rows)


def test_two_pcs_issuing_letters_get_every_number_of_each_year_once(db, db_url):
    enterprise = enterprise_id(db)
    wids = db.run(lambda s: [add_suggestion(s, enterprise) for _ in range(2 * PER_PC)], "测试员")[0]
    two_pcs(db_url, _issue_letters, (wids[0::2],), (wids[1::2],))
    with db.reading() as s:
        rows = [(w.status, w.letter_year, w.letter_serial, warning_number(w))
                for w in s.scalars(select(EarlyWarning).where(EarlyWarning.id.in_(wids)))]
    assert len(rows) == 2 * PER_PC and all(status == "active" and serial for status, _, serial, _ in rows)
    assert_runs_from_one([(year, serial) for _, year, serial, _ in rows])
    assert {year for _, year, _, _ in rows} == {2026, 2027}
    assert all(text == letter_number_text(year, serial) for _, year, serial, text in rows)


def test_two_pcs_opening_incidents_get_every_number_of_each_year_once(db, db_url):
    opened = two_pcs(db_url, _open_incidents, (enterprise_id(db),), (enterprise_id(db),))
    with db.reading() as s:
        rows = s.execute(select(Incident.id, Incident.number_year, Incident.number_serial, Incident.number)).all()
    assert sorted(r.id for r in rows) == sorted(opened[0] + opened[1])
    assert_runs_from_one([(r.number_year, r.number_serial) for r in rows])
    assert {r.number_year for r in rows} == {2025, 2026}
    assert all(r.number == incidents.incident_number_text(r.number_year, r.number_serial) for r in rows)


def test_two_pcs_reporting_on_one_incident_get_one_initial_and_each_report_number_once(db, db_url):
    incident_id = new_incident(db)
    titles = two_pcs(db_url, _write_reports, (incident_id,), (incident_id,))
    with db.reading() as s:
        rows = s.execute(select(IncidentReport.kind, IncidentReport.kind_seq)
                         .where(IncidentReport.incident_id == incident_id)).all()
    assert sorted(t[0] for t in titles if t[0] is not None) == ["初报"]   # one PC's 初报 was refused
    seqs = defaultdict(list)
    for kind, seq in rows:
        seqs[kind].append(seq)
    assert {k: sorted(v) for k, v in seqs.items()} == {"initial": [1], "followup": list(range(1, PER_PC + 1)),
                                                       "daily": list(range(1, PER_PC + 1))}
    saved = [t for pc in titles for t in pc[1:]]
    assert len(set(saved)) == len(saved) == 2 * PER_PC and "续报二十" in saved and "日报（第20期）" in saved


def test_two_pcs_issuing_minutes_get_every_document_number_of_the_year_once(db, db_url):
    with db.transaction("测试员") as s:
        ids = [write_minutes(s, held_meeting(s, title=f"第{i + 1}次全体会议",
                                             start=local(2026, 3, 2) + timedelta(days=i)))
               for i in range(2 * PER_PC)]
        for minutes_id in ids:
            submit_for_review(s, minutes_id)
    issued = two_pcs(db_url, _issue_minutes, (ids[0::2],), (ids[1::2],))
    with db.reading() as s:
        rows = s.execute(select(DocumentNumber.year, DocumentNumber.serial, DocumentNumber.text)).all()
        held = s.execute(select(Minutes.state, Minutes.document_number_id).where(Minutes.id.in_(ids))).all()
    assert all(state == "issued" and number is not None for state, number in held) and len(held) == 2 * PER_PC
    assert_runs_from_one([(n.year, n.serial) for n in rows])
    assert sorted(issued[0] + issued[1]) == sorted(n.text for n in rows) and len(rows) == 2 * PER_PC


def test_minutes_issued_in_a_new_year_start_again_at_1(db):
    with db.transaction("测试员") as s:
        ids = [write_minutes(s, held_meeting(s, title=f"第{i + 1}次全体会议", start=local(2026, 1, 5 + i)))
               for i in range(3)]
        for minutes_id in ids:
            submit_for_review(s, minutes_id)
    times = (datetime(2026, 12, 30, 2, tzinfo=timezone.utc), datetime(2026, 12, 31, 16, 30, tzinfo=timezone.utc),
             datetime(2027, 1, 4, 2, tzinfo=timezone.utc))   # the second is 1 January 2027 in Beijing
    numbers = [db.run(lambda s, m=m, t=t: issue_minutes(s, m, now=t), "签发人")[0] for m, t in zip(ids, times)]
    assert numbers == [document_number_text("经开三方纪", 2026, 1), document_number_text("经开三方纪", 2027, 1),
                       document_number_text("经开三方纪", 2027, 2)]

