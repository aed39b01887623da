"""The child the kill test starts: writes through the services in a loop until it is killed.

``python -m tests.crash.writer_child [--fork] DBPATH`` (see ``serve``): each payload is a tag that
keeps its names unique; the writer then writes meetings, minutes, action items,
enterprises and screening campaigns with their entries, each in one ``db.run(...)``. After
each commit returns it prints ``commit <table>:<id> …`` for the rows that commit made, in one
write: whatever the parent read was committed.
"""

from __future__ import annotations

import os
import sys
from datetime import date, datetime, timedelta

from desktop.config import LOCAL_TZ
from desktop.db import open_database
from desktop.services.actions.core import ActionFields, create_action
from desktop.services.enterprises.core import EnterpriseData, create_enterprise
from desktop.services.meetings.core import MeetingData, create_meeting
from desktop.services.minutes.core import open_minutes
from desktop.services.screenings.core import CampaignData, create_campaign, list_entries
from tests.crash.serve import serve

USER = "崩溃测试"


def _meeting(session, tag: str, n: int) -> dict[str, list[int]]:
    start = datetime(2027, 1, 4, 9, 0, tzinfo=LOCAL_TZ) + timedelta(hours=n)
    data = MeetingData(body="bimonthly", title=f"双月沟通会 {tag}-{n}", start=start,
                       end=start + timedelta(hours=1))
    return {"meetings": [create_meeting(session, data)]}


def _minutes(session, tag: str, n: int) -> dict[str, list[int]]:
    made = _meeting(session, tag, n)
    return {**made, "minutes": [open_minutes(session, made["meetings"][0], USER)]}


def _action(session, tag: str, n: int) -> dict[str, list[int]]:
    return {"action_items": [create_action(session, "tripartite", ActionFields(f"督办事项 {tag}-{n}"))]}


def _enterprise(session, tag: str, n: int) -> dict[str, list[int]]:
    data = EnterpriseData(f"北京崩溃测试{tag}号{n}有限公司", "", park=f"片区{tag}-{n}", workers=n % 500)
    return {"enterprises": [create_enterprise(session, data)]}


def _screening(session, tag: str, n: int) -> dict[str, list[int]]:
    made = _enterprise(session, tag, n)
    campaign = create_campaign(session, CampaignData(
        f"排查 {tag}-{n}", date(2027, 1, 4), date(2027, 2, 5), park=f"片区{tag}-{n}"))
    entries = [e.id for e in list_entries(session, campaign)]
    return {**made, "screening_campaigns": [campaign], "screening_entries": entries}


WRITES = (_meeting, _minutes, _action, _enterprise, _screening)


def write_forever(path: str, tag: str) -> int:
    db = open_database(path)
    n = 0
    while True:
        write = WRITES[n % len(WRITES)]
        made, _changes = db.run(lambda s, w=write, k=n: w(s, tag, k), USER)
        rows = " ".join(f"{table}:{i}" for table, ids in made.items() for i in ids)
        os.write(1, f"commit {rows}\n".encode())  # one short write(): never half a line
        n += 1


def main(argv: list[str]) -> int:
    path = argv[-1]
    return serve(lambda tag: write_forever(path, tag), argv)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
