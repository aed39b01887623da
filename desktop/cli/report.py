"""The ``report`` verb: a group whose sub-commands (``report actions``, ``report ledger``…)
modules register through ``report_group``, in any order, as ``add`` does."""

from __future__ import annotations


def report_group(sub):
    """The sub-parsers of ``report``, made on first use; ``report_group(sub).add_parser("actions")``."""
    parser = sub.choices.get("report")
    if parser is None:
        parser = sub.add_parser("report", help="生成报表和文书（督办清单、台账等）")
        parser.subcommands = parser.add_subparsers(dest="report_kind", metavar="KIND", required=True)
    return parser.subcommands
