"""Two PCs edit the same records from the same starting version, round after round.

    python -m tests.proof.concurrent_edits --database postgresql+psycopg://… [--rounds 200]

Issue 14's proof, against a real PostgreSQL server (an empty database or schema: it adds users
and records). Two processes sign in as different users: 王秘书 and 赵秘书 (secretaries) edit a
meeting, a minutes draft, an action item and a dispute case; their PCs' leaders, 李主任 and 陈主任,
adjust the level of one warning (that is the issuer's decision). In every round both processes
read every record, wait for each other, then each saves its own value with the version it read.
After the round the stored values are read back: exactly one of the two saves of each record
must have been accepted, the other refused as a conflict, and the stored value must be the
accepted one. A round where both saves were accepted, or the stored value is not the accepted
one, is a silent overwrite. Printed: per record, accepted saves, conflicts and overwrites.
Every round each PC also registers a new case at the same moment: the case numbers of the year
must then run 1..N with no duplicate handed out and no gap (printed: allocated, duplicates, gaps).
Exit status 1 when an overwrite, a duplicate or missing number, or an unexpected error happened.

``--blind`` is the control: the same rounds saved without the version read (as a form that
reloads the record at save time would): the tally must then count overwrites, or it proves nothing.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import sys
import time
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal

from sqlalchemy import select

from desktop.db import Database, open_database
from desktop.errors import ConcurrencyError
from desktop.models import DisputeCase, EarlyWarning, Meeting
from desktop.services.accounts import signin, users
from desktop.services.actions import core as actions
from desktop.services.actions.detail import get_action
from desktop.services.disputes import core as cases
from desktop.services.meetings import core as meetings
from desktop.services.minutes import core as minutes
from desktop.services.warnings import core as warnings

PASSWORD = "两台电脑 同一份数据"
PCS = (("wang", "王秘书", "li", "李主任"), ("zhao", "赵秘书", "chen", "陈主任"))
KINDS = ("meeting", "minutes", "action", "case", "warning")
LEVELS = ("blue", "yellow", "orange", "red")


@dataclass(frozen=True)
class Records:
    meeting: int
    minutes: int
    action: int
    case: int
    warning: int
    enterprise: int


def prepare(db: Database) -> Records:
    """The users and the five records, written as the first administrator."""
    from tests.services.meeting_support import local, meeting_data
    from tests.services.minutes_support import held_meeting, write_minutes
    from tests.services.warning_support import add_enterprises, add_suggestion

    def work(s):
        from desktop.services.bodies.seed import seed

        seed(s)  # the five bodies and their member organisations and people
        users.add_user(s, "admin", "admin", PASSWORD, display="管理员")
        for secretary, s_name, leader, l_name in PCS:
            users.add_user(s, secretary, "secretary", PASSWORD, display=s_name)
            users.add_user(s, leader, "leader", PASSWORD, display=l_name)
        meeting = meetings.create_meeting(s, meeting_data(local(2027, 1, 12), title="双月沟通会"))
        held = held_meeting(s, title="并发编辑用的会议")
        minutes_id = write_minutes(s, held)
        action = actions.create_action(s, "tripartite", actions.ActionFields("并发编辑的督办事项"))
        enterprise = add_enterprises(s)[0]
        case = cases.create_case(s, _case_draft(enterprise, "起始"), user="管理员")
        warning = add_suggestion(s, enterprise, "orange")
        warnings.issue_suggestion(s, warning)
        return Records(meeting, minutes_id, action, case, warning, enterprise)
    return db.run(work, "管理员")[0]


def _case_draft(enterprise: int, reasons: str) -> cases.CaseDraft:
    return cases.CaseDraft(enterprise_id=enterprise, received=date(2026, 3, 2), category="劳动报酬",
                           parties=(cases.PartyInput("张三"),),
                           claims=(cases.ClaimInput("支付拖欠工资", Decimal("12000")),), reasons=reasons)


def read_state(db: Database, r: Records) -> dict[str, tuple[int, str]]:
    """(version, value) of each record."""
    with db.reading() as s:
        meeting = s.get(Meeting, r.meeting)
        draft = minutes.get_minutes(s, _meeting_of(s, r))
        action = get_action(s, r.action)
        case = s.get(DisputeCase, r.case)
        warning = s.get(EarlyWarning, r.warning)
        return {"meeting": (meeting.version, meeting.title),
                "minutes": (draft.version, draft.content.title),
                "action": (action.version, action.title),
                "case": (case.version, case.reasons),
                "warning": (warning.version, warning.level)}


def _meeting_of(s, r: Records) -> int:
    from desktop.models import Minutes

    return s.get(Minutes, r.minutes).meeting_id


def _save(db: Database, kind: str, r: Records, version: int, value: str, user: str, leader: str) -> None:
    from tests.services.meeting_support import local, meeting_data

    if kind == "meeting":
        db.run(lambda s: meetings.update_meeting(s, r.meeting, meeting_data(local(2027, 1, 12), title=value),
                                                 version), user, "secretary")
    elif kind == "minutes":
        def work(s):
            content = minutes.get_minutes(s, _meeting_of(s, r)).content
            minutes.save_draft(s, r.minutes, replace(content, title=value), version)
        db.run(work, user, "secretary")
    elif kind == "action":
        db.run(lambda s: actions.update_action(s, r.action, actions.ActionFields(value), version), user, "secretary")
    elif kind == "case":
        db.run(lambda s: cases.update_case(s, r.case, _case_draft(r.enterprise, value), version=version),
               user, "secretary")
    else:
        db.run(lambda s: warnings.adjust_level(s, r.warning, value, f"{leader}研判后调整", version=version),
               leader, "leader")


def _new_case(db: Database, r: Records, user: str) -> tuple[str, str]:
    """Register a case as the PC's secretary: ("allocated", its number) or ("error", why)."""
    try:
        case_id = db.run(lambda s: cases.create_case(s, _case_draft(r.enterprise, "新受理"), user=user),
                         user, "secretary")[0]
    except Exception as exc:  # noqa: BLE001 - counted and printed by the parent
        return "error", f"{type(exc).__name__}: {exc}"
    with db.reading() as s:
        return "allocated", s.get(DisputeCase, case_id).number


