"""What every hostile input must end in: a result, or a clear Chinese refusal and no write."""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from contextlib import contextmanager

from hypothesis import currently_in_test_context, event, settings
from sqlalchemy import func, select

from desktop.errors import UserError
from desktop.models import (
    ActionItem,
    Attendance,
    AuditEntry,
    Enterprise,
    Meeting,
    MeetingSeries,
    Organisation,
    Person,
)
from desktop.text import has_controls

CJK = re.compile("[\u4e00-\u9fff]")
COUNTED = (Meeting, MeetingSeries, Attendance, Person, Organisation, Enterprise, ActionItem, AuditEntry)


def examples(n: int) -> int:
    """``n`` examples under the default profile, proportionally more under ``ci``."""
    return max(1, n * settings.default.max_examples // 25)


def few(n: int) -> settings:
    """Settings for a property whose examples are expensive (a database import each)."""
    return settings(max_examples=examples(n))


def assert_clear(exc: BaseException) -> None:
    """A refusal the user can act on: a UserError whose one-line message is Chinese."""
    assert isinstance(exc, UserError), f"{type(exc).__name__}: {exc}"
    text = str(exc)
    assert CJK.search(text), text
    assert "Traceback" not in text and not has_controls(text.replace("\n", "")), repr(text)


def outcome(work: Callable[[], object]) -> tuple[object, UserError | None]:
    """(result, None) or (None, the UserError); any other exception fails the test."""
    try:
        result = work()
    except UserError as exc:
        assert_clear(exc)
        note(f"refused: {type(exc).__name__}")
        return None, exc
    note("accepted")
    return result, None


def note(what: str) -> None:
    """An outcome for ``--hypothesis-show-statistics``; nothing outside a property."""
    if currently_in_test_context():
        event(what)


def counts(db) -> dict[str, int]:
    """Rows of each table an import could write, audit entries included."""
    with db.reading() as session:
        return {e.__tablename__: session.scalar(select(func.count()).select_from(e)) for e in COUNTED}


@contextmanager
def within(seconds: float, what: str = ""):
    """Fail when the block takes longer than ``seconds`` (the bound a limit promises)."""
    began = time.perf_counter()
    yield
    took = time.perf_counter() - began
    assert took < seconds, f"{what or 'work'} took {took:.1f} s (limit {seconds} s)"
