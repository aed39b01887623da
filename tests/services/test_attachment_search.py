"""The minutes search finds attachments by file name and by the text inside them."""

from __future__ import annotations

import io
from pathlib import Path

from docx import Document

from desktop.services.attachments.core import Target, attach
from desktop.services.attachments.extract import extract_pending
from desktop.services.minutes.search import search_minutes
from tests.services.action_support import new_action
from tests.services.minutes_support import held_meeting, write_minutes

FIXTURES = Path(__file__).parent.parent / "fixtures"


def _docx(text: str) -> bytes:
    doc = Document()
    doc.add_paragraph("关于开展专项行动的工作方案")
    doc.add_paragraph(text)
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def _attached(db, target_of, data: bytes, name: str) -> tuple[int, int]:
    """(meeting id, attachment id), text extracted as the GUI's background job does."""
    with db.transaction("测试员") as s:
        meeting = held_meeting(s)
        attachment = attach(s, target_of(s, meeting), data, name)
    with db.transaction("测试员") as s:
        extract_pending(s)
    return meeting, attachment


def _hits(db, query: str):
    with db.reading() as s:
        result = search_minutes(s, query)
    return result, [h for h in result.hits if h.kind == "attachment"]


def test_search_finds_a_phrase_inside_an_attached_docx(db):
    meeting, attachment = _attached(db, lambda s, m: Target("meeting", m),
                                    _docx("重点排查建筑工地农民工工资支付保证金落实情况。"), "工作方案.docx")
    result, hits = _hits(db, "工资支付保证金")
    assert result.attachments_total == 1
    (hit,) = hits
    assert (hit.meeting_id, hit.attachment_id, hit.title, hit.place) == (meeting, attachment, "工作方案.docx", "meeting")
    marked = [hit.snippet[a:b] for a, b in hit.highlights]
    assert marked == ["工资支付保证金"]


def test_search_finds_a_phrase_inside_an_attached_text_pdf(db):
    meeting, attachment = _attached(db, lambda s, m: Target("meeting", m),
                                    (FIXTURES / "evidence.pdf").read_bytes(), "排查报告.pdf")
    _, hits = _hits(db, "隐患企业 督促整改")
    assert [(h.meeting_id, h.attachment_id) for h in hits] == [(meeting, attachment)]


def test_search_finds_an_attachment_by_its_file_name_in_two_letters(db):
    _attached(db, lambda s, m: Target("meeting", m), b"\xff\xd8 photo", "欠薪现场照片.jpg")
    _, hits = _hits(db, "欠薪 照片")
    assert [h.title for h in hits] == ["欠薪现场照片.jpg"]
    assert hits[0].snippet == "欠薪现场照片.jpg"


def test_a_minutes_attachment_hit_names_the_current_minutes_version(db):
    def minutes_target(s, meeting):
        write_minutes(s, meeting)
        return Target("minutes", meeting)
    meeting, _ = _attached(db, minutes_target, "附件：欠薪企业名单（共三家）".encode(), "企业名单.txt")
    _, (hit,) = _hits(db, "欠薪企业名单")
    assert hit.place == "minutes" and hit.meeting_id == meeting and hit.minutes_id is not None


def test_action_material_hit_names_the_action_item(db):
    action = new_action(db)
    with db.transaction("测试员") as s:
        attach(s, Target("action", action), "整改回执".encode(), "整改回执.txt")
    _, (hit,) = _hits(db, "整改回执")
    assert hit.action_id == action and hit.place == "action"


def test_an_attachment_matching_only_some_terms_is_not_found(db):
    _attached(db, lambda s, m: Target("meeting", m), _docx("集体协商要约行动"), "方案.docx")
    assert _hits(db, "集体协商 不存在的词")[1] == []
