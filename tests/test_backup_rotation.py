"""Backups that happen by themselves (issue 15): the rotation (dates faked), the checks on each
copy, the list, the tidy-up on start, and the command line's ``backup`` / ``backup --list``."""

from __future__ import annotations

import os
import shutil
import sqlite3
from datetime import datetime, timedelta

from desktop.backup import (
    Retention,
    backed_up_today,
    backups_folder,
    list_backups,
    load_retention,
    tidy_database_folder,
    write_rotating_backup,
)
from desktop.cli import main
from tests.support import need
from tests.test_backup import add_org, live, org_names  # noqa: F401 - the fixture

START = datetime(2026, 1, 1, 9, 0)


def taken(database):
    return [info.taken for info in list_backups(database)]


def test_daily_for_a_week_weekly_for_a_month_monthly_for_a_year(live):  # noqa: F811
    for day in range(400):  # one backup a day, two on Sundays, for 400 days
        when = START + timedelta(days=day)
        write_rotating_backup(live, now=when)
        if when.weekday() == 6:
            write_rotating_backup(live, now=when + timedelta(hours=8))
    kept = taken(live)
    last = START + timedelta(days=399)
    assert [t.date() for t in kept[:7]] == [(last - timedelta(days=d)).date() for d in range(7)]
    assert all(t.hour == 17 for t in kept[:7] if t.weekday() == 6)  # the day's newest copy
    weeks = {t.isocalendar()[:2] for t in kept}
    months = {(t.year, t.month) for t in kept}
    assert len(months) == 12 and len(weeks) >= 4
    assert len(kept) <= 7 + 4 + 12 and len(kept) == len(set(kept))
    # each kept copy is the newest of its month: the month's last day, except the current one
    for year, month in months - {(last.year, last.month)}:
        newest = max(t for t in kept if (t.year, t.month) == (year, month))
        assert (newest + timedelta(days=1)).month != month


def test_retention_comes_from_the_settings_file(live, tmp_path):  # noqa: F811
    (tmp_path / "config").mkdir(exist_ok=True)
    (tmp_path / "config" / "backup.json").write_text('{"daily": 2, "weekly": 0, "monthly": 0}')
    assert load_retention() == Retention(2, 0, 0)
    for day in range(5):
        write_rotating_backup(live, now=START + timedelta(days=day))
    assert taken(live) == [START + timedelta(days=4), START + timedelta(days=3)]


def test_each_copy_is_owner_only_checked_and_says_what_it_holds(live):  # noqa: F811
    add_org(live, "备份中的单位")
    path = write_rotating_backup(live, now=START)
    assert path.parent == live.parent / "backups" and path.stat().st_mode & 0o777 == 0o600
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()
    [info] = list_backups(live)
    assert (info.taken, info.size) == (START, path.stat().st_size)
    assert (info.meetings, info.minutes, info.actions) == (0, 0, 0)
    assert "备份中的单位" in org_names(path)
    assert backed_up_today(live, now=START) and not backed_up_today(live, now=START + timedelta(days=1))


def test_tidy_removes_orphaned_parts_and_all_but_the_newest_before_copy_of_each_version(live):  # noqa: F811
    folder = live.parent
    backups_folder(live).mkdir()
    old_part = backups_folder(live) / "tripartite-20260101-090000.db.part"
    fresh_part = folder / "x.db.part"
    for part in (old_part, fresh_part):
        part.write_bytes(b"half")
    hour_ago = (datetime.now() - timedelta(hours=2)).timestamp()
    os.utime(old_part, (hour_ago, hour_ago))
    names = ["tripartite.before-0002-20260101-100000.db", "tripartite.before-0002-20260301-100000.db",
             "tripartite.before-0003-20260401-100000.db", "other.before-0002-20260101-100000.db"]
    for name in names:
        shutil.copy(live, folder / name)
    removed = tidy_database_folder(live)
    assert sorted(p.name for p in removed) == sorted([old_part.name, names[0]])
    assert fresh_part.exists()  # a backup may still be writing it
    assert all((folder / n).exists() for n in names[1:])


def test_backup_without_output_writes_into_the_rotation_and_list_shows_it(live, capsys):  # noqa: F811
    assert main(["--database", str(live), "backup"]) == 0
    assert "backups" in capsys.readouterr().out
    assert main(["--database", str(live), "backup", "--list"]) == 0
    out = capsys.readouterr().out
    [line] = out.splitlines()
    assert "会议 0、纪要 0、督办事项 0" in line and str(list_backups(live)[0].path) in line


