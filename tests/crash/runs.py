"""The parents' side of the kill tests: start a child's payload, kill it (or let it finish),
read what it printed. ``ForkedRuns`` forks each run from one pre-imported child (POSIX);
``SpawnedRuns`` starts a fresh interpreter per run (Windows, where ``Popen.kill`` is
TerminateProcess), the next one importing while the current one runs."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def spawn(module: str, *args: str) -> subprocess.Popen:
    """``python -m module args…`` from the repository root with pipes; the environment (the
    test's isolated data and config folders) is inherited."""
    path = os.pathsep.join(filter(None, (str(ROOT), os.environ.get("PYTHONPATH"))))
    child = subprocess.Popen([sys.executable, "-m", module, *args], cwd=ROOT,
                             env={**os.environ, "PYTHONPATH": path},
                             stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    return child


def _ready(child: subprocess.Popen) -> None:
    line = child.stdout.readline()
    assert line == b"ready\n", (line, child.stderr.read().decode(errors="replace"))


def _close(child: subprocess.Popen) -> None:
    child.stdin.close()
    child.wait(30)
    child.stdout.close()
    child.stderr.close()


class ForkedRuns:
    """``start(payload)``; then ``kill()`` (SIGKILL) or ``wait()``; both return (status, output)."""

    def __init__(self, module: str, folder: Path, *args: str) -> None:
        self._folder = folder
        self._parent = spawn(module, "--fork", *args)
        _ready(self._parent)
        self._count = 0
        self._pid = 0
        self._out = folder

    def _ask(self, line: str) -> str:
        self._parent.stdin.write(f"{line}\n".encode())
        self._parent.stdin.flush()
        answer = self._parent.stdout.readline().decode().strip()
        assert answer, self._parent.stderr.read().decode(errors="replace")
        return answer

    def start(self, payload: str) -> None:
        self._count += 1
        self._out = self._folder / f"run-{self._count}.out"
        self._pid = int(self._ask(f"{self._out} {payload}").split()[1])

    def _reap(self) -> tuple[int, bytes]:
        status = int(self._ask(f"reap {self._pid}").split()[2])
        try:  # killed before it opened its output file: it printed nothing
            output = self._out.read_bytes()
        except FileNotFoundError:
            return status, b""
        self._out.unlink()
        return status, output

    def kill(self) -> tuple[int, bytes]:
        os.kill(self._pid, signal.SIGKILL)
        return self._reap()

    def wait(self) -> tuple[int, bytes]:
        return self._reap()

    def close(self) -> None:
        _close(self._parent)


class SpawnedRuns:
    """The same with a new interpreter per run."""

    def __init__(self, module: str, _folder: Path, *args: str) -> None:
        self._command = (module, *args)
        self._waiting = spawn(*self._command)
        self._child: subprocess.Popen | None = None

    def start(self, payload: str) -> None:
        self._child = self._waiting
        _ready(self._child)
        self._waiting = spawn(*self._command)
        self._child.stdin.write(f"{payload}\n".encode())
        self._child.stdin.flush()

    def kill(self) -> tuple[int, bytes]:
        self._child.kill()
        return self.wait()

    def wait(self) -> tuple[int, bytes]:
        out, err = self._child.communicate()
        return self._child.returncode, out + err

    def close(self) -> None:
        _close(self._waiting)


Runs = ForkedRuns if hasattr(os, "fork") else SpawnedRuns
