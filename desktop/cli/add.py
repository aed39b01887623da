"""The ``add`` verb: a group whose sub-commands (``add meeting``, ``add action``…) modules
register through ``add_group``, in any order."""

from __future__ import annotations


def add_group(sub):
    """The sub-parsers of ``add``, made on first use; ``add_group(sub).add_parser("meeting")``."""
    parser = sub.choices.get("add")
    if parser is None:
        parser = sub.add_parser("add", help="新增记录（会议等）")
        # nested sub-parsers take the parent's class, so usage errors stay Chinese and exit 2
        parser.subcommands = parser.add_subparsers(dest="what", metavar="WHAT", required=True)
    return parser.subcommands
