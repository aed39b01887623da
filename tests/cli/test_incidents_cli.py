"""``add incident``, ``incident notify|ack|close|report|export|event|level`` and ``list incidents``:
the JSON contract with its late flags, one-line Chinese refusals (exit 1) that write nothing,
usage errors (exit 2), and a report exported as .docx."""

from __future__ import annotations

import json

import pytest
from docx import Document
from sqlalchemy import func, select

from desktop.cli import main
from desktop.models import Incident, IncidentEvent, IncidentParty, IncidentReport
from tests.services.incident_support import enterprise_id
from tests.services.warning_support import C

BEGAN = "2026-03-02 08:40"
LEARNED = "2026-03-02 09:00"
CONTRACT = ["id", "level", "status", "began", "parties"]
PARTY_CONTRACT = ["party", "notified", "acknowledged", "late"]


@pytest.fixture
def url(db) -> str:
    enterprise_id(db)
    return db.target.url.render_as_string(hide_password=False)


def cli(url, *args) -> int:
    return main(["--database", url, *args])


def out(url, capsys, *args) -> str:
    capsys.readouterr()
    assert cli(url, *args) == 0
    return capsys.readouterr().out.strip()


def refused(url, capsys, *args, code: int = 1) -> str:
    capsys.readouterr()
    assert cli(url, *args) == code
    err = capsys.readouterr().err.strip()
    assert err and "\n" not in err
    return err


def add(url, capsys, *extra, level="2") -> int:
    return int(out(url, capsys, "add", "incident", "--enterprise", C[0], "--level", level, "--began", BEGAN,
                   "--learned", LEARNED, "--workers", "40", "--title", "欠薪聚集", *extra))


def listed(url, capsys, *extra) -> list[dict]:
    return json.loads(out(url, capsys, "list", "incidents", "--format", "json", *extra))


def count(db, entity=Incident) -> int:
    with db.reading() as s:
        return s.scalar(select(func.count()).select_from(entity))


def party(record: dict, name: str) -> dict:
    return next(p for p in record["parties"] if name in p["party"])


def test_add_incident_prints_the_new_id_and_numbers_it(db, url, capsys):
    incident_id = add(url, capsys, "--place", "厂区门口")
    with db.reading() as s:
        incident = s.get(Incident, incident_id)
        assert (incident.number, incident.level, incident.workers, incident.place, incident.drill) == (
            "（2026）联动第1号", 2, 40, "厂区门口", False)


def test_notify_and_ack_at_given_times_show_in_the_list_with_exact_late_flags(db, url, capsys):
    incident_id = add(url, capsys)                       # level II: 60 minutes from 09:00
    out(url, capsys, "incident", "notify", str(incident_id), "--party", "公安", "--channel", "电话",
        "--at", "2026-03-02 09:25")
    out(url, capsys, "incident", "ack", str(incident_id), "--party", "公安", "--at", "2026-03-02 09:30",
        "--by", "值班员")
    capsys.readouterr()
    assert cli(url, "incident", "notify", str(incident_id), "--party", "信访", "--channel", "传真",
               "--at", "2026-03-02 10:15") == 0
    assert "超过时限" in capsys.readouterr().err
    [record] = listed(url, capsys)
    assert set(record) == {*CONTRACT, "number", "title", "enterprise"}
    assert (record["id"], record["level"], record["status"], record["began"]) == (
        incident_id, 2, "open", "2026-03-02T08:40:00+08:00")
    assert all(list(p) == PARTY_CONTRACT for p in record["parties"])
    assert party(record, "公安") == {"party": "经开区公安分局", "notified": "2026-03-02T09:25:00+08:00",
                                     "acknowledged": "2026-03-02T09:30:00+08:00", "late": False}
    assert party(record, "信访") == {"party": "经开区信访办公室", "notified": "2026-03-02T10:15:00+08:00",
                                     "acknowledged": None, "late": True}
    assert [p["late"] for p in record["parties"]].count(True) == 6   # the hour is long over for the rest


