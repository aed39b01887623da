"""``user add|list|disable|reset-password|signin`` and the sign-in every verb goes through once
the database asks for one (PostgreSQL: once a user exists; SQLite: after ``user signin on``);
then what each role may do, down to every writing verb a 查看 user tries on a real record."""

from __future__ import annotations

import argparse
import io
import json
from pathlib import Path

import pytest
from sqlalchemy import func, select

from desktop.cli import build_parser, main
from desktop.models import AuditEntry, Body, EarlyWarning, User
from desktop.services.minutes.core import get_minutes
from tests.cli.record_support import Records
from tests.services.test_dispute_cases import enterprises
from tests.services.warning_support import C, suggested

PASSWORD = "correct horse"


@pytest.fixture
def url(db) -> str:
    return db.target.url.render_as_string(hide_password=False)


def cli(url, *args, stdin: str | None = None, monkeypatch=None) -> int:
    if stdin is not None:
        monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    return main(["--database", url, *args])


def as_user(monkeypatch, name: str, password: str = PASSWORD) -> None:
    monkeypatch.setenv("TRIPARTITE_USER", name)
    monkeypatch.setenv("TRIPARTITE_PASSWORD", password)


def add_user(url, monkeypatch, name, role, *extra) -> int:
    return cli(url, "user", "add", name, "--role", role, "--password-stdin", *extra,
               stdin=PASSWORD + "\n", monkeypatch=monkeypatch)


@pytest.fixture
def office(db, url, monkeypatch, capsys):
    """An administrator (王主任), a secretary, a leader and a viewer; sign-in on."""
    assert add_user(url, monkeypatch, "admin", "admin", "--display", "王主任") == 0
    as_user(monkeypatch, "admin")
    for name, role in (("wang", "secretary"), ("li", "leader"), ("zhao", "viewer")):
        assert add_user(url, monkeypatch, name, role) == 0
    assert cli(url, "user", "signin", "on") == 0
    capsys.readouterr()
    return url


def refused(url, capsys, *args, stdin=None, monkeypatch=None) -> str:
    capsys.readouterr()
    assert cli(url, *args, stdin=stdin, monkeypatch=monkeypatch) == 1
    err = capsys.readouterr().err.strip()
    assert err and "\n" not in err
    return err


def listed(url, capsys) -> list[dict]:
    capsys.readouterr()
    assert cli(url, "user", "list", "--format", "json") == 0
    return json.loads(capsys.readouterr().out)


def writes(db) -> int:
    """Audit entries of changed rows (sign-ins not counted)."""
    with db.reading() as s:
        return s.scalar(select(func.count()).select_from(AuditEntry).where(
            AuditEntry.action.in_(("insert", "update", "delete", "reveal", "purge"))))


def test_the_first_administrator_is_added_without_a_sign_in(db, url, monkeypatch, capsys):
    monkeypatch.delenv("TRIPARTITE_PASSWORD", raising=False)
    assert add_user(url, monkeypatch, "admin", "admin", "--display", "王主任") == 0
    assert "已添加用户：admin（管理员）" in capsys.readouterr().out
    with db.reading() as s:
        stored = s.scalar(select(User.password_hash))
    assert stored.startswith("scrypt$16384$8$1$") and PASSWORD not in stored


def test_list_json_has_name_display_role_active_and_locked(office, capsys):
    rows = listed(office, capsys)
    assert rows[0] == {"name": "admin", "display": "王主任", "organisation": "", "role": "admin",
                       "active": True, "locked": False}
    assert [r["name"] for r in rows] == ["admin", "li", "wang", "zhao"]


def test_disable_keeps_the_user_listed_as_inactive_and_they_cannot_sign_in(office, monkeypatch, capsys):
    assert cli(office, "user", "disable", "wang") == 0
    assert {r["name"]: r["active"] for r in listed(office, capsys)}["wang"] is False
    as_user(monkeypatch, "wang")
    assert "已停用" in refused(office, capsys, "list", "bodies")


