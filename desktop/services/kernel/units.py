"""Units of work for orchestrations that need several transactions (issue with retries, mail).

Such a service takes ``units: Units`` instead of a database: the command line passes
``DatabaseUnits(db, user)``, the GUI passes its background ``Job`` (same three members), so the
GUI's change hub learns what each committed transaction touched.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol, TypeVar

from sqlalchemy.orm import Session

from desktop.progress import NO_PROGRESS, Progress

T = TypeVar("T")


class Units(Protocol):
    progress: Progress

    def read(self, work: Callable[[Session], T]) -> T:
        """``work`` in a session that is rolled back afterwards."""

    def write(self, work: Callable[[Session], T]) -> T:
        """``work`` in one committed transaction."""


class DatabaseUnits:
    """``Units`` on an opened ``desktop.db.Database`` for one user (the command line, tests)."""

    def __init__(self, db, user: str, progress: Progress = NO_PROGRESS) -> None:
        self._db, self._user, self.progress = db, user, progress

    def read(self, work: Callable[[Session], T]) -> T:
        with self._db.reading() as session:
            return work(session)

    def write(self, work: Callable[[Session], T]) -> T:
        return self._db.run(work, self._user)[0]
