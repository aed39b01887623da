"""Forms of the body page: the body itself, a member organisation, a representative."""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QSpinBox, QWidget

from desktop.errors import ValidationError
from desktop.i18n import LABELS
from desktop.services.bodies.core import (
    SIDE_SUGGESTIONS,
    BodyData,
    BodyRow,
    MembershipRow,
    parse_quorum_rule,
)
from desktop.views.form_dialog import FormDialog
from desktop.views.inputs import ChoiceCombo, SuggestionCombo

CONTEXT = "BodyDialogs"
ROLE_SUGGESTIONS = (
    QT_TRANSLATE_NOOP("BodyDialogs", "成员单位"),
    QT_TRANSLATE_NOOP("BodyDialogs", "主任单位"),
    QT_TRANSLATE_NOOP("BodyDialogs", "副主任单位"),
    QT_TRANSLATE_NOOP("BodyDialogs", "牵头单位"),
    QT_TRANSLATE_NOOP("BodyDialogs", "召集单位"),
)
POSITION_SUGGESTIONS = (
    QT_TRANSLATE_NOOP("BodyDialogs", "委员"),
    QT_TRANSLATE_NOOP("BodyDialogs", "联络员"),
    QT_TRANSLATE_NOOP("BodyDialogs", "主任"),
    QT_TRANSLATE_NOOP("BodyDialogs", "副主任"),
)


@dataclass(frozen=True)
class MembershipData:
    organisation_id: int | None
    side: str
    role: str
    seats: int


@dataclass(frozen=True)
class RepresentativeData:
    person_id: int | None
    position: str


class QuorumEditor(QWidget):
    """Chooses none / all sides / a share of the members, as the JSON the service stores."""

    def __init__(self, rule_text: str, parent=None) -> None:
        super().__init__(parent)
        self.type_combo = ChoiceCombo()
        self.type_combo.set_choices((
            (self.tr("不设要求"), "none"),
            (self.tr("各方均须有代表出席"), "all_sides"),
            (self.tr("按出席比例"), "fraction"),
        ))
        self.percent_spin = QSpinBox(minimum=1, maximum=100, value=50, suffix="%")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.type_combo, 1)
        layout.addWidget(self.percent_spin)
        self._load(rule_text)
        self.type_combo.currentIndexChanged.connect(self._on_type_combo_current_index_changed)
        self._on_type_combo_current_index_changed()

    def _load(self, rule_text: str) -> None:
        try:
            rule = parse_quorum_rule(rule_text)
        except ValidationError:
            rule = {"type": "none"}
        self.type_combo.set_value(rule["type"])
        if rule["type"] == "fraction":
            self.percent_spin.setValue(round(rule["value"] * 100))

    def rule_text(self) -> str:
        kind = self.type_combo.value()
        if kind == "fraction":
            return json.dumps({"type": "fraction", "value": self.percent_spin.value() / 100})
        return json.dumps({"type": kind})

    def _on_type_combo_current_index_changed(self, *_args) -> None:
        self.percent_spin.setEnabled(self.type_combo.value() == "fraction")


class BodyDialog(FormDialog):
    """Name, short name, description, document code, rhythm and quorum rule of a body."""

    def __init__(self, submit: Callable[[BodyData], object], row: BodyRow, parent=None) -> None:
        super().__init__(submit, parent)
        self.setWindowTitle(self.tr("编辑机制：{name}").format(name=row.name))
        self.setMinimumWidth(520)
        self.name_edit = self.add_field(self.tr("名称(&N)："), QLineEdit(row.name), "name")
        self.short_name_edit = self.add_field(self.tr("简称(&S)："), QLineEdit(row.short_name), "short_name")
        self.description_edit = self.add_field(self.tr("简介(&D)："), QPlainTextEdit(row.description),
                                               "description")
        self.description_edit.setTabChangesFocus(True)
        self.description_edit.setFixedHeight(96)
        self.doc_code_edit = self.add_field(self.tr("发文代字(&C)："), QLineEdit(row.doc_code), "doc_code")
        self.doc_code_edit.setPlaceholderText(self.tr("如 经开三方纪"))
        self.rhythm_edit = self.add_field(self.tr("会议节奏(&R)："), QLineEdit(row.rhythm), "rhythm")
        self.quorum_editor = self.add_field(self.tr("法定人数(&Q)："), QuorumEditor(row.quorum_rule),
                                            "quorum_rule")

    def data(self) -> BodyData:
        return BodyData(
            name=self.name_edit.text(), short_name=self.short_name_edit.text(),
            description=self.description_edit.toPlainText(), doc_code=self.doc_code_edit.text(),
            quorum_rule=self.quorum_editor.rule_text(), rhythm=self.rhythm_edit.text(),
        )


class MembershipDialog(FormDialog):
    """Which organisation sits on the body, on which side, in what role, with how many seats."""

    def __init__(self, submit: Callable[[MembershipData], object],
                 organisations: Sequence[tuple[int, str]], row: MembershipRow | None = None,
                 parent=None) -> None:
        super().__init__(submit, parent)
        self.setWindowTitle(self.tr("编辑成员单位") if row else self.tr("添加成员单位"))
        self.setMinimumWidth(440)
        self.organisation_combo = self.add_field(self.tr("单位(&O)："), ChoiceCombo(), "organisation_id")
        self.organisation_combo.set_choices(((name, org_id) for org_id, name in organisations),
                                            row.organisation_id if row else None)
        self.organisation_combo.setEnabled(row is None)
        self.side_combo = self.add_field(self.tr("所属方(&F)："), SuggestionCombo(LABELS, SIDE_SUGGESTIONS),
                                         "side")
        self.role_combo = self.add_field(self.tr("角色(&R)："), SuggestionCombo(CONTEXT, ROLE_SUGGESTIONS),
                                         "role")
        self.seats_spin = self.add_field(self.tr("席位(&S)："), QSpinBox(minimum=0, maximum=99, value=1),
                                         "seats")
        if row:
            self.side_combo.set_value(row.side)
            self.role_combo.set_value(row.role)
            self.seats_spin.setValue(row.seats)

    def data(self) -> MembershipData:
        if self.organisation_combo.value() is None:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "请选择单位。"), field="organisation_id")
        return MembershipData(self.organisation_combo.value(), self.side_combo.value(),
                              self.role_combo.value(), self.seats_spin.value())


class RepresentativeDialog(FormDialog):
    """A person of the member organisation who sits for it, and their position on the body."""

    def __init__(self, submit: Callable[[RepresentativeData], object], organisation: str,
                 people: Sequence[tuple[int, str]], parent=None) -> None:
        super().__init__(submit, parent)
        self.setWindowTitle(self.tr("添加代表"))
        self.setMinimumWidth(400)
        self.add_field(self.tr("单位："), QLabel(organisation))
        self.person_combo = self.add_field(self.tr("人员(&P)："), ChoiceCombo(), "person_id")
        self.person_combo.set_choices(((name, person_id) for person_id, name in people))
        self.position_combo = self.add_field(self.tr("机制内职务(&T)："),
                                             SuggestionCombo(CONTEXT, POSITION_SUGGESTIONS), "position")
        if not people:
            self.person_combo.setEnabled(False)
            self.error_label.setText(self.tr("该单位没有可添加的联系人：请先在“联系人”页为该单位添加人员。"))
            self.error_label.show()

    def data(self) -> RepresentativeData:
        if self.person_combo.value() is None:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "请选择人员。"), field="person_id")
        return RepresentativeData(self.person_combo.value(), self.position_combo.value())
