"""The child for kills during a command: each payload is a JSON list of ``tripartite``
arguments, run through ``desktop.cli.main`` as the command line runs them (see ``serve``).

``python -m tests.crash.verb_child [--fork]``. Alembic is imported before the first run, so a
run spends its time on the verb's own work, where the kills are meant to land.
"""

from __future__ import annotations

import json
import sys

import alembic.command  # noqa: F401 - paid once, before any run
import alembic.script  # noqa: F401

from desktop.cli import main as cli_main
from tests.crash.serve import serve


def run(payload: str) -> int:
    return cli_main(json.loads(payload))


if __name__ == "__main__":
    sys.exit(serve(run, sys.argv[1:]))
