"""Build the self-contained folder dist/tripartite/ (and on Windows its setup.exe): one command.

    python packaging/build.py [--installer] [--sign "COMMAND $f"] [--iscc PATH]

1. PyInstaller runs ``packaging/tripartite.spec`` into ``build/pyinstaller`` and ``dist/``
   (both ignored by git; the previous ``dist/tripartite`` is replaced).
2. The folder is checked for what the app loads at run time: the programs, Qt's platform,
   image-format, icon-engine (and on Windows style) plugins, Qt's Chinese translation, the
   app's .qm, templates, icons and stylesheet, and every alembic migration script.
3. ``--installer`` (Windows): Inno Setup's ISCC.exe compiles ``packaging/windows/tripartite.iss``
   into ``dist/tripartite-<version>-setup.exe``; ``--sign`` hands it a sign tool command
   (``$f`` is the file) to sign setup.exe, the uninstaller and the two programs.

Needs the packaging tools: ``python -m pip install -e ".[packaging,postgres]" -c constraints.txt``
(without psycopg the bundle has no PostgreSQL mode, and says so here).
Then ``python packaging/smoke.py`` starts the bundle under Xvfb (Linux) and times it.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "packaging" / "tripartite.spec"
ISS = ROOT / "packaging" / "windows" / "tripartite.iss"
DIST = ROOT / "dist"
BUNDLE = DIST / "tripartite"
WORK = ROOT / "build" / "pyinstaller"
WINDOWS = sys.platform == "win32"

# Relative to the folder PyInstaller puts next to the programs (sys._MEIPASS); globs.
COMMON = [
    "desktop/resources/templates/minutes.docx",
    "desktop/resources/templates/official.docx",
    "desktop/resources/translations/tripartite_en.qm",
    "desktop/resources/styles/app.qss",
    "desktop/resources/icons/*.svg",
    "desktop/migrations/env.py",
    "desktop/migrations/script.py.mako",
]
LINUX = [
    "PySide6/Qt/plugins/platforms/libqxcb.so",
    "PySide6/Qt/plugins/platforms/libqoffscreen.so",
    "PySide6/Qt/plugins/platforms/libqwayland*.so",
    "PySide6/Qt/plugins/xcbglintegrations/*.so",
    "PySide6/Qt/plugins/imageformats/libqsvg.so",
    "PySide6/Qt/plugins/iconengines/libqsvgicon.so",
    "PySide6/Qt/translations/qtbase_zh_CN.qm",
]
WINDOWS_ONLY = [
    "PySide6/plugins/platforms/qwindows.dll",
    "PySide6/plugins/platforms/qoffscreen.dll",
    "PySide6/plugins/imageformats/qsvg.dll",
    "PySide6/plugins/iconengines/qsvgicon.dll",
    "PySide6/plugins/styles/*.dll",
    "PySide6/translations/qtbase_zh_CN.qm",
]


class BuildError(Exception):
    """The build cannot go on: the message says why and what to do."""


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    try:
        check_tools(args)
        run_pyinstaller()
        check_bundle(BUNDLE)
        print(f"bundle: {BUNDLE} ({folder_mib(BUNDLE):.1f} MiB)")
        if args.installer:
            setup = make_installer(args.iscc, args.sign)
            print(f"installer: {setup} ({setup.stat().st_size / 2**20:.1f} MiB)")
    except BuildError as exc:
        print(f"build: {exc}", file=sys.stderr)
        return 1
    return 0


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--installer", action="store_true",
                        help="Windows: also make setup.exe with Inno Setup")
    parser.add_argument("--iscc", help="path of ISCC.exe (default: the PATH, then Program Files)")
    parser.add_argument("--sign", metavar="COMMAND",
                        help='sign tool command for Inno Setup, "$f" standing for the file')
    args = parser.parse_args(argv)
    if (args.sign or args.iscc) and not args.installer:
        parser.error("--sign and --iscc go with --installer")
    if args.installer and not WINDOWS:
        parser.error("--installer needs Windows (Inno Setup)")
    return args


def check_tools(args: argparse.Namespace) -> None:
    if importlib.util.find_spec("PyInstaller") is None:
        raise BuildError('PyInstaller is missing: python -m pip install -e ".[packaging]" '
                         "-c constraints.txt")
    if importlib.util.find_spec("psycopg") is None:
        print("build: psycopg is not installed: the bundle will open SQLite files only "
              '(install ".[postgres]" for the PostgreSQL mode)', file=sys.stderr)
    if args.installer:
        args.iscc = find_iscc(args.iscc)


def run_pyinstaller() -> None:
    shutil.rmtree(BUNDLE, ignore_errors=True)
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean",
               "--distpath", str(DIST), "--workpath", str(WORK), str(SPEC)]
    print("build:", " ".join(command), flush=True)
    if subprocess.run(command, cwd=ROOT).returncode != 0:
        raise BuildError("PyInstaller failed (its messages are above)")


def check_bundle(bundle: Path) -> None:
    """Refuse a bundle that lacks a file the app loads at run time."""
    programs = ["tripartite.exe", "tripartite-cli.exe"] if WINDOWS else ["tripartite"]
    missing = [name for name in programs if not (bundle / name).is_file()]
    internal = bundle / "_internal"
    patterns = COMMON + (WINDOWS_ONLY if WINDOWS else LINUX)
    missing += [pattern for pattern in patterns if not any(internal.glob(pattern))]
    scripts = {p.name for p in (ROOT / "desktop" / "migrations" / "versions").glob("*.py")}
    bundled = {p.name for p in (internal / "desktop" / "migrations" / "versions").glob("*.py")}
    missing += sorted(f"desktop/migrations/versions/{name}" for name in scripts - bundled)
    if missing:
        raise BuildError("the bundle lacks:\n  " + "\n  ".join(missing))


def folder_mib(folder: Path) -> float:
    files = (p for p in folder.rglob("*") if p.is_file() and not p.is_symlink())
    return sum(p.stat().st_size for p in files) / 2**20


def find_iscc(given: str | None) -> str:
    local = os.environ.get("LOCALAPPDATA")  # a per-user install of Inno Setup
    folders = [os.environ.get("PROGRAMFILES(X86)"), os.environ.get("PROGRAMFILES"),
               local and str(Path(local) / "Programs")]
    candidates = [given] if given else [
        shutil.which("iscc"),
        *(str(Path(folder) / "Inno Setup 6" / "ISCC.exe") for folder in folders if folder),
    ]
    for candidate in candidates:
        if candidate and Path(candidate).is_file():
            return candidate
    raise BuildError("Inno Setup 6 was not found: install it (ISCC.exe) or give --iscc PATH")


def make_installer(iscc: str, sign: str | None) -> Path:
    from desktop import __version__

    command = [iscc, f"/DAppVersion={__version__}", f"/DSourceDir={BUNDLE}",
               f"/DOutputDir={DIST}"]
    if sign:
        command += [f"/Ssigntool={sign}", "/DSign=1"]
    print("build:", " ".join(command), flush=True)
    if subprocess.run([*command, str(ISS)], cwd=ISS.parent).returncode != 0:
        raise BuildError("Inno Setup failed (its messages are above)")
    return DIST / f"tripartite-{__version__}-setup.exe"


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    sys.exit(main())
