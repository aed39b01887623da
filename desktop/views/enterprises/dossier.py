"""The register sections of 企业档案: screening results over time, warnings with their chains."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem

from desktop.services.enterprises.dossier import Dossier, ScreeningLine, WarningLine
from desktop.services.kernel.timeutil import to_local
from desktop.services.warnings.labels import (
    CATEGORY_LABELS,
    EXPIRED,
    KIND_LABELS,
    LEVEL_COLOURS,
    STATUS_LABELS,
)
from desktop.views.warnings.model import label, level_label

SCREENING_HEADERS = (
    QT_TRANSLATE_NOOP("EnterpriseDossier", "排查"), QT_TRANSLATE_NOOP("EnterpriseDossier", "期间"),
    QT_TRANSLATE_NOOP("EnterpriseDossier", "负责单位"), QT_TRANSLATE_NOOP("EnterpriseDossier", "结果"),
    QT_TRANSLATE_NOOP("EnterpriseDossier", "欠薪月数"), QT_TRANSLATE_NOOP("EnterpriseDossier", "涉及职工"),
    QT_TRANSLATE_NOOP("EnterpriseDossier", "欠薪金额（元）"), QT_TRANSLATE_NOOP("EnterpriseDossier", "社保欠缴月数"),
    QT_TRANSLATE_NOOP("EnterpriseDossier", "拟裁减人数"), QT_TRANSLATE_NOOP("EnterpriseDossier", "排查人"),
    QT_TRANSLATE_NOOP("EnterpriseDossier", "排查时间"), QT_TRANSLATE_NOOP("EnterpriseDossier", "备注"),
)
WARNING_HEADERS = (
    QT_TRANSLATE_NOOP("EnterpriseDossier", "预警"), QT_TRANSLATE_NOOP("EnterpriseDossier", "状态"),
    QT_TRANSLATE_NOOP("EnterpriseDossier", "类别"), QT_TRANSLATE_NOOP("EnterpriseDossier", "期限"),
    QT_TRANSLATE_NOOP("EnterpriseDossier", "原因"), QT_TRANSLATE_NOOP("EnterpriseDossier", "经办"),
    QT_TRANSLATE_NOOP("EnterpriseDossier", "时间"),
)
NOT_SCREENED = QT_TRANSLATE_NOOP("EnterpriseDossier", "未排查")
FOUND = QT_TRANSLATE_NOOP("EnterpriseDossier", "有问题")
NOTHING_FOUND = QT_TRANSLATE_NOOP("EnterpriseDossier", "未发现问题")
NEVER_SCREENED = QT_TRANSLATE_NOOP("EnterpriseDossier", "尚未参加排查")
NO_WARNINGS = QT_TRANSLATE_NOOP("EnterpriseDossier", "没有预警记录")
DRILL = QT_TRANSLATE_NOOP("EnterpriseDossier", "（演练）")
UNTIL = QT_TRANSLATE_NOOP("EnterpriseDossier", "至 {day}")


def _tr(text: str) -> str:
    return QCoreApplication.translate("EnterpriseDossier", text)


def _number(value: Decimal | int | None) -> str:
    if value is None:
        return ""
    return format(value.normalize(), "f") if isinstance(value, Decimal) else str(value)


def _when(value: datetime | None) -> str:
    return to_local(value).strftime("%Y-%m-%d %H:%M") if value is not None else ""


def _day(value: date | None) -> str:
    return value.isoformat() if value is not None else ""


def _fit(tree: QTreeWidget, widest: int = 320) -> None:
    """Columns as wide as their text, none wider than ``widest`` (long reasons wrap into a tooltip)."""
    for column in range(tree.columnCount()):
        tree.resizeColumnToContents(column)
        tree.setColumnWidth(column, min(tree.columnWidth(column), widest))


def _tree(headers: tuple[str, ...]) -> QTreeWidget:
    tree = QTreeWidget()
    tree.setHeaderLabels([_tr(h) for h in headers])
    tree.setRootIsDecorated(False)
    tree.setUniformRowHeights(True)
    tree.setAlternatingRowColors(True)
    return tree


def screening_tree(lines: tuple[ScreeningLine, ...]) -> QTreeWidget:
    """One row per campaign the enterprise was in, newest first."""
    tree = _tree(SCREENING_HEADERS)
    for line in lines:
        found = any((v or 0) > 0 for v in (line.arrears_months, line.workers_affected, line.amount_owed,
                                           line.insurance_months, line.planned_layoffs))
        state = NOT_SCREENED if line.screened_at is None else FOUND if found else NOTHING_FOUND
        tree.addTopLevelItem(QTreeWidgetItem([
            line.campaign, f"{_day(line.first_day)} — {_day(line.last_day)}", line.responsible, _tr(state),
            _number(line.arrears_months), _number(line.workers_affected), _number(line.amount_owed),
            _number(line.insurance_months), _number(line.planned_layoffs), line.screened_by,
            _when(line.screened_at), line.notes]))
    if not lines:
        tree.addTopLevelItem(QTreeWidgetItem([_tr(NEVER_SCREENED)]))
    _fit(tree)
    return tree


def _status(line: WarningLine, today: date) -> str:
    expired = line.status == "active" and line.expires is not None and line.expires < today
    return label(STATUS_LABELS[EXPIRED if expired else line.status])


def warning_tree(lines: tuple[WarningLine, ...], today: date) -> QTreeWidget:
    """One row per warning, newest first, its messages beneath it in order (the chain)."""
    tree = _tree(WARNING_HEADERS)
    tree.setRootIsDecorated(True)
    for line in lines:
        item = QTreeWidgetItem([
            level_label(line.level) + (_tr(DRILL) if line.drill else ""), _status(line, today),
            label(CATEGORY_LABELS.get(line.category, line.category)),
            f"{_day(line.starts)} — {_day(line.expires)}" if line.starts else "", line.reason, "",
            _when(line.created_at)])
        item.setForeground(0, QBrush(QColor(LEVEL_COLOURS.get(line.level, "#000000"))))
        item.setToolTip(4, line.reason)
        for m in line.messages:
            until = _tr(UNTIL).format(day=_day(m.expires)) if m.expires else ""
            item.addChild(QTreeWidgetItem([f"{m.seq}. {label(KIND_LABELS.get(m.kind, m.kind))}",
                                           level_label(m.level), "", until, m.reason, m.sent_by, _when(m.sent_at)]))
        tree.addTopLevelItem(item)
        item.setExpanded(True)
    if not lines:
        tree.addTopLevelItem(QTreeWidgetItem([_tr(NO_WARNINGS)]))
    _fit(tree)
    return tree


def dossier_trees(dossier: Dossier, today: date) -> tuple[QTreeWidget, QTreeWidget]:
    return screening_tree(dossier.screenings), warning_tree(dossier.warnings, today)
