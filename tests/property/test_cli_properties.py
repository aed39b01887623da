"""Random command lines (issue 15): ``tripartite`` run in-process with argv drawn from its own
parser ends in exit 0, 1 (a Chinese refusal) or 2 (a usage error): never 内部错误, never a
traceback, and never a control character echoed back to the terminal."""

from __future__ import annotations

import argparse

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from desktop.cli import build_parser, main
from desktop.text import has_controls
from tests.property.strategies import hostile_text
from tests.property.support import few

SKIPPED = {("demo",), ("restore",), ("minutes", "distribute")}  # slow, or replace the database


def verbs(parser: argparse.ArgumentParser, path: tuple[str, ...] = ()):
    """(command words, the leaf parser) for every verb of the command line."""
    subs = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    if not subs:
        yield path, parser
        return
    for name, child in subs[0].choices.items():
        yield from verbs(child, (*path, name))


VERBS = [(path, p) for path, p in verbs(build_parser()) if path not in SKIPPED]
VALUES = st.one_of(
    hostile_text(4), st.integers(-10, 10**30).map(str), st.sampled_from([
        "1", "2", "0", "-1", "9223372036854775808", "2026-03-10", "2026-03-10 09:30", "9999-12-31",
        "0001-01-01", "tripartite", "dispute", "FREQ=SECONDLY;COUNT=1000000000", "FREQ=YEARLY;UNTIL=99991231",
        "", "-", "--", "--body", "nul\x00byte", "\x1b[31mred", "a\udcffb", "bad.ics", "bad.xlsx", "out.xlsx",
        "out.docx", "out.ics", "missing/dir/x.docx", "/", ".", "json", "text", "draft"]))


@st.composite
def argv(draw, url: str) -> list[str]:
    path, parser = draw(st.sampled_from(VERBS))
    words: list[str] = ["--database", url, *path]
    for action in parser._actions:
        if isinstance(action, argparse._HelpAction) or not draw(st.integers(0, 2)):
            continue
        if action.option_strings:
            words.append(draw(st.sampled_from(action.option_strings)))
        if action.nargs != 0:
            words.extend(draw(st.lists(VALUES, min_size=1, max_size=2 if action.nargs in ("*", "+") else 1)))
    if draw(st.integers(0, 5)) == 0:
        words.insert(draw(st.integers(2, len(words))), draw(st.sampled_from(["--debugx", "-x", "--help", "extra"])))
    return words


@pytest.fixture
def url(db, tmp_path, monkeypatch):
    """The test database, with a bad .ics and a bad .xlsx to import, in a scratch folder."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "bad.ics").write_bytes(b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:\x1b[2J\r\n")
    (tmp_path / "bad.xlsx").write_text("姓名\n", encoding="utf-8")
    return db.target.url.render_as_string(hide_password=False)


def run(capsys, words: list[str]) -> tuple[int, str, str]:
    try:
        code = main(words)
    except SystemExit as exc:
        code = exc.code
    out, err = capsys.readouterr()
    return code, out, err


@few(60)
@given(data=st.data())
@example(data=None)
def test_any_command_line_exits_0_1_or_2_with_a_clear_line(capsys, url, data):
    words = ["--database", url, "list", "meetings", "--body", "\x1b[31m"] if data is None else data.draw(argv(url))
    code, out, err = run(capsys, words)
    assert code in (0, 1, 2), (words, code, err)
    assert "Traceback" not in err and "内部错误" not in err, (words, err)
    assert not has_controls(err.replace("\n", "").replace("\t", "")), (words, err)


def test_an_argument_with_an_escape_is_echoed_escaped_in_the_refusal(capsys, url):
    code, _out, err = run(capsys, ["--database", url, "list", "meetings", "--body", "\x1b[31m\u202e"])
    assert code == 1 and "\\x1b[31m\\u202e" in err and "\x1b" not in err


def test_a_usage_error_echoes_the_argument_escaped(capsys, url):
    code, _out, err = run(capsys, ["--database", url, "list", "\x1b]0;pwned\x07"])
    assert code == 2 and "用法错误" in err and "\\x1b]0;pwned\\x07" in err and "\x07" not in err


@pytest.mark.parametrize("verb", [["import", "people"], ["import", "ics", "--body", "dispute"], ["restore"]])
def test_a_nul_in_an_argument_is_a_usage_error_not_an_internal_error(capsys, url, verb):
    code, _out, err = run(capsys, ["--database", url, *verb, "a\x00b"])
    assert code == 2 and "含有空字符" in err and "内部错误" not in err