def test_a_wrong_password_exits_1_with_one_line(office, monkeypatch, capsys):
    as_user(monkeypatch, "admin", "not the password")
    assert "登录名或密码不正确" in refused(office, capsys, "list", "bodies")


def test_no_password_at_all_exits_1_naming_the_variables(office, monkeypatch, capsys):
    monkeypatch.delenv("TRIPARTITE_PASSWORD")
    monkeypatch.setattr("desktop.cli.common._password", lambda name: None)  # no keyring entry either
    assert "TRIPARTITE_PASSWORD" in refused(office, capsys, "list", "bodies")


def test_five_wrong_passwords_lock_the_user_shown_in_list(office, monkeypatch, capsys):
    as_user(monkeypatch, "wang", "wrong password")
    errors = [refused(office, capsys, "list", "bodies") for _ in range(5)]
    assert "锁定至" in errors[-1]
    as_user(monkeypatch, "admin")
    assert {r["name"]: r["locked"] for r in listed(office, capsys)}["wang"] is True
    assert cli(office, "user", "reset-password", "wang", "--password-stdin", stdin="another password\n",
               monkeypatch=monkeypatch) == 0
    as_user(monkeypatch, "wang", "another password")
    assert cli(office, "list", "bodies") == 0


def test_the_signed_in_display_name_is_what_the_audit_log_records(db, office, monkeypatch, capsys):
    assert cli(office, "add", "action", "--body", "tripartite", "--title", "督促企业补缴社保") == 0
    with db.reading() as s:
        who = s.scalar(select(AuditEntry.user).where(AuditEntry.entity == "action_items"))
    assert who == "王主任"


def test_a_viewers_new_user_is_refused(db, office, monkeypatch, capsys):
    as_user(monkeypatch, "zhao")
    assert "无权管理用户" in refused(office, capsys, "user", "add", "qian", "--role", "viewer", "--password-stdin",
                                  stdin=PASSWORD + "\n", monkeypatch=monkeypatch)
    as_user(monkeypatch, "admin")
    assert len(listed(office, capsys)) == 4


def test_a_secretary_cannot_lift_a_warning_but_a_leader_can(db, office, monkeypatch, capsys):
    wid = suggested(db)
    as_user(monkeypatch, "wang")
    assert "签发或解除预警" in refused(office, capsys, "warning", "issue", str(wid))
    as_user(monkeypatch, "li")
    assert cli(office, "warning", "issue", str(wid)) == 0
    as_user(monkeypatch, "wang")
    assert "签发或解除预警" in refused(office, capsys, "warning", "lift", str(wid), "--reason", "已补发")
    with db.reading() as s:
        assert s.get(EarlyWarning, wid).status == "active"


def test_restore_needs_the_administrator(db, office, monkeypatch, capsys, tmp_path):
    if not db.is_sqlite:
        pytest.skip("restore is for SQLite files; PostgreSQL uses pg_restore")
    copy = tmp_path / "copy.db"
    assert cli(office, "backup", "-o", str(copy)) == 0
    as_user(monkeypatch, "li")
    assert "无权从备份恢复数据库" in refused(office, capsys, "restore", str(copy))
    as_user(monkeypatch, "admin")
    assert cli(office, "restore", str(copy)) == 0


def test_a_sqlite_file_without_sign_in_works_as_before(db, url, monkeypatch, capsys):
    if not db.is_sqlite:
        pytest.skip("PostgreSQL asks for a sign-in as soon as a user exists")
    assert add_user(url, monkeypatch, "admin", "admin") == 0
    monkeypatch.delenv("TRIPARTITE_PASSWORD", raising=False)
    assert cli(url, "add", "action", "--body", "tripartite", "--title", "督促企业补缴社保") == 0
    with db.reading() as s:
        assert s.scalar(select(AuditEntry.user).where(AuditEntry.entity == "action_items")) == "测试员"


# ---------------------------------------------------------------- every writing verb, on real records

