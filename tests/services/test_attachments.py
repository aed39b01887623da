"""Attachments: stored once by SHA-256, read back byte for byte, refused when they are bad input."""

from __future__ import annotations

import hashlib
import json
import os
import stat
from pathlib import Path

import pytest
from docx import Document
from sqlalchemy import func, select

from desktop.changes import Topic
from desktop.errors import NotFoundError, UserError, ValidationError
from desktop.models import AttachmentContent, AuditEntry
from desktop.services.attachments import core
from desktop.services.attachments.core import Target, attach, detach, list_for, read_bytes
from desktop.services.attachments.extract import extract_pending, extract_text
from desktop.services.attachments.names import check_file_name
from desktop.services.attachments.settings import (
    AttachmentSettings,
    load_attachment_settings,
    save_attachment_settings,
)
from desktop.services.meetings.agenda import AgendaItemData, add_agenda_item
from desktop.services.meetings.core import create_meeting
from tests.services.action_support import new_action
from tests.services.meeting_support import local, meeting_data

FIXTURES = Path(__file__).parent.parent / "fixtures"


def _meeting(db, title="双月沟通会") -> int:
    with db.transaction("测试员") as s:
        return create_meeting(s, meeting_data(local(2026, 12, 3), title=title))


def _file(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def _attach(db, target: Target, source, name=None, **kw) -> int:
    return db.run(lambda s: attach(s, target, source, name, **kw), "测试员")[0]


def _contents(db) -> int:
    with db.reading() as s:
        return s.scalar(select(func.count()).select_from(AttachmentContent))


def test_every_attachment_reads_back_byte_for_byte(db, tmp_path):
    meeting = _meeting(db)
    action = new_action(db)
    files = {"议程.txt": "会议议程：欠薪排查".encode(), "照片.jpg": os.urandom(300_000),
             "空文件.bin": b"", "扫描件.pdf": (FIXTURES / "evidence.pdf").read_bytes()}
    ids = {}
    for i, (name, data) in enumerate(files.items()):
        target = Target("meeting", meeting) if i % 2 else Target("action", action)
        ids[name] = _attach(db, target, _file(tmp_path, name, data))
    with db.reading() as s:
        for name, data in files.items():
            got = read_bytes(s, ids[name])
            assert hashlib.sha256(got).hexdigest() == hashlib.sha256(data).hexdigest()
            assert got == data
        rows = list_for(s, Target("meeting", meeting))
    assert [(r.name, r.size, r.by) for r in rows] == [
        ("照片.jpg", 300_000, "测试员"), ("扫描件.pdf", len(files["扫描件.pdf"]), "测试员")]


def test_same_file_on_two_meetings_is_stored_once_and_survives_removing_one_link(db, tmp_path):
    first, second = _meeting(db, "第一次会议"), _meeting(db, "第二次会议")
    path = _file(tmp_path, "材料.docx", b"PK same bytes " * 100)
    before = _contents(db)
    a = _attach(db, Target("meeting", first), path)
    b = _attach(db, Target("meeting", second), path, "另一个名字.docx")
    assert _contents(db) == before + 1
    db.run(lambda s: detach(s, a), "测试员")
    assert _contents(db) == before + 1
    with db.reading() as s:
        assert read_bytes(s, b) == path.read_bytes()
        assert list_for(s, Target("meeting", first)) == ()
    db.run(lambda s: detach(s, b), "测试员")
    assert _contents(db) == before


def test_attach_and_detach_announce_the_meeting_they_change(db, tmp_path):
    meeting = _meeting(db)
    link, changes = db.run(lambda s: attach(s, Target("meeting", meeting), b"x", "a.txt"), "测试员")
    assert changes.touches(Topic.ATTACHMENTS)
    assert changes.ids(Topic.MEETINGS) == {meeting}
    _, changes = db.run(lambda s: detach(s, link), "测试员")
    assert changes.ids(Topic.MEETINGS) == {meeting}


def test_a_progress_report_attachment_announces_its_action_item(db):
    from desktop.services.actions.core import report_progress, start_action

    action = new_action(db)

    def report(s):
        start_action(s, action)
        return report_progress(s, action, "已走访企业三家", 40)
    update = db.run(report, "测试员")[0]
    _, changes = db.run(lambda s: attach(s, Target("report", update), b"jpg", "走访照片.jpg"), "测试员")
    assert changes.ids(Topic.ACTIONS) == {action}


def test_audit_log_names_the_file_but_never_holds_its_bytes(db, tmp_path):
    meeting = _meeting(db)
    secret = "身份证号 110101199001011234 ".encode() * 50
    link = _attach(db, Target("meeting", meeting), _file(tmp_path, "名单.txt", secret))
    db.run(lambda s: detach(s, link), "测试员")
    with db.reading() as s:
        rows = s.execute(select(AuditEntry.entity, AuditEntry.action, AuditEntry.changes)
                         .where(AuditEntry.entity.in_(("attachments", "attachment_contents")))
                         .order_by(AuditEntry.id)).all()
    actions = [(e, a) for e, a, _ in rows]
    assert ("attachments", "insert") in actions and ("attachments", "delete") in actions
    assert ("attachment_contents", "insert") in actions
    inserted = next(json.loads(c) for e, a, c in rows if (e, a) == ("attachments", "insert"))
    assert inserted["name"] == [None, "名单.txt"] and inserted["meeting_id"] == [None, meeting]
    assert all("110101199001011234" not in c for _, _, c in rows)


def test_file_over_the_limit_is_refused_and_nothing_is_stored(db, tmp_path):
    meeting = _meeting(db)
    before = _contents(db)
    with pytest.raises(UserError, match="超过附件大小上限"):
        _attach(db, Target("meeting", meeting), _file(tmp_path, "大.bin", b"x" * 2048), limit=1024)
    assert _contents(db) == before


def test_the_limit_is_a_setting_that_can_be_changed(db, tmp_path):
    assert load_attachment_settings().file_limit == 50 * 1024 * 1024
    save_attachment_settings(AttachmentSettings(file_limit=1000))
    assert load_attachment_settings().file_limit == 1000
    with pytest.raises(UserError, match="超过附件大小上限"):
        _attach(db, Target("meeting", _meeting(db)), _file(tmp_path, "a.bin", b"x" * 1001))


def test_a_folder_is_refused(db, tmp_path):
    (tmp_path / "材料").mkdir()
    with pytest.raises(UserError, match="是文件夹"):
        _attach(db, Target("meeting", _meeting(db)), tmp_path / "材料")


def test_an_unreadable_file_is_refused(db, tmp_path, monkeypatch):
    path = _file(tmp_path, "锁定.txt", b"secret")

    def denied(self, *args, **kwargs):  # chmod 0 does not stop root, who runs CI
        raise PermissionError(13, "Permission denied", str(self))
    monkeypatch.setattr(Path, "open", denied)
    with pytest.raises(UserError, match="无法读取文件.*Permission denied"):
        _attach(db, Target("meeting", _meeting(db)), path)


def test_a_missing_file_is_refused(db, tmp_path):
    with pytest.raises(UserError, match="文件不存在"):
        _attach(db, Target("meeting", _meeting(db)), tmp_path / "没有.txt")


def test_a_file_that_changes_while_it_is_read_is_refused(db, tmp_path, monkeypatch):
    path = _file(tmp_path, "扫描中.pdf", b"first part of a scan")
    real = core._hash_file
    calls = []

    def growing(p, limit, keep):
        result = real(p, limit, keep)
        if not calls:  # the scanner writes more between the copy and the check
            with open(p, "ab") as fh:
                fh.write(b" and the rest")
        calls.append(p)
        return result
    monkeypatch.setattr(core, "_hash_file", growing)
    meeting = _meeting(db)
    before = _contents(db)
    with pytest.raises(UserError, match="发生了变化"):
        _attach(db, Target("meeting", meeting), path)
    assert _contents(db) == before


@pytest.mark.parametrize("name", ["a<b.txt", "报告?.docx", "CON", "nul.txt", "com1.pdf", "材料.",
                                  "材料 ", "tab\there.txt", "", "x" * 256])
def test_a_name_windows_cannot_save_is_refused(name):
    with pytest.raises(ValidationError):
        check_file_name(name)


def test_ordinary_chinese_names_are_accepted():
    for name in ("关于欠薪排查的报告（定稿）.docx", "CONTRACT.pdf", "console.txt", "2026.11.20 会议.jpg"):
        assert check_file_name(name) == name


def test_a_bad_name_given_by_the_user_stores_nothing(db, tmp_path):
    before = _contents(db)
    with pytest.raises(ValidationError):
        _attach(db, Target("meeting", _meeting(db)), _file(tmp_path, "ok.txt", b"1"), "a|b.txt")
    assert _contents(db) == before


def test_a_missing_target_is_refused(db):
    with pytest.raises(NotFoundError, match="会议不存在"):
        _attach(db, Target("meeting", 99999), b"1", "a.txt")
    with pytest.raises(NotFoundError, match="还没有纪要"):
        _attach(db, Target("minutes", _meeting(db)), b"1", "a.txt")


def test_agenda_item_attachments_are_materials_of_its_meeting(db):
    meeting = _meeting(db)
    with db.transaction("测试员") as s:
        item = add_agenda_item(s, meeting, AgendaItemData("欠薪风险研判"))
    _attach(db, Target("meeting", meeting), b"1", "议程.docx")
    _, changes = db.run(lambda s: attach(s, Target("agenda", item), b"2", "研判报告.docx"), "测试员")
    assert changes.ids(Topic.MEETINGS) == {meeting}
    with db.reading() as s:
        assert [r.name for r in core.meeting_materials(s, meeting)] == ["议程.docx", "研判报告.docx"]


def test_export_copy_is_atomic_and_owner_only(db, tmp_path):
    link = _attach(db, Target("meeting", _meeting(db)), b"personal data", "名单.xlsx")
    out = tmp_path / "out"
    out.mkdir()
    with db.reading() as s:
        path = core.export_copy(s, link, out / "副本.xlsx")
    assert path.read_bytes() == b"personal data"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert [p.name for p in out.iterdir()] == ["副本.xlsx"]


def test_totals_count_links_files_and_bytes(db):
    meeting = _meeting(db)
    with db.reading() as s:
        before = core.totals(s)
    _attach(db, Target("meeting", meeting), b"12345", "a.txt")
    _attach(db, Target("meeting", meeting), b"12345", "b.txt")
    _attach(db, Target("meeting", meeting), b"123", "c.txt")
    with db.reading() as s:
        after = core.totals(s)
    assert (after.links - before.links, after.files - before.files, after.bytes - before.bytes) == (3, 2, 8)


# ---------------------------------------------------------------- text extraction

def _docx_bytes(*paragraphs: str) -> bytes:
    import io

    doc = Document()
    for p in paragraphs:
        doc.add_paragraph(p)
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def test_text_is_extracted_from_docx_txt_and_text_pdf():
    assert "集体协商要约" in extract_text("a.docx", _docx_bytes("推进集体协商要约行动"))
    assert extract_text("a.txt", "欠薪台账".encode("gb18030")) == "欠薪台账"
    assert extract_text("a.txt", "\ufeff欠薪台账".encode()) == "欠薪台账"
    assert "劳动报酬争议隐患企业" in extract_text("a.pdf", (FIXTURES / "evidence.pdf").read_bytes())


def test_a_file_that_cannot_be_read_is_simply_not_indexed(db):
    assert extract_text("损坏.pdf", b"%PDF-1.4 garbage") is None
    assert extract_text("损坏.docx", b"not a zip") is None
    assert extract_text("照片.jpg", b"\xff\xd8") is None
    _attach(db, Target("meeting", _meeting(db)), b"not a zip", "损坏.docx")
    with db.transaction("测试员") as s:
        assert extract_pending(s) >= 1
        assert extract_pending(s) == 0  # tried once, not again
