"""Real records for the command-line verbs to act on, made on first use (the viewer tests)."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

from desktop.config import LOCAL_TZ
from desktop.exports.screening_sheet import export_screening_sheet
from desktop.models import Meeting, Person
from desktop.services.attachments.core import Target, attach
from desktop.services.disputes import stages
from desktop.services.meetings.core import create_meeting
from desktop.services.minutes.workflow import submit_for_review
from desktop.services.screenings.core import CampaignData, create_campaign
from desktop.services.warnings import core as warnings_core
from desktop.sqlite_copy import backup_sqlite
from tests.services.action_support import org_id
from tests.services.enterprise_support import HEADER as ENTERPRISE_HEADER
from tests.services.enterprise_support import codes
from tests.services.ics_samples import outlook_bytes
from tests.services.incident_support import LEARNED, new_incident
from tests.services.incident_support import notify as incident_notify
from tests.services.meeting_support import meeting_data, person_id
from tests.services.minutes_support import held_meeting, issued_minutes, write_minutes
from tests.services.screening_support import fill_sheet
from tests.services.test_dispute_cases import new_case
from tests.services.warning_support import C, suggested


def _address_wang(session) -> None:
    session.get(Person, person_id(session, "王建国")).email = "wangjg@example.cn"


class Records(dict):
    """Real records made on first use by ``"{name}".format_map(records)``: each verb acts on one
    that exists, in the state it needs, so what refuses it is the role and not a lookup."""

    def __init__(self, db, folder: Path) -> None:
        super().__init__()
        self.db, self.folder = db, folder

    def __missing__(self, key: str) -> str:
        self[key] = str(getattr(self, key)())
        return self[key]

    def _run(self, work):
        return self.db.run(work, "测试员")[0]

    def _file(self, name: str, data: bytes) -> Path:
        path = self.folder / name
        path.write_bytes(data)
        return path

    def out(self) -> Path:
        """Where a verb would put its files: it must stay empty."""
        (self.folder / "out").mkdir()
        return self.folder / "out"

    def held(self) -> int:
        return self._run(held_meeting)

    def draft(self) -> int:
        def work(s):
            meeting_id = held_meeting(s)
            write_minutes(s, meeting_id)
            return meeting_id
        return self._run(work)

    def review(self) -> int:
        def work(s):
            meeting_id = held_meeting(s)
            submit_for_review(s, write_minutes(s, meeting_id))
            return meeting_id
        return self._run(work)

    def issued(self) -> int:
        self._run(_address_wang)   # a recipient to distribute to
        return issued_minutes(self.db)[0]

    def lead(self) -> int:
        return self._run(lambda s: org_id(s, "总工会"))

    def attachment(self) -> int:
        return self._run(lambda s: attach(s, Target("meeting", int(self["held"])), b"x", "议程.txt"))

    def text(self) -> Path:
        return self._file("材料.txt", "会议材料".encode())

    def case(self) -> int:
        return new_case(self.db)

    def received(self) -> str:
        """The day ``case`` was received (for ``list cases --from``); makes the case."""
        _ = self["case"]
        return "2026-03-02"

    def paused(self) -> int:
        case_id = new_case(self.db)
        self._run(lambda s: stages.pause_clock(s, case_id, "mediation_15", date(2026, 3, 6), "申请人住院"))
        return case_id

    def collective(self) -> int:
        return new_case(self.db, workers=15)

    def incident(self) -> int:
        return new_incident(self.db)

    def notified(self) -> int:
        incident_id = new_incident(self.db)
        incident_notify(self.db, incident_id, "公安", LEARNED)
        return incident_id

    def suggestion(self) -> int:
        return suggested(self.db)

    def warning(self) -> int:
        """An active warning, and the next meeting of the warning body to put it on."""
        start = (datetime.now(LOCAL_TZ) + timedelta(days=7)).replace(hour=9, minute=30, second=0, microsecond=0)
        self._run(lambda s: create_meeting(s, meeting_data(start, body="warning", title="预警会商会")))
        suggestion = suggested(self.db)
        return self._run(lambda s: warnings_core.issue_suggestion(s, suggestion, warnings_core.WarningDraft()))

    def campaign(self) -> int:
        return self._run(lambda s: create_campaign(s, CampaignData("春节前排查", date(2027, 1, 4), date(2027, 2, 5))))

    def sheet(self) -> Path:
        blank = self.folder / "排查表.xlsx"
        with self.db.reading() as s:
            export_screening_sheet(s, int(self["campaign"]), blank)
        return fill_sheet(blank, self.folder / "排查结果.xlsx", {C[0]: [0, 0, 0, 0, 0]})

    def people(self) -> Path:
        return self._file("联系人.csv", "姓名,单位,职务,手机,邮箱\n陈新,总工会,干事,13812345678,\n".encode("utf-8-sig"))

    def ledger(self) -> Path:
        return self._file("台账.csv", "督办事项,牵头单位,完成时限\n事项甲,总工会,2026-12-01\n".encode("utf-8-sig"))

    def register(self) -> Path:
        row = ["北京丁商贸有限公司", codes(1, seed=99)[0], "景盛北一街", "台湖片区", "批发", "12", "是", "否", "", ""]
        text = ",".join(ENTERPRISE_HEADER) + "\n" + ",".join(row) + "\n"
        return self._file("企业名录.csv", text.encode("utf-8-sig"))

    def ics(self) -> Path:
        return self._file("日程.ics", outlook_bytes())

    def reply(self) -> Path:
        def work(s):
            _address_wang(s)
            return s.get(Meeting, held_meeting(s)).uid
        uid = self._run(work)
        return self._file("回执.ics", (
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\nMETHOD:REPLY\r\nBEGIN:VEVENT\r\n"
            f"UID:{uid}\r\nDTSTAMP:20260111T010000Z\r\nDTSTART:20261120T013000Z\r\n"
            "ATTENDEE;PARTSTAT=DECLINED;CN=王建国:mailto:wangjg@example.cn\r\n"
            "END:VEVENT\r\nEND:VCALENDAR\r\n").encode())

    def backup(self) -> Path:
        return backup_sqlite(self.db.target.path, self.folder / "备份.db")
