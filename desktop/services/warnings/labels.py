"""Chinese names of the warning enums, for lists, documents and refusals (translated by Qt)."""

from __future__ import annotations

from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.models import LEVEL_ORDER, MessageKind, WarningCategory, WarningLevel, WarningStatus

EXPIRED = "expired"   # a shown status: active, past its expiry (Asia/Shanghai)

CATEGORY_LABELS = {
    WarningCategory.ARREARS.value: QT_TRANSLATE_NOOP("Labels", "欠薪"),
    WarningCategory.INSURANCE.value: QT_TRANSLATE_NOOP("Labels", "社保欠缴"),
    WarningCategory.LAYOFFS.value: QT_TRANSLATE_NOOP("Labels", "裁员"),
    WarningCategory.RELOCATION.value: QT_TRANSLATE_NOOP("Labels", "停产搬迁"),
    WarningCategory.PETITION.value: QT_TRANSLATE_NOOP("Labels", "信访"),
    WarningCategory.OTHER.value: QT_TRANSLATE_NOOP("Labels", "其他"),
}
LEVEL_LABELS = {
    WarningLevel.RED.value: QT_TRANSLATE_NOOP("Labels", "红色"),
    WarningLevel.ORANGE.value: QT_TRANSLATE_NOOP("Labels", "橙色"),
    WarningLevel.YELLOW.value: QT_TRANSLATE_NOOP("Labels", "黄色"),
    WarningLevel.BLUE.value: QT_TRANSLATE_NOOP("Labels", "蓝色"),
}
LEVEL_NUMERALS = {level.value: numeral for level, numeral in zip(LEVEL_ORDER, ("I", "II", "III", "IV"))}
LEVEL_COLOURS = {"red": "#d93025", "orange": "#f29900", "yellow": "#f9d71c", "blue": "#1a73e8"}
STATUS_LABELS = {
    WarningStatus.SUGGESTED.value: QT_TRANSLATE_NOOP("Labels", "待签发"),
    WarningStatus.ACTIVE.value: QT_TRANSLATE_NOOP("Labels", "生效中"),
    EXPIRED: QT_TRANSLATE_NOOP("Labels", "已过期"),
    WarningStatus.LIFTED.value: QT_TRANSLATE_NOOP("Labels", "已解除"),
    WarningStatus.DISMISSED.value: QT_TRANSLATE_NOOP("Labels", "不予预警"),
}
KIND_LABELS = {
    MessageKind.ISSUE.value: QT_TRANSLATE_NOOP("Labels", "签发"),
    MessageKind.ADJUST.value: QT_TRANSLATE_NOOP("Labels", "调整级别"),
    MessageKind.EXTEND.value: QT_TRANSLATE_NOOP("Labels", "延期"),
    MessageKind.LIFT.value: QT_TRANSLATE_NOOP("Labels", "解除"),
}


def level_text(level: str) -> str:
    """``红色（I级）``: the level as documents name it."""
    return f"{LEVEL_LABELS.get(level, level)}（{LEVEL_NUMERALS.get(level, '')}级）"
