"""The screenings verbs of the command line (see the README's command table)."""

from __future__ import annotations


def register(sub) -> None:
    """Add this register's verbs to ``sub``."""