@pytest.mark.parametrize("change, field", [
    ({"--level": "5"}, "级别"),
    ({"--level": "Ⅱ"}, "级别"),
    ({"--began": "2026-03-02 8点"}, "发生时间"),
    ({"--began": "2099-01-01 08:00"}, "晚于现在"),
    ({"--enterprise": C[9]}, "企业名录"),
])
def test_add_incident_refusals_exit_1_with_one_chinese_line_and_write_nothing(db, url, capsys, change, field):
    values = {"--enterprise": C[0], "--level": "2", "--began": BEGAN, "--title": "欠薪聚集"} | change
    err = refused(url, capsys, "add", "incident", *[x for pair in values.items() for x in pair])
    assert field in err and "错误" in err
    assert count(db) == 0


def test_notify_of_an_unknown_party_exits_1_and_changes_nothing(db, url, capsys):
    incident_id = add(url, capsys)
    err = refused(url, capsys, "incident", "notify", str(incident_id), "--party", "税务", "--channel", "电话",
                  "--at", "2026-03-02 09:10")
    assert "没有“税务”" in err
    with db.reading() as s:
        assert s.scalar(select(func.count()).select_from(IncidentParty)
                        .where(IncidentParty.notified_at.is_not(None))) == 0


@pytest.mark.parametrize("args, words", [
    (["--party", "公安", "--channel", "电话", "--at", "2026-3-2 9:10:00"], "格式不正确"),
    (["--party", "公安", "--channel", "电报", "--at", "2026-03-02 09:10"], "没有通知方式"),
    (["--party", "公安", "--channel", "电话", "--at", "2026-03-01 09:10"], "早于事件发生时间"),
])
def test_notify_with_a_bad_time_or_channel_exits_1(db, url, capsys, args, words):
    incident_id = add(url, capsys)
    assert words in refused(url, capsys, "incident", "notify", str(incident_id), *args)


def test_ack_before_the_notification_exits_1(db, url, capsys):
    incident_id = add(url, capsys)
    assert "尚未向" in refused(url, capsys, "incident", "ack", str(incident_id), "--party", "法院",
                               "--at", "2026-03-02 09:10")


def test_close_ends_the_incident_and_then_refuses_notifications(db, url, capsys):
    incident_id = add(url, capsys)
    assert out(url, capsys, "incident", "close", str(incident_id), "--summary", "企业补发工资，职工散去",
               "--at", "2026-03-02 15:00") == str(incident_id)
    assert [r["status"] for r in listed(url, capsys, "--status", "closed")] == ["closed"]
    assert listed(url, capsys, "--status", "open") == []
    assert "已结束" in refused(url, capsys, "incident", "notify", str(incident_id), "--party", "法院",
                               "--channel", "电话", "--at", "2026-03-02 15:10")


def test_report_with_a_draft_prints_id_and_title_and_exports_as_docx(db, url, capsys, tmp_path):
    incident_id = add(url, capsys)
    first = out(url, capsys, "incident", "report", str(incident_id), "--kind", "initial", "--draft",
                "--at", "2026-03-02 09:40")
    report_id, title = first.split()
    assert title == "初报"
    body = tmp_path / "body.txt"
    body.write_text("一、新情况\n企业已筹措资金。\n", encoding="utf-8")
    out(url, capsys, "incident", "report", str(incident_id), "--kind", "followup", "--body-file", str(body),
        "--at", "2026-03-02 11:00")
    second_id, second_title = out(url, capsys, "incident", "report", str(incident_id), "--kind", "followup",
                                  "--body-file", str(body), "--at", "2026-03-02 12:00").split()
    assert second_title == "续报二"
    path = tmp_path / "续报二.docx"
    assert out(url, capsys, "incident", "export", str(incident_id), "--report", second_id,
               "--output", str(path)) == str(path)
    doc = Document(str(path))
    assert doc.paragraphs[0].text == "北京甲科技有限公司欠薪聚集情况续报二"
    assert doc.paragraphs[1].text == "（2026）联动第1号 · 续报二"
    initial = tmp_path / "初报.docx"
    out(url, capsys, "incident", "export", str(incident_id), "--report", report_id, "-o", str(initial))
    assert len(Document(str(initial)).tables[0].rows) == 8


