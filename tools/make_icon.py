"""Render resources/icons/app.svg into the Windows icon resources/icons/app.ico.

    python tools/make_icon.py

The .ico holds the sizes Windows asks for (16–256 px), each a PNG (ICO's Vista format), drawn by
Qt's SVG renderer: no image library beyond PySide6. Run again after changing app.svg and commit
both files; the PyInstaller spec and the Inno Setup script take the .ico.
"""

from __future__ import annotations

import struct
import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parents[1] / "resources" / "icons"
SIZES = (16, 20, 24, 32, 40, 48, 64, 256)


def png_of(renderer: QSvgRenderer, size: int) -> bytes:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data)


def ico_of(images: dict[int, bytes]) -> bytes:
    """An ICO file: the header, one directory entry per size, then the PNGs."""
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries, blobs = b"", b""
    for size, png in images.items():
        side = 0 if size >= 256 else size   # 0 means 256 in an ICO directory
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset + len(blobs))
        blobs += png
    return header + entries + blobs


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 - Qt needs one
    renderer = QSvgRenderer(str(ICONS / "app.svg"))
    if not renderer.isValid():
        print("app.svg cannot be read", file=sys.stderr)
        return 1
    (ICONS / "app.ico").write_bytes(ico_of({size: png_of(renderer, size) for size in SIZES}))
    print(ICONS / "app.ico")
    return 0


if __name__ == "__main__":
    sys.exit(main())