def test_postgresql_backup_without_pg_dump_on_the_path_says_so(monkeypatch, capsys, tmp_path):
    monkeypatch.setenv("PATH", str(tmp_path))
    code = main(["--database", "postgresql+psycopg://u:p@127.0.0.1:1/none", "backup", "-o",
                 str(tmp_path / "x.dump")])
    err = capsys.readouterr().err
    assert code == 1 and "找不到 pg_dump" in err


def test_postgresql_backup_runs_pg_dump_in_custom_format(tmp_path, capsys):
    url = os.environ.get("TRIPARTITE_TEST_PG_URL")
    need(bool(url) and shutil.which("pg_dump") is not None,
         "no PostgreSQL test server (TRIPARTITE_TEST_PG_URL) or no pg_dump on PATH")
    out = tmp_path / "db.dump"
    assert main(["--database", url, "backup", "-o", str(out)]) == 0, capsys.readouterr().err
    assert out.read_bytes()[:5] == b"PGDMP" and out.stat().st_mode & 0o777 == 0o600


# ---------------------------------------------------------------- in the app

def test_restore_from_the_list_brings_that_backup_back(qtbot, live, monkeypatch):  # noqa: F811
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    from desktop.config import Identity
    from desktop.db import open_database
    from desktop.views import maintenance
    from desktop.views.workspace import Workspace

    write_rotating_backup(live, now=START)
    add_org(live, "备份后的单位")
    write_rotating_backup(live, now=START + timedelta(days=1))
    add_org(live, "最后的单位")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    shown = []

    def pick_older():
        dialog = next(w for w in QApplication.topLevelWidgets()
                      if isinstance(w, maintenance.BackupListDialog) and w.isVisible())
        shown.append([dialog.tree.topLevelItem(i).text(0) for i in range(dialog.tree.topLevelItemCount())])
        dialog.tree.setCurrentItem(dialog.tree.topLevelItem(1))
        dialog.restore_button.click()

    QTimer.singleShot(50, pick_older)
    workspace = Workspace(open_database(str(live)), Identity("王秘书"))
    try:
        assert maintenance.restore_database(None, workspace)
    finally:
        workspace.db.dispose()
    assert shown == [["2026-01-02 09:00", "2026-01-01 09:00"]]  # newest first
    names = org_names(live)
    assert "备份后的单位" not in names and "最后的单位" not in names
    conn = sqlite3.connect(live)
    who, action = conn.execute("SELECT user, action FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
    conn.close()
    assert (who, action) == ("王秘书", "restore")


def workspace_on(path):
    from desktop.config import Identity
    from desktop.db import open_database
    from desktop.views.changes import ChangeHub
    from desktop.views.workspace import Workspace

    return Workspace(open_database(str(path)), Identity("测试员"), ChangeHub())


def test_exit_after_changes_writes_a_backup_and_exit_without_changes_does_not(qapp, live):  # noqa: F811
    from desktop.app import AutomaticBackups
    from desktop.changes import Changes

    workspace = workspace_on(live)
    backups = AutomaticBackups(workspace)
    backups.on_exit()
    assert list_backups(live) == []
    workspace.hub.announce(Changes.everything())
    backups.on_exit()
    workspace.db.dispose()
    assert len(list_backups(live)) == 1


def test_exit_after_a_write_from_elsewhere_writes_a_backup(qapp, live):  # noqa: F811
    from desktop.app import AutomaticBackups

    workspace = workspace_on(live)
    backups = AutomaticBackups(workspace)
    add_org(live, "命令行新增的单位")  # the audit log grew
    backups.on_exit()
    workspace.db.dispose()
    assert len(list_backups(live)) == 1


def test_start_tidies_and_makes_the_daily_backup_after_the_first_paint(qtbot, live):  # noqa: F811
    from PySide6.QtWidgets import QMainWindow

    from desktop.app import AutomaticBackups

    part = live.parent / "stale.db.part"
    part.write_bytes(b"x")
    old = (datetime.now() - timedelta(hours=3)).timestamp()
    os.utime(part, (old, old))
    workspace = workspace_on(live)
    backups = AutomaticBackups(workspace)
    assert part.exists()   # nothing before the first paint (the database may still be opening)
    window = QMainWindow()
    qtbot.addWidget(window)
    backups.after_first_paint(window)
    assert not part.exists()
    assert "已清理 1 个" in window.statusBar().currentMessage()
    qtbot.waitUntil(lambda: backed_up_today(live), timeout=10000)
    from PySide6.QtCore import QThreadPool

    QThreadPool.globalInstance().waitForDone()
    workspace.db.dispose()
    assert len(list_backups(live)) == 1
