"""Chinese names of the incident register's codes (translated in the views through ``Labels``)."""

from __future__ import annotations

from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.models import Channel, EventKind, IncidentStatus, ReportKind
from desktop.services.kernel.cn_format import cn_num

LEVELS = (1, 2, 3, 4)
LEVEL_LABELS = {
    1: QT_TRANSLATE_NOOP("Labels", "Ⅰ级（特别重大）"),
    2: QT_TRANSLATE_NOOP("Labels", "Ⅱ级（重大）"),
    3: QT_TRANSLATE_NOOP("Labels", "Ⅲ级（较大）"),
    4: QT_TRANSLATE_NOOP("Labels", "Ⅳ级（一般）"),
}
LEVEL_SHORT = {1: "Ⅰ级", 2: "Ⅱ级", 3: "Ⅲ级", 4: "Ⅳ级"}
STATUS_LABELS = {
    IncidentStatus.OPEN.value: QT_TRANSLATE_NOOP("Labels", "处置中"),
    IncidentStatus.CLOSED.value: QT_TRANSLATE_NOOP("Labels", "已结束"),
}
CHANNEL_LABELS = {
    Channel.PHONE.value: QT_TRANSLATE_NOOP("Labels", "电话"),
    Channel.FAX.value: QT_TRANSLATE_NOOP("Labels", "传真"),
    Channel.SMS.value: QT_TRANSLATE_NOOP("Labels", "短信"),
    Channel.IN_PERSON.value: QT_TRANSLATE_NOOP("Labels", "当面"),
    Channel.SYSTEM.value: QT_TRANSLATE_NOOP("Labels", "系统"),
}
REPORT_LABELS = {
    ReportKind.INITIAL.value: QT_TRANSLATE_NOOP("Labels", "初报"),
    ReportKind.FOLLOWUP.value: QT_TRANSLATE_NOOP("Labels", "续报"),
    ReportKind.DAILY.value: QT_TRANSLATE_NOOP("Labels", "日报"),
    ReportKind.FINAL.value: QT_TRANSLATE_NOOP("Labels", "总结评估"),
}
EVENT_LABELS = {
    EventKind.ACTION.value: QT_TRANSLATE_NOOP("Labels", "处置措施"),
    EventKind.LEVEL.value: QT_TRANSLATE_NOOP("Labels", "级别调整"),
    EventKind.NOTE.value: QT_TRANSLATE_NOOP("Labels", "情况记录"),
}


def report_title(kind: str, kind_seq: int) -> str:
    """``初报``, ``续报二``, ``日报（第3期）``, ``总结评估报告``: the name a report is known by."""
    if kind == ReportKind.FOLLOWUP.value:
        return f"续报{cn_num(kind_seq)}"
    if kind == ReportKind.DAILY.value:
        return f"日报（第{kind_seq}期）"
    if kind == ReportKind.FINAL.value:
        return "总结评估报告"
    return "初报"


def resolve_channel(value: str) -> str:
    """A channel key from its key or its Chinese name (电话, 传真 …); anything else is refused."""
    from desktop.errors import ValidationError

    wanted = (value or "").strip()
    if wanted in CHANNEL_LABELS:
        return wanted
    for key, label in CHANNEL_LABELS.items():
        if wanted == label:
            return key
    raise ValidationError(QT_TRANSLATE_NOOP("Errors", "没有通知方式“{value}”。可选：{known}。"),
                          field="channel", value=wanted[:30], known="、".join(CHANNEL_LABELS.values()))
