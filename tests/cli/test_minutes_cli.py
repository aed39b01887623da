"""``tripartite minutes …`` and ``tripartite export minutes``: the workflow scripted end to end."""

from __future__ import annotations

import json

import pytest
from docx import Document

from desktop.cli import main
from desktop.exports.docx_pdf import find_soffice
from tests.services.minutes_support import held_meeting, issued_minutes, write_minutes
from tests.support import need


@pytest.fixture
def url(db) -> str:
    return db.target.url.render_as_string(hide_password=False)


def run(capsys, url, *args) -> tuple[int, str, str]:
    capsys.readouterr()
    code = main(["--database", url, *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_workflow_from_draft_to_issued_number(db, url, capsys):
    with db.transaction() as s:
        meeting_id = held_meeting(s)
    assert run(capsys, url, "minutes", "open", str(meeting_id))[1].strip() == "纪要：第 1 版，草稿"
    with db.transaction() as s:
        write_minutes(s, meeting_id)
    assert run(capsys, url, "minutes", "submit", str(meeting_id))[0] == 0
    code, out, _ = run(capsys, url, "minutes", "issue", str(meeting_id))
    assert code == 0 and out.strip().endswith("〕1号")
    listed = json.loads(run(capsys, url, "list", "meetings", "--format", "json")[1])
    assert listed[0]["minutes_state"] == "issued" and listed[0]["document_number"] == out.strip()


def test_issue_without_decisions_asks_for_confirm_empty(db, url, capsys):
    with db.transaction() as s:
        meeting_id = held_meeting(s)
        write_minutes(s, meeting_id, decisions=())
    run(capsys, url, "minutes", "submit", str(meeting_id))
    code, _, err = run(capsys, url, "minutes", "issue", str(meeting_id))
    assert code == 1 and "--confirm-empty" in err and "没有议定事项" in err
    assert run(capsys, url, "minutes", "issue", str(meeting_id), "--confirm-empty")[0] == 0


def test_export_latest_and_an_older_version(db, url, capsys, tmp_path):
    meeting_id, _, number = issued_minutes(db)
    run(capsys, url, "minutes", "correct", str(meeting_id), "--note", "更正结束语")
    with db.transaction() as s:
        from desktop.services.minutes.core import get_minutes, save_draft
        view = get_minutes(s, meeting_id)
        save_draft(s, view.id, view.content.with_changes(closing="这是更正后的结束语。"))
    code, out, _ = run(capsys, url, "export", "minutes", str(meeting_id), "-o", str(tmp_path / "new.docx"))
    assert code == 0
    assert run(capsys, url, "export", "minutes", str(meeting_id), "--version", "1",
               "-o", str(tmp_path / "old.docx"))[0] == 0
    new = [p.text for p in Document(str(tmp_path / "new.docx")).paragraphs]
    old = [p.text for p in Document(str(tmp_path / "old.docx")).paragraphs]
    assert number in new and number in old
    assert "这是更正后的结束语。" in new and "这是更正后的结束语。" not in old
    code, out, _ = run(capsys, url, "minutes", "diff", str(meeting_id), "1", "2")
    assert "+这是更正后的结束语。" in out


def test_export_pdf_through_libreoffice(db, url, capsys, tmp_path):
    need(find_soffice() is not None, "LibreOffice (soffice) is not installed")
    meeting_id, _, _ = issued_minutes(db)
    code, _, _ = run(capsys, url, "export", "minutes", str(meeting_id), "-o", str(tmp_path / "m.pdf"))
    assert code == 0 and (tmp_path / "m.pdf").read_bytes().startswith(b"%PDF")


def test_export_pdf_with_qt_when_libreoffice_is_missing(db, url, capsys, tmp_path, monkeypatch):
    monkeypatch.setenv("TRIPARTITE_SOFFICE", "none")
    meeting_id, _, _ = issued_minutes(db)
    code, _, _ = run(capsys, url, "export", "minutes", str(meeting_id), "-o", str(tmp_path / "q.pdf"))
    assert code == 0 and (tmp_path / "q.pdf").read_bytes().startswith(b"%PDF")


def test_search_prints_hits_with_highlight_offsets(db, url, capsys):
    meeting_id, _, _ = issued_minutes(db)
    code, out, _ = run(capsys, url, "minutes", "search", "欠薪", "--format", "json")
    hits = json.loads(out)
    assert code == 0 and {h["kind"] for h in hits} == {"minutes", "decision"}
    first = hits[0]
    start, end = first["highlights"][0]
    assert first["snippet"][start:end] == "欠薪" and first["meeting_id"] == meeting_id


def test_distribute_writes_eml_files_without_a_server(db, url, capsys, tmp_path):
    from sqlalchemy import update

    from desktop.models import Person
    with db.transaction() as s:
        s.execute(update(Person).where(Person.name == "王建国").values(email="wangjg@example.org"))
    meeting_id, _, _ = issued_minutes(db)
    code, out, _ = run(capsys, url, "minutes", "distribute", str(meeting_id),
                       "--eml-dir", str(tmp_path))
    assert code == 0 and "wangjg@example.org" in out
    assert len(list(tmp_path.glob("*.eml"))) == 1
    rows = json.loads(run(capsys, url, "minutes", "deliveries", str(meeting_id), "--format", "json")[1])
    assert [(r["address"], r["status"]) for r in rows] == [("wangjg@example.org", "written")]
