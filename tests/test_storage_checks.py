"""A database on a network share works, but SQLite cannot lock reliably there: the app says so
once where it is opened (the command line on stderr, the GUI in a box) and suggests PostgreSQL.
Which shares count is read from the platform: /proc/mounts on Linux, UNC paths and remote
drives on Windows."""

from __future__ import annotations

from pathlib import Path, PureWindowsPath

import pytest

from desktop import storage_checks
from desktop.cli import main
from desktop.db import open_database
from desktop.storage_checks import DRIVE_REMOTE, _windows_share, mount_type, network_share

MOUNTS = """\
/dev/sda1 / ext4 rw,relatime 0 0
proc /proc proc rw 0 0
nas:/export/union /mnt/union nfs4 rw,vers=4.2 0 0
//fileserver/共享\\040盘 /media/共享\\040盘 cifs rw,vers=3.0 0 0
/dev/sdb1 /mnt/union/local ext4 rw 0 0
me@host:/srv /home/me/remote fuse.sshfs rw 0 0
"""


@pytest.mark.parametrize(("path", "kind"), [
    ("/home/me/t.db", "ext4"),
    ("/mnt/union/t.db", "nfs4"),
    ("/mnt/union", "nfs4"),
    ("/mnt/unionized/t.db", "ext4"),         # a longer name is not inside the mount point
    ("/mnt/union/local/t.db", "ext4"),       # the deepest mount point wins
    ("/media/共享 盘/秘书台/t.db", "cifs"),   # \040 in /proc/mounts is a space
    ("/home/me/remote/t.db", "fuse.sshfs"),
])
def test_the_deepest_mount_point_names_the_file_system(path, kind):
    assert mount_type(Path(path), MOUNTS) == kind


@pytest.fixture
def share(tmp_path, monkeypatch):
    """``tmp_path/share`` is an NFS mount as far as the app can tell (on any platform)."""
    folder = tmp_path / "share"
    folder.mkdir()
    mounts = tmp_path / "mounts"
    mounts.write_text(f"/dev/sda1 / ext4 rw 0 0\nnas:/export {folder} nfs4 rw 0 0\n", encoding="utf-8")
    monkeypatch.setattr(storage_checks, "MOUNTS", mounts)
    monkeypatch.setattr(storage_checks.sys, "platform", "linux")
    return folder


def test_a_file_on_an_nfs_mount_is_on_a_network_share(share, tmp_path):
    assert network_share(share / "t.db") == "nfs4"
    assert network_share(tmp_path / "t.db") is None


@pytest.mark.parametrize(("path", "remote", "kind"), [
    (r"\\server\share\秘书台\t.db", False, "UNC"),
    (r"\\?\UNC\server\share\t.db", False, "UNC"),
    (r"Z:\秘书台\t.db", True, "network drive"),
    (r"C:\Users\me\t.db", False, None),
])
def test_windows_unc_paths_and_remote_drives_are_network_shares(path, remote, kind):
    asked = []

    def drive_type(root):
        asked.append(root)
        return DRIVE_REMOTE if remote else 3  # DRIVE_FIXED
    assert _windows_share(PureWindowsPath(path), drive_type) == kind
    assert asked in ([], [PureWindowsPath(path).drive + "\\"])


def test_a_check_that_cannot_read_the_mounts_stays_silent(tmp_path, monkeypatch):
    monkeypatch.setattr(storage_checks, "MOUNTS", tmp_path / "missing")
    monkeypatch.setattr(storage_checks.sys, "platform", "linux")
    assert network_share(tmp_path / "t.db") is None


def test_opening_a_database_on_a_share_warns_once_and_suggests_postgresql(share):
    db = open_database(str(share / "t.db"), create=True)
    try:
        [notice] = db.notices
        assert "网络共享（nfs4）" in str(notice) and "PostgreSQL" in str(notice)
        assert str(share / "t.db") in str(notice)
    finally:
        db.dispose()


def test_a_local_database_has_no_notice(tmp_path):
    db = open_database(str(tmp_path / "t.db"), create=True)
    assert db.notices == ()
    db.dispose()


def test_the_command_line_prints_the_warning_on_stderr_and_goes_on(share, capsys):
    path = share / "t.db"
    assert main(["--database", str(path), "init"]) == 0
    capsys.readouterr()
    assert main(["--database", str(path), "list", "bodies"]) == 0
    out, err = capsys.readouterr()
    assert err.count("警告：数据库文件位于网络共享") == 1 and "PostgreSQL" in err
    assert "三方协调" in out and "警告" not in out
