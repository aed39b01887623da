"""The command line: a global ``--database`` option, then a verb; no verb starts the GUI."""

from __future__ import annotations

import argparse
import os
import sys
import traceback

from desktop import __version__
from desktop.cli import actions as actions_cmd
from desktop.cli import attachments as attachments_cmd
from desktop.cli import audit as audit_cmd
from desktop.cli import backup as backup_cmd
from desktop.cli import calendar as calendar_cmd
from desktop.cli import case_export as case_export_cmd
from desktop.cli import case_report as case_report_cmd
from desktop.cli import cases as cases_cmd
from desktop.cli import data as data_cmd
from desktop.cli import demo as demo_cmd
from desktop.cli import enterprises as enterprises_cmd
from desktop.cli import export as export_cmd
from desktop.cli import importing as import_cmd
from desktop.cli import incidents as incidents_cmd
from desktop.cli import listing as list_cmd
from desktop.cli import meetings as meetings_cmd
from desktop.cli import minutes as minutes_cmd
from desktop.cli import purge as purge_cmd
from desktop.cli import screenings as screenings_cmd
from desktop.cli import users as users_cmd
from desktop.cli import warnings as warnings_cmd
from desktop.cli.argparse_zh import VERSION_HELP, ChineseParser
from desktop.cli.common import shown
from desktop.errors import UserError

COMMAND_MODULES = (
    data_cmd, list_cmd, backup_cmd, import_cmd, meetings_cmd, demo_cmd,
    actions_cmd, export_cmd, minutes_cmd, calendar_cmd, attachments_cmd, enterprises_cmd,
    screenings_cmd, warnings_cmd,
    cases_cmd,
    case_report_cmd,
    case_export_cmd, purge_cmd,
    incidents_cmd,
    users_cmd,
    audit_cmd,
)


class Parser(ChineseParser):
    """argparse in Chinese (its own words too, see ``argparse_zh``) with Chinese error lines;
    usage errors exit 2 as argparse does."""

    def error(self, message: str):
        self.print_usage(sys.stderr)
        self.exit(2, f"tripartite: 用法错误：{shown(message)}\n")


def build_parser() -> argparse.ArgumentParser:
    parser = Parser(prog="tripartite", description="三方联席秘书台：经开区工会五项机制秘书台。")
    parser.add_argument("--version", action="version", version=f"tripartite {__version__}",
                        help=VERSION_HELP)
    parser.add_argument("--database", metavar="URL",
                        help="SQLite 文件路径、sqlite:/// 或 postgresql+psycopg:// 地址"
                             "（也可用环境变量 TRIPARTITE_DATABASE_URL）")
    parser.add_argument("--debug", action="store_true", help="出错时显示完整的错误追踪")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)
    for module in COMMAND_MODULES:
        module.register(sub)
    return parser


def main(argv: list[str]) -> int:
    parser = build_parser()
    _refuse_undecodable(parser, argv)
    args = parser.parse_args(argv)
    if args.command is None:
        from desktop.app import run_gui  # Qt is imported only for the GUI

        return run_gui(args.database)
    try:
        return args.func(args) or 0
    except UserError as exc:
        if args.debug:
            traceback.print_exc()
        print(f"tripartite: 错误：{shown(exc)}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("tripartite: 已中断", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader went away (`tripartite list … | head`): stop quietly, as Unix tools do;
        # pointing stdout at devnull keeps the interpreter's final flush from raising again.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except Exception as exc:  # noqa: BLE001 - the last line of defence prints one line
        if args.debug:
            traceback.print_exc()
        else:
            print(f"tripartite: 内部错误：{type(exc).__name__}: {shown(_first_line(exc))}（加 --debug 查看详情）",
                  file=sys.stderr)
        return 1


def _refuse_undecodable(parser: argparse.ArgumentParser, argv: list[str]) -> None:
    """Bytes that are not UTF-8 (Python keeps them as lone surrogates in sys.argv on Linux)
    are a usage error naming the argument, not an internal error deep inside a verb."""
    for position, arg in enumerate(argv, 1):
        try:
            arg.encode("utf-8")
        except UnicodeEncodeError:
            text = arg.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
            parser.error(f"第 {position} 个参数“{text}”不是有效的 UTF-8 文本")
        if "\x00" in arg:  # no shell can pass one; a caller in-process can, and no file name holds one
            parser.error(f"第 {position} 个参数“{shown(arg)}”含有空字符（NUL）")


def _first_line(exc: BaseException) -> str:
    """The error's own first line: a database driver's message without SQLAlchemy's statement,
    parameters and footer, which may hold personal data."""
    orig = getattr(exc, "orig", None)
    text = str(orig if isinstance(orig, BaseException) else exc).strip()
    return text.splitlines()[0] if text else ""