def case_serials(db: Database, year: int = 2026) -> list[int]:
    """The stored serials of the cases received in ``year`` (the proof's cases all are)."""
    with db.reading() as s:
        return list(s.scalars(select(DisputeCase.number_serial).where(DisputeCase.number_year == year)))


def _value(kind: str, pc: int, rnd: int, current: str) -> str:
    if kind == "warning":  # two levels, both other than the current one
        return LEVELS[(LEVELS.index(current) + 1 + pc) % len(LEVELS)]
    return f"{PCS[pc][1]}第{rnd}轮的{kind}"


def _pc(url: str, pc: int, records: Records, rounds: int, blind: bool, barrier, results) -> None:
    """One PC: sign in as its secretary and its leader, then take part in every round."""
    db = open_database(url)
    secretary, _s_name, leader, _l_name = PCS[pc]
    accounts = [db.run(lambda s, n=n: signin.sign_in(s, n, PASSWORD), n)[0] for n in (secretary, leader)]
    assert all(isinstance(a, users.Account) for a in accounts), accounts
    outcomes = []
    try:
        for rnd in range(rounds):
            barrier.wait()
            state = read_state(db, records)
            barrier.wait()  # both have read: both start from the same versions
            outcomes.append((rnd, "number", *_new_case(db, records, accounts[0].label)))
            for kind in KINDS:
                version, current = state[kind]
                version = None if blind else version
                value = _value(kind, pc, rnd, current)
                try:
                    _save(db, kind, records, version, value, accounts[0].label, accounts[1].label)
                    outcomes.append((rnd, kind, "saved", value))
                except ConcurrencyError:
                    outcomes.append((rnd, kind, "conflict", value))
                except Exception as exc:  # noqa: BLE001 - counted and printed by the parent
                    outcomes.append((rnd, kind, "error", f"{type(exc).__name__}: {exc}"))
            barrier.wait()  # the round is over; the parent reads the stored values
            barrier.wait()
    finally:
        results.put((pc, outcomes))
        db.dispose()


