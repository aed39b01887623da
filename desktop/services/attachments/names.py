"""File names every system can save: Windows is the strictest (its rules apply on Linux too,
because a copy saved here may be opened on a secretary's Windows PC)."""

from __future__ import annotations

import re

from desktop.errors import ValidationError
from desktop.i18n import QT_TRANSLATE_NOOP

MAX_NAME = 255
FORBIDDEN = '<>:"/\\|?*'
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
RESERVED = frozenset({"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(1, 10)),
                      *(f"LPT{i}" for i in range(1, 10)), "COM¹", "COM²", "COM³", "LPT¹", "LPT²",
                      "LPT³"})


def check_file_name(name: str) -> str:
    """``name`` when Windows can save a file so named; ValidationError saying why otherwise."""
    if not name or not name.strip():
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "附件名称不能为空。"), field="name")
    if len(name) > MAX_NAME:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "附件名称过长（最多 {max} 个字符）：{name}"),
                              field="name", max=MAX_NAME, name=name[:40] + "…")
    bad = sorted({ch for ch in name if ch in FORBIDDEN})
    if bad or _CONTROL.search(name):
        shown = " ".join(bad) if bad else QT_TRANSLATE_NOOP("Errors", "控制字符")
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "附件名称“{name}”含有 Windows 不允许的字符（{chars}），请改名后再添加。"),
            field="name", name=_CONTROL.sub("?", name), chars=shown)
    if name[-1] in ". ":
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "附件名称“{name}”以点或空格结尾，Windows 无法保存，请改名后再添加。"),
            field="name", name=name)
    stem = name.split(".", 1)[0].rstrip(" ").upper()
    if stem in RESERVED:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "附件名称“{name}”是 Windows 的保留名称（{stem}），请改名后再添加。"),
            field="name", name=name, stem=stem)
    return name
