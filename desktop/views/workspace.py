"""What every screen works against: the open database and the person working."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from sqlalchemy.orm import Session

from desktop.config import Identity
from desktop.db import Database

T = TypeVar("T")


class Workspace:
    """The open database and the identity; ``db`` is swapped when a backup is restored."""

    def __init__(self, db: Database, identity: Identity) -> None:
        self.db = db
        self.identity = identity

    @property
    def user(self) -> str:
        return self.identity.name

    def write(self, work: Callable[[Session], T]) -> T:
        """One user action: one transaction, committed when ``work`` returns."""
        with self.db.transaction(self.user) as session:
            return work(session)

    def read(self, work: Callable[[Session], T]) -> T:
        """Read rows in a session that is rolled back afterwards."""
        with self.db.reading() as session:
            return work(session)
