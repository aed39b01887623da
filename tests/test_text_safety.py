"""Control characters and bidi overrides never reach the database, a preview or a document."""

from __future__ import annotations

from datetime import datetime, timezone

import docx

from desktop.cli import main
from desktop.models import ActionItem, Meeting, Organisation
from desktop.services.calendar.ics_import import apply_ics_import, plan_ics_import
from desktop.services.directory.core import OrganisationData, create_organisation
from desktop.text import strip_controls
from tests.services.ics_samples import minimal


def test_escape_sequences_nul_and_overrides_are_removed_whole():
    assert strip_controls("甲\x1b[31m公司\x1b[0m\x00\u202e") == "甲公司"
    assert strip_controls("第一行\n第二行\t缩进") == "第一行\n第二行\t缩进"


def test_a_form_or_service_write_stores_no_control_character(db):
    org_id, _ = db.run(lambda s: create_organisation(s, OrganisationData(name="乙\u202e公司\x07")))
    assert db.run(lambda s: s.get(Organisation, org_id).name)[0] == "乙公司"


def test_an_imported_summary_with_nul_and_escapes_is_clean_in_the_preview_and_the_minutes(db, tmp_path):
    from desktop.exports.minutes_export import export_minutes
    from desktop.services.minutes.core import get_minutes, open_minutes

    data = minimal("UID:dirty@x", "DTSTART:20270310T010000Z", "DTEND:20270310T020000Z",
                   "SUMMARY:协调会\\x00\x1b[31m红字\u202e")
    data = data.replace(b"\\x00", b"\x00")
    plan = db.run(lambda s: plan_ics_import(s, data, "dispute", source="t.ics"))[0]
    assert [item.title for item in plan.items] == ["协调会红字"]
    db.run(lambda s: apply_ics_import(s, plan, today=datetime(2027, 1, 1, tzinfo=timezone.utc).date()))
    meeting_id = db.run(lambda s: s.query(Meeting.id).filter(Meeting.title == "协调会红字").scalar())[0]
    assert meeting_id is not None
    db.run(lambda s: open_minutes(s, meeting_id, "测试员"))
    view = db.run(lambda s: get_minutes(s, meeting_id))[0]
    out = export_minutes(view.content, tmp_path / "m.docx")
    text = "\n".join(p.text for p in docx.Document(out).paragraphs)
    assert "协调会红字" in text


def test_the_command_line_stores_a_title_without_its_escape_sequence(db, capsys):
    url = db.target.url.render_as_string(hide_password=False)
    assert main(["--database", url, "add", "action", "--body", "warning",
                 "--title", "\x1b[2J督促补缴\u202e"]) == 0
    action_id = int(capsys.readouterr().out.strip())
    assert db.run(lambda s: s.get(ActionItem, action_id).title)[0] == "督促补缴"
