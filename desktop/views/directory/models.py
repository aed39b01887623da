"""Table models of organisations and people."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desktop.i18n import LABELS
from desktop.services.directory.core import ORG_KIND_LABELS
from desktop.views.table_model import Column, RowTableModel


def kind_label(kind: str) -> str:
    """An organisation kind in the user's language."""
    return QCoreApplication.translate(LABELS, ORG_KIND_LABELS.get(kind, kind))


class OrganisationTableModel(RowTableModel):
    """One ``OrganisationRow`` per line."""

    CONTEXT = "OrganisationTableModel"
    STRETCH_COLUMN = 0
    COLUMNS = (
        Column(QT_TRANSLATE_NOOP("OrganisationTableModel", "名称"), lambda r: r.name),
        Column(QT_TRANSLATE_NOOP("OrganisationTableModel", "简称"), lambda r: r.short_name),
        Column(QT_TRANSLATE_NOOP("OrganisationTableModel", "类别"), lambda r: kind_label(r.kind)),
        Column(QT_TRANSLATE_NOOP("OrganisationTableModel", "统一社会信用代码"), lambda r: r.uscc),
        Column(QT_TRANSLATE_NOOP("OrganisationTableModel", "电话"), lambda r: r.phone, phone=True),
        Column(QT_TRANSLATE_NOOP("OrganisationTableModel", "邮箱"), lambda r: r.email),
        Column(QT_TRANSLATE_NOOP("OrganisationTableModel", "联系人数"), lambda r: r.people_count,
               numeric=True),
    )


class PersonTableModel(RowTableModel):
    """One ``PersonRow`` per line."""

    CONTEXT = "PersonTableModel"
    COLUMNS = (
        Column(QT_TRANSLATE_NOOP("PersonTableModel", "姓名"), lambda r: r.name),
        Column(QT_TRANSLATE_NOOP("PersonTableModel", "单位"), lambda r: r.organisation),
        Column(QT_TRANSLATE_NOOP("PersonTableModel", "职务"), lambda r: r.title),
        Column(QT_TRANSLATE_NOOP("PersonTableModel", "电话"), lambda r: r.phone, phone=True),
        Column(QT_TRANSLATE_NOOP("PersonTableModel", "邮箱"), lambda r: r.email),
    )
