"""Start the built bundle as a user would and prove it works: python packaging/smoke.py

* Starts its own Xvfb (``-displayfd``: no display number to guess), so it needs no xvfb-run.
* The command line of the bundle: ``--version``, ``demo`` into a new database, then a minutes
  .docx (the template) and a ledger .xlsx read back as zip files.
* Start times, launch to the first paint of the main window (``TRIPARTITE_QUIT_AFTER_PAINT=1``
  makes the app print the wall clock then and quit), of the bundle and of ``tripartite`` from
  the virtual environment measured the same way: once on a new data folder (the database is
  created and migrated), then the median of ``--runs`` starts on that folder.
* The main window for real: the bundle on a new data folder, no network (``unshare -n`` when
  it is allowed), found by its title with xdotool, a screenshot of the whole screen with
  ImageMagick's ``import``, compared with the blank screen taken before it started (distinct
  colours, ``identify -format %k``), then Ctrl+Q and a clean exit; the new data folder must hold
  a database at the current schema revision and the day's backup (integrity_check).

Exit status 1 with the reason on standard error when any of it fails.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from desktop.migrations import HEAD  # noqa: E402 - a constant; imports nothing heavy

TITLE = "三方联席秘书台"
MIN_COLOURS = 64  # a painted window has hundreds (anti-aliased text); a blank screen one or two
WINDOW_TIMEOUT_S = 60


class SmokeError(Exception):
    """A check failed: the message says which."""


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    exe = args.bundle / ("tripartite.exe" if os.name == "nt" else "tripartite")
    if not exe.is_file():
        print(f"smoke: no bundle at {exe} (run python packaging/build.py first)", file=sys.stderr)
        return 1
    work = Path(tempfile.mkdtemp(prefix="tripartite-smoke-"))
    try:
        with Xvfb() as display:
            env = base_env(display)
            check_command_line(exe, env, work / "cli")
            times = start_times(exe, args.venv_command, env, work, args.runs)
            colours, blank = screenshot(exe, env, work / "window", args.screenshot)
    except SmokeError as exc:
        print(f"smoke: FAILED: {exc}", file=sys.stderr)
        return 1
    finally:
        shutil.rmtree(work, ignore_errors=True)
    report(args.bundle, times, args.screenshot, colours, blank)
    return 0


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bundle", type=Path, default=ROOT / "dist" / "tripartite")
    parser.add_argument("--venv-command", default="tripartite",
                        help="the command to compare with (default: tripartite on the PATH)")
    parser.add_argument("--runs", type=int, default=3, help="starts after the first (default 3)")
    parser.add_argument("--screenshot", type=Path, default=ROOT / "build" / "smoke" / "bundle.png")
    return parser.parse_args(argv)


class Xvfb:
    """A private X server for the length of a ``with`` block."""

    def __enter__(self) -> str:
        read, write = os.pipe()
        self._proc = subprocess.Popen(
            ["Xvfb", "-displayfd", str(write), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
            pass_fds=(write,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        os.close(write)
        with os.fdopen(read) as pipe:
            number = pipe.readline().strip()  # written once the server accepts clients
        if not number:
            raise SmokeError("Xvfb did not start")
        return f":{number}"

    def __exit__(self, *exc) -> None:
        self._proc.terminate()
        self._proc.wait(10)


def base_env(display: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TRIPARTITE_", "QT_"))}
    env.update(DISPLAY=display, QT_QPA_PLATFORM="xcb", TRIPARTITE_USER="冒烟测试",
               TRIPARTITE_LANG="zh")
    return env


def folders_env(env: dict[str, str], folder: Path) -> dict[str, str]:
    """``env`` with a data and a settings folder of its own under ``folder``."""
    return {**env, "TRIPARTITE_DATA_DIR": str(folder / "data"),
            "TRIPARTITE_CONFIG_DIR": str(folder / "config")}


def offline() -> list[str]:
    """``unshare -n`` (a network namespace with nothing in it) where this user may make one."""
    unshare = shutil.which("unshare")
    if unshare and subprocess.run([unshare, "-n", "true"], capture_output=True).returncode == 0:
        return [unshare, "-n"]
    return []


def run(command: list[str], env: dict[str, str], timeout: float = 120) -> str:
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=timeout)
    if done.returncode != 0 or "Traceback" in done.stderr:
        raise SmokeError(f"{' '.join(command)} exited {done.returncode}: {done.stderr.strip()}")
    return done.stdout


# -- the command line ---------------------------------------------------------------------


def check_command_line(exe: Path, env: dict[str, str], folder: Path) -> None:
    env = folders_env(env, folder)
    folder.mkdir(parents=True)
    version = run([str(exe), "--version"], env).strip()
    if not version.startswith("tripartite "):
        raise SmokeError(f"--version printed {version!r}")
    db = str(folder / "cli.db")
    run([*offline(), str(exe), "--database", db, "demo", "--scale", "small"], env, timeout=300)
    docx, xlsx = folder / "minutes.docx", folder / "ledger.xlsx"
    meeting = first_minutes_meeting(db)
    run([str(exe), "--database", db, "export", "minutes", str(meeting), "-o", str(docx)], env)
    year = str(time.localtime().tm_year)
    run([str(exe), "--database", db, "report", "ledger", "--year", year, "-o", str(xlsx)], env)
    expect_member(docx, "word/document.xml", "纪要")
    expect_member(xlsx, "xl/workbook.xml", "")
    print(f"command line: {version}; demo, minutes .docx and ledger .xlsx written", flush=True)


def first_minutes_meeting(db: str) -> int:
    with sqlite3.connect(db) as conn:
        row = conn.execute("SELECT meeting_id FROM minutes ORDER BY meeting_id LIMIT 1").fetchone()
    if row is None:
        raise SmokeError("the demo wrote no minutes")
    return row[0]


def expect_member(path: Path, member: str, text: str) -> None:
    try:
        with zipfile.ZipFile(path) as archive:
            body = archive.read(member).decode("utf-8")
    except (OSError, KeyError, zipfile.BadZipFile) as exc:
        raise SmokeError(f"{path.name} is no valid file: {exc}") from exc
    if text not in body:
        raise SmokeError(f"{path.name} lacks {text!r}")


# -- start times ----------------------------------------------------------------------------


def start_times(exe: Path, venv_command: str, env: dict[str, str], work: Path,
                runs: int) -> dict[str, tuple[float, float]]:
    """``{label: (first start on a new folder, median of the later starts)}`` in seconds."""
    commands = {"bundle": [str(exe)]}
    venv = shutil.which(venv_command, path=env.get("PATH"))
    if venv:
        commands["venv"] = [venv]
    else:
        print(f"start times: no {venv_command!r} on the PATH to compare with", file=sys.stderr)
    times = {}
    for label, command in commands.items():
        folder_env = folders_env(env, work / f"times-{label}")
        first = first_paint(command, folder_env)
        later = [first_paint(command, folder_env) for _ in range(runs)]
        times[label] = (first, statistics.median(later))
    return times


def first_paint(command: list[str], env: dict[str, str]) -> float:
    """Seconds from launch to the first paint, by the wall clock the app prints then."""
    env = {**env, "TRIPARTITE_QUIT_AFTER_PAINT": "1"}
    started = time.time()
    out = run([*offline(), *command], env)
    for line in out.splitlines():
        if line.startswith("first-paint "):
            return float(line.split()[2]) - started
    raise SmokeError(f"{command[0]} printed no first-paint line: {out!r}")


# -- the main window ------------------------------------------------------------------------


def screenshot(exe: Path, env: dict[str, str], folder: Path, png: Path) -> tuple[int, int]:
    """Start the bundle on a new folder, wait for its window, grab the screen; quit it."""
    png.parent.mkdir(parents=True, exist_ok=True)
    blank = grab(env, png.with_name("blank.png"))
    env = folders_env(env, folder)
    log = folder / "stderr.txt"
    folder.mkdir(parents=True)
    with log.open("w") as err:
        proc = subprocess.Popen([*offline(), str(exe)], env=env, stdout=subprocess.DEVNULL,
                                stderr=err)
    try:
        window = wait_for_window(proc, env)
        colours = wait_for_paint(proc, env, png, blank)
        quit_by_keyboard(proc, env, window)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    errors = log.read_text(encoding="utf-8", errors="replace")
    if "Traceback" in errors:
        raise SmokeError(f"the bundle wrote a traceback:\n{errors}")
    check_new_database(folder / "data" / "tripartite.db")
    return colours, blank


def grab(env: dict[str, str], png: Path) -> int:
    """Screenshot of the whole screen to ``png``; its number of distinct colours."""
    subprocess.run(["import", "-window", "root", str(png)], env=env, check=True,
                   capture_output=True, timeout=30)
    out = subprocess.run(["identify", "-format", "%k", str(png)], env=env, check=True,
                         capture_output=True, text=True, timeout=30).stdout
    return int(out.strip())


def wait_for_window(proc: subprocess.Popen, env: dict[str, str]) -> str:
    deadline = time.monotonic() + WINDOW_TIMEOUT_S
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SmokeError(f"the bundle exited with {proc.returncode} before its window showed")
        found = subprocess.run(["xdotool", "search", "--onlyvisible", "--name", f"^{TITLE}$"],
                               env=env, capture_output=True, text=True)
        if found.stdout.strip():
            return found.stdout.split()[0]
        time.sleep(0.2)  # polling another process: nothing to wait on
    raise SmokeError(f"no window titled {TITLE} within {WINDOW_TIMEOUT_S} s")


def wait_for_paint(proc: subprocess.Popen, env: dict[str, str], png: Path, blank: int) -> int:
    """The window is mapped before it is painted: grab until the screen shows it."""
    deadline = time.monotonic() + WINDOW_TIMEOUT_S
    colours = blank
    while time.monotonic() < deadline and proc.poll() is None:
        colours = grab(env, png)
        if colours >= max(MIN_COLOURS, 10 * blank):
            return colours
        time.sleep(0.5)
    raise SmokeError(f"the screen stayed blank ({colours} colours, blank {blank}); see {png}")


def quit_by_keyboard(proc: subprocess.Popen, env: dict[str, str], window: str) -> None:
    subprocess.run(["xdotool", "windowfocus", "--sync", window], env=env, capture_output=True)
    subprocess.run(["xdotool", "key", "ctrl+q"], env=env, capture_output=True)
    try:
        code = proc.wait(30)
    except subprocess.TimeoutExpired as exc:
        raise SmokeError("the bundle did not quit on Ctrl+Q") from exc
    if code != 0:
        raise SmokeError(f"the bundle exited with {code}")


def check_new_database(path: Path) -> None:
    if not path.is_file():
        raise SmokeError(f"the first start made no database at {path}")
    with sqlite3.connect(path) as conn:
        revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]
        bodies = conn.execute("SELECT count(*) FROM bodies").fetchone()[0]
    if revision != HEAD or bodies == 0:
        raise SmokeError(f"the new database is at {revision} with {bodies} bodies")
    check_daily_backup(path.parent / "backups")


def check_daily_backup(folder: Path) -> None:
    """The first start of the day backs up in the background; quitting waits for it."""
    copies = sorted(folder.glob("*.db"))
    if not copies:
        raise SmokeError(f"the first start left no daily backup in {folder}")
    with sqlite3.connect(f"file:{copies[-1]}?mode=ro", uri=True) as conn:
        verdict = conn.execute("PRAGMA integrity_check").fetchone()[0]
    if verdict != "ok":
        raise SmokeError(f"the daily backup {copies[-1].name} fails integrity_check: {verdict}")


# -- the report -----------------------------------------------------------------------------


def folder_size(folder: Path) -> tuple[int, int]:
    files = [p for p in folder.rglob("*") if p.is_file() and not p.is_symlink()]
    return sum(p.stat().st_size for p in files), len(files)


def report(bundle: Path, times: dict[str, tuple[float, float]], png: Path, colours: int,
           blank: int) -> None:
    size, count = folder_size(bundle)
    print(f"bundle: {bundle}, {size / 2**20:.1f} MiB in {count:,} files")
    print("start to first paint of the main window (s):  first start (new data folder)"
          "   later starts (median)")
    names = {"bundle": "bundle", "venv": "tripartite from the venv"}
    for label, (first, later) in times.items():
        print(f"  {names[label]:<28}{first:>18.2f}{later:>24.2f}")
    print(f"screenshot: {png} ({colours:,} colours; blank screen {blank})")
    print("bundle smoke test passed")


if __name__ == "__main__":
    sys.exit(main())
