"""The stable command line: --version, init, list, backup/restore, exit codes and error lines."""

from __future__ import annotations

import json
import os
import re
import sqlite3
import subprocess
import sys
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

import desktop
from desktop.cli import main
from desktop.config import LOCAL_TZ
from desktop.models import ActionItem, AuditEntry, Body, Meeting, Organisation
from tests.test_database_open import dump, plain_engine

LOCAL_TIME = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+08:00$")
MEETING_STATUSES = {"planned", "held", "postponed", "cancelled"}
ACTION_STATUSES = {"not_started", "in_progress", "awaiting_signoff", "done", "withdrawn"}


def run(capsys, *argv: str) -> tuple[int, str, str]:
    """``tripartite ARGV`` in-process: exit code (also from argparse's SystemExit), stdout, stderr."""
    try:
        code = main(list(argv))
    except SystemExit as exc:
        code = exc.code
    out, err = capsys.readouterr()
    return code, out, err


def listed(capsys, url: str, *args: str) -> list[dict]:
    code, out, err = run(capsys, "--database", url, "list", *args, "--format", "json")
    assert (code, err) == (0, "")
    return json.loads(out)


def shanghai(text: str) -> datetime:
    return datetime.strptime(text, "%Y-%m-%d %H:%M").replace(tzinfo=LOCAL_TZ)


# --- version, usage errors, error lines -------------------------------------------------------

def test_version_prints_the_package_version(capsys):
    assert run(capsys, "--version") == (0, f"tripartite {desktop.__version__}\n", "")


@pytest.mark.parametrize("argv", [
    ["frobnicate"],
    ["list"],
    ["list", "everything"],
    ["list", "meetings", "--from", "2026-13-01"],
    ["list", "meetings", "--format", "xml"],
    ["list", "meetings", "--from", "2026-03-02", "--to", "2026-03-01"],
    ["restore"],
    ["init", "--unknown-option"],
])
def test_usage_errors_exit_2_and_touch_no_database(tmp_path, capsys, argv):
    path = tmp_path / "never.db"
    code, _out, err = run(capsys, "--database", str(path), *argv)
    assert code == 2
    assert "tripartite: 用法错误：" in err
    assert not path.exists()


def test_error_exits_1_with_one_line_and_no_traceback(tmp_path, capsys):
    code, out, err = run(capsys, "--database", str(tmp_path / "没有" / "t.db"), "init")
    assert code == 1 and out == ""
    assert err.count("\n") == 1
    assert err.startswith("tripartite: 错误：数据库所在的文件夹不存在：")
    assert "Traceback" not in err
    assert not (tmp_path / "没有").exists()


def test_debug_adds_the_traceback(tmp_path, capsys):
    code, _out, err = run(capsys, "--debug", "--database", str(tmp_path / "没有" / "t.db"), "init")
    assert code == 1
    assert "Traceback (most recent call last)" in err
    assert err.rstrip().splitlines()[-1].startswith("tripartite: 错误：数据库所在的文件夹不存在")


def test_unexpected_failure_is_one_line_unless_debug(tmp_path, capsys, monkeypatch):
    def broken(_session):
        raise RuntimeError("种子数据坏了")

    monkeypatch.setattr("desktop.cli.data.seed", broken)
    url = str(tmp_path / "t.db")
    code, _out, err = run(capsys, "--database", url, "init")
    assert code == 1
    assert err == "tripartite: 内部错误：RuntimeError: 种子数据坏了（加 --debug 查看详情）\n"
    code, _out, err = run(capsys, "--debug", "--database", url, "init")
    assert code == 1 and "Traceback" in err and "RuntimeError: 种子数据坏了" in err


def test_list_on_a_database_that_does_not_exist_exits_1_and_creates_nothing(tmp_path, capsys):
    path = tmp_path / "missing.db"
    code, _out, err = run(capsys, "--database", str(path), "list", "bodies")
    assert code == 1 and "tripartite init" in err
    assert not path.exists()


def test_database_url_comes_from_the_environment_when_no_option_is_given(tmp_path, capsys, monkeypatch):
    path = tmp_path / "from-env.db"
    monkeypatch.setenv("TRIPARTITE_DATABASE_URL", f"sqlite:///{path.as_posix()}")
    assert run(capsys, "init")[0] == 0
    assert path.exists()


def test_default_database_lives_in_the_user_data_folder(tmp_path, capsys):
    assert run(capsys, "init")[0] == 0  # conftest points the data folder at tmp_path/data
    assert (tmp_path / "data" / "tripartite.db").is_file()


# --- init --------------------------------------------------------------------------------------

def test_init_twice_changes_nothing(db_url, capsys, monkeypatch):
    monkeypatch.setenv("TRIPARTITE_USER", "王秘书")
    code, out, _err = run(capsys, "--database", db_url, "init")
    assert code == 0 and out.startswith("已初始化数据库：")
    engine = plain_engine(db_url)
    first = dump(engine)
    code, out, _err = run(capsys, "--database", db_url, "init")
    assert code == 0 and out.startswith("数据库已是最新：")
    assert dump(engine) == first
    engine.dispose()
    assert len(first["bodies"]) == 5 and len(first["audit_log"]) > 0


