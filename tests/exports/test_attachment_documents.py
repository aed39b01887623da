"""Attachments in what we produce: the minutes' 附件 list, the notice's 会议材料, e-mails that
carry the files when they fit and list them otherwise, and the .ics event's count."""

from __future__ import annotations

from datetime import date
from email import message_from_bytes, policy

from docx import Document
from icalendar import Calendar
from sqlalchemy import update

from desktop.cli import main
from desktop.exports.ics import IcsOptions, export_calendar
from desktop.exports.invitation import build_invitation, message_for
from desktop.exports.meeting_docs import write_notice
from desktop.exports.minutes_mail import distribute
from desktop.models import Person
from desktop.services.attachments.core import Target, attach
from desktop.services.attachments.settings import AttachmentSettings, save_attachment_settings
from desktop.services.calendar.export import ExportSelection, collect_events
from desktop.services.calendar.settings import CalendarSettings
from desktop.services.kernel.units import DatabaseUnits
from desktop.services.mail import core as mail
from desktop.services.meetings.agenda import AgendaItemData, add_agenda_item
from desktop.services.meetings.documents import meeting_doc_data
from desktop.services.minutes.distribution import recipient_candidates
from tests.services.minutes_support import held_meeting, issued_minutes

BIG = 300_000
PEOPLE = {"张志强": "zhangzq", "王建国": "wangjg"}


def _emails(db) -> None:
    with db.transaction() as s:
        for name, box in PEOPLE.items():
            s.execute(update(Person).where(Person.name == name).values(email=f"{box}@example.org"))


def _attach(db, kind: str, target_id: int, name: str, data: bytes) -> int:
    return db.run(lambda s: attach(s, Target(kind, target_id), data, name), "测试员")[0]


def _minutes_with_attachments(db) -> tuple[int, int]:
    _emails(db)
    meeting_id, minutes_id, _number = issued_minutes(db)
    _attach(db, "minutes", meeting_id, "欠薪隐患企业名单.xlsx", b"x" * BIG)
    _attach(db, "minutes", meeting_id, "集体协商要约行动方案.docx", b"y" * 1000)
    return meeting_id, minutes_id


def _distributed(db, meeting_id: int, minutes_id: int, folder):
    with db.reading() as s:
        recipients = recipient_candidates(s, minutes_id)
    report = distribute(DatabaseUnits(db, "秘书"), meeting_id, recipients[:1],
                        settings=mail.SmtpSettings(), eml_dir=folder)
    return message_from_bytes(report.eml_files[0].read_bytes(), policy=policy.default)


def test_minutes_docx_ends_its_body_with_the_official_attachment_list(db, tmp_path, capsys):
    meeting_id, _ = _minutes_with_attachments(db)
    out = tmp_path / "纪要.docx"
    url = db.target.url.render_as_string(hide_password=False)
    assert main(["--database", url, "export", "minutes", str(meeting_id), "-o", str(out)]) == 0
    paragraphs = Document(str(out)).paragraphs
    texts = [p.text for p in paragraphs]
    first = texts.index("附件：1. 欠薪隐患企业名单")
    assert texts[first + 1] == "2. 集体协商要约行动方案"
    assert texts[first - 1] == ""  # 空一行 after the body
    assert texts[first - 2] == "会议要求各成员单位按照分工抓好落实。"
    assert paragraphs[first + 1].paragraph_format.first_line_indent.twips == 5 * 320


def test_one_attachment_is_named_without_a_number(db, tmp_path, capsys):
    meeting_id, _minutes_id, _ = issued_minutes(db)
    _attach(db, "minutes", meeting_id, "工作台账.xlsx", b"1")
    out = tmp_path / "纪要.docx"
    url = db.target.url.render_as_string(hide_password=False)
    main(["--database", url, "export", "minutes", str(meeting_id), "-o", str(out)])
    assert "附件：工作台账" in [p.text for p in Document(str(out)).paragraphs]


