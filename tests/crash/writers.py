"""Writer processes to kill: forked from one child that imported everything (POSIX), or each
started afresh (Windows, where Popen.kill is TerminateProcess), overlapping the next start with
the current run."""

from __future__ import annotations

import os
import signal
import subprocess
from pathlib import Path

from tests.crash.support import kill, spawn, wait_ready

CHILD = "tests.crash.writer_child"


class ForkedWriters:
    """``start(tag)`` forks a writer; ``kill()`` SIGKILLs it and returns what it printed."""

    def __init__(self, database: Path, folder: Path) -> None:
        self._folder = folder
        self._parent = spawn(CHILD, "--fork", str(database))
        wait_ready(self._parent)
        self._pid = 0
        self._out: Path | None = None

    def _ask(self, line: str) -> str:
        self._parent.stdin.write(f"{line}\n".encode())
        self._parent.stdin.flush()
        return self._parent.stdout.readline().decode().strip()

    def start(self, tag: str) -> None:
        self._out = self._folder / f"writer-{tag}.out"
        self._pid = int(self._ask(f"{tag} {self._out}").split()[1])

    def kill(self) -> bytes:
        os.kill(self._pid, signal.SIGKILL)
        assert self._ask(f"reap {self._pid}") == f"reaped {self._pid}"
        return self._out.read_bytes()

    def close(self) -> None:
        self._parent.stdin.close()
        self._parent.wait(10)
        self._parent.stdout.close()
        self._parent.stderr.close()


class SpawnedWriters:
    """The same with a new interpreter per writer; the next one imports while this one runs."""

    def __init__(self, database: Path, _folder: Path) -> None:
        self._database = database
        self._waiting = spawn(CHILD, str(database))
        self._child: subprocess.Popen | None = None

    def start(self, tag: str) -> None:
        self._child = self._waiting
        wait_ready(self._child)
        self._waiting = spawn(CHILD, str(self._database))
        self._child.stdin.write(f"{tag}\n".encode())
        self._child.stdin.flush()

    def kill(self) -> bytes:
        out, err = kill(self._child)
        assert self._child.returncode != 0, err.decode(errors="replace")
        return out

    def close(self) -> None:
        self._waiting.stdin.close()
        self._waiting.wait(10)
        self._waiting.stdout.close()
        self._waiting.stderr.close()


Writers = ForkedWriters if hasattr(os, "fork") else SpawnedWriters
