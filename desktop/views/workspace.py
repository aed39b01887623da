"""What every screen works against: the open database, the person working and the change hub."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from desktop.config import Identity
from desktop.quick_open import DatabaseOpening, SqliteFile
from desktop.views.changes import ChangeHub

if TYPE_CHECKING:  # (imported before the first paint: no SQLAlchemy)
    from sqlalchemy.orm import Session

    from desktop.changes import Changes
    from desktop.db import Database, Target

T = TypeVar("T")


class Workspace:
    """The open database, the identity and the hub; ``db`` is swapped when a backup is restored.

    Screens change data through ``desktop.views.operations.Operation``, which announces on
    ``hub`` what each committed transaction touched.

    At start-up ``db`` may still be opening (``desktop.quick_open.DatabaseOpening``): the window
    is built and painted meanwhile. ``target``, ``is_sqlite`` and ``role`` answer without waiting;
    ``db`` (and so ``read``) waits for it; a page's background reads start once it is open
    (``when_open``), which the start reports with ``opened()``.
    """

    def __init__(self, db: Database | DatabaseOpening[Database], identity: Identity,
                 hub: ChangeHub | None = None) -> None:
        self._db = db
        self.identity = identity
        self.hub = hub if hub is not None else ChangeHub()
        self._when_open: list[Callable[[], None]] = []

    @property
    def db(self) -> Database:
        """The open database (waiting, at start-up, until it is open)."""
        db = self._db
        if isinstance(db, DatabaseOpening):
            self._db = db = db.result()
        return db

    @db.setter
    def db(self, db: Database) -> None:
        self._db = db

    @property
    def target(self) -> Target | SqliteFile:
        """Where the database lives (known before it is open)."""
        return self._db.target

    @property
    def is_sqlite(self) -> bool:
        return self._db.target.is_sqlite

    @property
    def is_open(self) -> bool:
        """False only while the start is still opening the database."""
        return not isinstance(self._db, DatabaseOpening) or self._db.done

    def when_open(self, call: Callable[[], None]) -> None:
        """Call ``call()`` (on the UI thread) now if the database is open, else once it is."""
        if self.is_open:
            call()
        else:
            self._when_open.append(call)

    def opened(self) -> None:
        """The start's report, on the UI thread, that the opening has ended: the waiting calls run."""
        calls, self._when_open = self._when_open, []
        for call in calls:
            call()

    @property
    def user(self) -> str:
        return self.identity.name

    @property
    def role(self) -> str | None:
        """The signed-in role (``desktop.roles.Role`` value); None without sign-in (every right)."""
        return self._db.role

    def announce(self, changes: Changes, source=None) -> None:
        """Tell the screens what changed outside an operation (F5, a restore)."""
        self.hub.announce(changes, source)

    def read(self, work: Callable[[Session], T]) -> T:
        """Read rows in a session that is rolled back afterwards."""
        with self.db.reading() as session:
            return work(session)
