"""Every page of the main window as a PNG, in Chinese and in English, for a person to look at.

    python tools/screenshots.py DATABASE OUTDIR [--lang zh,en] [--size 1200x780]

Run it on a screen (Xvfb for a headless machine: ``xvfb-run -a python tools/screenshots.py …``)
against a demo database (``tripartite demo --scale small --database FILE``). Each language is a
new process, so its translators are the app's own; each page is shown through the navigation as
a user would, given time to load what it reads in the background, and grabbed with the window's
frame contents: ``OUTDIR/zh-01-body-tripartite.png``… The database is only read.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _shoot(database: Path, outdir: Path, language: str, size: tuple[int, int]) -> int:
    sys.path.insert(0, str(ROOT))
    from PySide6.QtWidgets import QApplication

    from desktop.app import install_translators, load_stylesheet
    from desktop.config import Identity
    from desktop.db import open_database
    from desktop.views.changes import ChangeHub
    from desktop.views.loading import PageLoader
    from desktop.views.main_window import MainWindow
    from desktop.views.navigation import ITEM_ROLE
    from desktop.views.settings import open_settings
    from desktop.views.workspace import Workspace

    app = QApplication(sys.argv[:1])
    install_translators(app, language)
    db = open_database(str(database))
    window = MainWindow(Workspace(db, Identity("截图", "经开区总工会"), ChangeHub()), open_settings())
    window.setStyleSheet(load_stylesheet())
    window.resize(*size)
    window.show()

    def settle(seconds: float = 0.6) -> None:
        end = time.monotonic() + 10
        while time.monotonic() < end and any(loader.loading for loader in window.findChildren(PageLoader)):
            app.processEvents()
            time.sleep(0.02)
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            app.processEvents()
            time.sleep(0.02)

    settle(1.0)
    model = window.navigation.nav_model
    items = [model.index(row).data(ITEM_ROLE) for row in range(model.rowCount())]
    keys = [item.key for item in items if not item.is_heading]
    for number, key in enumerate(keys, 1):
        window.show_page(key)
        settle()
        name = key.replace(":", "-").replace("_", "-")
        path = outdir / f"{language}-{number:02d}-{name}.png"
        window.grab().save(str(path))
        print(path)
    window.close()
    db.dispose()
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("database", type=Path)
    parser.add_argument("outdir", type=Path)
    parser.add_argument("--lang", default="zh,en")
    parser.add_argument("--size", default="1200x780")
    parser.add_argument("--one", help=argparse.SUPPRESS)   # the child process: one language
    args = parser.parse_args(argv)
    width, height = (int(v) for v in args.size.lower().split("x"))
    args.outdir.mkdir(parents=True, exist_ok=True)
    if args.one:
        return _shoot(args.database, args.outdir, args.one, (width, height))
    status = 0
    for language in args.lang.split(","):
        status |= subprocess.call([sys.executable, __file__, str(args.database), str(args.outdir),
                                   "--size", args.size, "--one", language])
    return status


if __name__ == "__main__":
    sys.exit(main())
