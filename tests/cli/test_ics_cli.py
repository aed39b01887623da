"""``export ics``, ``export invitation``, ``publish``, ``import ics`` and ``import reply``."""

from __future__ import annotations

from email import message_from_bytes, policy

import pytest
from icalendar import Calendar
from sqlalchemy import func, select

from desktop.cli import main
from desktop.models import Meeting, MeetingSeries
from desktop.services.calendar.settings import CalendarSettings, save_calendar_settings
from tests.exports.ics_support import build_scenario
from tests.services.ics_samples import outlook_bytes


@pytest.fixture
def url(db) -> str:
    return db.target.url.render_as_string(hide_password=False)


@pytest.fixture
def scenario(db):
    return build_scenario(db)


def summaries(path) -> list[str]:
    return sorted(str(e["SUMMARY"]) for e in Calendar.from_ical(path.read_bytes()).walk("VEVENT"))


def meetings(db) -> int:
    with db.reading() as s:
        return s.scalar(select(func.count()).select_from(Meeting))


def test_export_ics_writes_the_selected_calendar(db, url, scenario, tmp_path, capsys):
    out = tmp_path / "三方.ics"
    assert main(["--database", url, "export", "ics", "--body", "tripartite", "-o", str(out)]) == 0
    assert "已导出 1 个日程" in capsys.readouterr().out
    assert summaries(out) == ["三方协调委员会2026年第一次全体会议"]


def test_export_ics_by_person_and_dates(db, url, scenario, tmp_path):
    out = tmp_path / "liu.ics"
    args = ["--database", url, "export", "ics", "--person", str(scenario.people["刘芳"]),
            "--from", "2026-05-01", "--to", "2026-09-30", "-o", str(out)]
    assert main(args) == 0
    assert summaries(out) == ["双月沟通会", "双月沟通会", "双月沟通会（改期）"]


def test_export_ics_uses_the_saved_organizer_and_reminder(db, url, scenario, tmp_path):
    save_calendar_settings(CalendarSettings(organizer_name="秘书处", organizer_email="mishu@example.cn",
                                            reminder_minutes=60))
    out = tmp_path / "all.ics"
    assert main(["--database", url, "export", "ics", "--meeting", str(scenario.single_id), "-o", str(out)]) == 0
    (event,) = Calendar.from_ical(out.read_bytes()).walk("VEVENT")
    assert str(event["ORGANIZER"]) == "mailto:mishu@example.cn"
    assert event.walk("VALARM")[0]["TRIGGER"].to_ical() == b"-PT1H"


def test_export_ics_refuses_an_unknown_body(db, url, tmp_path, capsys):
    assert main(["--database", url, "export", "ics", "--body", "nobody", "-o", str(tmp_path / "x.ics")]) == 1
    assert "没有键为“nobody”的机制" in capsys.readouterr().err
    assert not (tmp_path / "x.ics").exists()


def test_publish_writes_the_folder(db, url, scenario, tmp_path, capsys):
    assert main(["--database", url, "publish", "--folder", str(tmp_path)]) == 0
    assert "all.ics" in capsys.readouterr().out
    assert summaries(tmp_path / "warning.ics") == ["春节前欠薪专项排查"]


def test_publish_without_a_folder_says_so(db, url, capsys):
    assert main(["--database", url, "publish"]) == 1
    assert "尚未设置日历发布文件夹" in capsys.readouterr().err


def test_import_ics_dry_run_previews_and_writes_nothing(db, url, tmp_path, capsys):
    path = tmp_path / "outlook.ics"
    path.write_bytes(outlook_bytes())
    assert main(["--database", url, "import", "ics", str(path), "--body", "dispute", "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "预览：新建 5 项" in out and "[新建] 系列" in out and "试运行：未写入任何数据。" in out
    assert meetings(db) == 0


def test_import_ics_imports_and_a_second_run_finds_nothing_to_do(db, url, tmp_path, capsys):
    path = tmp_path / "outlook.ics"
    path.write_bytes(outlook_bytes())
    assert main(["--database", url, "import", "ics", str(path), "--body", "dispute"]) == 0
    assert "已导入：新建 5 项" in capsys.readouterr().out
    with db.reading() as s:
        assert s.scalar(select(func.count()).select_from(MeetingSeries)) == 1
    assert main(["--database", url, "import", "ics", str(path), "--body", "dispute"]) == 0
    assert "没有需要写入的内容" in capsys.readouterr().out


def test_import_ics_refuses_a_malformed_file_with_its_line(db, url, tmp_path, capsys):
    path = tmp_path / "bad.ics"
    data = outlook_bytes().replace(b"DTSTART:20260401T090000", b"DTSTART:20260431T090000")
    line = data.split(b"\r\n").index(b"DTSTART:20260431T090000") + 1
    path.write_bytes(data)
    assert main(["--database", url, "import", "ics", str(path), "--body", "dispute"]) == 1
    err = capsys.readouterr().err
    assert f"日历文件第 {line} 行有误" in err and "20260431T090000" in err
    assert meetings(db) == 0


def test_export_invitation_writes_eml_drafts(db, url, scenario, tmp_path, capsys):
    assert main(["--database", url, "export", "invitation", "--series", str(scenario.series_id),
                 "-o", str(tmp_path)]) == 0
    captured = capsys.readouterr()
    assert "已生成 2 封邀请邮件" in captured.out and "张志强" in captured.err
    msg = message_from_bytes(sorted(tmp_path.glob("*.eml"))[0].read_bytes(), policy=policy.default)
    assert msg["Subject"].startswith("会议通知：双月沟通会")


def test_import_reply_records_the_reply(db, url, scenario, tmp_path, capsys):
    with db.reading() as s:
        uid = s.get(Meeting, scenario.single_id).uid
    path = tmp_path / "reply.ics"
    path.write_bytes(("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\nMETHOD:REPLY\r\nBEGIN:VEVENT\r\n"
                      f"UID:{uid}\r\nDTSTAMP:20260111T010000Z\r\nDTSTART:20260210T010000Z\r\n"
                      "ATTENDEE;PARTSTAT=DECLINED;CN=王建国:mailto:wangjg@example.cn\r\n"
                      "END:VEVENT\r\nEND:VCALENDAR\r\n").encode())
    assert main(["--database", url, "import", "reply", str(path)]) == 0
    assert "王建国（wangjg@example.cn）：谢绝，已记录到 1 次会议。" in capsys.readouterr().out