def test_a_followup_before_the_initial_report_exits_1_and_writes_nothing(db, url, capsys):
    incident_id = add(url, capsys)
    assert "请先报送初报" in refused(url, capsys, "incident", "report", str(incident_id), "--kind", "followup",
                                  "--draft")
    assert count(db, IncidentReport) == 0


def test_report_body_file_missing_exits_1(db, url, capsys, tmp_path):
    incident_id = add(url, capsys)
    assert "无法读取文件" in refused(url, capsys, "incident", "report", str(incident_id), "--kind", "initial",
                                  "--body-file", str(tmp_path / "none.txt"))


def test_export_of_another_incidents_report_exits_1_and_writes_nothing(db, url, capsys, tmp_path):
    first, second = add(url, capsys), add(url, capsys)
    report_id, _ = out(url, capsys, "incident", "report", str(first), "--kind", "initial", "--draft").split()
    path = tmp_path / "x.docx"
    assert "不属于事件" in refused(url, capsys, "incident", "export", str(second), "--report", report_id,
                                "-o", str(path))
    assert not path.exists()


def test_export_to_a_file_not_ending_in_docx_is_a_usage_error(db, url, capsys, tmp_path):
    incident_id = add(url, capsys)
    refused(url, capsys, "incident", "export", str(incident_id), "--report", "1", "-o", str(tmp_path / "a.pdf"),
            code=2)


def test_event_and_level_go_on_the_timeline(db, url, capsys):
    incident_id = add(url, capsys, level="4")
    event_id = int(out(url, capsys, "incident", "event", str(incident_id), "--text", "公安到场维持秩序",
                       "--at", "2026-03-02 09:20"))
    out(url, capsys, "incident", "level", str(incident_id), "--level", "2", "--reason", "人数增加到200人")
    with db.reading() as s:
        events = {e.id: (e.kind, e.text) for e in s.scalars(select(IncidentEvent))}
        assert s.get(Incident, incident_id).level == 2
    assert events[event_id] == ("action", "公安到场维持秩序")
    assert ("level", "Ⅳ级 → Ⅱ级：人数增加到200人") in events.values()
    assert [r["level"] for r in listed(url, capsys)] == [2]


def test_a_bad_level_for_level_exits_1_and_keeps_the_level(db, url, capsys):
    incident_id = add(url, capsys, level="3")
    assert "级别" in refused(url, capsys, "incident", "level", str(incident_id), "--level", "0")
    with db.reading() as s:
        assert s.get(Incident, incident_id).level == 3


def test_a_drill_is_listed_and_exported_with_its_mark(db, url, capsys, tmp_path):
    incident_id = add(url, capsys, "--drill")
    report_id, _ = out(url, capsys, "incident", "report", str(incident_id), "--kind", "initial", "--draft").split()
    path = tmp_path / "drill.docx"
    out(url, capsys, "incident", "export", str(incident_id), "--report", report_id, "-o", str(path))
    assert Document(str(path)).paragraphs[1].text.startswith("【演练】")


@pytest.mark.parametrize("args", [
    ["list", "incidents", "--status", "active"],
    ["list", "warnings", "--status", "closed"],
    ["list", "incidents", "--from", "2026-03-01"],
    ["incident", "report", "1", "--kind", "weekly", "--draft"],
    ["incident", "report", "1", "--kind", "initial"],
])
def test_usage_errors_exit_2(url, capsys, args):
    capsys.readouterr()
    try:
        code = cli(url, *args)
    except SystemExit as exc:                 # argparse's own refusals
        code = exc.code
    assert code == 2
    assert "用法错误" in capsys.readouterr().err


def test_list_incidents_as_a_table_names_the_late_parties(db, url, capsys):
    add(url, capsys)
    table = out(url, capsys, "list", "incidents")
    assert "（2026）联动第1号" in table and "0/7" in table and "经开区公安分局" in table
