"""``tripartite attach|detach|list attachments|export attachment``, end to end."""

from __future__ import annotations

import hashlib
import json
from datetime import datetime
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.services.minutes.search import search_minutes
from tests.services.action_support import new_action
from tests.services.minutes_support import held_meeting, write_minutes

FIXTURES = Path(__file__).parent.parent / "fixtures"


@pytest.fixture
def url(db) -> str:
    return db.target.url.render_as_string(hide_password=False)


def run(capsys, url, *args) -> tuple[int, str, str]:
    capsys.readouterr()
    code = main(["--database", url, *[str(a) for a in args]])
    out, err = capsys.readouterr()
    return code, out, err


def _meeting(db) -> int:
    with db.transaction("测试员") as s:
        return held_meeting(s)


def _listed(capsys, url, *target) -> list[dict]:
    code, out, err = run(capsys, url, "list", "attachments", *target, "--format", "json")
    assert code == 0, err
    return json.loads(out)


def test_attach_prints_ids_and_list_shows_every_field(db, url, capsys, tmp_path):
    meeting = _meeting(db)
    a, b = tmp_path / "会议议程.txt", tmp_path / "签到表.xlsx"
    a.write_text("一、欠薪风险研判", encoding="utf-8")
    b.write_bytes(b"PK\x03\x04 xlsx bytes")
    code, out, err = run(capsys, url, "attach", "meeting", meeting, a, b)
    assert code == 0, err
    ids = [int(line) for line in out.split()]
    assert len(ids) == 2
    rows = _listed(capsys, url, "meeting", meeting)
    assert [set(r) for r in rows] == [{"id", "name", "size", "sha256", "added", "by"}] * 2
    assert [(r["id"], r["name"], r["size"], r["by"]) for r in rows] == [
        (ids[0], "会议议程.txt", a.stat().st_size, "测试员"), (ids[1], "签到表.xlsx", b.stat().st_size, "测试员")]
    assert rows[1]["sha256"] == hashlib.sha256(b.read_bytes()).hexdigest()
    assert datetime.fromisoformat(rows[0]["added"]).utcoffset().total_seconds() == 8 * 3600


def test_export_gives_back_the_same_bytes_and_detach_removes(db, url, capsys, tmp_path):
    meeting = _meeting(db)
    source = FIXTURES / "evidence.pdf"
    attachment = int(run(capsys, url, "attach", "meeting", meeting, source, "--name", "排查报告.pdf")[1])
    out = tmp_path / "copy.pdf"
    code, printed, err = run(capsys, url, "export", "attachment", attachment, "-o", out)
    assert code == 0, err
    assert printed.strip() == str(out)
    assert hashlib.sha256(out.read_bytes()).digest() == hashlib.sha256(source.read_bytes()).digest()
    code, printed, _ = run(capsys, url, "detach", attachment)
    assert code == 0 and "排查报告.pdf" in printed
    assert _listed(capsys, url, "meeting", meeting) == []
    code, _, err = run(capsys, url, "detach", attachment)
    assert code == 1 and "附件不存在" in err


def test_attach_extracts_text_so_search_finds_it_at_once(db, url, capsys):
    meeting = _meeting(db)
    run(capsys, url, "attach", "meeting", meeting, FIXTURES / "evidence.pdf")
    with db.reading() as s:
        hits = search_minutes(s, "劳动报酬争议").hits
    assert [(h.kind, h.meeting_id) for h in hits] == [("attachment", meeting)]


def test_minutes_and_action_targets(db, url, capsys, tmp_path):
    meeting = _meeting(db)
    with db.transaction("测试员") as s:
        write_minutes(s, meeting)
    action = new_action(db)
    path = tmp_path / "附件.txt"
    path.write_text("附件", encoding="utf-8")
    assert run(capsys, url, "attach", "minutes", meeting, path)[0] == 0
    assert run(capsys, url, "attach", "action", action, path)[0] == 0
    assert [r["name"] for r in _listed(capsys, url, "minutes", meeting)] == ["附件.txt"]
    assert [r["name"] for r in _listed(capsys, url, "action", action)] == ["附件.txt"]
    assert _listed(capsys, url, "meeting", meeting) == []


def test_one_bad_file_stores_none_of_them(db, url, capsys, tmp_path):
    meeting = _meeting(db)
    good = tmp_path / "good.txt"
    good.write_text("ok", encoding="utf-8")
    (tmp_path / "文件夹").mkdir()
    code, out, err = run(capsys, url, "attach", "meeting", meeting, good, tmp_path / "文件夹")
    assert code == 1 and out == ""
    assert err.startswith("tripartite: 错误：") and "是文件夹" in err
    assert _listed(capsys, url, "meeting", meeting) == []


def test_bad_input_says_why_in_chinese(db, url, capsys, tmp_path):
    meeting = _meeting(db)
    path = tmp_path / "a.txt"
    path.write_text("x", encoding="utf-8")
    code, _, err = run(capsys, url, "attach", "meeting", meeting, path, "--name", "报告?.txt")
    assert code == 1 and "Windows 不允许的字符" in err
    code, _, err = run(capsys, url, "attach", "meeting", 99999, path)
    assert code == 1 and "会议不存在" in err
    code, _, err = run(capsys, url, "attach", "meeting", meeting, path, path, "--name", "x.txt")
    assert code == 2 and "--name 只能用于添加一个文件" in err
    code, _, err = run(capsys, url, "list", "attachments", "--format", "json")
    assert code == 2 and "用法错误" in err
    code, _, err = run(capsys, url, "list", "meetings", "meeting", meeting)
    assert code == 2 and "不接受附件目标" in err
