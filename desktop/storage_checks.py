"""Where a file lives, asked of the platform: network shares, and disk errors in words.

Qt-free and below the storage layer, so ``db``, ``sqlite_copy`` and the exports share it.
SQLite's locking is not reliable on network file systems (its own documentation says so):
``network_share`` tells when a database file sits on one — on Windows a UNC path
(``\\\\server\\share\\…``) or a mapped network drive (``GetDriveTypeW`` answers DRIVE_REMOTE),
on Linux a mount of type nfs, cifs, smb3, sshfs… in ``/proc/mounts``.
"""

from __future__ import annotations

import errno
import os
import sys
from pathlib import Path, PureWindowsPath

from desktop.i18n import QT_TRANSLATE_NOOP

NETWORK_TYPES = frozenset({
    "nfs", "nfs4", "cifs", "smb", "smb2", "smb3", "smbfs", "ncpfs", "afs", "9p", "ceph",
    "glusterfs", "lustre", "gpfs", "davfs", "fuse.sshfs", "fuse.glusterfs", "fuse.davfs2",
    "fuse.rclone", "fuse.smbnetfs", "fuse.s3fs", "fuse.cephfs",
})
DRIVE_REMOTE = 4
MOUNTS = Path("/proc/mounts")

# Reasons a file could not be written, as a label (translated with the message it fills).
REASONS = {
    errno.ENOSPC: QT_TRANSLATE_NOOP("Labels", "磁盘空间已满"),
    errno.EDQUOT: QT_TRANSLATE_NOOP("Labels", "磁盘配额已用完"),
    errno.EROFS: QT_TRANSLATE_NOOP("Labels", "磁盘或文件夹为只读"),
    errno.EACCES: QT_TRANSLATE_NOOP("Labels", "没有写入权限"),
    errno.EPERM: QT_TRANSLATE_NOOP("Labels", "没有写入权限"),
    errno.EIO: QT_TRANSLATE_NOOP("Labels", "磁盘读写出错"),
}


SQLITE_CODES = {13: errno.ENOSPC, 8: errno.EROFS, 10: errno.EIO}  # FULL, READONLY, IOERR


def os_reason(exc: BaseException) -> str:
    """Why a write failed (an OSError, or sqlite3's error for the same trouble), in Chinese for
    the usual disk troubles, else the system's own words."""
    code = getattr(exc, "errno", None)
    sqlite_code = getattr(exc, "sqlite_errorcode", None)
    if sqlite_code is not None:
        code = SQLITE_CODES.get(sqlite_code & 0xFF)
    if code in REASONS:
        return REASONS[code]
    return getattr(exc, "strerror", None) or str(exc) or type(exc).__name__


def _unescape(field: str) -> str:
    r"""/proc/mounts writes a space as \040, a tab as \011, a backslash as \134."""
    out, i = [], 0
    while i < len(field):
        if field[i] == "\\" and field[i + 1:i + 4].isdigit():
            out.append(chr(int(field[i + 1:i + 4], 8)))
            i += 4
        else:
            out.append(field[i])
            i += 1
    return "".join(out)


def mount_type(path: Path, mounts: str) -> str | None:
    """The file system type of the deepest mount point holding ``path`` (``/proc/mounts`` text)."""
    best, kind = -1, None
    target = str(path)
    for line in mounts.splitlines():
        fields = line.split()
        if len(fields) < 3:
            continue
        point = _unescape(fields[1]).rstrip("/") or "/"
        inside = point == "/" or target == point or target.startswith(point + "/")
        if inside and len(point) > best:
            best, kind = len(point), fields[2]
    return kind


def _linux_share(path: Path) -> str | None:
    try:
        mounts = MOUNTS.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return None
    kind = mount_type(path, mounts)
    return kind if kind in NETWORK_TYPES else None


def _windows_share(path: PureWindowsPath, drive_type=None) -> str | None:
    if path.drive.startswith("\\\\"):  # \\server\share\… (and \\?\UNC\server\share)
        return "UNC"
    if not path.drive:
        return None
    if drive_type is None:
        import ctypes

        drive_type = ctypes.windll.kernel32.GetDriveTypeW  # type: ignore[attr-defined]
    return "network drive" if drive_type(path.drive + "\\") == DRIVE_REMOTE else None


def network_share(path: Path | str) -> str | None:
    """What kind of network share holds ``path`` (``nfs4``, ``cifs``, ``UNC``…); None when local
    or unknown. Never raises: a check that cannot tell stays silent."""
    try:
        if sys.platform == "win32":
            return _windows_share(PureWindowsPath(os.path.abspath(path)))
        if sys.platform.startswith("linux"):
            return _linux_share(Path(os.path.abspath(path)))
    except (OSError, ValueError, AttributeError):
        return None
    return None