def test_init_records_the_working_users_name_in_the_audit_log(db_url, capsys, monkeypatch):
    monkeypatch.setenv("TRIPARTITE_USER", "王秘书")
    assert run(capsys, "--database", db_url, "init")[0] == 0
    from desktop.db import open_database

    database = open_database(db_url)
    with database.reading() as session:
        users = set(session.scalars(select(AuditEntry.user)))
        inserted = session.scalar(select(func.count()).where(
            AuditEntry.action == "insert", AuditEntry.entity == "bodies"))
    database.dispose()
    assert users == {"王秘书"} and inserted == 5


# --- list --------------------------------------------------------------------------------------

def test_list_bodies_gives_the_five_keys_and_names(db, db_url, capsys):
    rows = listed(capsys, db_url, "bodies")
    assert [(r["key"], r["name"]) for r in rows] == [
        ("tripartite", "劳动关系三方协调机制"), ("dispute", "劳动争议三方调处机制"),
        ("warning", "劳资矛盾预警机制"), ("linkage", "群体突发事件七方联动机制"),
        ("bimonthly", "双月沟通机制")]


@pytest.mark.parametrize("kind", ["organisations", "people"])
def test_list_organisations_and_people_give_integer_ids_and_names(db, db_url, capsys, kind):
    rows = listed(capsys, db_url, kind)
    assert rows and all(type(r["id"]) is int and isinstance(r["name"], str) and r["name"] for r in rows)
    assert len({r["id"] for r in rows}) == len(rows)


def test_list_with_body_filters_members(db, db_url, capsys):
    names = {r["name"] for r in listed(capsys, db_url, "organisations", "--body", "dispute")}
    assert names == {"经开区总工会劳动争议调解中心", "经开区劳动人事争议仲裁院", "经开区人民法院"}


def test_list_with_an_unknown_body_exits_1_naming_the_keys(db, db_url, capsys):
    code, _out, err = run(capsys, "--database", db_url, "list", "meetings", "--body", "nope")
    assert code == 1 and "没有键为“nope”的机制" in err and "tripartite" in err


@pytest.fixture
def around_midnight(db):
    """Meetings either side of midnight in Shanghai, which is 16:00 UTC the day before."""
    starts = {
        "二月最后一刻": ("2026-02-28 23:59", "held"),
        "三月一日零点": ("2026-03-01 00:00", "planned"),
        "三月一日深夜": ("2026-03-01 23:30", "postponed"),
        "三月二日零点": ("2026-03-02 00:00", "cancelled"),
    }
    with db.transaction("测试员") as session:
        body_id = session.scalar(select(Body.id).where(Body.key == "tripartite"))
        for title, (start, status) in starts.items():
            begin = shanghai(start)
            session.add(Meeting(uid=f"{title}@test", body_id=body_id, title=title, start=begin,
                                end=begin + timedelta(hours=1), status=status))
    return starts


def test_list_meetings_json_fields_formats_and_statuses(around_midnight, db_url, capsys):
    rows = listed(capsys, db_url, "meetings")
    assert [r["title"] for r in rows] == list(around_midnight)  # every stored meeting, past too
    first = rows[1]
    assert {"id", "body", "title", "status", "start", "end"} <= set(first)
    assert type(first["id"]) is int
    assert (first["body"], first["start"], first["status"]) == (
        "tripartite", "2026-03-01T00:00:00+08:00", "planned")
    assert all(LOCAL_TIME.match(r["start"]) and LOCAL_TIME.match(r["end"]) for r in rows)
    assert [r["status"] for r in rows] == ["held", "planned", "postponed", "cancelled"]
    assert {r["status"] for r in rows} <= MEETING_STATUSES


def test_from_and_to_are_whole_days_in_shanghai_both_included(around_midnight, db_url, capsys):
    rows = listed(capsys, db_url, "meetings", "--from", "2026-03-01", "--to", "2026-03-01")
    # A filter on UTC days would have given 三月一日深夜 and 三月二日零点 instead.
    assert [r["title"] for r in rows] == ["三月一日零点", "三月一日深夜"]
    rows = listed(capsys, db_url, "meetings", "--from", "2026-03-02")
    assert [r["title"] for r in rows] == ["三月二日零点"]
    rows = listed(capsys, db_url, "meetings", "--to", "2026-02-28")
    assert [r["title"] for r in rows] == ["二月最后一刻"]


