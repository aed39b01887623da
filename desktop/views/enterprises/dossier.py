"""The register sections of 企业档案: screening results over time, warnings with their chains."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from PySide6.QtCore import QCoreApplication
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
    level_text,
)

CONTEXT = "EnterpriseDossier"


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def _label(text: str) -> str:
    return QCoreApplication.translate("Labels", text)


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


def _tree(headers: list[str]) -> QTreeWidget:
    tree = QTreeWidget()
    tree.setHeaderLabels(headers)
    tree.setRootIsDecorated(False)
    tree.setUniformRowHeights(True)
    tree.setAlternatingRowColors(True)
    return tree


def screening_tree(lines: tuple[ScreeningLine, ...]) -> QTreeWidget:
    """One row per campaign the enterprise was in, newest first."""
    tree = _tree([_tr("排查"), _tr("期间"), _tr("负责单位"), _tr("结果"), _tr("欠薪月数"), _tr("涉及职工"),
                  _tr("欠薪金额（元）"), _tr("社保欠缴月数"), _tr("拟裁减人数"), _tr("排查人"), _tr("排查时间"),
                  _tr("备注")])
    for line in lines:
        found = any((v or 0) > 0 for v in (line.arrears_months, line.workers_affected, line.amount_owed,
                                           line.insurance_months, line.planned_layoffs))
        state = _tr("未排查") if line.screened_at is None else (_tr("有问题") if found else _tr("未发现问题"))
        tree.addTopLevelItem(QTreeWidgetItem([
            line.campaign, f"{_day(line.first_day)} — {_day(line.last_day)}", line.responsible, state,
            _number(line.arrears_months), _number(line.workers_affected), _number(line.amount_owed),
            _number(line.insurance_months), _number(line.planned_layoffs), line.screened_by,
            _when(line.screened_at), line.notes]))
    if not lines:
        tree.addTopLevelItem(QTreeWidgetItem([_tr("尚未参加排查")]))
    _fit(tree)
    return tree


def _status(line: WarningLine, today: date) -> str:
    expired = line.status == "active" and line.expires is not None and line.expires < today
    return _label(STATUS_LABELS[EXPIRED if expired else line.status])


def warning_tree(lines: tuple[WarningLine, ...], today: date) -> QTreeWidget:
    """One row per warning, newest first, its messages beneath it in order (the chain)."""
    tree = _tree([_tr("预警"), _tr("状态"), _tr("类别"), _tr("期限"), _tr("原因"), _tr("经办"), _tr("时间")])
    tree.setRootIsDecorated(True)
    for line in lines:
        drill = _tr("（演练）") if line.drill else ""
        item = QTreeWidgetItem([
            _label(level_text(line.level)) + drill, _status(line, today),
            _label(CATEGORY_LABELS.get(line.category, line.category)),
            f"{_day(line.starts)} — {_day(line.expires)}" if line.starts else "", line.reason, "",
            _when(line.created_at)])
        item.setForeground(0, QBrush(QColor(LEVEL_COLOURS.get(line.level, "#000000"))))
        item.setToolTip(4, line.reason)
        for message in line.messages:
            item.addChild(QTreeWidgetItem([
                f"{message.seq}. {_label(KIND_LABELS.get(message.kind, message.kind))}",
                _label(level_text(message.level)), "", _tr("至 {day}").format(day=_day(message.expires))
                if message.expires else "", message.reason, message.sent_by, _when(message.sent_at)]))
        tree.addTopLevelItem(item)
        item.setExpanded(True)
    if not lines:
        tree.addTopLevelItem(QTreeWidgetItem([_tr("没有预警记录")]))
    _fit(tree)
    return tree


def dossier_trees(dossier: Dossier, today: date) -> tuple[QTreeWidget, QTreeWidget]:
    return screening_tree(dossier.screenings), warning_tree(dossier.warnings, today)
