"""Entry point: ``tripartite`` and ``python -m desktop``."""

from __future__ import annotations

import gc
import sys


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    database = gui_database(args)
    if database is not False:  # no command: start the GUI without importing every command
        return start_gui(database)
    from desktop.cli import main as cli_main

    return cli_main(args)


def start_gui(database: str | None) -> int:
    """Import what the start needs, then the GUI, and run it on ``database``.

    Three things decide how soon the window appears:

    - a local SQLite file that opens without a question (``desktop.quick_open.peek``) is opened
      only after the first paint, so SQLAlchemy and the models are not imported before it;
    - otherwise they are imported here, before PySide6: once PySide6 is imported, its import hook
      reads the source of every module imported after it to look for "PySide6"
      (``shibokensupport.feature``, PYSIDE-2029), about 0.1 s for SQLAlchemy and the models.
      Modules imported before PySide6 are never read;
    - the cyclic garbage collector runs again and again over the hundreds of thousands of objects
      the imports create, none of them garbage. It is off until the window has been painted and
      the database opened; ``desktop.app`` then freezes what start-up made (never scanned again)
      and turns it back on.
    """
    gc.disable()
    from desktop.config import database_url_from
    from desktop.quick_open import peek

    peeked = peek(database_url_from(database))
    if peeked is None:
        import sqlalchemy.dialects.sqlite  # noqa: F401 - the default database's dialect

        import desktop.db  # noqa: F401 - SQLAlchemy, the models
        import desktop.services.bodies.core  # noqa: F401 - what the first page and navigation read
        import desktop.services.directory.core  # noqa: F401
    from desktop.app import run_gui

    return run_gui(database, peeked=peeked)


def gui_database(args: list[str]) -> str | None | bool:
    """The ``--database`` of a command line that names no command (None: not given); else False.

    Anything but ``[--database URL] [--debug]`` (a command, ``--help``, ``--version``, a typo)
    goes to the full parser in ``desktop.cli``.
    """
    rest = [a for a in args if a != "--debug"]
    if not rest:
        return None
    if len(rest) == 1 and rest[0].startswith("--database="):
        return rest[0].removeprefix("--database=")
    if len(rest) == 2 and rest[0] == "--database" and not rest[1].startswith("-"):
        return rest[1]
    return False


if __name__ == "__main__":
    sys.exit(main())
