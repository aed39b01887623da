"""Table models of a body's member organisations and its contacts; the quorum rule in words."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desktop.errors import ValidationError
from desktop.views.table_model import Column, RowTableModel

if TYPE_CHECKING:  # (the body page is built before the first paint: no SQLAlchemy)
    from desktop.services.bodies.core import MembershipRow, RepresentativeRow


@dataclass(frozen=True)
class ContactRow:
    """A representative together with the member organisation they sit for."""

    id: int  # the representative's id
    membership_id: int
    organisation: str
    side: str
    representative: RepresentativeRow


def contact_rows(memberships: Iterable[MembershipRow]) -> list[ContactRow]:
    return [ContactRow(rep.id, m.id, m.organisation, m.side, rep)
            for m in memberships for rep in m.representatives]


def quorum_in_words(rule_text: str) -> str:
    """The stored quorum rule as a sentence in the user's language."""
    from desktop.services.bodies.core import parse_quorum_rule  # (shown after the first read)

    try:
        rule = parse_quorum_rule(rule_text)
    except ValidationError:
        return QCoreApplication.translate("BodyModels", "（规则无效，请编辑）")
    if rule["type"] == "all_sides":
        return QCoreApplication.translate("BodyModels", "各方均须有代表出席")
    if rule["type"] == "fraction":
        percent = f"{rule['value'] * 100:.4g}"
        return QCoreApplication.translate("BodyModels", "出席人数须达到应出席人数的 {percent}% 以上").format(
            percent=percent)
    return QCoreApplication.translate("BodyModels", "不设法定人数要求")


def _representative_names(m: MembershipRow) -> str:
    return "、".join(rep.name for rep in m.representatives)


class MembershipTableModel(RowTableModel):
    """One ``MembershipRow`` per line: side, organisation, role, seats, representatives."""

    CONTEXT = "MembershipTableModel"
    COLUMNS = (
        Column(QT_TRANSLATE_NOOP("MembershipTableModel", "方"), lambda m: m.side),
        Column(QT_TRANSLATE_NOOP("MembershipTableModel", "成员单位"), lambda m: m.organisation),
        Column(QT_TRANSLATE_NOOP("MembershipTableModel", "角色"), lambda m: m.role),
        Column(QT_TRANSLATE_NOOP("MembershipTableModel", "席位"), lambda m: m.seats, numeric=True),
        Column(QT_TRANSLATE_NOOP("MembershipTableModel", "代表"), _representative_names),
    )


class ContactTableModel(RowTableModel):
    """One ``ContactRow`` per line: who represents which member, and how to reach them."""

    CONTEXT = "ContactTableModel"
    COLUMNS = (
        Column(QT_TRANSLATE_NOOP("ContactTableModel", "姓名"), lambda c: c.representative.name),
        Column(QT_TRANSLATE_NOOP("ContactTableModel", "单位"), lambda c: c.organisation),
        Column(QT_TRANSLATE_NOOP("ContactTableModel", "职务"), lambda c: c.representative.title),
        Column(QT_TRANSLATE_NOOP("ContactTableModel", "机制内职务"), lambda c: c.representative.position),
        Column(QT_TRANSLATE_NOOP("ContactTableModel", "电话"), lambda c: c.representative.phone, phone=True),
        Column(QT_TRANSLATE_NOOP("ContactTableModel", "邮箱"), lambda c: c.representative.email),
    )
