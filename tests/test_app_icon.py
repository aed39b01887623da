"""The program's icon: app.svg for the windows, app.ico (every size Windows asks for) for the .exe
and the installer, both named where the packaging takes them."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QImageReader

from desktop.app import app_icon
from desktop.paths import resource

ROOT = Path(__file__).resolve().parents[1]


def test_the_windows_get_the_app_icon(qapp):
    icon = app_icon()
    assert not icon.isNull()
    image = icon.pixmap(64, 64).toImage()
    assert image.pixelColor(32, 4).red() > 150      # the red square, not a blank pixmap


@pytest.mark.parametrize("index, side", [(0, 16), (3, 32), (5, 48), (7, 256)])
def test_the_ico_holds_each_size_windows_asks_for(qapp, index, side):
    reader = QImageReader(str(resource("icons", "app.ico")))
    assert reader.imageCount() == 8
    assert reader.jumpToImage(index)
    image = reader.read()
    assert (image.width(), image.height()) == (side, side)
    assert image.pixelColor(side // 2, side // 10).alpha() == 255   # drawn, not transparent


def test_the_packaging_takes_the_ico():
    assert 'icon=str(RESOURCES / "icons" / "app.ico")' in (ROOT / "packaging" / "tripartite.spec").read_text()
    assert r"SetupIconFile=..\..\resources\icons\app.ico" in (
        ROOT / "packaging" / "windows" / "tripartite.iss").read_text(encoding="utf-8-sig")
