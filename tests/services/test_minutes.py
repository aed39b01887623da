"""Minutes: the draft from attendance and agenda, editing only drafts, the workflow, document
numbers, corrections as new versions, comparison, decisions to action items, listing."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from desktop.errors import ValidationError
from desktop.models import ActionItem, Organisation, Person
from desktop.services.kernel.units import DatabaseUnits
from desktop.services.listing.core import list_records
from desktop.services.minutes.actions import ActionSpec, decisions_to_actions
from desktop.services.minutes.content import (
    DecisionLine,
    content_from_json,
    content_to_json,
    plain_text,
)
from desktop.services.minutes.core import get_minutes, open_minutes, save_draft
from desktop.services.minutes.history import compare_versions, list_versions
from desktop.services.minutes.workflow import (
    ConfirmationRequired,
    issue,
    return_to_draft,
    start_correction,
    submit_for_review,
)
from tests.services.meeting_support import local
from tests.services.minutes_support import DECISIONS, held_meeting, issued_minutes, write_minutes


def test_new_draft_has_attendance_lines_and_one_section_per_agenda_item(db):
    with db.transaction("秘书") as s:
        meeting_id = held_meeting(s)
        open_minutes(s, meeting_id)
        view = get_minutes(s, meeting_id)
    att = view.content.attendance
    assert att.present == ("张志强（经开区人力资源和社会保障局）", "王建国（经开区总工会）",
                           "钱明（经开区工商业联合会，代赵丽娟）")
    assert att.leave == ("陈立新（经开区企业联合会（企业家协会））",)
    assert att.observers == ("刘芳（经开区人力资源和社会保障局）",)
    assert att.recorder == "李秀梅"
    assert [s.heading for s in view.content.sections] == ["一、欠薪风险研判", "二、集体协商推进情况"]
    assert (view.state, view.version_no, view.author, view.editable) == ("draft", 1, "秘书", True)


def test_opening_again_returns_the_same_minutes(db):
    with db.transaction() as s:
        meeting_id = held_meeting(s)
        assert open_minutes(s, meeting_id) == open_minutes(s, meeting_id)


def test_saved_draft_keeps_formatting_and_decisions(db):
    with db.transaction() as s:
        meeting_id = held_meeting(s)
        write_minutes(s, meeting_id)
        view = get_minutes(s, meeting_id)
    blocks = view.content.sections[0].blocks
    assert [b.kind for b in blocks] == ["para", "para", "number", "number", "bullet"]
    assert blocks[1].runs[0].bold and not blocks[1].runs[1].bold
    assert [d.text for d in view.content.decisions] == list(DECISIONS)
    assert all(d.id for d in view.content.decisions)


def test_editing_minutes_under_review_is_refused_in_chinese(db):
    with db.transaction() as s:
        meeting_id = held_meeting(s)
        minutes_id = write_minutes(s, meeting_id)
        submit_for_review(s, minutes_id)
        view = get_minutes(s, meeting_id)
        with pytest.raises(ValidationError, match="只有草稿可以修改"):
            save_draft(s, minutes_id, view.content.with_changes(closing="改动"))


def test_returned_minutes_are_editable_again_with_the_reason(db):
    with db.transaction() as s:
        meeting_id = held_meeting(s)
        minutes_id = write_minutes(s, meeting_id)
        submit_for_review(s, minutes_id)
        return_to_draft(s, minutes_id, "请补充第二项议题的讨论情况")
        view = get_minutes(s, meeting_id)
        assert (view.state, view.review_note) == ("draft", "请补充第二项议题的讨论情况")
        save_draft(s, minutes_id, view.content.with_changes(closing="已补充。"))


def test_issue_assigns_the_bodys_next_number_for_the_year(db):
    _, _, first = issued_minutes(db, start=local(2026, 3, 2))
    _, _, second = issued_minutes(db, start=local(2026, 6, 2), title="第二次全体会议")
    _, _, other = issued_minutes(db, body="dispute", title="争议调处联席会")
    assert first.startswith("经开三方纪〔") and first.endswith("〕1号")
    assert second.endswith("〕2号") and other.startswith("经开调处纪〔") and other.endswith("〕1号")
    assert "第" not in first and "〔0" not in first


def test_issued_minutes_carry_number_and_print_date(db):
    meeting_id, _, number = issued_minutes(db)
    with db.reading() as s:
        view = get_minutes(s, meeting_id)
    assert (view.state, view.document_number, view.content.doc_number) == ("issued", number, number)
    assert view.content.printed_on is not None and view.issued_by == "审核人"
    assert number in plain_text(view.content) and "印发" in plain_text(view.content)


def test_issuing_without_decisions_needs_confirmation(db):
    with db.transaction() as s:
        meeting_id = held_meeting(s)
        minutes_id = write_minutes(s, meeting_id, decisions=())
        submit_for_review(s, minutes_id)
    with pytest.raises(ConfirmationRequired, match="没有议定事项"):
        issue(DatabaseUnits(db, "审核人"), minutes_id)
    assert issue(DatabaseUnits(db, "审核人"), minutes_id, confirm_empty=True).endswith("1号")


def test_issuing_a_draft_is_refused(db):
    with db.transaction() as s:
        minutes_id = write_minutes(s, held_meeting(s))
    with pytest.raises(ValidationError, match="待审核"):
        issue(DatabaseUnits(db, "审核人"), minutes_id)


def test_correction_is_a_new_version_under_the_same_number_and_keeps_the_old(db):
    meeting_id, first_id, number = issued_minutes(db)
    with db.transaction("秘书") as s:
        new_id = start_correction(s, meeting_id, "更正出席人员单位名称")
        draft = get_minutes(s, meeting_id)
        save_draft(s, new_id, draft.content.with_changes(
            decisions=draft.content.decisions + (DecisionLine("企联牵头开展用工指导。"),)))
        submit_for_review(s, new_id)
    assert issue(DatabaseUnits(db, "审核人"), new_id) == number
    with db.reading() as s:
        old, new = get_minutes(s, meeting_id, 1), get_minutes(s, meeting_id)
        versions = list_versions(s, meeting_id)
        diff = compare_versions(s, meeting_id, 1, 2)
    assert (old.state, old.version_no, len(old.content.decisions)) == ("issued", 1, 2)
    assert (new.version_no, new.document_number, len(new.content.decisions)) == (2, number, 3)
    assert not old.editable
    assert [(v.version_no, v.author, v.change_note) for v in versions] == [
        (2, "秘书", "更正出席人员单位名称"), (1, "测试员", "")]
    assert [d.text for d in diff if d.kind == "insert"] == ["（三）企联牵头开展用工指导。"]


def test_old_versions_cannot_be_edited(db):
    meeting_id, first_id, _ = issued_minutes(db)
    with db.transaction() as s:
        start_correction(s, meeting_id, "更正")
        old = get_minutes(s, meeting_id, 1)
        with pytest.raises(ValidationError, match="旧版本"):
            save_draft(s, first_id, old.content)


def test_decisions_become_action_items_in_one_call(db):
    meeting_id, _, _ = issued_minutes(db)
    with db.transaction() as s:
        decisions = get_minutes(s, meeting_id).content.decisions
        union = s.scalar(select(Organisation.id).where(Organisation.name == "经开区总工会"))
        owner = s.scalar(select(Person.id).where(Person.name == "王建国"))
        ids = decisions_to_actions(s, [ActionSpec(d.id, union, owner, local(2026, 12, 31).date())
                                       for d in decisions])
    with db.reading() as s:
        items = [s.get(ActionItem, i) for i in ids]
        assert [i.decision_id for i in items] == [d.id for d in decisions]
        assert {(i.meeting_id, i.lead_org_id, i.owner_id) for i in items} == {(meeting_id, union, owner)}
        assert items[0].title == DECISIONS[0] and items[0].body_id


def test_a_decision_with_action_items_cannot_be_deleted(db):
    meeting_id, _, _ = issued_minutes(db)
    with db.transaction() as s:
        first = get_minutes(s, meeting_id).content.decisions[0]
        union = s.scalar(select(Organisation.id).where(Organisation.name == "经开区总工会"))
        decisions_to_actions(s, [ActionSpec(first.id, union)])
        new_id = start_correction(s, meeting_id, "删去第一项")
        draft = get_minutes(s, meeting_id)
        with pytest.raises(ValidationError, match="已转为督办事项"):
            save_draft(s, new_id, draft.content.with_changes(decisions=draft.content.decisions[1:]))


def test_list_meetings_reports_minutes_state_and_number(db):
    meeting_id, _, number = issued_minutes(db)
    with db.transaction() as s:
        draft_meeting = held_meeting(s, title="另一次会议")
        open_minutes(s, draft_meeting)
        bare = held_meeting(s, title="没有纪要的会议")
        rows = {r["id"]: r for r in list_records(s, "meetings")}
    assert (rows[meeting_id]["minutes_state"], rows[meeting_id]["document_number"]) == ("issued", number)
    assert (rows[draft_meeting]["minutes_state"], rows[draft_meeting]["document_number"]) == ("draft", None)
    assert rows[bare]["minutes_state"] == "none"


def test_demo_content_json_reads_and_round_trips():
    demo = {"title": "会议纪要", "doc_number": "经开三方纪〔2025〕4号",
            "meeting": {"title": "会议", "body": "劳动关系三方协调机制",
                        "start": "2025-03-04T09:30:00+08:00", "place": "一号会议室", "chair": "张志强"},
            "intro": "引言。", "sections": [{"heading": "一、议题", "agenda_position": 1,
                                         "paragraphs": ["第一段。", "第二段。"]}],
            "decisions": [{"position": 1, "text": "议定一。"}], "closing": "结束语。",
            "attendance": {"present": ["甲（单位）"], "leave": [], "observers": [], "recorder": "乙"},
            "cc": "市总工会", "issuer": "办公室", "printed_on": "2025-03-10"}
    content = content_from_json(json.dumps(demo, ensure_ascii=False))
    assert content.sections[0].blocks[1].text == "第二段。"
    assert content.printed_on.isoformat() == "2025-03-10"
    assert content_from_json(content_to_json(content)) == content


def test_carry_over_item_records_open_actions_with_their_progress(db):
    from datetime import date

    from desktop.services.actions.core import ActionFields, create_action, report_progress
    from desktop.services.meetings.agenda import add_carry_over_item

    with db.transaction("测试员") as s:
        first = held_meeting(s, title="上一次全体会议", start=local(2026, 9, 10))
    with db.transaction("测试员") as s:
        action_id = create_action(s, "tripartite", ActionFields("开展春节前欠薪专项排查",
                                  due=date(2026, 12, 31)), meeting_id=first)
        report_progress(s, action_id, "已完成12家企业排查", 40, on=date(2026, 10, 8))
    with db.transaction("测试员") as s:
        second = held_meeting(s, title="本次全体会议", start=local(2026, 11, 20))
        add_carry_over_item(s, second, index=0)
        open_minutes(s, second)
    with db.reading() as s:
        section = get_minutes(s, second).content.sections[0]
    assert section.heading == "一、上次会议议定事项落实情况"
    line = section.blocks[0].text
    assert "春节前欠薪专项排查" in line and "进度40%" in line and "已完成12家企业排查" in line
