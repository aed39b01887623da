"""``purge [--dry-run] [--today]``: what is due is printed, a dry run changes nothing, a purge
removes the personal fields (exit 0 either way, also with nothing due), a bad date is a usage error."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from desktop.cli import main
from desktop.models import AuditEntry, CaseParty
from tests.services.test_retention import NAME, closed_case


def cli(db, capsys, *args) -> tuple[int, str, str]:
    capsys.readouterr()
    code = main(["--database", db.target.url.render_as_string(hide_password=False), *args])
    out = capsys.readouterr()
    return code, out.out, out.err


def names(db) -> list[str]:
    with db.reading() as s:
        return list(s.scalars(select(CaseParty.name)))


def test_nothing_due_is_not_an_error(db, capsys):
    code, out, _ = cli(db, capsys, "purge", "--dry-run")
    assert code == 0 and "到期0项" in out


def test_a_dry_run_lists_what_is_due_and_changes_nothing(db, capsys):
    closed_case(db)
    code, out, _ = cli(db, capsys, "purge", "--dry-run", "--today", "2025-03-10")
    assert code == 0
    assert "（2022）经开工调字第1号：封存" in out           # inside the 10-year archive period
    code, out, _ = cli(db, capsys, "purge", "--dry-run", "--today", "2032-03-10")
    assert "清除姓名、身份证号码、电话、住址（1条个人信息）" in out
    assert names(db) == [NAME]
    with db.reading() as s:
        assert s.scalar(select(AuditEntry.id).where(AuditEntry.action == "purge")) is None


def test_a_purge_removes_what_is_due_and_says_how_much(db, capsys):
    closed_case(db)
    code, out, _ = cli(db, capsys, "purge", "--today", date(2032, 3, 10).isoformat())
    assert code == 0 and "清除1项（个人信息1条" in out
    assert names(db) == ["（已清除）"]
    code, out, _ = cli(db, capsys, "purge", "--today", "2032-03-10")
    assert code == 0 and "清除0项" in out                  # a second run finds nothing


def test_a_bad_date_is_a_usage_error(db, capsys):
    with pytest.raises(SystemExit) as exited:
        cli(db, capsys, "purge", "--today", "2032-02-30")
    assert exited.value.code == 2 and "YYYY-MM-DD" in capsys.readouterr().err