def run(url: str, rounds: int, blind: bool = False) -> dict:
    """Prepare, run both PCs, tally; returns the figures (see the module docstring)."""
    db = open_database(url, create=True)
    records = prepare(db)
    context = multiprocessing.get_context("spawn")  # the same start on Windows and Linux
    barrier = context.Barrier(3)
    results = context.Queue()
    pcs = [context.Process(target=_pc, args=(url, pc, records, rounds, blind, barrier, results)) for pc in (0, 1)]
    started = time.perf_counter()
    for p in pcs:
        p.start()
    stored: list[dict[str, tuple[int, str]]] = []
    try:
        for _ in range(rounds):
            barrier.wait()
            barrier.wait()
            barrier.wait()
            stored.append(read_state(db, records))
            barrier.wait()
        outcomes = dict(results.get(timeout=120) for _ in pcs)
        serials = case_serials(db)
    finally:
        for p in pcs:
            p.join(timeout=60)
        db.dispose()
    return tally(outcomes, stored, rounds, time.perf_counter() - started, serials)


def tally(outcomes: dict[int, list], stored: list[dict], rounds: int, seconds: float,
          serials: list[int] = ()) -> dict:
    """The figures: per record (see the module docstring), and the case numbers handed out
    against ``serials``, the stored ones of the year."""
    figures = {kind: {"saved": 0, "conflicts": 0, "overwrites": 0, "errors": []} for kind in KINDS}
    numbers = {"allocated": 0, "duplicates": 0, "gaps": 0, "errors": []}
    handed_out = [value for rows in outcomes.values() for _r, kind, outcome, value in rows
                  if kind == "number" and outcome == "allocated"]
    numbers["errors"] = [value for rows in outcomes.values() for _r, kind, outcome, value in rows
                         if kind == "number" and outcome == "error"]
    numbers["allocated"], numbers["duplicates"] = len(handed_out), len(handed_out) - len(set(handed_out))
    numbers["gaps"] = len(set(range(1, max(serials, default=0) + 1)) - set(serials))
    by_round: dict[tuple[int, str], list] = {}
    for pc, rows in outcomes.items():
        for rnd, kind, outcome, value in rows:
            if kind != "number":
                by_round.setdefault((rnd, kind), []).append((pc, outcome, value))
    for (rnd, kind), rows in sorted(by_round.items()):
        f = figures[kind]
        saved = [value for _pc, outcome, value in rows if outcome == "saved"]
        f["saved"] += len(saved)
        f["conflicts"] += sum(outcome == "conflict" for _pc, outcome, _v in rows)
        f["errors"] += [value for _pc, outcome, value in rows if outcome == "error"]
        if len(saved) > 1 or (saved and stored[rnd][kind][1] != saved[0]):
            f["overwrites"] += 1
    return {"rounds": rounds, "seconds": round(seconds, 1), "records": figures, "numbers": numbers,
            "overwrites": sum(f["overwrites"] for f in figures.values()),
            "errors": sum(len(f["errors"]) for f in figures.values()) + len(numbers["errors"])}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--database", required=True, help="an empty PostgreSQL database or schema")
    parser.add_argument("--rounds", type=int, default=200)
    parser.add_argument("--blind", action="store_true", help="the control: save without the version read")
    parser.add_argument("--format", choices=("table", "json"), default="table")
    args = parser.parse_args(argv)
    figures = run(args.database, args.rounds, args.blind)
    if args.format == "json":
        print(json.dumps(figures, ensure_ascii=False, indent=1))
    else:
        control = " (control: saved without the version read)" if args.blind else ""
        print(f"{figures['rounds']} rounds, two PCs, {figures['seconds']} s{control}")
        print(f"{'record':<10}{'saved':>8}{'conflicts':>11}{'overwrites':>12}{'errors':>8}")
        for kind, f in figures["records"].items():
            print(f"{kind:<10}{f['saved']:>8}{f['conflicts']:>11}{f['overwrites']:>12}{len(f['errors']):>8}")
            for error in f["errors"][:3]:
                print(f"    {error}")
        print(f"silent overwrites: {figures['overwrites']}")
        n = figures["numbers"]
        print(f"case numbers: {n['allocated']} allocated, {n['duplicates']} duplicates, {n['gaps']} gaps")
        for error in n["errors"][:3]:
            print(f"    {error}")
    n = figures["numbers"]
    return 1 if figures["overwrites"] or figures["errors"] or n["duplicates"] or n["gaps"] else 0


if __name__ == "__main__":
    sys.exit(main())
