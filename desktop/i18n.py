"""Qt-free translation markers.

The Qt-free layers write their user-facing messages in Chinese and mark them with
``QT_TRANSLATE_NOOP`` so that ``pyside6-lupdate`` extracts them; the views translate
them at display time with ``QCoreApplication.translate(context, text)``.
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - name lupdate knows
    """Mark ``text`` for extraction under ``context``; return it unchanged."""
    return text


ERRORS = "Errors"
LABELS = "Labels"