#: Every writing verb, each on a real record (``{name}``: ``Records``), for the viewer to try.
WRITING_VERBS = [
    ("import", "people", "{people}"),
    ("import", "actions", "{ledger}", "--body", "tripartite"),
    ("import", "ics", "{ics}", "--body", "tripartite"),
    ("import", "reply", "{reply}"),
    ("import", "enterprises", "{register}"),
    ("add", "meeting", "--body", "tripartite", "--title", "三方会议", "--start", "2026-03-10 09:30",
     "--end", "2026-03-10 11:30"),
    ("add", "action", "--body", "tripartite", "--title", "督促企业补缴社保"),
    ("add", "case", "--employer", C[0], "--received", "2026-03-02", "--category", "劳动报酬", "--applicant", "张三"),
    ("add", "incident", "--enterprise", C[0], "--level", "2", "--began", "2026-03-02 08:00", "--title", "欠薪聚集"),
    ("demo", "--scale", "small"),
    ("restore", "{backup}"),
    ("minutes", "open", "{held}"),
    ("minutes", "submit", "{draft}"),
    ("minutes", "return", "{review}", "--reason", "请补充议定事项"),
    ("minutes", "issue", "{review}"),
    ("minutes", "correct", "{issued}", "--note", "更正参会人员"),
    ("minutes", "act", "{issued}", "1", "--lead", "{lead}"),
    ("minutes", "distribute", "{issued}", "--eml-dir", "{out}"),
    ("attach", "meeting", "{held}", "{text}"),
    ("detach", "{attachment}"),
    ("screening", "new", "--name", "春节前排查", "--from", "2027-01-04", "--to", "2027-02-05"),
    ("screening", "import", "{campaign}", "{sheet}"),
    ("warning", "issue", "{suggestion}"),
    ("warning", "adjust", "{warning}", "--level", "red", "--reason", "欠薪人数增加"),
    ("warning", "extend", "{warning}", "--until", "2027-12-31"),
    ("warning", "lift", "{warning}", "--reason", "已整改"),
    ("warning", "dismiss", "{suggestion}", "--reason", "不予预警"),
    ("warning", "agenda", "{warning}"),
    ("case", "advance", "{case}", "--to", "调解中", "--on", "2026-03-03"),
    ("case", "extend", "{case}", "--days", "15", "--reason", "双方同意延期"),
    ("case", "pause", "{case}", "--from", "2026-03-06", "--reason", "申请人住院"),
    ("case", "resume", "{paused}", "--last", "2026-03-09"),
    ("case", "warning", "{collective}"),
    ("export", "case", "{case}", "--document", "application", "-o", "{out}/申请书.docx"),  # a reveal entry
    ("list", "cases", "--unmask", "--from", "{received}"),                               # a reveal entry each
    ("purge",),
    ("incident", "notify", "{incident}", "--party", "公安", "--channel", "电话"),
    ("incident", "ack", "{notified}", "--party", "公安"),
    ("incident", "close", "{incident}", "--summary", "欠薪已发放，人员已疏散"),
    ("incident", "report", "{incident}", "--kind", "initial", "--draft"),
    ("incident", "event", "{incident}", "--text", "劳动监察大队到场"),
    ("incident", "level", "{incident}", "--level", "1", "--reason", "人数增加"),
    ("user", "add", "qian", "--role", "viewer", "--password-stdin"),
    ("user", "disable", "wang"),
    ("user", "enable", "wang"),
    ("user", "reset-password", "wang", "--password-stdin"),
    ("user", "role", "wang", "leader"),
    ("user", "signin", "off"),
    ("audit", "protect", "--role", "tripartite_app"),
]
#: The verbs that write nothing to the database, only to files or the terminal. ``init`` writes
#: only into a database not seeded yet (``SEPARATELY``: its own test below).
READ_ONLY_VERBS = {
    "list", "backup", "publish", "deadline", "user list", "audit verify",
    "report actions", "report ledger", "report warnings", "report cases",
    "export minutes", "export ics", "export invitation", "export attachment", "export letter",
    "export warning-list", "export audit", "incident export", "screening export", "screening show",
    "minutes show", "minutes versions", "minutes diff", "minutes search", "minutes deliveries",
}
SEPARATELY = {"init"}


