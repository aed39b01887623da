"""Hostile arguments (issue 15): huge or zero ids and undecodable bytes are usage errors (exit 2
with a Chinese line naming the argument), never 内部错误."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from tests.cli.test_core_cli import run

HUGE = str(10**30)


@pytest.fixture
def url(db) -> str:
    return db.target.url.render_as_string(hide_password=False)


@pytest.mark.parametrize("argv", [
    ("minutes", "show", HUGE),
    ("minutes", "show", "0"),
    ("minutes", "show", "1", "--version", HUGE),
    ("export", "minutes", HUGE, "-o", "x.docx"),
    ("export", "ics", "--meeting", HUGE, "-o", "x.ics"),
    ("export", "invitation", "--series", "-5", "-o", "out"),
    ("add", "action", "--body", "tripartite", "--title", "t", "--meeting", HUGE),
    ("list", "attachments", "meeting", HUGE),
    ("detach", HUGE),
    ("export", "attachment", HUGE, "-o", "x"),
])
def test_an_id_out_of_range_is_a_usage_error(capsys, url, argv):
    code, _out, err = run(capsys, "--database", url, *argv)
    assert code == 2, err
    assert "用法错误" in err and "编号应为 1 到 2147483647 之间的整数" in err
    assert "内部错误" not in err


def test_an_attendee_id_out_of_range_is_refused_with_a_clear_line(capsys, url):
    code, _out, err = run(capsys, "--database", url, "add", "meeting", "--body", "tripartite",
                          "--title", "t", "--start", "2026-03-10 09:30", "--end", "2026-03-10 10:30",
                          "--attendee", HUGE)
    assert code == 1 and "参会人员应为编号" in err and "内部错误" not in err


def test_undecodable_bytes_in_an_argument_are_a_usage_error_naming_it(tmp_path):
    env = {**os.environ, "LC_ALL": "C.UTF-8", "TRIPARTITE_CONFIG_DIR": str(tmp_path)}
    done = subprocess.run([os.fsencode(sys.executable), b"-m", b"desktop", b"--database",
                           os.fsencode(tmp_path / "t.db"), b"list", b"meetings", b"--body", b"a\xffb"],
                          capture_output=True, env=env, timeout=60)
    err = done.stderr.decode("utf-8")
    assert done.returncode == 2, err
    assert "用法错误" in err and "a\\xffb" in err and "UTF-8" in err and "内部错误" not in err
