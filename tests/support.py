"""Test helpers: skips that become failures under TRIPARTITE_REQUIRE_ALL=1."""

from __future__ import annotations

import os

import pytest


def require_all() -> bool:
    return os.environ.get("TRIPARTITE_REQUIRE_ALL") == "1"


def need(condition: bool, reason: str) -> None:
    """Skip with ``reason`` when ``condition`` is false; fail instead when CI requires everything."""
    if condition:
        return
    if require_all():
        pytest.fail(f"required by TRIPARTITE_REQUIRE_ALL=1 but missing: {reason}")
    pytest.skip(reason)
