"""Extract UI strings (Chinese source) into resources/translations/*.ts and compile the .qm.

Usage: python tools/update_translations.py [--check]
  --check   only report whether the .ts is missing strings (exit 1 if so); writes nothing.

Translate new entries with Qt Linguist (``pyside6-linguist``), then run this again to
compile the .qm, and commit both files.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("en",)


def _tool(name: str) -> str:
    exe = shutil.which(name) or str(Path(sys.executable).with_name(name))
    return exe


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "desktop").rglob("*.py"))


def lupdate(ts: Path, language: str) -> None:
    subprocess.run(
        [_tool("pyside6-lupdate"), *sources(), "-source-language", "zh_CN",
         "-target-language", language, "-locations", "none", "-no-obsolete", "-ts", str(ts)],
        cwd=ROOT, check=True, stdout=subprocess.DEVNULL,
    )


def lrelease(ts: Path) -> None:
    subprocess.run([_tool("pyside6-lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))],
                   cwd=ROOT, check=True, stdout=subprocess.DEVNULL)


def main(argv: list[str]) -> int:
    check = "--check" in argv
    for language in LANGUAGES:
        ts = TRANSLATIONS / f"tripartite_{language}.ts"
        if check:
            with tempfile.TemporaryDirectory() as tmp:
                fresh = Path(tmp) / ts.name
                if ts.exists():
                    shutil.copy(ts, fresh)
                lupdate(fresh, language)
                if fresh.read_bytes() != ts.read_bytes():
                    print(f"{ts.name} is out of date: run tools/update_translations.py")
                    return 1
            continue
        lupdate(ts, language)
        lrelease(ts)
        print(f"updated {ts.relative_to(ROOT)} and its .qm")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
