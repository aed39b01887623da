"""What every screen works against: the open database, the person working and the change hub."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from sqlalchemy.orm import Session

from desktop.changes import Changes
from desktop.config import Identity
from desktop.db import Database
from desktop.views.changes import ChangeHub

T = TypeVar("T")


class Workspace:
    """The open database, the identity and the hub; ``db`` is swapped when a backup is restored.

    Screens change data through ``desktop.views.operations.Operation``, which announces on
    ``hub`` what each committed transaction touched.
    """

    def __init__(self, db: Database, identity: Identity, hub: ChangeHub | None = None) -> None:
        self.db = db
        self.identity = identity
        self.hub = hub if hub is not None else ChangeHub()

    @property
    def user(self) -> str:
        return self.identity.name

    @property
    def role(self) -> str | None:
        """The signed-in role (``desktop.models.Role`` value); None without sign-in (every right)."""
        return self.db.role

    def announce(self, changes: Changes, source=None) -> None:
        """Tell the screens what changed outside an operation (F5, a restore)."""
        self.hub.announce(changes, source)

    def read(self, work: Callable[[Session], T]) -> T:
        """Read rows in a session that is rolled back afterwards."""
        with self.db.reading() as session:
            return work(session)
