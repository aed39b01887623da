"""The children's side of the kill tests: run one payload per process, forked or fresh.

``python -m tests.crash.<child> PAYLOAD…``-style children call ``serve(run)``: it prints
``ready``; then either (``--fork`` first on the command line, POSIX) forks one process per
line ``OUTFILE PAYLOAD`` with stdout and stderr on ``OUTFILE``, printing ``pid N``, and answers
``reap N`` with ``reaped N STATUS`` once that process ended (killed or not); or reads a single
payload line and runs it itself. Forking pays the imports once; nothing is open at a fork.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable


def _forked(run: Callable[[str], int]) -> int:
    for line in sys.stdin:
        word, _, rest = line.rstrip("\n").partition(" ")
        if word == "reap":
            _pid, status = os.waitpid(int(rest), 0)
            print(f"reaped {rest} {status}", flush=True)
            continue
        pid = os.fork()
        if pid == 0:
            fd = os.open(word, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            os.dup2(fd, 1)
            os.dup2(fd, 2)
            code = 1
            try:
                code = run(rest)
            finally:
                sys.stdout.flush()
                os._exit(code)
        print(f"pid {pid}", flush=True)
    return 0


def serve(run: Callable[[str], int], argv: list[str]) -> int:
    print("ready", flush=True)
    if argv[:1] == ["--fork"]:
        return _forked(run)
    payload = sys.stdin.readline().rstrip("\n")
    return run(payload) if payload else 0
