"""argparse's own words are Chinese: help, usage errors, bad choices, missing arguments."""

from __future__ import annotations

import argparse
import gettext

import pytest

from desktop.cli import build_parser, main

ENGLISH = ("usage:", "positional arguments", "options:", "optional arguments", "show this help",
           "invalid choice", "choose from", "the following arguments", "are required",
           "expected one argument", "expected ", "unrecognized arguments", "error:", "argument ",
           "show program's version", "invalid ", "not allowed with")


def run(capsys, *argv: str) -> tuple[int, str]:
    try:
        code = main(list(argv))
    except SystemExit as exc:
        code = exc.code
    out, err = capsys.readouterr()
    return code, out + err


def assert_no_english(text: str) -> None:
    found = [phrase for phrase in ENGLISH if phrase in text]
    assert not found, (found, text)


def test_the_top_help_is_chinese(capsys):
    code, text = run(capsys, "--help")
    assert code == 0 and text.startswith("用法：tripartite")
    assert "位置参数" in text and "选项" in text and "显示本帮助并退出" in text and "显示版本号并退出" in text
    assert_no_english(text)


def _parsers(parser: argparse.ArgumentParser):
    yield parser
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for child in dict.fromkeys(action.choices.values()):
                yield from _parsers(child)


def test_every_verbs_help_is_chinese():
    parsers = list(_parsers(build_parser()))
    assert len(parsers) > 30
    for parser in parsers:
        assert_no_english(parser.format_help())


@pytest.mark.parametrize(("argv", "said"), [
    (("list", "bogus"), "无效的选择：'bogus'（可选："),
    (("export",), "缺少必需的参数：KIND"),
    (("add", "meeting"), "缺少必需的参数：--body"),
    (("list", "meetings", "--format"), "参数 --format：需要一个值"),
    (("list", "meetings", "--zzz"), "无法识别的参数：--zzz"),
    (("export", "ics", "--body", "nope", "-o"), "需要一个值"),
])
def test_usage_errors_are_chinese_and_exit_2(capsys, argv, said):
    code, text = run(capsys, *argv)
    assert code == 2 and said in text and "tripartite: 用法错误：" in text
    assert text.startswith("用法：tripartite")
    assert_no_english(text)


def test_argparse_is_left_as_it_was_for_other_parsers(capsys):
    run(capsys, "--help")
    assert argparse._ is gettext.gettext and argparse.ngettext is gettext.ngettext
    assert argparse.ArgumentParser(prog="x").format_usage().startswith("usage: x")