def test_distribution_mail_carries_the_attachments_when_they_fit(db, tmp_path):
    meeting_id, minutes_id = _minutes_with_attachments(db)
    message = _distributed(db, meeting_id, minutes_id, tmp_path)
    files = {p.get_filename(): p.get_content() for p in message.iter_attachments()}
    assert files["欠薪隐患企业名单.xlsx"] == b"x" * BIG
    assert "集体协商要约行动方案.docx" in files and any(n.endswith("号.docx") for n in files)
    assert "纪要附件（2 份，见附件）" in message.get_body(("plain",)).get_content()


def test_distribution_mail_over_the_limit_lists_the_attachments_instead(db, tmp_path):
    meeting_id, minutes_id = _minutes_with_attachments(db)
    save_attachment_settings(AttachmentSettings(mail_limit=200_000))
    message = _distributed(db, meeting_id, minutes_id, tmp_path)
    names = [p.get_filename() for p in message.iter_attachments()]
    assert len(names) == 1 and names[0].endswith(".docx")  # the minutes alone
    body = message.get_body(("plain",)).get_content().replace("\r\n", "\n")
    assert "超过邮件大小上限" in body
    assert "1. 欠薪隐患企业名单.xlsx\n2. 集体协商要约行动方案.docx" in body


def _meeting_with_materials(db) -> int:
    _emails(db)
    with db.transaction("测试员") as s:
        meeting_id = held_meeting(s)
        item = add_agenda_item(s, meeting_id, AgendaItemData("欠薪专项排查部署"))
    _attach(db, "agenda", item, "排查工作方案.docx", b"plan")
    _attach(db, "meeting", meeting_id, "会议议程.pdf", b"%PDF agenda")
    return meeting_id


def test_notice_lists_the_meetings_and_its_agenda_items_materials(db, tmp_path):
    meeting_id = _meeting_with_materials(db)
    with db.reading() as s:
        data = meeting_doc_data(s, meeting_id, issued_on=date(2026, 12, 1))
    texts = [p.text for p in Document(str(write_notice(data, tmp_path / "通知.docx"))).paragraphs]
    heading = next(i for i, t in enumerate(texts) if t.endswith("、会议材料"))
    assert texts[heading + 1:heading + 3] == ["1. 会议议程", "2. 排查工作方案"]


def _invitation(db, meeting_id: int):
    with db.reading() as s:
        invitation = build_invitation(s, meeting_id=meeting_id, settings=CalendarSettings())
    return message_from_bytes(message_for(invitation, invitation.recipients[0]).as_bytes(),
                              policy=policy.default)


def test_invitation_carries_the_materials_when_they_fit(db):
    message = _invitation(db, _meeting_with_materials(db))
    files = {p.get_filename(): p.get_content() for p in message.iter_attachments()}
    assert files["会议议程.pdf"] == b"%PDF agenda" and files["排查工作方案.docx"] == b"plan"
    assert "invite.ics" in files


def test_invitation_over_the_limit_lists_the_materials_by_name(db):
    meeting_id = _meeting_with_materials(db)
    save_attachment_settings(AttachmentSettings(mail_limit=2_000))
    message = _invitation(db, meeting_id)
    assert [p.get_filename() for p in message.iter_attachments()] == ["invite.ics"]
    body = message.get_body(("plain",)).get_content().replace("\r\n", "\n")
    assert "会议材料共 2 份" in body and "1. 会议议程.pdf\n2. 排查工作方案.docx" in body


def test_ics_event_says_how_many_materials_the_meeting_has(db):
    meeting_id = _meeting_with_materials(db)
    with db.reading() as s:
        data = collect_events(s, ExportSelection(meeting_id=meeting_id))
    blob = export_calendar(data, IcsOptions("秘书台", "mishu@example.cn", 0))
    (event,) = Calendar.from_ical(blob).walk("VEVENT")
    assert str(event["DESCRIPTION"]).endswith("会议材料 2 份")
