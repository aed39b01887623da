"""Write a file through a temporary sibling and a rename: readers never see half a file.

Exports carry names, phone numbers and meetings, so a file is owner-only (0600) unless the
caller asks for another mode (the publish folder, meant to be shared, follows its setting). On
Windows the mode bits mean nothing: ``chmod`` is skipped there.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from desktop.errors import UserError
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.storage_checks import os_reason

PRIVATE = 0o600   # personal data: the owner only
SHARED = 0o644    # readable by others (the publish folder's default)
POSIX = os.name == "posix"  # Windows keeps only a read-only flag: nothing to set there


def set_mode(path: Path, mode: int) -> None:
    if POSIX:
        os.chmod(path, mode)


def atomic_write(path: Path, write: Callable[[Path], None], *, mode: int = PRIVATE) -> Path:
    """Call ``write(tmp)`` then rename ``tmp`` over ``path``; any failure leaves ``path`` as it was."""
    path = Path(path)
    if not path.parent.is_dir():
        raise UserError(QT_TRANSLATE_NOOP("Errors", "保存位置不存在：{folder}"), folder=path.parent)
    try:
        fd, name = tempfile.mkstemp(prefix=".~", suffix=path.suffix, dir=path.parent)
        os.close(fd)
    except OSError as exc:
        raise UserError(
            QT_TRANSLATE_NOOP("Errors", "无法写入 {folder}：{reason}"), folder=path.parent, reason=os_reason(exc)
        ) from None
    tmp = Path(name)
    try:
        write(tmp)
        set_mode(tmp, mode)
        os.replace(tmp, path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise UserError(
            QT_TRANSLATE_NOOP("Errors", "无法保存文件 {path}：{reason}"), path=path, reason=os_reason(exc)
        ) from None
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return path


def atomic_write_bytes(path: Path, data: bytes, *, mode: int = PRIVATE) -> Path:
    return atomic_write(path, lambda tmp: tmp.write_bytes(data), mode=mode)
