"""PDF from a .docx through LibreOffice (``soffice --headless --convert-to pdf``), when installed.

The conversion runs in a temporary folder with a throw-away LibreOffice profile (so it neither
waits for nor disturbs a LibreOffice the user has open), and the PDF is moved into place
atomically. Without LibreOffice the GUI and the command line use Qt's PDF writer instead
(``desktop.rendering.pdf``), which lives outside the Qt-free layers.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from desktop.errors import UserError
from desktop.exports.atomic import atomic_write
from desktop.i18n import QT_TRANSLATE_NOOP

ENV_SOFFICE = "TRIPARTITE_SOFFICE"   # a full path, or "none" to act as if it were not installed
TIMEOUT_S = 120
_CANDIDATES = ("soffice", "libreoffice",
               r"C:\Program Files\LibreOffice\program\soffice.exe",
               r"C:\Program Files (x86)\LibreOffice\program\soffice.exe")


def find_soffice() -> str | None:
    """The LibreOffice executable, or None."""
    override = os.environ.get(ENV_SOFFICE, "").strip()
    if override:
        return None if override.lower() == "none" else shutil.which(override)
    for name in _CANDIDATES:
        found = shutil.which(name) or (name if os.path.isfile(name) else None)
        if found:
            return found
    return None


def docx_bytes_to_pdf(data: bytes, path: Path, *, name: str = "document") -> Path:
    """Convert .docx bytes to ``path``; UserError when LibreOffice is missing or fails."""
    soffice = find_soffice()
    if soffice is None:
        raise UserError(QT_TRANSLATE_NOOP("Errors", "未找到 LibreOffice，无法用它生成 PDF。"))
    with tempfile.TemporaryDirectory(prefix="tripartite-pdf-") as tmp:
        folder = Path(tmp)
        source = folder / f"{name}.docx"
        source.write_bytes(data)
        profile = (folder / "profile").as_uri()
        command = [soffice, f"-env:UserInstallation={profile}", "--headless", "--norestore",
                   "--convert-to", "pdf", "--outdir", str(folder / "out"), str(source)]
        try:
            done = subprocess.run(command, capture_output=True, timeout=TIMEOUT_S, check=False)
        except (OSError, subprocess.TimeoutExpired) as exc:
            raise UserError(QT_TRANSLATE_NOOP("Errors", "LibreOffice 转换 PDF 失败：{reason}"),
                            reason=exc) from None
        produced = folder / "out" / f"{name}.pdf"
        if done.returncode != 0 or not produced.is_file() or produced.stat().st_size == 0:
            reason = (done.stderr or done.stdout).decode("utf-8", "replace").strip()
            raise UserError(QT_TRANSLATE_NOOP("Errors", "LibreOffice 转换 PDF 失败：{reason}"),
                            reason=reason or f"exit {done.returncode}")
        return atomic_write(Path(path), lambda tmp_path: shutil.copyfile(produced, tmp_path))


def docx_to_pdf(docx: Path, path: Path) -> Path:
    """Convert a .docx file to ``path`` through LibreOffice."""
    return docx_bytes_to_pdf(Path(docx).read_bytes(), path, name="document")
