"""Shared helpers for the minutes tests: a held meeting with attendance and agenda, filled minutes."""

from __future__ import annotations

from desktop.services.kernel.units import DatabaseUnits
from desktop.services.meetings.agenda import AgendaItemData, add_agenda_item
from desktop.services.meetings.attendance import set_attendance
from desktop.services.meetings.core import create_meeting, mark_held
from desktop.services.minutes.content import Block, DecisionLine, Run
from desktop.services.minutes.core import get_minutes, open_minutes, save_draft
from desktop.services.minutes.workflow import issue, submit_for_review
from tests.services.meeting_support import invite, local, meeting_data, person_id

DECISIONS = ("由人社局牵头，开展春节前欠薪专项排查。", "总工会会同企联推进集体协商要约行动。")
AGENDA = ("欠薪风险研判", "集体协商推进情况")


def held_meeting(session, *, body="tripartite", title="2026年第四季度三方协调委员会全体会议",
                 start=None) -> int:
    """A held meeting: a chair, members (one on leave, one delegated), an observer, a recorder."""
    data = meeting_data(start or local(2026, 11, 20), body=body, title=title,
                        attendees=invite(session, "张志强", role="chair")
                        + invite(session, "王建国", "陈立新", "赵丽娟")
                        + invite(session, "刘芳", role="observer")
                        + invite(session, "李秀梅", role="recorder"))
    meeting_id = create_meeting(session, data)
    for name in ("张志强", "王建国", "刘芳"):
        set_attendance(session, meeting_id, person_id(session, name), "present")
    set_attendance(session, meeting_id, person_id(session, "陈立新"), "leave")
    set_attendance(session, meeting_id, person_id(session, "赵丽娟"), "delegated",
                   delegate_name="钱明")
    for title_ in AGENDA:
        add_agenda_item(session, meeting_id, AgendaItemData(title_))
    mark_held(session, meeting_id)
    return meeting_id


def write_minutes(session, meeting_id: int, decisions=DECISIONS) -> int:
    """Open the draft and fill each section and the decisions; returns the minutes id."""
    minutes_id = open_minutes(session, meeting_id)
    view = get_minutes(session, meeting_id)
    sections = tuple(s.__class__(s.heading, (
        Block.plain(f"会议听取了{s.heading[2:]}的汇报，重点研究了欠薪隐患企业的处置。"),
        Block((Run("会议强调，", bold=True), Run("要压实属地责任。")), "para"),
        Block.plain("建立台账", "number"), Block.plain("逐户回访", "number"),
        Block.plain("每周调度", "bullet"),
    ), s.agenda_position) for s in view.content.sections)
    content = view.content.with_changes(
        sections=sections, decisions=tuple(DecisionLine(t) for t in decisions),
        closing="会议要求各成员单位按照分工抓好落实。")
    save_draft(session, minutes_id, content)
    return minutes_id


def issued_minutes(db, *, decisions=DECISIONS, **meeting) -> tuple[int, int, str]:
    """(meeting id, minutes id, document number) of issued minutes."""
    with db.transaction("测试员") as session:
        meeting_id = held_meeting(session, **meeting)
        minutes_id = write_minutes(session, meeting_id, decisions)
        submit_for_review(session, minutes_id)
    number = issue(DatabaseUnits(db, "审核人"), minutes_id, confirm_empty=not decisions)
    return meeting_id, minutes_id, number
