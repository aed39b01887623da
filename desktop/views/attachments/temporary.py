"""Temporary copies handed to the system's viewer (打开), removed when their screen closes.

Each copy sits in its own owner-only folder under one ``mkdtemp`` folder (mode 0700), keeping
its display name so the viewer shows it; ``remove()`` deletes them all. A ``weakref.finalize``
also removes them when the owner is collected or the interpreter exits, so a normal exit never
leaves a copy behind even if no screen said it closed.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import weakref
from pathlib import Path

PREFIX = "tripartite-open-"


class TemporaryCopies:
    """The copies one screen has opened."""

    def __init__(self) -> None:
        self._folder: Path | None = None
        self._finalizer: weakref.finalize | None = None
        self.paths: list[Path] = []

    def write(self, name: str, data: bytes) -> Path:
        """A new owner-only file named ``name`` holding ``data``."""
        if self._folder is None or not self._folder.is_dir():
            self._folder = Path(tempfile.mkdtemp(prefix=PREFIX))
            self._finalizer = weakref.finalize(self, shutil.rmtree, str(self._folder), ignore_errors=True)
        path = Path(tempfile.mkdtemp(dir=self._folder)) / name   # two files of one name never clash
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        self.paths.append(path)
        return path

    def remove(self) -> None:
        """Delete every copy (a file still open in a viewer on Windows is left to the system)."""
        if self._finalizer is not None:
            self._finalizer()
        self._folder, self._finalizer = None, None
        self.paths.clear()