def leaf_verbs(parser: argparse.ArgumentParser, prefix: tuple[str, ...] = ()) -> set[str]:
    """Every verb the parser runs, as typed: ``"case advance"``, ``"purge"``."""
    subs = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]  # noqa: SLF001
    if not subs:
        return {" ".join(prefix)}
    return {verb for a in subs for name, p in a.choices.items() for verb in leaf_verbs(p, (*prefix, name))}


def test_every_verb_of_the_parser_is_tried_by_the_viewer_or_listed_as_read_only():
    verbs = leaf_verbs(build_parser())
    tried = {v for argv in WRITING_VERBS for v in (argv[0], " ".join(argv[:2])) if v in verbs}
    assert verbs - tried - READ_ONLY_VERBS - SEPARATELY == set()
    assert tried & READ_ONLY_VERBS == {"list"}   # reads, but ``list cases --unmask`` writes its reveals


@pytest.mark.parametrize("template", WRITING_VERBS, ids=lambda argv: " ".join(argv[:2]))
def test_a_viewers_writes_through_the_command_line_are_refused(db, office, monkeypatch, capsys, tmp_path, template):
    if template[0] == "restore" and not db.is_sqlite:
        pytest.skip("restore is for SQLite files; PostgreSQL refuses it for every role")
    enterprises(db)
    records = Records(db, tmp_path)
    argv = [arg.format_map(records) for arg in template]
    before = writes(db)
    as_user(monkeypatch, "zhao")
    assert "“查看”" in refused(office, capsys, *argv, stdin=PASSWORD + "\n", monkeypatch=monkeypatch)
    assert writes(db) == before
    assert "out" not in records or not any(Path(records["out"]).iterdir())


def test_a_viewers_init_of_a_database_not_yet_seeded_is_refused(empty_db, monkeypatch, capsys):
    url = empty_db.target.url.render_as_string(hide_password=False)
    assert add_user(url, monkeypatch, "admin", "admin") == 0
    as_user(monkeypatch, "admin")
    assert add_user(url, monkeypatch, "zhao", "viewer") == 0
    assert cli(url, "user", "signin", "on") == 0
    as_user(monkeypatch, "zhao")
    assert "“查看”" in refused(url, capsys, "init")
    with empty_db.reading() as s:
        assert s.scalar(select(func.count()).select_from(Body)) == 0


def test_a_secretary_cannot_issue_minutes_but_a_leader_can(db, office, monkeypatch, capsys, tmp_path):
    meeting_id = Records(db, tmp_path)["review"]
    as_user(monkeypatch, "wang")
    assert "“秘书”，无权签发纪要" in refused(office, capsys, "minutes", "issue", meeting_id)
    with db.reading() as s:
        assert get_minutes(s, int(meeting_id)).state == "review"
    as_user(monkeypatch, "li")
    assert cli(office, "minutes", "issue", meeting_id) == 0


class _UnreadableStdin(io.StringIO):
    def readline(self, *args):
        raise OSError(5, "Input/output error")


@pytest.mark.parametrize("stdin", [_UnreadableStdin(), None], ids=["unreadable", "none"])
def test_a_password_stdin_that_cannot_be_read_is_one_line_and_changes_nothing(db, office, monkeypatch, capsys,
                                                                                stdin):
    """A closed or missing standard input (a service, pythonw on Windows) is refused in one line."""
    before = writes(db)
    monkeypatch.setattr("sys.stdin", stdin)
    capsys.readouterr()
    assert cli(office, "user", "reset-password", "wang", "--password-stdin") == 1
    err = capsys.readouterr().err
    assert "无法从标准输入读取密码" in err and "内部错误" not in err and len(err.strip().splitlines()) == 1
    assert writes(db) == before
