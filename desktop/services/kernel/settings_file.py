"""Settings files in the per-user config folder: read leniently, written atomically.

A settings file is written to a temporary sibling and renamed over the old one, so a crash or a
full disk leaves the previous settings, never half a file (services do not import the exports
layer's ``atomic_write``). A file that cannot be written is one Chinese line.
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

from desktop.errors import UserError
from desktop.i18n import QT_TRANSLATE_NOOP


def write_atomically(path: Path, data: bytes) -> Path:
    """``data`` to ``path`` through a temporary sibling and a rename; UserError when it fails.

    The file is readable by its owner only (mkstemp's mode 0600 survives the rename).
    """
    path = Path(path)
    name = ""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, name = tempfile.mkstemp(prefix=".~", suffix=path.suffix, dir=path.parent)
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(name, path)
    except OSError as exc:
        if name:
            Path(name).unlink(missing_ok=True)
        raise UserError(QT_TRANSLATE_NOOP("Errors", "无法保存文件 {path}：{reason}"), path=path,
                        reason=exc.strerror or exc) from None
    return path


def write_json(path: Path, data: dict) -> Path:
    return write_atomically(path, json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8"))


def read_json_object(path: Path) -> dict | None:
    """The JSON object in ``path``; None when missing, unreadable or not an object."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None
