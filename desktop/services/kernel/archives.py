"""Office files (.xlsx, .docx) are zip archives: refuse one that unpacks far beyond its size
(a zip bomb) before a library reads it whole (README: "Limits").

The sizes come from the archive's central directory. ``zipfile`` never unpacks a member past the
size its directory entry gives (it stops there and fails the CRC check), so an archive that lies
about its sizes cannot get past this check either.
"""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import BinaryIO

from desktop.errors import UserError
from desktop.i18n import QT_TRANSLATE_NOOP

MAX_UNPACKED_BYTES = 100 * 2**20   # about half a minute of openpyxl on a 2-core office PC
MAX_MEMBERS = 10_000               # a workbook of a hundred sheets has a few hundred parts


class ArchiveTooLarge(UserError):
    """An archive whose parts unpack past the limit, or with too many of them."""


def check_unpacked_size(source: str | Path | BinaryIO, name: str,
                        limit: int = MAX_UNPACKED_BYTES) -> None:
    """Raise ArchiveTooLarge when ``source`` unpacks past ``limit``; a file that is no zip at
    all passes (the library that reads it next says what is wrong with it)."""
    try:
        with zipfile.ZipFile(source) as archive:
            members = archive.infolist()
    except Exception:  # noqa: BLE001 - BadZipFile, NotImplementedError (zip version 8.4)…
        return
    finally:
        if hasattr(source, "seek"):
            source.seek(0)
    if len(members) > MAX_MEMBERS:
        raise ArchiveTooLarge(QT_TRANSLATE_NOOP(
            "Errors", "文件“{name}”含有 {n} 个压缩部件，超过 {limit} 个的上限（可能已损坏，或是恶意构造的压缩文件），"
                      "未读取。"), name=name, n=len(members), limit=MAX_MEMBERS)
    unpacked = sum(m.file_size for m in members)
    if unpacked > limit:
        raise ArchiveTooLarge(QT_TRANSLATE_NOOP(
            "Errors", "文件“{name}”解压后有 {size} MB，超过 {limit} MB 的上限（可能已损坏，或是恶意构造的压缩文件），"
                      "未读取。"), name=name, size=round(unpacked / 2**20), limit=limit // 2**20)
