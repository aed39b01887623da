"""The GUI says once, in a box, that a database on a network share is unsafe, then opens it."""

from __future__ import annotations

import pytest

from desktop.app import open_or_explain
from tests.test_storage_checks import share  # noqa: F401 - the fixture

pytestmark = pytest.mark.gui


def test_a_database_on_a_share_opens_after_one_warning_box(qapp, share, boxes):  # noqa: F811
    db = open_or_explain(str(share / "t.db"))
    try:
        assert db is not None
        [text] = boxes.texts("warning")
        assert "网络共享（nfs4）" in text and "PostgreSQL" in text
        assert boxes.texts("critical") == []
    finally:
        db.dispose()


def test_a_local_database_opens_without_a_box(qapp, tmp_path, boxes):
    db = open_or_explain(str(tmp_path / "t.db"))
    assert db is not None and boxes.calls == []
    db.dispose()
