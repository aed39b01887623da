"""The body page's 机制信息与成员 tab: the body's facts, member organisations (sides, seats) and
their representatives.

Every change is one operation; the page reloads through the change hub and hands the rows in
with ``show_memberships``.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QMessageBox, QPushButton, QSplitter, QVBoxLayout, QWidget

from desktop.changes import Changes, Topic
from desktop.services.bodies import core as bodies
from desktop.services.bodies.core import BodyRow, MembershipRow
from desktop.services.directory import core as directory
from desktop.services.kernel.permissions import Permission
from desktop.views.bodies.models import (
    ContactRow,
    ContactTableModel,
    MembershipTableModel,
    contact_rows,
)
from desktop.views.bodies.parts import TableSection
from desktop.views.form_dialog import open_form, run_or_raise
from desktop.views.operations import Operation
from desktop.views.roles import needs
from desktop.views.workspace import Workspace

if TYPE_CHECKING:  # the form dialogs are imported when one is first opened
    from desktop.views.bodies.dialogs import MembershipData, RepresentativeData

MEMBER_TOPICS = (Topic.BODIES, Topic.DIRECTORY)


class MembersTab(QWidget):
    """The body's facts over its members and contacts tables; ``body()`` gives the body shown."""

    selection_changed = Signal()

    def __init__(self, workspace: Workspace, body: Callable[[], BodyRow | None], facts: QWidget,
                 parent=None) -> None:
        super().__init__(parent)
        self._ws = workspace
        self._body = body
        self.contacts_last = False  # whether the contacts table was the last one selected in
        self._select_next: int | None = None  # a member saved before the page had reloaded
        self.add_member_button = QPushButton(self.tr("添加成员单位…"))
        self.edit_member_button = QPushButton(self.tr("编辑…"))
        self.remove_member_button = QPushButton(self.tr("移除"))
        self.members = TableSection(self.tr("成员单位"), MembershipTableModel(), (
            self.add_member_button, self.edit_member_button, self.remove_member_button))
        self.add_representative_button = QPushButton(self.tr("添加代表…"))
        self.remove_representative_button = QPushButton(self.tr("移除代表"))
        for button in (self.add_member_button, self.edit_member_button, self.remove_member_button, self.add_representative_button, self.remove_representative_button):
            needs(button, Permission.WRITE)
        self.contacts = TableSection(self.tr("通讯录"), ContactTableModel(), (
            self.add_representative_button, self.remove_representative_button))
        self.splitter = QSplitter(Qt.Orientation.Vertical, childrenCollapsible=False)
        self.splitter.addWidget(self.members)
        self.splitter.addWidget(self.contacts)
        layout = QVBoxLayout(self)
        layout.addWidget(facts)
        layout.addSpacing(6)
        layout.addWidget(self.splitter, 1)
        self.add_member_button.clicked.connect(self._on_add_member_button_clicked)
        self.edit_member_button.clicked.connect(self._on_edit_member_button_clicked)
        self.remove_member_button.clicked.connect(self._on_remove_member_button_clicked)
        self.members.table.row_activated.connect(self._on_members_row_activated)
        self.members.table.selection_changed.connect(self._on_members_selection_changed)
        self.add_representative_button.clicked.connect(self._on_add_representative_button_clicked)
        self.remove_representative_button.clicked.connect(self._on_remove_representative_button_clicked)
        self.contacts.table.selection_changed.connect(self._on_contacts_selection_changed)
        self._update_buttons()

    def show_memberships(self, memberships: list[MembershipRow]) -> None:
        self.members.set_rows(memberships)
        self.contacts.set_rows(contact_rows(memberships))
        if self._select_next is not None:
            self.members.table.select_id(self._select_next)
            self._select_next = None

    def has_selection(self) -> bool:
        return self.members.table.current_row() is not None or self.contacts.table.current_row() is not None

    def delete_current(self) -> None:
        if self.contacts_last and self.contacts.table.current_row() is not None:
            self.remove_representative()
        else:
            self.remove_member()

    def add_member(self) -> None:
        body = self._body()
        if body is None:
            return
        taken = {m.organisation_id for m in self.members.table.source_model.rows()}
        organisations = [(o.id, o.name) for o in self._ws.read(directory.list_organisations)
                         if o.id not in taken]
        from desktop.views.bodies.dialogs import MembershipDialog

        open_form(MembershipDialog(partial(self._add_member, body), organisations, None, self),
                  self._on_member_saved)

    def _add_member(self, body: BodyRow, data: MembershipData) -> int:
        return self._submit(lambda s: bodies.add_membership(
            s, body.key, data.organisation_id, data.side, data.role, data.seats))

    def edit_member(self) -> None:
        row: MembershipRow | None = self.members.table.current_row()
        if row is None:
            return
        from desktop.views.bodies.dialogs import MembershipDialog

        dialog = MembershipDialog(partial(self._update_member, row),
                                  [(row.organisation_id, row.organisation)], row, self)
        open_form(dialog, lambda _result: self._on_member_saved(row.id))

    def _update_member(self, row: MembershipRow, data: MembershipData) -> None:
        self._submit(lambda s: bodies.update_membership(
            s, row.id, data.side, data.role, data.seats, row.version))

    def remove_member(self) -> None:
        row: MembershipRow | None = self.members.table.current_row()
        body = self._body()
        if row is None or body is None or not self._confirm(
                self.tr("确定将“{org}”从“{body}”的成员单位中移除吗？").format(org=row.organisation, body=body.name)):
            return
        self._run(lambda s: bodies.remove_membership(s, row.id), self.tr("无法移除"))

    def add_representative(self) -> None:
        member: MembershipRow | None = self.members.table.current_row()
        if member is None:
            return
        seated = {rep.person_id for rep in member.representatives}
        people = [(p.id, f"{p.name}（{p.title}）" if p.title else p.name)
                  for p in self._ws.read(lambda s: directory.list_people(s, member.organisation_id))
                  if p.id not in seated]
        from desktop.views.bodies.dialogs import RepresentativeDialog

        dialog = RepresentativeDialog(partial(self._add_representative, member), member.organisation,
                                      people, self)
        open_form(dialog, lambda _result: self._on_member_saved(member.id))

    def _add_representative(self, member: MembershipRow, data: RepresentativeData) -> int:
        return self._submit(lambda s: bodies.add_representative(s, member.id, data.person_id, data.position))

    def remove_representative(self) -> None:
        row: ContactRow | None = self.contacts.table.current_row()
        if row is None or not self._confirm(
                self.tr("确定取消{name}作为“{org}”代表的身份吗？联系人本身不会被删除。").format(
                    name=row.representative.name, org=row.organisation)):
            return
        self._run(lambda s: bodies.remove_representative(s, row.id), self.tr("无法移除"))

    def _confirm(self, question: str) -> bool:
        answer = QMessageBox.question(self, self.tr("请确认"), question)
        return answer == QMessageBox.StandardButton.Yes

    def _submit(self, work):
        """A form's OK: one operation; a refusal is shown in the form, which stays open."""
        return run_or_raise(self, self._ws, work, title=self.tr("无法保存"))

    def _run(self, work, title: str) -> None:
        operation = Operation(self, self._ws, work, title=title)
        operation.run()
        if operation.error is not None:  # a refusal may mean someone else changed it: read again
            self._ws.announce(Changes.of(*MEMBER_TOPICS), self)

    def _on_member_saved(self, membership_id: object) -> None:
        """Select the member just saved: now if shown already, else when the reload arrives."""
        if isinstance(membership_id, int) and not self.members.table.select_id(membership_id):
            self._select_next = membership_id

    def _on_add_member_button_clicked(self) -> None:
        self.add_member()

    def _on_edit_member_button_clicked(self) -> None:
        self.edit_member()

    def _on_remove_member_button_clicked(self) -> None:
        self.remove_member()

    def _on_members_row_activated(self, _row: MembershipRow) -> None:
        self.edit_member()

    def _on_members_selection_changed(self) -> None:
        if self.members.table.current_row() is not None:
            self.contacts_last = False
        self._update_buttons()

    def _on_add_representative_button_clicked(self) -> None:
        self.add_representative()

    def _on_remove_representative_button_clicked(self) -> None:
        self.remove_representative()

    def _on_contacts_selection_changed(self) -> None:
        if self.contacts.table.current_row() is not None:
            self.contacts_last = True
        self._update_buttons()

    def _update_buttons(self) -> None:
        member = self.members.table.current_row() is not None
        for button in (self.edit_member_button, self.remove_member_button, self.add_representative_button):
            button.setEnabled(member)
        self.remove_representative_button.setEnabled(self.contacts.table.current_row() is not None)
        self.selection_changed.emit()
