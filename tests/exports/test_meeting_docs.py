"""会议通知 and 签到表 read back: time, place, agenda, reply slip, attendees by organisation."""

from __future__ import annotations

from datetime import date, datetime

from docx import Document
from docx.oxml.ns import qn
from sqlalchemy import select

from desktop.config import LOCAL_TZ
from desktop.exports.meeting_docs import write_notice, write_sign_in_sheet
from desktop.models import AgendaItem, Attendance, Body, Meeting, Person
from desktop.services.meetings.documents import meeting_doc_data


def _meeting(db) -> int:
    with db.transaction("测试员") as s:
        body = s.scalar(select(Body).where(Body.key == "tripartite"))
        m = Meeting(uid="m1@test", body_id=body.id, title="2026年第四季度三方协调委员会全体会议",
                    start=datetime(2026, 12, 15, 9, 30, tzinfo=LOCAL_TZ),
                    end=datetime(2026, 12, 15, 11, 30, tzinfo=LOCAL_TZ), location="管委会3号会议室")
        s.add(m)
        s.flush()
        s.add_all([AgendaItem(meeting_id=m.id, position=1, title="上次会议议定事项落实情况", presenter="刘芳"),
                   AgendaItem(meeting_id=m.id, position=2, title="研究岁末年初根治欠薪工作", presenter="王建国")])
        for name, role in (("张志强", "chair"), ("王建国", "member"), ("陈立新", "member"), ("刘芳", "recorder")):
            person = s.scalar(select(Person).where(Person.name == name))
            s.add(Attendance(meeting_id=m.id, person_id=person.id, role=role))
        return m.id


def _data(db, meeting_id):
    with db.reading() as s:
        return meeting_doc_data(s, meeting_id, issued_on=date(2026, 12, 1), reply_by=date(2026, 12, 10))


def _texts(path) -> list[str]:
    doc = Document(str(path))
    cells = [c.text for t in doc.tables for row in t.rows for c in row.cells]
    return [p.text for p in doc.paragraphs] + cells


def test_notice_states_time_place_agenda_and_reply_slip(db, tmp_path):
    out = write_notice(_data(db, _meeting(db)), tmp_path / "notice.docx")
    text = "\n".join(_texts(out))
    assert "关于召开2026年第四季度三方协调委员会全体会议的通知" in text
    assert "2026年12月15日（星期二）09:30—11:30" in text
    assert "管委会3号会议室" in text
    assert "1. 上次会议议定事项落实情况（刘芳）" in text
    assert "请各单位于2026年12月10日前将参会回执" in text
    assert "参会回执" in text and "经开区总工会" in text  # reply slip lists member organisations


def test_sign_in_sheet_lists_attendees_in_the_bodys_member_order(db, tmp_path):
    out = write_sign_in_sheet(_data(db, _meeting(db)), tmp_path / "signin.docx")
    table = Document(str(out)).tables[0]
    rows = [[c.text for c in r.cells] for r in table.rows]
    assert rows[0] == ["序号", "单位", "姓名", "职务", "身份", "签到"]
    names = [r[2] for r in rows[1:] if r[2]]
    assert names == ["张志强", "刘芳", "王建国", "陈立新"]  # 人社局, 总工会, 企联 in membership order
    assert rows[1][4] == "主持"


def test_every_run_of_the_notice_names_an_east_asian_font(db, tmp_path):
    out = write_notice(_data(db, _meeting(db)), tmp_path / "notice.docx")
    doc = Document(str(out))
    runs = [r for p in doc.paragraphs for r in p.runs if r.text.strip()]
    runs += [r for t in doc.tables for row in t.rows for c in row.cells for p in c.paragraphs
             for r in p.runs if r.text.strip()]
    assert runs and all(r._element.rPr.rFonts.get(qn("w:eastAsia")) for r in runs)
