"""Where the bundled resources are: inside the installed package, or the checkout's resources/.

A PyInstaller bundle (``packaging/tripartite.spec``) keeps the installed layout: its modules'
``__file__`` lie under ``sys._MEIPASS/desktop/``, where the spec puts ``resources/`` too, so the
same lookup finds them with no case of its own (``packaging/build.py`` checks the files are there).
"""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def resources_dir() -> Path:
    installed = _PACKAGE / "resources"  # setup.py maps the top-level resources/ here
    if installed.is_dir():
        return installed
    return _PACKAGE.parent / "resources"  # a source checkout or an editable install


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)
