"""Text that is safe to store, show and write into documents.

Control characters (NUL, ANSI escapes) and the bidirectional overrides (U+202A–U+202E,
U+2066–U+2069) are removed wherever text enters: ``desktop.db`` cleans every string column
before a flush, the importers clean what they read (so a preview never echoes an escape to the
terminal), and the document builder cleans what it writes (XML allows none of them).
Tab, line feed and carriage return stay.
"""

from __future__ import annotations

import re

_ANSI = re.compile(r"\x1b(?:\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(?:\x07|\x1b\\)?|[@-Z\\-_])")
_UNSAFE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ufffe\uffff]")


def strip_controls(value: str) -> str:
    """``value`` without control characters and bidirectional overrides."""
    if not _UNSAFE.search(value):
        return value
    return _UNSAFE.sub("", _ANSI.sub("", value))  # a whole escape sequence, not just its ESC


def has_controls(value: str) -> bool:
    return _UNSAFE.search(value) is not None
