"""Write a file through a temporary sibling and a rename: readers never see half a file."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from desktop.errors import UserError
from desktop.i18n import QT_TRANSLATE_NOOP


def _default_mode() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return 0o666 & ~mask


def atomic_write(path: Path, write: Callable[[Path], None]) -> Path:
    """Call ``write(tmp)`` then rename ``tmp`` over ``path``; any failure leaves ``path`` as it was."""
    path = Path(path)
    if not path.parent.is_dir():
        raise UserError(QT_TRANSLATE_NOOP("Errors", "保存位置不存在：{folder}"), folder=path.parent)
    try:
        fd, name = tempfile.mkstemp(prefix=".~", suffix=path.suffix, dir=path.parent)
        os.close(fd)
    except OSError as exc:
        raise UserError(
            QT_TRANSLATE_NOOP("Errors", "无法写入 {folder}：{reason}"), folder=path.parent, reason=exc.strerror
        ) from None
    tmp = Path(name)
    try:
        write(tmp)
        os.chmod(tmp, _default_mode())
        os.replace(tmp, path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise UserError(
            QT_TRANSLATE_NOOP("Errors", "无法保存文件 {path}：{reason}"), path=path, reason=exc.strerror or exc
        ) from None
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return path


def atomic_write_bytes(path: Path, data: bytes) -> Path:
    return atomic_write(path, lambda tmp: tmp.write_bytes(data))