def test_list_actions_json_fields_and_inclusive_due_dates(db, db_url, capsys):
    with db.transaction("测试员") as session:
        body_id = session.scalar(select(Body.id).where(Body.key == "warning"))
        lead = session.scalar(select(Organisation.id).where(Organisation.short_name == "劳动监察"))
        for day, status in ((9, "not_started"), (10, "in_progress"), (11, "awaiting_signoff"),
                            (12, "done"), (13, "withdrawn")):
            session.add(ActionItem(body_id=body_id, title=f"督办{day}", due=date(2026, 3, day),
                                   status=status, lead_org_id=lead if day != 13 else None))
    rows = listed(capsys, db_url, "actions", "--from", "2026-03-10", "--to", "2026-03-12")
    assert [r["title"] for r in rows] == ["督办10", "督办11", "督办12"]
    assert {"id", "body", "title", "status", "due", "lead"} <= set(rows[0])
    assert (rows[0]["body"], rows[0]["due"], rows[0]["status"], rows[0]["lead"]) == (
        "warning", "2026-03-10", "in_progress", "经开区劳动保障监察大队")
    every = listed(capsys, db_url, "actions")
    assert {r["status"] for r in every} == ACTION_STATUSES
    assert next(r for r in every if r["title"] == "督办13")["lead"] == ""


def test_list_table_format_prints_a_header_and_rows(db, db_url, capsys):
    code, out, _err = run(capsys, "--database", db_url, "list", "bodies")
    lines = out.splitlines()
    assert code == 0 and lines[0].split() == ["key", "name", "doc_code"]
    assert lines[1].split()[:2] == ["tripartite", "劳动关系三方协调机制"]


# --- backup and restore ------------------------------------------------------------------------

def test_backup_and_restore_round_trip(tmp_path, capsys):
    live = tmp_path / "live.db"
    assert run(capsys, "--database", str(live), "init")[0] == 0
    copy = tmp_path / "copy.db"
    code, out, _err = run(capsys, "--database", str(live), "backup", "-o", str(copy))
    assert code == 0 and str(copy) in out
    conn = sqlite3.connect(live)
    conn.execute("DELETE FROM representatives")
    conn.commit()
    conn.close()
    code, out, _err = run(capsys, "--database", str(live), "restore", str(copy))
    assert code == 0 and "原数据库已另存为" in out
    conn = sqlite3.connect(live)
    assert conn.execute("SELECT count(*) FROM representatives").fetchone()[0] > 0
    conn.close()


def test_backup_of_a_postgresql_database_is_refused_with_advice(capsys, tmp_path):
    code, _out, err = run(capsys, "--database", "postgresql+psycopg://u@127.0.0.1/db",
                          "backup", "-o", str(tmp_path / "x.db"))
    assert code == 1 and "pg_dump" in err
    assert not (tmp_path / "x.db").exists()


# --- the real entry point ------------------------------------------------------------------------

def test_python_m_desktop_init_creates_and_seeds_the_database(tmp_path):
    path = tmp_path / "entry.db"
    env = {**os.environ, "TRIPARTITE_USER": "入口测试"}
    result = subprocess.run([sys.executable, "-m", "desktop", "--database", str(path), "init"],
                            capture_output=True, text=True, encoding="utf-8", env=env,
                            cwd=Path(desktop.__file__).resolve().parents[1], timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("已初始化数据库：")
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT count(*) FROM bodies").fetchone() == (5,)
    assert conn.execute("SELECT DISTINCT user FROM audit_log").fetchall() == [("入口测试",)]
    conn.close()


def test_a_postgresql_backup_into_a_folder_is_refused_in_one_line(capsys, tmp_path, monkeypatch):
    """``backup -o FOLDER`` on PostgreSQL: one line, exit 1, pg_dump never started (it was an
    internal IsADirectoryError, found by the command-line property test); ``-o ''`` is a usage
    error, as an empty file name is for every verb."""
    monkeypatch.setattr("shutil.which", lambda name: "/usr/bin/pg_dump")
    monkeypatch.setattr("subprocess.run", lambda *a, **k: pytest.fail("pg_dump started"))
    code, _out, err = run(capsys, "--database", "postgresql+psycopg://u@127.0.0.1/db", "backup", "-o", str(tmp_path))
    assert code == 1 and "是文件夹" in err and "内部错误" not in err and len(err.strip().splitlines()) == 1
    code, _out, err = run(capsys, "--database", "postgresql+psycopg://u@127.0.0.1/db", "backup", "-o", "")
    assert code == 2 and "文件或文件夹名不能为空" in err and "内部错误" not in err


@pytest.mark.parametrize("argv", [
    ("audit", "verify", "--anchor", ""),
    ("backup", "-o", ""),
    ("export", "ics", "-o", ""),
    ("import", "ics", ""),
    ("report", "actions", "-o", ""),
], ids=lambda argv: " ".join(argv[:2]))
def test_an_empty_file_name_is_a_usage_error_for_every_verb(capsys, tmp_path, argv):
    code, _out, err = run(capsys, "--database", str(tmp_path / "t.db"), *argv)
    assert code == 2 and "文件或文件夹名不能为空" in err and "内部错误" not in err


@pytest.mark.parametrize("folder", ["/", "."])
def test_a_sqlite_backup_into_a_folder_is_refused_in_one_line(capsys, tmp_path, folder):
    """``backup -o /`` was an internal ValueError (found by the command-line property test)."""
    db = str(tmp_path / "t.db")
    assert run(capsys, "--database", db, "init")[0] == 0
    code, _out, err = run(capsys, "--database", db, "backup", "-o", folder)
    assert code == 1 and "是文件夹" in err and "内部错误" not in err and len(err.strip().splitlines()) == 1
